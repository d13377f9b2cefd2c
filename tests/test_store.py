"""The DuckDB store: idempotent, atomic writes, migrations, one writer, queries and aggregates."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT

from eventwire.errors import StoreError, StoreLockedError
from eventwire.ingest import ingest_documents, ingest_paths
from eventwire.records import Failure, RawDocument
from eventwire.store import MIGRATIONS, SCHEMA_VERSION, Filters, Store

EXAMPLES = ROOT / "examples"
SRC = ROOT / "src"


def example_docs(published: bool = True) -> list[RawDocument]:
    """The bundled examples; with ``published``, each story dated on its own day in May 2024
    (a syndicated copy on the same day as its original)."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    return [
        RawDocument(source=str(p), text=p.read_text(encoding="utf-8"),
                    published=f"2024-05-{10 + int(p.name[:2]):02d}" if published else None)
        for p in paths
    ]


class CountingCoder:
    """Wraps a Coder and counts the documents that reach it (to prove skipping happens before parsing)."""

    def __init__(self, coder):
        self._coder = coder
        self.settings = coder.settings
        self.coded = 0

    def code_documents(self, raws):
        def counted():
            for r in raws:
                if not isinstance(r, Failure):     # a RawDocument, or one ingest already cleaned
                    self.coded += 1
                yield r
        return self._coder.code_documents(counted())


@pytest.fixture(scope="module")
def dated_store(coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "dated.duckdb"
    stats = ingest_documents(coder, example_docs(), path)
    assert stats.added == 10 and stats.failed == 0
    store = Store(path, read_only=True)
    yield store
    store.close()


# --- writing ----------------------------------------------------------------------------------


def test_ingest_same_folder_twice_adds_nothing(coder, tmp_path):
    db = tmp_path / "twice.duckdb"
    first = ingest_paths(coder, [EXAMPLES], db)
    assert (first.seen, first.added, first.skipped, first.failed) == (10, 10, 0, 0)
    assert first.events > 0 and first.rate > 0
    with Store(db, read_only=True) as s:
        counts1, ids1 = s.counts(), s.article_ids()
    counting = CountingCoder(coder)
    second = ingest_paths(counting, [EXAMPLES], db)
    assert (second.seen, second.added, second.skipped, second.failed, second.events) == (10, 0, 10, 0, 0)
    assert counting.coded == 0, "stored articles must be skipped before they are parsed"
    with Store(db, read_only=True) as s:
        assert s.counts() == counts1
        assert s.article_ids() == ids1
    assert counts1["articles"] == 10 and counts1["events"] == first.events


def test_duplicate_inputs_in_one_run_are_coded_once(coder, tmp_path):
    doc = example_docs()[2]
    twin = RawDocument(source="elsewhere.txt", text=doc.text, published=doc.published)
    counting = CountingCoder(coder)
    stats = ingest_documents(counting, [doc, twin], tmp_path / "dup.duckdb")
    assert (stats.added, stats.skipped, counting.coded) == (1, 1, 1)


def test_stored_record_round_trips(coder, tmp_path):
    records = [o.record for o in coder.code_documents(example_docs()[:3])]
    with Store(tmp_path / "rt.duckdb") as s:
        for r in records:
            assert not s.has(r.article.id)
            assert s.add_record(r) is True
            assert s.has(r.article.id)
            assert s.add_record(r) is False  # idempotent
        for r in records:
            assert s.article(r.article.id) == r.to_dict()
        assert s.article("0000000000000000") is None
        c = s.counts()
    assert c["articles"] == 3
    assert c["events"] == sum(len(r.events) for r in records)
    assert c["actors"] == sum(len(r.actors) for r in records)
    assert c["quotes"] == sum(len(r.quotes) for r in records)


def test_failures_recorded_once_with_reason(coder, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text((EXAMPLES / "02-zambia-opposition-arrests.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "c-empty.txt").write_bytes(b"")
    db = tmp_path / "f.duckdb"
    stats = ingest_paths(coder, [folder], db)
    assert (stats.added, stats.failed) == (1, 2)
    assert stats.seen == stats.added + stats.skipped + stats.failed
    again = ingest_paths(coder, [folder], db)
    assert (again.added, again.skipped, again.failed) == (0, 1, 2)
    with Store(db, read_only=True) as s:
        failures = s.failures()
    assert len(failures) == 2
    by_source = {Path(f["source"]).name: f for f in failures}
    assert "binary" in by_source["b-binary.txt"]["reason"] and by_source["b-binary.txt"]["code"].startswith("E1")
    assert "empty" in by_source["c-empty.txt"]["reason"]


# --- migrations -------------------------------------------------------------------------------


def test_new_store_is_migrated_and_reopens(tmp_path):
    db = tmp_path / "m.duckdb"
    with Store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        rows = s.con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [r[0] for r in rows] == [m[0] for m in MIGRATIONS]
    with Store(db) as s:  # nothing to apply the second time
        assert s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    with Store(db, read_only=True) as s:
        assert s.counts()["articles"] == 0


def test_old_store_is_upgraded_in_order(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    MIGRATIONS[0][2](con)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial', now())")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with pytest.raises(StoreError, match="open it for writing"):
        Store(db, read_only=True)
    with Store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.con.execute("SELECT count(*) FROM merged_events").fetchone()[0] == 0


def test_newer_store_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    with Store(db) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_missing_store_read_only_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


# --- one writer -------------------------------------------------------------------------------


def _hold_store(db: Path) -> subprocess.Popen:
    code = (
        "import sys, time\n"
        "from eventwire.store import Store\n"
        "s = Store(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_concurrent_writer_gets_store_locked_error(tmp_path):
    db = tmp_path / "locked.duckdb"
    proc = _hold_store(db)
    try:
        with pytest.raises(StoreLockedError) as info:
            Store(db)
        msg = str(info.value)
        assert str(db) in msg and f"process {proc.pid}" in msg and "one writer" in msg
        with pytest.raises(StoreLockedError):
            Store(db, read_only=True)
    finally:
        proc.kill()
        proc.wait()
    with Store(db) as s:  # free again once the writer is gone
        assert s.counts()["articles"] == 0


# --- kill -9 and resume -----------------------------------------------------------------------


def _variant_docs(n: int = 60) -> list[tuple[str, str]]:
    """``n`` distinct short articles made by varying the example stories."""
    stories = [p for p in sorted(EXAMPLES.glob("*.txt")) if "copy" not in p.name]
    out = []
    for i in range(n):
        lines = stories[i % len(stories)].read_text(encoding="utf-8").splitlines()
        body = [ln for ln in lines[1:] if len(ln.split()) > 12][:3]
        text = (f"{lines[0]} ({i})\n" + "\n".join(body)
                + f"\nOfficials said bulletin number {i} was issued after {i + 3} meetings in {i % 7 + 2} cities.\n")
        out.append((f"variant-{i:02d}.txt", text))
    return out


_KILL_CHILD = """
import json, sys
from eventwire import Coder, RawDocument
from eventwire.ingest import ingest_documents
docs = [RawDocument(source=s, text=t) for s, t in json.load(open(sys.argv[1], encoding="utf-8"))]
last = [-1]
def progress(stats):
    if stats.added != last[0]:
        last[0] = stats.added
        print(stats.added, flush=True)
ingest_documents(Coder(), docs, sys.argv[2], progress=progress)
print("done", flush=True)
"""


def _snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        con = s.con
        return {
            "counts": s.counts(),
            "articles": s.article_ids(),
            "clusters": con.execute("SELECT id, cluster_id FROM articles ORDER BY seq").fetchall(),
            "events": con.execute("SELECT article_id, id, merged_id FROM events ORDER BY article_id, id").fetchall(),
            "actors": con.execute("SELECT article_id, id, name FROM actors ORDER BY article_id, id").fetchall(),
            "cluster_sizes": con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall(),
        }


def test_kill_during_ingest_then_rerun_equals_clean_run(coder, tmp_path):
    docs = _variant_docs(60)
    data = tmp_path / "docs.json"
    data.write_text(json.dumps(docs), encoding="utf-8")
    killed_db = tmp_path / "killed.duckdb"
    env = dict(os.environ, PYTHONPATH=str(SRC), EVENTWIRE_BATCH_SIZE="4")
    proc = subprocess.Popen([sys.executable, "-c", _KILL_CHILD, str(data), str(killed_db)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    # The writer holds DuckDB's lock, so no other process can count rows while it runs: it
    # reports each stored article on stdout instead, and is killed once a few are in.
    deadline = time.monotonic() + 45
    stored = 0
    try:
        while stored < 6:
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "the ingest child did not store articles in time"
            line = proc.stdout.readline()
            assert line, "the ingest child exited early"
            if line.strip().isdigit():
                stored = int(line)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    # Whatever the kill interrupted, each stored article is whole.
    with Store(killed_db, read_only=True) as s:
        partial = s.counts()["articles"]
        for aid in s.article_ids():
            rec = s.article(aid)
            n_events = s.con.execute("SELECT count(*) FROM events WHERE article_id = ?", [aid]).fetchone()[0]
            n_actors = s.con.execute("SELECT count(*) FROM actors WHERE article_id = ?", [aid]).fetchone()[0]
            assert (n_events, n_actors) == (len(rec["events"]), len(rec["actors"]))
    assert 6 <= partial < 60, "the kill should land mid-run"

    raws = [RawDocument(source=s, text=t) for s, t in docs]
    resumed = ingest_documents(coder, raws, killed_db)
    assert resumed.added == 60 - partial and resumed.skipped == partial
    clean_db = tmp_path / "clean.duckdb"
    clean = ingest_documents(coder, raws, clean_db)
    assert clean.added == 60
    assert _snapshot(killed_db) == _snapshot(clean_db)


# --- queries ----------------------------------------------------------------------------------


def test_default_factuality_is_asserted_and_reported(dated_store):
    default = dated_store.events()
    everything = dated_store.events(factuality=None)
    assert default and len(everything) >= len(default)
    assert {r["factuality"] for r in default} <= {"asserted", "reported"}
    assert len(everything) == dated_store.counts()["events"]
    for f in ("negated", "hypothetical"):
        assert all(r["factuality"] == f for r in dated_store.events(factuality=[f]))
    with pytest.raises(ValueError):
        dated_store.events(factuality=["maybe"])


def test_country_dyad_type_filters(dated_store):
    rows = dated_store.events(countries=["ind"])
    assert rows and all("IND" in (r["source_country"], r["target_country"]) for r in rows)
    dyad = dated_store.events(dyad=("PAK", "IND"))
    assert dyad and all((r["source_country"], r["target_country"]) == ("PAK", "IND") for r in dyad)
    assert len(dyad) <= len(rows)
    assault = dated_store.events(plover=["ASSAULT"])
    assert assault and all(r["plover"] == "ASSAULT" for r in assault)
    both = dated_store.events(plover=["ASSAULT"], countries=["IND"])
    assert {r["id"] for r in both} == {r["id"] for r in assault} & {r["id"] for r in rows}


def test_min_confidence_filter(dated_store):
    everything = dated_store.events(factuality=None)
    scores = sorted({r["confidence"] for r in everything})
    assert len(scores) > 2   # the confidence model gave the stored events different scores
    cut = scores[len(scores) // 2]
    kept = dated_store.events(factuality=None, min_confidence=cut)
    assert kept and len(kept) < len(everything)
    assert {r["id"] for r in kept} == {r["id"] for r in everything if r["confidence"] >= cut}
    assert dated_store.events(factuality=None, min_confidence=0.0) == everything


def test_actor_and_text_search(dated_store):
    everything = dated_store.events(factuality=None)
    name = next(r["source_name"] for r in everything if r["source_name"] and len(r["source_name"]) > 6)
    part = name[1:6].upper()  # a substring, in another case
    rows = dated_store.events(actor=part, factuality=None)
    assert rows and all(part.lower() in f"{r['source_name']} {r['target_name']}".lower() for r in rows)
    assert len(rows) == sum(part.lower() in f"{r['source_name']} {r['target_name']}".lower() for r in everything)
    for word in ("hotline", "ceasefire"):
        hits = dated_store.events(search=word.upper(), factuality=None)
        assert hits
        for r in hits:
            art = dated_store.article(r["article_id"])
            assert word in r["sentence_text"].lower() or word in art["article"]["text"].lower()
    assert dated_store.events(search="no such words anywhere") == []


def test_date_range(dated_store):
    rows = dated_store.events(factuality=None)
    dated = [r for r in rows if r["date"] and len(r["date"]) == 10]
    assert dated, "published dates should date the events"
    day = dated[0]["date"]
    one_day = dated_store.events(date_from=day, date_to=day, factuality=None)
    assert one_day and all(r["date"] == day for r in one_day)
    later = dated_store.events(date_from="2024-05-15", factuality=None)
    assert all(r["date"] and r["date"][:10] >= "2024-05-15" for r in later)
    assert dated_store.events(date_from="2030-01-01") == []


def test_limit_offset_and_event_lookup(dated_store):
    rows = dated_store.events()
    assert dated_store.events(limit=3) == rows[:3]
    assert dated_store.events(limit=3, offset=2) == rows[2:5]
    ev = dated_store.event(rows[0]["id"])
    assert ev is not None and ev["id"] == rows[0]["id"]
    assert ev["trigger_text"] and ev["trigger_text"] in ev["sentence_text"]
    art = dated_store.article(ev["article_id"])
    text = art["article"]["text"]
    assert text[ev["sentence_start"]:ev["sentence_end"]] == ev["sentence_text"]
    assert ev["article_title"] == art["article"]["title"] and ev["article_source"] == art["article"]["source"]
    assert dated_store.event("nope") is None and dated_store.event("0000000000000000-E1") is None


def test_records_follow_filters(dated_store):
    all_recs = list(dated_store.records(Filters(factuality=None)))
    assert len(all_recs) == 10 and all(r["schema"] == "eventwire/1" for r in all_recs)
    zmb = list(dated_store.records(countries=["ZMB"], factuality=None))
    assert 1 <= len(zmb) < 10
    assert all(any("ZMB" in (e["source_country"], e["target_country"]) for e in r["events"]) for r in zmb)


# --- aggregates -------------------------------------------------------------------------------


def test_stats_count_merged_events(dated_store):
    st = dated_store.stats()
    t = st["totals"]
    assert t["articles"] == 10 and t["clusters"] == 8 and t["syndicated_copies"] == 2
    merged = dated_store.merged_events()
    assert t["merged_events"] == len(merged) < t["event_records"]
    assert sum(r["events"] for r in st["per_period"]) == len(merged)
    assert sum(r["mentions"] for r in st["per_period"]) == t["event_records"]
    weekly = dated_store.stats(by="week")
    assert sum(r["events"] for r in weekly["per_period"]) == len(merged)
    assert all(r["period"] is None or r["period"].weekday() == 0 for r in weekly["per_period"])
    with pytest.raises(ValueError):
        dated_store.stats(by="month")


def test_dyad_series(dated_store):
    merged = dated_store.merged_events(dyad=("PAK", "IND"))
    series = dated_store.dyad_series("PAK", "IND")
    assert series and sum(r["events"] for r in series) == len(merged)
    assert sum(r["goldstein_sum"] or 0 for r in series) == pytest.approx(sum(m["goldstein"] for m in merged))
    for r in series:
        assert r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"] == r["events"]
    weekly = dated_store.dyad_series("PAK", "IND", by="week")
    assert sum(r["events"] for r in weekly) == len(merged)
    assert dated_store.dyad_series("USA", "ATA") == []


def test_actors_with_counts(dated_store):
    actors = dated_store.actors_with_counts()
    assert actors and all(a["articles"] >= 1 for a in actors)
    events = [a["events"] for a in actors]
    assert events == sorted(events, reverse=True)
    names = {a["name"] for a in actors}
    assert {r["source_name"] for r in dated_store.events() if r["source_name"]} <= names
    ind = dated_store.actors_with_counts(countries=["IND"])
    assert ind and all(a["events"] > 0 for a in ind)

"""Crash safety: ``kill -9`` an ingest at random points of a long run, rerun it each time, and
the store ends with exactly the rows of an uninterrupted run.

The suite kills 4 times (each kill restarts the coder in a fresh process, some 10 s on a 2-core machine); the full
run of 10 kills is a slow check: ``EVENTWIRE_CRASH_KILLS=10 .venv/bin/python -m pytest -s tests/test_crash_safety.py``.

Each article is written in one transaction and the ids already stored are skipped on a rerun,
so whatever a kill interrupts (reading, coding, a write, the close between batches) the store
holds whole articles only, and the reruns finish the job.  The kill points are drawn from a
seeded generator: half after a random delay, half just after an article was stored (so that the
kill lands in the writes of a batch or in the closing of the file).
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from eventwire.ingest import ingest_documents
from eventwire.records import Failure, RawDocument
from eventwire.errors import StoreError
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
N_DOCS = 120   # enough work that the tenth kill still lands before the last article is stored
KILLS = int(os.environ.get("EVENTWIRE_CRASH_KILLS", "4"))   # 10 for the full run (docs/reliability.md)
SEED = 20240511

_CHILD = """
import json, sys
from eventwire import Coder, RawDocument
from eventwire.ingest import ingest_documents
from eventwire.records import Failure
items = [Failure(d["source"], d["reason"], "E100") if "reason" in d else RawDocument(source=d["source"], text=d["text"])
         for d in json.load(open(sys.argv[1], encoding="utf-8"))]
coder = Coder()
print("ready", flush=True)
def progress(stats):
    print("added", stats.added, flush=True)
stats = ingest_documents(coder, items, sys.argv[2], progress=progress)
print("done", stats.added, stats.skipped, stats.failed, flush=True)
"""


def documents(n: int = N_DOCS) -> list[dict]:
    """``n`` short, distinct articles made from the examples (names and numbers changed), with a
    few inputs that fail, and one exact repeat (skipped)."""
    stories = [p for p in sorted(EXAMPLES.glob("*.txt")) if "copy" not in p.name]
    out: list[dict] = []
    for i in range(n):
        lines = stories[i % len(stories)].read_text(encoding="utf-8").splitlines()
        # each line made the variant's own, so that the parse cache (which reuses the parse of a
        # sentence seen before) does not make the run too short to be killed in the middle
        body = [f"{ln} ({i}.{k})" for k, ln in enumerate(ln for ln in lines[1:] if len(ln.split()) > 12)][: 2 + i % 3]
        text = (f"{lines[0]} ({i})\n" + "\n".join(body)
                + f"\nOfficials said bulletin number {i} was issued after {i + 3} meetings in {i % 7 + 2} cities.\n")
        out.append({"source": f"variant-{i:02d}.txt", "text": text})
        if i % 25 == 7:
            out.append({"source": f"unreadable-{i:02d}.txt", "reason": "binary file, not text (contains NUL bytes)"})
        if i % 25 == 13:
            out.append({"source": f"debris-only-{i:02d}.txt", "text": "Share this\nAdvertisement\n"})
    out.append(dict(out[3], source="repeat.txt"))
    return out


def _items(docs: list[dict]):
    return [Failure(d["source"], d["reason"], "E100") if "reason" in d else RawDocument(source=d["source"], text=d["text"])
            for d in docs]


def snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        con = s.con
        return {
            "counts": s.counts(),
            "articles": con.execute("SELECT id, seq, source, cluster_id FROM articles ORDER BY seq").fetchall(),
            "records": {aid: s.article(aid) for aid in s.article_ids()},
            "events": con.execute("SELECT article_id, id, ord, merged_id, trigger_text FROM events "
                                  "ORDER BY article_id, id").fetchall(),
            "actors": con.execute("SELECT article_id, id, name, country FROM actors ORDER BY article_id, id").fetchall(),
            "places": con.execute("SELECT article_id, id, name FROM places ORDER BY article_id, id").fetchall(),
            "quotes": con.execute("SELECT article_id, id, text FROM quotes ORDER BY article_id, id").fetchall(),
            "clusters": con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall(),
            "signatures": con.execute("SELECT article_id, n_shingles FROM signatures ORDER BY article_id").fetchall(),
            "failures": sorted(con.execute("SELECT source, reason, code FROM failures").fetchall()),
        }


def check_whole(db: Path) -> int:
    """Every stored article has all its rows, and nothing else is there; returns the article count.

    A kill before the first run created the store, or while it was creating its tables (each
    migration is a transaction), leaves no store or one still to migrate: no articles."""
    if not db.exists():
        return 0
    try:
        store = Store(db, read_only=True)
    except StoreError as exc:
        assert "schema version 0" in str(exc) or "schema version 1" in str(exc), exc
        return 0
    with store as s:
        con = s.con
        ids = s.article_ids()
        for aid in ids:
            rec = s.article(aid)
            for table, key in (("events", "events"), ("actors", "actors"), ("places", "places"), ("quotes", "quotes")):
                n = con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [aid]).fetchone()[0]
                assert n == len(rec[key]), f"article {aid}: {n} {table} rows, the record has {len(rec[key])}"
            assert con.execute("SELECT count(*) FROM signatures WHERE article_id = ?", [aid]).fetchone()[0] == 1
        for table in ("events", "actors", "places", "quotes", "signatures"):
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows of no stored article"
        assert con.execute("SELECT coalesce(sum(size), 0) FROM clusters").fetchone()[0] == len(ids)
        seqs = [r[0] for r in con.execute("SELECT seq FROM articles ORDER BY seq").fetchall()]
        assert seqs == list(range(1, len(ids) + 1)), "ingest sequence numbers have gaps or repeats"
        dupes = con.execute("SELECT count(*) - count(DISTINCT (source, reason, code)) FROM failures").fetchone()[0]
        assert dupes == 0
        return len(ids)


def _lines(proc: subprocess.Popen, deadline: float):
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, "the ingest child fell silent"
        line = proc.stdout.readline()
        if not line:
            return
        yield line.split()


def test_kill_nine_at_random_points_then_rerun_equals_uninterrupted_run(coder, tmp_path):
    docs = documents()
    data = tmp_path / "docs.json"
    data.write_text(json.dumps(docs), encoding="utf-8")
    db = tmp_path / "killed.duckdb"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), EVENTWIRE_BATCH_SIZE="4")
    rnd = random.Random(SEED)
    landed = 0
    stored_after_kill: list[int] = []
    for attempt in range(KILLS + 1):
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(data), str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env)
        try:
            lines = _lines(proc, time.monotonic() + 120)
            assert next(lines) == ["ready"]
            if attempt == KILLS:   # the last run goes to the end
                last = [w for w in lines][-1]
                assert last[0] == "done", last
                break
            if attempt % 2 == 0:   # after a random delay: reading, coding or writing
                time.sleep(rnd.uniform(0.0, 1.5))
            else:                  # just after an article was stored: mid-batch or while closing
                target = rnd.randint(1, 6)
                for words in lines:
                    if words[0] == "added" and int(words[1]) >= target:
                        break
                time.sleep(rnd.uniform(0.0, 0.03))
            if proc.poll() is None:
                landed += 1
                os.kill(proc.pid, signal.SIGKILL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        stored_after_kill.append(check_whole(db))

    assert landed == KILLS, f"only {landed} of {KILLS} kills landed while the run was going"
    assert stored_after_kill == sorted(stored_after_kill), "a rerun lost articles"
    assert stored_after_kill[-1] < N_DOCS, stored_after_kill

    clean_db = tmp_path / "clean.duckdb"
    stats = ingest_documents(coder, _items(docs), clean_db)
    n_bad = sum(1 for d in docs if not d["source"].startswith(("variant", "repeat")))
    assert stats.added == N_DOCS and stats.skipped == 1 and stats.failed == n_bad == 10
    final = snapshot(db)
    assert final == snapshot(clean_db)
    assert final["counts"]["articles"] == N_DOCS and final["counts"]["failures"] == n_bad
    print(f"\ncrash safety: {KILLS} kills, all mid-run; articles stored after each kill: {stored_after_kill}; "
          f"final store = uninterrupted run ({N_DOCS} articles, {final['counts']['events']} event rows, "
          f"{len(final['clusters'])} clusters, {final['counts']['failures']} failures), rows lost: 0")

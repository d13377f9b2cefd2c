"""Scale-out engines: the local process pool and the dask cluster give the same records as
coding in process, in input order, with every bad input still named in one line.

The dask tests share one 2-worker ``LocalCluster`` (started once for the module, through
the engine's own ``dask_client``) and are skipped where the ``dask`` extra is not installed.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, run_cli

from eventwire import Failure, RawDocument, load_settings
from eventwire.cli import code as code_cmd
from eventwire.cli import ingest as ingest_cmd
from eventwire.cli.main import app
from eventwire.engines import code_items_safely, outcome_from_dict, outcome_to_dict, record_from_dict
from eventwire.engines.local import PoolStats, code_parallel
from eventwire.read import iter_documents
from eventwire.store import Store

EXAMPLES = ROOT / "examples"
BAD = "05b-binary.txt"

#: Sentences appended to make the generated variants distinct articles (distinct clean text).
_ADDED = (
    "Officials said on Tuesday that {n} delegations would attend the next round of talks.",
    "The ministry said {n} complaints had been received and would be answered within a week.",
    "Protesters said they would return to the square unless {n} detained activists were freed.",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The examples, 26 generated variants (paragraphs reordered, a sentence added) and one
    binary file among them: 36 good articles, more than one partition / chunk."""
    folder = tmp_path_factory.mktemp("corpus")
    examples = sorted(EXAMPLES.glob("*.txt"))
    for p in examples:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    for n in range(26):
        p = examples[n % len(examples)]
        paras = p.read_text(encoding="utf-8").strip().split("\n\n")
        head, body = paras[:1], paras[1:]
        if len(body) > 2:
            body = body[:-2] + body[-1:] + body[-2:-1]      # the last two paragraphs swapped
        body.append(_ADDED[n % len(_ADDED)].format(n=n + 3))
        (folder / f"{p.stem}-v{n:02d}.txt").write_text("\n\n".join(head + body) + "\n", encoding="utf-8")
    (folder / BAD).write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return folder


def _one_line_error(stderr: str, name: str, word: str) -> None:
    lines = [ln for ln in stderr.splitlines() if name in ln]
    assert len(lines) == 1, stderr
    assert word in lines[0] and lines[0].startswith("eventwire: "), lines[0]


# --- shared helpers ---------------------------------------------------------------------------


def test_record_from_dict_round_trips(coder):
    outcomes = list(coder.code_paths([EXAMPLES]))
    assert outcomes and all(o.record is not None for o in outcomes)
    for o in outcomes:
        assert record_from_dict(o.record.to_dict()) == o.record
        assert outcome_from_dict(json.loads(json.dumps(outcome_to_dict(o)))) == o
    f = Failure("x.txt", "empty input", "E101")
    back = outcome_from_dict(outcome_to_dict(type(outcomes[0])("x.txt", failure=f)))
    assert back.failure == f and back.record is None


def test_an_exception_fails_only_its_document(coder):
    class Flaky:
        def code_documents(self, items):
            for item in items:
                if not isinstance(item, Failure) and "boom" in item.text:
                    raise RuntimeError("boom\nwith a second line")
            return coder.code_documents(items)

    text = (EXAMPLES / "02-zambia-opposition-arrests.txt").read_text(encoding="utf-8")
    items = [RawDocument("a.txt", text), RawDocument("b.txt", "boom " + text), Failure("c.txt", "empty input", "E101"),
             RawDocument("d.txt", text)]
    out = code_items_safely(Flaky(), items)
    assert [o.source for o in out] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert out[0].ok and out[3].ok and out[2].failure == items[2]
    assert out[1].failure.code == "E000" and "RuntimeError: boom with a second line" in out[1].failure.reason


# --- local engine -----------------------------------------------------------------------------


def test_code_workers_2_same_lines_as_workers_1(corpus, coder, monkeypatch):
    two = run_cli("code", str(corpus), "--workers", "2")
    monkeypatch.setattr(code_cmd, "build_coder", lambda model, min_confidence=None: coder)
    one = CliRunner().invoke(app, ["code", str(corpus), "--workers", "1"])
    assert two.returncode == 1 and one.exit_code == 1, (two.stderr, one.output)
    lines = two.stdout.splitlines()
    assert len(lines) == 36
    assert lines == one.stdout.splitlines()
    # input order: the order the folder is read in
    want = [d.source for d in iter_documents([corpus]) if isinstance(d, RawDocument)]
    assert [json.loads(ln)["article"]["source"] for ln in lines] == want
    for err in (two.stderr, one.stderr):
        _one_line_error(err, BAD, "binary")


def test_code_parallel_survives_a_killed_worker(corpus, coder):
    docs = list(iter_documents([corpus]))
    want = [(o.source, o.record.to_dict() if o.record else o.failure) for o in coder.code_documents(docs)]
    stats = PoolStats()
    got, killed = [], False
    for outcome in code_parallel(docs, load_settings(), 2, chunk_size=4, stats=stats):
        got.append((outcome.source, outcome.record.to_dict() if outcome.record else outcome.failure))
        if not killed and stats.peak_rss_mb:
            os.kill(next(iter(stats.peak_rss_mb)), signal.SIGKILL)   # a worker dies mid-run
            killed = True
    assert killed and stats.restarts >= 1
    assert got == want          # every document once, in order, coded again after the crash
    assert 0 < stats.max_peak_rss_mb < 700


_ORPHAN_SCRIPT = """
import sys, time
from eventwire import RawDocument, load_settings
from eventwire.engines.local import PoolStats, code_parallel
if __name__ == "__main__":
    text = open(sys.argv[1], encoding="utf-8").read()
    docs = [RawDocument(f"d{n}", text + f" Officials counted {n} cases.") for n in range(40)]
    stats = PoolStats()
    for outcome in code_parallel(docs, load_settings(), 2, chunk_size=2, stats=stats):
        if len(stats.peak_rss_mb) == 2:
            print(" ".join(map(str, stats.peak_rss_mb)), flush=True)
            time.sleep(60)
"""


def test_workers_end_when_their_parent_is_killed(tmp_path):
    import subprocess
    import time

    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(EXAMPLES / "05-colombia-peace-deal.txt")],
                            stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
    finally:
        proc.kill()
        proc.wait()
    assert len(pids) == 2

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        with open(f"/proc/{pid}/stat") as f:   # a zombie waiting to be reaped is gone too
            return f.read().split(") ")[1][0] != "Z"

    deadline = time.monotonic() + 10
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in pids)


# --- dask engine ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scheduler():
    """The address of a 2-worker LocalCluster (one thread each), started once for the module."""
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    from eventwire.engines.dask import dask_client

    with dask_client(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client.scheduler.address


def _stored(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        return {
            "records": list(s.records()),
            "articles": s.con.execute("SELECT id, seq, source, cluster_id FROM articles ORDER BY seq").fetchall(),
            "events": {r[0]: json.loads(r[1])["events"] for r in s.con.execute("SELECT id, record FROM articles").fetchall()},
            "failures": [(f["source"], f["reason"], f["code"]) for f in s.failures()],
        }


def test_dask_ingest_stores_what_local_stores(scheduler, corpus, coder, tmp_path, monkeypatch):
    import pandas as pd

    monkeypatch.setattr(ingest_cmd, "build_coder", lambda model, min_confidence=None: coder)
    runner = CliRunner()
    local = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "local.duckdb")])
    pq_dir = tmp_path / "parts"
    dask = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "dask.duckdb"), "--engine", "dask",
                               "--scheduler", scheduler, "--parquet-dir", str(pq_dir)])
    assert local.exit_code == 1 and dask.exit_code == 1, (local.output, dask.output)
    for r in (local, dask):
        _one_line_error(r.stderr, BAD, "binary")
        assert "36 article(s) added" in r.stderr and "1 failed" in r.stderr
    a, b = _stored(tmp_path / "local.duckdb"), _stored(tmp_path / "dask.duckdb")
    assert len(a["records"]) == 36
    assert [x[:3] for x in a["articles"]] == [x[:3] for x in b["articles"]]    # same ids, same order
    assert a["events"] == b["events"]                                          # same events per article
    assert a["records"] == b["records"]
    assert a["failures"] == b["failures"] and len(a["failures"]) == 1
    # syndication clusters agree too (cluster ids are content hashes of the first member)
    assert [x[3] for x in a["articles"]] == [x[3] for x in b["articles"]]

    files = sorted(pq_dir.glob("part-*.parquet"))
    assert len(files) == 2                                                     # 36 documents, 32 a partition
    df = pd.read_parquet(pq_dir)
    assert sorted(df["article_id"]) == sorted(x[0] for x in a["articles"])
    by_id = {r["article"]["id"]: r for r in a["records"]}
    for row in df.itertuples():
        rec = json.loads(row.record)
        assert rec == by_id[row.article_id]
        assert list(row.plover) == [e["plover"] for e in rec["events"]] and row.n_events == len(rec["events"])

    again = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "dask.duckdb"), "--engine", "dask",
                                "--scheduler", scheduler, "--parquet-dir", str(pq_dir)])
    assert again.exit_code == 1 and "0 article(s) added" in again.stderr and "36 already stored" in again.stderr
    assert sorted(pq_dir.glob("part-*.parquet")) == files                       # nothing coded, nothing written


def test_dask_default_parquet_dir_and_bad_input(scheduler, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-good.txt").write_text((EXAMPLES / "05-colombia-peace-deal.txt").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--engine", "dask", "--scheduler", scheduler])
    assert r.exit_code == 1, r.output
    _one_line_error(r.stderr, "a-empty.txt", "empty")
    assert "1 article(s) added" in r.stderr
    assert len(list((tmp_path / "x.duckdb.parquet").glob("part-*.parquet"))) == 1


def test_dask_model_error_exits_three(scheduler, tmp_path):
    r = CliRunner().invoke(app, ["ingest", str(EXAMPLES / "05-colombia-peace-deal.txt"), "--db", str(tmp_path / "m.duckdb"),
                                 "--engine", "dask", "--scheduler", scheduler, "--model", "no_such_model_xx"])
    assert r.exit_code == 3, r.output
    assert "no_such_model_xx" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_dask_missing_is_one_line_and_exit_three(tmp_path, monkeypatch):
    import eventwire.engines as engines

    monkeypatch.setitem(sys.modules, "distributed", None)           # as if dask[distributed] were not installed
    monkeypatch.delitem(sys.modules, "eventwire.engines.dask", raising=False)
    monkeypatch.delattr(engines, "dask", raising=False)
    r = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "n.duckdb"), "--engine", "dask"])
    assert r.exit_code == 3, r.output
    assert len(r.stderr.strip().splitlines()) == 1 and "eventwire[dask]" in r.stderr
    assert not (tmp_path / "n.duckdb").exists()


def test_dask_options_need_the_dask_engine(tmp_path):
    r = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "o.duckdb"), "--scheduler", "tcp://x:1"])
    assert r.exit_code == 2 and "--engine dask" in r.stderr
    assert CliRunner().invoke(app, ["code", str(EXAMPLES), "--workers", "0"]).exit_code == 2

"""Concurrency: readers see new events while an ingest writes the same store; a second writer
waits or fails with a clear one-line message; nothing is ever corrupted.

DuckDB lets one process open a file for writing and no other process open it at all while it
does, so ``ingest`` closes the store between batches (``Store.release``) and keeps only its
writer lock (``<store>.lock``); readers retry for a moment while a batch is written.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from eventwire.errors import StoreLockedError
from eventwire.store import READ_WAIT, Store
from test_crash_safety import check_whole, documents

ROOT = Path(__file__).resolve().parents[1]
N_DOCS = 120    # the ingest must last a few seconds: 40 short articles are coded in about one

_WRITER = """
import json, sys
from eventwire import Coder, RawDocument
from eventwire.ingest import ingest_documents
docs = [RawDocument(source=d["source"], text=d["text"]) for d in json.load(open(sys.argv[1], encoding="utf-8"))]
coder = Coder()
print("ready", flush=True)
def progress(stats):
    print("added", stats.added, flush=True)
stats = ingest_documents(coder, docs, sys.argv[2], progress=progress)
print("done", stats.added, flush=True)
"""

_SECOND_WRITER = """
import sys, time
from eventwire.errors import StoreLockedError
from eventwire.records import Failure
from eventwire.store import Store
started = time.monotonic()
try:
    with Store(sys.argv[1], wait=float(sys.argv[2])) as s:
        got = time.monotonic()
        s.add_failure(Failure("second-writer.txt", "written by the second writer", "E100"))
        print("wrote", f"{got - started:.2f}", flush=True)
except StoreLockedError as exc:
    print("locked", f"{time.monotonic() - started:.2f}", str(exc), flush=True)
"""


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="utf-8", **extra)


def _docs_file(tmp_path: Path) -> Path:
    docs = [d for d in documents(N_DOCS) if d["source"].startswith("variant")][:N_DOCS]
    path = tmp_path / "docs.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    return path


def _start_writer(docs: Path, db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(docs), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(EVENTWIRE_BATCH_SIZE="8"))
    assert _next_line(proc, 120) == "ready"
    return proc


def _next_line(proc: subprocess.Popen, timeout: float) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the writer fell silent"
    return proc.stdout.readline().strip()


def _drain(proc: subprocess.Popen) -> list[str]:
    """Lines the writer printed since the last read (without blocking)."""
    out = []
    while select.select([proc.stdout], [], [], 0)[0]:
        line = proc.stdout.readline()
        if not line:
            break
        out.append(line.strip())
    return out


_CONSISTENCY = """
    SELECT count(*) AS articles,
           (SELECT count(*) FROM events) AS events,
           count(*) FILTER (WHERE json_array_length(record, '$.events')
                            <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)) AS torn_events,
           count(*) FILTER (WHERE json_array_length(record, '$.actors')
                            <> (SELECT count(*) FROM actors x WHERE x.article_id = a.id)) AS torn_actors
    FROM articles a
"""


def test_reader_sees_each_batch_while_ingest_writes(tmp_path):
    """A reader polling the store while another process ingests: never locked out, never a
    partial article, counts that only grow, and several states between empty and full."""
    db = tmp_path / "live.duckdb"
    Store(db).close()
    writer = _start_writer(_docs_file(tmp_path), db)
    seen: list[tuple[int, int]] = []
    locked = 0
    try:
        while writer.poll() is None or not seen or seen[-1][0] < N_DOCS:
            try:
                with Store(db, read_only=True) as store:
                    articles, events, torn_events, torn_actors = store.con.execute(_CONSISTENCY).fetchone()
            except StoreLockedError:
                locked += 1
                if writer.poll() is not None and locked > 3:
                    break
                continue
            assert torn_events == 0 and torn_actors == 0, "a reader saw a partly written article"
            if seen:
                assert articles >= seen[-1][0] and events >= seen[-1][1], "a count went down"
            seen.append((articles, events))
            _drain(writer)
            time.sleep(0.05)
        assert writer.wait(timeout=120) == 0, writer.stderr.read()[-2000:]
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert locked == 0, f"the reader was locked out {locked} time(s) for over {READ_WAIT} s"
    distinct = sorted({a for a, _ in seen})
    assert distinct[-1] == N_DOCS
    between = [a for a in distinct if 0 < a < N_DOCS]
    assert len(between) >= 2, f"the reader saw no batch land while the ingest ran: {distinct}"
    assert check_whole(db) == N_DOCS
    print(f"\nconcurrency: {len(seen)} reads during the ingest, 0 locked out, 0 torn articles; "
          f"article counts seen: {distinct}")


def test_second_writer_waits_or_fails_with_one_line(tmp_path):
    """While an ingest runs: a writer that may wait long enough gets in after it; one that
    may not fails at once with one line naming the writing process.  The store stays whole."""
    db = tmp_path / "two.duckdb"
    Store(db).close()
    writer = _start_writer(_docs_file(tmp_path), db)
    try:
        while not _next_line(writer, 120).startswith("added"):
            pass
        impatient = subprocess.run([sys.executable, "-c", _SECOND_WRITER, str(db), "0.5"], capture_output=True,
                                   text=True, env=_env(), timeout=60)
        patient = subprocess.Popen([sys.executable, "-c", _SECOND_WRITER, str(db), "120"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=_env())
        first_done = None
        for line in iter(writer.stdout.readline, ""):
            if line.startswith("done"):
                first_done = time.monotonic()
        assert writer.wait(timeout=120) == 0
        out, err = patient.communicate(timeout=120)
        patient_done = time.monotonic()
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    # The impatient one: locked, told who writes, in one line, after about its wait.
    line = impatient.stdout.strip()
    assert impatient.returncode == 0 and "\n" not in line and not impatient.stderr, impatient
    words = line.split(" ", 2)
    assert words[0] == "locked" and 0.4 <= float(words[1]) < 5, line
    assert f"process {writer.pid}" in words[2] and "one writer per file" in words[2] and str(db) in words[2]

    # The patient one: got in after the first writer was done, and wrote.
    assert patient.returncode == 0 and not err, err
    assert out.startswith("wrote"), out
    assert first_done is not None and first_done <= patient_done

    assert check_whole(db) == N_DOCS
    with Store(db, read_only=True) as store:
        assert [f["source"] for f in store.failures()] == ["second-writer.txt"]


def test_cli_second_writer_exits_three_with_one_line(tmp_path):
    """``eventwire ingest`` on a store another writer holds: exit 3 and one line, after waiting."""
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom eventwire.store import Store\n"
                               "s = Store(sys.argv[1])\nprint('ready', flush=True)\ntime.sleep(120)\n", str(db)],
                              stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert _next_line(holder, 60) == "ready"
        story = tmp_path / "story.txt"
        story.write_text((ROOT / "examples" / "05-colombia-peace-deal.txt").read_text(encoding="utf-8"), encoding="utf-8")
        started = time.monotonic()
        r = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "ingest", str(story), "--db", str(db)],
                           capture_output=True, text=True, env=_env(), timeout=120)
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 3, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert re.match(rf"eventwire: error: store {re.escape(str(db))} is open for writing by process {holder.pid}; ", lines[0])
    assert took < 60
    with Store(db, read_only=True) as store:   # untouched, and readable again
        assert store.counts()["articles"] == 0


# --- eventwire serve during an ingest ----------------------------------------------------------


def _serve(db: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli.main", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stderr.readline()
        if not line:
            break
        m = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
        if m:
            return proc, m.group(1)
    proc.kill()
    pytest.fail(f"eventwire serve did not start: {proc.stderr.read()[-1000:]}")


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as r:
        assert r.status == 200
        return json.loads(r.read())


def test_serve_shows_new_events_while_ingest_writes(tmp_path):
    """`eventwire serve` on a free loopback port, polled while another process ingests into its
    store: it stays up, answers every request with 200, and its counts grow batch by batch."""
    db = tmp_path / "served.duckdb"
    Store(db).close()
    server, base = _serve(db)
    writer = None
    try:
        assert _get(f"{base}/api/stats")["articles"] == 0
        writer = _start_writer(_docs_file(tmp_path), db)
        totals: list[tuple[int, int]] = []
        while writer.poll() is None:
            stats = _get(f"{base}/api/stats")
            events = _get(f"{base}/api/events?limit=5&factuality=all")
            if totals:
                assert stats["articles"] >= totals[-1][0] and events["total"] >= totals[-1][1], "a count went down"
            totals.append((stats["articles"], events["total"]))
            time.sleep(0.1)
        assert writer.wait(timeout=120) == 0, writer.stderr.read()[-2000:]
        final = _get(f"{base}/api/stats")
        assert server.poll() is None, "the server went down"
    finally:
        for proc in (writer, server):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    assert final["articles"] == N_DOCS
    assert len({a for a, _ in totals if 0 < a < N_DOCS}) >= 2, f"the server showed no batch as it landed: {totals}"
    with Store(db, read_only=True) as store:
        assert final["events"] == store.counts()["events"]
    print(f"\nserve during ingest: {2 * len(totals)} API requests, all 200; article counts shown: "
          f"{sorted({a for a, _ in totals})}")

"""The ingest / query / export / stats commands, run through an app assembled here."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT

from eventwire.cli import export as export_cmd
from eventwire.cli import ingest as ingest_cmd
from eventwire.cli import query as query_cmd
from eventwire.cli import stats as stats_cmd
from eventwire.export import GDELT_COLUMNS
from eventwire.store import Store

EXAMPLES = ROOT / "examples"


def make_app() -> typer.Typer:
    app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
    app.command("ingest")(ingest_cmd.command)
    app.command("query")(query_cmd.command)
    app.command("export")(export_cmd.command)
    app.command("stats")(stats_cmd.command)

    @app.callback()
    def _root() -> None:
        """test app"""

    return app


APP = make_app()


@pytest.fixture
def run(monkeypatch, coder):
    """Invoke a command; ingest reuses the session's Coder instead of loading the model again."""
    monkeypatch.setattr(ingest_cmd, "build_coder", lambda model, min_confidence=None: coder)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(APP, [str(a) for a in args], env={"COLUMNS": "200"})

    return invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    """A store with the examples ingested through the command."""
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    mp = pytest.MonkeyPatch()
    mp.setattr(ingest_cmd, "build_coder", lambda model, min_confidence=None: coder)
    try:
        r = CliRunner().invoke(APP, ["ingest", str(EXAMPLES), "--db", str(path), "--published", "2024-05-14"])
    finally:
        mp.undo()
    assert r.exit_code == 0, r.output
    assert "10 article(s) added" in r.stderr and "8 syndication clusters" in r.stderr
    return path


def test_help_teaches():
    runner = CliRunner()
    wants = {
        "ingest": ("--db", "--published", "--model", "Examples"),
        "query": ("--from", "--to", "--country", "--dyad", "--type", "--factuality", "--actor", "--search",
                  "--min-confidence", "--limit", "--format", "Examples"),
        "export": ("--format", "--out", "jsonl", "parquet", "gdelt", "plover", "Examples"),
        "stats": ("--dyad", "--by", "--format", "Examples"),
    }
    for cmd, words in wants.items():
        r = runner.invoke(APP, [cmd, "--help"], env={"COLUMNS": "200"})
        assert r.exit_code == 0
        for w in words:
            assert w in r.stdout, (cmd, w)


def test_reingest_adds_nothing(run, db):
    with Store(db, read_only=True) as s:
        before = s.counts()
    r = run("ingest", EXAMPLES, "--db", db, "--published", "2024-05-14")
    assert r.exit_code == 0, r.output
    assert "0 article(s) added" in r.stderr and "10 already stored" in r.stderr
    with Store(db, read_only=True) as s:
        assert s.counts() == before


def test_ingest_names_failures_and_exits_one(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "good.txt").write_text((EXAMPLES / "05-colombia-peace-deal.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("ingest", folder, "--db", tmp_path / "f.duckdb")
    assert r.exit_code == 1
    assert any("bad.txt" in ln and "binary" in ln for ln in r.stderr.splitlines())
    assert "1 article(s) added" in r.stderr and "1 failed" in r.stderr
    with Store(tmp_path / "f.duckdb", read_only=True) as s:
        assert len(s.failures()) == 1 and s.counts()["articles"] == 1


def test_query_formats_and_filters(run, db):
    r = run("query", "--db", db, "--country", "PAK", "--format", "json", "--limit", "0")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows and all("PAK" in (x["source_country"], x["target_country"]) for x in rows)
    assert {x["factuality"] for x in rows} <= {"asserted", "reported"}

    r = run("query", "--db", db, "--dyad", "pak:ind", "--format", "csv")
    assert r.exit_code == 0
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert table and all((x["source_country"], x["target_country"]) == ("PAK", "IND") for x in table)

    r = run("query", "--db", db, "--type", "ASSAULT", "--limit", "2", "--format", "json")
    got = json.loads(r.stdout)
    assert len(got) == 2 and {x["plover"] for x in got} == {"ASSAULT"}

    everything = json.loads(run("query", "--db", db, "--factuality", "all", "--limit", "0", "--format", "json").stdout)
    with Store(db, read_only=True) as s:
        assert len(everything) == s.counts()["events"]
    high = json.loads(run("query", "--db", db, "--factuality", "all", "--min-confidence", "0.9", "--limit", "0",
                          "--format", "json").stdout)
    assert 0 < len(high) < len(everything) and all(x["confidence"] >= 0.9 for x in high)

    r = run("query", "--db", db, "--actor", "varma", "--search", "patience", "--format", "json")
    assert r.exit_code == 0 and all("varma" in (x["source_name"] or "").lower() + (x["target_name"] or "").lower()
                                    for x in json.loads(r.stdout))

    dated = json.loads(run("query", "--db", db, "--from", "2024-05-01", "--to", "2024-05-31", "--limit", "0",
                           "--format", "json").stdout)
    assert dated and all(x["date"] is None or "2024-05-01" <= x["date"][:10] <= "2024-05-31" for x in dated if len(x["date"] or "") == 10)

    r = run("query", "--db", db, "--country", "IND")
    assert r.exit_code == 0 and "IND" in r.stdout and "event(s)" in r.stderr


def test_query_usage_errors_exit_two(run, db, tmp_path):
    assert run("query", "--db", db, "--dyad", "PAK").exit_code == 2
    assert run("query", "--db", db, "--from", "14/05/2024").exit_code == 2
    assert run("query", "--db", db, "--factuality", "maybe").exit_code == 2
    assert run("query", "--db", db, "--format", "xml").exit_code == 2
    r = run("query", "--db", tmp_path / "absent.duckdb")
    assert r.exit_code == 2 and "no store" in r.stderr


def test_stats_table_and_json(run, db):
    r = run("stats", "--db", db, "--format", "json")
    assert r.exit_code == 0
    st = json.loads(r.stdout)
    assert st["totals"]["articles"] == 10 and st["totals"]["clusters"] == 8
    assert sum(p["events"] for p in st["per_period"]) == st["totals"]["merged_events"]
    r = run("stats", "--db", db, "--dyad", "PAK:IND", "--by", "week", "--format", "json")
    series = json.loads(r.stdout)["dyad"]["series"]
    assert series and all(p["period"] is None or len(p["period"]) == 10 for p in series)
    r = run("stats", "--db", db)
    assert r.exit_code == 0 and "merged events" in r.stdout
    r = run("stats", "--db", db, "--dyad", "PAK:IND")
    assert r.exit_code == 0 and "PAK" in r.stdout


def test_export_every_format(run, db, tmp_path):
    with Store(db, read_only=True) as s:
        n_events, n_merged = s.counts()["events"], s.counts()["merged_events"]
    out = {fmt: tmp_path / f"x.{fmt}" for fmt in ("jsonl", "csv", "parquet", "gdelt", "plover")}
    for fmt, path in out.items():
        r = run("export", "--db", db, "--format", fmt, "--out", path)
        assert r.exit_code == 0, (fmt, r.output)
        assert "wrote" in r.stderr
    assert len(out["jsonl"].read_text(encoding="utf-8").splitlines()) == 10
    assert len(list(csv.DictReader(out["csv"].open(encoding="utf-8")))) == n_events
    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out["parquet"])]).fetchone()[0] == n_events
    gdelt = out["gdelt"].read_text(encoding="utf-8").splitlines()
    assert gdelt[0].split("\t") == list(GDELT_COLUMNS) and len(gdelt) - 1 == n_merged
    assert all(json.loads(ln)["event"] for ln in out["plover"].read_text(encoding="utf-8").splitlines())

    r = run("export", "--db", db, "--format", "csv", "--type", "ASSAULT")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {x["plover"] for x in rows} == {"ASSAULT"}
    r = run("export", "--db", db, "--format", "parquet")
    assert r.exit_code == 2 and "--out" in r.stderr


def test_locked_store_exits_three(run, tmp_path):
    db = tmp_path / "locked.duckdb"
    code = "import sys, time\nfrom eventwire.store import Store\ns = Store(sys.argv[1])\nprint('ready', flush=True)\ntime.sleep(60)\n"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    try:
        assert proc.stdout.readline().strip() == "ready"
        r = run("ingest", EXAMPLES, "--db", db)
        assert r.exit_code == 3 and "writing" in r.stderr
        r = run("query", "--db", db)
        assert r.exit_code == 3
    finally:
        proc.kill()
        proc.wait()


def test_missing_model_exits_three(tmp_path):
    r = CliRunner().invoke(APP, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "m.duckdb"), "--model", "no_such_model_xx"])
    assert r.exit_code == 3 and "no_such_model_xx" in r.stderr

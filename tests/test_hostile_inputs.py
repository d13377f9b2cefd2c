"""Hostile inputs: a corpus of bad files, generated here, run through the real CLI.

Each input either gets a one-line error on stderr naming it and the reason (exit code 1), or
is coded correctly; none crashes the batch, hangs (a wall-clock budget per input) or takes
memory beyond a set limit (``RLIMIT_AS`` in the child).  ``eventwire ingest`` keeps every
failure in the store's ``failures`` table with its reason: no input is dropped silently.

docs/reliability.md lists the corpus and what each input does.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import selectors
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
#: Address-space limit of the child (the spaCy model needs about 600 MB).
MEMORY_LIMIT = 2_500_000_000
#: Seconds one input may take in ``eventwire code`` (the model load comes on top, once).
PER_INPUT_S = 30
STARTUP_S = 90

GOOD = (EXAMPLES / "02-zambia-opposition-arrests.txt").read_text(encoding="utf-8")
SPANISH = (
    "El gobierno de Venezuela anunció el lunes que los militares detuvieron a veinte manifestantes en "
    "Caracas, según informó la prensa local.\n\n"
    "La oposición denunció la represión y pidió a la comunidad internacional que condene las detenciones "
    "de los dirigentes políticos que encabezaron la marcha del fin de semana.\n"
)


def variant(i: int, text: str = GOOD) -> str:
    """The good article with names and numbers changed, so that every copy has its own id."""
    return (text.replace("Joseph Banda", f"Joseph Banda-{i}").replace("40", str(40 + i))
            + f"\nOfficials said bulletin number {i} was issued after {i + 3} meetings.\n")


# --- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One input file and what must come of each source it holds.

    ``expect`` maps a source suffix ("" = the file itself, "#record-3", ":2") to "coded",
    "failed: <text in the reason>" or "either" (a one-line failure or a record, both fine)."""

    name: str
    data: bytes
    expect: dict[str, str]
    what: str


def _gzip_bomb(gib: float = 1.0) -> bytes:
    """A gzip file that unpacks to ``gib`` GiB of zeros: one 1 MiB member, repeated (gzip
    readers read concatenated members as one stream), so that it is built in milliseconds."""
    member = gzip.compress(bytes(1 << 20), compresslevel=9)
    return member * int(gib * 1024)


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for uri, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def _broken_warc() -> bytes:
    import re

    data = _warc([("https://example.org/a", _page(variant(27)).encode()),
                  ("https://example.org/b", _page(variant(28)).encode()),
                  ("https://example.org/e", _page(variant(32)).encode())])
    third = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)][2]
    return data[:third] + b"GARBAGE LINE\r\n" + data[third + 10:]


def _page(text: str, title: str = "Zambian police arrest opposition leader") -> str:
    paras = "".join(f"<p>{line}</p>\n" for line in text.splitlines()[1:] if line.strip())
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{paras}</article></body></html>"


def corpus() -> list[Case]:
    rnd = random.Random(8)
    noise = bytes(rnd.randrange(256) for _ in range(65536))
    cases = [
        Case("empty.txt", b"", {"": "failed: empty"}, "empty file"),
        Case("whitespace.txt", b"  \n\t \r\n   \n\f\n", {"": "failed: empty"}, "only whitespace"),
        Case("random-bytes.txt", noise, {"": "failed: binary"}, "64 KiB of random bytes"),
        Case("png-named.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise[:4000], {"": "failed: binary"},
             "a PNG image named .html"),
        Case("control-chars.txt", GOOD.replace("e", "e\x1b[31m").encode(), {"": "failed: control characters"},
             "text full of terminal escape codes"),
        Case("invalid-utf8.txt", variant(1).encode()[:700] + b"\xff\xfe\xc3\x28\xa0\xa1" + variant(1).encode()[700:],
             {"": "coded"}, "UTF-8 with invalid byte sequences"),
        Case("mixed-encodings.txt",
             variant(2)[:900].encode("utf-8") + " Señor Müller, façade, “quoted” ".encode("latin-1", "replace")
             + variant(2)[900:].encode("cp1252", "replace"),
             {"": "coded"}, "UTF-8, Latin-1 and cp1252 in one file"),
        Case("utf16.txt", variant(3).encode("utf-16"), {"": "coded"}, "UTF-16 with a byte-order mark"),
        Case("long-line-50mb.txt", (b"word " * 10_000_000)[:50_000_000], {"": "failed: too large"},
             "a 50 MB single line"),
        Case("long-line-5mb.txt", (b"Police said more. " * 300_000)[:5_000_000], {"": "failed: too long"},
             "a 5 MB single line (under the 20 MB input limit)"),
        Case("long-line-1mb.txt", (b"Police said more. " * 60_000)[:1_000_000], {"": "failed: too long"},
             "a 1 MB single line (under the cleaning limit, over the article limit)"),
        Case("many-lines.txt", (GOOD + "Short line here.\n" * 200_000).encode(), {"": "failed: too long"},
             "3.4 MB of short lines"),
        Case("gzip-bomb.txt.gz", _gzip_bomb(), {"": "failed: decompressed size exceeds"},
             "gzip bomb: 1 MB that unpacks to 1 GiB"),
        Case("gzip-bomb.html.gz", _gzip_bomb(0.25), {"": "failed: decompressed size exceeds"},
             "gzip bomb named as a page"),
        Case("truncated.txt.gz", gzip.compress(variant(4).encode())[:300], {"": "failed: corrupt gzip"},
             "gzip data cut short"),
        Case("deep-nesting.html",
             ("<html><body>" + "<div>" * 100_000 + _page(variant(5)) + "</div>" * 100_000 + "</body></html>").encode(),
             {"": "either"}, "100,000 nested <div>s around an article"),
        Case("nesting-500.html", ("<html><body>" + "<div><span>" * 250 + _page(variant(6)) + "</span></div>" * 250
                                  + "</body></html>").encode(), {"": "either"}, "500 nested elements"),
        Case("truncated.html", _page(variant(7)).encode()[: len(_page(variant(7)).encode()) * 2 // 3],
             {"": "coded"}, "a page cut off mid-tag"),
        Case("unclosed.html", _page(variant(8)).replace("</p>", "<b><i><span>").replace("</article>", "").encode(),
             {"": "either"}, "thousands of unclosed tags"),
        Case("billion-laughs.html", (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 2 else "") + ";") * 10}">' for i in range(2, 10))
            + "]>" + _page(variant(9)).replace("</article>", "<p>&lol9;</p></article>")).encode(),
             {"": "either"}, "an XML entity bomb in a page"),
        Case("spanish.txt", SPANISH.encode(), {"": "coded"}, "a non-English article (kept, not event-coded)"),
        Case("quotes-10000.txt", (variant(10) + "\n" + '"No" and "yes", he said. ' * 2500).encode(), {"": "coded"},
             "an article with 10,000 quote marks"),
        Case("quote-marks-only.txt", b'"' * 10_000, {"": "failed: too few letters"}, "10,000 quote marks, nothing else"),
        Case("regex-runon.txt", ("By " + "Aa " * 30_000 + "!\n").encode(), {"": "failed: no sentence end"},
             "a 30,000-word sentence (superlinear in the actor coder)"),
        Case("regex-long-word.txt", (variant(11) + "\n" + "(" * 3_000 + "x\n").encode(), {"": "failed: word of"},
             "a 3,000-character word of brackets (quadratic in the tokenizer)"),
        Case("regex-spaces.txt", (variant(12) + "\n" + "Published" + " " * 5000 + "on Monday\n"
                                  + "© 2024 Reuters" + " " * 5000 + "x\n" + "Police said." + "\t" * 5000
                                  + "Photo by Xy\n" + " \n" * 5000).encode(),
             {"": "coded"}, "runs of 5,000 spaces and blank lines (cubic backtracking in date patterns)"),
        Case("regex-zalgo.txt", ("\n".join(variant(13 + i) for i in range(10)) + "\n" + "a" + "\u0301\u0316\u0300" * 100_000
                                 + " end.\n").encode(), {"": "coded"},
             "300,000 stacked combining marks (quadratic in Unicode normalisation)"),
        Case("regex-datelines.txt", ("LUSAKA, Zambia, May 12 (AP) — " * 2000 + "\n" + variant(23)).encode(),
             {"": "either"}, "2,000 wire datelines in a row"),
        Case("jsonl-mixed.jsonl", b"\n".join([
            json.dumps({"text": variant(24)[:600] + "\ud800 half a character " + variant(24)[600:]}).encode(),
            b'{"text": "unterminated',
            b"[" * 100_000 + b"]" * 100_000,
            json.dumps({"html": _page(variant(25))}).encode(),
            json.dumps({"text": 42}).encode(),
            b"\xff\xfe not utf-8",
        ]) + b"\n", {":1": "coded", ":2": "failed: invalid JSON", ":3": "failed: nested too deeply", ":4": "coded",
                     ":5": "failed: not a string", ":6": "failed: not UTF-8"},
             "JSON lines: a lone surrogate, bad JSON, 100,000 nested arrays, a wrong type, bad UTF-8"),
        Case("long-line.jsonl", json.dumps({"text": "word " * 5_000_000}).encode() + b"\n"
             + json.dumps({"text": variant(26)}).encode() + b"\n",
             {":1": "failed: line longer than", ":2": "coded"}, "a 25 MB JSON line, then a good one"),
        Case("broken.warc", _broken_warc(), {"#record-1": "coded", "#record-2": "coded",
                                             "#record-3": "failed: broken WARC record"},
             "a WARC whose third record has a garbage header"),
        Case("truncated.warc", _warc([("https://example.org/c", _page(variant(30)).encode()),
                                      ("https://example.org/d", _page(variant(31)).encode())])[:-700],
             {"#record-1": "coded", "#record-2": "either"}, "a WARC cut off in its second record"),
        Case("not-a-warc.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n",
             {"#record-1": "failed: broken WARC record"}, "a WARC header with nothing behind it"),
        Case(os.fsdecode(b"name-\xff-not-utf8.txt"), variant(33).encode(), {"": "coded"},
             "a file whose name is not UTF-8"),
        Case(os.fsdecode(b"empty-\xfe-not-utf8.txt"), b"", {"": "failed: empty"},
             "an empty file whose name is not UTF-8 (its failure is stored too)"),
        Case("good.txt", variant(0).encode(), {"": "coded"}, "a good article"),
        Case("good.html", _page(variant(29)).encode(), {"": "coded"}, "a good page"),
    ]
    return cases


CASES: list[Case] = []   # filled by the fixture (the corpus takes some 100 MB: not built at import)


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    CASES[:] = corpus()
    for case in CASES:
        (folder / case.name).write_bytes(case.data)
    yield folder
    CASES.clear()


#: Runs the CLI with its address space limited (set in the child itself: no preexec_fn in a
#: process that has threads).
_LIMITED_CLI = (
    "import resource, runpy, sys\n"
    "limit = int(sys.argv.pop(1))\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "sys.argv[0] = 'eventwire'\n"
    "runpy.run_module('eventwire.cli.main', run_name='__main__', alter_sys=True)\n"
)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", PYTHONPATH=str(ROOT / "src"),
                EVENTWIRE_BATCH_SIZE="1")


@dataclass
class Run:
    returncode: int
    stdout: list[str]
    stderr: list[str]
    gaps: list[tuple[float, str]]     # seconds each output line took after the one before
    max_rss_mb: float


def run_streaming(args: list[str], *, per_input: float, startup: float) -> Run:
    """Run the CLI with a memory limit, reading its output as it comes: the first line may take
    ``startup`` seconds (model load) and each later line ``per_input`` seconds; a child that
    falls silent longer is killed and the test fails naming what it printed last."""
    proc = subprocess.Popen([sys.executable, "-c", _LIMITED_CLI, str(MEMORY_LIMIT), *args], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(proc.stderr, selectors.EVENT_READ, "err")
    bufs = {"out": b"", "err": b""}
    lines: dict[str, list[str]] = {"out": [], "err": []}
    gaps: list[tuple[float, str]] = []
    last = time.monotonic()
    budget = startup
    open_streams = 2
    try:
        while open_streams:
            events = sel.select(timeout=max(0.0, last + budget - time.monotonic()))
            if not events:
                done = lines["out"][-1:] + lines["err"][-1:]
                pytest.fail(f"eventwire {args[0]} fell silent for {budget:.0f} s (a hang); last output: {done}")
            for key, _ in events:
                chunk = os.read(key.fileobj.fileno(), 1 << 20)
                if not chunk:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                    continue
                bufs[key.data] += chunk
                *complete, bufs[key.data] = bufs[key.data].split(b"\n")
                for raw in complete:
                    now = time.monotonic()
                    text = raw.decode("utf-8", "replace")
                    lines[key.data].append(text)
                    gaps.append((now - last, text[:120]))
                    last, budget = now, per_input
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss / 1024
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    for name in ("out", "err"):
        if bufs[name]:
            lines[name].append(bufs[name].decode("utf-8", "replace"))
    return Run(proc.returncode, lines["out"], lines["err"], gaps, rss)


def _shown(source: str) -> str:
    """A source as records, stderr and the store show it (an undecodable byte of a file name as ``\\udcff``)."""
    return source.encode("utf-8", "backslashreplace").decode("utf-8")


def _expected(folder: Path) -> dict[str, str]:
    return {_shown(f"{folder / c.name}{suffix}"): want for c in CASES for suffix, want in c.expect.items()}


def _failure_lines(stderr: list[str], sources: set[str]) -> dict[str, str]:
    """``source -> reason`` of the failure lines; every other line must be a summary line."""
    out: dict[str, str] = {}
    for line in stderr:
        assert line.startswith("eventwire: "), f"not a one-line message: {line[:200]!r}"
        body = line[len("eventwire: "):]
        source = next((s for s in sorted(sources, key=len, reverse=True) if body.startswith(s + ": ")), None)
        if source is None:
            continue   # a summary line ("3 input(s) failed", "... article(s) added")
        assert source not in out, f"{source} reported twice"
        out[source] = body[len(source) + 2:]
    return out


def _check_outcomes(expected: dict[str, str], coded: dict[str, dict], failed: dict[str, str]) -> None:
    for source, want in expected.items():
        name = source.rsplit("/", 1)[-1]
        assert (source in coded) != (source in failed), f"{name}: expected exactly one outcome, got coded={source in coded} failed={source in failed}"
        if want == "coded":
            assert source in coded, f"{name} should be coded, failed: {failed.get(source)}"
        elif want.startswith("failed: "):
            assert source in failed, f"{name} should fail"
            assert want[len("failed: "):] in failed[source], f"{name}: reason {failed[source]!r}"
        if source in failed:
            reason = failed[source]
            assert reason and "\n" not in reason and "Traceback" not in reason and len(reason) < 300, (name, reason)
    unexpected = (set(coded) | set(failed)) - set(expected)
    assert not unexpected, f"outcomes for inputs that were not given: {sorted(unexpected)}"


def test_every_hostile_input_is_read_or_named_in_process(hostile_dir):
    """The readers alone, in this process: every input yields documents or one-line failures, fast."""
    from eventwire.read import iter_documents
    from eventwire.records import Failure

    started = time.monotonic()
    out = list(iter_documents(sorted(hostile_dir.iterdir()), max_bytes=20_000_000))
    assert time.monotonic() - started < 60
    named = {o.source for o in out}
    for case in CASES:
        assert any(s == str(hostile_dir / case.name) or s.startswith(f"{hostile_dir / case.name}#")
                   or s.startswith(f"{hostile_dir / case.name}:") for s in named), f"{case.name} dropped silently"
    for o in out:
        if isinstance(o, Failure):
            assert o.reason and "\n" not in o.reason, o


def test_code_cli_survives_the_hostile_corpus(hostile_dir, coder):
    """``eventwire code`` over every input at once: exit 1, one stderr line per failed input
    naming it, a record for each input that can be coded, no traceback, no hang, bounded memory."""
    paths = [str(hostile_dir / c.name) for c in CASES]
    run = run_streaming(["code", "--workers", "1", *paths], per_input=PER_INPUT_S, startup=STARTUP_S)
    assert not any("Traceback" in line for line in run.stderr), "\n".join(run.stderr[-30:])
    assert run.returncode == 1, (run.returncode, run.stderr[-5:])
    expected = _expected(hostile_dir)
    records = [json.loads(line) for line in run.stdout if line.strip()]
    coded = {r["article"]["source"]: r for r in records}
    assert len(coded) == len(records), "an input was coded twice"
    failed = _failure_lines(run.stderr, set(expected))
    _check_outcomes(expected, coded, failed)
    assert run.stderr[-1] == f"eventwire: {len(failed)} input(s) failed"

    # What is coded is coded correctly.
    from eventwire.read import read_documents

    for name in ("good.txt", "good.html", "invalid-utf8.txt", "regex-spaces.txt"):
        alone = coder.code_document(next(read_documents(hostile_dir / name))).to_dict()
        assert coded[str(hostile_dir / name)] == alone, f"{name} is coded differently among hostile inputs"
    good = coded[str(hostile_dir / "good.txt")]
    assert good["article"]["language"] == "en" and good["actors"]
    assert {"COERCE", "PROTEST"} <= {e["plover"] for e in good["events"]}
    spanish = coded[str(hostile_dir / "spanish.txt")]
    assert spanish["article"]["language"] == "es" and spanish["article"]["text"].startswith("El gobierno")
    assert spanish["events"] == [] and spanish["actors"] == []
    assert any("not coded" in note and "'es'" in note for note in spanish["article"]["notes"])
    for source, rec in coded.items():
        text = rec["article"]["text"]
        assert text.strip() and len(text) <= 200_000
        for e in rec["events"]:
            assert 0 <= e["trigger"][0] < e["trigger"][1] <= len(text), source
    zalgo = coded[str(hostile_dir / "regex-zalgo.txt")]["article"]["text"]
    assert zalgo.count("\u0301") + zalgo.count("\u0316") + zalgo.count("\u0300") <= 40   # the stack was cut
    assert "\ufffd" in coded[f"{hostile_dir / 'jsonl-mixed.jsonl'}:1"]["article"]["text"]

    slowest = max(gap for gap, _ in run.gaps[1:]) if len(run.gaps) > 1 else 0.0
    assert slowest < PER_INPUT_S
    print(f"\nhostile corpus: {len(CASES)} files, {len(expected)} inputs: {len(coded)} coded, {len(failed)} failed "
          f"with a reason, 0 crashes; slowest input {slowest:.1f} s; peak RSS {run.max_rss_mb:.0f} MB")


def test_ingest_cli_keeps_every_failure_with_its_reason(hostile_dir, tmp_path):
    """``eventwire ingest`` over the corpus: the coded inputs are stored, every failed one is in
    the failures table with its reason, and nothing is dropped: articles + failures = inputs."""
    db = tmp_path / "hostile.duckdb"
    paths = [str(hostile_dir / c.name) for c in CASES]
    # ingest prints nothing for a stored article: here the budget is for the whole run
    run = run_streaming(["ingest", *paths, "--db", str(db)], per_input=300, startup=STARTUP_S + 300)
    assert not any("Traceback" in line for line in run.stderr), "\n".join(run.stderr[-30:])
    assert run.returncode == 1, (run.returncode, run.stderr[-5:])
    expected = _expected(hostile_dir)
    failed_lines = _failure_lines(run.stderr, set(expected))
    with Store(db, read_only=True) as store:
        stored = {r["article"]["source"]: r for r in store.records(factuality=None)}
        failures = {f["source"]: f for f in store.failures()}
        counts = store.counts()
    assert set(failures) == set(failed_lines), "the failures table and stderr disagree"
    for source, f in failures.items():
        assert f["reason"] == failed_lines[source] and f["code"].startswith("E")
    _check_outcomes(expected, stored, {s: f["reason"] for s, f in failures.items()})
    assert counts["articles"] + counts["failures"] == len(expected), "an input was dropped silently"
    assert counts["failures"] == len(failures)   # one row per failed input


def test_rerunning_ingest_adds_no_duplicate_failures(hostile_dir, tmp_path):
    """The failures table holds a failed input once, however often it is ingested (in-process, readers only)."""
    from eventwire.ingest import ingest_documents, read_inputs

    class NoCoder:   # only read failures reach the store: nothing here needs the model
        def code_documents(self, docs):
            from eventwire.records import Failure, Outcome

            for d in docs:
                if isinstance(d, Failure):
                    yield Outcome(d.source, failure=d)

    bad = [hostile_dir / c.name for c in CASES if c.expect == {"": "failed: empty"} or c.name.startswith("gzip-bomb")]
    db = tmp_path / "again.duckdb"
    for _ in range(2):
        stats = ingest_documents(NoCoder(), read_inputs(bad), db)
        assert stats.failed == len(bad)
    with Store(db, read_only=True) as store:
        assert store.counts()["failures"] == len(bad)


# --- faults found by the corpus in modules outside this change ---------------------------------


def test_article_in_an_unlisted_script_is_kept_not_coded(coder):
    tamil = "தமிழ்நாடு அரசு இன்று புதிய திட்டத்தை அறிவித்தது மக்கள் மகிழ்ச்சி அடைந்தனர். " * 20
    record = coder.code_text(tamil)
    assert record.article.language != "en" and record.events == ()


_STAMP_CHILD = """
import sys, time
from eventwire.dates import DateResolver
DateResolver().published_from_text("Police said." + " " * 3000 + "x")
"""


def test_date_finder_is_linear_on_whitespace_runs():
    try:
        subprocess.run([sys.executable, "-c", _STAMP_CHILD], env=_env(), timeout=3, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("published_from_text took over 3 s on a 3,000-space run")


# --- hostile requests: the API, and schemathesis against the server's own OpenAPI schema ----------

try:
    import schemathesis
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - schemathesis is a test extra
    schemathesis = None


@pytest.fixture(scope="module")
def api_app(coder, tmp_path_factory):
    pytest.importorskip("fastapi")
    from eventwire.ingest import ingest_documents
    from eventwire.records import RawDocument
    from eventwire.web.app import create_app

    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    docs = [RawDocument(source=p.name, text=p.read_text(encoding="utf-8"), published="2024-05-11")
            for p in sorted(EXAMPLES.glob("*.txt"))[:4]]
    ingest_documents(coder, docs, db)
    # loopback, writes on (POST /api/ingest stores what the fuzzer sends); any Host header
    return create_app(db, host="127.0.0.1", coder=coder, allowed_hosts=None)


@pytest.fixture(scope="module")
def api_client(api_app):
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2")
        from fastapi.testclient import TestClient
    with TestClient(api_app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def api_schema(api_app):
    return schemathesis.openapi.from_asgi("/openapi.json", api_app)


@pytest.mark.parametrize("path", ["/api/code", "/api/ingest"])
def test_api_codes_a_lone_surrogate_escape_instead_of_failing(api_client, path):
    """A JSON body with "\\ud800" (half a character): coded with U+FFFD, not a 500."""
    text = "Police arrested the opposition leader in Lusaka on Monday, officials said \\ud800 in a statement."
    body = ('{"text": "%s"}' % text) if path == "/api/code" else ('{"documents": [{"source": "s\\udc80", "text": "%s"}]}' % text)
    r = api_client.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text[:300]
    if path == "/api/code":
        assert "\ufffd" in r.json()["article"]["text"]


if schemathesis is not None:
    _api = schemathesis.pytest.from_fixture("api_schema")

    @_api.parametrize()
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    def test_api_answers_hostile_requests_without_server_errors(case):
        """Every operation of the API, with requests generated from its schema (valid and not):
        no 5xx answer, no exception in the app."""
        from schemathesis.checks import not_a_server_error

        case.call_and_validate(checks=[not_a_server_error])
else:  # pragma: no cover
    def test_api_answers_hostile_requests_without_server_errors():
        pytest.skip("schemathesis is not installed (pip install schemathesis)")

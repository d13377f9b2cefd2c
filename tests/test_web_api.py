"""The web API and pages of ``eventwire serve``, in-process (FastAPI TestClient), over a store of
the example articles; the browser tests are in test_web_browser.py."""

from __future__ import annotations

import html.parser
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():   # starlette's TestClient announces a move from httpx to httpx2
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient  # noqa: E402

from eventwire.ingest import ingest_documents  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402
from eventwire.store import Filters, Store  # noqa: E402
from eventwire.web import queries  # noqa: E402
from eventwire.web.annotate import annotate  # noqa: E402
from eventwire.web.app import CSP, BadFilter, create_app, parse_filters  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

XSS_TEXT = (
    'Police <script>window.__xss=1</script> arrest protesters <img src=x onerror="window.__xss=2"> in Lusaka\n\n'
    'LUSAKA - Zambian police arrested opposition leader Joseph Banda <img src=x onerror="window.__xss=3"> and 40 '
    "supporters on Saturday after a protest against fuel prices, officials said.\n\n"
    '"We will not be intimidated <script>window.__xss=4</script> by threats," Banda said before his arrest. '
    "The Law Association of Zambia condemned the arrests.\n"
)


def example_documents() -> list[RawDocument]:
    """The example articles, each with a publication date (so that events have dates), and one
    hostile article whose title and body carry markup."""
    docs = []
    for i, path in enumerate(sorted(EXAMPLES.glob("*.txt"))):
        day = f"2024-05-{1 + i // 2 * 7:02d}"   # an article and its syndicated copy share a date
        docs.append(RawDocument(source=f"examples/{path.name}", text=path.read_text(encoding="utf-8"), published=day))
    docs.append(RawDocument(source="https://evil.example/xss", text=XSS_TEXT, published="2024-06-01"))
    return docs


@pytest.fixture(scope="module")
def store_path(coder, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "examples.duckdb"
    stats = ingest_documents(coder, example_documents(), path)
    assert stats.failed == 0 and stats.added == len(list(EXAMPLES.glob("*.txt"))) + 1
    return path


@pytest.fixture(scope="module")
def client(store_path, coder):
    app = create_app(store_path, writes=False, coder=coder)
    with TestClient(app, base_url="http://localhost") as c:
        yield c


@pytest.fixture(scope="module")
def store(store_path, client):  # opened read-only beside the app's own read-only connection
    with Store(store_path, read_only=True) as s:
        yield s


def xss_article_id(store: Store) -> str:
    return store.con.execute("SELECT id FROM articles WHERE source = 'https://evil.example/xss'").fetchone()[0]


class _WellFormed(html.parser.HTMLParser):
    VOID = {"br", "img", "input", "meta", "link", "hr"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"


# --- the API -------------------------------------------------------------------------------------


def test_openapi_schema_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
                 "/api/dyad", "/api/code", "/api/ingest"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"from", "to", "country", "dyad", "type", "factuality", "actor", "search", "min_confidence", "limit",
            "offset"} <= params


@pytest.mark.parametrize("query, filters", [
    ("", {}),
    ("country=ZMB", {"countries": ("ZMB",)}),
    ("country=ind,pak&type=ASSAULT", {"countries": ("IND", "PAK"), "plover": ("ASSAULT",)}),
    ("dyad=PAK:IND", {"dyad": ("PAK", "IND")}),
    ("factuality=all", {"factuality": None}),
    ("factuality=negated&factuality=hypothetical", {"factuality": ("negated", "hypothetical")}),
    ("actor=banda", {"actor": "banda"}),
    ("search=ceasefire", {"search": "ceasefire"}),
    ("from=2024-05-08&to=2024-05-22", {"date_from": "2024-05-08", "date_to": "2024-05-22"}),
    ("limit=5&offset=3", {"limit": 5, "offset": 3}),
    ("min_confidence=0.8&factuality=all", {"min_confidence": 0.8, "factuality": None}),
])
def test_event_query_matches_the_store(client, store, query, filters):
    """The API selects what `eventwire query` (Store.events) selects, in the same order."""
    got = client.get(f"/api/events?{query}").json()
    f = Filters.make(**{"limit": 50, **filters})
    assert [e["id"] for e in got["events"]] == [e["id"] for e in store.events(f)]
    assert got["total"] == len(store.events(Filters.make(f, limit=None, offset=0)))
    first = got["events"][0] if got["events"] else None
    if first:
        assert set(first) >= {"date", "plover", "source_name", "target_name", "factuality", "sentence_text",
                              "trigger_text", "article_title"}


def test_event_query_defaults_to_asserted_and_reported(client):
    default = client.get("/api/events?limit=500").json()
    everything = client.get("/api/events?limit=500&factuality=all").json()
    assert {e["factuality"] for e in default["events"]} <= {"asserted", "reported"}
    assert everything["total"] > default["total"]


def test_paging_walks_the_whole_selection(client):
    total = client.get("/api/events?limit=1").json()["total"]
    seen = []
    for offset in range(0, total, 7):
        seen += [e["id"] for e in client.get(f"/api/events?limit=7&offset={offset}").json()["events"]]
    assert len(seen) == total == len(set(seen))


def test_merged_events_carry_source_counts(client, store):
    got = client.get("/api/events?merged=true&limit=500").json()
    assert got["merged"] and got["events"]
    ref = store.merged_events()
    assert [e["id"] for e in got["events"]] == [e["id"] for e in ref]
    assert all(e["num_sources"] >= 1 and e["num_mentions"] >= 1 for e in got["events"])
    # the syndicated copy of the Kashmir story adds mentions, not events
    assert any(e["num_articles"] >= 2 for e in got["events"])


@pytest.mark.parametrize("query", ["from=yesterday", "dyad=INDPAK", "factuality=maybe", "limit=100000",
                                   "offset=-1", "min_confidence=2", "min_confidence=high"])
def test_bad_filters_are_422(client, query):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422


def test_one_event_with_its_evidence(client, store):
    ev = store.events(countries=("ZMB",), limit=1)[0]
    got = client.get(f"/api/events/{ev['id']}").json()
    assert got["id"] == ev["id"] and got["plover"] == ev["plover"]
    s, e = got["evidence"]["trigger_in_sentence"]
    assert got["evidence"]["sentence"][s:e] == got["evidence"]["trigger"] == ev["trigger_text"]
    assert any(r["id"] == ev["id"] for r in got["reports"])
    assert client.get("/api/events/nope-E1").status_code == 404


def test_one_article_as_its_record(client, store):
    aid = store.article_ids()[0]
    rec = client.get(f"/api/articles/{aid}").json()
    assert rec == store.article(aid)
    assert rec["schema"] == "eventwire/1" and rec["article"]["id"] == aid
    assert client.get("/api/articles/0000").status_code == 404


def test_actors_with_counts(client):
    actors = client.get("/api/actors?country=ZMB&limit=10").json()["actors"]
    assert actors and all({"name", "country", "events", "articles"} <= set(a) for a in actors)
    assert actors == sorted(actors, key=lambda a: (-a["events"], -a["articles"], a["name"]))


def test_dyad_series(client, store):
    got = client.get("/api/dyad?source=PAK&target=IND&by=day").json()
    assert got["series"] == [
        {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
        for r in store.dyad_series("PAK", "IND", by="day")
    ]
    dated = [r for r in got["series"] if r["period"]]
    assert dated and all(r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"] == r["events"] for r in dated)
    weekly = client.get("/api/dyad?source=PAK&target=IND&by=week").json()["series"]
    assert sum(r["events"] for r in weekly) == sum(r["events"] for r in got["series"])
    by_actor = client.get("/api/dyad?source=police&target=banda&kind=actor").json()["series"]
    assert sum(r["events"] for r in by_actor) >= 1
    assert client.get("/api/dyad?source=PAK&target=IND&by=month").status_code == 422


def test_network_and_map_data(client):
    net = client.get("/api/network?country=IND,PAK").json()
    names = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in names and e["target"] in names for e in net["edges"])
    assert {e["quad_class"] for e in net["edges"]} <= {1, 2, 3, 4}
    m = client.get("/api/map").json()
    assert {"places", "countries"} <= set(m) and any(c["country"] == "ZMB" for c in m["countries"])


def test_code_a_pasted_article_without_storing_it(client, store):
    before = client.get("/api/stats").json()
    text = (EXAMPLES / "02-zambia-opposition-arrests.txt").read_text(encoding="utf-8")
    rec = client.post("/api/code", json={"text": text, "published": "2025-03-01"}).json()
    assert rec["schema"] == "eventwire/1" and rec["events"] and rec["actors"]
    assert any(e["plover"] == "COERCE" for e in rec["events"])
    assert client.get("/api/stats").json() == before
    assert client.post("/api/code", content=text, headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/api/code", json={"text": "   "}).status_code == 422
    assert client.post("/api/code", json={"text": text, "published": "soon"}).status_code == 422


# --- writes, limits, headers -----------------------------------------------------------------------


@pytest.fixture()
def writable(store_path, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(store_path, path)
    return path


def test_ingest_on_loopback_with_and_without_token(writable, coder):
    text = XSS_TEXT.replace("40 supporters", "41 supporters")   # a new article (ids hash the body)
    with TestClient(create_app(writable, coder=coder), base_url="http://127.0.0.1") as c:
        n = c.get("/api/stats").json()["articles"]
        r = c.post("/api/ingest", json={"documents": [{"text": text, "source": "test"}]})
        assert r.status_code == 200 and r.json()["added"] == 1, json.dumps(r.json())
        again = c.post("/api/ingest", json={"documents": [{"text": text, "source": "test"}]}).json()
        assert again["added"] == 0 and again["skipped"] == 1
        assert c.get("/api/stats").json()["articles"] == n + 1
        assert c.get(f"/api/articles/{r.json()['article_ids'][0]}").json()["article"]["source"] == "test"
    with TestClient(create_app(writable, coder=coder, token="s3cret"), base_url="http://localhost") as c:
        doc = {"documents": [{"text": XSS_TEXT.replace("40 supporters", "42 supporters")}]}
        assert c.post("/api/ingest", json=doc).status_code == 401
        assert c.post("/api/ingest", json=doc, headers={"authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/ingest", json=doc, headers={"authorization": "Bearer s3cret"}).json()["added"] == 1
        assert c.get("/api/events?limit=1").status_code == 200   # reads need no token


def test_beyond_loopback_writes_need_a_token(writable, coder):
    with pytest.raises(ValueError, match="token"):
        create_app(writable, host="0.0.0.0", writes=True)
    doc = {"documents": [{"text": XSS_TEXT.replace("40 supporters", "43 supporters")}]}
    with TestClient(create_app(writable, host="0.0.0.0", coder=coder), base_url="http://example.org") as c:
        assert c.get("/api/stats").json()["writes"] is False
        assert c.post("/api/ingest", json=doc).status_code == 403
        assert c.get("/api/events?limit=1").status_code == 200    # any Host beyond loopback
    with TestClient(create_app(writable, host="0.0.0.0", token="t", coder=coder), base_url="http://example.org") as c:
        assert c.post("/api/ingest", json=doc).status_code == 401
        assert c.post("/api/ingest", json=doc, headers={"x-eventwire-token": "t"}).json()["added"] == 1


def test_loopback_server_refuses_other_host_names(client):
    assert client.get("/api/stats", headers={"host": "attacker.example"}).status_code == 421
    assert client.get("/api/stats", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/api/stats", headers={"host": "[::1]:8000"}).status_code == 200


def test_request_body_limit(store_path, coder):
    with TestClient(create_app(store_path, writes=False, coder=coder, max_body=1000),
                    base_url="http://localhost") as c:
        big = {"text": "x" * 2000}
        assert c.post("/api/code", json=big).status_code == 413
        chunks = (part for part in [json.dumps(big).encode()[:900], json.dumps(big).encode()[900:]])
        r = c.post("/api/code", content=chunks, headers={"content-type": "application/json"})
        assert r.status_code == 413
        r = c.post("/try", content=(b"text=" + b"x" * 600 for _ in range(2)),
                   headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413


def test_default_limit_is_two_megabytes(client):
    r = client.post("/api/code", content=b"{" + b" " * (2 * 1024 * 1024) + b"}",
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize("path", ["/events", "/api/events", "/openapi.json", "/static/app.js", "/nope"])
def test_security_headers(client, path):
    r = client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and "unsafe" not in CSP and "http" not in CSP


def test_plotly_and_map_shapes_are_served_locally(client):
    js = client.get("/static/vendor/plotly.min.js")
    assert js.status_code == 200 and b"plotly.js" in js.content[:200]
    css = client.get("/static/vendor/plotly.css").text
    assert ".js-plotly-plot .plotly" in css and css.count("{") > 20
    world = client.get("/static/topojson/world_110m.json").json()
    assert {"countries", "land", "coastlines"} <= set(world["objects"])


# --- pages ------------------------------------------------------------------------------------------


def test_pages_render(client, store):
    aid = store.article_ids()[0]
    ev = store.events(limit=1)[0]
    for path in ["/events", "/events?country=ZMB&type=COERCE", f"/events/{ev['id']}", f"/articles/{aid}",
                 "/dyad", "/dyad?a=PAK&b=IND&by=day", "/dyad?a=police&b=banda&kind=actor", "/network",
                 "/network?country=IND", "/map", "/map?type=ASSAULT", "/try"]:
        r = client.get(path)
        assert r.status_code == 200, path
        assert "text/html" in r.headers["content-type"]
    assert client.get("/").status_code == 200
    assert client.get("/events?from=2024-13-45").status_code == 400
    assert client.get("/articles/nope").status_code == 404


def test_events_table_filters(client, store):
    page = client.get("/events?country=ZMB").text
    rows = page.count('class="event-row')
    assert rows == len(store.merged_events(countries=("ZMB",)))
    assert "Joseph Banda" in page and "Kashmir" not in page


def test_article_page_escapes_hostile_text(client, store):
    aid = xss_article_id(store)
    page = client.get(f"/articles/{aid}").text
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "onerror=&#34;window.__xss=3&#34;" in page or "onerror=&quot;window.__xss=3&quot;" in page
    body = page[page.index('<div class="article-text"'):page.index("</article>")]
    checker = _WellFormed()
    checker.feed(body)
    tried = client.post("/try", data={"text": XSS_TEXT})
    assert tried.status_code == 200 and "<script>window" not in tried.text and "<img src=x" not in tried.text
    assert "&lt;script&gt;window.__xss=4&lt;/script&gt;" in tried.text


def test_try_codes_a_pasted_article(client):
    text = (EXAMPLES / "05-colombia-peace-deal.txt").read_text(encoding="utf-8")
    r = client.post("/try", data={"text": text, "published": "2024-05-01"})
    assert r.status_code == 200
    assert r.text.count('<mark class="trigger') >= 3 and 'class="actor ' in r.text
    assert client.post("/try", data={"text": " "}).status_code == 400


# --- pieces ------------------------------------------------------------------------------------------


def test_annotation_nests_overlapping_spans_and_escapes():
    text = 'Officials said "Police <b>arrested</b> Banda & Co." on Friday.'
    i = text.index
    record = {
        "article": {"text": text, "title": "<t>", "removed": [{"kind": "promo", "text": "<x>"}]},
        "actors": [
            {"id": "A1", "name": "Police <b>", "country": "ZMB", "sectors": ["COP"], "mentions": [[i("Police"), i("arrested")]]},
            {"id": "A2", "name": "Banda", "country": "ZMB", "sectors": ["OPP"], "mentions": [[i("Banda"), i("Banda") + 5]]},
            # a mention that crosses the quote's end
            {"id": "A3", "name": "Co on", "country": None, "sectors": [], "mentions": [[i("Co."), i(" Friday")]]},
        ],
        "events": [{"id": "E1", "plover": "COERCE", "quad_class": 4, "source": "A1", "target": "A2",
                    "factuality": "asserted", "trigger": [i("<b>arrested"), i("</b> Banda")],
                    "sentence": [0, len(text)]}],
        "quotes": [{"id": "Q1", "speaker": "A1", "text": [i('"Police'), i(" on Friday")], "direct": True}],
    }
    v = annotate(record)
    out = str(v["html"])
    checker = _WellFormed()
    checker.feed(out)
    assert not checker.stack
    assert "<b>" not in out and "&lt;b&gt;" in out and "&lt;/b&gt;" in out and "&amp; " in out
    assert out.count('id="m-A3-0"') == 1                     # split piece keeps its id once
    assert 'data-source="A1"' in out and 'data-target="A2"' in out
    assert 'href="#m-A1-0"' in out and 'href="#m-A2-0"' in out  # trigger linked to source and target
    assert 'class="qlabel"' in out
    stripped = _text_of(out, skip_classes=("evtag", "qlabel"))
    assert stripped == text


def _text_of(markup: str, skip_classes: tuple[str, ...]) -> str:
    """The text of ``markup`` without the elements of the given classes (labels we add)."""
    class T(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            cls = dict(attrs).get("class") or ""
            if self.skip or any(c in cls.split() for c in skip_classes):
                self.skip += 1

        def handle_endtag(self, tag):
            if self.skip:
                self.skip -= 1

        def handle_data(self, data):
            if not self.skip:
                self.out.append(data)

    t = T()
    t.feed(markup)
    return "".join(t.out)


def test_annotated_examples_keep_their_text(store):
    for aid in store.article_ids():
        rec = store.article(aid)
        out = str(annotate(rec)["html"])
        checker = _WellFormed()
        checker.feed(out)
        assert not checker.stack
        assert _text_of(out, ("evtag", "qlabel")) == rec["article"]["text"]


def test_paged_queries_match_the_store(store):
    for kw in ({}, {"countries": ("IND",)}, {"factuality": None}, {"search": "police"}, {"plover": ("COERCE",)}):
        for limit, offset in ((5, 0), (5, 5), (50, 0)):
            f = Filters.make(limit=limit, offset=offset, **kw)
            total, rows = queries.page_events(store, f)
            assert rows == store.events(f)
            mtotal, mrows = queries.page_merged(store, f)
            ref = store.merged_events(f)
            assert [r["id"] for r in mrows] == [r["id"] for r in ref]
            assert [{k: r[k] for k in ref[0]} for r in mrows] == ref if ref else not mrows
            assert mtotal == len(store.merged_events(Filters.make(f, limit=None, offset=0)))


def test_parse_filters_reads_like_the_query_command():
    f = parse_filters(date_from="2024-05-01", country=["ind, pak", "CHN"], dyad="ind:pak", types=["assault"],
                      factuality=["asserted,negated"], actor=" Banda ", search="", limit=10, offset=20)
    assert f == Filters(date_from="2024-05-01", countries=("IND", "PAK", "CHN"), dyad=("IND", "PAK"),
                        plover=("ASSAULT",), factuality=("asserted", "negated"), actor="Banda", search=None,
                        limit=10, offset=20)
    assert parse_filters(factuality=["all"]).factuality is None
    assert parse_filters(min_confidence="0.7").min_confidence == 0.7
    assert parse_filters(min_confidence="").min_confidence is None
    with pytest.raises(BadFilter, match="min_confidence"):
        parse_filters(min_confidence="1.5")


# --- the command ------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_command_runs_and_stops(store_path, tmp_path):
    db = tmp_path / "served.duckdb"
    shutil.copy(store_path, db)
    port = _free_port()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("EVENTWIRE_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli.serve", "--db", str(db), "--port", str(port),
                             "--read-only"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()[1]
                time.sleep(0.2)
        assert r.json()["writes"] is False and r.json()["articles"] > 0
        assert "content-security-policy" in r.headers
        assert "server" not in r.headers
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_command_refuses_what_it_cannot_do(tmp_path, store_path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("EVENTWIRE_TOKEN", None)
    missing = subprocess.run([sys.executable, "-m", "eventwire.cli.serve", "--db", str(tmp_path / "none.duckdb"),
                              "--host", "0.0.0.0", "--port", "1"], capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == 2
    assert "without a token: writes" in missing.stderr and "no store at" in missing.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        taken = subprocess.run([sys.executable, "-m", "eventwire.cli.serve", "--db", str(store_path), "--read-only",
                                "--port", str(port)], capture_output=True, text=True, env=env, timeout=60)
    assert taken.returncode == 3 and "cannot listen" in taken.stderr

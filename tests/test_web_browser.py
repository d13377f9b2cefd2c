"""The web pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright;
no browser is downloaded) against ``eventwire serve``'s app under uvicorn on a free localhost
port, over a store of the example articles.

Every test records the page's requests (all must stay on the server), Content-Security-Policy
violations and script errors (there must be none).  A screenshot of each view is saved under
``test-artifacts/web/`` (or $EVENTWIRE_ARTIFACTS); the run prints the folder.

Skipped, with the reason, only when Chromium or Playwright is missing or Chromium cannot start
(CI installs it: ``apt-get install -y chromium``).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from eventwire.ingest import ingest_documents
from eventwire.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(os.environ.get("EVENTWIRE_ARTIFACTS") or ROOT / "test-artifacts" / "web")

XSS_TEXT = (
    'Police <script>window.__xss=1</script> arrest protesters <img src=x onerror="window.__xss=2"> in Lusaka\n\n'
    'LUSAKA - Zambian police arrested opposition leader Joseph Banda <img src=x onerror="window.__xss=3"> and 40 '
    "supporters on Saturday after a protest against fuel prices, officials said.\n\n"
    '"We will not be intimidated <script>window.__xss=4</script> by threats," Banda said before his arrest. '
    "The Law Association of Zambia condemned the arrests.\n"
)

# Collects CSP violations from the page's first script on (before any of ours or plotly's runs).
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
});
"""


def _documents() -> list[RawDocument]:
    docs = []
    for i, path in enumerate(sorted(EXAMPLES.glob("*.txt"))):
        docs.append(RawDocument(source=f"examples/{path.name}", text=path.read_text(encoding="utf-8"),
                                published=f"2024-05-{1 + i // 2 * 7:02d}"))
    docs.append(RawDocument(source="https://evil.example/xss", text=XSS_TEXT, published="2024-06-01"))
    return docs


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium: apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, timeout=30_000)
    except Exception as exc:  # noqa: BLE001 - any launch failure means: no browser here
        pw.stop()
        pytest.skip(f"{CHROMIUM} cannot start: {str(exc).splitlines()[0]}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="module")
def server(coder, tmp_path_factory, request):
    """Base URL of the app under uvicorn on a free localhost port, in a thread."""
    import uvicorn

    from eventwire.web.app import create_app

    db = tmp_path_factory.mktemp("webui") / "examples.duckdb"
    stats = ingest_documents(coder, _documents(), db)
    assert stats.failed == 0
    app = create_app(db, writes=False, coder=coder)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print(f"\nweb UI screenshots: {ARTIFACTS}")


class Watched:
    """A page whose requests, CSP violations and script errors are recorded and checked."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)
        self.page.add_init_script(WATCH)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.violations: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def goto(self, path: str):
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def collect(self) -> None:
        self.violations += self.page.evaluate("window.__csp || []")

    def check(self) -> None:
        self.collect()
        outside = [u for u in self.requests if not u.startswith(self.base + "/")]
        assert not outside, f"requests left the server: {outside}"
        assert not self.violations, f"CSP violations: {self.violations}"
        assert not self.errors, f"script errors: {self.errors}"
        self.context.close()


@pytest.fixture()
def watched(browser, server):
    w = Watched(browser, server)
    yield w


def test_filter_the_table_and_open_an_article(watched):
    page = watched.goto("/events")
    rows = page.locator("#events-table tr.event-row")
    everything = rows.count()
    assert everything > 20
    watched.shot("events")
    page.fill("input[name=country]", "ZMB")
    page.select_option("select[name=type]", "COERCE")
    page.click("#filter-form button[type=submit]")
    page.wait_for_url("**/events?*country=ZMB*")
    assert 0 < rows.count() < everything
    for text in rows.all_inner_texts():
        assert "ZMB" in text and "COERCE" in text
    watched.shot("events-filtered")
    watched.collect()

    # a row links to its evidence, the evidence to the article
    page.locator("#events-table tr.event-row a.evlink").first.click()
    page.wait_for_url("**/events/*-E*")
    assert page.locator("#evidence mark.trigger").count() == 1
    watched.shot("evidence")
    watched.collect()
    page.click("#article-link")
    page.wait_for_url("**/articles/*")
    assert page.locator("#article-text .actor").count() >= 5
    assert page.locator("#article-text .actor[data-country=ZMB]").count() >= 3
    triggers = page.locator("#article-text mark.trigger[data-source]")
    assert triggers.count() >= 3
    assert page.locator("#article-text .quote").count() >= 1
    assert page.locator("#article-text .qlabel").count() >= 1
    assert page.locator("details#removed").get_attribute("open") is None      # boilerplate folded
    assert page.locator("details#removed li").count() >= 1
    # an event trigger links to its source and target; hovering it marks them in the text
    first = triggers.first
    source = first.get_attribute("data-source")
    first.hover()
    assert page.locator(f'#article-text .actor.is-source[data-actor="{source}"]').count() >= 1
    assert page.locator("sup.evtag a.ev-source").count() >= 1
    watched.shot("article")
    watched.check()


def test_try_it_codes_a_pasted_article(watched):
    page = watched.goto("/try")
    text = (EXAMPLES / "03-poland-russia-expulsions.txt").read_text(encoding="utf-8")
    page.fill("#try-text", text)
    page.click("#try-submit")
    page.wait_for_selector("#article-view")
    assert page.locator("#article-text mark.trigger").count() >= 3
    assert page.locator("#event-list li").count() >= 3
    assert page.locator("#article-text .actor[data-country=POL]").count() >= 1
    assert "expel" in page.inner_text("#event-list").lower() or "SANCTION" in page.inner_text("#event-list")
    watched.shot("try-it")
    watched.check()


def test_hostile_article_shows_markup_as_text_and_runs_nothing(watched, server):
    page = watched.goto("/events?search=__xss&factuality=all")
    page.locator("#events-table a.evlink").first.click()
    page.wait_for_url("**/events/*")
    page.click("#article-link")
    page.wait_for_selector("#article-text")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert "<script>window.__xss=1</script>" in page.inner_text("#article-title")
    body = page.inner_text("#article-text")
    assert '<img src=x onerror="window.__xss=3">' in body and "<script>window.__xss=4</script>" in body
    assert page.locator("#article-view script, #article-view img").count() == 0
    watched.shot("article-hostile")
    watched.collect()
    # pasted into "Try it" too
    page = watched.goto("/try")
    page.fill("#try-text", XSS_TEXT)
    page.click("#try-submit")
    page.wait_for_selector("#article-view")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert "<script>window.__xss=1</script>" in page.inner_text("#article-title")
    assert page.locator("#article-view script, #article-view img").count() == 0
    watched.check()


@pytest.mark.parametrize("view, path, chart", [
    ("dyad", "/dyad?a=PAK&b=IND&by=day", "#chart-goldstein"),
    ("network", "/network?from=2024-05-01", "#chart-network"),
    ("map", "/map", "#chart-map"),
])
def test_chart_views_draw_offline(watched, server, view, path, chart):
    page = watched.goto(path)
    page.wait_for_selector(f"{chart}[data-rendered=true]")
    if view == "dyad":
        page.wait_for_selector("#chart-quads[data-rendered=true]")
        assert page.locator("#chart-goldstein .scatterlayer .trace").count() == 2
        assert page.locator("#chart-quads .barlayer .trace").count() == 4
        assert page.locator("#series-table tbody tr").count() >= 2
    elif view == "network":
        assert page.locator("#chart-network .annotation").count() >= 5          # directed edges
        # one legend entry per quad class the selection's edges between two different actors have
        with urllib.request.urlopen(f"{server}/api/network?from=2024-05-01") as resp:
            edges = json.load(resp)["edges"]
        quads = {e["quad_class"] for e in edges if e["source"] != e["target"]}
        assert len(quads) >= 3
        assert page.locator("#chart-network .legendtext").count() == len(quads)
    else:
        assert page.locator("#chart-map .choroplethlocation").count() >= 5      # countries with events
        for layer in ("land", "countries", "coastlines"):                       # the world's shapes, offline
            assert page.locator(f"#chart-map .geo .layer.{layer} path").count() >= 1
    watched.shot(view)
    watched.check()

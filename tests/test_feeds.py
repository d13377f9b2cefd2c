"""Feeds and the transport, against a REAL HTTP server on 127.0.0.1.

The server (``http.server`` in a thread) serves an RSS feed, an Atom feed and an
ETag'd feed listing short news pages, and the bad cases: a slow page, a 500, a
redirect loop, an oversize page, a feed with a DOCTYPE/ENTITY.  Only the
``Transport`` interface itself is checked against a stand-in object; every
feed test goes over the network.
"""

from __future__ import annotations

import importlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventwire.errors import FetchError
from eventwire.read.feeds import (
    FeedError,
    FeedItem,
    FeedState,
    RoundStats,
    fetch_feed_documents,
    normalise_date,
    parse_feed,
)
from eventwire.records import Failure, RawDocument
from eventwire.transport import (
    HttpxTransport,
    PrivateAddressError,
    Response,
    Transport,
    conditional_headers,
    is_public_address,
)

TIMEOUT = 1.0
MAX_BYTES = 50_000

# --------------------------------------------------------------------------- the site

ARTICLES = {
    "a1": ("Kenyan police detain protest leaders after Nairobi march",
           "Kenyan police detained three protest leaders on Tuesday after a march against new taxes turned "
           "violent in central Nairobi, officials said. Interior Minister Peter Kamau said the organisers had "
           "ignored a ban on gatherings. Opposition leader Grace Achieng denied that her supporters had attacked "
           "police and urged the government to release the detained men."),
    "a2": ("Colombia and rebels agree to extend ceasefire",
           "The Colombian government and the ELN rebel group agreed on Monday to extend a bilateral ceasefire "
           "for six months, negotiators said in Caracas. President Gustavo Petro welcomed the deal and said talks "
           "would resume next month. Both delegations promised to release hostages held in the north of the country."),
    "a3": ("Peru lawmakers vote to open impeachment hearing",
           "Lawmakers in Peru voted on Thursday to open an impeachment hearing against the president over "
           "allegations of corruption. Thousands of protesters gathered outside Congress in Lima demanding early "
           "elections. The interior ministry said police arrested twelve people after clashes near the building."),
    "a4": ("Sudan aid convoy reaches Darfur after weeks of delay",
           "A United Nations aid convoy reached El Fasher in Darfur on Saturday after weeks of delay, the World "
           "Food Programme said. The agency accused the warring parties of blocking roads and urged both sides to "
           "guarantee safe passage for humanitarian workers across the region."),
    "a5": ("Ecuador declares state of emergency in prisons",
           "Ecuador's president declared a state of emergency in the country's prisons on Wednesday after riots "
           "left several inmates dead, the government said. Soldiers were deployed to three prisons in Guayaquil, "
           "and the justice minister promised an investigation into the violence."),
}


def page(key: str) -> bytes:
    title, body = ARTICLES[key]
    sentences = body.split(". ")
    paras = "".join(f"<p>{s.rstrip('.')}.</p>\n" for s in sentences)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>
<article><h1>{title}</h1>
{paras}</article>
<footer>Copyright Testwire News. All rights reserved.</footer>
</body></html>""".encode("utf-8")


def rss(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate><guid>{link}</guid></item>"
        for t, link, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Testwire</title>'
            f"<link>/</link><description>test</description>{body}</channel></rss>").encode("utf-8")


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Testwire Atom</title><id>urn:testwire</id><updated>2024-06-01T10:00:00Z</updated>
  <entry><title>Peru lawmakers vote to open impeachment hearing</title>
    <link rel="alternate" type="text/html" href="/articles/a3.html"/>
    <link rel="edit" href="/edit/a3"/>
    <id>urn:a3</id><published>2024-06-13T09:30:00-05:00</published><updated>2024-06-14T01:00:00Z</updated></entry>
  <entry><title type="html">Sudan aid convoy reaches Darfur after weeks of delay</title>
    <link href="/articles/a4.html"/><id>urn:a4</id><updated>2024-06-15T08:00:00Z</updated></entry>
</feed>"""

DOCTYPE_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title>
<item><title>x</title><link>/articles/a1.html</link></item></channel></rss>"""


class Site:
    def __init__(self):
        self.log: list[tuple[str, dict[str, str]]] = []      # every request, logged on arrival
        self.statuses: list[tuple[str, int]] = []             # every answer
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self.etag = '"feed-v1"'

    def reset(self):
        with self.lock:
            self.log.clear()
            self.statuses.clear()
            self.counts.clear()

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _ in self.log]


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None, length: bool = True):
            with site.lock:
                site.statuses.append((self.path, status))
            try:
                self.send_response(status)
                if body or status == 200:
                    self.send_header("Content-Type", ctype)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self):
            path = self.path.split("?")[0]
            with site.lock:
                site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                site.counts[path] = site.counts.get(path, 0) + 1
                count = site.counts[path]
            if path == "/rss.xml":
                self.send(200, rss([
                    ("Kenyan police detain protest leaders", "/articles/a1.html", "Tue, 25 Jun 2024 14:05:00 +0300"),
                    ("Colombia and rebels agree to extend ceasefire", "/articles/a2.html#top", "Mon, 03 Jun 2024 23:10:00 -0500"),
                    ("Slow story", "/slow.html", "Mon, 03 Jun 2024 10:00:00 GMT"),
                    ("Broken story", "/error500.html", "Mon, 03 Jun 2024 10:00:00 GMT"),
                    ("Looping story", "/loop-a", "Mon, 03 Jun 2024 10:00:00 GMT"),
                    ("Huge story", "/big.html", "Mon, 03 Jun 2024 10:00:00 GMT"),
                ]), "application/rss+xml")
            elif path == "/atom.xml":
                self.send(200, ATOM, "application/atom+xml")
            elif path == "/etag.xml":
                if self.headers.get("If-None-Match") == site.etag:
                    self.send(304, headers={"ETag": site.etag})
                else:
                    self.send(200, rss([("Ecuador declares state of emergency in prisons", "/articles/a5.html",
                                         "Wed, 10 Jan 2024 18:00:00 -0500")]),
                              "application/rss+xml", headers={"ETag": site.etag,
                                                              "Last-Modified": "Wed, 10 Jan 2024 23:00:00 GMT"})
            elif path == "/doctype.xml":
                self.send(200, DOCTYPE_FEED, "application/rss+xml")
            elif path == "/notxml.xml":
                self.send(200, b"<html><body>not a feed</body></html>", "text/html")
            elif path.startswith("/articles/") and path.endswith(".html"):
                key = path.rsplit("/", 1)[1][:-5]
                if key in ARTICLES:
                    self.send(200, page(key))
                else:
                    self.send(404, b"not found")
            elif path == "/slow.html":
                time.sleep(TIMEOUT * 2)
                self.send(200, page("a1"))
            elif path == "/error500.html":
                self.send(500, b"oops")
            elif path in ("/loop-a", "/loop-b"):
                self.send(302, headers={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
            elif path == "/to-private":
                port = self.server.server_address[1]
                self.send(302, headers={"Location": f"http://127.0.0.2:{port}/articles/a1.html"})
            elif path.startswith("/chain/"):
                n = int(path.rsplit("/", 1)[1])
                if n > 0:
                    self.send(302, headers={"Location": f"/chain/{n - 1}"})
                else:
                    self.send(200, page("a2"))
            elif path == "/big.html":  # no Content-Length: the limit must hold while streaming
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    for _ in range(40):
                        self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
            elif path == "/drip.html":  # each byte well within the read timeout, the whole far beyond the total
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    for _ in range(20):
                        self.wfile.write(b"<p>drip</p>\n")
                        self.wfile.flush()
                        time.sleep(TIMEOUT / 4)
                except (BrokenPipeError, ConnectionResetError):
                    pass
            elif path == "/big-declared.html":
                self.send(200, b"<p>" + b"y" * (MAX_BYTES * 2) + b"</p>")
            elif path == "/flaky.html":  # 503 with a small Retry-After, then fine
                if count == 1:
                    self.send(503, b"busy", headers={"Retry-After": "0"})
                else:
                    self.send(200, page("a4"))
            elif path == "/throttled.html":
                self.send(429, b"slow down", headers={"Retry-After": "3600"})
            elif path == "/plain.txt":
                self.send(200, ARTICLES["a3"][1].encode(), "text/plain; charset=utf-8")
            elif path == "/image.png":
                self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
            else:
                self.send(404, b"not found")

    return Handler


@pytest.fixture(scope="module")
def site():
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(s))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield s
    server.shutdown()
    server.server_close()


@pytest.fixture
def transport():
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, total_timeout=5, max_bytes=MAX_BYTES,
                        retries=1, backoff=0.01, allow_private=True) as t:
        yield t


def run_round(site, transport, state, feeds, **kw):
    stats = RoundStats()
    out = list(fetch_feed_documents([site.base + f for f in feeds], transport, state, stats=stats, **kw))
    docs = {d.source.replace(site.base, ""): d for d in out if isinstance(d, RawDocument)}
    fails = {f.source.replace(site.base, ""): f for f in out if isinstance(f, Failure)}
    return docs, fails, stats


# --------------------------------------------------------------------------- parsing


def test_parse_rss_and_atom_items():
    items = parse_feed(rss([("One", "/a.html#frag", "Tue, 25 Jun 2024 14:05:00 +0300"),
                            ("Two", "https://other.example/b", "not a date")]), base_url="https://news.example/feed")
    assert items == [
        FeedItem("https://news.example/a.html", "One", "2024-06-25", "https://news.example/feed"),
        FeedItem("https://other.example/b", "Two", None, "https://news.example/feed"),
    ]
    atom = parse_feed(ATOM, base_url="https://news.example/atom.xml")
    assert [(i.link, i.title, i.published) for i in atom] == [
        ("https://news.example/articles/a3.html", "Peru lawmakers vote to open impeachment hearing", "2024-06-13"),
        ("https://news.example/articles/a4.html", "Sudan aid convoy reaches Darfur after weeks of delay", "2024-06-15"),
    ]


def test_normalise_date_forms():
    assert normalise_date("Mon, 03 Jun 2024 23:10:00 -0500") == "2024-06-03"   # the feed's own day
    assert normalise_date("2024-06-13T09:30:00-05:00") == "2024-06-13"
    assert normalise_date("2024-06-13T09:30:00Z") == "2024-06-13"
    assert normalise_date("2024-06-13") == "2024-06-13"
    assert normalise_date("yesterday") is None and normalise_date(None) is None


@pytest.mark.parametrize("data, reason", ids=["entities", "external-dtd", "malformed", "html", "utf16-entities"], argvalues=[
    (DOCTYPE_FEED, "DOCTYPE"),
    (b'<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd"><rss><channel/></rss>', "DOCTYPE"),
    (b"<rss><channel><item>", "malformed XML"),
    (b"<html><body>hi</body></html>", "not RSS or Atom"),
    ("<?xml version='1.0' encoding='utf-16'?><!DOCTYPE x [<!ENTITY e 'x'>]><rss/>".encode("utf-16"), "DOCTYPE"),
])
def test_unsafe_or_bad_feeds_rejected(data, reason):
    """DOCTYPE (internal subset with entities, external DTD, UTF-16 encoded) and junk are refused."""
    with pytest.raises(FeedError) as info:
        parse_feed(data)
    assert reason in str(info.value)


def test_feed_in_a_legacy_encoding():
    data = rss([("Bogotá talks", "https://n.example/a", "Mon, 03 Jun 2024 10:00:00 GMT")]).replace(
        b'encoding="utf-8"', b'encoding="windows-1252"').replace("á".encode(), "á".encode("cp1252"))
    assert parse_feed(data)[0].title == "Bogotá talks"


# --------------------------------------------------------------------------- rounds over real HTTP


def test_round_turns_items_into_documents_and_names_every_failure(site, transport, tmp_path):
    site.reset()
    state = FeedState.load(tmp_path / "state.json")
    t0 = time.monotonic()
    docs, fails, stats = run_round(site, transport, state, ["/rss.xml", "/atom.xml", "/etag.xml", "/doctype.xml"])
    elapsed = time.monotonic() - t0

    assert set(docs) == {"/articles/a1.html", "/articles/a2.html", "/articles/a3.html", "/articles/a4.html",
                         "/articles/a5.html"}
    for key, path in [("a1", "/articles/a1.html"), ("a3", "/articles/a3.html"), ("a5", "/articles/a5.html")]:
        doc = docs[path]
        assert doc.title == ARTICLES[key][0]
        assert doc.url == site.base + path
        assert ARTICLES[key][1].split(". ")[1] in doc.text
    # dates come from the feed (the pages state none), normalised to YYYY-MM-DD
    assert docs["/articles/a1.html"].published == "2024-06-25"
    assert docs["/articles/a2.html"].published == "2024-06-03"   # fragment dropped, the feed's own day
    assert docs["/articles/a3.html"].published == "2024-06-13"
    assert docs["/articles/a4.html"].published == "2024-06-15"
    assert docs["/articles/a5.html"].published == "2024-01-10"

    assert set(fails) == {"/slow.html", "/error500.html", "/loop-a", "/big.html", "/doctype.xml"}
    assert "timed out" in fails["/slow.html"].reason
    assert "HTTP 500" in fails["/error500.html"].reason
    assert "redirect loop" in fails["/loop-a"].reason
    assert f"larger than {MAX_BYTES} bytes" in fails["/big.html"].reason
    assert "DOCTYPE" in fails["/doctype.xml"].reason and fails["/doctype.xml"].reason.startswith("feed:")
    assert all(f.code == "E700" for f in fails.values())
    assert stats.documents == 5 and stats.failures == 5 and stats.feeds == 4 and stats.feeds_failed == 1
    assert elapsed < 3 * TIMEOUT + 2, elapsed   # the slow page costs one timeout, not more
    # the 500 was retried once (retries=1), nothing else was
    assert site.counts["/error500.html"] == 2
    assert site.counts["/slow.html"] == 1


def test_second_round_fetches_nothing_new(site, transport, tmp_path):
    site.reset()
    path = tmp_path / "state.json"
    state = FeedState.load(path)
    docs, fails, _ = run_round(site, transport, state, ["/atom.xml", "/etag.xml", "/rss.xml"], max_attempts=2)
    assert len(docs) == 5 and len(fails) == 4
    state.save()
    saved = json.loads(path.read_text())
    assert saved["feeds"][site.base + "/etag.xml"]["etag"] == '"feed-v1"'
    assert len(saved["seen"]) == 5 and len(saved["pending"]) == 4

    site.reset()
    state = FeedState.load(path)                 # a new process would start like this
    docs, fails, stats = run_round(site, transport, state, ["/atom.xml", "/etag.xml", "/rss.xml"], max_attempts=2)
    assert docs == {}
    assert stats.feeds_not_modified == 1
    etag_requests = [h for p, h in site.log if p == "/etag.xml"]
    assert len(etag_requests) == 1 and ("/etag.xml", 304) in site.statuses
    assert etag_requests[0]["if-none-match"] == '"feed-v1"'
    assert etag_requests[0]["if-modified-since"] == "Wed, 10 Jan 2024 23:00:00 GMT"
    assert not [p for p in site.paths() if p.startswith("/articles/")]   # no article fetched twice
    # the failed pages were tried a second time, then given up (max_attempts=2)
    assert set(fails) == {"/slow.html", "/error500.html", "/loop-a", "/big.html"}
    state.save()

    site.reset()
    state = FeedState.load(path)
    docs, fails, _ = run_round(site, transport, state, ["/atom.xml", "/etag.xml", "/rss.xml"], max_attempts=2)
    assert docs == {} and fails == {}
    assert sorted(site.paths()) == ["/atom.xml", "/etag.xml", "/rss.xml"]


def test_private_addresses_refused_unless_allowed(site, tmp_path):
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, retries=0) as strict:
        for url in (site.base + "/rss.xml", site.base.replace("127.0.0.1", "localhost") + "/rss.xml"):
            with pytest.raises(PrivateAddressError) as info:
                strict.get(url)
            assert "private or reserved address" in str(info.value)
        site.reset()
        out = list(fetch_feed_documents([site.base + "/rss.xml"], strict, FeedState()))
        assert [type(o) for o in out] == [Failure]
        assert "private or reserved address" in out[0].reason and out[0].source == site.base + "/rss.xml"
        assert site.paths() == []                       # refused before connecting
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, retries=0, allow_private=True) as lax:
        assert lax.get(site.base + "/atom.xml").status == 200


def test_redirect_target_checked_again(site, monkeypatch):
    """A public page redirecting to a private address is refused at the redirect (127.0.0.1 plays 'public')."""
    import eventwire.transport as tr

    monkeypatch.setattr(tr, "is_public_address", lambda a: a == "127.0.0.1")
    site.reset()
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, retries=0) as strict:
        assert strict.get(site.base + "/articles/a2.html").status == 200
        with pytest.raises(PrivateAddressError, match="127.0.0.2"):
            strict.get(site.base + "/to-private")
    assert site.paths() == ["/articles/a2.html", "/to-private"]


def test_connect_time_check_defeats_dns_rebinding(site, monkeypatch):
    """Even when the URL check is fooled (a name that re-resolves), the connection itself is refused."""
    site.reset()
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, retries=0) as strict:
        monkeypatch.setattr(strict, "_check_url", lambda url: url)   # pretend the first lookup said 'public'
        with pytest.raises(PrivateAddressError):
            strict.get(site.base + "/rss.xml")
    assert site.paths() == []


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("240.0.0.1", False), ("::1", False), ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False),
    ("::ffff:10.0.0.1", False), ("2002:7f00:1::", False), ("93.184.216.34", True), ("2606:4700::1111", True),
    ("8.8.8.8", True), ("not-an-ip", False),
])
def test_address_classification(address, public):
    assert is_public_address(address) is public


# --------------------------------------------------------------------------- the transport itself


def test_transport_basics(site, transport):
    site.reset()
    r = transport.get(site.base + "/articles/a1.html")
    assert r.status == 200 and r.content_type == "text/html" and r.charset == "utf-8"
    ua = site.log[0][1]["user-agent"]
    assert ua.startswith("eventwire/") and "(+https://github.com/eventwire)" in ua

    first = transport.get(site.base + "/etag.xml")
    assert first.validators() == {"etag": '"feed-v1"', "last_modified": "Wed, 10 Jan 2024 23:00:00 GMT"}
    again = transport.get(site.base + "/etag.xml", conditional_headers(first.validators()))
    assert again.not_modified and again.content == b""

    assert transport.get(site.base + "/chain/5").status == 200          # five redirects are fine
    with pytest.raises(FetchError, match="too many redirects"):
        transport.get(site.base + "/chain/6")
    with pytest.raises(FetchError, match=f"larger than {MAX_BYTES} bytes"):
        transport.get(site.base + "/big-declared.html")
    with HttpxTransport(read_timeout=TIMEOUT, total_timeout=1.5 * TIMEOUT, allow_private=True, retries=0) as t:
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="longer than 1.5 s"):
            t.get(site.base + "/drip.html")
        assert time.monotonic() - t0 < 2.5 * TIMEOUT
    with pytest.raises(FetchError, match="HTTP 404"):
        transport.get(site.base + "/nothing-here")
    for bad in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "/relative"):
        with pytest.raises(FetchError, match="only http and https"):
            transport.get(bad)


def test_retries_respect_retry_after(site):
    site.reset()
    waits: list[float] = []
    with HttpxTransport(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, retries=2, backoff=0.01,
                        allow_private=True, sleep=waits.append) as t:
        assert t.get(site.base + "/flaky.html").status == 200          # 503 + Retry-After: 0, then 200
        assert waits == [0.0]
        with pytest.raises(FetchError, match="HTTP 429.*3600"):         # too long to wait: give up at once
            t.get(site.base + "/throttled.html")
        assert waits == [0.0] and site.paths().count("/throttled.html") == 1
        with pytest.raises(FetchError, match="HTTP 500"):              # backoff doubles
            t.get(site.base + "/error500.html")
        assert waits[1:] == [0.01, 0.02]


def test_connection_refused_is_retried_then_named():
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()                                       # nothing listens there now
    waits: list[float] = []
    with HttpxTransport(connect_timeout=TIMEOUT, retries=2, backoff=0.5, allow_private=True, sleep=waits.append) as t:
        with pytest.raises(FetchError, match="connection failed"):
            t.get(f"http://127.0.0.1:{port}/feed.xml")
    assert waits == [0.5, 1.0]


def test_plain_text_and_non_html_pages(site, transport):
    item = FeedItem(site.base + "/plain.txt", "Peru vote", "2024-06-13")
    from eventwire.read.feeds import page_document

    doc = page_document(item, transport.get(item.link))
    assert doc.text.startswith("Lawmakers in Peru") and doc.title == "Peru vote" and doc.published == "2024-06-13"
    from eventwire.errors import InputError

    with pytest.raises(InputError, match="not an HTML page"):
        page_document(FeedItem(site.base + "/image.png"), transport.get(site.base + "/image.png"))


def test_transport_interface():
    """``HttpxTransport`` is a ``Transport``; anything with ``get(url, headers) -> Response`` is one too."""

    class Canned:
        def get(self, url, headers=None):
            return Response(url, 304)

    with HttpxTransport() as real:
        assert isinstance(real, Transport)
    assert isinstance(Canned(), Transport) and Canned().get("https://n.example/").not_modified
    assert not isinstance(object(), Transport)
    assert conditional_headers(None) == {} and conditional_headers({"etag": '"e"'}) == {"If-None-Match": '"e"'}


def test_bad_state_file(tmp_path):
    bad = tmp_path / "state.json"
    bad.write_text('{"seen": [1, 2]}')
    with pytest.raises(Exception, match="not an eventwire watch state"):
        FeedState.load(bad)
    bad.write_text("{not json")
    with pytest.raises(Exception, match="cannot read the watch state"):
        FeedState.load(bad)
    assert FeedState.load(tmp_path / "missing.json").seen == {}


# --------------------------------------------------------------------------- the command


def test_watch_usage_errors(tmp_path):
    import typer
    from typer.testing import CliRunner

    from eventwire.cli import watch

    app = typer.Typer()
    app.command()(watch.command)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# my feeds\n\nhttps://a.example/rss  # inline comment\nhttps://a.example/rss\nhttp://b.example/atom\n")
    assert watch.read_feed_list(feeds) == ["https://a.example/rss", "http://b.example/atom"]
    assert [watch.parse_every(v) for v in ("30s", "15m", "1h", "90")] == [30, 900, 3600, 90]
    runner = CliRunner()
    assert runner.invoke(app, [str(feeds), "--every", "soon"]).exit_code == 2
    assert runner.invoke(app, [str(feeds), "--every", "0s"]).exit_code == 2
    bad = tmp_path / "bad.txt"
    bad.write_text("ftp://x.example/feed\n")
    result = runner.invoke(app, [str(bad)])
    assert result.exit_code == 2
    assert runner.invoke(app, [str(tmp_path / "missing.txt")]).exit_code == 2


def test_watch_once_stores_articles(site, tmp_path, coder, monkeypatch):
    try:
        importlib.import_module("eventwire.ingest")
        from eventwire.store import Store
    except ImportError as exc:
        pytest.skip(f"eventwire.ingest is not importable yet ({exc}); watch --once needs ingest_documents")
    import typer
    from typer.testing import CliRunner

    from eventwire.cli import watch

    monkeypatch.setattr(watch, "build_coder", lambda model, min_confidence=None: coder)   # the session's model, loaded once
    app = typer.Typer()
    app.command()(watch.command)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{site.base}/atom.xml\n{site.base}/etag.xml\n{site.base}/error500.html\n")
    db = tmp_path / "news.duckdb"
    runner = CliRunner()
    site.reset()
    first = runner.invoke(app, [str(feeds), "--once", "--db", str(db), "--allow-private"])
    assert first.exit_code == 1, first.output            # the third "feed" answers 500
    assert "error500.html" in first.output and "HTTP 500" in first.output
    assert "round 1" in first.output and "3 article(s) stored" in first.output, first.output
    assert (tmp_path / "news.duckdb.watch.json").exists()
    with Store(db, read_only=True) as store:
        records = [store.article(i) for i in store.article_ids()]
    assert sorted(r["article"]["title"] for r in records) == sorted(ARTICLES[k][0] for k in ("a3", "a4", "a5"))
    assert sorted(r["article"]["published"] for r in records) == ["2024-01-10", "2024-06-13", "2024-06-15"]

    feeds.write_text(f"{site.base}/atom.xml\n{site.base}/etag.xml\n")
    site.reset()
    second = runner.invoke(app, [str(feeds), "--once", "--db", str(db), "--allow-private"])
    assert second.exit_code == 0, second.output
    assert "0 new item(s)" in second.output and "(1 unchanged)" in second.output, second.output
    assert not [p for p in site.paths() if p.startswith("/articles/")]

    refused = runner.invoke(app, [str(feeds), "--once", "--db", str(db)])   # 127.0.0.1 without --allow-private
    assert refused.exit_code == 1 and "private or reserved address" in refused.output

    waits: list[float] = []

    def ctrl_c_on_second_wait(seconds):
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(watch, "_sleep", ctrl_c_on_second_wait)
    looping = runner.invoke(app, [str(feeds), "--every", "30s", "--db", str(db), "--allow-private"])
    assert looping.exit_code == 0, looping.output
    assert "round 2" in looping.output and "stopped after 2 complete round(s)" in looping.output
    assert 25 < waits[0] <= 30

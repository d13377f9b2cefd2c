"""Input readers: HTML pages, JSON Lines, WARC archives, gzip, folders; ``iter_documents``.

The fixture pages under ``tests/fixtures/html`` are written for these tests; JSONL, WARC and
gzip inputs are built here.  The real-page tests read ``../shared/data`` and skip without it.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import re
import zlib
from pathlib import Path

import pytest

from eventwire.clean import clean
from eventwire.read import iter_documents, iter_inputs, kind_of, read_path
from eventwire.read.html import normalize_date, parse_html
from eventwire.read.jsonl import iso_date
from eventwire.records import Failure, RawDocument

from conftest import FIXTURES, ROOT, SHARED

HTML = FIXTURES / "html"
NEWS = HTML / "news_jsonld.html"
META_ONLY = HTML / "meta_date_only.html"
NO_ARTICLE = HTML / "no_article.html"
BENCH = SHARED / "data" / "article-extraction-benchmark"

STORY = (
    "Talks resume\n\nDiplomats from both countries met in Doha on Sunday to resume talks on a prisoner swap, "
    "officials from both delegations said.\n"
)
NO_DATE_PAGE = """<!doctype html><html><head><title>Court delays ruling on Senegal vote</title>
<link rel="canonical" href="https://sahel-daily.example/2021/05/05/court-delays-ruling"></head>
<body><nav><a href="/">Home</a> <a href="/2022/01/01/other">Other story</a></nav>
<article><h1>Court delays ruling on Senegal vote</h1>
<p>Posted 5 May 2021. <time datetime="2022-02-02">2 February 2022</time></p>
<p>DAKAR — Senegal's constitutional court on Thursday postponed its ruling on the date of the presidential
election, saying it needed more time to study petitions filed by opposition candidates and civil society groups.</p>
<p>Opposition leaders accused the government of trying to extend the president's term and called for protests
in the capital on Saturday, while the interior ministry said any unauthorised gathering would be dispersed.</p>
<p>Diplomats from the regional bloc ECOWAS urged all parties to respect the court's decision and to avoid violence,
and said a mediation mission would travel to Dakar next week.</p>
</article></body></html>"""


def docs(*paths, **kw) -> list[RawDocument | Failure]:
    return list(iter_documents(list(paths), **kw))


def one(path, **kw) -> RawDocument | Failure:
    out = docs(path, **kw)
    assert len(out) == 1, out
    return out[0]


def assert_one_line(failure: Failure) -> None:
    assert isinstance(failure, Failure), failure
    assert failure.reason and "\n" not in failure.reason
    assert re.fullmatch(r"E\d{3}", failure.code)


# --- HTML pages -----------------------------------------------------------------------------


def test_news_page_metadata_from_jsonld_and_og_tags():
    doc = one(NEWS)
    assert isinstance(doc, RawDocument)
    assert doc.source == str(NEWS)
    assert doc.title == "Kenya and Ethiopia agree to reopen Moyale border crossing"
    # JSON-LD datePublished; not the modified date, the URL's date or the related stories' dates
    assert doc.published == "2024-03-11"
    assert doc.publisher == "The Rift Valley Herald"
    assert doc.byline == "Amina Odhiambo"
    assert doc.url == "https://www.riftvalleyherald.example/news/2021/05/05/moyale-border-reopens"


def test_news_page_body_is_plain_paragraphs_without_page_clutter():
    text = one(NEWS).text
    assert text.startswith("NAIROBI — Kenya and Ethiopia agreed on Monday")
    assert text.rstrip().endswith("review security along the frontier.")
    assert "\n" not in text.replace("\n\n", "")  # paragraphs separated by one blank line, no stray breaks
    assert "\n\n\n" not in text
    assert "<" not in text and "**" not in text  # plain text, no markup
    assert "agree to reopen Moyale border crossing" not in text  # the headline is the title, not the body
    for clutter in ("Politics", "Sport", "Related stories",
                    "African Union offers to mediate", "Privacy policy", "All rights reserved", "Share on Facebook",
                    "Email address", "Trucks queue at the Moyale crossing"):
        assert clutter not in text, clutter


def test_cleaning_stage_removes_caption_and_read_more_lines_from_a_page():
    raw = one(NEWS)
    cleaned = clean(raw)
    assert cleaned.title == raw.title and cleaned.publisher == "The Rift Valley Herald"
    kinds = {r.kind for r in cleaned.removed}
    assert {"caption", "related"} <= kinds
    assert "AP Photo" not in cleaned.text and "Read more" not in cleaned.text
    assert "joint patrols would begin on Friday" in cleaned.text


def test_page_with_only_article_published_time():
    doc = one(META_ONLY)
    assert doc.published == "2019-11-23"  # not "Last updated: 2 December 2019", not the URL's 2020/01/15
    assert doc.title == "Bolivian senate approves early election bill"
    assert doc.url == "https://andes-dispatch.example/2020/01/15/bolivia-election-bill.html"
    assert "Bolivia's senate on Saturday approved a bill" in doc.text
    assert "Most read" not in doc.text and "Observers question" not in doc.text


def test_page_date_wins_over_callers_date_which_fills_in_when_the_page_has_none(tmp_path):
    assert one(META_ONLY, published="2001-01-01").published == "2019-11-23"
    page = tmp_path / "nodate.html"
    page.write_text(NO_DATE_PAGE, encoding="utf-8")
    # never guessed from the URL, the page's text or a <time> element that is not the publication date
    assert one(page).published is None
    assert one(page, published="2024-02-09").published == "2024-02-09"


def test_page_without_article_text_is_a_failure():
    failure = one(NO_ARTICLE)
    assert_one_line(failure)
    assert failure.source == str(NO_ARTICLE)
    assert failure.reason == "no article text found in the page"


def test_html_encodings(tmp_path):
    body = NO_DATE_PAGE.replace("Senegal's", "Sénégal’s").replace("Diplomats", "Diplomates à Genève")
    cp = tmp_path / "cp1252.html"
    cp.write_bytes(body.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252", errors="replace"))
    utf = tmp_path / "utf8-no-decl.html"
    utf.write_bytes(body.encode("utf-8"))
    for path in (cp, utf):
        doc = one(path)
        assert "Diplomates à Genève" in doc.text, path.name


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-11T08:15:00+03:00", "2024-03-11"),
        ("2024-03-11", "2024-03-11"),
        ("2019/11/19", "2019-11-19"),
        ("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19"),
        ("November 19, 2019", "2019-11-19"),
        ("01:38:07 PM IST Nov 20, 2019", "2019-11-20"),
        ("0001-01-01T00:00:00Z", None),
        ("2019-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


# --- JSON Lines -----------------------------------------------------------------------------


def write_jsonl(path: Path, lines: list[str], compress: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "a1", "text": STORY, "title": "Talks resume", "published": "2024-01-05T22:10:00Z",
                    "url": "https://example.org/a1", "author": ["Ana Ruiz", "Li Wei"], "publisher": "Gulf Wire"}),
        '{"text": "Diplomats met again", ',  # invalid JSON
        json.dumps({"title": "A line without an article", "url": "https://example.org/x"}),
        "",
        json.dumps({"html": NEWS.read_text(encoding="utf-8"), "url": "https://mirror.example/moyale"}),
        json.dumps({"text": STORY, "published": "last Tuesday"}),
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": STORY, "byline": "Sam Okoro"}),
    ]


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_good_and_bad_lines(tmp_path, compress):
    path = write_jsonl(tmp_path / ("batch.jsonl.gz" if compress else "batch.jsonl"), jsonl_lines(), compress)
    out = docs(path, published="2024-02-01")
    assert [o.source for o in out] == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7, 8, 9)]
    first, bad_json, no_text, page, bad_date, wrong_type, not_object, last = out

    assert isinstance(first, RawDocument)
    assert first.text == STORY and first.title == "Talks resume" and first.url == "https://example.org/a1"
    assert first.published == "2024-01-05"  # the line's own date wins over the caller's
    assert first.byline == "Ana Ruiz, Li Wei" and first.publisher == "Gulf Wire"

    for failure in (bad_json, no_text, bad_date, wrong_type, not_object):
        assert_one_line(failure)
    assert "invalid JSON" in bad_json.reason
    assert 'no "text" or "html"' in no_text.reason
    assert "published" in bad_date.reason
    assert '"text" is not a string' in wrong_type.reason
    assert "not a JSON object" in not_object.reason

    assert isinstance(page, RawDocument)  # an HTML line goes through the HTML reader
    assert page.title == "Kenya and Ethiopia agree to reopen Moyale border crossing"
    assert page.published == "2024-03-11" and page.publisher == "The Rift Valley Herald"
    assert page.url == "https://mirror.example/moyale"  # the line's url wins over the page's canonical
    assert page.text.startswith("NAIROBI")

    assert isinstance(last, RawDocument) and last.byline == "Sam Okoro"
    assert last.published == "2024-02-01"  # no date on the line: the caller's


def test_jsonl_overlong_line_is_skipped_and_reading_goes_on(tmp_path):
    long_line = json.dumps({"text": "word " * 5000})
    path = write_jsonl(tmp_path / "long.jsonl", [json.dumps({"text": STORY}), long_line, json.dumps({"text": STORY})])
    out = docs(path, max_bytes=2000)
    assert [type(o).__name__ for o in out] == ["RawDocument", "Failure", "RawDocument"]
    assert out[1].source == f"{path}:2" and "longer than 2000 bytes" in out[1].reason
    assert out[2].source == f"{path}:3"


def test_iso_date():
    assert iso_date("2024-01-05") == "2024-01-05"
    assert iso_date("2024-01-05T23:59:59.123+05:30") == "2024-01-05"
    assert iso_date("05/01/2024") is None and iso_date("2024-13-01") is None


# --- WARC -----------------------------------------------------------------------------------


def build_warc(path: Path, records: list[tuple[str, str, str, bytes]], compress: bool) -> Path:
    """records: (uri, status line, content type, body); a warcinfo and a request record come first."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.org/", "request", http_headers=req))
        for uri, status, ctype, body in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return path


def warc_records() -> list[tuple[str, str, str, bytes]]:
    return [
        ("https://www.riftvalleyherald.example/moyale", "200 OK", "text/html; charset=utf-8", NEWS.read_bytes()),
        ("https://www.riftvalleyherald.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("https://www.riftvalleyherald.example/gone", "404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
        ("https://www.riftvalleyherald.example/login", "200 OK", "text/html", NO_ARTICLE.read_bytes()),
        ("https://andes-dispatch.example/bolivia", "200 OK", "text/html", META_ONLY.read_bytes()),
    ]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses_only(tmp_path, compress):
    path = build_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), warc_records(), compress)
    out = docs(path, published="2024-02-01")
    # records: 1 warcinfo, 2 request, 3 news, 4 png, 5 404, 6 login page, 7 bolivia
    assert [o.source for o in out] == [f"{path}#record-3", f"{path}#record-6", f"{path}#record-7"]
    news, login, bolivia = out
    assert isinstance(news, RawDocument)
    assert news.url == "https://www.riftvalleyherald.example/moyale"  # WARC-Target-URI, not the canonical
    assert news.title.startswith("Kenya and Ethiopia") and news.published == "2024-03-11"
    assert news.text.startswith("NAIROBI")
    assert_one_line(login)
    assert login.reason == "no article text found in the page"
    assert bolivia.published == "2019-11-23" and bolivia.url == "https://andes-dispatch.example/bolivia"


def test_broken_warc_record_stops_that_file_with_one_failure(tmp_path):
    good = build_warc(tmp_path / "good.warc", warc_records(), compress=False).read_bytes()
    starts = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", good)]
    cut = starts[3]  # the 4th record (the first HTML response) is damaged
    broken = tmp_path / "broken.warc"
    broken.write_bytes(good[:cut] + b"GARBAGE LINE\r\n" + good[cut + 10:])
    after = tmp_path / "after.txt"
    after.write_text(STORY, encoding="utf-8")
    out = docs(broken, after)
    assert len(out) == 3, out
    news, failure, story = out
    assert isinstance(news, RawDocument) and news.source == f"{broken}#record-3"
    assert_one_line(failure)
    assert failure.source == f"{broken}#record-4"
    assert f"byte offset {cut}" in failure.reason and "rest of the file is not read" in failure.reason
    assert isinstance(story, RawDocument)  # the batch goes on


def test_warc_that_is_not_a_warc_or_has_no_pages(tmp_path):
    fake = tmp_path / "fake.warc"
    fake.write_text("this is not a web archive\n" * 5)
    failure = one(fake)
    assert_one_line(failure)
    assert "not a WARC file" in failure.reason
    empty = build_warc(tmp_path / "images.warc.gz", [warc_records()[1], warc_records()[2]], compress=True)
    failure = one(empty)
    assert_one_line(failure)
    assert "no HTML page records" in failure.reason


# --- gzip -----------------------------------------------------------------------------------


def test_gzip_variants(tmp_path):
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(STORY.encode("utf-8")))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(NEWS.read_bytes()))
    (tmp_path / "page.htm.gz").write_bytes(gzip.compress(META_ONLY.read_bytes()))
    (tmp_path / "mislabelled.txt").write_bytes(gzip.compress(STORY.encode("utf-8")))  # gzip by magic bytes
    named = tmp_path / "download.gz"  # an explicitly named file: kind sniffed after gunzip
    named.write_bytes(gzip.compress(NEWS.read_bytes()))
    out = docs(tmp_path / "story.txt.gz", tmp_path / "page.html.gz", tmp_path / "page.htm.gz",
               tmp_path / "mislabelled.txt", named)
    assert all(isinstance(o, RawDocument) for o in out), out
    story, news, bolivia, mislabelled, sniffed = out
    assert story.text == STORY and mislabelled.text == STORY
    assert news.published == "2024-03-11" and bolivia.published == "2019-11-23"
    assert sniffed.title == news.title and sniffed.text == news.text


def gzip_bomb(path: Path, decompressed: int = 200_000_000) -> Path:
    """A multi-member gzip file of zeros: about 200 KB on disk, 200 MB unpacked, built in milliseconds."""
    member_size = 10_000_000
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = comp.compress(bytes(member_size)) + comp.flush()
    path.write_bytes(member * (decompressed // member_size))
    return path


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.html.gz", "bomb.gz"])
def test_gzip_bomb_is_a_failure(tmp_path, name):
    bomb = gzip_bomb(tmp_path / name)
    assert bomb.stat().st_size < 1_000_000
    failure = one(bomb, max_bytes=2_000_000)
    assert_one_line(failure)
    assert "decompressed size exceeds 2000000 bytes" in failure.reason


def test_gzip_bomb_in_jsonl_is_one_failed_line(tmp_path):
    bomb = gzip_bomb(tmp_path / "bomb.jsonl.gz", decompressed=30_000_000)
    failure = one(bomb, max_bytes=1_000_000)
    assert_one_line(failure)
    assert failure.source == f"{bomb}:1" and "longer than 1000000 bytes" in failure.reason


def test_corrupt_and_truncated_gzip(tmp_path):
    data = gzip.compress(STORY.encode("utf-8") * 50)
    (tmp_path / "truncated.txt.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "corrupt.html.gz").write_bytes(data[:10] + b"\x00garbage" * 20)
    for failure in docs(tmp_path):
        assert_one_line(failure)
        assert "corrupt gzip data" in failure.reason


def test_plain_file_over_the_size_limit(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(NEWS.read_bytes())
    failure = one(big, max_bytes=1000)
    assert_one_line(failure)
    assert "too large" in failure.reason


# --- files named explicitly, folders --------------------------------------------------------


def test_explicit_files_are_sniffed(tmp_path):
    page = tmp_path / "saved-page.dat"
    page.write_bytes(NEWS.read_bytes())
    body_only = tmp_path / "fragment"
    body_only.write_text("<p>x</p>\n<body>" + NO_DATE_PAGE.split("<body>", 1)[1], encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text(STORY, encoding="utf-8")
    warc = build_warc(tmp_path / "crawl.bin", warc_records()[:1], compress=False)
    assert kind_of(page) == "html" and kind_of(body_only) == "html"
    assert kind_of(notes) == "text" and kind_of(warc) == "warc"
    doc = one(page)
    assert doc.title.startswith("Kenya and Ethiopia") and doc.text.startswith("NAIROBI")
    assert "DAKAR" in one(body_only).text
    assert one(notes).text == STORY
    assert one(warc).source == f"{warc}#record-3"


def test_folder_mixing_all_kinds(tmp_path):
    (tmp_path / "a-story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b-page.html").write_bytes(NEWS.read_bytes())
    (tmp_path / "c").mkdir()
    write_jsonl(tmp_path / "c" / "d.jsonl", [json.dumps({"text": STORY}), "{broken"])
    build_warc(tmp_path / "c" / "e.warc.gz", warc_records(), compress=True)
    (tmp_path / "f.txt.gz").write_bytes(gzip.compress(STORY.encode("utf-8")))
    (tmp_path / "g-login.htm").write_bytes(NO_ARTICLE.read_bytes())
    (tmp_path / "h.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": STORY}).encode() + b"\n"))
    (tmp_path / "notes.md").write_text(STORY, encoding="utf-8")  # not an article suffix: passed over
    (tmp_path / ".hidden.html").write_bytes(NEWS.read_bytes())  # hidden: skipped
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty-sub").mkdir()

    out = docs(tmp_path)
    rel = [o.source.replace(str(tmp_path) + "/", "") for o in out]
    assert rel == [
        "a-story.txt", "b-page.html", "c/d.jsonl:1", "c/d.jsonl:2",
        "c/e.warc.gz#record-3", "c/e.warc.gz#record-6", "c/e.warc.gz#record-7",
        "f.txt.gz", "g-login.htm", "h.jsonl.gz:1",
    ]
    seen: list[str] = []
    assert len(list(iter_documents([tmp_path], on_file=lambda p: seen.append(p.name)))) == len(out)
    assert seen == ["a-story.txt", "b-page.html", "d.jsonl", "e.warc.gz", "f.txt.gz", "g-login.htm", "h.jsonl.gz"]
    failures = {o.source.replace(str(tmp_path) + "/", "") for o in out if isinstance(o, Failure)}
    assert failures == {"c/d.jsonl:2", "c/e.warc.gz#record-6", "g-login.htm"}
    assert [p.name for p in iter_inputs([tmp_path])] == [
        "a-story.txt", "b-page.html", "d.jsonl", "e.warc.gz", "f.txt.gz", "g-login.htm", "h.jsonl.gz"]


def test_missing_paths_and_empty_folders_are_failures(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("nothing to code")
    out = docs(tmp_path / "nope.html", tmp_path / "nope.jsonl", tmp_path / "nope.warc", tmp_path / "empty")
    assert [o.source for o in out] == [str(tmp_path / n) for n in ("nope.html", "nope.jsonl", "nope.warc", "empty")]
    for failure in out:
        assert_one_line(failure)
    assert [f.reason for f in out[:3]] == ["no such file"] * 3
    assert "no article files" in out[3].reason


@pytest.mark.parametrize("name", ["x.html", "x.htm.gz", "x.jsonl", "x.warc", "x.warc.gz", "x.txt", "x.bin"])
@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02" * 300, bytes(range(256)) * 20, b"\x1f\x8b\x08" + b"\xff" * 100,
     b"<html><body>" + b"<div>" * 5000 + b"</body></html>", b'{"html": "<p>' + b"a" * 10 + b'"}\n'],
    ids=["empty", "nul-bytes", "all-bytes", "bad-gzip", "deep-divs", "tiny-html-line"],
)
def test_garbage_never_raises(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    out = docs(path)
    assert out, "nothing may be dropped silently"
    for item in out:
        assert isinstance(item, (RawDocument, Failure))
        if isinstance(item, Failure):
            assert_one_line(item)


def test_read_path_and_iter_inputs_still_work(tmp_path):
    doc = read_path(NEWS)
    assert doc.title.startswith("Kenya and Ethiopia") and doc.published == "2024-03-11"
    (tmp_path / "s.txt").write_text(STORY, encoding="utf-8")
    assert read_path(tmp_path / "s.txt", published="2024-01-01").published == "2024-01-01"
    assert [p.name for p in iter_inputs([HTML])] == ["meta_date_only.html", "news_jsonld.html", "no_article.html"]


def test_documents_flow_through_the_coder(coder):
    outcomes = list(coder.code_documents(iter_documents([HTML], published="2024-06-01")))
    assert [o.ok for o in outcomes] == [True, True, False]
    bolivia, news, login = outcomes
    art = news.record.article
    assert art.title.startswith("Kenya and Ethiopia") and art.published == "2024-03-11"
    assert art.publisher == "The Rift Valley Herald" and art.byline == "Amina Odhiambo"
    assert "AP Photo" not in art.text
    assert bolivia.record.article.published == "2019-11-23"
    assert login.failure.reason == "no article text found in the page"


# --- real pages (../shared/data) ------------------------------------------------------------

_STATED_DATE = re.compile(
    rb'"datePublished"\s*:\s*"\d{4}-\d\d-\d\d|property=["\']article:published_time["\']\s+content=["\']\d{4}-\d\d-\d\d', re.I
)


def test_real_pages_read_with_title_text_and_stated_date():
    pages = sorted((BENCH / "html").glob("*.html.gz"))[:10] if BENCH.exists() else []
    if len(pages) < 10:
        pytest.skip("../shared/data/article-extraction-benchmark is not beside the project")
    out = docs(*pages)
    assert len(out) == 10
    for path, doc in zip(pages, out):
        assert isinstance(doc, RawDocument), doc
        assert doc.title and doc.title.strip(), path.name
        assert len(doc.text.split()) > 50, path.name
        assert doc.source == str(path)
        if _STATED_DATE.search(gzip.decompress(path.read_bytes())):
            assert doc.published and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published), path.name
        if doc.published:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published)


def _benchmark_module():
    spec = importlib.util.spec_from_file_location("eventwire_extraction_benchmark", ROOT / "benchmarks" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_scoring_definition():
    bench = _benchmark_module()
    assert bench.shingle_match("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.shingle_match("one two three four five", "one two three four")
    assert (tp, fp, fn) == (0.5, 0.0, 0.5)
    # multiplicity: a repeated passage counts twice
    assert bench.shingle_match("a b c d", "a b c d a b c d")[1] > 0
    m = bench.metrics([(1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.5, 0.0, 0.5)])
    assert m["precision"] == 1.0 and m["recall"] == pytest.approx(0.75)


def test_benchmark_sample_and_saved_outputs():
    if not (BENCH / "ground-truth.json").exists():
        pytest.skip("../shared/data/article-extraction-benchmark is not beside the project")
    bench = _benchmark_module()
    # the saved outputs reproduce the published figures
    assert round(bench.score_saved("trafilatura")["f1"], 3) == 0.958
    assert round(bench.score_saved("AutoExtract")["f1"], 3) == 0.970
    report = bench.score_extraction(pages=12)
    assert report["pages"] == 12 and not report["failures"]
    assert report["ours"]["f1"] > 0.9
    assert set(report["saved"]) >= {"trafilatura", "AutoExtract"}


def test_parse_html_directly_given_url_wins_over_canonical():
    doc = parse_html(NO_DATE_PAGE, source="feed-item-7", url="https://feeds.example/item/7")
    assert doc.source == "feed-item-7" and doc.url == "https://feeds.example/item/7"
    assert doc.title == "Court delays ruling on Senegal vote"
    assert doc.publisher is None and doc.byline is None and doc.published is None
    assert "DAKAR — Senegal's constitutional court on Thursday" in doc.text
    assert "Posted 5 May 2021" not in clean(doc).text  # a date stamp: the cleaning stage's job

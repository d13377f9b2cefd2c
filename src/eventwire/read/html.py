"""HTML pages: the article body (trafilatura) plus the metadata the page states.

``parse_html`` turns one page into a ``RawDocument``:

- ``text``: the main text found by trafilatura (offline; ``EXTRACT_OPTIONS``: precision
  mode, comments left out, tables kept), plain text with one blank line between paragraphs.
  Before extraction, an article body that the page splits into sibling blocks of the same
  class (ads between the chunks) is joined, so that the extractor does not stop at the first
  chunk.  When precision mode finds little text (under ``SHORT_WORDS`` words) and the
  balanced mode finds ``FALLBACK_RATIO`` times more, the balanced result is taken.  Leading
  lines that repeat the headline are dropped (the headline goes to ``title``), and so are
  lines that are only a URL or only punctuation (table rules, "___").  Boilerplate lines
  (captions, promo, "Read more", bylines, copyright) are left to the cleaning stage.
  These choices are measured in ``benchmarks/extraction.py``.
- ``title``: the headline (JSON-LD ``headline``, ``og:title``, ``<title>``, as trafilatura
  reads them).
- ``published``: the publication date *as the page states it in its metadata*, normalised
  to ``YYYY-MM-DD``: JSON-LD ``datePublished`` of an Article/NewsArticle/... object, then
  ``<meta property="article:published_time">`` and the other publication-date meta tags
  (``og:published_time``, ``datePublished``, ``pubdate``, ``DC.date.issued``,
  ``parsely-pub-date``, ...), then microdata ``itemprop="datePublished"`` and
  ``<time pubdate>``.  Nothing else: trafilatura's own date finder (htmldate) reads dates
  out of the URL, the page's text and the dates of other stories, so it is not used, and a
  page that states no date gets ``None`` (or the caller's date, see below).  Modification
  dates are never taken for publication dates.
- ``byline``: the author(s) (JSON-LD ``author``, ``<meta name="author">``, ... via
  trafilatura), joined with ", ".
- ``publisher``: the site's name: JSON-LD ``publisher.name``, ``og:site_name``,
  ``application-name``; a bare host name is not taken for a name.
- ``url``: the URL the caller gives (a WARC record's target URI, a JSONL ``url``), else the
  page's canonical URL (``<link rel="canonical">``, ``og:url``), made absolute.

Dates: the page's own date wins; the caller's ``published`` (``--published``) applies only
to a page that states none.

A page with no article text raises ``InputError("no article text found in the page")``.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import date, datetime, timezone
from email.utils import parsedate
from urllib.parse import urljoin, urlsplit

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from ..records import RawDocument

#: trafilatura settings, chosen on the article-extraction benchmark (benchmarks/extraction.py).
EXTRACT_OPTIONS = dict(
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_links=False,
    include_formatting=False,
    favor_precision=True,
    favor_recall=False,
    deduplicate=False,
)
#: A page's text is an article when it has this many letters, and one paragraph has MIN_LINE_LETTERS.
MIN_LETTERS = 80
MIN_LINE_LETTERS = 40
#: Join article bodies split into sibling chunks before extraction.
MERGE_CHUNKS = True
#: In precision mode, a result shorter than this many words is checked against the balanced mode ...
SHORT_WORDS = 150
#: ... whose result replaces it when it is at least this many times longer.
FALLBACK_RATIO = 3

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
    "blogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report", "webpage",
    "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle", "posting",
    "claimreview", "medicalwebpage",
}
_NEWS_FIRST = ("newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
               "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
               "article", "blogposting")

#: ``<meta>`` names/properties that state a publication date (lower case), in order of trust.
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "published_time", "published-time", "article.published", "article_date_original",
    "pubdate", "publishdate", "publish_date", "publish-date", "published_date", "published-date",
    "publication_date", "publication-date", "pub_date", "originalpublicationdate", "original-publish-date",
    "rnews:datepublished", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "citation_publication_date", "citation_date", "displaydate", "bt:pubdate", "date",
)
_DATE_META_RANK = {name: i for i, name in enumerate(_DATE_META)}

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]\d|[Z+-]\d*)")
_YMD = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_DMY_WORDS = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_EPOCH = re.compile(r"^\s*(\d{10})(?:\d{3})?\s*$")


def normalize_date(value: object) -> str | None:
    """A stated date as ``YYYY-MM-DD``, or None when it is not a plausible calendar date.

    The date is taken as written (a local time stays on the day the page states), never
    shifted or guessed.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    y = m = d = None
    if match := _ISO.match(text) or _YMD.match(text):
        y, m, d = (int(g) for g in match.groups())
    elif match := _MDY_WORDS.search(text):
        mon = _MONTHS.get(match.group(1)[:3].lower())
        if mon:
            y, m, d = int(match.group(3)), mon, int(match.group(2))
    if y is None and (match := _DMY_WORDS.search(text)):
        mon = _MONTHS.get(match.group(2)[:3].lower())
        if mon:
            y, m, d = int(match.group(3)), mon, int(match.group(1))
    if y is None and (parsed := parsedate(text)):
        y, m, d = parsed[0], parsed[1], parsed[2]
    if y is None and (match := _EPOCH.match(text)):
        try:
            stamp = datetime.fromtimestamp(int(match.group(1)), timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        y, m, d = stamp.year, stamp.month, stamp.day
    if y is None:
        return None
    try:
        day = date(y, m, d)
    except (TypeError, ValueError):
        return None
    if not 1900 <= day.year <= date.today().year + 1:
        return None
    return day.isoformat()


# --- decoding -------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # Pages that say latin-1/ascii mean windows-1252 (as browsers do).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes to text: BOM, then the declared charset (HTTP header, ``<meta>``), then
    UTF-8, then detection.  Raises an ``InputError`` for empty or binary data."""
    if not data.strip():
        raise EmptyInputError("empty page (no HTML)")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} page: {exc.reason}") from exc
    if b"\x00" in data[:65536]:
        raise BinaryInputError("binary file, not HTML (contains NUL bytes)")
    head = data[:4096]
    candidates = [_codec(declared)]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    candidates.append(_codec(m.group(1)) if m else None)
    candidates.append("utf-8")
    for enc in candidates:
        if enc:
            try:
                return data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")


_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_BODY_TAG = re.compile(rb"<body[\s>]", re.I)


def looks_like_html(data: bytes) -> bool:
    """Sniff a file's first bytes: ``<!doctype html``/``<html`` at the start, or a ``<body>`` tag."""
    head = data[:65536]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    start = head[:2048].decode("latin-1")
    return bool(_HTML_START.match(start)) or _BODY_TAG.search(head) is not None


# --- metadata -------------------------------------------------------------------------------


def _types(obj: dict) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.split("/")[-1].lower() for v in values if isinstance(v, str)}


def _walk_jsonld(node, out: list[dict], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out, depth + 1)
    elif isinstance(node, dict):
        out.append(node)
        for key in ("@graph", "mainEntity"):  # not itemListElement: lists of *other* stories
            if key in node:
                _walk_jsonld(node[key], out, depth + 1)


def _jsonld_objects(tree) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json" or @type="application/json+ld"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:  # a common fault: a trailing comma or a stray semicolon
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.rstrip("; \n")), strict=False)
            except ValueError:
                continue
        _walk_jsonld(data, objects)
    return objects


def _name(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        for item in value:
            if name := _name(item):
                return name
    return None


def _article_objects(objects: list[dict]) -> list[dict]:
    ranked = []
    for obj in objects:
        types = _types(obj)
        if types & _ARTICLE_TYPES:
            rank = min((_NEWS_FIRST.index(t) for t in types if t in _NEWS_FIRST), default=len(_NEWS_FIRST))
            ranked.append((rank, obj))
    ranked.sort(key=lambda pair: pair[0])
    return [obj for _, obj in ranked]


def _meta_map(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    return out


def stated_date(tree, objects: list[dict] | None = None, meta: dict[str, str] | None = None) -> str | None:
    """The publication date the page states in its metadata, as ``YYYY-MM-DD``, or None."""
    objects = _jsonld_objects(tree) if objects is None else objects
    meta = _meta_map(tree) if meta is None else meta
    for obj in _article_objects(objects):
        if day := normalize_date(obj.get("datePublished")):
            return day
    for key in sorted((k for k in meta if k in _DATE_META_RANK), key=_DATE_META_RANK.__getitem__):
        if day := normalize_date(meta[key]):
            return day
    for el in tree.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]'):
        value = el.get("content") or el.get("datetime") or el.get("pubdate") or (el.text_content() or "")
        if day := normalize_date(value):
            return day
    return None


def _absolute_url(value: str | None, base: str | None = None) -> str | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if base:
        value = urljoin(base, value)
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return value
    return None


def _canonical_url(tree, meta: dict[str, str], base: str | None) -> str | None:
    for link in tree.xpath('//link[@rel and @href]'):
        if "canonical" in link.get("rel", "").lower().split():
            if url := _absolute_url(link.get("href"), base):
                return url
    return _absolute_url(meta.get("og:url"), base)


_HOSTNAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def _site_name(objects: list[dict], meta: dict[str, str], fallback: str | None) -> str | None:
    for obj in _article_objects(objects):
        if name := _name(obj.get("publisher")):
            return name
    for key in ("og:site_name", "application-name", "twitter:app:name:iphone"):
        if meta.get(key):
            return meta[key]
    for obj in objects:
        if _types(obj) & {"newsmediaorganization", "organization", "website"} and (name := _name(obj.get("name"))):
            return name
    if fallback and not _HOSTNAME.match(fallback.strip()):
        return fallback.strip().lstrip("@") or None
    return None


def _byline(author: str | None) -> str | None:
    if not author:
        return None
    parts = [p.strip() for p in re.split(r"\s*;\s*", author) if p.strip()]
    seen: list[str] = []
    for p in parts:
        if p.lower() not in (s.lower() for s in seen):
            seen.append(p)
    return ", ".join(seen) or None


# --- body -----------------------------------------------------------------------------------

_WS = re.compile(r"[ \t\u00a0]+")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_NO_WORDS = re.compile(r"^[\W_]+$")  # "___", "|---|---|", "* * *"


def _words(line: str) -> list[str]:
    return re.findall(r"\w+", line.lower())


def _repeats_title(line: str, title: str) -> bool:
    """A line that is the headline again (as written, or with the site name or a kicker added)."""
    a, b = _words(line), _words(title)
    if not a or not b:
        return False
    if a == b:
        return True
    joined_a, joined_b = " ".join(a), " ".join(b)
    if len(a) <= 2 * len(b) + 4 and joined_b in joined_a:
        return True
    return len(b) <= 2 * len(a) + 4 and len(a) >= 4 and joined_a in joined_b


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _is_article_text(text: str) -> bool:
    """At least a sentence's worth of prose: menus, forms and link lists are not an article.

    Counted in letters rather than words, so that languages written without spaces count too.
    """
    return _letters(text) >= MIN_LETTERS and any(_letters(ln) >= MIN_LINE_LETTERS for ln in text.split("\n\n"))


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by blank lines; markup debris dropped."""
    lines = [_WS.sub(" ", ln).strip() for ln in text.replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln and not _NO_WORDS.match(ln) and not _BARE_URL.match(ln)]
    if title:
        while lines and _repeats_title(lines[0], title):
            lines.pop(0)
    return "\n\n".join(lines)


_CHUNK_CLASS = re.compile(r"body|content|article|story|text|chunk|entry|post", re.I)


def _merge_chunks(tree) -> bool:
    """Join an article body that the page splits into sibling blocks (ads between the chunks).

    Blocks of the same tag and class, each holding real paragraphs (30+ words of ``<p>``
    text), none inside another, are moved into the first one, so that the extractor sees one
    body instead of picking the first chunk.  Returns whether anything was merged.
    """
    groups: dict[tuple[str, str], list] = {}
    for el in tree.iter("div", "section"):
        cls = (el.get("class") or "").strip()
        if not cls or not _CHUNK_CLASS.search(cls):
            continue
        words = sum(len((p.text_content() or "").split()) for p in el.findall("p"))
        if words >= 30:
            groups.setdefault((el.tag, " ".join(cls.split())), []).append(el)
    merged = False
    for members in groups.values():
        if len(members) < 2:
            continue
        first = members[0]
        ancestors_ok = all(
            not any(m is a for a in other.iterancestors()) for m in members for other in members if other is not m
        )
        if not ancestors_ok:
            continue
        for other in members[1:]:
            parent = other.getparent()
            if parent is None:
                continue
            if other.tail and other.tail.strip():  # the text after the chunk stays where it was
                prev = other.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + other.tail
                else:
                    parent.text = (parent.text or "") + other.tail
            other.tail = None
            first.append(other)
        merged = True
    return merged


def _extract(tree, url: str | None, options: dict):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            # htmldate runs inside trafilatura's metadata step; its date is not used (see above).
            date_extraction_params={"extensive_search": False, "original_date": True},
            **options,
        )
    except Exception as exc:  # trafilatura/lxml internals on hostile markup
        raise InputError(f"article extraction failed ({type(exc).__name__})") from exc


def parse_html(
    html: str | bytes,
    *,
    source: str,
    url: str | None = None,
    published: str | None = None,
    declared_charset: str | None = None,
) -> RawDocument:
    """One HTML page to a ``RawDocument`` (see the module docstring); raises ``InputError``."""
    from trafilatura.utils import load_html

    text_html = decode_html(html, declared_charset) if isinstance(html, bytes) else html
    if not text_html.strip():
        raise EmptyInputError("empty page (no HTML)")
    try:
        tree = load_html(text_html)
    except Exception as exc:  # lxml raises a zoo of errors on broken markup
        raise InputError(f"not parseable HTML ({type(exc).__name__})") from exc
    if tree is None:
        raise InputError("not parseable HTML")
    objects = _jsonld_objects(tree)
    meta = _meta_map(tree)
    base = _absolute_url(url)
    if MERGE_CHUNKS:
        _merge_chunks(tree)
    doc = _extract(tree, base, EXTRACT_OPTIONS)
    title = (getattr(doc, "title", None) or None) if doc is not None else None
    text = _paragraphs(getattr(doc, "text", None) or "", title)
    if EXTRACT_OPTIONS.get("favor_precision") and len(text.split()) < SHORT_WORDS:
        # Precision mode sometimes keeps only a boilerplate block of a page; when the balanced
        # mode finds several times more text, the precision result was the wrong block.
        other = _extract(tree, base, {**EXTRACT_OPTIONS, "favor_precision": False})
        title = title or ((getattr(other, "title", None) or None) if other is not None else None)
        other_text = _paragraphs(getattr(other, "text", None) or "", title)
        if len(other_text.split()) >= FALLBACK_RATIO * max(len(text.split()), 1):
            doc, text = other, other_text
    if not _is_article_text(text):
        raise InputError("no article text found in the page")
    sitename = getattr(doc, "sitename", None) if doc is not None else None
    return RawDocument(
        source=source,
        text=text,
        published=stated_date(tree, objects, meta) or published,
        title=title,
        publisher=_site_name(objects, meta, sitename),
        byline=_byline(getattr(doc, "author", None) if doc is not None else None),
        url=base or _canonical_url(tree, meta, None),
    )


__all__ = ["parse_html", "decode_html", "looks_like_html", "normalize_date", "stated_date", "EXTRACT_OPTIONS"]

"""Feeds: RSS 2.0 / RSS 1.0 / Atom feeds and the article pages they list.

``parse_feed`` turns feed bytes into ``FeedItem``s (link, title, published as
``YYYY-MM-DD``).  XML with a DOCTYPE (and so any ENTITY declaration) is
refused before it is built into a tree: no entity expansion, no external
resources.

``fetch_feed_documents`` fetches each feed (conditionally: ETag /
Last-Modified kept in the state), then each item page it has not seen yet,
and yields a ``RawDocument`` per page (``eventwire.read.html.parse_html``; the item's title
and date as fallbacks) or a ``Failure`` naming the URL and the reason.  One bad
feed or page never stops the loop.

``FeedState`` is the small JSON file that remembers what was seen: item URLs
already turned into documents, feed validators, and items whose page failed
(retried in later rounds, up to ``max_attempts`` rounds).  The generator only
changes the state in memory; call ``state.save()`` once the documents are
stored, so a crash in between refetches rather than loses them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urldefrag, urljoin
from xml.parsers import expat

from ..errors import EventwireError, FetchError, InputError
from ..records import Failure, RawDocument
from ..transport import Transport, conditional_headers

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str | None = None
    published: str | None = None   # YYYY-MM-DD when the feed gives a readable date
    feed: str | None = None


class FeedError(FetchError):
    """A feed that cannot be read (not XML, not RSS/Atom, forbidden declarations)."""


class _Forbidden(Exception):
    pass


def _refuse_doctype(*_: object) -> None:
    raise _Forbidden("feed has a DOCTYPE declaration (refused: DTDs and entities are not allowed)")


def _refuse_entity(*_: object) -> None:
    raise _Forbidden("feed declares an ENTITY (refused: entities are not allowed)")


def _check_xml(data: bytes | str) -> None:
    """Parse once with expat, refusing DOCTYPE / ENTITY / external references before any tree is built."""
    p = expat.ParserCreate()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = _refuse_doctype
    p.EntityDeclHandler = _refuse_entity
    p.UnparsedEntityDeclHandler = _refuse_entity
    p.ExternalEntityRefHandler = _refuse_entity
    p.Parse(data, True)


_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"'][^>]*\?>")


def _safe_tree(data: bytes) -> ET.Element:
    try:
        try:
            _check_xml(data)
            source: bytes | str = data
        except expat.ExpatError as exc:
            # expat knows only UTF-8/16, ASCII and Latin-1; re-read other declared encodings with Python.
            m = _DECL.match(data)
            if exc.code != expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING] or not m:
                raise
            try:
                text = data.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                raise exc from None
            source = text[text.index("?>") + 2:]
            _check_xml(source)
        return ET.fromstring(source)
    except _Forbidden as exc:
        raise FeedError(str(exc)) from None
    except (expat.ExpatError, ET.ParseError) as exc:
        raise FeedError(f"not a feed: malformed XML ({exc})") from None


def _text(el: ET.Element | None) -> str | None:
    if el is None:
        return None
    value = " ".join("".join(el.itertext()).split())
    return value or None


def normalise_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) date; None when unreadable.

    The date is the one written in the feed's own time zone (not converted to UTC).
    """
    if not value:
        return None
    value = value.strip()
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is not None:
            return parsed.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    iso = value.replace("z", "Z")
    try:
        return dt.datetime.fromisoformat(iso).date().isoformat()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def parse_feed(data: bytes, base_url: str | None = None) -> list[FeedItem]:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order; raises ``FeedError``."""
    root = _safe_tree(data)
    tag = root.tag
    items: list[FeedItem] = []
    if tag == "rss" or tag == "channel":
        channel = root.find("channel") if tag == "rss" else root
        if channel is None:
            raise FeedError("not a feed: RSS without a <channel>")
        for it in channel.iter("item"):
            link = _text(it.find("link"))
            guid = it.find("guid")
            if not link and guid is not None and guid.get("isPermaLink", "true").lower() != "false":
                link = _text(guid)
            date = _text(it.find("pubDate")) or _text(it.find(f"{_DC}date"))
            items.append(_item(link, _text(it.find("title")), date, base_url))
    elif tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            link = None
            for el in entry.findall(f"{_ATOM}link"):
                if el.get("rel", "alternate") == "alternate" and el.get("href"):
                    if link is None or (el.get("type") or "").startswith("text/html"):
                        link = el.get("href")
            date = _text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))
            items.append(_item(link, _text(entry.find(f"{_ATOM}title")), date, base_url))
    elif tag == f"{_RDF}RDF":
        for it in root.iter(f"{_RSS1}item"):
            link = _text(it.find(f"{_RSS1}link")) or it.get(f"{_RDF}about")
            items.append(_item(link, _text(it.find(f"{_RSS1}title")), _text(it.find(f"{_DC}date")), base_url))
    else:
        local = tag.rsplit("}", 1)[-1]
        raise FeedError(f"not a feed: the document is <{local}>, not RSS or Atom")
    return [i for i in items if i.link]


def _item(link: str | None, title: str | None, date: str | None, base_url: str | None) -> FeedItem:
    if link:
        link = urldefrag(urljoin(base_url or "", link.strip()))[0]
    return FeedItem(link=link or "", title=title, published=normalise_date(date), feed=base_url)


# --------------------------------------------------------------------------- state


@dataclass
class FeedState:
    """What the watcher remembers between rounds; a small JSON file."""

    path: Path | None = None
    seen: dict[str, str] = field(default_factory=dict)          # item URL -> date first stored
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)   # feed URL -> {"etag", "last_modified"}
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)  # item URL -> {"attempts", "title", ...}
    max_seen: int = 100_000

    VERSION = 1

    @classmethod
    def load(cls, path: str | Path | None) -> "FeedState":
        """Read the state file; a missing file is an empty state, an unreadable one an ``EventwireError``."""
        if path is None:
            return cls()
        path = Path(path)
        if not path.exists():
            return cls(path=path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise EventwireError(f"cannot read the watch state {path}: {exc}") from exc
        try:
            return cls(
                path=path,
                seen={str(k): str(v) for k, v in (raw.get("seen") or {}).items()},
                feeds={str(k): dict(v) for k, v in (raw.get("feeds") or {}).items()},
                pending={str(k): dict(v) for k, v in (raw.get("pending") or {}).items()},
            )
        except (AttributeError, TypeError, ValueError):
            raise EventwireError(f"cannot read the watch state {path}: not an eventwire watch state") from None

    def save(self) -> None:
        if self.path is None:
            return
        if len(self.seen) > self.max_seen:  # oldest first (insertion order)
            for key in list(self.seen)[: len(self.seen) - self.max_seen]:
                del self.seen[key]
        data = {"version": self.VERSION, "seen": self.seen, "feeds": self.feeds, "pending": self.pending}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass
class RoundStats:
    feeds: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    new_items: int = 0
    documents: int = 0
    failures: int = 0


# --------------------------------------------------------------------------- pages -> documents


def page_document(item: FeedItem, response) -> RawDocument:
    """A fetched item page as a ``RawDocument`` (``eventwire.read.html.parse_html``).

    The page's own title and date win; the item's title and date fill what the page lacks.
    """
    from .html import looks_like_html, parse_html
    from .text import decode_bytes

    ctype = response.content_type
    if ctype == "text/plain":
        doc = RawDocument(source=item.link, text=decode_bytes(response.content), url=response.url)
    elif ctype in HTML_TYPES or (ctype == "application/octet-stream" and looks_like_html(response.content)):
        doc = parse_html(response.content, source=item.link, url=response.url, published=item.published,
                         declared_charset=response.charset)
    else:
        raise InputError(f"not an HTML page (content type {ctype})")
    if doc.title is None and item.title:
        doc = replace(doc, title=item.title)
    if doc.published is None and item.published:
        doc = replace(doc, published=item.published)
    return doc


# --------------------------------------------------------------------------- the round


def fetch_feed_documents(
    feed_urls: Iterable[str],
    transport: Transport,
    state: FeedState,
    *,
    max_attempts: int = 3,
    stats: RoundStats | None = None,
) -> Iterator[RawDocument | Failure]:
    """One round: every feed, then every new item page; a document or a ``Failure`` per page."""
    stats = stats if stats is not None else RoundStats()
    today = dt.date.today().isoformat()
    queued: dict[str, FeedItem] = {}
    for feed_url in feed_urls:
        stats.feeds += 1
        try:
            response = transport.get(feed_url, {"Accept": FEED_ACCEPT, **conditional_headers(state.feeds.get(feed_url))})
            if response.not_modified:
                stats.feeds_not_modified += 1
                continue
            items = parse_feed(response.content, base_url=response.url)
        except EventwireError as exc:
            stats.feeds_failed += 1
            stats.failures += 1
            yield Failure(feed_url, f"feed: {exc}", exc.code)
            continue
        validators = response.validators()
        if validators:
            state.feeds[feed_url] = validators
        else:
            state.feeds.pop(feed_url, None)
        for item in items:
            if item.link not in state.seen and item.link not in queued:
                queued[item.link] = replace(item, feed=feed_url)
    # pages that failed in an earlier round are tried again, even when their feed is unchanged
    for link, info in list(state.pending.items()):
        if link not in queued and link not in state.seen:
            queued[link] = FeedItem(link=link, title=info.get("title"), published=info.get("published"),
                                    feed=info.get("feed"))
    for link, item in queued.items():
        stats.new_items += 1
        try:
            response = transport.get(link, {"Accept": PAGE_ACCEPT})
            if response.not_modified:
                raise FetchError("HTTP 304 for an unconditional request")
            doc = page_document(item, response)
        except EventwireError as exc:
            stats.failures += 1
            _note_failure(state, item, max_attempts, today)
            yield Failure(link, str(exc), exc.code)
            continue
        state.pending.pop(link, None)
        state.seen[link] = today
        stats.documents += 1
        yield doc


def _note_failure(state: FeedState, item: FeedItem, max_attempts: int, today: str) -> None:
    info = state.pending.get(item.link) or {"title": item.title, "published": item.published, "feed": item.feed}
    info["attempts"] = int(info.get("attempts", 0)) + 1
    if info["attempts"] >= max_attempts:
        state.pending.pop(item.link, None)
        state.seen[item.link] = today  # given up: not tried again
    else:
        state.pending[item.link] = info


__all__ = [
    "FeedItem",
    "FeedError",
    "FeedState",
    "RoundStats",
    "parse_feed",
    "normalise_date",
    "page_document",
    "fetch_feed_documents",
]

"""WARC web archives (``.warc``, ``.warc.gz``): the HTML pages they hold, one article each.

Read with warcio, streaming (a WARC may be far larger than memory).  Articles are taken from:

- ``response`` records with an HTTP 200 status and an HTML content type
  (``text/html``, ``application/xhtml+xml``);
- ``resource`` records with an HTML content type (pages archived without HTTP headers).

Everything else (requests, metadata, warcinfo, revisits, redirects, 404s and other non-200
responses, images, scripts, JSON ...) is not an article and is passed over.

Each page is read as ``read.html`` reads pages, with ``url`` = the record's
``WARC-Target-URI`` and ``source`` = ``"<path>#record-<N>"`` (N counts every record of the
file from 1).  A page's own date wins; the caller's ``published`` applies to pages that state
none (the WARC-Date is when the page was fetched, not published, and is not used).

Failures: a page with no article text, or whose payload is over ``max_bytes`` or cannot be
decoded, is a ``Failure`` for that record and the next records are read.  A record warcio
cannot parse (broken headers, corrupt gzip member) ends the file, because warcio cannot find
the next record after it: one ``Failure`` names the file, the record number and its byte
offset.  A file that does not start with a WARC record header, and a WARC with no HTML page at all,
are one ``Failure`` each, so that no file is ever dropped silently.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..records import Failure, RawDocument
from .html import parse_html
from .text import head_bytes, open_file

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    mime = parts[0].lower()
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip().strip("\"'") or None
    return mime, charset


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def iter_warc(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> Iterator[RawDocument | Failure]:
    """Yield a ``RawDocument`` or ``Failure`` per HTML page record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    code = InputError.code
    if not head_bytes(path, 16).lstrip(b"\xef\xbb\xbf").startswith(b"WARC/"):
        yield Failure(str(path), "not a WARC file (it does not start with a WARC/1.x record header)", code)
        return
    with open_file(path) as stream:
        records = ArchiveIterator(stream)
        n = 0
        pages = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # warcio: ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error ...
                offset = getattr(records, "offset", None)
                at = f" at byte offset {offset}" if offset is not None else ""
                yield Failure(
                    f"{path}#record-{n + 1}",
                    f"broken WARC record{at}: {_one_line(exc) or type(exc).__name__}; the rest of the file is not read",
                    code,
                )
                return
            n += 1
            source = f"{path}#record-{n}"
            if record.rec_type == "response":
                http = record.http_headers
                if http is None or http.get_statuscode() != "200":
                    continue
                mime, charset = _content_type(http.get_header("Content-Type"))
            elif record.rec_type == "resource":
                mime, charset = _content_type(record.rec_headers.get_header("Content-Type"))
            else:
                continue
            if mime not in _HTML_TYPES:
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = record.content_stream().read(max_bytes + 1)
            except (OSError, EOFError, zlib.error, ValueError) as exc:
                yield Failure(source, f"unreadable page payload ({_one_line(exc) or type(exc).__name__})", code)
                continue
            if len(payload) > max_bytes:
                yield Failure(source, f"page larger than {max_bytes} bytes (the input size limit)", code)
                continue
            try:
                yield parse_html(payload, source=source, url=uri, published=published, declared_charset=charset)
            except InputError as exc:
                yield Failure(source, _one_line(exc), exc.code)
        if pages == 0:
            what = "no WARC records" if n == 0 else f"no HTML page records (HTTP 200, text/html) among {n} records"
            yield Failure(str(path), what, code)


__all__ = ["iter_warc"]

"""JSON Lines: one article per line (the file may be gzipped).

Each line is a JSON object with the article as ``"text"`` (plain text) or ``"html"`` (a page,
read as ``read.html`` reads pages; ``"text"`` wins when both are given), and optionally:

- ``url``, ``title``, ``publisher``, ``byline`` (or ``author``: a string or a list of names);
- ``published``: ``YYYY-MM-DD`` or an ISO 8601 date-time (its date part is kept);
- ``id``: accepted and not used (the source names the line instead).

The source of each article is ``"<path>:<line number>"`` (1-based).  Fields the line gives
win over what its HTML page states; the page's date wins over the caller's ``published``,
which applies only to lines that state no date.  A line that cannot be read (invalid JSON,
not an object, no ``text``/``html``, a field of the wrong type, a bad date, no article text)
becomes a ``Failure`` naming ``path:LINE`` and the reason, and the next lines are read.
Blank lines are skipped; a file with no lines at all is one ``Failure``.  A lone UTF-16
surrogate escape (``"\\ud800"``: half of a character cut in two, no Unicode text) becomes
U+FFFD, as an undecodable byte does in a text file.  A line longer than ``max_bytes`` is a ``Failure`` (it is skipped
without being held in memory).  Corrupt gzip data stops the file with one ``Failure``.
"""

from __future__ import annotations

import json
import re
import zlib
from datetime import date
from pathlib import Path
from typing import Iterator

from ..errors import EmptyInputError, InputError
from ..records import Failure, RawDocument
from .html import parse_html
from .text import check_text, gzip_error, open_stream

_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(value: object) -> object:
    """A string with lone surrogates replaced by U+FFFD (other values as they are)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from ``YYYY-MM-DD`` or an ISO 8601 date-time; None when it is neither."""
    m = _ISO_DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _string(obj: dict, *keys: str) -> str | None:
    for key in keys:
        if key not in obj or obj[key] is None:
            continue
        value = obj[key]
        if isinstance(value, list) and key in ("byline", "author") and all(isinstance(v, str) for v in value):
            value = ", ".join(v.strip() for v in value if v.strip())
        if not isinstance(value, str):
            raise InputError(f'field "{key}" is not a string')
        value = value.strip()
        if value:
            return value
    return None


def record_document(obj: object, *, source: str, published: str | None = None) -> RawDocument:
    """One decoded JSON line to a ``RawDocument``; raises ``InputError`` with the reason."""
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (a {type(obj).__name__})")
    obj = {k: [_unicode(v) for v in value] if isinstance(value, list) else _unicode(value) for k, value in obj.items()}
    for key in ("text", "html"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f'field "{key}" is not a string')
    text = obj.get("text") if isinstance(obj.get("text"), str) and obj["text"].strip() else None
    html = obj.get("html") if isinstance(obj.get("html"), str) and obj["html"].strip() else None
    if text is None and html is None:
        raise InputError('no "text" or "html" field with an article')
    stated = None
    raw_date = obj.get("published")
    if raw_date is not None:
        if not isinstance(raw_date, str) or (stated := iso_date(raw_date)) is None:
            raise InputError(f'invalid "published" value {str(raw_date)[:40]!r} (expected YYYY-MM-DD or an ISO date-time)')
    title = _string(obj, "title")
    publisher = _string(obj, "publisher")
    byline = _string(obj, "byline", "author")
    url = _string(obj, "url")
    if text is not None:
        return RawDocument(
            source=source, text=check_text(text), published=stated or published,
            title=title, publisher=publisher, byline=byline, url=url,
        )
    page = parse_html(html, source=source, url=url)
    return RawDocument(
        source=source,
        text=page.text,
        published=stated or page.published or published,
        title=title or page.title,
        publisher=publisher or page.publisher,
        byline=byline or page.byline,
        url=url or page.url,
    )


def _skip_rest_of_line(stream) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def iter_jsonl(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> Iterator[RawDocument | Failure]:
    """Yield one ``RawDocument`` or ``Failure`` per non-blank line of a (gzipped) JSONL file."""
    with open_stream(path) as stream:
        lineno = 0
        records = 0
        while True:
            where = f"{path}:{lineno + 1}"
            try:
                line = stream.readline(max_bytes + 1)
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(stream)
                    lineno += 1
                    records += 1
                    yield Failure(where, f"line longer than {max_bytes} bytes (the input size limit)", InputError.code)
                    continue
            except (OSError, EOFError, zlib.error) as exc:
                err = gzip_error(exc)
                yield Failure(where, f"{err}; the rest of the file is not read", err.code)
                return
            if not line:
                if records == 0:
                    yield Failure(str(path), "no JSON lines (the file is empty)", EmptyInputError.code)
                return
            lineno += 1
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            records += 1
            try:
                try:
                    obj = json.loads(line.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    raise InputError(f"not UTF-8 text (byte {exc.start + 1})") from exc
                except ValueError as exc:
                    msg = getattr(exc, "msg", None) or str(exc)
                    col = getattr(exc, "colno", None)
                    raise InputError(f"invalid JSON: {msg}" + (f" (column {col})" if col else "")) from exc
                except RecursionError:
                    raise InputError("invalid JSON: nested too deeply") from None
                yield record_document(obj, source=where, published=published)
            except InputError as exc:
                yield Failure(where, " ".join(str(exc).split()), exc.code)


__all__ = ["iter_jsonl", "record_document", "iso_date"]

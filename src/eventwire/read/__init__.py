"""Readers: turn inputs (files, folders) into ``RawDocument`` records.

``iter_documents(paths)`` is the entry point: it yields one ``RawDocument`` per article, or a
``Failure`` (source, one-line reason, error code) for an input or a record that cannot be
read.  It never raises for bad input, never stops the batch and never drops an input
silently.

What is read
    Folders are walked recursively in sorted order, hidden files and folders skipped, picking
    ``.txt``/``.text`` (plain text, ``read.text``), ``.html``/``.htm`` (a page, ``read.html``),
    ``.jsonl`` (one article per line, ``read.jsonl``), ``.warc``/``.warc.gz`` (web archive,
    ``read.warc``) and the gzipped ``.txt.gz``, ``.text.gz``, ``.html.gz``, ``.htm.gz``,
    ``.jsonl.gz``.  Other files in a folder are passed over; a folder with none of these is
    a ``Failure``.  A file named explicitly is read whatever its name: a known suffix decides
    its kind, otherwise its content does (a WARC by its ``WARC/`` header; HTML when it starts
    with ``<!doctype html``/``<html`` or has a ``<body>`` tag; else plain text).

Compression
    gzip is recognised by its magic bytes, not by the name, and decompressed as a stream.  A
    single article (text or HTML) may not exceed ``max_bytes`` once decompressed: a gzip bomb
    is a ``Failure("decompressed size exceeds ...")`` after reading at most ``max_bytes``.  In
    JSONL and WARC files the limit applies to each line / page, not to the whole file.

Sources
    text and HTML files: the path; JSONL: ``"path:LINE"``; WARC: ``"path#record-N"``.

Publication dates
    The date an input states wins: a page's metadata date (JSON-LD ``datePublished``,
    ``article:published_time`` and the like, see ``read.html``), a JSONL line's
    ``published``.  The caller's ``published`` (``--published``) applies to inputs that
    state none, and to every plain-text file.  No date is ever guessed from a URL or text.

``iter_inputs`` and ``read_path`` are the older one-file-one-document interface, kept for
callers that want exceptions instead of ``Failure`` records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..records import Failure, RawDocument
from .html import looks_like_html, parse_html
from .jsonl import iter_jsonl
from .text import decode_bytes, head_bytes, read_limited, read_text_file, text_document
from .warc import iter_warc

#: Name endings picked up when a folder is given (files named explicitly are always read).
ARTICLE_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".jsonl", ".warc",
    ".warc.gz", ".txt.gz", ".text.gz", ".html.gz", ".htm.gz", ".jsonl.gz",
)
_KIND_BY_SUFFIX = (
    (".warc.gz", "warc"), (".warc", "warc"),
    (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"),
    (".html.gz", "html"), (".htm.gz", "html"), (".html", "html"), (".htm", "html"),
    (".txt.gz", "text"), (".text.gz", "text"), (".txt", "text"), (".text", "text"),
)


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is read (by its name: see ``ARTICLE_SUFFIXES``)."""
    return path.name.lower().endswith(ARTICLE_SUFFIXES)


def _walk(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.rglob("*")):
        rel = child.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.is_file() and is_article_file(child):
            yield child


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield input files in a stable order: folders are walked recursively, sorted."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def kind_of(path: Path) -> str:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"warc"``: by name, else by content."""
    name = path.name.lower()
    for suffix, kind in _KIND_BY_SUFFIX:
        if name.endswith(suffix):
            return kind
    head = head_bytes(path)
    if head.startswith((b"WARC/", b"\xef\xbb\xbfWARC/")):
        return "warc"
    return "html" if looks_like_html(head) else "text"


def read_path(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> RawDocument:
    """Read one single-article file (text, or HTML by its ``.html``/``.htm`` name); raises an
    ``InputError`` subclass with a one-line reason.  Compressed files are not unpacked here
    (``iter_documents`` does that)."""
    path = Path(path)
    if path.name.lower().endswith((".html", ".htm")):
        data = read_limited(path, max_bytes)
        return parse_html(data, source=str(path), published=published)
    return read_text_file(path, published=published, max_bytes=max_bytes)


def _one_line(text: str) -> str:
    return " ".join(str(text).split()) or "unreadable input"


def read_documents(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> Iterator[RawDocument | Failure]:
    """The articles of one file (any kind, gzipped or not), or ``Failure`` records; never raises
    for bad input."""
    source = str(path)
    try:
        kind = kind_of(path)
        if kind == "warc":
            yield from iter_warc(path, published=published, max_bytes=max_bytes)
        elif kind == "jsonl":
            yield from iter_jsonl(path, published=published, max_bytes=max_bytes)
        else:
            data = read_limited(path, max_bytes)
            if kind == "html":
                yield parse_html(data, source=source, published=published)
            else:
                yield text_document(data, source=source, published=published)
    except InputError as exc:
        yield Failure(source, _one_line(exc), exc.code)
    except Exception as exc:  # a reader's library failing on hostile input must not stop the batch
        yield Failure(source, _one_line(f"could not read ({type(exc).__name__}: {exc})"), InputError.code)


def iter_documents(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    max_bytes: int = 20_000_000,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[RawDocument | Failure]:
    """Yield a ``RawDocument`` per article, or a ``Failure`` per input or record that cannot
    be read, for files and folders, in order (see the module docstring).

    ``on_file`` is called with each file's path before the file is read (progress display).
    A single path may be given instead of a list.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for child in _walk(path):
                found = True
                if on_file:
                    on_file(child)
                yield from read_documents(child, published=published, max_bytes=max_bytes)
            if not found:
                yield Failure(
                    str(path),
                    "folder holds no article files (.txt, .html, .htm, .jsonl, .warc, or these gzipped)",
                    InputError.code,
                )
        else:
            if on_file:
                on_file(path)
            yield from read_documents(path, published=published, max_bytes=max_bytes)


__all__ = [
    "iter_documents",
    "read_documents",
    "iter_inputs",
    "read_path",
    "read_text_file",
    "decode_bytes",
    "parse_html",
    "iter_jsonl",
    "iter_warc",
    "kind_of",
    "is_article_file",
    "ARTICLE_SUFFIXES",
]

"""Plain-text articles: UTF-8, or whatever encoding can be detected.

A text file states no metadata: its ``published`` is the caller's date (``--published``).

A run of more than ``MAX_SPACE_RUN`` whitespace characters carries no text but makes the
pattern matching of later stages slow (cubically, for some patterns), so it is shortened:
to one blank line when it spans several lines, to one line break when it spans one, else to
its first ``MAX_SPACE_RUN`` characters.  The lines and paragraphs of the text stay as they
were.  This applies to plain-text files and to the ``text`` of JSONL lines (HTML pages are
reduced to paragraphs by ``read.html``).
"""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
import zlib
from pathlib import Path
from typing import BinaryIO

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from ..records import RawDocument

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"Rar!", b"OggS", b"ID3", b"RIFF",
)


GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


# --- file access, shared by every reader ----------------------------------------------------


def open_file(path: Path) -> BinaryIO:
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file")
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except PermissionError as exc:
        raise InputError("cannot read: permission denied") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc


def is_gzip(path: Path) -> bool:
    """Whether the file starts with the gzip magic bytes (whatever its name)."""
    with open_file(path) as f:
        return f.read(2) == GZIP_MAGIC


def open_stream(path: Path) -> BinaryIO:
    """The file's bytes as a stream, decompressed on the fly when it is gzip (by magic bytes)."""
    f = open_file(path)
    if f.read(2) == GZIP_MAGIC:
        f.seek(0)
        return gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[return-value]
    f.seek(0)
    return f


def gzip_error(exc: BaseException) -> InputError:
    detail = str(exc).strip().rstrip(".") or type(exc).__name__
    return InputError(f"corrupt gzip data ({detail})")


def read_limited(path: Path, max_bytes: int) -> bytes:
    """All of a file's bytes, gunzipped when it is gzip, never more than ``max_bytes``.

    Decompression streams in 1 MiB chunks and stops as soon as the limit is passed, so a
    gzip bomb costs at most ``max_bytes`` of memory; it raises ``InputError("decompressed
    size exceeds ...")``.
    """
    with open_file(path) as f:
        if f.read(2) != GZIP_MAGIC:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise InputError(f"too large ({size} bytes; the limit is {max_bytes})")
            f.seek(0)
            try:
                return f.read(max_bytes + 1)
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror or exc}") from exc
        f.seek(0)
        chunks: list[bytes] = []
        total = 0
        try:
            with gzip.GzipFile(fileobj=f, mode="rb") as gz:
                while True:
                    chunk = gz.read(min(_CHUNK, max_bytes + 1 - total))
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > max_bytes:
                        raise InputError(f"decompressed size exceeds {max_bytes} bytes (the input size limit)")
                    chunks.append(chunk)
        except (OSError, EOFError, zlib.error) as exc:
            raise gzip_error(exc) from exc
        return b"".join(chunks)


def head_bytes(path: Path, n: int = 65536) -> bytes:
    """The first ``n`` bytes of a file, gunzipped when it is gzip ('' when unreadable gzip)."""
    with open_file(path) as f:
        start = f.read(2)
        f.seek(0)
        if start != GZIP_MAGIC:
            return f.read(n)
        try:
            with gzip.GzipFile(fileobj=f, mode="rb") as gz:
                return gz.read(n)
        except (OSError, EOFError, zlib.error):
            return b""


# --- text -----------------------------------------------------------------------------------


def decode_bytes(data: bytes) -> str:
    """Decode article bytes to text, or raise an ``InputError`` saying why not."""
    if not data.strip():
        raise EmptyInputError("empty file (no text)")
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInputError("binary file, not text (recognised file signature)")
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} text: {exc.reason}") from exc
    if b"\x00" in data[:65536]:
        raise BinaryInputError("binary file, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data)
    return _check_text(text)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise DecodeError("not text in any encoding that could be detected")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"not valid {best.encoding} text") from exc


def check_text(text: str) -> str:
    """Return ``text`` when it reads as article text, else raise an ``InputError`` saying why."""
    return _check_text(text)


def text_document(data: bytes, *, source: str, published: str | None = None) -> RawDocument:
    """Bytes of one plain-text article (already decompressed) to a ``RawDocument``."""
    return RawDocument(source=source, text=decode_bytes(data), published=published)


#: Longest run of whitespace characters kept as it is (see the module docstring).
MAX_SPACE_RUN = 16
_LONG_SPACE = re.compile(r"\s{%d,}" % (MAX_SPACE_RUN + 1))


def _shorten_space(m: re.Match) -> str:
    run = m.group(0)
    lines = run.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    return "\n\n" if lines >= 2 else "\n" if lines == 1 else run[:MAX_SPACE_RUN]


def tame_whitespace(text: str) -> str:
    """``text`` with every whitespace run longer than ``MAX_SPACE_RUN`` shortened (module docstring)."""
    return _LONG_SPACE.sub(_shorten_space, text)


def _check_text(text: str) -> str:
    text = tame_whitespace(text)
    if not text.strip():
        raise EmptyInputError("empty file (only whitespace)")
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls / max(len(sample), 1) > 0.01:
        raise BinaryInputError("binary file, not text (too many control characters)")
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 0.3 * len(sample.strip()) or letters < 20:
        raise InputError("not article text (too few letters)")
    return text


def read_text_file(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> RawDocument:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from exc
    if path.is_dir():
        raise InputError("is a folder with no articles")
    if size > max_bytes:
        raise InputError(f"too large ({size} bytes; the limit is {max_bytes})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from exc
    return RawDocument(source=str(path), text=decode_bytes(data), published=published)

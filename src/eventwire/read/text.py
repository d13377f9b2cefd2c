"""Plain-text articles: UTF-8, or whatever encoding can be detected."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from ..records import RawDocument

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"Rar!", b"OggS", b"ID3", b"RIFF",
)


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


def _check_text(text: str) -> str:
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

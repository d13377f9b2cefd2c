"""Readers: turn inputs (files, folders) into ``RawDocument`` records.

One module per input kind; ``iter_inputs`` expands folders and ``read_path``
dispatches on the file's kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import RawDocument
from .text import read_text_file

#: Suffixes picked up when a folder is given (files named explicitly are always read).
ARTICLE_SUFFIXES = (".txt", ".text")


def iter_inputs(paths: list[str | Path]) -> Iterator[Path]:
    """Yield input files in a stable order: folders are walked recursively, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield child
        else:
            yield path


def read_path(path: Path, *, published: str | None = None, max_bytes: int = 20_000_000) -> RawDocument:
    """Read one input file; raises an ``InputError`` subclass with a one-line reason."""
    return read_text_file(path, published=published, max_bytes=max_bytes)


__all__ = ["iter_inputs", "read_path", "read_text_file", "ARTICLE_SUFFIXES"]

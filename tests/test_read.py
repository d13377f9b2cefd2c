"""Readers: text in any detectable encoding; empty, binary and non-text inputs rejected with a reason."""

from __future__ import annotations

import gzip

import pytest

from eventwire import BinaryInputError, EmptyInputError, InputError
from eventwire.read import iter_inputs, read_path

STORY = "Talks resume\n\nDiplomats from both countries met in Doha on Sunday to resume talks on a prisoner swap.\n"


def test_utf8_and_legacy_encodings(tmp_path):
    text = STORY.replace("Doha", "Doha’s old quarter — “calm”")
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(STORY.replace("Doha", "Bogotá and Asunción").encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    assert read_path(tmp_path / "u.txt").text == text
    assert "Bogotá and Asunción" in read_path(tmp_path / "c.txt").text
    assert read_path(tmp_path / "b.txt").text == STORY


@pytest.mark.parametrize(
    "content, error, reason",
    [
        (b"", EmptyInputError, "empty"),
        (b"   \n\t\n", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, BinaryInputError, "binary"),
        (gzip.compress(b"hello"), BinaryInputError, "binary"),
        (b"abc\x00def" * 100, BinaryInputError, "binary"),
        (b"1234 5678 9012 ---- ==== 3456 7890 !!!! ????" * 20, InputError, "not article text"),
    ],
)
def test_bad_inputs_raise_with_reason(tmp_path, content, error, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(error) as info:
        read_path(p)
    assert reason in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_folders_are_walked_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert found == ["a.txt", "b/1.txt", "b/2.txt"]

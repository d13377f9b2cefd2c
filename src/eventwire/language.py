"""The language of an article, offline: function-word counts for Latin-script languages and the
script itself for others (Arabic, Cyrillic, CJK, Devanagari ...).

eventwire codes events in English only; ``detect`` lets the pipeline keep a non-English
article (its text and language) without coding nonsense from it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .lexicon import read_tsv

_SCRIPTS = (("ARABIC", "ar"), ("CYRILLIC", "ru"), ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"),
            ("HANGUL", "ko"), ("DEVANAGARI", "hi"), ("HEBREW", "he"), ("GREEK", "el"), ("THAI", "th"),
            ("BENGALI", "bn"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"), ("ETHIOPIC", "am"))


@dataclass(frozen=True)
class LanguageDetector:
    words: dict[str, frozenset[str]]

    @classmethod
    def load(cls) -> "LanguageDetector":
        return cls({r["language"]: frozenset(r["words"].split()) for r in read_tsv("stopwords.tsv")})

    def detect(self, text: str) -> str:
        """ISO 639-1 code of the text's language ("und" when it cannot tell)."""
        sample = text[:5000]
        letters = [ch for ch in sample if ch.isalpha()]
        if not letters:
            return "und"
        scripts: dict[str, int] = {}
        for ch in letters[:2000]:
            if ord(ch) < 0x250:
                scripts["LATIN"] = scripts.get("LATIN", 0) + 1
                continue
            name = unicodedata.name(ch, "")
            for key, code in _SCRIPTS:
                if key in name:
                    scripts[code] = scripts.get(code, 0) + 1
                    break
        if not scripts:
            return "und"   # a script we do not know (Tamil, Khmer ...): undetermined, and not English
        top = max(scripts, key=scripts.get)
        if top != "LATIN" and scripts[top] > 0.5 * len(letters[:2000]):
            return top
        tokens = re.findall(r"[^\W\d_]+", sample.lower())
        if not tokens:
            return "und"
        counts = {lang: sum(1 for t in tokens if t in words) for lang, words in self.words.items()}
        best = max(counts, key=counts.get)
        return best if counts[best] >= max(3, 0.05 * len(tokens)) else "und"


def latin_share(text: str) -> float:
    """Share of the letters of ``text`` (first 5,000 characters) that are Latin script."""
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) < 0x250) / len(letters) if letters else 0.0


__all__ = ["LanguageDetector", "latin_share"]

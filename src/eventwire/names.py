"""Where a personal name comes from: a naive Bayes model of the letters of people's names, per state.

A story often introduces a person with a bare title ("Interior Minister Marek Zalewski", "Masaaki Kanai, director
general of the Foreign Ministry's Asian bureau"), and the actor stage then gives them the country of the story or of
the clause around them, which is wrong when the story is about two states.  The name itself says much: this model
scores a name under each state from the letter n-grams (two to four letters, word boundaries marked) of the names of
that state's people in the team's annotated sets, and the actor stage asks it whether a person given no country of
their own is far likelier of another state the story names (``NameOrigins.prefers``).

The counts live in ``data/name_origins.tsv`` (rows ``iso3<TAB>gram<TAB>count``; a state's ``(total)`` row is the sum
of its grams), written by ``training/train_names.py`` from the actor lists of the analysed annotated sets; its header
records the sets and the cross-validation that chose ``MARGIN``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .confidence import model_file
from .errors import DataFileError

FILE = "name_origins.tsv"
#: Additive smoothing of a gram's count and the size of the gram vocabulary it is spread over.
ALPHA = 0.1
VOCABULARY = 50_000
#: How much likelier, in mean log-likelihood per gram, another state must make a name than the state the rules gave
#: it.  Chosen by training/train_names.py's five-fold cross-validation on the analysed sets (docs/accuracy.md).
MARGIN = 1.6
_LETTERS = re.compile(r"[^a-z']")


#: Words of bodies' names, which a personal name never holds (the annotated actor lists give no kind of actor).
_BODY_WORDS = frozenset("""ministry party council army force forces police union front movement agency court bank group
company committee office service government assembly parliament commission organization organisation association
federation alliance coalition league network watch international news times post radio tv television university
institute corporation authority department guard navy corps brigade battalion division embassy senate congress republic
kingdom state states national democratic people's peoples tribunal church mission centre center fund programme program
airlines airways media press foundation club school trust society board chamber cabinet secretariat forum
summit""".split())
_PERSONAL = re.compile(r"^[A-Z][\w'.-]+( (al-|el-|bin |ibn |de |da |dos |van |von |der |la |le |du |di )?[A-Z][\w'.-]+){1,3}$")


def looks_personal(name: str, is_country_word) -> bool:
    """``name`` has the shape of a person's name: two to four capitalised words (name particles allowed), no word of
    a body's name, and not a country's name or demonym (``is_country_word``, the lexicon's lookup)."""
    return bool(_PERSONAL.match(name)) and not set(name.lower().split()) & _BODY_WORDS and not is_country_word(name)


def name_grams(name: str) -> list[str]:
    """The two- to four-letter n-grams of a name's words, accents dropped, each word marked ``^...$``."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    grams: list[str] = []
    for word in folded.replace("-", " ").split():
        word = _LETTERS.sub("", word)
        if len(word) < 2:
            continue
        word = f"^{word}$"
        for n in (2, 3, 4):
            grams += [word[i:i + n] for i in range(len(word) - n + 1)]
    return grams


@dataclass(frozen=True)
class NameOrigins:
    """Gram counts of people's names per state (iso3 -> gram -> count) and each state's total."""

    counts: Mapping[str, Mapping[str, int]]
    totals: Mapping[str, int]
    margin: float = MARGIN

    @classmethod
    def load(cls, path: Path | None = None) -> "NameOrigins":
        """The counts of ``path``, else the packaged file."""
        return cls.parse(*model_file(path, FILE))

    @classmethod
    def parse(cls, text: str, name: str = FILE) -> "NameOrigins":
        counts: dict[str, dict[str, int]] = {}
        totals: dict[str, int] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#") or line == "iso3\tgram\tcount":
                continue
            cells = line.split("\t")
            if len(cells) != 3 or not cells[2].isdigit():
                raise DataFileError(f"{name}: line {n} is not 'iso3<TAB>gram<TAB>count'")
            iso, gram, count = cells[0], cells[1], int(cells[2])
            if gram == "(total)":
                totals[iso] = count
            else:
                counts.setdefault(iso, {})[gram] = count
        if set(counts) - set(totals):
            raise DataFileError(f"{name}: no (total) row for {sorted(set(counts) - set(totals))[0]}")
        return cls(MappingProxyType({k: MappingProxyType(v) for k, v in counts.items()}), MappingProxyType(totals))

    def dump(self, header: str) -> str:
        lines = [f"# {h}" if h else "#" for h in header.splitlines()] + ["iso3\tgram\tcount"]
        for iso in sorted(self.totals):
            lines.append(f"{iso}\t(total)\t{self.totals[iso]}")
            lines += [f"{iso}\t{g}\t{c}" for g, c in sorted(self.counts.get(iso, {}).items())]
        return "\n".join(lines) + "\n"

    def log_likelihood(self, grams: list[str], iso: str) -> float:
        seen = self.counts.get(iso, {})
        total = self.totals.get(iso, 0) + ALPHA * VOCABULARY
        return sum(math.log((seen.get(g, 0) + ALPHA) / total) for g in grams)

    def prefers(self, name: str, current: str, candidates: Iterable[str]) -> str | None:
        """The state among ``candidates`` that makes ``name`` likelier than ``current`` by more than the margin (in
        mean log-likelihood per gram), the likeliest such; None when none does."""
        grams = name_grams(name)
        if not grams:
            return None
        scores = {iso: self.log_likelihood(grams, iso) for iso in {current, *candidates}}
        best = max(sorted(scores), key=scores.get)
        if best != current and (scores[best] - scores[current]) / len(grams) > self.margin:
            return best
        return None

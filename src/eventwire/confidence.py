"""Event confidence: a small learned model that scores each coded event by what its record says.

The rule coder proposes events; some are right, some are not (a wrong country, an act the
article only mentions in passing, a third telling of the same act).  This stage gives every
event of a record a probability that an annotator would code it the same way, from plain
facts the record holds about it: its type, mode and factuality, its trigger word and the words
around it in its sentence, whether it has a source and a target and how prominent their
countries are in the story so far, the actors' sectors, whether it sits inside a quote, how
many events of its type and dyad came before it, how old its date is, how far into the story
its sentence starts, and, from the party stage (``parties.py``), how far the party model
prefers the event's target state over the next one, and, from a second small model
(:class:`SentenceTypes`, ``data/sentence_types.tsv``), how likely an annotator is to code an event of
the event's type from its sentence's words at all.  Events under the
threshold (``Settings.min_confidence``) are dropped; the rest keep their probability in
``Event.confidence``.

The model is a logistic regression whose weights are a data file the team trains
(``data/event_confidence.tsv``, written by ``training/train_confidence.py`` from our own
annotated sets; its header says which sets and what the leave-one-set-out test measured).
Every weight is a named feature, so why an event scored as it did can be read off
(:meth:`ConfidenceModel.explain`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

from .errors import DataFileError
from .lexicon import NONSTATE_CODES
from .records import Actor, Event, Record
from .trees import Forests

# "stopped short of", "fell short of" right before a trigger (an adverb between allowed: "short of openly calling"):
# the act held back from.
_SHORT_OF = re.compile(r"\bshort of\s+(?:[a-z]+ly\s+)?$")
_WORD = re.compile(r"[A-Za-z']+")
_WINDOW = 6   # words either side of the trigger the model reads

FILE = "event_confidence.tsv"
TYPES_FILE = "sentence_types.tsv"
TREES_FILE = "event_trees.tsv"
BIAS = "(bias)"
_SENTENCE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _days_before(day: str | None, published: str | None) -> int | None:
    if not day or not published or len(day) < 10:
        return None
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    except ValueError:
        return None


def _age(day: str | None, published: str | None) -> str:
    d = _days_before(day, published)
    if d is None:
        return "none"
    if d <= 1:
        return "0"
    if d <= 7:
        return "week"
    return "month" if d <= 40 else "old"


def _country_ranks(actors: tuple[Actor, ...], upto: int) -> list[str]:
    """The article's states (not blocs or bodies), most mentioned first, counting the mentions of the actors that
    carry them up to character ``upto`` (what the story has said so far: a copy with its tail cut scores its events
    alike)."""
    counts: Counter[str] = Counter()
    for a in actors:
        if a.country and a.country not in NONSTATE_CODES:
            counts[a.country] += sum(1 for m in a.mentions if m[0] < upto)
    # ties go by code, not by the order the actors were found in
    return [c for c, n in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0])) if n]


def _rank(country: str, ranked: list[str]) -> str:
    if country in NONSTATE_CODES:
        return "org"
    if country not in ranked:
        return "absent"
    return str(min(ranked.index(country), 3))


def _offset(start: int) -> str:
    """How far into the story a sentence starts, in characters (not as a share of the text: a syndicated copy
    with its tail cut must score its events as the original does)."""
    for limit in (400, 1000, 2000, 3500):
        if start < limit:
            return f"<{limit}"
    return "3500+"


def _side(country: str | None, actor: str | None, home: str | None) -> str:
    """Where a role's country stands: no actor at all, an actor with no single country (a bloc of states,
    an unnamed crowd), the article's main country, another."""
    if country is None:
        return "none" if actor is None else "stateless"
    return "home" if country == home else "other"


def model_file(path: Path | None, default: str) -> tuple[str, str]:
    """The text and name of a learned model's data file: ``path``, else the packaged ``data/<default>``."""
    if path is not None:
        return path.read_text(encoding="utf-8"), str(path)
    return resources.files("eventwire").joinpath("data", default).read_text(encoding="utf-8"), default


def read_weights(text: str, name: str) -> tuple[str, dict[str, float]]:
    """The header (its '#' lines, joined) and the ``feature<TAB>weight`` rows of a learned model's data file."""
    header, weights = [], {}
    for n, line in enumerate(text.splitlines(), 1):   # n: the line number in the file, blank lines counted
        if not line.strip():
            continue
        if line.startswith("#"):
            header.append(line[1:].strip())
            continue
        cells = line.split("\t")
        if cells == ["feature", "weight"]:
            continue
        if len(cells) != 2:
            raise DataFileError(f"{name}: line {n} is not 'feature<TAB>weight'")
        try:
            weights[cells[0]] = float(cells[1])
        except ValueError:
            raise DataFileError(f"{name}: line {n}: weight {cells[1]!r} is not a number") from None
    return "\n".join(header), weights


def sentence_words(sentence: str) -> frozenset[str]:
    """The lower-cased words of a sentence and its pairs of neighbouring words ("opened_fire"): what the
    sentence-type model reads."""
    words = _SENTENCE_WORD.findall(sentence.lower())
    return frozenset(words) | frozenset(f"{a}_{b}" for a, b in zip(words, words[1:]))


@dataclass(frozen=True, slots=True)
class SentenceTypes:
    """For each PLOVER type, a logistic regression over a sentence's words and word pairs: how likely our
    annotators code an event of that type from the sentence, whatever the rules found in it.

    The rules read one trigger and its parse; this model reads the whole sentence ("the ministry said the
    claims were baseless" is a rejection wherever its trigger sits), so the confidence model learns how far
    to trust a rule event whose type the sentence's words do not bear out.  Its weights are a data file
    (``data/sentence_types.tsv``, rows ``TYPE word<TAB>weight``, ``TYPE (bias)`` for each type's bias),
    trained by ``training/train_confidence.py`` on our annotated sets."""

    weights: Mapping[str, Mapping[str, float]]   # type -> word or word pair -> weight
    biases: Mapping[str, float]
    provenance: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> "SentenceTypes":
        return cls.parse(*model_file(path, TYPES_FILE))

    @classmethod
    def parse(cls, text: str, name: str = TYPES_FILE) -> "SentenceTypes":
        header, rows = read_weights(text, name)
        weights: dict[str, dict[str, float]] = {}
        biases: dict[str, float] = {}
        for key, value in rows.items():
            plover, _, word = key.partition(" ")
            if not word:
                raise DataFileError(f"{name}: feature {key!r} is not 'TYPE word'")
            if word == BIAS:
                biases[plover] = value
            else:
                weights.setdefault(plover, {})[word] = value
        if not biases:
            raise DataFileError(f"{name}: no 'TYPE {BIAS}' rows")
        return cls(weights, biases, header)

    def dump(self, header: str) -> str:
        lines = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
        lines.append("feature\tweight")
        for plover in sorted(self.biases):
            lines.append(f"{plover} {BIAS}\t{self.biases[plover]:.4f}")
            lines += [f"{plover} {w}\t{v:.4f}" for w, v in sorted(self.weights.get(plover, {}).items())]
        return "\n".join(lines) + "\n"

    def probabilities(self, sentence: str) -> dict[str, float]:
        """Each type's probability for ``sentence``."""
        words = sentence_words(sentence)
        out = {}
        for plover, bias in self.biases.items():
            table = self.weights.get(plover, {})
            z = bias + sum(table.get(w, 0.0) for w in words)
            out[plover] = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
        return out


def _likelihood(p: float) -> str:
    """A sentence-type probability in steps."""
    for step, limit in enumerate((0.1, 0.25, 0.5, 0.75)):
        if p < limit:
            return str(step)
    return "4"


def _margin(value: float | None) -> str:
    """How sure the party model is of an event's target state (``PartyModel.target_margins``), in steps."""
    if value is None:
        return "none"
    for limit in (0.0, 1.0, 2.0, 4.0):
        if value < limit:
            return f"<{limit:g}"
    return "4+"


def event_features(record: Record, margins: Sequence[float | None] | None = None,
                   types: SentenceTypes | None = None) -> list[tuple[str, ...]]:
    """The named features of each event of ``record``, in order (what the model weighs); ``margins``: the party
    model's margin for each event's target state, when the pipeline has one; ``types``: the sentence-type model,
    whose probability for the event's type in its sentence becomes a feature."""
    text = record.article.text
    events = record.events
    actors = {a.id: a for a in record.actors}
    quotes = [q.text for q in record.quotes]
    sentences = sorted({e.sentence for e in events})
    per_sentence = Counter(e.sentence for e in events)
    seen_dyad: Counter[tuple] = Counter()
    seen_type: Counter[str] = Counter()
    ranks: dict[int, list[str]] = {}   # the states' ranking up to each event sentence's end, once per sentence
    likely: dict[tuple[int, int], dict[str, float]] = {}   # the sentence-type probabilities, once per sentence
    out = []
    for n, e in enumerate(events):
        t = e.plover
        s, g = e.source_country, e.target_country
        if e.sentence[1] not in ranks:
            ranks[e.sentence[1]] = _country_ranks(record.actors, e.sentence[1])
        ranked = ranks[e.sentence[1]]
        home = ranked[0] if ranked else None
        sc, tc = _side(s, e.source, home), _side(g, e.target, home)
        sr, tr = (_rank(s, ranked) if s else sc), (_rank(g, ranked) if g else tc)
        inside = any(q[0] <= e.trigger[0] < q[1] for q in quotes)
        trigger = text[e.trigger[0]:e.trigger[1]].lower()
        f = [
            f"type={t}", f"mode={t}:{e.mode}", f"fact={e.factuality}", f"type_fact={t}:{e.factuality}",
            f"trigger={trigger}", f"cameo={e.cameo[:3]}",
            f"offset={_offset(e.sentence[0])}",
            f"sentence_no={min(sentences.index(e.sentence), 6)}",
            f"events_in_sentence={min(per_sentence[e.sentence], 4)}",
            f"has_source={e.source is not None}", f"has_target={e.target is not None}",
            f"source_country={sc}", f"target_country={tc}", f"domestic={s == g and s is not None}",
            f"type_source_country={t}:{sc}", f"type_target_country={t}:{tc}",
            f"source_rank={sr}", f"target_rank={tr}", f"rank_pair={sr}:{tr}",
            f"type_source_rank={t}:{sr}", f"type_target_rank={t}:{tr}",
        ]
        for role, ref in (("source", e.source), ("target", e.target)):
            actor = actors.get(ref) if ref else None
            if actor is not None:
                f.extend(f"{role}_sector={sector}" for sector in actor.sectors[:2])
                f.append(f"{role}_kind={actor.kind}")
                f.append(f"{role}_mentions={min(sum(1 for m in actor.mentions if m[0] < e.sentence[1]), 4)}")
                # the type joined with the role's first sector and kind (police arresting, a ministry accusing)
                f += [f"type_{role}_sector={t}:{sector}" for sector in actor.sectors[:1]]
                f.append(f"type_{role}_kind={t}:{actor.kind}")
        # "stopped short of calling for X": an act its doer held back from, which our annotators code (negated)
        held_back = bool(_SHORT_OF.search(text[max(0, e.trigger[0] - 32):e.trigger[0]]))
        f += [f"short_of={held_back}"]
        f += [f"in_quote={inside}", f"type_in_quote={t}:{inside}",
              f"same_dyad_before={min(seen_dyad[(t, s, g)], 2)}", f"same_type_before={min(seen_type[t], 3)}",
              f"age={_age(e.date, record.article.published)}",
              f"sentence_length={min((e.sentence[1] - e.sentence[0]) // 80, 4)}"]
        f += [f"context={c}" for c in e.contexts]
        # where the trigger stands in its sentence (late ones sit in asides and subordinate clauses more often), the
        # word after it ("called for" / "called on" / "called it"), the trigger word of this type, and which roles
        # the rules filled for this type
        length = max(1, e.sentence[1] - e.sentence[0])
        # the words around the trigger, within its sentence ("police fired tear gas", "said it would consider
        # imposing"); the first one after it is a feature of its own too
        before = [w.lower() for w in _WORD.findall(text, e.sentence[0], e.trigger[0])[-_WINDOW:]]
        behind = [m.group().lower() for m in islice(_WORD.finditer(text, e.trigger[1], e.sentence[1]), _WINDOW)]
        f += [f"trigger_place={3 * (e.trigger[0] - e.sentence[0]) // length}",
              f"next_word={behind[0] if behind else '$'}", f"type_trigger={t}:{trigger}",
              f"type_roles={t}:{e.source is not None}:{e.target is not None}"]
        f += [f"word_before={w}" for w in sorted(set(before))] + [f"word_after={w}" for w in sorted(set(behind))]
        if types is not None:
            if e.sentence not in likely:
                likely[e.sentence] = types.probabilities(text[e.sentence[0]:e.sentence[1]])
            f.append(f"sentence_type={_likelihood(likely[e.sentence].get(t, 0.0))}")
        if margins is not None:
            m = _margin(margins[n])
            f += [f"target_margin={m}", f"type_target_margin={t}:{m}"]
        seen_dyad[(t, s, g)] += 1
        seen_type[t] += 1
        out.append(tuple(f))
    return out


class EventTrees(Forests):
    """Boosted regression trees over the same named facts as the weights (``trees.Forests``, one ensemble), whose
    summed leaves are the log-odds that an event is right.  Trained by ``training/train_confidence.py`` (LightGBM;
    only training needs it) and written to ``data/event_trees.tsv``."""

    KEYS = ("event",)
    FILE = TREES_FILE
    COLUMN = "model"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """The event-confidence model: a logistic regression over named features and, when it ships, boosted trees over
    the same features; an event's probability is the mean of the two models' (the trees catch combinations of facts
    the weights add up blindly, the weights keep the trees' steps smooth)."""

    weights: Mapping[str, float]
    bias: float
    provenance: str = ""
    types: SentenceTypes | None = None   # the sentence-type model whose probabilities it weighs, if any
    trees: EventTrees | None = None

    @classmethod
    def load(cls, path: Path | None = None, types_path: Path | None = None,
             trees_path: Path | None = None) -> "ConfidenceModel":
        """The packaged model (or the one at ``path``) with the sentence-type model it was trained with (the
        packaged one, or the one at ``types_path``) and its trees (``trees_path``, else the packaged
        ``event_trees.tsv`` if it ships)."""
        return replace(cls.parse(*model_file(path, FILE)), types=SentenceTypes.load(types_path),
                       trees=EventTrees.load(trees_path))

    @classmethod
    def parse(cls, text: str, name: str = FILE) -> "ConfidenceModel":
        header, weights = read_weights(text, name)
        bias = weights.pop(BIAS, None)
        if bias is None:
            raise DataFileError(f"{name}: no '{BIAS}' row")
        return cls(weights, bias, header)

    def dump(self, header: str) -> str:
        lines = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
        lines.append("feature\tweight")
        lines.append(f"{BIAS}\t{self.bias:.4f}")
        lines += [f"{k}\t{v:.4f}" for k, v in sorted(self.weights.items()) if abs(v) >= 5e-5]
        return "\n".join(lines) + "\n"

    def probability(self, features: tuple[str, ...]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        p = 1.0 / (1.0 + math.exp(-z))
        if self.trees is None:
            return p
        return (p + 1.0 / (1.0 + math.exp(-self.trees.score("event", features)))) / 2

    def explain(self, features: tuple[str, ...], top: int = 5) -> list[tuple[str, float]]:
        """The features that weighed most on an event's score in the weights, strongest first (the trees, when they
        ship, weigh combinations of the same features and are not itemised)."""
        weighed = [(f, self.weights[f]) for f in features if f in self.weights]
        return sorted(weighed, key=lambda fw: -abs(fw[1]))[:top]

    def score(self, record: Record, threshold: float = 0.0, margins: Sequence[float | None] | None = None) -> Record:
        """``record`` with each event's confidence set and the events under ``threshold`` dropped (renumbered);
        ``margins``: the party model's margin for each event's target state (see ``event_features``)."""
        if not record.events:
            return record
        probs = [self.probability(f) for f in event_features(record, margins, self.types)]
        kept: list[Event] = [replace(e, confidence=round(p, 3)) for e, p in zip(record.events, probs) if p >= threshold]
        kept = [replace(e, id=f"E{n}") for n, e in enumerate(kept, 1)]
        return replace(record, events=tuple(kept))

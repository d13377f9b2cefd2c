"""Parties stage: a learned second look at the countries on each event's two sides.

The rule coder reads an event's target off the parse and, when the parse names none, falls back
on the story's parties (its main country, the other state of a two-state story, the party an
earlier act was aimed at).  Its largest single error on our annotated sets is the right act
aimed at the wrong state, spread over all those paths.  This stage weighs, for each event, the
states the story has named around it (the target the rules chose, the source's own state, the
story's main states, every state named in the event's sentence or the two before it) and moves
the target to another of them only when the model prefers it by more than a margin.  An event
whose doer the text leaves unnamed ("dozens were detained") gets the country the model finds
for it, or keeps none: the model has a "none" choice of its own, learned from the events our
annotators left without one.  The doer itself stays unnamed.

Each candidate is described by plain facts: whether the rules chose it and how (named in the
parse or fallen back on), its dependency path from the trigger to its nearest mention in the
sentence, which side of the trigger and how far, its rank among the story's states so far,
how recently it was named, whether it did or suffered the acts just before, whether it
did the latest act aimed at this event's doer (a reply answers whoever acted), whether it is the
doer's own state given the doer's sector (police act at home, envoys abroad), and whether a
place of it is named in the sentence.  The scores
are a conditional logit whose weights are a data file the team trains
(``data/party_model.tsv``, written by ``training/train_parties.py`` from our own annotated
sets; its header says which sets, the margins, and what the grouped cross-validation measured).  The target's
scores may come instead from boosted regression trees over the same facts (``data/party_trees.tsv``, written by
``train_parties.py --trees``; LightGBM trains them, and this module reads and walks them itself).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from .confidence import model_file, read_weights
from .errors import DataFileError
from .lexicon import NONSTATE_CODES
from .nlp import ParsedDoc
from .records import Actor, Event, Record
from .trees import Forests

FILE = "party_model.tsv"
TREES_FILE = "party_trees.tsv"
ROLES = ("target", "source")
_PATH_LIMIT = 4   # longer dependency paths are only "far"
_NEAR_SENTENCES = 2   # states named this many sentences back are candidates too
_AROUND = 6       # earlier acts looked at (within three sentences)
_LEDE_CHARS = 400   # a state named this early is the lede's


def _distance(d: int) -> str:
    return "1-3" if d <= 3 else "4-8" if d <= 8 else "9-15" if d <= 15 else "16+"


@dataclass(frozen=True, slots=True)
class _Mention:
    token: int        # the mention's head token
    sent: int
    start: int        # character offset
    actor: Actor


class _Story:
    """What the candidates of one record's events are read from: the actors' mentions on the parse."""

    def __init__(self, record: Record, doc: ParsedDoc, home: str | None):
        self.doc, self.home = doc, home
        self.starts = [t.idx for t in doc.tokens]
        mentions = []
        for a in record.actors:
            if not a.country:
                continue
            for s, e in a.mentions:
                first, last = self.token_at(s), self.token_at(max(s, e - 1))
                head = self._head(first, last + 1)
                mentions.append(_Mention(head, doc.tokens[head].sent, s, a))
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.lede = {m.actor.country for m in self.mentions if m.sent == 0 or m.start < _LEDE_CHARS}
        self.events = sorted(record.events, key=lambda o: o.trigger[0])
        self.actors = {a.id: a for a in record.actors}
        # where each place with a state is named: "police in the border town of X" act in X's state
        self.places = [(start, p.country) for p in record.places if p.country for start, _ in p.mentions]

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def _head(self, start: int, end: int) -> int:
        toks = self.doc.tokens
        return next((k for k in range(start, end) if not start <= toks[k].head < end or toks[k].head == k), start)

    def path(self, a: int, b: int) -> str:
        """The dependency path from token ``a`` up to the common head and down to ``b`` ("^nsubj", "vprep:with vpobj")."""
        doc = self.doc
        up = [a, *doc.ancestors(a)]
        down = [b, *doc.ancestors(b)]
        common = next((x for x in up if x in set(down)), None)
        if common is None:
            return "none"
        ua, db = up[:up.index(common)], down[:down.index(common)]
        if len(ua) + len(db) > _PATH_LIMIT:
            return "far" + ("U" if ua else "") + ("D" if db else "")
        parts = ["^" + doc.tokens[k].dep for k in ua]
        for k in reversed(db):
            t = doc.tokens[k]
            parts.append("v" + t.dep + (":" + t.lower if t.dep in ("prep", "agent") else ""))
        return "".join(parts) or "self"

    def candidates(self, e: Event, role: str) -> list[tuple[str | None, tuple[str, ...]]]:
        """The states ``e``'s ``role`` may be, each with its named features (and, for a source with no country, the
        choice of none)."""
        doc, home = self.doc, self.home
        trig = self.token_at(e.trigger[0])
        sent = doc.tokens[trig].sent
        t = e.plover
        cur, other, named = ((e.target_country, e.source_country, e.target) if role == "target"
                             else (e.source_country, e.target_country, e.source))
        kind = "named" if named else ("home" if cur == home else "other" if cur else "none")
        counts: Counter[str] = Counter(m.actor.country for m in self.mentions if m.start < e.sentence[1])
        ranked = [c for c, _ in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0])) if c not in NONSTATE_CODES]
        pool = {c for c in (cur, other, home) if c}
        pool |= {m.actor.country for m in self.mentions if sent - _NEAR_SENTENCES <= m.sent <= sent}
        pool |= set(ranked[:3])
        earlier = [o for o in self.events if o.trigger[0] < e.trigger[0]]
        around = [o for o in reversed(earlier) if o.sentence[0] <= e.sentence[0]
                  and doc.tokens[self.token_at(o.trigger[0])].sent >= sent - 3]
        on_me = next((o for o in reversed(earlier) if o.target_country == e.source_country and o.source_country
                      and o.source_country != e.source_country), None)
        by_me = next((o for o in reversed(earlier) if o.source_country == e.source_country and o.target_country
                      and o.target_country != e.source_country), None)
        last_named: dict[str, int] = {}
        for m in self.mentions:
            if m.start < e.trigger[0]:
                last_named[m.actor.country] = m.sent
        subtree = set(doc.subtree(trig))
        # the doer's sector (weighed against the doer's own state: police act at home, envoys abroad) and the states
        # of the places named in the sentence
        doer = self.actors.get(e.source) if e.source else None
        sector = (doer.sectors[0] if doer.sectors else "-") if doer else "none"
        placed = {pc for start, pc in self.places if e.sentence[0] <= start < e.sentence[1]}
        out: list[tuple[str | None, tuple[str, ...]]] = []
        for c in sorted(pool):
            is_cur, expl = c == cur, named is not None
            f = [f"kind_cur={kind}:{is_cur}", f"kind_cur:{t}={kind}:{is_cur}"]
            if role == "target":
                f += [f"react:{t}={on_me is not None and on_me.source_country == c}",
                      f"react_kind={on_me is not None and on_me.source_country == c}:{kind}",
                      f"cont:{t}={by_me is not None and by_me.target_country == c}",
                      f"cont_kind={by_me is not None and by_me.target_country == c}:{kind}"]
            for o in around[:_AROUND]:
                if o.source_country == c:
                    f.append(f"prev_src:{t}={o.plover}")
                if o.target_country == c:
                    f.append(f"prev_tgt:{t}={o.plover}")
            last = next((o for o in around if o.source_country == c), None)
            f.append(f"last_src:{t}={last.plover if last else '-'}")
            seen = last_named.get(c)
            recency = "never" if seen is None else str(min(max(sent - seen, 0), 4))
            f += [f"recency={recency}", f"recency:{t}={recency}", f"recency_kind={recency}:{kind}"]
            f += [f"cur={is_cur}", f"cur:{t}={is_cur}", f"cur_expl={is_cur}:{expl}", f"cur_expl:{t}={is_cur}:{expl}"]
            f += [f"other={c == other}", f"other:{t}={c == other}", f"home={c == home}", f"home:{t}={c == home}"]
            rank = str(min(ranked.index(c), 3)) if c in ranked else ("org" if c in NONSTATE_CODES else "absent")
            f += [f"rank={rank}", f"rank:{t}={rank}", f"lede={c in self.lede}"]
            mine = [m for m in self.mentions if m.actor.country == c]
            inside = [m for m in mine if m.sent == sent]
            before = [m for m in mine if sent - _NEAR_SENTENCES <= m.sent < sent]
            f += [f"insent={min(len(inside), 3)}", f"prev={min(len(before), 2)}", f"insent:{t}={bool(inside)}"]
            if inside:
                m = min(inside, key=lambda m: abs(m.token - trig))
                p = self.path(trig, m.token)
                side = "before" if m.token < trig else "after"
                d = _distance(abs(m.token - trig))
                dep = doc.tokens[m.token].dep
                sub = any(x.token in subtree for x in inside)
                f += [f"path={p}", f"path:{t}={p}", f"path_kind={p}:{kind}", f"side={side}", f"side:{t}={side}",
                      f"dist={d}", f"dist:{t}={d}", f"kind={m.actor.kind}",
                      f"sector={m.actor.sectors[0] if m.actor.sectors else '-'}", f"dep={dep}", f"dep:{t}={dep}",
                      f"insub={sub}", f"insub:{t}={sub}"]
            else:
                f.append("path=nosent")
            if c in NONSTATE_CODES:
                f.append(f"nonstate={c}")
            if role == "target":
                f += [f"other_sector={sector}:{c == other}", f"other_sector:{t}={sector}:{c == other}",
                      f"place_insent={c in placed}", f"place_insent:{t}={c in placed}"]
            out.append((c, tuple(f)))
        if role == "source" and cur is None:
            out.append((None, ("null", f"null:{t}", f"null_fact={e.factuality}", f"null_tgt={e.target is not None}",
                               f"null_tgtc={e.target_country is not None}")))
        return out

    def actor_near(self, e: Event, country: str) -> str | None:
        """The actor of ``country`` named in ``e``'s sentence nearest its trigger, if any."""
        trig = self.token_at(e.trigger[0])
        sent = self.doc.tokens[trig].sent
        near = [m for m in self.mentions if m.sent == sent and m.actor.country == country]
        return min(near, key=lambda m: abs(m.token - trig)).actor.id if near else None


def open_to_revision(e: Event, role: str) -> bool:
    """Which events a role's model looks at: every event with a target state; every event with no doer named and
    no country for it."""
    if role == "target":
        return e.target_country is not None
    return e.source is None and e.source_country is None


def candidates(record: Record, doc: ParsedDoc, home: str | None, role: str) -> list[list[tuple[str | None, tuple[str, ...]]]]:
    """The candidates of each event of ``record`` open to revision in ``role`` (empty lists for the others), in order;
    what the model weighs and the trainer learns from."""
    story = _Story(record, doc, home)
    return [story.candidates(e, role) if open_to_revision(e, role) else [] for e in record.events]


class PartyTrees(Forests):
    """Boosted regression trees that score a role's candidates in place of its logit weights (``trees.Forests``, one
    ensemble per role).  Trained by ``training/train_parties.py --trees`` (LightGBM's ranker; only training needs
    it)."""

    KEYS = ROLES
    FILE = TREES_FILE
    COLUMN = "role"


@dataclass(frozen=True, slots=True)
class PartyModel:
    """Weights of the two party models (target and source), and how far a rival must outscore the rules' choice;
    a role with boosted trees (``PartyTrees``) is scored by them instead of its weights."""

    weights: Mapping[str, Mapping[str, float]]   # role -> feature -> weight
    margins: Mapping[str, float]                 # role -> margin
    provenance: str = ""
    trees: PartyTrees = field(default_factory=lambda: PartyTrees({}))

    @classmethod
    def load(cls, path: Path | None = None, trees_path: Path | None = None) -> "PartyModel":
        """The weights (``path``, else the packaged file) and, when there are any (``trees_path``, else the packaged
        ``party_trees.tsv`` if it ships), the trees."""
        model = cls.parse(*model_file(path, FILE))
        trees = PartyTrees.load(trees_path)
        return model if trees is None else replace(model, trees=trees)

    @classmethod
    def parse(cls, text: str, name: str = FILE) -> "PartyModel":
        """Rows ``role|feature<TAB>weight``; a role's margin is the row ``(margin role)``."""
        header, rows = read_weights(text, name)
        weights: dict[str, dict[str, float]] = {r: {} for r in ROLES}
        margins: dict[str, float] = {}
        for key, value in rows.items():
            if key.startswith("(margin ") and key.endswith(")") and key[8:-1] in ROLES:
                margins[key[8:-1]] = value
                continue
            role, sep, feature = key.partition("|")
            if not sep or role not in ROLES:
                raise DataFileError(f"{name}: feature {key!r} is not 'target|...' or 'source|...'")
            weights[role][feature] = value
        missing = [r for r in ROLES if r not in margins]
        if missing:
            raise DataFileError(f"{name}: no '(margin {missing[0]})' row")
        return cls(weights, margins, header)

    def dump(self, header: str) -> str:
        lines = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
        lines.append("feature\tweight")
        lines += [f"(margin {r})\t{self.margins[r]:.4f}" for r in ROLES]
        lines += [f"{r}|{k}\t{v:.4f}" for r in ROLES for k, v in sorted(self.weights[r].items()) if abs(v) >= 5e-5]
        return "\n".join(lines) + "\n"

    def score(self, role: str, features: tuple[str, ...]) -> float:
        if role in self.trees.trees:
            return self.trees.score(role, features)
        return self.logit(role, features)

    def logit(self, role: str, features: tuple[str, ...]) -> float:
        """A candidate's score under the role's logit weights (also where trees choose)."""
        w = self.weights[role]
        return sum(w.get(f, 0.0) for f in features)

    def choose(self, role: str, current: str | None, cands: list[tuple[str | None, tuple[str, ...]]]) -> str | None:
        """The candidate to keep: the best scored when it beats ``current`` by more than the role's margin."""
        if not cands:
            return current
        scores = {c: self.score(role, f) for c, f in cands}
        if current not in scores:
            return current
        best = max(scores, key=lambda c: (scores[c], c == current))
        return best if scores[best] - scores[current] > self.margins[role] else current

    def target_margins(self, record: Record, doc: ParsedDoc, home: str | None) -> tuple[float | None, ...]:
        """For each event of ``record``, how far the logit prefers its target state over the best other candidate
        (None where the event is not open to revision or has no other candidate): how sure its target is, for the
        confidence stage.  It is the logit's margin also where trees chose the target: a difference of the softmax's
        log-odds, the scale the confidence model's steps were set for (the trees' differences run lower: median 3.42
        against 3.65, 90th percentile 5.50 against 6.31 over the analysable sets' events), and a target the trees
        chose against the logit gets a margin below zero."""
        story = _Story(record, doc, home)
        out: list[float | None] = []
        for e in record.events:
            cands = story.candidates(e, "target") if open_to_revision(e, "target") else []
            scores = {c: self.logit("target", f) for c, f in cands}
            others = [v for c, v in scores.items() if c != e.target_country]
            out.append(scores[e.target_country] - max(others) if others and e.target_country in scores else None)
        return tuple(out)

    def revise(self, record: Record, doc: ParsedDoc, home: str | None) -> Record:
        """``record`` with each event's target state (and unnamed doer's state) as the model chooses; an event that
        comes to repeat another of its sentence (same type and sides) is dropped, and the rest renumbered."""
        if not record.events:
            return record
        story = _Story(record, doc, home)
        out: list[Event] = []
        seen: set[tuple] = set()
        # one act the rules aimed at several states ("urged both governments", "called on X and Y"): its targets
        # were read off the text together, and one of them moved would repeat another
        aimed: dict[tuple, set] = {}
        for e in record.events:
            aimed.setdefault((e.trigger, e.plover, e.source_country), set()).add(e.target_country)
        for e in record.events:
            new = e
            if open_to_revision(e, "source"):
                c = self.choose("source", None, story.candidates(e, "source"))
                if c is not None:
                    new = replace(new, source_country=c)
            if open_to_revision(e, "target") and len(aimed[(e.trigger, e.plover, e.source_country)]) < 2:
                c = self.choose("target", e.target_country, story.candidates(e, "target"))
                if c != e.target_country:
                    new = replace(new, target=story.actor_near(e, c), target_country=c)
            key = (new.plover, new.source or new.source_country, new.target or new.target_country, new.sentence)
            if key in seen:
                continue
            seen.add(key)
            out.append(new)
        if len(out) == len(record.events) and all(a is b for a, b in zip(out, record.events)):
            return record
        return replace(record, events=tuple(replace(e, id=f"E{n}") for n, e in enumerate(out, 1)))

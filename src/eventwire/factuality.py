"""Factuality of an event from the parse around its trigger.

- ``negated``: a negation on the trigger or on the verb that controls it ("did not
  send", "did not agree to send"); a "no" on its subject or object ("no troops were
  sent"); a negating governor ("denied attacking", "ruled out sending", "stopped
  short of calling", "failed to", "refrained from", "prevented X from signing",
  "no indication that ...",
  "without ..."); but "did not hesitate to send" affirms the act.
- ``hypothetical``: a modal or future auxiliary ("would", "could", "may", "will"),
  a condition ("if", "unless"), a governor of intention or possibility ("plans to",
  "is considering", "threatened to", "is ready to"), a planned/possible noun
  ("a possible strike").  An act of commitment (agreeing, conceding, releasing, giving,
  joining in) that is only announced for the future ("would scrap the tax", "will send a
  delegation", "was ready to host talks") is asserted: the announcement is the commitment;
  told by someone else ("an aide said Qatar would fund schools") it is only foretold: hypothetical.
- ``reported``: the event stands in the clause of a reporting verb ("state media said
  that ...") or under "according to", and the speaker is not the actor itself, or
  it is an actor's claim about its own material act (a verbal act announced by the
  actor itself is asserted; a meeting is no verbal act: "met X, the presidency said" is reported; nor is a
  verbal act told as done before the statement, "said it had summoned the envoy", or a summons). An
  attribution after two joined clauses ("A did X, and B did Y, the minister said", "..., according to Z")
  covers both; "urged X and said ..." keeps the first verb's speaker.
- otherwise ``asserted``.
"""

from __future__ import annotations

from typing import Callable

from .nlp import ParsedDoc

MODALS = frozenset({"would", "could", "might", "may", "should", "can", "will", "shall", "'d", "'ll", "must", "wo", "ca"})
CONDITIONS = frozenset({"if", "unless", "whether"})
INTENT = frozenset({"plan", "consider", "intend", "threaten", "want", "seek", "hope", "propose", "aim", "prepare",
                    "offer", "vow", "pledge", "promise", "expect", "mull", "weigh", "contemplate", "try", "attempt",
                    "push", "ready", "willing", "able", "likely", "set", "due", "poise", "discuss", "explore"})
NEGATORS = frozenset({"deny", "refute", "fail", "refrain", "avoid", "decline", "dismiss", "stop", "rule", "prevent"})
# Verbs of cessation: the act they govern stops, it is not done ("stopped attacking", "ceased firing", "halted talks").
CESSATION = frozenset({"stop", "cease", "halt", "quit", "discontinue"})
NO_EVIDENCE = frozenset({"indication", "sign", "evidence", "suggestion", "proof", "sign", "confirmation", "intention",
                         "intent", "plan"})
# Governors whose negation affirms their complement: "will not hesitate to use force" announces the act.
NEGATION_AFFIRMS = frozenset({"hesitate"})
# Negating governors that negate their object too ("denied the attack", "ruled out talks"); "dismissed the offer" does not.
NEGATING_OBJECT = frozenset({"deny", "refute", "rule"})
# Speech verbs that, joined to a denied clause without a subject of their own, are the denier's next act.
_OWN_SPEECH = frozenset({"accuse", "call", "warn", "vow", "urge", "demand", "threaten", "insist", "blame", "condemn"})
REPORTING = frozenset({"say", "tell", "claim", "allege", "report", "state", "add", "insist", "assert", "write",
                       "tweet", "announce", "accuse", "charge", "argue", "maintain", "suggest", "note", "warn",
                       "reply", "respond", "stress", "explain", "reiterate", "retort"})
REPORT_NOUNS = frozenset({"statement", "report", "claim", "allegation", "assertion", "announcement", "communique",
                          "communiqué", "accusation"})
HYPOTHETICAL_NOUN_MODS = frozenset({"possible", "potential", "planned", "proposed", "future", "threatened", "likely"})
# Future auxiliaries that announce an act rather than weigh its possibility ("will", "would"; not "could", "may").
ANNOUNCING = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})
# Governors that commit their holder to the act ("ready to host", "pledged to send"), unlike "plans to", "considering".
COMMITTING = frozenset({"ready", "willing", "prepared", "offer", "pledge", "promise", "vow", "agree", "commit"})
# Types whose announcement is itself the act: a promise, a concession, a release, a gift, joining in.
COMMITMENT_TYPES = frozenset({"AGREE", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# Types that are themselves the offer or promise: readiness to do them is the act ("ready to hold talks" = AGREE);
# readiness to withdraw or to give is only an offer of it.
PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})
_CHAIN = frozenset({"advmod", "acomp", "parataxis", "xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "advcl", "conj", "nsubjpass", "attr", "oprd"})
# Verbal-type acts done otherwise than by the statement that tells them: a summons calls an envoy in.
DONE_NOT_SAID = frozenset({"summon"})
_VERBAL_QUADS = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# Adjectives of readiness: a meeting one says one is "open to" is offered by saying so (a verbal act).
WILLING = frozenset({"open", "ready", "willing", "prepared", "eager", "keen", "available"})


def _has_neg(doc: ParsedDoc, i: int) -> bool:
    return any(doc.tokens[c].dep == "neg" for c in doc.children[i])


def _no_det(doc: ParsedDoc, i: int) -> bool:
    toks = doc.tokens
    if toks[i].lower in ("nobody", "none", "nothing", "neither"):
        return True
    return any(toks[c].lower in ("no", "neither") and toks[c].dep in ("det", "neg") for c in doc.children[i])


def _modal(doc: ParsedDoc, i: int) -> bool:
    toks = doc.tokens
    for c in doc.children[i]:
        if toks[c].dep in ("aux", "auxpass") and toks[c].lower in MODALS:
            return True
        if toks[c].dep == "aux" and toks[c].lower in ("going",):
            return True
    return False


def _conditioned(doc: ParsedDoc, i: int) -> bool:
    """A clause of condition hangs on ``i`` ("would scrap the levy if parliament agreed")."""
    toks = doc.tokens
    return any(toks[c].dep == "advcl" and any(toks[g].dep == "mark" and toks[g].lower in CONDITIONS
                                              for g in doc.children[c]) for c in doc.children[i])


def _announcing_only(doc: ParsedDoc, i: int) -> bool:
    """The modals on ``i`` only announce ("will send", "would scrap"), none weighs a possibility ("could", "may")."""
    toks = doc.tokens
    modals = [toks[c].lower for c in doc.children[i] if toks[c].dep in ("aux", "auxpass") and toks[c].lower in MODALS]
    return bool(modals) and all(m in ANNOUNCING for m in modals)


def _trailing_report(doc: ParsedDoc, first: int, j: int) -> bool:
    """ "A did X, and B did Y, the minister said": the attribution after both clauses covers the second too."""
    toks = doc.tokens
    gov = toks[first].head
    return toks[first].dep in ("ccomp", "parataxis") and gov > j and toks[gov].lemma.lower() in REPORTING


def _subject(doc: ParsedDoc, v: int) -> int | None:
    """The subject of verb ``v``, or of the verb it is joined to ("urged X and said it had ...")."""
    toks = doc.tokens
    for _ in range(3):
        subj = [c for c in doc.children[v] if toks[c].dep in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if toks[v].dep != "conj" or toks[v].head == v:
            return None
        v = toks[v].head
    return None


def _attributed(doc: ParsedDoc, v: int) -> int | None:
    """ "X told Y that ..., according to Z": the whole report is Z's."""
    toks = doc.tokens
    for c in doc.children[v]:
        if toks[c].lower == "according":
            objs = [g for p in doc.children[c] for g in doc.children[p] if toks[g].dep == "pobj"]
            if objs:
                return objs[0]
    return None


def _that_clause(doc: ParsedDoc, j: int) -> bool:
    """ "said that A ... and that B ...": the second clause, with its own "that", is said too."""
    toks = doc.tokens
    return any(toks[c].dep == "mark" and toks[c].lower == "that" for c in doc.children[j])


def _comma_before(doc: ParsedDoc, k: int) -> bool:
    """A comma opens the phrase of token ``k`` ("..., a military source told APA")."""
    toks = doc.tokens
    first = min([k] + [d for d in doc.children[k] if d < k])
    return first > 0 and toks[first - 1].text == ","


def _past_perfect(doc: ParsedDoc, i: int) -> bool:
    """The act is told as done before the statement ("said it had summoned the envoy"); "we have demanded"
    is the statement itself."""
    toks = doc.tokens
    return any(toks[c].dep == "aux" and toks[c].lower == "had" for c in doc.children[i])


def factuality(doc: ParsedDoc, i: int, *, is_source: Callable[[int], bool] | None = None,
               plover: str | None = None) -> str:
    """Factuality of the event triggered at token ``i``.

    ``is_source(k)`` tells whether token ``k`` (a speaker) refers to the event's own source.
    """
    toks = doc.tokens
    t = toks[i]
    negated = False
    hypothetical = False
    announced = False   # future only by an announcement or a commitment: hypothetical unless the act is a commitment
    willing = False     # under "open to", "ready to", "willing to": the stated readiness is what the speaker does
    reported = False

    # the trigger itself
    if _has_neg(doc, i) or _no_det(doc, i):
        negated = True
    if t.pos in ("VERB", "AUX"):
        if _announcing_only(doc, i):
            announced = True
            hypothetical = hypothetical or _conditioned(doc, i)
        elif _modal(doc, i):
            hypothetical = True
        for c in doc.children[i]:
            if toks[c].dep in ("nsubj", "nsubjpass", "dobj") and _no_det(doc, c):
                negated = True
            if toks[c].dep == "mark" and toks[c].lower in CONDITIONS:
                hypothetical = True
    else:
        if any(toks[c].lower in HYPOTHETICAL_NOUN_MODS for c in doc.children[i]):
            hypothetical = True

    # up the governing chain, stopping at the clause of a reporting verb
    j = i
    steps = 0
    speaker: int | None = None
    trailing = False    # the attribution follows the act ("X did Y, the ministry said")
    while toks[j].head != j and steps < 8:
        dep = toks[j].dep
        head = toks[j].head
        if dep not in _CHAIN:
            break
        h = toks[head]
        lem = h.lemma.lower()
        if dep == "conj":
            if any(toks[c].dep in ("nsubj", "nsubjpass") for c in doc.children[j]) and not _trailing_report(doc, head, j) \
                    and not _that_clause(doc, j):
                break   # a clause with its own subject is not under its neighbour's attribution
            if toks[j].lemma.lower() in _OWN_SPEECH and toks[head].dep == "ccomp" \
                    and toks[toks[head].head].lemma.lower() in NEGATING_OBJECT:
                break   # "denied that X had ... and accused Y of ...": the denier's own charge, outside the denial
            j = head
            steps += 1
            continue
        if dep == "advcl" and any(toks[c].dep == "mark" and toks[c].lower in CONDITIONS for c in doc.children[j]):
            hypothetical = True
        if lem in REPORTING and dep in ("ccomp", "parataxis") and h.pos in ("VERB", "AUX"):
            speaker = _subject(doc, head)
            attributed = _attributed(doc, head)
            speaker = attributed if attributed is not None else speaker
            trailing = head > i
            if _has_neg(doc, head):
                pass  # "did not say that ..." leaves the event unclaimed, not negated
            break
        if dep == "advcl" and ruled_out_clause(doc, head, j):
            dep = "xcomp"   # "ruled out reopening the crossing" parsed as an adverbial clause: the act ruled out
        if h.pos in ("VERB", "AUX", "ADJ") and dep in ("xcomp", "pcomp", "prep", "ccomp", "dobj"):
            if _has_neg(doc, head) and lem != "rule" and lem not in NEGATION_AFFIRMS and lem not in CESSATION \
                    and (dep in ("xcomp", "pcomp", "prep") or (dep == "dobj" and lem in INTENT)):
                negated = True   # "did not agree to send", "was not considering withdrawal"
            if lem in NEGATORS and (dep in ("xcomp", "pcomp", "prep", "ccomp") or (dep == "dobj" and lem in NEGATING_OBJECT)):
                if lem == "rule" and _has_neg(doc, head):
                    hypothetical = True   # "did not rule out strikes": left open, not denied
                elif lem != "stop" or any(toks[c].lower == "short" for c in doc.children[head]) or dep == "pcomp" \
                        or (dep == "xcomp" and toks[j].tag == "VBG" and not _has_neg(doc, head)):
                    negated = True
            elif lem in CESSATION and dep in ("xcomp", "dobj", "pcomp") and (toks[j].tag == "VBG" or dep == "dobj") \
                    and not _has_neg(doc, head):
                negated = True   # "ceased firing", "halted the shelling": the act stops
            if h.pos == "ADJ" and lem in WILLING and dep in ("xcomp", "prep"):
                willing = True
            if lem in COMMITTING and dep in ("xcomp", "prep", "pcomp") and plover in PROMISE_TYPES:
                announced = True
            elif lem in INTENT:
                hypothetical = True
            if dep in ("xcomp",) and _announcing_only(doc, head):
                announced = True
                hypothetical = hypothetical or _conditioned(doc, head)
            elif _modal(doc, head) and dep in ("xcomp",):
                hypothetical = True
        if h.pos in ("NOUN",) and h.lemma.lower() in NO_EVIDENCE and (_no_det(doc, head) or _has_neg(doc, toks[head].head)):
            negated = True
        if h.lower == "without" and dep == "pcomp":
            negated = True
        if h.lower == "short" and toks[h.head].lemma.lower() in ("stop", "fall"):
            negated = True   # "stopped short of calling for"
        if h.pos == "NOUN" and lem in ("plan", "threat", "proposal", "offer", "possibility", "prospect", "call", "demand"):
            hypothetical = True
        if h.pos == "NOUN" and lem in REPORT_NOUNS and dep in ("acl", "ccomp"):
            # "said in a statement that ...", "a report that ...": the speaker is whoever issued it
            gov = h.head
            for _ in range(3):
                if toks[gov].pos in ("VERB", "AUX") or toks[gov].head == gov:
                    break
                gov = toks[gov].head
            subj = [c for c in doc.children[gov] if toks[c].dep in ("nsubj", "nsubjpass")]
            speaker = subj[0] if subj else head
            break
        j = head
        steps += 1

    # "..., state media reported": a trailing report of the whole clause, or of a later clause joined to it
    # ("A did X, and B did Y, the minister said")
    later = [c for c in doc.children[j] if toks[c].dep == "conj" and c > i]
    for c in list(doc.children[j]) + [g for k in later for g in doc.children[k]]:
        if toks[c].dep in ("ccomp", "parataxis", "conj") and c > i and toks[c].lemma.lower() in REPORTING \
                and toks[c].pos in ("VERB", "AUX") and c > 0 and any(toks[k].text == "," for k in range(max(i, c - 8), c)):
            subj = [g for g in doc.children[c] if toks[g].dep in ("nsubj", "nsubjpass")]
            if subj and (toks[c].dep != "conj" or _comma_before(doc, subj[0])):
                speaker = subj[0]
                trailing = True
            elif not subj and toks[c].dep != "conj" and toks[c - 1].pos in ("NOUN", "PROPN"):
                speaker = c - 1   # "..., Qatar's state news agency QNA said": the speaker parsed as an apposition
                trailing = True
        elif toks[c].dep == "parataxis" and c < i and toks[c].lemma.lower() in REPORTING and c + 1 < len(toks) \
                and toks[c + 1].text == "," and not _has_neg(doc, c):
            # "In the north, witnesses said, soldiers fired on the crowd": a parenthetical attribution before the act
            subj = [g for g in doc.children[c] if toks[g].dep in ("nsubj", "nsubjpass")]
            if subj:
                speaker = subj[0]
    # "according to X" in the clause
    for c in list(doc.children[j]) + list(doc.children[i]) + [g for k in later for g in doc.children[k]]:
        if toks[c].lower == "according":
            objs = [g for p in doc.children[c] for g in doc.children[p] if toks[g].dep == "pobj"]
            speaker = objs[0] if objs else speaker
            reported = True
    own = speaker is not None and is_source is not None and is_source(speaker)
    if speaker is not None:
        reported = True
        if own and (plover is None or plover in _VERBAL_QUADS or (plover == "CONSULT" and willing)) \
                and not _past_perfect(doc, i) and t.lemma.lower() not in DONE_NOT_SAID:
            reported = False   # an actor's own statement of a verbal act is the act itself
    if announced and plover in COMMITMENT_TYPES and speaker is not None:
        # "Egypt said it would send aid" commits Egypt; "an aide said Qatar would fund schools" only foretells it
        reported = reported and not own
        hypothetical = hypothetical or not own
    if announced and plover not in COMMITMENT_TYPES:
        hypothetical = True
    if plover == "PROTEST" and t.lemma.lower() == "call" and t.pos == "VERB":
        hypothetical = True   # "called a general strike for Thursday": the protest called for is still to come
    if negated:
        return "negated"
    if hypothetical:
        return "hypothetical"
    if reported:
        return "reported"
    return "asserted"


__all__ = ["factuality"]


def ruled_out_clause(doc: ParsedDoc, head: int, j: int) -> bool:
    """ "ruled out reopening the crossing", "denied shelling the town" that the parser hung as an adverbial clause: a
    gerund right after a ruling-out or denying verb with no object, marker or comma between ("denied the charge,
    accusing X of ..." is the denier's own act)."""
    toks = doc.tokens
    return toks[head].lemma.lower() in NEGATING_OBJECT and toks[j].tag == "VBG" and j > head \
        and not any(toks[c].dep in ("mark", "nsubj") for c in doc.children[j]) \
        and not any(toks[c].dep == "dobj" for c in doc.children[head]) \
        and not any(toks[k].pos == "PUNCT" for k in range(head + 1, j))

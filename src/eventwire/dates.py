"""Dates stage: the date of an event, read from its own sentence.

``DateResolver.resolve`` looks at the date expressions of one sentence, picks
the one that belongs to the event's trigger, and turns it into an ``eventwire/1``
date: ``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"`` or ``None``.
``DateResolver.published_from_text`` reads a publication date that the text
states itself (dateline or stamp).  Both are pure functions of their arguments:
no clock, no I/O, no state beyond configuration.

Finding expressions
    The sentence text is scanned with this module's own patterns (spaCy's DATE
    entities miss some and include durations and ages).  spaCy's output is used
    to *filter*: an expression inside a non-date entity (ORG "April 6 Movement",
    EVENT "2018 World Cup", PERSON "Theresa May") is skipped; a bare four-digit
    year counts only when spaCy tags it DATE or it follows a date preposition
    ("in", "since", "by", "during", "of", ...), and not when tagged CARDINAL or
    followed by a plural noun ("in 2000 villages").  A month name on its own
    counts only after such a preposition or "early"/"late"/"mid"/"last"/"this"/
    "next" (so the modal "may" and "a march" are never dates).  The date in a
    wire dateline at the start of a paragraph ("BOGOTA, May 3, 2024 (Reuters) -")
    is the publication date, not an event's, and is skipped here; use
    ``published_from_text`` for it.

Ignored: durations and ages
    Only anchored expressions are patterns at all, so "35-year-old",
    "six-year term", "for two months", "months of failed attempts",
    "in recent weeks", "over the past week", "the day before", "the 1990s"
    and seasons give nothing.  "since X" is read as X: "since 2004" -> "2004",
    "since April" -> that April (the start is the only date the text states).

Choosing among several
    The expression whose head token is closest to the anchor (the event
    trigger; without one, the sentence root) in the dependency tree wins, ties
    going to the one closer in the text.  If the winner cannot be resolved
    (a relative expression without ``published``) the answer is ``None``: we
    never fall back to another date of the sentence, which usually belongs to
    another clause ("who took office on 12 May 2017, visited Kyiv on Thursday").
    A sentence without a date expression gives ``None``; falling back to the
    article date is the pipeline's decision, not this module's.

Without ``published``
    Only expressions carrying their own year resolve: "March 6, 2019" ->
    "2019-03-06", "March 2019" -> "2019-03", "in 2018" -> "2018".  Everything
    relative ("on Saturday", "this week", "in January", "April 30", "yesterday")
    gives ``None``: never a day-precision date from nothing, never a guessed year.

With ``published`` (YYYY-MM-DD)
    Direction: an expression refers to the past of the publication day unless
    its own verb is future ("will", "shall", "'ll", "going to", or an
    infinitive under a present-tense "expected/scheduled/due/set/planned/
    slated/poised/intends/plans to") or the expression says so ("next ...",
    "tomorrow").
    * weekday ("on Saturday", "on Tuesday night", "late Friday"): past -> the
      latest such day on or before ``published`` (the same day if it is one);
      future -> the first on or after it.  "last Tuesday" is strictly before,
      "next Tuesday" strictly after.
    * "today", "tonight", "this morning/afternoon/evening", "overnight" ->
      ``published``; "yesterday", "last night" -> the day before; "the day
      before yesterday" -> two days before; "tomorrow" -> the day after;
      "N days ago" -> N days before.
    * month and day without a year ("on April 30", "Feb. 17", "30 April"):
      the year of ``published``; for the past, the year before if that date
      would fall more than ``grace_days`` (default 7) after ``published``; for
      the future, the year after if it would fall more than ``grace_days``
      before it.  A weekday beside the date ("Monday, March 4") is not used.
    * month without a year ("in January", "since April", "in early March"):
      the year of ``published``; past: the year before if the month is after
      the published month; future: the year after if it is before it.
      "last March" is the latest March before the published month,
      "next March" the first after it.
    * "this/last/next month", "earlier this month", "N months ago" -> that
      month; "this/last/next year", "N years ago" -> that year.
    * Week-level expressions ("this week", "last week", "next week",
      "earlier this week", "(over) the weekend", "last weekend", "N weeks
      ago") never give a day.  They give the month holding most of the days
      the expression can mean; a tie goes to the month of the day nearest to
      ``published``.  Weeks run Monday to Sunday, so a whole week ("last week",
      "next week") belongs to the month of its Thursday (the ISO 8601 rule).
      "this week" in a past sentence can only mean Monday up to ``published``
      (in a future one: ``published`` to Sunday); "the weekend" is the latest
      Saturday-Sunday up to ``published`` (future: the next one), cut at
      ``published``.  "N weeks ago" is the month of the day 7*N days before.
      Example, published Saturday 2019-05-11: "this week" -> Mon 6 to Sat 11
      May -> "2019-05"; "last week" -> Thursday 2 May -> "2019-05".
    * Explicit years always win over ``published``.

dateparser is not used: it completes missing parts from the clock, which is
exactly what these rules must never do, and the patterns above cover what news
sentences say.  (If it is ever wanted, import it inside a method.)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from .nlp import ParsedDoc

__all__ = ["DateResolver", "precision"]

# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

_M_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_M_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MON = rf"(?P<mon>(?:{_M_FULL})\b|(?:{_M_ABBR})(?:\.|\b))"
_MON_FULL = rf"(?P<mon>(?:{_M_FULL})\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?!,\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)(?!s\b)"
_WD = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD_PREFIX = rf"(?:(?:{_WD}),?\s+(?:the\s+)?)?"
_YEAR_REL = r"(?:,?\s+(?P<yrel>last|this|next)\s+year\b)?"
_NUM = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# (kind, pattern); case-sensitive for month and weekday names, case-insensitive words via (?i:).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("ymd", re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}")),
    ("ymd", re.compile(rf"\b{_WD_PREFIX}{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}")),
    ("ym", re.compile(rf"\b(?:(?i:early|late|mid)[\s-]+)?{_MON},?\s+(?:of\s+)?{_YEAR}")),
    ("md", re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY}{_YEAR_REL}")),
    ("md", re.compile(rf"\b{_WD_PREFIX}(?:(?i:the)\s+)?{_DAY}(?:\s+(?i:of))?\s+{_MON}{_YEAR_REL}")),
    ("md", re.compile(r"\b(?P<holiday>Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve)\b")),
    ("mrel", re.compile(rf"\b(?P<rel>(?i:last|this|next))\s+{_MON_FULL}")),
    ("m", re.compile(rf"\b(?:(?P<mod>(?i:early|late|mid))[\s-]+)?{_MON_FULL}")),
    ("wd", re.compile(rf"\b(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+)?"
                      rf"(?P<wd>{_WD})(?![a-z])")),
    ("rday", re.compile(r"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|"
                        r"today|tonight|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)))\b")),
    ("rper", re.compile(r"\b(?P<rel>(?i:this|last|next))\s+(?P<unit>(?i:week|weekend|month|year))\b")),
    ("weekend", re.compile(r"\b(?i:over|at|during|on)\s+(?i:the)\s+(?i:weekend)\b")),
    ("ago", re.compile(rf"\b{_NUM}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b", re.I)),
    ("y", re.compile(rf"\b{_YEAR}")),
]

# Words after which a bare month name or a bare year is a date.
_DATE_PREPS = frozenset({
    "in", "since", "of", "by", "during", "until", "till", "til", "from", "through", "throughout", "before",
    "after", "between", "to", "around", "early", "late", "mid", "end", "beginning", "start", "middle",
    "back", "circa", "as",
})
# Entity labels inside which an expression is part of a name, not a date.
_BLOCKING = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                       "LANGUAGE", "MONEY", "PERCENT", "QUANTITY"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
_FUTURE_HEADS = frozenset({"expect", "schedule", "due", "set", "plan", "slate", "intend", "poise", "go", "prepare"})

# ---------------------------------------------------------------------------------------------
# Full dates in stamps and datelines (case-insensitive month names; numeric forms allowed)

_FULL = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    rf"|(?i:(?P<am>{_M_FULL}|{_M_ABBR}))\.?\s+(?P<ad>\d{{1,2}})(?i:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})(?!\d)"
    rf"|(?P<bd>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?i:of\s+)?(?i:(?P<bm>{_M_FULL}|{_M_ABBR}))\.?,?\s+(?P<by>\d{{4}})(?!\d)"
    r"|(?P<c1>\d{1,2})[/.](?P<c2>\d{1,2})[/.](?P<cy>\d{4})(?!\d)"
    r"|(?P<dy>\d{4})/(?P<dm>\d{1,2})/(?P<dd>\d{1,2})(?!\d))"
)
_WD_ANY = r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?)"
_STAMP = re.compile(
    r"(?:^|[|•·]|\s{2,})[ \t]*(?P<label>(?i:first\s+published|originally\s+published|published|posted|"
    r"last\s+updated|last\s+modified|updated|dated|date))\b[ \t]*(?i:on|at)?[ \t]*:?[ \t]*"
    rf"(?:{_WD_ANY},?[ \t]*)?{_FULL}",
    re.M,
)
# A wire dateline: "WASHINGTON, May 3, 2024 (Reuters) -", "BISHKEK, 14 May 2025 -".
_PLACE = r"[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,40}){0,2},[ \t]*"
_AGENCY_DASH = r"[ \t]*(?:\([^)\n]{1,60}\)[ \t]*)?(?:[-–—:]|$)"
_DATELINE = re.compile(rf"^[ \t]*{_PLACE}(?:{_WD_ANY},?[ \t]*)?{_FULL}{_AGENCY_DASH}", re.M)
# The same, with or without a year: what resolve() skips at a paragraph start.
_DATELINE_ANY = re.compile(
    rf"^[ \t]*{_PLACE}(?:{_WD_ANY},?[ \t]*)?(?:{_FULL}|(?i:{_M_FULL}|{_M_ABBR})\.?[ \t]+\d{{1,2}}(?!\d)){_AGENCY_DASH}"
)
_DATE_LINE = re.compile(rf"^[ \t]*(?:{_WD_ANY},?[ \t]*)?{_FULL}[ \t]*(?:[-–—|]|$)", re.M)
_HEAD_CHARS = 3000  # datelines and bare date lines are looked for in the opening of the text


def _full_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("am"):
            return dt.date(int(g["ay"]), _MONTHS[g["am"].lower()], int(g["ad"]))
        if g.get("bm"):
            return dt.date(int(g["by"]), _MONTHS[g["bm"].lower()], int(g["bd"]))
        if g.get("dy"):
            return dt.date(int(g["dy"]), int(g["dm"]), int(g["dd"]))
        if g.get("cy"):
            a, b, y = int(g["c1"]), int(g["c2"]), int(g["cy"])
            if a > 12 >= b:
                return dt.date(y, b, a)
            if b > 12 >= a:
                return dt.date(y, a, b)
            if a == b:
                return dt.date(y, a, b)
            return None  # 03/04/2024: day-first or month-first? Not said, so not guessed.
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Helpers


def precision(value: str | None) -> str | None:
    """``"day"``, ``"month"`` or ``"year"`` for an ``eventwire/1`` date, ``None`` for ``None``."""
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    raise ValueError(f"{value!r} is not a date in YYYY-MM-DD, YYYY-MM or YYYY form")


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _month_of_days(days: list[dt.date], pub: dt.date) -> str:
    """The month holding most of ``days``; a tie goes to the month of the day nearest ``pub``."""
    counts: dict[tuple[int, int], int] = {}
    for d in days:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
    best = max(counts.values())
    tied = [k for k, v in counts.items() if v == best]
    if len(tied) > 1:
        nearest = min(days, key=lambda d: (abs((d - pub).days), d))
        key = (nearest.year, nearest.month)
        if key not in tied:  # pragma: no cover - the nearest day is always in a tied month for ranges
            key = tied[-1]
    else:
        key = tied[0]
    return _ym(*key)


def _span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


@dataclass(frozen=True, slots=True)
class _Expr:
    kind: str
    start: int          # character offsets in the document text
    end: int
    groups: dict[str, str | None]

    @property
    def length(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------------------------------------


class DateResolver:
    """Event dates from sentences; publication dates from datelines and stamps.

    ``grace_days``: how far after the publication day a month-and-day without a
    year may fall and still be read as the publication year in a past-tense
    sentence (and how far before it in a future one).
    """

    def __init__(self, grace_days: int = 7):
        if grace_days < 0:
            raise ValueError("grace_days must not be negative")
        self.grace_days = grace_days

    precision = staticmethod(precision)

    # -- publication date -------------------------------------------------------------------

    def published_from_text(self, text: str) -> str | None:
        """A full publication date (YYYY-MM-DD) stated by the text itself, or ``None``.

        In order of trust: a "Published/Posted/Date:" stamp at a line start
        (anywhere in the text), a wire dateline ("WASHINGTON, May 3, 2024
        (Reuters) -") or a line opening with a full date ("March 3, 2025 -")
        within the first 3000 characters, and last an "Updated:" stamp.  Only
        dates with day, month and year count; numeric dates whose day/month
        order is ambiguous (03/04/2024) do not.
        """
        if not text:
            return None
        updated: dt.date | None = None
        for m in _STAMP.finditer(text):
            d = _full_date(m)
            if d is None:
                continue
            label = m.group("label").lower()
            if "updated" in label or "modified" in label:
                updated = updated or d
                continue
            return d.isoformat()
        head = text[:_HEAD_CHARS]
        for pattern in (_DATELINE, _DATE_LINE):
            for m in pattern.finditer(head):
                d = _full_date(m)
                if d is not None:
                    return d.isoformat()
        return updated.isoformat() if updated else None

    # -- event date -------------------------------------------------------------------------

    def resolve(self, doc: ParsedDoc, sentence: int, published: str | None,
                anchor_token: int | None = None) -> str | None:
        """The date of an event in sentence ``sentence`` (see the module docstring for the rules)."""
        pub = _parse_published(published)
        if not 0 <= sentence < len(doc.sentences):
            raise IndexError(f"sentence {sentence} out of range (document has {len(doc.sentences)})")
        sent = doc.sentences[sentence]
        if sent.start >= sent.end:
            return None
        exprs = list(self._expressions(doc, sentence))
        if not exprs:
            return None
        if anchor_token is None or not sent.start <= anchor_token < sent.end:
            anchor_token = _root(doc, sent.start, sent.end)
        starts = [doc.tokens[k].idx for k in range(sent.start, sent.end)]

        def place(e: _Expr) -> tuple[int, int, int]:
            head = _head_token(doc, sent.start, sent.end, starts, e)
            return _tree_distance(doc, anchor_token, head), abs(head - anchor_token), head

        ranked = sorted(((place(e), e) for e in exprs), key=lambda pe: (pe[0][0], pe[0][1], pe[1].start))
        (_, _, head), best = ranked[0]
        future = _is_future(doc, _governor(doc, head, anchor_token))
        return self._value(best, pub, future)

    # -- internals ----------------------------------------------------------------------------

    def _expressions(self, doc: ParsedDoc, sentence: int) -> Iterator[_Expr]:
        sent = doc.sentences[sentence]
        base = sent.start_char
        text = doc.text[sent.start_char:sent.end_char]
        starts = [doc.tokens[k].idx for k in range(sent.start, sent.end)]

        # A dateline opening the sentence at a paragraph start is the publication date.
        skip_until = -1
        if sent.start_char == 0 or doc.text[sent.start_char - 1] == "\n":
            m = _DATELINE_ANY.match(text)
            if m:
                skip_until = base + m.end()

        found: list[_Expr] = []
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                found.append(_Expr(kind, base + m.start(), base + m.end(), m.groupdict()))
        # Longest match wins where matches overlap; equal length: the earlier pattern (more specific).
        order = {id(e): n for n, e in enumerate(found)}
        found.sort(key=lambda e: (-e.length, order[id(e)]))
        taken: list[tuple[int, int]] = []
        kept: list[_Expr] = []
        for e in found:
            if any(e.start < b and a < e.end for a, b in taken):
                continue
            taken.append((e.start, e.end))
            kept.append(e)
        kept.sort(key=lambda e: e.start)
        for e in kept:
            if e.start < skip_until:
                continue
            toks = _tokens_of(doc, sent.start, sent.end, starts, e.start, e.end)
            if not toks:
                continue
            if any(doc.tokens[k].ent_type in _BLOCKING for k in toks):
                continue
            if not self._plausible(doc, sent.start, toks, e):
                continue
            yield e

    @staticmethod
    def _plausible(doc: ParsedDoc, sent_start: int, toks: list[int], e: _Expr) -> bool:
        first = doc.tokens[toks[0]]
        prev = doc.tokens[toks[0] - 1].lower if toks[0] > sent_start else ""
        if e.kind == "m":
            if first.pos == "VERB" or first.tag == "MD":
                return False
            return bool(e.groups.get("mod")) or prev in _DATE_PREPS
        if e.kind == "y":
            tok = doc.tokens[toks[0]]
            if tok.ent_type == "CARDINAL":
                return False
            nxt = doc.tokens[toks[-1] + 1] if toks[-1] + 1 < len(doc.tokens) else None
            if nxt is not None and nxt.tag in ("NNS", "NNPS") and nxt.ent_type != "DATE" and tok.ent_type != "DATE":
                return False
            return tok.ent_type == "DATE" or prev in _DATE_PREPS
        if e.kind in ("md", "ymd", "ym"):
            mon = e.groups.get("mon")
            if mon and mon.startswith("May") and first.tag == "MD":
                return False
        if e.kind == "md" and prev == "the":
            # "the April 6 Movement": a date inside a name
            nxt = toks[-1] + 1
            if nxt < len(doc.tokens) and doc.tokens[nxt].text[:1].isupper() and doc.tokens[nxt].pos == "PROPN":
                return False
        return True

    def _value(self, e: _Expr, pub: dt.date | None, future: bool) -> str | None:
        g = e.groups
        kind = e.kind
        try:
            if kind == "ymd":
                month = int(g["mnum"]) if g.get("mnum") else _MONTHS[g["mon"].rstrip(".").lower()]
                return dt.date(int(g["year"]), month, int(g["day"])).isoformat()
            if kind == "ym":
                return _ym(int(g["year"]), _MONTHS[g["mon"].rstrip(".").lower()])
            if kind == "y":
                return g["year"]
        except ValueError:
            return None
        if pub is None:
            return None

        if kind == "md":
            if g.get("holiday"):
                h = g["holiday"].lower().replace("’", "'")
                month, day = {"christmas day": (12, 25), "christmas eve": (12, 24),
                              "new year's day": (1, 1), "new year's eve": (12, 31)}[h]
            else:
                month, day = _MONTHS[g["mon"].rstrip(".").lower()], int(g["day"])
            yrel = (g.get("yrel") or "").lower()
            try:
                if yrel:
                    year = pub.year + {"last": -1, "this": 0, "next": 1}[yrel]
                    return dt.date(year, month, day).isoformat()
                return self._month_day(month, day, pub, future).isoformat()
            except ValueError:
                return None

        if kind == "m":
            month = _MONTHS[g["mon"].lower()]
            year = pub.year
            if not future and month > pub.month:
                year -= 1
            elif future and month < pub.month:
                year += 1
            return _ym(year, month)

        if kind == "mrel":
            month = _MONTHS[g["mon"].lower()]
            rel = g["rel"].lower()
            if rel == "last":
                year = pub.year - 1 if month >= pub.month else pub.year
            elif rel == "next":
                year = pub.year + 1 if month <= pub.month else pub.year
            else:  # "this March": the one of the publication year
                year = pub.year
            return _ym(year, month)

        if kind == "wd":
            wd = _WEEKDAYS[g["wd"].lower()]
            rel = " ".join((g.get("rel") or "").lower().split())
            back = (pub.weekday() - wd) % 7
            ahead = (wd - pub.weekday()) % 7
            if rel in ("last", "this past", "past"):
                return (pub - dt.timedelta(days=back or 7)).isoformat()
            if rel in ("next", "this coming", "coming"):
                return (pub + dt.timedelta(days=ahead or 7)).isoformat()
            if future:
                return (pub + dt.timedelta(days=ahead)).isoformat()
            return (pub - dt.timedelta(days=back)).isoformat()

        if kind == "rday":
            word = " ".join(g["word"].lower().split())
            offset = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
                      "the day after tomorrow": 2}.get(word, 0)
            return (pub + dt.timedelta(days=offset)).isoformat()

        if kind == "ago":
            n = g["n"].lower()
            count = int(n) if n.isdigit() else _NUMBERS[n]
            unit = g["unit"].lower()
            if unit == "day":
                return (pub - dt.timedelta(days=count)).isoformat()
            if unit == "week":
                d = pub - dt.timedelta(days=7 * count)
                return _ym(d.year, d.month)
            if unit == "month":
                return _ym(*_month_shift(pub.year, pub.month, -count))
            return f"{pub.year - count:04d}"

        if kind == "rper":
            rel, unit = g["rel"].lower(), g["unit"].lower()
            step = {"last": -1, "this": 0, "next": 1}[rel]
            if unit == "year":
                return f"{pub.year + step:04d}"
            if unit == "month":
                return _ym(*_month_shift(pub.year, pub.month, step))
            monday = pub - dt.timedelta(days=pub.weekday())
            if unit == "week":
                first = monday + dt.timedelta(days=7 * step)
                last = first + dt.timedelta(days=6)
                if step == 0:
                    first, last = (pub, last) if future else (first, pub)
                return _month_of_days(_span(first, last), pub)
            # weekend
            saturday = monday + dt.timedelta(days=5 + 7 * step)
            days = _span(saturday, saturday + dt.timedelta(days=1))
            if step == 0:
                days = [d for d in days if (d >= pub if future else d <= pub)] or days
            return _month_of_days(days, pub)

        if kind == "weekend":
            if future:
                saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7) if pub.weekday() < 5 \
                    else pub - dt.timedelta(days=pub.weekday() - 5)
                days = [d for d in _span(saturday, saturday + dt.timedelta(days=1)) if d >= pub]
            else:
                saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
                days = [d for d in _span(saturday, saturday + dt.timedelta(days=1)) if d <= pub]
            return _month_of_days(days, pub)

        return None  # pragma: no cover - every kind is handled above

    def _month_day(self, month: int, day: int, pub: dt.date, future: bool) -> dt.date:
        grace = dt.timedelta(days=self.grace_days)
        try:
            this_year = dt.date(pub.year, month, day)
        except ValueError:  # 29 February outside a leap year: the nearest leap year in the right direction
            this_year = None
        if future:
            if this_year is not None and this_year >= pub - grace:
                return this_year
            year = pub.year + 1
            while True:
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    year += 1
                    if year > pub.year + 8:
                        raise
        if this_year is not None and this_year <= pub + grace:
            return this_year
        year = pub.year - 1
        while True:
            try:
                return dt.date(year, month, day)
            except ValueError:
                year -= 1
                if year < pub.year - 8:
                    raise


# ---------------------------------------------------------------------------------------------
# Parse helpers


def _parse_published(published: str | None) -> dt.date | None:
    if published is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise ValueError(f"published must be YYYY-MM-DD or None, got {published!r}")
    return dt.date.fromisoformat(published)


def _tokens_of(doc: ParsedDoc, s0: int, s1: int, starts: list[int], a: int, b: int) -> list[int]:
    """Token indices of the sentence [s0, s1) overlapping the characters [a, b)."""
    k = max(bisect.bisect_right(starts, a) - 1, 0) + s0
    out = []
    while k < s1 and doc.tokens[k].idx < b:
        if doc.tokens[k].end > a:
            out.append(k)
        k += 1
    return out


def _head_token(doc: ParsedDoc, s0: int, s1: int, starts: list[int], e: _Expr) -> int:
    toks = _tokens_of(doc, s0, s1, starts, e.start, e.end)
    inside = set(toks)
    for k in toks:
        if doc.tokens[k].head not in inside or doc.tokens[k].head == k:
            return k
    return toks[0]


def _root(doc: ParsedDoc, s0: int, s1: int) -> int:
    for k in range(s0, s1):
        t = doc.tokens[k]
        if t.head == k or not s0 <= t.head < s1:
            return k
    return s0


def _tree_distance(doc: ParsedDoc, a: int, b: int) -> int:
    up = {a: 0}
    for d, x in enumerate(doc.ancestors(a), 1):
        up[x] = d
    if b in up:
        return up[b]
    for d, y in enumerate(doc.ancestors(b), 1):
        if y in up:
            return d + up[y]
    return 1_000


def _governor(doc: ParsedDoc, head: int, anchor: int) -> int:
    """The verb the date expression hangs from (the anchor when there is none)."""
    for k in doc.ancestors(head):
        if doc.tokens[k].pos in ("VERB", "AUX"):
            return k
    return anchor


def _is_future(doc: ParsedDoc, verb: int) -> bool:
    k = verb
    for _ in range(6):
        t = doc.tokens[k]
        aux = [doc.tokens[c] for c in doc.children[k] if doc.tokens[c].dep in ("aux", "auxpass")]
        if any(a.lower in _FUTURE_AUX for a in aux):
            return True
        if t.dep not in ("xcomp", "ccomp") or t.head == k:
            return False
        h = doc.tokens[t.head]
        if t.dep == "xcomp" and h.lemma.lower() in _FUTURE_HEADS:
            h_aux = [doc.tokens[c] for c in doc.children[h.i] if doc.tokens[c].dep in ("aux", "auxpass")]
            past = h.tag == "VBD" or any(a.tag == "VBD" or a.lower in ("had", "was", "were") for a in h_aux)
            if any(a.lower in _FUTURE_AUX for a in h_aux):
                return True
            return not past
        if t.dep == "ccomp":
            return False
        k = h.i
    return False

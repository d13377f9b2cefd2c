"""Dates stage: the date of an event, read from its own sentence.

``DateResolver.resolve`` looks at the date expressions of one sentence, keeps
those that can belong to the event's trigger, picks the nearest, and turns it
into an ``eventwire/1`` date: ``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"`` or
``None``.  ``DateResolver.expression`` returns the chosen expression itself
(text, offsets, kind, value), so that a caller can tell "no date expression"
from "an expression that cannot be resolved".  ``published_from_text`` reads a
publication date that the text states itself.  Everything is a pure function of
its arguments: no clock, no I/O, no state beyond configuration.

The one principle: a value is the most precise date that is true for *every*
day the expression can mean.  A year is never guessed, a day never invented.

1. Finding expressions
   The sentence text is scanned with this module's own patterns (spaCy's DATE
   entities miss some and include durations and ages); spaCy's output filters
   them.  Skipped: expressions inside a non-date entity (ORG "the April 6
   Movement", EVENT "2018 World Cup", PERSON "Theresa May"); a bare four-digit
   year unless spaCy tags it DATE or it follows a date preposition, and never
   when tagged CARDINAL; a bare month name unless after a date preposition or
   "early/late/mid/last/this/next" (so the modal "may" and "a march" are not
   dates); the date of a wire dateline opening a paragraph ("BOGOTA, May 3,
   2024 (Reuters) -"), which is the publication date: see
   ``published_from_text``.
   Durations and ages are no patterns at all, so "35-year-old", "six-year
   term", "for two months", "months of failed attempts", "in recent weeks",
   "over the past week", "the day before", "the 1990s" and seasons give
   nothing.

2. Which expressions can belong to the event (anchor = the trigger token;
   without one, the sentence root)
   * Not a date the event is placed *relative to*: an expression after
     "since", "until", "till", "by", "before", "after", "from", "to",
     "between", "through", "following", "ahead of", "prior to" is skipped.
     "has boycotted parliament since 2004" gives None: "since" dates the start
     of a continuing state, not an event (the project's dev gold agrees).
   * Not a date that names a thing: an expression modifying a noun ("the 1951
     treaty", "the 2018 election", "Saturday's vote") counts only when that
     noun is the anchor.  Time nouns are part of the expression ("Tuesday
     night", "Friday morning").
   * Same clause: the date must hang from the anchor's own clause.  Climbing
     from the anchor to where the date attaches may pass coordination ("on
     Tuesday announced X and said ..."), control verbs ("agreed on Friday to
     extend ..."), unmarked or when/while/as adverbial clauses ("recalled its
     ambassador on Sunday, accusing ...") and nominal links, but not a relative
     clause, a complement clause ("said on Tuesday it was reviewing ..."), a
     prepositional clause ("accused X of sending ...") or a relational
     preposition ("after four days of talks").  Descending from there to the
     date may not pass another verb, except a coordinated one ("offered to
     host a summit next month": "next month" is the summit's) or a
     when/while/as clause ("will raise it when the committee meets in June").

3. Choosing among several
   The one whose head is closest to the anchor in the dependency tree wins;
   ties go to the one closer in the text.  If the winner cannot be resolved (a
   relative expression without ``published``) the answer is None: another date
   of the sentence is not tried.  A sentence with no usable expression gives
   None; falling back to the article date is the pipeline's decision.  The
   pipeline first asks ``story_day``: a past-tense event with no date of its
   own happened on the last day-precise date the story gave before it (within
   the week before publication, not a date of saying), as wire stories set the
   day once in the lead ("stormed the school on Monday ... shot dead a guard").
   Before that it asks ``sentence_day``: the day its own sentence gives another
   past act ("fired tear gas on Thursday at crowds who had blocked roads").

4. Without ``published``
   Only expressions that carry their own year resolve: "March 6, 2019" ->
   "2019-03-06", "March 2019" -> "2019-03", "in 2018" -> "2018".  Relative ones
   ("on Saturday", "this week", "in January", "April 30", "yesterday") give
   None.

5. With ``published`` (YYYY-MM-DD).  Explicit years always win.
   Direction.  By default an expression lies in the past of the publication
   day.  *Future*: the verb the date hangs from has "will/shall/'ll", "going
   to", or is the infinitive of a non-past "expected/scheduled/due/set/
   planned/slated/poised/intends to"; or the verb has "would" without
   "have", the future of a past saying ("said it would vote on Sunday"); or
   the expression says "next", "coming", "tomorrow".  *Non-past tense* (present, progressive, present
   perfect, could/may/might/should/must) cannot take a definite past day
   ("has called for protests on Saturday", "the vote is on May 20"), so
   weekdays go forward and a month or month-day takes its nearest occurrence.
   * weekday ("on Saturday", "on Tuesday night", "late Friday"): past -> the
     latest such day on or before ``published`` (the same day if it is one);
     future/non-past -> the first on or after it.  "last Tuesday" is strictly
     before, "next Tuesday" strictly after.
   * "today", "tonight", "this morning/afternoon/evening" -> ``published``;
     "yesterday", "last night" -> the day before; "the day before yesterday"
     -> two days before; "tomorrow" -> the day after; "N days ago" -> N days
     before.
   * month and day without a year ("on April 30", "Feb. 17", "30 April"): the
     year of ``published``; in the past, the year before if that date would
     fall more than ``grace_days`` (default 7) after ``published``; in the
     future, the year after if it would fall more than ``grace_days`` before
     it.  "April 30 last year" uses that year.  A weekday beside the date
     ("Monday, March 4") is not used.
   * month without a year ("in January", "in early March"): the year of
     ``published``; past: the year before if the month is after the published
     month; future: the year after if before it.  "last March" is the latest
     March before the published month, "next March" the first after it.
   * "this/last/next month", "earlier this month", "N months ago" -> that
     month; "this/last/next year", "N years ago" -> that year.
   * Spans of days never give a day.  They give the month holding every day
     they can mean, or the year when those days cross a month end, or None
     when they cross a year end.  Weeks run Monday to Sunday.
       - "last week" / "next week": that whole week;
       - "this week" (also "earlier/later this week"): in the past, Monday to
         ``published``; in the future, ``published`` to Sunday;
       - "the weekend" ("over/at/during the weekend"): the latest Saturday and
         Sunday up to ``published`` (future: the next ones), cut at
         ``published``; "this/last/next weekend" likewise;
       - "overnight": the night that ends on ``published`` (future: that
         begins on it), i.e. two days;
       - "N weeks ago": the Monday-Sunday week holding the day 7*N days before.
     Example, published Saturday 2019-05-11: "this week" = Mon 6 .. Sat 11
     May -> "2019-05"; "last week" = Mon 29 Apr .. Sun 5 May -> "2019";
     "over the weekend" = Sat 11 May -> "2019-05"; "overnight" -> "2019-05".

dateparser is not used: it completes missing parts from the clock, which is
what these rules must never do, and the patterns cover what news sentences
say.  (Should it ever be wanted, import it inside a method, never at import.)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from .nlp import ParsedDoc

__all__ = ["DateResolver", "DateExpression", "precision"]

# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WD_NAMES = frozenset(_WEEKDAYS) | {w[:3] for w in _WEEKDAYS} | {"tues", "thur", "thurs"}
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

# (kind, pattern).  Month and weekday names are case-sensitive; other words are not.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("ymd", re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}")),
    ("ymd", re.compile(rf"\b{_WD_PREFIX}(?:(?i:the)\s+)?{_DAY}(?:\s+(?i:of))?\s+{_MON},?\s+{_YEAR}")),
    ("ym", re.compile(rf"\b(?:(?i:early|late|mid)[\s-]+)?{_MON},?\s+(?:(?i:of)\s+)?{_YEAR}")),
    ("md", re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY}{_YEAR_REL}")),
    ("md", re.compile(rf"\b{_WD_PREFIX}(?:(?i:the)\s+)?{_DAY}(?:\s+(?i:of))?\s+{_MON}{_YEAR_REL}")),
    ("md", re.compile(r"\b(?P<holiday>Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve)\b")),
    ("mrel", re.compile(rf"\b(?P<rel>(?i:last|this|next))\s+{_MON_FULL}")),
    ("m", re.compile(rf"\b(?:(?P<mod>(?i:early|late|mid))[\s-]+)?{_MON_FULL}")),
    ("wd", re.compile(rf"\b(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+)?"
                      rf"(?P<wd>{_WD})(?![a-z])")),
    ("rday", re.compile(r"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|"
                        r"today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))\b")),
    ("overnight", re.compile(r"\b(?i:overnight)\b")),
    ("rper", re.compile(r"\b(?:(?i:earlier|later|early|late)\s+)?(?P<rel>(?i:this|last|next))\s+"
                        r"(?P<unit>(?i:week|weekend|month|year))\b")),
    ("weekend", re.compile(r"\b(?i:over|at|during|on)\s+(?i:the)\s+(?i:weekend)\b")),
    ("ago", re.compile(rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("y", re.compile(rf"\b{_YEAR}")),
]
_NEEDS_PUBLISHED = frozenset({"md", "mrel", "m", "wd", "rday", "overnight", "rper", "weekend", "ago"})

# Words after which a bare month name or year is a date.
_DATE_PREPS = frozenset({
    "in", "since", "of", "by", "during", "until", "till", "til", "from", "through", "throughout", "before",
    "after", "between", "to", "around", "early", "late", "mid", "end", "beginning", "start", "middle",
    "back", "circa", "as", "on", "for",
})
# Prepositions that place an event relative to a date rather than on it.
_RELATIONAL = frozenset({"since", "until", "till", "til", "by", "before", "after", "from", "to", "between",
                         "through", "following", "ahead", "prior", "pending"})
# Entity labels inside which an expression is part of a name, not a date.
_BLOCKING = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                       "LANGUAGE", "MONEY", "PERCENT", "QUANTITY"})
_TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "dawn", "midday", "noon", "midnight", "daybreak"})
#: Verbs of saying: a date on them ("said on Tuesday") is when the story was told, not when its acts happened.
_REPORTING = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "write", "post"})
_NOUN_MOD_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod", "quantmod"})
_CLAUSE_BREAKS = frozenset({"relcl", "acl", "ccomp", "csubj", "csubjpass", "pcomp", "prepcomp"})
_SAME_TIME_MARKS = frozenset({"when", "while", "as", "whilst"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
_FUTURE_HEADS = frozenset({"expect", "schedule", "due", "set", "plan", "slate", "intend", "poise", "go", "prepare"})
_IRREALIS_AUX = frozenset({"could", "may", "might", "should", "must", "can", "ca"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m", "has", "have", "'ve", "’ve",
                          "be", "been", "being", "do", "does"})
_PAST_AUX = frozenset({"was", "were", "had", "'d", "’d", "did", "would"})

# ---------------------------------------------------------------------------------------------
# Full dates in stamps and datelines (case-insensitive month names; numeric forms allowed)

_FULL = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    rf"|(?i:(?P<am>{_M_FULL}|{_M_ABBR}))\.?\s+(?P<ad>\d{{1,2}})(?i:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})(?!\d)"
    rf"|(?P<bd>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?i:of\s+)?(?i:(?P<bm>{_M_FULL}|{_M_ABBR}))\.?,?\s+(?P<by>\d{{4}})(?!\d)"
    r"|(?P<c1>\d{1,2})[/.](?P<c2>\d{1,2})[/.](?P<cy>\d{4})(?!\d)"
    r"|(?P<dy>\d{4})[/.](?P<dm>\d{1,2})[/.](?P<dd>\d{1,2})(?!\d))"
)
_WD_ANY = r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?)"
_STAMP = re.compile(
    r"(?:^|[|•·]|\s{2,}+)[ \t]*+(?P<label>(?i:first\s+published|originally\s+published|published|posted|"
    r"last\s+updated|last\s+modified|updated|dated|date))\b[ \t]*(?i:on|at)?[ \t]*:?[ \t]*"
    rf"(?:{_WD_ANY},?[ \t]*)?{_FULL}",
    re.M,
)
# A credit line with the date: "Source: Example Wire | 14.03.2025", "Source: AFP, March 14, 2025".
_SOURCE_STAMP = re.compile(rf"^[ \t]*(?i:source)[ \t]*:[ \t]*[^|•·,\n]{{1,40}}?[ \t]*[|•·,][ \t]*(?:{_WD_ANY},?[ \t]*)?{_FULL}",
                           re.M)
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
_FULL_RE = re.compile(_FULL)
_WORD = re.compile(r"[^\W\d_]+")
#: A site header line carries a date among a few labels: "Politics · May 6, 2026", "ASIA | June 11, 2026",
#: "2026.02.18 (Wed) 19:05 JST", "Sep 9, 2026 | Politics".  Short, few words, before the story begins.
_HEADER_LINE_CHARS = 80
_HEADER_LINE_WORDS = 6
_BODY_LINE_WORDS = 25


def _header_line_date(head: str) -> dt.date | None:
    """A full date on a short header line above the story (site name, section, share bar and date lines),
    looked for until the first line that reads like a story paragraph."""
    for line in head.splitlines():
        stripped = line.strip()
        if len(_WORD.findall(stripped)) >= _BODY_LINE_WORDS:
            return None
        if not stripped or len(stripped) > _HEADER_LINE_CHARS:
            continue
        m = _FULL_RE.search(stripped)
        if m is None:
            continue
        rest = stripped[:m.start()] + " " + stripped[m.end():]
        words = [w for w in _WORD.findall(rest) if w.lower() not in _MONTHS and w.lower() not in _WD_NAMES]
        if len(words) <= _HEADER_LINE_WORDS and not stripped.endswith("."):
            d = _full_date(m)
            if d is not None:
                return d
    return None


#: How near a date written with the month's name must be for it to settle a numeric date's day/month order.
_ORDER_ANCHOR_DAYS = 7


def _named_dates(text: str) -> list[dt.date]:
    """The full dates written with the month's name in a text ("March 5, 2026", "5 March 2026")."""
    found = []
    for m in _FULL_RE.finditer(text):
        if m.group("am") or m.group("bm"):
            d = _full_date(m)
            if d is not None:
                found.append(d)
    return found


def _full_date(m: re.Match[str], context: str | None = None) -> dt.date | None:
    """The date a match of ``_FULL`` writes, or None.  A numeric date whose day/month order is
    ambiguous (06/03/2026) is read the way that falls within ``_ORDER_ANCHOR_DAYS`` of a date the
    ``context`` writes with the month's name ("on March 5, 2026" in a caption), when only one does;
    else a date written with dots (06.03.2026) is read day first, the only order that writing is used
    with, and one with slashes is not read."""
    g = m.groupdict()
    dotted = bool(g.get("cy")) and "." in m.group(0)
    if context is not None and g.get("cy"):
        a, b, y = int(g["c1"]), int(g["c2"]), int(g["cy"])
        if a <= 12 and b <= 12 and a != b:
            readings = []
            for month, day in ((b, a), (a, b)):
                try:
                    readings.append(dt.date(y, month, day))
                except ValueError:
                    pass
            anchors = _named_dates(context)
            near = [r for r in readings if any(abs((r - d).days) <= _ORDER_ANCHOR_DAYS for d in anchors)]
            if len(near) == 1:
                return near[0]
            return readings[0] if dotted and readings else None
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
            if a == b or dotted:
                return dt.date(y, b, a)
            return None  # 03/04/2024: day-first or month-first? Not said, so not guessed.
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Helpers


def precision(value: str | None) -> str | None:
    """``"day"``, ``"month"`` or ``"year"`` for an ``eventwire/1`` date; ``None`` for ``None``.

    Raises ``ValueError`` for a string that is none of YYYY-MM-DD, YYYY-MM, YYYY.
    """
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


def _common(first: dt.date, last: dt.date) -> str | None:
    """The most precise value true of every day from ``first`` to ``last`` (never a day)."""
    if (first.year, first.month) == (last.year, last.month):
        return _ym(first.year, first.month)
    if first.year == last.year:
        return f"{first.year:04d}"
    return None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """The date expression chosen for an event, and its value (None when it cannot be resolved)."""

    text: str
    start: int          # character offsets in the parsed text, [start, end)
    end: int
    kind: str           # ymd ym y md m mrel wd rday overnight rper weekend ago
    value: str | None


@dataclass(frozen=True, slots=True)
class _Expr:
    kind: str
    start: int          # character offsets in the document text
    end: int
    groups: dict[str, str | None]
    tokens: tuple[int, ...] = ()

    @property
    def length(self) -> int:
        return self.end - self.start


# Direction of an expression relative to the publication day.
_PAST, _NONPAST, _FUTURE = "past", "nonpast", "future"


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
        """A full publication date (YYYY-MM-DD) stated by the text itself, or None.

        In order of trust: a "Published/Posted/Date:" stamp at a line start
        (anywhere in the text); a credit line with the date ("Source: AFP |
        14.03.2025"), a wire dateline ("WASHINGTON, May 3, 2024
        (Reuters) -") or a line opening with a full date ("March 3, 2025 -")
        in the first 3000 characters; last an "Updated:" stamp.  Only dates
        with day, month and year count ("WASHINGTON, May 3 (Reuters)" gives
        None); numeric dates whose day/month order is ambiguous (03/04/2024)
        do not count.  Stamps are usually removed by ``clean``: pass the raw
        text to see them.
        """
        if not text:
            return None
        updated: dt.date | None = None
        for m in _STAMP.finditer(text):
            d = _full_date(m, text[:_HEAD_CHARS])
            if d is None:
                continue
            label = m.group("label").lower()
            if "updated" in label or "modified" in label:
                updated = updated or d
                continue
            return d.isoformat()
        head = text[:_HEAD_CHARS]
        for pattern in (_SOURCE_STAMP, _DATELINE, _DATE_LINE):
            for m in pattern.finditer(head):
                d = _full_date(m, head)
                if d is not None:
                    return d.isoformat()
        header = _header_line_date(head)
        if header is not None:
            return header.isoformat()
        return updated.isoformat() if updated else None

    # -- event date -------------------------------------------------------------------------

    def resolve(self, doc: ParsedDoc, sentence: int, published: str | None,
                anchor_token: int | None = None) -> str | None:
        """The date of an event in sentence ``sentence`` (rules in the module docstring)."""
        found = self.expression(doc, sentence, published, anchor_token)
        return found.value if found else None

    def expression(self, doc: ParsedDoc, sentence: int, published: str | None,
                   anchor_token: int | None = None) -> DateExpression | None:
        """The date expression that dates the event, with its value; None when there is none."""
        pub = _parse_published(published)
        if not 0 <= sentence < len(doc.sentences):
            raise IndexError(f"sentence {sentence} out of range (the document has {len(doc.sentences)})")
        sent = doc.sentences[sentence]
        if sent.start >= sent.end:
            return None
        anchored = anchor_token is not None and sent.start <= anchor_token < sent.end
        if not anchored:
            anchor_token = _root(doc, sent.start, sent.end)
        best: tuple[tuple[int, int, int], _Expr, int] | None = None
        for e in self._expressions(doc, sentence):
            head = _lift(doc, _head_token(doc, e))
            if not _applies(doc, anchor_token, head, e):
                continue
            if _scheduled_for(doc, e) and (not anchored or anchor_token != head and anchor_token not in doc.ancestors(head)):
                continue   # "called a strike for Thursday after police detained ...": the day the strike is set for only
            key = (_tree_distance(doc, anchor_token, head), abs(head - anchor_token), e.start)
            if best is None or key < best[0]:
                best = (key, e, head)
        if best is None:
            return None
        _, e, head = best
        value = None
        if pub is not None or e.kind not in _NEEDS_PUBLISHED:
            direction = _direction(doc, _governor(doc, head, anchor_token))
            if _scheduled_for(doc, e):
                direction = _FUTURE   # "called a strike for Thursday": the day it is set for, still to come
            value = self._value(e, pub, direction)
        return DateExpression(doc.text[e.start:e.end], e.start, e.end, e.kind, value)

    def story_day(self, doc: ParsedDoc, sentence: int, anchor_token: int, published: str | None,
                  days: Sequence[str | None] | None = None) -> str | None:
        """The day a past-tense event without a date of its own happened, read from the story: the latest
        day-precise date of an earlier sentence of the body, if it lies in the week before publication
        ("Gunmen stormed a school on Monday ... The attackers shot dead a guard": Monday).  None for a
        non-past event, without ``published``, or when no such date comes before it (the caller then
        uses the publication date).  ``days``: ``story_days(doc, published)``, computed once per
        document by a caller that dates many events."""
        if _parse_published(published) is None or _direction(doc, anchor_token) != _PAST:
            return None
        days = self.story_days(doc, published) if days is None else days
        return days[sentence] if 0 <= sentence < len(days) else None

    def sentence_day(self, doc: ParsedDoc, sentence: int, anchor_token: int, published: str | None) -> str | None:
        """The day a past-tense event without a date of its own happened when its own sentence dates another
        past act within the week before publication ("Police fired tear gas on Thursday at crowds who had
        blocked roads": the blocking is Thursday's too).  Same conditions as ``story_day``; asked before it."""
        pub = _parse_published(published)
        if pub is None or _direction(doc, anchor_token) != _PAST:
            return None
        return self._act_day(doc, sentence, pub)

    def story_days(self, doc: ParsedDoc, published: str | None) -> tuple[str | None, ...]:
        """For each sentence, the story's day before it (see ``story_day``): the day-precise date of the
        nearest earlier sentence that dates a past act within the week before publication."""
        pub = _parse_published(published)
        if pub is None:
            return (None,) * len(doc.sentences)
        out: list[str | None] = []
        current: str | None = None
        lede: str | None = None
        for k in range(len(doc.sentences)):
            start = doc.sentences[k].start_char
            if k and start and doc.text[start - 1] == "\n":
                current = lede   # a new paragraph goes back to the story's own day
            out.append(current)
            day = self._act_day(doc, k, pub)
            if day is not None and lede is None:
                lede = day
            current = day or current
        return tuple(out)

    def publication_day_reached(self, doc: ParsedDoc, published: str | None) -> tuple[bool, ...]:
        """For each sentence, whether the story has by then told of something on the publication day (an act or
        a statement: "the EU responded on Tuesday", "the ministry said on Thursday", published that day): from
        there on, a statement told without a date of its own is that day's too, not the day of the act the story
        opened with."""
        pub = _parse_published(published)
        if pub is None:
            return (False,) * len(doc.sentences)
        out: list[bool] = []
        seen = False
        for k in range(len(doc.sentences)):
            seen = seen or any(self._value(e, pub, _PAST) == pub.isoformat() for e in self._expressions(doc, k))
            out.append(seen)
        return tuple(out)

    def _act_day(self, doc: ParsedDoc, sentence: int, pub: dt.date) -> str | None:
        """The first day-precise date in a sentence that dates a past act (not a report, not a plan)
        within the week before publication; None when it has none."""
        for e in self._expressions(doc, sentence):
            head = _lift(doc, _head_token(doc, e))
            if _relational_before(doc, e, head) or _scheduled_for(doc, e):
                continue
            verb = _verb_over(doc, head)
            if verb is None or doc.tokens[verb].lemma.lower() in _REPORTING or _direction(doc, verb) != _PAST:
                continue   # "said on Tuesday", "will meet on Friday": not when the story's acts happened
            value = self._value(e, pub, _PAST)
            if value is None or len(value) != 10:
                continue
            if dt.timedelta(0) <= pub - dt.date.fromisoformat(value) <= dt.timedelta(days=self.grace_days):
                return value
        return None

    # -- internals ----------------------------------------------------------------------------

    def _expressions(self, doc: ParsedDoc, sentence: int) -> Iterator[_Expr]:
        sent = doc.sentences[sentence]
        base = sent.start_char
        text = doc.text[sent.start_char:sent.end_char]
        starts = [doc.tokens[k].idx for k in range(sent.start, sent.end)]

        # A dateline opening a paragraph gives the publication date, not an event's.
        skip_until = -1
        if sent.start_char == 0 or doc.text[sent.start_char - 1] == "\n":
            m = _DATELINE_ANY.match(text)
            if m:
                skip_until = base + m.end()

        found: list[tuple[int, _Expr]] = []
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                found.append((len(found), _Expr(kind, base + m.start(), base + m.end(), m.groupdict())))
        # Where matches overlap the longest wins; at equal length the earlier (more specific) pattern.
        found.sort(key=lambda ne: (-ne[1].length, ne[0]))
        kept: list[_Expr] = []
        for _, e in found:
            if any(e.start < k.end and k.start < e.end for k in kept):
                continue
            kept.append(e)
        kept.sort(key=lambda e: e.start)
        for e in kept:
            if e.start < skip_until:
                continue
            toks = _tokens_of(doc, sent.start, sent.end, starts, e.start, e.end)
            if not toks or any(doc.tokens[k].ent_type in _BLOCKING for k in toks):
                continue
            e = _Expr(e.kind, e.start, e.end, e.groups, tuple(toks))
            if _plausible(doc, sent.start, e):
                yield e

    def _value(self, e: _Expr, pub: dt.date | None, direction: str) -> str | None:
        g = e.groups
        kind = e.kind
        try:
            if kind == "ymd":
                month = int(g["mnum"]) if g.get("mnum") else _month(g["mon"])
                return dt.date(int(g["year"]), month, int(g["day"])).isoformat()
            if kind == "ym":
                return _ym(int(g["year"]), _month(g["mon"]))
            if kind == "y":
                return g["year"]
        except ValueError:
            return None
        if pub is None:
            return None

        if kind == "md":
            if g.get("holiday"):
                key = " ".join(g["holiday"].lower().replace("’", "'").split())
                month, day = {"christmas day": (12, 25), "christmas eve": (12, 24),
                              "new year's day": (1, 1), "new year's eve": (12, 31)}[key]
            else:
                month, day = _month(g["mon"]), int(g["day"])
            yrel = (g.get("yrel") or "").lower()
            try:
                if yrel:
                    return dt.date(pub.year + {"last": -1, "this": 0, "next": 1}[yrel], month, day).isoformat()
                return self._month_day(month, day, pub, direction)
            except ValueError:
                return None

        if kind == "m":
            month = _month(g["mon"])
            if direction == _NONPAST:  # the nearest such month
                k = min((-1, 0, 1), key=lambda dy: (abs((pub.year + dy) * 12 + month - pub.year * 12 - pub.month), dy))
                return _ym(pub.year + k, month)
            year = pub.year
            if direction == _PAST and month > pub.month:
                year -= 1
            elif direction == _FUTURE and month < pub.month:
                year += 1
            return _ym(year, month)

        if kind == "mrel":
            month = _month(g["mon"])
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
            if direction in (_FUTURE, _NONPAST):
                return (pub + dt.timedelta(days=ahead)).isoformat()
            return (pub - dt.timedelta(days=back)).isoformat()

        if kind == "rday":
            word = " ".join(g["word"].lower().split())
            offset = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
                      "the day after tomorrow": 2}.get(word, 0)
            return (pub + dt.timedelta(days=offset)).isoformat()

        if kind == "overnight":
            if direction == _FUTURE:
                return _common(pub, pub + dt.timedelta(days=1))
            return _common(pub - dt.timedelta(days=1), pub)

        if kind == "ago":
            n = g["n"].lower()
            count = int(n) if n.isdigit() else _NUMBERS[n]
            unit = g["unit"].lower()
            if unit == "day":
                return (pub - dt.timedelta(days=count)).isoformat()
            if unit == "week":
                day = pub - dt.timedelta(days=7 * count)
                monday = day - dt.timedelta(days=day.weekday())
                return _common(monday, monday + dt.timedelta(days=6))
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
                    first, last = (pub, last) if direction == _FUTURE else (first, pub)
                return _common(first, last)
            saturday = monday + dt.timedelta(days=5 + 7 * step)
            return _weekend(saturday, pub, direction if step == 0 else None)

        if kind == "weekend":
            if direction == _FUTURE:
                saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7) if pub.weekday() < 5 \
                    else pub - dt.timedelta(days=pub.weekday() - 5)
            else:
                saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            return _weekend(saturday, pub, direction)

        return None  # pragma: no cover - every kind is handled above

    def _month_day(self, month: int, day: int, pub: dt.date, direction: str) -> str:
        grace = dt.timedelta(days=self.grace_days)
        options = []
        for year in range(pub.year - 4, pub.year + 5):  # 29 February needs a leap year
            try:
                options.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not options:
            raise ValueError(f"no such day: {month}-{day}")
        if direction == _FUTURE:
            chosen = min((d for d in options if d >= pub - grace), default=options[-1])
        elif direction == _NONPAST:
            chosen = min(options, key=lambda d: (abs((d - pub).days), d))
        else:
            chosen = max((d for d in options if d <= pub + grace), default=options[0])
        return chosen.isoformat()


# ---------------------------------------------------------------------------------------------
# Parse helpers


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _weekend(saturday: dt.date, pub: dt.date, direction: str | None) -> str | None:
    first, last = saturday, saturday + dt.timedelta(days=1)
    if direction == _FUTURE and first < pub <= last:
        first = pub
    elif direction is not None and direction != _FUTURE and first <= pub < last:
        last = pub
    return _common(first, last)


def _parse_published(published: str | None) -> dt.date | None:
    if published is None:
        return None
    if not isinstance(published, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
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


def _plausible(doc: ParsedDoc, sent_start: int, e: _Expr) -> bool:
    toks = e.tokens
    first = doc.tokens[toks[0]]
    prev = doc.tokens[toks[0] - 1].lower if toks[0] > sent_start else ""
    if e.kind == "m":
        if first.pos == "VERB" or first.tag == "MD":
            return False
        return bool(e.groups.get("mod")) or prev in _DATE_PREPS or prev in ("early", "late", "mid")
    if e.kind == "y":
        if first.ent_type == "CARDINAL":
            return False
        nxt = doc.tokens[toks[-1] + 1] if toks[-1] + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.tag in ("NNS", "NNPS") and first.ent_type != "DATE":
            return False
        return first.ent_type == "DATE" or prev in _DATE_PREPS
    mon = e.groups.get("mon")
    if mon and mon.startswith("May") and any(doc.tokens[k].tag == "MD" for k in toks):
        return False
    if e.kind == "md" and prev == "the":
        # "the April 6 Movement": a date inside a name
        nxt = toks[-1] + 1
        if nxt < len(doc.tokens) and doc.tokens[nxt].text[:1].isupper() and doc.tokens[nxt].pos == "PROPN":
            return False
    return True


def _verb_over(doc: ParsedDoc, k: int) -> int | None:
    """The verb a date expression's head hangs from (through prepositions and time nouns), or None when
    it modifies a noun phrase first ("the March 3 vote")."""
    for _ in range(4):
        t = doc.tokens[k]
        if t.head == k:
            return k if t.pos in ("VERB", "AUX") else None
        if t.dep in _NOUN_MOD_DEPS:
            return None
        k = t.head
        if doc.tokens[k].pos in ("VERB", "AUX"):
            return k
    return None


def _head_token(doc: ParsedDoc, e: _Expr) -> int:
    inside = set(e.tokens)
    for k in e.tokens:
        if doc.tokens[k].head not in inside or doc.tokens[k].head == k:
            return k
    return e.tokens[0]


def _lift(doc: ParsedDoc, k: int) -> int:
    """"Tuesday night": the time noun is part of the expression."""
    for _ in range(3):
        t = doc.tokens[k]
        h = doc.tokens[t.head]
        if t.head == k or h.lemma.lower() not in _TIME_NOUNS or h.sent != t.sent:
            break
        k = t.head
    return k


def _root(doc: ParsedDoc, s0: int, s1: int) -> int:
    """The sentence's root: the first token heading itself, other than blank space or punctuation (a
    dateline blanked out before parsing is a root of its own)."""
    first: int | None = None
    for k in range(s0, s1):
        t = doc.tokens[k]
        if t.head == k or not s0 <= t.head < s1:
            if t.pos not in ("SPACE", "PUNCT") and t.text.strip():
                return k
            first = k if first is None else first
    return s0 if first is None else first


def _chain(doc: ParsedDoc, k: int) -> list[int]:
    return [k, *doc.ancestors(k)]


def _tree_distance(doc: ParsedDoc, a: int, b: int) -> int:
    up = {x: d for d, x in enumerate(_chain(doc, a))}
    for d, y in enumerate(_chain(doc, b)):
        if y in up:
            return d + up[y]
    return 1_000


def _relational_before(doc: ParsedDoc, e: _Expr, head: int) -> bool:
    first = e.tokens[0]
    prev = doc.tokens[first - 1] if first > doc.sentence_of(first).start else None
    if prev is not None:
        if prev.lower in _RELATIONAL:
            return True
        if prev.lower == "of" and first >= 2 and doc.tokens[first - 2].lower in ("ahead", "prior"):
            return True
        if prev.lower == "to" and first >= 2 and doc.tokens[first - 2].lower in ("prior", "up"):
            return True
    t = doc.tokens[head]
    if t.dep == "pobj" and doc.tokens[t.head].lower in _RELATIONAL:
        return True
    return False


def _applies(doc: ParsedDoc, anchor: int, head: int, e: _Expr) -> bool:
    """Can the expression whose head is ``head`` date the event at ``anchor``?"""
    if _relational_before(doc, e, head):
        return False
    t = doc.tokens[head]
    owner = doc.tokens[t.head]
    if t.dep in _NOUN_MOD_DEPS and owner.pos in ("NOUN", "PROPN") and t.head != anchor and t.head not in e.tokens:
        return False
    up = _chain(doc, anchor)
    where = {x: n for n, x in enumerate(up)}
    down = _chain(doc, head)
    lca_at = next((n for n, y in enumerate(down) if y in where), None)
    if lca_at is None:
        return False
    lca = down[lca_at]
    # Climb from the anchor to the meeting point.
    for x in up[: where[lca]]:
        tok = doc.tokens[x]
        if tok.dep in _CLAUSE_BREAKS:
            return False
        if tok.dep == "advcl":
            marks = [doc.tokens[c].lower for c in doc.children[x] if doc.tokens[c].dep == "mark"]
            if any(m not in _SAME_TIME_MARKS for m in marks):
                return False
        if tok.dep == "pobj" and doc.tokens[tok.head].lower in _RELATIONAL:
            return False  # "after four days of talks"
    # Descend from there to the date: no other verb's clause on the way.
    for y in down[1:lca_at]:
        tok = doc.tokens[y]
        if tok.pos in ("VERB", "AUX") and tok.dep != "conj" and not _same_time_clause(doc, y):
            return False
    return True


def _same_time_clause(doc: ParsedDoc, k: int) -> bool:
    """An adverbial clause of the same time ("would raise it when the committee meets in June")."""
    if doc.tokens[k].dep != "advcl":
        return False
    marks = [doc.tokens[c].lower for c in doc.children[k] if doc.tokens[c].dep in ("mark", "advmod")]
    return any(m in _SAME_TIME_MARKS for m in marks)


def _governor(doc: ParsedDoc, head: int, anchor: int) -> int:
    """The verb the date expression hangs from (the anchor when there is none)."""
    for k in doc.ancestors(head):
        if doc.tokens[k].pos in ("VERB", "AUX"):
            return k
    return anchor


def _aux(doc: ParsedDoc, k: int) -> list[str]:
    return [doc.tokens[c].lower for c in doc.children[k] if doc.tokens[c].dep in ("aux", "auxpass")]


def _scheduled_for(doc: ParsedDoc, e: _Expr) -> bool:
    """Whether a day is given as the one something is set for: "for Thursday", "for next week" (not "for
    Thursday's attack", the attack of a day past)."""
    first, last = e.tokens[0], e.tokens[-1]
    return first > 0 and doc.tokens[first - 1].lower == "for" and not (
        last + 1 < len(doc.tokens) and doc.tokens[last + 1].text in ("'s", "’s", "'", "’"))


def _direction(doc: ParsedDoc, verb: int) -> str:
    """Past, non-past (present / perfect / modal) or future, from the verb group of ``verb``."""
    k = verb
    for _ in range(6):
        t = doc.tokens[k]
        aux = _aux(doc, k)
        if any(a in _FUTURE_AUX for a in aux):
            return _FUTURE
        if (t.dep == "xcomp" or t.dep == "advcl" and aux == ["to"]) and t.head != k:
            # "agreed to meet", and a purpose ("would send a plane to bring them home"): the time of the verb above
            h = doc.tokens[t.head]
            h_aux = _aux(doc, h.i)
            if h.lemma.lower() in _FUTURE_HEADS:
                if any(a in _FUTURE_AUX for a in h_aux):
                    return _FUTURE
                if h.tag != "VBD" and not any(a in _PAST_AUX for a in h_aux):
                    return _FUTURE
            if not aux or aux == ["to"]:
                k = h.i  # the tense of "agreed to meet" is that of "agreed"
                continue
        break
    t = doc.tokens[k]
    aux = [a for a in _aux(doc, k) if a != "to"]
    if "would" in aux and not any(a in ("have", "'ve", "’ve") for a in aux):
        return _FUTURE   # the future of a past saying ("said it would vote on Sunday"): not before it
    if any(a in _PAST_AUX for a in aux) or t.tag == "VBD":
        return _PAST
    if any(a in _IRREALIS_AUX for a in aux):
        return _NONPAST
    if any(a in _PRESENT_AUX for a in aux) or t.tag in ("VBZ", "VBP"):
        return _NONPAST
    return _PAST

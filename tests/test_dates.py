"""Event dates and publication dates (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from eventwire.dates import DateExpression, DateResolver, precision

PUB = "2019-05-11"  # a Saturday
R = DateResolver()


@pytest.fixture(scope="module")
def coder(rules):
    """Event dates are the rules' doing, so these tests use the rule stages alone (see conftest.rules)."""
    return rules


@pytest.fixture(scope="module")
def parser():
    from eventwire.nlp import Parser

    return Parser()


def date_of(parser, text: str, anchor: str | None, published: str | None, resolver: DateResolver = R):
    """Resolve the date of the event whose trigger is the first token spelled ``anchor``."""
    doc = parser.parse(text)
    if anchor is None:
        return resolver.resolve(doc, 0, published)
    hits = [t.i for t in doc.tokens if t.text == anchor]
    assert hits, f"no token {anchor!r} in {text!r}"
    i = hits[0]
    return resolver.resolve(doc, doc.tokens[i].sent, published, i)


# -- with a publication date --------------------------------------------------------------------

PAST_CASES = [
    ("Protesters gathered outside the palace on Saturday.", "gathered", "2019-05-11"),  # same day
    ("The minister resigned on Tuesday.", "resigned", "2019-05-07"),
    ("The minister resigned on Tuesday night after the vote.", "resigned", "2019-05-07"),
    ("Clashes broke out late Friday near the border.", "broke", "2019-05-10"),
    ("The activist was detained yesterday.", "detained", "2019-05-10"),
    ("Two soldiers were killed last night.", "killed", "2019-05-10"),
    ("The rebels seized the town three days ago.", "seized", "2019-05-08"),
    ("The two leaders met on April 30 in Geneva.", "met", "2019-04-30"),
    ("The ceasefire collapsed on Feb. 17.", "collapsed", "2019-02-17"),
    ("The ceasefire collapsed on 17 February.", "collapsed", "2019-02-17"),
    ("The talks collapsed in January.", "collapsed", "2019-01"),
    ("Fighting resumed in early March.", "resumed", "2019-03"),
    ("The government imposed new sanctions last month.", "imposed", "2019-04"),
    ("Earlier this month, the court jailed three journalists.", "jailed", "2019-05"),
    ("Troops withdrew from the border in December.", "withdrew", "2018-12"),
    ("The opposition won a majority last year.", "won", "2018"),
    ("The treaty was signed in 2018.", "signed", "2018"),
    ("Ministers met on March 6, 2019, in Brussels.", "met", "2019-03-06"),
    ("Ministers met on 6 March 2017 in Brussels.", "met", "2017-03-06"),
    ("Talks ended in early March 2018 without a deal.", "ended", "2018-03"),
    ("Troops entered the town on Monday, March 4.", "entered", "2019-03-04"),
]


@pytest.mark.parametrize("text, anchor, expected", PAST_CASES)
def test_relative_dates_resolve_from_the_publication_day(parser, text, anchor, expected):
    assert date_of(parser, text, anchor, PUB) == expected


# Spans of days give the most precise value true of every day they can mean (documented in dates.py).
SPAN_CASES = [
    ("Rebels attacked an army convoy this week.", "attacked", PUB, "2019-05"),           # Mon 6 .. Sat 11 May
    ("Police arrested dozens of students last week.", "arrested", PUB, "2019"),         # 29 Apr .. 5 May
    ("Police arrested dozens of students last week.", "arrested", "2019-05-16", "2019-05"),  # 6 .. 12 May
    ("Rebels attacked an army convoy this week.", "attacked", "2019-05-01", "2019"),    # Mon 29 Apr .. Wed 1 May
    ("Protesters clashed with police over the weekend.", "clashed", PUB, "2019-05"),
    ("Protesters clashed with police over the weekend.", "clashed", "2019-06-03", "2019-06"),  # Sat 1, Sun 2 June
    ("The army shelled the town overnight, officials said.", "shelled", PUB, "2019-05"),
    ("The army shelled the town overnight, officials said.", "shelled", "2019-06-01", "2019"),  # 31 May .. 1 June
    ("The rebels seized the town two weeks ago.", "seized", PUB, "2019-04"),             # week of 22-28 April
]


@pytest.mark.parametrize("text, anchor, published, expected", SPAN_CASES)
def test_week_level_expressions_never_give_a_day(parser, text, anchor, published, expected):
    value = date_of(parser, text, anchor, published)
    assert value == expected
    assert precision(value) != "day"


def test_weekday_is_the_latest_such_day_on_or_before_publication(parser):
    doc = parser.parse("The rebels attacked the base on Wednesday.")
    anchor = next(t.i for t in doc.tokens if t.text == "attacked")
    for offset in range(14):
        pub = dt.date(2019, 5, 1) + dt.timedelta(days=offset)
        got = dt.date.fromisoformat(R.resolve(doc, 0, pub.isoformat(), anchor))
        assert got.weekday() == 2
        assert 0 <= (pub - got).days <= 6


def test_month_day_after_publication_goes_to_the_year_before_beyond_the_grace(parser):
    assert date_of(parser, "The ceasefire collapsed on May 14.", "collapsed", PUB) == "2019-05-14"
    assert date_of(parser, "The ceasefire collapsed on May 25.", "collapsed", PUB) == "2018-05-25"
    strict = DateResolver(grace_days=0)
    assert date_of(parser, "The ceasefire collapsed on May 14.", "collapsed", PUB, strict) == "2018-05-14"


def test_leap_day_without_a_year(parser):
    assert date_of(parser, "The border was closed on February 29.", "closed", "2021-03-10") == "2020-02-29"


FUTURE_CASES = [
    ("The leaders will meet on Tuesday.", "meet", PUB, "2019-05-14"),
    ("The leaders will meet next Saturday.", "meet", PUB, "2019-05-18"),
    ("The court will rule on the appeal on April 30.", "rule", PUB, "2020-04-30"),
    ("The parliament is due to vote in January.", "vote", PUB, "2020-01"),
    ("Protesters are expected to gather on Friday.", "gather", PUB, "2019-05-17"),
    # a present perfect cannot take a past Saturday: the protests are still to come
    ("The opposition has called for new protests on Saturday.", "called", "2019-05-14", "2019-05-18"),
    ("Talks will resume next week.", "resume", PUB, "2019-05"),       # 13 .. 19 May
]


@pytest.mark.parametrize("text, anchor, published, expected", FUTURE_CASES)
def test_future_sentences_look_forward(parser, text, anchor, published, expected):
    assert date_of(parser, text, anchor, published) == expected


def test_future_this_week_spans_publication_to_sunday(parser):
    # published Wednesday 29 May 2019: the rest of the week runs to Sunday 2 June -> only the year holds
    assert date_of(parser, "Talks will resume later this week.", "resume", "2019-05-29") == "2019"
    # published Monday 6 May: Monday to Sunday 12 May
    assert date_of(parser, "Talks will resume later this week.", "resume", "2019-05-06") == "2019-05"


# -- without a publication date -----------------------------------------------------------------

RELATIVE = [
    ("Protesters gathered outside the palace on Saturday.", "gathered"),
    ("The minister resigned on Tuesday.", "resigned"),
    ("Rebels attacked an army convoy this week.", "attacked"),
    ("Police arrested dozens of students last week.", "arrested"),
    ("The two leaders met on April 30 in Geneva.", "met"),
    ("The talks collapsed in January.", "collapsed"),
    ("The government imposed new sanctions last month.", "imposed"),
    ("The activist was detained yesterday.", "detained"),
    ("The army shelled the town overnight, officials said.", "shelled"),
    ("Troops entered the town on Monday, March 4.", "entered"),
]


@pytest.mark.parametrize("text, anchor", RELATIVE)
def test_relative_dates_give_nothing_without_a_publication_day(parser, text, anchor):
    assert date_of(parser, text, anchor, None) is None


@pytest.mark.parametrize("text, anchor, expected", [
    ("Ministers met on March 6, 2019, in Brussels.", "met", "2019-03-06"),
    ("The accord was signed on Wednesday, 6 March 2019.", "signed", "2019-03-06"),
    ("The treaty was signed in 2018.", "signed", "2018"),
    ("Talks ended in March 2019 without a deal.", "ended", "2019-03"),
    ("The results were announced on 2019-03-06.", "announced", "2019-03-06"),
])
def test_dates_with_their_own_year_need_no_publication_day(parser, text, anchor, expected):
    assert date_of(parser, text, anchor, None) == expected


# -- what is not an event date -------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor", [
    ("The 35-year-old activist was detained.", "detained"),
    ("He began a six-year term.", "began"),
    ("The envoy has been negotiating for two months.", "negotiating"),
    ("After months of failed attempts, the council expelled him.", "expelled"),
    ("The region has seen clashes in recent weeks.", "seen"),
    ("Opposition parties have boycotted parliament since 2004.", "boycotted"),
    ("The strike has continued since April.", "continued"),
    ("He rose to prominence in the 1990s.", "rose"),
    ("Police surrounded the building.", "surrounded"),
])
def test_durations_ages_and_since_give_no_date(parser, text, anchor):
    assert date_of(parser, text, anchor, PUB) is None


def test_ages_and_durations_do_not_hide_the_real_date(parser):
    assert date_of(parser, "The 35-year-old activist was detained yesterday.", "detained", PUB) == "2019-05-10"
    assert date_of(parser, "After months of failed attempts, the council voted on Friday to expel him.",
                   "voted", PUB) == "2019-05-10"
    assert date_of(parser, "He began a six-year term on Monday.", "began", PUB) == "2019-05-06"


def test_names_and_modals_are_not_dates(parser):
    assert date_of(parser, "Members of the April 6 Movement marched on Friday.", "marched", PUB) == "2019-05-10"
    assert date_of(parser, "Theresa May met the envoy in London.", "met", PUB) is None
    assert date_of(parser, "Lawmakers may vote on the bill.", "vote", PUB) is None
    assert date_of(parser, "Thousands march on the capital.", None, PUB) is None
    assert date_of(parser, "Officials invoked the 1951 Mutual Defense Treaty.", "invoked", PUB) is None


# -- which date belongs to the event ---------------------------------------------------------------

def test_the_date_of_the_triggers_own_clause_wins(parser):
    text = "The president, who took office on 12 May 2017, visited Kyiv on Thursday."
    assert date_of(parser, text, "visited", PUB) == "2019-05-09"
    assert date_of(parser, text, "took", PUB) == "2017-05-12"
    # the relative date cannot be resolved; the other clause's date is not used instead
    assert date_of(parser, text, "visited", None) is None


def test_reported_content_does_not_take_the_reporting_date(parser):
    text = "The army said on Wednesday that it had bombed the depot."
    assert date_of(parser, text, "said", PUB) == "2019-05-08"
    assert date_of(parser, text, "bombed", PUB) is None
    text = "The army said on Wednesday that it had bombed the depot on Sunday."
    assert date_of(parser, text, "bombed", PUB) == "2019-05-05"


def test_dates_of_other_clauses_and_relative_anchors_are_left_alone(parser):
    text = "Congo recalled its ambassador on Sunday, accusing Rwanda of sending troops."
    assert date_of(parser, text, "recalled", PUB) == "2019-05-05"
    assert date_of(parser, text, "accusing", PUB) == "2019-05-05"
    assert date_of(parser, text, "sending", PUB) is None
    assert date_of(parser, "Ministers agreed on Friday to extend the ceasefire.", "extend", PUB) == "2019-05-10"
    assert date_of(parser, "The minister resigned ahead of Saturday's vote.", "resigned", PUB) is None


def test_without_an_anchor_the_sentence_root_is_used(parser):
    assert date_of(parser, "The talks collapsed in January.", None, PUB) == "2019-01"


def test_dateline_date_is_not_an_event_date(parser):
    text = "KINSHASA, Feb. 19, 2024 - Congo recalled its ambassador from Rwanda."
    assert date_of(parser, text, "recalled", "2024-02-19") is None
    text = "WASHINGTON, May 3, 2024 (Reuters) - The United States imposed sanctions on Monday."
    assert date_of(parser, text, "imposed", "2024-05-03") == "2024-04-29"


def test_expression_reports_what_was_read(parser):
    doc = parser.parse("Police arrested dozens of students on Tuesday night.")
    i = next(t.i for t in doc.tokens if t.text == "arrested")
    found = R.expression(doc, 0, PUB, i)
    assert isinstance(found, DateExpression)
    assert (found.text, found.kind, found.value) == ("Tuesday", "wd", "2019-05-07")
    assert doc.text[found.start:found.end] == "Tuesday"
    unresolved = R.expression(doc, 0, None, i)
    assert unresolved is not None and unresolved.value is None
    assert R.expression(parser.parse("Police surrounded the building."), 0, PUB) is None


# -- helpers and contracts -----------------------------------------------------------------------

def test_precision():
    assert precision("2019-05-11") == "day"
    assert precision("2019-05") == "month"
    assert precision("2019") == "year"
    assert precision(None) is None
    assert DateResolver.precision("2019-05") == "month"
    with pytest.raises(ValueError):
        precision("May 2019")


def test_published_must_be_a_full_date(parser):
    doc = parser.parse("The talks collapsed in January.")
    with pytest.raises(ValueError):
        R.resolve(doc, 0, "2019-05")


def test_dateparser_is_not_imported_with_eventwire():
    code = "import sys, eventwire, eventwire.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- publication dates stated by the text --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, May 3, 2024 (Reuters) - The United States imposed sanctions.", "2024-05-03"),
    ("PORT-AU-PRINCE, Haiti, Aug. 20, 2024 (Wire) — Gunmen stormed a town.", "2024-08-20"),
    ("Headline here\n\nBISHKEK, 14 May 2025 - The two sides agreed.", "2025-05-14"),
    ("March 3, 2025 — Officials said the border would reopen.", "2025-03-03"),
    ("Published: 2024-03-02\n\nThe council met.", "2024-03-02"),
    ("Posted on Tuesday, 3 March 2025 10:15 GMT\nThe council met.", "2025-03-03"),
    ("By Ana Ruiz | Published March 2, 2024 | Updated March 4, 2024\nThe council met.", "2024-03-02"),
    ("The council met.\nUpdated: 2024-03-05", "2024-03-05"),
    ("Date: 31/12/2023\nThe council met.", "2023-12-31"),
])
def test_published_from_text_reads_datelines_and_stamps(text, expected):
    assert R.published_from_text(text) == expected


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 3 (Reuters) - The United States imposed sanctions.",   # no year: none invented
    "LIMA (APN) - Lawmakers voted on Wednesday.",
    "The report was published on March 3, 2019 by the ministry.",          # body text, not a stamp
    "Published: 03/04/2024\nThe council met.",                              # day/month order unknown
    "Published: Feb. 30, 2024\nThe council met.",                           # no such day
    "© 2019 Example News. All rights reserved.",
    "",
])
def test_published_from_text_never_invents(text):
    assert R.published_from_text(text) is None


# -- the story's day: events of a sentence without a date of its own ------------------------------

STORY = (
    "Rebels seize border town\n\n"
    "Rebel fighters seized the border town of Korvi on Wednesday, residents said. "
    "The fighters burned the police station and looted the market. "
    "The interior minister said on Friday that the army would retake the town. "
    "Troops will launch a counter-offensive next week, the army said."
)


def _dated(record, trigger: str) -> str | None:
    text = record.article.text
    hits = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert hits, f"no event on {trigger!r}: {[text[e.trigger[0]:e.trigger[1]] for e in record.events]}"
    return hits[0].date


def test_undated_past_acts_take_the_day_the_story_set(coder):
    rec = coder.code_text(STORY, published=PUB)   # Saturday 2019-05-11
    assert _dated(rec, "seized") == "2019-05-08"
    # no date in the sentence: the story's Wednesday, not the publication day
    assert _dated(rec, "burned") == "2019-05-08"


REACTIONS = (
    "Police fired tear gas at students in the capital on Wednesday, witnesses said.\n\n"
    "{marker}"
    "Opposition leaders accused the government of brutality.\n\n"
    "Police detained dozens of students at the university."
)


@pytest.mark.parametrize("marker, accused, detained", [
    # the story tells of the publication day (Thursday), a statement or an act: later undated statements are
    # that day's; acts keep the day the story opened with
    ("The interior ministry said on Thursday that officers had acted lawfully.\n\n", "2026-03-12", "2026-03-11"),
    ("The interior ministry said Thursday that officers had acted lawfully.\n\n", "2026-03-12", "2026-03-11"),
    ("The university suspended classes on Thursday.\n\n", "2026-03-12", "2026-03-11"),
    # no such statement: the statement takes the story's day like an act
    ("", "2026-03-11", "2026-03-11"),
    # the day before publication is no sign that the story has come to the publication day
    ("The interior ministry said on Wednesday that officers had acted lawfully.\n\n", "2026-03-11", "2026-03-11"),
])
def test_undated_statements_after_the_story_reaches_the_publication_day(coder, marker, accused, detained):
    rec = coder.code_text(REACTIONS.format(marker=marker), published="2026-03-12")   # a Thursday
    assert _dated(rec, "fired") == "2026-03-11"
    assert _dated(rec, "accused") == accused
    assert _dated(rec, "detained") == detained


def test_publication_day_reached_marks_sentences_from_the_telling_on(parser):
    doc = parser.parse("Guards shot two smugglers on Monday. The ministry said on Tuesday it regretted the deaths. "
                       "Relatives demanded an inquiry.")
    assert R.publication_day_reached(doc, "2019-05-07") == (False, True, True)    # published on Tuesday
    assert R.publication_day_reached(doc, "2019-05-08") == (False, False, False)  # on Wednesday: Tuesday is not today
    assert R.publication_day_reached(doc, None) == (False, False, False)


def test_a_reporting_date_or_a_future_act_does_not_set_the_story_day(parser):
    doc = parser.parse("Police arrested six activists. The ministry said on Friday that it was investigating. "
                       "Officers beat two of the detainees.")
    beat = next(t.i for t in doc.tokens if t.text == "beat")
    # "said on Friday" dates the telling, not the acts
    assert R.story_day(doc, doc.tokens[beat].sent, beat, PUB) is None
    doc = parser.parse("Guards attacked the convoy on Monday. The rebels will retaliate.")
    will = next(t.i for t in doc.tokens if t.text == "retaliate")
    assert R.story_day(doc, doc.tokens[will].sent, will, PUB) is None      # not a past act
    attacked = next(t.i for t in doc.tokens if t.text == "attacked")
    assert R.story_day(doc, 0, attacked, PUB) is None                       # nothing before it
    assert R.story_day(doc, doc.tokens[will].sent, will, None) is None      # no publication day


def test_an_old_date_is_background_not_the_story_day(parser):
    doc = parser.parse("The two armies clashed on March 3. Soldiers shelled the village.")
    shelled = next(t.i for t in doc.tokens if t.text == "shelled")
    # March 3 is two months before the May publication: a past episode, not today's story
    assert R.story_day(doc, doc.tokens[shelled].sent, shelled, PUB) is None


@pytest.mark.parametrize("head, expected", [
    ("THE HARBOUR POST\nWorld · March 14, 2025\n\nPort strike spreads\n", "2025-03-14"),
    ("HARBOUR POST\nEUROPE | 14 March 2025\nPort strike spreads\n", "2025-03-14"),
    ("HARBOUR POST\n2025.03.14 (Fri) 08:30 CET\nPort strike spreads\n", "2025-03-14"),
    ("Mar 14, 2025 | Business\nPort strike spreads\n", "2025-03-14"),
])
def test_publication_date_on_a_site_header_line(head, expected):
    body = ("Dock workers walked off the job in three ports on Friday, halting container traffic and "
            "stranding dozens of ships, the port authority said in a statement issued late in the day.\n")
    assert R.published_from_text(head + "\n" + body) == expected


@pytest.mark.parametrize("text", [
    # a date inside a story sentence is an event's, not the publication's
    "Port strike spreads\n\nThe union said on March 14, 2025 that it would strike.\n",
    "Port strike spreads\n\nTalks collapsed on March 14, 2025.\n",
    # a header-like line after the story began is not looked at
    "Port strike spreads\n\n" + "Dock workers walked off the job in three ports, halting container traffic and stranding "
    "dozens of ships at anchor outside the harbour for a second day running.\nSee also: archive | March 14, 2025 | more\n",
])
def test_story_sentences_give_no_publication_date(text):
    assert R.published_from_text(text) is None


@pytest.mark.parametrize("sentence, coded", [
    # an act the text dates two or more years before publication is background: not coded
    ("The two governments signed a fisheries treaty in 2021, officials recalled.", False),
    ("Border guards detained a fishing crew in 2019 under similar circumstances.", False),
    # last year's act is still news (anniversaries, follow-ups): coded, with its year
    ("The two governments signed a fisheries treaty in 2024, officials recalled.", True),
    # no date of its own: the story's time
    ("The two governments signed a fisheries treaty, officials said.", True),
])
def test_acts_dated_years_before_publication_are_background(coder, sentence, coded):
    rec = coder.code_text("Ministers meet in Lisbon\n\n" + sentence, published="2025-06-03")
    signed = [e for e in rec.events if e.plover in ("SUPPORT", "AGREE", "COERCE")]
    assert bool(signed) is coded


def test_background_needs_the_publication_date(coder):
    # without a publication date nothing is known to be old: the act is coded with its year
    rec = coder.code_text("Ministers meet in Lisbon\n\nBorder guards detained a fishing crew in 2019.")
    assert [e.date for e in rec.events if e.plover == "COERCE"] == ["2019"]


def test_sentence_root_skips_a_blanked_dateline(parser):
    # the parse blanks out a wire dateline, which then stands as a root of its own: the sentence's
    # date, asked for without an anchor (a relative clause's event), is still the main clause's
    text = ("HARBOURTON, Westland (Wire) — Coast guards seized a fishing boat off the cape on Thursday, drawing a protest "
            "from the neighbouring state, which accused them of piracy.")
    import dataclasses

    doc = parser.parse(text)
    assert doc.tokens[0].pos == "SPACE"
    # a whole page's parse may leave the blanked dateline heading itself, a root before the verb's
    tokens = (dataclasses.replace(doc.tokens[0], head=0, dep="ROOT"), *doc.tokens[1:])
    doc = dataclasses.replace(doc, tokens=tokens)
    assert R.resolve(doc, 0, PUB) == "2019-05-09"


def test_a_new_paragraph_goes_back_to_the_lede_day(coder):
    text = ("Rebels seize border town\n\n"
            "Rebel fighters seized the border town of Korvi on Wednesday, residents said.\n\n"
            "Rebel fighters attacked a police post in Korvi on Monday. The fighters burned the police station.\n\n"
            "Government troops shelled rebel positions near the town, officials said.")
    rec = coder.code_text(text, published=PUB)   # Saturday 2019-05-11
    assert _dated(rec, "burned") == "2019-05-06"   # same paragraph: the day just told
    assert _dated(rec, "shelled") == "2019-05-08"  # a later paragraph: the story's own day again


def test_numeric_date_order_settled_by_a_named_date_nearby():
    # a day/month order left open by the stamp, settled by a caption's date written with the month's name
    text = ("04/02/2025 – 09:30\n\nStrikers rallied outside the port on Monday.\n\n"
            "Dock workers outside the port gates on February 3, 2025.\n")
    assert R.published_from_text(text) == "2025-02-04"
    text = "Published: 04/02/2025\nThe strike began on 1 April 2025, the union said.\n"
    assert R.published_from_text(text) == "2025-04-02"
    # no named date nearby: still not guessed
    assert R.published_from_text("04/02/2025 – 09:30\n\nStrikers rallied outside the port.\n") is None


@pytest.mark.parametrize("text, expected", [
    ("04.02.2025, 09:30 (updated 11:10)\n\nStrikers rallied outside the port.\n", "2025-02-04"),   # dots: day first
    ("Published: 04.02.2025\nThe council met.", "2025-02-04"),
    # a named date nearby still settles it (here against the dotted default)
    ("04.02.2025 – 09:30\n\nDock workers outside the port gates on April 1, 2025.\n", "2025-04-02"),
    ("Published: 04/02/2025\nThe council met.", None),   # slashes: either order is in use, not guessed
])
def test_dotted_numeric_dates_are_day_first(text, expected):
    assert R.published_from_text(text) == expected


STANDFIRST = (
    "HARBOUR POST\nHome / Europe / Ports\n\nPort strike spreads to three more cities\n\n"
    "Dock workers in three more cities have joined the strike over pay. Ships are stranded at anchor "
    "and the ministry has called the unions to talks on Monday.\n\n"
    "{credit}\nReading time: 3 min\n\n"
    "Dock workers walked off the job in three ports on Friday, halting container traffic and stranding ships "
    "at anchor outside the harbours for a second day running, union officials said.\n"
)


@pytest.mark.parametrize("credit, expected", [
    # a credit line with the date, below a standfirst (the summary some sites set under the headline)
    ("Source: Example Wire | 14.03.2025", "2025-03-14"),
    ("Source: Example Wire, March 14, 2025", "2025-03-14"),
    # a bare date line below the standfirst is not looked at: the story may have begun
    ("Example Wire | 14.03.2025", None),
])
def test_credit_line_date(credit, expected):
    assert R.published_from_text(STANDFIRST.format(credit=credit)) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("The union said its members would strike on Monday.", "strike", "2019-05-13"),
    ("The mayor said the council would vote on the budget in June.", "vote", "2019-06"),
    ("Officials said the envoys would meet again on May 14.", "meet", "2019-05-14"),
])
def test_would_after_a_past_saying_looks_forward(parser, text, anchor, expected):
    # "would" is the future of a past saying: the act comes after the telling, not before the publication
    assert date_of(parser, text, anchor, PUB) == expected


def test_would_have_stays_in_the_past(parser):
    assert date_of(parser, "The guards said they would have left on Monday.", "left", PUB) == "2019-05-06"


def test_an_undated_act_takes_the_day_its_own_sentence_gives_another_past_act(parser):
    doc = parser.parse("Soldiers fired tear gas on Thursday at students who had occupied the campus.")
    occupied = next(t.i for t in doc.tokens if t.text == "occupied")
    assert R.resolve(doc, 0, PUB, occupied) is None              # a relative clause: not its own date
    assert R.sentence_day(doc, 0, occupied, PUB) == "2019-05-09"  # but the sentence's Thursday
    doc = parser.parse("The spokesman said on Thursday that students had occupied the campus.")
    occupied = next(t.i for t in doc.tokens if t.text == "occupied")
    assert R.sentence_day(doc, 0, occupied, PUB) is None          # a day of saying is not the act's


def test_a_date_in_a_same_time_clause_dates_the_act(parser):
    # "when the committee meets in June": the raising happens then
    assert date_of(parser, "Chile will raise the dispute at the tribunal when it sits in June.", "raise", PUB) == "2019-06"
    # a clause of another time still does not date it
    assert date_of(parser, "Chile will raise the dispute because the tribunal ruled in March.", "raise", PUB) is None


@pytest.mark.parametrize("text, trigger, expected", [
    # a day something is set for lies ahead, whatever the tense of the call (published Tuesday 2025-11-04)
    ("The opposition alliance called a general strike for Thursday after police detained 200 activists.",
     "called", "2025-11-06"),
    # ... and dates only what is set for it: the detention gets no day from it
    ("The opposition alliance called a general strike for Thursday after police detained 200 activists.",
     "detained", "2025-11-04"),
    # "for Thursday's attack" sets nothing for a coming Thursday (and the attack's day is not the arrest's)
    ("Police arrested two men for Thursday's attack on the embassy.", "arrested", "2025-11-04"),
    # a purpose clause has the time of the verb it serves: "would send a plane to bring them home on Thursday"
    ("The foreign ministry said it would send a plane to bring home its diplomats on Thursday.", "bring", "2025-11-06"),
])
def test_days_set_for_and_purposes_lie_ahead(coder, text, trigger, expected):
    assert _dated(coder.code_text(text, published="2025-11-04"), trigger) == expected

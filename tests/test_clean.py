"""Cleaning: debris removed with its kind, every story sentence kept, provenance filled."""

from __future__ import annotations

import re

import pytest

from eventwire import RawDocument, clean
from eventwire.dates import DateResolver
from conftest import FIXTURES


def _doc(text: str):
    return clean(RawDocument(source="t.txt", text=text))


def _day(text: str) -> str | None:
    """The publication day the pipeline gets for a page: the one the dates stage reads off the raw
    text, else the one cleaning reads off the removed lines (``clean`` gives none when the dates
    stage has one)."""
    return DateResolver().published_from_text(text) or _doc(text).published


def test_fixture_debris_removed_with_kinds():
    raw = (FIXTURES / "noisy_wire.txt").read_text(encoding="utf-8")
    c = _doc(raw)
    kinds = {r.kind for r in c.removed}
    assert kinds == {"promo", "byline", "caption", "related", "copyright", "syndication"}
    assert c.title == "Kenyan police detain protest leaders after Nairobi march"
    assert c.publisher == "Harbour Daily"
    assert c.original_publisher == "The Associated Press"
    assert c.byline == "Amina Wanjiru, Harbour Daily"
    assert c.year_hint == 2024
    assert c.published is None
    for r in c.removed:
        assert r.text in raw
        assert r.text not in c.text


def test_every_story_sentence_kept():
    raw = (FIXTURES / "noisy_wire.txt").read_text(encoding="utf-8")
    c = _doc(raw)
    story = [
        "Kenyan police detained three protest leaders on Tuesday",
        "Interior Minister Peter Kamau said the organisers had ignored a ban on gatherings.",
        "“We will not allow anyone to hold the capital hostage,” Kamau told reporters.",
        "urged the government to release the detained men.",
    ]
    for s in story:
        assert s in c.text


def test_distributor_and_nbsp():
    c = _doc("Ministers meet in Brussels over trade\n\nThe ministers met on Monday to discuss tariffs.\n\n"
             "© 2021 Example Wire\n\nDistributed\u00a0by Example Content Agency, LLC.\n")
    assert c.distributor == "Example Content Agency, LLC."
    assert c.original_publisher == "Example Wire"
    assert [r.kind for r in c.removed] == ["copyright", "syndication"]
    assert "\u00a0" in c.removed[1].text  # the exact text removed


def test_lines_that_only_look_like_debris_are_kept():
    body = (
        "Lawmakers vote on budget\n\n"
        "Opposition parties said they would follow the debate closely and join the vote on Friday.\n\n"
        "The minister told reporters that photo identification would be required at polling stations (a new rule).\n\n"
        "By the end of the week, 40 people had been detained by police in the capital, officials said.\n"
    )
    c = _doc(body)
    assert c.removed == ()
    assert c.text.count("\n\n") == 2


def test_wire_credit_footer_and_related_variants():
    c = _doc("Talks stall in Geneva\n\nDelegates left Geneva without an agreement on Thursday.\n\n"
             "ALSO READ: Why the talks matter\n\nReporting by Jan Novak; Editing by Mary Smith\n\nAdvertisement\n")
    assert [r.kind for r in c.removed] == ["related", "byline", "navigation"]
    assert c.text == "Delegates left Geneva without an agreement on Thursday."


def test_caption_credit_forms():
    for line in (
        "Soldiers patrol a market in Goma on Monday. (Photo: Jean Kabila/Example Wire)",
        "A protester holds a flag outside parliament. (AP Photo/Jane Doe)",
        "Photo: Supporters gather at the rally in Lagos.",
        "The president arrives in Accra, Ghana, on May 2, 2024. (Kwame Mensah/Getty Images)",
    ):
        c = _doc(f"Headline about a rally\n\nThe rally drew thousands of people in the city on Sunday.\n\n{line}\n")
        assert [r.kind for r in c.removed] == ["caption"], line


def test_clean_text_has_no_exotic_spaces():
    c = _doc("A headline here\n\nThe\u00a0minister\u202fspoke on Monday about\u200b the plan.\n")
    assert c.text == "The minister spoke on Monday about the plan."
    assert not re.search(r"[\u00a0\u202f\u200b]", c.text)


# --- shapes seen on pages the rules were not written from (lines made up for the tests) ------

_STORY = "Officials in the port city said on Tuesday that the ferry service would resume next week."


def test_caption_with_outlet_credit_after_the_sentence():
    for line in (
        "Fishermen mend their nets on the quay at dawn. Lakeside Gazette photo",
        "Workers repair a damaged bridge near the river on Friday. LG photo/Anna Berg",
        "Delegates leave the conference hall in Geneva. File photo: Lakeside Gazette",
        "Voters queue outside a school in the capital. Staff photo by Omar Said",
    ):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n\nThe mayor welcomed the decision.\n")
        assert [r.kind for r in c.removed] == ["caption"], line
    # A story line that happens to end with the word is kept.
    for line in ("The ministry later released the photo.", "He declined to comment. The photo"):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n")
        assert c.removed == (), line


def test_row_of_date_stamps_removed():
    c = _doc("Ferry service to resume next week\nPosted 4 Mar 2025, 09:10 GMT | Updated 4 Mar 2025, 11:45 GMT\n\n"
             f"{_STORY}\n")
    assert [r.kind for r in c.removed] == ["other"]


def test_masthead_under_the_headline_names_the_publisher():
    for line, site in (("Lakeside Gazette | Europe", "Lakeside Gazette"),
                       ("Lakeside Gazette | 4 March 2025", "Lakeside Gazette"),
                       ("The Lakeside Gazette - News that matters to the valley", "The Lakeside Gazette")):
        c = _doc(f"Ferry service to resume next week\n{line}\n\n{_STORY}\n")
        assert [r.kind for r in c.removed] == ["navigation"], line
        assert c.publisher == site
        assert c.title == "Ferry service to resume next week"
    # A section crumb is no site; a line below the story start is not a masthead.
    c = _doc(f"Ferry service to resume next week\nWorld | Europe\n\n{_STORY}\n")
    assert c.publisher is None
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nLakeside Gazette | Europe\n\nThe mayor agreed.\n")
    assert c.removed == ()


def test_dateline_credit_of_any_outlet():
    for dateline in ("OSLO (Fjord Press Agency) - ", "OSLO, Norway, Feb. 3, 2025 (Fjord Press Agency) - ",
                     "OSLO, 3 February 2025 (Fjord Press Agency) — "):
        c = _doc(f"Ferry service to resume next week\n\n{dateline}{_STORY}\n")
        assert c.original_publisher == "Fjord Press Agency", dateline
    # An abbreviated credit is expanded when the article writes the name out elsewhere.
    c = _doc(f"Ferry service to resume next week\n\nOSLO (FPA) - {_STORY}\n\n"
             "This report is carried under a content agreement with the Fjord Press Agency (FPA).\n")
    assert c.original_publisher == "Fjord Press Agency"
    assert [r.kind for r in c.removed] == ["syndication"]
    # A copyright line outranks the dateline.
    c = _doc(f"Ferry service to resume next week\n\nOSLO (FPA) - {_STORY}\n\n© 2025 Nordic Wire Service\n")
    assert c.original_publisher == "Nordic Wire Service"


def test_footer_holder_without_year_or_second_sentence():
    for footer, holder in (("(c) Nordic Wire Service 2025", "Nordic Wire Service"),
                           ("(c) Nordic Wire Service 2025. This story may not be copied without permission.",
                            "Nordic Wire Service"),
                           ("This story was produced by Nordic Wire. Follow NW Europe for more stories every day.",
                            "Nordic Wire")):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{footer}\n")
        assert c.original_publisher == holder, footer
        assert len(c.removed) == 1


def test_distributor_named_inside_a_syndication_sentence():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n"
             "This article was produced by Nordic Wire and distributed by Harbour Content Exchange. "
             "Republication without permission is prohibited.\n")
    assert c.original_publisher == "Nordic Wire"
    assert c.distributor == "Harbour Content Exchange"


@pytest.mark.parametrize("footer, original, distributor", [
    # the distributor's site address in brackets is no part of its name
    ("Copyright © 2025 Lakeside Star. All rights reserved. Distributed by Harbour Content Exchange (harbourcx.com).",
     "Lakeside Star", "Harbour Content Exchange"),
    ("Provided by Harbour Content Exchange (Harbourcx.info).", None, "Harbour Content Exchange"),
    # a news agency's company name and story id after it: the agency
    ("© dpa-infocom, dpa:250518-930-412377/2", "dpa", None),
    ("© 2025 dpa-infocom GmbH", "dpa", None),
    # a source line ending in the name's own brackets: no half bracket left
    ("Source: Harbour News Agency (HNA)", "Harbour News Agency", None),
    # "X, a member of Y": the paper that wrote it, not the network it belongs to
    ("Copyright 2025 The Valley Post, a member of Harbour News Network. All rights reserved.", "The Valley Post", None),
])
def test_outlet_names_without_address_story_id_or_membership(footer, original, distributor):
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{footer}\n")
    assert (c.original_publisher, c.distributor) == (original, distributor)


def test_byline_under_the_date_stamp_and_a_syndication_line_under_the_headline():
    c = _doc("HARBOUR LEDGER - News from the coast\nPorts / Labour\nFerry service to resume next week\n"
             "March 14, 2025\nJane Roe\n"
             "This story was originally published by Nordic Wire and is republished here under a content-sharing "
             f"agreement.\n\n{_STORY}\n")
    assert c.byline == "Jane Roe"
    assert c.original_publisher == "Nordic Wire"
    assert not c.text.startswith(("Jane Roe", "This story"))


def test_site_republishing_a_wire():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n"
             "Valley Times republishes Nordic Wire dispatches with permission.\n")
    assert [r.kind for r in c.removed] == ["syndication"]
    assert c.original_publisher == "Nordic Wire"
    assert c.publisher == "Valley Times"


def test_promo_site_object_of_the_call():
    for promo, site in (("Get breaking news alerts from The Valley Times on your phone", "The Valley Times"),
                        ("Subscribe to Valley Times for daily briefings from the region", "Valley Times"),
                        ("Listen to Valley Brief, our daily podcast, on all major platforms", None)):
        c = _doc(f"Ferry service to resume next week\n{promo}\n\n{_STORY}\n")
        assert [r.kind for r in c.removed] == ["promo"], promo
        assert c.publisher == site, promo


def test_promo_of_the_story_own_outlet_is_no_other_publisher():
    c = _doc(f"Ferry service to resume next week\nFollow Nordic on X for live updates\n\n{_STORY}\n\n"
             "(c) 2025 Nordic Wire Service. All rights reserved.\n")
    assert c.original_publisher == "Nordic Wire Service"
    assert c.publisher is None
    c = _doc(f"Ferry service to resume next week\nFollow Valley Times on X for live updates\n\n{_STORY}\n\n"
             "(c) 2025 Nordic Wire Service. All rights reserved.\n")
    assert c.publisher == "Valley Times"


def test_story_line_about_a_report_is_kept():
    c = _doc("Rights group accuses army\n\nThe army killed ten people, a rights group said on Monday.\n\n"
             "The army denied it on Tuesday.\n\n"
             "The report was published by a rights group on Tuesday after months of research.\n\n"
             "Officials said more talks would follow.\n\nThe talks were set for May.\n\nNo date was given.\n")
    assert c.removed == ()
    assert c.original_publisher is None


def _kinds(line: str, where: str) -> list[str]:
    story = [_STORY, "The harbour master said repairs to the pier were finished.", "Tickets go on sale on Friday."]
    parts = {"top": [line, *story], "mid": [story[0], line, *story[1:]], "end": [*story, line]}[where]
    c = _doc("Ferry service to resume next week\n\n" + "\n\n".join(parts) + "\n")
    assert all(s in c.text for s in story), line
    return [r.kind for r in c.removed]


def _check_shapes(cases: dict[str, dict[str, str]]) -> None:
    """Each line, put at the top, middle or end of a short story, is removed as its kind."""
    for where, lines in cases.items():
        for line, kind in lines.items():
            assert _kinds(line, where) == [kind], (where, line)


def _check_kept(line: str) -> None:
    for where in ("top", "mid", "end"):
        assert _kinds(line, where) == [], (where, line)


def test_page_furniture_shapes():
    cases = {
        "top": {"Tuesday, 4 March 2025": "other", "4 March 2025 | 10:45 GMT": "other",
                "Last modified on Tue 4 Mar 2025 10.45 GMT": "other", "World News": "navigation",
                "News > Europe": "navigation", "Author: Jane Doe": "byline", "Jane Doe | Staff Writer": "byline",
                "Facebook Twitter WhatsApp Email": "navigation", "Listen to this article": "navigation",
                "Reading time: 4 minutes": "navigation"},
        "mid": {"Credit: Jane Doe/Valley Times": "caption", "(Photo by Jane Doe/Nordic Wire via Example Images)": "caption",
                "Passengers wait on the quay. Jane Doe / Nordic Wire": "caption",
                "Passengers wait on the quay. [Jane Doe/Nordic Wire]": "caption",
                "Story continues below advertisement": "navigation", "→ Read more: Why the ferries stopped": "related",
                "Have a news tip? Contact us at tips@valley.example": "promo"},
        "end": {"(Reporting by Jane Doe; Editing by John Roe)": "byline", "Edited by John Roe": "byline",
                "Nordic Wire writer Jane Doe in Bergen contributed to this report.": "byline",
                "This material may not be published, broadcast, rewritten or redistributed.": "copyright",
                "A version of this story appeared in Valley Times.": "syndication",
                "Tags: ferries, Norway, transport": "navigation", "More from Valley Times": "related",
                "Valley Times is on WhatsApp. Click here to join.": "promo"},
    }
    _check_shapes(cases)


def test_story_lines_near_furniture_shapes_kept():
    for line in ("Top-level talks will resume in Oslo on Monday, the ministry said.",
                 "The ferry operator said it had contributed to the repairs.",
                 "Readers can contact the operator at its offices in the harbour.",
                 "Israel/Gaza talks were not on the agenda, she said.",
                 "The new timetable is also available in Danish, the operator said.",
                 "Advertisement spending by the operator rose last year.",
                 "Sign up was slow at first, the harbour master said.",
                 "Translators from the ministry were on the quay on Tuesday.",
                 "The standards body said the pier met the rules.",
                 "Get Out Now protesters marched to the quay on Monday.",
                 "The report is free to read online, the ministry said. Sign up was slow."):
        _check_kept(line)


def test_headline_not_taken_for_furniture():
    c = _doc(f"Kenya | Police detain 40 protesters\n\n{_STORY}\n\nThe mayor agreed.\n")
    assert c.title == "Kenya | Police detain 40 protesters"
    c = _doc(f"World News\nFerry service to resume next week\n\n{_STORY}\n")
    assert c.title == "Ferry service to resume next week"


def test_dateline_credit_title_case_place_or_after_a_standfirst():
    head = "Ferry service to resume next week\n\n"
    footer = "\n\nMore talks follow.\n\nContent supplied by Nordic-Baltic Wire Service. Copyright remains with the agency.\n"
    cases = {
        f"{head}Bergen (Nordic Wire) - {_STORY}\n\nMore talks follow.\n": "Nordic Wire",
        f"{head}The operator had halted sailings for a month.\n\nBERGEN, 3 May 2025 (Nordic Wire) - {_STORY}\n": "Nordic Wire",
        # a place with a slash; an abbreviation the footer spells out (a hyphenated word gives two initials)
        f"{head}OSLO/BERGEN, May 3 (NBWS) - {_STORY}{footer}": "Nordic-Baltic Wire Service",
        f"{head}OSLO/BERGEN, May 3 (NBWS) - {_STORY}\n\nMore talks follow.\n": "NBWS",
    }
    for text, origin in cases.items():
        assert _doc(text).original_publisher == origin, text


def test_more_furniture_shapes():
    cases = {
        "top": {"Sign up for the Valley Morning Brief, in your inbox every Friday": "promo",
                "Listen to this article · 3 min": "navigation", "Share this: Facebook | X | Email": "navigation",
                "This article is also available in: French | German": "navigation",
                "Leer en español": "navigation", "Este artículo también está disponible en inglés": "navigation",
                "Advertisement - story continues below": "navigation", "Related stories": "related",
                # a named product offered free, a bare call after the sentence that named it
                "Get Valley Morning, the day's top stories, free in your inbox.": "promo",
                "Get Valley Monitor's evening edition delivered free every weekday.": "promo",
                "Our Arctic newsletter is free. Sign up here.": "promo",
                "This story is free to read. Subscribe to support our journalism.": "promo"},
        "mid": {"Our standards: How Nordic Wire covers elections.": "related"},
        "end": {"Nordic Wire Service 2025 ©": "copyright", "Nordic Wire © 2025": "copyright",
                "[This copy was auto-generated from an agency feed and not edited by Valley Times.]": "syndication",
                "Content supplied by Nordic Wire Service.": "syndication",
                "This story was translated from Norwegian and originally published by Nordic Wire.": "syndication",
                "This article has been updated with comment from the operator.": "other"},
    }
    _check_shapes(cases)


def test_outlet_name_alone_under_the_headline_is_the_masthead():
    c = _doc(f"Ferry service to resume next week\nThe Valley Courier\n\n{_STORY}\n\nTickets go on sale on Friday.\n")
    assert c.publisher == "The Valley Courier"
    assert [r.kind for r in c.removed] == ["navigation"]
    c = _doc(f"Valley Courier\nFerry service to resume next week after repairs\n\n{_STORY}\n\nTickets go on sale.\n")
    assert c.title == "Ferry service to resume next week after repairs"
    assert c.publisher == "Valley Courier"


def test_author_note_at_the_foot_only_when_the_story_never_names_her():
    note = "Ingrid Solberg is a freelance journalist based in Bergen. Support our reporting: donate."
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n{note}\n")
    assert [r.kind for r in c.removed] == ["byline"] and c.byline == "Ingrid Solberg"
    told = "Ingrid Solberg, a reporter, filmed the quay.\n\nShe was briefly held.\n\n"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{told}Ingrid Solberg is a freelance journalist.\n")
    assert c.removed == ()


def test_footer_naming_distributor_and_principal():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n"
             "Distributed by Example Syndicate on behalf of Nordic-Baltic Wire Service. Copyright 2025 NBWS.\n")
    assert c.distributor == "Example Syndicate"
    assert c.original_publisher == "Nordic-Baltic Wire Service"
    assert c.year_hint == 2025



def test_publication_day_from_a_date_line_or_a_dateline_and_copyright_year():
    assert _day(f"Ferry service to resume next week\nSat 3 May 2025 09.10 CEST\n\n{_STORY}\n\nMore talks follow.\n") == "2025-05-03"
    c = _doc(f"Ferry service to resume next week\n\nBERGEN, 3 May (Nordic Wire) - {_STORY}\n\nMore talks follow.\n\n"
             "(c) Nordic Wire 2025. Used with permission.\n")
    assert c.published == "2025-05-03" and c.original_publisher == "Nordic Wire"
    # no year stated anywhere: no date guessed
    c = _doc(f"Ferry service to resume next week\n\nBERGEN, 3 May (Nordic Wire) - {_STORY}\n\nMore talks follow.\n")
    assert c.published is None


def test_new_line_patterns_are_linear():
    import time
    from eventwire.clean import _classify
    from eventwire.errors import InputError
    for line in ("A" * 3000 + " ©", "Advertisement - " + "a " * 3000, "Share this: " + "| " * 3000,
                 "Jane " * 3000 + "is a journalist", "(" * 3000, "x 2025 " * 2000 + "©",
                 "Jane Doe " * 200 + "is a freelance journalist.", "BERGEN " * 400 + ", 3 May (A) -", "Oslo, " * 400 + "3 May -",
                 "More from " + "the desk " * 1500 + ":", "Jane Doe reports " + "on x " * 1000 + "for", "› " + "a " * 3000,
                 "A ferry. Photo: " + "K. " * 2000, "Valley Monitor " * 1000 + "archive", "11:02 GMT, " * 1000,
                 "About us | " * 1000, "Jane Doe, left, " * 1000, "Workers repair " + "in A " * 1000 + "said."):
        start = time.perf_counter()
        for i in (0, 5):
            _classify(line, i, 6)
        try:
            _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n")
            _doc(f"{line}\nFerry service to resume next week\n\nBERGEN, 3 May (A B) - {line}\n\n© 2025 {line}\n")
        except InputError:
            pass
        assert time.perf_counter() - start < 1.0, line[:30]


# --- site furniture families: link lists, app and paywall prompts, author notes, credits ----------


def test_link_rows_and_lists_under_a_heading():
    cases = {
        "mid": {"Read next: Why the ferries stopped running": "related",
                "Also on Valley Times: Bridge repairs delayed again": "related",
                "Elsewhere on Valley Times: Harbour fees explained": "related",
                "More in Transport ›": "related", "DON'T MISS": "related", "Most popular": "related",
                "Read the full story": "related"},
    }
    _check_shapes(cases)
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n"
             "More from the coastal desk:\n› Harbour fees rise for a third year\n› Why the old pier was closed\n")
    assert [r.kind for r in c.removed] == ["related"] * 3
    assert c.text.endswith("Tickets go on sale on Friday.")
    # A list heading does not take the story paragraphs below it, nor a sentence after "More from X:".
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nRelated stories\n\n"
             "The harbour master said the pier was safe.\n")
    assert [r.kind for r in c.removed] == ["related"] and "pier was safe" in c.text
    _check_kept("More from the ministry: fares will rise by 10% next year.")


def test_app_paywall_and_reader_prompts():
    cases = {
        "end": {"Get the Valley Times app for alerts on breaking news across the coast.": "promo",
                "Turn on notifications to get breaking news": "promo",
                "Already a subscriber? Log in": "promo", "This article is for subscribers only.": "promo",
                "Gift this article": "promo", "What do you think? Let us know in the comments.": "promo",
                "We want to hear from you.": "promo",
                "We use cookies to improve your experience on our site.": "navigation",
                "About us | Contact | Terms of use | Privacy policy": "navigation",
                "Image 3 of 12": "navigation", "Opens in new window": "navigation", "* * *": "navigation"},
    }
    _check_shapes(cases)
    for line in ("Try the new ferry app, the operator urged passengers on Monday.",
                 "We want to hear from you, the minister told residents at a meeting.",
                 "Become a member of the alliance, the prime minister urged on Monday.",
                 "Save for two boats, the fleet was intact."):
        _check_kept(line)


def test_author_notes_at_the_foot():
    for note, name in (("Ingrid Solberg reports for Valley Times. Follow her on X @isolberg.", "Ingrid Solberg"),
                       ("Ingrid Solberg covers shipping for Valley Times.", "Ingrid Solberg"),
                       ("Ingrid Solberg is the Valley Times transport correspondent.", "Ingrid Solberg"),
                       ("The author is a senior fellow at the Nordic Institute.", None)):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n{note}\n")
        assert [r.kind for r in c.removed] == ["byline"], note
        assert c.byline == name, note
    # Above the foot, or naming someone the story names, it is the story's.
    _check_kept_at("Ingrid Solberg reports for Valley Times.", ("top", "mid"))
    told = "Ingrid Solberg, a reporter, filmed the quay.\n\n"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{told}Ingrid Solberg writes for Valley Times.\n")
    assert c.removed == ()
    assert _kinds("About the author", "end") == ["byline"]


def _check_kept_at(line: str, places: tuple[str, ...]) -> None:
    for where in places:
        assert _kinds(line, where) == [], (where, line)


def test_wire_credits_update_and_correction_notes():
    cases = {
        "end": {"With additional reporting by Jane Doe in Bergen": "byline",
                "(Adds comment from the operator in paragraph 4)": "other",
                "Correction: An earlier version of this story misstated the fare.": "other",
                "Sources: Nordic Wire, Valley Times": "syndication"},
    }
    _check_shapes(cases)
    for line in ("Reporting from the quay, local media said two boats sank.",
                 "Correction officers were deployed to the prison on Monday.",
                 "Sources said the ministry would announce the decision on Friday."):
        _check_kept(line)


def test_caption_shapes_without_an_outlet_credit():
    cases = {
        "mid": {"FILE - Passengers board a ferry in Bergen on May 3, 2023.": "caption",
                "In this photo released by the port authority, workers repair the pier.": "caption",
                "This handout picture taken on Monday shows the damaged pier.": "caption",
                "Mayor Ingrid Solberg, left, greets the harbour master at the quay on Monday.": "caption",
                "Passengers wait on the quay. File photo: Valley Times/K. Berg": "caption",
                "Getty Images": "caption", "AP Photo/Jane Doe": "caption"},
    }
    _check_shapes(cases)
    for line in ("In this photo, the minister said, the damage can be seen clearly.",
                 "The mayor, right, and the minister met on the quay, officials said, after months of talks.",
                 "Reuters reported on Monday that two ferries had sunk.",
                 "File photos of the victims were shown at the hearing on Monday."):
        _check_kept(line)


def test_footer_names_cut_at_links_and_notes():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n© Valley Times 2025 | Terms | Privacy\n")
    assert c.original_publisher == "Valley Times"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n"
             "This story has been republished from Nordic Wire; copyright remains with the original publisher.\n")
    assert c.original_publisher == "Nordic Wire"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nCopyright 2025 Nordic Wire. Distributed by Harbour Content.\n")
    assert (c.original_publisher, c.distributor) == ("Nordic Wire", "Harbour Content")


def test_site_republishing_the_story_is_the_publisher():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n© 2025 Nordic Wire. Reproduction prohibited.\n"
             "Republished on The Valley Times with permission.\n")
    assert (c.publisher, c.original_publisher) == ("The Valley Times", "Nordic Wire")
    assert [r.kind for r in c.removed] == ["copyright", "syndication"]
    _check_kept("Republished on Monday, the report drew new criticism.")


def test_site_credited_with_its_own_photo_is_the_publisher():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nA ferry near the pier in 2024. Image credit: Valley Monitor archive\n\n"
             "Tickets go on sale on Friday.\n")
    assert c.publisher == "Valley Monitor"
    # A photo agency's credit names no publisher.
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nA ferry near the pier. Photo: Jane Doe / Coast Lens\n\n"
             "Tickets go on sale on Friday.\n")
    assert c.publisher is None


def test_publication_day_from_stamps_with_the_time_first_or_in_a_row():
    for stamp in ("Updated 11:02 GMT, 4 February 2025", "11:02 GMT, 4 February 2025", "Valley Times | 4 February 2025"):
        text = f"Ferry service to resume next week\n{stamp}\n\n{_STORY}\n\nTickets go on sale on Friday.\n"
        c = _doc(text)
        assert _day(text) == "2025-02-04", stamp
        assert len(c.removed) == 1, stamp
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n"
             "This story was first published on 4 February 2025 by Nordic Wire.\n")
    assert c.published == "2025-02-04"
    # A date in a caption is no publication day.
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nA ferry on May 3, 2024. (Photo: Jane Doe/Nordic Wire)\n")
    assert c.published is None


def test_byline_without_its_stamp():
    c = _doc(f"Ferry service to resume next week\nBy Ingrid Solberg | Published March 14, 2025\n\n{_STORY}\n")
    assert c.byline == "Ingrid Solberg"


def test_scene_caption_without_a_credit_between_story_paragraphs():
    caption = "Harbour workers repair the damaged pier in Bergen on Monday."
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{caption}\n\nThe mayor said tickets go on sale on Friday.\n")
    assert [r.kind for r in c.removed] == ["caption"]
    for line in ("Harbour workers repaired the damaged pier in Bergen on Monday.",     # the past tense of the story
                 "Harbour workers repair the pier in Bergen every spring.",            # a habit
                 "The operator holds a public hearing in Bergen on Wednesday.",         # a schedule
                 "Harbour workers repair the damaged pier in Bergen, the mayor said."):  # a speaker
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n\nThe mayor said tickets go on sale on Friday.\n")
        assert c.removed == (), line
    # As the first or last story line, or in a story told in the present tense, it is the story's.
    c = _doc(f"Ferry service to resume next week\n\n{caption}\n\n{_STORY}\n")
    assert c.removed == ()
    c = _doc(f"Ferry service to resume next week\n\nThe mayor says the ferry will run again.\n\n{caption}\n\n"
             "She says tickets go on sale on Friday.\n")
    assert c.removed == ()


def test_sentence_in_a_script_with_its_own_full_stop_is_not_taken_for_a_promo():
    line = "利用者はApp Storeにない非公式アプリも使えるようになったと当局は説明した。"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n\nTickets go on sale on Friday.\n")
    assert c.removed == () and line in c.text


def test_story_sentences_opening_with_by_and_a_time_are_kept():
    for line in ("By Friday, 40 people had been killed in the clashes.", "By March the army had withdrawn from the town.",
                 "By Tuesday evening, thousands had fled."):
        _check_kept(line)
    assert _kinds("By May Chen", "top") == ["byline"]


def test_byline_and_masthead_rows_with_a_date():
    for row, byline in (("By Ingrid Solberg on 4 February 2025", "Ingrid Solberg"),
                        ("By Ingrid Solberg, 4th February 2025", "Ingrid Solberg")):
        text = f"Ferry service to resume next week\n{row}\n\n{_STORY}\n"
        assert (_doc(text).byline, _day(text)) == (byline, "2025-02-04"), row
    text = f"Ferry service to resume next week\nValley Times · 4 February 2025 · 3 min read\n\n{_STORY}\n"
    c = _doc(text)
    assert (c.publisher, _day(text), [r.kind for r in c.removed]) == ("Valley Times", "2025-02-04", ["navigation"])
    # two bare dates are an event's dates, not stamps
    _check_kept_at("29 November 2025 | 20 January 2026", ("mid",))


def test_more_footer_shapes_name_holder_origin_and_distributor():
    cases = (
        ("© 2025 Nordic Wire, distributed by Harbour Content", "Nordic Wire", "Harbour Content"),
        ("All content © 2025 Nordic Wire", "Nordic Wire", None),
        ("This article is distributed by Harbour Content under licence from Nordic Wire.", "Nordic Wire", "Harbour Content"),
        ("This story first ran in Nordic Wire and is distributed by Harbour Content.", "Nordic Wire", "Harbour Content"),
        ("This article was originally published on 4 February 2025 by Nordic Wire.", "Nordic Wire", None),
        ("This article appears courtesy of Nordic Wire.", "Nordic Wire", None),
    )
    for footer, origin, agent in cases:
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n{footer}\n")
        assert (c.original_publisher, c.distributor) == (origin, agent), footer
        assert len(c.removed) == 1, footer


def test_story_line_about_an_author_at_the_foot_is_kept():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n"
             "The writer was a vocal critic of the port authority.\n")
    assert c.removed == ()


def test_footer_links_sponsor_lines_and_graphic_credits():
    cases = {
        "end": {"Privacy policy": "navigation", "Terms of use": "navigation", "Link copied to clipboard": "navigation",
                "Sponsored by Harbour Bank": "navigation", "Report an error": "navigation"},
        "mid": {"Illustration: Jane Doe": "caption", "Map: Valley Times": "caption",
                "ICYMI: Ferry fares rise again": "related", "Recommended reading: Why fares rise": "related"},
    }
    _check_shapes(cases)
    for line in ("Contact with the crew was lost on Monday.", "Terms of the deal were not disclosed.",
                 "Advertising revenue fell by a third.", "Sponsored by the state, the ferry line lost money."):
        _check_kept(line)


def test_publication_day_from_a_place_and_date_line_or_a_filed_stamp():
    for head in ("Bergen, Norway, 4 February 2025", "Filed: 4 February 2025", "Issued on 4 February 2025"):
        assert _day(f"Ferry service to resume next week\n\n{head}\n\n{_STORY}\n") == "2025-02-04", head
    # a date inside a story sentence is no publication day
    c = _doc(f"Ferry service to resume next week\n\nBergen, the port city, reopened on 4 February 2025 after repairs.\n\n{_STORY}\n")
    assert c.published is None


def test_courtesy_credit_gallery_link_and_reporter_note():
    cases = {"mid": {"Courtesy of the Port Authority": "caption", "Photo gallery: The storm in pictures": "related"}}
    _check_shapes(cases)
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\nIngrid Solberg reports from Bergen.\n")
    assert c.byline == "Ingrid Solberg"
    _check_kept("Courtesy of the mayor, the crew were given a free meal on Monday.")


def test_wire_credits_site_furniture_and_identity_lines():
    cases = {
        "top": {"LIVE: Storm hits the coast - follow our updates from the harbour": "related",
                "12 May 2025 | Business": "other", "Share this article: [Facebook] [Email] [Copy link]": "navigation"},
        "mid": {"Ferries wait at the quay in Bergen on Monday. © JANE DOE / NORDIC WIRE": "caption",
                "A ferry leaves the harbour at Bergen (illustrative photo)": "caption",
                "Support independent journalism from the coast: become a Valley Times member today.": "promo",
                "Get the week's top harbour stories in your inbox. Sign up for our free briefing.": "promo"},
        "end": {"--With assistance from Ann Poe.": "byline", "Doe reported from Bergen, Norway.": "byline",
                "Jane Doe and John Roe reported from Oslo.": "byline",
                "More stories like this are available on nordicwire.example": "related",
                "Comments (4) | Sign in to comment": "navigation",
                "Have a news tip? Contact the Valley Times newsroom through the form on our website.": "promo",
                "Related Topics: Norway | Ferries | Transport": "navigation"},
    }
    _check_shapes(cases)


def test_story_lines_like_credits_and_identity_lines_kept():
    for line in ("With assistance from Norway, the operator rebuilt the pier.",
                 "Officials reported from the scene that the pier had collapsed.",
                 "The Valley Times - a local newspaper - said the ferry was late.",
                 "Latest in a string of delays, the ferry missed its slot on Monday.",
                 "Live music will greet the first ferry, the mayor said."):
        _check_kept(line)


def test_site_identity_line_at_the_foot_names_the_publisher():
    tail = "\n\nTickets go on sale on Friday.\n\n"
    for line, site in (("The Valley Courier — Independent news from the western fjords", "The Valley Courier"),
                       ("Fjord Dispatch · Bergen · English edition", "Fjord Dispatch"),
                       ("Harbour Watch Brief - independent analysis and news on shipping in the north.", "Harbour Watch Brief")):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}{tail}{line}\n")
        assert c.publisher == site, line
        assert [r.kind for r in c.removed] == ["navigation"], line


def test_publisher_from_masthead_row_republishing_footer_and_feed_note():
    c = _doc(f"Ferry service to resume next week\n\nVALLEY TIMES | Transport | 3 min read\n\n{_STORY}\n\nTickets go on sale.\n")
    assert c.publisher.lower() == "valley times"
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale.\n\n© 2025 Nordic Wire Ltd.\n\n"
             "Valley Times republishes Nordic Wire content under licence.\n")
    assert (c.publisher, c.original_publisher) == ("Valley Times", "Nordic Wire Ltd.")
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale.\n\n"
             "This story has not been edited by Valley Times staff and is published from a syndicated wire feed.\n")
    assert c.publisher == "Valley Times"


def test_agency_company_names_give_the_news_name():
    head, tail = "Ferry service to resume next week\n\n", "\n\nTickets go on sale on Friday.\n\n"
    for footer, origin in (("© Thomson Reuters 2025", "Reuters"), ("© Copyright Thomson Reuters 2025. Click For Restrictions.", "Reuters"),
                           ("©2025 Bloomberg L.P.", "Bloomberg News"), ("© Agence France-Presse", "AFP"),
                           ("© 2025 Associated Press. All rights reserved.", "The Associated Press"),
                           ("Nordic Wire content is republished under licence. © 2025 Nordic Wire.", "Nordic Wire")):
        assert _doc(f"{head}{_STORY}{tail}{footer}\n").original_publisher == origin, footer
    # an agency's name in a title-case dateline, or alone at the foot
    assert _doc(f"{head}Bergen (AFP) - {_STORY}{tail}").original_publisher == "AFP"
    assert _doc(f"{head}{_STORY}{tail}Reuters\n").original_publisher == "Reuters"


def test_names_under_the_headline_and_a_link_list_above_the_story():
    text = ("Ferry service to resume next week\n\nJane Doe and John Roe\n12 May 2025, 4:12 AM\n\nMost Read from Nordic Wire\n"
            "Oil Prices Slip as Traders Weigh Output\nFishing Fleet Returns Early to Port\n\n" + _STORY +
            "\n\nTickets go on sale on Friday.\n")
    c = _doc(text)
    assert c.byline == "Jane Doe and John Roe"
    assert [r.kind for r in c.removed] == ["byline", "other", "related", "related", "related"]
    assert c.text.startswith(_STORY[:20])
    # under the headline a short standfirst below a label is kept
    c = _doc(f"Ferry service to resume next week\n\nLatest\nSailings halted for a month\n\n{_STORY}\n\nTickets go on sale.\n")
    assert "Sailings halted for a month" in c.text


def test_date_section_rows_identity_under_headline_and_site_copyright_under_a_wire_story():
    _check_shapes({"top": {"4 May 2025 · Transport · 3 min read": "other", "12 Comments | Sign in to comment": "navigation"}})
    c = _doc(f"Ferry service to resume next week\nFjord Dispatch · Bergen · English edition\n\n{_STORY}\n\nTickets go on sale.\n")
    assert c.publisher == "Fjord Dispatch" and [r.kind for r in c.removed] == ["navigation"]
    # the site's own copyright under a wire's dateline: the site publishes, the wire wrote it
    c = _doc(f"Ferry service to resume next week\n\nBERGEN (Reuters) - {_STORY}\n\nTickets go on sale.\n\n© 2025 Valley Times\n")
    assert (c.publisher, c.original_publisher) == ("Valley Times", "Reuters")
    c = _doc(f"Ferry service to resume next week\n\nBERGEN (Reuters) - {_STORY}\n\nTickets go on sale.\n\n© 2025 Thomson Reuters\n")
    assert (c.publisher, c.original_publisher) == (None, "Reuters")


def test_credit_and_identity_variants():
    _check_shapes({"end": {"Jane Doe reported from Bergen and John Roe from Oslo.": "byline",
                           "With additional assistance from Ann Poe.": "byline", "— Reuters": "caption",
                           "Got a story tip? Email the Valley Times newsroom.": "promo"}})
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale.\n\nValley Times: trusted local news since 1921\n")
    assert c.publisher == "Valley Times"
    _check_kept("Norway: news of the ferry deal spread quickly along the coast.")
    assert _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale.\n\n— AFP\n").original_publisher == "AFP"


_HARBOUR_LEDE = ("Officials of the harbour board on Tuesday suspended the licences of two ferry operators after a fuel "
                 "spill closed the western port, a board spokesman said.")


def test_headline_below_the_masthead_and_tagline():
    top = ("PELICAN COAST HERALD\nYour window on the islands, the reefs and the ports\n\n"
           "Harbour board suspends ferry licences after fuel spill\n\n")
    c = _doc(f"{top}{_HARBOUR_LEDE}\n\nDivers were sent to the wreck.\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill"
    assert c.publisher == "Pelican Coast Herald"  # an all-capital masthead, its words capitalised
    assert [(r.kind, r.text) for r in c.removed] == [
        ("navigation", "PELICAN COAST HERALD"), ("navigation", "Your window on the islands, the reefs and the ports")]
    assert c.text.startswith("Officials of the harbour board")


def test_a_section_and_region_crumb_and_a_share_row_under_a_foreign_label_are_furniture():
    # "Section | Region" over the headline files the story, and a share row may be labelled in two languages: with
    # both gone, the headline is the title and the dateline opens the body
    top = ("Pacific Islands Today\nEconomy & Politics | Fiji\nCompartir / Share: WhatsApp · Facebook · X · Telegram\n"
           "By EFE staff\nThursday, 31 July 2025, 14:07 (FJT)\nADVERTISEMENT\n\n"
           "Harbour board suspends ferry licences after fuel spill\n\n")
    lede = ("Suva, Jul 31 (EFE).- Fijian Prime Minister Sitiveni Rabuka said on Thursday his government would respond "
            "to a 20 percent levy on Fijian sugar with measures under the country's new trade law, a day after the "
            "levy was imposed.")
    c = _doc(f"{top}{lede}\n\nDivers were sent to the wreck.\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill"
    assert ("navigation", "Economy & Politics | Fiji") in [(r.kind, r.text) for r in c.removed]
    assert ("navigation", "Compartir / Share: WhatsApp · Facebook · X · Telegram") in [(r.kind, r.text) for r in c.removed]
    assert c.text.lstrip().startswith("Suva, Jul 31 (EFE).-")


def test_headline_below_a_masthead_and_an_agency_credit_line():
    # the agency's name alone between the masthead and the headline ("dpa") credits the story: it is no paragraph,
    # so the masthead is still found and the headline is the title, not a line of the body
    top = ("PELICAN COAST HERALD\nHome / Islands / Ports\nShare this article: [Facebook] [X] [Email]\ndpa\n"
           "03.04.2025, 08:15\nPhoto: Tugs ring the stricken tanker off the main quay. Photo: Jan Berg/dpa\n\n"
           "Harbour board suspends ferry licences after fuel spill\n\n")
    c = _doc(f"{top}{_HARBOUR_LEDE}\n\nDivers were sent to the wreck.\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill"
    assert c.publisher == "Pelican Coast Herald"
    assert c.text.startswith("Officials of the harbour board")


def test_a_site_name_with_no_outlet_word_over_page_furniture_is_the_masthead():
    # "Pelican Voice Islands" names no outlet ("Herald", "Post") and shares a word with the story, yet a row of
    # sections and a row of share buttons stand between it and the headline: it is the masthead
    top = ("Harbour Voice Islands\nPorts | Shipping | Islands\nShare  X  Facebook  LinkedIn  Email\n"
           "Harbour board suspends ferry licences after fuel spill\nBy Jan Berg\n\n")
    c = _doc(f"{top}{_HARBOUR_LEDE}\n\nDivers were sent to the wreck.\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill"
    assert c.publisher == "Harbour Voice Islands"


def test_headline_below_an_edition_masthead_and_a_dotted_date_stamp():
    top = ("Lagoon Ledger | English Edition\n2025.04.03 (Thu) 08:15 KST\n\n"
           "Fishermen's union calls strike over new catch quotas\n\n")
    lede = ("The national fishermen's union called a three-day strike on Thursday over new catch quotas that it "
            "says will cost a thousand jobs in the northern ports.")
    text = f"{top}{lede}\n\nBoats stayed in harbour.\n"
    c = _doc(text)
    assert c.title == "Fishermen's union calls strike over new catch quotas"
    assert c.publisher == "Lagoon Ledger"
    assert [r.kind for r in c.removed] == ["navigation", "other"]
    assert _day(text) == "2025-04-03"


def test_masthead_row_sharing_place_names_with_the_story_is_still_the_masthead():
    # the site is named after the port and its tagline names the country: both are in the lede too
    top = ("Bergen Harbour Monitor | Norway news in English\nMenu  Search\n\n"
           "Harbour board suspends ferry licences after fuel spill in Bergen\n\n")
    lede = ("Officials of the harbour board in Bergen, Norway, on Tuesday suspended the licences of two ferry operators "
            "after a fuel spill closed the western port, a board spokesman told the Monitor.")
    c = _doc(f"{top}{lede}\n\nDivers were sent to the wreck.\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill in Bergen"
    assert c.publisher == "Bergen Harbour Monitor"
    assert c.text.startswith("Officials of the harbour board")


def test_capital_masthead_takes_the_case_the_page_writes_it_in():
    top = "RIVERMARK — Trade, Transport & Towns of the Delta\n\nBarge crews end strike after pay deal with port authority\n\n"
    lede = ("Barge crews on the lower river ended a nine-day strike on Friday after the port authority agreed to "
            "raise their pay by eight percent, the crews' union said.")
    c = _doc(f"{top}{lede}\n\nTraffic resumed at noon.\n\nSubscribe to the RiverMark evening bulletin\n")
    assert c.title == "Barge crews end strike after pay deal with port authority"
    assert c.publisher == "RiverMark"


def test_dateline_credit_under_the_site_copyright_names_the_author():
    top = "Lagoon Ledger | English Edition\nTweet   Share   Pin   Email\n\nHarbour board suspends ferry licences after fuel spill\n\n"
    c = _doc(f"{top}PORT ELLIS, 3 April 2025 (Isle News Agency) - {_HARBOUR_LEDE}\n\nDivers were sent to the wreck.\n\n"
             "Lagoon Ledger | © 2025 All rights reserved\n")
    assert c.title == "Harbour board suspends ferry licences after fuel spill"
    assert c.publisher == "Lagoon Ledger"
    assert c.original_publisher == "Isle News Agency"
    assert [r.kind for r in c.removed] == ["navigation", "navigation", "copyright"]


def test_top_of_page_left_as_it_was():
    # a headline on line 1, a standfirst (with or without a full stop), then the story
    for standfirst in ("The operator says repairs to the pier are finished.", "Repairs to the pier are finished, the operator says"):
        c = _doc(f"Ferry service to resume next week\n\n{standfirst}\n\n{_STORY}\n\nTickets go on sale.\n")
        assert c.title == "Ferry service to resume next week", standfirst
        assert standfirst in c.text and c.removed == ()
    # a country label and a headline on one line
    c = _doc(f"Chile | Miners block highway to northern port\n\nStriking copper miners blocked the main highway to the "
             f"northern port on Monday, police said.\n\nTrucks waited.\n")
    assert c.title == "Chile | Miners block highway to northern port" and c.removed == ()
    # a story with no headline
    c = _doc(f"{_HARBOUR_LEDE}\n\nDivers were sent to the wreck.\n")
    assert c.title is None and c.text.startswith("Officials of the harbour board")
    # a headline sharing few words with the story, the outlet's name under it
    c = _doc(f"Storm season comes early\nTHE VALLEY COURIER\n\n{_HARBOUR_LEDE}\n\nDivers were sent.\n")
    assert c.title == "Storm season comes early" and c.publisher == "The Valley Courier"
    # a headline on line 1 and a line further down sharing more words with the lede: the headline stays
    c = _doc(f"Fuel spill closes port\n\nHarbour board suspends two ferry licences, spokesman says\n\n{_HARBOUR_LEDE}\n")
    assert c.title == "Fuel spill closes port"
    # a headline sharing no word with the story over a standfirst with no full stop: no masthead above it
    c = _doc(f"Storm season comes early\n\nHarbour board suspends two ferry licences, spokesman says\n\n{_HARBOUR_LEDE}\n")
    assert c.title == "Storm season comes early" and "Harbour board suspends two ferry licences" in c.text


def test_captions_under_the_headline_with_a_two_slash_credit_or_photo_shows():
    cases = {"top": {"Ferries moored at the quay in Port Ellis on Monday. NORDIC WIRE/Ingrid Solberg/File Photo": "caption",
                     "Photo shows the closed ferry terminal in Port Ellis. (Nordic Wire)": "caption"}}
    _check_shapes(cases)
    _check_kept("The photo shows the quay was empty, the harbour master said.")


def test_share_buttons_name_no_publisher():
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale.\n\nShare on Facebook Share on X Share on WhatsApp\n")
    assert c.publisher is None and [r.kind for r in c.removed] == ["promo"]


def test_editors_initials_and_send_to_friend_rows_are_debris():
    c = _doc("Ministers meet over river dispute\n\nHARBOURTON (Wire) - Two ministers met on Monday to discuss the river.\n\n"
             "The talks will resume next week, officials said.\n\nwire kl/mn pq\n\nab-cd/efg\n\n"
             "Print this story | Email this article to a friend")
    assert [r.text for r in c.removed] == ["wire kl/mn pq", "ab-cd/efg", "Print this story | Email this article to a friend"]
    assert "officials said" in c.text
    c = _doc("Ministers meet over river dispute\n\nPrint this article | Send by email | Comments (12)\n\n"
             "HARBOURTON (Wire) - Two ministers met on Monday to discuss the river.\n\nThe talks will resume next week.")
    assert [r.text for r in c.removed] == ["Print this article | Send by email | Comments (12)"]


def test_syndication_note_under_the_headline_and_above_a_long_foot():
    c = _doc("Example Valley Hub\nNews | Provinces | Hillside | Opinion | Podcasts\n"
             "Farmers block roads in Hillside province over fertiliser prices\n"
             "By Jane Roe, Hillside Courier\n"
             "This story was originally published by Hillside Courier and is republished with permission.\n\n"
             "Farmers blocked roads across Hillside province on Monday, demanding cheaper fertiliser and better prices.\n\n"
             "Police said the blockades were peaceful.\n\n"
             "This article was originally published in Portuguese and translated by our staff.\n"
             "Related: Fertiliser prices explained | Hillside harvest falls\n"
             "Get the Valley briefing every Monday - subscribe free\n"
             "(c) 2025 Hillside Courier. All rights reserved.")
    assert c.title == "Farmers block roads in Hillside province over fertiliser prices"
    assert c.publisher == "Example Valley Hub"
    assert c.original_publisher == "Hillside Courier"
    assert c.text.startswith("Farmers blocked roads") and c.text.endswith("were peaceful.")


def test_photo_courtesy_tail_is_a_caption():
    c = _doc("Storm hits coast\n\nVillagers clear debris near the harbour in Seaview. Photo courtesy of the Regional Disaster Office\n\n"
             "SEAVIEW (Wire) - A storm destroyed 40 homes on Sunday, the regional government said.")
    assert [r.kind for r in c.removed] == ["caption"]


def test_copyright_holder_after_all_rights_reserved_and_source_label():
    c = _doc("Port strike ends\n\nA strike at the port ended on Friday after a wage deal, the union said.\n\n"
             "All rights reserved (c) Example Press Agency 2025")
    assert c.original_publisher == "Example Press Agency"
    c = _doc("Port strike ends\n\nQUAYTOWN (EPA News) - A strike at the port ended on Friday, the union said.\n\n"
             "Source: Agencia de Prensa del Sur (APS). Translated by Example Digest.")
    assert c.original_publisher == "Agencia de Prensa del Sur"
    c = _doc("Port strike ends\n\nQUAYTOWN (Wire) - A strike at the port ended on Friday, the union said.\n\n"
             "Source: wire | 03.04.2025 | 10:12")
    assert c.original_publisher == "wire" or c.original_publisher == "Wire"


def test_masthead_sharing_one_word_with_the_story_is_still_the_masthead():
    c = _doc("HARBOUR FISH TIMES\nHome / Business / Fishing & Trade\n"
             "Two coastal states agree to reopen fishing grounds after month-long dispute\n"
             "By Jane Roe\n\n"
             "PORTVILLE, May 3 (Wire) - Two coastal states agreed on Friday to reopen fishing grounds closed for a month "
             "in a dispute over fish quotas, ministers said.")
    assert c.title == "Two coastal states agree to reopen fishing grounds after month-long dispute"
    assert c.publisher == "Harbour Fish Times"


def test_wire_contact_block_and_phone_call_at_the_foot():
    c = _doc("Port workers strike over unpaid wages\n\n"
             "Dock workers walked off the job on Tuesday, halting cargo at the main terminal.\n\n"
             "The port authority said talks would resume next week.\n\n"
             "To contact the reporter on this story:\nAnna Poe in Valparaiso at apoe@example.net;\nJonas Lind\n"
             "To contact the editor responsible for this story:\nMark Ruiz at mruiz@example.net\n\n"
             "Got a tip? Message the Example Courier desk on +44 20 7946 0000\n"
             "Have news to share? Text our newsroom at (212) 555-0100")
    assert c.text.endswith("talks would resume next week.")
    kinds = [r.kind for r in c.removed]
    assert kinds == ["other", "promo", "promo", "other", "promo", "promo", "promo"]
    # a story line with numbers like a phone's stays
    kept = _doc("Budget vote delayed\n\nLawmakers approved 2025-2026 spending of 1,500-2,000 million on 2026-03-12.\n")
    assert "2025-2026 spending" in kept.text


def test_agency_stamp_row_and_byline_with_a_second_reporter():
    c = _doc("Example Ledger | Regional News\n"
             "Flooding forces thousands from homes along the river\n"
             "Reuters | Monday, 9 February 2026, 08:15 (GMT+1)\n"
             "By Lena Vogt with Omar Haddad in Mosul\n\n"
             "MOSUL (Reuters) - Floods forced thousands of families from their homes on Monday, officials said.\n")
    assert c.title == "Flooding forces thousands from homes along the river"
    assert c.text.startswith("MOSUL (Reuters) - Floods")
    assert [r.kind for r in c.removed] == ["navigation", "other", "byline"]
    assert c.byline == "Lena Vogt with Omar Haddad in Mosul"
    assert c.publisher == "Example Ledger"
    # a sentence opening with "By <time> with" stays
    kept = _doc("Talks stall\n\nBy Sunday with no deal in sight, the delegations had gone home.\n")
    assert "By Sunday with no deal" in kept.text


def test_reporter_over_her_outlets_line_and_one_word_masthead():
    c = _doc("SEAWATCHER\n"
             "Home › Pacific › Fiji\n"
             "Villagers block logging road as court case drags on\n"
             "Mere Tuilagi\n"
             "The Island Herald/Pacific News Network\n"
             "SUVA – Villagers blocked a logging road on Saturday, the landowners' council said.\n\n"
             "The company said it would appeal.\n\n"
             "Send your news to Seawatcher at news@example.org")
    assert c.title == "Villagers block logging road as court case drags on"
    assert c.text.startswith("SUVA – Villagers")
    assert [(r.kind, r.text) for r in c.removed][:4] == [
        ("navigation", "SEAWATCHER"), ("navigation", "Home › Pacific › Fiji"), ("byline", "Mere Tuilagi"),
        ("navigation", "The Island Herald/Pacific News Network")]
    assert c.byline == "Mere Tuilagi"
    assert c.publisher == "Seawatcher"   # named again below, in the case the page writes it
    # a one-word line the page names nowhere else is left out of the publisher
    d = _doc("BULLETIN\nRebels seize two towns in the north after heavy fighting\n\n"
             "Rebels seized two towns on Sunday, the army said.\n")
    assert d.title == "Rebels seize two towns in the north after heavy fighting" and d.publisher is None


def test_photographer_credit_tail_is_a_caption():
    c = _doc("Mine reopens after strike\n\nThe mine reopened on Monday after a two-week strike, the company said.\n\n"
             "Miners queue at the gate before the morning shift. Photographer: Ruth Ames/Example Wire\n\n"
             "Output is expected to recover by June, the company said.\n")
    assert [r.kind for r in c.removed] == ["caption"]
    assert "Output is expected" in c.text


def test_more_from_the_site_heading_without_a_colon_lists_links():
    c = _doc("Court jails opposition leader\n\nA court jailed the opposition leader for five years on Friday.\n\n"
             "His lawyers said they would appeal.\n\n"
             "MORE FROM EXAMPLE COAST TIMES\nFerry fares rise for the third time this year\n"
             "Fishermen protest new quota rules")
    assert c.text.endswith("they would appeal.")
    assert [r.kind for r in c.removed] == ["related", "related", "related"]


def test_caption_without_a_credit_above_the_dateline_paragraph():
    dateline = ("BERGEN, 4 May 2026 (Example Wire) - Officials in the port city said on Tuesday that the ferry "
                "service would resume next week.")
    for caption in ("A tow truck parked outside the ferry terminal in Bergen.",
                    "The damaged ferry moored at the quay after the storm.",
                    "Two fishing boats anchored off the cape near Bergen."):
        c = _doc(f"Ferry service to resume next week\n\n{caption}\n\n{dateline}\n\nTickets go on sale on Friday.\n")
        assert [(r.kind, r.text) for r in c.removed] == [("caption", caption)], caption
        # under a standfirst too
        c = _doc(f"Ferry service to resume next week\n\nThe operator expects the first crossings by Monday.\n\n"
                 f"{caption}\n\n{dateline}\n")
        assert [r.kind for r in c.removed] == ["caption"], caption
        # right after a marker that stands for a picture, anywhere
        c = _doc(f"Ferry service to resume next week\n\n{dateline}\n\n[Image]\n\n{caption}\n\nTickets go on sale on Friday.\n")
        assert [r.text for r in c.removed] == ["[Image]", caption], caption
    # A story sentence there is kept: a finite verb, a clause, a speaker, or no dateline paragraph below it.
    for line in ("Harbour workers repaired the pier at the terminal on Monday.",
                 "The ferry was moored at the quay after the storm.",
                 "A tow truck parked outside the terminal, the mayor said.",
                 "The ferry that sank off the cape is being raised."):
        c = _doc(f"Ferry service to resume next week\n\n{line}\n\n{dateline}\n")
        assert c.removed == (), line
    c = _doc(f"Ferry service to resume next week\n\nA tow truck parked outside the ferry terminal in Bergen.\n\n{_STORY}\n")
    assert c.removed == ()


def test_foot_notes_licence_comments_authors_reader_question_and_sign_off():
    foot = {
        "Harbour Daily publishes Example Wire content under licence.": "syndication",
        "Comments are closed.": "navigation",
        "About the authors: Jane Roe covers shipping from Oslo. John Poe reports on ports from Bergen.": "byline",
        "Liked this article? Get the Harbour Daily briefing in your inbox each week. Subscribe today.": "promo",
        "==Kyodo": "byline",
    }
    for line, kind in foot.items():
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n{line}\n")
        assert [(r.kind, r.text) for r in c.removed] == [(kind, line)], line
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n" + "\n\n".join(foot) + "\n")
    assert c.publisher == "Harbour Daily" and c.original_publisher == "Example Wire"
    c = _doc(f"Ferry service to resume next week\n\nTOKYO (Kyodo) - {_STORY}\n\nTickets go on sale on Friday.\n\n==Kyodo\n")
    assert c.original_publisher == "Kyodo News" and c.byline is None
    # story lines of the same words are kept
    for line in ("The newspaper publishes its accounts every year under new rules.",
                 "The council said comments are closed until the review ends.",
                 "Enjoying this story, the mayor said, is not the point."):
        c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n\nTickets go on sale on Friday.\n")
        assert c.removed == (), line


def test_a_wires_note_about_itself_below_its_sign_off():
    note = "EXAMPLEWIRE provides timely news and pictures to its subscribers through EXAMPLEWIRE Services and its app."
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n-- EXAMPLEWIRE\n{note}\n")
    assert [(r.kind, r.text) for r in c.removed] == [("byline", "-- EXAMPLEWIRE"), ("promo", note)]
    assert c.text.rstrip().endswith("Tickets go on sale on Friday.")
    # with no sign-off above it, a line that names a wire is the story's
    line = "EXAMPLEWIRE provides the ferry operator with its timetables."
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n{line}\n\nTickets go on sale on Friday.\n")
    assert c.removed == ()


def test_author_note_whose_surname_only_a_namesake_shares():
    story = ("Officials in the port city said on Tuesday that the ferry service would resume next week, "
             "two months after its owner Lim Sovann was arrested.")
    note = "Kao Sovann is an Example Wire correspondent based in Bergen."
    c = _doc(f"Ferry service to resume next week\n\n{story}\n\n{note}\n")
    assert [(r.kind, r.text) for r in c.removed] == [("byline", note)]
    # the surname alone, or after a title, names her: the note is the story's
    for later in ("Sovann said the ferry would run again.", "Ms Sovann said the ferry would run again."):
        c = _doc(f"Ferry service to resume next week\n\n{story} {later}\n\n{note}\n")
        assert c.removed == (), later


def test_headline_below_a_brand_masthead_a_web_address_or_a_label():
    lede = ("Dock workers at the northern terminal ended a week-long strike on Monday after the port authority agreed "
            "to a new wage deal, their union said.")
    # a brand written as one word with capitals inside, over a lone agency name
    c = _doc(f"ShipLine Baltic\nNordic Wire\n\nDock workers end strike after wage deal with port authority\n\n{lede}\n\n"
             "Cranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert c.publisher == "ShipLine Baltic"
    # a site named by its web address before a tagline
    c = _doc(f"HarbourWatch.org — Docks · Cargo · Crews\n\nDock workers end strike after wage deal with port authority\n\n"
             f"{lede}\n\nCranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert c.publisher == "HarbourWatch.org"
    # an all-capital masthead, then a section's name alone over the headline
    c = _doc(f"THE QUAYSIDE GAZETTE\n\nLabour\nDock workers end strike after wage deal with port authority\n\n{lede}\n\n"
             "Cranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert ("navigation", "Labour") in [(r.kind, r.text) for r in c.removed]
    # a crumb of two short names with a slash over the headline
    c = _doc(f"Example Coast Monitor — Weekend edition\nLabour / Unions\n\n"
             f"Dock workers end strike after wage deal with port authority\n\n{lede}\n\nCranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert ("navigation", "Labour / Unions") in [(r.kind, r.text) for r in c.removed]
    # a country and a headline with a slash stay the headline
    c = _doc(f"Latvia / Dockers strike again\n\n{lede}\n\nCranes resumed work.\n")
    assert c.title == "Latvia / Dockers strike again"


def test_agency_name_alone_under_the_headline_and_share_this_article():
    c = _doc("Dock workers end strike after wage deal\nAgence France-Presse\nShare this article\n\n"
             "Dock workers at the northern terminal ended a week-long strike on Monday, their union said.\n\n"
             "Cranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal"
    assert [(r.kind, r.text) for r in c.removed] == [("byline", "Agence France-Presse"), ("navigation", "Share this article")]
    assert c.text.startswith("Dock workers at the northern terminal")


def test_lone_reporter_over_the_date_stamp_and_inline_contact_line():
    c = _doc("Dock workers end strike after wage deal\nMarta Lindqvist\nMon, June 2, 2025 at 8:10 AM CET · 3 min read\n\n"
             "Dock workers at the northern terminal ended a week-long strike on Monday, their union said.\n\n"
             "Cranes resumed work.\n\nTo contact the reporter on this story: Marta Lindqvist in Gdansk\n")
    assert c.title == "Dock workers end strike after wage deal"
    kinds = {r.text: r.kind for r in c.removed}
    assert kinds.get("Marta Lindqvist") == "byline"
    assert "To contact the reporter on this story: Marta Lindqvist in Gdansk" in kinds
    assert c.text.startswith("Dock workers at the northern terminal") and c.text.endswith("Cranes resumed work.")


def test_page_widgets_comment_counts_and_separators_removed():
    # stamp rows with a time, a comment count and the desk that filed it; an update age after a stamp;
    # text-size widgets; a rule of underscores; an agency's name alone in capitals
    for line in ("Mar. 4, 2025 | 09:10 GMT | 7 Comments",
                 "March 4, 2025 | Example Radio's Evening Desk | 0 Comments",
                 "March 4, 2025 9:10 AM GMT+2 Updated 3 hours ago",
                 "Font size: A- A+",
                 "Listen to this article | Text size: A A A",
                 "YONHAP"):
        c = _doc(f"Ferry service to resume next week\n{line}\n\n{_STORY}\n")
        assert [r.text for r in c.removed] == [line], line
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\n____\n")
    assert [r.text for r in c.removed] == ["____"]
    # a row that is a date and words of the story is kept
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\nMarch 4, 2025 | Ferries Resume Service | on the coast\n")
    assert c.removed == () or all("Ferries" not in r.text for r in c.removed)


def test_caption_opened_by_a_bracketed_photo_credit_removed():
    line = "[Photo: Example Wire] Fishermen haul their nets ashore at dawn near the harbour."
    c = _doc(f"Ferry service to resume next week\n{line}\n\n{_STORY}\n")
    assert [(r.kind, r.text) for r in c.removed] == [("caption", line)]


def test_outlet_and_city_line_at_the_top_removed_when_the_footer_names_the_outlet():
    c = _doc(f"Ferry service to resume next week\nThe Harbour Courier (Mombasa)\n\n{_STORY}\n\n"
             "Copyright © 2025 The Harbour Courier. All rights reserved.\n")
    assert "The Harbour Courier (Mombasa)" in [r.text for r in c.removed]
    # without a footer naming it, a short line with a bracket is left alone
    c = _doc(f"Ferry service to resume next week\nThe Harbour Courier (Mombasa)\n\n{_STORY}\n")
    assert "The Harbour Courier (Mombasa)" not in [r.text for r in c.removed]


def test_related_posts_label_and_flattened_link_rows():
    cases = {
        "end": {"You might also be interested in: Ferry fares rise for a third year": "related",
                "RELATED POSTS Harbour fees rise again Fishermen block the old pier in quota row": "related",
                "More on this Ferry strike enters second week Port unions reject pay offer": "related"},
    }
    _check_shapes(cases)
    c = _doc(f"Ferry service to resume next week\n\n{_STORY}\n\nTickets go on sale on Friday.\n\n"
             "Related posts\nHarbour fees rise again\nFishermen block the old pier in quota row\n")
    assert [r.kind for r in c.removed] == ["related"] * 3
    assert c.text.endswith("Tickets go on sale on Friday.")
    _check_kept("Related talks on the harbour fees will open in Bergen on Monday, the ministry said.")


def test_menu_bar_with_spaced_items_is_navigation_not_the_title():
    c = _doc("Home  Search  Subscribe  E-Paper\nHARBOUR TIMES\n\nFerry strike halts crossings to the islands\n\n" + _STORY)
    assert c.title == "Ferry strike halts crossings to the islands"
    assert ("navigation", "Home  Search  Subscribe  E-Paper") in [(r.kind, r.text) for r in c.removed]
    # words that are not a menu's, set apart the same way, stay where they are
    c = _doc("Ferry strike  Harbour closed  Islands cut off\n\n" + _STORY)
    assert "navigation" not in [r.kind for r in c.removed]


_DOCK_LEDE = ("Dock workers at the northern terminal ended a week-long strike on Monday after the port authority agreed "
              "to a new wage deal, their union said.")


def test_short_site_name_over_a_most_read_list_yields_to_the_headline():
    # a two-word name no outlet word marks, a row of sections, a "Most Read" list, then the headline and its authors
    c = _doc("Quayline Capital\nMarkets | Shipping | Energy\nMost Read from Example Wire\n"
             "Copper Futures Slip as Smelters Cut Output\nBank Raises Rates for Third Month\n"
             "Dock Workers End Strike After Wage Deal With Port Authority\nAnna Berg and Tomas Lind\n\n"
             f"{_DOCK_LEDE}\n\nCranes resumed work.\n")
    assert c.title == "Dock Workers End Strike After Wage Deal With Port Authority"
    assert c.publisher == "Quayline Capital"
    assert "Copper Futures" not in c.text and "Quayline" not in c.text and c.text.startswith("Dock workers at")


def test_web_name_and_you_are_here_crumb_over_the_headline():
    c = _doc("harbourpost.net\nYou are here: Home > Regions > North Coast\n"
             "Dock workers end strike after wage deal with port authority\n\n"
             f"{_DOCK_LEDE}\n\nCranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert c.publisher == "harbourpost.net"
    assert [(r.kind, r.text) for r in c.removed] == [
        ("navigation", "harbourpost.net"), ("navigation", "You are here: Home > Regions > North Coast")]


def test_station_call_sign_and_weather_alert_over_the_headline():
    c = _doc("WXQR 7 NEWS\nWeather | Traffic | Watch Live\nWEATHER ALERT: Gale warning for the coast until 8 p.m.\n"
             "ADVERTISEMENT\nDock workers end strike after wage deal with port authority\n\n"
             f"{_DOCK_LEDE}\n\nCranes resumed work.\n")
    assert c.title == "Dock workers end strike after wage deal with port authority"
    assert c.publisher == "WXQR 7 NEWS"  # a station's name with its channel number stays as written
    assert "Gale warning" not in c.text


def test_masthead_over_a_section_row_and_a_headline_sharing_one_word():
    # a row of section names over the headline, the only headline-like line under the masthead
    c = _doc("The Saltmarsh Ledger\nNorthern Terminal · Labour\nCranes idle no more, union hails pay rise\n\n"
             f"{_DOCK_LEDE}\n\nThe cranes resumed work.\n")
    assert c.title == "Cranes idle no more, union hails pay rise"
    assert c.publisher == "The Saltmarsh Ledger"
    assert "Northern Terminal · Labour" not in c.text
    # a short capitalised headline sharing a word with the story is no site: it stays over its standfirst
    c = _doc("Dock Strike Over\n\nTerminal workers return after union accepts new wage deal from port authority\n\n"
             f"{_DOCK_LEDE}\n")
    assert c.title == "Dock Strike Over"


def test_previous_and_next_article_links_are_related_links():
    c = _doc("Harbour pilots end strike\n\nHarbour pilots in Tema ended their strike on Monday after a pay deal.\n\n"
             "Previous article: Ferry fares rise again Next article: Dock cranes idle for a week\n\n"
             "The pilots returned to work.\n")
    assert "Previous article" not in c.text
    assert "related" in [r.kind for r in c.removed]


def test_stamp_rows_with_update_ages_day_first_dates_and_filing_desks_removed():
    from eventwire.clean import _classify
    for line in ("April 2, 2025 6:05 PM GMT+2 · Updated 12 min ago", "June 8, 2024 · 7:30 AM GMT+1 · Updated 3 hours ago",
                 "07.11.2025, 08:15", "03.02.2026 | 11:20 | Reading time: 6 min", "August 9, 2025 — 5 min read",
                 "Wed, Sep 3, 2025, 9:41 AM 6 min read", "04.06.2025, 07:05 Uhr | dpa", "Xinhua | 12.12.2025, 10:10",
                 "Harbour News | 5 October 2025 | 10:02", "EFE | Friday 3 October 2025, 11:00 (Lima time)",
                 "2025-09-14 08:02:11 | Source: Xinhua", "BSS  ·  Chittagong  ·  Published: 2 Jun 2025, 11:05",
                 "May 6, 2025 · EFE · Translated by Harbour Desk staff", "Ana Novak, STA | 4 May 2025, 09:12 CET"):
        assert _classify(line, 1, 12) == "other", line
    # story lines with a date and a dash or a bar stay
    for line in ("On April 2, 2025 the port reopened after a three-week strike.",
                 "Kenya | Police detain 40 protesters in Nairobi",
                 "Ana Novak, a dock worker, said the strike ended on 4 May 2025 at 09:12."):
        assert _classify(line, 1, 12) is None, line


def test_comment_share_and_listen_widgets_end_marks_and_wire_slugs_removed():
    from eventwire.clean import _classify
    for line, kind in (("Copy Link copied", "navigation"), ("Sign in to leave a comment", "navigation"),
                       ("Comments (3) | Share: Facebook  X  Email", "navigation"),
                       ("Comments (0) — Be the first to comment", "navigation"),
                       ("Enjoyed this article? Share it: Facebook · WhatsApp · Telegram", "navigation"),
                       ("Share: f  X  in  Telegram  Mail", "navigation"),   # the buttons' icon letters
                       ("Listen · 2:05 min", "navigation"), ("Listen to this article 6:30", "navigation"),
                       ("Keywords #ports #strike #wages", "navigation"), ("Trending on HARBOUR 4 NEWS", "navigation"),
                       ("Terms and Privacy Policy · Privacy Dashboard · About Our Ads", "navigation"),
                       ("(END)", "byline"), ("Enditem", "byline"), ("Editor: Li Wen", "byline"), ("(Bernama)", "byline"),
                       ("(Tanjug)", "byline"), ("IANS ab cd", "byline"), ("dpa xy ab n2", "byline"),
                       ("Ana Novak and Piet Smit, Reuters", "byline"), ("Bloomberg staff", "byline"), ("AAP", "byline"),
                       ("(c)2025 Example Wire Ltd.", "copyright"),
                       ("Also of interest: Strikes along the coast, a timeline", "related"),
                       ("Disclaimer: Comments posted here are the views of readers, not of the site.", "other")):
        assert _classify(line, 10, 12) == kind, line
    # story lines of the same look stay
    for line in ("Reuters staff were evacuated from the building on Monday.", "IANS said the strike ended.",
                 "Editor: the strike is over, the union said.", "Comments made by the minister angered the union.",
                 "Listen to the dock workers, the mayor said.", "The strike ended (temporarily) on Monday."):
        assert _classify(line, 10, 12) is None, line


def test_captions_that_describe_a_picture_and_name_who_released_it():
    from eventwire.clean import _classify
    for line in ("This photo, released by the port authority, shows cranes standing idle at the northern terminal.",
                 "Cranes stand idle at the terminal, in a photo released by the port authority.",
                 "A coast guard cutter leaves the harbour at dawn on Monday. (Yonhap)"):
        assert _classify(line, 3, 12) == "caption", line
    for line in ("The port authority released a photo showing cranes idle at the terminal.",
                 "A coast guard cutter left the harbour at dawn on Monday, officials said. The strike ended. (Yonhap)"):
        assert _classify(line, 3, 12) is None, line


def test_newsletter_call_offering_a_daily_free_edition_is_promo():
    from eventwire.clean import _classify
    assert _classify("Sign up for The Harbour Morning — shipping and ports news, free every weekday.", 10, 12) == "promo"


def test_related_and_promo_lines_of_sites_in_other_languages():
    # an English wire republished by a Spanish-language site keeps the site's own labels
    c = _doc("Talks stall in Geneva\n\nDelegates left Geneva without an agreement on Thursday.\n\n"
             "MÁS: Why the talks matter to the region\nSuscríbase al boletín de Example Dispatch\n"
             "Lire aussi : the talks in pictures\n")
    assert [r.kind for r in c.removed] == ["related", "promo", "related"]
    assert c.text == "Delegates left Geneva without an agreement on Thursday."

"""Cleaning: debris removed with its kind, every story sentence kept, provenance filled."""

from __future__ import annotations

import re

from eventwire import RawDocument, clean
from conftest import FIXTURES


def _doc(text: str):
    return clean(RawDocument(source="t.txt", text=text))


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

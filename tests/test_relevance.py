"""The relevance stage: private persons' acts on nobody political are not political events."""

from __future__ import annotations

import pytest

from eventwire.records import Actor, Event
from eventwire.relevance import political_actor, political_events, private_person


def _actor(aid: str, kind: str, country: str | None = None, sectors: tuple[str, ...] = (),
           description: str | None = None) -> Actor:
    return Actor(aid, aid, kind, country, sectors, description, ())


def _event(plover: str, source: str | None, target: str | None) -> Event:
    return Event("E1", plover, None, (), "010", 1, 0.0, source, target, None, None, "asserted", (0, 1), (0, 2))


PRIVATE = _actor("A1", "person", "USA")
MINISTER = _actor("A2", "person", "USA", ("GOV",))
NGO = _actor("A3", "organization", "NGO")
COMPANY = _actor("A4", "organization", "USA", ("BUS",))
STATE = _actor("A5", "country", "FRA")
ROLE = _actor("A6", "person", "GBR", description="pastry chef")


@pytest.mark.parametrize("actor, private, political", [
    (PRIVATE, True, False), (MINISTER, False, True), (NGO, False, True), (COMPANY, False, False),
    (STATE, False, True), (ROLE, True, False), (None, False, False),
])
def test_actor_classes(actor, private, political):
    assert private_person(actor) is private
    assert political_actor(actor) is political


@pytest.mark.parametrize("plover, source, target, kept", [
    ("REQUEST", "A1", None, False),       # "he had called in sick"
    ("SUPPORT", "A1", "A4", False),       # a private person backing a company
    ("ACCUSE", "A1", "A2", True),         # a citizen accusing a minister is political
    ("PROTEST", "A1", None, True),        # one person's hunger strike is a protest
    ("REQUEST", "A6", None, False),       # an occupation is not a public role
    ("COERCE", None, "A1", True),         # an unnamed agent's act (police arrests) is not judged here
    ("AGREE", "A4", None, True),          # organisations are not filtered
])
def test_political_events(plover, source, target, kept):
    actors = (PRIVATE, MINISTER, NGO, COMPANY, STATE, ROLE)
    assert (len(political_events([_event(plover, source, target)], actors)) == 1) is kept


def test_lifestyle_story_gives_no_events_but_politics_still_does(coder):
    private = ("Maria Lopes, a pastry chef from Lisbon, said she had been accepted by a cooking school in Paris. "
               "Lopes promised her mother she would return home every summer.")
    record = coder.code_text(private)
    chef = next(a.id for a in record.actors if a.name == "Maria Lopes")
    assert not [e for e in record.events if e.source == chef]
    political = ("Portugal's foreign minister accused Spain of violating a fishing agreement on Monday. "
                 "Maria Lopes, a fisherwoman, promised to keep protesting outside the ministry.")
    record = coder.code_text(political)
    assert any(e.plover == "ACCUSE" and e.source_country == "PRT" and e.target_country == "ESP" for e in record.events)

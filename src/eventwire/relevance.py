"""Relevance stage: keep the events that political event data is about.

Mixed news streams (sport, business, crime, lifestyle) make a trigger lexicon fire on private
life: "he had called in sick", "she tweeted her support", "the owner wanted to demolish the
buildings".  Event data sets code acts of political actors (states and their bodies, parties,
armed groups, international and non-governmental organisations, organised social groups); a
named private person acting on nobody political is not one.

Input: the events coder's events and the document's actors.  Output: the same events minus
those whose source is a private person (a person with no sector and no international or
non-governmental code: "a pastry chef" is not a public role) and whose target is not a political actor either.
Protests are kept: one person's hunger strike or sit-in is a political act by definition.
"""

from __future__ import annotations

from typing import Iterable

from .lexicon import NONSTATE_CODES
from .records import Actor, Event

KEPT_TYPES = frozenset({"PROTEST"})


def private_person(actor: Actor | None) -> bool:
    """A named person the text gives no public sector (government, party, armed group ...) or organisation."""
    return actor is not None and actor.kind == "person" and not actor.sectors and actor.country not in NONSTATE_CODES


def political_actor(actor: Actor | None) -> bool:
    """A state, a body with a non-business sector, or an international/non-governmental actor."""
    if actor is None:
        return False
    return actor.kind == "country" or bool(set(actor.sectors) - {"BUS"}) or actor.country in NONSTATE_CODES


def political_events(events: Iterable[Event], actors: Iterable[Actor]) -> tuple[Event, ...]:
    """``events`` without private persons' acts on non-political parties (see the module docstring)."""
    by_id = {a.id: a for a in actors}
    return tuple(e for e in events
                 if e.plover in KEPT_TYPES
                 or not (private_person(by_id.get(e.source)) and not political_actor(by_id.get(e.target))))

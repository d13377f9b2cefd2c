"""Plain typed records that flow between the pipeline stages.

Every arrow of the pipeline carries one of these frozen dataclasses; none of
them holds a spaCy object.  ``Record.to_dict()`` produces the public
``eventwire/1`` JSON shape described in ``docs/schema.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMA = "eventwire/1"

Span = tuple[int, int]

REMOVED_KINDS = ("promo", "caption", "copyright", "syndication", "byline", "related", "navigation", "other")
ACTOR_KINDS = ("person", "organization", "country", "group")
FACTUALITY = ("asserted", "negated", "hypothetical", "reported")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader hands to the pipeline: text plus what the caller knows."""

    source: str
    text: str
    published: str | None = None
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """Output of the cleaning stage: the body and what was taken out of it."""

    source: str
    title: str | None
    text: str
    removed: tuple[Removed, ...]
    publisher: str | None
    original_publisher: str | None
    distributor: str | None
    byline: str | None
    published: str | None
    year_hint: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    title: str | None
    published: str | None
    publisher: str | None
    original_publisher: str | None
    distributor: str | None
    byline: str | None
    language: str
    text: str
    removed: tuple[Removed, ...]
    notes: tuple[str, ...] = ()      # why something was not coded ("events not coded: the article is in 'es'")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "original_publisher": self.original_publisher,
            "distributor": self.distributor,
            "byline": self.byline,
            "language": self.language,
            "text": self.text,
            "removed": [{"kind": r.kind, "text": r.text} for r in self.removed],
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None
    sectors: tuple[str, ...]
    description: str | None
    mentions: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sectors": list(self.sectors),
            "description": self.description,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str
    mentions: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    plover: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    quad_class: int
    goldstein: float
    source: str | None
    target: str | None
    source_country: str | None
    target_country: str | None
    factuality: str
    trigger: Span
    sentence: Span
    date: str | None = None
    place: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "plover": self.plover,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source,
            "target": self.target,
            "source_country": self.source_country,
            "target_country": self.target_country,
            "factuality": self.factuality,
            "trigger": list(self.trigger),
            "sentence": list(self.sentence),
            "date": self.date,
            "place": self.place,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    speaker: str | None
    text: Span
    cue: Span | None
    direct: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "text": list(self.text),
            "cue": list(self.cue) if self.cue else None,
            "direct": self.direct,
        }


@dataclass(frozen=True, slots=True)
class Record:
    """One coded article: the ``eventwire/1`` record."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be coded, with the reason (never silently dropped)."""

    source: str
    reason: str
    code: str = "E000"

    def message(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """Result of coding one input: exactly one of record / failure is set."""

    source: str
    record: Record | None = None
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None


__all__ = [
    "SCHEMA",
    "Span",
    "RawDocument",
    "Removed",
    "CleanDocument",
    "Article",
    "Actor",
    "Place",
    "Event",
    "Quote",
    "Record",
    "Failure",
    "Outcome",
    "REMOVED_KINDS",
    "ACTOR_KINDS",
    "FACTUALITY",
]

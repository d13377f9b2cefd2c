"""Engines: where the coding runs.

``local``  a pool of worker processes on this machine (``code_parallel``); one ``Coder`` per
           worker, built once in the worker's initializer.  ``workers=1`` codes in process.
``dask``   a dask.distributed cluster (``eventwire[dask]``): partitions of documents are coded
           on the workers (one ``Coder`` per worker process) and come back as plain dicts that
           are written into the DuckDB store on the client (and as Parquet files).

Both engines keep the promise of ``Coder.code_documents``: one ``Outcome`` per input, in
input order, and an exception while coding one input becomes a ``Failure`` for that input,
never a lost document.  The helpers here are shared by both and import neither dask nor
any process machinery.
"""

from __future__ import annotations

import os
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator, TypeVar

from ..errors import EventwireError
from ..records import (
    Actor,
    Article,
    Event,
    Failure,
    Outcome,
    Place,
    Quote,
    RawDocument,
    Record,
    Removed,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Coder

T = TypeVar("T")

#: Code of the ``Failure`` given to an input whose coding raised an unexpected exception.
INTERNAL_ERROR_CODE = EventwireError.code


def default_workers() -> int:
    """The number of worker processes when none is asked for: the machine's cores."""
    return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items, read lazily."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def internal_failure(source: str, exc: BaseException, where: str = "while coding") -> Failure:
    """A one-line ``Failure`` for an unexpected exception."""
    detail = _one_line(str(exc))
    reason = f"internal error {where} ({type(exc).__name__}{': ' + detail if detail else ''})"
    return Failure(source, reason, INTERNAL_ERROR_CODE)


def failed_outcomes(items: list[RawDocument | Failure], reason: str) -> list[Outcome]:
    """One failure ``Outcome`` per item (an item that already is a ``Failure`` keeps its own)."""
    out = []
    for item in items:
        if isinstance(item, Failure):
            out.append(Outcome(item.source, failure=item))
        else:
            out.append(Outcome(item.source, failure=Failure(item.source, reason, INTERNAL_ERROR_CODE)))
    return out


def code_items_safely(coder: "Coder", items: list[RawDocument | Failure]) -> list[Outcome]:
    """``coder.code_documents(items)`` as a list of exactly ``len(items)`` outcomes, in order.

    When coding the batch raises, each item is coded on its own, so that only the inputs
    that raise become failures (with the exception named) and the others are still coded.
    """
    try:
        outcomes = list(coder.code_documents(items))
        if len(outcomes) == len(items):
            return outcomes
    except Exception:  # noqa: BLE001 - isolate the input that raised, below
        pass
    outcomes = []
    for item in items:
        if isinstance(item, Failure):
            outcomes.append(Outcome(item.source, failure=item))
            continue
        try:
            one = list(coder.code_documents([item]))
            if len(one) != 1:
                raise RuntimeError(f"coder gave {len(one)} outcomes for one input")
            outcomes.append(one[0])
        except Exception as exc:  # noqa: BLE001 - the batch goes on
            outcomes.append(Outcome(item.source, failure=internal_failure(item.source, exc)))
    return outcomes


# --- plain dicts (what crosses the wire in the dask engine) -----------------------------------


def _span(value: Any) -> tuple[int, int]:
    return (int(value[0]), int(value[1]))


def record_from_dict(d: dict[str, Any]) -> Record:
    """The ``Record`` of an ``eventwire/1`` dict (``Record.to_dict()``): ``record_from_dict(r.to_dict()) == r``."""
    a = d["article"]
    article = Article(
        id=a["id"],
        source=a["source"],
        title=a.get("title"),
        published=a.get("published"),
        publisher=a.get("publisher"),
        original_publisher=a.get("original_publisher"),
        distributor=a.get("distributor"),
        byline=a.get("byline"),
        language=a.get("language", "en"),
        text=a["text"],
        removed=tuple(Removed(kind=r["kind"], text=r["text"]) for r in a.get("removed", ())),
        notes=tuple(a.get("notes") or ()),
    )
    actors = tuple(
        Actor(
            id=x["id"], name=x["name"], kind=x["kind"], country=x.get("country"),
            sectors=tuple(x.get("sectors", ())), description=x.get("description"),
            mentions=tuple(_span(m) for m in x.get("mentions", ())),
        )
        for x in d.get("actors", ())
    )
    places = tuple(
        Place(
            id=x["id"], name=x["name"], country=x.get("country"), lat=x.get("lat"), lon=x.get("lon"),
            geonameid=x.get("geonameid"), feature=x["feature"],
            mentions=tuple(_span(m) for m in x.get("mentions", ())),
        )
        for x in d.get("places", ())
    )
    events = tuple(
        Event(
            id=x["id"], plover=x["plover"], mode=x.get("mode"), contexts=tuple(x.get("contexts", ())),
            cameo=x["cameo"], quad_class=x["quad_class"], goldstein=x["goldstein"],
            source=x.get("source"), target=x.get("target"),
            source_country=x.get("source_country"), target_country=x.get("target_country"),
            factuality=x["factuality"], trigger=_span(x["trigger"]), sentence=_span(x["sentence"]),
            date=x.get("date"), place=x.get("place"), confidence=x.get("confidence", 0.5),
        )
        for x in d.get("events", ())
    )
    quotes = tuple(
        Quote(
            id=x["id"], speaker=x.get("speaker"), text=_span(x["text"]),
            cue=_span(x["cue"]) if x.get("cue") else None, direct=x["direct"],
        )
        for x in d.get("quotes", ())
    )
    return Record(article=article, actors=actors, places=places, events=events, quotes=quotes)


def outcome_to_dict(outcome: Outcome) -> dict[str, Any]:
    """``{"source", "record": <eventwire/1 dict>}`` or ``{"source", "failure": {source, reason, code}}``."""
    if outcome.record is not None:
        return {"source": outcome.source, "record": outcome.record.to_dict()}
    f = outcome.failure
    assert f is not None
    return {"source": outcome.source, "failure": {"source": f.source, "reason": f.reason, "code": f.code}}


def outcome_from_dict(d: dict[str, Any]) -> Outcome:
    if d.get("record") is not None:
        return Outcome(d["source"], record=record_from_dict(d["record"]))
    f = d["failure"]
    return Outcome(d["source"], failure=Failure(f["source"], f["reason"], f.get("code", INTERNAL_ERROR_CODE)))


__all__ = [
    "chunked",
    "code_items_safely",
    "default_workers",
    "failed_outcomes",
    "internal_failure",
    "outcome_from_dict",
    "outcome_to_dict",
    "record_from_dict",
    "INTERNAL_ERROR_CODE",
]

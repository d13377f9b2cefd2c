"""Terminal views of records (rich); used by ``--format table``."""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import Record


def record_tables(record: Record) -> list[Table | Text]:
    a = record.article
    out: list[Table | Text] = []
    head = Text()
    head.append(a.title or "(untitled)", style="bold")
    head.append(f"\n{a.source}", style="dim")
    prov = [f"{k}: {v}" for k, v in (("publisher", a.publisher), ("original", a.original_publisher),
                                       ("distributor", a.distributor), ("byline", a.byline), ("published", a.published)) if v]
    if prov:
        head.append("\n" + " | ".join(prov), style="cyan")
    if a.removed:
        head.append("\nremoved: " + ", ".join(f"{r.kind}" for r in a.removed), style="dim")
    out.append(head)
    actors = Table(title=None, show_lines=False, expand=False)
    for col in ("id", "actor", "kind", "country", "sectors", "described as"):
        actors.add_column(col, overflow="fold")
    for ac in record.actors:
        actors.add_row(ac.id, ac.name, ac.kind, ac.country or "-", ",".join(ac.sectors) or "-", ac.description or "")
    out.append(actors)
    if record.events:
        names = {ac.id: ac.name for ac in record.actors}
        events = Table(show_lines=False)
        for col in ("event", "source", "target", "factuality", "conf.", "evidence"):
            events.add_column(col, overflow="fold")
        for e in record.events:
            src = f"{names.get(e.source, '-') if e.source else '-'} ({e.source_country or '?'})"
            tgt = f"{names.get(e.target, '-') if e.target else '-'} ({e.target_country or '?'})"
            events.add_row(f"{e.plover} {e.cameo}", src, tgt, e.factuality, f"{e.confidence:.2f}",
                           a.text[e.trigger[0]:e.trigger[1]])
        out.append(events)
    return out


def render_table(records: Iterable[Record], console: Console | None = None) -> None:
    console = console or Console()
    for record in records:
        for part in record_tables(record):
            console.print(part)
        console.print()

"""``eventwire query``: events from the store, filtered, as a table, CSV or JSON.

Also holds what ``export`` and ``stats`` share with it: the filter options,
opening the store for reading with the right exit code.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..errors import StoreError, StoreLockedError
from ..records import FACTUALITY
from ..store import DEFAULT_DB, DEFAULT_FACTUALITY, Filters, Store
from .common import EXIT_ENV, EXIT_OK, EXIT_USAGE, check_date, stderr

# --- shared pieces ----------------------------------------------------------------------------

DB_OPTION_HELP = f"The DuckDB store (default: {DEFAULT_DB} in the current folder)."


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    src, sep, tgt = value.partition(":")
    if not sep or not src.strip() or not tgt.strip():
        raise typer.BadParameter(f"{value!r} is not a dyad in SOURCE:TARGET form, e.g. IND:PAK")
    return src.strip().upper(), tgt.strip().upper()


def parse_factuality(values: list[str] | None, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The --factuality values (``all`` selects every one); the default when none given."""
    if not values:
        return default
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip().lower()
            if part == "all":
                return None
            if part not in FACTUALITY:
                raise typer.BadParameter(f"{part!r} is not a factuality (one of: {', '.join(FACTUALITY)}, all)")
            out.append(part)
    return tuple(dict.fromkeys(out))


def make_filters(
    *, date_from: str | None, date_to: str | None, countries: list[str] | None, dyad: str | None,
    types: list[str] | None, factuality: list[str] | None, actor: str | None, search: str | None,
    limit: int | None, default_factuality: tuple[str, ...] | None = DEFAULT_FACTUALITY,
    min_confidence: float | None = None,
) -> Filters:
    if limit is not None and limit < 0:
        raise typer.BadParameter("--limit must be 0 or more")
    return Filters(
        date_from=check_date(date_from), date_to=check_date(date_to),
        countries=tuple(c.strip().upper() for v in (countries or []) for c in v.split(",") if c.strip()),
        dyad=parse_dyad(dyad),
        plover=tuple(t.strip().upper() for v in (types or []) for t in v.split(",") if t.strip()),
        factuality=parse_factuality(factuality, default_factuality),
        actor=actor or None, search=search or None, limit=limit, min_confidence=min_confidence or None,
    )


def open_store(db: Path) -> Store:
    """Open the store read-only, or exit: 2 when there is no store there, 3 when it cannot be opened."""
    err = stderr()
    if not db.exists():
        err.print(f"eventwire: error: no store at {db} (create one with: eventwire ingest PATH --db {db})", markup=False)
        raise typer.Exit(EXIT_USAGE)
    try:
        return Store(db, read_only=True)
    except (StoreLockedError, StoreError) as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None


def jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


# Typer option factories (the same flags on query and export)
def opt_from():
    return typer.Option(None, "--from", metavar="YYYY-MM-DD", help="Events dated on or after this day.")


def opt_to():
    return typer.Option(None, "--to", metavar="YYYY-MM-DD", help="Events dated on or before this day.")


def opt_country():
    return typer.Option(None, "--country", "-c", metavar="ISO3",
                        help="Source or target country (repeat or comma-separate for several).")


def opt_dyad():
    return typer.Option(None, "--dyad", metavar="SRC:TGT", help="Directed dyad of countries, e.g. IND:PAK.")


def opt_type():
    return typer.Option(None, "--type", "-t", metavar="PLOVER", help="PLOVER event type, e.g. ASSAULT (repeatable).")


def opt_factuality(default_text: str):
    return typer.Option(None, "--factuality", metavar="F",
                        help=f"asserted, negated, hypothetical, reported, or all (repeatable). Default: {default_text}.")


def opt_actor():
    return typer.Option(None, "--actor", metavar="TEXT", help="Source or target actor name contains TEXT (any case).")


def opt_search():
    return typer.Option(None, "--search", metavar="TEXT", help="Evidence sentence or article text contains TEXT.")


def opt_min_confidence():
    return typer.Option(None, "--min-confidence", min=0.0, max=1.0, metavar="P",
                        help="Events the confidence model scored at least P (useful on a store ingested with "
                             "EVENTWIRE_MIN_CONFIDENCE=0, which keeps every rule candidate).")


# --- the command ------------------------------------------------------------------------------


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


QUERY_CSV_COLUMNS = ("id", "date", "plover", "cameo", "goldstein", "source_name", "source_country",
                     "target_name", "target_country", "factuality", "trigger_text", "sentence_text",
                     "article_title", "article_source")


def command(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE", help=DB_OPTION_HELP),
    date_from: Optional[str] = opt_from(),
    date_to: Optional[str] = opt_to(),
    country: Optional[List[str]] = opt_country(),
    dyad: Optional[str] = opt_dyad(),
    types: Optional[List[str]] = opt_type(),
    factuality: Optional[List[str]] = opt_factuality("asserted and reported"),
    actor: Optional[str] = opt_actor(),
    search: Optional[str] = opt_search(),
    min_confidence: Optional[float] = opt_min_confidence(),
    limit: int = typer.Option(50, "--limit", "-n", metavar="N", help="At most N events (0: no limit)."),
    offset: int = typer.Option(0, "--offset", metavar="N", help="Skip the first N events (paging)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table: for people; csv or json: for programs."),
) -> None:
    """List stored events with their evidence, filtered by date, country, dyad, type, actor or text.

    One row per event record (each event of each article), oldest first; every row
    names the sentence it came from.  Negated and hypothetical events are left out
    unless asked for with --factuality.

    Examples:

      eventwire query --country IND --type ASSAULT

      eventwire query --dyad IND:PAK --from 2024-05-01 --to 2024-05-31 --format csv > dyad.csv

      eventwire query --actor "foreign minister" --factuality all --format json
    """
    filters = make_filters(date_from=date_from, date_to=date_to, countries=country, dyad=dyad, types=types,
                           factuality=factuality, actor=actor, search=search, limit=limit or None,
                           min_confidence=min_confidence)
    if offset < 0:
        raise typer.BadParameter("--offset must be 0 or more")
    filters = Filters.make(filters, offset=offset)
    with open_store(db) as store:
        rows = store.events(filters)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(jsonable(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(QUERY_CSV_COLUMNS)
        for r in rows:
            w.writerow(["" if r[c] is None else r[c] for c in QUERY_CSV_COLUMNS])
    else:
        render_events(rows)
        stderr().print(f"{len(rows)} event(s)" + (f" (limit {limit}; use --offset to page)" if limit and len(rows) == limit else ""),
                       markup=False)
    raise typer.Exit(EXIT_OK)


def render_events(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(show_lines=False)
    for col in ("date", "event", "source", "target", "fact.", "evidence", "id"):
        table.add_column(col, overflow="fold")
    for r in rows:
        trig = r["trigger_text"] or ""
        sent = (r["sentence_text"] or "").replace("\n", " ")
        if len(sent) > 70:
            # a window around the trigger keeps the table readable in a terminal
            i = max(0, sent.find(trig) - 30) if trig else 0
            sent = ("…" if i else "") + sent[i:i + 70] + ("…" if i + 70 < len(sent) else "")
        table.add_row(
            r["date"] or "-", f"{r['plover']} {r['cameo'] or ''}".strip(),
            f"{r['source_name'] or '-'} ({r['source_country'] or '?'})",
            f"{r['target_name'] or '-'} ({r['target_country'] or '?'})",
            r["factuality"], sent, r["id"],
        )
    console.print(table)


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)

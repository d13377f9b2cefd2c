"""``eventwire export``: write the store as jsonl, csv, parquet, GDELT or PLOVER files."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..export import export
from ..store import DEFAULT_DB, DEFAULT_FACTUALITY
from .common import EXIT_OK, EXIT_USAGE, stderr
from .query import (
    DB_OPTION_HELP, make_filters, open_store, opt_actor, opt_country, opt_dyad, opt_factuality, opt_from,
    opt_min_confidence, opt_search, opt_to, opt_type,
)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


def command(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help=(
        "jsonl: eventwire/1 records, one article per line; csv: one row per event with actors, "
        "countries and evidence; parquet: the events table (needs --out); gdelt: GDELT 2.0 event "
        "table (tab-separated, header, merged events with NumMentions/NumSources/NumArticles; actor "
        "countries in CAMEO/ISO alpha-3, ActionGeo country in FIPS 10-4 as GDELT has it); "
        "plover: PLOVER JSON event records, one per line."
    )),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE", help=DB_OPTION_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE", help="Write here instead of stdout (- for stdout)."),
    date_from: Optional[str] = opt_from(),
    date_to: Optional[str] = opt_to(),
    country: Optional[List[str]] = opt_country(),
    dyad: Optional[str] = opt_dyad(),
    types: Optional[List[str]] = opt_type(),
    factuality: Optional[List[str]] = opt_factuality("all for jsonl/csv/parquet/plover; asserted and reported for gdelt (it counts)"),
    actor: Optional[str] = opt_actor(),
    search: Optional[str] = opt_search(),
    min_confidence: Optional[float] = opt_min_confidence(),
) -> None:
    """Export stored events for other tools, with the same filters as `eventwire query`.

    Record formats (jsonl, csv, parquet, plover) keep every event, negated and
    hypothetical ones included (their factuality column says so); gdelt counts
    merged events, so it keeps only asserted and reported ones unless told.
    With a filter, jsonl writes the whole records of articles that have a
    selected event.

    Examples:

      eventwire export --format jsonl > records.jsonl

      eventwire export --format parquet --out events.parquet

      eventwire export --format gdelt --dyad IND:PAK --out ind-pak.tsv

      eventwire export --format csv --from 2024-05-01 --factuality asserted
    """
    err = stderr()
    if fmt is ExportFormat.parquet and out is None:
        err.print("eventwire: error: --format parquet needs --out FILE (parquet is not written to stdout)", markup=False)
        raise typer.Exit(EXIT_USAGE)
    default = DEFAULT_FACTUALITY if fmt is ExportFormat.gdelt else None
    filters = make_filters(date_from=date_from, date_to=date_to, countries=country, dyad=dyad, types=types,
                           factuality=factuality, actor=actor, search=search, limit=None, default_factuality=default,
                           min_confidence=min_confidence)
    with open_store(db) as store:
        n = export(store, fmt.value, out, filters)
    unit = "article(s)" if fmt is ExportFormat.jsonl else ("merged event(s)" if fmt is ExportFormat.gdelt else "event(s)")
    if out is not None and str(out) != "-":
        err.print(f"eventwire: wrote {n} {unit} to {out}", markup=False)
    raise typer.Exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)

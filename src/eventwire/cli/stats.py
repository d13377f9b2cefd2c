"""``eventwire stats``: what the store holds, and event counts over time."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..store import DEFAULT_DB
from .common import EXIT_OK
from .query import DB_OPTION_HELP, jsonable, make_filters, open_store, opt_factuality, opt_from, opt_to, parse_dyad


class By(str, Enum):
    day = "day"
    week = "week"


class Format(str, Enum):
    table = "table"
    json = "json"


def command(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE", help=DB_OPTION_HELP),
    dyad: Optional[str] = typer.Option(
        None, "--dyad", metavar="SRC:TGT",
        help="Series for one directed dyad (e.g. IND:PAK): events, Goldstein sum and quad classes per period.",
    ),
    by: By = typer.Option(By.day, "--by", help="Period: day or week (weeks start on Monday)."),
    date_from: Optional[str] = opt_from(),
    date_to: Optional[str] = opt_to(),
    factuality: Optional[List[str]] = opt_factuality("asserted and reported"),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table: for people; json: for programs."),
) -> None:
    """Summarise the store: articles, syndication clusters, events per period and type.

    Counts are of merged events: the same event reported by syndicated copies of
    one story (or, when dated, by several articles) counts once; its mentions are
    shown beside it.  Only asserted and reported events count unless --factuality
    says otherwise.  Events without a full date are counted in an "undated" row.

    Examples:

      eventwire stats

      eventwire stats --dyad IND:PAK --by week

      eventwire stats --format json > stats.json
    """
    pair = parse_dyad(dyad)
    filters = make_filters(date_from=date_from, date_to=date_to, countries=None, dyad=None, types=None,
                           factuality=factuality, actor=None, search=None, limit=None)
    with open_store(db) as store:
        result = store.stats(filters, by=by.value)
        if pair:
            result["dyad"] = {"source": pair[0], "target": pair[1],
                              "series": store.dyad_series(pair[0], pair[1], by=by.value, filters=filters)}
    if fmt is Format.json:
        sys.stdout.write(json.dumps(jsonable(result), ensure_ascii=False, indent=2) + "\n")
        raise typer.Exit(EXIT_OK)
    console = Console()
    t = result["totals"]
    console.print(
        f"{t['articles']} articles in {t['clusters']} syndication clusters ({t['syndicated_copies']} copies), "
        f"{t['event_records']} event records = {t['merged_events']} merged events, {t['failures']} failed inputs "
        f"(factuality: {', '.join(result['factuality'])})",
        markup=False, highlight=False,
    )
    if pair:
        series = Table(title=f"{pair[0]} → {pair[1]} per {by.value}")
        for col in ("period", "events", "mentions", "Goldstein sum", "verbal coop", "material coop",
                    "verbal conflict", "material conflict"):
            series.add_column(col, justify="right" if col != "period" else "left")
        for r in result["dyad"]["series"]:
            series.add_row(str(r["period"] or "undated"), str(r["events"]), str(r["mentions"]),
                           f"{r['goldstein_sum'] or 0:g}", str(r["quad1"]), str(r["quad2"]), str(r["quad3"]),
                           str(r["quad4"]))
        console.print(series)
    else:
        per = Table(title=f"merged events per {by.value} and type")
        for col in ("period", "type", "events", "mentions", "Goldstein sum"):
            per.add_column(col, justify="left" if col in ("period", "type") else "right")
        for r in result["per_period"]:
            per.add_row(str(r["period"] or "undated"), r["plover"], str(r["events"]), str(r["mentions"]),
                        f"{r['goldstein_sum'] or 0:g}")
        console.print(per)
    raise typer.Exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)

"""``eventwire eval``: score the coder against a folder of annotated articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from ..errors import GoldFormatError
from ..evaluate import load_gold_dir, score_records
from ..read import read_path
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_coder, stderr

LABELS = {
    "boilerplate_removed": "boilerplate lines removed",
    "body_kept": "story lines kept",
    "metadata_accuracy": "metadata fields right",
    "actor_recall": "actors found",
    "actor_country_accuracy": "actor country accuracy",
    "actor_sector_overlap": "actor sector overlap",
    "event_precision": "event precision",
    "event_recall": "event recall (core)",
    "event_f1": "event F1 (core)",
    "factuality_accuracy": "factuality accuracy",
    "quote_speaker_accuracy": "quote speaker accuracy",
    "place_recall": "places found",
    "place_country_accuracy": "place country accuracy",
}


def command(
    directory: Path = typer.Argument(..., help="Folder of NAME.txt + NAME.json gold pairs (docs/gold-format.md)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON on stdout instead of a table."),
    show_misses: bool = typer.Option(False, "--misses", help="List every miss (lost line, wrong country, missed event) on stderr."),
    model: str = typer.Option(None, "--model", help="spaCy pipeline package to use."),
) -> None:
    """Score the coder on annotated articles: boilerplate, metadata, actors, events, quotes.

    Example:  eventwire eval tests/dev --json
    """
    err = stderr()
    if not directory.is_dir():
        err.print(f"eventwire: {directory}: not a folder", markup=False)
        raise typer.Exit(EXIT_USAGE)
    try:
        gold = load_gold_dir(directory)
    except GoldFormatError as exc:
        err.print(f"eventwire: {exc}", markup=False)
        raise typer.Exit(EXIT_FAILED) from None
    if not gold:
        err.print(f"eventwire: {directory}: no annotated articles (NAME.txt with NAME.json)", markup=False)
        raise typer.Exit(EXIT_FAILED)
    coder = build_coder(model)
    pairs = []
    for ga in gold:
        outcome = next(coder.code_documents([read_path(ga.path, published=None)]))
        if outcome.record is None:
            err.print(f"eventwire: {outcome.failure.message()}", markup=False)
            continue
        pairs.append((outcome.record, ga))
    tally = score_records(pairs)
    summary = tally.summary()
    if show_misses:
        for m in tally.misses:
            err.print(m, markup=False)
    if as_json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        table = Table(title=f"eventwire eval {directory} ({summary['articles']} articles)")
        table.add_column("measure")
        table.add_column("score", justify="right")
        for key, label in LABELS.items():
            v = summary[key]
            table.add_row(label, "-" if v is None else f"{v:.3f}")
        from rich.console import Console

        Console().print(table)
    raise typer.Exit(EXIT_OK if len(pairs) == len(gold) else EXIT_FAILED)

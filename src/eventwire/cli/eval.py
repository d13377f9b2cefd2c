"""``eventwire eval``: score the coder against a folder of annotated articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from typing import Optional

from rich.console import Console

from ..errors import GoldFormatError, InputError
from ..evaluate import (
    load_gold_dir,
    load_plover_gsr,
    load_sentences,
    score_plover_gsr,
    score_records,
    score_sentences,
)
from ..read import read_path
from ..records import Failure, RawDocument
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, MIN_CONFIDENCE_HELP, build_coder, stderr

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
    "event_date_accuracy": "event date accuracy",
    "quote_speaker_accuracy": "quote speaker accuracy",
    "place_recall": "places found",
    "place_country_accuracy": "place country accuracy",
}


def command(
    directory: Optional[Path] = typer.Argument(None, help="Folder of NAME.txt + NAME.json gold pairs (docs/gold-format.md)."),
    plover_gsr: Optional[Path] = typer.Option(
        None, "--plover-gsr", metavar="FILE",
        help="Also score the PLOVER gold records (PLOVER_GSR_CAMEO.txt): sentence-level type and dyad accuracy.",
    ),
    sentences: Optional[Path] = typer.Option(
        None, "--sentences", metavar="DIR",
        help="Also score annotated sentences (*.jsonl, the training/events format): type precision and recall.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON on stdout instead of tables."),
    show_misses: bool = typer.Option(False, "--misses", help="List every miss (lost line, wrong country, missed event) on stderr."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package to use."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, metavar="P",
                                                   help=MIN_CONFIDENCE_HELP),
) -> None:
    """Score the coder on annotated articles: boilerplate, metadata, actors, events, quotes, places.

    Examples:

      eventwire eval tests/dev

      eventwire eval tests/dev --plover-gsr ../shared/data/plover/PLOVER_GSR_CAMEO.txt --json
    """
    err = stderr()
    if directory is None and plover_gsr is None and sentences is None:
        err.print("eventwire: give a folder of annotated articles, --plover-gsr FILE or --sentences DIR", markup=False)
        raise typer.Exit(EXIT_USAGE)
    if directory is not None and not directory.is_dir():
        err.print(f"eventwire: {directory}: not a folder", markup=False)
        raise typer.Exit(EXIT_USAGE)
    if plover_gsr is not None and not plover_gsr.is_file():
        err.print(f"eventwire: {plover_gsr}: no such file", markup=False)
        raise typer.Exit(EXIT_USAGE)
    try:
        gold = load_gold_dir(directory) if directory is not None else []
        gsr = load_plover_gsr(plover_gsr) if plover_gsr is not None else []
        sents = load_sentences(sentences) if sentences is not None else []
    except GoldFormatError as exc:
        err.print(f"eventwire: {exc}", markup=False)
        raise typer.Exit(EXIT_FAILED) from None
    if directory is not None and not gold:
        err.print(f"eventwire: {directory}: no annotated articles (NAME.txt with NAME.json)", markup=False)
        raise typer.Exit(EXIT_FAILED)
    coder = build_coder(model, min_confidence)
    result: dict = {}
    failed = 0
    if gold:
        pairs = []
        for outcome, ga in zip(coder.code_documents(_reads(gold)), gold):
            if outcome.record is None:
                failed += 1
                err.print(f"eventwire: {outcome.failure.message()}", markup=False)
                continue
            pairs.append((outcome.record, ga))
        tally = score_records(pairs)
        result["dev"] = tally.summary()
        if show_misses:
            for m in tally.misses:
                err.print(m, markup=False)
    if gsr:
        result["plover_gsr"] = score_plover_gsr(zip(_code_sentences(coder, gsr, "gsr"), gsr))
    if sents:
        result["sentences"] = score_sentences(zip(_code_sentences(coder, sents, "sentence"), sents))
    if as_json:
        sys.stdout.write(json.dumps(result if len(result) > 1 else next(iter(result.values())), indent=2) + "\n")
    else:
        console = Console()
        if "dev" in result:
            console.print(_table(f"eventwire eval {directory} ({result['dev']['articles']} articles)",
                                 result["dev"], LABELS))
        if "plover_gsr" in result:
            g = result["plover_gsr"]
            console.print(_table(f"PLOVER gold records ({g['sentences']} sentences)", g, GSR_LABELS))
        if "sentences" in result:
            g = result["sentences"]
            console.print(_table(f"annotated sentences ({g['sentences']})", g, SENTENCE_LABELS))
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


GSR_LABELS = {k: k.replace("_", " ") for k in (
    "coverage", "type_accuracy", "first_event_type_accuracy", "source_country_accuracy", "target_country_accuracy",
    "false_positive_share")}
SENTENCE_LABELS = {k: k.replace("_", " ") for k in (
    "type_precision", "type_recall", "type_f1", "no_event_sentences_left_clean")}


def _table(title: str, scores: dict, labels: dict[str, str]) -> Table:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("score", justify="right")
    for key, label in labels.items():
        v = scores.get(key)
        table.add_row(label, "-" if v is None else f"{v:.3f}")
    return table


def _code_sentences(coder, items: list[dict], prefix: str) -> list:
    """Code single sentences (no headline line to detect)."""
    raws = [RawDocument(source=str(g.get("id") or f"{prefix}{n}"), text=g["text"], title="") for n, g in enumerate(items)]
    return [o.record for o in coder.code_documents(raws)]


def _reads(gold):
    for ga in gold:
        try:
            yield read_path(ga.path)
        except InputError as exc:
            yield Failure(str(ga.path), str(exc), exc.code)

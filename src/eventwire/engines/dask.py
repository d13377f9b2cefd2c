"""The dask engine: code on a dask.distributed cluster, store on the client.

Needs the ``dask`` extra (``pip install 'eventwire[dask]'``: dask[distributed] and pyarrow);
this module imports them, so import it only when the engine is asked for (the CLI does, and
says in one line when they are missing).

How it works
    1. The inputs are read on the client (``ingest.read_inputs``), and ``ingest_documents``
       skips, before any parse, what the store already holds or the run has already seen,
       exactly as with the local engine.
    2. What is left is cut into partitions of ``partition_size`` (32) documents
       (``RawDocument`` or ``Failure``); each partition is one dask task.  At most
       ``2 x (worker threads)`` partitions are in flight, so a large input is never held in
       memory whole, and results are taken in input order.
    3. On a worker, the task takes the worker's ``Coder`` from the ``CoderPlugin`` worker
       plugin (built once per worker process, on its first partition, and kept) and returns
       plain dicts: ``{"source", "record": Record.to_dict()}`` or
       ``{"source", "failure": {"source", "reason", "code"}}``.
    4. On the client, each partition's records are written as one Parquet file under the
       Parquet folder (see ``PARQUET_COLUMNS``) and into the DuckDB store
       (``record_from_dict`` then ``Store.add_record``: one writer, one transaction per
       article), in input order.  So the store holds the same records as a local run.

Errors
    An exception while coding a document becomes a ``Failure`` for that document (the
    partition is coded again document by document on the worker).  A partition whose task
    fails on the cluster (e.g. its worker died more often than dask allows: ``KilledWorker``)
    becomes failures for its documents.  The ``Coder`` failing to build on a worker
    (``ModelError``) is raised on the client.

Parquet layout
    ``<parquet dir>/part-<run id>-<partition:06d>.parquet``, one row per coded record (the
    run id, ``YYYYMMDDTHHMMSS-xxxxxx``, keeps the files of successive runs apart; partitions
    without a record write no file).  Written by the client, so the folder need not be
    shared with the workers.  Read it back with e.g.
    ``pandas.read_parquet(dir)`` / ``dask.dataframe.read_parquet(dir)``; the ``record``
    column is the whole ``eventwire/1`` record as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import threading
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from ..config import Settings, load_settings
from ..errors import EventwireError
from ..records import Failure, Outcome, RawDocument
from . import (
    chunked,
    code_items_safely,
    default_workers,
    failed_outcomes,
    outcome_from_dict,
    outcome_to_dict,
    record_from_dict,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..ingest import IngestStats
    from ..store import Store

Item = RawDocument | Failure

#: Documents per dask task.
PARTITION_SIZE = 32

#: Columns of the Parquet files, one row per record.
PARQUET_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("source", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()),
    ("publisher", pa.string()),
    ("original_publisher", pa.string()),
    ("distributor", pa.string()),
    ("n_actors", pa.int32()),
    ("n_places", pa.int32()),
    ("n_events", pa.int32()),
    ("n_quotes", pa.int32()),
    ("plover", pa.list_(pa.string())),      # the PLOVER type of each event, in order
    ("partition", pa.int32()),
    ("record", pa.string()),                # the eventwire/1 record as JSON
])
PARQUET_COLUMNS = tuple(PARQUET_SCHEMA.names)


# --- on the workers ---------------------------------------------------------------------------


class CoderPlugin(WorkerPlugin):
    """Holds one ``Coder`` per worker process, built with ``settings`` on first use and kept."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._coder = None
        self._lock: threading.Lock | None = None

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        # the Coder is built on the first partition, in the task thread, not here on the
        # worker's event loop (building takes seconds)
        self._lock = threading.Lock()
        self._coder = None

    def teardown(self, worker) -> None:  # noqa: ANN001
        self._coder = None

    def code(self, items: list[Item]) -> dict[str, Any]:
        """``{"outcomes": [plain dict per item]}``, or ``{"error": exc}`` when the Coder cannot
        be built here (e.g. ``ModelError``: raised on the client, not logged as a task failure)."""
        assert self._lock is not None, "plugin not set up on this worker"
        with self._lock:   # one Coder, used by one thread at a time (run workers with --nthreads 1)
            if self._coder is None:
                from ..pipeline import Coder

                try:
                    self._coder = Coder(self.settings)
                except EventwireError as exc:
                    return {"error": exc}
            return {"outcomes": [outcome_to_dict(o) for o in code_items_safely(self._coder, items)]}


def plugin_name(settings: Settings) -> str:
    """The plugin's name: one per distinct settings, so runs with the same settings share Coders."""
    import hashlib

    return "eventwire-coder-" + hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()[:12]


def _code_partition(items: list[Item], name: str) -> dict[str, Any]:
    """The task: code one partition with this worker's Coder, as plain dicts."""
    plugin = get_worker().plugins.get(name)
    if plugin is None:
        raise RuntimeError(f"worker plugin {name} is not registered on this worker")
    return plugin.code(items)


def _has_plugin(name: str, dask_worker=None) -> bool:  # noqa: ANN001 - client.run passes the worker
    return name in dask_worker.plugins


def ensure_plugin(client: Client, settings: Settings) -> str:
    """Register the ``CoderPlugin`` for ``settings`` unless every worker already has it (a
    second run on the same cluster then reuses the Coders already built); its name."""
    name = plugin_name(settings)
    have = client.run(_has_plugin, name) if client.scheduler_info().get("workers") else {}
    if not have or not all(have.values()):
        client.register_plugin(CoderPlugin(settings), name=name)
    return name


# --- on the client ----------------------------------------------------------------------------


def _new_run_id() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def parquet_rows(records: list[dict[str, Any]], partition: int) -> dict[str, list[Any]]:
    cols: dict[str, list[Any]] = {c: [] for c in PARQUET_COLUMNS}
    for rec in records:
        a = rec["article"]
        cols["article_id"].append(a["id"])
        cols["source"].append(a["source"])
        for k in ("title", "published", "publisher", "original_publisher", "distributor"):
            cols[k].append(a.get(k))
        cols["n_actors"].append(len(rec["actors"]))
        cols["n_places"].append(len(rec["places"]))
        cols["n_events"].append(len(rec["events"]))
        cols["n_quotes"].append(len(rec["quotes"]))
        cols["plover"].append([e["plover"] for e in rec["events"]])
        cols["partition"].append(partition)
        cols["record"].append(json.dumps(rec, ensure_ascii=False))
    return cols


def write_parquet(records: list[dict[str, Any]], path: Path, partition: int) -> Path:
    """Write one partition's records (``eventwire/1`` dicts) as a Parquet file, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pydict(parquet_rows(records, partition), schema=PARQUET_SCHEMA)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


class DaskCoder:
    """Stands in for a ``Coder`` where only ``code_documents`` and ``settings`` are used
    (``ingest.ingest_documents``): codes partitions on a dask cluster, in input order, and
    writes each partition's records as a Parquet file when ``parquet_dir`` is given."""

    def __init__(self, client: Client, settings: Settings | None = None, *, parquet_dir: str | Path | None = None,
                 partition_size: int = PARTITION_SIZE, window: int | None = None):
        self.client = client
        self.settings = settings or load_settings()
        self.parquet_dir = Path(parquet_dir) if parquet_dir is not None else None
        self.partition_size = partition_size
        self.window = window
        self.run_id = _new_run_id()
        self.parquet_files: list[Path] = []

    def _window(self) -> int:
        if self.window:
            return self.window
        threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info().get("workers", {}).values())
        return max(2, 2 * threads)

    def code_documents(self, documents: Iterable[Item]) -> Iterator[Outcome]:
        name = ensure_plugin(self.client, self.settings)
        window = self._window()
        pending: deque[tuple[int, list[Item], Any]] = deque()
        parts = enumerate(chunked(documents, self.partition_size))
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < window:
                    nxt = next(parts, None)
                    if nxt is None:
                        exhausted = True
                        break
                    index, items = nxt
                    future = self.client.submit(_code_partition, items, name, pure=False,
                                                key=f"eventwire-code-{self.run_id}-{index}")
                    pending.append((index, items, future))
                if not pending:
                    break
                index, items, future = pending.popleft()
                yield from self._collect(index, items, future)
        finally:
            for _, _, future in pending:
                future.cancel()

    def _collect(self, index: int, items: list[Item], future: Any) -> list[Outcome]:
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: these documents fail, the run goes on
            detail = " ".join(str(exc).split())
            return failed_outcomes(items, f"dask task failed on this partition ({type(exc).__name__}"
                                          f"{': ' + detail[:200] if detail else ''})")
        finally:
            future.release()
        if result.get("error") is not None:
            raise result["error"]     # the Coder could not be built on the worker (e.g. ModelError)
        dicts = result["outcomes"]
        if len(dicts) != len(items):   # pragma: no cover - code_items_safely guarantees it
            return failed_outcomes(items, f"dask task returned {len(dicts)} results for {len(items)} inputs")
        records = [d["record"] for d in dicts if d.get("record") is not None]
        if records and self.parquet_dir is not None:
            path = self.parquet_dir / f"part-{self.run_id}-{index:06d}.parquet"
            self.parquet_files.append(write_parquet(records, path, index))
        return [outcome_from_dict(d) for d in dicts]


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None, *, timeout: str = "10s") -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new ``LocalCluster`` of ``workers``
    processes (default: the number of cores) with one thread each; closed on exit."""
    if scheduler:
        client = Client(scheduler, timeout=timeout)
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(
        n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
        dashboard_address=None, silence_logs=logging.ERROR,
    )
    try:
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def ingest_dask(
    client: Client,
    documents: Iterable[Item],
    db: "str | Path | Store",
    *,
    settings: Settings | None = None,
    parquet_dir: str | Path | None = None,
    partition_size: int = PARTITION_SIZE,
    progress: Callable[["IngestStats"], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> "IngestStats":
    """``ingest.ingest_documents`` with the coding done on the cluster of ``client`` (and each
    partition's records also written as Parquet under ``parquet_dir``, when given)."""
    from ..ingest import ingest_documents

    coder = DaskCoder(client, settings, parquet_dir=parquet_dir, partition_size=partition_size)
    return ingest_documents(coder, documents, db, progress=progress, on_failure=on_failure)  # type: ignore[arg-type]


def default_parquet_dir(db: str | Path) -> Path:
    """``<db>.parquet``, beside the store."""
    return Path(str(db) + ".parquet")


__all__ = [
    "CoderPlugin",
    "DaskCoder",
    "PARQUET_COLUMNS",
    "PARQUET_SCHEMA",
    "PARTITION_SIZE",
    "dask_client",
    "default_parquet_dir",
    "ensure_plugin",
    "ingest_dask",
    "record_from_dict",
    "write_parquet",
]

"""The local engine: code documents in a pool of worker processes on this machine.

``code_parallel(documents, settings, workers)`` keeps the promise of
``Coder.code_documents``: one ``Outcome`` per input, in input order.

How it works
    The documents (``RawDocument`` or ``Failure``, e.g. from ``read.iter_documents``) are
    read lazily in the calling process and cut into chunks (default: ``settings.batch_size``
    documents, so one chunk is one parse batch).  Each worker process (``forkserver`` start
    method where the platform has it, else ``spawn``) builds ONE ``Coder`` in its initializer
    and keeps it for all its chunks.  At most ``2 * workers`` chunks are in flight, so a large
    input is never read into memory whole, and results are yielded in input order (the
    oldest chunk is always waited for first).

Errors
    An exception while coding a chunk is retried document by document in the worker, so only
    the documents that raise become ``Failure`` records (``E000``, the exception named).  A
    worker process that dies (killed, out of memory, a crash in native code) breaks the pool:
    a fresh pool is started and the chunks that were in flight are coded again one at a time;
    a chunk that kills its worker again becomes failures for its documents.  The ``Coder``
    failing to build (e.g. ``ModelError``: the spaCy model is not installed) is raised to
    the caller, like building a ``Coder`` in process would.

Worker processes start on demand: a small input (one chunk) starts one worker.  A worker
whose parent process is gone (killed with SIGKILL/SIGTERM, which skip the pool's shutdown)
exits within a second instead of waiting for work forever.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..config import Settings, load_settings
from ..errors import EventwireError
from ..records import Failure, Outcome, RawDocument
from . import chunked, code_items_safely, default_workers, failed_outcomes

Item = RawDocument | Failure


@dataclass(slots=True)
class PoolStats:
    """What a ``code_parallel`` run did (pass one in to have it filled)."""

    workers: int = 0                 # size of the pool (1: coded in process)
    chunks: int = 0                  # chunks coded
    restarts: int = 0                # pools started again after a worker process died
    peak_rss_mb: dict[int, float] = field(default_factory=dict)   # worker pid -> its peak resident memory

    @property
    def max_peak_rss_mb(self) -> float:
        return max(self.peak_rss_mb.values(), default=0.0)


# --- in the worker process ------------------------------------------------------------------

_CODER = None                     # this worker's Coder (one per process, built by _init_worker)
_INIT_ERROR: BaseException | None = None


def _watch_parent(pid: int, every: float = 1.0) -> None:
    """End this worker when the process that started the pool is gone (killed, say): a pool
    worker would otherwise wait for work forever, holding its model in memory."""
    while True:
        time.sleep(every)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - the pid was reused by another user's process
            os._exit(1)


def _init_worker(settings: Settings, parent: int | None = None) -> None:
    """Pool initializer: build this process's one ``Coder`` (or keep why it could not be built)."""
    global _CODER, _INIT_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), name="eventwire-parent-watch", daemon=True).start()
    try:
        from ..pipeline import Coder

        _CODER = Coder(settings)
    except Exception as exc:  # noqa: BLE001 - raised to the caller with the first chunk
        _INIT_ERROR = exc


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux


def _code_chunk(items: list[Item]) -> tuple[list[Outcome], int, float]:
    """Code one chunk in a worker: its outcomes, the worker's pid and its peak memory (MB)."""
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    assert _CODER is not None
    return code_items_safely(_CODER, items), os.getpid(), _peak_rss_mb()


# --- in the calling process -------------------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["eventwire.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


def _new_pool(settings: Settings, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                               initializer=_init_worker, initargs=(settings, os.getpid()))


def code_parallel(
    documents: Iterable[Item],
    settings: Settings | None = None,
    workers: int | None = None,
    *,
    chunk_size: int | None = None,
    stats: PoolStats | None = None,
) -> Iterator[Outcome]:
    """Code ``documents`` in ``workers`` processes (default: the number of cores); one
    ``Outcome`` per input, in input order.  ``workers=1`` codes in this process.

    ``chunk_size`` documents go to a worker at a time (default ``settings.batch_size``).
    ``stats``, when given, is filled in as the run goes (pool size, chunks, peak memory
    of each worker process).
    """
    settings = settings or load_settings()
    workers = default_workers() if workers is None else int(workers)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    stats = stats if stats is not None else PoolStats()
    stats.workers = workers
    if workers == 1:
        from ..pipeline import Coder

        yield from Coder(settings).code_documents(documents)
        return
    size = chunk_size or settings.batch_size
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    yield from _run_pool(chunked(documents, size), settings, workers, stats)


def _take(result: tuple[list[Outcome], int, float], stats: PoolStats) -> list[Outcome]:
    outcomes, pid, peak = result
    stats.chunks += 1
    stats.peak_rss_mb[pid] = max(peak, stats.peak_rss_mb.get(pid, 0.0))
    return outcomes


def _run_pool(chunks: Iterator[list[Item]], settings: Settings, workers: int, stats: PoolStats) -> Iterator[Outcome]:
    window = 2 * workers
    pool = _new_pool(settings, workers)
    pending: deque[tuple[list[Item], Future]] = deque()
    clean_exit = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    pending.append((chunk, pool.submit(_code_chunk, chunk)))
                except BrokenProcessPool:
                    pending.append((chunk, _broken_future()))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                outcomes = _take(future.result(), stats)
            except BrokenProcessPool:
                # a worker died: every chunk in flight is lost with the pool; code them again,
                # one at a time on a fresh pool, so that a chunk that kills a worker is found
                retry = [chunk] + [c for c, _ in pending]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(settings, workers)
                stats.restarts += 1
                for again in retry:
                    try:
                        outcomes = _take(pool.submit(_code_chunk, again).result(), stats)
                    except BrokenProcessPool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = _new_pool(settings, workers)
                        stats.restarts += 1
                        outcomes = failed_outcomes(again, "worker process died while coding this input")
                    yield from outcomes
                continue
            yield from outcomes
        clean_exit = True
    except EventwireError:
        # a worker reported an error of its own (the model cannot be loaded): the workers are
        # alive and idle, so wait for them, or the pool's exit hook writes to a closed pipe
        clean_exit = True
        raise
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=clean_exit, cancel_futures=True)


def _broken_future() -> Future:
    f: Future = Future()
    f.set_exception(BrokenProcessPool("the pool broke before this chunk was sent"))
    return f


class ParallelCoder:
    """Stands in for a ``Coder`` where only ``code_documents`` and ``settings`` are used
    (``ingest.ingest_documents``): codes in a local process pool."""

    def __init__(self, settings: Settings | None = None, workers: int | None = None, *, chunk_size: int | None = None):
        self.settings = settings or load_settings()
        self.workers = default_workers() if workers is None else workers
        self.chunk_size = chunk_size
        self.stats = PoolStats()

    def code_documents(self, documents: Iterable[Item]) -> Iterator[Outcome]:
        return code_parallel(documents, self.settings, self.workers, chunk_size=self.chunk_size, stats=self.stats)


__all__ = ["code_parallel", "ParallelCoder", "PoolStats"]

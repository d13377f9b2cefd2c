"""Ingest: code documents and store them, skipping what the store already holds.

Each document is cleaned and hashed first (the article id is a hash of the
clean text, ``pipeline.article_id``); one that is already stored, or seen
earlier in the same run, is skipped before the expensive parse.  The rest are
coded in batches and each record is written in its own transaction, so an
interrupted run is resumed by simply running it again.  Inputs that cannot be
coded are recorded in the store's ``failures`` table with their reason.

The store is not held open for the whole run: DuckDB lets no other process open
the file while one has it open, so the run closes it (``Store.release``) before
it reads and codes more documents, once it has held it for ``RELEASE_AFTER``
seconds, and opens it again to write the next batch.  Readers (``eventwire
serve``, ``query``) see each batch as it lands; the writer lock stays held, so
no second writer slips in between.  The ids already stored are read once at the
start, so that skipping them needs no open file.
"""

from __future__ import annotations

import inspect
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .clean import clean
from .errors import EventwireError, InputError
from .pipeline import Prepared, article_id
from .records import Failure, RawDocument
from .store import DEFAULT_DB, Store

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Coder

#: Seconds an ingest run may keep the store open before it closes it to read and code more.
RELEASE_AFTER = 0.05


@dataclass(slots=True)
class IngestStats:
    """What an ingest run did.  ``seen`` = ``added`` + ``skipped`` + ``failed`` once the run is over."""

    seen: int = 0            # inputs read (documents and read failures)
    added: int = 0           # articles coded and stored
    skipped: int = 0         # already in the store (or repeated within this run): not coded again
    failed: int = 0          # inputs that could not be read or coded (recorded in the failures table)
    events: int = 0          # event records added
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles coded and stored per second."""
        return self.added / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "seen": self.seen, "added": self.added, "skipped": self.skipped, "failed": self.failed,
            "events": self.events, "seconds": round(self.seconds, 3), "articles_per_second": round(self.rate, 2),
            "failures": [{"source": f.source, "reason": f.reason, "code": f.code} for f in self.failures],
        }


def ingest_documents(
    coder: "Coder",
    documents: Iterable[RawDocument | Failure],
    db_path: str | Path | Store = DEFAULT_DB,
    *,
    progress: Callable[[IngestStats], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestStats:
    """Code and store ``documents`` (a ``Store`` may be passed instead of a path; it is left open).

    ``progress(stats)`` is called after each input is accounted for; ``on_failure(failure)``
    for each input that failed, as it happens.
    """
    stats = IngestStats()
    start = time.perf_counter()

    def report() -> None:
        stats.seconds = time.perf_counter() - start
        if progress is not None:
            progress(stats)

    def fail(f: Failure, store: Store) -> None:
        store.add_failure(f)
        stats.failed += 1
        stats.failures.append(f)
        if on_failure is not None:
            on_failure(f)
        report()

    def run(store: Store) -> None:
        seen_ids: set[str] = set()
        stored_ids = set(store.article_ids())

        def pause() -> None:
            # About to read and code: let readers of other processes in (see the module docstring).
            if store.held_for >= RELEASE_AFTER:
                store.release()

        def inputs() -> Iterator[RawDocument | Failure]:
            items = iter(documents)
            while True:
                pause()
                try:
                    item = next(items)
                except StopIteration:
                    return
                yield item

        def to_code() -> Iterator[Prepared | Failure]:
            for item in inputs():
                stats.seen += 1
                if isinstance(item, Failure):
                    yield item
                    continue
                try:
                    cleaned = clean(item)
                except EventwireError as exc:
                    yield Failure(item.source, str(exc), exc.code)
                    continue
                if not cleaned.text.strip():
                    yield Failure(item.source, "no article text left after removing page debris", InputError.code)
                    continue
                aid = article_id(cleaned.text)
                if aid in seen_ids or aid in stored_ids:
                    stats.skipped += 1
                    report()
                    continue
                seen_ids.add(aid)
                yield Prepared(item, cleaned)

        for outcome in coder.code_documents(to_code()):
            if outcome.failure is not None:
                fail(outcome.failure, store)
                continue
            record = outcome.record
            assert record is not None
            if store.add_record(record):
                stats.added += 1
                stats.events += len(record.events)
                stats.added_ids.append(record.article.id)
            else:
                stats.skipped += 1
            report()

    if isinstance(db_path, Store):
        run(db_path)
    else:
        with Store(db_path) as store:
            run(store)
    stats.seconds = time.perf_counter() - start
    return stats


def ingest_paths(
    coder: "Coder",
    paths: list[str | Path],
    db_path: str | Path | Store = DEFAULT_DB,
    *,
    published: str | None = None,
    progress: Callable[[IngestStats], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestStats:
    """Read files and folders and ingest them (see ``read_inputs``)."""
    docs = read_inputs(paths, published=published, max_bytes=coder.settings.max_input_bytes)
    return ingest_documents(coder, docs, db_path, progress=progress, on_failure=on_failure)


def read_inputs(
    paths: list[str | Path], *, published: str | None = None, max_bytes: int = 20_000_000
) -> Iterator[RawDocument | Failure]:
    """Inputs as documents, or a ``Failure`` naming why one could not be read.

    Uses ``eventwire.read.iter_documents`` when the installed readers provide it
    (every input kind they know), else plain-text files via ``iter_inputs``/``read_path``.
    """
    try:
        from .read import iter_documents  # type: ignore[attr-defined]
    except ImportError:
        iter_documents = None
    if iter_documents is not None:
        try:
            accepts_max = "max_bytes" in inspect.signature(iter_documents).parameters
        except (TypeError, ValueError):  # pragma: no cover
            accepts_max = False
        extra = {"max_bytes": max_bytes} if accepts_max else {}
        yield from iter_documents(list(paths), published=published, **extra)
        return
    from .read import iter_inputs, read_path

    for path in iter_inputs(list(paths)):
        try:
            yield read_path(path, published=published, max_bytes=max_bytes)
        except InputError as exc:
            yield Failure(str(path), str(exc), exc.code)
        except OSError as exc:
            yield Failure(str(path), f"cannot read: {exc.strerror or exc}", InputError.code)


__all__ = ["IngestStats", "ingest_documents", "ingest_paths", "read_inputs"]

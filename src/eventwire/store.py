"""The store: coded articles in one DuckDB file, queryable without re-coding.

Layout (schema version ``SCHEMA_VERSION``, applied by the ordered ``MIGRATIONS``)::

    articles    one row per article: provenance, clean text, cluster, the whole eventwire/1 record
    actors      (article_id, id)  actors of each article
    events      (article_id, id)  events, with the evidence text and the actor names copied in
    quotes      (article_id, id)
    places      (article_id, id)
    signatures  MinHash signature of each article (syndication clustering across runs)
    clusters    cluster_id, canonical article id (the first one stored), size
    failures    inputs that could not be coded: source, reason, code, first seen at
    meta        key/value, including schema_version
    schema_migrations  version, name, applied_at
    merged_events      view: events merged across syndicated copies (see below)

Writes are idempotent and atomic: the article id is a hash of the clean text,
so storing the same article twice adds nothing, and each article (with all its
rows) is written in one transaction, so a process killed mid-write leaves the
whole article or none of it.  DuckDB allows one writing process per file, and
no readers while it has the file open: a writer holds a writer lock
(``<store>.lock``) for as long as it is open, and a second writer waits a few
seconds for it, then gets ``StoreLockedError`` naming the process.  Readers open
with ``read_only=True`` and retry briefly while a writer has the file; a long
writer (``ingest``) closes the file between batches of articles (``release()``),
so that readers see each batch as it lands.  See ``Store``.

Merged events.  Events are counted like GDELT's NumMentions / NumArticles /
NumSources, but without double counting syndicated copies: event records that
agree on (PLOVER type, source country, target country, source actor name,
target actor name, date) are one merged event.  Dated events merge across the
whole store; undated ones only within one syndication cluster (two unrelated
articles saying "police arrested protesters", with no date, need not be the
same arrest).  Each merged event carries ``num_mentions`` (event records),
``num_articles`` (distinct articles), ``num_sources`` (distinct original
publishers, else publishers) and ``num_clusters`` (distinct syndication
clusters: independent reports).  Counts and aggregates (``stats``,
``dyad_series``, ``actors_with_counts``) count merged events, and like every
query here default to factuality asserted + reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import os
import re
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import duckdb

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

from .dedup import ClusterIndex, Signature, signature
from .errors import StoreError, StoreLockedError
from .records import FACTUALITY, Failure, Record

DEFAULT_DB = "eventwire.duckdb"
#: What counts and default queries include (negated and hypothetical events are stored, flagged).
DEFAULT_FACTUALITY: tuple[str, ...] = ("asserted", "reported")


# --- filters --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    """What to select.  Every field narrows the selection; the defaults select everything
    except negated and hypothetical events (``factuality=None`` selects every factuality)."""

    date_from: str | None = None          # YYYY-MM-DD, inclusive; events whose date lies wholly in range
    date_to: str | None = None            # YYYY-MM-DD, inclusive
    countries: tuple[str, ...] = ()       # source OR target country in these
    dyad: tuple[str, str] | None = None   # (source_country, target_country), directed
    plover: tuple[str, ...] = ()          # PLOVER event types
    factuality: tuple[str, ...] | None = DEFAULT_FACTUALITY
    actor: str | None = None              # substring of the source or target actor name (any case)
    search: str | None = None             # substring of the evidence sentence or the article text
    min_confidence: float | None = None   # events the confidence model scored at least this (0-1)
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0

    @classmethod
    def make(cls, filters: "Filters | None" = None, **kwargs: Any) -> "Filters":
        """``Filters`` from an optional base plus keyword overrides (lists become tuples)."""
        base = filters or cls()
        clean: dict[str, Any] = {}
        for k, v in kwargs.items():
            if k not in cls.__dataclass_fields__:
                raise TypeError(f"unknown filter {k!r}")
            if k in ("countries", "plover") and isinstance(v, str):
                v = (v,)
            elif k in ("countries", "plover") and v is not None:
                v = tuple(v)
            elif k == "factuality" and isinstance(v, str):
                v = (v,)
            elif k == "factuality" and v is not None:
                v = tuple(v) or None
            elif k == "dyad" and v is not None:
                v = tuple(v)
            clean[k] = v
        return replace(base, **clean)

    def selects_everything(self) -> bool:
        """True when no filter narrows the selection (limit/offset aside)."""
        return (
            self.date_from is None and self.date_to is None and not self.countries and self.dyad is None
            and not self.plover and self.factuality is None and not self.actor and not self.search
            and not self.min_confidence and self.article_id is None
        )

    def where(self, e: str = "e", a: str = "a") -> tuple[str, list[Any]]:
        """SQL condition over events ``e`` joined with articles ``a``, and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if self.date_from:
            conds.append(f"{e}.date_start >= ?")
            params.append(_iso(self.date_from))
        if self.date_to:
            conds.append(f"{e}.date_end <= ?")
            params.append(_iso(self.date_to))
        if self.countries:
            cs = [c.upper() for c in self.countries]
            ph = ",".join("?" * len(cs))
            conds.append(f"({e}.source_country IN ({ph}) OR {e}.target_country IN ({ph}))")
            params += cs + cs
        if self.dyad:
            conds.append(f"{e}.source_country = ? AND {e}.target_country = ?")
            params += [self.dyad[0].upper(), self.dyad[1].upper()]
        if self.plover:
            conds.append(f"{e}.plover IN ({','.join('?' * len(self.plover))})")
            params += [p.upper() for p in self.plover]
        if self.factuality is not None:
            bad = [f for f in self.factuality if f not in FACTUALITY]
            if bad:
                raise ValueError(f"unknown factuality {bad[0]!r} (one of: {', '.join(FACTUALITY)})")
            conds.append(f"{e}.factuality IN ({','.join('?' * len(self.factuality))})")
            params += list(self.factuality)
        if self.actor:
            conds.append(f"(strpos(lower({e}.source_name), ?) > 0 OR strpos(lower({e}.target_name), ?) > 0)")
            params += [self.actor.lower()] * 2
        if self.search:
            conds.append(f"(strpos(lower({e}.sentence_text), ?) > 0 OR strpos(lower({a}.text), ?) > 0)")
            params += [self.search.lower()] * 2
        if self.min_confidence:
            conds.append(f"{e}.confidence >= ?")
            params.append(float(self.min_confidence))
        if self.article_id:
            conds.append(f"{e}.article_id = ?")
            params.append(self.article_id)
        return (" AND ".join(conds) or "TRUE"), params

    def page(self) -> tuple[str, list[Any]]:
        if self.limit is None and not self.offset:
            return "", []
        return " LIMIT ? OFFSET ?", [min(self.limit, 2**62) if self.limit is not None else 2**62, min(max(self.offset, 0), 2**62)]


def _iso(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def date_range(value: str | None) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """``(day, start, end)`` of an eventwire date: ``YYYY-MM-DD`` | ``YYYY-MM`` | ``YYYY`` | None.

    ``day`` is set only for a full date; ``start``/``end`` bound partial ones."""
    if not value:
        return None, None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = dt.date(*parts)
            return d, d, d
        if len(parts) == 2:
            y, m = parts
            return None, dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if len(parts) == 1:
            return None, dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        pass
    return None, None, None


def merge_key(plover: str, source_country: str | None, target_country: str | None, source_name: str | None,
              target_name: str | None, date: str | None, cluster_id: str) -> str:
    """Id of the merged event an event record belongs to (see the module docstring)."""
    parts = [
        plover, source_country or "", target_country or "",
        " ".join((source_name or "").lower().split()), " ".join((target_name or "").lower().split()),
        date if date else f"cluster:{cluster_id}",
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# --- schema and migrations --------------------------------------------------------------------


def _m001_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            source VARCHAR NOT NULL,
            title VARCHAR,
            published VARCHAR,
            publisher VARCHAR,
            original_publisher VARCHAR,
            distributor VARCHAR,
            byline VARCHAR,
            language VARCHAR,
            text VARCHAR NOT NULL,
            removed JSON,
            cluster_id VARCHAR NOT NULL,
            record JSON NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            kind VARCHAR,
            country VARCHAR,
            sectors VARCHAR[],
            description VARCHAR,
            mentions JSON,
            PRIMARY KEY (article_id, id)
        )""")
    con.execute("""
        CREATE TABLE events (
            article_id VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            seq BIGINT NOT NULL,
            plover VARCHAR NOT NULL,
            mode VARCHAR,
            contexts VARCHAR[],
            cameo VARCHAR,
            quad_class INTEGER,
            goldstein DOUBLE,
            source VARCHAR,
            target VARCHAR,
            source_name VARCHAR,
            target_name VARCHAR,
            source_country VARCHAR,
            target_country VARCHAR,
            factuality VARCHAR NOT NULL,
            trigger_start INTEGER,
            trigger_end INTEGER,
            sentence_start INTEGER,
            sentence_end INTEGER,
            trigger_text VARCHAR,
            sentence_text VARCHAR,
            date VARCHAR,
            day DATE,
            date_start DATE,
            date_end DATE,
            place VARCHAR,
            place_name VARCHAR,
            place_country VARCHAR,
            place_lat DOUBLE,
            place_lon DOUBLE,
            place_geonameid BIGINT,
            place_feature VARCHAR,
            confidence DOUBLE,
            is_root BOOLEAN,
            cluster_id VARCHAR NOT NULL,
            source_key VARCHAR,
            merged_id VARCHAR NOT NULL,
            PRIMARY KEY (article_id, id)
        )""")
    con.execute("""
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            speaker VARCHAR,
            text_start INTEGER,
            text_end INTEGER,
            cue_start INTEGER,
            cue_end INTEGER,
            direct BOOLEAN,
            text VARCHAR,
            PRIMARY KEY (article_id, id)
        )""")
    con.execute("""
        CREATE TABLE places (
            article_id VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            name VARCHAR,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            geonameid BIGINT,
            feature VARCHAR,
            mentions JSON,
            PRIMARY KEY (article_id, id)
        )""")
    con.execute("""
        CREATE TABLE signatures (
            article_id VARCHAR PRIMARY KEY,
            minhash BLOB NOT NULL,
            n_shingles INTEGER NOT NULL
        )""")
    con.execute("""
        CREATE TABLE clusters (
            cluster_id VARCHAR PRIMARY KEY,
            canonical_article_id VARCHAR NOT NULL,
            size INTEGER NOT NULL
        )""")
    con.execute("""
        CREATE TABLE failures (
            source VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            code VARCHAR,
            "at" TIMESTAMP NOT NULL
        )""")


def _m002_indexes_and_views(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE INDEX events_date ON events (date)")
    con.execute("CREATE INDEX events_dyad ON events (source_country, target_country)")
    con.execute("CREATE INDEX events_plover ON events (plover)")
    con.execute("CREATE INDEX articles_cluster ON articles (cluster_id)")
    where = "e.factuality IN (" + ", ".join(f"'{f}'" for f in DEFAULT_FACTUALITY) + ")"
    con.execute("CREATE VIEW merged_events AS " + _merged_sql(where))


#: Ordered migrations: (version, what it does, function).  Append, never edit a released one.
MIGRATIONS: list[tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, "articles, actors, events, quotes, places, signatures, clusters, failures", _m001_tables),
    (2, "indexes on events(date), (source_country, target_country), plover; merged_events view", _m002_indexes_and_views),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


# --- SQL pieces -------------------------------------------------------------------------------

#: Columns of one event row as queries return them (``e`` events, ``a`` articles, ``sa``/``ta`` actors).
EVENT_COLUMNS = """
    e.article_id || '-' || e.id AS id, e.article_id, e.id AS event_id,
    e.date, e.plover, e.mode, e.contexts, e.cameo, e.quad_class, e.goldstein,
    e.source AS source_actor, e.source_name, e.source_country, sa.sectors AS source_sectors,
    sa.kind AS source_kind, sa.description AS source_description,
    e.target AS target_actor, e.target_name, e.target_country, ta.sectors AS target_sectors,
    ta.kind AS target_kind, ta.description AS target_description,
    e.factuality, e.confidence, e.trigger_start, e.trigger_end, e.trigger_text,
    e.sentence_start, e.sentence_end, e.sentence_text,
    e.place, e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonameid, e.place_feature,
    e.is_root, e.merged_id, e.cluster_id,
    a.title AS article_title, a.source AS article_source, a.published AS article_published,
    a.publisher AS article_publisher, a.original_publisher AS article_original_publisher,
    a.ingested_at AS article_ingested_at
"""

EVENT_FROM = """
    events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.id = e.source
    LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.id = e.target
"""

_EVENT_ORDER = " ORDER BY e.date_start NULLS LAST, e.seq, e.ord"


def _merged_sql(where: str) -> str:
    """One row per merged event among the events selected by ``where`` (over ``e``/``a``)."""
    return f"""
        WITH f AS (
            SELECT e.*, a.source AS article_source, a.title AS article_title, a.ingested_at
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE {where}
        ),
        agg AS (
            SELECT merged_id,
                   count(*) AS num_mentions,
                   count(DISTINCT article_id) AS num_articles,
                   count(DISTINCT source_key) AS num_sources,
                   count(DISTINCT cluster_id) AS num_clusters,
                   min(ingested_at) AS date_added,
                   list(article_id || '-' || id ORDER BY seq, ord) AS event_ids
            FROM f GROUP BY merged_id
        ),
        rep AS (
            SELECT * FROM f QUALIFY row_number() OVER (PARTITION BY merged_id ORDER BY seq, ord) = 1
        )
        SELECT rep.merged_id AS id, rep.plover, rep.mode, rep.contexts, rep.cameo, rep.quad_class, rep.goldstein,
               rep.source_name, rep.source_country, rep.target_name, rep.target_country,
               rep.factuality, rep.date, rep.day, rep.date_start, rep.date_end,
               rep.place_name, rep.place_country, rep.place_lat, rep.place_lon, rep.place_geonameid, rep.place_feature,
               rep.is_root, rep.sentence_text, rep.trigger_text,
               rep.article_id AS first_article_id, rep.id AS first_event_id, rep.article_source AS source_url,
               rep.cluster_id, rep.seq, rep.ord,
               agg.num_mentions, agg.num_articles, agg.num_sources, agg.num_clusters, agg.date_added, agg.event_ids
        FROM rep JOIN agg USING (merged_id)
    """


_LOCK_RE = re.compile(r"PID (\d+)")


def series_sql(merged: str, by: str, where: str = "") -> str:
    """Merged events of the ``merged`` query per day or week: count, Goldstein sum and mean,
    mentions, and counts per quad class; ``where`` filters the merged rows (alias ``m``)."""
    period = "day" if by == "day" else "CAST(date_trunc('week', day) AS DATE)"
    return f"""SELECT {period} AS period, count(*) AS events, sum(goldstein) AS goldstein_sum,
                      avg(goldstein) AS goldstein_mean, sum(num_mentions) AS mentions,
                      count(*) FILTER (WHERE quad_class = 1) AS quad1,
                      count(*) FILTER (WHERE quad_class = 2) AS quad2,
                      count(*) FILTER (WHERE quad_class = 3) AS quad3,
                      count(*) FILTER (WHERE quad_class = 4) AS quad4
               FROM ({merged}) m {where}
               GROUP BY period ORDER BY period NULLS LAST"""


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _insert(con: duckdb.DuckDBPyConnection, table: str, cols: Sequence[str], rows: list[tuple]) -> None:
    if not rows:
        return
    ph = "(" + ",".join("?" * len(cols)) + ")"
    con.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES " + ",".join([ph] * len(rows)),
        [v for r in rows for v in r],
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(value: str | None) -> str | None:
    """``value`` with lone surrogates (an undecodable file name, as Python reads it) written as
    ``\\udcff``, as Python writes them on stderr: DuckDB cannot store them."""
    if value is None or not _SURROGATE.search(value):
        return value
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _first_paragraph_end(text: str) -> int:
    i = text.find("\n\n")
    return len(text) if i < 0 else i


# --- the store --------------------------------------------------------------------------------


#: Seconds a reader waits (retrying) for a writer to close the file before ``StoreLockedError``.
READ_WAIT = 2.0
#: Seconds a writer waits for another writer to finish before ``StoreLockedError``.
WRITE_WAIT = 5.0


class _WriterLock:
    """The advisory lock ``<store>.lock`` that a writing process holds for as long as it has the
    store open for writing, across ``Store.release()``: a second writer waits for it or fails,
    instead of slipping in between the first one's batches.  The Stores of one process share it
    (as they share DuckDB's database).  Where ``fcntl`` is missing or the lock file cannot be
    created, DuckDB's own lock is the only guard."""

    _held: dict[str, list] = {}       # lock file path -> [open file, number of Stores holding it]
    _guard = threading.Lock()

    @classmethod
    def acquire(cls, store_path: Path, wait: float) -> str | None:
        if fcntl is None or str(store_path).startswith(":memory:"):
            return None
        key = os.path.abspath(f"{store_path}.lock")
        with cls._guard:
            held = cls._held.get(key)
            if held is not None:
                held[1] += 1
                return key
            try:
                f = open(key, "a+", encoding="ascii")
            except OSError:
                return None
            deadline = time.monotonic() + wait
            delay = 0.01
            while True:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError:
                    now = time.monotonic()
                    if now >= deadline:
                        f.seek(0)
                        pid = f.read().strip()
                        f.close()
                        who = f"process {pid}" if pid.isdigit() else "another process"
                        raise StoreLockedError(_locked_message(store_path, f"open for writing by {who}", wait)) from None
                    time.sleep(min(delay, deadline - now))
                    delay = min(delay * 2, 0.25)
            f.seek(0)
            f.truncate()
            f.write(f"{os.getpid()}\n")
            f.flush()
            cls._held[key] = [f, 1]
            return key

    @classmethod
    def release(cls, key: str) -> None:
        with cls._guard:
            held = cls._held.get(key)
            if held is None:
                return
            held[1] -= 1
            if held[1] <= 0:
                del cls._held[key]
                held[0].close()   # closing the file drops the lock


def _locked_message(path: Path, state: str, wait: float) -> str:
    return (f"store {path} is {state}; DuckDB allows one writer per file (and no readers while it writes); "
            f"waited {wait:g} s: retry when it has finished")


class Store:
    """A DuckDB store of coded articles.  Use as a context manager::

        with Store("eventwire.duckdb") as store:          # opens (creates, migrates) for writing
            store.add_record(record)
        with Store("eventwire.duckdb", read_only=True) as store:
            rows = store.events(countries=["VEN"], limit=20)

    Concurrency.  DuckDB lets one process open the file for writing, and no process open it
    at all (not even read-only) while that one has it open.  So:

    - a writer holds the writer lock (``<store>.lock``) from opening to ``close()``; a second
      writer waits up to ``wait`` seconds (default ``WRITE_WAIT``) for it, then raises
      ``StoreLockedError`` naming the process that writes;
    - ``release()`` closes the DuckDB connection without closing the Store: its next use opens
      it again.  A long writer (``ingest``) releases between batches of articles, so that
      readers can open the file in between; it keeps the writer lock meanwhile;
    - opening the file (at first, and again after ``release()``) retries for up to ``wait``
      seconds while another process has it open (default ``READ_WAIT`` for readers; a writer
      waits at least that long for readers to finish), then raises ``StoreLockedError``.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.wait = max(0.0, float(wait)) if wait is not None else (READ_WAIT if read_only else WRITE_WAIT)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at: float | None = None
        self._closed = False
        self._lock_key: str | None = None
        self._index: ClusterIndex | None = None
        self._seq: int | None = None  # last ingest sequence number (one writer per file, so cached)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path} (create one with: eventwire ingest PATH --db {self.path})")
        if not read_only:
            self._lock_key = _WriterLock.acquire(self.path, self.wait)
        try:
            self._con = self._connect()
            self._opened_at = time.monotonic()
            self._migrate()
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, opened again (waiting as the constructor does) after ``release()``."""
        if self._con is None:
            if self._closed:
                raise StoreError(f"store {self.path} is closed")
            self._con = self._connect()
            self._opened_at = time.monotonic()
            if not self.read_only and self._seq is not None:
                # Another program may have written while the file was released: start afresh then.
                if self._con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0] != self._seq:
                    self._seq, self._index = None, None
        return self._con

    @property
    def held_for(self) -> float:
        """Seconds since the DuckDB connection was opened (0.0 while released)."""
        return 0.0 if self._opened_at is None or self._con is None else time.monotonic() - self._opened_at

    def _connect(self) -> duckdb.DuckDBPyConnection:
        wait = self.wait if self.read_only else max(self.wait, READ_WAIT)
        deadline = time.monotonic() + wait
        delay = 0.01
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise StoreError(f"cannot open store {self.path}: {msg}") from None
                now = time.monotonic()
                if now >= deadline:
                    pid = _LOCK_RE.search(msg)
                    who = f"process {pid.group(1)}" if pid else "another process"
                    state = f"open for writing by {who}" if self.read_only else f"open by {who}"
                    raise StoreLockedError(_locked_message(self.path, state, wait)) from None
                time.sleep(min(delay, deadline - now))
                delay = min(delay * 2, 0.05)   # short: a writer between batches leaves the file free only briefly
            except duckdb.ConnectionException as exc:
                raise StoreLockedError(
                    f"store {self.path} is already open in this process with other settings "
                    f"(read_only={not self.read_only}); close that Store first"
                ) from exc
            except duckdb.Error as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}") from None

    def release(self) -> None:
        """Close the DuckDB connection, keeping the Store (and a writer's writer lock): other
        processes can open the file until the next use opens it again.  Call it between uses,
        not while iterating over the results of a query."""
        con, self._con, self._opened_at = self._con, None, None
        if con is not None:
            con.close()

    def close(self) -> None:
        self._closed = True
        try:
            self.release()
        finally:
            key, self._lock_key = self._lock_key, None
            if key is not None:
                _WriterLock.release(key)

    def __del__(self) -> None:
        key = getattr(self, "_lock_key", None)
        if key is not None:
            self._lock_key = None
            try:
                _WriterLock.release(key)
            except Exception:  # pragma: no cover - interpreter shutdown
                pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        con = self.con
        has_meta = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
        ).fetchone()[0]
        version = int(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]) if has_meta else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this eventwire ({SCHEMA_VERSION}); upgrade eventwire"
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(
                f"store {self.path} has schema version {version}, this eventwire needs {SCHEMA_VERSION}: "
                "open it for writing once (e.g. eventwire ingest) to migrate it"
            )
        try:
            if not has_meta:
                con.execute("BEGIN")
                con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
                con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
                con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
                con.execute("COMMIT")
            for number, name, migrate in MIGRATIONS:
                if number <= version:
                    continue
                con.execute("BEGIN")
                migrate(con)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [number, name, _now()])
                con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(number)])
                con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"cannot migrate store {self.path}: {exc}") from None

    @property
    def schema_version(self) -> int:
        return int(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # -- writing -----------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def _cluster_index(self) -> ClusterIndex:
        if self._index is None:
            index = ClusterIndex()
            index.load(self.con.execute(
                "SELECT s.article_id, a.cluster_id, s.minhash, s.n_shingles "
                "FROM signatures s JOIN articles a ON a.id = s.article_id ORDER BY a.seq"
            ).fetchall())
            self._index = index
        return self._index

    def add_record(self, record: Record) -> bool:
        """Store one coded article in one transaction; False when it was already stored."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        art = record.article
        if self.has(art.id):
            return False
        index = self._cluster_index()
        sig = signature(art.text)
        cluster_id = index.assign(art.id, sig)
        con = self.con
        try:
            con.execute("BEGIN")
            if self._seq is None:
                self._seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            seq = self._seq + 1
            self._write(record, seq, cluster_id, sig)
            con.execute("COMMIT")
            self._seq = seq
        except (duckdb.Error, RuntimeError, ValueError) as exc:   # RuntimeError: a value DuckDB cannot take
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"cannot store article {art.id} ({art.source}): {exc}") from None
        index.add(art.id, cluster_id, sig)
        return True

    def _write(self, record: Record, seq: int, cluster_id: str, sig: Signature) -> None:
        con = self.con
        art = record.article
        text = art.text
        now = _now()
        rec = record.to_dict()
        con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [art.id, seq, art.source, art.title, art.published, art.publisher, art.original_publisher,
             art.distributor, art.byline, art.language, text,
             json.dumps(rec["article"]["removed"], ensure_ascii=False), cluster_id,
             json.dumps(rec, ensure_ascii=False), now],
        )
        con.execute("INSERT INTO signatures VALUES (?, ?, ?)", [art.id, sig.to_bytes(), sig.n_shingles])
        con.execute(
            "INSERT INTO clusters VALUES (?, ?, 1) ON CONFLICT (cluster_id) DO UPDATE SET size = clusters.size + 1",
            [cluster_id, art.id],
        )
        _insert(con, "actors", ("article_id", "id", "name", "kind", "country", "sectors", "description", "mentions"), [
            (art.id, a.id, a.name, a.kind, a.country, list(a.sectors), a.description,
             json.dumps([list(m) for m in a.mentions]))
            for a in record.actors
        ])
        _insert(con, "places", ("article_id", "id", "name", "country", "lat", "lon", "geonameid", "feature", "mentions"), [
            (art.id, p.id, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature,
             json.dumps([list(m) for m in p.mentions]))
            for p in record.places
        ])
        _insert(con, "quotes", ("article_id", "id", "speaker", "text_start", "text_end", "cue_start", "cue_end",
                                "direct", "text"), [
            (art.id, q.id, q.speaker, q.text[0], q.text[1], q.cue[0] if q.cue else None, q.cue[1] if q.cue else None,
             q.direct, text[q.text[0]:q.text[1]])
            for q in record.quotes
        ])
        actors = {a.id: a for a in record.actors}
        places = {p.id: p for p in record.places}
        source_key = art.original_publisher or art.publisher or f"article:{art.id}"
        lead_end = _first_paragraph_end(text)
        rows = []
        for ord_, e in enumerate(record.events):
            src, tgt = actors.get(e.source or ""), actors.get(e.target or "")
            place = places.get(e.place or "")
            day, start, end = date_range(e.date)
            src_name, tgt_name = (src.name if src else None), (tgt.name if tgt else None)
            rows.append((
                art.id, e.id, ord_, seq, e.plover, e.mode, list(e.contexts), e.cameo, e.quad_class, e.goldstein,
                e.source, e.target, src_name, tgt_name, e.source_country, e.target_country, e.factuality,
                e.trigger[0], e.trigger[1], e.sentence[0], e.sentence[1],
                text[e.trigger[0]:e.trigger[1]], text[e.sentence[0]:e.sentence[1]],
                e.date, day, start, end,
                e.place, place.name if place else None, place.country if place else None,
                place.lat if place else None, place.lon if place else None,
                place.geonameid if place else None, place.feature if place else None,
                e.confidence, e.sentence[0] < lead_end, cluster_id, source_key,
                merge_key(e.plover, e.source_country, e.target_country, src_name, tgt_name, e.date, cluster_id),
            ))
        _insert(con, "events", (
            "article_id", "id", "ord", "seq", "plover", "mode", "contexts", "cameo", "quad_class", "goldstein",
            "source", "target", "source_name", "target_name", "source_country", "target_country", "factuality",
            "trigger_start", "trigger_end", "sentence_start", "sentence_end", "trigger_text", "sentence_text",
            "date", "day", "date_start", "date_end",
            "place", "place_name", "place_country", "place_lat", "place_lon", "place_geonameid", "place_feature",
            "confidence", "is_root", "cluster_id", "source_key", "merged_id",
        ), rows)

    def add_failure(self, failure: Failure) -> bool:
        """Record an input that could not be coded (once per source, reason and code)."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        failure = Failure(*(_encodable(v) for v in (failure.source, failure.reason, failure.code)))
        try:
            self.con.execute("BEGIN")
            exists = self.con.execute(
                "SELECT 1 FROM failures WHERE source = ? AND reason = ? AND code IS NOT DISTINCT FROM ?",
                [failure.source, failure.reason, failure.code],
            ).fetchone()
            if not exists:
                self.con.execute("INSERT INTO failures VALUES (?, ?, ?, ?)",
                                 [failure.source, failure.reason, failure.code, _now()])
            self.con.execute("COMMIT")
        except (duckdb.Error, RuntimeError, ValueError) as exc:   # RuntimeError: a value DuckDB cannot take
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"cannot record failure of {failure.source}: {exc}") from None
        return not exists

    # -- reading: rows -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row count of every table (and of merged events at the default factuality)."""
        out = {}
        for table in ("articles", "actors", "events", "quotes", "places", "signatures", "clusters", "failures"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        out["merged_events"] = self.con.execute("SELECT count(*) FROM merged_events").fetchone()[0]
        return out

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]

    def events(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Event records (one per event of each article) with their evidence, in date then ingest order."""
        f = Filters.make(filters, **kwargs)
        return _rows(self._events_cursor(f))

    def iter_events(self, filters: Filters | None = None, *, batch: int = 2000, **kwargs: Any) -> Iterator[dict[str, Any]]:
        cur = self._events_cursor(Filters.make(filters, **kwargs))
        cols = [d[0] for d in cur.description]
        while True:
            chunk = cur.fetchmany(batch)
            if not chunk:
                return
            for row in chunk:
                yield dict(zip(cols, row))

    def _events_cursor(self, f: Filters) -> duckdb.DuckDBPyConnection:
        where, params = f.where()
        page, pparams = f.page()
        return self.con.cursor().execute(
            f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {where}{_EVENT_ORDER}{page}", params + pparams
        )

    def events_sql(self, filters: Filters | None = None) -> tuple[str, list[Any]]:
        """The SQL (and parameters) of ``events(filters)``, e.g. for COPY ... TO."""
        f = filters or Filters()
        where, params = f.where()
        page, pparams = f.page()
        return f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {where}{_EVENT_ORDER}{page}", params + pparams

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event by its id ``<article id>-<event id>`` with its evidence and article title/source."""
        article_id, _, local = event_id.partition("-")
        if not local:
            return None
        cur = self.con.cursor().execute(
            f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.article_id = ? AND e.id = ?", [article_id, local]
        )
        rows = _rows(cur)
        return rows[0] if rows else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored ``eventwire/1`` record of an article, as a dict."""
        row = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return json.loads(row[0]) if row else None

    def records(self, filters: Filters | None = None, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """``eventwire/1`` records in ingest order: all articles when no filter narrows the selection,
        else the articles with at least one selected event (whole records either way)."""
        f = Filters.make(filters, **kwargs)
        page, pparams = f.page()
        if f.selects_everything():
            cur = self.con.cursor().execute(f"SELECT record FROM articles ORDER BY seq{page}", pparams)
        else:
            where, params = f.where()
            cur = self.con.cursor().execute(
                f"SELECT a.record FROM articles a WHERE a.id IN (SELECT e.article_id FROM events e "
                f"JOIN articles a ON a.id = e.article_id WHERE {where}) ORDER BY a.seq{page}",
                params + pparams,
            )
        while True:
            chunk = cur.fetchmany(500)
            if not chunk:
                return
            for (rec,) in chunk:
                yield json.loads(rec)

    def failures(self) -> list[dict[str, Any]]:
        return _rows(self.con.cursor().execute('SELECT source, reason, code, "at" FROM failures ORDER BY "at", source'))

    def clusters(self, *, min_size: int = 1) -> list[dict[str, Any]]:
        """Syndication clusters with their members (article id, source, title), largest first."""
        return _rows(self.con.cursor().execute(
            """SELECT c.cluster_id, c.canonical_article_id, c.size,
                      list({'id': a.id, 'source': a.source, 'title': a.title} ORDER BY a.seq) AS articles
               FROM clusters c JOIN articles a ON a.cluster_id = c.cluster_id
               WHERE c.size >= ? GROUP BY ALL ORDER BY c.size DESC, c.cluster_id""",
            [min_size],
        ))

    def cluster_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT cluster_id FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    # -- reading: merged events and aggregates -----------------------------------------------

    def merged_sql(self, filters: Filters | None = None) -> tuple[str, list[Any]]:
        f = filters or Filters()
        where, params = f.where()
        page, pparams = f.page()
        return f"SELECT * FROM ({_merged_sql(where)}) ORDER BY date_start NULLS LAST, seq, ord{page}", params + pparams

    def merged_events(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Events merged across syndicated copies, with num_mentions/num_articles/num_sources/num_clusters."""
        sql, params = self.merged_sql(Filters.make(filters, **kwargs))
        return _rows(self.con.cursor().execute(sql, params))

    def actors_with_counts(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Actors (by name and country) with the number of articles naming them and of merged
        events they take part in as source or target; most active first."""
        f = Filters.make(filters, **kwargs)
        where, params = f.where()
        page, pparams = f.page()
        sql = f"""
            WITH sel AS (SELECT e.* FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}),
            ev AS (
                SELECT name, country, count(DISTINCT merged_id) AS events FROM (
                    SELECT ac.name, ac.country, sel.merged_id FROM sel JOIN actors ac
                        ON ac.article_id = sel.article_id AND ac.id = sel.source
                    UNION ALL
                    SELECT ac.name, ac.country, sel.merged_id FROM sel JOIN actors ac
                        ON ac.article_id = sel.article_id AND ac.id = sel.target
                ) GROUP BY name, country
            ),
            ac AS (
                SELECT name, country, first(kind ORDER BY article_id) AS kind,
                       first(sectors ORDER BY article_id) AS sectors, count(DISTINCT article_id) AS articles
                FROM actors GROUP BY name, country
            )
            SELECT ac.name, ac.country, ac.kind, ac.sectors, ac.articles, coalesce(ev.events, 0) AS events
            FROM ac LEFT JOIN ev ON ev.name = ac.name AND ev.country IS NOT DISTINCT FROM ac.country
            {"" if replace(f, factuality=None).selects_everything() else "WHERE ev.events > 0"}
            ORDER BY events DESC, articles DESC, ac.name{page}
        """
        return _rows(self.con.cursor().execute(sql, params + pparams))

    def dyad_series(self, source: str, target: str, by: str = "day", filters: Filters | None = None,
                    **kwargs: Any) -> list[dict[str, Any]]:
        """Merged events from ``source`` to ``target`` country per day or week: count, Goldstein sum
        and mean, mentions, and counts per quad class (1 verbal coop .. 4 material conflict).
        Events with no full date come last, with ``period`` None."""
        if by not in ("day", "week"):
            raise ValueError("by must be 'day' or 'week'")
        f = Filters.make(filters, dyad=(source, target), **kwargs)
        sql, params = self.merged_sql(replace(f, limit=None, offset=0))
        return _rows(self.con.cursor().execute(series_sql(sql, by), params))

    def stats(self, filters: Filters | None = None, by: str = "day", **kwargs: Any) -> dict[str, Any]:
        """Totals, and merged events per day (or week) per PLOVER type."""
        if by not in ("day", "week"):
            raise ValueError("by must be 'day' or 'week'")
        f = Filters.make(filters, **kwargs)
        sql, params = self.merged_sql(replace(f, limit=None, offset=0))
        period = "day" if by == "day" else "CAST(date_trunc('week', day) AS DATE)"
        con = self.con
        per = _rows(con.cursor().execute(
            f"""SELECT {period} AS period, plover, count(*) AS events, sum(num_mentions) AS mentions,
                       sum(goldstein) AS goldstein_sum
                FROM ({sql}) GROUP BY period, plover ORDER BY period NULLS LAST, plover""",
            params,
        ))
        where, wparams = f.where()
        one = lambda q, p=(): con.execute(q, list(p)).fetchone()[0]  # noqa: E731
        totals = {
            "articles": one("SELECT count(*) FROM articles"),
            "clusters": one("SELECT count(*) FROM clusters"),
            "syndicated_copies": one("SELECT coalesce(sum(size - 1), 0) FROM clusters"),
            "event_records": one(f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}", wparams),
            "merged_events": one(f"SELECT count(*) FROM ({sql})", params),
            "failures": one("SELECT count(*) FROM failures"),
        }
        return {"totals": totals, "by": by, "per_period": per,
                "factuality": list(f.factuality) if f.factuality is not None else list(FACTUALITY)}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


__all__ = [
    "DEFAULT_DB",
    "DEFAULT_FACTUALITY",
    "Filters",
    "Store",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "date_range",
    "merge_key",
    "series_sql",
]

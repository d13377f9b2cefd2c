"""Benchmark: a filtered, paged event query through the web API over 1,000,000 stored events.

Generates a synthetic store straight with SQL (100,000 articles x 10 events, 4 actors each),
starts the app in-process (FastAPI TestClient over httpx) and times filtered queries::

    .venv/bin/python benchmarks/api_query.py                   # 1,000,000 events in a temp file
    .venv/bin/python benchmarks/api_query.py --events 200000 --db /tmp/bench.duckdb --keep

Prints, per query, the first (cold) and the median of the following runs in milliseconds,
and the total number of matching events.  Target: every query under one second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

COUNTRIES = ["IND", "PAK", "CHN", "PHL", "USA", "RUS", "UKR", "POL", "COL", "VEN", "ZMB", "YEM",
             "KGZ", "SLE", "FRA", "DEU", "GBR", "TUR", "IRQ", "SYR", "ISR", "PSE", "SDN", "NGA"]
PLOVER = [("AGREE", 1, 2.5), ("CONSULT", 1, 2.5), ("SUPPORT", 1, 5), ("CONCEDE", 1, 4.5),
          ("COOPERATE", 2, 9.5), ("AID", 2, 10), ("RETREAT", 2, 6.5), ("REQUEST", 3, 0),
          ("ACCUSE", 3, -3), ("REJECT", 3, -2), ("THREATEN", 3, -3.5), ("SANCTION", 3, -6),
          ("PROTEST", 4, -5), ("MOBILIZE", 4, -5.5), ("COERCE", 4, -7), ("ASSAULT", 4, -9)]
ROLES = ["foreign minister", "army", "police", "president", "opposition party", "protesters",
         "rebel group", "prime minister", "navy", "coast guard"]


def generate(path: Path, n_events: int, per_article: int = 10) -> None:
    """A store at ``path`` (created with eventwire's own schema) filled with ``n_events`` events."""
    from eventwire.store import Store

    Store(path).close()                      # schema and migrations, as eventwire makes them
    n_articles = max(1, n_events // per_article)
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    countries = "[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
    plover = "[" + ",".join(f"'{p}'" for p, _, _ in PLOVER) + "]"
    quads = "[" + ",".join(str(q) for _, q, _ in PLOVER) + "]"
    scores = "[" + ",".join(str(s) for _, _, s in PLOVER) + "]"
    roles = "[" + ",".join(f"'{r}'" for r in ROLES) + "]"
    nc, npl, nr = len(COUNTRIES), len(PLOVER), len(ROLES)
    con.execute("BEGIN")
    con.execute(f"""
        INSERT INTO articles
        SELECT substr(md5('a' || i::VARCHAR), 1, 16), i, 'bench://article/' || i, 'Synthetic story ' || i,
               strftime(DATE '2022-01-01' + CAST(i % 1000 AS INTEGER), '%Y-%m-%d'),
               'Publisher ' || (i % 40), CASE WHEN i % 3 = 0 THEN 'Wire ' || (i % 5) END, NULL, NULL, 'en',
               'Synthetic article number ' || i || ' about ' || {countries}[1 + i % {nc}] || ' and '
                   || {countries}[1 + (i * 7) % {nc}] || '. Officials met and talked; others protested.',
               '[]', substr(md5('a' || (i - i % 4)::VARCHAR), 1, 16), '{{"schema": "eventwire/1"}}',
               TIMESTAMP '2024-01-01 00:00:00'
        FROM range(1, {n_articles} + 1) t(i)""")
    con.execute(f"""
        INSERT INTO actors
        SELECT a.id, 'A' || k, {countries}[1 + (a.seq * 7 + k * 5) % {nc}] || ' ' || {roles}[1 + (a.seq + k) % {nr}],
               'group', {countries}[1 + (a.seq * 7 + k * 5) % {nc}], ['GOV'], NULL, '[[0, 5]]'
        FROM articles a, range(1, 5) r(k)""")
    con.execute(f"""
        INSERT INTO events
        WITH base AS (
            SELECT a.id AS article_id, a.seq, a.cluster_id, a.original_publisher, a.publisher, j,
                   1 + (a.seq * 31 + j * 17) % {npl} AS p,
                   1 + (j % 4) AS s, 1 + ((j + 1 + (a.seq % 2)) % 4) AS t,
                   DATE '2022-01-01' + CAST((a.seq % 1000) + (j % 3) AS INTEGER) AS d
            FROM articles a, range(0, {per_article}) r(j)
        )
        SELECT b.article_id, 'E' || (b.j + 1), b.j, b.seq, {plover}[b.p], NULL, [], NULL, {quads}[b.p], {scores}[b.p],
               'A' || b.s, 'A' || b.t, sa.name, ta.name, sa.country, ta.country,
               CASE WHEN (b.seq + b.j) % 10 < 7 THEN 'asserted' WHEN (b.seq + b.j) % 10 < 9 THEN 'reported'
                    ELSE 'hypothetical' END,
               10, 20, 0, 80, 'talked', 'Officials of ' || sa.name || ' talked with ' || ta.name || ' on day ' || b.seq,
               strftime(b.d, '%Y-%m-%d'), b.d, b.d, b.d,
               NULL, 'Place ' || (b.seq % 50), ta.country, ((b.seq * 13) % 140) - 60.0, ((b.seq * 29) % 340) - 170.0,
               NULL, 'city', 0.8, b.j = 0, b.cluster_id,
               coalesce(b.original_publisher, b.publisher),
               substr(md5({plover}[b.p] || sa.country || ta.country || strftime(b.d, '%Y-%m-%d') || (b.seq % 7)), 1, 16)
        FROM base b
        JOIN actors sa ON sa.article_id = b.article_id AND sa.id = 'A' || b.s
        JOIN actors ta ON ta.article_id = b.article_id AND ta.id = 'A' || b.t""")
    con.execute("""INSERT INTO clusters SELECT cluster_id, min(id), count(*) FROM articles GROUP BY cluster_id""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()


QUERIES = [
    ("country + type + date range, page 3",
     "/api/events?country=IND&type=ASSAULT&from=2022-03-01&to=2023-06-30&limit=50&offset=100"),
    ("dyad, default factuality, first page", "/api/events?dyad=IND:RUS&limit=50"),
    ("actor name contains, page 2", "/api/events?actor=foreign%20minister&country=CHN&limit=50&offset=50"),
    ("text search, page 1", "/api/events?search=day%2012345&limit=50"),
    ("no filter, deep page", "/api/events?limit=50&offset=500000"),
    ("merged events, country + date", "/api/events?merged=true&country=RUS&from=2023-01-01&to=2023-12-31&limit=50"),
    ("events table page (HTML), country", "/events?country=UKR&from=2022-06-01&to=2022-12-31"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None, help="where to write the store (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep (and reuse) the --db file")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    import warnings

    with warnings.catch_warnings():   # starlette's TestClient announces a move from httpx to httpx2
        warnings.filterwarnings("ignore", message=".*httpx2")
        from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not (args.keep and db.exists()):
        db.unlink(missing_ok=True)
        t = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s -> {db} "
              f"({db.stat().st_size / 1e6:.0f} MB)")
    app = create_app(db, writes=False)
    worst = 0.0
    with TestClient(app, base_url="http://localhost") as client:
        stored = client.get("/api/stats").json()["events"]
        print(f"stored events: {stored:,}")
        print(f"{'query':<42} {'cold ms':>8} {'median ms':>10} {'total':>9}")
        for name, url in QUERIES:
            times = []
            total = None
            for _ in range(args.runs):
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                if r.headers["content-type"].startswith("application/json"):
                    total = r.json()["total"]
            med = statistics.median(times[1:]) if len(times) > 1 else times[0]
            worst = max(worst, med, times[0])
            print(f"{name:<42} {times[0]:>8.0f} {med:>10.0f} {total if total is not None else '-':>9}")
    print(f"slowest: {worst:.0f} ms ({'under' if worst < 1000 else 'OVER'} one second)")
    tmp.cleanup()
    return 0 if worst < 1000 else 1


if __name__ == "__main__":
    sys.exit(main())

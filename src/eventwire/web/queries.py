"""SQL the web views need beyond ``Store``'s public methods, over the store's own tables.

Everything here takes a ``Store`` (used under the app's lock) and a ``store.Filters``, whose
``where()`` gives the selection, so the API, the pages and ``eventwire query`` select the same
events.  Paged lists are computed in two steps, the page's keys first (over ``events`` alone,
sorted on narrow columns) and then the full rows of only those keys, which keeps a deep page
over a million events well under a second (``benchmarks/api_query.py``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from ..store import EVENT_COLUMNS, Filters, Store, series_sql  # one definition of an event row and of a series

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _rows(cur) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _selection(f: Filters) -> tuple[str, str, list[Any]]:
    """``FROM`` clause and condition of the selected event records: ``events e``, joined with
    ``articles a`` only when the filter reads the article (text search)."""
    where, params = replace(f, limit=None, offset=0).where()
    source = "events e JOIN articles a ON a.id = e.article_id" if f.search else "events e"
    return source, where, params


def _page(f: Filters, default_limit: int = 50) -> tuple[int, int]:
    limit = default_limit if f.limit is None else max(0, int(f.limit))
    return limit, min(max(0, int(f.offset or 0)), 2**62)


# --- event records -------------------------------------------------------------------------------


def count_events(store: Store, f: Filters) -> int:
    source, where, params = _selection(f)
    return store.con.cursor().execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]


def _in(values: list[Any]) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


def events_by_keys(store: Store, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Full event rows for ``(article_id, event_id)`` keys, in the order given.

    Each table is narrowed to the keys' articles before the joins (explicit ``IN`` lists: DuckDB
    then reads only the matching rows instead of joining whole tables)."""
    if not keys:
        return []
    aids = sorted({a for a, _ in keys})
    ids = [f"{a}-{e}" for a, e in keys]
    rows = _rows(store.con.cursor().execute(
        f"""SELECT {EVENT_COLUMNS}
            FROM (SELECT * FROM events WHERE article_id IN {_in(aids)} AND (article_id || '-' || id) IN {_in(ids)}) e
            JOIN (SELECT * FROM articles WHERE id IN {_in(aids)}) a ON a.id = e.article_id
            LEFT JOIN (SELECT * FROM actors WHERE article_id IN {_in(aids)}) sa
                   ON sa.article_id = e.article_id AND sa.id = e.source
            LEFT JOIN (SELECT * FROM actors WHERE article_id IN {_in(aids)}) ta
                   ON ta.article_id = e.article_id AND ta.id = e.target""",
        aids + ids + aids + aids + aids,
    ))
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def page_events(store: Store, f: Filters) -> tuple[int, list[dict[str, Any]]]:
    """``(total, rows)``: one page of event records, in ``Store.events`` order (date, then ingest)."""
    limit, offset = _page(f)
    source, where, params = _selection(f)
    cur = store.con.cursor()
    total = cur.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]
    if limit == 0 or offset >= total:
        return total, []
    keys = cur.execute(
        f"""SELECT e.article_id, e.id FROM {source} WHERE {where}
            ORDER BY e.date_start NULLS LAST, e.seq, e.ord LIMIT ? OFFSET ?""",
        params + [limit, offset],
    ).fetchall()
    return total, events_by_keys(store, [(a, e) for a, e in keys])


# --- merged events ---------------------------------------------------------------------------------


def page_merged(store: Store, f: Filters) -> tuple[int, list[dict[str, Any]]]:
    """``(total, rows)``: one page of merged events (``Store.merged_events`` rows and order) among
    the selected event records, each with ``num_mentions``/``num_articles``/``num_sources``/
    ``num_clusters`` and ``first_id`` (the id of its first event record: its evidence page)."""
    limit, offset = _page(f)
    source, where, params = _selection(f)
    cur = store.con.cursor()
    groups = f"""SELECT e.merged_id, any_value(e.date_start) AS ds, min(e.seq * 1000000 + e.ord) AS k
                 FROM {source} WHERE {where} GROUP BY e.merged_id"""
    total = cur.execute(f"SELECT count(*) FROM ({groups})", params).fetchone()[0]
    if limit == 0 or offset >= total:
        return total, []
    ids = [r[0] for r in cur.execute(
        f"SELECT merged_id FROM ({groups}) ORDER BY ds NULLS LAST, k LIMIT ? OFFSET ?", params + [limit, offset]
    ).fetchall()]
    # The store's merged-event SQL restricted to the page: same columns, same counting rules.
    rows = _merged_rows(store, f"({where}) AND e.merged_id IN {_in(ids)}", params + ids)
    order = {m: i for i, m in enumerate(ids)}
    rows.sort(key=lambda r: order.get(r["id"], len(order)))
    return total, rows


def _merged_rows(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = _rows(store.con.cursor().execute(
        f"""
        WITH f AS (
            SELECT e.*, a.source AS article_source, a.title AS article_title, a.ingested_at
            FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}
        ),
        agg AS (
            SELECT merged_id, count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
                   count(DISTINCT source_key) AS num_sources, count(DISTINCT cluster_id) AS num_clusters,
                   min(ingested_at) AS date_added, list(article_id || '-' || id ORDER BY seq, ord) AS event_ids
            FROM f GROUP BY merged_id
        ),
        rep AS (SELECT * FROM f QUALIFY row_number() OVER (PARTITION BY merged_id ORDER BY seq, ord) = 1)
        SELECT rep.merged_id AS id, rep.plover, rep.mode, rep.contexts, rep.cameo, rep.quad_class, rep.goldstein,
               rep.source_name, rep.source_country, rep.target_name, rep.target_country,
               rep.factuality, rep.date, rep.day, rep.date_start, rep.date_end,
               rep.place_name, rep.place_country, rep.place_lat, rep.place_lon, rep.place_geonameid,
               rep.place_feature, rep.is_root, rep.sentence_text, rep.trigger_text,
               rep.article_id AS first_article_id, rep.id AS first_event_id, rep.article_source AS source_url,
               rep.article_title, rep.cluster_id, rep.seq, rep.ord,
               agg.num_mentions, agg.num_articles, agg.num_sources, agg.num_clusters, agg.date_added, agg.event_ids
        FROM rep JOIN agg USING (merged_id)""",
        params,
    ))
    for r in rows:
        r["first_id"] = f"{r['first_article_id']}-{r['first_event_id']}"
    return rows


def mentions_of(store: Store, merged_id: str) -> list[dict[str, Any]]:
    """Every event record (any factuality) of one merged event, in ingest order."""
    keys = store.con.cursor().execute(
        "SELECT article_id, id FROM events WHERE merged_id = ? ORDER BY seq, ord LIMIT 500", [merged_id]
    ).fetchall()
    return events_by_keys(store, [(a, e) for a, e in keys])


# --- aggregates ------------------------------------------------------------------------------------


def series(store: Store, f: Filters, *, source: str, target: str, kind: str = "country",
           by: str = "day") -> list[dict[str, Any]]:
    """Merged events from ``source`` to ``target`` per day or week: count, Goldstein sum and mean,
    mentions and the count of each quad class; undated events last (``period`` None).

    ``kind="country"`` takes ISO alpha-3 codes (as ``Store.dyad_series``); ``kind="actor"``
    takes parts of actor names (any case), matched against the merged event's actor names."""
    if by not in ("day", "week"):
        raise ValueError("by must be 'day' or 'week'")
    if kind == "country":
        return store.dyad_series(source.upper(), target.upper(), by=by, filters=replace(f, dyad=None))
    if kind != "actor":
        raise ValueError("kind must be 'country' or 'actor'")
    sql, params = store.merged_sql(replace(f, limit=None, offset=0))
    where = "WHERE strpos(lower(m.source_name), ?) > 0 AND strpos(lower(m.target_name), ?) > 0"
    return _rows(store.con.cursor().execute(series_sql(sql, by, where), params + [source.lower(), target.lower()]))


def network(store: Store, f: Filters, *, max_edges: int = 120) -> dict[str, Any]:
    """Who acts on whom among the selected events: nodes (actor name and country) and directed
    edges per quad class with their merged-event counts, the ``max_edges`` heaviest edges, laid
    out with networkx's spring layout (seeded: the same selection gives the same picture)."""
    source, where, params = _selection(f)
    edges = _rows(store.con.cursor().execute(
        f"""SELECT e.source_name AS s, e.source_country AS sc, e.target_name AS t, e.target_country AS tc,
                   e.quad_class AS quad, count(DISTINCT e.merged_id) AS events,
                   sum(e.goldstein) AS goldstein, list(DISTINCT e.plover ORDER BY e.plover) AS types
            FROM {source} WHERE {where} AND e.source_name IS NOT NULL AND e.target_name IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, s, t, quad LIMIT ?""",
        params + [max_edges],
    ))
    import networkx as nx

    def key(name: str, country: str | None) -> str:
        return f"{name} ({country})" if country else name

    g = nx.DiGraph()
    for e in edges:
        a, b = key(e["s"], e["sc"]), key(e["t"], e["tc"])
        g.add_node(a, name=e["s"], country=e["sc"])
        g.add_node(b, name=e["t"], country=e["tc"])
        if g.has_edge(a, b):
            g[a][b]["events"] += e["events"]
        else:
            g.add_edge(a, b, events=e["events"])
    pos = nx.spring_layout(g.to_undirected(), seed=7, k=1.6 / math.sqrt(max(g.number_of_nodes(), 1))) if g else {}
    nodes = [
        {"id": n, "name": d["name"], "country": d["country"],
         "x": round(float(pos[n][0]), 4), "y": round(float(pos[n][1]), 4),
         "events": int(sum(x["events"] for *_, x in g.in_edges(n, data=True))
                       + sum(x["events"] for *_, x in g.out_edges(n, data=True)))}
        for n, d in g.nodes(data=True)
    ]
    out_edges = [
        {"source": key(e["s"], e["sc"]), "target": key(e["t"], e["tc"]), "quad_class": e["quad"],
         "events": e["events"], "goldstein": e["goldstein"], "types": e["types"]}
        for e in edges
    ]
    return {"nodes": nodes, "edges": out_edges, "truncated": len(edges) >= max_edges}


def map_data(store: Store, f: Filters, *, max_places: int = 2000) -> dict[str, Any]:
    """Event places (merged events per place with coordinates) and, for context, the number of
    merged events each country takes part in as source or target."""
    source, where, params = _selection(f)
    cur = store.con.cursor()
    places = _rows(cur.execute(
        f"""SELECT e.place_name AS name, e.place_country AS country, e.place_lat AS lat, e.place_lon AS lon,
                   count(DISTINCT e.merged_id) AS events, list(DISTINCT e.plover ORDER BY e.plover)[1:5] AS types
            FROM {source} WHERE {where} AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL
            GROUP BY ALL ORDER BY events DESC LIMIT ?""",
        params + [max_places],
    ))
    countries = _rows(cur.execute(
        f"""SELECT country, count(DISTINCT merged_id) AS events FROM (
                SELECT e.source_country AS country, e.merged_id FROM {source} WHERE {where}
                UNION ALL
                SELECT e.target_country AS country, e.merged_id FROM {source} WHERE {where}
            ) WHERE country IS NOT NULL AND length(country) = 3 GROUP BY country ORDER BY events DESC""",
        params + params,
    ))
    return {"places": places, "countries": countries}


def countries_present(store: Store, limit: int = 400) -> list[str]:
    """Country codes that occur as source or target (for the pickers)."""
    return [r[0] for r in store.con.cursor().execute(
        """SELECT c FROM (SELECT source_country AS c FROM events UNION SELECT target_country FROM events)
           WHERE c IS NOT NULL ORDER BY c LIMIT ?""", [limit]).fetchall()]

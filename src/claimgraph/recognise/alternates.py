"""A known place read through an alternate name only where the source's other places lie in its country; a name
in capitals only where the source writes it as a name.

The world pack gives a settlement every alternate name GeoNames lists (`ontology/build_world.py`):
old names and exonyms ("Bombay", "Stanleyville", "Peking"), and transliterations in dozens of systems, many of
them short words that other, unlisted places bear or that are words of their own: a Mumbai text's suburb
"Kurla" is an alternate name of Korla in China, its hotel "Trident" one of Trento, a Philippine village "Balo"
one of al-Bab in Syria. A name the source writes as the entry's label (or its label without diacritics or a
kind word: "New York" of "New York City", `_plain`) is read wherever it stands; a name that is only an alternate
one, and a short one (`_short_alternate`: GeoNames' transliterations, where old names are long, "Leningrad"), names
the entry unless the source's other places put the text elsewhere (`_placed_elsewhere`): none lies in the entry's
country or is it (`_countries`), and a town or region of another country is named ("Kurla" beside "Mumbai"), or two
states, capitals or forces of others (a text names those as actors and destinations: "Saigon fell", "flights from
Bombay to London" keep their places) and the source writes the entry's country or its people in no word
(`_country_written`: "the Polish Corridor" keeps "Danzig"); a short alternate after "the" is no town's ("the Trident"
hotel). A far one is
a place no pack knows where the words around tell a place ("in Kurla"), and nothing else (a person's "Hamid"). A
capital, whose old names are known the world over ("Peking", "Salisbury"), and an entry the pack puts in no country
are read as before.

Capitals hide whether a word is a name (the gazetteer reads a name in a line of capitals as a dateline's or a
headline's, `gazetteer._capitals_told`): a name read in capitals is no place where the source writes it in lower
case elsewhere, a word ("REUNION NOTES" heading "the August reunion": no island), nor, when it is neither the
entry's label nor its first words (`_opens_label`), where the source never writes it with small letters ("PARAS
DROPPED", French paratroopers, not "Paras" of Paris; "MEDINA", a town's old quarter; "STANLEYVILLE" stands beside
a "Stanleyville" of the text), save a dateline's city, where the report was filed (`_files_from`: "KIEV (Reuters)
-"), a state's English name ("MACEDONIA NAME DEAL SIGNED") and a place's whose country the source writes ("RANGOON
PROTESTS GROW" over "Burmese monks").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from ..rdf.terms import top_classes
from .base import listed_beside, name_id, place_word_before
from .packs import Entry
from .patterns import METHOD_NAME

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

NAME = "alternates.v2"  # v2: s34 second reading and review: a short alternate name stands unless the source's other
# places put the text elsewhere (`_placed_elsewhere`) and it writes the entry's country in no word (`_country_written`);
# none after "the"; in capitals a dateline's city ("KIEV (Reuters) -"), a state's name ("MACEDONIA NAME DEAL"), a
# place's whose country the source writes ("RANGOON" over "Burmese monks") stand
CUES = cues("names")
KIND_WORDS = frozenset(CUES.PLACE_KINDS)  # "city", "region": a label's word that does not change the name
ELSEWHERE_ACTORS = 2  # countries whose states, capitals or forces put a text elsewhere (`_placed_elsewhere`)
DATELINE_OPENING = cues("clauses").DATELINE_OPENING  # "KIEV (Reuters) -": a line that opens as a dateline
DATELINE_MARKS = " \t-–—•*\"“‘'(["  # what may stand before a dateline's city on its line (`DATELINE_OPENING`)
DATELINE_AFTER_CITY = re.compile(r"[ \t]*[,(]|[ \t]+[–—-]")  # the city's comma, agency or dash; not a label's colon


def supported(sentences: list[Sentence], entries: dict[str, Entry], text: str) -> list[Sentence]:
    """The sentences without each known name in capitals the source writes otherwise (`_capitals_name`), and each
    mention of a known place read through a short alternate name the source's other places put elsewhere
    (`_placed_elsewhere`) or that follows "the" as a place of its own words where a word of place tells it, else none
    (module docstring). `text` is the document's."""
    known = [m for s in sentences for m in s.mentions if m.kind == "entity" and m.entity in entries]
    forms: dict[str, list[str]] = {}  # each name read in capitals -> how the source writes it (`_capitals_name`)
    countries: dict[str, bool] = {}  # each country looked up -> does the source write it (`_country_written`)
    dropped = {id(m) for m in known if not _capitals_name(m, entries[m.entity], text, forms,
                                                          _country_of(entries[m.entity], entries), countries)}
    read = [m for m in known if id(m) not in dropped]
    short = [m for m in read if _short_alternate(m, entries[m.entity])]  # each worked out once (`_plain`)
    lands: dict[str, set[str]] = {}  # each entity the source names -> the countries it is or lies in
    for m in read:
        lands.setdefault(m.entity, set()).update(_countries(entries[m.entity]))
    placed = {m.entity for m in read if place_word_before(text, _past_article(text, m.start))}
    unsupported = {m.entity for m in short if _placed_elsewhere(m.entity, lands, entries, placed)
                   and not _country_written(_country_of(entries[m.entity], entries), text, countries)}
    far = {id(m) for m in short if m.entity in unsupported or _past_article(text, m.start) < m.start}
    if not dropped | far:
        return sentences
    places = [m for m in known if id(m) not in dropped | far and "Place" in top_classes(m.cls)]
    starts, ends = {m.start for m in places}, {m.end for m in places}
    kept = [[m for m in s.mentions if id(m) not in dropped and (id(m) not in far or _told_place(m, text, starts, ends))]
            for s in sentences]
    return [replace(s, mentions=tuple(_local(m) if id(m) in far else m for m in ms)) for s, ms in zip(sentences, kept)]


def _placed_elsewhere(eid: str, lands: dict[str, set[str]], entries: dict[str, Entry], placed: set[str]) -> bool:
    """Do the source's other entities (`lands`: each -> the countries it is or lies in) put the text outside the
    country of `eid`, a short alternate name's entry? None of them is or lies in that country, and a town or region of
    another country is among them, or a state read after a word of place (`placed`: "in the Philippines"), or the
    states, capitals or forces of two countries are (`ELSEWHERE_ACTORS`): a text names those as actors, envoys' and
    flights' ends, and so they tell less where it stands ("flights from Bombay to London", "North Vietnamese
    troops")."""
    country = entries[eid].country
    others = [other for other, found in lands.items() if other != eid and found]
    if any(country in lands[other] for other in others):
        return False
    actors = [other for other in others if _actor_like(entries[other], other in placed)]
    return len(actors) < len(others) or len(set().union(*(lands[a] for a in actors))) >= ELSEWHERE_ACTORS


def _actor_like(entry: Entry, placed: bool) -> bool:
    """Is the entry a capital, a force or a state not read after a word of place (`placed`), which a text names as an
    actor wherever it stands?"""
    state = entry.entity.classes[0] == "State"
    return state and not placed or not state and bool(entry.capital_of or entry.force_of)


def _past_article(text: str, start: int) -> int:
    """Where a name's words open, "the" before it included ("in the Philippines")."""
    article = CUES.ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    return article.start() if article else start


def _told_place(mention: Mention, text: str, starts: set[int], ends: set[int]) -> bool:
    """Do the words around the mention tell a place: a word of place before it ("in Kurla"), a kind of place after it
    ("the Sabra neighbourhood", "Janan Island"), or a list beside a place the source names (`starts`, `ends`: "Java,
    Madura and Sumatra")?"""
    after = CUES.KIND_AFTER_NAME.match(text, mention.end)
    return (place_word_before(text, mention.start) or listed_beside(text, mention.start, mention.end, starts, ends)
            or CUES.REGION_KIND_AFTER.match(text, mention.end) is not None
            or after is not None and after.group(1) in CUES.LAND_IN_WATER | CUES.QUARTER_KIND_WORDS)


def _local(mention: Mention) -> Mention:
    """A place told by a word of place before it ("in Kurla", "at Balo") but read through a far entry's alternate
    name: a place of its own words, which no pack knows (as `abroad` names a town of another country)."""
    return replace(mention, entity=name_id(mention.text), method=NAME)


def _capitals_name(mention: Mention, entry: Entry, text: str, forms: dict[str, list[str]],
                   country: Entry | None, countries: dict[str, bool]) -> bool:
    """Is a gazetteer name read in capitals the entry's, as far as the source's other words tell (module docstring)?
    Any other mention is, one of the entry's names as the pack writes it (an acronym, "PKK"), a dateline's city
    (`_files_from`); a state's English names and a place's where the source writes its `country` in any word stand
    unless the source writes them in lower case. `forms` keeps, for the document, how it writes each name already
    looked up: a cable names its places in capitals again and again; `countries`, which countries it writes
    (`_country_written`)."""
    name = mention.text
    if mention.method != METHOD_NAME or not name.isupper() or name in entry.names or _files_from(mention, text):
        return True
    if name not in forms:
        forms[name] = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)]
    written = forms[name]
    if name.lower() in written:
        return False
    return (_opens_label(name, entry.entity.label) or any(not w.isupper() for w in written)
            or entry.entity.classes[0] == "State" or _country_written(country, text, countries))


def _files_from(mention: Mention, text: str) -> bool:
    """Does the name in capitals open its line as a dateline's city ("KIEV (Reuters) -", "BOMBAY, India, Nov 27"),
    where a report was filed, a place whatever the source's other words are?"""
    line = text.rfind("\n", 0, mention.start) + 1
    opening = DATELINE_OPENING.match(text, line)
    return (opening is not None and not text[line:mention.start].strip(DATELINE_MARKS)
            and DATELINE_AFTER_CITY.fullmatch(text, mention.end, opening.end()) is not None)


def _country_of(entry: Entry, entries: dict[str, Entry]) -> Entry | None:
    """The entry of the country a place lies in or is the capital of, if the pack knows one."""
    return entries.get(entry.country or entry.capital_of or "")


def _country_written(country: Entry | None, text: str, written: dict[str, bool]) -> bool:
    """Does the source write the country's name or its people's ("Vietnamese", "the Polish Corridor") anywhere, even
    inside a name no pack knows ("South Vietnam's capital, Saigon")? `written` keeps, for the document, the answer for
    each country already looked up: every mention of a place asks for its country, and the pattern scans the whole
    text."""
    if country is None:
        return False
    if country.entity.id not in written:
        words = "|".join(re.escape(w) for w in sorted({country.entity.label, *country.demonyms}, key=len, reverse=True))
        written[country.entity.id] = re.search(rf"(?<!\w)(?:{words})(?!\w)", text) is not None
    return written[country.entity.id]


def _short_alternate(mention: Mention, entry: Entry) -> bool:
    """Is the mention a gazetteer reading of a settlement of a country, no capital, through a name other than its
    label (`_plain`) of fewer than `ALTERNATE_DISTINCT_LETTERS` letters, one the source's other places may put
    elsewhere? A region's names are ISO's and those GeoNames gives it in English ("Sumatra", "Ingushetia"), no
    transliterations."""
    settlement = entry.entity.classes[0] == "Settlement" and entry.country and not entry.capital_of
    if mention.method != METHOD_NAME or not settlement:
        return False
    name = _plain(mention.value or mention.text)
    return len(name) < CUES.ALTERNATE_DISTINCT_LETTERS and name != _plain(entry.entity.label)


def _opens_label(name: str, label: str) -> bool:
    """Is the name the entry's label, or its first words ("WASHINGTON" of "Washington, D.C."), as `_plain` reads them?
    Only those stand in capitals: a capital's alternate names too are words ("PARAS" of Paris)."""
    words, label_words = _plain_words(name), _plain_words(label)
    return _plain(name) == _plain(label) or words == label_words[:len(words)]


def _countries(entry: Entry) -> set[str]:
    """The countries an entity of the source is or lies in: a state itself, a place's country, a capital's state,
    a force's state."""
    found = {entry.country, entry.capital_of, entry.force_of}
    if entry.entity.classes[0] == "State":
        found.add(entry.entity.id)
    return found - {None}


def _plain(name: str) -> str:
    """A name's letters, case-folded, without diacritics, marks and kind words ("Mek'ele" and "Mekele", "New York
    City" and "NEW YORK" are one)."""
    return "".join(_plain_words(name))


def _plain_words(name: str) -> list[str]:
    """The words of `_plain`, apart: `_opens_label` compares a name in capitals with the label's first words."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return [w for w in re.findall(r"\w+", letters) if w not in KIND_WORDS]

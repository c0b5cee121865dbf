"""A known place the source puts in another country that holds a town of its name: that town.

The world pack keeps one place per name, and the country it lies in (`Entry.country`, cg:inCountry);
thousands of towns share their names across countries. A source that puts the place it names in
another country may speak of another place: "Paris, Texas" is not France's capital, "Sun City, South Africa"
not the Arizona town. The country is the one the words right around the name give (`STATE_AFTER_PLACE`: a
state, or a region of one, after its comma; `LAND_AFTER_PLACE`: a state or a region of one after "in";
`DEMONYM_BEFORE_PLACE`: "the Mozambican town of Palma"), not one named elsewhere in the sentence ("troops from
South Africa arrived in Goma").

It is another place only where that country holds a town of the name (`Entry.namesakes`, cg:namesakeIn) or does
not border the known place's (`Entry.borders`, cg:borders: the pack's towns stop at 500 people, and Mozambique's
Palma is smaller). A source that puts a known place in a neighbour of its country places the one place under
another sovereignty ("Sevastopol, Russia", "Jerusalem, Palestine"): the disagreement the graph records, so
the place stays the shared entity.

Each mention is read on its own: one put abroad is the town of that country ("palma-mozambique", method
`NAME`); one put in its own country stays known; one the source puts nowhere is the town the source put
abroad elsewhere, where it put the place in one other country only and never in its own ("Rebels seized Palma.
The town of Palma in northern Mozambique ...").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .base import name_id
from .packs import Entry

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

NAME = "abroad.v2"  # v2: s36 places36: a side of a land puts a place in its land ("Palma in northern Mozambique")
CUES = cues("names")
COMPASS_SIDE = cues("place_lists").COMPASS_SIDE  # "northern Mozambique": a side of a known land (`place_lists`)


def placed(sentences: list[Sentence], entries: dict[str, Entry], text: str) -> list[Sentence]:
    """The sentences with each mention of a known place the source puts in a country holding another town of its
    name made that town, and each unplaced mention of it too where the source put it in that country only
    (module docstring)."""
    put = {(s_i, m_i): country for s_i, s in enumerate(sentences)
           for m_i, country in _countries(list(s.mentions), entries, text).items()}
    if not put:
        return sentences
    towns = _towns_of(sentences, put, entries)
    return [replace(s, mentions=tuple(_placed(m, put.get((s_i, m_i)), towns, entries) for m_i, m in enumerate(s.mentions)))
            for s_i, s in enumerate(sentences)]


def _countries(mentions: list[Mention], entries: dict[str, Entry], text: str) -> dict[int, str]:
    """The country the words right around each mention of a known place put it in, by the mention's index."""
    found = {}
    for i, mention in enumerate(mentions):
        if _country_of_place(mention, entries) is None:
            continue
        before, after = mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None
        country = _country_after(mention, after, entries, text) or _country_before(before, mention, entries, text)
        if country:
            found[i] = country
    return found


def _towns_of(sentences: list[Sentence], put: dict[tuple[int, int], str], entries: dict[str, Entry]) -> dict[str, str]:
    """Known place -> the one country holding another town of its name that the source puts it in, where the source
    never puts it in its own country nor in a third."""
    countries: dict[str, set[str]] = {}
    for (s_i, m_i), country in put.items():
        countries.setdefault(sentences[s_i].mentions[m_i].entity, set()).add(country)
    return {entity: next(iter(found)) for entity, found in countries.items()
            if len(found) == 1 and _other_town(entries[entity], next(iter(found)), entries)}


def _placed(mention: Mention, country: str | None, towns: dict[str, str], entries: dict[str, Entry]) -> Mention:
    """The mention as the town of the country it is put in, else as the town the source put it in elsewhere."""
    if country is not None:
        return _town(mention, country) if _other_town(entries[mention.entity], country, entries) else mention
    known = mention.kind == "entity" and _country_of_place(mention, entries) is not None
    return _town(mention, towns[mention.entity]) if known and mention.entity in towns else mention


def _other_town(entry: Entry, country: str, entries: dict[str, Entry]) -> bool:
    """Is a place of the entry's name in `country` another place: a town of that name lies there, or the country
    does not border the entry's (module docstring)?"""
    home = entry.country
    if country == home:
        return False
    return country in entry.namesakes or home not in entries or country not in entries[home].borders


def _country_of_place(mention: Mention, entries: dict[str, Entry]) -> str | None:
    """The country of the known settlement or region the mention names, if the pack gives one."""
    entry = entries.get(mention.entity) if mention.kind == "entity" else None
    return entry.country if entry is not None and entry.entity.classes[0] != "State" else None


def _country_after(mention: Mention, after: Mention | None, entries: dict[str, Entry], text: str) -> str | None:
    """The country the words right after the mention put it in: a state or a region of one after its comma or
    after "in" ("Paris, Texas"), where no list goes on after it."""
    land = _land(after, entries, text) if after is not None and after.kind == "entity" else None
    if land is None or CUES.LIST_GOES_ON.match(text, after.end):
        return None
    joint = CUES.STATE_AFTER_PLACE.match(text, mention.end) or CUES.LAND_AFTER_PLACE.match(text, mention.end)
    if not joint or joint.end() != land[1]:
        return None
    entry = entries[land[0]]
    return _state(entry) or (entry.country if entry.entity.classes[0] == "Region" else None)


def _land(mention: Mention, entries: dict[str, Entry], text: str) -> tuple[str, int] | None:
    """The known land a mention names and where its name starts: its own entity, or the land whose side it names
    ("northern Mozambique": Mozambique, `COMPASS_SIDE`); None for an unknown one."""
    if mention.entity in entries:
        return mention.entity, mention.start
    side = COMPASS_SIDE.fullmatch(text, mention.start, mention.end)
    land = name_id(side.group("land")) if side else None
    return (land, side.start("land")) if land in entries else None


def _country_before(before: Mention | None, mention: Mention, entries: dict[str, Entry], text: str) -> str | None:
    """The state whose demonym the kind of place before the mention follows ("the Mozambican town of Palma")."""
    if before is None or before.kind != "entity" or before.entity not in entries:
        return None
    joint = CUES.DEMONYM_BEFORE_PLACE.match(text, before.end)
    return _state(entries[before.entity]) if joint and joint.end() == mention.start else None


def _state(entry: Entry) -> str | None:
    """The entry's id if it is a state of today (a GeoNames country: a former state, Yugoslavia, holds no place
    of today)."""
    return entry.entity.id if entry.entity.classes[0] == "State" and entry.entity.match else None


def _town(mention: Mention, country: str) -> Mention:
    """The mention as the town of its words in `country` ("palma-mozambique"): not the known one whose name it
    shares, and one entity with another source's town of that name there."""
    return replace(mention, entity=f"{name_id(mention.text)}-{country}", method=NAME)

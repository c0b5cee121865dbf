"""Headlines: a headline's unnamed conflict or agreement, named once the lead has been read; a section heading's.

"Four Years Since Azerbaijan's Offensive" is the conflict the next sentences name, else the first event of
its class the lead tells at a place the headline names (an encyclopedia's "Douma chemical attack"). Apart
from the resolver because it looks forward (it is closed after the opening sentences), where every other
rule reads only what was told before. A section heading's agreement word ("Ceasefire and aftermath") names none of its
own: the section below tells it (`section_heading`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model import Entity, Mention
from ..rdf.terms import top_classes, tops
from ..recognise import Sentence
from . import antecedents
from .dates import date_of, overlaps, period
from .families import FAMILIES, family

if TYPE_CHECKING:  # the functions read the resolver's state: the type only, the resolver calls them
    from .resolve import Resolver

TITLE_LENGTH = 200  # characters: a title's line is no longer
NEWS_REACH = 31  # days: a title's act is the lead's act told this near the source's date
SECTION_WORDS = 5  # words: a section heading's line is no longer ("Ceasefire and aftermath", "The truce")


def close_headline(r: Resolver) -> None:
    """A headline's unnamed conflict or agreement is the one of its kind the next sentences name,
    if any (a named one: an attack the next sentences tell is no name for what the headline is
    about; "Bosnia marks anniversary of agreement ..." is the Dayton Peace Agreement of the lead)."""
    for old in {r.result.of[m] for m in r.headline}:
        named = antecedents.named_last(r, family(r.result.entities[old].classes[0])) or told_at_place(r, old)
        if named and named.id != old:
            for mention in [m for m, eid in r.result.of.items() if eid == old]:
                r.result.of[mention] = named.id
            r.result.entities.pop(old, None)
            r.recent = [e for e in r.recent if e != old]
            r.keys = {key: [e for e in ids if e != old] for key, ids in r.keys.items()}
    r.headline = []


def on_title_line(r: Resolver, mention: Mention) -> bool:
    """Does the mention stand on a title's line: a short line with no closing full stop ("Statement by
    the NATO Secretary General on the signing of the Military Technical Agreement")?"""
    start = r.text.rfind("\n", 0, mention.start) + 1
    end = r.text.find("\n", mention.end) % (len(r.text) + 1)
    line = r.text[start:end].rstrip()
    return len(line) <= TITLE_LENGTH and not line.endswith(".")


def told_at_place(r: Resolver, old: str) -> Entity | None:
    """The first event of the headline event's class that the lead tells at a place the headline
    names ("Douma chemical attack" / "a chemical warfare attack was carried out in ... Douma"), else
    the one a title's line tells (`_told_as_title`); the place may stand anywhere in its sentence
    ("In Bunia, rebels attacked ..."). An agreement or an act of no family the headline names no place of
    is the lead's first of its class."""
    first = min((m for m, e in r.result.of.items() if e == old), key=lambda m: m.start)
    line_end = r.text.find("\n", first.start)
    places = {e for m, e in r.result.of.items() if m.end <= line_end and "Place" in tops(r.result.entities[e].classes)}
    cls = r.result.entities[old].classes[0]
    for mention, eid in sorted(r.result.of.items(), key=lambda p: p[0].start):
        entity = r.result.entities[eid]
        if mention.start > line_end and eid != old and cls in entity.classes and r.minted_here(eid):
            sentence = next(s for s in r.sentences if s.start <= mention.start < s.end)
            near = {e for m, e in r.result.of.items() if max(sentence.start, line_end) < m.start < sentence.end
                    and "Place" in tops(r.result.entities[e].classes)}
            return entity if (_at_title_place(r, places, near) or (not places and family(cls) not in FAMILIES)
                              or (places and not near and _told_as_title(r, old, first, mention, sentence))) else None
    return None


def _at_title_place(r: Resolver, places: set[str], near: set[str]) -> bool:
    """Does the lead's sentence name a place the title names, or the town of one ("Rebel attack on Kindu airport" /
    "they attacked the airport in Kindu": a place by its town's name and a kind word after it)?"""
    titled = [r.result.entities[e].label for e in places]
    towns = [r.result.entities[e].label + " " for e in near]
    return bool(places & near) or any(label.startswith(town) for town in towns for label in titled)


def _told_as_title(r: Resolver, old: str, first: Mention, mention: Mention, sentence: Sentence) -> bool:
    """Is the lead's act, told at no place, the act a title's line asserts? A title tells the news: an act
    ("Rebel attack on Kindu airport"), not an agreement (a ceasefire signed years ago is no new one), not a question
    ("Did rebels attack ...?") nor an accusation ("Army accused of shelling ..."), whose act may be none that
    happened; and the lead's act is the title's only when told undated or near the source's date ("On Monday"),
    not a past act it recalls ("Rebels last attacked a convoy in 2012")."""
    line = r.text[:r.text.find("\n", first.start) % (len(r.text) + 1)].rstrip()
    if ("Agreement" in tops(r.result.entities[old].classes) or line.endswith("?") or old in r.accusations
            or not on_title_line(r, first)):
        return False
    date = date_of(mention, sentence, r.text)
    return date is None or bool(r.date) and overlaps(r.date, _widened(date))


def _widened(date: str) -> tuple[str, str]:
    """The period of a date (`period`) widened by NEWS_REACH days each side: the days a report tells as its news."""
    lo, hi = (dt.date.fromisoformat(d) for d in period(date))
    reach = dt.timedelta(days=NEWS_REACH)
    return (lo - reach).isoformat(), (hi + reach).isoformat()


def section_heading(text: str, mention: Mention) -> bool:
    """Does the agreement word stand in a section heading: a line of at most SECTION_WORDS words, no digit and no
    closing mark, after the text's first line ("Ceasefire and aftermath", "The truce")? A heading names the topic of
    the section below it, which tells the agreement itself ("A ceasefire brokered by the Organisation of African Unity
    took effect ..."): the word names no agreement of its own. The text's first line is its title (`close_headline`)."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end) % (len(text) + 1)
    line = text[start:end].strip()
    return ("Agreement" in top_classes(mention.cls) and bool(text[:start].strip())
            and len(line.split()) <= SECTION_WORDS and not any(c.isdigit() for c in line) and line[-1:].isalnum())

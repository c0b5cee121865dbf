"""Naming: which entity a name names, within one source.

A name the gazetteer knows names its entity; else one this source introduced by that name, or gave as another
name of an event or agreement ("also called the Pretoria Agreement"); a lone surname the person introduced by
full name; a body's kind word alone ("the Mission") the body named by a longer name; an event minted from
trigger words takes the text's own name for it ("the 2008 war"). Apart from the resolver because it reads
names only, never the rules by which trigger words name happenings; those rules ask it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import top_classes, tops
from ..recognise import Sentence
from ..recognise.name_checks import SIDE_FORCES
from ..recognise.people_groups import members_before
from .families import family
from .scope import part
from .wording import counted_from

if TYPE_CHECKING:  # the functions read the resolver's state: the type only, the resolver calls them
    from .resolve import Resolver

NAMES = cues("names")  # another name of a thing ("also called the X", `ALIAS_OF_NAME`); the kind words of bodies
BODY_KINDS = NAMES.BODY_KINDS  # "Mission", "Commission": a kind word that alone names a body named before
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening

MEMBERS_REACH = 40  # characters before a name: "by the member States of the "
YEAR_BEFORE = re.compile(r"(?<![\w.,-])(?:1[89]|20)[0-9]{2}(?:[-–](?:[0-9]{2}){1,2})?\s+$")  # "2008 ", "1992-95 "


def alias_of(r: Resolver, mention: Mention, last: Mention | None) -> Entity | None:
    """The event or agreement a name is given as another name of ("the Ethiopia–Tigray peace
    agreement, also called the Pretoria Agreement or the Cessation of Hostilities Agreement"):
    the one named just before it, with nothing but "also called", "also known as", "or" between.
    The alias is kept, so the source's later uses of it (and of its acronym) name the same one."""
    if last is None or mention.entity is None or mention.entity in r.known:
        return None
    target = r.result.entities[r.result.of[last]]
    if top_classes(mention.cls) != top_classes(target.classes[0]):
        return None
    if r.minted_here(target.id) and target.id not in r.renamed:
        target = replace(target, label=mention.text)  # "Pretoria Agreement", not "Peace agreement"
        r.result.entities[target.id] = target
        r.renamed.add(target.id)
    r.aliases[mention.entity] = target.id
    return target


def named_by_text(r: Resolver, entity: Entity, mention: Mention, sentence: Sentence) -> Entity:
    """An event this source minted from trigger words takes the text's own name for it, where the
    text gives one: the trigger noun after a year and/or a place ("the 2008 war", "the Tskhinvali
    assault", "2018 Douma chemical attack", "the 1992-95 war"), in place of a description."""
    name = own_name(r, mention, sentence)
    if not name or not r.minted_here(entity.id) or entity.id in r.renamed:
        return entity
    entity = replace(entity, label=name, lang=mention.lang)  # the words' language, not the first mention's
    r.result.entities[entity.id] = entity
    r.renamed.add(entity.id)
    return entity


def own_name(r: Resolver, mention: Mention, sentence: Sentence) -> str | None:
    """The year and place words standing right before a trigger noun, with it: "2008 war". An agreement takes only the
    town (or region) it is named after, with "the" before it (`town_name`: "the Lomé accord", "the Arusha accords");
    a year or a state before its word says when or with whom, no name ("the 2002 ceasefire", "the Iran deal")."""
    if mention.text.lower() in VERBS:
        return None
    if family(mention.cls) == "agreement":
        return town_name(r, mention, sentence)
    start = mention.start
    place = _place_right_before(r, mention, sentence, lambda classes: "Place" in classes)
    if place:
        start = place.start
    year = YEAR_BEFORE.search(r.text, max(0, start - 16), start)
    if year:
        start = year.start()
    return r.text[start:mention.end] if start < mention.start else None


def town_name(r: Resolver, mention: Mention, sentence: Sentence) -> str | None:
    """The name an accord takes from the town it is named after: a place that is no state right before its lower-case
    word, with the article before the place (`NAMES.ARTICLE_BEFORE`): "the Lomé accord" -> "Lomé accord"."""
    place = _place_right_before(r, mention, sentence, lambda classes: classes == ("Place",))
    if place is None or not mention.text[:1].islower() \
            or not NAMES.ARTICLE_BEFORE.search(r.text, max(0, place.start - 5), place.start):
        return None
    return r.text[place.start:mention.end]


def _place_right_before(r: Resolver, mention: Mention, sentence: Sentence,
                        kept: Callable[[tuple[str, ...]], bool]) -> Mention | None:
    """The sentence's first entity mention whose top classes `kept` accepts and that ends right before `mention`, with
    only spaces between ("Lomé" of "the Lomé accord"); None where there is none."""
    return next((m for m in sentence.mentions if m.kind == "entity" and kept(top_classes(m.cls))
                 and m.end <= mention.start and not r.text[m.end:mention.start].strip()), None)


def named(r: Resolver, mention: Mention) -> Entity:
    """The entity a name names: the gazetteer's, one this source introduced by its name (or gave
    as another name of one, `alias_of`), or for a lone surname ("Petrosyan", "PETROSYAN:") the
    person it introduced by full name; a body's kind word alone ("the Mission") the body it named
    by a longer name holding it. A state named by the tail of a state's long name the source
    used before ("Democratic Republic of Congo ... Congo's foreign minister") is that state."""
    if mention.entity == SIDE_FORCES and (group := rebels_named(r, mention)):
        return group
    known = (r.known.get(mention.entity) or r.result.entities.get(r.aliases.get(mention.entity, ""))
             or r.result.entities.get(mention.entity) or number_variant(r, mention))
    if known and not _person_by_a_places_name(mention, known):
        return r.tails.get(mention.text.casefold(), known) if "State" in known.classes else known
    if mention.cls == "Person" and " " not in mention.text.strip():
        full = full_name(r, mention.text)
        if full:
            return full
    if mention.text in BODY_KINDS and (body := body_named(r, mention.text)):
        return body
    label = mention.value or (mention.text.title() if mention.text.isupper() and len(mention.text) > 3 else mention.text)
    return Entity(id=mention.entity, label=label, lang=mention.lang, classes=(mention.cls,))


def rebels_named(r: Resolver, mention: Mention) -> Entity | None:
    """The armed group this source named by its name that "the rebels" or "the guerrillas" stand for ("RENAMO was set
    up in the 1970s ... denied supporting the rebels"): the last one named before whose name ends in the mention's
    noun ("Libyan rebels" ... "the rebels"), else the one armed group the gazetteer knows that the source named so
    far; none where it named two or none. Not loyalists (`NAMES.LOYAL_WORDS`: "Gbagbo loyalists" are the other
    side), a unit named in context ("the Royal Malay Regiment"), nor a group a noun alone names ("the gunmen"); none for
    rebels a body holds (`_rebels_of_a_body`: "the rebels in the Labour Party")."""
    if _rebels_of_a_body(r, mention):
        return None
    noun = mention.text.split()[-1].casefold()
    groups = [e for e in r.result.entities.values() if "ArmedGroup" in e.classes and e.id != SIDE_FORCES
              and e.label[:1].isupper() and not e.label.casefold().endswith(NAMES.LOYAL_WORDS)]
    same = [e for e in groups if e.label.casefold().endswith(noun)]
    known = [e for e in groups if e.id in r.known]
    return same[-1] if same else known[0] if len(known) == 1 else None


def _rebels_of_a_body(r: Resolver, mention: Mention) -> bool:
    """Do "the rebels" stand right after a word of members (`people_groups.members_before`, as for militants:
    "backbench rebels", "the party rebels", "the party's rebels", "Shareholder rebels"), or right before "of", "in" or
    "within" a name read as a body's (`NAMES.REBELS_WITHIN`), no place's nor armed group's ("the rebels in the Labour
    Party")? They are that body's members, dissenters, no armed group the source named ("the rebels in Aleppo" are;
    so are those of a name no rule read, a place's as often)."""
    if members_before(r.text, mention.start):
        return True
    within = NAMES.REBELS_WITHIN.match(r.text, mention.end)
    if within is None:
        return False
    sentence = r.sentences[r.index] if r.index < len(r.sentences) else None
    name = next((m for m in sentence.mentions if m.start == within.end() and m.kind == "entity"), None) \
        if sentence else None
    return name is not None and not {"Place", "ArmedGroup"} & (set(tops((name.cls,))) | {name.cls})


def _person_by_a_places_name(mention: Mention, known: Entity) -> bool:
    """Is the mention a person the recognisers told from a place of the same name ("President Jackson", "Admiral
    Fletcher": the town's id is the name's)? The person is not the town: its classes are the mention's, so no role
    reads it as where an act was."""
    return mention.cls == "Person" and "Person" not in known.classes and "Place" in tops(known.classes)


def body_named(r: Resolver, head: str) -> Entity | None:
    """The body this source named last by a longer name holding the kind word alone stands for
    ("the United Nations Support Mission in Libya ... The Mission recalls")."""
    for entity in reversed(list(r.result.entities.values())):
        if head in entity.label.split()[1:] and "Actor" in tops(entity.classes) and "Person" not in entity.classes:
            return entity
    return None


def number_variant(r: Resolver, mention: Mention) -> Entity | None:
    """The entity this source named by the same words in the other number ("Syrian Arab Air
    Force" ... "Syrian Arab Air Forces"): one body however a sentence counts it."""
    eid = mention.entity or ""
    if "-" not in eid:
        return None
    other = r.result.entities.get(eid[:-1] if eid.endswith("s") else f"{eid}s")
    return other if other and top_classes(other.classes[0]) == top_classes(mention.cls) else None


def full_name(r: Resolver, surname: str) -> Entity | None:
    """The first person of this source whose name ends in `surname` (news and transcripts
    give the full name first, and the first one introduced is the one the text follows),
    else the one known person of that surname ("Mr Bayramov"), else the one person of this
    source of that given name, as names are used where the given name is the name ("Prime
    Minister Abiy" after "Abiy Ahmed")."""
    key = surname.casefold()
    people = [e for e in r.result.entities.values() if "Person" in e.classes and " " in e.label]
    for entity in people:
        if entity.label.split()[-1].casefold() == key:
            return entity
    known = r.known_surnames.get(key, [])
    if len(known) == 1:
        return known[0]
    given = [e for e in people if e.label.split()[0].casefold() == key]  # "Prime Minister Abiy" (Abiy Ahmed)
    return given[0] if len(given) == 1 else None


def named_in(r: Resolver, sentence: Sentence, aliases: set[Mention], joins: list[int]) -> dict[int, dict[str, Entity]]:
    """The event or agreement each part of the sentence names, by family: the entity its triggers name (not
    one given as another name of something, which is whatever that is, nor one a comparison counts from:
    "the largest urban battle since the Second World War" is not that war). A part ends where a clause
    joined after a negation begins, or one with a subject of its own that tells another act
    (`scope.sentence_parts`): "Israel did not attack Iran and Hezbollah fired rockets at Haifa" tells two acts,
    the one not made and the one made; "Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck
    Mekele" two attacks. Nor one that a group belongs to (`_membership`: "A ceasefire arranged by the member States
    of the Non-Aggression and Defence Assistance Agreement" is no such agreement)."""
    found: dict[int, dict[str, Entity]] = {}
    members = {m for m in sentence.mentions if m.kind == "entity" and _membership(r.text, m)}
    bonds = {m.entity for m in members if m.entity}  # its other mentions too: "(ANAD)"
    for m in sentence.mentions:
        if m.kind == "entity" and m not in aliases and {"Event", "Agreement"} & set(top_classes(m.cls)) \
                and not counted_from(r.text, m) and m not in members and m.entity not in bonds:
            found.setdefault(part(joins, m), {}).setdefault(family(m.cls), named(r, m))
    return found


def _membership(text: str, mention: Mention) -> bool:
    """Is the named agreement what a group belongs to ("the member States of the ... Agreement", `NAMES.MEMBERS_OF`)?"""
    return NAMES.MEMBERS_OF.search(text, max(0, mention.start - MEMBERS_REACH), mention.start) is not None


def aliases_in(sentence: Sentence, text: str) -> set[Mention]:
    """The names of events and agreements that the sentence gives as other names of the one before
    them: after "also called", "also known as" ..., and after "or" in such a list."""
    found: set[Mention] = set()
    last: Mention | None = None
    for m in sentence.mentions:
        if m.kind not in ("entity", "trigger") or not {"Event", "Agreement"} & set(top_classes(m.cls)):
            continue
        between = text[last.end:m.start] if last else ""
        if m.kind == "entity" and last and (NAMES.ALIAS_OF_NAME.fullmatch(between) or last in found and NAMES.ALIAS_NEXT.fullmatch(between)):
            found.add(m)
        last = m
    ids = {m.entity for m in found}
    return found | {m for m in sentence.mentions if m.kind == "entity" and m.entity in ids}  # "... Agreement (CoHA)"

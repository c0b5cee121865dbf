"""Link: one entity for the same event or agreement told by several sources.

Per-source resolution never merges across sources: "a ceasefire agreement (signed on
November 9, 2020)" in one text is minted as that source's own entity. Here, with every
source in hand, a minted event or agreement is linked to another entity when the
evidence says they are the same:

- compatible classes (the same class; any two agreement kinds, as the resolver allows);
- told by another source, or known to the gazetteer;
- a date of each within a few days (`DAYS`; for a war, the same year), and at least
  one actor, party or place in common (an armed force counts as its state); or, with no dates, at least one
  participant in common and the same agreement establishing both.

A cluster takes the gazetteer entity's id and label when it holds one (at most one:
two known entities are never merged), else a neutral new one ("deployment (Russian
peacekeeping contingent in Nagorno-Karabakh)"). Claims are rewritten to the linked
entity and keep their source, words and offsets; places and actors are never merged
(a region and the self-declared state that claims it stay two entities).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from .model import Claim, Entity, Extraction, Literal
from .rdf.terms import slug, top_classes
from .recognise.gazetteer import Entry, load
from .resolve import compatible

DAYS = 3
PARTICIPANTS = ("hasActor", "party", "hasPlace", "initiatedBy")
DATES = ("startDate", "date")
YEAR_DATED = {"War"}  # long events, identified by the year they are dated to
ROUNDS = 3  # linked agreements can reveal linked events they establish


@dataclasses.dataclass
class Profile:
    """What all sources say about one entity, as evidence for identity."""

    entity: Entity
    known: bool
    sources: set[str] = dataclasses.field(default_factory=set)
    dates: set[str] = dataclasses.field(default_factory=set)
    participants: set[str] = dataclasses.field(default_factory=set)
    established_by: set[str] = dataclasses.field(default_factory=set)


def link(extractions: list[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Extraction]:
    """The extractions with linked entities merged and duplicate claims dropped."""
    entries = load() if gazetteer is None else gazetteer
    sides = {eid: e.force_of for eid, e in entries.items() if e.force_of}
    mapping: dict[str, str] = {}
    for _ in range(ROUNDS):
        profiles = _profiles(extractions, mapping, entries, sides)
        found = _match(profiles)
        if not found:
            break
        mapping = _closure(mapping | found)
    canon = _canonical(extractions, mapping, entries)
    return [_rewrite(ex, mapping, canon) for ex in extractions]


def side(eid: str, sides: dict[str, str]) -> str:
    """An armed force stands for its state when sides are compared."""
    return sides.get(eid, eid)


def _profiles(extractions, mapping, entries, sides) -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for ex in extractions:
        for entity in ex.entities.values():
            eid = mapping.get(entity.id, entity.id)
            profile = profiles.setdefault(eid, Profile(entity, eid in entries))
            profile.sources.add(ex.document.meta.id)
            if entity.span:
                profile.dates.update(entity.span)
        for claim in ex.claims:
            subject = mapping.get(claim.subject, claim.subject)
            obj = mapping.get(claim.obj, claim.obj) if isinstance(claim.obj, str) else claim.obj
            if subject not in profiles or claim.modality != "Asserted":
                continue
            if claim.predicate in DATES and isinstance(obj, Literal):
                profiles[subject].dates.add(obj.value)
            elif claim.predicate in PARTICIPANTS:
                profiles[subject].participants.add(side(obj, sides))
            elif claim.predicate == "establishes" and obj in profiles:
                profiles[obj].established_by.add(subject)
    return profiles


def _tops(entity: Entity) -> set[str]:
    return {t for c in entity.classes for t in top_classes(c)}


def _compatible(a: Entity, b: Entity) -> bool:
    if not ({"Event", "Agreement"} & _tops(a)) or _tops(a) != _tops(b):
        return False
    if "Agreement" in _tops(a):
        return any(compatible(c, b.classes) for c in a.classes)
    return bool(set(a.classes) & set(b.classes))


def _close_dates(a: Profile, b: Profile) -> bool | None:
    """True if two dates agree; False if both have dates and none do; None with no dates to compare.

    A short event is dated by its day (within DAYS); a war by its year (`YEAR_DATED`).
    """
    if YEAR_DATED & set(a.entity.classes) & set(b.entity.classes):
        years_a, years_b = {v[:4] for v in a.dates}, {v[:4] for v in b.dates}
        return bool(years_a & years_b) if years_a and years_b else None
    days_a, days_b = [_day(v) for v in a.dates if len(v) == 10], [_day(v) for v in b.dates if len(v) == 10]
    if not days_a or not days_b:
        return None
    return any(abs((x - y).days) <= DAYS for x in days_a for y in days_b)


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _same(a: Profile, b: Profile) -> tuple | None:
    """A score when the evidence says a and b are one entity, else None."""
    if not _compatible(a.entity, b.entity) or (not b.known and not (b.sources - a.sources)):
        return None
    shared = a.participants & b.participants
    dates = _close_dates(a, b)
    if dates and (shared or b.known):
        return (len(shared), 1)
    if dates is None and shared and a.established_by & b.established_by:
        return (len(shared), 0)
    return None


def _match(profiles: dict[str, Profile]) -> dict[str, str]:
    """Minted entity id -> the entity it is the same as (best evidence, then smallest id)."""
    found: dict[str, str] = {}
    for eid in sorted(profiles):
        a = profiles[eid]
        if a.known:
            continue
        scored = [(_same(a, profiles[o]), o) for o in sorted(profiles) if o != eid and o not in found]
        scored = [(s, o) for s, o in scored if s]
        if scored:
            best = max(scored, key=lambda p: (p[0], profiles[p[1]].known, [-ord(c) for c in p[1]]))[1]
            if found.get(best) != eid:
                found[eid] = best
    return found


def _closure(mapping: dict[str, str]) -> dict[str, str]:
    """Each id to the end of its chain (a -> b -> c gives a -> c), never to itself."""
    result = {}
    for start in mapping:
        seen, end = {start}, mapping[start]
        while end in mapping and mapping[end] not in seen:
            seen.add(end)
            end = mapping[end]
        if end != start:
            result[start] = end
    return result


def _canonical(extractions, mapping: dict[str, str], entries: dict[str, Entry]) -> dict[str, Entity]:
    """The entity each cluster ends as: the gazetteer's, else a neutral one named by class and evidence."""
    members: dict[str, list[Entity]] = defaultdict(list)
    targets = set(mapping.values())
    for ex in extractions:
        for entity in ex.entities.values():
            if entity.id in mapping or entity.id in targets:
                members[mapping.get(entity.id, entity.id)].append(entity)
    canon = {}
    for target, group in members.items():
        if target in entries:
            canon[target] = entries[target].entity
            continue
        first = min(group, key=lambda e: e.id)
        claims = [c for ex in extractions for c in ex.claims if mapping.get(c.subject, c.subject) == target]
        canon[target] = _neutral(first, claims, extractions)
    return canon


def _neutral(entity: Entity, claims: list[Claim], extractions) -> Entity:
    cls = entity.classes[0]
    days = sorted(c.obj.value for c in claims if c.predicate in DATES and isinstance(c.obj, Literal))
    names = {e.id: e.label for ex in extractions for e in ex.entities.values()}
    actors = sorted((c.predicate == "hasPlace", names.get(c.obj, c.obj)) for c in claims
                    if c.predicate in PARTICIPANTS and isinstance(c.obj, str))
    actors = [name for _, name in actors]
    detail = days[0] if days else actors[0] if actors else entity.label
    label = f"{cls.lower()} ({detail})"
    return Entity(id=slug(label), label=label, lang="en", classes=entity.classes)


def _rewrite(ex: Extraction, mapping: dict[str, str], canon: dict[str, Entity]) -> Extraction:
    renamed = {eid: canon[target] for eid, target in mapping.items()} | canon
    ids = {eid: entity.id for eid, entity in renamed.items()}

    def move(claim: Claim) -> Claim:
        obj = ids.get(claim.obj, claim.obj) if isinstance(claim.obj, str) and claim.predicate != "type" else claim.obj
        return dataclasses.replace(claim, subject=ids.get(claim.subject, claim.subject), obj=obj)

    entities = {}
    for eid, entity in ex.entities.items():
        target = renamed.get(eid, entity)
        entities[target.id] = target
    return dataclasses.replace(ex, entities=dict(sorted(entities.items())), claims=_unique(map(move, ex.claims)))


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per (source, triple, span): the claim IRI is minted from these, so two would clash."""
    kept: dict[tuple, Claim] = {}
    for claim in sorted(claims, key=lambda c: (c.start, c.end, c.subject, c.predicate, str(c.obj), c.method)):
        kept.setdefault((claim.source, claim.subject, claim.predicate, str(claim.obj), claim.start, claim.end), claim)
    return list(kept.values())

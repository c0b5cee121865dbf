"""Link: one entity for the same event or agreement told by several sources.

Per-source resolution never merges across sources: "a ceasefire agreement (signed on
November 9, 2020)" in one text is minted as that source's own entity. Here, with every
source in hand, a minted event or agreement is linked to another entity when the
evidence says they are the same:

- compatible classes (the same class; any two agreement kinds, as the resolver allows);
- for two agreements, one numbered descriptor of both ("the six-point agreement" / "the six-point
  deal") and no dates of different years: the number of points names one text (`profiles.CUES.NUMBERED`);
- told by another source, or known to the gazetteer;
- a date of each within a few days (`profiles.DAYS`; for a war, the same year; an entity dated only
  by a year or month, "the 2018 Douma chemical attack", by a day within it), and at least
  one actor, party or place in common (an armed force counts as its state, a demonym's army
  too: "Eritrean troops" and Eritrea); or, with no dates, at least one
  participant in common and the same agreement establishing both; or, for two movements of troops
  into a place (`profiles.MOVEMENTS`: "Russian forces were first to move into ... South Ossetia" / "a
  Russian military incursion into South Ossetia") with no dates that differ, an actor in common
  and the same destination, the finest place each names (`profiles.LEVELS`), read from claims of any
  modality: a movement one source denies is still the one another asserts. A known entity is
  reached the same way, never by its class and dates alone: a Tigray war of 2020 is not
  the Karabakh war of 2020.

Within one source, an agreement named after a place ("the Dayton Agreement") is the agreement
the source has signed in that place under another name (`venues.named_after_venue`).

Two entities one source dates by a day, and its resolution kept apart, are never joined
through another source (a text's chemical attack and its air raids of the same day).

A cluster takes the gazetteer entity's id and label when it holds one (at most one:
two known entities are never merged), else a neutral new one ("deployment (Russian
peacekeeping contingent in Nagorno-Karabakh)"). Claims are rewritten to the linked
entity and keep their source, words and offsets; places and actors are never merged
(a region and the self-declared state that claims it stay two entities).

The parts: `profiles` (what counts as evidence, gathered per id), `matching` (which profiles are
one), `sides` (an armed force as its state), `venues` (an agreement named after where it was
signed); this module runs the rounds, names the clusters and rewrites the sources' claims.
"""

from __future__ import annotations

import dataclasses
import operator
from collections import defaultdict

from ..model import Claim, Entity, Extraction, Literal, unique_claims
from ..rdf.terms import slug
from ..recognise.packs import Entry, load
from .matching import closure, forget, match
from .profiles import DATES, PARTICIPANTS, Evidence, evidence_of, points_of
from .sides import Sides, forces
from .venues import named_after_venue

ROUNDS = 3  # linked agreements can reveal linked events they establish
_SUBJECT = operator.attrgetter("subject")


def link(extractions: list[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Extraction]:
    """The extractions with linked entities merged and duplicate claims dropped."""
    entries = load() if gazetteer is None else gazetteer
    sources = [told(ex, entries) for ex in extractions]
    renamed = renaming(sources, entries)
    return [rewrite(ex, renaming_of(source, renamed)) for ex, source in zip(extractions, sources)]


@dataclasses.dataclass(frozen=True)
class Told:
    """All linking reads of one source (`told`): its entities (in their order), its evidence
    (`profiles.evidence_of`), the agreements it names after their venue (`venues.named_after_venue`), the dates and
    participants a cluster's neutral label is made of (`_neutral`: `facts`, of any modality), and
    every id it names (`named`: what a renaming of other ids leaves alone). Small, and fixed by
    the extraction and the gazetteer: a cached build keeps it beside the extraction and links
    without reading any source's claims."""

    source: str
    entities: tuple[Entity, ...]
    evidence: tuple[tuple[str, str, str | Literal], ...]
    venues: tuple[tuple[str, str], ...]
    facts: tuple[tuple[str, str, str | Literal], ...]
    named: frozenset[str]


def told(ex: Extraction, entries: dict[str, Entry]) -> Told:
    """What linking reads of `ex` (`Told`). Of its typing claims (three claims in four) it reads
    only the points counted before their words (`profiles.points_of`) and their subjects (`_named`): the
    other passes read its relation claims (`related`), picked out once (on the 1,000-article bench,
    reading every claim in each pass cost 0.1 s more of 0.27 s)."""
    relations = related(ex)
    facts = tuple([(c.subject, c.predicate, c.obj) for c in relations.claims if (
        c.predicate in DATES and isinstance(c.obj, Literal) or c.predicate in PARTICIPANTS and isinstance(c.obj, str))])
    return Told(ex.document.meta.id, tuple(ex.entities.values()), tuple(evidence_of(relations) + points_of(ex)),
                tuple(named_after_venue(relations, entries).items()), facts, frozenset(_named(ex)))


def related(ex: Extraction) -> Extraction:
    """The extraction with its relation claims alone (no typing claims), in their order."""
    return dataclasses.replace(ex, claims=[c for c in ex.claims if c.predicate != "type"])


def renaming(sources: list[Told], entries: dict[str, Entry]) -> dict[str, Entity]:
    """Each linked entity id -> the entity it becomes, from what the sources tell (`told`), in order."""
    sides = Sides(forces(entries))
    mapping: dict[str, str] = {}
    for source in sources:
        mapping |= dict(source.venues)
    evidence = Evidence(sources, entries, sides)
    for _ in range(ROUNDS):
        profiles = evidence.profiles(mapping)
        found = match(profiles)
        if not found:
            break
        mapping = closure(mapping | found)
    canon = _canonical(sources, mapping, entries)
    forget()
    return {eid: canon[target] for eid, target in mapping.items()} | canon


def renaming_of(source: Told, renamed: dict[str, Entity]) -> dict[str, Entity]:
    """The part of `renamed` (`renaming`) that changes the source: all `rewrite` reads of it, so
    two builds that give a source the same part give it the same linked extraction."""
    return {eid: renamed[eid] for eid in sorted([eid for eid in source.named if eid in renamed])}  # few are


def _canonical(sources: list[Told], mapping: dict[str, str], entries: dict[str, Entry]) -> dict[str, Entity]:
    """The entity each cluster ends as: the gazetteer's, else a neutral one named by class and evidence."""
    members: dict[str, list[Entity]] = defaultdict(list)
    facts: dict[str, list[tuple]] = defaultdict(list)
    names: dict[str, str] = {}
    targets = set(mapping.values())
    for source in sources:  # comprehensions first: few of a source's entities and facts are linked
        names.update([(entity.id, entity.label) for entity in source.entities])
        for entity in [e for e in source.entities if e.id in mapping or e.id in targets]:
            members[mapping.get(entity.id, entity.id)].append(entity)
        for fact in [f for f in source.facts if f[0] in mapping or f[0] in targets]:
            facts[mapping.get(fact[0], fact[0])].append(fact)
    canon = {}
    for target, group in members.items():
        if target in entries:
            canon[target] = entries[target].entity
        else:
            canon[target] = _neutral(min(group, key=lambda e: e.id), facts[target], names)
    return canon


def _neutral(entity: Entity, facts: list[tuple], names: dict[str, str]) -> Entity:
    """A cluster's entity named by its class and the earliest of its most precise dates, else its
    first participant (`facts`: (subject, predicate, object) of its dates and participants)."""
    cls = entity.classes[0]
    # the earliest of the most precise dates (a day, not its year), else the first participant by name,
    # actors before places: the least of each, not all of them sorted (a cluster of many sources has many)
    day = min((obj.value for _, predicate, obj in facts if predicate in DATES),
              key=lambda value: (-len(value), value), default=None)
    actor = min(((predicate == "hasPlace", names.get(obj, obj)) for _, predicate, obj in facts
                 if predicate in PARTICIPANTS), default=None)
    detail = day if day is not None else actor[1] if actor is not None else entity.label
    label = f"{cls.lower()} ({detail})"
    return Entity(id=slug(label), label=label, lang="en", classes=entity.classes)


def rewrite(ex: Extraction, renamed: dict[str, Entity]) -> Extraction:
    """The extraction with linked entities renamed (`renamed`: old id -> the entity it becomes, of
    the ids it names: `renaming_of`), the ids that changed recorded in its own `renamed`; untouched
    when none of its entities is linked."""
    if not any(eid in renamed and renamed[eid] != entity for eid, entity in ex.entities.items()):
        return ex
    ids = {eid: target.id for eid, target in sorted(renamed.items()) if target.id != eid}
    entities = {}
    for eid, entity in ex.entities.items():
        target = renamed.get(eid, entity)
        entities[target.id] = target
    claims = _renamed_claims(ex.claims, ids) if ids else ex.claims
    return dataclasses.replace(ex, entities=dict(sorted(entities.items())), claims=claims, renamed=ids)


def _renamed_claims(claims: list[Claim], ids: dict[str, str]) -> list[Claim]:
    """The claims about and pointing at the new ids (`_moved`), in `unique_claims` order, given
    them in that order (as extraction leaves them, and as this leaves them). That order is by
    span first, and a claim can only meet a duplicate in its own span: so only the spans that
    hold a moved claim are sorted and made unique again, a few claims each. (Sorting all of every
    renamed source's claims again, `str(obj)` twice for each, was a third of linking on 1,000
    articles.)"""
    found: list[Claim] = []
    done = 0  # the claims before this are in `found`
    touched = [n for n, c in enumerate(claims) if c.subject in ids or c.predicate != "type" and isinstance(c.obj, str)
               and c.obj in ids]
    for n in touched:
        if n >= done:
            start, end = _span(claims, n)
            found += claims[done:start]
            span = claims[start:end]
            moved = [_moved(c, ids) for c in span]
            found += moved if _kept_in_order(span, ids) else unique_claims(moved)
            done = end
    return found + claims[done:]


def _kept_in_order(span: list[Claim], ids: dict[str, str]) -> bool:
    """Whether a span's claims, in `unique_claims` order, stay so once moved with no sorting: one
    claim, or claims of one subject none of whose objects moves (an entity's typings at its name,
    most spans that move), since their order and their keys differ only where they did."""
    return len(span) == 1 or len({c.subject for c in span}) == 1 and not any(
        c.predicate != "type" and isinstance(c.obj, str) and c.obj in ids for c in span)


def _span(claims: list[Claim], n: int) -> tuple[int, int]:
    """The slice of the claims around the n-th that share its span (they are in text order)."""
    start, end, span = n, n + 1, (claims[n].start, claims[n].end)
    while start > 0 and (claims[start - 1].start, claims[start - 1].end) == span:
        start -= 1
    while end < len(claims) and (claims[end].start, claims[end].end) == span:
        end += 1
    return start, end


def _named(ex: Extraction) -> set[str]:
    """Every id the extraction names: its entities, and its claims' subjects and entity objects."""
    return {*ex.entities, *map(_SUBJECT, ex.claims),
            *[c.obj for c in ex.claims if c.predicate != "type" and isinstance(c.obj, str)]}


def _moved(claim: Claim, ids: dict[str, str]) -> Claim:
    """The claim about and pointing at the new ids (a class name is never an entity id).

    Every other field is carried by copying the claim's `__dict__`, whatever fields `Claim` has:
    a seventh of `dataclasses.replace`'s cost, which re-runs the frozen `__init__` for each of the
    hundreds of thousands of claims a large build renames."""
    obj = claim.obj
    if isinstance(obj, str) and claim.predicate != "type":
        obj = ids.get(obj, obj)
    moved = object.__new__(Claim)
    moved.__dict__.update(claim.__dict__, subject=ids.get(claim.subject, claim.subject), obj=obj)
    return moved

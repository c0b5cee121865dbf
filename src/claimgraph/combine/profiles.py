"""Profiles: what all sources tell of an entity, as the evidence linking weighs for identity.

Each source's part is read once (`evidence_of`, `points_of`: its asserted dates, participants and
establishing agreements, the points an agreement counts, a movement's routes), gathered per id
(`Evidence`), and made into one `Profile` per id a mapping leaves, whose `Signature` is all that
`matching._score` compares. Kept apart from matching so that what counts as evidence is read in one
place and how two profiles are weighed in another.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Entity, Extraction, Literal
from ..rdf.terms import tops
from ..recognise.packs import Entry
from .sides import Sides

if TYPE_CHECKING:
    from .link import Told

PARTICIPANTS = ("hasActor", "party", "hasPlace", "initiatedBy")
DATES = ("startDate", "date")
YEAR_DATED = frozenset({"War"})  # long events, identified by the year they are dated to
DAYS = 3  # how many days apart two dates of one short event may be (`matching._close_dates`)
CUES = cues("coreference")  # NUMBERED (NUMBERED_WORD): the words of every language (claimgraph.lang)
LEAD = 40  # characters read before an agreement's word for its points (`CUES.NUMBERED`)
MOVEMENTS = frozenset({"Deployment"})  # troops moving into a place: an actor and a destination tell which
MOVERS = ("hasActor", "initiatedBy")
# The levels of places, finest first: a movement's destination is the finest place it names
# ("into the Georgian region of South Ossetia": South Ossetia, not Georgia).
LEVELS = ("Place", "Settlement", "District", "Region", "State")


@dataclasses.dataclass
class Profile:
    """What all sources say about one entity, as evidence for identity."""

    entity: Entity
    known: bool
    sources: set[str] = dataclasses.field(default_factory=set)
    dates: set[str] = dataclasses.field(default_factory=set)
    participants: set[str] = dataclasses.field(default_factory=set)
    established_by: set[str] = dataclasses.field(default_factory=set)
    points: set[str] = dataclasses.field(default_factory=set)  # of an agreement: `CUES.NUMBERED`
    routes: set[str] = dataclasses.field(default_factory=set)  # of a movement (any modality): "mover>destination"

    # Read many times while matching, and fixed once the profile is filled in.
    @functools.cached_property
    def signature(self) -> Signature:
        return signature_of(self.entity.classes, frozenset(self.participants), frozenset(self.dates),
                          frozenset(self.established_by), frozenset(self.points), frozenset(self.routes))

    @property
    def days(self) -> tuple[date, ...]:
        return self.signature.days


class Signature:
    """All of a profile `matching._score` weighs: its classes, participants, dates (with the classes dated by a
    year, `YEAR_DATED`), establishing agreements, counted points and, for a movement, its routes
    ("actor>destination"). Many profiles share one
    (the same event told alike by many sources: 1,000 articles, 15,000 profiles, 2,000
    signatures), so there is one object for each distinct value (`signature_of`), hashed by
    identity, and two are weighed once (`matching._score`)."""

    __slots__ = ("classes", "participants", "dates", "established_by", "points", "routes", "agreement", "year_classes",
                 "days", "ordinals", "window", "years", "kinds")

    def __init__(self, classes: tuple[str, ...], participants: frozenset[str], dates: frozenset[str],
                 established_by: frozenset[str], points: frozenset[str], routes: frozenset[str]):
        self.classes, self.participants, self.dates, self.established_by = classes, participants, dates, established_by
        self.routes = routes
        self.points, self.agreement = points, "Agreement" in tops(classes)
        self.kinds = _kinds(classes)
        self.year_classes = YEAR_DATED.intersection(classes)
        self.days = tuple(date.fromisoformat(v) for v in dates if len(v) == 10)
        # its days as ints (`matching._Blocks` indexes them), and every day within DAYS of one: a day of
        # another signature is close to one of these when it is in `window` (`matching._close_dates`,
        # a set lookup per day, not a subtraction per two days: a fifth of matching's first round)
        self.ordinals = tuple(day.toordinal() for day in self.days)
        self.window = frozenset(day + d for day in self.ordinals for d in range(-DAYS, DAYS + 1))
        self.years = frozenset(v[:4] for v in dates)


def _kinds(classes: tuple[str, ...]) -> frozenset[str]:
    """What another entity must share to be compatible: a class, for an event; for an agreement,
    only being one (two agreement kinds can be one, see `matching._compatible`). Nothing for other
    entities, which are never linked."""
    top = tops(classes)
    if "Agreement" in top:
        return frozenset({"Agreement"})
    return frozenset(classes) if "Event" in top else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def signature_of(classes, participants, dates, established_by, points, routes) -> Signature:
    return Signature(classes, participants, dates, established_by, points, routes)


def evidence_of(ex: Extraction) -> list[tuple[str, str, str | Literal]]:
    """The asserted claims that can show identity (dates, participants, establishment) and the
    routes of a movement (`_routes`), as (subject, predicate, object): a small part of the claims,
    read again in every round (`link.told` adds the points counted before typed words, `points_of`)."""
    wanted = frozenset((*DATES, *PARTICIPANTS, "establishes"))
    found = [(c.subject, c.predicate, c.obj) for c in ex.claims if c.predicate in wanted and c.modality == "Asserted"]
    return found + _routes(ex)


def _routes(ex: Extraction) -> list[tuple[str, str, tuple[str, str]]]:
    """(movement, "route", (who moves, where to)) for each actor and the finest place (`LEVELS`)
    that the claims of one span give a movement, of any modality: a clause's actors and places
    share its sentence's span, so "into the Georgian region of South Ossetia" goes to South
    Ossetia, and a later sentence's "soldiers stationed in Tskhinvali", which the source's
    resolution may have made the same movement, is a route of its own. (An actor read elsewhere,
    from a pronoun or an initiator's own words, has a span of its own and makes no route.)"""
    movements = {eid for eid, e in ex.entities.items() if MOVEMENTS.intersection(e.classes)}
    spans: dict[tuple[str, int, int], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for c in ex.claims:
        if c.subject in movements and c.predicate in (*MOVERS, "hasPlace"):
            spans[c.subject, c.start, c.end][c.predicate == "hasPlace"].add(c.obj)
    found = []
    for (movement, _, _), (movers, places) in sorted(spans.items()):
        level = {p: LEVELS.index(place_level(ex.entities[p].classes)) if p in ex.entities else 0 for p in places}
        finest = min(level.values(), default=0)
        found += [(movement, "route", (mover, place)) for mover in sorted(movers)
                  for place in sorted(places) if level[place] == finest]
    return found


def place_level(classes: Iterable[str]) -> str:
    """The level of a place (`LEVELS`): its subclass, else a bare place (a palace, a base)."""
    return next((level for level in LEVELS[1:] if level in classes), LEVELS[0])


def points_of(ex: Extraction) -> list[tuple[str, str, Literal]]:
    """(entity, "points", the points counted just before a word that types it: "six-point"), lower
    case; only an agreement's count toward identity (`matching._score`). A window holding no
    `CUES.NUMBERED_WORD` (which every match holds) is not searched: most texts hold none."""
    text = ex.document.text
    words = [found.start() for found in CUES.NUMBERED_WORD.finditer(text)]
    if not words:
        return []
    found = []
    for c in ex.claims:
        if c.predicate != "type":
            continue
        low = max(0, c.start - LEAD)
        at = bisect.bisect_left(words, low)
        if at < len(words) and words[at] < c.start and (counted := CUES.NUMBERED.search(text, low, c.start)):
            found.append((c.subject, "points", Literal(counted.group("points").lower())))
    return found


@dataclasses.dataclass
class _Pieces:
    """What the sources tell of one id, as its part of the profile it falls in (`add_to`): its
    participants and its routes' movers as told (a mapping may rename them), and as sides
    (`side`) while no mapping does."""

    sources: set[str] = dataclasses.field(default_factory=set)
    dates: set[str] = dataclasses.field(default_factory=set)
    points: set[str] = dataclasses.field(default_factory=set)
    participants: set[str] = dataclasses.field(default_factory=set)
    routes: set[tuple[str, str]] = dataclasses.field(default_factory=set)
    sided: set[str] = dataclasses.field(default_factory=set)
    sided_routes: set[str] = dataclasses.field(default_factory=set)

    def add_to(self, profile: Profile, mapping: dict[str, str], sides: Sides) -> None:
        profile.sources |= self.sources
        profile.dates |= self.dates
        profile.points |= self.points
        if mapping.keys().isdisjoint(self.participants):
            profile.participants |= self.sided
        else:
            profile.participants.update(sides[mapping.get(obj, obj)] for obj in self.participants)
        if mapping.keys().isdisjoint(mover for mover, _ in self.routes):
            profile.routes |= self.sided_routes
        else:
            profile.routes.update(f"{sides[mapping.get(mover, mover)]}>{place}" for mover, place in self.routes)


class Evidence:
    """What all sources tell of each id (`link.Told`), gathered once, and the profiles of the last
    mapping (`profiles`): a round's profiles are the last round's, but for those a changed
    mapping touches, made again as the unions of their members' pieces. (Reading every source's
    entities and evidence again in each round of matching was a quarter of linking, 1,000
    articles; the second round renames half the ids, the third a few dozen.)"""

    def __init__(self, sources: list[Told], entries: dict[str, Entry], sides: Sides):
        self.entries, self.sides = entries, sides
        self.entities: dict[str, Entity] = {}  # each id's entity where it is first told, in that order
        self.pieces: dict[str, _Pieces] = defaultdict(_Pieces)
        self.establishes: list[tuple[str, str]] = []  # (agreement, what it establishes)
        self.cited: dict[str, set[str]] = defaultdict(set)  # an id -> the ids whose pieces name it
        for source in sources:
            for entity in source.entities:
                self.entities.setdefault(entity.id, entity)
                pieces = self.pieces[entity.id]
                pieces.sources.add(source.source)
                pieces.dates.update(entity.span or ())
            for subject, predicate, obj in source.evidence:
                self._add(subject, predicate, obj)
        self.mapping: dict[str, str] = {}
        self.made: dict[str, Profile] = {}

    def _add(self, subject: str, predicate: str, obj) -> None:
        pieces = self.pieces[subject]
        if predicate in DATES:
            if isinstance(obj, Literal):
                pieces.dates.add(obj.value)
        elif predicate in PARTICIPANTS:
            pieces.participants.add(obj)
            pieces.sided.add(self.sides[obj])
            self.cited[obj].add(subject)
        elif predicate == "points":
            pieces.points.add(obj.value)
        elif predicate == "route":
            pieces.routes.add(obj)
            pieces.sided_routes.add(f"{self.sides[obj[0]]}>{obj[1]}")
            self.cited[obj[0]].add(subject)
        else:
            self.establishes.append((subject, obj))
            self.cited[subject].add(obj)

    def profiles(self, mapping: dict[str, str]) -> dict[str, Profile]:
        """A profile for each id the mapping leaves (an entity's own, or the one it is mapped to),
        of all its members tell: the last mapping's, made again for the ids whose members, or
        whose participants, movers or establishing agreements, it maps elsewhere."""
        stale = self._stale(mapping) if self.made else None
        profiles = {t: p for t, p in self.made.items() if t not in stale} if stale is not None else {}
        made = self._made(mapping, stale)
        profiles |= made
        for subject, obj in self.establishes:
            subject = mapping.get(subject, subject)
            obj = mapping.get(obj, obj) if isinstance(obj, str) else obj
            if obj in made and subject in profiles:
                made[obj].established_by.add(subject)
        self.mapping, self.made = mapping, profiles
        return profiles

    def _stale(self, mapping: dict[str, str]) -> set[str]:
        """The last mapping's ids and this one's that a change between them touches. Exact for the
        mappings matching makes (`matching.closure` of a growing mapping: an id once mapped stays mapped, and
        every target is an entity's id); an arbitrary one could map to an id with no profile yet, whose
        first appearance this does not see (second review's fuzzing)."""
        before = self.mapping
        changed = [eid for eid in before.keys() | mapping.keys() if before.get(eid, eid) != mapping.get(eid, eid)]
        touched = {*changed, *(c for eid in changed for c in self.cited.get(eid, ()))}
        return {m.get(eid, eid) for eid in touched for m in (before, mapping)}

    def _made(self, mapping: dict[str, str], wanted: set[str] | None) -> dict[str, Profile]:
        """The profiles of the `wanted` ids (all when None), but for their establishing agreements."""
        made: dict[str, Profile] = {}
        for eid, entity in self.entities.items():
            target = mapping.get(eid, eid)
            if target not in made and (wanted is None or target in wanted):
                made[target] = Profile(entity, target in self.entries)
        for eid, pieces in self.pieces.items():
            if (profile := made.get(mapping.get(eid, eid))) is not None:
                pieces.add_to(profile, mapping, self.sides)
        return made

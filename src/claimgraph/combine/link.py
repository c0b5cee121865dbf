"""Link: one entity for the same event or agreement told by several sources.

Per-source resolution never merges across sources: "a ceasefire agreement (signed on
November 9, 2020)" in one text is minted as that source's own entity. Here, with every
source in hand, a minted event or agreement is linked to another entity when the
evidence says they are the same:

- compatible classes (the same class; any two agreement kinds, as the resolver allows);
- for two agreements, one numbered descriptor of both ("the six-point agreement" / "the six-point
  deal") and no dates of different years: the number of points names one text (`CUES.NUMBERED`);
- told by another source, or known to the gazetteer;
- a date of each within a few days (`DAYS`; for a war, the same year; an entity dated only
  by a year or month, "the 2018 Douma chemical attack", by a day within it), and at least
  one actor, party or place in common (an armed force counts as its state, a demonym's army
  too: "Eritrean troops" and Eritrea); or, with no dates, at least one
  participant in common and the same agreement establishing both; or, for two movements of troops
  into a place (`MOVEMENTS`: "Russian forces were first to move into ... South Ossetia" / "a
  Russian military incursion into South Ossetia") with no dates that differ, an actor in common
  and the same destination, the finest place each names (`LEVELS`), read from claims of any
  modality: a movement one source denies is still the one another asserts. A known entity is
  reached the same way, never by its class and dates alone: a Tigray war of 2020 is not
  the Karabakh war of 2020.

Within one source, an agreement named after a place ("the Dayton Agreement") is the agreement
the source has signed in that place under another name (`named_after_venue`).

Two entities one source dates by a day, and its resolution kept apart, are never joined
through another source (a text's chemical attack and its air raids of the same day).

A cluster takes the gazetteer entity's id and label when it holds one (at most one:
two known entities are never merged), else a neutral new one ("deployment (Russian
peacekeeping contingent in Nagorno-Karabakh)"). Claims are rewritten to the linked
entity and keep their source, words and offsets; places and actors are never merged
(a region and the self-declared state that claims it stay two entities).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from ..extract.resolution import compatible
from ..lang import cues
from ..model import Claim, Entity, Extraction, Literal, unique_claims
from ..rdf.terms import slug, tops
from ..recognise.packs import Entry, derived, load
from . import spelling

DAYS = 3
PARTICIPANTS = ("hasActor", "party", "hasPlace", "initiatedBy")
DATES = ("startDate", "date")
YEAR_DATED = frozenset({"War"})  # long events, identified by the year they are dated to
ROUNDS = 3  # linked agreements can reveal linked events they establish
FORCES = "Armed Forces"  # the recogniser's label for a demonym's army (recognise.gazetteer)
CUES = cues("coreference")  # NUMBERED (NUMBERED_WORD), SERVICE_ARM: the words of every language (claimgraph.lang)
LEAD = 40  # characters read before an agreement's word for its points (`CUES.NUMBERED`)
MOVEMENTS = frozenset({"Deployment"})  # troops moving into a place: an actor and a destination tell which
MOVERS = ("hasActor", "initiatedBy")
# The levels of places, finest first: a movement's destination is the finest place it names
# ("into the Georgian region of South Ossetia": South Ossetia, not Georgia).
LEVELS = ("Place", "Settlement", "District", "Region", "State")
_SUBJECT = operator.attrgetter("subject")
_END = "\U0010ffff"  # after every character of an id (slugs: `_smallest_first`)


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
    def signature(self) -> _Signature:
        return _signature(self.entity.classes, frozenset(self.participants), frozenset(self.dates),
                          frozenset(self.established_by), frozenset(self.points), frozenset(self.routes))

    @property
    def days(self) -> tuple[date, ...]:
        return self.signature.days



class _Signature:
    """All of a profile `_score` weighs: its classes, participants, dates (with the classes dated by a
    year, `YEAR_DATED`), establishing agreements, counted points and, for a movement, its routes
    ("actor>destination"). Many profiles share one
    (the same event told alike by many sources: 1,000 articles, 15,000 profiles, 2,000
    signatures), so there is one object for each distinct value (`_signature`), hashed by
    identity, and two are weighed once (`_score`)."""

    __slots__ = ("classes", "participants", "dates", "established_by", "points", "routes", "agreement", "year_classes",
                 "days", "ordinals", "years", "kinds")

    def __init__(self, classes: tuple[str, ...], participants: frozenset[str], dates: frozenset[str],
                 established_by: frozenset[str], points: frozenset[str], routes: frozenset[str]):
        self.classes, self.participants, self.dates, self.established_by = classes, participants, dates, established_by
        self.routes = routes
        self.points, self.agreement = points, "Agreement" in tops(classes)
        self.kinds = _kinds(classes)
        self.year_classes = YEAR_DATED.intersection(classes)
        self.days = tuple(date.fromisoformat(v) for v in dates if len(v) == 10)
        self.ordinals = tuple(day.toordinal() for day in self.days)  # what `_close_dates` subtracts: ints, no timedelta
        self.years = frozenset(v[:4] for v in dates)


def _kinds(classes: tuple[str, ...]) -> frozenset[str]:
    """What another entity must share to be compatible: a class, for an event; for an agreement,
    only being one (two agreement kinds can be one, see `_compatible`). Nothing for other
    entities, which are never linked."""
    top = tops(classes)
    if "Agreement" in top:
        return frozenset({"Agreement"})
    return frozenset(classes) if "Event" in top else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _signature(classes, participants, dates, established_by, points, routes) -> _Signature:
    return _Signature(classes, participants, dates, established_by, points, routes)


def link(extractions: list[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Extraction]:
    """The extractions with linked entities merged and duplicate claims dropped."""
    entries = load() if gazetteer is None else gazetteer
    sources = [told(ex, entries) for ex in extractions]
    renamed = renaming(sources, entries)
    return [rewrite(ex, renaming_of(source, renamed)) for ex, source in zip(extractions, sources)]


@dataclasses.dataclass(frozen=True)
class Told:
    """All linking reads of one source (`told`): its entities (in their order), its evidence
    (`_evidence`), the agreements it names after their venue (`named_after_venue`), the dates and
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
    only the points counted before their words (`_points`) and their subjects (`_named`): the
    other passes read its relation claims (`related`), picked out once (on the 1,000-article bench,
    reading every claim in each pass cost 0.1 s more of 0.27 s)."""
    relations = related(ex)
    facts = tuple([(c.subject, c.predicate, c.obj) for c in relations.claims if (
        c.predicate in DATES and isinstance(c.obj, Literal) or c.predicate in PARTICIPANTS and isinstance(c.obj, str))])
    return Told(ex.document.meta.id, tuple(ex.entities.values()), tuple(_evidence(relations) + _points(ex)),
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
    evidence = _Evidence(sources, entries, sides)
    for _ in range(ROUNDS):
        profiles = evidence.profiles(mapping)
        found = _match(profiles)
        if not found:
            break
        mapping = _closure(mapping | found)
    canon = _canonical(sources, mapping, entries)
    _score.cache_clear()  # the signatures of this corpus: kept for the next would only hold memory
    _signature.cache_clear()
    return {eid: canon[target] for eid, target in mapping.items()} | canon


def renaming_of(source: Told, renamed: dict[str, Entity]) -> dict[str, Entity]:
    """The part of `renamed` (`renaming`) that changes the source: all `rewrite` reads of it, so
    two builds that give a source the same part give it the same linked extraction."""
    return {eid: renamed[eid] for eid in sorted([eid for eid in source.named if eid in renamed])}  # few are


def named_after_venue(ex: Extraction, entries: dict[str, Entry]) -> dict[str, str]:
    """Within one source, an agreement named after a place ("the Dayton Agreement") -> the
    agreement the source has signed in that place ("The General Framework Agreement for Peace
    in Bosnia and Herzegovina was signed ... in Dayton"): one agreement under two names that
    resolution could not join. Only when the place names one agreement and one signing place
    of an agreement of the source, both minted, dated in one year if dated at all (the Minsk
    Protocol of 2014 is not the Minsk measures of 2015), and of one kind if dated on other days
    (`_other_kind_other_day`)."""
    signed_at = _signed_at(ex)
    found = {}
    for place, signed in signed_at.items():
        named = [eid for eid, e in ex.entities.items() if "Agreement" in tops(e.classes) and eid not in signed
                 and _named_after(e.label, ex.entities[place].label)]
        if len(signed) == 1 and len(named) == 1 and not {*signed, *named} & entries.keys():
            (agreement,), (other,) = signed, named
            if _same_year(ex, agreement, other) and not _other_kind_other_day(ex, agreement, other):
                found[other] = agreement
    return found


def _signed_at(ex: Extraction) -> dict[str, set[str]]:
    """Each place a signing is placed at -> the agreements dated in the same sentence (claims of
    one sentence share its span)."""
    signings = {eid for eid, e in ex.entities.items() if "Signing" in e.classes}
    agreements = {eid for eid, e in ex.entities.items() if "Agreement" in tops(e.classes)}
    dated: dict[tuple[int, int], set[str]] = defaultdict(set)
    placed: dict[tuple[int, int], set[str]] = defaultdict(set)
    for c in ex.claims:
        if c.predicate == "date" and c.subject in agreements:
            dated[c.start, c.end].add(c.subject)
        elif c.predicate == "hasPlace" and c.subject in signings:
            placed[c.start, c.end].add(c.obj)
    found: dict[str, set[str]] = defaultdict(set)
    for span, places in placed.items():
        for place in places:
            found[place] |= dated.get(span, set())
    return {place: agreements for place, agreements in found.items() if agreements}


def _named_after(name: str, place: str) -> bool:
    """Whether an agreement's name is a place's name and more words ("Dayton Peace Agreement")."""
    words, first = spelling.words(name), spelling.words(place)
    return len(words) > len(first) > 0 and words[:len(first)] == first and name[:1].isupper()


def _same_year(ex: Extraction, a: str, b: str) -> bool:
    years = [{c.obj.value[:4] for c in ex.claims if c.subject == eid and c.predicate in DATES
              and isinstance(c.obj, Literal)} for eid in (a, b)]
    return not all(years) or bool(years[0] & years[1])


def _other_kind_other_day(ex: Extraction, a: str, b: str) -> bool:
    """Are the two agreements of different kinds and dated to different days? A ceasefire signed in a
    city ("On 18 June 2000 the two sides signed a ceasefire ... in Algiers") is not the agreement named
    after the city and signed months later ("The Algiers Agreement, signed on 12 December 2000"): a
    truce and the peace that follows it are often signed in one place. An agreement of one kind dated
    on two days is one text initialled, then signed ("signed on the 21st of November ... in Dayton",
    "The Dayton Agreement was officially signed on the 14th of December")."""
    if set(ex.entities[a].classes) == set(ex.entities[b].classes):
        return False
    days = [{c.obj.value for c in ex.claims if c.subject == eid and c.predicate in DATES
             and isinstance(c.obj, Literal) and len(c.obj.value) == len("2000-01-01")} for eid in (a, b)]
    return all(days) and not days[0] & days[1]


_forces: tuple[dict[str, Entry], dict[str, str]] | None = None  # the last gazetteer table and its forces


def forces(entries: dict[str, Entry]) -> dict[str, str]:
    """Each armed force -> the state it stands for (`_forces_of`), made once per gazetteer table (one
    slot: a build asks for it when it links and again when it compares), and for a table of
    `packs.load` read from the disk cache beside it (`derived`: 0.03 s to make from the bundled
    62,000 entries in every build, a one-shot rebuild's too); not to be changed by the caller."""
    global _forces
    if _forces is None or _forces[0] is not entries:
        _forces = (entries, derived(entries, "forces", lambda: _forces_of(entries)))
    return _forces[1]


def _forces_of(entries: dict[str, Entry]) -> dict[str, str]:
    """Each armed force -> the state it stands for: the gazetteer's cg:forceOf, and for the army
    a demonym names ("Eritrean troops": the recogniser's "Eritrean Armed Forces", which carries
    no cg:forceOf) the demonym's state."""
    by_demonym = {slug(f"{d} {FORCES}"): eid for eid, e in entries.items() for d in e.demonyms}
    return by_demonym | {eid: e.force_of for eid, e in entries.items() if e.force_of}


def side(eid: str, sides: dict[str, str]) -> str:
    """An armed force stands for its state when sides are compared; so does a state's air force or
    navy that a text names after its demonym ("Syrian Arab Air Force": `CUES.SERVICE_ARM`), as the army
    of that demonym does. Not any "Syrian ... Forces": the Syrian Democratic Forces are no state's."""
    found = sides.get(eid)
    if found is None and (arm := CUES.SERVICE_ARM.match(eid)):
        found = sides.get(slug(f"{arm.group('demonym')} {FORCES}"))
    return found or eid


class Sides(dict):
    """`side` of each id, found once (linking asks it of every participant in every round, the
    stories of every mention of every source)."""

    def __init__(self, sides: dict[str, str]):
        super().__init__()
        self.sides = sides

    def __missing__(self, eid: str) -> str:
        found = self[eid] = side(eid, self.sides)
        return found


def _evidence(ex: Extraction) -> list[tuple[str, str, str | Literal]]:
    """The asserted claims that can show identity (dates, participants, establishment) and the
    routes of a movement (`_routes`), as (subject, predicate, object): a small part of the claims,
    read again in every round (`told` adds the points counted before typed words, `_points`)."""
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


def _points(ex: Extraction) -> list[tuple[str, str, Literal]]:
    """(entity, "points", the points counted just before a word that types it: "six-point"), lower
    case; only an agreement's count toward identity (`_score`). A window holding no
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


class _Evidence:
    """What all sources tell of each id (`Told`), gathered once, and the profiles of the last
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
        mappings matching makes (`_closure` of a growing mapping: an id once mapped stays mapped, and
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


@functools.cache
def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether entities of classes `a` and `b` can be one (few distinct pairs, asked often: cached)."""
    top = tops(a)
    if not ({"Event", "Agreement"} & top) or top != tops(b):
        return False
    if "Agreement" in top:
        return any(compatible(c, b) for c in a)
    return bool(set(a) & set(b))


def _close_dates(a: _Signature, b: _Signature) -> bool | None:
    """True if two dates agree; False if both have dates and none do; None with no dates to compare.

    A short event is dated by its day (within DAYS); a war by its year (`YEAR_DATED`); one dated
    only by years or months agrees with a day in each of them (`_within`); dates of any
    precision that share no year never agree.
    """
    if a.year_classes & b.year_classes:
        return bool(a.years & b.years) if a.years and b.years else None
    if a.years and b.years and not a.years & b.years:
        return False  # a ceasefire of 1994 is not one of 2020, however coarse the dates
    if not a.days or not b.days:
        return _within(a, b) or _within(b, a) or None
    return any(abs(x - y) <= DAYS for x in a.ordinals for y in b.ordinals)


def _within(coarse: _Signature, fine: _Signature) -> bool:
    """Whether an entity dated only by years or months has each of them hold a day of the other."""
    return bool(coarse.dates) and not coarse.days and bool(fine.days) and all(
        any(day.isoformat().startswith(value) for day in fine.days) for value in coarse.dates)


def _another(a: Profile, b: Profile) -> bool:
    """Whether b may be the same as a by their evidence (`_score`): b is known, or told by a
    source that does not tell a (a source's own entities were kept apart by its resolution)."""
    return b.known or not b.sources <= a.sources


@functools.lru_cache(maxsize=1 << 18)
def _score(a: _Signature, b: _Signature) -> tuple | None:
    """Whether entities of two signatures are one, by their evidence: a participant in common and close dates; agreements that count
    the same points in years that do not differ; a participant in common and (with no dates to
    compare) an establishing agreement in common; movements with a route in common and no
    dates that differ."""
    if not _compatible(a.classes, b.classes):
        return None
    shared = a.participants & b.participants
    dates = _close_dates(a, b) if shared else None  # dates cost more to compare: only when they can count
    if dates:
        return (len(shared), 1)
    if a.points & b.points and a.agreement and not (a.years and b.years and not a.years & b.years):
        return (len(shared), 0)
    if shared and dates is None and a.established_by & b.established_by:
        return (len(shared), 0)
    if a.routes & b.routes and _close_dates(a, b) is not False:
        return (len(shared), 0)
    return None


def _match(profiles: dict[str, Profile]) -> dict[str, str]:
    """Minted entity id -> the entity it is the same as: of its candidates (`_Blocks.ranked`) not
    matched yet and told by another source (`_another`), the first by the best evidence, then
    known, then smallest id, that may join it.

    Two entities one source dates by a day and its resolution kept apart stay apart: a third
    source's "2018 Douma chemical attack" does not make one of a text's chemical attack and its
    air raids of 7 April (`_Clusters`)."""
    candidates = _Blocks(profiles)
    clusters = _Clusters(profiles)
    found: dict[str, str] = {}
    for eid in sorted(profiles):
        a = profiles[eid]
        if a.known:
            continue
        best = next((o for o in candidates.ranked(eid, found) if o != eid and _another(a, profiles[o])
                     and clusters.can_join(eid, o)), None)
        if best is not None and found.get(best) != eid:
            found[eid] = best
            clusters.join(eid, best)
    return found


class _Clusters:
    """The clusters `_match` has made so far, each with the sources that date it by a day (a
    profile of several sources with a day counts them all) and the years it is dated in: two
    clusters dated by one source are never joined, nor two dated years apart. An undated
    entity may join a dated one ("Russian forces moved into Crimea" and the move of 27 February
    2014), but does not bridge it to one of another year (the move of 24 February 2022): a
    year's gap is allowed for dates a few days apart across New Year."""

    def __init__(self, profiles: dict[str, Profile]):
        self.profiles = profiles
        self.root: dict[str, str] = {}
        self.held: dict[str, tuple[set[str], set[int]]] = {}  # a root's (dated sources, years), once asked

    def _find(self, eid: str) -> str:
        while eid in self.root:
            eid = self.root[eid]
        return eid

    def _dated(self, root: str) -> tuple[set[str], set[int]]:
        """A cluster's sources dating it by a day and its years: its profile's until it is joined
        (made when first asked: most profiles never are)."""
        found = self.held.get(root)
        if found is None:
            profile = self.profiles[root]
            found = self.held[root] = (set(profile.sources) if profile.days else set(),
                                       {int(y) for y in profile.signature.years})
        return found

    def can_join(self, a: str, b: str) -> bool:
        ra, rb = self._find(a), self._find(b)
        (da, ya), (db, yb) = self._dated(ra), self._dated(rb)
        apart = ya and yb and min(abs(x - y) for x in ya for y in yb) > 1
        return ra != rb and not da & db and not apart

    def join(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        self.root[ra] = rb
        (da, ya), (db, yb) = self._dated(ra), self._dated(rb)
        db |= da
        yb |= ya


def _smallest_first(eid: str) -> str:
    """A key under which the smallest id is the largest in a reverse sort, and a longer id comes
    before its own prefix (an id's end sorts after every character an id holds, `_END`): made
    once per id, for `_Blocks.ids`."""
    return eid + _END


class _Blocks:
    """Which profiles are the same as a given one by their evidence (`_score`), without weighing
    every pair.

    `_score` needs compatible classes (so a kind in common, `_kinds`) and either a close date (a
    day within DAYS, or the year for a war or an entity dated only coarsely), a shared
    establishing agreement, counted points or a movement's route. Candidates are a superset of
    what it accepts, found by index lookups, so linking stays near-linear in the corpus instead
    of weighing every pair. All of it is a signature's (`_Signature`): the index holds
    signatures, and a signature's candidates are found and weighed once, however many profiles
    share it (the same event told alike by many sources); a profile's are then the profiles of
    the signatures that scored, ranked once for them all.
    """

    def __init__(self, profiles: dict[str, Profile]):
        self.profiles = profiles
        self.ids = sorted(profiles, key=_smallest_first, reverse=True)
        # each profile's place in the ranking when scores tie: known first, then by `_smallest_first`
        self.holders: dict[_Signature, list[int]] = defaultdict(list)
        for n, eid in enumerate(self.ids):
            self.holders[profiles[eid].signature].append(profiles[eid].known * len(self.ids) + n)
        self.index: dict[tuple, set[_Signature]] = defaultdict(set)
        for signature in self.holders:
            for key in self._keys(signature):
                self.index[key].add(signature)
        self.ranks: dict[_Signature, list[str]] = {}  # a signature's candidates, best first (`ranked`)
        self.heads: dict[_Signature, int] = {}  # how many of them lead its list and are matched already

    @staticmethod
    def _keys(signature: _Signature) -> Iterator[tuple]:
        for kind in signature.kinds:
            for value in signature.dates:
                yield kind, "year", value[:4]
                if len(value) == 10:
                    yield kind, "day", value
            for agreement in signature.established_by:
                yield kind, "by", agreement
            for points in signature.points:
                yield kind, "points", points
            for route in signature.routes:
                yield kind, "route", route

    def ranked(self, eid: str, found: dict[str, str]) -> Iterator[str]:
        """The other profiles whose signature `_score` accepts beside eid's, best first: by
        ((score, known), `_smallest_first`) from the highest, less those in `found` at the head of
        the list (`found` only grows, so they are passed once for all the profiles of a signature)."""
        signature = self.profiles[eid].signature
        ranked = self.ranks.get(signature)
        if ranked is None:
            ranked = self.ranks[signature] = self._rank(signature)
            self.heads[signature] = 0
        head = self.heads[signature]
        while head < len(ranked) and ranked[head] in found:
            head += 1
        self.heads[signature] = head
        return (o for o in itertools.islice(ranked, head, None) if o not in found)

    def _rank(self, signature: _Signature) -> list[str]:
        """Sorted by (score, known) from the highest, then by the smallest id first (`ids`): one
        sort, since no profile is a candidate twice (each has one signature), of one int each
        (`_ranking`: a tenth of the cost of sorting tuples)."""
        size, scored = len(self.ids), []
        for other in self._near(signature):
            if score := _score(signature, other):
                rank = _ranking(score, size)
                scored += [rank + held for held in self.holders[other]]
        scored.sort(reverse=True)
        return [self.ids[key % size] for key in scored]

    def _near(self, signature: _Signature) -> set[_Signature]:
        near = [("by", agreement) for agreement in signature.established_by]
        near += [("points", p) for p in signature.points]
        near += [("route", route) for route in signature.routes]
        for value in signature.dates:
            if signature.year_classes or not signature.days:
                near.append(("year", value[:4]))
            if len(value) == 10:
                day = date.fromisoformat(value)
                near += [("day", (day + timedelta(days=d)).isoformat()) for d in range(-DAYS, DAYS + 1)]
        return {other for kind in signature.kinds for key in near for other in self.index.get((kind, *key), ())}


def _ranking(score: tuple[int, int], size: int) -> int:
    """A `_score` as the part of an int that ranks it above a profile's place among `size`
    (`_Blocks.holders`: known, then its place by id, below `2 * size`)."""
    shared, dated = score
    return (2 * shared + dated) * 2 * size


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

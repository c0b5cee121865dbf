"""Compare: where the sources agree, differ, contradict, deny and allege, and how they name things.

Sources are first split into stories (`stories`: the texts on one conflict), and claims are
compared only within a story: a corpus on two conflicts yields no row that sets one against
the other. Within a story, claims are grouped by what they are about, and each group gets the
verdicts that apply (`VERDICTS`, most severe first):

- Contradicts: the sources give values that exclude each other (`EXCLUSIVE`: who began it);
- Denied: one source asserts or reports what another denies;
- Alleged: one source asserts or reports what another presents as an unconfirmed allegation;
- Contradicts also: the sources give one agreement effects on one state that exclude each other
  (`EXCLUSIVE_EFFECTS`: "created a sovereign Bosnia" / "preserved the integrity of Bosnia");
- Differs: the sources give different values of a date or a figure (a year does not differ
  from a day within it), or name a person in the office of different states, none in common
  (`OFFICES`: "the president of Serbia" / "ex-Yugoslavia's" Milosevic), or different venues of an event held in one place (`VENUED`: a
  signing in the Elysee Palace / in the Palace of Versailles), compared only between places
  of one level (`LEVELS`: a city and its country are no disagreement);
- NamedDifferently: the sources call a place, an armed group or an event by names that are
  not one name spelled differently (Artsakh / Karabakh; not Shusha / Shushi: `spelling`);
  states, people, organisations and armies are not compared by name (UK / Britain is usage);
  or one source names an event by a word that takes a side and another does not (`CHARGED`:
  "law enforcement operation" / "the Tigray war", "aggression" / "strikes"; relation rdf:type),
  or so names the armed opposition (`LABELS`: "armed terrorist groups" / "rebel forces");
- Corroborated: two or more sources state the same value.

A plan (modality Planned: "the withdrawal is due to be completed on 1 March") is no report that
the act happened: it is compared only with other sources' plans (two that give one date for it
corroborate each other, two dates differ), never with what a source tells as done or denies.

Who took part in the fighting, and who began the war, are compared across the sources' own
names for their story's war: a source that never names the war the others name ("the Tigray
war") tells it as "the clashes" or "the law enforcement operation" (`stories.wars`).

A single-valued relation (a date, a figure, the initiator) is compared per (subject,
relation), a many-valued one (actors, parties, places) per (subject, relation, value), names
per subject. A group only one source speaks to gets no comparison (DESIGN.md). An armed force
counts as its state ("the Turkish army did not participate" and "Turkey provided military
assistance" are about one actor). No value is ever merged or chosen: a comparison points at
the claims, which keep their own words. A comparison that finds a dispute sorts its claims into
sides (`Side`: the claims that hold one position) and says which sides dispute each other: every
two but those one source holds alone, for a date, a figure or an initiator (`Comparison.camps`),
else the pairs of them (`Comparison.disputes`). A side per position, not a link per pair of
claims, so that a dispute between many claims costs what its claims do, not their product; and
no list of every two sides, so that one between many values is not their product either
(issue #20; `comparisons` writes the links as a tree over the sides: `disputes`).
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..lang import cues
from ..model import Claim, Entity, Extraction, Literal
from ..rdf.terms import (DATE_RELATIONS, QUANTITY_RELATIONS, RELATIONS, STATEHOOD, STATEHOOD_RELATIONS,
                         SUBCLASSES, TOP_CLASSES, VERDICTS, tops)
from ..recognise.packs import Entry, load
from . import spelling
from .profiles import LEVELS, place_level  # LEVELS: only places of one level are set against each other
from .sides import forces, side
from .stories import FIGHTING, stories, wars

CUES = cues("compare")  # words that take a side, of every language (claimgraph.lang)
METHOD = "compare.v10"  # v10: a side group's IRI from all its sides' keys, not its first and last (terms.side_group_iri)
EXCLUSIVE = frozenset({"initiatedBy"})
SINGLE_VALUED = frozenset((*DATE_RELATIONS, *QUANTITY_RELATIONS)) | EXCLUSIVE
MANY_VALUED = frozenset(r for r in RELATIONS if r not in SINGLE_VALUED)
NAMES = "altLabel"
KIND = "type"
LEAD = 40  # characters read before an event's word for a CHARGED phrase
TAIL = 11  # characters read before an event's word ends for `CUES.CHARGED_LAST`: its longest word, a line's end
LABELS = cues("names").REBEL_LABELS  # what a side calls the armed opposition: "armed terrorist groups"
COMPARED = SINGLE_VALUED | MANY_VALUED | {NAMES, KIND}
NAMED_BY_USAGE = frozenset({"State", "Person", "Organization", "InternationalOrganization", "Government",
                            "ArmedForce"})
# Events held in one place: two venues of one level for them are a difference, not two places.
VENUED = frozenset({"Signing", "Meeting"})
# A person's office: one person may hold two (the sources then share one), or be named in
# another capacity by another source (no state in common).
OFFICES = frozenset({"represents"})
# What an agreement did to a state, compared together (relation STATEHOOD): effects no state can
# have of one agreement at once. Made anew or kept as it was; ended, or made, kept or recognised;
# cut apart or kept whole.
EXCLUSIVE_EFFECTS = frozenset({frozenset({"createsState", "preservesState"}),
                               frozenset({"createsState", "dissolvesState"}),
                               frozenset({"preservesState", "dissolvesState"}),
                               frozenset({"recognisesState", "dissolvesState"}),
                               frozenset({"preservesState", "partitionsState"})})
PLACE = "hasPlace"
# relation -> the events a source may tell its story's war as
ROLLED_UP = {"hasActor": FIGHTING, "initiatedBy": frozenset({"War"}), KIND: FIGHTING}
STANCES = {"Denied": "Denied", "Unconfirmed": "Alleged"}  # a claim's modality -> the verdict it raises
PLANNED = "Planned"  # a claim's modality for an act still to come: compared only with other plans (`_tenses`)
ORDER = {verdict: rank for rank, verdict in enumerate(VERDICTS)}
_SUBJECT = operator.attrgetter("subject")
_UNDATED = frozenset()  # the years of a subject with no date (most): one set for them all


@dataclass(frozen=True)
class Side:
    """One position in a dispute and the claims that hold it. Its key is unique within its
    comparison: the stance in a Denied or Alleged one ("for", "Denied", "Alleged"), the value in
    a Differs or Contradicts one, the name or the word in a NamedDifferently one, the place for
    a venue."""

    key: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Comparison:
    about: str
    relation: str
    verdict: str
    claims: tuple[Claim, ...]
    value: str | None = None  # the entity compared, for a many-valued relation
    sides: tuple[Side, ...] = ()  # a dispute's positions, by key
    disputes: tuple[tuple[str, str], ...] = ()  # the keys of two sides that dispute each other, sorted
    # or, in place of `disputes`: every two sides dispute each other but two of one camp (each side's,
    # in the order of `sides`: the one source that holds it, None for a side two sources hold)
    camps: tuple[str | None, ...] = ()


def compare(extractions: Iterable[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Comparison]:
    """Every comparison of the extractions' claims, within each story, sorted."""
    sides = forces(load() if gazetteer is None else gazetteer)
    found = [said(ex, whole=True) for ex in extractions]
    return [c for group in groups(found, sides) for c in compare_group(group, sides)]


@dataclass(frozen=True)
class Group:
    """The claims compared together: one story's claims about one thing by one relation, of two
    or more sources, with all else their verdicts depend on (besides the gazetteer's armed
    forces): whether the thing is named by usage, which of them name an event by a word that
    takes a side, and the level and label of each venue of an event held in one place. Equal groups give equal comparisons, so a group's are reusable."""

    about: str
    relation: str
    claims: tuple[Claim, ...]
    by_usage: bool = False
    charged: tuple[Claim, ...] = ()  # in the order of `claims`
    venues: tuple[tuple[str, str, str], ...] = ()  # for an event held in one place: (place, level, label)


@dataclass(frozen=True)
class Said:
    """All comparing reads of one source (`said`): its entities (in their order), the claims it may
    group (`COMPARED`, less the typing by a top class, and less the typing of the subjects listed
    in `unnamed`: see `said`), those of them whose words take a side (`_charged`: read from the
    source's text), how many typing claims each subject has (in the order of its first, as
    `stories` counts mentions), and each subject's number of claims with the years of its dates
    (`stories.wars`): both counting the top classes a subclass typing implies (`_implied`). Fixed
    by the linked extraction: a cached build keeps it, and compares without reading any source's
    claims."""

    source: str
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    charged: frozenset[Claim]
    mentions: tuple[tuple[str, int], ...]
    subjects: tuple[tuple[str, int, frozenset[str]], ...]
    unnamed: frozenset[str] = frozenset()


def said(ex: Extraction, whole: bool = False) -> Said:
    """What comparing reads of `ex` (`Said`). Unless `whole`, the typing claims of a subject that
    the source's own entities do not name by its kind (`_named_by_kind`: a state, a person, a
    place; three typing claims in four) are left out and the subject listed in `unnamed`: they
    are compared only when another source's entity of that id is named so, and `groups` then asks
    for the whole (a cached build keeps the smaller, and reads and groups fewer claims)."""
    named = {eid: _named_by_kind(frozenset(e.classes)) for eid, e in ex.entities.items()}
    texts = {ex.document.meta.id: ex.document.text}
    # comprehensions, each a pass at C speed: half the claims are typings, most of a subclass
    typing = [c for c in ex.claims if c.predicate == KIND]
    unnamed = {c.subject for c in typing if c.obj not in TOP_CLASSES and not named.get(c.subject, False)}
    claims = tuple([c for c in ex.claims if c.predicate in COMPARED and (
        c.predicate != KIND or c.obj not in TOP_CLASSES and (whole or c.subject not in unnamed))])
    charged = frozenset(c for c in claims if c.predicate == KIND and _charged(c, texts))
    implied = _implied(typing)
    mentions = Counter(map(_SUBJECT, typing))
    mentions.update(implied)
    counts = Counter(map(_SUBJECT, ex.claims))
    counts.update(implied)
    years: dict[str, set[str]] = defaultdict(set)
    for claim in (c for c in ex.claims if c.predicate in DATE_RELATIONS and isinstance(c.obj, Literal)):
        years[claim.subject].add(claim.obj.value[:4])
    subjects = tuple([(subject, n, frozenset(years[subject]) if subject in years else _UNDATED)
                      for subject, n in counts.items()])
    return Said(ex.document.meta.id, tuple(ex.entities.values()), claims, charged, tuple(mentions.items()), subjects,
                frozenset() if whole else frozenset(unnamed))


def _implied(typing: list[Claim]) -> list[str]:
    """The subject of each top-class typing that the source's subclass typings imply, one for each
    top class above each (a state two: actor and place). Extraction claims a mention's class alone
    (DESIGN.md: the top class follows from the ontology); `stories` weighs a source's entities by
    how often it types them, counted as when each mention was claimed by its top classes too, so
    that which sources tell one story stays as it was (tf-idf's `1 + log(k)` is not blind to the
    scale of `k`)."""
    return [c.subject for c in typing if c.obj not in TOP_CLASSES for _ in SUBCLASSES[c.obj]]


def groups(sources: Iterable[Said], sides: dict[str, str], whole: Callable[[int], Said] | None = None) -> list[Group]:
    """The groups of claims to compare, in a fixed order, from what the sources say (`said`, in
    source order); `sides`: `sides.forces`. `whole(i)` is source `i`'s `said(..., whole=True)`, asked
    for only when another source names by its kind a subject whose typing source `i` left out."""
    sources = list(sources)
    story = stories(sources, sides)
    war = wars(sources, story)
    classes = _classes(sources)
    named = {eid: _named_by_kind(frozenset(kinds)) for eid, kinds in classes.items()}
    for i, source in enumerate(sources):
        if any(named.get(subject, False) for subject in source.unnamed):
            sources[i] = whole(i)
    charged_of = {s.source: s.charged for s in sources if s.charged}  # most have none: hashing a claim reads 11 fields
    labels = {entity.id: entity.label for s in sources for entity in s.entities}
    wars_of: dict[str, dict[str, str]] = defaultdict(dict)  # source -> its events told as its story's war
    for (told_by, event), whole_war in war.items():
        wars_of[told_by][event] = whole_war
    grouped: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for source in sources:
        root, own = story[source.source], wars_of.get(source.source, {})
        for claim in source.claims:
            predicate, about = claim.predicate, claim.subject
            if predicate != KIND or named.get(about, False):
                relation = STATEHOOD if predicate in STATEHOOD_RELATIONS else predicate
                if about in own:  # few sources tell their story's war in their own words, of few events
                    about = _about(claim, own, classes)
                grouped[root, about, relation].append(claim)
    found = []
    # a group's claims come source by source (each source's together): it has two sources or more
    # when its first and last claims' differ
    for (_, about, relation), claims in sorted(item for item in grouped.items()
                                               if item[1][0].source != item[1][-1].source):
        charged = () if relation != KIND else tuple(
            c for c in claims if c.source in charged_of and c in charged_of[c.source])
        venues = _venue_levels(claims, classes, labels) if relation == PLACE and VENUED & classes[about] else ()
        found.append(Group(about, relation, tuple(claims), bool(NAMED_BY_USAGE & classes[about]), charged, venues))
    return found


def compare_group(group: Group, sides: dict[str, str]) -> list[Comparison]:
    """A group's comparisons, sorted."""
    about, relation, claims = group.about, group.relation, list(group.claims)
    keys = _Keys(claims, sides)
    if relation == NAMES:
        made = _names(about, claims, keys) if not group.by_usage else []
    elif relation == KIND:
        made = _kinds(about, claims, group.charged, keys)
    else:
        made = [c for told in _tenses(claims) for c in _relation(group, told, keys)]
    return sorted(made, key=lambda c: (c.value or "", ORDER[c.verdict], [keys.rank[id(claim)] for claim in c.claims]))


def _tenses(claims: list[Claim]) -> tuple[list[Claim], ...]:
    """The claims told of what happened (asserted, reported, doubted or denied), and apart those told of
    what is still to come (`PLANNED`: "is due to take effect on 1 March"): a plan is no report that the act
    happened, so it neither corroborates nor differs from one, nor is it the stance a denial disputes; two
    sources that tell one plan are compared with each other. Most groups hold no plan: one list."""
    planned = [c for c in claims if c.modality == PLANNED]
    if not planned:
        return (claims,)
    return [c for c in claims if c.modality != PLANNED], planned


def _relation(group: Group, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    """The comparisons of a relation's claims (all but names and kinds) of one tense (`_tenses`)."""
    about, relation = group.about, group.relation
    if relation in SINGLE_VALUED:
        return _single(about, relation, claims, keys)
    if relation == STATEHOOD:
        return _statehood(about, claims, keys)
    made = _many(about, relation, claims, keys)
    if relation in OFFICES:
        made += _offices(about, relation, claims, keys)
    if group.venues:
        made += _venues(about, claims, group.venues, keys)
    return made


def _about(claim: Claim, own: dict[str, str], classes: dict[str, set[str]]) -> str:
    """What a claim is compared about: its subject; for who took part in the fighting (or who
    began a war, or the word it is named by) that its source tells in its own words, its story's
    war (`own`: the source's events so told, `stories.wars`)."""
    told_as_war = ROLLED_UP.get(claim.predicate, frozenset()) & classes[claim.subject]
    return own.get(claim.subject, claim.subject) if told_as_war else claim.subject


def _classes(sources: list[Said]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for source in sources:
        for entity in source.entities:
            found[entity.id].update(entity.classes)
    return found


class _Keys:
    """What the verdicts of one group sort and compare its claims by, each found once: a claim's
    `rank` (its place in the order of `_id`, by the claim's identity: two claims of one id, which
    `model.unique_claims` leaves none of, keep the group's order) and the side an entity value
    stands for (`value`). The verdicts sort a group's claims, and ask their values, several times
    over (`_id` ran 2.1 times a claim on the bench corpus, issue #20): a rank is looked up, and
    ints compare quicker than ids."""

    def __init__(self, claims: list[Claim], sides: dict[str, str]):
        self.claims = claims
        self.sides = sides
        self.stands_for: dict[str, str] = {}

    @functools.cached_property
    def rank(self) -> dict[int, int]:
        """Made when first asked: most groups that yield no comparison (two claims in five of the bench
        corpus are in one: typings no word of which takes a side, names by usage) never ask."""
        return {id(c): rank for rank, c in enumerate(sorted(self.claims, key=_id))}

    def sorted(self, claims: Iterable[Claim]) -> tuple[Claim, ...]:
        """Claims in the fixed order (each claim is in its group once: no duplicates to drop),
        sorted by their ranks with no Python call per claim (sorting a large dispute's claims ran a
        key function 100,000 times on the bench corpus)."""
        claims = list(claims)
        ranks = list(map(self.rank.__getitem__, map(id, claims)))
        return tuple(map(claims.__getitem__, sorted(range(len(claims)), key=ranks.__getitem__)))

    def value(self, claim: Claim) -> str:
        """The value a claim holds: its literal's, or the side its entity stands for (`sides.side`)."""
        if isinstance(claim.obj, Literal):
            return claim.obj.value
        found = self.stands_for.get(claim.obj)
        if found is None:
            found = self.stands_for[claim.obj] = side(claim.obj, self.sides)
        return found


def _stance(claim: Claim) -> str:
    """"for" when the source asserts or reports the claim, else the verdict its doubt raises."""
    return STANCES.get(claim.modality, "for")


def _stated(claims: Iterable[Claim]) -> list[Claim]:
    """The claims whose stance is "for" (`_stance`), in their order."""
    return [c for c in claims if c.modality not in STANCES]


def _id(claim: Claim) -> tuple:
    return claim.source, claim.start, claim.end, claim.subject, claim.predicate, str(claim.obj), claim.method


def _sources(claims: Iterable[Claim]) -> set[str]:
    return {c.source for c in claims}


def _disputing(claims: Iterable[Claim], position: Callable[[Claim], str], opposed: Callable[[Claim, Claim], bool],
               keys: _Keys, reading: Callable[[str], object]) -> tuple[tuple[Side, ...], tuple[tuple[str, str], ...]]:
    """Sides for a rule that depends on more than a claim's position (which names a source uses
    besides): the claims of two sources that `opposed` sets against each other, by `position`, two
    sides disputing where two of their claims do; none when no two claims do. `opposed` must depend
    on the claims' positions and on what `reading` gives of their sources alone (`_reading_of`, or
    `_one_reading` for a rule of positions alone), and two claims of one source never dispute. It is
    asked once for each two classes of (reading, position) cells (`_apart`), not for each pair of claims, nor of (source, position) cells:
    a name that a hundred sources use alike is one class, not a hundred cells to pair (issue #20:
    pairing the cells cost 0.10 s of the 0.35 s that `compare_group` takes on the 1,000-article bench)."""
    cells: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        cells.setdefault((claim.source, position(claim)), []).append(claim)
    classes: dict[tuple[object, str], list[tuple[str, str]]] = {}
    for cell in cells:
        classes.setdefault((reading(cell[0]), cell[1]), []).append(cell)
    involved: set[tuple[str, str]] = set()
    disputes: set[tuple[str, str]] = set()
    for a, b in itertools.combinations_with_replacement(classes.values(), 2):
        pair = _apart(a, b)
        if pair is not None and opposed(cells[pair[0]][0], cells[pair[1]][0]):
            involved.update(_paired(a, b), _paired(b, a))
            x, y = a[0][1], b[0][1]
            disputes.add((x, y) if x <= y else (y, x))
    if not disputes:
        return (), ()
    return _sided([c for cell in involved for c in cells[cell]], position, keys), tuple(sorted(disputes))


def _reading_of(used: dict[str, set]) -> Callable[[str], frozenset]:
    """What `_disputing` reads of a source: what `used` holds of it (the names, venues or offices an
    `opposed` rule reads), as one value."""
    return {source: frozenset(held) for source, held in used.items()}.__getitem__


def _one_reading(source: str) -> None:
    """What `_disputing` reads of every source, for a rule that reads the positions alone: nothing."""
    return None


def _apart(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two cells, one of class `a` and one of class `b` (the same class, or two), of two sources: what
    `opposed` is asked of for the two classes (each cell of one class stands for all, `_disputing`);
    None when there are none (one cell each, of one source). The cells of a class are of distinct
    sources (one position, one source each)."""
    if a is b:
        return (a[0], a[1]) if len(a) > 1 else None
    if a[0][0] != b[0][0]:
        return a[0], b[0]
    if len(b) > 1:
        return a[0], b[1]
    return (a[1], b[0]) if len(a) > 1 else None


def _paired(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The cells of class `a` that have a cell of another source in class `b` (all, but when `b` is
    one cell: then those not of its source)."""
    return a if len(b) > 1 else [cell for cell in a if cell[0] != b[0][0]]


def _sided(claims: Iterable[Claim], position: Callable[[Claim], str], keys: _Keys) -> tuple[Side, ...]:
    """The claims grouped by their `position` into sides, sorted by key."""
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in keys.sorted(claims):
        found[position(claim)].append(claim)
    return tuple(Side(key, tuple(held)) for key, held in sorted(found.items()))


def _camps(sides: tuple[Side, ...]) -> tuple[str | None, ...]:
    """Each side's one source (None for several): two sides are held by two sources between them
    unless each is by one, the same (a source is not disputed by itself)."""
    only = []
    for each in sides:
        held = _sources(each.claims)
        only.append(held.pop() if len(held) == 1 else None)
    return tuple(only)


def _opposite(sides: tuple[Side, ...], opposed: Callable[[Side, Side], bool]) -> tuple[tuple[str, str], ...]:
    """The keys of each two sides that `opposed` sets against each other and that two sources hold
    between them (`_camps`), for a rule that depends on the positions alone: no pair of claims is
    looked at."""
    only = _camps(sides)
    return tuple((sides[i].key, sides[j].key) for i, j in itertools.combinations(range(len(sides)), 2)
                 if (only[i] is None or only[i] != only[j]) and opposed(sides[i], sides[j]))


def _lifted(pairs: tuple[tuple[Claim, Claim], ...], position: Callable[[Claim], str], keys: _Keys
            ) -> tuple[tuple[Side, ...], tuple[tuple[str, str], ...]]:
    """Sides of the claims of the disputing `pairs` by `position`, two sides disputing where two
    of their claims do (`_kinds`, whose pairs are its own: a charged word and each other source's
    first word)."""
    disputes = {tuple(sorted((position(a), position(b)))) for a, b in pairs}
    return _sided({c for pair in pairs for c in pair}, position, keys), tuple(sorted(disputes))


def _doubted(about: str, relation: str, claims: list[Claim], value: str | None, keys: _Keys) -> list[Comparison]:
    """Denied (or else Alleged) when one source states what another denies (or alleges only);
    the sides are the stances, and each doubting side (denying, alleging) disputes the stating one."""
    stated = _stated(claims)
    if len(stated) == len(claims):  # no claim doubted (most groups): no set of sources to make
        return []
    stating = _sources(stated)
    for verdict in ("Denied", "Alleged"):
        doubting = _sources(c for c in claims if _stance(c) == verdict)
        if stating and doubting and len(stating | doubting) > 1:
            sides = _sided(claims, _stance, keys)
            disputes = _opposite(sides, lambda a, b: (a.key == "for") != (b.key == "for"))
            return [Comparison(about, relation, verdict, keys.sorted(claims), value, sides, disputes)]
    return []


def _by_value(claims: list[Claim], keys: _Keys) -> dict[str, list[Claim]]:
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        found[keys.value(claim)].append(claim)
    return found


def _many(about: str, relation: str, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    by_value = _by_value(claims, keys)
    found = []
    for value, group in sorted(by_value.items()):
        found += _doubted(about, relation, group, value, keys) or _corroborated(about, relation, group, keys, value)
    return found


def _venue_levels(claims: list[Claim], classes: dict[str, set[str]], labels: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Each place the claims name, with its level (`LEVELS`) and label: all `_venues` needs of the corpus."""
    return tuple(sorted({(c.obj, place_level(classes[c.obj]), labels.get(c.obj, c.obj)) for c in claims}))


def _venues(about: str, claims: list[Claim], venues: tuple[tuple[str, str, str], ...], keys: _Keys
            ) -> list[Comparison]:
    """Differs when two sources each name a venue of one level (`LEVELS`) for an event held in
    one place, and neither names the other's (nor a spelling of it: "Air Force Base" /
    "Airforce Base"). A city and its country, or a palace and its city, are two levels: both
    can be true. One row per level."""
    place = {obj: (level, label) for obj, level, label in venues}
    stated = _stated(claims)
    found = []
    for level in LEVELS:
        at = [c for c in stated if place[c.obj][0] == level]
        group = spelling.groups(place[c.obj][1] for c in at)
        used: dict[str, set[int]] = defaultdict(set)
        for claim in at:
            used[claim.source].add(group[place[claim.obj][1]])

        def opposed(a: Claim, b: Claim) -> bool:
            return not used[a.source] & used[b.source]

        sides, disputes = _disputing(at, lambda c: c.obj, opposed, keys, _reading_of(used))
        if disputes:
            found.append(Comparison(about, PLACE, "Differs", keys.sorted(at), None, sides, disputes))
    return found


def _offices(about: str, relation: str, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    """Differs when two sources name a person in the office of different states and share none
    (a state's force or government counts as the state: `sides.side`): one source's "president of
    Serbia and of Yugoslavia" holds two offices, which another's "Yugoslavia's" shares, no dispute."""
    stated = _stated(claims)
    held: dict[str, set[str]] = defaultdict(set)
    for claim in stated:
        held[claim.source].add(keys.value(claim))

    def opposed(a: Claim, b: Claim) -> bool:
        return not held[a.source] & held[b.source]

    sides, disputes = _disputing(stated, keys.value, opposed, keys, _reading_of(held))
    if not disputes:
        return []
    return [Comparison(about, relation, "Differs", keys.sorted(stated), None, sides, disputes)]


def _statehood(about: str, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    """Per state: each effect compared as a many-valued relation (corroborated, denied, alleged),
    and Contradicts when two sources give the agreement effects on the state that exclude each
    other (`EXCLUSIVE_EFFECTS`), the sides being the effects."""
    found = []
    for state, group in sorted(_by_value(claims, keys).items()):
        effects: dict[str, list[Claim]] = defaultdict(list)
        for claim in group:
            effects[claim.predicate].append(claim)
        for effect, held in sorted(effects.items()):
            found += _doubted(about, effect, held, state, keys) or _corroborated(about, effect, held, keys, state)
        stated = _stated(group)
        sides, disputes = _disputing(stated, lambda c: c.predicate,
                                    lambda a, b: frozenset({a.predicate, b.predicate}) in EXCLUSIVE_EFFECTS, keys,
                                    _one_reading)
        if disputes:
            found.append(Comparison(about, STATEHOOD, "Contradicts", keys.sorted(stated), state, sides, disputes))
    return found




def _corroborated(about: str, relation: str, claims: list[Claim], keys: _Keys, value: str | None = None
                  ) -> list[Comparison]:
    stated = _stated(claims)
    if len(_sources(stated)) < 2:
        return []
    return [Comparison(about, relation, "Corroborated", keys.sorted(stated), value)]


def _single(about: str, relation: str, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    by_value = _by_value(claims, keys)
    found = [c for _, group in sorted(by_value.items()) for c in _doubted(about, relation, group, None, keys)]
    stated = {v: _stated(g) for v, g in by_value.items()}
    coarse = _coarse(v for v, g in stated.items() if g) if relation in DATE_RELATIONS else set()
    precise = {v: g for v, g in stated.items() if g and v not in coarse}
    for _, group in sorted(precise.items()):  # one row per value: the claims' objects say which
        found += _corroborated(about, relation, group, keys)
    per_source: dict[str, set[str]] = defaultdict(set)
    for value, group in precise.items():
        for source in _sources(group):
            per_source[source].add(value)
    if len(per_source) > 1 and len({frozenset(v) for v in per_source.values()}) > 1:
        verdict = "Contradicts" if relation in EXCLUSIVE else "Differs"
        compared = [c for g in precise.values() for c in g]
        held = _sided(compared, keys.value, keys)
        found.append(Comparison(about, relation, verdict, keys.sorted(compared), None, held, camps=_camps(held)))
    return found


def _coarse(values: Iterable[str]) -> set[str]:
    """The dates that another date is more precise than: a year or month does not differ
    from a day or month within it ("2020" given "2020-09-27")."""
    return {value[:i] for value in values for i, char in enumerate(value) if char == "-"}


def _names(about: str, claims: list[Claim], keys: _Keys) -> list[Comparison]:
    """NamedDifferently when two sources each use a name the other never uses, and not as a
    spelling of one of its own; names alike in every source are no finding."""
    first: dict[tuple[str, str], Claim] = {}
    for claim in keys.sorted(claims):
        first.setdefault((claim.source, claim.obj.value), claim)
    group = spelling.groups(name for _, name in first)
    used: dict[str, set[int]] = defaultdict(set)
    for source, name in first:
        used[source].add(group[name])

    def opposed(a: Claim, b: Claim) -> bool:
        return group[a.obj.value] not in used[b.source] and group[b.obj.value] not in used[a.source]

    sides, disputes = _disputing(first.values(), lambda c: c.obj.value, opposed, keys, _reading_of(used))
    if not disputes:
        return []
    return [Comparison(about, NAMES, "NamedDifferently", keys.sorted(first.values()), None, sides, disputes)]


@functools.cache
def _named_by_kind(classes: frozenset[str]) -> bool:
    """Whether the typing claims (but those of a top class) of an entity of these classes are the
    words a source names it by: an event or an armed group ("rebel forces" / "armed terrorist
    groups" name one armed opposition). Asked once per entity, not per claim."""
    return "ArmedGroup" in classes or "Event" in tops(tuple(sorted(classes)))


def _kinds(about: str, claims: list[Claim], charged: tuple[Claim, ...], keys: _Keys) -> list[Comparison]:
    """NamedDifferently when a source names an event by a word that takes a side (`CHARGED`: "law
    enforcement operation in Tigray", "direct military aggression") and another names it by
    other words, never that one ("the Tigray war", "retaliatory missile strikes"). The charged
    word disputes the first word of each such source. Whatever the modality: a denied war is
    still named a war. `charged`: the claims whose words take a side (`_charged`)."""
    if not charged:  # no word takes a side (most groups)
        return []
    first: dict[tuple[str, str], Claim] = {}
    for claim in sorted(claims, key=lambda c: (c.source, c.start, keys.rank[id(c)])):
        first.setdefault((claim.source, claim.exact.lower()), claim)
    used: dict[str, set[str]] = defaultdict(set)
    for source, word in first:
        used[source].add(word)
    plain = {}
    for (source, word), claim in first.items():
        if claim not in charged:
            plain.setdefault(source, claim)
    pairs = tuple((side, other) for (source, word), side in first.items() if side in charged
                  for other in plain.values() if other.source != source and word not in used[other.source])
    if not pairs:
        return []
    named = {c for pair in pairs for c in pair}
    return [Comparison(about, KIND, "NamedDifferently", keys.sorted(named), None,
                       *_lifted(pairs, lambda c: c.exact.lower(), keys))]


def _charged(claim: Claim, texts: dict[str, str]) -> bool:
    """Whether the words ending at the claim's word take a side (`CUES.CHARGED`), or name the
    armed opposition so (`LABELS`). `CUES.CHARGED_LAST` is looked for first, in the last few
    characters: it finds every charged phrase's last word, and few of the event words do end so."""
    text = texts[claim.source]
    return (CUES.CHARGED_LAST.search(text, max(0, claim.end - TAIL), claim.end) is not None
            and CUES.CHARGED.search(text, max(0, claim.start - LEAD), claim.end) is not None
            or LABELS.fullmatch(claim.exact) is not None)


"""The belligerents named as a pair: "the two sides signed a ceasefire" names the two states the source made
the sides of the war it spoke of last.

    "The Eritrean–Ethiopian War was fought between Ethiopia and Eritrea ... On 18 June 2000 the two sides
    signed a ceasefire"   -> the ceasefire cg:party ethiopia, cg:party eritrea (derived)

Only when the source made exactly two states actors of that war (`sides`, in order): "the two sides" of a war
among three names no one; only for an agreement that halts fighting, with the war or a side of it told in that
sentence or the one before ("Years later in Germany, the two parties signed a coalition agreement" names others).
The parties are derived (the sentence names them by what they are to the war, the text before names them), the
sentence the evidence. So are the actors of an act of the war told with no side (`unnamed`): "On 25 December 1985
fighting broke out along the frontier" -> the clash cg:hasActor burkina-faso, cg:hasActor mali. The clause stage
(`claims`) keeps `sides` and the war's years as it reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..lang import cues
from ..model import Claim, Entity, Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .resolution import Resolution

CUES = cues("clauses")  # BOTH_SIDES_SIGNED: the pair and a verb of concluding an agreement; HALTING_*: what they
# sign as its sides
SIDE_ROLES = ("hasActor", "initiatedBy", "target")
# No side of their own: a state's leader, army, government (`note`), and who may only call for a truce (`_others`).
STATE_ORGANS = frozenset({"Person", "War", "ArmedForce", "Government"})
BYSTANDERS = STATE_ORGANS | {"Organization", "InternationalOrganization", "PopulationGroup"}


@dataclass(frozen=True)
class Told:
    """What `unnamed` reads besides its sentence: the sentence's relation claims, and the two sentences before it."""

    claims: list[Claim]
    before: Sentence | None
    earlier: Sentence | None


def note(claim: Claim, res: Resolution, sides: dict[str, list[str]]) -> None:
    """Keep the actor a claim makes a side of a war (`SIDE_ROLES`; no organ of a state, `STATE_ORGANS`) in `sides`: war
    id -> its sides, in order."""
    if claim.predicate in SIDE_ROLES and "War" in res.entities[claim.subject].classes \
            and not STATE_ORGANS & set(getattr(res.entities.get(claim.obj), "classes", ("Person",))):
        found = sides.setdefault(claim.subject, [])
        if claim.obj not in found:
            found.append(claim.obj)


def note_years(sentence: Sentence, res: Resolution, years: dict[str, set[int]]) -> None:
    """Keep the years `sentence` tells beside each war it names in `years`: war id -> years (what `unnamed` reads as the
    war's time: "fought ... from 1980 to 1988")."""
    told = {int(m.value[:4]) for m in sentence.mentions if m.kind == "date" and m.value and m.value[:4].isdigit()}
    for mention in sentence.mentions:
        if mention in res.of and "War" in res.entities[res.of[mention]].classes:
            years.setdefault(res.of[mention], set()).update(told)


def claims(source_id: str, text: str, sentence: Sentence, before: Sentence | None, res: Resolution,
           war: str | None, sides: list[str], method: str) -> Iterator[Claim]:
    """Each agreement that halts fighting (`_halting`) named after "the two sides signed" (`CUES.BOTH_SIDES_SIGNED`)
    -> its parties, the two states among the `sides` of the `war` the source spoke of last, when the war or a side of it
    is told in `sentence` or the one `before` it (`_near`): "Years later in Germany, the two parties signed a coalition
    agreement" names no side of the war told before."""
    states = _states(sides, res)
    signed = CUES.BOTH_SIDES_SIGNED.search(text, sentence.start, sentence.end)
    if len(states) != 2 or not signed or not _near({war, *states}, res, sentence, before):
        return
    agreements = dict.fromkeys(res.of[m] for m in sentence.mentions if m in res.of and m.start >= signed.end()
                               and _halting(m.text, res.entities[res.of[m]]))
    yield from _as_sides(source_id, text, sentence, agreements, "party", states, method)


def unnamed(source_id: str, text: str, sentence: Sentence, told: Told, res: Resolution, war: str | None,
            sides: list[str], years: set[int], method: str) -> Iterator[Claim]:
    """Each act of fighting (`CUES.SIDES_ACTS`) or entry into force of a halting agreement (`CUES.HALTED_ACTS`,
    `_halted`) that `sentence` tells with no side (no claim of `told.claims` gives it an actor, an initiator or a
    target) -> the two `sides` of the `war` the source spoke of last, as its actors (derived): "On 25 December 1985
    fighting broke out along the frontier" was fought between the war's two states. Only when every side the source
    gave that war is one of two states, the war or a side is named in the sentence or the two before it (`told.before`,
    `told.earlier`), and nothing tells of other sides (`_others`) or a time after the war's `years` (`_later`): "Ten
    years later, clashes broke out between police and protesters" are no act of the war."""
    if len(sides) != 2 or _states(sides, res) != sides \
            or not _near({war, *sides}, res, sentence, told.before, told.earlier) \
            or _others(text, sentence, told.before, res, sides) or _later(sentence, years):
        return
    named = {c.subject for c in told.claims if c.predicate in SIDE_ROLES}
    acts = dict.fromkeys(res.of[m] for m in sentence.mentions if m.kind == "trigger" and m in res.of
                         and res.of[m] not in named and _sides_act(text, sentence, told.before, m, res))
    yield from _as_sides(source_id, text, sentence, acts, "hasActor", sides, method)


def _sides_act(text: str, sentence: Sentence, before: Sentence | None, trigger: Mention, res: Resolution) -> bool:
    """Is the act `trigger` names one a war's two sides do together: fighting, or a halting agreement's entry into
    force (`_halted`)?"""
    classes = set(res.entities[res.of[trigger]].classes)
    return "War" not in classes and bool(CUES.SIDES_ACTS & classes or (
        CUES.HALTED_ACTS & classes and _halted(text, sentence, before, trigger)))


def _halted(text: str, sentence: Sentence, before: Sentence | None, trigger: Mention) -> bool:
    """Does what takes effect halt fighting: its subject, the words before the act, names a halting agreement
    (`CUES.HALTING_WORDS`: "Under it a ceasefire took effect"), or a pronoun stands for one the sentence before names
    (`CUES.HALTED_PRONOUN`: "... called for a ceasefire. One was arranged and took effect on 20 July")?"""
    if CUES.HALTING_WORDS.search(text, sentence.start, trigger.start):
        return True
    return before is not None and CUES.HALTED_PRONOUN.match(text, sentence.start, trigger.start) is not None \
        and CUES.HALTING_WORDS.search(text, before.start, before.end) is not None


def _others(text: str, sentence: Sentence, before: Sentence | None, res: Resolution, sides: list[str]) -> bool:
    """Does `sentence` name actors that are no side of the war (a name, or a common noun: `CUES.OTHER_SIDES`, "between
    police and protesters"), or the sentence before another state or armed group ("Syria also attacked Israel", "Israel
    and Hezbollah agreed a ceasefire")?"""
    if CUES.OTHER_SIDES.search(text, sentence.start, sentence.end):
        return True
    return any(_other(m, res, sides, STATE_ORGANS) for m in sentence.mentions) or any(
        _other(m, res, sides, BYSTANDERS) for m in (before.mentions if before else ()))


def _other(mention: Mention, res: Resolution, sides: list[str], unless: set[str]) -> bool:
    """Is `mention` an actor other than the `sides`, of none of the classes `unless`?"""
    entity = res.entities.get(res.of.get(mention, ""))
    return entity is not None and entity.id not in sides and "Actor" in tops(entity.classes) \
        and not unless & set(entity.classes)


def _later(sentence: Sentence, years: set[int]) -> bool:
    """Does `sentence` tell a time of its own after the war: a count from the time told ("Ten years later",
    `CUES.LATER_REFERENCES`) or a year past the `years` told with the war ("In 2009")?"""
    return any(m.kind == "date" and m.value and (m.value.startswith(CUES.LATER_REFERENCES) or (
        m.value[:4].isdigit() and years and not min(years) <= int(m.value[:4]) <= max(years)))
        for m in sentence.mentions)


def _states(sides: list[str], res: Resolution) -> list[str]:
    """The states among a war's `sides`."""
    return [side for side in sides if "State" in res.entities[side].classes]


def _as_sides(source_id: str, text: str, sentence: Sentence, subjects: Iterable[str], predicate: str,
              sides: list[str], method: str) -> Iterator[Claim]:
    """Each of `subjects` -> each of the `sides`, by `predicate`, derived, the sentence its evidence."""
    for subject in subjects:
        for side in sides:
            yield Claim(source_id, subject, predicate, side, sentence.start, sentence.end,
                        text[sentence.start:sentence.end], method, derived=True)


def _halting(words: str, entity: Entity) -> bool:
    """Is the agreement named by `words` one that halts fighting: a ceasefire or an armistice, or one whose words or
    name say so (`CUES.HALTING_WORDS`: "a peace agreement", "the Agreement on Cessation of Hostilities")?"""
    return "Agreement" in tops(entity.classes) and (
        bool(CUES.HALTING_AGREEMENTS.intersection(entity.classes))
        or any(CUES.HALTING_WORDS.search(w) for w in (words, entity.label)))


def _near(ids: set[str | None], res: Resolution, *sentences: Sentence | None) -> bool:
    """Is one of `ids` named in one of `sentences`?"""
    return any(res.of.get(m) in ids for s in sentences if s is not None for m in s.mentions)

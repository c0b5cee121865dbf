"""The belligerents named as a pair: "the two sides signed a ceasefire" names the two states the source made
the sides of the war it spoke of last.

    "The Eritrean–Ethiopian War was fought between Ethiopia and Eritrea ... On 18 June 2000 the two sides
    signed a ceasefire"   -> the ceasefire cg:party ethiopia, cg:party eritrea (derived)

Only when the source made exactly two states actors of that war (`sides`, in order): "the two sides" of a war
among three names no one; only for an agreement that halts fighting, with the war or a side of it told in that
sentence or the one before ("Years later in Germany, the two parties signed a coalition agreement" names others).
The parties are derived (the sentence names them by what they are to the war, the text before names them), the
sentence the evidence. The clause stage (`claims`) keeps `sides` as it reads.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Entity
from ..rdf.terms import tops
from ..recognise import Sentence
from .resolution import Resolution

CUES = cues("clauses")  # BOTH_SIDES_SIGNED: the pair and a verb of concluding an agreement; HALTING_*: what they
# sign as its sides
SIDE_ROLES = ("hasActor", "initiatedBy", "target")


def note(claim: Claim, res: Resolution, sides: dict[str, list[str]]) -> None:
    """Keep the state a claim makes a side of a war (`SIDE_ROLES`) in `sides`: war id -> its states, in order."""
    if claim.predicate in SIDE_ROLES and "War" in res.entities[claim.subject].classes \
            and "State" in getattr(res.entities.get(claim.obj), "classes", ()):
        found = sides.setdefault(claim.subject, [])
        if claim.obj not in found:
            found.append(claim.obj)


def claims(source_id: str, text: str, sentence: Sentence, before: Sentence | None, res: Resolution,
           war: str | None, sides: list[str], method: str) -> Iterator[Claim]:
    """Each agreement that halts fighting (`_halting`) named after "the two sides signed" (`CUES.BOTH_SIDES_SIGNED`)
    -> its parties, the two `sides` of the `war` the source spoke of last, when the war or a side of it is told in
    `sentence` or the one `before` it (`_near`): "Years later in Germany, the two parties signed a coalition
    agreement" names no side of the war told before."""
    signed = CUES.BOTH_SIDES_SIGNED.search(text, sentence.start, sentence.end)
    if len(sides) != 2 or not signed or not _near({war, *sides}, res, sentence, before):
        return
    agreements = dict.fromkeys(res.of[m] for m in sentence.mentions if m in res.of and m.start >= signed.end()
                               and _halting(m.text, res.entities[res.of[m]]))
    for agreement in agreements:
        for side in sides:
            yield Claim(source_id, agreement, "party", side, sentence.start, sentence.end,
                        text[sentence.start:sentence.end], method, derived=True)


def unnamed(source_id: str, text: str, sentence: Sentence, before: Sentence | None, res: Resolution,
            sides: list[str], told: list[Claim], method: str) -> Iterator[Claim]:
    """Each act of fighting (`CUES.SIDES_ACTS`) or entry into force of a halting agreement (`CUES.HALTED_ACTS`)
    that `sentence` tells with no side (no claim of `told` gives it an actor, an initiator or a target) -> the two
    `sides` of the war the source spoke of last, as its actors (derived): "On 25 December 1985 fighting broke out
    along the frontier" was fought between the war's two states. Only when the source made exactly two states the
    sides of that war: a text without a war, or of a war among three, names no side of it."""
    if len(sides) != 2:
        return
    named = {c.subject for c in told if c.predicate in SIDE_ROLES}
    acts = dict.fromkeys(res.of[m] for m in sentence.mentions if m.kind == "trigger" and m in res.of)
    for act in acts:
        classes = set(res.entities[act].classes)
        if act in named or "War" in classes:
            continue
        if CUES.SIDES_ACTS & classes or (CUES.HALTED_ACTS & classes and _halting_told(text, sentence, before)):
            for side in sides:
                yield Claim(source_id, act, "hasActor", side, sentence.start, sentence.end,
                            text[sentence.start:sentence.end], method, derived=True)


def _halting_told(text: str, sentence: Sentence, before: Sentence | None) -> bool:
    """Does `sentence` or the one `before` it speak of halting the fighting (`CUES.HALTING_WORDS`: "Under it a
    ceasefire took effect"; "... called for a ceasefire. One was arranged and took effect on 20 July")?"""
    return any(CUES.HALTING_WORDS.search(text, s.start, s.end) for s in (sentence, before) if s is not None)


def _halting(words: str, entity: Entity) -> bool:
    """Is the agreement named by `words` one that halts fighting: a ceasefire or an armistice, or one whose words or
    name say so (`CUES.HALTING_WORDS`: "a peace agreement", "the Agreement on Cessation of Hostilities")?"""
    return "Agreement" in tops(entity.classes) and (
        bool(CUES.HALTING_AGREEMENTS.intersection(entity.classes))
        or any(CUES.HALTING_WORDS.search(w) for w in (words, entity.label)))


def _near(ids: set[str | None], res: Resolution, sentence: Sentence, before: Sentence | None) -> bool:
    """Is one of `ids` named in `sentence` or the one `before` it?"""
    mentions = sentence.mentions + (before.mentions if before else ())
    return any(res.of.get(m) in ids for m in mentions)

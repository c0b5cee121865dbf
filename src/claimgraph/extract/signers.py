"""Signers: whom a person signed an agreement for, told by the words that join them ("signed by Foreign Minister X
for Y", "X, on behalf of the Government of Y", a signature block's "For the Government of Y: X").

The person acts for that state or body (cg:represents, as `offices` reads it from a title), and the state or body
is a party of the agreements its signer signed in that sentence (`claims`). A person is never what a person signs
for, nor is a place alone (an Actor only): "signed for Estonia" names the state.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .resolution import Resolution

CUES = cues("offices")  # ACTING_FOR, SIGNED_FOR, SIGNING, BLOCK_FOR, BLOCK_GAP


def signed_for(text: str, sentence: Sentence, res: Resolution) -> dict[Mention, Mention]:
    """Each person of the sentence -> the state or body the sentence says they act or signed for: right after
    them, joined by "on behalf of" and its kin (`CUES.ACTING_FOR`), or by "(signed) for" in a sentence of signing
    (`CUES.SIGNED_FOR`); or, on a signature block's line, the body before them ("For Y: X")."""
    named = sorted((m for m in sentence.mentions if m in res.of and "Actor" in tops(res.entities[res.of[m]].classes)),
                   key=lambda m: m.start)
    signing = CUES.SIGNING.search(text, sentence.start, sentence.end) is not None
    found: dict[Mention, Mention] = {}
    for person, actor in zip(named, named[1:]):
        if _person(person, res) and _body(actor, res) and (
                CUES.ACTING_FOR.fullmatch(text, person.end, actor.start)
                or signing and _signed_for(text, sentence, person, actor, res)):
            found[person] = actor
    for actor, person in zip(named, named[1:]):
        line = text.rfind("\n", 0, actor.start) + 1
        if _person(person, res) and _body(actor, res) and CUES.BLOCK_FOR.fullmatch(text, line, actor.start) \
                and CUES.BLOCK_GAP.fullmatch(text, actor.end, person.start):
            found[person] = actor
    return found


def parties(text: str, sentence: Sentence, res: Resolution) -> list[str]:
    """The states and bodies a sentence of signing says its signers signed for (`signed_for`): parties of the
    agreements it names ("The treaty was signed by X for Estonia and by Y for Norway"). A sentence that tells no
    signing ("X, on behalf of Y, welcomed the accord") names no party this way."""
    if CUES.SIGNING.search(text, sentence.start, sentence.end) is None:
        return []
    return list(dict.fromkeys(res.of[actor] for actor in signed_for(text, sentence, res).values()))


def _signed_for(text: str, sentence: Sentence, person: Mention, actor: Mention, res: Resolution) -> bool:
    """Do the words between the person and the actor say the person signed for it (`CUES.SIGNED_FOR`: "X for Y",
    "X signed it for Y"), the thing signed, if named, an agreement ("X signed the accord for Y", not "signed the bill
    for Congress")?"""
    gap = CUES.SIGNED_FOR.fullmatch(text, person.end, actor.start)
    return gap is not None and (gap.group("object") is None or any(
        gap.start("object") <= m.start and m.end <= gap.end("object") and m in res.of
        and "Agreement" in tops(res.entities[res.of[m]].classes) for m in sentence.mentions))


def _person(mention: Mention, res: Resolution) -> bool:
    return "Person" in res.entities[res.of[mention]].classes


def _body(mention: Mention, res: Resolution) -> bool:
    """An actor that is no person: a state, a government, a movement."""
    entity = res.entities[res.of[mention]]
    return "Actor" in tops(entity.classes) and "Person" not in entity.classes

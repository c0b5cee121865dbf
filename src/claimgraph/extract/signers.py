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

CUES = cues("offices")  # ACTING_FOR, SIGNED_FOR, SIGNED_BY_BEFORE, SIGNING, BLOCK_FOR, BLOCK_GAP, BLOCK_END


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
        if _person(person, res) and _body(actor, res) and _block_line(text, actor, person):
            found[person] = actor
    return found


def _block_line(text: str, actor: Mention, person: Mention) -> bool:
    """Is the line a signature block's: "For" and the state or body open it (`CUES.BLOCK_FOR`), a colon or comma and
    titles lead to the signer (`CUES.BLOCK_GAP`), who ends it (`CUES.BLOCK_END`: "For Pakistan, President Ayub Khan.";
    not "For Ukraine, President Joe Biden promised more aid", a line of prose)?"""
    line = text.rfind("\n", 0, actor.start) + 1
    end = text.find("\n", person.end)
    return CUES.BLOCK_FOR.fullmatch(text, line, actor.start) is not None \
        and CUES.BLOCK_GAP.fullmatch(text, actor.end, person.start) is not None \
        and CUES.BLOCK_END.fullmatch(text, person.end, len(text) if end < 0 else end) is not None


def parties(text: str, sentence: Sentence, res: Resolution) -> list[str]:
    """The states and bodies a sentence of signing says its signers signed for (`signed_for`): parties of the
    agreements it names ("The treaty was signed by X for Estonia and by Y for Norway"). A sentence that tells no
    signing names no party this way, nor does one who only acts for a body and is no signer named by "by" ("The
    treaty was signed in May, and X, on behalf of the UN, welcomed it")."""
    if CUES.SIGNING.search(text, sentence.start, sentence.end) is None:
        return []
    return list(dict.fromkeys(res.of[actor] for person, actor in signed_for(text, sentence, res).items()
                              if not CUES.ACTING_FOR.fullmatch(text, person.end, actor.start)
                              or CUES.SIGNED_BY_BEFORE.search(text, sentence.start, person.start)))


def _signed_for(text: str, sentence: Sentence, person: Mention, actor: Mention, res: Resolution) -> bool:
    """Do the words between the person and the actor say the person signed for it (`CUES.SIGNED_FOR`: "X signed it
    for Y"; a bare "X for Y" only after the signing verb's "by", `CUES.SIGNED_BY_BEFORE`: "signed by X for Y", not
    "signed ... was criticised by X for Y's gains"), the thing signed, if named, an agreement ("X signed the accord for
    Y", not "signed the bill for Congress")?"""
    gap = CUES.SIGNED_FOR.fullmatch(text, person.end, actor.start)
    if gap is None:
        return False
    if gap.group("verb") is None and not CUES.SIGNED_BY_BEFORE.search(text, sentence.start, person.start):
        return False  # a bare "for" after no signer's "by"
    return gap.group("object") is None or any(
        gap.start("object") <= m.start and m.end <= gap.end("object") and m in res.of
        and "Agreement" in tops(res.entities[res.of[m]].classes) for m in sentence.mentions)


def _person(mention: Mention, res: Resolution) -> bool:
    """A person: the one who signs or acts for a state or body."""
    return "Person" in res.entities[res.of[mention]].classes


def _body(mention: Mention, res: Resolution) -> bool:
    """An actor that is no person: a state, a government, a movement."""
    entity = res.entities[res.of[mention]]
    return "Actor" in tops(entity.classes) and "Person" not in entity.classes

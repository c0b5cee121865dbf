"""Two states' forces told with one noun: "Ethiopian and Eritrean troops" names the Ethiopian forces as much as the
Eritrean ones, so the demonym before "and" is read as its state's forces, not the state (the gazetteer's phrases
read "Eritrean troops" whole and leave "Ethiopian" a bare demonym).

    "Ethiopian and Eritrean troops carried out war crimes"   -> Ethiopian: ethiopian-armed-forces (ArmedForce)
    "Russian, Belarusian and Chechen units"                  -> each demonym of the list: its state's forces
"""

from __future__ import annotations

from collections.abc import Mapping

from ..lang import cues
from .base import Candidate
from .patterns import METHOD_DEMONYM, METHOD_FORCE

NAME = "joint-forces.v2"  # v2: no demonym inside a compound ("Pro-Russian and Ukrainian forces")
CUES = cues("names")


def joint_forces(text: str, found: list[Candidate], forces: Mapping[str, str]) -> list[Candidate]:
    """`found` (settled, in text order) with each state's demonym listed before a state's forces (`CUES.FORCES_LISTED`
    between them: "and", a comma) read as that state's forces; `forces` maps a state's word ("Ethiopian") to the id of
    its forces. Only where the forces are named by a state's word and a word for fighters ("Eritrean troops")."""
    kept = list(found)
    for k in range(len(kept) - 1, 0, -1):
        after = kept[k]
        if after.cls != "ArmedForce" or after.method not in (METHOD_FORCE, NAME):
            continue
        before = kept[k - 1]
        word = text[before.start:before.end]
        if before.method == METHOD_DEMONYM and word in forces and CUES.FORCES_LISTED.fullmatch(
                text, before.end, after.start) and not _in_compound(text, before):
            kept[k - 1] = Candidate(before.start, before.end, "entity", "ArmedForce", NAME, entity=forces[word])
    return kept


def _in_compound(text: str, demonym: Candidate) -> bool:
    """Is the demonym half of a compound ("Pro-Russian", "Turkish-backed": `CUES.COMPOUND_BEFORE`, `COMPOUND_AFTER`)?
    Then it names whom the forces favour or who backs them, none of its state's forces."""
    return bool(CUES.COMPOUND_BEFORE.search(text, max(0, demonym.start - 5), demonym.start)
                or CUES.COMPOUND_AFTER.match(text, demonym.end))

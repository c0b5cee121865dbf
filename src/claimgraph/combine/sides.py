"""Sides: the state an armed force stands for when sources are linked and compared.

"Eritrean troops" and Eritrea take part in one attack for linking, and one source's "the Armenian army"
and another's "Armenia" say the same when their claims are set against each other: both read a
participant as its side (`side`), from the gazetteer's `cg:forceOf` and the demonyms' armies.
"""

from __future__ import annotations

from ..lang import cues
from ..rdf.terms import slug
from ..recognise.packs import Entry, derived

FORCES = "Armed Forces"  # the recogniser's label for a demonym's army (recognise.gazetteer)
CUES = cues("coreference")  # SERVICE_ARM: the words of every language (claimgraph.lang)

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

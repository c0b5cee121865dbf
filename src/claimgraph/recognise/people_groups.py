"""A people named by a demonym and a noun for people who are no organ of a state: one group of its own, not the
state the demonym names.

    "Cuban exiles landed at dawn"               -> "Cuban exiles": a cg:PopulationGroup (not Cuba)
    "Western diplomats said the talks stalled"  -> "Western diplomats" (a bloc's word, no pack's demonym)
    "Chinese military advisers arrived"         -> "Chinese military advisers" (not the Chinese military)
    "TUNISIAN VOLUNTEERS LANDED STOP"           -> "TUNISIAN VOLUNTEERS" (a telegram in capitals)

Exiles, refugees, witnesses or diplomats act and speak for themselves: reading "Cuban" in "Cuban exiles" as Cuba
makes the state land at the bay, and leaves the exiles, the actors the text tells, unnamed. The nouns are listed
(`lang.en.people_groups`); "officials", "authorities", "sources" and the words for fighters are not: those are the state, or its
forces (`patterns`), speaking or acting. The entity is named by the phrase as written, one per source.
"""

from __future__ import annotations

from ..lang import cues
from .base import Candidate, name_id, settle
from .patterns import METHOD_DEMONYM, METHOD_FORCE

NAME = "people-groups.v2"  # v2: no group of captives (prisoners, hostages, detainees)
CUES = cues("people_groups")


def named(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` (settled) with each demonym, or a state's forces whose demonym a noun for people follows ("Chinese
    military advisers"), read with that noun as one group; and a bloc's word with such a noun where nothing was
    found ("Western diplomats")."""
    groups = [g for c in found if c.method in (METHOD_DEMONYM, METHOD_FORCE) and c.cls != "PopulationGroup"
              for g in [_group(text, c.start, _ends(text, c))] if g is not None and g.end >= c.end]
    for bloc in CUES.BLOC_WORDS.finditer(text):
        group = _group(text, bloc.start(), [bloc.end()])
        if group is not None and not any(c.start < group.end and group.start < c.end for c in found):
            groups.append(group)
    if not groups:
        return found
    return settle([*groups, *(c for c in found if not any(c.start < g.end and g.start < c.end for g in groups))])


def _ends(text: str, cand: Candidate) -> list[int]:
    """Where the demonym of the candidate may end: its end (a demonym), or before each of its later words (a
    state's forces: "Chinese military", "North Korean army")."""
    if cand.method == METHOD_DEMONYM:
        return [cand.end]
    return [i for i in range(cand.start + 1, cand.end) if text[i] in " \t"]


def _group(text: str, start: int, ends: list[int]) -> Candidate | None:
    """The group a word from `start` to one of `ends` and a noun for people after it name, in the word's case."""
    if start > 0 and text[start - 1] in "-‐":  # "pro-Cuban exiles": whom they favour, no people of theirs
        return None
    for end in ends:
        word = text[start:end]
        after = (CUES.PEOPLE_AFTER_CAPS if word.isupper() else CUES.PEOPLE_AFTER).match(text, end)
        if after is not None:
            return Candidate(start, after.end(), "entity", "PopulationGroup", NAME,
                             entity=name_id(text[start:after.end()].lower()))
    return None

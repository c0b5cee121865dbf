"""The states that act under an agreement are its parties (`claims`).

"The Soviet Union, which had armed Somalia under a 1974 friendship treaty", "Russia armed Syria under a 2015
defence treaty", "France, which keeps a military base in Djibouti under a defence agreement": what a state does
"under" an agreement it does as bound by it, and the state it does it to or in is the other side the agreement
binds (`ROLES.ACTED_UNDER`: the subject's name, ", which" at most, one lower-case verb and its object, then "under"
and the agreement's article). States only: troops, peacekeepers or refugees who act under an agreement ("UN
observers deployed under the agreement") are bound by no treaty of their own; a person signs for a state and is none.
A state before a word of saying ("Russia said Syria ...") is no subject of the act, nor one before another agreement
("Kosovo had broken the truce under the Kumanovo agreement": the truce is what was done to).
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .resolution import Resolution

ROLES = cues("roles")  # ACTED_UNDER
STATE = "State"


def parties(text: str, sentence: Sentence, agreement: Mention, res: Resolution) -> list[str]:
    """The ids of the states bound by the agreement as who acted under it and whom it acted on (module docstring):
    the first state whose words up to the agreement are `ROLES.ACTED_UNDER`'s, and the states after it."""
    states = [m for m in sentence.mentions if m in res.of and m.end <= agreement.start
              and STATE in res.entities[res.of[m]].classes]
    between = [m.start for m in sentence.mentions if m in res.of and m.end <= agreement.start
               and "Agreement" in tops(res.entities[res.of[m]].classes)]
    for index, subject in enumerate(states):
        if ROLES.ACTED_UNDER.fullmatch(text, subject.end, agreement.start) and not any(
                subject.end <= start for start in between):
            return list(dict.fromkeys(res.of[m] for m in states[index:]))
    return []

"""The states that act under an agreement are its parties (`claims`).

"The Soviet Union, which had armed Somalia under a 1974 friendship treaty", "Russia armed Syria under a 2015
defence treaty", "France, which keeps a military base in Djibouti under a defence agreement": what a state does
"under" an agreement it does as bound by it, and the state it does it to or in is the other side the agreement
binds (`ROLES.ACTED_UNDER`: the subject's name, ", which" at most, one lower-case verb and its object, then "under"
and the agreement's article). States only: troops, peacekeepers or refugees who act under an agreement ("UN
observers deployed under the agreement") are bound by no treaty of their own; a person signs for a state and is none.
A state before a word of saying ("Russia said Syria ...") is no subject of the act, nor one before another agreement
("Kosovo had broken the truce under the Kumanovo agreement": the truce is what was done to). The state an act of
harm struck is its victim, no party ("Germany invaded Poland under a secret protocol"); a state after a preposition
("Refugees from Syria returned ...") did not act, and a name qualifying the agreement ("under the Minsk agreement")
binds none.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .families import family
from .labels import SUFFERED
from .resolution import Resolution

CUES = cues("clauses")  # PLACE_PREPOSITIONS
ROLES = cues("roles")  # ACTED_UNDER
STATE = "State"


def parties(text: str, sentence: Sentence, agreement: Mention, res: Resolution) -> list[str]:
    """The ids of the states bound by the agreement as who acted under it and whom it acted on (module docstring):
    the first state whose words up to the agreement are `ROLES.ACTED_UNDER`'s, not after a preposition, and the states
    after it up to "under" (a name qualifying the agreement binds none) and to an act of harm (`_struck_from`)."""
    states = [m for m in sentence.mentions if m in res.of and m.end <= agreement.start
              and STATE in res.entities[res.of[m]].classes]
    between = [m.start for m in sentence.mentions if m in res.of and m.end <= agreement.start
               and "Agreement" in tops(res.entities[res.of[m]].classes)]
    for index, subject in enumerate(states):
        acted = ROLES.ACTED_UNDER.fullmatch(text, subject.end, agreement.start)
        if acted and not any(subject.end <= start for start in between) and not _after_preposition(text, subject):
            end = min(acted.start("under"), _struck_from(sentence, subject, agreement))  # not "the Minsk agreement"
            return list(dict.fromkeys(res.of[m] for m in states[index:] if m.end <= end))
    return []


def _after_preposition(text: str, subject: Mention) -> bool:
    """Does a preposition stand just before the state's name ("Refugees from Syria returned to Lebanon under a 2019
    agreement")? Then the state is where the subject came from or went, not who acted."""
    before = text[:subject.start].split()[-1:]
    return bool(before) and before[0].lower() in CUES.PLACE_PREPOSITIONS


def _struck_from(sentence: Sentence, subject: Mention, agreement: Mention) -> int:
    """Where the act done under the agreement begins if it is one of armed conflict or harm ("Britain, France and
    Israel attacked Egypt under a secret protocol", "Germany invaded Poland under a secret protocol"), else the
    agreement's start: the state it struck is its victim, bound by nothing its attackers agreed; only who acted (the
    states before it) are parties."""
    return min((m.start for m in sentence.mentions if m.kind == "trigger" and subject.end <= m.start
                and m.end <= agreement.start and (family(m.cls) == "conflict" or m.cls in SUFFERED)),
               default=agreement.start)

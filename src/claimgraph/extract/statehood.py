"""Statehood: what an agreement did to a state, as its words say.

    "This agreement created a sovereign Bosnia and Herzegovina"  -> the agreement cg:createsState bosnia-and-herzegovina
    "It preserved the integrity of Bosnia"                       -> (the agreement named before) cg:preservesState ...
    "the agreement dissolved the Republic of Artsakh"            -> cg:dissolvesState
    "The treaty partitioned Ireland", "... recognised the independence of ..."

The agreement (or the "It" the pronoun stage made of it) is the subject of a verb of an effect
(`EFFECTS`), right after it or after an aside or an auxiliary (`SUBJECT_GAP`), and a state or a
region is its object, with only words for what kind of state or which aspect of it between
(`OBJECT`: "a sovereign", "the territorial integrity of"). Anything else ("established a
ceasefire line", "partitioned the committee") makes no claim. Sources that give one agreement
exclusive effects on one state (created / preserved) contradict each other (`combine.compare`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Mention
from ..recognise import Sentence
from .resolution import Resolution
from .scope import classes_of, evidence, rejoin, tops_of

CUES = cues("statehood")  # the cue words and patterns, of every language (claimgraph.lang)
NAME = "statehood.v2"  # v2: "divided" / "split" cut no state apart (a state of two entities stays one)
STATES = frozenset({"State", "Region"})  # what an agreement can make, keep, end or cut apart


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """Each agreement of the source's sentences that is said to have done something to a state."""
    for sentence in rejoin(text, sentences):
        for agreement in (m for m in sentence.mentions if "Agreement" in tops_of(res, m)):
            found = _effect(text, sentence, agreement, res)
            if found:
                relation, state = found
                yield evidence(source_id, text, NAME, res.of[agreement], relation, res.of[state],
                               agreement.start, state.end)


def _effect(text: str, sentence: Sentence, agreement: Mention, res: Resolution) -> tuple[str, Mention] | None:
    """(relation, the state's mention) when the agreement is the subject of a verb of an effect on a state."""
    gap = CUES.SUBJECT_GAP.match(text, agreement.end, sentence.end)
    verb = CUES.VERB.match(text, gap.end() if gap else agreement.end, sentence.end)
    if not verb:
        return None
    between = CUES.OBJECT.match(text, verb.end(), sentence.end)
    if not between:  # the verb ends its clause ("which the agreement established.")
        return None
    state = [m for m in sentence.mentions if m.start == between.end() and STATES & set(classes_of(res, m))]
    return (verb.lastgroup, state[0]) if state else None

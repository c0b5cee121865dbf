"""A pair of states named again as a pair: "the two countries", "both governments", "between the neighbours".

    "Ecuador and Peru signed a declaration ... The two countries last fought in the same mountains in 1981"
        -> "The two" names Ecuador, "countries" Peru: the clause rules read them as they read "Ecuador and Peru"

The pair is the last list of exactly two states (`structure.runs`: "Ecuador and Peru", "between India and China") the
source named before the words, in their sentence or an earlier one; nothing where no such list was named. Only words
for states (`CUES.PAIR_OF_STATES`): "both sides" of a war may be others than a pair of states the text named as two
(brokers, backers). The `pronouns` stage makes the two spans mentions of the two states.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from .resolution import Resolution
from .structure import runs

CUES = cues("coreference")  # PAIR_OF_STATES

Named = tuple[str, str]  # (entity id, class)


def told(text: str, sentence: Sentence, res: Resolution, before: tuple[Named, Named] | None
         ) -> list[tuple[int, int, Named]]:
    """(start, end, state) for each of the two states each pair phrase of the sentence names: the first word or two
    ("the two", "both", "the") the first state, the noun the second; `before` is the pair the sentences before
    named last (`last_pair`)."""
    found = []
    for cue in CUES.PAIR_OF_STATES.finditer(text, sentence.start, sentence.end):
        pair = last_pair(text, [m for m in sentence.mentions if m.end <= cue.start()], res) or before
        if pair:
            noun = text.rindex(" ", cue.start(), cue.end()) + 1
            found += [(cue.start(), noun - 1, pair[0]), (noun, cue.end(), pair[1])]
    return found


def last_pair(text: str, mentions: list[Mention], res: Resolution) -> tuple[Named, Named] | None:
    """The last list of exactly two states among `mentions` (names, not pronouns: `res.of` has them), in order."""
    named = [m for m in mentions if m in res.of and m.kind == "entity"]
    numbers = runs(text, named, res)
    pair = None
    for number in dict.fromkeys(numbers[m] for m in named):
        listed = [res.entities[res.of[m]] for m in named if numbers[m] == number]
        states = list(dict.fromkeys(e.id for e in listed if "State" in e.classes))
        if len(states) == 2 and len({e.id for e in listed}) == 2:
            pair = ((states[0], "State"), (states[1], "State"))
    return pair

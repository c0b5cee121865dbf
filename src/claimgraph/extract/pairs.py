"""A pair of states named again as a pair: "the two countries", "both governments", "between the neighbours".

    "Ecuador and Peru signed a declaration ... The two countries last fought in the same mountains in 1981"
        -> "The two" names Ecuador, "countries" Peru: the clause rules read them as they read "Ecuador and Peru"

The pair is the last list of exactly two states (`structure.runs`: "Ecuador and Peru", "between India and China") the
source named before the words, in their sentence or an earlier one; nothing where no pair was named. A story's pair
stands while third states come and go (guarantors, observers, where the pair met), but not past what names another:
- a list of exactly two actors of any class ("talks between Baghdad and the Kurdistan Regional Government": the pair
  of those two sides when both are states, else none);
- two states named alone in one sentence ("In 1980 Iraq invaded Iran, and the two countries fought": Iraq and Iran; a
  sentence naming more than two names no pair); in the pair phrase's own sentence one other state before it is enough
  ("In 2014 Russia annexed Crimea, and since then the two countries have been at war": not the pair told before);
- a list of two set off after the phrase ("The two countries at war, Ecuador and Peru, signed": they name themselves).
"the two delegations" are the sides of talks: the pair only while no third state was named since (`Standing`). Only
words for states (`CUES.PAIR_OF_STATES`): "both sides" of a war may be others than a pair of states the text named
as two (brokers, backers). The `pronouns` stage makes the two spans mentions of the two states.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from .resolution import Resolution
from .scope import tops_of
from .structure import runs

CUES = cues("coreference")  # PAIR_OF_STATES, PAIR_APPOSITION, PAIR_AT_TALKS, PAIR_JOINED
PLACED = cues("clauses")  # IN_PLACE_BEFORE: "signed a declaration in Brazil" names where, no third state
PLACE_REACH = 12  # characters before a name: "inside the "

Named = tuple[str, str]  # (entity id, class)
Pair = tuple[Named, Named]


@dataclass(frozen=True)
class Standing:
    """The pair of states that stands after a sentence, and the other states named alone since it was last named:
    "the two delegations" (`CUES.PAIR_AT_TALKS`) are the sides of talks, the pair only while no third state was named
    since ("Norway and Cuba hosted the talks between the Colombian government and ...")."""

    pair: Pair | None = None
    strangers: frozenset[str] = frozenset()


def told(text: str, sentence: Sentence, res: Resolution, before: Standing
         ) -> tuple[list[tuple[int, int, Named]], Standing]:
    """(start, end, state) for each of the two states each pair phrase of the sentence names (the first word or two,
    "the two", "both", "the", the first state; the noun the second), and what stands after the sentence; `before` is
    what stood before it."""
    lists = _lists(text, sentence, res)
    found = []
    for cue in CUES.PAIR_OF_STATES.finditer(text, sentence.start, sentence.end):
        now = _standing(text, [listed for listed in lists if listed[-1].end <= cue.start()], before, res, 1)
        if now.pair and not (now.strangers and cue.group("noun").lower() in CUES.PAIR_AT_TALKS) and not _apposed(
                text, cue.end(), [listed for listed in lists if listed[0].start >= cue.end()], res):
            found += [(*cue.span("first"), now.pair[0]), (*cue.span("noun"), now.pair[1])]
    after = _standing(text, lists, before, res, 2)
    named_again = bool(found) and after.pair == (found[-2][2], found[-1][2])  # no stranger since it
    return found, Standing(after.pair) if named_again else after


def _lists(text: str, sentence: Sentence, res: Resolution) -> list[list[Mention]]:
    """The sentence's names (not pronouns: `res.of` has them), in runs (`structure.runs`), in order."""
    named = [m for m in sentence.mentions if m in res.of and m.kind == "entity"]
    numbers = runs(text, named, res)
    return [[m for m in named if numbers[m] == number] for number in dict.fromkeys(numbers[m] for m in named)]


def _standing(text: str, lists: list[list[Mention]], before: Standing, res: Resolution, others_to_clear: int
              ) -> Standing:
    """What stands after the lists of one sentence: the last list of exactly two actors names the pair (none unless both
    are states; two others only joined by "and": "Ecuadorean President Sixto Duran Ballen" is no list); other states
    named alone (`_other_state`) name a new one when they are two, none when they are `others_to_clear` or more."""
    pair, strangers, others = before.pair, before.strangers, []
    for listed in lists:
        ids = list(dict.fromkeys(res.of[m] for m in listed))
        if len(ids) == 2 and all("Actor" in tops_of(res, m) for m in listed) and (
                _of_states(ids, res) or CUES.PAIR_JOINED.fullmatch(text, listed[0].end, listed[-1].start)):
            pair, strangers, others = _of_states(ids, res), frozenset(), []
        elif len(ids) == 1 and _other_state(text, listed[0], pair, res):
            others = list(dict.fromkeys([*others, ids[0]]))
    if len(others) == 2:
        return Standing(_of_states(others, res))
    return Standing() if len(others) >= others_to_clear else Standing(pair, strangers | set(others))


def _other_state(text: str, mention: Mention, pair: Pair | None, res: Resolution) -> bool:
    """Does the mention name a state other than the pair's, and not as where ("signed a declaration in Brazil",
    `IN_PLACE_BEFORE`: the place of the pair's act, no third state)?"""
    eid = res.of[mention]
    return ("State" in res.entities[eid].classes and eid not in {state for state, _ in pair or ()}
            and not PLACED.IN_PLACE_BEFORE.search(text, max(0, mention.start - PLACE_REACH), mention.start))


def _of_states(ids: list[str], res: Resolution) -> Pair | None:
    """The two entities as a pair of states; None unless both are states."""
    if all("State" in res.entities[eid].classes for eid in ids):
        return (ids[0], "State"), (ids[1], "State")
    return None


def _apposed(text: str, end: int, after: list[list[Mention]], res: Resolution) -> bool:
    """Does a list of two names follow the pair phrase ending at `end`, set off by a comma ("The two countries at war,
    Ecuador and Peru, signed", `CUES.PAIR_APPOSITION`)? The phrase is theirs, named there."""
    return bool(after) and len({res.of[m] for m in after[0]}) == 2 and CUES.PAIR_APPOSITION.fullmatch(
        text, end, after[0][0].start) is not None

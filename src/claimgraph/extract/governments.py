"""A state named again as its government: a bare "the government".

    "Nicaragua's war has lasted seven years ... Last night at Sapoa the government and the contras signed a ceasefire"
        -> "the government" names Nicaragua: the clause rules read it as they read "Nicaragua"

A source that names one state most tells of that state's government when it writes "the government" alone
(`CUES.THE_GOVERNMENT`), or before a ruler's title ("the government of President Bozize"): not "the government of
Chad" or "the government in Kabul" (whose it is follows: `metonymy` reads a capital), not a compound ("the government
delegation", "the government forces", "the Government House": a body, a force or a building of its own), not "the new
government" (an article and an adjective: perhaps another one). The
state is the one the source names most often, all of it read (the first named of those named as often): the text's
own state is the one it keeps naming (in 18 of 23 texts of the developed set's read half that write "the government"
alone; a minister's note of one state of two, or a state's own paper on another's war, may name the other more);
never a state it names as a go-between ("brokered by Norway": no side's government); nothing where no
state is named, nor in a clause that opens with "in" and another state ("In Argentina, the government declared",
"and in Greece the government welcomed": that state's government, as "the government in Kabul" is Afghanistan's).
The `pronouns` stage makes the words a mention of that state, with a method of its own: they are typed as a name of it
is, so the state is also "the government" the text writes.
"""

from __future__ import annotations

from collections import Counter

from ..lang import cues
from ..recognise import Sentence
from . import parties, structure
from .pairs import Named
from .resolution import Resolution

CUES = cues("coreference")  # THE_GOVERNMENT, GOVERNMENT_NOUNS, IN_STATE_OPENING, IN_STATE_GAP

NAME = "governments.v2"  # v2: s37 review: none in a clause opening with "in" and another state ("In Argentina, ...");
# v1: s37 roles37: a bare "the government" is the state the source names most, no go-between

Counts = Counter  # state id -> how often the source names it


def told(text: str, sentence: Sentence, counts: Counts, res: Resolution) -> list[tuple[int, int, Named]]:
    """(start, end, state) for each bare "the government" of the sentence (`CUES.THE_GOVERNMENT`), not inside a
    mention of its own, in no clause opening with another state (`_opened_in_another_state`); `counts` is how often the
    source names each state (`counted`)."""
    if not counts:
        return []
    state = counts.most_common(1)[0][0]
    found = []
    for cue in CUES.THE_GOVERNMENT.finditer(text, sentence.start, sentence.end):
        start, end = cue.span("phrase")
        noun = cue.group("next")
        if noun and noun.lower() in CUES.GOVERNMENT_NOUNS:
            continue  # "the government delegation", "the government forces"
        if any(m.start < end and start < m.end for m in sentence.mentions):
            continue
        if _opened_in_another_state(text, sentence, start, state, res):
            continue  # "In Argentina, the government declared": that state's, not the one named most
        found.append((start, end, (state, "State")))
    return found


def _opened_in_another_state(text: str, sentence: Sentence, start: int, state: str, res: Resolution) -> bool:
    """Does the clause of the words at `start` open with "in" and a state other than `state`, right before them
    (`CUES.IN_STATE_OPENING`, `CUES.IN_STATE_GAP`)? "In Argentina, the government declared", not "At talks in Chad,
    the government and JEM signed" nor "After talks hosted by Italy, the government and RENAMO signed"."""
    before = [m for m in sentence.mentions if m.end <= start and m in res.of]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    return (res.of[last] != state and "State" in res.entities[res.of[last]].classes
            and CUES.IN_STATE_GAP.fullmatch(text, last.end, start) is not None
            and CUES.IN_STATE_OPENING.search(text[sentence.start:last.start]) is not None)


def counted(text: str, sentences: list[Sentence], res: Resolution) -> Counts:
    """How often the source names each state, all its sentences read: by a name of it, its people's word ("Senegalese
    troops") or its capital standing for it (`metonymy`); not a state it ever names as a go-between (`mediators`),
    which is no side's government. Nothing when the text holds no "the government" (`CUES.THE_GOVERNMENT`): the
    pronouns stage asks for every source, and most never use the words."""
    if not CUES.THE_GOVERNMENT.search(text):
        return Counts()
    going_between = mediators(text, sentences, res)
    return Counts(res.of[m] for s in sentences for m in s.mentions if m in res.of and m.kind == "entity"
                  and "State" in res.entities[res.of[m]].classes and res.of[m] not in going_between)


def mediators(text: str, sentences: list[Sentence], res: Resolution) -> set[str]:
    """The entities the source names as go-betweens: each of a run (`structure.runs`) after "brokered by" or "with the
    mediation of" (`parties.is_mediator`), or before "as mediators" / "mediation" (`parties.named_mediator`): "The
    government withdrew from the ceasefire, brokered by Norway", "the government and JEM signed ..., with Chad and the
    African Union as mediators"."""
    found = set()
    for sentence in sentences:
        named = [m for m in sentence.mentions if m in res.of and m.kind == "entity"]
        numbers = structure.runs(text, named, res)
        for run in dict.fromkeys(numbers.values()):
            listed = [m for m in named if numbers[m] == run]
            last = listed[-1]
            if parties.is_mediator(text, sentence, listed[0]) or parties.named_mediator(
                    text, last, res.entities[res.of[last]]):
                found |= {res.of[m] for m in listed}
    return found

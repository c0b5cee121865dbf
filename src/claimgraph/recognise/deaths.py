"""Deaths told as a toll: "Sixty-four Vietnamese sailors and soldiers died", "At least one man died".

A rule of `triggers.Triggers`: `deaths` yields a Killing trigger on a verb of dying whose subject counts people by a
number (the cue words: `claimgraph.lang.en.deaths`). A count of dead is a happening in any war's telling, often the
only words a text gives the sinking, the shelling or the riot it ends; where an event word of the sentence tells whose
dead they are ("40 civilians died in the shelling"), the count is that event's (`recognise.quantities`), no new one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import subject_tokens
from .base import Candidate, cue_spans
from .killings import ours_in_play, toll_of_sides

CUES = cues("deaths")
CLASS = "Killing"


def deaths(doc: Doc, name: str, told: set[int]) -> Iterator[Candidate]:
    """Each verb of dying (`CUES.DYING`) told in its form (`_dying_form`) whose subject counts people (`_counted`, or
    a count before "dead" whose noun is left out, `_elided_count`, in a paragraph whose event words `told` are some)
    fewer than a war's toll, or people's death of wounds (`_of_wounds`), in a sentence with no event word (`told`: the
    characters where the event words found start), disaster, cause of death no arms give nor whole war
    (`CUES.NO_HAPPENING`), not said of both sides (`killings.toll_of_sides`)."""
    for verb in cue_spans(doc, CUES.DYING):
        sent = verb.sent
        if not _dying_form(doc, verb.start) or toll_of_sides(doc, verb.end) \
                or any(sent.start_char <= c < sent.end_char for c in told) \
                or any(t.lower_ in CUES.NO_HAPPENING for t in sent):
            continue
        count = _counted(doc, verb.start)
        if count is None and verb.text.lower() == "dead" and told:
            count = _elided_count(doc, verb.start)  # a count with no noun of people, in a paragraph that tells an act
        if count is not None and count < CUES.WAR_TOLL or _of_wounds(doc, verb):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CLASS, name)


def _of_wounds(doc: Doc, verb) -> bool:
    """Is the verb "died" told of wounds (`CUES.OF_WOUNDS`: "Another man died of his wounds") with people
    (`CUES.DEAD_PEOPLE`) as its subject (`armed.subject_tokens`)? A death arms gave, counted or not; "mice died of
    their injuries" none, nor one of injuries whose subject was not wounded (`CUES.WOUNDED`: "A man died from his
    injuries after a house fire")."""
    told = CUES.OF_WOUNDS.match(doc.text, verb.end_char) if verb.text.lower() == CUES.DIED_OF else None
    if told is None:
        return False
    subject = {t.lower_ for t in subject_tokens(doc, verb.start, CUES.SUBJECT_REACH)}
    return bool(subject & CUES.DEAD_PEOPLE) and (told["wounds"] is not None or bool(subject & CUES.WOUNDED))


def _dying_form(doc: Doc, i: int) -> bool:
    """Is doc[i] a verb of dying in a form that tells deaths: "dead" after "are" / "were" (not "the dead"), "killed"
    right after a noun of people ("137 civilians killed"; "were killed" is the lexicon's), "died" and "lost their
    lives" wherever, not right after a word of `CUES.NEAR_MISS` ("nearly died")?"""
    word = doc[i].lower_
    if i > 0 and doc[i - 1].lower_ in CUES.NEAR_MISS:
        return False
    if word == "dead":
        return dead_told(doc, i, CUES.DEAD_AFTER) or _verbless_toll(doc, i)
    if word in CUES.KILLED_BARE:
        return i > 0 and doc[i - 1].lower_ in CUES.DEAD_PEOPLE
    return True


def dead_told(doc: Doc, i: int, after: frozenset[str]) -> bool:
    """Does "dead" at doc[i] tell a death: right after a word of `after` (the forms of "be" a rule reads it after:
    "are dead", not "the dead", "dead ends"), and no adverb (`_adverb_dead`)? One test for tolls and named deaths."""
    return i > 0 and doc[i - 1].lower_ in after and not _adverb_dead(doc, i)


def _verbless_toll(doc: Doc, i: int) -> bool:
    """Is "dead" at doc[i] a toll told with no verb: ending its noun phrase (the end, a mark, `CUES.DEAD_PHRASE_END`)
    right after a noun of `CUES.DEAD_PEOPLE` or a count (`_elided_count`)? "TV says 100 JNA dead", "ten hostages
    dead", "Of the 44 dead"; not "two dead batteries", "the dead of night", "the dead" uncounted. A count whose noun is
    left out counts people only in a paragraph that tells an act (`deaths`): "Of 200 trees planted, 30 dead" none."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    ends = after is None or not after.is_alpha or after.lower_ in CUES.DEAD_PHRASE_END
    return ends and i > 0 and (doc[i - 1].lower_ in CUES.DEAD_PEOPLE or _elided_count(doc, i) is not None)


def _elided_count(doc: Doc, i: int) -> int | None:
    """The count of a toll whose noun is left out before "dead" at doc[i]: a number (`_number`) right before it or
    before a name of at most `CUES.ELIDED_NOUN_NAMES` capitalised words ("the 44 dead", "100 JNA dead"), no figure a
    verb gives (`_given_figure`); None if none."""
    k = i - 1
    while k >= 0 and i - 1 - k < CUES.ELIDED_NOUN_NAMES and doc[k].is_alpha and not doc[k].is_lower:
        k -= 1
    return _value([doc[k]]) if k >= 0 and _number(doc[k]) and not _given_figure(doc, k) else None


def _given_figure(doc: Doc, k: int) -> bool:
    """Is the count at doc[k] a figure a verb gives: a word of `CUES.FIGURE_GIVERS` within `CUES.FIGURE_REACH` words
    before it in its sentence ("counted 1,383 dead", "spoke of about 300 dead", "from about 7,500 dead")? A side's or
    a source's figure of a war or a battle told elsewhere, no happening of its own."""
    before = doc[max(doc[k].sent.start, k - CUES.FIGURE_REACH):k]
    return any(t.lower_ in CUES.FIGURE_GIVERS for t in before)


def _adverb_dead(doc: Doc, i: int) -> bool:
    """Is "dead" at doc[i] an adverb before a word of `CUES.DEAD_AS_ADVERB` ("were dead certain", "was dead tired"), or
    a figure (`CUES.DEAD_FIGURES`: "dead on our feet")? Neither tells a death."""
    return (i + 1 < len(doc) and doc[i + 1].lower_ in CUES.DEAD_AS_ADVERB) \
        or bool(CUES.DEAD_FIGURES.match(doc.text, doc[i].idx + len(doc[i])))


def _counted(doc: Doc, i: int) -> int | None:
    """How many people the subject of the verb at doc[i] (`armed.subject_tokens`) counts, at least: a number
    (digits or a number word, `CUES.COUNT_WORDS`, "Sixty-four") and a noun of `CUES.DEAD_PEOPLE` (or "us",
    `CUES.COUNTED_US`: "two of us", not in a game, `ours_in_play`) within
    `CUES.COUNTED_REACH` words after it, no mark between ("50 members of the group", not "from 1,650 to 3,000, and
    the number of civilians"); the largest such count, `CUES.WAR_TOLL` where a word of `CUES.LARGE_COUNTS` stands
    in it; None where none counts people."""
    tokens = subject_tokens(doc, i, CUES.SUBJECT_REACH)
    counts = []
    for k, token in enumerate(tokens):
        if not _number(token):
            continue
        for t in tokens[k + 1:k + 1 + CUES.COUNTED_REACH]:
            if t.lower_ in CUES.DEAD_PEOPLE or (t.lower_ in CUES.COUNTED_US and not ours_in_play(doc, i)):
                counts.append(_value(tokens[k:t.i - tokens[0].i]))
                break
            if t.is_punct and t.text != "-":
                break
    return max(counts, default=None)


def _value(words: list) -> int:
    """The count the words from a number to its noun tell: the number's digits, a war's toll where a word of
    `CUES.LARGE_COUNTS` follows ("5,000", "20 thousand", "thousands of"), else 1 (a number word: a few)."""
    if any(t.lower_ in CUES.LARGE_COUNTS for t in words):
        return CUES.WAR_TOLL
    digits = words[0].text.replace(",", "")
    return int(digits) if digits.isdigit() else 1


def _number(token) -> bool:
    """A count's word: digits ("137", "1,200") or a number word ("sixty", "four", "hundreds"); not a year after a
    preposition (`CUES.YEAR_BEFORE`: "In 1945 many soldiers died")."""
    if len(token.text) == 4 and token.is_digit and token.i > 0 and token.doc[token.i - 1].lower_ in CUES.YEAR_BEFORE:
        return False
    if token.is_digit or token.text.replace(",", "").isdigit():
        return True
    return token.lower_ in CUES.COUNT_WORDS or (token.like_num and token.is_alpha)

"""The acts a scene goes on to tell after its date: of that time (used by `stage`).

"On 12 May the rebels crossed the river. They took the bridge at dawn." A text that dates a happening and goes on,
in the same paragraph, telling what was done next in the simple past, without a date of its own, tells what happened
then: the taking is of 12 May too. The scene holds while the text stays in it: a sentence with a date of its own, a
paragraph's end, a line break (a heading, a speaker's name), or a sentence that leaves the scene's time (`SCENE_LEFT`:
"The squad had spent the week training", "historians are divided", "became Prime Minister next day") ends it, and so
does a tell of another time (`ACCOUNT_OTHER_TIME`: "a week earlier", "repeatedly"). Only acts of force and what it
does (`SCENE_ACTS`) told by a past verb take the date ("Sixty-four sailors died", "was killed at the wheel"), not one
after another act ("after the guns fell silent, the rebels withdrew"), in a relative clause, or negated, and only a
happening the source dates nowhere else: a date carried is a guess the text's own words outrank.

A line that holds a date alone ("19 January 1974") heads an entry, as a diary or a log gives it: the past acts of the
lines under it, to the end of its paragraph (or of the next one, when the date stands alone in its own), are of that
day, whatever tense the log's other lines are in (`date_line`); so are the acts of the entries stamped with their time
that follow it, paragraph after paragraph, told in the past or in a feed's present ("Wed 1 Sep 2004" over "10:02
Gunmen seize the school", "16:30 Troops storm the building"). A notebook's day line may name where it was written ("Sat
9 Apr - Nairobi"), and the lines under it that open with a list's mark or a clock time are that day's entries, in
notes of no tense ("- RPF moving south, fighting pres. guard", "1040H  HQ-16 hit below waterline, withdrawing W.").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence
from ..scope import tops_of
from .attach import date_of, is_reference, verb_form
from .sections import date_line

if TYPE_CHECKING:
    from ..resolution import Resolution

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
# The acts a scene holds: force and what it does on the ground, told where it happened. Not a war (no scene's act),
# nor talks, calls, appointments or votes, which a text tells after a scene as the story moves on ("Putin called both
# leaders and urged restraint", "Chissano became UN special envoy").
SCENE_ACTS = frozenset({"Battle", "Offensive", "Attack", "Clash", "Siege", "Blockade", "Operation", "Occupation",
                        "Withdrawal", "Deployment", "Displacement", "Evacuation", "Arrest", "Detention", "Abduction",
                        "Killing", "Capture", "Surrender", "Looting", "Protest"})
SCENE_SENTENCES = 3  # sentences: how far after the dated one the scene's acts may be told


def scene_acts(text: str, told: list[Sentence], date: Mention, res: Resolution, dated: set[str]) -> list[Mention]:
    """The acts the last sentence of `told` tells in the scene its first sentence dates by `date` (its one date), the
    sentences between them undated and still in the scene (`_in_scene`); none of a happening in `dated` (the ones the
    source gives a date of their own)."""
    first, sentence = told[0], told[-1]
    if date_line(text, date):
        if not _under(text, first, sentence):
            return []
    elif (len(told) - 1 > SCENE_SENTENCES or "\n" in text[first.end:sentence.start]
          or not _sets_scene(text, first, date, res) or not all(_in_scene(text, s) for s in told[1:])):
        return []
    entry = date_line(text, date) and (stamped(text, first, sentence) or _entry_line(text, sentence))
    return [m for m in sentence.mentions if m.kind == "trigger" and m.cls in SCENE_ACTS and m in res.of
            and res.of[m] not in dated and _past_act(text, sentence, m, entry)]


def _under(text: str, heading: Sentence, sentence: Sentence) -> bool:
    """Does the sentence stand in the entry a date line heads: the rest of the heading's paragraph, or the paragraph
    right after it when the heading stands alone in its own, or one of the entries stamped with their time that follow
    it (`stamped`)?"""
    between = text[heading.end:sentence.start].strip(" \t")
    if "\n\n" not in between:
        return True
    return between.startswith("\n\n") and "\n\n" not in between.lstrip() or stamped(text, heading, sentence)


def stamped(text: str, heading: Sentence, sentence: Sentence) -> bool:
    """Does every paragraph from the date line's to the sentence's open with a clock time (`STAMP_OPEN`: a log's or a
    feed's "10:02 Gunmen seize the school")? They are the timed entries of the day the line heads."""
    first, unstamped = _stamped_run(text, heading.end)
    return first < sentence.end <= unstamped and (sentence.start >= first or bool(text[first:sentence.end].strip()))


@functools.lru_cache(maxsize=256)
def _stamped_run(text: str, start: int) -> tuple[int, int]:
    """Where the paragraphs after the one that holds `start` begin, and where the first of them that opens with no
    clock time begins (the text's end if none): worked out once per date line, not once per sentence under it."""
    brk = text.find("\n\n", start)
    if brk < 0:
        return len(text) + 1, len(text)
    begin = at = brk + 2
    while True:
        nxt = text.find("\n\n", at)
        paragraph = text[at:nxt if nxt >= 0 else len(text)]
        if paragraph.strip() and not CUES.STAMP_OPEN.match(paragraph.lstrip("\n")):
            return begin, at
        if nxt < 0:
            return begin, len(text)
        at = nxt + 2


def _entry_line(text: str, sentence: Sentence) -> bool:
    """Does the sentence stand on a line, under the date line, that opens with a list's mark or a clock time
    (`ENTRY_LINE_OPEN`: a notebook's "- RPF moving south, fighting pres. guard", a log's "1040H  HQ-16 hit below
    waterline, withdrawing W.")? It is one of that day's entries, told in notes of no tense."""
    return CUES.ENTRY_LINE_OPEN.match(text, text.rfind("\n", 0, sentence.start) + 1) is not None


def _sets_scene(text: str, first: Sentence, date: Mention, res: Resolution) -> bool:
    """Does the date set the time of a scene of force: an act of `SCENE_ACTS` it dates (`date_of`: "At dawn on 19 July
    1972 some 250 rebels attacked the town"), or, when it dates no happening, the sentence opens with it
    (`OPENING_DATE`: "On 17 April the brigade came ashore") and it tells no life's or office's day (`SCENE_NOT_SET`:
    "On 3 May 1950 he was born in Lyon")? A signing or a ceasefire's day is no scene: what the text tells after it is
    another happening ("The treaty signed on 12 May 1997 ended the war. Rebels attacked a convoy")."""
    acts = [m for m in first.mentions if "Event" in tops_of(res, m) and date_of(m, first, text) == date.value]
    if acts:
        return any(m.cls in SCENE_ACTS for m in acts)
    return (CUES.OPENING_DATE.fullmatch(text, first.start, date.start) is not None
            and CUES.SCENE_NOT_SET.search(text, first.start, first.end) is None)


def _in_scene(text: str, sentence: Sentence) -> bool:
    """Does the sentence stay in the scene: no date of its own, no tense that leaves it (`SCENE_LEFT`), no tell of
    another time (`ACCOUNT_OTHER_TIME`)?"""
    return not (any(m.kind in ("date", "dateline") for m in sentence.mentions)
                or CUES.SCENE_LEFT.search(text, sentence.start, sentence.end)
                or CUES.ACCOUNT_OTHER_TIME.search(text, sentence.start, sentence.end))


def _past_act(text: str, sentence: Sentence, act: Mention, entry: bool) -> bool:
    """Is the trigger an act told by a verb in the simple past (`SCENE_ACT`: "opened fire", "was killed"), or any act
    a timed entry of a log or a feed tells (`entry`: a feed's present "Troops storm the school", a log's "Attack on
    the post"), not after a word that makes it none (`SCENE_ACT_NOT`: "had sunk", "to withdraw"), nor in a clause of
    another time (`SCENE_OTHER_CLAUSE`: "after the rebels withdrew", "men who attacked"), nor named as a point in
    time?"""
    return ((entry or verb_form(act) and CUES.SCENE_ACT.match(act.text) is not None)
            and CUES.SCENE_ACT_NOT.search(text, sentence.start, act.start) is None
            and CUES.SCENE_OTHER_CLAUSE.search(text, sentence.start, act.start) is None
            and not is_reference(text, sentence, act))

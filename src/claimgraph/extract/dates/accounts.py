"""The rival accounts of a happening just dated: the acts each side says were done are of that time (used by `stage`).

"Both governments agree only that shooting began on 14 September. Kyrgyzstan's border service said Tajik border
guards had occupied a position and opened fire. Tajikistan's border troops said the opposite." A text that dates a
happening and then gives who said what of it tells the acts of each account (`modality.ACCOUNT_TOLD`: said, accused, denied,
according to) without repeating the date: they are what happened then, told again from each side. So a sentence of
the same paragraph that gives no date of its own, a few sentences at most after one that tells a happening on one
day or month, dates the acts it tells as someone's account by that date. An act told outside any account ("Putin
called both leaders") moves the story on and takes no date from before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence
from ..scope import tops_of
from .attach import date_of, is_reference, known_verb

if TYPE_CHECKING:
    from ..resolution import Resolution

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
MODALITY = cues("modality")  # whose account an act is told as: the modality stage's cues of saying (one list)
ACCOUNT_SENTENCES = 3  # sentences: how far after the dated one an account may stand
CUE_REACH = 24  # characters: a verb of beginning or "since" before the date ("began on ")


def account_acts(text: str, dated: Sentence, date: Mention, sentence: Sentence, res: Resolution) -> list[Mention]:
    """The acts `sentence` (no date of its own, in `dated`'s paragraph) tells after a word of whose account it is, which
    `dated`'s one date dates when `dated` tells a happening then (`_happening`), no state since then (`SINCE_BEFORE`);
    none when the sentence tells acts of another time (`ACCOUNT_OTHER_TIME`: "had repeatedly attacked", "a week
    earlier").
    """
    if ("\n\n" in text[dated.end:sentence.start] or not _happening(text, dated, date, res)
            or CUES.SINCE_BEFORE.search(text, max(dated.start, date.start - CUE_REACH), date.start)
            or CUES.ACCOUNT_OTHER_TIME.search(text, sentence.start, sentence.end)):
        return []
    account = MODALITY.ACCOUNT_TOLD.search(text, sentence.start, sentence.end)
    return [m for m in sentence.mentions if account and account.end() <= m.start and m.kind == "trigger"
            and "Event" in tops_of(res, m) and not is_reference(text, sentence, m) and not _plural(m)]


def _plural(act: Mention) -> bool:
    """Is the act a plural noun ("accused of stepping up attacks on troops during the talks")? It tells acts repeated
    over a time of their own, not the one happening just dated."""
    return act.text.lower().endswith(CUES.PLURAL_ENDING) and not known_verb(act)


def _happening(text: str, dated: Sentence, date: Mention, res: Resolution) -> bool:
    """Does the dated sentence tell a happening at its date: an event its date is attached to (`date_of`), or a
    beginning (`BEGUN_ON`: "shooting began on 14 September", whatever began)? Not the date of a saying ("Officials
    stated on 11 June that nine soldiers had been killed")."""
    return any("Event" in tops_of(res, m) and date_of(m, dated, text) == date.value for m in dated.mentions) or (
        CUES.BEGUN_ON.search(text, max(dated.start, date.start - CUE_REACH), date.start) is not None)

"""A meeting told by "met" and a person ("General Shelton met General Cedras last night"), a call to one ("President
Uribe telephoned President Correa"), and armed men who "met resistance" (a clash: "the column met fierce resistance
at the bridge").

The lexicon reads "met" as a meeting only before "with", "in", "at" (`triggers.LEXICON`): a person met is told as
often by a title or a name right after the verb, and a deadline, a demand or a spouse are met too. Armed men meeting
resistance, fire or opposition fought it; a bill or a plan that met resistance fought no one (the cue words:
`claimgraph.lang.en.encounters`). Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .armed import armed_head
from .base import Candidate, cue_spans, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("encounters")
TRIGGERS = cues("triggers")  # PASSIVE_AUXILIARIES, TIME_WORDS


def encounters(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """The meetings with a person and the resistance met by armed men in `doc` (`armed`: the lower-case armed names the
    gazetteer knows)."""
    for span in cue_spans(doc, CUES.MET):
        i = span.start
        if i + 1 >= len(doc) or doc[i].is_title and not doc[i].is_sent_start or _passive(doc, i):
            continue  # "the Met Office"; "The plan was met with criticism"
        if _resisted(doc, i) and armed_head(doc, i, armed):
            yield Candidate(span.start_char, span.end_char, "trigger", CUES.CLASH_CLASS, name)
        elif _person_met(doc, i + 1):
            yield Candidate(span.start_char, span.end_char, "trigger", CUES.MEETING_CLASS, name)
    for span in cue_spans(doc, CUES.CALLED):
        if _person_called(doc, span.end, span.text.lower() in CUES.CALLED_NAMING_VERBS):
            yield Candidate(span.start_char, span.end_char, "trigger", CUES.MEETING_CLASS, name)


def _person_called(doc: Doc, i: int, naming: bool) -> bool:
    """Is a person called at doc[i], after a verb of calling (`CUES.CALLED`): past "both" (`CUES.CALLED_BOTH`), a person
    as "met" has one (`_person_met`); after a verb that also names (`naming`: "called"), a title or "both" first, no word of
    `CUES.CALLED_NAMING` right after it, and the name ending its phrase (`_name_ends`; not "called President Smith a
    liar", "called President Moi corrupt", "called on President Smith to resign", "called the President")?"""
    if naming and i < len(doc) and doc[i].lower_ in CUES.CALLED_NAMING:
        return False
    both = i < len(doc) and doc[i].lower_ in CUES.CALLED_BOTH
    i += both
    if i >= len(doc) or not _person_met(doc, i) or (naming and not both and doc[i].lower_ not in CUES.MET_TITLES):
        return False  # a bare name after "called" names: "a town called Kibeho", "which they called Moscow"
    j = i
    while j < len(doc) and (doc[j].is_title or doc[j].lower_ in CUES.MET_TITLES):
        j += 1
    if j < len(doc) and doc[j].lower_ in CUES.MET_OWNED:
        return False  # "called President Museveni's offer a trick", "spoke with President Aristide's aides"
    return not naming or _name_ends(doc, j)  # "called President Moi corrupt" names him: no call


def _passive(doc: Doc, i: int) -> bool:
    """Is the verb at doc[i] a passive ("was met", "were met")?"""
    return i > 0 and doc[i - 1].lower_ in TRIGGERS.PASSIVE_AUXILIARIES


def _resisted(doc: Doc, i: int) -> bool:
    """Is resistance met at doc[i]: a word of `CUES.MET_RESISTANCE` after the verb, past "with" and one qualifier,
    none of `CUES.MET_NONE` ("met no resistance"), ending its phrase (`_ends_object`: not "met Resistance leaders")?"""
    start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == CUES.MET_WITH)
    words = words_of(doc)[start:start + 2]
    head = next((k for k, w in enumerate(words) if w in CUES.MET_RESISTANCE), None)
    return (head is not None and not any(w in CUES.MET_NONE for w in words[:head])
            and _ends_object(doc, start + head + 1))


def _ends_object(doc: Doc, j: int) -> bool:
    """Does the object end before doc[j]: the text's end, a mark, a time word or a word of `CUES.MET_OBJECT_STOPS`,
    `CUES.MET_NAME_ENDS` or `CUES.MET_RESISTANCE_ENDS`?"""
    if j >= len(doc) or doc[j].is_punct:
        return True
    word = doc[j].lower_
    return (word in CUES.MET_OBJECT_STOPS or word in CUES.MET_NAME_ENDS or word in CUES.MET_RESISTANCE_ENDS
            or word in TRIGGERS.TIME_WORDS)


def _person_met(doc: Doc, i: int) -> bool:
    """Does a person met stand at doc[i]: a title (`CUES.MET_TITLES`) within `CUES.MET_TITLE_REACH` words, past a
    determiner and qualifiers and before a word that ends the object (`CUES.MET_OBJECT_STOPS`), or a name written with
    a capital that ends its phrase (`_name_ends`)? "met Arafat's envoy" meets the envoy; a title before a possessive
    (`CUES.MET_OWNED`) owns what is met: "met the king's speech with silence"."""
    if doc[i].is_title and not doc[i].is_sent_start and doc[i].lower_ not in CUES.MET_TITLES and _name_ends(doc, i):
        return True
    for token in doc[i:min(i + CUES.MET_TITLE_REACH, doc[i].sent.end)]:
        owned = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in CUES.MET_OWNED
        if token.lower_ in CUES.MET_TITLES and not owned:
            return True
        if token.is_punct or token.lower_ in CUES.MET_OBJECT_STOPS:
            return False
    return False


def _name_ends(doc: Doc, i: int) -> bool:
    """Does the run of capitalised words from doc[i] end its phrase: at a mark, the text's end, a word of
    `CUES.MET_NAME_ENDS` or a time word? "met Cedras last night", "met Rabbani in Taif"; not "met Western demands"."""
    j = i
    while j < len(doc) and doc[j].is_title:
        j += 1
    return j >= len(doc) or doc[j].is_punct or doc[j].lower_ in CUES.MET_NAME_ENDS or doc[j].lower_ in TRIGGERS.TIME_WORDS

"""A body's decision told by its noun: "the Permanent Council passed a resolution", "the communiqué of 10 October
2007, by which it imposed travel restrictions", "Recalls its decision of 21 February 2008".

A council or an assembly of states adopts resolutions, decisions and communiqués; a communiqué's operative paragraphs
recall its earlier ones by date. The gold holds each as an agreement of that body, as it holds a numbered Security
Council resolution. The nouns are common words ("conflict resolution", "a hard decision"), so one is a body's act only
when it is adopted (a verb of adopting just before it: "passed a resolution") or dated ("of" and a month or a year
after it), and a body of states stands in its sentence (one the gazetteer knows, or a capitalised word of
`CUES.BODY_WORDS`, not a town's or a province's council), or
the sentence is a communiqué's operative paragraph, whose subject is its heading's body ("1. Recalls its decision of
...": `CUES.OPERATIVE_OPENING`). Not "The city council passed a resolution", "It was a hard decision", "the resolution of the
dispute", "her decision of last year". A draft resolution is the body's act too, adopted or not, when its sentence
tells a vote on it or names the body ("put to the vote the four-Power draft resolution", `_draft`). Its contract:
`decisions(doc, method, bodies)` yields a Resolution candidate on each such noun; `told_by_noun(mention)` says whether
a mention is one: each names a decision of its own (a communiqué recalls several by their dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .armed import named_before, named_in
from .base import Candidate, text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("decisions")


def told_by_noun(mention: Mention) -> bool:
    """Is the Resolution `mention` a body's decision told by its noun ("passed a resolution")?"""
    return mention.cls == "Resolution" and mention.text.lower() in CUES.DECISION_NOUNS


def decisions(doc: Doc, method: str, bodies: frozenset[str], states: frozenset[str] = frozenset()
              ) -> Iterator[Candidate]:
    """Each noun of `CUES.DECISION_NOUNS` adopted or dated, by a body of states (see the module); `bodies`: the
    lower-case names of the gazetteer's international organisations; `states`: those of its states and armed groups
    (a draft's sponsors or voters, `_draft`)."""
    words = words_of(doc)
    for i, word in enumerate(words):
        if word not in CUES.DECISION_NOUNS or _numbered(doc, i):
            continue
        if _draft(doc, words, i, bodies, states):
            yield Candidate(doc[i - 1].idx, doc[i].idx + len(doc[i]), "trigger", "Resolution", method)
        elif (_adopted(doc, i) or _dated(words, i)) and (_body_in_sentence(doc, words, i, bodies)
                                                          or _operative(doc, i)):
            token = doc[i]
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Resolution", method)


def _draft(doc: Doc, words: list[str], i: int, bodies: frozenset[str], states: frozenset[str]) -> bool:
    """Is the noun a draft put before a body of states: "draft" right before it (`CUES.DRAFT`), and its sentence
    names a body of states (`_body_in_sentence`), or a state with a vote on the draft or its submission
    (`CUES.DRAFT_VOTED`: "A draft resolution deploring the raid was not adopted owing to the negative vote of the
    USSR", "Draft resolution submitted by France, Turkey and the United Kingdom")? Adopted or not, the gold holds it
    as the body's act; the span holds both words, so "the draft resolution" names the draft told before, not a
    decision of its own (`told_by_noun`). Not a committee's ("The committee's draft resolution passed by 12 votes to
    3": no state), nor a company's or a club's ("The board put its draft resolution to a shareholder vote",
    `CUES.DRAFT_CIVIL`), nor a state's with its parliament's members and no body named (`CUES.DRAFT_MEMBERS`: "MPs in
    Britain voted on a draft resolution on fox hunting")."""
    if i == 0 or words[i - 1] != CUES.DRAFT:
        return False
    sent = doc[i].sent
    said = set(words[sent.start:sent.end])
    if said & CUES.DRAFT_CIVIL:
        return False
    return _body_in_sentence(doc, words, i, bodies) or bool(said & CUES.DRAFT_VOTED) and not (
        said & CUES.DRAFT_MEMBERS) and named_in(words[sent.start:sent.end], states)


def _numbered(doc: Doc, i: int) -> bool:
    """Does a number follow the noun ("Resolution 924", "Resolution No. 2254"): `numbered`'s to tell."""
    return i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].lower_ in CUES.NUMBER_WORDS)


def _adopted(doc: Doc, i: int) -> bool:
    """Does a verb of adopting (`CUES.ADOPTING`) stand within `CUES.ADOPTED_REACH` words before the noun, only
    lower-case words between that open no phrase of their own (`CUES.ADOPTED_STOPS`): "adopted the following
    decision", "passed a strongly worded resolution"; not "passed the bill after a resolution"?"""
    for k in range(i - 1, max(doc[i].sent.start, i - 1 - CUES.ADOPTED_REACH), -1):
        token = doc[k]
        if token.lower_ in CUES.ADOPTING:
            return True
        if not (token.is_alpha and token.is_lower) or token.lower_ in CUES.ADOPTED_STOPS:
            return False
    return False


def _dated(words: list[str], i: int) -> bool:
    """Do "of" and a month, a day and a month, or a year stand right after the noun ("the communiqué of 10 October
    2007", "the resolution of 1992"; not "the decision of 40 clan elders")?"""
    if i + 2 >= len(words) or words[i + 1] != CUES.DATED_OF:
        return False
    return any(i + k < len(words) and words[i + k] in CUES.MONTHS for k in CUES.DATED_MONTH_AT) \
        or CUES.YEAR.fullmatch(words[i + 2]) is not None


def _body_in_sentence(doc: Doc, words: list[str], i: int, bodies: frozenset[str]) -> bool:
    """Does a body of states stand in the noun's sentence: one of `bodies` ("the African Union"), or a word of
    `CUES.BODY_WORDS` with a capital, not after a word of `CUES.CIVIC_BEFORE` ("the Peace and Security Council"; not
    "the City Council")?"""
    sent = doc[i].sent
    return any(t.lower_ in CUES.BODY_WORDS and t.is_title and not t.is_sent_start
               and not (t.i > 0 and doc[t.i - 1].lower_ in CUES.CIVIC_BEFORE) for t in sent) \
        or any(named_before(words[max(sent.start, k + 1 - CUES.BODY_NAME_WORDS):k + 1], bodies)
               for k in range(sent.start, sent.end))


def _operative(doc: Doc, i: int) -> bool:
    """Does the noun's sentence open a communiqué's operative paragraph (`CUES.OPERATIVE_OPENING`: "1. Recalls its
    earlier decisions")?"""
    return CUES.OPERATIVE_OPENING.match(text_of(doc), doc[i].sent.start_char) is not None

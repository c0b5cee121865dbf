"""An agreement's end told by a cue phrase beside an agreement word: "the ceasefire collapsed", "terminated the
deal", "declared the Algiers Accord void", "Russia withdrew from the grain deal", "The ceasefire was often broken".

A rule of `triggers.Triggers`: `agreement_ends` yields a Termination, a WithdrawalFromAgreement or a Violation trigger
on the cue (`CUES.ENDED_AFTER` ...); the lexicon's reading of the words it reads is dropped ("withdrew from the grain
deal" is no Withdrawal of forces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of, words_of
from .senses import qualified

CUES = cues("triggers")  # the words of every language (claimgraph.lang)


def _phrases(*tables: tuple[tuple[str, ...], str, str]) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """(words, class, where the agreement word stands) of each cue phrase, by its first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for phrases, cls, side in tables:
        for phrase in phrases:
            words = tuple(phrase.split())
            by_first.setdefault(words[0], []).append((words, cls, side))
    return by_first


# The one-word singular agreement words ("accord", "ceasefire"; not "plan" of "peace plan"): "all ceasefires
# quickly collapsed" sums up the ends of several, no one event.
AGREEMENT_WORDS = frozenset(w for cls in CUES.AGREEMENT_CLASSES for w in CUES.LEXICON.get(cls, ())
                            if " " not in w and not w.endswith("s"))
END_PHRASES = _phrases((CUES.ENDED_AFTER, "Termination", "before"), (CUES.ENDING_BEFORE, "Termination", "after"),
                       (CUES.VOIDING, "Termination", "void"), (CUES.LEAVING_BEFORE, "WithdrawalFromAgreement", "after"),
                       (CUES.BROKEN_AFTER, "Violation", "broken"))
# The first words of those cues, found in a block's text at C speed before its tokens are walked: most blocks hold
# none, and walking them costs a Python call per token.
_END_FIRST = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(END_PHRASES))), re.IGNORECASE)


def agreement_ends(doc: Doc, name: str) -> Iterator[Candidate]:
    """An agreement ending or a party leaving it, told by a cue phrase beside an agreement word (see
    `CUES.ENDED_AFTER`): "the ceasefire collapsed", "terminated the deal", "declared the Algiers Accord
    void" (a Termination), "Russia withdrew from the grain deal" (a WithdrawalFromAgreement). The cue
    is the event's word; without an agreement word it names none ("the building collapsed")."""
    if not _END_FIRST.search(text_of(doc)):
        return
    words = words_of(doc)
    for i, word in enumerate(words):
        for phrase, cls, side in END_PHRASES.get(word, ()):
            end = i + len(phrase)
            if tuple(words[i:end]) == phrase and (_violated(doc, i, end) if side == "broken"
                                                  else _governs(doc, words, i, end, side)):
                yield Candidate(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), "trigger", cls, name)
                break


def _governs(doc: Doc, words: list[str], start: int, end: int, side: str) -> bool:
    """Does the cue at words[start:end] bear on an agreement word: just before it ("the ceasefire
    collapsed"), a few words after it with nothing that parts them ("withdrew from the grain deal"),
    or between "declared" and "void" (`_ends_void`)?"""
    if side == "before":
        return _subject_agreement(doc, start)
    if tuple(words[start:end]) in CUES.CLOSE_CUES:
        return end + 1 < len(words) and words[end] in CUES.CLOSE_DETERMINERS and _agreement_at(words, end + 1)
    for k in range(end, min(end + CUES.AGREEMENT_REACH, len(words))):
        if words[k] in CUES.AGREEMENT_STOPS:
            return False
        if _agreement_at(words, k):
            return side != "void" or k + 1 < len(words) and words[k + 1] in CUES.VOID and _ends_void(
                words, k + 2, words[end] in CUES.HALT_INDEFINITE)
    return False


def _violated(doc: Doc, start: int, end: int) -> bool:
    """Is the cue of breaking at doc[start:end] said of an agreement of war (`_war_agreement`): its subject just
    before it ("The ceasefire was often broken"), or "it" opening the sentence after one whose subject is one ("A
    ceasefire took effect on 16 September. It was broken within hours"); and not "broken up" (`CUES.BROKEN_NOT`)?"""
    words = words_of(doc)
    if end < len(words) and words[end] in CUES.BROKEN_NOT:
        return False
    i = _subject_at(doc, start)
    if i >= 0 and _agreement_at(words, i):
        return _war_agreement(doc, i)
    return i >= 0 and words[i] in CUES.BROKEN_PRONOUNS and doc[i].is_sent_start and _subject_before(doc, i)


def _subject_before(doc: Doc, i: int) -> bool:
    """Does the sentence before doc[i]'s open with an agreement of war as its subject, within
    `CUES.BROKEN_SUBJECT_REACH` words ("A ceasefire took effect"; not "He signed a deal", "The president was given a
    vase")?"""
    if i == 0:
        return False
    before = doc[i - 1].sent.start
    words = words_of(doc)
    return any(_agreement_at(words, k) and _war_agreement(doc, k)
               for k in range(before, min(i, before + CUES.BROKEN_SUBJECT_REACH)))


def _war_agreement(doc: Doc, k: int) -> bool:
    """Is the agreement word at doc[k] one of war: a word of no class of business and law alike
    (`CUES.BROKEN_GENERIC`: "ceasefire", "truce", "protocol"), one capitalised as a name's ("the Minsk Agreement"), or
    one after a qualifier of war within two words (`CUES.BROKEN_QUALIFIERS`: "a peace agreement"; not "the
    agreement", "a sponsorship deal")?"""
    word = doc[k]
    return (word.lower_ not in CUES.BROKEN_GENERIC or (word.is_title and not word.is_sent_start)
            or any(t.lower_ in CUES.BROKEN_QUALIFIERS for t in doc[max(0, k - 2):k]))


def _ends_void(words: list[str], k: int, new: bool) -> bool:
    """Does the void word before words[k] end the phrase: no preposition (`CUES.VOID_PREPOSITIONS`), or one before a
    mark or the end; after an agreement told definitely (not `new`, "a truce"), also one before a word that opens no
    noun phrase or opens a time (`CUES.VOID_THEN`, `CUES.VOID_TIME`: "declared the truce over on Monday", "declared
    the ceasefire over the next day"; not "declared a truce over the holiday", "declared the truce over the radio")?"""
    if words[k - 1] not in CUES.VOID_PREPOSITIONS or k >= len(words) or not words[k].isalpha():
        return True
    return not new and (words[k] in CUES.VOID_THEN or words[k] in CUES.VOID_TIME or (
        words[k] == "the" and k + 1 < len(words) and words[k + 1] in CUES.VOID_TIME_AFTER_THE))


def _agreement_at(words: list[str], k: int) -> bool:
    """Is words[k] an agreement word not made one of business by a qualifier ("the merger deal", `senses.qualified`)?"""
    return words[k] in AGREEMENT_WORDS and not qualified(words, k)


def _subject_agreement(doc: Doc, start: int) -> bool:
    """Is the word before the cue, past a few words that may part them (`CUES.SUBJECT_GAP`, adverbs), an
    agreement word: "the ceasefire collapsed", "a truce, which quickly broke down"; not "the front line collapsed"."""
    i = _subject_at(doc, start)
    return i >= 0 and _agreement_at(words_of(doc), i)


def _subject_at(doc: Doc, start: int) -> int:
    """The index of the word before words[start] past a few words that may part a subject from its verb
    (`CUES.SUBJECT_GAP`, adverbs) and a participle phrase of concluding (`_concluded_phrase`), or -1 at the block's
    start."""
    words = words_of(doc)
    i = start - 1
    while i >= 0 and start - i <= CUES.SUBJECT_REACH and (words[i] in CUES.SUBJECT_GAP or words[i].endswith("ly")):
        i -= 1
    return _concluded_phrase(doc, i)


def _concluded_phrase(doc: Doc, i: int) -> int:
    """The agreement word before a participle phrase of concluding that ends at doc[i] ("The ceasefire| agreed by both
    sides| was broken": `CUES.SUBJECT_PARTICIPLES`, then a preposition, only lower-case words, within
    `CUES.SUBJECT_PARTICIPLE_REACH` words); i itself when there is none. A phrase with a name or a number ("agreed in
    Minsk", "signed with Germany", "signed in March 2019") is none: the readers of the end's clause would take its
    place, party or date for the end's."""
    words = words_of(doc)
    if i < 0 or _agreement_at(words, i) or not _plain(doc[i]):
        return i
    for k in range(i - 1, max(0, i - CUES.SUBJECT_PARTICIPLE_REACH), -1):
        if words[k] in CUES.SUBJECT_PARTICIPLES:
            return k - 1 if words[k + 1] in CUES.PREPOSITIONS and _agreement_at(words, k - 1) else i
        if not _plain(doc[k]):
            return i
    return i


def _plain(token) -> bool:
    """Is the token a lower-case word: no name, number or mark?"""
    return token.is_alpha and token.is_lower

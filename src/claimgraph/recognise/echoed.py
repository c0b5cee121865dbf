"""A name of two or three capitalised words whose last word the source writes again alone: a person named in full and
then by the surname ("Bettino Craxi, played by ..." ... "Craxi's government falls").

English names a person in full once and by the surname after; a body, a ship or a place is named again by its whole
name, its acronym or its kind ("the Alliance"), seldom by its last word alone. So where no rule read a name ("voiced by
Yasser Arafat", "Idi Amin himself came") and the source writes its last word alone elsewhere, with no capitalised word
beside it, the name is a cg:Person, and the resolver reads the surname alone as that person. Not a name the gazetteer
knows, nor one of a kind, a title, a demonym or a state's or land's word (`NameDoubts.listed_person`); not after an
article ("the Achille Lauro": a thing), after or before another capitalised word (a longer name's words), after a
place's word of its own ("Mount Sinjar", `PLACE_OPENING_WORDS`), an article's of a name or a club's first word ("Al
Khalifa", "Real Madrid", `NOT_GIVEN_NAMES`), nor after a word only a place follows ("along Viale Miramare",
`base.place_meant`); a known place's word as the surname only where the source never writes it alone after a word of
place ("in Sinjar"); at a sentence's opening, not with a function word, an adverb or a verb's form first ("Later
Yeltsin"; of three words such a word is dropped: "Did Winston Churchill say it?"); not before a score or a kind of place
("Aston Villa 2-0", `TOWN_PAIR_THING_AFTER`); not where the last word is a common word: one the block writes in lower
case too, or one that ends the names of firms and teams (`NOT_SURNAMES`: "Harbor Capital"). A word opening a sentence
before a plural noun it qualifies is not written alone ("Mail deliveries were delayed"). Not in a Title Case headline,
whose capitals say nothing.
"""

from __future__ import annotations

import re

from ..lang import cues
from .base import Candidate, name_id, place_meant, place_word_before, settle, text_of
from .name_checks import title_case
from .name_shapes import LO, UP

CUES = cues("names")
# A word of a name in Title Case: "Craxi", "Abi-Saab", "Te'e"; no "JOHN", and a possessive is no word of it ("Craxi's").
_WORD = rf"[{UP}][{LO}][{LO}\-]*+(?:[’'](?!s\b)[{LO}]+)?"
# Two or three such words on one line, no capitalised word right after them, a possessive allowed ("Fidel Castro's").
_NAME = re.compile(rf"(?<![\w’'\-.])(?P<name>{_WORD}(?:[ \t]{_WORD}){{1,2}}?)(?:[’']s)?(?![\w’'\-]|[ \t]+[{UP}])")
_LONE = re.compile(rf"(?<![\w’'\-.])(?P<word>{_WORD})(?:[’']s)?(?![\w’'\-]|[ \t]+[{UP}])")
_CAPITAL_BEFORE = re.compile(rf"(?:[{UP}][\w’'\-.]*|[0-9]+)[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?)[ \t]+$")
# A sentence's or a line's opening, an opening quote or bracket after it: '"Eventually Moroto will sign," he said'.
_OPENING = CUES.QUOTED_OPENING
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+[^s\W]s)\b")
MIN_SURNAME = 3  # letters: "Ng" or "Wu" alone is too often a word's part or an initial's


def lone_words(text: str) -> frozenset[str]:
    """The capitalised words `text` writes alone: no capitalised word (or number) before it on its line, none after,
    and, opening a sentence, no plural noun after it that it qualifies ("Mail deliveries were delayed", "Smith apples
    keep"; not "Amin says": `VERBS_IN_S`)."""
    return frozenset(m.group("word") for m in _LONE.finditer(text)
                     if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
                     and not (_OPENING.search(text, max(0, m.start() - 4), m.start())
                              and _qualifies(text, m.end("word"))))


def _qualifies(text: str, end: int) -> bool:
    """Does a plural noun follow the word ending at `end`: a lower-case word in -s that is no verb's form?"""
    after = _PLURAL_AFTER.match(text, end)
    return after is not None and after.group("word") not in CUES.VERBS_IN_S


def persons(doc, found: list[Candidate], lone: frozenset[str], doubts, method: str) -> list[Candidate]:
    """`found` (settled) with each name of two or three words no rule read whose last word the source writes alone
    (`lone`, of the whole source) a cg:Person (module docstring); `doubts`: the `NameDoubts` of the names rules,
    `method` their method name. A one-word known place inside the name yields to it ("Issa" of "Issa Hayatou")."""
    text = text_of(doc)
    if title_case(text) or not lone:
        return found
    made = []
    for match in _NAME.finditer(text):
        origin, end = match.span("name")
        start, words = origin, match.group("name").split()
        if len(words) > 2 and _OPENING.search(text, max(0, start - 4), start) and _common_first(words[0]):
            start, words = start + len(words[0]) + 1, words[1:]  # "Did Winston Churchill say it?": Winston Churchill
        if (words[-1] in lone and _a_persons_name(text, origin, words, doubts)
                and not _read(found, text, start, end) and _told_as_person(doc, text, words, start)):
            made.append(Candidate(start, end, "entity", "Person", method, entity=name_id(" ".join(words))))
    if not made:
        return found
    return settle([*made, *(c for c in found if not any(c.start < m.end and m.start < c.end for m in made))])


def _a_persons_name(text: str, start: int, words: list[str], doubts) -> bool:
    """May the words of the name at `start` (a common word opening its sentence dropped from them) be a given name
    and a surname the source writes again alone (module docstring)?"""
    if len(words[-1]) < MIN_SURNAME or " ".join(words) in doubts.names or not doubts.listed_person(words):
        return False
    if words[0] in CUES.PLACE_OPENING_WORDS or words[0] in CUES.NOT_GIVEN_NAMES:
        return False
    before = text[max(0, start - 40):start]
    if _ARTICLE_BEFORE.search(before) or _CAPITAL_BEFORE.search(before):
        return False
    end = text.find(words[-1], start) + len(words[-1])
    if place_meant(text, start, end):
        return False  # "marched along Viale Miramare", "queued outside Tate Modern": a place's name
    if CUES.TOWN_PAIR_THING_AFTER.match(text, end):
        return False  # "Aston Villa 2-0", "the Leeds Bradford airport": a team's, a place's
    if words[-1] in doubts.known and _told_as_place(text, words[-1]):
        return False
    if words[-1] in CUES.NOT_SURNAMES or _alone(words[-1].lower()).search(text):
        return False  # "Harbor Capital", "the capital": a common word, no surname
    return not (_OPENING.search(before) and _common_first(words[0]))


def _told_as_person(doc, text: str, words: list[str], start: int) -> bool:
    """Is the name no body's by what follows it: no creed, cause or adjective of bodies' names opens it
    (`CUES.CREED_WORDS`, `CUES.BODY_ADJECTIVES`: "Islamic Jihad", "Democratic Unionist"), and "it" or "its" follows the
    verb of its last word alone (`CUES.IT_AFTER_VERB`: "Dawn said it would", "Sachs said its clients") only where a
    pronoun of one person goes on from the name or that word (`CUES.PERSON_PRONOUNS` in its sentence or the next:
    "Kane said it was late; he left")? A body named again by its last word goes on with "it"; a person with "he"."""
    if words[0] in CUES.CREED_WORDS or words[0] in CUES.BODY_ADJECTIVES:
        return False
    alone = [m.start() for m in _alone(words[-1]).finditer(text)]
    if not any(CUES.IT_AFTER_VERB.match(text, at + len(words[-1])) for at in alone):
        return True
    sentences = list(doc.sents)
    told = {k for k, sent in enumerate(sentences) for at in (start, *alone) if sent.start_char <= at < sent.end_char}
    return any(CUES.PERSON_PRONOUNS.search(text, sentences[k].start_char, sentences[min(k + 1, len(sentences) - 1)]
                                           .end_char) for k in told)


def _alone(word: str) -> re.Pattern:
    """The word as a whole word: no letter, apostrophe or hyphen joined to it."""
    return re.compile(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])")


def _common_first(word: str) -> bool:
    """Is the first word, opening a sentence, a common word written with its capital only there: a function word, an
    adverb or a verb's form ("Later", "Eventually", "Landed", "Following")?"""
    return word in CUES.NOT_NAMES or word.lower() in CUES.OPENING_COMMON_WORDS or word.endswith(
        CUES.COMMON_WORD_ENDINGS)


def _told_as_place(text: str, word: str) -> bool:
    """Does the source write a known place's word alone after a word of place ("in Sinjar")? Then it is the place's."""
    return any(place_word_before(text, m.start()) for m in _alone(word).finditer(text))


def _read(found: list[Candidate], text: str, start: int, end: int) -> bool:
    """Did a rule read a name over the span, other than a one-word known place inside it (a given name may be a
    town's: "Issa")?"""
    return any(c.start < end and start < c.end and not (start <= c.start and c.end <= end and _one_word_place(c, text))
               for c in found)


def _one_word_place(cand: Candidate, text: str) -> bool:
    """Is the candidate a known town's or region's one word (`GIVEN_NAME_PLACE_CLASSES`), which may be a name's?"""
    return cand.kind == "entity" and cand.cls in CUES.GIVEN_NAME_PLACE_CLASSES and " " not in text[cand.start:cand.end]

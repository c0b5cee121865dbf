"""Questions: whether a sentence asks, and what a question takes as known. One reader of both stages that read
questions: `irrealis` (a question a modal opens tells no act in its clause, `modal_question`) and `modality` (a
question of yes or no alleges what it asks, less a definite act it presupposes, `presupposed`). Plain functions of
the text and a sentence."""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from .wording import definite_before, definite_just_before, verb_form, words_before

CUES = cues("coreference")  # the modals and words of asking, the marks around a word, the bare verbs
QUESTION_MARK = cues("modality").QUESTION_MARK


def asks(text: str, sentence: Sentence) -> bool:
    """Does the sentence end with the question's mark (blanks after it aside)?"""
    return text[sentence.start:sentence.end].rstrip().endswith(QUESTION_MARK)


def modal_question(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Is the trigger in the clause of a question that a modal opens (`CUES.QUESTION_MODALS`: "Had the Americans not
    come, would the council have held elections?"), after a word of asking or not ("Why should the army attack?")? The
    clause begins at the sentence's start or after its last mark before the trigger (`CUES.QUESTION_CLAUSE`); the
    question ends the sentence. What it asks could have been stopped, or remembered, is told (`CUES.QUESTION_PREVENTED`,
    anywhere in the question's words: "Could the army have stopped the massacre?", "Could the massacre have been
    prevented?", "Can anyone forget the bombing?"), and so is a definite act the question presupposes
    (`definite_just_before`: "Will the ceasefire signed in Minsk hold?" tells the ceasefire)."""
    if not asks(text, sentence):
        return False
    opens = [m.end() for m in CUES.QUESTION_CLAUSE.finditer(text, sentence.start, mention.start)]
    clause = max(opens, default=sentence.start)
    words = text[clause:mention.start].split()
    asked = {w.lower().strip(CUES.QUESTION_WORD_MARKS) for w in text[clause:sentence.end].split()}
    return (_opened_by_modal(words) and not CUES.QUESTION_PREVENTED & asked and not definite_just_before(words))


def _opened_by_modal(words: list[str]) -> bool:
    """Do the words of a question's clause open with a modal ("Would the council have held elections?"), or with a
    word of asking and a modal (`CUES.QUESTION_WORDS`: "Why should the army attack Bunia?", "How could they sign
    it?")? Not "Why did the army attack Bunia?": a question of "did" presupposes the act."""
    opening = [w.lower().strip(CUES.QUESTION_OPENING_MARKS) for w in words[:2]]
    if opening and opening[0] in CUES.QUESTION_WORDS:
        opening = opening[1:]
    return bool(opening) and opening[0] in CUES.QUESTION_MODALS


def presupposed(text: str, own: list[tuple[int, int]], named: tuple[int, int] | None = None) -> bool:
    """Is the claim's event named by a definite noun phrase ("Was the massacre at Kibeho planned?", "Was the vaccine
    trial stopped?"): one a question of yes or no takes as known, asking only what it says of it? Not a verb after its
    subject ("Did the rebels attack the convoy?", "Was the village shelled?"): that is the act asked about; a word that
    may be either is a noun only right after the determiner ("Was the attack planned?"). A place or a date the claim
    names (`named`) after a verb that follows the noun is what the question asks of it ("Was the ceasefire signed in
    Doha?", "Were the talks held in Geneva?": whether there), not presupposed (`_asked_of_verb`); one inside the noun
    phrase is ("Was the massacre at Kibeho planned?", "Is the treaty signed in Paris still valid?")."""
    return any((definite_just_before(words_before(text, start))
                or not _bare_verb(text[start:end]) and definite_before(text, start))
               and not (named is not None and _asked_of_verb(text, end, named)) for start, end in own)


def _asked_of_verb(text: str, end: int, named: tuple[int, int]) -> bool:
    """Is the place or date `named` what is asked of a verb after the act's noun (ending at `end`): a verb form in
    lower case between them ("ceasefire signed in Doha", an irregular participle too, `CUES.PAST_PARTICIPLES`: "talks
    held in Geneva"), and nothing after it but phrases of place, time or agent (`CUES.QUESTION_CIRCUMSTANCE`: "... in
    Doha in May?"), so that the verb is the question's own, not a participle in the noun phrase ("Is the treaty signed
    in Paris still valid?")?"""
    between = [word.strip(CUES.QUESTION_WORD_MARKS) for word in text[end:named[0]].split()]
    return (any(word.islower() and (_bare_verb(word) or word in CUES.PAST_PARTICIPLES) for word in between)
            and ends_asked(text, named))


def ends_asked(text: str, named: tuple[int, int]) -> bool:
    """Does nothing but phrases of place, time or agent follow the place or date `named` to the sentence's mark
    (`CUES.QUESTION_CIRCUMSTANCE`: "Was the truce signed in Doha?", "... in Doha in May?"), so that a verb before it is
    the question's own, what it asks (not "Is the treaty signed in Paris still valid?")?"""
    return CUES.QUESTION_CIRCUMSTANCE.match(text, named[1]) is not None


def _bare_verb(words: str) -> bool:
    """May an event's word be a verb, inflected or bare ("shelled", "attack")?"""
    return verb_form(words) or words.lower() in CUES.BASE_VERBS

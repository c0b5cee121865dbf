"""A truce one side declares, a ceasefire told taking effect or provided for: a happening, not an accord.

"The Ethiopian government declared an indefinite humanitarian truce", "the ceasefire declared with the FARC" and "a
ceasefire took effect across Algeria at noon" tell the halt itself, as the gold of such texts does; "a truce agreed
by local commanders", "a definitive ceasefire was signed in Oslo" and "the ceasefire agreement took effect" name
the accord sides concluded; so do "Beijing announced a unilateral ceasefire" (one side's) and "It provides for an
immediate ceasefire" (a term of the accord that provides for it). Its contract: `acted(doc, start, end)` says whether
the ceasefire word that ends doc[start:end] is declared, one side's, provided for or takes effect (`CUES.HALT_*`,
`TERMS`); the trigger stage then types it an entry into force.
`civil(doc, start, end)` says whether it is a truce between parties of no war ("The company declared a truce with the
unions"): a figure of speech, which the trigger stage drops.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .base import text_of

CUES = cues("triggers")
TERMS = cues("truces")  # the qualifiers and verbs that make a ceasefire one side's, or a term of an accord
DETERMINERS = cues("coreference").DETERMINERS  # one set of determiners for every stage


def acted(doc: Doc, start: int, end: int) -> bool:
    """Is the ceasefire word at doc[end - 1] declared (a verb of declaring a few qualifiers before it, or its
    participle right after it), one side's ("a unilateral ceasefire"), a term an accord provides for ("provides for an
    immediate ceasefire") or, told for the first time, taking effect right after it (past an auxiliary), with no
    qualifier that says it was concluded?"""
    if doc[end - 1].lower_ not in CUES.HALT_WORDS or _voided(doc, end) or _between_sides(doc, end):
        return False
    declared = _declared_before(doc, start) or _declared_after(doc, end)
    return declared or _one_sided(doc, start) or _provided_for(doc, start) or (
        _takes_effect(doc, end) and _indefinite(doc, start) and not _concluded(doc, start))


def civil(doc: Doc, start: int, end: int) -> bool:
    """Is the ceasefire word at doc[end - 1] a figure of speech, a truce between parties of no war: declared by a plain
    noun phrase with no word of a side of war (`CUES.HALT_SIDES`: "The company declared a truce", "The two rival gangs
    declared a truce"), or with one after it ("a truce with the unions")? A name, a pronoun or a longer phrase on
    either side tells nothing, and the word stays what the other rules make it; so do the sides named after it
    ("The mediators declared a ceasefire between the army and the rebels": who declares it is no side)."""
    if doc[end - 1].lower_ not in CUES.HALT_WORDS or _between_sides(doc, end):
        return False
    verb = _declaring_verb(doc, start)
    return (verb is not None and _civil_declarer(doc, verb)) or (
        end < len(doc) and doc[end].lower_ in CUES.HALT_WITH and _civil_party(doc, end + 1))


def _civil_declarer(doc: Doc, verb: int) -> bool:
    """Do the words right before the verb of declaring at doc[verb] make a plain noun phrase of no side of war: a
    determiner (in its sentence), then only lower-case words ("The company", "The two rival gangs")?"""
    words = []
    for token in reversed(doc[max(doc[verb].sent.start, verb - CUES.HALT_PARTY_REACH):verb]):
        if token.lower_ in DETERMINERS:
            return bool(words) and _no_side(words)
        if not (token.is_alpha and token.is_lower):
            return False
        words.append(token.lower_)
    return False


def _civil_party(doc: Doc, start: int) -> bool:
    """Do the words from doc[start] (after "with") make a plain noun phrase of no side of war: a determiner, then
    only lower-case words up to a mark or a word that ends the phrase (`CUES.HALT_PARTY_END`: "with the unions after a
    month of strikes"); not "with the aim of", "with immediate effect"?"""
    if start >= len(doc) or doc[start].lower_ not in DETERMINERS:
        return False
    words = []
    for token in doc[start + 1:start + 1 + CUES.HALT_PARTY_REACH]:
        if token.lower_ in CUES.HALT_PARTY_END or not token.is_alpha:
            return bool(words) and _no_side(words)
        if not token.is_lower:
            return False
        words.append(token.lower_)
    return start + 1 + len(words) == len(doc) and bool(words) and _no_side(words)


def _no_side(words: list[str]) -> bool:
    """Do the lower-case words name no side of war (`CUES.HALT_SIDES`)?"""
    return not any(w in CUES.HALT_SIDES for w in words)


def _qualifiers(doc: Doc, start: int) -> int:
    """The index where the qualifiers of the word at doc[start] begin: past at most `CUES.HALT_QUALIFIER_REACH`
    lower-case words before it, in its sentence, up to a determiner, a mark, a verb (`CUES.VERBS`) or a word that
    joins or governs a phrase (`CUES.HALT_NOT_BETWEEN`: "for", "and", "by")."""
    i = start
    while i > max(doc[start].sent.start, start - CUES.HALT_QUALIFIER_REACH) and _qualifier(doc[i - 1].text):
        i -= 1
    return i


def _qualifier(word: str) -> bool:
    """Is the word a lower-case qualifier: no determiner, verb or word that joins or governs a phrase?"""
    lower = word.lower()
    return (word.isalpha() and word.islower() and lower not in DETERMINERS and lower not in CUES.VERBS
            and lower not in CUES.HALT_NOT_BETWEEN)


def _one_sided(doc: Doc, start: int) -> bool:
    """"Beijing announced a unilateral ceasefire": a qualifier of one side (`TERMS.ONE_SIDED`) before the word makes it
    that side's halt, whatever verb tells it, no accord between sides."""
    return any(t.lower_ in TERMS.ONE_SIDED for t in doc[_qualifiers(doc, start):start])


def _provided_for(doc: Doc, start: int) -> bool:
    """"It provides for an immediate ceasefire": a verb of providing and "for" (`TERMS.PROVIDING`) right before the
    word's noun phrase (a determiner at most, then its qualifiers) make it a term of the accord that provides for it:
    the halt to come, no accord of its own."""
    i = _qualifiers(doc, start)
    if i > 0 and doc[i - 1].lower_ in DETERMINERS:
        i -= 1
    return (i >= 2 and doc[i - 1].lower_ == TERMS.PROVIDING_FOR and doc[i - 2].lower_ in TERMS.PROVIDING)


def _declared_before(doc: Doc, start: int) -> bool:
    """"declared an indefinite humanitarian truce", "declared unilateral ceasefire": a verb of declaring before the
    word (`_declaring_verb`)."""
    return _declaring_verb(doc, start) is not None


def _declaring_verb(doc: Doc, start: int) -> int | None:
    """The index of the verb of declaring (`CUES.HALT_DECLARED`) within `CUES.HALT_DECLARED_REACH` words before
    doc[start], only qualifiers and at most an indefinite article (past quotation marks) between. Any other determiner
    ends the scan ("declared the truce over" names one told before; "declared that the ceasefire had collapsed" tells
    what became of it), as do a verb (`CUES.VERBS`, `CUES.HALT_NOT_BETWEEN`) and any other mark."""
    for i in range(start - 1, max(-1, start - 1 - CUES.HALT_DECLARED_REACH), -1):
        word = doc[i].lower_
        if word in CUES.HALT_DECLARED:
            return i
        if word in DETERMINERS:
            return _declaring_at(doc, i - 1) if word in CUES.HALT_INDEFINITE else None
        if word in CUES.HALT_NOT_BETWEEN or word in CUES.VERBS or not (doc[i].is_alpha or doc[i].is_quote):
            return None
    return None


def _declaring_at(doc: Doc, i: int) -> int | None:
    """The index of doc[i], past quotation marks, if it is a verb of declaring (`CUES.HALT_DECLARED`)."""
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i if i >= 0 and doc[i].lower_ in CUES.HALT_DECLARED else None


def _declared_after(doc: Doc, end: int) -> bool:
    """"the ceasefire declared with the FARC": the participle right after the word, unless a verb of ending follows
    in its clause ("The ceasefire declared with the FARC collapsed in January": what the sentence tells, and dates, is
    its end; the word stays the accord, as before it was declared)."""
    return end < len(doc) and doc[end].lower_ in CUES.HALT_DECLARED and not _ended_after(doc, end + 1)


def _ended_after(doc: Doc, start: int) -> bool:
    """Does a verb of ending (`CUES.ENDED_AFTER`) stand within `CUES.HALT_ENDED_REACH` words after doc[start], before
    any mark?"""
    text = text_of(doc).lower()
    for token in doc[start:start + CUES.HALT_ENDED_REACH]:
        if not token.is_alpha:
            return False
        if any(text.startswith(phrase, token.idx) for phrase in CUES.ENDED_AFTER):
            return True
    return False


def _between_sides(doc: Doc, end: int) -> bool:
    """"declared a ceasefire between the army and the rebels": the sides it binds follow (`CUES.HALT_BETWEEN`), so it
    is their accord, whose parties they are."""
    return end < len(doc) and doc[end].lower_ in CUES.HALT_BETWEEN


def _indefinite(doc: Doc, start: int) -> bool:
    """Is the nearest determiner a few tokens before the word an indefinite article ("a ceasefire took effect"), not
    one that names the accord told before ("The ceasefire took effect")?"""
    for token in reversed(doc[max(0, start - CUES.HALT_QUALIFIER_REACH):start]):
        if token.lower_ in DETERMINERS:
            return token.lower_ in CUES.HALT_INDEFINITE
    return False


def _concluded(doc: Doc, start: int) -> bool:
    """"a United Nations-brokered ceasefire took effect": a qualifier of concluding (`CUES.HALT_CONCLUDED`) a few
    tokens before the word makes it the accord, whose entry into force the verb tells."""
    return any(t.lower_ in CUES.HALT_CONCLUDED for t in doc[max(0, start - CUES.HALT_QUALIFIER_REACH):start])


def _voided(doc: Doc, end: int) -> bool:
    """"declared the truce void", "the truce declared void": its end (`CUES.VOID`), no declaration of it."""
    return any(t.lower_ in CUES.VOID for t in doc[end:end + 2])


def _takes_effect(doc: Doc, end: int) -> bool:
    """"a ceasefire took effect", "a ceasefire is to take effect", "a ceasefire that will come into force": its entry
    into force after at most `CUES.HALT_EFFECT_REACH` auxiliaries."""
    k = end
    while k < len(doc) and k - end <= CUES.HALT_EFFECT_REACH:
        if CUES.HALT_EFFECT.match(text_of(doc), doc[k].idx):
            return True
        if doc[k].lower_ not in CUES.HALT_EFFECT_GAP:
            return False
        k += 1
    return False

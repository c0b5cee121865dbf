"""A truce one side declares, a ceasefire told taking effect or provided for: a happening, not an accord.

"The Ethiopian government declared an indefinite humanitarian truce", "the ceasefire declared with the FARC" and "a
ceasefire took effect across Algeria at noon" tell the halt itself, as the gold of such texts does; "a truce agreed
by local commanders", "a definitive ceasefire was signed in Oslo" and "the ceasefire agreement took effect" name the
accord sides concluded. One side's ceasefire ("Beijing announced a unilateral ceasefire") and a term of an accord
("It provides for an immediate ceasefire") are the halt too, no accord of their own. Its contract: `acted(doc,
start, end)` says whether the ceasefire word that ends doc[start:end] is declared, one side's (or offered by one),
provided for or takes effect (`CUES.HALT_*`, `TERMS`); the trigger stage then types it an entry into force.
`civil(doc, start, end)` says whether it is a truce between civilian parties ("The company declared a truce with the
unions"): a figure of speech, which the trigger stage drops; so does it a ceasefire one side offered and the other
turned down (`refused`: "Israel rejected the truce offered by Hamas"), no halt and no accord."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .base import text_of

CUES = cues("triggers")
TERMS = cues("truces")  # the qualifiers and verbs that make a ceasefire one side's, or a term of an accord
DETERMINERS = cues("coreference").DETERMINERS  # one set of determiners for every stage
_PARTY_END = CUES.HALT_PARTY_END | CUES.VERBS | TERMS.OFFERER_END  # where `_party`'s noun phrase ends


def acted(doc: Doc, start: int, end: int) -> bool:
    """Is the ceasefire word at doc[end - 1] declared (a verb of declaring a few qualifiers before it, or its
    participle right after it), one side's ("a unilateral ceasefire"), a term an accord provides for ("provides for an
    immediate ceasefire") or, told for the first time, taking effect right after it (past an auxiliary), with no
    qualifier that says it was concluded?"""
    if doc[end - 1].lower_ not in CUES.HALT_WORDS or _voided(doc, end) or _between_sides(doc, end):
        return False
    declared = _declaring_verb(doc, start) is not None or _declared_after(doc, end) or _declared_in_clause(doc, end)
    return declared or _one_sided(doc, start) or _offered(doc, end) or _provided_for(doc, start) or (
        _takes_effect(doc, end) and _indefinite(doc, start) and not _concluded(doc, start))


def civil(doc: Doc, start: int, end: int) -> bool:
    """Is the ceasefire word at doc[end - 1] a figure of speech, a truce between parties of no war? Only on positive
    evidence: the head noun of the plain noun phrase that declares it ("The company declared a truce", "The two rival
    gangs declared a truce") or of the one after "with" ("a truce with the unions") is a civilian party
    (`CUES.CIVILIAN_PARTIES`). Any other phrase, a name, a pronoun, the sides named after it ("a ceasefire between
    the army and the rebels"), a word of war's reporting ("The group declared a unilateral ceasefire", "a ceasefire
    with the mutineers", "with the approach of winter") tells nothing, and the word stays what the other rules make
    it; so does a party after "with" when a name, a pronoun or a side of war declares it ("Israel declared a truce
    with the gangs": one of the sides is at war), but not a side named only by politics ("The government declared a
    truce with the unions": `_political_against_civilians`). The one side after "offered by" is read as the party
    after "with" is ("the truce offered by the union")."""
    if doc[end - 1].lower_ not in CUES.HALT_WORDS or _between_sides(doc, end):
        return False
    verb = _declaring_verb(doc, start)
    declarer = _declarer(doc, verb) if verb is not None else None
    if _civilian(declarer) or declarer is not None and _political_against_civilians(doc, end, declarer):
        return True
    if verb is not None and (declarer is None or _a_side(declarer)):
        return False
    if _offered_by(doc, end) and _civilian(_party(doc, end + 2)):  # "the truce offered by the union"
        return True
    return end < len(doc) and doc[end].lower_ in CUES.HALT_WITH and _civilian(_party(doc, end + 1))


def _declarer(doc: Doc, verb: int) -> list[str] | None:
    """The lower-case words of the plain noun phrase right before the verb of declaring at doc[verb]: from a
    determiner (in its sentence, at most `CUES.HALT_PARTY_REACH` words back) to the verb ("The two rival gangs" ->
    ["two", "rival", "gangs"]); None when there is none."""
    first = max(doc[verb].sent.start, verb - CUES.HALT_PARTY_REACH)
    for i in range(verb - 1, first - 1, -1):
        if doc[i].lower_ in DETERMINERS:
            return _plain_phrase(doc[i + 1:verb])
    return None


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


def _offered(doc: Doc, end: int) -> bool:
    """"A twenty-day truce offered by Paraguay": one side's offer (`_offered_by`) is its halt, no accord the text
    tells, unless its sentence answers it (`TERMS.OFFER_ANSWERED`: "The truce offered by Hamas was rejected by
    Israel" tells no halt; "The government accepted a ceasefire offered by the rebels" the accord)."""
    return _offered_by(doc, end) and not any(t.lower_ in TERMS.OFFER_ANSWERED for t in doc[end - 1].sent)


def refused(doc: Doc, start: int, end: int) -> bool:
    """"The Prime Minister rejected the ceasefire offered by the group on 7 March": an offer of one side
    (`_offered_by`) that a verb of refusing governs (`TERMS.OFFER_REFUSED`, `_refused_before`, `_refused_after`), and
    that its sentence tells taken up by no word (`_taken_up`), is neither the halt (no side stopped by it) nor an
    accord (no other side took it): the trigger stage drops the word. A refusal of something else in its sentence
    ("The ceasefire offered by the mediators came into force, after the rebels rejected an earlier plan") leaves it."""
    if doc[end - 1].lower_ not in CUES.HALT_WORDS or not _offered_by(doc, end) or _taken_up(doc, end):
        return False
    return _refused_before(doc, start) or _refused_after(doc, end)


def _taken_up(doc: Doc, end: int) -> bool:
    """Does the sentence of the word at doc[end - 1] tell an offer taken up: a verb of accepting
    (`TERMS.OFFER_ACCEPTED`) or "signed it" (`TERMS.OFFER_SIGNED_IT`: "rejected the truce offered by the army but signed
    it a week later"; not "signed a new accord", another one)?"""
    words = [t.lower_ for t in doc[end - 1].sent]
    signed_it = TERMS.OFFER_SIGNED_IT
    return bool(set(words) & TERMS.OFFER_ACCEPTED) or any(
        tuple(words[k:k + len(signed_it)]) == signed_it for k in range(len(words)))


def _refused_before(doc: Doc, start: int) -> bool:
    """"rejected the ceasefire offered by": a verb of refusing right before the word's noun phrase (a determiner at
    most, then its qualifiers)."""
    i = _qualifiers(doc, start)
    if i > 0 and doc[i - 1].lower_ in DETERMINERS:
        i -= 1
    return i > 0 and doc[i - 1].lower_ in TERMS.OFFER_REFUSED


def _refused_after(doc: Doc, end: int) -> bool:
    """"The truce offered by Hamas was rejected by Israel": past the side after "by" (to its first auxiliary,
    `TERMS.OFFERER_END`, at most `CUES.HALT_PARTY_REACH` words), the auxiliary and a verb of refusing."""
    last = min(doc[end].sent.end - 1, end + 2 + CUES.HALT_PARTY_REACH)
    k = next((k for k in range(end + 2, last) if doc[k].lower_ in TERMS.OFFERER_END or not doc[k].is_alpha), last)
    return k < last and doc[k].lower_ in TERMS.OFFERER_END and doc[k + 1].lower_ in TERMS.OFFER_REFUSED


def _offered_by(doc: Doc, end: int) -> bool:
    """Do the participle of offering and "by" (`TERMS.OFFERED`) stand right after the word at doc[end - 1]?"""
    return end + 1 < len(doc) and doc[end].lower_ in TERMS.OFFERED and doc[end + 1].lower_ == TERMS.OFFERED_BY


def _provided_for(doc: Doc, start: int) -> bool:
    """"It provides for an immediate ceasefire": a verb of providing and "for" (`TERMS.PROVIDING`) right before the
    word's noun phrase (a determiner at most, then its qualifiers) make it a term of the accord that provides for it:
    the halt to come, no accord of its own."""
    i = _qualifiers(doc, start)
    if i > 0 and doc[i - 1].lower_ in DETERMINERS:
        i -= 1
    return (i >= 2 and doc[i - 1].lower_ == TERMS.PROVIDING_FOR and doc[i - 2].lower_ in TERMS.PROVIDING)


def _party(doc: Doc, start: int) -> list[str] | None:
    """The lower-case words of the plain noun phrase from the determiner at doc[start] (after "with" or "by") to the
    end of its sentence, a mark, a verb (`CUES.VERBS`: "with the unions collapsed"), an auxiliary (`TERMS.OFFERER_END`:
    "by the union was rejected") or a word that ends the phrase (`CUES.HALT_PARTY_END`: "with the unions after a
    month of strikes"), at most `CUES.HALT_PARTY_REACH` words; None
    when it goes on ("with the aim of", "with the leaders of the unions": "of" makes another noun its head) or there
    is none."""
    if start >= len(doc) or doc[start].lower_ not in DETERMINERS:
        return None
    last = min(doc[start].sent.end, start + 1 + CUES.HALT_PARTY_REACH)
    stop = next((k for k in range(start + 1, last)
                 if doc[k].lower_ in _PARTY_END or not doc[k].is_alpha), last)
    goes_on = stop == last < doc[start].sent.end
    if goes_on or (stop < len(doc) and doc[stop].lower_ in CUES.HALT_PARTY_OF):
        return None
    return _plain_phrase(doc[start + 1:stop])


def _plain_phrase(tokens) -> list[str] | None:
    """The words of a plain noun phrase after its determiner: lower-case words only, at least one (no name, no mark),
    else None."""
    words = [t.lower_ for t in tokens]
    return words if words and all(t.is_alpha and t.is_lower for t in tokens) else None


def _civilian(words: list[str] | None) -> bool:
    """Is the head noun (the last word) of the phrase a civilian party (`CUES.CIVILIAN_PARTIES`)?"""
    return words is not None and words[-1] in CUES.CIVILIAN_PARTIES


def _political_against_civilians(doc: Doc, end: int, declarer: list[str]) -> bool:
    """Is the declarer a side only by a word of politics (`CUES.HALT_POLITICAL`: "The government") and the party after
    "with" civilian ("declared a truce with the unions")? A government's truce with the unions is no war's."""
    return (all(w not in CUES.HALT_SIDES or w in CUES.HALT_POLITICAL for w in declarer)
            and end < len(doc) and doc[end].lower_ in CUES.HALT_WITH and _civilian(_party(doc, end + 1)))


def _a_side(words: list[str]) -> bool:
    """Does a word of the phrase name a side of war (`CUES.HALT_SIDES`: "The army", "the two warring parties")?"""
    return any(w in CUES.HALT_SIDES for w in words)


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


def _declared_in_clause(doc: Doc, end: int) -> bool:
    """"a ceasefire that Beijing declared on its own terms": a relative pronoun right after the word
    (`TERMS.RELATIVE`), then its clause's subject (at most `TERMS.RELATIVE_SUBJECT_REACH` words, no mark) and a verb
    of declaring: one side's halt, as when the verb comes first. Not when the subject is two sides or an auxiliary
    (`TERMS.RELATIVE_NOT_SUBJECT`: "the truce that both armies declared", "the ceasefire that was declared"), when a
    word after the verb says what the declarer made of it (`CUES.VOID`, `TERMS.DECLARED_AS`: "the ceasefire that
    Moscow declared void"), nor when a verb of ending follows, as `_declared_after` reads it ("the truce that the
    army declared collapsed within hours")."""
    if end >= len(doc) or doc[end].lower_ not in TERMS.RELATIVE:
        return False
    for token in doc[end + 1:min(doc[end].sent.end, end + 2 + TERMS.RELATIVE_SUBJECT_REACH)]:
        if token.lower_ in CUES.HALT_DECLARED and token.i > end + 1:
            return not (_declared_as(doc, token.i + 1) or _ended_after(doc, token.i + 1))
        if not token.is_alpha or token.lower_ in TERMS.RELATIVE_NOT_SUBJECT:
            return False
    return False


def _declared_as(doc: Doc, k: int) -> bool:
    """Is doc[k] a word of what the declaring made of the ceasefire ("declared void", "declared illegal") or of its
    ending ("ended")?"""
    return k < len(doc) and (doc[k].lower_ in CUES.VOID or doc[k].lower_ in TERMS.DECLARED_AS)


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
    one that names the accord told before ("The ceasefire took effect")? A word in capitals with no determiner before
    it is told for the first time too: telegrams and headlines drop articles ("STOP CEASEFIRE UNDERSTOOD TAKING HOLD");
    in prose a bare word is most often another's ("Israel's ceasefire took effect"), which stays the accord."""
    for token in reversed(doc[max(0, start - CUES.HALT_QUALIFIER_REACH):start]):
        if token.lower_ in DETERMINERS:
            return token.lower_ in CUES.HALT_INDEFINITE
    return doc[start].is_upper


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

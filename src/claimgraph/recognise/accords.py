"""An agreement told by its verb alone: "met in Vienna and agreed to strengthen the ceasefire".

Sides that meet and come away having "agreed to" do something concluded an agreement, though the text names no
agreement word: "In March 1990 the URNG and the National Reconciliation Commission met in Oslo and agreed to seek a
political settlement", "At a meeting in Jakarta on 22 February both governments agreed to admit unarmed Indonesian
observers". Its contract: `meeting_accords(doc, method)` yields an Agreement candidate on each such verb.
Without a meeting told before it in its sentence the verb names no agreement ("Both Ethiopia and the TPLF initially
agreed to negotiate": a stance), unless two sides agree to an act that ends or pauses the fighting ("Israel and Hamas
agreed to a four-day pause in fighting", in a chronology's present "Britain, Switzerland and West Germany agree to free
Leila Khaled and other prisoners", and "They spoke there and agreed to pull their forces back": the act names the war),
nor negated ("never agreed on the land"), in the passive ("was agreed with Phnom Penh"), or before "that" ("agreed that
the talks should resume": an opinion shared); nor, after a meeting, between sides of no conflict: a state, an armed
group or armed men (a title of a state's person: "the Ukrainian president") must stand before the verb in its sentence,
or a word of war in it ("The board met on Monday and agreed to raise the dividend", "Unions met the employers and agreed
on a pay rise" tell none); nor "agreed to disagree", nor agreeing only to talk ("agreed to call a conference"). One
side before the verb and the other after "with" are two sides too ("Israel agreed with Hamas to a four-day pause";
not "Apple agreed with Samsung to a pause"). Its other contract: `told_by_verb(mention)` says whether a mention of an
agreement is such a verb (its date, label and wording differ).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .armed import armed_words
from .base import Candidate, text_of, words_of
from .votes import told_by_vote

if TYPE_CHECKING:  # the type only: linking and comparing import this module, and never need spaCy
    from spacy.tokens import Doc

CUES = cues("triggers")
ADVERB_ENDINGS = cues("coreference").ADVERB_ENDINGS  # "finally", "later": no word of a subject


def told_by_verb(mention: Mention) -> bool:
    """Is the agreement `mention` told by its verb alone ("met in Oslo and agreed to seek ..."), no agreement word?"""
    return mention.text.lower() in CUES.AGREED or told_by_vote(mention)  # "voted to deplore": `votes`


def meeting_accords(doc: Doc, method: str, armed: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Each verb of agreeing (`CUES.AGREED`) with what was agreed after it (`CUES.AGREED_AFTER`, past an aside set off
    by commas; not `CUES.AGREED_NOTHING`), neither negated nor passive (`CUES.AGREED_NOT_AFTER`), after a meeting told
    in its sentence (`CUES.MET`), between sides of a conflict (`_between_sides`; `armed`: the lower-case names of the
    states and armed groups the gazetteer knows; or an act of war's end that names armed men, `_armed_act`), or by two
    sides named in its subject (`_two_sides`) to an act of war's end; a ceasefire when what was agreed halts the
    fighting (`CUES.AGREED_HALT`: "agreed to halt hostilities")."""
    words = words_of(doc)
    for i, word in enumerate(words):
        if (word in CUES.AGREED and _agreed_what(doc, words, i + 1) and not _denied(words, i)
                and (_after_meeting(doc, words, i) and (_between_sides(doc, words, i, armed)
                                                        or _ends_war(doc, i) and _armed_act(doc, words, i, armed))
                     or _sides_agree(doc, words, i, armed) and _ends_war(doc, i))):
            token = doc[i]
            halts = CUES.AGREED_HALT.search(text_of(doc), token.idx, token.idx + CUES.AGREED_HALT_REACH)
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Ceasefire" if halts else "Agreement", method)


def unnamed_plural(doc: Doc, start: int) -> bool:
    """Is the word at doc[start] an accord named in the plural (`CUES.PLURAL_ACCORDS`) that nothing picks out: neither
    "the" and one or two lower-case qualifiers before it ("the canal treaties"), nor a verb of concluding before it
    past "the", a count or qualifiers (`CUES.PLURAL_ACCORD_SIGNED`: "signed the accords at Khasavyurt", "signed
    treaties in 1997", "concluded two border treaties": those its sentence tells; not past a vague quantifier,
    `CUES.PLURAL_ACCORD_VAGUE`: "signed several treaties on fishing rights"), nor "of" after it ("the treaties of
    Westphalia") nor a name between "the" and it (`_named_by_place`: "the Arusha accords")? A plural that names no
    accord the text tells ("Scholars study treaties", "their tax treaties"), or the verb "accords" (`_accords_verb`).
    Any plural of an agreement word right after a vague quantifier, an adjective at most between (`_vaguely_counted`:
    "Several ceasefires are announced and collapse", "many short-lived truces"), names none either: no one accord is
    told."""
    if _vaguely_counted(doc, start):
        return True
    if doc[start].lower_ not in CUES.PLURAL_ACCORDS:
        return False
    if _accords_verb(doc, start):
        return True
    if start + 1 < len(doc) and doc[start + 1].lower_ == CUES.PLURAL_ACCORD_OF or _named_by_place(doc, start):
        return False
    first = max(doc[start].sent.start, start - 1 - CUES.PLURAL_ACCORD_REACH)
    for k in range(start - 1, first - 1, -1):
        if doc[k].lower_ == CUES.PLURAL_ACCORD_ARTICLE:  # "signed the accords at Khasavyurt": those it tells
            return k == start - 1 and not (k > first and doc[k - 1].lower_ in CUES.PLURAL_ACCORD_SIGNED)
        if doc[k].lower_ in CUES.PLURAL_ACCORD_VAGUE:
            return True
        if doc[k].lower_ in CUES.PLURAL_ACCORD_SIGNED:
            return False
        if not (doc[k].is_alpha and doc[k].is_lower):
            return True
    return True


def _named_by_place(doc: Doc, start: int) -> bool:
    """Is the plural at doc[start] named by one or two capitalised words between "the" and it, the town or the
    talks they were made at ("the Arusha accords", "the Camp David accords")? Those the text names."""
    for k in range(start - 1, max(doc[start].sent.start, start - 1 - CUES.PLURAL_ACCORD_REACH) - 1, -1):
        if doc[k].lower_ == CUES.PLURAL_ACCORD_ARTICLE:
            return k < start - 1
        if not (doc[k].is_alpha and doc[k].text[:1].isupper()):
            return False
    return False


def _vaguely_counted(doc: Doc, start: int) -> bool:
    """Is doc[start] a plural agreement word (`CUES.COUNTED_ACCORDS`) with a vague quantifier
    (`CUES.PLURAL_ACCORD_VAGUE`) right before it or one lower-case word before that, its parts joined by hyphens at
    most ("several ceasefires", "many short-lived agreements": `CUES.VAGUE_REACH` tokens)?"""
    if doc[start].lower_ not in CUES.COUNTED_ACCORDS:
        return False
    first = max(doc[start].sent.start, start - CUES.VAGUE_REACH)
    return any(doc[k].lower_ in CUES.PLURAL_ACCORD_VAGUE and _one_lower_word(doc[k + 1:start])
               for k in range(first, start))


def _one_lower_word(tokens) -> bool:
    """Are the `tokens` none, or one lower-case word whose parts hyphens join (`CUES.HYPHENS`: "short-lived")?"""
    tokens = list(tokens)
    return not tokens or len(tokens) % 2 == 1 and all(
        t.text in CUES.HYPHENS if k % 2 else t.is_alpha and t.is_lower for k, t in enumerate(tokens))


def _agreed_what(doc: Doc, words: list[str], k: int) -> bool:
    """Does what was agreed follow doc[k:]: "to", "on", or an aside set off by commas before them ("agreed, with
    Russian mediation, to halt hostilities"), or the other side after "with" ("agreed with Hamas to a pause")? Not
    "to disagree" nor only to talk (`CUES.AGREED_NOTHING`: "agreed to call a conference of all the parties")."""
    if k < len(words) and words[k] == ",":
        close = next((j for j in range(k + 1, min(k + 1 + CUES.AGREED_ASIDE_REACH, len(words))) if words[j] == ","), None)
        k = close + 1 if close is not None else len(words)
    k = _past_other_side(words, k)
    return (k < len(words) and words[k] in CUES.AGREED_AFTER
            and CUES.AGREED_NOTHING.match(text_of(doc), doc[k].idx) is None)


def _past_other_side(words: list[str], k: int) -> int:
    """Where what was agreed begins past the other side named after "with" at words[k] (`CUES.AGREED_WITH`, then at
    most `CUES.AGREED_WITH_REACH` words and no mark before "to" or "on": "agreed with Hamas to a pause"); k itself when
    there is none."""
    if k >= len(words) or words[k] not in CUES.AGREED_WITH:
        return k
    for j in range(k + 1, min(k + 2 + CUES.AGREED_WITH_REACH, len(words))):
        if words[j] in CUES.AGREED_AFTER:
            return j if j > k + 1 else k
        if not words[j].isalnum() and words[j] not in CUES.NAME_MARKS:
            return k
    return k


def _sides_agree(doc: Doc, words: list[str], i: int, armed: frozenset[str]) -> bool:
    """Does the verb at words[i] have two sides: named in its subject (`_two_sides`), or one there and the other after
    "with" ("Israel agreed with Hamas to a pause"; not "Apple agreed with Samsung to a pause")?"""
    subject = _subject(words, doc[i].sent.start, i)
    other = _past_other_side(words, i + 1)
    return _two_sides(subject, armed) or other > i + 1 and _sides(subject, armed) and _sides(words[i + 2:other], armed)


def _denied(words: list[str], i: int) -> bool:
    """Is the verb negated or passive: one of `CUES.AGREED_NOT_AFTER` in the two words before it?"""
    return any(w in CUES.AGREED_NOT_AFTER for w in words[max(0, i - 2):i])


def _after_meeting(doc: Doc, words: list[str], i: int) -> bool:
    """Does the verb's sentence tell a meeting before it ("met in Oslo and agreed", "At a meeting in Jakarta ...")?"""
    start = doc[i].sent.start
    return any(w in CUES.MET for w in words[start:i])


def _ends_war(doc: Doc, i: int) -> bool:
    """Is what the verb at doc[i] agrees to an act that ends or pauses the fighting (`CUES.AGREED_WAR_END`,
    `CUES.AGREED_HALT`: "agreed to a four-day pause in fighting", "to exchange prisoners", "to pull their troops
    back")? Evidence of sides after a meeting ("they met again and agreed to pull their troops back"); with no
    meeting told, two sides must be named in the verb's subject (`_two_sides`): the act is no evidence of them there
    ("Democrats and Republicans agreed to a pause in hostilities over the budget")."""
    token = doc[i]
    reach = (token.idx, token.idx + CUES.AGREED_HALT_REACH)
    return any(p.search(text_of(doc), *reach) for p in (CUES.AGREED_WAR_END, CUES.AGREED_HALT))


def _armed_act(doc: Doc, words: list[str], i: int, armed: frozenset[str]) -> bool:
    """Does what the verb at words[i] agrees to name armed men or arms (`armed.armed_words`: "agreed to pull their
    troops back")? After a meeting, such an act of war's end tells that those who met are sides; "Party factions met
    and agreed to end the fighting within the party" names none."""
    return bool(armed_words(words[i + 1:doc[i].sent.end], armed))


def _subject(words: list[str], start: int, i: int) -> list[str]:
    """The words right before the verb at words[i] that may be its subject: back to the sentence's start, a mark, a
    preposition or a word that opens a clause (`CUES.AGREED_SUBJECT_BREAK`: "After weeks of fighting and heavy losses,
    Russia agreed"), at most `CUES.AGREED_SUBJECT_REACH` words, without the adverbs right before the verb ("finally",
    "later": `CUES.SUBJECT_GAP`, any word in -ly)."""
    first = max(start, i - CUES.AGREED_SUBJECT_REACH)
    cut = next((k + 1 for k in range(i - 1, first - 1, -1) if words[k] in CUES.AGREED_SUBJECT_BREAK), first)
    subject = words[cut:i]
    while subject and (subject[-1] in CUES.SUBJECT_GAP or subject[-1].endswith(ADVERB_ENDINGS)):
        subject.pop()
    return subject


def _two_sides(subject: list[str], armed: frozenset[str]) -> bool:
    """Does the subject name two sides of a conflict: "the warring parties" (`CUES.AGREED_WARRING`), "sides" last, a
    word of two (`CUES.AGREED_PAIR`: "both", "two") one or two words before a noun of sides last ("both governments",
    "the two rebel armies"; not "Two days later Russia"), or sides on either side of its last "and" ("Israel and
    Hamas", "the government and the rebels": `CUES.AGREED_SIDE_NOUNS` too; not "fighting and heavy losses Russia")?"""
    if not subject:
        return False
    if set(subject) & CUES.AGREED_WARRING or subject[-1] in CUES.AGREED_SIDES_WORD:
        return True
    if set(subject[-3:-1]) & CUES.AGREED_PAIR and _sides(subject[-1:], armed, CUES.AGREED_SIDE_NOUNS):
        return True
    if CUES.AGREED_AND not in subject:
        return False
    at = len(subject) - 1 - subject[::-1].index(CUES.AGREED_AND)
    return all(_sides(part, armed, CUES.AGREED_SIDE_NOUNS) for part in (subject[:at], subject[at + 1:]))


def _sides(words: list[str], armed: frozenset[str], nouns: frozenset[str] = frozenset()) -> bool:
    """Do the words name a side of a conflict: a state, an armed group, armed men (`armed.armed_words`), a word of
    sides (`CUES.AGREEING_SIDES`) or of a state's office (`CUES.AGREEING_TITLES`), or one of `nouns`?"""
    return armed_words(words, armed) or any(
        w in CUES.AGREEING_SIDES or w in CUES.AGREEING_TITLES or w in nouns for w in words)


def _between_sides(doc: Doc, words: list[str], i: int, armed: frozenset[str]) -> bool:
    """Do sides of a conflict agree: a state, an armed group, armed men or a weapon (`armed.armed_words`), a word of
    sides (`CUES.AGREEING_SIDES`: "both governments") or of a state's office (`CUES.AGREEING_TITLES`: "the Ukrainian
    president") before the verb in its sentence, or words of war anywhere in it (`CUES.AGREED_WAR`: "to halt
    hostilities", "to seek a political settlement")? "The committee met on Tuesday and agreed to postpone the vote"
    tells no agreement of sides."""
    sent = doc[i].sent
    before = words[sent.start:i]
    return _sides(before, armed) or CUES.AGREED_WAR.search(text_of(doc), sent.start_char, sent.end_char) is not None


def _accords_verb(doc: Doc, start: int) -> bool:
    """Is doc[start] the verb "accords" (`CUES.ACCORDS_VERB`, in lower case: "the Oslo Accords" is a name): an
    object's determiner or pronoun or "with" after it ("The constitution accords the president wide powers", "The
    ceasefire accords with the plan"), and no verb of concluding just before ("signed the accords with Israel")?"""
    if doc[start].text != CUES.ACCORDS_VERB or start + 1 >= len(doc):
        return False
    after = doc[start + 1].lower_
    before = {t.lower_ for t in doc[max(0, start - CUES.ACCORDS_VERB_REACH):start]}
    return (after in CUES.ACCORDS_VERB_OBJECTS or after == CUES.ACCORDS_VERB_WITH) \
        and not before & CUES.PLURAL_ACCORD_SIGNED

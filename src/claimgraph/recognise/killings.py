"""Killings told by a verb before a count: "Russian troops killed more than 400 civilians".

Rules of `triggers.Triggers`: `counted_killings` yields a Killing trigger where armed men kill a count of people and
no event word told before; `toll_of_sides` reads "were killed on both sides" as a conflict's toll, no killing;
`counted_things` reads "the killing of two pandas" as no killing of people; `named_killings` reads "agents killed Ahmed
Bouchiki" as a killing of one person named. A count by the dozen ("killed dozens of soldiers") is a count; "rebels"
or "police" kill only a count of people (`_counted_by_killers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_subject, subject_tokens
from .base import Candidate, text_of

CUES = cues("triggers")
COUNTS = cues("quantities")  # COUNT_AFTER: the words of a count just after a verb
DEATHS = cues("deaths")  # OURS_AFTER: a count of the teller's own people ("killed two of us")


def _any_of(words: frozenset[str]) -> re.Pattern:
    """Any of `words`, in any case: found in a block's text at C speed before its tokens are walked."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(words))), re.IGNORECASE)


_KILLING = _any_of(CUES.COUNTED_KILLING)  # the verbs of killing a count follows
_NAMED_KILLING = _any_of(CUES.NAMED_KILLING)  # ... and those a person's name or office follows


def toll_of_sides(doc: Doc, end: int) -> bool:
    """Is the killing that ends before doc[end] said of the sides of a conflict ("soldiers were killed on
    both sides", `CUES.SIDES_TOLL`)? It tells the conflict's toll, no killing of its own."""
    last = doc[end - 1]
    return bool(CUES.SIDES_TOLL.match(text_of(doc), last.idx + len(last)))


def counted_things(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a phrase of killing that kills only people counted (`CUES.COUNTED_PEOPLE_ONLY`: "killing of")
    before a count of no people ("The killing of two pandas at the zoo", quantities' COUNT_AFTER, not VICTIMS_AFTER)?
    "the killing of at least 60 civilians", "the killing of the ambassador" are killings."""
    if doc[start:end].text.lower() not in CUES.COUNTED_PEOPLE_ONLY:
        return False
    after = doc[end - 1].idx + len(doc[end - 1])
    return bool(COUNTS.COUNT_AFTER.match(text_of(doc), after)) and not COUNTS.VICTIMS_AFTER.match(text_of(doc), after)


def counted_killings(doc: Doc, name: str, triggers: set[int], armed: frozenset[str]) -> Iterator[Candidate]:
    """"Russian troops killed more than 400 civilians": a verb of killing before a count names a killing, the
    happening the count is of, where armed men or a weapon stand just before it in its clause (`armed.armed_subject`)
    or it is what someone is accused of (`_accused_of`) or its count is of the teller's own people (`_of_ours`), and
    no event word before it in its sentence (`triggers`: the character offsets where the event words told start; a
    word dropped, as "war" of "war-torn", is none). "Israeli
    strikes killed at least 19 people" and "attacked the compound, killing 58 people" tell the dead of the strikes,
    the attack; "The 2004 tsunami killed some 167,000 people" no killing."""
    if not _KILLING.search(text_of(doc)):
        return
    for token in doc:
        if token.lower_ in CUES.COUNTED_KILLING and _count_after(doc, token.i) \
                and not _told_before(doc, token, triggers) \
                and (armed_subject(doc, token.i, armed) or _accused_of(doc, token.i) or _of_ours(doc, token.i)
                     or _counted_by_killers(doc, token.i)):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Killing", name)


def named_killings(doc: Doc, name: str, triggers: set[int], armed: frozenset[str],
                   not_people: frozenset[str]) -> Iterator[Candidate]:
    """"In Lillehammer agents killed Ahmed Bouchiki, a waiter", "the mutineers killed their commandant": a verb of
    killing (`CUES.NAMED_KILLING`) whose object is one person by name or office (`_person_after`; a name none of
    `not_people`, the gazetteer's lower-case names of places and forces) names a killing where
    armed men (`armed.armed_subject`) or killers (`CUES.NAMED_KILLERS`) stand just before it in its clause, and no
    event word before it in its sentence (`triggers`, as `counted_killings` reads them): "ambushed the convoy and
    killed its commander" is the ambush's. "The committee killed the mayor's plan", "troops killed time" none."""
    if not _NAMED_KILLING.search(text_of(doc)):
        return
    for token in doc:
        if token.lower_ in CUES.NAMED_KILLING and _person_after(doc, token.i, not_people) \
                and not _told_before(doc, token, triggers) \
                and (armed_subject(doc, token.i, armed)
                     or any(t.lower_ in CUES.NAMED_KILLERS for t in subject_tokens(doc, token.i))):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Killing", name)


def _person_after(doc: Doc, i: int, not_people: frozenset[str]) -> bool:
    """Is the object after the verb at doc[i] one person: two to `CUES.NAMED_WORDS` capitalised words, none of
    `not_people`, neither opened nor ended by a word of a thing (`CUES.NAMED_THING_OPENERS`, `CUES.NAMED_THING_ENDS`),
    or a determiner of `CUES.KILLED_DETERMINERS`, a lower-case word at most and an office of `CUES.KILLED_OFFICES`;
    then the end, a mark or a word of `CUES.NAMED_OBJECT_END` ("killed Ahmed Bouchiki, a waiter", "killed their
    commandant in 1984"); not "killed Red Cross workers", "killed the mayor's plan", "killed Project Titan", "the
    Raiders killed Green Bay"."""
    k = i + 1
    if k < len(doc) and doc[k].lower_ in CUES.KILLED_DETERMINERS:
        k += 2 if k + 2 < len(doc) and doc[k + 1].is_lower and doc[k + 1].is_alpha else 1  # "the village headman"
        if k >= len(doc):
            return False  # "killed the" at the text's end
        if doc[k].lower_ not in CUES.KILLED_OFFICES and doc[k - 1].lower_ in CUES.KILLED_OFFICES:
            k -= 1  # "the mayor," with no word between
        if doc[k].lower_ not in CUES.KILLED_OFFICES:
            return False
        k += 1
    else:
        while k < len(doc) and k - i <= CUES.NAMED_WORDS and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and doc[k].sent.start == doc[i].sent.start:
            k += 1
        words = doc[i + 1:k]
        if len(words) < 2 or words.text.lower() in not_people \
                or words[0].lower_ in CUES.NAMED_THING_OPENERS or words[-1].lower_ in CUES.NAMED_THING_ENDS:
            return False
    return k >= len(doc) or doc[k].sent.start != doc[i].sent.start or doc[k].is_punct and doc[k].text not in "-'’" \
        or doc[k].lower_ in CUES.NAMED_OBJECT_END


def _told_before(doc: Doc, token, triggers: set[int]) -> bool:
    """Does an event word told (`triggers`: the character offsets where they start) stand before the verb of killing
    `token` in its sentence, outside an adjunct of time (`_in_adjunct`)? Then the dead the verb tells are that event's
    ("attacked the compound, killing 58 people"), no killing of their own (`counted_killings`, `named_killings`)."""
    return any(token.sent.start_char <= c < token.idx and not _in_adjunct(doc, c, token) for c in triggers)


def _in_adjunct(doc: Doc, at: int, token) -> bool:
    """Does the event word at character `at` stand in an adjunct of time opened by a word of `CUES.ADJUNCT_OPENERS`
    right after the sentence's start or a comma, closed by a comma before the verb of killing `token`? "In May 2002,
    after a failed mutiny in Kisangani, RCD troops executed more than 100 people": the mutiny tells when, not whose
    dead they are; "claimed the bombing, saying its fighters had killed 30" are the bombing's."""
    opened = max((t.i for t in doc[token.sent.start:token.i] if t.idx < at and t.text in CUES.CLAUSE_MARKS),
                 default=token.sent.start - 1) + 1
    closed = any(at < t.idx and t.text in CUES.CLAUSE_MARKS for t in doc[opened:token.i])
    return closed and doc[opened].lower_ in CUES.ADJUNCT_OPENERS


def _accused_of(doc: Doc, i: int) -> bool:
    """Is doc[i] the act someone is accused of (`CUES.ACCUSED_OF`: "of" just before it, a verb of accusing within
    `CUES.KILLER_REACH` words before it in its sentence)? "accuses northern groups of killing more than 150 party
    members": the charge names the killing whoever the accused are; "Army officials said the floods killed 30 people"
    names none."""
    of, accusing = CUES.ACCUSED_OF
    before = doc[max(doc[i].sent.start, i - CUES.KILLER_REACH):i]  # the verb opens its clause: no clause break cuts it
    return i > 0 and doc[i - 1].lower_ == of and any(t.lower_ in accusing for t in before)


def _of_ours(doc: Doc, i: int) -> bool:
    """Is the count after the verb at doc[i] one of the teller's own people (`DEATHS.OURS_AFTER`: "They killed two of
    us", "killed three of our men"), its killer a pronoun right before it (`DEATHS.KILLER_PRONOUNS`)? A first-hand
    account names its killers by a pronoun: the dead are people, killed by someone; "the champions killed two of us in
    the first round" of a quiz is none, nor "In paintball they killed two of us" (`ours_in_play`)."""
    return (i > 0 and doc[i - 1].lower_ in DEATHS.KILLER_PRONOUNS and not ours_in_play(doc, i)
            and bool(DEATHS.OURS_AFTER.match(text_of(doc), doc[i].idx + len(doc[i]))))


def ours_in_play(doc: Doc, i: int) -> bool:
    """Is the sentence of doc[i] one of a game or play (a word of `DEATHS.OURS_IN_PLAY`: "In paintball they killed two
    of us", "two of us died twice")? The teller's own dead there are none; a count of other people is left alone."""
    return any(t.lower_ in DEATHS.OURS_IN_PLAY for t in doc[i].sent)


def _count_after(doc: Doc, i: int) -> bool:
    """Does a count follow the word ("killed an estimated 15,000", `claimgraph.lang` quantities' COUNT_AFTER)? After
    a verb that carries things out too, a count of people (VICTIMS_AFTER, `CUES.KILLS_PEOPLE_ONLY`): "executed more
    than 100 people", not "executed 40 missions"."""
    after = COUNTS.VICTIMS_AFTER if doc[i].lower_ in CUES.KILLS_PEOPLE_ONLY else COUNTS.COUNT_AFTER
    end = doc[i].idx + len(doc[i])
    return bool(after.match(text_of(doc), end) or CUES.COUNTED_OF_PEOPLE.match(text_of(doc), end))


def _counted_by_killers(doc: Doc, i: int) -> bool:
    """Do killers no rule of `armed` reads as armed (`CUES.COUNTED_KILLERS`: "rebels", "police") stand within
    `CUES.KILLER_REACH` words before the verb at doc[i] in its clause, with a count of people after it (a noun of
    `CUES.COUNTED_PEOPLE` one of the two words after quantities' COUNT_AFTER, or `CUES.COUNTED_OF_PEOPLE`)? "The rebels
    killed 40 soldiers", "Police killed seven protesters"; not "Tory rebels killed 40 amendments"."""
    if not any(t.lower_ in CUES.COUNTED_KILLERS for t in subject_tokens(doc, i)):
        return False
    text, end = text_of(doc), doc[i].idx + len(doc[i])
    count = COUNTS.COUNT_AFTER.match(text, end)
    people = count and any(w.strip(".,;:").lower() in CUES.COUNTED_PEOPLE for w in text[count.end():].split()[:2])
    return bool(people or CUES.COUNTED_OF_PEOPLE.match(text, end))

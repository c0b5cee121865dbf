"""The other senses of event words that name an act of war or of a state only in some of their uses.

"released", "set up", "hijacked", "airlift", "meet", "proclaimed", "election", "gunfire": each names an act only
with the kind of thing such an act is done to or by (a captive, a body, a craft, supplies, people, a state or an
office, armed men); "Apple released the iPhone", "I set up my new laptop", "The virus hijacks the cell's machinery"
tell none. Each rule reads the lexicon's match doc[start:end] and says whether it is used in another sense; the
trigger recogniser drops such a match (`recognise.triggers.Triggers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .armed import armed_clause, armed_words, possessed, troops_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CUES = cues("triggers")
CLAUSES = cues("clauses")  # SPORTING: a sentence told of a game
# The one-word event words of every class but a founding's: what a founding may found (`_founds_an_act`).
ACT_WORDS = frozenset(w for cls, words in CUES.LEXICON.items() if cls not in CUES.FOUNDING_CLASSES for w in words
                      if " " not in w)
# The one-word agreement words: an object that names an accord before a player is signed (`_signs_a_player`).
ACCORD_WORDS = frozenset(w for cls, words in CUES.LEXICON.items() if cls in CUES.AGREEMENT_CLASSES for w in words
                         if " " not in w)
PASSIVE_REACH = 3  # "was released", "were later released", "would be set up"


def other_sense(doc: Doc, start: int, end: int, cls: str, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is the lexicon's match doc[start:end] of class `cls` used in a sense that names no act? `armed`: the lower-case
    names of the states and armed groups the gazetteer knows; `places`: those of its places."""
    return ((cls in CUES.FOUNDING_CLASSES and (_founds_an_act(doc, end) or _no_body(doc, start, end, armed)))
            or _no_captive(doc, start, end, armed) or _no_craft(doc, start, end) or _no_cargo(doc, start)
            or _sporting(doc, start, end) or _no_meeters(doc, start, armed) or _nothing_proclaimed(doc, start, end)
            or _election_thing(doc, end - 1) or _unarmed_gunfire(doc, start, end, armed, places)
            or _head_after_hyphen(doc, start) or _unarmed_barrage(doc, start, end, armed)
            or _no_mutineers(doc, start, armed) or _no_one_executed(doc, start, end, armed)
            or _unarmed_deployed(doc, start, end, armed) or _player_signed(doc, start, end) or _pest(doc, start, end)
            or _signed_up(doc, start, end))


def _player_signed(doc: Doc, start: int, end: int) -> bool:
    """Is a noun of signing (`CUES.PLAYER_SIGNINGS`) after a word of news (`CUES.NEWLY_SIGNED`) and a possessive a
    player a club signed? "The club's new signing scored twice", "United's latest signings"; not "A new signing date
    of 29 November passed" (an accord's, with no possessive). So is a verb of signing whose object is a player
    (`_signs_a_player`)."""
    return (end - start == 1 and doc[start].lower_ in CUES.PLAYER_SIGNINGS and start >= 2
            and doc[start - 1].lower_ in CUES.NEWLY_SIGNED and doc[start - 2].lower_ in CUES.POSSESSIVE_MARKS
            ) or _signs_a_player(doc, start, end)


def _signs_a_player(doc: Doc, start: int, end: int) -> bool:
    """Is what a verb of signing (`CUES.SIGNED_VERBS`) is done to (`_undergoer`, within `CUES.SIGNED_PLAYER_REACH`
    words) a player (`CUES.SIGNED_PLAYERS`) named before any accord (`ACCORD_WORDS`)? "Chelsea signed the striker from
    Lyon" signs no accord; "signed the accord with the players' union" does (the accord comes first), and so does
    "signed a forward-looking agreement" (a word joined by a hyphen to the next is no player: `_hyphened`)."""
    if doc[start:end].text.lower() not in CUES.SIGNED_VERBS:
        return False
    words = [t.lower_ for t in _undergoer(doc, start, end, CUES.SIGNED_PLAYER_REACH) if not _hyphened(doc, t.i)]
    first = next((w for w in words if w in CUES.SIGNED_PLAYERS or w in ACCORD_WORDS), None)
    return first in CUES.SIGNED_PLAYERS


def _signed_up(doc: Doc, start: int, end: int) -> bool:
    """Is a verb of signing (`CUES.SIGNED_VERBS`) one of joining: "up" (`CUES.SIGNED_UP`) after it, then a word of
    `CUES.SIGNED_UP_JOINING`, or "to" (`CUES.SIGNED_UP_TO`) with no accord's word (`ACCORD_WORDS`) in the
    `CUES.SIGNED_PLAYER_REACH` words after (a line break between is read through: a wrapped text's "signed up" at a
    line's end, "to the truce" in the next), or the text's end or a line's whose next opens in capitals ("5,000
    VOLUNTEERS SIGNED UP" of a headline)? "signed up for the marathon", "Members signed up to the pension scheme"
    joined something; "Hamas signed up to the truce", "signed up to the Ottawa treaty" signed an accord."""
    if doc[start:end].text.lower() not in CUES.SIGNED_VERBS or end >= len(doc) or doc[end].lower_ != CUES.SIGNED_UP:
        return False
    at = next((t.i for t in doc[end + 1:] if not t.is_space), None)
    if at is None or (at > end + 1 and not doc[at].is_lower):  # the text's or a line's end, as a full stop
        return True
    after = doc[at].lower_
    return after in CUES.SIGNED_UP_JOINING or (after == CUES.SIGNED_UP_TO and not any(
        t.lower_ in ACCORD_WORDS for t in doc[at + 1:at + 1 + CUES.SIGNED_PLAYER_REACH]))


def _hyphened(doc: Doc, i: int) -> bool:
    """Is doc[i] joined by a hyphen to the word after it ("forward-looking")?"""
    return i + 1 < len(doc) and doc[i + 1].text in CUES.HYPHENS and not doc[i].whitespace_


def _pest(doc: Doc, start: int, end: int) -> bool:
    """Is a word of invading (`CUES.INVADING`) said of animals, plants or germs (`CUES.INVADING_PESTS` within
    `CUES.PEST_REACH` words of it, in its sentence, in lower case or opening it), or a verb of invading of crowds
    (`CUES.INVADING_CROWDS`, before it)? "the invasion of the cane toad", "Locusts invaded the farms", "Fans invaded the
    pitch" tell no attack; "Iraq invaded Kuwait", "The Desert Rats invaded", "supporters of the invasion" do."""
    word = doc[start:end].text.lower()
    if word not in CUES.INVADING:
        return False
    sent = doc[start].sent
    before = doc[max(sent.start, start - CUES.PEST_REACH):start]
    near = [*before, *doc[end:min(sent.end, end + CUES.PEST_REACH)]]
    return (any(t.lower_ in CUES.INVADING_PESTS and (t.text.islower() or t.text.isupper() or t.i == sent.start)
                for t in near)
            or word in CUES.INVADING_VERBS and any(t.lower_ in CUES.INVADING_CROWDS for t in before))


def _unarmed_deployed(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is a word of deploying or stationing (`CUES.DEPLOYING`) said of a civil craft, a device, a tool or civilians at
    their work (`CUES.UNARMED_DEPLOYED` in its object or its subject: `_undergoer`), with no armed men, weapon or armed
    name in its clause (`armed.armed_clause`)? "The airliner was stationed at Anchorage", "The crew deployed the landing
    gear", "The bank deployed new software", "Firefighters were deployed" deploy no force; "Israel deployed planes over
    Gaza" does."""
    if doc[start:end].text.lower() not in CUES.DEPLOYING:
        return False
    undergoer = _undergoer(doc, start, end, CUES.RELEASED_REACH)
    return any(t.lower_ in CUES.UNARMED_DEPLOYED for t in undergoer) and not armed_clause(doc, start, armed)


def _no_one_executed(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is a word of putting to death (`CUES.EXECUTION_WORDS`) said of no person: no word of people or of those held
    (`CUES.EXECUTED_PEOPLE`, `CUES.RELEASED_PEOPLE`, `CUES.HELD`) nor a name in its object or its subject
    (`_undergoer`)? "The regime executed Ken Saro-Wiwa", "The Taliban executed a man", "the execution of eight men"
    kill; "The plan was executed", "the execution of the contract" none, nor a likeness hanged
    (`CUES.NOT_EXECUTED_AFTER` in its sentence: "the crowd hanged the dictator in effigy"), nor an oath
    (`CUES.NOT_EXECUTED_OATH` right after it: "I'll be hanged if I know")."""
    if doc[start:end].text.lower() not in CUES.EXECUTION_WORDS:
        return False
    after = [t.lower_ for t in doc[end:doc[start].sent.end]]
    if after[:1] == [CUES.NOT_EXECUTED_OATH] or any(
            tuple(after[k:k + 2]) == CUES.NOT_EXECUTED_AFTER for k in range(len(after) - 1)):
        return True
    return not any(t.lower_ in CUES.EXECUTED_PEOPLE or _person(t, armed)
                   for t in _undergoer(doc, start, end, CUES.RELEASED_REACH))


def _no_mutineers(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Is a mutiny (`CUES.MUTINIES`) a noun qualifying the next (`CUES.MUTINY_QUALIFIED`: "the mutiny charges"), or
    told in a sentence with no armed men, weapon or armed name (`armed.armed_words`) and no place or body of soldiers
    (`CUES.MUTINY_HOLDERS`: "the mutiny at the barracks")? "Backbench MPs staged a mutiny over the budget" is no
    rising of soldiers."""
    if doc[start].lower_ not in CUES.MUTINIES:
        return False
    if start + 1 < len(doc) and doc[start + 1].lower_ in CUES.MUTINY_QUALIFIED:
        return True
    words = [t.lower_ for t in doc[start].sent]
    return not (armed_words(words, armed) or any(w in CUES.MUTINY_HOLDERS for w in words))


def _unarmed_barrage(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is a barrage (`CUES.BARRAGES`) none of fire? With "of" after it, of fire only with a weapon or ammunition
    (`CUES.WEAPONS`, `CUES.AMMUNITION`) within a few words after that and no goal of a game (`CUES.NETS`): "a barrage
    of rockets"; not "a barrage of criticism", "a barrage of shots on goal". Alone, a dam when a word of water or of
    building (`CUES.BARRAGE_DAMS`) stands in its sentence and no armed men, weapon or armed name in its clause
    (`armed.armed_clause`): "The Cardiff Bay barrage was completed in 1999"; not "A second North Korean barrage began
    at 3:10 p.m."."""
    if doc[start].lower_ not in CUES.BARRAGES:
        return False
    if end >= len(doc) or doc[end].lower_ not in CUES.BARRAGE_OF:
        dam = any(t.lower_ in CUES.BARRAGE_DAMS for t in doc[start].sent)
        return dam and not armed_clause(doc, start, armed)
    after = {t.lower_ for t in doc[end + 1:end + 1 + CUES.WEAPON_OBJECT_REACH]}
    return not (after & (CUES.WEAPONS | CUES.AMMUNITION)) or bool(after & CUES.NETS)


def qualified(words: list[str], k: int) -> bool:
    """Does a qualifier of `CUES.FIGURATIVE_BEFORE` stand within a few words before words[k]: the word in a sense of
    business or of words ("the merger deal", "a diplomatic coup"), read by `triggers` and `agreement_ends` alike?"""
    qualifiers = CUES.FIGURATIVE_BEFORE.get(words[k])
    return bool(qualifiers) and any(w in qualifiers for w in words[max(0, k - CUES.FIGURATIVE_REACH):k])


def _founds_an_act(doc: Doc, end: int) -> bool:
    """Is the object of a founding ending at doc[end - 1] an act the lexicon names (`ACT_WORDS`), within a few words
    before a word that ends it (`CUES.OBJECT_STOPS`)? "set up a commission of inquiry" begins the inquiry, one event;
    "RENAMO was set up in the 1970s", "the creation of a United Nations Emergency Force" found a body."""
    for token in doc[end:end + CUES.FOUNDED_ACT_REACH]:
        if token.lower_ in CUES.OBJECT_STOPS:
            return False
        if token.lower_ in ACT_WORDS:
            return True
    return False


def _no_body(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is a founding's object, or its subject (`_undergoer`), neither a body (`CUES.BODIES`) nor a name? "set up my
    new laptop", "the creation of jobs", "He was set up by his friends" found none."""
    return not any(t.lower_ in CUES.BODIES or _named(t, armed)
                   for t in _undergoer(doc, start, end, CUES.FOUNDED_ACT_REACH))


def _no_captive(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is a word of setting free (`CUES.RELEASE_WORDS`) said of a thing put out (`CUES.PUT_OUT`: a report, a
    statement) or of no captive (`CUES.RELEASED_PEOPLE`, `CUES.HELD`, a name, with no possessive after it) in
    its object or its subject (`_undergoer`)? "Apple released the iPhone", "The release of the men's final results"
    free none; "Hamas released two hostages" does."""
    if doc[start:end].text.lower() not in CUES.RELEASE_WORDS:
        return False
    undergoer = _undergoer(doc, start, end, CUES.RELEASED_REACH)
    if any(t.lower_ in CUES.PUT_OUT for t in undergoer):
        return True  # a thing put out: "A separate report of the Catholic Church was released in April 1998"
    return not any(_person(t, armed) and not possessed(doc, t.i) for t in undergoer)


def _no_craft(doc: Doc, start: int, end: int) -> bool:
    """Is a word of hijacking (`CUES.HIJACKS`) said of no craft (`CUES.CRAFT`)? A verb's object or subject
    (`_undergoer`), the noun's only after "of" ("the hijacking of an airliner"; "the hijacking" alone names one)."""
    word = doc[start].lower_
    if word not in CUES.HIJACKS or end - start > 1:
        return False
    if word in CUES.HIJACK_NOUNS:
        if end >= len(doc) or doc[end].lower_ != CUES.HIJACKED_OF:
            return False
        end += 1
    return not any(t.lower_ in CUES.CRAFT for t in _undergoer(doc, start, end, CUES.CRAFT_REACH))


def _no_cargo(doc: Doc, start: int) -> bool:
    """Is a lift by air or sea (`CUES.LIFTS`) told with no troops (`armed.troops_in`), supplies (`CUES.CARGO`: arms
    too) or people flown out or home (`CUES.LIFTED_PEOPLE`, `CUES.LIFTED_PAIRS`: "brought home some 170,000
    Mauritanians") in its sentence?
    "A helicopter airlift of the injured hiker" moves no forces."""
    if doc[start].lower_ not in CUES.LIFTS:
        return False
    words = [t.lower_ for t in doc[start].sent if t.i != start]
    return not (troops_in(words) or any(w in CUES.CARGO or w in CUES.LIFTED_PEOPLE for w in words)
                or any(pair in CUES.LIFTED_PAIRS for pair in zip(words, words[1:])))


def _sporting(doc: Doc, start: int, end: int) -> bool:
    """A word of meeting, of calling up or of striking (`CUES.SPORTING_SENSES`) in a sentence of sport
    (`CLAUSES.SPORTING`: a match, a final, a player): "Celtic and Rangers met again in the cup final", "The England coach
    called up reserves for the final", "The striker's late strike won the final" tell a game, a squad and a shot."""
    senses = CUES.SPORTING_SENSES
    return ((doc[start].lower_ in senses or doc[start:end].text.lower() in senses)
            and bool(CLAUSES.SPORTING.search(doc[start].sent.text)))


def _no_meeters(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Is a present "meet" (`CUES.MEET_NOW`) a habit (`CUES.HABITUAL` in its sentence) or said of no people: no word
    of `CUES.MEETERS` nor a name within `CUES.KILLER_REACH` words before it in its sentence? "The two roads meet at
    the junction", "The committee meets in Brussels every month" tell no meeting."""
    if doc[start].lower_ not in CUES.MEET_NOW:
        return False
    sent = doc[start].sent
    if any(t.lower_ in CUES.HABITUAL for t in sent):
        return True
    before = doc[max(sent.start, start - CUES.KILLER_REACH):start]
    return not any(t.lower_ in CUES.MEETERS or _named(t, armed) for t in before)


def _nothing_proclaimed(doc: Doc, start: int, end: int) -> bool:
    """Is a verb of proclaiming (`CUES.PROCLAIMING`) said of no state or office (`CUES.PROCLAIMED`) in its object or
    subject (`_undergoer`)? "proclaimed Gbagbo president" and "proclaimed independence" are proclamations,
    "proclaimed her a genius" and "proclaimed a day of mourning" none."""
    if doc[start].lower_ not in CUES.PROCLAIMING:
        return False
    return not any(t.lower_ in CUES.PROCLAIMED for t in _undergoer(doc, start, end, CUES.IDIOM_PHRASE_REACH))


def _election_thing(doc: Doc, last: int) -> bool:
    """Is an election word (`CUES.ELECTION_WORDS`) the modifier of a thing of elections (`CUES.ELECTION_THINGS`)?
    "The election campaign focused on jobs" tells no vote."""
    return (doc[last].lower_ in CUES.ELECTION_WORDS and last + 1 < len(doc)
            and doc[last + 1].lower_ in CUES.ELECTION_THINGS)


def _unarmed_gunfire(doc: Doc, start: int, end: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is gunfire (`CUES.GUNFIRE`) told with no armed men, weapon or armed name (`armed.armed_clause`) in its clause
    and no known place in its sentence? "Celebratory gunfire rang out at the wedding" is no clash."""
    if doc[start:end].text.lower() not in CUES.GUNFIRE:
        return False
    words = [t.lower_ for t in doc[start].sent]
    placed = any(" ".join(words[i:i + n]) in places for n in (1, 2, 3) for i in range(len(words)))
    return not (placed or armed_clause(doc, start, armed))


def _head_after_hyphen(doc: Doc, start: int) -> bool:
    """Is a word of fighting (`CUES.HEAD_AFTER_HYPHEN`) a compound's head after a hyphen, no space around it?
    "fire-fighting techniques", "in-fighting" tell no clash."""
    return (doc[start].lower_ in CUES.HEAD_AFTER_HYPHEN and start >= 2 and doc[start - 1].lower_ in CUES.HYPHENS
            and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_)


def _undergoer(doc: Doc, start: int, end: int, reach: int) -> list[Token]:
    """The words of what an act at doc[start:end] is done to: its object (up to `reach` words after it, before a word
    that ends it: `CUES.UNDERGOER_STOPS`, an auxiliary, a mark) or, for a passive (an auxiliary within `PASSIVE_REACH`
    words before it, or "by" after it) or a verb with no object ("RENAMO, set up in the 1970s"), the words before it
    in its sentence (`CUES.SUBJECT_REACH_BACK`)."""
    sent = doc[start].sent
    passive = (any(t.lower_ in CUES.PASSIVE_AUXILIARIES for t in doc[max(sent.start, start - PASSIVE_REACH):start])
               or end < len(doc) and doc[end].lower_ in CUES.BY_WEAPON)
    obj = []
    for token in doc[end:min(end + reach, sent.end)]:
        if token.lower_ in CUES.UNDERGOER_STOPS or token.lower_ in CUES.PASSIVE_AUXILIARIES or token.is_punct:
            break
        obj.append(token)
    if obj and not passive:
        return obj
    return list(doc[max(sent.start, start - CUES.SUBJECT_REACH_BACK):start])


def _person(token: Token, armed: frozenset[str]) -> bool:
    """Is the word one of people or of those held (`CUES.RELEASED_PEOPLE`, `CUES.HELD`) or a name (`_named`): one a
    captive freed or a person put to death may be told by (`_no_captive`, `_no_one_executed`)?"""
    return token.lower_ in CUES.RELEASED_PEOPLE or token.lower_ in CUES.HELD or _named(token, armed)


def _named(token: Token, armed: frozenset[str]) -> bool:
    """Is the word a name (an acronym: "RENAMO", a capitalised word inside its sentence, or an armed name) that heads
    its phrase: no lower-case word but a stop, an auxiliary or a word of holding after its run of capitalised words?
    "freed Ingrid Betancourt in 2008", "RENAMO was set up"; not "The Henderson Brooks report was never released"."""
    if token.lower_ in armed:
        return True
    if not _capitalised(token) or token.is_sent_start and not token.is_upper:
        return False
    doc, i = token.doc, token.i + 1
    while i < len(doc) and _capitalised(doc[i]):
        i += 1
    return i >= len(doc) or not doc[i].is_alpha or not doc[i].is_lower or (
        doc[i].lower_ in CUES.OBJECT_STOPS or doc[i].lower_ in CUES.PASSIVE_AUXILIARIES or doc[i].lower_ in CUES.HELD)


def _capitalised(token: Token) -> bool:
    """Is the word an acronym or capitalised ("RENAMO", "Betancourt")?"""
    return token.is_alpha and (token.is_upper and len(token) > 1 or token.is_title)



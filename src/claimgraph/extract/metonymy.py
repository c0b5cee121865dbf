"""Metonymy: a capital named as who acts stands for its state's government.

"Tbilisi's assault on South Ossetia", "Moscow said", "has been denied by Addis Ababa and
Asmara": the capital is the government, not the city. A capital (cg:capitalOf in the
gazetteer, from GeoNames' country capitals) is read as its state where it is

- the possessor of an event or of what only a government has ("Tbilisi's assault",
  "Moscow's troops");
- the subject of a verb of saying, deciding or acting ("Moscow said", "Ankara has accused",
  "Moscow led the talks", "New Delhi and Beijing still tell it differently", "Peking has given no figures"), or the
  first half of such a compound ("the Moscow-brokered truce", "Riyadh-backed forces");
- the agent of such a verb in the passive ("was rejected by Damascus"), or who is accused
  ("Kiev has repeatedly accused Moscow of sending troops");
- a side of talks or of a war ("talks between Kinshasa and the rebels", "talks with Kinshasa"), or who is asked,
  urged or broken with ("asks Washington and London for help", "broke with Tripoli and turned"), agreed with in a
  matter of states ("agreed with Phnom Penh", not "Neymar agreed with Paris on a contract"), on whose behalf one acts,
  save in a sentence that tells of the city ("the mayor said");
- named after a word for its rulers ("the government in Baghdad", "the authorities in Moscow"), or for what it
  holds or tells ("the official accounts of Bishkek and Dushanbe", "the position of Moscow");
- in one list with a capital that is ("denied by Addis Ababa and Asmara", "Moscow and
  Ankara said").

Elsewhere ("talks in Moscow", "an incursion towards Addis Ababa", "Kyiv was shelled"), and as
the seat of another state's rule ("the British administration in Jerusalem imposed"), it is
the city. The mention is then typed as the state (method NAME) before the resolver reads it,
so every later stage (labels, roles, modality's holders) reads the state; it gives the state
no new name (an altLabel is only made for gazetteer matches).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from ..recognise.packs import Entry
from ..rdf.terms import top_classes

CUES = cues("roles")  # the cue words and patterns, of every language (claimgraph.lang)
CLAUSES = cues("clauses")  # SPORTING: a sentence told of a game, whose capitals are teams

NAME = "metonymy.v18"  # v18: none asked in a list going on to a lower-case noun, agreed with in no matter of states, asked or acted for in a sentence telling of the city (review34)


def resolve(text: str, sentences: list[Sentence], table: Mapping[str, Entry]) -> list[Sentence]:
    """The sentences with each capital that stands for its state read as the state (see the module
    docstring). Before the resolver: what it makes of a mention (an event's place in its label,
    "Negotiation in Kinshasa") is made of the state, never of the city it re-reads."""
    out = []
    for sentence in sentences:
        states = _metonyms(text, sentence, table)
        mentions = [replace(m, cls="State", method=NAME, entity=states[m]) if m in states else m
                    for m in sentence.mentions]
        out.append(replace(sentence, mentions=tuple(mentions)) if states else sentence)
    return out


def _metonyms(text: str, sentence: Sentence, table: Mapping[str, Entry]) -> dict[Mention, str]:
    """Capital mention -> its state's id, for the capitals of the sentence that stand for it."""
    if CLAUSES.SPORTING.search(text, sentence.start, sentence.end) or CUES.SPORTS_NOUNS.search(
            text, sentence.start, sentence.end):
        return {}
    capitals = {m: table[m.entity].capital_of for m in sentence.mentions
                if m.kind == "entity" and m.entity in table and table[m.entity].capital_of in table}
    found: dict[Mention, str] = {}
    for group in _lists(text, sorted(capitals, key=lambda m: m.start)):
        first, last = group[0], group[-1]
        events = [m for m in sentence.mentions if m.start >= last.end and m.kind in ("entity", "trigger")
                  and "Event" in top_classes(m.cls)]
        subject = not CUES.IN_PLACE.search(text, max(sentence.start, first.start - 12), first.start)
        acts = (subject and _subject_of(text, sentence, first).match(text, last.end, sentence.end)
                or CUES.AGENT.search(text, max(sentence.start, first.start - 40), first.start)
                or CUES.SIDE_OF.search(text, max(sentence.start, first.start - 40), first.start)
                or _addressed(text, sentence, first, last)
                or CUES.GOVERNMENT_IN.search(text, max(sentence.start, first.start - 30), first.start)
                or CUES.STAND_OF.search(text, max(sentence.start, first.start - 30), first.start)
                or events and CUES.POSSESSOR.fullmatch(text, last.end, events[0].start)
                or any(CUES.POSSESSIVE.match(text, m.end, sentence.end) or CUES.COMPOUND.match(text, m.end)
                       for m in group))
        if acts and not _foreign_rule(text, sentence, first, capitals[first]):
            found.update((m, capitals[m]) for m in group)
    return found


def _addressed(text: str, sentence: Sentence, first: Mention, last: Mention) -> bool:
    """Are the capitals `first` to `last` who is asked, urged or broken with, agreed with in a matter of states, or
    on whose behalf one acts (module docstring)? Not in a sentence that tells of the city (`CUES.CITY_TOLD`)."""
    if CUES.CITY_TOLD.search(text, sentence.start, sentence.end):
        return False
    before = max(sentence.start, first.start - 20)
    return bool(CUES.ADDRESSED.search(text, before, first.start) and CUES.ADDRESSED_AFTER.match(text, last.end)
                and not CUES.NOUN_AFTER_LIST.match(text, last.end)
                or CUES.AGREED_WITH.search(text, before, first.start)
                and CUES.STATE_MATTER.search(text, sentence.start, sentence.end)
                or CUES.BEHALF.match(text, last.end))


def _subject_of(text: str, sentence: Sentence, capital: Mention):
    """The pattern of the words after a capital that make it a subject: without "then" when a verb's past form is
    right before it ("surrounded Kabul then attacked": its object, `CUES.SUBJECT_AFTER_VERB`)."""
    if CUES.OBJECT_OF.search(text, max(sentence.start, capital.start - 30), capital.start):
        return CUES.SUBJECT_AFTER_VERB
    return CUES.SUBJECT


def _foreign_rule(text: str, sentence: Sentence, capital: Mention, state: str) -> bool:
    """Is the capital the seat of another state's rule ("the British administration in Jerusalem
    imposed a curfew")? Then it stands for no state of its own, whatever it is said to do."""
    rulers = CUES.GOVERNMENT_IN.search(text, max(sentence.start, capital.start - 30), capital.start)
    return bool(rulers) and any(m.kind == "entity" and m.entity not in (None, state) and m.end <= rulers.start()
                                and CUES.RULERS_OF.fullmatch(text, m.end, rulers.start()) for m in sentence.mentions)


def _lists(text: str, capitals: list[Mention]) -> list[list[Mention]]:
    """The capitals in runs of one list ("Addis Ababa and Asmara")."""
    groups: list[list[Mention]] = []
    for mention in capitals:
        if groups and CUES.JOINED.fullmatch(text, groups[-1][-1].end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups

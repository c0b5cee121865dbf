"""An event's own phrase: which names of its clause an event takes, when it is named in passing or by a side.

An event named as a point of reference, a report's topic, what an act ended or answered, or what a speaker
calls it, takes only the names of its own phrase (`in_phrase`); one side's demonym just before the word of
its act began it, unless the act is figurative (trade, persuasion, sport); the name an object relative
clause of force hangs on ("Cambodia, which Vietnam invaded") is its place or target. Apart from `claims`
because each reads the words around one event word, not the clause's roles as a whole.
"""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from ..recognise.patterns import METHOD_DEMONYM
from .pronouns import NAME as PRONOUN
from .resolution import Resolution

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
VERBS = cues("triggers").VERBS  # a trigger that is a verb form

def relative_objects(text: str, sentence: Sentence, event: Mention, res: Resolution) -> list[tuple[str, str]]:
    """(entity, role) for the name an object relative clause of force hangs on ("Cambodia, which Vietnam invaded in
    December", `CUES.OBJECT_RELATIVE`): what the verb struck or took, though the comma parts their clauses; a land is
    where it happened (a place), any other actor its target. A noun phrase after the verb is its object, the relative
    its subject ("Armenia, which Azerbaijan says attacked its positions"), and words as its means tell no force
    ("Germany, which Trump attacked in a speech"): nothing (`CUES.NOT_OBJECT_RELATIVE`)."""
    if event.text.lower() not in CUES.OBJECT_RELATIVE_VERBS or CUES.NOT_OBJECT_RELATIVE.match(text, event.end):
        return []
    hung = [m for m in sentence.mentions if m in res.of and m.end <= event.start
            and CUES.OBJECT_RELATIVE.fullmatch(text, m.end, event.start)]
    kinds = [(res.of[m], tops(res.entities[res.of[m]].classes)) for m in hung]
    return [(eid, "hasPlace" if "Place" in k else "target") for eid, k in kinds if {"Actor", "Place"} & k]


def is_named_in_passing(text: str, sentence: Sentence, event: Mention) -> bool:
    """Is the event named only as what a report is about (TOPIC, TOPIC_LISTED: "This paper reviews the Juba
    process, the military operation of 14 December and the killings"), what an act ended (ENDED), what an
    act answers ("launched the raid in response to a suicide bombing": the bombing is not India's) or
    what a speaker calls it (NAMED_AS: "wrote to the Security Council, calling the clashes a war")? A list holds
    noun phrases: an act told by its verb ("A UN report describes how Russian troops attacked Bucha") is no item."""
    return _told_in_passing(text, sentence, event) or naming(text, sentence, event) is not None


def _told_in_passing(text: str, sentence: Sentence, event: Mention) -> bool:
    window = max(sentence.start, event.start - 50)
    listed = event.text.lower() not in VERBS and CUES.TOPIC_LISTED.search(
        text, max(sentence.start, event.start - CUES.TOPIC_LISTED_REACH), event.start)
    return bool(CUES.TOPIC.search(text, window, event.start) or listed or CUES.ENDED.search(text, window, event.start)
                or cues("coreference").ANSWERED.search(text, max(sentence.start, event.start - 60), event.start))


def only_named_from(text: str, sentence: Sentence, event: Mention) -> int | None:
    """Where the verb of naming starts when a speaker only names the event and nothing else tells it in passing
    ("Russia called the attack a success after its troops struck Kyiv"): the speaker and whom they address stand
    before it and take no role; a name after it ("its troops struck") still tells who did the act."""
    return None if _told_in_passing(text, sentence, event) else naming(text, sentence, event)


def speaker_did_it(text: str, sentence: Sentence, event: Mention, res: Resolution) -> bool:
    """Does the sentence tell the act a speaker named again by another word of its own just after a force named back
    by a possessive ("Russia called the attack a success after its troops struck Kyiv", `CUES.OWN_FORCE`)? The
    pronoun names the speaker: the speaker's force did the act, and the speaker keeps its role."""
    told = [m for m in sentence.mentions if m is not event and res.of.get(m) == res.of.get(event)]
    return any(CUES.OWN_FORCE.match(force.text) and not text[force.end:verb.start].strip()
               for verb in told for force in sentence.mentions if force.end <= verb.start)


def naming(text: str, sentence: Sentence, event: Mention) -> int | None:
    """Where the verb of naming starts, if the event is what a speaker calls something, or what they call it
    ("calling the clashes a war": `CUES.NAMED_AS`, `CUES.NAMED_AS_COMPLEMENT`)."""
    window = max(sentence.start, event.start - 50)
    named = CUES.NAMED_AS.search(text, window, event.start)
    if named and CUES.NAMED_AS_AFTER.match(text, event.end):
        return named.start()
    complement = CUES.NAMED_AS_COMPLEMENT.search(text, window, event.start)
    return complement.start() if complement else None


def answered_by(text: str, event: Mention, other: Mention) -> bool:
    """Does `other` stand after a cue of what the event answers ("launched the offensive in response to a
    rocket attack on Belgorod")? It is the answered act's, not the event's."""
    return event.end <= other.start and bool(cues("coreference").ANSWERING.search(text, event.end, other.start))


def side_of_act(text: str, event: Mention, entity: Entity, mention: Mention) -> bool:
    """Is the mention one side's demonym just before the word of its act ("A final Ethiopian offensive",
    `CUES.SIDE_ACTS`; "the Chinese charm offensive", `CUES.FIGURATIVE_KIND`), which names that act (not a war it
    is read as: "Azerbaijani counterattacks" told of the war are no start of it)? Whose act it is began it, as a
    possessive's owner did, unless the act is figurative (`figurative`)."""
    return event.cls in CUES.SIDE_ACTS and event.cls in entity.classes and demonym_before(text, event, mention)


def demonym_before(text: str, event: Mention, mention: Mention) -> bool:
    """Is the mention a demonym just before the event's word, or before a word of its kind ("the Chinese charm
    offensive", `CUES.FIGURATIVE_KIND`)?"""
    return (mention.method == METHOD_DEMONYM and mention.end <= event.start
            and (not text[mention.end:event.start].strip() or bool(CUES.FIGURATIVE_KIND.fullmatch(
                text, mention.end, event.start))))


def figurative(text: str, sentence: Sentence, event: Mention, side: Mention) -> bool:
    """Is the side's act told of persuasion ("charm offensive"), trade ("offensive in the smartphone market"), sport
    (a match in its sentence: "The Brazilian attack ... in the final") or business (`CUES.ECONOMIC`: "Markets fell a
    year after the Chinese takeover of the port"; never an act of force with weapons, `CUES.WEAPON_ACTS`: "The
    Russian invasion sent markets tumbling")? The demonym then names a firm's country or a team, no state acting: it
    takes no role."""
    return bool(CUES.FIGURATIVE_KIND.fullmatch(text, side.end, event.start)
                or CUES.FIGURATIVE_FIELD.match(text, event.start)
                or CUES.SPORTING.search(text, sentence.start, sentence.end)
                or (text[event.start:event.end].lower() not in CUES.WEAPON_ACTS
                    and CUES.ECONOMIC.search(text, sentence.start, sentence.end)))


def in_phrase(text: str, sentence: Sentence, event: Mention, other: Mention) -> bool:
    """Does `other` stand in the event's own phrase: after it, before the next comma, or as the demonym just before
    its word ("the anniversary of the French capture of Algiers": whose act it was, `_side_of_noun`)? The commas
    of a date ("on December 14, 1995, in Paris") end no phrase."""
    if other.start < event.end:
        return _side_of_noun(text, event, other)
    between, end = "", event.end
    for date in sorted((m for m in sentence.mentions if m.kind == "date" and event.end <= m.start < other.start),
                       key=lambda m: m.start):
        between += text[end:date.start]
        end = date.end + (text[date.end:date.end + 1] == ",")
    return not re.search(r"[,;:]", between + text[end:other.start])


def _side_of_noun(text: str, event: Mention, other: Mention) -> bool:
    """Is `other` a demonym just before the event's noun ("the French capture of Algiers", "since the Soviet
    invasion") or a possessive pronoun read as an actor ("before their withdrawal", `pronouns`)? It qualifies the
    event's own noun phrase, however the phrase is named: a point in time keeps it."""
    if other.end > event.start or event.text.lower() in VERBS:
        return False
    if other.method == PRONOUN:
        return cues("coreference").POSSESSIVE_BEFORE_ACT.fullmatch(text, other.start, event.start) is not None
    return other.method == METHOD_DEMONYM and not text[other.end:event.start].strip()

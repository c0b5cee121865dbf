"""The role a name takes in an event its clause tells: target, actor, place, or none (`claims`).

An actor named just after "against" / "on" / "targeting" the event, as the object of an attack verb
("shelled Stepanakert"), as the side that lost (`structure.LOST`: driven out, deposed, whose lines broke,
whom a place was taken from) or as the subject of a passive verb of harm ("1,191 Lebanese were killed") is
its target. The possessor of the event began it ("Russia's incursion"), and so did who is named by "by"
after it. A state is a place where a preposition of place, a part of its land, a place noun or a list of
places says so, none where it is a side of a border or owns an embassy, else an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import top_classes, tops
from ..recognise import Sentence
from ..recognise.patterns import METHOD_DEMONYM
from ..recognise.people_groups import NAME as PEOPLE_GROUPS
from . import structure
from .addressed import addressed
from .labels import attribute_of_office, named_agent, owns_account, passive_subject_end

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
WARSHIPS = cues("warships")  # the hulls listed after a plural kind of ship an attack verb struck are its objects
ROLES = cues("roles")  # ... and the roles': a second "on" / "to" after a blamed act (`ATTRIBUTED_AGAIN`)
HEADS = cues("subject_heads")  # a passive subject's head of two plural nouns ("sailors and soldiers")
DEATHS = cues("deaths")  # the verbs of dying whose subject suffered the death
ASIDE_REACH = cues("triggers").FELL_ASIDE_REACH  # words of an aside between commas before a verb (`moves.antecedent`)

# Acts done together: who did one "by" did it with the others ("signed by A and by B"), no one began it.
JOINT_ACTS = frozenset({"Signing", "Meeting", "Negotiation"})
PASSIVE_SUBJECT_WORDS = 2  # words between a name and its passive verb of harm that still make one subject with it
INFINITIVE_REACH = 30  # characters: "to " and a verb before the name
PLACED_REACH = 80  # characters from a preposition of place over the names it lists ("in Syria, Iraq and ")
OPENING_REACH = 60  # characters before it: a first opening phrase and its comma ("On 5 September 1994, ")
GAINED_REACH = 30  # characters between "lost to" and the name after its article and adjectives
MOVE_ASKED_REACH = 6  # words before a move's noun read for the cue that asks for or plans it ("to agree to the")


def role(text: str, sentence: Sentence, mention: Mention, entity: Entity, event: Mention | None = None) -> str | None:
    """target, hasActor or hasPlace for an entity named with an event; None for none of them."""
    kinds = tops(entity.classes)
    if "Person" in entity.classes and addressed(text, sentence, mention):
        return None  # "Ms Nangolo, the operation was called Operation Reindeer": whom the speaker turns to
    event = _harm_done_with(text, sentence, event, mention) or event
    if event and _in_described(text, event, mention):
        return None  # "Tawfiq Jabr, a Hamas appointee, was killed": who the victim is, no part of the act
    if _reference_or_favoured(text, sentence, mention):
        return None  # "85 miles northeast of Hanoi", "a pro-OAS march": neither where nor who
    if "Actor" in kinds and attribute_of_office(text, mention):
        return None  # "arrested supporters of the Egyptian president": whose office, no side of the act
    if _land_before(text, sentence, mention):
        return None  # "the Kosovo Albanian delegation": a people of Kosovo, not the state of Albania
    if owns_account(text, mention):
        return None  # "By Eritrea's account, Ethiopian troops attacked first": who tells it, neither who nor where
    if "Place" in kinds and CUES.SIDES_WITHIN.match(text, mention.end):  # "Libya's warring sides": where, not who
        return None if event is None or event.cls in JOINT_ACTS else "hasPlace"
    if event and "Actor" in kinds and _is_possessor(text, event, mention):
        return "initiatedBy"
    gained = event and "Actor" in kinds and CUES.GAINED_BY.search(text, max(0, mention.start - GAINED_REACH),
                                                                  mention.start)
    if gained and not _object_of_blamed(text, gained, mention):  # "vehicles lost to the separatists were seized"
        return "hasActor" if _won(text, gained, mention) else None
    if event and "Actor" in kinds and _is_target(text, sentence, event, mention, "Place" in kinds):
        return "target"
    if "Actor" in kinds and _unarmed_people(text, mention):
        return None
    if event and "Actor" in kinds and (_in_passive_subject(text, event, mention)
                                       or _own_verb_after(text, sentence, event, mention)
                                       or structure.cued(text, mention, structure.AMONG_VICTIMS)):
        return None
    if event and "Actor" in kinds and (_infinitive_object(text, event, mention)
                                       or _moved_by_other(text, sentence, event, mention)):
        return None
    if event and "Actor" in kinds and _is_agent(text, event, mention):
        return "hasActor" if event.cls in JOINT_ACTS else "initiatedBy"
    if "Actor" in kinds and "Place" in kinds and (structure.cued(text, mention, structure.BORDER_SIDE)
                                                  or CUES.MISSION_AFTER.match(text, mention.end)):
        return None  # a side of a border, the owner of an embassy: neither where nor who
    if "Actor" in kinds and "Place" in kinds and _left_for_another_act(text, sentence, event, mention):
        return None  # "Russian troops from Belarus attacked Kyiv": where they came from, not where they struck
    if "Actor" in kinds and "Place" in kinds:
        before = _governing_words(text, sentence, mention)
        governed = _governed(text, sentence, mention) and not _troops_from(text, sentence, mention)
        placed = (governed or before and _part_of_land(before)
                  or CUES.PLACE_NOUN.match(text, mention.end)
                  or CUES.PLACE_OF.search(text, max(0, mention.start - 40), mention.start)
                  or _in_placed_list(text, sentence, mention) or _people_after(text, sentence, mention)
                  or _struck(text, event, mention))
        return "hasPlace" if placed else "hasActor"
    if "Actor" in kinds:
        return None if CUES.PLACE_OF.search(text, max(0, mention.start - 40), mention.start) else "hasActor"
    if "Place" in kinds:
        return None if _represented(text, sentence, mention) else "hasPlace"
    return None


def _harm_done_with(text: str, sentence: Sentence, event: Mention | None, mention: Mention) -> Mention | None:
    """The passive verb of harm the event is the instrument of, named by "by" just after it ("Bashir Gemayel ... was
    killed by a bomb", "civilians were wounded by shelling"), when the name stands before that verb: the name is
    in the subject of what the instrument did, and takes the role it takes in the verb's event (the victim is the
    bomb's target too; the state owning its title did not set the bomb)."""
    if event is None or mention.end > event.start:
        return None
    return next((m for m in sentence.mentions if m.kind == "trigger" and mention.end <= m.start and m.end <= event.start
                 and passive_subject_end(text, m) is not None and _instrument_after(text, m, event)), None)


def _instrument_after(text: str, harm: Mention, event: Mention) -> bool:
    """Is the event named by "by" or "in" just after the passive verb of harm, past at most `PASSIVE_SUBJECT_WORDS`
    words qualifying it ("was killed by a bomb", "were killed by an Israeli airstrike", "were killed in an Israeli
    airstrike": `ROLES.HARMED_IN`)? Whom the verb harmed suffered the event too: its target, never its actor. "In"
    tells one side's act only (`CUES.SIDE_ACTS`): soldiers "killed in clashes with Chinese troops" fought them."""
    harmed_in = ROLES.HARMED_IN.match(text, harm.end, event.start) if event.cls in CUES.SIDE_ACTS else None
    agent = cues("coreference").AGENT.match(text, harm.end, event.start) or harmed_in
    words = text[agent.end():event.start].split() if agent else []
    return agent is not None and len(words) <= PASSIVE_SUBJECT_WORDS and all(w.replace("-", "").isalpha() for w in words)


def _reference_or_favoured(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name a point of reference for a distance or a direction ("about 85 miles northeast of Hanoi",
    `CUES.DISTANCE_FROM`; "at Lukaya, south of Kampala", `CUES.RELATIVE_TO`) or whom a "pro-" / "anti-" compound
    favours or opposes ("a pro-OAS march", `CUES.FAVOURED_BEFORE`; one word: a name read past it, "pro-Russian
    separatists", is the group), or an outcome favoured or hurt ("a diplomatic coup for Qatar", `CUES.OUTCOME_FOR`)?
    None took a role in what the clause tells."""
    reach = max(0, mention.start - CUES.DISTANCE_REACH)
    if CUES.DISTANCE_FROM.search(text, reach, mention.start) or _relative_to_place(text, sentence, mention, reach):
        return True
    if CUES.OUTCOME_FOR.search(text, max(0, mention.start - CUES.OUTCOME_REACH), mention.start):
        return True
    return " " not in mention.text and bool(CUES.FAVOURED_BEFORE.search(text, max(0, mention.start - 5), mention.start))


def _relative_to_place(text: str, sentence: Sentence, mention: Mention, reach: int) -> bool:
    """Is the name the point of reference of a compass direction set off by a comma after a place's name ("at Lukaya,
    south of Kampala", `CUES.RELATIVE_TO`)? Only a place's mention ending at that comma locates it: after "On Monday,"
    or "Israel struck Hezbollah," the direction tells where the act was, and the name after it is that place."""
    relative = CUES.RELATIVE_TO.search(text, reach, mention.start)
    comma = relative and text.index(",", relative.start())
    return bool(relative) and any(m.end == comma and m.kind == "entity" and "Place" in top_classes(m.cls)
                                  for m in sentence.mentions)


def _won(text: str, gained: re.Match, mention: Mention) -> bool:
    """Is the name whom something was lost to (`CUES.GAINED_BY`) after "lost to" as the finite verb ("Armenia lost to
    Azerbaijan in the war"), not in the noun phrase of a passive verb's subject ("vehicles lost to the separatists were
    seized")? The winner fought: an actor, no place. Whom an act is blamed on is none of these (`roles`)."""
    return bool(gained.group("lost")) and CUES.GAINED_PASSIVE_AFTER.match(text, mention.end) is None


def _object_of_blamed(text: str, gained: re.Match, mention: Mention) -> bool:
    """Is the name after "blamed the attack on" the act's own object, whom it is blamed on named after a second "on" /
    "to" (`ROLES.ATTRIBUTED_AGAIN`: "blamed the attack on India on militants")? It takes the act's roles: India was
    attacked."""
    return not gained.group("lost") and ROLES.ATTRIBUTED_AGAIN.match(text, mention.end) is not None


def _unarmed_people(text: str, mention: Mention) -> bool:
    """Is the name a demonym before a noun of people who bear no arms ("abducting Macedonian civilians", "the
    rights of the Albanian minority", `CUES.UNARMED_PEOPLE_AFTER`)? It names the victims or a minority, never the
    state acting: no actor (who suffered a passive verb of harm is still its target, `_is_target`). A people group
    holds its noun (`recognise.people_groups`: "Somali refugees", or the noun alone: "villagers"): the same when its
    own last word is that noun ("Thousands of villagers fled as fighting spread": no side of the fighting)."""
    if mention.method == PEOPLE_GROUPS:  # its last word, wherever the name stands (the text's first word too)
        return CUES.UNARMED_PEOPLE_AFTER.fullmatch(f" {text[mention.start:mention.end].split()[-1]}") is not None
    return mention.method == METHOD_DEMONYM and CUES.UNARMED_PEOPLE_AFTER.match(text, mention.end) is not None


def _unarticled(before: list[str]) -> list[str]:
    """The words before a name, less a "the" and a word describing the land just before it: "fled to
    the Democratic Republic of the Congo" and "talks in neighbouring Chad" govern the state by their
    preposition as "fled to Uganda" does."""
    if before and before[-1].lower() in CUES.LAND_ADJECTIVES:
        before = before[:-1]
    return before[:-1] if before and before[-1].lower() == "the" else before


def _struck(text: str, event: Mention | None, mention: Mention) -> bool:
    """Is the state the object of the event's attack verb ("Russian troops invaded Ukraine") or of its
    noun's "of" ("the occupation of Kuwait", "the invasion of Afghanistan")? Where the attack was as much as whom it struck
    (`_is_target`): a place, not an actor."""
    if not event or mention.start < event.end:
        return False
    between = text[event.end:mention.start]
    if event.text.lower() in CUES.STRUCK_OF_NOUNS and CUES.STRUCK_OF.fullmatch(between):
        return True  # "the Soviet invasion of Afghanistan"
    return not between.strip() and (event.text.lower() in CUES.ATTACK_VERBS or bool(CUES.OBJECT_OF.search(event.text)))


def _in_placed_list(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the name stand in a list of names after a preposition of place ("in Syria and Iraq")? Each is
    a place, as the first is; not after an opening phrase's comma nor "Troops from" (whose troops), nor a possessor
    (`structure.possessor`: "in Helsinki, Indonesia's minister")."""
    listed = _placed_list(text, mention)
    return listed is not None and not _opening_phrase(text, listed, mention) \
        and not _whose_troops(text, sentence, listed) and not structure.possessor(text, mention)


def _placed_list(text: str, mention: Mention) -> re.Match | None:
    """The preposition of place and the names listed after it up to the name (`CUES.PLACED_LIST`, within
    `PLACED_REACH` characters before it: "in Syria, Iraq and "), or None."""
    return CUES.PLACED_LIST.search(text, max(0, mention.start - PLACED_REACH), mention.start)


def _opening_phrase(text: str, listed: re.Match, mention: Mention) -> bool:
    """Is the list a phrase of place that opens its clause and a comma ends before the name ("In Geneva, Russia and
    the United States signed": Russia signed), at the sentence's start or after a first opening phrase ("On 5
    September, near Christchurch, Papua New Guinea and the rebels signed"; `CUES.PLACE_PHRASE_START`)? Not when the
    names after that comma end in "and" and a comma ("In Syria, Iraq and Lebanon, militants attacked":
    `CUES.OPENING_PLACES_GO_ON`): the phrase lists them as places too."""
    if "," not in listed.group() or not (listed.start() == 0 or CUES.PLACE_PHRASE_START.search(
            text, max(0, listed.start() - OPENING_REACH), listed.start())):
        return False
    places = CUES.OPENING_PLACES_GO_ON.match(text, listed.start() + listed.group().index(","))
    return places is None or places.end() <= mention.start


def _troops_from(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name the first of the states armed men come "from" ("Troops from Russia and Belarus attacked":
    Russia's troops; `_whose_troops`)? Then "from" governs no place."""
    listed = _placed_list(text, mention)
    return listed is not None and _whose_troops(text, sentence, listed)


def _whose_troops(text: str, sentence: Sentence, listed: re.Match) -> bool:
    """Is the list the states "from" which armed men come ("Troops from Russia and Belarus attacked", "UN troops from
    Pakistan and Bangladesh": whose troops, not where; `WHOSE_TROOPS`)? Not when the troops are a state's own force
    already (`_owned_force_before`: "the withdrawal of Syrian troops from Lebanon"): the list is where they left."""
    troops = CUES.WHOSE_TROOPS.search(text, max(0, listed.start() - PLACED_REACH), listed.start())
    return bool(listed.group("source")) and troops is not None and not _owned_force_before(sentence, listed)


def _left_for_another_act(text: str, sentence: Sentence, event: Mention | None, mention: Mention) -> bool:
    """Is the name a state a state's own named force comes "from" (`_owned_force_before`) with an event that is no
    move (`CUES.MOVED_OF_CLASSES`)? "Syrian troops withdrew from Lebanon" leave it, a place of the move; "Russian troops
    from Belarus attacked Kyiv" struck elsewhere: Belarus is neither where the attack was nor who made it."""
    if event is None or event.cls in CUES.MOVED_OF_CLASSES:
        return False
    listed = _placed_list(text, mention)
    return listed is not None and bool(listed.group("source")) and _owned_force_before(sentence, listed)


def _owned_force_before(sentence: Sentence, listed: re.Match) -> bool:
    """Does a named armed force end right before the list's "from" ("Syrian troops", one mention of the forces'
    recogniser that names their state)? Its owner is told; "from" names where the force moves from."""
    return any(m.kind == "entity" and m.cls == "ArmedForce" and not listed.string[m.end:listed.start()].strip()
               for m in sentence.mentions)


def _part_of_land(before: list[str]) -> bool:
    """Do the words before a state name a part of it ("southern Lebanon", "south Lebanon"; not "In the
    south Russia attacked")?"""
    word = before[-1].lower()
    return word in CUES.PART_OF_LAND or word in CUES.COMPASS_NOUNS and (len(before) < 2 or before[-2].lower() != "the")


def _people_after(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a people's plural follow the name ("Kosovo Albanians": the land names the people)? Not a
    word the sentence names as something else: "Paris" and "Tunis" end as "Iraqis" does."""
    people = CUES.PEOPLE_AFTER.match(text, mention.end)
    return bool(people) and not any(m.kind == "entity" and m.cls != "PopulationGroup" and m.start < people.end() <= m.end
                                    for m in sentence.mentions)


def _land_before(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is a demonym the people of the land named just before it ("the Kosovo Albanian delegation": the
    Albanians of Kosovo, not Albania)? Not after a land a preposition governs ("In Syria Russian jets struck")."""
    return mention.method == METHOD_DEMONYM and any(
        m.kind == "entity" and "Place" in top_classes(m.cls) and m.end < mention.start
        and text[m.end:mention.start] == " " and not _governed(text, sentence, m) for m in sentence.mentions)


def _represented(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the land named only to say whose speakers follow it (`CUES.REPRESENTED_AFTER`: "the Bougainville parties
    signed")? Not when a preposition of place governs it (`_governed`): "Fighting raged in Aleppo officials said"
    places the fighting in Aleppo."""
    return CUES.REPRESENTED_AFTER.match(text, mention.end) is not None and not _governed(text, sentence, mention)


GOVERNED_REACH = 16  # characters before a name read for its preposition, article and word describing the land


def _governing_words(text: str, sentence: Sentence, mention: Mention) -> list[str]:
    """The words of its sentence just before the name, `GOVERNED_REACH` characters back, less an article and a word
    describing the land (`_unarticled`): where its preposition or the part of the land it names stand. Not
    `wording.words_before` (up to six words of the clause, articles kept), which reads an event's determiner."""
    return _unarticled(text[max(sentence.start, mention.start - GOVERNED_REACH):mention.start].split())


def _governed(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a preposition of place stand just before the name ("in Syria", "fled to the Democratic Republic of the
    Congo", "talks in neighbouring Chad")?"""
    before = _governing_words(text, sentence, mention)
    return bool(before) and before[-1].lower() in CUES.PLACE_PREPOSITIONS


def _is_target(text: str, sentence: Sentence, event: Mention, mention: Mention, is_place: bool) -> bool:
    """The actor stands just after "against / on" the event, or is the object of an attack verb.

    A state after "on" or an attack verb is where the event happened as much as whom it struck; only "against" and
    "targeting" make a state a target, or a verb of destruction after the event's word (`CUES.DESTROYED_OBJECT`:
    "struck Egyptian airfields and destroyed most of Egypt's air force"), or "held by" after the place an act of
    force struck (`CUES.HELD_BY_BEFORE`: "besieged the town of Kassala, held by Eritrean forces"). Who is driven
    out ("driving Iranian troops from the peninsula") is a target wherever it stands, and so is the subject of a
    passive verb of harm ("1,191 Lebanese were killed", "Iran and Iraq were attacked").
    """
    if structure.cued(text, mention, structure.LOST):
        return True
    if mention.start > event.end and CUES.DESTROYED_OBJECT.search(text, max(0, mention.start - 40), mention.start):
        return not is_place
    if mention.start > event.end and event.cls in CUES.STRUCK_HOLDER_ACTS and CUES.HELD_BY_BEFORE.search(
            text, max(event.end, mention.start - CUES.HELD_BY_REACH), mention.start):
        return True  # "besieged the town of Kassala, held by Eritrean forces": the side besieged
    if mention.end <= event.start:
        return _is_passive_subject(text, sentence, event, mention) or _under_arrest(text, event, mention)
    if _in_object_of_act(text, event, mention) and (not is_place or (
            mention.method == METHOD_DEMONYM and not CUES.PLACE_NOUN.match(text, mention.end))):
        return True  # "arrested American sailors", "the capture of Ali Musa"; not "shelled Eritrean towns"
    if event.text.lower() in CUES.ATTACK_VERBS and WARSHIPS.HULLS_LISTED_AFTER.search(
            text, max(event.end, mention.start - 80), mention.start):
        return True  # "sank three transport ships, HQ-604, HQ-605 and HQ-505": each hull listed was sunk
    if mention.start - event.end > 30:
        return False
    between = text[event.end:mention.start]
    if _owns_warship_struck(text, event, mention, between):
        return True
    own = len(CUES.OWN_AGAINST) if event.text.lower().endswith(CUES.OWN_AGAINST) else 0
    cue = CUES.TARGET_CUE.match(text[event.end - own:mention.start])  # "rose against| the government of X"
    if cue:
        return not is_place or bool(CUES.HOSTILE.search(cue.group()))
    verb = event.text.lower() in CUES.ATTACK_VERBS and not between.strip(" ")
    return verb and not is_place


def _in_object_of_act(text: str, event: Mention, mention: Mention) -> bool:
    """Is the name in the object of an act done to people, told by its active verb or its noun and "of"
    (`CUES.SUFFERED_BY_OBJECT`: "arrested two American sailors", "the expulsion of Libyan diplomats", "captured rebel
    commander Joseph Kony")? Only articles, numbers, lowercase words that are no preposition, a title and an
    apposition's comma stand between (`CUES.OBJECT_BEFORE`): "were arrested by Mexican soldiers" names the agent."""
    return (event.text.lower() in CUES.SUFFERED_BY_OBJECT and mention.start - event.end <= CUES.OBJECT_REACH
            and CUES.OBJECT_BEFORE.fullmatch(text, event.end, mention.start) is not None)


def _under_arrest(text: str, event: Mention, mention: Mention) -> bool:
    """Is the name who was put or held "under arrest" just before the noun ("placed Prime Minister X under house
    arrest", "X had been taken under arrest", `CUES.UNDER_ARREST_BEFORE`)? The one arrested, whoever arrested him."""
    return (event.text.lower() in CUES.HELD_UNDER
            and CUES.UNDER_ARREST_BEFORE.fullmatch(text, mention.end, event.start) is not None)


def _owns_warship_struck(text: str, event: Mention, mention: Mention, between: str) -> bool:
    """Does the state qualify the warship the attack verb struck ("sank the Argentine cruiser")? It owned it."""
    return (event.text.lower() in CUES.ATTACK_VERBS and CUES.WARSHIP_OWNER_BEFORE.fullmatch(between) is not None
            and CUES.WARSHIP_AFTER.match(text, mention.end) is not None)


def _is_passive_subject(text: str, sentence: Sentence, event: Mention, mention: Mention) -> bool:
    """Is the actor the subject of the event's passive verb ("Ukrainian soldiers are encircled", "civilians
    were killed", "Iran was attacked"): who suffered it, not who did it? Not of a move ("mercenaries ... are
    deployed"). The actor may qualify the subject's noun and name ("the Argentine cruiser ARA General
    Belgrano was sunk"), or be one of the names a subject lists (CONJUNCTS: "Iran and Iraq were attacked":
    each was struck, none struck), or qualify a head of two plural nouns (`HEADS.COORDINATED_HEAD`: "Ethiopian
    sailors and soldiers died"). A state is whom as much as where: no actor of what it suffered. A name
    after a preposition of place (PLACED_LIST: "Two villages in Lebanon were struck") is where the subject
    is, not its head. The head's noun is read up to the trigger's end: a trigger that holds its auxiliary ("ICU
    fighters| had been killed") shows it to the head's look-ahead as one after it does ("fighters had been| killed")."""
    subject = _passive_subject(text, event)
    listed = CUES.CONJUNCTS.match(text, mention.end, event.start).end()
    if event.start - listed > 40 or subject is None or _in_placed_list(text, sentence, mention):
        return False
    end = subject.head_end
    if end < mention.start:
        return _in_apposition(text, subject, mention)
    head = CUES.SUBJECT_HEAD.match(text, listed, event.end)
    joined = HEADS.COORDINATED_HEAD.match(text, listed, end)
    if joined and (joined.group("head") or mention.text.split()[-1].islower()):
        head = joined  # "Ethiopian sailors and soldiers died", "Eritrean soldiers and civilians were killed"
    return head.end() <= end and (not text[head.end():end].strip() or _aside_before_dying(text, event, head.end(), end))


def _aside_before_dying(text: str, event: Mention, start: int, end: int) -> bool:
    """Is text[start:end] an aside between commas of at most `ASIDE_REACH` words before a verb of dying ("Sergeant
    Labalaba, a Fijian, died")? The subject is the name before it, as `moves.antecedent` reads it: who died."""
    gap = text[start:end].strip()
    return (event.text.lower() in DEATHS.SUFFERED_BY_SUBJECT and gap.startswith(",") and gap.endswith(",")
            and gap.count(",") == 2 and len(gap.split()) <= ASIDE_REACH)


@dataclass(frozen=True)
class _PassiveSubject:
    """The subject of a passive verb of harm: where its head ends, where a name set off by commas that names the head
    again ends ("Burundi's president, Cyprien Ntaryamira, were killed"), before the phrase describing that name
    ("Lebanon's president-elect, Bashir Gemayel, the leader of the Phalange, was killed", `CUES.APPOSITION_BEFORE`),
    and where the auxiliary starts. With no such name, all three are the auxiliary's start."""

    head_end: int
    name_end: int
    end: int


def _passive_subject(text: str, event: Mention) -> _PassiveSubject | None:
    """The event's passive subject (`_PassiveSubject`); None if the event is no passive verb of harm."""
    end = passive_subject_end(text, event)
    if end is None:
        return None
    apposition = CUES.APPOSITION_BEFORE.search(text, max(0, end - CUES.APPOSITION_REACH), end)
    if apposition is None:
        return _PassiveSubject(end, end, end)
    return _PassiveSubject(apposition.start(), apposition.start("described") if apposition.group("described") else end, end)


def _in_apposition(text: str, subject: _PassiveSubject, mention: Mention) -> bool:
    """Is the actor the name set off by commas between the subject's head and its auxiliary, or before the phrase
    describing that name ("Bashir Gemayel" in "..., Bashir Gemayel, the leader of the Phalange, was killed")?"""
    return not text[subject.head_end:mention.start].strip(" ,") and not text[mention.end:subject.name_end].strip(" ,")


def _in_described(text: str, event: Mention, mention: Mention) -> bool:
    """Is the name within the phrase describing the name in apposition in the passive subject ("Hamas" in "Gaza's
    police chief, Tawfiq Jabr, a Hamas appointee, was killed by Israel")? It says who the victim is: it took no part
    in the act, nor suffered it."""
    subject = _passive_subject(text, event)
    return subject is not None and subject.name_end < mention.start and mention.end <= subject.end


def _in_passive_subject(text: str, event: Mention, mention: Mention) -> bool:
    """Does the actor stand within the subject of the event's passive verb of harm without heading it
    ("Hamas hostages were killed", "Iran believes Kurds were killed": a word no head can be stands
    between, `_is_passive_subject`)? It did not do what its subject suffered, and may not have
    suffered it either: no role. A clause of its own before ("X shelled the city and civilians were
    killed") is more than `PASSIVE_SUBJECT_WORDS` words."""
    subject = _passive_subject(text, event)
    end = subject and subject.head_end
    if end is None or mention.end > end or end - mention.end > 40:
        return False
    words = CUES.POSSESSIVE_MARK.sub(" ", text[mention.end:end], count=1).split()
    return 0 < len(words) <= PASSIVE_SUBJECT_WORDS and not any(  # "president-elect" is one word
        w in CUES.JOINS or not w.replace("-", "").isalpha() for w in words)


def _own_verb_after(text: str, sentence: Sentence, event: Mention, mention: Mention) -> bool:
    """Is the actor, named after the event, the subject of a passive or negated verb of its own ("and about
    960 Argentine soldiers were taken prisoner", "and United Nations peacekeepers did not intervene")? It
    suffered that or did not act: no actor of the event (`OWN_VERB_AFTER`). Not a name after a preposition
    ("The presence of Eritrean troops in Ethiopia is widely documented"): no subject, a place; nor a side the event's
    own "between" names (`_side_between`): the verb is the act's own."""
    if _governed(text, sentence, mention):
        return False
    return (event.end <= mention.start and not _side_between(text, sentence, event, mention)
            and CUES.OWN_VERB_AFTER.match(text, mention.end) is not None)


def _side_between(text: str, sentence: Sentence, event: Mention, mention: Mention) -> bool:
    """Is the name one of two sides "between" names right after the event's word, only "and" between the two
    ("Clashes between Armenia and Azerbaijan were reported", "talks between the two delegations", `CUES.BETWEEN_FIRST`,
    `CUES.BETWEEN_NEXT`)? Not a side of a place ("the shelling of the border between Armenia and Azerbaijan was
    condemned"), nor a name past the clause ("Clashes between Eritrea and Ethiopia erupted in May and United Nations
    peacekeepers did not intervene")."""
    if CUES.BETWEEN_FIRST.fullmatch(text, event.end, mention.start):
        return True
    first = [m for m in sentence.mentions if m.kind == "entity" and m.end <= mention.start][-1:]
    return bool(first) and CUES.BETWEEN_NEXT.fullmatch(text, first[0].end, mention.start) is not None and (
        CUES.BETWEEN_FIRST.fullmatch(text, event.end, first[0].start) is not None)


def _infinitive_object(text: str, event: Mention, mention: Mention) -> bool:
    """Is the name, a state's own (no demonym: "to defend Russian peacekeepers" names the peacekeepers), the
    object of an infinitive of purpose after the event ("the invasion was needed to rid Iraq of weapons")? What the
    purpose bears on: no actor of it. An event named after the object is none the purpose serves: the state may
    fight in it ("sent drones to help Azerbaijan in the war against Armenia")."""
    return event.end <= mention.start and mention.method != METHOD_DEMONYM and CUES.INFINITIVE_OBJECT.search(
        text, max(0, mention.start - INFINITIVE_REACH), mention.start) is not None


def _moved_by_other(text: str, sentence: Sentence, event: Mention, mention: Mention) -> bool:
    """Is the name, before a noun of a move asked for, planned or provided for (`CUES.MOVE_ASKED_BETWEEN`: "called on
    the Government and Hizbullah to agree to the withdrawal", "should set a timetable for the withdrawal"), other than
    whom the noun's own "of" names as what moved (`CUES.MOVED_OF`: "of Israeli forces")? Who moved does the act; who
    is asked to agree to it (`_asked_of`) or sets its date does not: no role. An "of" that names no one ("of its
    troops") leaves the name before the noun its actor, and so does a verb of asking after the name: it asked for the
    move (`CUES.MOVE_ASKER`: "a Soviet message asking for the withdrawal of US missiles")."""
    if event.cls not in CUES.MOVED_OF_CLASSES or mention.end > event.start:
        return False
    moved = CUES.MOVED_OF.match(text, event.end)
    asked = CUES.MOVE_ASKED_BETWEEN.search(text, _asked_reach(text, mention, event), event.start) is not None and (
        CUES.MOVE_ASKER.search(text, mention.end, event.start) is None) and (
        CUES.MOVE_MODAL.search(text, mention.end, event.start) is not None or _asked_of(text, sentence, mention))
    return moved is not None and asked and any(
        m.kind == "entity" and m.start == moved.end() and "Actor" in top_classes(m.cls) for m in sentence.mentions)


def _asked_reach(text: str, mention: Mention, event: Mention) -> int:
    """Where the words that ask for or plan the move may start (`_moved_by_other`): after the name, no more than
    `MOVE_ASKED_REACH` words before the noun and after the last comma before it, so that the "to" of an aside or a
    relative clause between them ("Israel, which had pledged to leave, completed the withdrawal of Israeli forces")
    asks for nothing."""
    start = max(mention.end, text.rfind(",", mention.end, event.start) + 1)
    words = list(re.finditer(r"\S+", text[start:event.start]))[-MOVE_ASKED_REACH:]
    return start + words[0].start() if words else start


def _asked_of(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a verb of asking stand before the name, within `CUES.MOVE_ADDRESSEE_REACH` ("asked Chad", "called upon
    Ethiopia and Eritrea"): the name is whom it asks, not who decided or planned the move ("Israel decided to")?"""
    return CUES.MOVE_ASKER.search(text, max(sentence.start, mention.start - CUES.MOVE_ADDRESSEE_REACH),
                                  mention.start) is not None


def _is_possessor(text: str, event: Mention, mention: Mention) -> bool:
    """Is the mention the event's possessor ("Russia's subsequent incursion")? Whose act it is
    began it."""
    return mention.end <= event.start and bool(CUES.POSSESSOR.fullmatch(text, mention.end, event.start))


def _is_agent(text: str, event: Mention, mention: Mention) -> bool:
    """The actor is named by "by" just after the event: "the attack by Russian troops", "Tskhinvali
    was shelled by Georgian forces" (passive voice: the agent acted, the subject was struck), or after the "of"
    object of a noun of an act done to people ("the arrest of American sailors by Mexican soldiers")."""
    agent = named_agent(text, event.end, mention)
    if agent is not None:
        return agent  # "an invasion repelled by X": X stopped it
    return event.end < mention.start and event.text.lower() in CUES.SUFFERED_BY_OBJECT | CUES.STRUCK_OF_NOUNS and (
        CUES.OBJECT_THEN_AGENT.fullmatch(text, event.end, mention.start) is not None)

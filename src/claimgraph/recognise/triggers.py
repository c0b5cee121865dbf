"""Words that name an event or an agreement: "offensive", "attacked", "ceasefire", "savaş".

A trigger is a mention of an event or agreement that the gazetteer may not know. The
resolve stage decides which entity it is (the named war the text is about, or a new
event of this source). Matched as lower-case phrase patterns, so the rule stack keeps
the PhraseMatcher's speed. Turkish words are stems: in Turkish blocks a word that is a
stem plus a suffix ("savaşın", "saldırılarda") matches too (`nlp.stem_suffixes`).

Verb forms ("attacked", "withdrew") are told apart from nouns (`VERBS`): the resolver
reads a noun as a way of naming an event already in the story, a verb as a new happening.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lang import cues
from . import truces
from .abductions import takings
from .accords import meeting_accords, unnamed_plural
from .advances import advances
from .agreement_ends import agreement_ends
from .appointments import appointments
from .impacts import impacts
from .independence import independences
from .armed import (ambushed_party, armed_clause, armed_head, armed_subject, armed_words, fired_at, named_before,
                    subject_tokens, troops_in, weapon_head)
from .arson import arson_at, nothing_burnt
from .base import Candidate, words_of
from .charters import owned_charters
from .collapses import collapses
from .conventions import concluded_convention
from .deaths import deaths
from .named_deaths import named_deaths
from .decisions import decisions
from .dispatches import dispatches
from .effects_felt import effect_felt
from .encounters import encounters
from .exercises import exercises
from .gunfire import gunfire
from .killings import counted_killings, counted_things, named_killings, toll_of_sides
from .landings import landings
from .melee import came_at, shot_people, to_death
from .moves import armed_moves, fallen, falls, liberated, lost_places, pullouts
from .nlp import stem_suffixes
from .relations import relations
from .retractions import retracted
from .rulings import rulings
from .senses import other_sense, qualified
from .sinkings import unsunk
from .stoppages import work_stoppage
from .timeline_acts import untimed_present
from .topics import topic_of_talks
from .votes import voted_resolutions

CUES = cues("triggers")  # the words of every language (claimgraph.lang)
STOPPAGES = cues("stoppages")  # the class a strike that stops work is told as (`_moved`)
MONTHS = cues("dates").MONTHS  # a month's name after "demonstrated in" is no place (`_undemonstrated`)
DEATHS = cues("deaths")  # the words of a mishap's or an illness's toll (`_mishap`)
MISHAPS = "claimgraph.mishaps"  # doc.user_data key: per sentence start, does `_mishap` read a mishap there
QUESTION_MARK = cues("modality").QUESTION_MARK  # a question's mark, one for every stage that reads questions
NAME = "triggers.v156"  # v156: s41 review: "is killed" of a thing's name ("Project Titan is killed") or in a line of
# polls, markets or a player ("Joe Biden is killed in the polls") no killing (timeline_acts._named_subject);
# v155: s41 events41: "hanged" a killing of a person, as "executed" (lang.en.triggers
# EXECUTION_WORDS; not "in effigy", "be hanged if": senses._no_one_executed); "is killed", "are killed" of one or two
# people named a killing out of a dated entry too, in no line of a story or a game (timeline_acts._named_subject);
# v154: s40 review: "killed" of a name the gazetteer holds as a place or force, or opened or
# ended by a word of a thing ("the Raiders killed Green Bay", "rebels killed Project Titan",
# lang.en.triggers.NAMED_THING_OPENERS, NAMED_THING_ENDS), kills no one (killings.named_killings);
# v153: s40 events40: "agents killed Ahmed Bouchiki", "killed their commandant" a killing of one
# person by name or office (killings.named_killings); a note's toll of the armed or the displaced ("26 attackers
# killed", "dozens of IDPs dead": lang.en.deaths.DEAD_PEOPLE);
# v152: s39 review: armed men who crossed a line or arrived for an occasion, "for" or "on"
# ("crossed the border on leave", "for the funeral", "on a goodwill visit"; moves._for_an_occasion) move in none;
# v151: s39 mend: a crossed line is read in the verb's own sentence, not past a "!" or "?"
# ("crossed themselves! The river, swollen by rain, lay ahead");
# v150: s39 events39: armed men who crossed a border, a river or a named or ceasefire line
# on a date move in ("the Red Army crossed the border on 30 November", moves._line_crossed), in a sentence where no
# event word was found ("crossed the 38th parallel and invaded"); not refugees, fans, a finish or picket line, a line
# crossed in words, an errand ("crossed the river to celebrate");
# v149: s38 review: armed men as the subject of an active "destroyed" attack whatever mishap
# word the sentence holds ("in breach of the treaty", "set the barracks on fire"; `_nothing_destroyed`); a craft
# destroyed and replaced, dismantled or retired none; an idiom's noun read past a possessive ("destroyed the rebels'
# morale", `_idiom_object`); a ship named by prefix sunk only by arms (sinkings._sunk_by_arms: not "Poor reviews sank
# HMS Pinafore")
# v148: s38 mend38: a feared war "breaking out", fighting "erupting" or a war "during the
# winter" is none after "the danger of": only a verb of change spares it (lang.en.triggers.DANGER_CHANGES);
# v147: s38 review38c: no attack in "destroyed" that ends a shootdown told up to two sentences
# before ("shot down the airliner. The plane was destroyed by two missiles"), of a crash, an eruption, a cull, an
# eradication, an amnesty or a bomb disposal, nor in a sentence of sport; "destroyed by government troops" one
# (`_nothing_destroyed`); no ship sunk in weapons tests or as an artificial reef (sinkings.NO_WAR_SINKING)
# v146: s38 review38a: "the Islamic State capture of Mosul" is a capture (`_ends_name`); a war
# "not ... until 1917" came, so did feared fighting that "came true"; no war "didn't go to war"; no signing "[signed]"
# v145: s38 events38: "destroyed" an attack by armed men ("fighters destroyed the shrines") or
# of a war craft in the passive ("most of its planes were destroyed on the ground"), no goods, papers or hopes
# destroyed, no fire or storm; "sank HMS Ardent" a ship by its prefix sunk (sinkings.SHIP_PREFIXES);
# v144: s38 spurious38: no war "promised not to go to war", none in "the danger of a
# general war" or "risk of renewed fighting" (`_conditional`); no signing "(Signed) A. Name" nor "Signed in X, this 27th
# day of" (`_signature_line`); no capture of a lecture, of motion or of carbon (lang.en.triggers.COMPOUND_LEFT);
# v143: s37 second reading: "under fire for two hours", "over the weekend" attack; "from armed
# groups", "from both sides" no blame; firing among workers or staff is shooting
# v142: s37 review: no attack "under fire" in parliament, on social media or of a fire
# brigade (`gunfire._blamed`), nor a house set on fire by lightning or fireworks, nor cannon fire of a salute or firing
# at a range or a championship (lang.en.gunfire: CRITICS, MISHAP_CAUSES, SHOWS_OF_FIRE);
# v141: s37 events37: shooting told by a noun of fire: "came under fire", "Artillery fire
# erupted", "Firing broke out", "set the school on fire", "were fired upon" (`gunfire`); a killing of "dozens of
# soldiers", by "rebels" or "police" before a count of people (`killings._counted_by_killers`), "was reportedly killed";
# v140: s36 review: no attack fired in a drill or a match, nor fired back at critics or in a dispute
# (`_retort_after`); no death told with a crash, a derailment or a heatwave (deaths.DISASTERS), nor "were killed"
# in one with no arms told ("Passengers were killed when the bus overturned", `_mishap`); no capture of a lead
# or a prize ("The crew seized the lead", triggers.WON);
# v139: s36 review: a council's verdict only on an act of force: not "the price war",
# "the hunger strike", "the offensive remarks", "that states use the funds", "the use of plastic"; no parliament's
# draft resolution ("MPs voted on a draft resolution");
# v138: s36 review: no place of an unknown name fell in a sentence of a market ("Apple
# fell 4 percent on Friday", `named_falls`);
# v137: s36 agreements36: a draft resolution voted on is the body's act, and a council's
# or an assembly's verdict ("the General Assembly deplored the invasion") its resolution, "signed the accords"
# accords told;
# v136: s36 events36: armed men, an armed name or a patrol that "fired" with no object ("fired
# first", "fired when asked", "fired from the roof") attack; a toll with no verb ("100 JNA dead", "Of the 44 dead")
# a killing (deaths._verbless_toll), not a figure given ("counted 1,383 dead"); "sniper" an irregular;
# v135: s35 reader: "shot" after a determiner or possessive is the noun ("His shot hit the post"), a pronoun shot
# somewhere a figure ("shot them to the top of the table", "shot him down");
# v134: s35 review: a figure's noun only as the lower-case head of the object ("attacked
# the budget office", "shot Bill Ryan" attacks again); "shot" not of a second object ("shot the president a question"),
# her belongings ("shot her gun into the air"), "shot of", a jab; "shot them one by one" an attack;
# v133: s35: a bill killed, a proposal shot down, a budget attacked no event (FIGURE_HEADS);
# "shot" said of people an attack whoever shot ("They shot everyone who ran", "he was shot on 3 December"), "shot dead
# two farmers" a killing (melee.shot_people); v132: s34 review: who is come at is a person ("came at a meeting with
# club officials" none);
# a Title Case headline names no victim; "dead asleep", "dead beat", "dead to the world", "nearly died" no deaths;
# v131: s34 second reading: what is beaten "to death" read in the object (or a passive's
# subject), not the sentence ("beat a leopard to death", "At Davos the idea was beaten"); "-men" of "regimen" no
# people; "with all guns blazing" no attack; the teller's own dead none in a game ("In paintball they killed two of
# us", "died twice") nor "dead on our feet" (deaths.dead_told, one test for tolls and named deaths); "signed up" at a
# text's or a headline's end a joining. v130 (031ecb90) also widened the joining "signed up" from "sign"/"signed" to
# every SIGNED_VERBS form ("signs up for", "signing up as"); v130: s34: "were hacked to death", "came at us with
# clubs", "killed two of our men", "two of us were dead" (melee, killings, deaths); v129: s33 reading: "A man
# carrying a bomb blew himself up" an attack; "She marched
# her supporters" a protest; v128: s33 review: "struck with a bomb", "signed up to the truce", "a forward-looking
# agreement", "supporters of the invasion", "the Desert Rats invaded" acts again; "died from his injuries" after a
# fire no killing; v127: s33: a shop sign, "signed up for", "Signed:", a player signed, people marched off
# ("marched us"), a bomb someone has with him ("with a gun or a nail bomb"), pests that invade: no event; "died of his
# wounds" a killing; v126: "executed a man", "executed 20 deserters" killings; v125: a port's or a rail
# line's strike that harms, or "on" after no verb of going, no stoppage; v124: s32 review: a strike told on what it hits no stoppage, one by drivers or after a
# hyphened word of work ("24-hour") one; goods seized by weight, a club's new signing, a strike price, an invasion of
# privacy, a murder of crows, civilians or an update deployed none; v123: s32: a noun's "sign" ("call sign", "no sign
# of") no signing; a strike that stops work a protest; "executed" / "execution of" a person, "murdered", "murder of" a
# killing;
# v122: a state occupies lands only, no "Maracana Stadium"; "fired at least", "on the spot"
# dismiss; no treaty "between Canada and Mexico trade groups"; v121: s31 review: no attack "fired on all cylinders",
# "at the start"; no treaty "between Japan and Korea fans"; v120: "the Arusha accords" name their accords; "a
# convention between A and B" is a treaty;
# v119: "fired on" by armed men; "occupied" a place; a name ending in a place's kind
# v118: near-misses of burned, "demonstrated", "rose against", calls, mediation, armies, "many"


# The words a phrase of condition takes before an event word (`_conditional`): read once per match, not once per phrase.
CONDITIONAL_REACH = max(map(len, CUES.CONDITIONAL_BEFORE))
NEAR_MISS_REACH = max(map(len, CUES.NEAR_MISS_BEFORE))
NOT_WAGED_REACH = max(map(len, CUES.NOT_WAGED_BEFORE))
# ...those of absence, denial and asking (`_absent`)
ABSENT_REACH = max(map(len, (*CUES.ABSENT_BEFORE, *CUES.DENIED_BEFORE, *CUES.ASKED_BEFORE)))


class Triggers:
    """Finds trigger words; each candidate carries the class the word names."""

    name = NAME

    def __init__(self, nlp, lexicon: dict[str, tuple[str, ...]] = CUES.LEXICON, armed: frozenset[str] = frozenset(),
                 forces: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
                 bodies: frozenset[str] = frozenset()):
        """`armed`: the lower-case names of the states and armed groups the gazetteer knows (`armed.armed_names`);
        `forces`: those of its forces and armed groups only; `places`: those of its places (`armed.place_names`);
        `bodies`: those of its international organisations (`votes.voted_resolutions`)."""
        self._armed = armed
        self._bodies = bodies
        self._forces = forces
        self._places = places
        self._not_people = armed | places  # made once: 144,000 names, 10-60 ms a union, were made per block of text
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._stemmed = PhraseMatcher(nlp.vocab, attr="NORM")
        self._classes: dict[int, str] = {}
        for cls, words in lexicon.items():
            self._classes[nlp.vocab.strings.add(f"trigger|{cls}")] = cls
            docs = [nlp.make_doc(w) for w in words]
            self._matcher.add(f"trigger|{cls}", docs)
            self._stemmed.add(f"trigger|{cls}", docs)

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        read = list(agreement_ends(doc, NAME)) + list(takings(doc, NAME, self._armed))
        yield from read
        ended = {c.start for c in read}  # words these rules read: the lexicon's reading of them is no event
        told = set(ended)  # the characters where the event words told start (`killings.counted_killings`)
        found = set(self._matcher(doc))
        if doc.user_data.get("lang") in cues("morphology").SUFFIXED and stem_suffixes(doc, CUES.STEMS):
            found |= set(self._stemmed(doc))
        for match_id, start, end in sorted(found):
            if self._dropped(doc, start, end, self._classes[match_id]):
                continue
            span = doc[start:end]
            if span.start_char in ended:
                # "withdrew from the grain deal": a party leaving it, no withdrawal of forces; "seized 276 girls"
                continue
            told.add(span.start_char)
            cls = _moved(doc, start, end, self._classes[match_id], self._armed)
            yield Candidate(span.start_char, span.end_char, "trigger", cls, NAME)
        yield from _presences(doc)
        yield from meeting_accords(doc, NAME, self._armed)
        yield from voted_resolutions(doc, NAME, self._bodies)
        yield from owned_charters(doc, NAME, self._bodies)
        yield from appointments(doc, NAME, self._places)
        yield from independences(doc, NAME, self._places)
        yield from rulings(doc, NAME)
        yield from decisions(doc, NAME, self._bodies, self._armed)
        yield from relations(doc, NAME, self._places)
        yield from armed_moves(doc, NAME, self._armed, self._forces, self._places, frozenset(told))
        yield from dispatches(doc, NAME)
        yield from falls(doc, NAME, self._places)
        yield from impacts(doc, NAME, self._places)
        yield from lost_places(doc, NAME, self._places, self._armed)
        yield from pullouts(doc, NAME, self._places)
        yield from advances(doc, NAME, self._armed, self._places)
        yield from landings(doc, NAME, self._armed, self._places)
        yield from encounters(doc, NAME, self._armed)
        yield from exercises(doc, NAME, self._armed)
        yield from collapses(doc, NAME)
        yield from counted_killings(doc, NAME, told, self._armed)
        yield from named_killings(doc, NAME, told, self._armed, self._not_people)
        yield from deaths(doc, NAME, told)
        yield from named_deaths(doc, NAME, told, self._not_people)
        yield from to_death(doc, NAME, told)
        yield from came_at(doc, NAME)
        yield from shot_people(doc, NAME, told)
        yield from gunfire(doc, NAME, self._armed)

    def _dropped(self, doc: Doc, start: int, end: int, cls: str) -> bool:
        """Does a filter read the lexicon's match doc[start:end] of class `cls` as no event (`WORD_FILTERS`,
        `SPAN_FILTERS`, then the tests that need the gazetteer's names or the class)?"""
        return (any(drop(doc, start) for drop in WORD_FILTERS) or any(drop(doc, start, end) for drop in SPAN_FILTERS)
                or _lower_case(doc, start, self._armed)
                or _unarmed(doc, start, self._armed) or _unrisen(doc, end, self._armed)
                or _unarmed_actor(doc, start, end, self._armed) or _marching_troops(doc, start, self._armed)
                or _unweaponed(doc, start, end, self._armed, self._places)
                or _unplaced_fall(doc, start, self._places)
                or _unplaced_liberation(doc, start, self._places, self._armed)
                or (cls in CUES.MEDIUM_CLASSES and _spoken_in(doc, start))
                or (cls in CUES.AGREEMENT_CLASSES and (_absent(doc, start, end) or unnamed_plural(doc, start)
                                                     or topic_of_talks(doc, start, end)))
                or other_sense(doc, start, end, cls, self._armed, self._places)
                or (cls == "Killing" and (toll_of_sides(doc, end) or _mishap(doc, end, self._armed))))


def _presences(doc: Doc) -> Iterator[Candidate]:
    """"the presence of Eritrean troops": a presence of armed men is a deployment (not "in the
    presence of the Secretary of State", a witness)."""
    words = words_of(doc)
    for i, pair in enumerate(zip(words, words[1:])):
        if pair in CUES.PRESENCE_OF and any(w in CUES.TROOPS for w in words[i + 2:i + 6]):
            token = doc[i]
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Deployment", NAME)


def _moved(doc: Doc, start: int, end: int, cls: str, armed: frozenset[str]) -> str:
    """The class a trigger names: an incursion into a place is troops moving into it (`CUES.INCURSIONS`); a truce
    declared or a ceasefire taking effect is its entry into force, no accord (`truces.acted`); a strike that stops
    work is a protest, no attack (`stoppages.work_stoppage`; `armed`: the gazetteer's armed names)."""
    if doc[start].lower_ in CUES.INCURSIONS and end < len(doc) and doc[end].lower_ in CUES.MOVED_INTO:
        return "Deployment"
    if cls == "Attack" and work_stoppage(doc, start, end, armed):
        return STOPPAGES.CLASS
    if cls == "Ceasefire" and truces.acted(doc, start, end):
        return "EntryIntoForce"
    return cls


def _spoken_in(doc: Doc, start: int) -> bool:
    """Is the statement what someone speaks through ("the two governments said in a joint statement")?"""
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    return len(words) == 3 and all(w in allowed for w, allowed in zip(
        words, (CUES.SPOKEN_VERBS, CUES.SPOKEN_IN, CUES.SPOKEN_DETERMINERS)))


def _not_noun(doc: Doc, start: int) -> bool:
    """A word that names an agreement only as a noun, used as a verb or in an idiom ("to deal with",
    "not deal with", "a great deal of"); "a deal with Azerbaijan" is a noun."""
    return doc[start].lower_ in CUES.NOUN_ONLY and start > 0 and doc[start - 1].lower_ in CUES.NOT_NOUN_BEFORE


def _attributive(doc: Doc, start: int, end: int) -> bool:
    """A participle of taking used as an adjective (`CUES.ATTRIBUTIVE`): after a determiner or a verb of setting
    free and before a word ("handed a captured Indian Air Force pilot back", "frees captured Indian pilot"), it
    names the captive; the clause's time, place and sides are not those of the capture."""
    return (doc[start].lower_ in CUES.ATTRIBUTIVE and start > 0 and doc[start - 1].lower_ in CUES.ATTRIBUTIVE_BEFORE
            and end < len(doc) and doc[end].is_alpha and doc[end].lower_ not in CUES.ATTRIBUTIVE_NOT_AFTER)


def _by_means(doc: Doc, start: int) -> bool:
    """A noun of a third party's help (`CUES.MEANS_NOUNS`) after a word of means within a few words before it
    (`CUES.MEANS_BEFORE`): "agreed, with Russian mediation, to halt hostilities" tells how the sides agreed, no talks
    of its own; "Mediation began on 22 January" does."""
    before = [t.lower_ for t in doc[max(0, start - CUES.MEANS_REACH):start]]
    return doc[start].lower_ in CUES.MEANS_NOUNS and any(w in CUES.MEANS_BEFORE for w in before)


def _mediation_in_general(doc: Doc, start: int) -> bool:
    """A noun of mediation (`CUES.MEANS_NOUNS`) told of in general: before a present verb of what it is or does
    (`CUES.MEDIATION_GENERAL_AFTER`: "Mediation is cheaper than litigation") or after a word of its field
    (`CUES.MEDIATION_FIELDS`: "She studied conflict mediation"); "Mediation began on 22 January" is talks."""
    if doc[start].lower_ not in CUES.MEANS_NOUNS:
        return False
    after = doc[start + 1:start + 2].text.lower()
    return after in CUES.MEDIATION_GENERAL_AFTER or start > 0 and doc[start - 1].lower_ in CUES.MEDIATION_FIELDS


def _undemonstrated(doc: Doc, start: int) -> bool:
    """"demonstrated" (`CUES.DEMONSTRATED`) that tells no protest: not before "against" or "outside"
    (`CUES.DEMONSTRATED_AGAINST`) nor before "in", "at" ... (`CUES.DEMONSTRATED_AT`) and a name written with a capital
    that is no month, or after a word of a passive or a comparison (`CUES.DEMONSTRATED_NOT_AFTER`: "As demonstrated in
    Figure 3", "was demonstrated in Paris"), or with a number or what was shown after the name (`_shown_after`):
    "demonstrated its resolve", "demonstrated in 1998 that", "demonstrated in March that", "demonstrated in Berlin its
    new car", "the results demonstrated in Table 2" show; "some 400,000 people had demonstrated in Tel Aviv" protest."""
    if doc[start].lower_ not in CUES.DEMONSTRATED:
        return False
    if start > doc[start].sent.start and doc[start - 1].lower_ in CUES.DEMONSTRATED_NOT_AFTER:
        return True
    after = doc[start + 1:start + 3]
    if after and after[0].lower_ in CUES.DEMONSTRATED_AGAINST:
        return _measured_against(doc, start + 1)
    return not (len(after) == 2 and after[0].lower_ in CUES.DEMONSTRATED_AT and after[1].is_title
                and after[1].lower_ not in MONTHS and not _shown_after(doc, start + 2))


def _measured_against(doc: Doc, against: int) -> bool:
    """Does an object ("a", "an": `CUES.DEMONSTRATED_OBJECT`) follow the phrase of "against" at doc[against] within
    its clause, right after a word that is no preposition? "The drug demonstrated against placebo a significant
    benefit" measures; "Students demonstrated against the war in a long march" protest."""
    for k in range(against + 2, min(doc[against].sent.end, against + CUES.DEMONSTRATED_REACH)):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in CUES.DEMONSTRATED_OBJECT and doc[k - 1].lower_ not in CUES.PREPOSITIONS:
            return True
    return False


def _shown_after(doc: Doc, name: int) -> bool:
    """Does the run of capitalised words from doc[name] end before a number ("in Figure 3", "in Table 2") or a word
    that opens what was shown (`CUES.DEMONSTRATED_SHOWN`: "in Berlin its new electric car", "at Wimbledon why")?"""
    end = name
    while end < doc[name].sent.end and doc[end].is_title:
        end += 1
    return end < doc[name].sent.end and (doc[end].like_num or doc[end].lower_ in CUES.DEMONSTRATED_SHOWN)


def _calls_counted(doc: Doc, start: int) -> bool:
    """Calls told by a plural noun (`CUES.CALL_NOUNS`, `CUES.CALLS_PLURAL`) with no "between" or "with" just after
    (`CUES.CALLS_BETWEEN`): "Phone calls to the helpline rose by 20%", "He ignored phone calls from reporters" count
    calls, no one meeting; "phone calls between the two presidents in March" tell them."""
    if doc[start].lower_ not in CUES.CALL_NOUNS or doc[start + 1:start + 2].text.lower() not in CUES.CALLS_PLURAL:
        return False
    return not any(t.lower_ in CUES.CALLS_BETWEEN for t in doc[start + 2:start + 4])


def _passive_meeting(doc: Doc, start: int) -> bool:
    """A verb of meeting after a passive auxiliary (`CUES.MEETING_VERBS`, `CUES.PASSIVE_AUXILIARIES`): "the plan was
    met with criticism", "the demands were met in full" tell no meeting; "the two leaders met in Geneva" does."""
    return doc[start].lower_ in CUES.MEETING_VERBS and start > 0 and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES


def _idiom(doc: Doc, start: int) -> bool:
    """A verb in an idiom that names no event ("struck a deal", "struck down"), by the noun or particle that follows it
    within a few words (`CUES.IDIOM_OBJECTS`) or right after it (`CUES.IDIOM_NEXT`), not one that qualifies a
    vehicle or place after it ("seized the cargo ship", `CUES.IDIOM_QUALIFIED`); a reply ("hit back",
    `CUES.REPLIES`) is one only when no weapon follows "with": "Russia hit back with missiles" attacks."""
    if start + 1 < len(doc) and doc[start + 1].lower_ in CUES.IDIOM_NEXT.get(doc[start].lower_, ()):
        return True
    objects = CUES.IDIOM_OBJECTS.get(doc[start].lower_)
    if not objects or arson_at(doc, start) or _blew_up_a_building(doc, start, start + 2):
        return False  # arson burns what follows (`arson.nothing_burnt`); "blew up the aircraft at the airfield"
    figure = doc[start].lower_ in CUES.FIGURE_VERBS
    found = {t.lower_ for t in _idiom_object(doc, start)
             if t.lower_ in objects and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CUES.IDIOM_QUALIFIED)
             and (not figure or _heads_object(doc, t))}
    return bool(found) and not (found <= CUES.REPLIES and _with_weapon(doc, start, CUES.WITH_WEAPON))


def _heads_object(doc: Doc, token) -> bool:
    """Is the word a common noun (lower case) whose noun phrase ends after it (`_ends_phrase`, a preposition or a
    relative, `CUES.RELATIVE_WORDS`)? A figure's noun is the head of what is attacked ("attacked the budget on Monday",
    "shot down rumours that he would resign"), not a word qualifying it ("attacked the budget office", "the reform
    party's headquarters") nor a name ("shot Bill Ryan")."""
    return token.is_lower and (_ends_phrase(doc, token.i + 1)
                               or doc[token.i + 1].lower_ in CUES.PREPOSITIONS | CUES.RELATIVE_WORDS)


def _idiom_object(doc: Doc, start: int):
    """The words after the verb at doc[start] where an idiom's noun may stand: `CUES.IDIOM_REACH` of them and the word
    past a possessive mark among them (`CUES.POSSESSIVE_MARKS`: "destroyed the rebels' morale"), or for a verb
    of `CUES.IDIOM_TO_PHRASE_END` its object's noun phrase ("blew up the grain corridor talks in Istanbul"), for one of
    `CUES.IDIOM_TO_PREPOSITION` the words to its first preposition ("fought a long and bloody battle for the city"), past
    one of `CUES.IDIOM_WITHIN` right after it ("Turkish soldiers fought in the war": the war is the event)."""
    if doc[start].lower_ in CUES.IDIOM_TO_PREPOSITION:
        first = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ in CUES.IDIOM_WITHIN)
        after = doc[first:first + CUES.IDIOM_PHRASE_REACH]
        return list(takewhile(lambda t: t.lower_ not in CUES.PREPOSITIONS and t.is_alpha, after))
    if doc[start].lower_ not in CUES.IDIOM_TO_PHRASE_END:
        end = start + 1 + CUES.IDIOM_REACH
        marks = [t.i for t in doc[start + 1:end] if t.lower_ in CUES.POSSESSIVE_MARKS]
        return doc[start + 1:max([end] + [i + 2 for i in marks])]  # past a possessive: "destroyed the rebels' morale"
    words = []
    for token in doc[start + 1:start + 1 + CUES.IDIOM_PHRASE_REACH]:
        words.append(token)  # a stop is read too: "blew up at reporters"
        if len(words) > 1 and (not token.is_alpha or token.lower_ in CUES.OBJECT_STOPS):
            break
    return words


def _figurative(doc: Doc, start: int) -> bool:
    """A word used figuratively, of business or of the law, by a qualifier just before it (`CUES.FIGURATIVE_BEFORE`):
    "a diplomatic coup for Qatar" is a success, no seizure of power; "the merger deal" binds no sides; "the FBI
    raid" is a search; "reached the summit" names a mountain's top; "two marketing offensives" are campaigns of sales.
    A word of `CUES.FIGURATIVE_AFTER` also by a qualifier after the word it takes ("a raid by police", "a general
    mobilization of its sales force")."""
    words = words_of(doc)[max(0, start - CUES.FIGURATIVE_REACH):start + 1]
    return qualified(words, len(words) - 1) or _qualified_agent(doc, start)


def _qualified_agent(doc: Doc, start: int) -> bool:
    """Is the word at doc[start] one of `CUES.FIGURATIVE_AFTER` followed by the word it takes ("by", "of") and, within
    a few words, a qualifier of it ("a raid by customs officers", "a mobilization of its sales force"; not "a raid by
    Indian warplanes", "a mobilization of reservists")?"""
    word = doc[start].lower_
    if start + 1 >= len(doc) or doc[start + 1].lower_ != CUES.FIGURATIVE_AFTER.get(word):
        return False
    agents = doc[start + 2:start + 2 + CUES.FIGURATIVE_REACH + 1]
    return any(t.lower_ in CUES.FIGURATIVE_BEFORE[word] for t in agents)


def _unarmed(doc: Doc, start: int, armed: frozenset[str] = frozenset()) -> bool:
    """A verb that names an attack only when a weapon or armed men strike (`CUES.ARMED_SUBJECT`): one of
    `CUES.WEAPONS` or `CUES.TROOPS` within a few words before it, a name of `armed` (a state, an armed
    group) just before "struck" ("Russia struck", "The Houthis struck"; not "Russia hit back"), or "with" a weapon after
    it ("struck Kharkiv with missiles"). After a passive auxiliary only a weapon as the agent makes one ("Kyiv was
    struck by missiles"; not "a deal was struck", "Ukraine was hit by sanctions"). "destroyed" is read apart
    (`_nothing_destroyed`)."""
    if doc[start].lower_ not in CUES.ARMED_SUBJECT:
        return False
    if doc[start].lower_ in CUES.DESTROYED:
        return _nothing_destroyed(doc, start)
    before = [t.lower_ for t in doc[max(0, start - CUES.ARMED_REACH):start]]
    if before and before[-1] in CUES.PASSIVE_AUXILIARIES:
        return not _with_weapon(doc, start, CUES.BY_WEAPON)
    named = doc[start].lower_ in CUES.NAMED_SUBJECT and named_before(before, armed)
    return not (any(w in CUES.WEAPONS for w in before) or troops_in(before) or named
                or _with_weapon(doc, start, CUES.WITH_WEAPON))


def _nothing_destroyed(doc: Doc, start: int) -> bool:
    """Does "destroyed" (`CUES.DESTROYED`) at doc[start] tell no attack? Never in a sentence of a drill, a cull or a
    disarmament (`CUES.DESTROYED_NO_WAR`, `_under_accord`: "the army destroyed guns handed in under the amnesty",
    "destroyed 300 tanks under the treaty"). A passive is an attack with a weapon or armed men after "by" ("the village
    was destroyed by government troops") or a war craft undergoing it (`_craft_destroyed`), unless its sentence tells a
    fire, a storm, a mishap or an end of service (`CUES.DESTROYED_MISHAPS`: "Two planes were destroyed in the hangar
    fire", "The old radar was destroyed and replaced") or it ends a shootdown already told (`_downed_told`: "...shot
    down an airliner. The plane was destroyed by two missiles" is one attack); an active one with armed men at the head
    of its subject (`armed.armed_head`: not "The Army football team destroyed Navy 42-7"), whatever mishap its sentence
    tells besides ("Fighters destroyed the bridge and set the barracks on fire"), or "with" a weapon after it."""
    sentence = doc[start].sent
    words = {t.lower_ for t in sentence}
    if words & CUES.DESTROYED_NO_WAR or _under_accord(doc[sentence.start:sentence.end]):
        return True
    if start and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES:
        return bool(words & CUES.DESTROYED_MISHAPS) or _downed_told(doc, start) \
            or not (_with_weapon(doc, start, CUES.BY_WEAPON, men=True) or _craft_destroyed(doc, start))
    if armed_head(doc, start, frozenset()):
        return False
    return bool(words & CUES.DESTROYED_MISHAPS) or not _with_weapon(doc, start, CUES.WITH_WEAPON)


def _under_accord(span) -> bool:
    """An accord (`CUES.DESTROYED_UNDER`) within `CUES.DESTROYED_UNDER_REACH` words after "under" in `span`: what is
    destroyed "under the treaty" is disarmament; "in breach of the treaty" tells no such thing."""
    words = [t.lower_ for t in span]
    return any(w == "under" and CUES.DESTROYED_UNDER.intersection(words[i + 1:i + 1 + CUES.DESTROYED_UNDER_REACH])
               for i, w in enumerate(words))


def _craft_destroyed(doc: Doc, start: int, craft: frozenset[str] = CUES.DESTROYED_CRAFT, lower: bool = True) -> bool:
    """Is the passive at doc[start] (`CUES.DESTROYED`, its auxiliary just before) said of a war craft or post, a word of
    `craft` (lower case only, if `lower`) within `CUES.ARMED_REACH` words before the auxiliary, in its sentence?
    "most of Egypt's planes were destroyed on the ground" is an attack; "The Jets were destroyed 40-0" a team's loss."""
    words = doc[max(doc[start].sent.start, start - CUES.ARMED_REACH):start - 1]
    return any((t.is_lower or not lower) and t.lower_ in craft for t in words)


def _downed_told(doc: Doc, start: int) -> bool:
    """Is the passive at doc[start] said of a craft known (`CUES.DOWNED_DEFINITE` and `CUES.DOWNED_CRAFT`, a capital
    allowed: "The Boeing 747", "It") after a shootdown (`CUES.DOWNED`) told before it in its sentence or in the
    `CUES.DOWNED_SENTENCES` sentences before? Then it tells how the craft shot down ended, no second attack: "Soviet
    fighters shot down the airliner. The jet was destroyed by a missile"."""
    first = doc[start].sent.start
    for _ in range(CUES.DOWNED_SENTENCES):
        first = doc[first - 1].sent.start if first else 0
    words = [t.lower_ for t in doc[first:start]]
    told = set(words) | {" ".join(pair) for pair in zip(words, words[1:])}
    return (bool(CUES.DOWNED & told) and _craft_destroyed(doc, start, CUES.DOWNED_DEFINITE, lower=False)
            and _craft_destroyed(doc, start, CUES.DOWNED_CRAFT, lower=False))


def _unrisen(doc: Doc, end: int, armed: frozenset[str]) -> bool:
    """"rose up" (`CUES.ROSE_UP`) that tells no revolt: before "to" ("Water levels rose up to the windows", "Villagers
    rose up to greet the president"), or with neither "against" / "in revolt" after it (`CUES.ROSE_UP_AFTER`) nor armed
    men, an armed name or a people as its subject: a word of `CUES.PEOPLES` in the words before it ("residents of
    several Tripoli neighbourhoods rose up"), a plural name just before it ("Hungarians rose up"). "rose against"
    (`CUES.ROSE_AGAINST`) needs them as the subject's head (`_risen_subject`)."""
    if doc[end - 1].lower_ not in CUES.ROSE_UP or doc[end - 2].lower_ not in CUES.ROSE:
        return False
    rose = end - 2
    if doc[end - 1].lower_ in CUES.ROSE_AGAINST:
        return not _risen_subject(doc, rose, armed)
    after = tuple(t.lower_ for t in doc[end:end + 2])
    if after[:1] == ("to",):
        return True
    if any(after[:len(phrase)] == phrase for phrase in CUES.ROSE_UP_AFTER):
        return False
    before = doc[max(doc[rose].sent.start, rose - CUES.KILLER_REACH):rose]
    people = any(t.lower_ in CUES.PEOPLES for t in before) or bool(before) and (
        before[-1].is_title and before[-1].text.endswith("s"))
    return not (people or armed_subject(doc, rose, armed))


def _risen_subject(doc: Doc, rose: int, armed: frozenset[str]) -> bool:
    """Is the head of the subject of "rose against" a people or armed men: the word just before "rose" a word of
    `CUES.PEOPLES`, `CUES.RISING_RANKS` or armed men, or the end of an armed name or of a plural name inside its
    sentence ("young officers rose against the government", "the Kurds rose against Baghdad"), or a word of a people
    before "of" ("the people of Kandahar rose against"), with no amount in the subject (`CUES.AMOUNTS`)? Prices, pay
    and shares rise against a currency or a year: "Shares rose against the dollar", "Officers' pay rose against inflation", "The number of
    residents rose against the census figure", "The army's budget rose against last year's"."""
    before = subject_tokens(doc, rose)
    words = [t.lower_ for t in before]
    if not words or CUES.AMOUNTS & set(words):
        return False
    last = before[-1]
    return (words[-1] in CUES.PEOPLES or words[-1] in CUES.RISING_RANKS or troops_in(words[-1:])
            or named_before(words, armed)
            or last.is_title and last.text.endswith("s") and last.i > last.sent.start
            or any(w in CUES.PEOPLES and nxt == "of" for w, nxt in zip(words, words[1:])))


def _marching_troops(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """A verb of marching (`CUES.MARCHES`) with armed men or an armed name as its subject (`armed.armed_head`) tells
    force moving, no protest: "the garrison marched out of the fort", "Soviet troops marched into Prague"; "students
    marched through the capital" protest. So does one with the people marched as its object (`_marched_off`)."""
    return doc[start].lower_ in CUES.MARCHES and (armed_head(doc, start, armed) or _marched_off(doc, start))


def _weapon_held(doc: Doc, start: int) -> bool:
    """Is the noun at `start` a bomb someone has with him (`CUES.HELD_WEAPONS` after one of `CUES.WEAPON_HOLDING`,
    at most `CUES.WEAPON_PHRASE_REACH` words before it, no mark between; a `CUES.WEAPON_WITH` one right after a noun of
    the people who have it, `CUES.WEAPON_HOLDERS`), in a sentence that tells no bomb go off nor kill
    (`CUES.WEAPON_USED`)? "a civilian with a gun or a nail bomb", "defused the bomb" tell a weapon, no attack; "a car
    bomb exploded", "struck with a bomb", "A man carrying a bomb blew himself up" do."""
    if doc[start].lower_ not in CUES.HELD_WEAPONS:
        return False
    for token in reversed(doc[max(doc[start].sent.start, start - CUES.WEAPON_PHRASE_REACH):start]):
        if token.lower_ in CUES.WEAPON_HOLDING:
            held = (token.lower_ not in CUES.WEAPON_WITH
                    or token.i > 0 and doc[token.i - 1].lower_ in CUES.WEAPON_HOLDERS)
            return held and not any(t.lower_ in CUES.WEAPON_USED for t in doc[start].sent)
        if token.is_punct:
            return False
    return False


def _marched_off(doc: Doc, start: int) -> bool:
    """Is the verb of marching at `start` followed by the people marched, its object: a pronoun of people
    (`CUES.MARCHED_PRONOUNS`, not a possessive: `_object_pronoun`) or a word of captives (`CUES.RELEASED_PEOPLE`)
    after at most a determiner (`CUES.CLOSE_DETERMINERS`)? "They marched us into the terminal", "guards marched the
    prisoners away" lead people off; "marched on the capital", "marched the streets", "marched with women and
    children", "She marched her supporters to parliament" protest."""
    after = list(doc[start + 1:start + 3])
    if after and after[0].lower_ in CUES.CLOSE_DETERMINERS:
        after = after[1:]
    return bool(after) and (_object_pronoun(doc, after[0].i) or after[0].lower_ in CUES.RELEASED_PEOPLE)


def _object_pronoun(doc: Doc, i: int) -> bool:
    """Is doc[i] a pronoun of people as an object (`CUES.MARCHED_PRONOUNS`): one that may be a possessive
    (`CUES.POSSESSIVE_PRONOUNS`, "her") only before a preposition, a particle (`CUES.MARCHED_OFF`), a mark or the
    end? "marched her to the car" leads her off; "marched her supporters" leads them in protest."""
    word = doc[i].lower_
    if word not in CUES.MARCHED_PRONOUNS:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (word not in CUES.POSSESSIVE_PRONOUNS or after is None or after.is_punct
            or after.lower_ in CUES.PREPOSITIONS or after.lower_ in CUES.MARCHED_OFF)


def _unarmed_actor(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """A verb that names an attack only with armed men, a weapon or an armed name as its active subject in its clause
    (`CUES.ARMED_ACTORS`, `armed.armed_head`): "ISIS militants blew up the al-Nuri mosque", "accused Russia of
    blowing up the dam"; not "the minister blew up the budget", "The Army football team blew up a 20-point lead". A
    passive needs armed men or a patrol as its subject or an armed agent (`armed.ambushed_party`: "a patrol was
    ambushed"; not "The CEO was ambushed by activists"), or a craft or building blown up (`_blown_up`); the noun
    "ambush" armed words in its clause (`armed.armed_clause`; not "walked into an ambush at the hearing"). A word of
    `CUES.ARMED_ALONE` is read so only alone ("gunmen shot"); the phrases it opens ("shot down") have rules of their
    own."""
    word = doc[start].lower_
    if word in CUES.AMBUSHES:
        return not armed_clause(doc, start, armed)
    if word not in CUES.ARMED_ACTORS or (word in CUES.ARMED_ALONE and end - start > 1):
        return False
    if start > 0 and doc[start - 1].lower_ in CUES.RELATIVES.get(word, ()) or _in_words(doc, end):
        return True
    if word in CUES.OWNED_NOUNS and start > 0 and doc[start - 1].lower_ in CUES.ADVANCE_OWNERS:
        return False
    if start > 0 and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES:
        return not (ambushed_party(doc, start, armed) or _blown_up(doc, start))
    return not (armed_head(doc, start, armed) or _blew_up_a_building(doc, start, end))


def _blew_up_a_building(doc: Doc, start: int, end: int) -> bool:
    """Is the active verb doc[start:end] one of `CUES.BLOWN_ACTIVE` whose object, within `CUES.KILLER_REACH` words
    before a word that ends it, is headed by a craft or a building (`CUES.BLOWN_UP`, ending its phrase: `_ends_phrase`,
    or before a preposition)?
    Whoever blows up an airliner or a bridge attacks it, named or not ("The PFLP blows up the empty aircraft at
    Dawson's Field"); not "the minister blew up the budget", "blew up the hotel scandal", "blew up a photo of the
    bridge", nor a demolition (`CUES.DEMOLITIONS`)."""
    if doc[start:end].text.lower() not in CUES.BLOWN_ACTIVE or any(
            t.lower_ in CUES.DEMOLITIONS for t in doc[start].sent):
        return False
    for token in doc[end:min(end + CUES.KILLER_REACH, doc[start].sent.end)]:
        if token.lower_ in CUES.OBJECT_STOPS or token.lower_ in CUES.PREPOSITIONS:
            return False
        after = token.i + 1  # "the railway bridge over the river": the head ends its phrase before a preposition
        if token.lower_ in CUES.BLOWN_UP and (_ends_phrase(doc, after) or doc[after].lower_ in CUES.PREPOSITIONS):
            return True
    return False


def _blown_up(doc: Doc, start: int) -> bool:
    """Is the passive verb at doc[start] one of `CUES.BLOWN` whose subject's head (`_subject_head`) is a craft or a
    building (`CUES.BLOWN_UP`), with no word of a demolition or of words (`CUES.NOT_BLOWN_UP`) in the few words after
    it: "a Pan Am jet is blown up in Cairo", "The bridge over the river had been blown up"; not "The story about the
    hotel was blown up by the press", "The building was blown up in a controlled demolition"?"""
    if doc[start].lower_ not in CUES.BLOWN or _subject_head(doc, start) not in CUES.BLOWN_UP:
        return False
    return not any(t.lower_ in CUES.NOT_BLOWN_UP for t in doc[start + 1:start + 1 + CUES.KILLER_REACH])


def _subject_head(doc: Doc, start: int) -> str:
    """The lower-case head of the subject of the passive verb at doc[start] (`_subject_head_token`), or ""."""
    head = _subject_head_token(doc, start)
    return head.lower_ if head is not None else ""


def _subject_head_token(doc: Doc, start: int):
    """The head of the subject of the passive verb at doc[start]: the word before its auxiliaries, or before the first
    preposition of its noun phrase ("The bridge over the river"), in its clause of its sentence; None if none."""
    aux = start
    while aux > doc[start].sent.start and doc[aux - 1].lower_ in CUES.PASSIVE_AUXILIARIES | CUES.HEAD_GAP:
        aux -= 1
    first = max(doc[start].sent.start, aux - CUES.KILLER_REACH)
    phrase = list(doc[first:aux])
    cut = max((k + 1 for k, t in enumerate(phrase) if not t.is_alpha and t.lower_ not in CUES.POSSESSIVE_MARKS),
              default=0)
    phrase = phrase[cut:]
    ends = [k for k, t in enumerate(phrase) if t.lower_ in CUES.PREPOSITIONS]
    head = phrase[:ends[0]] if ends else phrase
    return head[-1] if head else None


def _unweaponed(doc: Doc, start: int, end: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """A verb alone that names an attack only with a weapon as its object (`CUES.WEAPON_OBJECT`): a weapon within a few
    words after it, before a word that ends its object, and ending its noun phrase ("fired about 180 ballistic
    missiles at Israel", "fired rockets, anti-tank missiles and drones"; not "fired the coach", "fired its rocket
    scientist"), with armed men or an armed name as its subject or a target after the weapon (`armed.fired_at`:
    not "Harry Kane fired a rocket into the top corner"), no "up" after it ("fired up its delivery drones"); in
    the passive, a weapon before it ("two rockets were fired from Gaza"). Ammunition (`CUES.AMMUNITION`:
    "rounds", "shots") is read as a weapon after the verb, and before its passive when it is fired at something
    that is no goal of a game (`_fired_at_target`: "Shots are fired at King Hussein's motorcade"; not "Shots were
    fired at dawn"). Armed men who fired on a target need no weapon named (`_fired_upon`: "Indian troops fired on
    Pakistani posts")."""
    if end - start > 1 or doc[start].lower_ not in CUES.WEAPON_OBJECT:
        return False
    if start > 0 and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES:
        before = {t.lower_ for t in doc[max(0, start - CUES.ARMED_REACH):start]}
        return not (before & CUES.WEAPONS or before & CUES.AMMUNITION and _fired_at_target(doc, start + 1, places))
    if start + 1 < len(doc) and doc[start + 1].lower_ in CUES.FIRED_PARTICLES:
        return True
    if _fired_upon(doc, start, armed) or _fired_unaimed(doc, start, armed):
        return False
    for token in doc[start + 1:start + 1 + CUES.WEAPON_OBJECT_REACH]:
        if token.lower_ in CUES.OBJECT_STOPS:
            return True
        if token.lower_ in CUES.WEAPONS or token.lower_ in CUES.AMMUNITION:
            return not _ends_phrase(doc, token.i + 1) or not (
                armed_subject(doc, start, armed) or fired_at(doc, token.i + 1, places))
    return True


def _fired_upon(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Is the active verb at doc[start], "fired" or "firing" (`CUES.FIRED_UPON_VERBS`), followed by one of
    `CUES.FIRED_UPON` and a target (`_fired_upon_target`), with armed men, an armed name (`armed.armed_head`) or men
    of order (`CUES.FIRING_GUARDS`) in its subject? "Indian troops fired on Pakistani posts", "security police fired
    on the crowd" fire at a target with no weapon named; "The coach fired at the referee", "Troops fired at dawn",
    "The soldiers' wives returned fire at the minister" do not."""
    return (doc[start].lower_ in CUES.FIRED_UPON_VERBS and start + 2 < len(doc)
            and doc[start + 1].lower_ in CUES.FIRED_UPON and _fired_upon_target(doc, start + 2)
            and (armed_head(doc, start, armed)
                 or any(t.lower_ in CUES.FIRING_GUARDS for t in subject_tokens(doc, start))))


def _fired_unaimed(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Is the active verb at doc[start], "fired" or "firing" (`CUES.FIRED_UPON_VERBS`), told with no object: right
    before a word of `CUES.FIRED_UNAIMED_NEXT` ("fired first", "fired when asked", "fired from the roof", a mark), with
    armed men, an armed name (`armed.armed_head`) or an armed party (`CUES.AMBUSHED_PARTIES`: "the patrol") in its
    subject, no weapon right before it (a participle: "a mortar shell fired from Gaza"), no salute, warning or drill in
    its sentence (`CUES.FIRED_CEREMONY`) and no retort after "fired back" (`_retort_after`)? "The Soviet patrol had
    intruded and fired first"; not "The company fired 200 workers", "The honour guard fired, and the band played",
    "The soldiers fired repeatedly during the exercise", "The army fired back at critics"."""
    if doc[start].lower_ not in CUES.FIRED_UPON_VERBS or start + 1 >= len(doc) \
            or doc[start + 1].lower_ not in CUES.FIRED_UNAIMED_NEXT:
        return False
    if start and (doc[start - 1].lower_ in CUES.WEAPONS or doc[start - 1].lower_ in CUES.AMMUNITION):
        return False  # the weapon fired, a participle: "a mortar shell fired from Gaza killed two men"
    if any(t.lower_ in CUES.FIRED_CEREMONY for t in doc[start].sent):
        return False
    if doc[start + 1].lower_ in CUES.FIRED_IN_WORDS and _retort_after(doc, start + 2):
        return False  # "The army fired back at critics of the budget"
    return armed_head(doc, start, armed) or any(t.lower_ in CUES.AMBUSHED_PARTIES for t in subject_tokens(doc, start))


def _fired_upon_target(doc: Doc, i: int) -> bool:
    """Does the phrase at doc[i], after "fired on" or "fired at", name a target: its first word past an article or
    "all" (`CUES.FIRED_UPON_SKIPPED`) is no time (`CUES.TIME_WORDS`: "at dawn"), no moment of an event
    (`CUES.FIRED_AT_MOMENTS`: "at the start of the race") and no idiom's noun ("fired on all cylinders")?"""
    while i < len(doc) - 1 and doc[i].lower_ in CUES.FIRED_UPON_SKIPPED:
        i += 1
    return doc[i].lower_ not in CUES.TIME_WORDS and doc[i].lower_ not in CUES.FIRED_AT_MOMENTS


def _fired_at_target(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Is ammunition fired in the passive fired at a target (`armed.fired_at`: a place, a held place, a craft), or at
    armed men or a party of `CUES.FIRED_TARGETS` within a few words after "at" before a word that ends the phrase:
    "Shots are fired at King Hussein's motorcade"; not "Shots were fired at dawn", "at the range", "at goal"?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.FIRED_AT:
        return False
    words = _object_words(doc, i + 1, CUES.WEAPON_OBJECT_REACH)
    return fired_at(doc, i, places) or bool(set(words) & CUES.FIRED_TARGETS) or troops_in(words)


def _mishap(doc: Doc, end: int, armed: frozenset[str]) -> bool:
    """Is the killing told by "killed" ("were killed", "was killed") in a sentence of a disaster, a mishap or an
    illness (`DEATHS.DISASTERS`: "Passengers were killed when the bus overturned", "Twelve villagers were killed by the
    flu") with no weapon, armed men nor armed name in it (`armed.armed_words`)? The reading of a toll told with no
    verb of killing (`recognise.deaths`); "were killed when a shell hit the bus" is kept, and so is a collapse
    (no disaster: "killed when the building collapsed after an air strike"). Read once a sentence (`MISHAPS`): a
    table of tolls on one line holds hundreds of "killed" in one sentence."""
    if doc[end - 1].lower_ != "killed":
        return False
    sentence = doc[end - 1].sent
    told = doc.user_data.setdefault(MISHAPS, {})
    if sentence.start not in told:
        words = words_of(doc)[sentence.start:sentence.end]
        told[sentence.start] = any(w in DEATHS.DISASTERS for w in words) and not armed_words(words, armed)
    return told[sentence.start]


def _in_words(doc: Doc, end: int) -> bool:
    """Is fire returned one of words (`CUES.RETURNED_FIRE`): a word of a dispute (`CUES.RETORTS`) within
    `CUES.KILLER_REACH` words after it in its sentence? "The army returned fire at critics of the budget", "Militants
    returned fire in the war of words"; not "the Djiboutian Armed Forces returned fire"."""
    return doc[end - 1].lower_ in CUES.RETURNED_FIRE and _retort_after(doc, end)


def _retort_after(doc: Doc, end: int) -> bool:
    """Is a word of a dispute (`CUES.RETORTS`) within `CUES.KILLER_REACH` words from doc[end] in its sentence? Fire
    returned or fired back at critics, questions or a statement is a retort, no shot."""
    stop = min(doc[end - 1].sent.end, end + CUES.KILLER_REACH)
    return any(t.lower_ in CUES.RETORTS for t in doc[end:stop])


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Does a noun phrase end before doc[i]: the text's end, a mark that is no possessive, or a word that ends an object
    or says where it goes (`CUES.OBJECT_STOPS`, `CUES.MOVED_AFTER`)?"""
    if i >= len(doc):
        return True
    word = doc[i].lower_
    if word in CUES.POSSESSIVE_MARKS:
        return False
    return not doc[i].is_alpha or word in CUES.OBJECT_STOPS or word in CUES.MOVED_AFTER


def _with_weapon(doc: Doc, start: int, prepositions: frozenset[str], men: bool = False) -> bool:
    """One of `prepositions` then a weapon (or, if `men`, armed men: `armed.troops_in`) within a few words after the
    verb: "struck Kharkiv with missiles", "was struck by Russian missiles", "was destroyed by government troops"."""
    after = [t.lower_ for t in doc[start + 1:start + 1 + CUES.ARMED_AFTER_REACH]]
    return any(w in prepositions and (any(v in CUES.WEAPONS for v in after[i + 1:]) or men and troops_in(after[i + 1:]))
               for i, w in enumerate(after))


def _in_compound(doc: Doc, start: int, end: int) -> bool:
    """A trigger inside a fixed compound names no event: "prisoners of war", "war crimes", "a war of words",
    "hunger strike", "cessation of hostilities" (a term of an agreement, not fighting), a subscription's "free trial"
    (the word before counts only for the trigger it is listed for: "a general mobilization" is one), "declaration of
    war" (one side's act, no accord), "sign language" (the word or two words after count only for the trigger they
    are listed for);
    nor does one joined by a hyphen to the word after it ("Syria's war-torn Idlib province")."""
    before = {doc[max(0, start - n):start].text.lower() for n in (2, 3)}  # "laws of war", "law of armed conflict"
    after = doc[end].lower_ if end < len(doc) else ""
    phrase = doc[end:end + 2].text.lower()  # "of words"
    hyphened = after in CUES.HYPHENS and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha
    return (bool(before & CUES.COMPOUND_BEFORE) or bool({after, phrase} & CUES.COMPOUND_AFTER) or hyphened
            or (start and doc[start - 1].lower_ in CUES.COMPOUND_LEFT.get(doc[start:end].text.lower(), ())
                and not _ends_name(doc, start - 1))
            or not CUES.COMPOUND_RIGHT.get(doc[start:end].text.lower(), set()).isdisjoint({after, phrase}))


def _ends_name(doc: Doc, i: int) -> bool:
    """Is doc[i] a capitalised word after another (no capitalised "The" or "A"), the end of a name rather than a word
    that qualifies the trigger after it? "the Islamic State capture of Mosul", "the Free State capture of Limerick"
    are captures; "[Lecture capture transcript", "State capture was rife", "The Carbon capture unit" are not."""
    return doc[i].is_title and i > 0 and doc[i - 1].is_title and not doc[i - 1].is_stop


def _carried_out(doc: Doc, start: int, end: int) -> bool:
    """A passive verb of killing that is also one of carrying out (`CUES.CARRIED_OUT_PASSIVES`) after a thing carried
    out (`CUES.CARRIED_OUT`): "The evacuation plan was executed" kills no one; "Two journalists were executed" does."""
    return (tuple(t.lower_ for t in doc[start:end]) in CUES.CARRIED_OUT_PASSIVES and start > 0
            and doc[start - 1].lower_ in CUES.CARRIED_OUT)


def _figure_undergone(doc: Doc, start: int, end: int) -> bool:
    """A passive verb of killing, shooting down or attacking (`CUES.FIGURE_PASSIVES`) whose subject's head is a thing
    of words, law or markets (`CUES.FIGURE_HEADS`, `_subject_head_token`), in lower case but at a sentence's start:
    "The bill was killed in committee", "Shares were shot down" name no killing nor attack; "Two guards were killed"
    and "Pastor Bill was killed" do."""
    if doc[start:end].text.lower() not in CUES.FIGURE_PASSIVES:
        return False
    passive = doc[start].lower_ in CUES.PASSIVE_AUXILIARIES or (
        start > 0 and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES)
    head = _subject_head_token(doc, start)
    return passive and head is not None and head.lower_ in CUES.FIGURE_HEADS and (
        head.is_lower or head.i == head.sent.start)


def _avoided(doc: Doc, start: int) -> bool:
    """A bare event noun just after a verb of avoidance that it may follow (`CUES.AVOIDED`) names what did not
    happen: "Lawmakers who escaped arrest formed ..." tells of no arrest, and the clause's date is not its;
    "fled to escape shelling" tells of shelling."""
    return start > 0 and doc[start].lower_ in CUES.AVOIDED.get(doc[start - 1].lower_, ())


def _conditional(doc: Doc, start: int) -> bool:
    """An event word just after a phrase of condition or cause (`CUES.CONDITIONAL_BEFORE`) or, bare, of a near miss
    (`CUES.NEAR_MISS_BEFORE`) or of a war not waged (`_not_waged`), or after a danger (`_after_danger`) names a
    happening that may come: "support in the event of war", "a cause for war", "brought them close to war",
    "promised not to go to war", "the danger of a general war" tell of no war."""
    words = words_of(doc)
    return (_after_phrase(words, start, CUES.CONDITIONAL_BEFORE, CONDITIONAL_REACH)
            or _after_phrase(words, start, CUES.NEAR_MISS_BEFORE, NEAR_MISS_REACH, articles=frozenset())
            or _not_waged(words, start) or _after_danger(doc, words, start))


def _not_waged(words: list[str], start: int) -> bool:
    """Does a negated "go to" (`CUES.NOT_WAGED_BEFORE`) end just before words[start], with no "until" in the next
    few words? "promised not to go to war", "didn't go to war"; not "did not go to war until April 1917", whose war
    came."""
    after = words[start + 1:start + 1 + CUES.NOT_WAGED_UNTIL_REACH]
    return (_after_phrase(words, start, CUES.NOT_WAGED_BEFORE, NOT_WAGED_REACH, articles=frozenset())
            and CUES.NOT_WAGED_UNTIL.isdisjoint(after))


def _after_danger(doc: Doc, words: list[str], start: int) -> bool:
    """Does a word of danger, risk or fear and "of" (`CUES.DANGER_BEFORE`) end just before words[start], at most
    `CUES.DANGER_REACH` words of `CUES.DANGER_BETWEEN` between? "the danger of a general war", "the risk of renewed
    fighting", "fear of arrest"; not "the danger of the fighting", nor what is feared of an event that is, a word of
    change after it (`CUES.DANGER_CHANGES`: "the risk of a truce collapsing", "of fighting spreading"; not a start:
    "of war breaking out"), nor a fear its sentence says came (`_danger_came`: "Fears of a massacre came true in July
    1995")."""
    if start + 1 < len(words) and words[start + 1] in CUES.DANGER_CHANGES:
        return False
    i = start
    while i > 0 and start - i < CUES.DANGER_REACH and words[i - 1] in CUES.DANGER_BETWEEN:
        i -= 1
    return (i >= 2 and words[i - 1] == "of" and words[i - 2] in CUES.DANGER_BEFORE
            and not _danger_came(words, start, doc[start].sent.end))


def _danger_came(words: list[str], start: int, end: int) -> bool:
    """Do words[start + 1:end] (the rest of a feared event's sentence) say it came (`CUES.DANGER_CAME`: "came true",
    "became reality", "materialised"), with no negation before that word (`CUES.DANGER_CAME_NOT`: "never
    materialised")?"""
    for word in words[start + 1:end]:
        if word in CUES.DANGER_CAME_NOT:
            return False
        if word in CUES.DANGER_CAME:
            return True
    return False


def _signature_line(doc: Doc, start: int) -> bool:
    """A signature line's "Signed" (`CUES.SIGNATURE_WORD`, any case): in brackets (`CUES.SIGNATURE_BRACKETS`:
    "(Signed) Mohamed Bennouna", "[signed]") or opening a sentence that dates the document by its day
    (`CUES.SIGNED_ON_DAY`: "Signed in Ambazonia, this 27th day of September 2019"); it signs no accord."""
    token = doc[start]
    if token.lower_ != CUES.SIGNATURE_WORD:
        return False
    if 0 < start < len(doc) - 1 and (doc[start - 1].text, doc[start + 1].text) in CUES.SIGNATURE_BRACKETS:
        return True
    return start == token.sent.start and bool(CUES.SIGNED_ON_DAY.search(token.sent.text))


def _absent(doc: Doc, start: int, end: int) -> bool:
    """An agreement word just after a phrase that says there was none (`CUES.ABSENT_BEFORE`), one word that qualifies
    the agreement word between allowed: "ended not with a peace agreement but with air strikes", "without a treaty",
    "denied reports of a secret deal" (`CUES.DENIED_BEFORE`, unless what is denied is what befell it,
    `CUES.DENIED_NOT_BEFORE`, a possessive: "denied reports of ceasefire violations"), "Is there a side deal?" (`CUES.ASKED_BEFORE`,
    in a question only) name no agreement."""
    words = words_of(doc)
    asked = doc[start].sent.text.rstrip().endswith(QUESTION_MARK)  # "Is there a deal?", not "Only then was there"
    denied = end >= len(words) or words[end] not in CUES.DENIED_NOT_BEFORE | CUES.POSSESSIVE_MARKS
    return any(_after_phrase(words, k, CUES.ABSENT_BEFORE, ABSENT_REACH)
               or denied and _after_phrase(words, k, CUES.DENIED_BEFORE, ABSENT_REACH)
               or asked and _after_phrase(words, k, CUES.ASKED_BEFORE, ABSENT_REACH)
               for k in (start, start - 1) if k >= 0)  # "peace agreement" is matched whole and as "agreement"


def _after_phrase(words: list[str], start: int, phrases: tuple[tuple[str, ...], ...], reach: int,
                  articles: frozenset[str] = CUES.CONDITIONAL_ARTICLES) -> bool:
    """Does one of `phrases` (tuples of lower-case words, the longest `reach` words) end just before words[start],
    one of `articles` between allowed ("in case of a war")?"""
    i = start - 1 if start > 0 and words[start - 1] in articles else start
    before = tuple(words[max(0, i - reach):i])
    return any(before[-len(phrase):] == phrase for phrase in phrases)


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised trigger next to capitalised words is part of a name ("Treaty Organization"), also
    across a connective ("Investigation and Identification Team", "War of Independence")."""
    if not doc[start].is_title or doc[start].is_sent_start:
        return False
    after = end + 1 if end + 1 < len(doc) and doc[end].lower_ in CUES.NAME_CONNECTIVES else end
    neighbours = [doc[i] for i in (start - 1, after) if 0 <= i < len(doc)]
    return any(t.is_title and not t.is_sent_start for t in neighbours)


def _unplaced_fall(doc: Doc, start: int, places: frozenset[str]) -> bool:
    """"fell to" after no fallen place (`moves.fallen`): "Real Madrid fell to Barcelona", "Germany fell to Japan 2-1"
    tell a game lost; "Kabul fell to the Taliban" a capture."""
    return doc[start].lower_ in CUES.FELL and not fallen(doc, start, places)


def _unplaced_liberation(doc: Doc, start: int, places: frozenset[str], armed: frozenset[str]) -> bool:
    """"liberated" that frees no held or known place (`moves.liberated`): "women felt liberated", "liberated from
    stress"; "Kuwait City was liberated" is a capture."""
    return doc[start].lower_ in CUES.LIBERATED and not liberated(doc, start, places, armed)


def _no_weapon_head(doc: Doc, start: int) -> bool:
    """A verb that names an attack only with a weapon as its subject's head (`CUES.WEAPON_SUBJECT`,
    `armed.weapon_head`): "a landmine exploded"; not "the market exploded", "Sales of consumer drones exploded"."""
    return doc[start].lower_ in CUES.WEAPON_SUBJECT and not weapon_head(doc, start)


def _lower_case(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """A word that names an event only written with a capital (`CUES.CAPITALISED_ONLY`), written without one, save a
    convention concluded, dated by its year or between sides (`conventions`: "signed a convention", "the convention of
    1972", "an 1890 convention between Britain and China"; `armed`: the names of states and armed groups)."""
    return doc[start].lower_ in CUES.CAPITALISED_ONLY and not doc[start].is_title \
        and not concluded_convention(doc, start, armed)


# The filters of a lexicon match (`Triggers._dropped`): each reads the match as no event. Those of the word at
# doc[start], then those of the span doc[start:end].
WORD_FILTERS = (_avoided, _conditional, _not_noun, _idiom, unsunk, retracted, _figurative,
                _no_weapon_head, _passive_meeting, _by_means, _mediation_in_general, _undemonstrated,
                _calls_counted, _weapon_held, _signature_line)
SPAN_FILTERS = (_inside_name, _in_compound, _attributive, _carried_out, counted_things, truces.civil, truces.refused,
                nothing_burnt, untimed_present, effect_felt, _figure_undergone)


def _object_words(doc: Doc, start: int, reach: int) -> list[str]:
    """The lower-case words from `start` on, at most `reach`, up to a word that ends an object (`CUES.OBJECT_STOPS`)."""
    words = []
    for token in doc[start:start + reach]:
        if token.lower_ in CUES.OBJECT_STOPS:
            break
        words.append(token.lower_)
    return words

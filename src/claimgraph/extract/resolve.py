"""Resolve: mentions to entities, within one source.

Gazetteer mentions already name their entity. Trigger words ("the war", "a ceasefire",
"attacked") are resolved by discourse rules that hold in any text, tried in this order:

1. not a happening: an irrealis or non-specific use ("to broker a ceasefire", "any
   attack", "preparing for war") names no event; implicative verbs ("forced to flee",
   "obliged to sign") do; nor does a generic plural: a bare plural marked new, with no
   determiner and no date ("made new attacks on other regions", "yeni saldırılarda");
2. by date: a trigger dated in its sentence that falls in the known span of exactly one
   known event or agreement of a compatible class that this source has already named
   ("the 2016 clashes" ... "attacks ... in April 2016") is it; but an attack verb dated
   after the first day of a known war the source named and within it ("August 9 - Russian
   aircraft bomb the town of Gori") is an act of that war: a new event, part of it
   (`Resolution.part_of`); on the first day the act is the war's outbreak. A known event
   the source never names is never reached by date: a Tigray attack in 2020 is not an act
   of the Karabakh war because the two share a year;
3. one per sentence: triggers of one family (armed conflict, emergency measures,
   agreements ...) in one sentence name one entity, a named one if the sentence names one;
   outside armed conflict and agreements, two triggers that name different places are two
   ("Zangezur was given to Armenia, and autonomy was granted ... in Karabakh"); an act whose
   own words name its agent is that agent's ("the Tskhinvali assault ... to repel alleged
   attacks by South Ossetian separatists": two); the happening a comparison counts from ("its
   largest military operation since the invasion of East Timor in 1975") is an earlier one:
   new, never the story's conflict;
4. back-reference: a war declared ("Eritrea occupied Badme, and Ethiopia declared war on 13 May") is the war
   this source told last, if any, not an act its sentence tells nor a second war; a definite trigger ("the war", "this large-scale assault") is the entity
   of a compatible class this source mentioned last (an agreement word the last of its own class
   first: "The agreement was signed" is the agreement named before, not a ceasefire told since;
   after a possessive only one of its own class: "restored its ceasefire" is no peace agreement;
   an act of a war only for a trigger of its own class: "the bombing", not "the military
   operation"; a war for an attack noun only after a demonstrative: "started the 2008 war" ...
   "the initial Georgian assault" are two; nor a happening told undated for one dated in its
   own words; nor a happening a comparison counted from, for a word of another class); a bare
   noun of armed conflict ("fighting", "aggression") is the conflict in the story now (the frame), unless
   marked new ("another attack", "renewed"), indefinite and not predicative ("launched a
   military campaign", not "Primarily a conflict between"), or dated or set otherwise
   ("during the dissolution of the Soviet Union ... resorted to armed conflict");
5. otherwise a new entity of this source. A new event of armed conflict is identified by
   its class and its date (or, undated, the period its sentence is set in, else its
   sentence), and the agent its own words name; any other new event by its class and date and, where it names one, its
   place, so "withdrew", "retreat" and "the withdrawal" of one source are one withdrawal,
   but transfers of two places are two transfers.
   Its label is the text's own name for it where the text gives one ("the 2008 war", "the
   Tskhinvali assault"), else says who, what, where and when ("Armenian Armed Forces attack
   on Tovuz District, 2020-07-12"); its IRI is the slug of who, what and where with the
   source's id: deterministic, and distinct from another source's event until linking joins them.

A headline's unnamed conflict ("Four Years Since Azerbaijan's Offensive") is the conflict
the next sentences name, else the first event of its class the lead tells at a place the
headline names (an encyclopedia's "Douma chemical attack": "a chemical warfare attack was
carried out in the Syrian city of Douma"); not one the text dates in its own words ("Tbilisi's assault on
South Ossetia on August 8"), which is a happening told, not a title. Numbered resolutions
are named from their sentence.

The Resolver holds what the source has told so far and applies the rules in order; rules that read only
the text, or what is passed to them, live apart: `irrealis` (rule 1, no happening), `wars` (which war an
act is of, and which war "the war" names), `labels` (a new happening's label: who, what, where) and
`wording` (the words around a trigger).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import slug, top_classes, tops
from ..recognise import Sentence
from .families import FAMILIES, family
from .heads import by_word, head_word, stem
from .dates import date_of, declared_war, overlaps, own_date, period
from .irrealis import no_happening
from .labels import agent_of, asker_of_own_clause, describe, passive_subject_end, place_of
from .scope import sentence_parts
from .wars import ONE_SIDED, act_in_war, act_of_war, another_war, opens_war, story_war, war_around
from .wording import (accused, counted_from, definite, gerund, indefinite, marked_new, plural, possessive, postmodified,
                      present_verb, words_before)

# Also the names other stages import from here: a label's reading of a passive verb and of an asker (`labels`).
__all__ = ["NAME", "PARAGRAPH_BREAK", "Known", "Resolution", "Resolver", "asker_of_own_clause", "compatible",
           "passive_subject_end"]

CUES = cues("coreference")  # the cue words and patterns, of every language (claimgraph.lang)
NAMES = cues("names")  # another name of a thing ("also called the X", `ALIAS_OF_NAME`); the kind words of bodies
BODY_KINDS = NAMES.BODY_KINDS  # "Mission", "Commission": a kind word that alone names a body named before
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening

ONE_ACT = {"Attack"}  # classes of a frame that is a single act: a plural ("attacks") never names it again
ONE_PLACE = {"Capture"}  # classes of a happening that its place says which one it is: a capture takes one place
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: the paragraph (or section) ends
SPANNING = ("conflict", "agreement")  # families told over many sentences, dated in some of them
NAME = "resolve.v49"  # v49: distinct acts kept apart: the fighting of both sides ("the fighting went on") is no one side's attack told last, and a war it reaches back to is the text's own; a definite noun names the happening told by its own word first ("a foreign invasion" ... "the invasion"), a counter-act only a counter-act (`heads`); a "that" after a verb of saying determines nothing ("said in turn that Armenian shelling had killed civilians"); a clause with a subject and a past verb of its own joined after an act's tells an act of its own ("Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck Mekele": two attacks; `scope.sentence_parts`), and its label names no actor of the clause before ("Rebel troops took Goma, and government forces recaptured Bunia"); what any verb of asking asks for is no happening: after "the" ("demanded the arrest of those responsible"), every item of its list ("demanded an immediate cessation of hostilities and the withdrawal of all Argentine forces"), the act of its "that" clause ("demanding that Washington send troops"); a label keeps the actor of the clause before a join whose subject is a pronoun ("Russian troops attacked Kyiv in February, but they withdrew in April": Russian Armed Forces withdrawal); sentence parts as clause.v64 cuts them (after an accusation, a name before the comma: "accused Ukraine of attacking Belgorod, and Ukrainian drones struck Moscow" tells an attack on Moscow of its own); v44: "attribute" / "attributing" judge an act as "attributed" does (`_verbs.ATTRIBUTE`: "UN envoys, attributing the shelling of Kharkiv to Russian forces, demanded"): who does so is no agent of the act; each name listed with the agent after "by" is a party, no place in a label ("signed by Indonesia and Portugal in New York"); a war an adjective of time sets apart ("the later war in Tigray", "the previous war") is another war; a plural act word ("The attacks killed 42 people") names no one attack a singular noun told ("an Israeli strike in Beirut"), nor one of an earlier paragraph; a possessive act word dated in its sentence ("Its largest offensive came in May 2000") names no event the source named with another date ("Operation Sunset in February 1999"), nor the war it is fought in when dated after the war began; a dated act told first after an undated war that opens its sentence as the setting starts that war, no act of it ("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973"); only a plural noun makes a base form after it a present verb, not "its", "this", "a gas", "a bus" (PLURAL_SUBJECT); the article before a verb of saying is the speaker's, no determiner of the event noun after it ("the mission said shelling had been reported"); a bare noun of bombardment ("under daily Russian shelling") is no one-sided act told before (an offensive, an attack), only a war it goes on within; a dateline or a count names no agreement (a wire story's "is due to" no longer fails); a gerund after a verb of aspect ("its allies began bombing", "the Houthis kept shelling") is its subject's act: no definite noun naming a happening told before, nor the story's frame; a second event word of a sentence's family dated otherwise than the one named first is another happening ("Fighting around Marib had intensified in 2021, and in January 2022 the Houthis launched attacks on Abu Dhabi"); a bare base form after a lower-case plural ("units attack JNA positions") is a present verb, a new happening, not the frame; a war declared when no war was told is a war of its own, not the attack told before ("Hamas-led gunmen attacked Israeli towns. Israel declared war the next day"); an indefinite act after a war of its sentence is an act of that war ("declared war ... and began an air campaign"); "the attacks" may name the one attack a singular noun told in its paragraph ("launched a massive missile attack on Kyiv ... The attacks killed 19 people"), only not one of an earlier paragraph; an adverb of time before "the war" ("Eight years later the war ended") sets no other war apart: the adjective must follow a determiner ("the later war"); an act told within a war is an act of it, never the war, and opened it only when its words say so ("a surprise attack", "began with": `Resolution.opened`, for `openings`), not "In the Korean War, Chinese troops launched an offensive on 25 November 1950"; a clause joined after a negation tells an act of its own ("Israel did not attack Iran and Hezbollah fired rockets at Haifa": two attacks, one denied); v36: a report whose object names what the happening struck or took ("Russia reported the capture of Bakhmut") is no report of a known happening; "the war" is the text's own war (named first in its opening), not a war named more than a sentence before in its background; a perfect passive verb of harm ("had been killed", "may have been killed") is said of whom it was done to; an end of a route ("on the Damascus-Homs road") is no place of a label; a definite agreement word with a date of its own ("the 1960 treaty") names no agreement of another class told before; a verb whose object is counted as many ("attacked hundreds of villages") is no happening told before; who trained or armed a force names no actor or place in a label; "broke the ceasefire on D" names the ceasefire told before, whatever its day (dates-attached.v21); a capture of another place, in a later sentence too, is another capture ("took control of Sukhumi" ... "captured the town of Gagra"), and so is "the fall of X" after a capture of Y; who reports a known happening ("The New York Times reported the massacre") does not act in it; an agreement named by its title keeps the date it is signed on, so a later "the 2018 agreement" is not the one of 2015; a quotation mark opening at a trigger ends none of its clause ('calling for the "withdrawal ..."' is asked for); the article of the subject of "struck", "hit", "stormed" makes it no definite noun naming a happening told before ("the Pakistan Air Force struck"); a perfect passive verb of harm ("had been killed") has its subject as who suffered it; v30: what an act answers ("in response to a suicide bombing") or one a span of time parts from ("a day after X struck") is another happening; what a force is mandated or authorised to do has not happened ("mandated to carry out offensive operations"); a retaking is no capture told before it; "the conflict" named again is a war, not the clashes told last; a passive verb of abduction ("were kidnapped") is said of whom it was done to; a capitalised "May" after a trigger is the month, no modal ("An Ethiopian offensive in May 2000"); a war declared is the war the source told last ("Ethiopia declared war on 13 May"), not an act its sentence tells; v26: "is going / supposed to" schedules an act as "is due to" does; "the attack" names no happenings told as many ("attacks on Afghan troops"); a happening said to be likely ("another attack was likely") is none that happened; a named event a comparison counts from ("the largest urban battle since the Second World War") is neither what the sentence's triggers name nor the frame; a bare plural ("stepping up attacks on Afghan troops") is not a story's frame that is one attack; the object of an infinitive may have adjectives before it ("to accept an independent international investigation" tells none); a bare event noun after "to" and a verb that begins it names no happening ("the right to resume fighting"); an indefinite noun phrase that opens a sentence introduces a happening ("A week-long truce in November 2023 ..." is not the ceasefire told before); what is called or hoped for as a bare noun ("called for talks", "hoped for a ceasefire") is no happening; a scheduled or planned act whose time or agreement its sentence names ("is due to take effect on Sunday", "are expected to sign the peace treaty next month") is an event to come (Planned), not irrealis; a verb that begins a happening after "to" names none only after a word of right, threat or promise ("returned to Havana to begin talks" tells talks); words between an infinitive's determiner and its object only after "a" / "an" ("aiming to ratify the final agreement"); who condemns, deplores or welcomes a happening, or mediated talks, names no actor in its label, and who made a weapon ("Iranian-made drones") no actor or place; "was struck / hit by" is a passive verb of harm; v18: the accuser names no actor in the label of what it accuses another of; "the fighting" (a mass noun) is the story's conflict even after "the"; an act anywhere in what "accused X of" says is no frame; a happening after "calls for the" is asked for ("the agreement calls for the withdrawal"); a place after "when" is another clause's, no label's place ("began in 2014, when ... seized Sanaa"); v17: who called for a list names no event that stands in it as a clause of its own; v16: a possessive agreement word ("its ceasefire") names an agreement of its own class only; a happening a comparison counts from is no antecedent of a word of another class ("the offensive"), and the Resolution says which (`compared`); a definite agreement word is the last entity of its own class before one of its family ("the agreement" is not a ceasefire told since); the happening a comparison counts from ("largest operation since the invasion of X") is an earlier one, never the story's conflict; v14: another name of an event or agreement needs a comma, a parenthesis or an adverb of naming before the cue (one cue with recognise.aliases); v13: a later item after "called for a ..." followed by its own finite verb ("..., and the attack on the theatre killed 300 people") is a clause of its own, a happening; v12: a passive verb of harm read as roles read it ("will be attacked", "had been killed": passive_subject_end); v11: another name a text gives a thing names no actor in a label; a label names the actor after "by a", never a passive verb's subject, a speaker or who is driven out; v10: the later items of what is called for need no event word first ("called for a full cessation of hostilities, the withdrawal ..."); v9: "... and in Lebanon as the July War" continues a list of names; v8: "known in Israel as the Second Lebanon War" gives another name of the one thing; v7: the later items of a list of what is asked for ("called for a ceasefire, the withdrawal ...") and what "should" happen are no happenings; "called the downing a massacre" names no new event; v6: a verb after "if" / "unless" tells no happening; a bare "Resolution N" is the one of number N told before; v5: a capital read as its government (metonymy, now before) is no place of an event; v4: a title's unnamed signing is the one the lead tells; "the conflict" is no offensive
HEADLINE_SENTENCES = 2
LEAD_SENTENCES = 2  # the sentences (from 0) whose first war is the text's own war (`wars.story_war`)
TITLE_LENGTH = 200  # characters: a title's line is no longer
YEAR_BEFORE = re.compile(r"(?<![\w.,-])(?:1[89]|20)[0-9]{2}(?:[-–](?:[0-9]{2}){1,2})?\s+$")  # "2008 ", "1992-95 "


def compatible(trigger_cls: str, entity_classes: tuple[str, ...]) -> bool:
    """Can a trigger of this class refer to an entity of these classes? A war noun names a war or its
    fighting, not an offensive in it ("its air campaign ... during the conflict")."""
    if trigger_cls in entity_classes:
        return True
    if trigger_cls == "Resolution" or "Resolution" in entity_classes:
        return False
    fam = family(trigger_cls)
    if fam == "conflict" and trigger_cls == "War":
        return bool({"War", "Clash"} & set(entity_classes))
    return fam != trigger_cls and any(family(c) == fam for c in entity_classes)


@dataclass
class Resolution:
    """Each mention's entity id, and the entities by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    of: dict[Mention, str] = field(default_factory=dict)
    part_of: dict[str, str] = field(default_factory=dict)  # an event id -> the id of the war it is an act of
    opened: dict[str, str] = field(default_factory=dict)  # an act id -> the war it opened: its start and initiator
    compared: set[str] = field(default_factory=set)  # earlier happenings a comparison counts from: never the frame


class Known(dict):
    """Known entities by id, with the indexes resolving needs: made once for all of a build's
    sources (the world pack has 14,000 entities; made per source, it cost more than reading)."""

    def __init__(self, entities: Mapping[str, Entity]):
        super().__init__(entities)
        self.dated = sorted((e for e in self.values() if e.span), key=lambda e: e.id)
        self.surnames: dict[str, list[Entity]] = {}  # a known person's surname -> the persons
        for entity in self.values():
            if "Person" in entity.classes and " " in entity.label:
                self.surnames.setdefault(entity.label.split()[-1].casefold(), []).append(entity)


class Resolver:
    """Resolves one source's mentions, sentence by sentence, in reading order."""

    def __init__(self, source_id: str, text: str, known: Mapping[str, Entity]):
        known = known if isinstance(known, Known) else Known(known)
        self.source_id = source_id
        self.text = text
        self.known = known
        self.dated = known.dated
        self.result = Resolution()
        self._recent: list[str] = []  # event and agreement ids, most recent last
        self._keys: dict[tuple, list[str]] = {}  # identity of a new entity -> the ids minted for it
        self._dates: dict[str, str] = {}  # entity id -> the first date this source gives it
        self._places: dict[str, tuple[int, str]] = {}  # new entity id -> (its sentence's start, the place it names)
        self._headline: list[Mention] = []
        self._plural: set[str] = set()  # new entities named by a plural ("all ceasefires collapsed")
        self._named_dates: dict[str, str] = {}  # named event id -> the first date this source tells it with
        self._known_surnames = known.surnames
        self._aliases: dict[str, str] = {}  # a name's id -> the id of the event or agreement it is another name of
        self._renamed: set[str] = set()  # minted entities labelled by the first name a source gave them
        self._accusations: set[str] = set()  # acts someone is accused of: never the story's frame
        self._tails: dict[str, Entity] = {}  # the tail of a state's long name this source used -> the state
        self._index = 0  # the sentence being read
        self._told_in: dict[str, int] = {}  # event or agreement id -> the sentence that named it last
        self._told_at: dict[str, int] = {}  # event or agreement id -> where in the text it was named last
        self._stems: dict[str, set[str]] = {}  # event or agreement id -> the stems of the words it was told with
        self._lead_war: str | None = None  # the war the text's opening sentences name first: its own war

    def __call__(self, sentences: list[Sentence]) -> Resolution:
        for index, sentence in enumerate(sentences):
            self._index = index
            aliases = _aliases_in(sentence, self.text)
            joins = sentence_parts(self.text, sentence)
            groups = self._named_in(sentence, aliases, joins)
            last: Mention | None = None  # the event or agreement named last in this sentence
            for mention in sentence.mentions:
                if mention.kind == "entity":
                    alias = self._alias_of(mention, last) if mention in aliases else None
                    self._link(mention, alias or self._named(mention))
                    self._date_named(mention, sentence)
                    if counted_from(self.text, mention):  # "the largest urban battle since the Second World War"
                        self.result.compared.add(self.result.of[mention])
                elif mention.kind == "trigger" and not no_happening(self.text, mention, sentence):
                    group = groups.setdefault(_part(joins, mention), {})
                    entity = self._named_by_text(self._trigger_entity(mention, sentence, index, group), mention, sentence)
                    self._date_told(mention, sentence, entity)
                    group.setdefault(family(mention.cls), entity)
                    self._link(mention, entity)
                if mention in self.result.of and {"Event", "Agreement"} & tops(
                        self.result.entities[self.result.of[mention]].classes):
                    last = mention
            if self._headline and index >= HEADLINE_SENTENCES:
                self._close_headline()
        return self.result

    def _alias_of(self, mention: Mention, last: Mention | None) -> Entity | None:
        """The event or agreement a name is given as another name of ("the Ethiopia–Tigray peace
        agreement, also called the Pretoria Agreement or the Cessation of Hostilities Agreement"):
        the one named just before it, with nothing but "also called", "also known as", "or" between.
        The alias is kept, so the source's later uses of it (and of its acronym) name the same one."""
        if last is None or mention.entity is None or mention.entity in self.known:
            return None
        target = self.result.entities[self.result.of[last]]
        if top_classes(mention.cls) != top_classes(target.classes[0]):
            return None
        if self._minted_here(target.id) and target.id not in self._renamed:
            target = replace(target, label=mention.text)  # "Pretoria Agreement", not "Peace agreement"
            self.result.entities[target.id] = target
            self._renamed.add(target.id)
        self._aliases[mention.entity] = target.id
        return target

    def _named_by_text(self, entity: Entity, mention: Mention, sentence: Sentence) -> Entity:
        """An event this source minted from trigger words takes the text's own name for it, where the
        text gives one: the trigger noun after a year and/or a place ("the 2008 war", "the Tskhinvali
        assault", "2018 Douma chemical attack", "the 1992-95 war"), in place of a description."""
        name = self._own_name(mention, sentence)
        if not name or not self._minted_here(entity.id) or entity.id in self._renamed:
            return entity
        entity = replace(entity, label=name, lang=mention.lang)  # the words' language, not the first mention's
        self.result.entities[entity.id] = entity
        self._renamed.add(entity.id)
        return entity

    def _own_name(self, mention: Mention, sentence: Sentence) -> str | None:
        """The year and place words standing right before a trigger noun, with it: "2008 war"."""
        if mention.text.lower() in VERBS or family(mention.cls) == "agreement":
            return None
        start = mention.start
        place = next((m for m in sentence.mentions if m.kind == "entity" and "Place" in top_classes(m.cls)
                      and m.end <= start and not self.text[m.end:start].strip()), None)
        if place:
            start = place.start
        year = YEAR_BEFORE.search(self.text, max(0, start - 16), start)
        if year:
            start = year.start()
        return self.text[start:mention.end] if start < mention.start else None

    def _minted_here(self, eid: str) -> bool:
        """Was this entity minted by this source from trigger words (so its label is a description)?"""
        return any(eid in ids for ids in self._keys.values())

    def _date_named(self, mention: Mention, sentence: Sentence) -> None:
        """Keep the date an agreement named by its title is signed on ("signed the Agreement on the Resolution of the
        Conflict in the Republic of South Sudan (ARCSS) in August 2015"), as a trigger's is kept: "The 2018
        agreement" told later is then not it (`_same_time`); and the date a named event is told with ("launched
        Operation Sunset in February 1999"): "Its largest offensive came in May 2000" is then not it (`_owned_anew`)."""
        date = date_of(mention, sentence, self.text)
        if "Agreement" in top_classes(mention.cls) and date:
            self._dates.setdefault(self.result.of[mention], date)
        elif "Event" in top_classes(mention.cls) and date:
            self._named_dates.setdefault(self.result.of[mention], date)

    def _date_told(self, mention: Mention, sentence: Sentence, entity: Entity) -> None:
        """Keep the first date an event named by the source (not minted from its words) is told with by a word of
        it ("The war between Eritrea and Ethiopia began in May 1998"), as `_date_named` keeps a name's."""
        if "Event" in top_classes(entity.classes[0]) and not self._minted_here(entity.id) and (
                date := date_of(mention, sentence, self.text)):
            self._named_dates.setdefault(entity.id, date)

    def _named(self, mention: Mention) -> Entity:
        """The entity a name names: the gazetteer's, one this source introduced by its name (or gave
        as another name of one, `_alias_of`), or for a lone surname ("Petrosyan", "PETROSYAN:") the
        person it introduced by full name; a body's kind word alone ("the Mission") the body it named
        by a longer name holding it. A state named by the tail of a state's long name the source
        used before ("Democratic Republic of Congo ... Congo's foreign minister") is that state."""
        known = (self.known.get(mention.entity) or self.result.entities.get(self._aliases.get(mention.entity, ""))
                 or self.result.entities.get(mention.entity) or self._number_variant(mention))
        if known:
            return self._tails.get(mention.text.casefold(), known) if "State" in known.classes else known
        if mention.cls == "Person" and " " not in mention.text.strip():
            full = self._full_name(mention.text)
            if full:
                return full
        if mention.text in BODY_KINDS and (body := self._body_named(mention.text)):
            return body
        label = mention.value or (mention.text.title() if mention.text.isupper() and len(mention.text) > 3 else mention.text)
        return Entity(id=mention.entity, label=label, lang=mention.lang, classes=(mention.cls,))

    def _body_named(self, head: str) -> Entity | None:
        """The body this source named last by a longer name holding the kind word alone stands for
        ("the United Nations Support Mission in Libya ... The Mission recalls")."""
        for entity in reversed(list(self.result.entities.values())):
            if head in entity.label.split()[1:] and "Actor" in tops(entity.classes) and "Person" not in entity.classes:
                return entity
        return None

    def _number_variant(self, mention: Mention) -> Entity | None:
        """The entity this source named by the same words in the other number ("Syrian Arab Air
        Force" ... "Syrian Arab Air Forces"): one body however a sentence counts it."""
        eid = mention.entity or ""
        if "-" not in eid:
            return None
        other = self.result.entities.get(eid[:-1] if eid.endswith("s") else f"{eid}s")
        return other if other and top_classes(other.classes[0]) == top_classes(mention.cls) else None

    def _full_name(self, surname: str) -> Entity | None:
        """The first person of this source whose name ends in `surname` (news and transcripts
        give the full name first, and the first one introduced is the one the text follows),
        else the one known person of that surname ("Mr Bayramov"), else the one person of this
        source of that given name, as names are used where the given name is the name ("Prime
        Minister Abiy" after "Abiy Ahmed")."""
        key = surname.casefold()
        people = [e for e in self.result.entities.values() if "Person" in e.classes and " " in e.label]
        for entity in people:
            if entity.label.split()[-1].casefold() == key:
                return entity
        known = self._known_surnames.get(key, [])
        if len(known) == 1:
            return known[0]
        given = [e for e in people if e.label.split()[0].casefold() == key]  # "Prime Minister Abiy" (Abiy Ahmed)
        return given[0] if len(given) == 1 else None

    def _named_in(self, sentence: Sentence, aliases: set[Mention], joins: list[int]) -> dict[int, dict[str, Entity]]:
        """The event or agreement each part of the sentence names, by family: the entity its triggers name (not
        one given as another name of something, which is whatever that is, nor one a comparison counts from:
        "the largest urban battle since the Second World War" is not that war). A part ends where a clause
        joined after a negation begins, or one with a subject of its own that tells another act
        (`scope.sentence_parts`): "Israel did not attack Iran and Hezbollah fired rockets at Haifa" tells two acts,
        the one not made and the one made; "Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck
        Mekele" two attacks."""
        named: dict[int, dict[str, Entity]] = {}
        for m in sentence.mentions:
            if m.kind == "entity" and m not in aliases and {"Event", "Agreement"} & set(top_classes(m.cls)) \
                    and not counted_from(self.text, m):
                named.setdefault(_part(joins, m), {}).setdefault(family(m.cls), self._named(m))
        return named

    def _link(self, mention: Mention, entity: Entity) -> None:
        self.result.entities.setdefault(entity.id, entity)
        self.result.of[mention] = entity.id
        tail = CUES.LONG_NAME_TAIL.search(mention.text) if mention.kind == "entity" and "State" in entity.classes else None
        if tail:
            self._tails.setdefault(tail.group("tail").casefold(), entity)
        if {"Event", "Agreement"} & tops(entity.classes):
            if entity.id in self._recent:
                self._recent.remove(entity.id)
            self._recent.append(entity.id)
            self._told_in[entity.id] = self._index
            self._stems.setdefault(entity.id, set()).add(stem(head_word(self.text, mention)))
            self._told_at[entity.id] = mention.start
            if self._lead_war is None and self._index <= LEAD_SENTENCES and entity.classes[0] == "War":
                self._lead_war = entity.id

    def _trigger_entity(self, mention: Mention, sentence: Sentence, index: int, group: dict[str, Entity]) -> Entity:
        """The entity a trigger names, by the first rule that holds, in this order: a happening told before
        that its definite noun names, a war declared or one it is an act of, one known to span its date, one a
        comparison counts from, one its sentence names (`group`) or told before, else a new one (`_fresh`)."""
        if mention.cls == "Resolution" and mention.value:
            return self._numbered(mention, sentence)
        date = date_of(mention, sentence, self.text)
        own = own_date(mention, sentence, self.text) is not None  # "the signing ... on December 14, 1995"
        anaphor = definite(self.text, mention) and not postmodified(self.text, mention.end)
        return (self._told_earlier(mention, sentence, date, own, anaphor)
                or self._war_declared_told(mention)
                or self._act_of(mention, sentence, index, date, war_around(self._dated_here(), mention, date))
                or self._anchored(mention.cls, period(date) if date else self._context(sentence))
                or self._compared_anew(mention, sentence, index, date)
                or self._war_declared_anew(mention, sentence, index, date)
                or self._act_of(mention, sentence, index, date, self._war_of_group(mention, sentence, group, date))
                or self._grouped_or_told(mention, sentence, group, date, own, anaphor)
                or self._fresh(mention, sentence, index, date, own))

    def _told_earlier(self, mention: Mention, sentence: Sentence, date: str | None, own: bool,
                      anaphor: bool) -> Entity | None:
        """The happening told before that a definite noun (`anaphor`) names, where its places fit; not for the
        earlier happening a comparison counts from."""
        earlier = self._back_reference(mention, date, own) if anaphor and not counted_from(self.text, mention) else None
        return earlier if earlier and self._fits_place(earlier.id, mention, sentence) else None

    def _war_declared_told(self, mention: Mention) -> Entity | None:
        """"Eritrea occupied Badme, and Ethiopia declared war on 13 May": the war declared is the war told."""
        return self._war_told() if declared_war(self.text, mention) else None

    def _war_declared_anew(self, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity | None:
        """A war declared when no war was told ("Hamas attacked Israeli towns. Israel declared war the next
        day"): a war of its own, not the attack told before."""
        return self._new(mention, sentence, index, date) if declared_war(self.text, mention) else None

    def _act_of(self, mention: Mention, sentence: Sentence, index: int, date: str | None,
                war: Entity | None) -> Entity | None:
        """A new act, part of `war` (None: no act of a war)."""
        if war is None:
            return None
        act = self._new(mention, sentence, index, date)
        self.result.part_of.setdefault(act.id, war.id)
        if opens_war(self.text, mention, sentence, war, date, self.result.of, self._dates):
            self.result.opened.setdefault(act.id, war.id)
        return act

    def _war_of_group(self, mention: Mention, sentence: Sentence, group: dict[str, Entity],
                      date: str | None) -> Entity | None:
        """The war of the trigger's family its sentence names, when the trigger is an act of it (`wars.act_in_war`)."""
        war = group.get(family(mention.cls))
        return war if war is not None and act_in_war(self.text, mention, sentence, war, self.result.of) else None

    def _compared_anew(self, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity | None:
        """The earlier happening a comparison counts from (`wording.counted_from`): a new one, marked as compared."""
        if not counted_from(self.text, mention):
            return None
        entity = self._new(mention, sentence, index, date)
        self.result.compared.add(entity.id)
        return entity

    def _grouped_or_told(self, mention: Mention, sentence: Sentence, group: dict[str, Entity], date: str | None,
                         own: bool, anaphor: bool) -> Entity | None:
        """The entity of the trigger's family its sentence names (`group`), where place, agent and date fit;
        else, for an indefinite or bare trigger its sentence names nothing for, one told before. A trigger
        dated otherwise than what its sentence named first ("Fighting around Marib had intensified in 2021,
        and in January 2022 the Houthis launched attacks on Abu Dhabi") is another happening, none told
        before either."""
        named = group.get(family(mention.cls))
        grouped = named is not None and self._fits_place(named.id, mention, sentence) and not marked_new(self.text, 
            mention) and self._by_agent(mention, sentence) is None
        if grouped and self._same_time(named.id, date):
            return named
        if anaphor or grouped or self._specified(mention, sentence):
            return None
        return (self._back_reference(mention, date, own, None if date else self._context(sentence))
                or self._same_agreement(mention, date))

    def _fresh(self, mention: Mention, sentence: Sentence, index: int, date: str | None, own: bool) -> Entity:
        """A new happening or agreement, noted as accused (what someone is accused of) or as a headline's
        (an undated conflict or agreement of the opening sentences, or an act of a title line)."""
        fam = family(mention.cls)
        entity = self._new(mention, sentence, index, date)
        if accused(self.text, mention) or CUES.IN_ACCUSATION.search(self.text, sentence.start, mention.start):
            self._accusations.add(entity.id)
        if index < HEADLINE_SENTENCES and not own and (fam == "conflict" and not self._frame() or fam == "agreement"
                                                       or fam not in FAMILIES and self._on_title_line(mention)):
            self._headline.append(mention)
        return entity

    def _anchored(self, cls: str, when: tuple[str, str] | None) -> Entity | None:
        """The one known entity of a compatible class whose span overlaps `when`."""
        if not when:
            return None
        found = [e for e in self._dated_here() if compatible(cls, e.classes)
                 and when[0] <= e.span[1] and e.span[0] <= when[1]]
        return found[0] if len(found) == 1 else None

    def _dated_here(self) -> list[Entity]:
        """The known events and agreements with a span that this source has named so far."""
        return [e for e in self.dated if e.id in self.result.entities]

    def _same_agreement(self, mention: Mention, date: str | None) -> Entity | None:
        """The agreement of the same kind this source named last, for another way of naming it
        ("the trilateral agreement between Russia, Azerbaijan and Armenia" ... "the tripartite
        agreement of November 10, 2020"), unless the dates differ or the text marks it as another."""
        if (family(mention.cls) != "agreement" or mention.cls == "Resolution" or marked_new(self.text, mention)
                or indefinite(self.text, mention)):
            return None  # an indefinite noun phrase introduces a new one
        for eid in reversed(self._recent):
            entity = self.result.entities[eid]
            if eid in self._plural and family(entity.classes[0]) == "agreement":
                return None  # "all ceasefires collapsed": several, none of which this one is
            if mention.cls in entity.classes:  # a treaty named after a ceasefire is another agreement
                return entity if self._same_time(eid, date) else None
        return None

    def _same_time(self, eid: str, date: str | None, own: bool = False) -> bool:
        """Can a mention dated `date` name entity `eid`? Not when this source (or the gazetteer)
        dates it otherwise: "the agreement of November 10, 2020" is not the ceasefire of 1994.
        A date of the mention's `own` phrase says which one it is: a happening this source dated
        only more coarsely, or minted undated, is not known to be it ("initialled 24 years ago"
        [1995] ... "the signing of this Agreement on December 14, 1995" are two acts; so are "a
        meeting of the Security Council" and "the August 12 meeting"). Armed conflict and
        agreements, told over many sentences, are exempt from the undated case. An entity its sentence names later
        (in `group`, not yet linked) is not known to be dated otherwise."""
        entity = self.result.entities.get(eid)
        if entity is None:
            return True
        known = self._dates.get(eid) or (entity.span[0] if entity.span else None)
        if own and date and not known and self._minted_here(eid) and family(entity.classes[0]) not in SPANNING:
            return False
        if not (date and known):
            return True
        if own and not entity.span:
            return period(date)[0] <= period(known)[0] and period(known)[1] <= period(date)[1]
        return overlaps(date, period(known)) or bool(entity.span and overlaps(date, entity.span))

    def _context(self, sentence: Sentence) -> tuple[str, str] | None:
        """When an undated sentence is set: the span of a known event it names ("during the
        dissolution of the Soviet Union")."""
        spans = [self._named(m).span for m in sentence.mentions if m.kind == "entity" and self._named(m).span]
        return spans[0] if spans else None

    def _back_reference(self, mention: Mention, date: str | None, own: bool = False,
                        setting: tuple[str, str] | None = None) -> Entity | None:
        """The entity a trigger names again: a definite one the last compatible entity (an act of a war
        or a happening a comparison counted from only for a word of its own class); a bare noun of
        armed conflict the frame, unless dated otherwise or set at another time (`setting`, the span
        of a known event its sentence names: "during the dissolution of the Soviet Union ... resorted
        to armed conflict" is not the 2020 war the story is about)."""
        if another_war(self.text, mention):
            return None
        if definite(self.text, mention) and mention.text.lower() not in CUES.MASS_CONFLICT:
            found = [entity for eid in reversed(self._recent) if (entity := self.result.entities[eid])
                     and compatible(mention.cls, entity.classes) and self._same_time(eid, date, own)
                     and (eid not in self.result.part_of or mention.cls in entity.classes)
                     and (eid not in self.result.compared or mention.cls in entity.classes)
                     and not self._one_of_many(mention, eid)
                     and not self._owned_anew(mention, date, eid)
                     and not act_of_war(self.text, mention, entity.classes)]
            if family(mention.cls) == "agreement":  # "the agreement": an agreement before a ceasefire told since
                dated = own or bool(CUES.YEAR_NAMED_BEFORE.search(self.text, max(0, mention.start - 30), mention.start))
                own = [e for e in found if mention.cls in e.classes]
                # "its ceasefire": a ceasefire; "the 1960 treaty": a treaty of its own time, not the ceasefire told before
                found = own if own or dated or possessive(self.text, mention) else found
            elif mention.cls == "War":  # "The conflict displaced": the war, not the clashes told last
                wars = [e for e in found if e.classes[0] == "War"]
                found = story_war(wars, self._lead_war, self._told_in, self._index) or found
            else:  # "a foreign invasion ... the fighting ... the invasion": the invasion (`heads`)
                found = by_word(head_word(self.text, mention), found, self._stems)
            return found[0] if found else None
        frame = self._frame(ONE_SIDED if mention.text.lower() in CUES.MASS_CONFLICT else ())
        if family(mention.cls) != "conflict" or frame is None or marked_new(self.text, mention) or indefinite(
                self.text, mention):
            return None
        if plural(mention.text, mention.lang) and set(frame.classes) <= ONE_ACT:
            return None  # "stepping up attacks on Afghan troops": many acts, not the one attack the story tells
        if mention.text.lower() in CUES.BOMBARDMENT and frame.classes[0] in ONE_SIDED:
            return None  # "Kherson remains under daily Russian shelling": not Ukraine's counteroffensive told before
        known = self._dates.get(frame.id) or (frame.span[0] if frame.span else None)
        if date:
            return frame if known and overlaps(date, (known, known)) else None
        when = frame.span or (period(known) if known else None)
        if setting and when and not (setting[0] <= when[1] and when[0] <= setting[1]):
            return None
        verb = mention.text.lower() in VERBS or present_verb(self.text, mention) or gerund(self.text, mention)
        return None if verb else frame

    def _war_told(self) -> Entity | None:
        """The war this source told last, for a war declared (`dates.declared_war`): a declaration of war on
        a war the text tells is that war, whatever act of it the sentence tells too ("Bolivian troops attacked
        a Paraguayan fort in June 1932, and Paraguay declared war on 10 May 1933")."""
        return next((entity for eid in reversed(self._recent) if "War" in (entity := self.result.entities[eid]).classes
                     and eid not in self.result.part_of and eid not in self._accusations and eid not in self.result.compared),
                    None)

    def _one_of_many(self, mention: Mention, eid: str) -> bool:
        """Is the trigger one act ("the attack") and the entity happenings told as many ("attacks on Afghan
        troops"), or the trigger many acts ("The attacks killed 42 people") and the entity one act told in an
        earlier paragraph? The one attack is not the series; a verb or a noun of its own paragraph ("Russian
        missiles struck Kyiv and Lviv. The attacks killed 12", "launched a massive missile attack on Kyiv ... The
        attacks killed 19 people") tells no number, but across a paragraph break "the attacks" are those the new
        paragraph tells of (the pagers that exploded), not acts of an earlier one."""
        if mention.cls not in ONE_ACT:
            return False
        if not plural(mention.text, mention.lang):
            return eid in self._plural
        if not plural(mention.text.lower().split(" of ")[0], mention.lang):  # "use of chemical weapons": one use
            return False
        told = self._told_at.get(eid, mention.start)
        return PARAGRAPH_BREAK.search(self.text, told, mention.start) is not None

    def _owned_anew(self, mention: Mention, date: str | None, eid: str) -> bool:
        """Is the trigger a possessive act word dated in its sentence ("Its largest offensive came in May 2000") and
        the entity an event this source named and dated otherwise ("launched Operation Sunset in February 1999"), or
        a war the act word is not, begun before that date ("The war between Eritrea and Ethiopia began in May 1998")?
        Whose act it is and when say it is a new act, not the operation named last nor the war it is fought in. A
        name told undated may be it; so may the war of an act on its first day ("Upon the attack ... on September 27,
        2020, the Azerbaijani army began its great offensive": the war's opening)."""
        if not (date and possessive(self.text, mention)):
            return False
        named = self._named_dates.get(eid)
        entity = self.result.entities[eid]
        began = self._dates.get(eid) or named or (entity.span[0] if entity.span else None)
        war = entity.classes[0] == "War" and mention.cls != "War" and bool(began) and period(date)[0] > period(began)[1]
        return war or bool(named and not overlaps(date, period(named)))

    def _named_last(self, fam: str) -> Entity | None:
        """The conflict the story is about now (`_frame`), or the agreement named last, if named
        (not minted from trigger words)."""
        if fam == "conflict":
            found = self._frame()
        else:
            found = next((self.result.entities[e] for e in reversed(self._recent)
                          if family(self.result.entities[e].classes[0]) == fam), None)
        return None if found is None or self._minted_here(found.id) else found

    def _frame(self, unlike: Collection[str] = ()) -> Entity | None:
        """The armed conflict the story is about now: the last one mentioned that is not an act of a war,
        nor an act someone is accused of ("accused the army of bombing ..., but fighting continued"),
        nor one a comparison counts from ("its largest operation since the invasion of East Timor"), nor of a
        class in `unlike`: the fighting of both sides is no one side's attack ("Azerbaijan had mounted a
        large-scale attack ... but the fighting went on" is the clashes told before the attack), and a war it
        reaches back to is the text's own, as for "the war" (`wars.story_war`: "Fighting in the southern
        mountains went on for years" is the Second Chechen War, not the first one its background told)."""
        frames = [entity for eid in reversed(self._recent) if eid not in self.result.part_of
                  and eid not in self._accusations and eid not in self.result.compared
                  and (entity := self.result.entities[eid]).classes[0] not in unlike
                  and any(family(c) == "conflict" for c in entity.classes)]
        if unlike and frames and frames[0].classes[0] == "War":
            frames = story_war([e for e in frames if e.classes[0] == "War"], self._lead_war, self._told_in, self._index)
        return frames[0] if frames else None

    def _new(self, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity:
        fam = family(mention.cls)
        setting = None if date else self._context(sentence)  # "during the dissolution of the Soviet Union"
        where = date or ("during {}..{}".format(*setting) if setting else self._sentence_part(mention, sentence, index))
        key = ((fam if setting else mention.cls), where) if fam in SPANNING else (mention.cls, date)
        agent = self._by_agent(mention, sentence)
        if agent:  # "alleged attacks by South Ossetian separatists": that agent's acts
            key += (self._named(agent).id,)
        same = next((eid for eid in self._minted(key, date, mention) if self._fits_place(eid, mention, sentence)), None)
        if same:
            return self.result.entities[same]
        description = describe(self.text, mention, sentence, date, self._named)
        eid = slug(f"{description} ({self.source_id})")
        if eid in self.result.entities or eid in self.known:
            eid = slug(f"{description} ({self.source_id}, {where})")
        label = f"{description}, {date}" if date and fam != "agreement" else description
        entity = Entity(id=eid, label=label, lang=mention.lang, classes=(mention.cls,))
        self._keys.setdefault(key, []).append(entity.id)
        place = place_of(self.text, mention, sentence)
        if place:
            self._places[entity.id] = (sentence.start, self._named(place).id)
        if date:
            self._dates[entity.id] = date
        if plural(mention.text, mention.lang):
            self._plural.add(entity.id)
        return entity

    def _sentence_part(self, mention: Mention, sentence: Sentence, index: int) -> str:
        """Where an undated happening is told, as its identity: its sentence, and the part after a clause joined
        after a negation, or with a subject of its own, apart ("Israel did not attack Iran and Hezbollah fired rockets
        at Haifa": two acts; `scope.sentence_parts`)."""
        part = _part(sentence_parts(self.text, sentence), mention)
        return f"s{index + 1}.{part}" if part else f"s{index + 1}"

    def _minted(self, key: tuple, date: str | None, mention: Mention) -> list[str]:
        """The entities minted with this identity; an undated happening outside armed conflict and
        agreements may also be one of its class told with a date ("signed on Saturday" ... "he
        had just signed the plan"), unless the text sets it at another time ("later signed a decree")."""
        if marked_new(self.text, mention):
            return []  # "another attack", "numerous aerial attacks" on the day of the chemical attack: others
        same = self._keys.get(key, [])
        another_time = CUES.ANOTHER_TIME & set(words_before(self.text, mention.start)[-2:])
        if date or family(key[0]) in ("conflict", "agreement") or another_time:
            return same
        return same + [eid for k, ids in self._keys.items() if k[0] == key[0] and k != key for eid in ids]

    def _fits_place(self, eid: str, mention: Mention, sentence: Sentence) -> bool:
        """May this trigger name entity `eid` as far as places go? Not when both were named in
        this sentence with different places ("Zangezur was given to Armenia, and autonomy was
        granted ... in Karabakh": two transfers). Across sentences a later place is a detail
        of the same event ("fled Karabakh" ... "displaced people returned to Stepanakert"), but not of
        a happening of one place (`ONE_PLACE`: "took control of Sukhumi" ... "captured the town of Gagra"
        are two captures); armed conflict and agreements span many places."""
        known = self._places.get(eid)
        if family(mention.cls) in ("conflict", "agreement") or known is None:
            return True
        if known[0] != sentence.start and mention.cls not in ONE_PLACE:
            return True
        place = place_of(self.text, mention, sentence)
        return place is None or self._named(place).id == known[1]

    def _specified(self, mention: Mention, sentence: Sentence) -> bool:
        """"the attack by Russian troops", "the attack against the army": an act of armed conflict
        whose own words say who did it, or whom it struck, is a new one."""
        if family(mention.cls) != "conflict":
            return False
        if CUES.TARGETED.match(self.text[mention.end:mention.end + 12]):
            return True  # "the attack against members of the army": its target says which attack
        after = [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start < mention.start + 80]
        return agent_of(self.text, mention, after) is not None

    def _by_agent(self, mention: Mention, sentence: Sentence) -> Mention | None:
        """The agent an act's own words name ("alleged attacks by South Ossetian separatists"): that act
        is not another act of its sentence ("the Tskhinvali assault ... to repel alleged attacks by ...")."""
        if family(mention.cls) != "conflict":
            return None
        after = [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start]
        return agent_of(self.text, mention, after)

    def _numbered(self, mention: Mention, sentence: Sentence) -> Entity:
        words = self.text[sentence.start:sentence.end]
        body = ("UN Security Council " if re.search(r"Security Council|UNSC", words)
                else "UN General Assembly " if "General Assembly" in words else "")
        label = f"{body}Resolution {mention.value}"
        told = [e for e in self.result.entities.values() if "Resolution" in e.classes
                and e.label.endswith(f" {label}")] if not body else []  # "Resolution 598" after "UN Security Council Resolution 598"
        return told[0] if told else self.known.get(slug(label)) or self.result.entities.get(slug(label)) or Entity(
            id=slug(label), label=label, lang=mention.lang, classes=("Resolution",))

    def _close_headline(self) -> None:
        """A headline's unnamed conflict or agreement is the one of its kind the next sentences name,
        if any (a named one: an attack the next sentences tell is no name for what the headline is
        about; "Bosnia marks anniversary of agreement ..." is the Dayton Peace Agreement of the lead)."""
        for old in {self.result.of[m] for m in self._headline}:
            named = self._named_last(family(self.result.entities[old].classes[0])) or self._told_at_place(old)
            if named and named.id != old:
                for mention in [m for m, eid in self.result.of.items() if eid == old]:
                    self.result.of[mention] = named.id
                self.result.entities.pop(old, None)
                self._recent = [e for e in self._recent if e != old]
                self._keys = {key: [e for e in ids if e != old] for key, ids in self._keys.items()}
        self._headline = []

    def _on_title_line(self, mention: Mention) -> bool:
        """Does the mention stand on a title's line: a short line with no closing full stop ("Statement by
        the NATO Secretary General on the signing of the Military Technical Agreement")?"""
        start = self.text.rfind("\n", 0, mention.start) + 1
        end = self.text.find("\n", mention.end) % (len(self.text) + 1)
        line = self.text[start:end].rstrip()
        return len(line) <= TITLE_LENGTH and not line.endswith(".")

    def _told_at_place(self, old: str) -> Entity | None:
        """The first event of the headline event's class that the lead tells at a place the headline
        names ("Douma chemical attack" / "a chemical warfare attack was carried out in ... Douma")."""
        line_end = self.text.find("\n", min(m.start for m, e in self.result.of.items() if e == old))
        places = {e for m, e in self.result.of.items() if m.end <= line_end and "Place" in tops(self.result.entities[e].classes)}
        cls = self.result.entities[old].classes[0]
        for mention, eid in sorted(self.result.of.items(), key=lambda p: p[0].start):
            entity = self.result.entities[eid]
            if mention.start > line_end and eid != old and cls in entity.classes and self._minted_here(eid):
                stop = self.text.find(".", mention.end) % (len(self.text) + 1)  # its sentence's end, or the text's
                near = {e for m, e in self.result.of.items() if mention.end <= m.start < stop}
                return entity if places & near or not places and family(cls) not in FAMILIES else None
        return None


def _part(joins: list[int], mention: Mention) -> int:
    """Which part of its sentence a mention stands in: how many of its parts (`scope.sentence_parts`) begin
    before it."""
    return sum(1 for join in joins if join <= mention.start)


def _aliases_in(sentence: Sentence, text: str) -> set[Mention]:
    """The names of events and agreements that the sentence gives as other names of the one before
    them: after "also called", "also known as" ..., and after "or" in such a list."""
    found: set[Mention] = set()
    last: Mention | None = None
    for m in sentence.mentions:
        if m.kind not in ("entity", "trigger") or not {"Event", "Agreement"} & set(top_classes(m.cls)):
            continue
        between = text[last.end:m.start] if last else ""
        if m.kind == "entity" and last and (NAMES.ALIAS_OF_NAME.fullmatch(between) or last in found and NAMES.ALIAS_NEXT.fullmatch(between)):
            found.add(m)
        last = m
    ids = {m.entity for m in found}
    return found | {m for m in sentence.mentions if m.kind == "entity" and m.entity in ids}  # "... Agreement (CoHA)"

"""Claims: what each sentence of a source states, as triples with their exact words.

- Every mention of an entity is a typing claim (its class and the top classes above
  it), and, where the source uses a name other than the canonical one, a name claim
  (skos:altLabel in the source's language). Evidence: the mention itself.
- Within one clause of a sentence (`structure.clauses`), an event is related to the actors
  and places named with it, and an agreement to its parties and its mediators ("brokered
  by", "under the auspices of", "the Moscow-brokered truce", "Qatar helped mediate the deal": a
  broker, host, witness or monitor is no party). A place named right after a second verb joined
  by "and" is that verb's alone (`structure.placed_apart`), and a name told after a later act's
  word, or after a verb of will, speech or judgement, is not an earlier act's (`attach`: "The
  fighting broke a ceasefire signed in Accra", "seized Aracinovo, threatening Skopje airport").
  A name stands with the event when it is near it, or in one list with a name that is
  (`structure.runs`: "initialed by A, B and C" reads the list to its end), or is the agent
  of "led / hosted ... by" after it (`structure.agents`). Evidence: the sentence. Their
  dates are `extract.dates`'s.
- A party is named after "between", "by" or "signed", or as who signed, reached or
  concluded the agreement ("Erdogan and Putin have reached an agreement"); a person is never
  a party: the party is the state or group the person's title names beside them ("Turkish
  President Erdogan"), which stands in the same run.
- The actor that possesses an event began it ("Russia's subsequent incursion"; a capital that
  stands for its government is read as the state before this stage, see `metonymy`), and so
  did one side whose demonym stands just before the word of its act ("A final Ethiopian offensive"), unless
  the act is told of trade, persuasion or sport ("the Chinese offensive in the smartphone market": no role).
- "the two sides signed a ceasefire": its parties are the two states the source made the sides of
  the war it spoke of last (`belligerents`, derived).
- A dateline's place (`structure.datelines`) is where the report was filed, and a source cited
  (`structure.cited`: "according to the United Nations") or the subject of a verb of saying
  (`structure.speakers`: "Putin told reporters") holds what the clause tells: no role. A state
  named after a place and a comma ("near Stockholm, Sweden") is where it lies: a place. An actor
  or place named as an accord's topic (`structure.topics`: "the Georgia peace plan") is no
  party and no role of the other events of its clause; an actor named as the agent of another
  act after the event, or after what it caused (`structure.other_agent`: "the plan worked out
  by Russia", "the collapse allowed three republics to emerge"), is not the event's.
- A signature line that names no agreement ("Signed for Azerbaijan, for Armenia") signs
  the agreement the text names first (a treaty-style text's own title): what it names
  are the parties.
- A sentence whose subject is "they" (`structure.they_subject`) has the actors the sentence
  before named last as actors of its events ("Erdogan and Putin reached an agreement. After
  talks in Moscow, they announced a ceasefire").
- A state named as where a place lies ("the Syrian city of Douma", "Ethiopia's Tigray region",
  "on the territory of the Syrian Arab Republic") is a place of the event, not its actor.
- An event whose name holds the name of a place the source names ("the Siege of Eastern
  Ghouta", "the Tigray war") happened there (cg:hasPlace; evidence: the name).
- An actor named just after "against" / "on" / "targeting" an event, or as the object
  of an attack verb ("shelled Stepanakert"), is its target (cg:target, a kind of
  cg:hasActor) where it is an actor and not only a place; so is the side whose lines an act
  broke through ("broke through Eritrean lines", `structure.LOST`), and the name an object relative
  clause of force hangs on ("Cambodia, which Vietnam invaded": a land is where it happened).
- An event named as a point of reference ("three years after the initial conflict",
  "before the war"), as the topic of a document ("reports into the conflict by other
  organs, including the UN"), as what an act ended ("a treaty which ended the 1992-95 war
  in the country") or as what a speaker calls it ("calling the clashes a war") is not what the
  clause tells: it takes only the actors and places of its own phrase ("after days of clashes with
  militias"), and the demonym just before its word ("the anniversary of the French capture").
- Counts and shares are `counts`'s: a quantity of the event of their clause.

Who is a party or a mediator of an agreement is `parties`'s; which names an event named in passing, or by
a side, takes is `event_phrase`'s.

The clause is the unit because it is what a sentence "states plainly": in "Turkey gave
support, while Armenia attacked Tovuz" Turkey is no actor of the attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Entity, Literal, Mention
from ..rdf.terms import top_classes, tops
from ..recognise import Sentence, aliases
from ..recognise.aliases import NAME as ALIAS
from ..recognise.gazetteer import METHOD_NAME, METHOD_STEM
from . import attach, belligerents, clause_roles, counts, event_phrase, parties, structure
from .dates import is_reference
from .pronouns import NAME as PRONOUN
from .labels import asker_of_own_clause
from .resolution import Resolution
from .resolve import NAME as RESOLVE
from .scope import first_agreement

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "clause.v67"  # v67: an act a document tells by its verb ("describes how Russian troops attacked Bucha") is no listed topic and keeps its doer; v66: the demonym or possessive pronoun before an act named as a point in time is its side ("the French capture of Algiers", "before their withdrawal"); the name an object relative clause of force hangs on is its place or target ("Cambodia, which Vietnam invaded"); a verb after "before" frames no act ("before capturing Phnom Penh"); an act a speaker names ("calling the clashes a war") takes no actor from them; the events a document's verb lists are its topics ("This paper reviews the Juba process, the military operation ..."); the parties of an agreement told by its verb are its subject, not whom they "met with"; "the moderator", "leading the mediation" after names, and the state titling a mediator, mediate; v64: a clause joined after a name with a subject of a common noun ("attacking Belgorod, and Ukrainian drones struck Moscow") or of a noun and its phrase ("and attacks on villages continued") tells an act of its own, and so does one joined after an accusation (`scope.act_joins`); the name a relative clause of signing hangs on is a party ("The Soviet Union, which signed a friendship treaty with Hanoi"); a place named as the reference of a distance ("85 miles northeast of Hanoi") and a name in a "pro-" / "anti-" compound ("a pro-OAS march") take no role; who has "not" confirmed an act, who counted its figures ("the United Nations counted more than 200,000 displaced people") and who named it ("called it the largest offensive") speak of it, take no role; a clause with a subject and a past verb of its own joined after an act's ("captured Gori on 12 August, and Georgian forces shelled Tskhinvali") takes no actor or place of the first act's and gives it none (`scope.act_joins`); v61: "maintained that" before an article, a possessive, a pronoun or a name opens a clause however long its subject ("maintained that the strike on the hospital in Mariupol was staged by Ukraine", "that the Ukrainian army, not its own, shelled"); "attribute" / "attributing" judge an act as "attributed" does (`_verbs.ATTRIBUTE`: "UN envoys, attributing the shelling of Kharkiv to Russian forces, demanded"): who does so takes no role; a count is of no event told in a later clause with a subject and a verb of its own ("killed two men ..., and an Israeli air strike destroyed a building"; "were killed, ..., and that some 240 people were taken ... as hostages"); "fell to" names the captor, who acted ("Bakhmut fell to Russian forces"); whom a thing was "lost / ceded to" takes no role only in the noun phrase of a passive verb's subject ("vehicles lost to the separatists were seized"), after "lost to" as the finite verb the winner acted ("Armenia lost to Azerbaijan in the war"); the name an act's own "on" takes before a second "on" / "to" is the act's ("blamed the attack on India on militants": India a place); the clause joined after a negation with a subject and a past verb of its own is a clause of its own for the roles too ("did not attack Iran and Hezbollah fired rockets at Haifa"), a participle before "by" / "as" none ("the school used as a shelter by Hamas"); "maintained that" before a noun ("maintained that blockade of Berlin") and an "if" aside set off by commas ("Ethiopia and, if reports are right, Eritrea attacked") end no clause; a name after an act's word belongs to the act named last before it, not an earlier one unless listed with it ("The fighting broke a ceasefire signed in Accra": the signing's place), nor to an act before a verb of will, speech or judgement ("seized Aracinovo, threatening Skopje airport", `attach`); a demonym before a noun of unarmed people names no actor ("abducting Macedonian civilians", "the Albanian minority"); a state named with a port, coast or airport is where it lies ("from three Ukrainian ports"); the state after "invasion / bombing / shelling of" is the land struck, a place, no actor ("the Soviet invasion of Afghanistan"); whom an act is attributed or blamed on is no place; a compass point between two ("in north-west Syria") makes the state a place; a participle phrase in a passive subject ("a JNA helicopter carrying bread is shot down") leaves its owner the target; who something was "lost to" is no target; "if" / "unless" opens a clause of its own; an entry's colon after its date parts no clause; the party cue nearest a name governs it ("approved by the Israeli cabinet ... and announced by Qatar": Qatar no party); a subordinate clause's or joined clause's verb may be any irregular past form of the one list (_verbs.IRREGULAR_PAST: also "kept", "shot", "hit"); only a participle phrase, no "during" or "bring", stays in a passive subject's head (_PARTICIPLE_PHRASE, no longer a second _CARRYING); whom an act is blamed on in any form of the verb ("blame the bombing on X") is no place; a count whose clause names no event is of the happening a later clause names again by a definite noun ("At least 40 people died in Kano, and the bombing was later claimed by Boko Haram"); a word or two between the auxiliary and the passive participle ("The land lost to Azerbaijan was later shelled") keep "lost to" a participle: the gainer acts in nothing; a name after an act's word belongs to the act named last before it, not an earlier one unless listed with it ("The fighting broke a ceasefire signed in Accra": the signing's place), nor to an act before a verb of will, speech or judgement ("seized Aracinovo, threatening Skopje airport", `attach`); v52: whose camp or base was struck is the verb's object, no name after a preposition ("struck Sanaa on Monday from bases of the United Arab Emirates"); whose targets were struck is their target ("struck PKK targets"); "hit" and "destroyed" strike lines and holdings alike; "observed by" names no monitor (a ceasefire "observed by Armenia and Azerbaijan" is kept by its parties); a state an infinitive of purpose bears on is no actor only of an event told before it ("to help Azerbaijan in the war against Armenia": an actor of the war); a count told alone a paragraph after the last conflict told is of the act its section's heading names ("The massacre"), else of the war the source has named most so far; a count just after an active verb of harm is of the event named before it, the verb's subject, not of an event word after it ("The war ... killed about 50,000 people and displaced more than two million"); a place named right after a verb joined by "and" is that verb's alone, and a place in the phrase of an act before the event and its "and" is no place of the event ("captured Bunagana and advanced on Rutshuru", "surrendered in Kigali and was transferred to The Hague"); a count told alone across a paragraph break from the last conflict told is the war's the source spoke of last ("255 British servicemen had died in the campaign" after a paragraph on one air raid), and a capture is a conflict a count told alone after it counts ("seized a theatre ... About 130 civilians were killed"); who watched over an act ("monitored by a United Nations observer group") is no party and takes no role; ", and" opens a clause of its own before a subject with an irregular past verb ("and the ceasefire took effect") and after "by/in" a month and a word of quantity ("and by June most Iraqi forces had withdrawn"); a person an act is "against" or "on" past a title is its target ("the coup against Archbishop Makarios"); the subject of "had been killed" is no actor (resolve.v31); the places a route joins ("on the Cairo-Suez road") are no places of its events; a state an infinitive names ("to rid Iraq of") acts in no event; "X officials reported" speaks, takes no role; a body a verb of creating made takes no role ("set up a Ceasefire Commission"); whose positions an attack verb struck is its target ("shelled Indian positions"); who "died" or "perished" after an event of its clause is no actor of it; names before "as mediators" or "mediation" ("with Chadian mediation") mediate, no party or actor; a noun of claim set off by a comma (", a charge the Croatian government rejects") opens a clause of its own; who trained, armed or paid a force ("a unit trained by United States advisers") takes no role; each name of a list after a verb of going and "to" is a place ("fled to Bosnia and Serbia"); who reports a known happening as its object ("reported the massacre") takes no role in it; a period of an abbreviation before a number or a small word ends no clause ("On Aug. 4, ...", "the U.S. ambassador"); who reports a happening whose object names what it struck or took ("Russia reported the capture of Bakhmut") is no reporter of a known happening; whose camp, base or convoy an attack verb struck is its target ("struck a training camp of the militant group Jaish-e-Mohammed"); whom one word of an event makes its target is no actor of it by another word of the sentence; who "lost" or "is believed to have lost" after an event of its clause is no actor of it; the subject of a perfect passive verb of harm ("24,965 Americans had been killed") is its target; whose airfields an attack verb struck is its target ("struck Indian airfields"); a name set off by commas before a passive verb of harm names its subject again, a target ("Burundi's president, Cyprien Ntaryamira, were killed"), and the state owning that subject takes no role; v42: a demonym before a figurative or sporting offensive or attack takes no role ("The Chinese offensive in the smartphone market", "in the final"); "took / accepted responsibility for" ends its clause; whom a verb of giving names before what is given takes no role ("granted the rebels a general amnesty"); a people before "-speaking/-majority" takes no role ("a Russian-speaking town"); what an act answers takes its own phrase's roles, the act none of them ("launched the raid in response to a bombing in X"); a state before "-administered/-held" is a place; ", saying" ends its speaker's clause; no actor or party in who voted ("with Cuba voting against"), who lost a place or was trapped ("from Kurdish fighters", "trapping ... troops": targets), a people in an aside of the victims, each state of a list before "borders"; a state after "occupation of" is a place; ", and" before names with a verb of their own opens a clause; the owner of an embassy takes no role ("surrendered at the United States embassy in Kigali"); "demanding that" ends the demander's clause; a name after the event that heads a passive or negated verb of its own acts in no event ("and 960 Argentine soldiers were taken prisoner"); who pressed for an act ("Under pressure from the ICGLR") takes no role; the state owning a warship an attack verb struck is its target ("sank the Argentine cruiser"); an act told by a participle after a comma (", seizing 276 girls", ", and taking some 250 hostages") was done by who did the act it hangs on; where and when a speaker spoke ("told reporters in Abuja that", "said in Brussels on Monday that") is no place or time of what they tell; a comma between digits ends no opening phrase ("During the campaign Yugoslav forces expelled some 850,000 Kosovo Albanians"); "the two sides signed a ceasefire" names the two states the source made the sides of the war told (derived parties); one side's demonym just before its offensive or attack began it ("A final Ethiopian offensive"); whose lines an act broke through is its target ("broke through Eritrean lines"); "the two sides signed" makes the war's sides parties only of an agreement that halts fighting, the war or a side told in that sentence or the one before; a place taken "with support from X" names an ally, no target; v32: the first name after an opening phrase of place and its comma acts ("In Geneva, Russia"), and so does the first after "Troops from"; a word describing a land between a preposition of place and its name keeps it a place ("talks in neighbouring Chad"); v30: a list of places names no month or weekday, is no opening phrase a comma ends ("In Geneva, Russia"), nor after "Troops from"; a preposition of place governs a state across "the" ("fled to the Democratic Republic of the Congo": a place); the subject of a passive accusation ("The Taliban were accused of stepping up attacks") is named with the act, in its clause; "during the talks" after another happening of the clause names a point in time, which takes no role; a clause joined by ", and" that opens with a time phrase and a name ("and the next day President Rajapaksa declared victory") is a clause of its own; "since the first days of the invasion" names a point in time, which takes no role; "after X withdrew", with an irregular past verb, is a subordinate clause of its own; a state that is the object of an attack verb ("invaded Ukraine") is its place; a state named as a side of a border ("towns on the Chinese border") takes no role; who is deposed ("removed the transitional president, Bah Ndaw") is a target; a sentence opened by "they" names the last list of two or more actors (or of a plural name) before it, not a lone state named since; a count whose cause its sentence names, with no event word, is no one's (not the conflict told before: "The 2004 tsunami killed some 167,000 people"); a count over "the fighting" is no single attack's ("600 people had been killed since the fighting began"); a count is of no event named only as a point in time ("since the first days of the invasion"); a participle of consequence (", leaving 50 dead") counts the dead of the clause it hangs on, not of a subordinate clause's event ("after the army withdrew"); a count just after a verb of harm has its cause before it also when the verb stands outside the count's span ("killing at least 50 people"); "according to a UN report" cites the UN (no role); who announced an agreement is no party of it with words between the verb and "by" ("announced in Doha on Wednesday by Qatar's prime minister"); each name of a passive verb's subject of several suffered it ("Iran and Iraq were attacked"), and a state so named is a target, no actor; who mediated talks or a meeting ("talks mediated by Saudi Arabia") is no side of them; names listed after a preposition of place are places ("in Syria and Iraq"); who made a weapon takes no role ("Iranian-made drones"); who mediated an agreement is its mediator however long an aside stands between them ("The agreement, announced in Doha ... by Qatar's prime minister, ..., was mediated by Egypt"); v20: who called for a list takes no role in an item that is a clause of its own ("The UN called for a truce, ... and an offensive in Rafah was launched by Israel"); v19: a name within a passive verb's subject but not its head takes no role ("Hamas hostages were killed", "Iran believes Kurds were killed"); a bare compass noun before a state is a part of its land, but after "the" ("strikes in south Lebanon" / "In the south Russia attacked"); v18: a happening a comparison counts from is no frame of a count; v17: a counted-back verb dated in its own phrase is no point in time and keeps its roles ("two days after Russia invaded Ukraine on 24 February 2022"); v16: a compass adjective, not noun, before a state makes it a place ("In the south Russia attacked"); the word between a name and a passive verb of harm is a noun, no verb or captive ("Iran believes Kurds were killed", "Hamas hostages"); v15: who mediated the talks a sentence tells of mediates its agreement; a witness ("in the presence of") acts in no event of its clause; another name a text gives a thing ("known in Argentina as the Malvinas") is its altLabel and takes no role; who is driven out ("driving Iranian troops from") is a target, and so is who qualifies the subject of a passive verb of harm ("the Argentine cruiser ARA General Belgrano was sunk"); v14: the agent of a joint act ("signed by the minister of X") acts in it, it does not begin it; v13: a state named by its demonym before a passive verb of harm is its target ("1,191 Lebanese were killed"); v12: ", ending X" (what an act brought about) is a clause of its own; v11: a state after a compass adjective ("southern Lebanon") is a place; v10: a verb that a span of time counts back to ("nine years after the agreement was signed") is a point in time, and takes no role of the clause; v9: who "estimates that" takes no part in what it counts; v8: a count is of no event named in an aside after it (", including ... when"); v7: a place named after a land ("Iran Paris") is no people of it; a verb of consequence reaches the names just after it; v6: a mediation list mediates; an agreement's mediator acts in no event; passive harm: target; v5: whose claim a noun of claiming names holds it ("the Georgian claim"); "forcing X to react" (what an event caused); v4: a state named as where a place lies is a place; who speaks of a clause takes no part in it; "X-brokered"
WINDOW = 90  # characters: how far from an event word its actors and places may stand
HANGING_REACH = 8  # characters before a participle: ", and "
ACTING = frozenset({"hasActor", "initiatedBy"})  # who did an act
NAME_METHODS = {METHOD_NAME, METHOD_STEM, ALIAS}  # the methods whose mentions are names of their entity


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    frame: str | None = None  # the armed conflict this source spoke of last
    frame_at = 0  # where the sentence that told it begins
    ballot: str | None = None  # the ballot this source spoke of last
    own = first_agreement(sentences, res)
    previous: list[Mention] = []  # the last list of actors the sentence before named
    war: str | None = None  # the war this source spoke of last
    sides: dict[str, list[str]] = {}  # each war -> the states this source made its sides (`belligerents`)
    before: Sentence | None = None
    places = _place_names(sentences, res)
    wars: list[str] = []  # each mention of a war so far: the one told most is what a later paragraph's toll sums up
    topic: str | None = None  # the act the heading of the section read names
    for sentence in sentences:
        yield from _signature_block(source_id, text, sentence, res, own)
        for mention in sentence.mentions:
            if mention in res.of and mention.method != PRONOUN:  # a pronoun names, it is no name to type
                yield from _mention_claims(source_id, text, mention, res.entities[res.of[mention]])
                yield from _act_of_war(source_id, text, sentence, res.of[mention], res)
                yield from _named_place(source_id, text, mention, res, places)
        told = _struck_not_acting([c for clause in structure.clauses(text, sentence)
                                   for c in _relation_claims(source_id, text, sentence, clause, res)])
        for claim in told:
            belligerents.note(claim, res, sides)
        yield from told
        yield from _hanging_actors(source_id, text, sentence, res, told)
        yield from belligerents.claims(source_id, text, sentence, before, res, war, sides.get(war, []), NAME)
        named = _named(sentence, res)
        wars += _told(named, {"War"})
        topic = counts.section(text, sentence, res, topic)
        yield from counts.claims(source_id, text, sentence, res,
                                 counts.whole(text, sentence, frame, frame_at, _most(wars), topic), ballot)
        if previous and structure.they_subject(text, sentence, res):
            yield from _their_events(source_id, text, sentence, res, previous)
        previous = structure.last_run(text, sentence, res)
        if told_conflict := _last(named, counts.FRAMES):
            frame, frame_at = told_conflict, sentence.start
        war = _last(named, {"War"}) or war
        ballot = _last(named, counts.BALLOTS) or ballot
        before = sentence


def _struck_not_acting(told: list[Claim]) -> list[Claim]:
    """One sentence's relation claims less each actor of an event that another word of the same event, in that
    sentence, makes its target: "an offensive against South Korean divisions ..., the heaviest fighting in two
    years" (the fighting is the offensive; South Korea its target, not a side that fought it)."""
    struck = {(c.subject, c.obj) for c in told if c.predicate == "target"}
    return [c for c in told if not (c.predicate == "hasActor" and (c.subject, c.obj) in struck)]


def _hanging_actors(source_id: str, text: str, sentence: Sentence, res: Resolution, told: list[Claim]
                    ) -> Iterator[Claim]:
    """An act told by a participle after a comma (`CUES.COMMA_BEFORE_PARTICIPLE`: "Boko Haram fighters stormed a
    boarding school in the town of Chibok ..., seizing 276 girls") was done by who did the act it hangs on, the last
    event named before it: Boko Haram seized the girls, however far the participle stands from their name (`WINDOW`)."""
    events = [m for m in sentence.mentions if m.kind == "trigger" and m in res.of]
    for k, mention in enumerate(events):
        if not (CUES.PARTICIPLE.fullmatch(mention.text) and k and CUES.COMMA_BEFORE_PARTICIPLE.search(
                text, max(sentence.start, mention.start - HANGING_REACH), mention.start)):
            continue
        head, own = res.of[events[k - 1]], res.of[mention]
        done = {c.obj for c in told if c.subject == own and c.predicate in ACTING}
        for actor in dict.fromkeys(c.obj for c in told if c.subject == head and c.predicate in ACTING):
            if head != own and actor not in done:
                yield Claim(source_id, own, "hasActor", actor, sentence.start, sentence.end,
                            text[sentence.start:sentence.end], NAME)


def _last(named: list[tuple[str, tuple[str, ...]]], classes: set[str]) -> str | None:
    """The entity of one of `classes` a sentence names last (`_told`)."""
    told = _told(named, classes)
    return told[-1] if told else None


def _told(named: list[tuple[str, tuple[str, ...]]], classes: set[str]) -> list[str]:
    """The entities of one of `classes` among what a sentence names (`_named`), in order."""
    return [eid for eid, own in named if not classes.isdisjoint(own)]


def _named(sentence: Sentence, res: Resolution) -> list[tuple[str, tuple[str, ...]]]:
    """The entities the sentence names, in order, each with its classes, not one a comparison counts from ("its
    largest operation since the invasion of East Timor": the story is not of the invasion). Read once per
    sentence: the wars, conflicts and ballots it tells are all picked from it."""
    resolved = (res.of.get(m) for m in sentence.mentions)
    return [(eid, res.entities[eid].classes) for eid in resolved if eid is not None and eid not in res.compared]


def _most(named: list[str]) -> str | None:
    """The entity named most often, the first named of those named as often: the war a text is about so far, not
    one it names in passing ("Israel had occupied the Sinai in the Six-Day War of 1967")."""
    return max(dict.fromkeys(named), key=named.count) if named else None


def _signature_block(source_id: str, text: str, sentence: Sentence, res: Resolution,
                     own: str | None) -> Iterator[Claim]:
    """A signature line that names no agreement ("Signed for Azerbaijan, for Armenia") signs the
    document's own agreement: every actor or place it names is a party (a state signs as a place too)."""
    if own is None or not CUES.SIGNATURE.match(text, sentence.start, sentence.end):
        return
    named = [res.entities[res.of[m]] for m in sentence.mentions if m in res.of]
    if any(parties.is_agreement(e) for e in named):
        return
    for entity in dict.fromkeys(e for e in named if {"Actor", "Place"} & tops(e.classes)):
        yield Claim(source_id, own, "party", entity.id, sentence.start, sentence.end,
                    text[sentence.start:sentence.end], NAME)


def _place_names(sentences: list[Sentence], res: Resolution) -> dict[str, str]:
    """The places the source names, by the words it names them with (lower case) -> their ids."""
    return {m.text.lower(): res.of[m] for s in sentences for m in s.mentions
            if m.kind == "entity" and m in res.of and "Place" in tops(res.entities[res.of[m]].classes)}


def _named_place(source_id: str, text: str, mention: Mention, res: Resolution,
                 places: dict[str, str]) -> Iterator[Claim]:
    """An event whose name holds the name of a place the source names ("the Siege of Eastern
    Ghouta", "the Tigray war") happened there: cg:hasPlace, the name as evidence."""
    entity = res.entities[res.of[mention]]
    if mention.kind != "entity" or "Event" not in tops(entity.classes):
        return
    for name in sorted(places):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", mention.text.lower()) and places[name] != entity.id:
            yield Claim(source_id, entity.id, "hasPlace", places[name], mention.start, mention.end,
                        text[mention.start:mention.end], NAME)


def _act_of_war(source_id: str, text: str, sentence: Sentence, eid: str, res: Resolution) -> Iterator[Claim]:
    """An act the resolver placed inside a known war by its date: `cg:partOf` that war, derived
    (the text dates the act; that the date falls within the war is the inference), with the
    sentence as evidence."""
    if eid in res.part_of:
        yield Claim(source_id, eid, "partOf", res.part_of[eid], sentence.start, sentence.end,
                    text[sentence.start:sentence.end], RESOLVE, derived=True)


def _mention_claims(source_id: str, text: str, mention: Mention, entity: Entity) -> Iterator[Claim]:
    """The mention's typing and name claims; their evidence the source's own words (a wrapped name's
    line break kept), their name the mention's words on one line."""
    exact = text[mention.start:mention.end]

    def claim(predicate: str, obj) -> Claim:
        return Claim(source_id, entity.id, predicate, obj, mention.start, mention.end, exact, mention.method)

    for cls in dict.fromkeys((mention.cls, *top_classes(mention.cls))):
        yield claim("type", cls)
    if mention.kind == "entity" and mention.text != entity.label and mention.method in NAME_METHODS:
        yield claim("altLabel", Literal(mention.text, lang=mention.lang))


def _relation_claims(source_id: str, text: str, sentence: Sentence, clause: list[Mention], res: Resolution) -> Iterator[Claim]:
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, obj) -> Claim:
        return Claim(source_id, subject, predicate, obj, sentence.start, sentence.end, exact, NAME)

    silent = structure.datelines(text, clause) | structure.cited(text, clause)  # where a report was filed, whom it cites
    silent |= structure.speakers(text, clause, res)  # who speaks of it
    silent |= aliases.naming(text, clause)  # "known in Argentina as the Malvinas": a name, no role
    silent |= structure.withheld(text, clause)  # "without the authorization of the Security Council": absent
    silent |= structure.onlookers(text, clause)  # "Under pressure from the ICGLR", "monitored by the UN": no part
    silent |= {m for m in clause if structure.made_by(text, m)}  # "Iranian-made drones": the maker, no role
    silent |= {m for m in clause if structure.describing(text, m)}  # "a Russian-speaking town": no role
    silent |= {m for m in clause if structure.route_end(text, m)}  # "on the Cairo-Suez road": neither end
    silent |= {m for m in clause if structure.beneficiary(text, m)}  # "granted the rebels an amnesty": no role
    silent |= {m for m in clause if structure.created(text, m)}  # "set up a Ceasefire Commission": made, no role
    named = [(m, res.entities[res.of[m]]) for m in clause if m in res.of and m not in silent]
    brokers = [(m, e) for m, e in named if CUES.MEDIATION_AFTER.match(text, m.end, sentence.end)]
    roles = [(m, e) for m, e in named if (m, e) not in brokers]  # "Moscow-brokered": no place of it
    runs = structure.runs(text, clause, res)
    first, last = _run_ends(runs)
    agents = structure.agents(text, clause, res)
    titles = structure.titles(text, clause, res)
    topics = structure.topics(text, clause, res)
    located = structure.locations(text, clause, res)  # "near Stockholm, Sweden": a place
    # "the 2002 ceasefire agreement, brokered by Norway": the agreement's mediator, no role of the clause's events
    mediating = {m for m, _ in roles if parties.mediates_agreement(text, sentence, first[m], res)
                 or parties.mediates_joint_act(text, sentence, first[m], res) or parties.named_mediator(text, last[m])}
    for mention, entity in roles:
        kinds = tops(entity.classes)
        near = {runs[m] for m, _ in roles if _near(mention, m)}
        others = [(m, e) for m, e in roles if e.id != entity.id and runs[m] in near]
        if "Event" in kinds:
            reference = is_reference(text, sentence, mention) or event_phrase.is_named_in_passing(text, sentence, mention)
            if reference:
                others = [(m, e) for m, e in others if event_phrase.in_phrase(text, sentence, mention, m)]
            own = {runs[m] for m, e in agents.items() if e is mention}
            others += [(m, e) for m, e in roles if runs[m] in own and (m, e) not in others]
            others = [(m, e) for m, e in others if m not in titles and m not in mediating
                      and topics.get(m, mention) is mention and not structure.other_agent(text, mention, first[m])
                      and not asker_of_own_clause(text, sentence, m, mention) and not event_phrase.answered_by(text, mention, m)]
            acts = [m for m, e in roles if "Event" in tops(e.classes)]
            others = [(m, e) for m, e in others if not attach.governed_elsewhere(
                text, mention, m, [a for a in acts if res.of[a] != entity.id])]
            for other, role in event_phrase.relative_objects(text, sentence, mention, res):
                yield claim(entity.id, role, other)
            for m, other in others:
                role = "hasPlace" if m in located else clause_roles.role(text, sentence, m, other, mention)
                if role == "hasPlace" and structure.placed_apart(text, mention, m, acts):
                    continue  # "captured Bunagana and advanced on Rutshuru": the second verb's place
                if role == "hasActor" and event_phrase.side_of_act(text, mention, entity, m):
                    role = None if event_phrase.figurative(text, sentence, mention, m) else "initiatedBy"
                if role:
                    yield claim(entity.id, role, other.id)
        elif "Agreement" in kinds:
            for other in parties.brokers(text, sentence, mention, brokers, res):
                yield claim(entity.id, "mediator", other)
            for other in parties.relative_signers(text, sentence, mention, res):
                yield claim(entity.id, "party", other)
            far = [(m, e) for m, e in roles if m in mediating and runs[m] not in near
                   and parties.mediated(text, sentence, first[m], res) is mention]
            for _, other in far:
                yield claim(entity.id, "mediator", other.id)
            for m, other in others:
                if clause_roles.role(text, sentence, m, other) != "hasActor" or m in topics or m in located \
                        or CUES.VOTED_AFTER.match(text, m.end) or parties.title_of_mediator(text, sentence, m, clause, res):
                    continue  # who voted on it is no party ("with Cuba voting against")
                if parties.is_mediator(text, sentence, first[m]) or parties.named_mediator(text, last[m]):
                    yield claim(entity.id, "mediator", other.id)
                elif parties.is_party_context(text, sentence, first[m], mention) and not parties.is_person(other):
                    yield claim(entity.id, "party", other.id)


def _their_events(source_id: str, text: str, sentence: Sentence, res: Resolution,
                  actors: list[Mention]) -> Iterator[Claim]:
    """A sentence whose subject is "they" (`structure.they_subject`): the actors the sentence
    before named last are actors of each event it names. Evidence: the two sentences."""
    events = [m for m in sentence.mentions if m in res.of and "Event" in tops(res.entities[res.of[m]].classes)]
    start = min(m.start for m in actors)
    for event in dict.fromkeys(res.of[m] for m in events):
        for actor in dict.fromkeys(res.of[m] for m in actors):
            yield Claim(source_id, event, "hasActor", actor, start, sentence.end, text[start:sentence.end], NAME)


def _run_ends(runs: dict[Mention, int]) -> tuple[dict[Mention, Mention], dict[Mention, Mention]]:
    """Each mention's first mention of its run (`structure.runs`) and the last one, by where they start and
    end: read in one pass over the clause, not one per mention asked about."""
    first: dict[int, Mention] = {}
    last: dict[int, Mention] = {}
    for mention, run in runs.items():
        if run not in first or mention.start < first[run].start:
            first[run] = mention
        if run not in last or mention.end > last[run].end:
            last[run] = mention
    return {m: first[run] for m, run in runs.items()}, {m: last[run] for m, run in runs.items()}


def _near(a: Mention, b: Mention) -> bool:
    return b.start - a.end <= WINDOW and a.start - b.end <= WINDOW


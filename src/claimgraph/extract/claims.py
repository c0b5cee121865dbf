"""Claims: what each sentence of a source states, as triples with their exact words.

- Every mention of an entity is one typing claim, by its class (the top classes above it follow
  from the ontology and are not claimed: DESIGN.md), and, where the source uses a name other
  than the canonical one, a name claim (skos:altLabel in the source's language). Evidence: the
  mention itself.
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
- A dateline's place (`bystanders.datelines`) is where the report was filed, and a source cited
  (`bystanders.cited`: "according to the United Nations") or the subject of a verb of saying
  (`bystanders.speakers`: "Putin told reporters") holds what the clause tells: no role. A state
  named after a place and a comma ("near Stockholm, Sweden") is where it lies: a place. An actor
  or place named as an accord's topic (`structure.topics`: "the Georgia peace plan") is no
  party and no role of the other events of its clause; an actor named as the agent of another
  act after the event, or after what it caused (`structure.other_agent`: "the plan worked out
  by Russia", "the collapse allowed three republics to emerge"), is not the event's.
- The states that act "under" an agreement are its parties, the one acting and the one acted on ("Russia armed Syria
  under a 2015 defence treaty": `bound_by`).
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
- A name told in a phrase set off by commas that describes a person ("Hadi, a southerner loyal to Saleh, is named
  defence minister", "Eden, ..., who told the House of Commons that ..., resigned") is no role of an act told after
  it (`asides`).
- Counts and shares are `counts`'s: a quantity of the event of their clause.

Who is a party or a mediator of an agreement is `parties`'s; which names an event named in passing, or by
a side, takes is `event_phrase`'s; the go-between of a compound before talks ("Arab League-sponsored talks") is
their actor (`joint_brokers`), and so is the second side of "between" past an aside about the first ("talks between A,
the head of ..., and B": `between_sides`).

The clause is the unit because it is what a sentence "states plainly": in "Turkey gave
support, while Armenia attacked Tovuz" Turkey is no actor of the attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Entity, Literal, Mention
from ..rdf.terms import tops
from ..recognise import Sentence, aliases
from ..recognise.accords import told_by_verb
from ..recognise.aliases import NAME as ALIAS
from ..recognise.gazetteer import METHOD_NAME, METHOD_STEM
from . import (asides, attach, belligerents, between_sides, bound_by, bystanders, clause_roles, counts, event_phrase,
               issuers, joint_brokers, parties, relatives, relative_subjects, signers, structure)
from .dates import is_reference
from .governments import NAME as GOVERNMENT
from .pronouns import NAME as PRONOUN
from .labels import asker_of_own_clause
from .resolution import Resolution
from .resolve import NAME as RESOLVE
from .scope import first_agreement
from .titled import titled_start

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "clause.v150"  # v150: s42 review: a witness phrase ends at its clause's end and before a later act or
# agreement ("..., in the presence of Turkey, and Azerbaijan attacked Armenia": no witnesses); "among the witnesses",
# ", attended by X" name witnesses too (`_witnesses_end`), and "signed ... in the presence of X" without a comma;
# v149: s42 roles42: a joint act's witnesses (", with X as host and Y present") its actors, no
# party of the agreement (`_witnesses`);
# v148: s39 review: names after an opening place's comma that "and" ends and a comma closes
# are its places still ("On 3 May, in Syria, Iraq and Lebanon, militants attacked": Iraq is where);
# v147: s39 opening39: a phrase of place opens its clause after a first opening
# phrase too ("On 5 September, near Christchurch, Papua New Guinea and the rebels signed": PNG signed);
# v146: s37 roles37: "the government" (`governments`) acts, never where an act is;
# v145: s36 review: a group a noun alone names is unarmed at the text's first word too
# ("Thousands of villagers fled as fighting spread", `clause_roles._unarmed_people`);
# v144: s36 review: only watchers who watch or tell are bystanders ("Gunmen attacked EU
# monitors": the EU its target); a state whose possessive holds a place noun a word or two on is where it lies
# ("Aleppo, Syria's largest city"); a place or force "in the middle" no go-between ("with Shusha in the middle");
# v143: s36 roles36: the body of watchers ("OSCE monitors reported") and a speaker's
# accounts, sources or body's spokeswoman ("Chinese accounts say", "The US State Department spokeswoman won't
# say") take no role; a go-between named before "in the middle" is a mediator, no party ("with Russia in the
# middle"); a state before a possessive ends no list of places nor locates the place before it ("in Helsinki,
# Indonesia's minister");
# v142: s36 agreements36: a body's verdict ("the General Assembly deplored") is its
# resolution, the body its party;
# v141: s36 groups36: a group a noun alone names ("villagers") is unarmed as "Somali
# refugees" is (`clause_roles._unarmed_people`);
# v140: s35 review: a state a state's own force comes "from" no role of an act that is no
# move ("Russian troops from Belarus attacked Kyiv": neither where nor who);
# v139: s35 roles: a state's own named force "from" a state leaves it, a place ("the
# withdrawal of Syrian troops from Lebanon", `clause_roles._owned_force_before`);
# v138: s34 review: only whom a verb of asking addresses (or a modal's subject) loses its
# role in a move another makes; who decides or sends for it keeps it; v137: s34 fix: a move asked for is read in the
# words right before its noun, no aside's "to";
# v136: s34 modality: "X were blamed for" a passive accusation; "and troops then stormed" a
# clause of its own (an adverb of time between subject and verb);
# v135: s34 roles: who is asked to agree to a move another's "of" names is no actor of it;
# whom officers rose against past "the government of" / "their" is its target;
# v134: s33 review: a land a preposition governs before speakers ("in Aleppo officials said") places the act;
# "has been repelled by X" no initiator;
# v133: the agent of a verb of resisting after an act ("an invasion repelled by X") took
# part in it but did not begin it: hasActor, no initiatedBy; v132: a land's name before those who speak for it
# ("the Bougainville parties") is no place of the act;
# v131: one who only acts for a body ("X, on behalf of Y, welcomed it") makes it no party;
# v130: s32 review: a bare "for" names whom one signed for only after the signing
# verb's "by" ("signed ... was criticised by X for Russia's gains": none);
# v129: whom a signer signed for is a party ("signed by X for Estonia");
# v128: "called the raid on X \"a crime\"" names it (`CLAUSES.NAMED_AS_AFTER`);
# v127: s31 review: a resolution's drafter or sponsor after "by" is no party; v126: a
# resolution's party only after "by", not the states it addresses; "its resolutions" in a paragraph under a body's
# heading are the body's; v125: no role for a state qualifying a leader's office; "held by" names the side struck (a
# place, since the s31 review: not "the bid, held by British funds"); v124: a war counts once
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
    sides: dict[str, list[str]] = {}  # each war -> the actors this source made its sides (`belligerents`)
    years: dict[str, set[int]] = {}  # each war -> the years told beside it (`belligerents`)
    before: Sentence | None = None
    earlier: Sentence | None = None  # the sentence before `before`
    places = _place_names(sentences, res)
    wars: list[str] = []  # each mention of a war so far: the one told most is what a later paragraph's toll sums up
    topic: str | None = None  # the act the heading of the section read names
    bodies = issuers.Issuers()  # who adopted the decisions told by their nouns
    for sentence in sentences:
        yield from _signature_block(source_id, text, sentence, res, own)
        yield from _issued(source_id, text, sentence, res, bodies)
        yield from _signed_for(source_id, text, sentence, res)
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
        yield from relative_subjects.claims(source_id, text, sentence, res, NAME)
        yield from belligerents.claims(source_id, text, sentence, before, res, war, sides.get(war, []), NAME)
        belligerents.note_years(sentence, res, years)
        yield from belligerents.unnamed(source_id, text, sentence, belligerents.Told(told, before, earlier), res, war,
                                        sides.get(war, []), years.get(war, set()), NAME)
        named = _named(sentence, res)
        wars += dict.fromkeys(_told(named, {"War"}))  # once a sentence: "fought in the X War" tells X once
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
        before, earlier = sentence, before


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


def _issued(source_id: str, text: str, sentence: Sentence, res: Resolution,
            bodies: issuers.Issuers) -> Iterator[Claim]:
    """The body that adopted each decision the sentence tells by its noun is its party (`issuers`). Evidence: the
    sentence."""
    for mention in sentence.mentions:
        if mention in res.of and (body := bodies.of(text, sentence, mention, res)) is not None:
            yield Claim(source_id, res.of[mention], "party", body, sentence.start, sentence.end,
                        text[sentence.start:sentence.end], NAME)
    bodies.note(text, sentence, res)


def _signed_for(source_id: str, text: str, sentence: Sentence, res: Resolution) -> Iterator[Claim]:
    """Whom the signers of a sentence of signing signed for is a party of each agreement the sentence names, a body's
    act aside ("signed by Foreign Minister X for Estonia and by General Y for Norway": `signers.parties`). Evidence:
    the sentence."""
    agreements = {res.of[m] for m in sentence.mentions if m in res.of and parties.is_agreement(res.entities[res.of[m]])
                  and not parties.is_body_act(res.entities[res.of[m]])}
    actors = signers.parties(text, sentence, res) if agreements else []
    for agreement in sorted(agreements):
        for actor in actors:
            yield Claim(source_id, agreement, "party", actor, sentence.start, sentence.end,
                        text[sentence.start:sentence.end], NAME)


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
    """The mention's typing claim (its class alone: a top class above it is implied, `terms.top_classes`)
    and name claim; their evidence the source's own words (a wrapped name's line break kept), their
    name the mention's words on one line. A person's typing claim quotes the title written before the name with it
    ("President Reagan": `titled`), the name claim the name alone."""

    def claim(predicate: str, obj, start: int = mention.start) -> Claim:
        return Claim(source_id, entity.id, predicate, obj, start, mention.end, text[start:mention.end], mention.method)

    yield claim("type", mention.cls, titled_start(text, mention))
    if mention.kind == "entity" and mention.text != entity.label and mention.method in NAME_METHODS:
        yield claim("altLabel", Literal(mention.text, lang=mention.lang))


def _relation_claims(source_id: str, text: str, sentence: Sentence, clause: list[Mention], res: Resolution) -> Iterator[Claim]:
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, obj) -> Claim:
        return Claim(source_id, subject, predicate, obj, sentence.start, sentence.end, exact, NAME)

    silent = bystanders.datelines(text, clause) | bystanders.cited(text, clause)  # where a report was filed, whom it cites
    silent |= bystanders.speakers(text, clause, res, sentence)  # who speaks of it
    silent |= bystanders.watchers(text, clause, res)  # "OSCE monitors reported shelling": who watched it
    silent |= aliases.naming(text, clause)  # "known in Argentina as the Malvinas": a name, no role
    silent |= bystanders.withheld(text, clause)  # "without the authorization of the Security Council": absent
    silent |= bystanders.onlookers(text, clause)  # "Under pressure from the ICGLR", "monitored by the UN": no part
    silent |= {m for m in clause if structure.made_by(text, m)}  # "Iranian-made drones": the maker, no role
    silent |= {m for m in clause if structure.describing(text, m)}  # "a Russian-speaking town": no role
    silent |= {m for m in clause if structure.route_end(text, m)}  # "on the Cairo-Suez road": neither end
    silent |= {m for m in clause if structure.beneficiary(text, m)}  # "granted the rebels an amnesty": no role
    silent |= {m for m in clause if structure.created(text, m)}  # "set up a Ceasefire Commission": made, no role
    silent |= bystanders.bracketed(text, clause, silent)  # "The UN Mission in South Sudan (UNMISS) confirmed": its acronym
    named = [(m, res.entities[res.of[m]]) for m in clause if m in res.of and m not in silent]
    classes_of = {m: res.entities[res.of[m]].classes for m in sentence.mentions if m in res.of}  # read by `asides`
    brokers = [(m, e) for m, e in named if CUES.MEDIATION_AFTER.match(text, m.end, sentence.end)]
    roles = [(m, e) for m, e in named if (m, e) not in brokers]  # "Moscow-brokered": no place of it
    runs = structure.runs(text, clause, res)
    first, last = _run_ends(runs)
    relative = relatives.asides(text, sentence)  # "Fujimori, who had ordered the raid, resigned": near his verb
    agents = structure.agents(text, clause, res)
    titles = structure.titles(text, clause, res)
    topics = structure.topics(text, clause, res)
    located = structure.locations(text, clause, res)  # "near Stockholm, Sweden": a place
    mediator_titles = parties.mediator_titles(text, sentence, clause, res)  # "the French diplomat Jean Arnault"
    witnesses = _witnesses(text, sentence, roles)  # ", with X as host and Y present": the signing's, no party
    # "the 2002 ceasefire agreement, brokered by Norway": the agreement's mediator, no role of the clause's events
    mediating = {m for m, e in roles if parties.mediates_agreement(text, sentence, first[m], res)
                 or parties.mediates_joint_act(text, sentence, first[m], res)
                 or parties.named_mediator(text, last[m], e)}  # "with Russia in the middle"; not "with Shusha in ..."
    for mention, entity in roles:
        kinds = tops(entity.classes)
        near = {runs[m] for m, _ in roles if _near(mention, m, relative)}
        others = [(m, e) for m, e in roles if e.id != entity.id and runs[m] in near]
        if "Event" in kinds:
            point = is_reference(text, sentence, mention)
            namer = None if point else event_phrase.only_named_from(text, sentence, mention)
            if namer is not None:  # the speaker and whom they address take no role, unless their own force did it
                others = others if event_phrase.speaker_did_it(text, sentence, mention, res) else [
                    (m, e) for m, e in others if m.start >= namer]
            elif point or event_phrase.is_named_in_passing(text, sentence, mention):
                others = [(m, e) for m, e in others if event_phrase.in_phrase(text, sentence, mention, m)]
            own = {runs[m] for m, e in agents.items() if e is mention}
            others += [(m, e) for m, e in roles if runs[m] in own and (m, e) not in others]
            others = [(m, e) for m, e in others if m not in titles
                      and (m not in mediating or parties.takes_part(text, sentence, first[m], mention, res))
                      and topics.get(m, mention) is mention and not structure.other_agent(text, mention, first[m])
                      and not asker_of_own_clause(text, sentence, m, mention) and not event_phrase.answered_by(text, mention, m)
                      and not asides.described_in_aside(text, sentence, m, mention, classes_of)]
            acts = [m for m, e in roles if "Event" in tops(e.classes)]  # an agreement told by its verb governs no name:
            others = [(m, e) for m, e in others if not attach.governed_elsewhere(  # its subject keeps the events' roles
                text, mention, m, [a for a in acts if res.of[a] != entity.id and not told_by_verb(a)])]
            for other, role in event_phrase.relative_objects(text, sentence, mention, res):
                yield claim(entity.id, role, other)
            for other in joint_brokers.actors(text, mention, entity, brokers):  # "Arab League-sponsored talks"
                yield claim(entity.id, "hasActor", other)
            if witnesses and clause_roles.JOINT_ACTS & set(entity.classes) and mention.end <= min(
                    opened for opened, _ in witnesses.values()):  # "signed ..., with X as host and Y present"
                others = [(m, e) for m, e in others if m not in witnesses]
                watched = [m for m, (_, witness) in witnesses.items() if witness and m not in titles]
                for other in dict.fromkeys(res.of[m] for m in sorted(watched, key=lambda w: w.start)):
                    if other != entity.id:
                        yield claim(entity.id, "hasActor", other)
            if (second := between_sides.second_side(text, sentence, mention, res)) is not None:
                yield claim(entity.id, "hasActor", second)  # "talks between A, the head of ..., and B"
            for m, other in others:
                role = "hasPlace" if m in located else clause_roles.role(text, sentence, m, other, mention)
                if role == "hasPlace" and m.method == GOVERNMENT:
                    role = "hasActor"  # "near the border, the government and the contras signed": who, never where
                if role == "hasPlace" and structure.placed_apart(text, mention, m, acts):
                    continue  # "captured Bunagana and advanced on Rutshuru": the second verb's place
                if role == "hasActor" and event_phrase.demonym_before(text, mention, m) \
                        and event_phrase.figurative(text, sentence, mention, m):
                    role = None  # "the Chinese charm offensive", "Markets fell ... after the Chinese takeover": no side
                elif role == "hasActor" and event_phrase.side_of_act(text, mention, entity, m):
                    role = "initiatedBy"
                if role:
                    yield claim(entity.id, role, other.id)
        elif "Agreement" in kinds:
            for other in parties.brokers(text, sentence, mention, brokers, res):
                yield claim(entity.id, "mediator", other)
            for other in parties.relative_signers(text, sentence, mention, res):
                yield claim(entity.id, "party", other)
            for other in bound_by.parties(text, sentence, mention, res):  # "Russia armed Syria under a treaty"
                yield claim(entity.id, "party", other)
            far = [(m, e) for m, e in roles if m in mediating and runs[m] not in near
                   and parties.mediated(text, sentence, first[m], res) is mention]
            for _, other in far:
                yield claim(entity.id, "mediator", other.id)
            verb = told_by_verb(mention)  # "Israel and Hamas agreed to ...": its parties are the verb's subject
            subject = parties.agreeing_subject if verb else parties.agreed_with_subject
            for m in subject(text, sentence, mention, runs, res):
                if m not in silent and parties.is_verb_party(text, sentence, m, res.entities[res.of[m]]):
                    yield claim(entity.id, "party", res.of[m])
            for m, other in others:
                if clause_roles.role(text, sentence, m, other) != "hasActor" or m in topics or m in located \
                        or CUES.VOTED_AFTER.match(text, m.end) or m in mediator_titles \
                        or parties.is_host(text, sentence, first[m]):
                    continue  # who voted on it ("with Cuba voting against"), a go-between's title or a host: no party
                if parties.is_mediator(text, sentence, first[m]) or parties.named_mediator(text, last[m], other):
                    yield claim(entity.id, "mediator", other.id)
                elif not verb and parties.is_party_context(text, sentence, first[m], mention, entity) \
                        and not parties.is_person(other) and m not in witnesses:  # "with X as host": no party
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


def _witnesses(text: str, sentence: Sentence, named: list[tuple[Mention, Entity]]) -> dict[Mention, tuple[int, bool]]:
    """The names of a phrase of witnesses or hosts that ends its clause after a comma (`CUES.WITNESS_OPEN`:
    ", in the presence of France and Germany", ", witnessed by X"; after "with" only when the phrase ends on their part,
    `CUES.WITNESS_PART`: ", with President X of Algeria as host and Y present"), each -> (where the phrase opens, is
    it a witness). A joint act told before takes the actors among them as its actors however far they stand, but not
    a state or body whose office a person holds (after "of" that ends the person's name: "President X of Algeria";
    before the office's word: "the UN Secretary-General, Kofi Annan"); no agreement takes any of them as a party."""
    found: dict[Mention, tuple[int, bool]] = {}
    for opened in CUES.WITNESS_OPEN.finditer(text, sentence.start, sentence.end):
        end = _witnesses_end(text, sentence, opened.end(), named)
        if opened.group("with") and not CUES.WITNESS_PART.search(text[opened.end():end]):
            continue
        inside = [(m, e) for m, e in named if opened.end() <= m.start and m.end <= end]
        for k, (m, e) in enumerate(inside):
            office = k > 0 and "Person" in inside[k - 1][1].classes and CUES.OFFICE_OF.fullmatch(
                text, inside[k - 1][0].end, m.start) is not None
            office = office or CUES.OFFICE_AFTER.match(text, m.end) is not None  # "the UN Secretary-General, X"
            found.setdefault(m, (opened.start(), "Actor" in tops(e.classes) and not office))
    return found


def _witnesses_end(text: str, sentence: Sentence, start: int, named: list[tuple[Mention, Entity]]) -> int:
    """Where a phrase of witnesses opened at `start` ends: at its clause's end (`CUES.WITNESS_END`: a semicolon,
    ", but"), and before the first act or agreement told after it, at the comma before it if there is one: the names
    past that comma in "in the presence of Turkey, and Azerbaijan attacked Armenia", "Later, in the presence of Kofi
    Annan, Eritrea and Ethiopia signed" or "The talks, attended by Norway, between Colombia and the FARC produced an
    agreement" are the act's or the agreement's, no witnesses."""
    stop = CUES.WITNESS_END.search(text, start, sentence.end)
    end = stop.start() if stop else sentence.end
    acts = [m.start for m, e in named if {"Event", "Agreement"} & tops(e.classes) and start <= m.start < end]
    if acts:
        comma = text.rfind(",", start, min(acts))
        end = comma if comma >= 0 else min(acts)
    return end


def _near(a: Mention, b: Mention, skipped_spans: list[tuple[int, int]]) -> bool:
    """Do two mentions stand within `WINDOW` characters, not counting a relative aside between them (`skipped_spans`,
    `relatives`: the subject before it is as near its verb after it as if the aside were not told)?"""
    skipped = sum(close - opened for opened, close in skipped_spans
                  if min(a.end, b.end) <= opened and close <= max(a.start, b.start))
    return b.start - a.end - skipped <= WINDOW and a.start - b.end - skipped <= WINDOW


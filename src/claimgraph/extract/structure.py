"""The structure of a sentence, read from its words alone (no parser): clauses, lists, agents.

The pipeline has no dependency parser (`recognise.nlp`: a blank tokenizer and a
sentencizer), so structure is clause and phrase rules over the text, general English
rather than sentences of any corpus:

- Clauses: `scope.clauses` cut again where a clause with a subject of its own begins:
  after a sentence's opening clause or phrase, at its comma ("After a ceasefire was signed
  in Bishkek, Armenia violated its terms"); at a subordinate clause ("declared victory
  after pro-government forces captured Mekele"); after a finding's "that" ("confirmed that
  troops from Eritrea entered Tigray"), and after the "that" of a speech that tells where or
  when it was given ("told reporters in Abuja that the truce followed talks in neighbouring Chad": Abuja
  is where the general spoke, not where the talks were); at a verb of judging ("the attack was attributed to
  the army by rebel forces": who judges an act takes no part in it); after a quotation its
  speaker follows ("... he had just signed the plan,” Natalya Timakova said"); at a line break
  before a capital (a headline or an infobox field the sentencizer ran into the next sentence);
  at ", and" before a subject of its own ("a meeting of the Security Council, and the president
  informed ..."; "..., and the next day President Rajapaksa declared victory": a name after a time phrase);
  a relative aside's own words are its clause, and the main verb after its closing comma is the name's before it
  (`relatives`: "Fujimori, who had ordered the raid, resigned").
- Runs: names that stand in one list are one run ("A, B and C"; "the president of Croatia
  Franjo Tudjman"; "Russian President Dmitry Medvedev"; "Croatia's Franjo Tudjman"; "FARC
  (the rebels)"), and so is the place a list of actors is said to be in ("signed between A
  and B in Cartagena"): what a sentence says of one member it says of all.
- Agents: the actor named after "led / chaired / hosted ... by" is the agent of the event
  named last before the cue ("a peace conference in Dayton, led by Warren Christopher").
- Titles: a state named as the title of the person after it ("Russian President Dmitry
  Medvedev") stands in the person's run, yet the person, not the state, is who met or signed
  (the office it tells is the `offices` stage's).
- Topics: an actor or place named as what an accord is about ("the Georgia peace plan", "a plan
  on resolving conflicts in Georgia") is neither its party nor the place of what is done with it;
  one that modifies an event ("the Georgian-South Ossetian conflict") is that event's only.
- Places apart: a place named right after a verb joined by "and" is that verb's, not the act's before it
  ("captured Bunagana and advanced on Rutshuru"), and the first act's place is not the second's.
- Driven out: the object of a verb of driving out ("driving Iranian troops from the peninsula") lost
  the ground; it is a target of its clause's acts, never their agent.
- Agents of other acts: an actor after "worked out by" a later noun ("the document signed by
  Saakashvili differs from the plan worked out by Russia and France") is not the event's, nor is
  one after what the event caused ("the collapse of imperial Russia allowed three republics ... to
  emerge", "moved into South Ossetia first, forcing the Georgian Armed Forces to react").
- Bystanders (datelines, sources cited, speakers, onlookers) are `bystanders`'.
- Pronoun subjects: a sentence whose subject is "they", at its start or just after its opening
  clause ("After talks in Moscow, they announced a ceasefire"), speaks of the actors the
  sentence before named last; an opening clause with no subject of its own shares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from ..recognise.accords import told_by_verb
from . import relatives
from .scope import clause_cuts, clause_end, clauses as scope_clauses, tops_of, unaccused

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
VERBS = cues("triggers").VERBS  # a trigger that is a verb form: the name before it is its subject, no topic
SAID_AFTER = cues("modality").SAID_AFTER  # a sayer told after what is said, at its sentence's end

if TYPE_CHECKING:  # the type only: resolve reads dates, which read scope
    from .resolution import Resolution

# The end of a quotation its speaker follows ("... the six principles,” Natalya Timakova said"):
# who said it took no part in what it tells.
QUOTE_END = re.compile(r",[”\"]|[”\"],")
# A line break before a capital ends what a clause can say: a headline, a dateline or an infobox
# field stands on its own line even where the sentencizer ran it into the sentence after it. A
# line that goes on in lower case is prose wrapped by hand ("brokered a ceasefire\nbetween A and B").
LINE_BREAK = re.compile(r"\n(?=\s*[^\w\s]*[A-Z0-9])")
TOPIC_BEFORE = re.compile(r"(?:[\s–-]+[A-Z][\w’'.]*)*[\s–-]+")  # "the Georgian-South Ossetian conflict"
AGENT_REACH = 40  # characters between "led by" and the actor it names
OFFICE_REACH = 40  # characters before a person's name read for the office ("and Deputy Prime Minister ")
OPENING_REACH = 80  # characters: "In the " and a place of a few words before the comma that ends the phrase, after
# a first opening phrase perhaps ("On 5 September 1994, near ")
# Characters between a verb of consequence and a name it governs: "allowed three independent republics—Georgia,
# Azerbaijan, and Armenia"; further on, the name is the event's again ("The war forced thousands of
# civilians from Stepanakert and other towns as Armenia and Azerbaijan traded fire").
CONSEQUENCE_REACH = 60
PREPARED_REACH = 30  # characters: "financed by the " and a little room


def clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's mentions grouped by clause: `scope.clauses`, cut again where a clause of
    its own begins (see the module docstring)."""
    cuts = [m.end() for cue in (CUES.FINDING, CUES.SPOKEN_THAT, QUOTE_END) for m in cue.finditer(text, sentence.start, sentence.end)]
    cuts += unaccused(text, sentence, [m.start() for cue in (CUES.SUBORDINATE, CUES.JUDGED, LINE_BREAK, CUES.COORDINATED,
                                                             CUES.COORDINATED_AFTER_TIME)
                                       for m in cue.finditer(text, sentence.start, sentence.end)])
    if CUES.SUBORDINATE_OPENING.match(text, sentence.start, sentence.end):
        cuts.append(clause_end(text, sentence, sentence.start))
    asides = relatives.asides(text, sentence)
    bounds = [sentence.start - 1, *sorted(cuts + [close for _, close in asides]), sentence.end + 1]
    parts = [part for group in scope_clauses(text, sentence)
             for part in ([m for m in group if low <= m.start < high] for low, high in zip(bounds, bounds[1:])) if part]
    return relatives.rejoined(parts, asides, bounds + clause_cuts(text, sentence))


def runs(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, int]:
    """Each mention's run number (see the module docstring); mentions of one run share it."""
    found: dict[Mention, int] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in zip([None, *ordered], ordered):
        found[after] = found[before] if before and _joined(text, before, after, res) else len(found)
    return found


def _joined(text: str, before: Mention, after: Mention, res: Resolution) -> bool:
    """Do two neighbouring mentions stand in one run: actors or places in one list, or a list of
    actors and the place it is said to be in?"""
    if before.end > after.start:
        return False
    first, second = tops_of(res, before), tops_of(res, after)
    if first & second & {"Actor", "Place"}:
        return (bool(CUES.JOINED.fullmatch(text, before.end, after.start))
                and not _ends_opening_place(text, before, after))
    return "Actor" in first and second == {"Place"} and bool(CUES.LOCATED.fullmatch(text, before.end, after.start))


def _ends_opening_place(text: str, mention: Mention, after: Mention) -> bool:
    """Does the mention end, at a comma, a phrase of place that opens its sentence ("In Geneva, Russia and the
    United States signed": Russia signed)? The names after the comma start the clause (`CUES.OPENING_PLACE`),
    unless a comma closes the next one too: "In Geneva, Switzerland, the sides signed" names where Geneva lies."""
    return text.startswith(",", mention.end) and not text.startswith(",", after.end) and CUES.OPENING_PLACE.search(
        text, max(0, mention.start - OPENING_REACH), mention.start) is not None


CREATED_REACH = 70  # characters: "set up a Ceasefire Commission and an " and a little room


def sayer_after(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the mention stand in the sayer told after what is said, at the sentence's end (SAID_AFTER: "Russian
    forces captured Avdiivka on Saturday, the Russian defence ministry said.")? Like a sayer named first, it
    holds what the sentence tells and takes no part in it: no role, no place of its label."""
    return any(s.start("sayer") <= mention.start and mention.end <= s.end("sayer")
               for s in SAID_AFTER.finditer(text, sentence.start, sentence.end))


def locations(text: str, mentions: list[Mention], res: Resolution) -> set[Mention]:
    """The states named as where the place before them lies ("in Rimbo, near Stockholm, Sweden",
    "Jeddah, Saudi Arabia"; not a possessor, `possessor`: "in Helsinki, Indonesia's justice minister signed") or
    as who holds the land after them ("Indian-administered Kashmir", HELD):
    a place, no actor of what the clause tells."""
    ordered = sorted((m for m in mentions if m.kind == "entity" and m in res.of), key=lambda m: m.start)
    held = {m for m in ordered if "State" in res.entities[res.of[m]].classes and CUES.HELD.match(text, m.end)}
    return held | {after for before, after in zip(ordered, ordered[1:])
            if tops_of(res, before) == {"Place"} and "State" in res.entities[res.of[after]].classes
            and CUES.APPOSED.fullmatch(text, before.end, after.start) and not _ends_opening_place(text, before, after)
            and not possessor(text, after)}  # "in Helsinki, Indonesia's minister": whose minister


def possessor(text: str, mention: Mention) -> bool:
    """Is the name the possessor of what follows it, no place of its own ("at a ceremony in Helsinki, Indonesia's
    justice minister signed": the minister's state)? Not when what it holds is a place (`CUES.PLACE_NOUN`: "in Syria
    and Iraq's Anbar province", "Tskhinvali, Georgia's breakaway region"): the place lies in it."""
    return CUES.POSSESSIVE_MARK.match(text, mention.end) is not None and not CUES.PLACE_NOUN.match(text, mention.end)


def topics(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, Mention | None]:
    """Mention -> the agreement or event it modifies or is the topic of ("the Georgia peace plan",
    "the Georgian-South Ossetian conflict", "discussions on the status of Abkhazia"), None where
    the head noun names no mention ("a plan on resolving conflicts in Georgia"): a name before a
    verb ("Azerbaijan and Armenia signed", "Ukraine agreed to a prisoner swap") is its subject, no topic. A name that
    tells which accord or event is meant is no party, actor or place of the other acts of its
    clause (see TOPIC_BEFORE, TOPIC_AFTER)."""
    found: dict[Mention, Mention | None] = {}
    ordered = sorted((m for m in mentions if m.kind != "date"), key=lambda m: m.start)
    for before, after in zip(ordered, ordered[1:]):
        if {"Actor", "Place"} & tops_of(res, before) and {"Agreement", "Event"} & tops_of(res, after) \
                and after.text.lower() not in VERBS and not told_by_verb(after) \
                and TOPIC_BEFORE.fullmatch(text, before.end, after.start):
            found[before] = after
    for mention in ordered:
        cue = CUES.TOPIC_AFTER.search(text, max(0, mention.start - 80), mention.start)
        if cue and {"Actor", "Place"} & tops_of(res, mention) and not re.search(r"[,;:.]", cue.group()):
            heads = [m for m in ordered if m.start <= cue.start() < m.end]
            found.setdefault(mention, heads[0] if heads else None)
    return found


def other_agent(text: str, event: Mention, mention: Mention) -> bool:
    """Is the mention (the first of its run), named after the event, the agent of another act ("...
    plan worked out by X") or part of what the event caused ("the collapse of imperial Russia
    allowed three republics, Georgia, Azerbaijan and Armenia, to emerge") rather than a role of the
    event? A verb of consequence governs the names just after it (`CONSEQUENCE_REACH`)."""
    caused = [cue.end() for cue in CUES.CONSEQUENCE.finditer(text, event.end, mention.start)]
    return event.end <= mention.start and bool(
        CUES.OTHER_AGENT.search(text, event.end, mention.start)
        or caused and mention.start - caused[-1] <= CONSEQUENCE_REACH)


def made_by(text: str, mention: Mention) -> bool:
    """Does the name say who made a thing ("Iranian-made drones", MADE) or who trained, armed or paid a
    force ("a unit trained by United States advisers", PREPARED_BY)? The maker took no part in what the
    thing or the force was used for: no role, and no actor or place of a label."""
    return CUES.MADE.match(text, mention.end) is not None or CUES.PREPARED_BY.search(
        text, max(0, mention.start - PREPARED_REACH), mention.start) is not None


def describing(text: str, mention: Mention) -> bool:
    """Does the name describe a place by who speaks in or peoples it ("a Russian-speaking town", DESCRIBING)?
    That people took no part in what befell the place: no role."""
    return CUES.DESCRIBING.match(text, mention.end) is not None


def route_end(text: str, mention: Mention) -> bool:
    """Is the place an end of a route named by the places it joins ("on the Cairo-Suez road", ROUTE_FIRST_END,
    ROUTE_LAST_END)? What happened on the road happened at neither end: no role."""
    if CUES.ROUTE_FIRST_END.match(text, mention.end):
        return True
    return bool(CUES.ROUTE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                and CUES.ROUTE_LAST_END.match(text, mention.end))


def beneficiary(text: str, mention: Mention) -> bool:
    """Is the name whom a verb of giving names before what is given ("granted the rebels a general amnesty",
    BENEFICIARY_BEFORE/AFTER)? It receives; it takes no role in the clause's events or agreements."""
    return bool(CUES.BENEFICIARY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                and CUES.BENEFICIARY_AFTER.match(text, mention.end))


def created(text: str, mention: Mention) -> bool:
    """Is the name what a verb of creating made ("set up a Ceasefire Commission and an African Union observer
    mission", CREATED_BEFORE)? It came of the act: no party to the agreement and no actor of the clause's events."""
    return CUES.CREATED_BEFORE.search(text, max(0, mention.start - CREATED_REACH), mention.start) is not None


@dataclass(frozen=True)
class NameCue:
    """A cue that tells the role of the name it stands around: `before` ends just before the name, within `reach`
    characters of it, and `after` starts just after it (either may be None: no cue wanted on that side)."""

    before: re.Pattern[str] | None
    reach: int = 0
    after: re.Pattern[str] | None = None

    def holds(self, text: str, mention: Mention) -> bool:
        return ((self.before is None or self.before.search(text, max(0, mention.start - self.reach), mention.start)
                 is not None) and (self.after is None or self.after.match(text, mention.end) is not None))


# The object of a verb of driving out ("drove Iranian troops from", "pushed back the rebels", `DRIVING_BACK`,
# `DRIVING`, `DRIVEN_OUT`): the side that lost the ground, not one that took it.
DRIVEN_OUT = (NameCue(CUES.DRIVING_BACK, 30), NameCue(CUES.DRIVING, 30, CUES.DRIVEN_OUT))
# The side that lost, a target of its clause's acts and none of their actors: driven out; whose lines an act
# broke through or struck ("broke through Eritrean lines", "shelled Indian positions", `BREAKING_THROUGH`,
# `STRIKING`, `LINES`); whose camp, base or convoy was struck ("struck a camp of Hamas", `STRUCK_HOLDING`); removed from power ("overthrew President Amadou Toumani Touré", "removed the transitional
# president, Bah Ndaw", `DEPOSING`); whom a place was taken from or who was caught in it ("recaptured Kirkuk from
# Kurdish fighters", "trapping thousands of Russian troops", `TAKEN_FROM`, `TRAPPING`).
LOST = (*DRIVEN_OUT, NameCue(CUES.BREAKING_THROUGH, 30, CUES.LINES), NameCue(CUES.STRIKING, 30, CUES.LINES),
        NameCue(CUES.DEPOSING, 50), NameCue(CUES.TAKEN_FROM, 90), NameCue(CUES.TRAPPING, 40),
        NameCue(CUES.STRUCK_HOLDING, 120))
# A people named in an aside as a part of a passive verb of harm's subject ("Thousands of civilians, many of them
# ethnic Russians who could not leave, were killed", `PART_OF_THEM`, `SUFFERED_AFTER`): they suffered what the
# clause tells, no actor of it.
AMONG_VICTIMS = (NameCue(CUES.PART_OF_THEM, 40, CUES.SUFFERED_AFTER),)
# A state named as a side of a border ("several towns on the Chinese border", "the border with Turkey",
# `BORDER_AFTER`, `BORDER_BEFORE`): it did not act, and the event may lie on the other side.
BORDER_SIDE = (NameCue(None, after=CUES.BORDER_AFTER), NameCue(CUES.BORDER_BEFORE, 30))


def cued(text: str, mention: Mention, table: tuple[NameCue, ...]) -> bool:
    """Does one cue of the table (`LOST`, `AMONG_VICTIMS`, `BORDER_SIDE` ...) stand around the name?"""
    return any(cue.holds(text, mention) for cue in table)


def agents(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, Mention]:
    """Actor mention -> the event mention it is the agent of, for each actor named just after
    "led / chaired / hosted ... by": the event named last before the cue."""
    found: dict[Mention, Mention] = {}
    for mention in (m for m in mentions if "Actor" in tops_of(res, m)):
        cue = CUES.PARTICIPLE_BY.search(text, max(0, mention.start - AGENT_REACH), mention.start)
        events = [m for m in mentions if cue and m.end <= cue.start() and "Event" in tops_of(res, m)]
        if events:
            found[mention] = max(events, key=lambda m: m.end)
    return found


def they_subject(text: str, sentence: Sentence, res: Resolution) -> bool:
    """Is the sentence's subject "they", at its start or just after an opening clause that names
    no actor of its own? (A "they" inside a later clause may be anyone the sentence names.)"""
    if CUES.THEY.match(text, sentence.start, sentence.end):
        return True
    if not CUES.SUBORDINATE_OPENING.match(text, sentence.start, sentence.end):
        return False
    end = clause_end(text, sentence, sentence.start)
    opening = [m for m in sentence.mentions if m.end <= end and "Actor" in tops_of(res, m)]
    return not opening and bool(CUES.THEY.match(text, end, sentence.end))


def last_run(text: str, sentence: Sentence, res: Resolution) -> list[Mention]:
    """The actors of the last list of actors the sentence names that a plural "they" can name: two
    or more, or one named in the plural ("the rebels"), not a lone state named since ("Erdogan and
    Putin have reached an agreement ... in Syria's Idlib province"); else the last list."""
    actors = [m for m in sentence.mentions if m in res.of and "Actor" in tops_of(res, m)]
    numbers = runs(text, actors, res)
    lists = [[m for m in actors if numbers[m] == n] for n in dict.fromkeys(numbers[m] for m in actors)]
    plural = [run for run in lists if len({res.of[m] for m in run}) > 1 or run[-1].text.endswith("s")]
    return (plural or lists or [[]])[-1]


def titles(text: str, mentions: list[Mention], res: Resolution) -> set[Mention]:
    """The mentions of states that are only the title of the person named right after them, or of the office named
    before them ("President Paul Biya of Cameroon")."""
    return set(titled(text, mentions, res).values())


def titled(text: str, mentions: list[Mention], res: Resolution,
           title_of: re.Pattern = CUES.TITLE_OR_NATIONALITY_OF) -> dict[Mention, Mention]:
    """Person mention -> the mention of the state named as its title right before it ("the
    president of Serbia Slobodan Milosevic", "Croatia's Franjo Tudjman", "Russian President
    Dmitry Medvedev"): only title words between them (`title_of`; by default also a go-between's nationality: "the
    French diplomat Jean Arnault"), no list ("Georgia and Saakashvili"); or after it, the country of the office
    before the name ("President Paul Biya of Cameroon", `_office_of`) or of the office in an aside ("Menachem Begin,
    the Israeli prime minister", `_apposed`)."""
    ordered = sorted((m for m in mentions if m in res.of), key=lambda m: m.start)
    pairs = [(before, after, res.entities[res.of[before]].classes, res.entities[res.of[after]].classes)
             for before, after in zip(ordered, ordered[1:]) if before.end <= after.start]
    return {after: before for before, after, first, second in pairs
            if "State" in first and "Person" in second and title_of.fullmatch(text, before.end, after.start)
            and not CUES.LISTING.search(text[before.end:after.start])} | {
        before: after for before, after, first, second in pairs
        if "Person" in first and "State" in second
        and (_office_of(text, before, after) or _apposed(text, before, after))}


def _apposed(text: str, person: Mention, state: Mention) -> bool:
    """Is the state named in an aside right after the person, qualifying the office it names ("Menachem Begin, the
    Israeli prime minister": `CUES.APPOSED_TITLE_BEFORE`, `CUES.APPOSED_OFFICE_AFTER`)? It is the person's title, as
    in "Israeli Prime Minister Menachem Begin"."""
    return CUES.APPOSED_TITLE_BEFORE.fullmatch(text, person.end, state.start) is not None \
        and CUES.APPOSED_OFFICE_AFTER.match(text, state.end) is not None


def _office_of(text: str, person: Mention, state: Mention) -> bool:
    """Is the state named after the person as the country of the office named before them ("President Paul Biya of
    Cameroon": `CUES.OFFICE_BEFORE`, `CUES.OFFICE_STATE_AFTER`)? Not of an office another body's words qualify ("FIFA
    president Gianni Infantino of Switzerland")."""
    return CUES.OFFICE_STATE_AFTER.fullmatch(text, person.end, state.start) is not None \
        and CUES.OFFICE_BEFORE.search(text, max(0, person.start - OFFICE_REACH), person.start) is not None


def placed_apart(text: str, event: Mention, place: Mention, acts: list[Mention]) -> bool:
    """Is the place another verb's of the clause, parted from the event by an "and" before that verb? Named just
    after a verb that follows the event's phrase ("captured the border town of Bunagana and advanced on Rutshuru",
    `CUES.AND_VERB_PLACE`: Rutshuru is no place of the capture), or in the phrase of another act before the event
    and its "and" ("captured Gori and shelled Tskhinvali", `CUES.AND_BEFORE_VERB`: Gori is no place of the
    shelling). Not a place both verbs share ("attacked and captured Shusha", "killed 50 and wounded 100 in Gaza")."""
    if event.end <= place.start:
        cue = CUES.AND_VERB_PLACE.search(text, event.end, place.start)
        return cue is not None and bool(text[event.end:cue.start()].strip())
    joined = CUES.AND_BEFORE_VERB.search(text, place.end, event.start) if place.end <= event.start else None
    if joined is None or CUES.JOINING.search(text, place.end, joined.start()):
        return False
    return any(act is not event and act.end <= place.start and not CUES.JOINING.search(text, act.end, place.start)
               for act in acts)

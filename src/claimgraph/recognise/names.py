"""Names the gazetteer does not know, found by their shape and the words around them.

- a title before a name: "President Mikheil Saakashvili", "spokesperson Anna Naghdalyan"
  -> the name, a cg:Person;
- a role in lower case, then words, then a two-word name ("the then president of Serbia
  Slobodan Milosevic", "U.S. agents Richard Holbrooke"), or a role's apposition ("the special
  envoy for Yemen, Martin Griffiths.") -> the name, a cg:Person, even where its given name is a
  town's ("Martin");
- the agent of a command ("the LNA commanded by Khalifa Haftar", "led by ...") -> a cg:Person;
- a name then its role and a comma ("Jawaharlal Nehru, the prime minister,"), its age ("Gbagbo, 65,"), "his
  rival" before it, "was appointed" and a role after it ("with" before it and "as" a role after it), "was sworn in",
  a relative "who" of one person after it
  ("Harold Keke, who leads a faction") -> a cg:Person; and persons listed after their role (`person_lists`);
- two capitalised words, no known name nor kind word, as the subject of a verb of speech or act ("Siad Barre
  renounced the treaty", `SUBJECT_VERBS`) -> a cg:Person;
- a given name and a surname of the region's shapes ("Anna Petrosyan", "Rovshan Mammadov",
  "Giorgi Kobakhidze"), a lone surname of the strongest shapes ("Petrosyan"), and a
  transcript's speaker label ("PETROSYAN: ...") -> a cg:Person (the resolver makes a lone
  surname the full name the source gave before);
- a capitalised name before a kind of place ("Tskhinvali region"), after one ("the town
  of Gori"), before an apposition ("Tskhinvali, the capital of South Ossetia"), or ending
  in one ("Kodori Gorge", "Hakari bridge") -> a cg:Region, cg:Settlement or cg:Place;
- capitalised words ending in a kind of body ("Karabakh Security Council", "Wagner Group", "Suez Canal Company",
  "Peace and Security Council"), "Ministry of X", "Parliament of X" -> the whole name, a cg:Organization or
  cg:Government (cg:ArmedGroup for brigades, battalions, militias; "7th Infantry Brigade", "Sixth Fleet");
- a state's body in lower case after its name or demonym ("Kyrgyzstan's health ministry", "the Syrian air
  force") -> a cg:Government or cg:ArmedGroup of its own;
- a name of an agreement or an event: capitalised words ending in a kind of agreement
  ("Dayton Agreement", "Six-Point Peace Plan", "Chemical Weapons Convention") or of event
  ("Bosnian War", "Rif Dimashq Offensive"), "Battle / Siege of X", and a place's or people's
  lower-case event ("Tigray war", "Axum massacre", "Georgian-South Ossetian conflict") -> the
  name, of the class its head word says;
- a name defined with its acronym ("Revolutionary Armed Forces of Colombia (FARC)") -> the
  name, of the class its head word says (a body, fighters, else an organisation); and any
  acronym ("FARC", "TPLF") -> a candidate that the resolver keeps only where the source
  defined it, as the entity it defined it for;
- a broadcaster, newspaper or magazine named beside its kind ("Radio Hanoi", "its magazine Dabiq"), and a
  ruling party or movement named by an acronym before a lower-case "government" or "regime" ("the FRELIMO
  government"; a name of words may be a man's: "the Bashar al-Assad regime"), and a body's name before a lower-case
  word of its parts after "a" or "an" ("the leader of an Abu Sayyaf faction") -> a cg:Organization;
- a coalition or force named by who leads it ("the Saudi-led coalition", "NATO-led forces")
  -> the whole phrase, a cg:Organization (cg:ArmedGroup for forces and troops);
- a demonym the gazetteer does not list and a word for fighters ("Abkhaz forces", "South
  Ossetian militias"), and "separatist/rebel forces|authorities" -> a cg:ArmedGroup or a
  cg:Government; what a side calls the armed opposition to take a side ("armed terrorist
  groups", `REBEL_LABELS`) -> the armed group "rebel forces" names (one entity: the words differ,
  the referent does not; `combine.compare` sets the words against each other).

Regular expressions over the block's text, so the stack keeps its speed. The method
name sorts after "gazetteer", "forces" and "demonym", so where the gazetteer knows the same
span it wins the tie in `settle`. The entity id is the slug of the name: one source's
"Saakashvili" twice is one entity.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads only when a source is extracted: this module is read without it
    from spacy.tokens import Doc

from ..rdf.terms import top_classes
from .base import Candidate, name_id, text_of
from .capitals import INITIAL, ends_run, fills, in_runs, recased
from .citations import cited_authors
from .defined_names import _defined_class, _defined_span
from .gazetteer import force_owners, state_forces
from .name_checks import (_after_date_word, _entity_id, _label, _month_named, _naming_title, _plausible, _told_body,
                          month_in_name, title_case, vessel_before)
from .name_doubts import NameDoubts
from .name_rules import (ACRONYM, ACRONYM_VALUE, BODY, BODY_AND, COMPASS_WORD, CUES, DATED_PERSON_RULES, DEFINITION,
                         FEATURE, FIGHTERS, NOT_PERSON_WORDS, PLACE_LED_PERSON_RULES, RULES, SHARED_HEAD,
                         SHARED_PLACE_KIND, TITLED, is_demonym)
from .name_shapes import trim as _trim
from .owned import own_forces
from .packs import derived
from .person_lists import listed, people_lists, role_lists
from .place_lists import compass_sides, listed_places
from .warships import hull_numbers, warships

__all__ = ["ACRONYM_VALUE", "DEFINITION", "NAME", "NOT_PERSON_WORDS", "KnownNames", "NamesInContext",
           "is_demonym", "known_names", "month_in_name", "shared_heads", "title_case", "vessel_before"]

NAME = "names-in-context.v135"  # v135: s42 review: no acronym moving on a market ("AAPL rose 3 percent"), no test,
# unit, degree or position ("ECG showed", "MBA followed"), no speaker in capitals ("COUNSEL said"); "But FRELIMO denied"
# v134: s42 actors42: an acronym never spelt out acts with no article where it opens
# its clause or follows a lower-case word ("MINURSO said", "and EAM agreed"; not "an EAM demonstration", "VAR ruled")
# v133: s41 review: a court's, a firm's or a fire service's division or brigade is no
# armed body ("QUEEN'S BENCH DIVISION", "SALES DIVISION", "LONDON FIRE BRIGADE": `CUES.COMMON_KIND_OPENERS`)
# v132: s41 actors41b: a run of words in capitals read in Title Case by the anchored
# rules (`in_capitals`: "UNITED STATES MARINE CORPS", "SECOND LIEUTENANT DANIEL R. OSTROWSKI", "USS MADDOX")
# v131: s41 actors41: a field's label in capitals before its colon is no speaker
# ("REMARKS: Awards ...", "CAPTION: ...", "BACKGROUND FOR EDITORS:": `CUES.FIELD_LABELS`)
# v130: s40 review: a calling before a club's name tells no person ("coach Real
# Madrid", "striker Bayern Munich"); the relative clause a calling heads needs a verb with no object and the main
# verb after it ("The former coach Aston Villa sacked in June joined"; still "The pilot Fernando Soto shot down three
# planes")
# v129: s40 actors40: a calling right before a full name tells a person ("defender
# Serge Akakpo", "Striker Thomas Dossevi": `CUES.CALLINGS`)
# v128: s39 review: an acronym a deed is done to names no body ("the SMS was sent",
# "the NPT was signed"; still "the MNLA was formed", "was driven out"), nor one of a thing, weapon, exam, disease, time
# zone or office ("the API returned", "the AWACS's radar", "the SRSG said"); it acts after an adverb, a modal or an
# irregular past too ("the LTTE then fired", "could not", "the MNLA took Gao")
# v127: s39 actors39: an acronym never spelt out names a body where it acts after
# "the" or owns ("the LTTE fired", "UNTAC's figures"; not "the CEO said", nor a word the text writes in lower case
# too: "The END was near"); a possessive leaves an acronym whole
# v126: s38 review: a unit numbered in figures stays whole before an abbreviation
# ("3 Commando Brigade RM") or a verb in "s" ("16 Air Assault Brigade deploys"), not before a firm's form ("PLC");
# a battalion's regiment after a comma is no higher unit's start ("2nd Battalion, 1st Infantry Division": two units)
# v125: s38 actors38: a unit numbered in figures ("3 Commando Brigade"), its regiment after
# a comma ("3rd Battalion, 4th Marines"); a warship's name keeps its middle initial ("USS Samuel B. Roberts")
# v124: s36 review: a treaty's list of what it makes holds only such words
# ("signed the Treaty of Peace and Egypt regained the Sinai": the Treaty of Peace), each whole after a qualifier
# ("the Treaty of Friendship and Good Neighbourliness", "of Perpetual Peace and Friendship");
# v123: s36 review: a site's kind before a preposition or a conjunction the list
# lacked still ends its phrase ("the Lagos bridge toward the stadium": `KIND_ENDS_BEFORE`);
# v122: s36 roles36: "arap" joins a name ("Daniel arap Moi", name_shapes);
# v121: s36 agreements36: "the Treaty of Peace and Friendship" is one name,
# the whole list;
# v120: s36 groups36: no echoed person a creed or a body's adjective opens, nor one
# "it"/"its" follows with no pronoun of a person ("Islamic Jihad" ... "Jihad said", "Dawn said it would");
# v119: s36 places36: a lower-case point of the compass before a known land names a
# side of it, a region of its own ("in northern Uganda", `compass_sides`); a lower-case kind of site before a noun
# names no site ("The Texas hospital association": Texas);
# v118: s35 reader: no "Hills" in a place's name ("Carla Hills", "Senator Tom
# Hills" are persons);
# v117: s35 review35a: no echoed person after a word only a place follows ("along
# Viale Miramare") nor with a club's first word ("Real Madrid"), an adverb after an opening quote no given name; a
# title before a land's kind a person's ("Major John Hills"); a speaker's verb after a place a preposition's object
# leaves it a place ("Officials near the Tajik border said");
# v116: s35 names35: a name in full whose last word the source writes alone is a
# person (`echoed`: "Bettino Craxi" ... "Craxi's government");
# v115: s35 places35: a barracks, hospital, lagoon, creek or hills (lower case or in the
# name: "the Kilian barracks", "Mulago Hospital", "the Occra Hills", "Rokel Creek") and "the Straits of" name places;
# v114: s34 fix34d: no "Task Force Report|Members|Chair" body; no person of a verb's
# object before "and his" ("He left Goldman Sachs and his wife"); no rank before "Cook Museum";
# v113: s34: a name "Operation" opens is the operation's only, no person's ("Operation
# Paul Bunyan"); "Task Force Vierra", "Task Force 58" each a body of their own; a name before "and his|her" a person;
# a rank without a full stop ("Cpl Musa Bangura") a title;
# v112: s33 review: no person before "coalition", "alliance", "team", "club" or
# "subsidiary" after a role ("the head of a Green Energy coalition"); a body before its part only ("an Abu Sayyaf
# faction"), not before a whole group, party or cell ("a Bible Study group", "a Lithium Ion cell"); v110: s33 second
# reading: a label of doubt ("UNCONFIRMED:") is no speaker
# v109: s33: no person of words after a role that a lower-case word of a body follows
# ("leader of an Abu Sayyaf faction": the body) or that end a longer name ("chairman of the Organisation of African
# Unity", "a High Transitional Authority"), nor of a given name and an "-ian" word before a capitalised one ("Mindanao
# Humanitarian Team"), nor of a transcript label that is a known place ("MOSCOW:"), nor of a
# state's word before a land's possessive ("Iraqi Kurdistan's government"); a state's forces defined with an acronym
# ("the Armed Forces of the Philippines (AFP)") are its armed forces, and so is the acronym; words in capitals before
# another name in parentheses define no body ("HOTLINE CALLS" over "BENDER (TIGHINA)"); no speaker "LIVE:"; a
# word opening with a capital of any alphabet before or after two towns written as one keeps them towns, no person, as
# an ASCII capital did (`town_pairs`: "Évian Paris Lyon", "Paris Lyon Überlingen");
# v108: s33: "records show", "a series of", "a network of", "kept watch" near a channel no broadcaster's;
# v107: s32 review: no list of people after "The accused banks were" or
# "The men's finalists were", no person of "X leadership" nor "X's administration", no office holder before a thing
# ("Minister of Energy Hinkley Point deal"), no leader after "Association of Chief ...", no broadcaster's channel named
# by its genre ("The Weather Channel"), a surname after "went to" or "faith in" stays the person, no listed person
# with an owner's word ("Labour's Ana Ruiz"), no person "Spring Budget";
# v106: "the Beagle Channel" a strait, no broadcaster's channel; v105: s32: a
# capitalised office "of" a place before a name ("President of Russia Boris Yeltsin"), no known place opening a
# person's name after "of" ("government of Russia Georgy Khizha"), a list of people after a word of people ("The men
# executed were A B, C D and E F"), "X Y's government" a person, no titled name in a body's "of" ("Council of General
# Sani Abacha"), a subject whose members the text names a body
# v104: s31 review: no subject after a kind of vessel ("the tanker Stena Impero"),
# no person of a firm's, a team's or an operation's word ("Lehman Brothers", "Operation Castor"),
# no "Father Christmas", no firm after a title ("Cardinal Health Inc"), "was born" in or on a place or a date only, no
# town pair before a score or a kind of place ("Hamburg Altona station")
# v103: a person's name after a date's month ("11 July Moise Tshombe, the leader")


_CAPITALS_RULES = {pattern: cls_of for pattern, cls_of in RULES if pattern in (BODY, BODY_AND, TITLED)}
_ARMED = frozenset({"ArmedGroup", "ArmedForce"})  # a body in capitals that fills its run: armed, or defined


@dataclass(frozen=True)
class KnownNames:
    """What `NamesInContext` reads of the gazetteer's entries (`known_names`)."""

    known: frozenset[str]  # one-word names: known words, no given names ("Stepanakert" in "In Stepanakert Sargsyan said")
    names: frozenset[str]  # every name
    labels: frozenset[str]  # one-word labels (a variant, "Dzhokhar", one of Grozny's, may be a given name; a label not)
    forces: dict[str, str]  # each state's word -> its armed forces ("Ethiopia", "Ethiopian")
    owners: dict[str, str]  # the same with its capital's name: whose "its forces" are ("Baku announced that its troops")
    places: frozenset[str]  # the names of places ("the Charter of Paris" names a charter, "the Charter of the ..." none)
    towns: frozenset[str]  # one-word names of towns and cities (after a role or "led by", a surname: "Ian Paisley")


def known_names(entries: Mapping) -> KnownNames:
    """What `NamesInContext` reads of the gazetteer's `entries` (`KnownNames`)."""
    values = entries.values()
    return KnownNames(known=frozenset(n for e in values for n in e.names if " " not in n),
                      names=frozenset(n for e in values for n in e.names),
                      labels=frozenset(e.entity.label for e in values if " " not in e.entity.label),
                      forces=state_forces(dict(entries)),
                      owners=force_owners(dict(entries)),
                      places=frozenset(n for e in values if "Place" in top_classes(e.entity.classes[0]) for n in e.names),
                      towns=frozenset(n for e in values if e.entity.classes[0] == "Settlement" for n in e.names
                                      if " " not in n))


class NamesInContext:
    """Finds unknown names by their shape, a title before them or a kind word after them.

    `entries` (the gazetteer's, optional) tells which words are known names: "Stepanakert"
    in "In Stepanakert Sargsyan said" is a place, not a given name.
    """

    name = NAME

    def __init__(self, entries: Mapping | None = None):
        found = derived(entries, "names-in-context", lambda: known_names(entries or {}))
        self.known, self.names, self.labels, self.places, self.towns = (
            found.known, found.names, found.labels, found.places, found.towns)
        self.forces, self.owners = found.forces, found.owners
        self.doubts = NameDoubts(found)
        self.in_caps = frozenset(n for n in self.names if n.isupper())  # kept as written in a run in capitals

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        yield from listed(text, self.doubts.person_words, NAME)
        yield from self.in_capitals(text)
        if title_case(text):
            return  # a headline: every word has a capital, so capitals say nothing
        taken = set()
        for pattern, cls_of in RULES:
            for match in pattern.finditer(text):
                start, end = _trim(text, match.start("name"), match.end("name"))
                start = _after_date_word(text, start, end) if pattern in DATED_PERSON_RULES else start
                start = self._after_place_of(text, start, end) if pattern in PLACE_LED_PERSON_RULES else start
                name = text[start:end]
                if not name or not (_plausible(name, pattern) or _month_named(text, start, end, pattern)):
                    continue
                if pattern is TITLED:
                    start = _naming_title(text, start, end)
                    name = text[start:end]
                if pattern is BODY and CUES.FORCE_KINDS & set(name.split()):
                    yield from self._forces(name, start, end)
                elif (pattern is FIGHTERS and name.split()[-1] in CUES.STATE_FIGHTERS
                      and (force := self._state_force(name.split()[0]))):  # "Djiboutian forces", not "Russian separatists"
                    yield Candidate(start, end, "entity", "ArmedForce", NAME, entity=force)
                elif not self.doubts.doubtful(name, pattern, match):
                    label = _label(match, pattern)
                    alone = self._name_alone(match, pattern, start)
                    taken.add((start, end))
                    yield Candidate(start, end, "entity", cls_of(match), NAME, value=label or alone,
                                    entity=_entity_id(label or name, pattern, match))
        yield from role_lists(text, self.doubts.named_so, self.known, NAME)
        yield from people_lists(text, self.doubts.listed_person, NAME)
        yield from cited_authors(text, self.known, NAME)
        yield from warships(text, self.forces.keys(), NAME)
        yield from hull_numbers(text, NAME)
        yield from listed_places(text, self.names, self.towns, NAME)
        yield from compass_sides(text, self.places, NAME)
        yield from self.defined(text)
        yield from self.acronyms(text, taken)
        yield from own_forces(doc, text, self.owners, NAME)

    def in_capitals(self, text: str) -> Iterator[Candidate]:
        """Names in a run of words in capitals, read on its Title Case copy (`capitals.recased`) by the anchored rules
        only, each ending its run: an armed body's name that fills the run, or a body's before its acronym in brackets
        ("UNITED STATES MARINE CORPS", "INTERNATIONAL MONETARY FUND (IMF)"; no masthead's "SHIPPING GAZETTE", no state's
        word and a kind alone: "IRANIAN BRIGADE" stays Iran's mention), a title before a name with a middle initial
        ("SECOND LIEUTENANT DANIEL R. OSTROWSKI, USMC"), a ship after a navy's prefix or its kind ("FM USS MADDOX"; not
        "HMS PINAFORE OPENS AT THE SAVOY")."""
        copy, runs = recased(text, self.in_caps)
        if not runs:
            return
        for run, pattern in itertools.product(runs, _CAPITALS_RULES):
            for match in pattern.finditer(copy, *run):  # within the run: `_trim` only narrows it
                start, end = _trim(copy, match.start("name"), match.end("name"))
                name, cls = copy[start:end], _CAPITALS_RULES[pattern](match)
                if not _plausible(name, pattern):
                    continue
                if pattern is TITLED:  # a person: a middle initial, the name ending the run
                    if INITIAL.search(copy, start, end) and not copy[end:run[1]].strip():
                        start = _naming_title(copy, start, end)
                        yield from self._undoubted(copy, start, end, cls, pattern, match)
                    continue
                defined = DEFINITION.match(copy, end) is not None  # "INTERNATIONAL MONETARY FUND (IMF)"
                words = name.split()
                if not (fills(run, copy, start, end) or defined) or len(words) == 2 and self._state_force(words[0]):
                    continue
                if pattern is BODY and CUES.FORCE_KINDS & set(words):
                    yield from self._forces(name, start, end)
                elif cls in _ARMED or defined:  # not a masthead's publisher: "SOUTHERN CROSS NEWS SERVICE"
                    yield from self._undoubted(copy, start, end, cls, pattern, match)
        yield from in_runs(runs, self.defined(copy))
        yield from (c for c in in_runs(runs, warships(copy, self.forces.keys(), NAME)) if ends_run(runs, copy, c.end))

    def _undoubted(self, text: str, start: int, end: int, cls: str, pattern: re.Pattern,
                   match: re.Match) -> Iterator[Candidate]:
        """The name at text[start:end] that `pattern` read, unless its doubts (`NameDoubts.doubtful`) hold."""
        name = text[start:end]
        if not self.doubts.doubtful(name, pattern, match):
            yield Candidate(start, end, "entity", cls, NAME, entity=_entity_id(name, pattern, match))

    def _after_place_of(self, text: str, start: int, end: int) -> int:
        """Where a person's name starts whose first word, after "of", is a known place's that is no town's, or ends
        one with the capitalised word or the point of the compass before it, two words or more of the name after it:
        after that word ("government of Russia Georgy Khizha" -> "Georgy Khizha", "of North Ossetia Akhsarbek
        Galazov" -> "Akhsarbek Galazov"); else `start`. A town's name may be a given name ("Martin"), and a name
        opening its clause is all the person's ("Chad Michael Murray")."""
        first, _, rest = text[start:end].partition(" ")
        before = CUES.PLACE_OF_BEFORE.search(text, max(0, start - 40), start)
        if len(rest.split()) < 2 or before is None:
            return start
        word = before.group("word") or ""
        if (first in self.labels and first not in self.towns or f"{word} {first}" in self.places
                or COMPASS_WORD.fullmatch(word)):  # "of North Ossetia": a place no pack lists
            return start + len(first) + 1
        return start

    def _name_alone(self, match: re.Match, pattern: re.Pattern, start: int) -> str | None:
        """The name before a lower-case kind of land, water or town that the name alone names too ("the Namka Chu
        river", "the Boy-Rabe neighbourhood": `NAME_ALONE_KINDS`), the label of the feature, where no known entity
        bears it (the "Lachin corridor" is not the town); else None (a thing built keeps its kind: "Kirkuk military
        airport"). The label only: the id keeps the kind ("namka-chu-river"), no firm's or person's of the name ("the
        Amazon river", "the Charles river")."""
        if pattern is not FEATURE or match.group("kind") not in CUES.NAME_ALONE_KINDS:
            return None
        name = match.string[start:match.start("kind")].rstrip()
        return name if name not in self.names else None

    def defined(self, text: str) -> Iterator[Candidate]:
        """Names written with their acronym after them: "Revolutionary Armed Forces of Colombia (FARC)"; a state's
        forces named by generic words are its armed forces, as where no acronym follows ("the Armed Forces of the
        Philippines (AFP)": `_forces`), so the acronym is them too."""
        for match in DEFINITION.finditer(text):
            span = _defined_span(text, match.start(), match.group("acronym"))
            if span:
                span = _trim(text, *span)  # "The United Nations Support Mission in Libya (UNSMIL)": no "The"
                name = text[span[0]:span[1]]
                forces = self._state_forces(name, *span)
                yield from forces or [Candidate(*span, "entity", _defined_class(name), NAME, entity=name_id(name))]

    def _state_forces(self, name: str, start: int, end: int) -> list[Candidate]:
        """A state's armed forces where `name` is a kind of forces named only by any state's words and the state's
        (`_forces`: "the Armed Forces of Malawi"); none for a body of forces of its own ("Tiger Forces") or a name of
        no kind of forces."""
        if not CUES.FORCE_KINDS & set(name.split()):
            return []
        return [c for c in self._forces(name, start, end) if c.cls == "ArmedForce"]

    def acronyms(self, text: str, taken: set[tuple[int, int]]) -> Iterator[Candidate]:
        """Every acronym-shaped word but those a rule read by their context (`taken`: "the FRELIMO government"):
        the resolver keeps those the source defined, and those whose context tells a body (`_told_body`)."""
        for match in ACRONYM.finditer(text):
            if match.group("name") in CUES.SPEAKER_NOT_NAMES or match.span() in taken:
                continue
            told = _told_body(text, match)
            if told:
                yield Candidate(match.start(), match.end(), "entity", told, NAME, entity=name_id(match.group("name")))
            else:
                yield Candidate(match.start(), match.end(), "entity", "Organization", NAME, value=ACRONYM_VALUE)

    def _forces(self, name: str, start: int, end: int) -> Iterator[Candidate]:
        """A body of forces: its own ("Tiger Forces", "Syrian Arab Air Force"), or, named only by the
        words any state's forces are named with, that state's armed forces ("National Defense Forces
        of Ethiopia", "Ethiopian Defense Forces"); nothing where no state is named ("the Air Force")."""
        words = name.split()
        forces = [self._state_force(w) for w in words]
        if any(w not in CUES.GENERIC_FORCE_WORDS | CUES.FORCE_KINDS and not force for w, force in zip(words, forces)):
            yield Candidate(start, end, "entity", "ArmedGroup", NAME, entity=name_id(name))
            return
        states = [force for force in forces if force]
        if states:
            yield Candidate(start, end, "entity", "ArmedForce", NAME, entity=states[0])

    def _state_force(self, word: str) -> str | None:
        """The id of the armed forces of the state `word` names: by one of its names or demonyms, or by a demonym
        the world pack does not list, its name and an ending (`CUES.DEMONYM_ENDINGS`: "Djiboutian")."""
        if word in self.forces:
            return self.forces[word]
        return next((self.forces[word[:-len(e)]] for e in CUES.DEMONYM_ENDINGS
                     if word.endswith(e) and word[:-len(e)] in self.forces), None)


def shared_heads(text: str) -> Iterator[Candidate]:
    """The two names of "A and B <words> <Kind>s", one after the other: A, the words and the kind is a name of its own
    ("Donetsk People's Republic"), as B and them is ("Luhansk People's Republics"); not where A or B
    is a demonym ("Armenian and Azerbaijani Forces" are the gazetteer's forces); and the two places of a lower-case
    kind so shared (`_shared_place_kind`)."""
    for match in SHARED_HEAD.finditer(text):
        if is_demonym(match.group("first")) or is_demonym(match.group("second")):
            continue
        kind = CUES.SHARED_KINDS[match.group("kind")]
        cls = CUES.BODY_KINDS.get(kind) or CUES.NAMED_PLACE_KINDS[kind]
        for part in ("first", "second"):
            name = f"{match.group(part)}{match.group('rest')} {kind}"
            end = match.end("first") if part == "first" else match.end()
            yield Candidate(match.start(part), end, "entity", cls, NAME, entity=name_id(name), value=name)
    yield from _shared_place_kind(text)


def _shared_place_kind(text: str) -> Iterator[Candidate]:
    """The two places of "A and B <kind>s" with a lower-case kind (`SHARED_PLACE_KINDS`: "the Wihdat and al-Hussein
    refugee camps"): each its name's words, labelled with its kind ("Wihdat refugee camp"); not where A or B is a
    demonym ("Armenian and Azerbaijani villages") or a creed's, a people's or a party's word (`COMMUNITY_WORDS`: "Sunni
    and Shia districts")."""
    for match in SHARED_PLACE_KIND.finditer(text):
        if any(is_demonym(word) or word in CUES.COMMUNITY_WORDS for word in (match.group("first"), match.group("second"))):
            continue
        kind = CUES.SHARED_PLACE_KINDS[match.group("kind")]
        cls = CUES.PLACE_KINDS.get(kind) or CUES.FEATURE_KINDS[kind]
        for part in ("first", "second"):
            name = f"{match.group(part)} {kind}"
            yield Candidate(match.start(part), match.end(part), "entity", cls, NAME, entity=name_id(name), value=name)

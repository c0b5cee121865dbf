"""The rule stack and the reading of a document with it: its body blocks in, sentences with their mentions out.

Every recogniser sees each body block as one spaCy Doc (its language in
`doc.user_data["lang"]`, its text in `doc.user_data["text"]`); their candidates are settled (longest wins) and placed in
sentences with absolute offsets. Relative dates stay relative here: `extract.dates`
anchors them. Furniture blocks are never
read, so nothing is extracted from citations, licences or navigation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..lang import cues
from ..model import Document, Mention
from . import Sentence, gazetteer_of
from .wrapping import unwrapped
from ..rdf.terms import top_classes
from . import (abroad, accord_places, aliases, alternates, body_tails, borders, echoed, followers, labels, located,
               people_groups, press, shortnames, statebound, story, town_pairs, wordnames)
from .base import (Candidate, Recogniser, initials, name_id, place_meant, place_word_before, settle, text_of,
                   title_start)
from .gazetteer import METHOD_NAME as GAZETTEER_METHOD, ForeignNames, Gazetteer, states_in
from .joint_forces import joint_forces
from .name_rules import COMPASS_WORD
from .patterns import METHOD_DEMONYM, METHOD_FORCE
from .names import (ACRONYM_VALUE, DEFINITION, NAME as NAMES_METHOD, NOT_PERSON_WORDS, NamesInContext, is_demonym,
                    shared_heads, title_case, vessel_before)
from .packs import Entry, load


LAST_WORD = re.compile(r"(?<![\w’'\-])(?P<word>[A-Z][\w’'\-]*)[ \t]+$")  # the word just before a name
NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][\w’'\-]*)(?![\w’'\-])")  # the word just after a name
NAME_CUES = cues("names")
# What a person does or says right after a word, or another who does it with them: a given name or a surname written
# first alone is its bearer only so ("Chen said", "Wang and India's minister agreed"; not "Paris hosted the Games":
# `_first_word_person`).
PERSON_VERB_AFTER = re.compile(rf"[ \t]+(?:{NAME_CUES.SUBJECT_VERBS}|and)\b")
TITLE_REACH = 40  # characters before a one-word name where its person's title may stand (`_titled`)
TITLE_WORDS = NAME_CUES.TITLE_WORDS
BODIES_AGAIN = frozenset({"ArmedGroup", "Organization"})  # found by context, the same body when written again


def default_recognisers(*gazetteers: str | Path, ner: str | None = None) -> list[Recogniser]:
    """The rule stack: gazetteer names, names known by their context, dates, quantities,
    event and agreement triggers, numbered resolutions, then where none of these reads the words
    the names an English text holds in another language only (`gazetteer.ForeignNames`); with
    `ner`, the name of an installed spaCy pipeline, its entity recogniser for the names the rules
    leave. The gazetteer is the bundled packs and then each of `gazetteers` (Turtle files: a
    user's own, added, never replacing). The gazetteer is loaded first: a bad one is told before spaCy
    and the rules are imported (`claimgraph build --gazetteer` of a broken file: 5.3 s -> 2.5 s of CPU)."""
    entries = load(*(str(g) for g in gazetteers))
    from .acts_and_charters import ActsAndCharters
    from .armed import BODY_CLASSES, FORCE_CLASSES, armed_names, place_names
    from .dates import Dates, RelativeDates
    from .document_titles import TitledAgreements
    from .nlp import pipeline
    from .numbered import NumberedAgreements
    from .quantities import Quantities
    from .statistical import StatisticalNames
    from .triggers import Triggers
    nlp = pipeline()
    rules = [Gazetteer(entries, nlp), NamesInContext(entries), Dates(), RelativeDates(), Quantities(),
             Triggers(nlp, armed=armed_names(entries), forces=armed_names(entries, FORCE_CLASSES),
                      places=place_names(entries), bodies=armed_names(entries, BODY_CLASSES)),
             NumberedAgreements(), TitledAgreements(), ActsAndCharters(), ForeignNames()]
    return rules + ([StatisticalNames(ner)] if ner else [])


def _states_of(recognisers: Sequence[Recogniser]) -> dict[str, Entry]:
    """The states of `gazetteer_of(recognisers)`, by id in id order (`statebound`): with one gazetteer among the
    recognisers, those it found when it was made, not searched again per source; else of the joined table."""
    holders = [r for r in recognisers if getattr(r, "entries", None)]
    if len(holders) == 1 and isinstance(getattr(holders[0], "states", None), dict):
        return holders[0].states
    return states_in(gazetteer_of(recognisers))


def _demonym_states_of(recognisers: Sequence[Recogniser], entries: dict[str, Entry]) -> dict[str, str]:
    """The state each demonym of `entries` names (`borders`), as `_states_of` finds its states: with one gazetteer
    among the recognisers, what it made when it was made; else of the joined table."""
    holders = [r for r in recognisers if getattr(r, "entries", None)]
    if len(holders) == 1 and isinstance(getattr(holders[0], "demonym_states", None), dict):
        return holders[0].demonym_states
    return borders.demonyms(entries)


def recognise(document: Document, recognisers: Sequence[Recogniser]) -> list[Sentence]:
    """The sentences of the document's body, each with the mentions inside it; a conflict pack's general
    phrase only in a source that tells that conflict's story (`story`), a state's body named without its
    state only in a source that names the state (`statebound`), a known place read through an alternate name only
    where the source's other places lie in its country (`alternates`: not "Kurla" as Korla in a Mumbai text), a known
    place not where the source puts a place of its name in another country (`abroad`), a short name two states
    share as the one the source names in full (`shortnames`), a border named by its noun (`borders`: "along the
    border"), a body named again by the last words of its name (`body_tails`: "the Regional Government"), an accord by
    its place (`accord_places`: "Governors Island was signed"), a place a preposition told written again alone
    (`located.named_again`: "took Heglig")."""
    from .nlp import pipeline
    nlp = pipeline()
    blocks = document.body_blocks()
    texts = [unwrapped(document.text[b.start:b.end]) for b in blocks]
    sentences: list[Sentence] = []
    people: dict[str, str] = {}  # the full names of the persons named so far, in order, and their ids
    bodies: dict[str, tuple[str, str]] = {}  # the names of the bodies found by their context so far: class, id
    in_full: dict[str, tuple[str, str]] = {}  # the same, as written, whose last words may name them again (`body_tails`)
    towns: set[str] = set()  # the context names told as places so far (`wordnames.told_in_context`)
    leaders: set[str] = set()  # the surnames of the persons named in full so far (`followers`)
    accords: dict[str, tuple[str, str]] = {}  # the places accords named so far are named after: class, id
    places_told: dict[str, str] = {}  # the names no pack knows told as places so far, and their ids (`located`)
    starts = labels.starts(document.text)
    lone = echoed.lone_words("\n".join(texts))  # the words the source writes alone: a surname named again (`echoed`)
    for block, text, doc in zip(blocks, texts, nlp.pipe(texts)):
        labels.cut(doc, [s - block.start for s in starts if block.start < s < block.end])
        doc.user_data["lang"] = block.lang
        doc.user_data["text"] = text
        doc.user_data["source"] = document.meta.id  # whose groups a noun alone names (`people_groups.unnamed`)
        found = _people_again(doc, _found(doc, recognisers, towns, lone), people)
        found = _bodies_again(doc, followers.of_named_leaders(text, found, NAMES_METHOD, people, leaders), bodies)
        found = body_tails.named_in_full(text, found, NAMES_METHOD, in_full)
        found = accord_places.named_again(text, found, accords)
        found = located.named_again(doc, found, places_told)
        for sent in doc.sents:
            inside = [c for c in found if sent.start_char <= c.start and c.end <= sent.end_char]
            mentions = tuple(_mention(document.text, block.start, block.lang, c) for c in inside)
            start = sent.start_char + len(sent.text) - len(sent.text.lstrip())  # a line break before is no word of it
            sentences.append(Sentence(block.start + start, block.start + sent.end_char, block.lang, mentions))
    sentences = _named_in_full_later(sentences, document.text, people)
    entries = gazetteer_of(recognisers)
    named = aliases.bind(_bind_acronyms(sentences, document.text, entries), document.text)
    bound = alternates.supported(statebound.bound(named, entries, _states_of(recognisers)), entries, document.text)
    told = shortnames.named_in_full(story.told(abroad.placed(bound, entries, document.text), entries), entries)
    return borders.named(told, entries, document.text, _demonym_states_of(recognisers, entries))


def _found(doc, recognisers: Sequence[Recogniser], towns: set[str],
           lone: frozenset[str] = frozenset()) -> list[Candidate]:
    """The settled candidates of the rules, then a fallback recogniser's where none overlaps and it closes no longer
    name (`_closes_name`); a town's name only in a place's context or where the document told it as a place before
    (`towns`: updated); a name no pack knows as a place where a preposition of place tells it (`located`: "in Ryazan
    on 22 September"), a region's lower-case kind after its name in its mention ("the Batken region"), a demonym and
    a noun for people as a group of its own (`people_groups`: "Cuban exiles"), a name in full whose last word the
    source writes alone (`lone`) a person (`echoed`: "Bettino Craxi" ... "Craxi"), and the paper
    or broadcaster that opens a press review's or a monitoring digest's entry (`press`: "Le Soleil (Dakar, daily)")."""
    entries = gazetteer_of(recognisers)
    read = [c for r in recognisers if not getattr(r, "fallback", False) for c in r(doc)]
    found = settle(wordnames.told_in_context(doc, read, entries, towns))  # before settling: a town's name yields to others
    found = _titled_people(doc, found)
    found = press.mastheads(doc, found)
    known = next((r.names for r in recognisers if isinstance(r, NamesInContext)), frozenset())
    found = town_pairs.persons(doc, _whole_names(doc, found, entries), known)
    found = _echoed(doc, found, recognisers, lone)
    found = _glosses(doc, _ships(doc, _carriers(doc, _given_names(doc, found, entries))))
    found = _surnames(doc, wordnames.told_as_places(doc, found, entries))
    found = _local_names(doc, _nationalities(doc, _regional_demonyms(doc, _peoples_names(doc, found))))
    found = located.with_kind_word(doc, located.told_by_preposition(doc, found))
    found = people_groups.unnamed(doc, people_groups.named(text_of(doc), found))
    names = tuple(r for r in recognisers if isinstance(r, NamesInContext))
    if names:  # once, whatever the number of such recognisers, with the forces of all
        found = joint_forces(text_of(doc), _shared_heads(doc, found), _forces_of(names))
    gaps = [c for r in recognisers if getattr(r, "fallback", False) for c in r(doc)
            if not any(c.start < f.end and f.start < c.end for f in found) and not _closes_name(doc, c, found)]
    return settle([*found, *gaps]) if gaps else found


@functools.lru_cache(maxsize=1)
def _forces_of(names: tuple[NamesInContext, ...]) -> dict[str, str]:
    """The forces of all the recognisers of names, a state's word -> its forces' id, a later one's over an earlier
    one's: merged once for the rule stack (one slot: a process extracts with one), not once per block of text."""
    return {word: force for r in names for word, force in r.forces.items()}


def _echoed(doc, found: list[Candidate], recognisers: Sequence[Recogniser], lone: frozenset[str]) -> list[Candidate]:
    """`found` with the persons named in full whose surname the source writes again alone (`echoed`), judged by the
    names rules' doubts; unchanged without a names recogniser."""
    names = next((r for r in recognisers if isinstance(r, NamesInContext)), None)
    return found if names is None else echoed.persons(doc, found, lone, names.doubts, NAMES_METHOD)


def _titled_people(doc, found: list[Candidate]) -> list[Candidate]:
    """A one-word known place or state right after a person's title on its line ("Admiral Fletcher", "Consul Canada",
    "Mr Lincoln", `base.title_start`) is the person who bears the name, a cg:Person of its own: a title
    names no town (as `names` reads any other word after one). Not in a Title Case headline, whose capitals say
    nothing."""
    text = text_of(doc)
    if title_case(text):
        return found
    return [replace(c, cls="Person", method=NAMES_METHOD, entity=name_id(text[c.start:c.end]))
            if c.method == GAZETTEER_METHOD and "Place" in top_classes(c.cls) and _titled(text, c) else c
            for c in found]


def _titled(text: str, cand: Candidate) -> bool:
    """Is the candidate one word with a capital written after a person's title on its line, both in capitals in a
    line of capitals ("ADMIRAL AMMAN COMMANDING BASE")? Not after "the" (`NAME_CUES.ARTICLE_BEFORE`): a title there
    opens the name of a thing, a ship or a hotel ("aboard the Queen Mary", "the General Belgrano")."""
    name = text[cand.start:cand.end]
    before = text[max(0, cand.start - TITLE_REACH):cand.start]
    if " " in name or not name[:1].isupper() or name.isupper() and not before.isupper():
        return False
    title = title_start(text, cand.start, name, TITLE_REACH)
    if title is None:
        return False
    opening = before[:title - (cand.start - len(before))]
    return NAME_CUES.ARTICLE_BEFORE.search(opening.title() if name.isupper() else opening) is None


def _closes_name(doc, cand: Candidate, found: list[Candidate]) -> bool:
    """Is the fallback's word the last or the first of a longer capitalised name no rule read ("nearby Doumeira
    Island": "Island" is Iceland in German, and the island is no state; "Kangaroo Island"; "the Island Records
    label")? A capitalised word right before or after it, inside the sentence, that no recogniser took and that is no
    demonym or compass word, makes it so (`_whole_names`); so does any capitalised name before a kind of land in
    water (`LAND_IN_WATER`: "Ascension Island", the known Ascension's island, is no Iceland either)."""
    text = text_of(doc)
    beside = (LAST_WORD.search(text, max(0, cand.start - 40), cand.start), NEXT_WORD.match(text, cand.end))
    if text[cand.start:cand.end] in NAME_CUES.LAND_IN_WATER and beside[0] is not None and _inside_name(doc, beside[0]):
        return True
    return any(word is not None and not any(f.start <= word.start("word") < f.end for f in found)
               and _inside_name(doc, word) for word in beside)


def _shared_heads(doc, found: list[Candidate]) -> list[Candidate]:
    """The two names of "the Donetsk and Luhansk People's Republics" (`names.shared_heads`) in place
    of what the other rules read there (the towns Donetsk and Luhansk); never over a known actor
    ("Sudan and South Sudan Armies" are two states' armies, not "Sudan Sudan Army") nor a known region ("the Tigray
    and Afar regions" are the pack's)."""
    actors = [c for c in found if c.method == GAZETTEER_METHOD
              and ("Actor" in top_classes(c.cls) or c.cls in located.REGION_CLASSES)]
    named = iter(shared_heads(text_of(doc)))
    pairs = [p for pair in zip(named, named)
             if not any(p.start < a.end and a.start < p.end for p in pair for a in actors) for p in pair]
    if not pairs:
        return found
    return settle([*(c for c in found if not any(c.start < p.end and p.start < c.end for p in pairs)), *pairs])


def _people_again(doc, found: list[Candidate], people: dict[str, str]) -> list[Candidate]:
    """A person the source named once by a context that says so ("EU foreign policy chief Javier
    Solana") is that person wherever the source writes the name again, and a lone surname of theirs
    is too ("Javier Solana said", "Later Solana said"), where the gazetteer knows a place of that
    name (Solana, a town), with the id that person was found with ("Sergei Lavrov", the gazetteer's
    sergey-lavrov). One word after a title is such a name too ("Admiral Fletcher" ... "Fletcher ordered": the town
    Fletcher is not spoken of, `_titled`). `people` gathers the full names and their ids across the document's
    blocks."""
    text = text_of(doc)
    for c in found:
        if c.cls == "Person" and (" " in text[c.start:c.end] or _titled(text, c)):
            people.setdefault(text[c.start:c.end], c.entity or name_id(text[c.start:c.end]))
    if not people:
        return found
    again = _written_again(text, {name: ("Person", eid) for name, eid in people.items()}, found)
    surnames, firsts = _bearers(people)
    kept = [replace(c, cls="Person", method=NAMES_METHOD, entity=people[surnames[text[c.start:c.end]]])
            if (_a_place_word(c) and not place_meant(text, c.start, c.end) or _one_word_person(text, c))
            and text[c.start:c.end] in surnames else c for c in found]
    kept = [replace(c, cls="Person", method=NAMES_METHOD, entity=people[firsts[text[c.start:c.end]]])
            if _a_place_word(c) and _first_word_person(text, c.start, c.end, firsts) else c for c in kept]
    kept = [_named_by_last_words(text, c, people) for c in kept]
    return settle([*kept, *again, *_lone_surnames(text, surnames, people, [*kept, *again])])


def _named_in_full_later(sentences: list[Sentence], text: str, people: dict[str, str]) -> list[Sentence]:
    """The sentences with each one-word place read by the gazetteer or a preposition (`_a_place_word`) that is the
    surname of one person the source names in full (`people`, all its blocks read) made that person, where no word of
    place stands before it: a headline or a live blog writes the surname before the body writes the full name
    ("Barrow's team says" ... "Adama Barrow was sworn in"), which `_people_again` reads only after it."""
    surnames, firsts = _bearers(people)
    if not surnames and not firsts:
        return sentences

    def person(m: Mention) -> Mention:
        if m.kind != "entity" or m.method not in (GAZETTEER_METHOD, located.NAME) or top_classes(m.cls) != ("Place",):
            return m
        if m.text in surnames and not place_word_before(text, m.start):
            return replace(m, cls="Person", method=NAMES_METHOD, entity=people[surnames[m.text]])
        if _first_word_person(text, m.start, m.end, firsts):
            return replace(m, cls="Person", method=NAMES_METHOD, entity=people[firsts[m.text]])
        return m
    return [replace(s, mentions=tuple(person(m) for m in s.mentions)) for s in sentences]


def _bearers(people: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The surnames of one person each (`_sole_bearers`) and the first words that name one person alone
    (`_first_words`), each -> that person's full name: what a lone word of a name the source gave in full may be."""
    surnames = _sole_bearers(people)
    return surnames, _first_words(people, surnames)


def _named_by_last_words(text: str, cand: Candidate, people: dict[str, str]) -> Candidate:
    """A person read by context (`NAMES_METHOD`) under the last two words or more of one person's full name the source
    gave before it ("Abdel Jalil said", after "Its chairman, Mustafa Abdel Jalil,"): that person, no second one; else
    `cand`. A name the gazetteer knows or a title gives stays its own person ("President Saddam Hussein", after
    "Qusay Saddam Hussein")."""
    name = text[cand.start:cand.end]
    if cand.cls != "Person" or cand.method != NAMES_METHOD or " " not in name or _after_title(text, cand.start):
        return cand
    fuller = {eid for full, eid in people.items() if full.endswith(f" {name}") and text.find(full) < cand.start}
    return replace(cand, entity=fuller.pop()) if len(fuller) == 1 else cand


def _after_title(text: str, start: int) -> bool:
    """Does a title stand right before `start` ("President Saddam Hussein")?"""
    before = text[max(0, start - 30):start].split()
    return bool(before) and before[-1].strip(".") in TITLE_WORDS


def _sole_bearers(people: dict[str, str]) -> dict[str, str]:
    """Each surname of the source's persons -> the full name of the one person who bears it; none for a surname two
    persons share ("Bill Clinton", "Hillary Clinton": a lone "Clinton" may be either). A Spanish or Portuguese name's
    first surname is one too (`_surnames_of`: "Salinas" of "Carlos Salinas de Gortari")."""
    bearers: dict[str, set[str]] = {}
    for name, eid in people.items():
        for surname in _surnames_of(name):
            bearers.setdefault(surname, set()).add(eid)
    return {surname: name for name, eid in reversed(people.items()) for surname in _surnames_of(name)
            if len(bearers[surname]) == 1}


def _first_words(people: dict[str, str], surnames: dict[str, str]) -> dict[str, str]:
    """The first word of each two-word full name the source gave (`people`) -> that name, where no other person's name
    holds the word: the surname of a name written surname first ("Foreign Minister Wang Yi" ... "Wang said"), or the
    given name a text calls its bearer by. Read only where the gazetteer took the word for a place, no word of place
    stands before it and a person's verb follows it (`_first_word_person`)."""
    words: dict[str, set[str]] = {}
    for name in people:
        for word in name.split():
            words.setdefault(word, set()).add(name)
    return {name.split()[0]: name for name in people if len(name.split()) == 2 and len(words[name.split()[0]]) == 1
            and name.split()[0] not in surnames and name.split()[0] not in NOT_PERSON_WORDS}


def _first_word_person(text: str, start: int, end: int, firsts: dict[str, str]) -> bool:
    """Is the word at `start`..`end` the first word of one full name (`firsts`, `_first_words`) written alone as its
    bearer: no word of place before it and a person's verb after it (`PERSON_VERB_AFTER`: "Wang said")? A given name
    is a town's far more often than its bearer's call ("Paris Jackson spoke ... Paris hosted the Games")."""
    return (text[start:end] in firsts and not place_word_before(text, start)
            and PERSON_VERB_AFTER.match(text, end) is not None)


def _surnames_of(name: str) -> list[str]:
    """The words a full name's bearer is called by alone: its last, and the word before a particle that joins a
    Spanish or Portuguese name's second surname, but its first word ("Carlos Salinas de Gortari": "Gortari" and
    "Salinas", as Mexico called him; "Luiz Inácio Lula da Silva": "Lula"; "Charles de Gaulle": "Gaulle" only)."""
    words = name.split()
    firsts = [words[i - 1] for i in range(2, len(words) - 1) if words[i] in NAME_CUES.SURNAME_JOINTS]
    return [words[-1], *firsts[:1]]


def _one_word_person(text: str, cand: Candidate) -> bool:
    """A person read by context under one word ("Saleh's son Ahmed Ali": "Saleh"), the surname of a person the source
    named in full ("Ali Abdullah Saleh"): that person, no second one."""
    return cand.cls == "Person" and cand.method == NAMES_METHOD and " " not in text[cand.start:cand.end]


def _lone_surnames(text: str, surnames: dict[str, str], people: dict[str, str], found: list[Candidate]) -> list[Candidate]:
    """A person's surname written alone where no recogniser read anything ("Salan was arrested", after "General Raoul
    Salan"): that person, the first of that surname, unless another capitalised word joins it into a longer name
    ("Salan Street"; a title before it is none: "General Salan")."""
    taken = {i for c in found for i in range(c.start, c.end)}
    lone = []
    for surname, name in surnames.items():
        if surname not in text or surname in NOT_PERSON_WORDS or surname in NAME_CUES.NOT_NAMES or len(surname) < 3:
            continue
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(surname)}(?![\w\-]|[’']\w\w)", text):
            before = LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            if m.start() in taken or NEXT_WORD.match(text, m.end()) or (before and before.group("word") not in TITLE_WORDS):
                continue
            lone.append(Candidate(m.start(), m.end(), "entity", "Person", NAMES_METHOD, entity=people[name]))
    return lone


def _bodies_again(doc, found: list[Candidate], bodies: dict[str, tuple[str, str]]) -> list[Candidate]:
    """An armed group or body the source named once by a context that says so ("the militant group
    Jaish-e-Mohammed") is that body wherever the source writes the name again ("Jaish-e-Mohammed claimed
    responsibility"), a name of two words or more or hyphened (one word alone may be a common one), and so is
    its name without the lower-case kind it was found with ("the Abu Sayyaf group" ... "Abu Sayyaf"), but
    after a word a place follows (`_bare_at_a_place`); a person read there by its shape alone ("In 2017 Ansar
    al-Sharia announced its dissolution") gives way to the body. `bodies` gathers the names, classes and ids across
    the document's blocks."""
    text = text_of(doc)
    for c in found:
        if c.method != NAMES_METHOD or c.cls not in BODIES_AGAIN or not c.entity:
            continue
        name = text[c.start:c.end]
        for words in (name, _without_lower_kind(name)):
            if re.search(r"[ \-]", words):
                bodies.setdefault(words, (c.cls, c.entity))
    if not bodies:
        return found
    found = [c for c in found if not (c.cls == "Person" and c.method == NAMES_METHOD and text[c.start:c.end] in bodies)]
    return settle([*found, *(c for c in _written_again(text, bodies, found) if not _bare_at_a_place(text, c, bodies))])


def _without_lower_kind(name: str) -> str:
    """"Abu Sayyaf group" -> "Abu Sayyaf"; a name with no lower-case kind of body at its end, or with a kind
    named for its leader ("Joseph Kony faction": "Joseph Kony" is the man, `LEADER_KINDS`), as it is."""
    head, _, kind = name.rpartition(" ")
    return head if kind in NAME_CUES.LOWER_BODY_KINDS and kind not in NAME_CUES.LEADER_KINDS else name


def _bare_at_a_place(text: str, cand: Candidate, bodies: dict[str, tuple[str, str]]) -> bool:
    """Is the candidate a body's name without its lower-case kind, written after a word a place follows
    ("the Tora Bora group" ... "Fighting in Tora Bora", `PLACE_WORD_BEFORE`): the place the body was named
    for, not the body?"""
    name = text[cand.start:cand.end]
    return (any(f"{name} {kind}" in bodies for kind in NAME_CUES.LOWER_BODY_KINDS)
            and place_word_before(text, cand.start))


def _written_again(text: str, names: dict[str, tuple[str, str]], found: list[Candidate]) -> list[Candidate]:
    """Candidates for each of `names` (class, id) wherever the text writes it as a whole name, but where found.
    A name is searched for as a whole name only in a block that holds it at all (most hold few of the names
    gathered so far: a plain search in C, not a pattern run over the block per name)."""
    spans = {(c.start, c.end) for c in found}
    return [Candidate(m.start(), m.end(), "entity", cls, NAMES_METHOD, entity=eid) for name, (cls, eid) in names.items()
            if name in text
            for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text) if m.span() not in spans]


def _a_place_word(cand: Candidate) -> bool:
    """A one-word place of the gazetteer that is no state (a town, a river: a surname may be one), or a name read as a
    place only by a preposition of place before it (`located`: "in Moscow, Wang and the minister")."""
    return (cand.method in (GAZETTEER_METHOD, located.NAME) and cand.kind == "entity"
            and top_classes(cand.cls) == ("Place",))


def _whole_names(doc, found: list[Candidate], entries: dict[str, Entry]) -> list[Candidate]:
    """Without a one-word known place that is the tail of a longer name nobody listed ("Duma" in
    "the State Duma", "Dayton" in "Camp Dayton"): a capitalised word just before it, inside the
    sentence, that no recogniser took and that is no demonym or compass word ("Syrian Douma",
    "Southern Idlib" stay places); nor one that heads a longer name, between "the" and "of" a capitalised
    word ("the Confederation of Mountain Peoples": `_heads_name`); nor a town's name that opens a longer name
    (`_opens_name`: "the Suez Canal", "the Roman Catholic Community"). A Title Case headline says nothing by its
    capitals, nor do words all in capitals beside a label in capitals (`_label_in_capitals`: "WARNED ATHENS")."""
    text = text_of(doc)
    if title_case(text):
        return found
    taken = {i for c in found if not _bare_acronym(text, c) for i in range(c.start, c.end)}
    kept = []
    for cand in found:
        if cand.method == GAZETTEER_METHOD and "Place" in top_classes(cand.cls) and " " not in text[cand.start:cand.end]:
            before = LAST_WORD.search(text, max(0, cand.start - 40), cand.start)
            capitals = _label_in_capitals(text, cand, entries)
            if (before and before.start("word") not in taken and not (capitals and before.group("word").isupper())
                    and _inside_name(doc, before) or _heads_name(text, cand)
                    or _opens_name(text, cand, taken, capitals)):
                continue
        kept.append(cand)
    return kept


def _opens_name(text: str, cand: Candidate, taken: set[int], capitals: bool = False) -> bool:
    """Is the known town followed, inside the sentence, by a capitalised word no recogniser took that is no title,
    month, demonym or compass word ("the Suez Canal", "the Roman Catholic Community", "the Henderson Brooks report";
    not "Tbilisi Mayor Kakha Kaladze", "in Aleppo Monday")? Then it opens a longer name, not the town."""
    after = NEXT_WORD.match(text, cand.end)
    if cand.cls != "Settlement" or after is None or after.start("word") in taken or capitals and after.group(
            "word").isupper():
        return False
    word = after.group("word")
    return not (word in TITLE_WORDS or word in NAME_CUES.MONTHS or word in NAME_CUES.NOT_NAMES or is_demonym(word)
                or COMPASS_WORD.fullmatch(word))


def _heads_name(text: str, cand: Candidate) -> bool:
    """Is the known place (no state) written between "the" and "of" a capitalised word, the head of a body's name
    ("the Confederation of Mountain Peoples", `OF_NAME_AFTER_HEAD`)? A town takes no article."""
    return (cand.cls != "State" and NAME_CUES.ARTICLE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is not None
            and NAME_CUES.OF_NAME_AFTER_HEAD.match(text, cand.end) is not None)


def _given_names(doc, found: list[Candidate], entries: dict[str, Entry]) -> list[Candidate]:
    """Without a one-word known place named by a variant of its name, not its label, that a capitalised word
    no recogniser took follows, a word that may be a person's ("Ahmad Tejan Kabbah", "Ahmad Shah Massoud":
    "Ahmad" is a name of the Kuwaiti town Al Ahmadi): a given name, the person's, not the town. A place
    named by its label stays ("Tbilisi Mayor Kakha Kaladze", "Kabul Airport"), and a Title Case headline says
    nothing by its capitals."""
    text = text_of(doc)
    if title_case(text):
        return found
    taken = {c.start for c in found}
    return [c for c in found if not (_a_place_word(c) and c.entity in entries and " " not in text[c.start:c.end]
                                     and text[c.start:c.end] not in _as_labelled(entries[c.entity].entity.label)
                                     and _person_word_after(text, c.end, taken))]


def _as_labelled(label: str) -> tuple[str, str]:
    """The ways a text writes a known place by its label: as labelled, and all in capitals ("ANKARA GOVERNMENT")."""
    return label, label.upper()


def _person_word_after(text: str, end: int, taken: set[int]) -> bool:
    """Does a capitalised word that no recogniser took, and that may be a person's name, follow `end`?"""
    after = NEXT_WORD.match(text, end)
    return bool(after) and after.start("word") not in taken and not (
        after.group("word") in NOT_PERSON_WORDS or is_demonym(after.group("word")))


def _known_places_without(found: list[Candidate], named_else: Callable[[Candidate], bool],
                          methods: tuple[str, ...] = (GAZETTEER_METHOD,)) -> list[Candidate]:
    """`found` without each known place or state (read by one of `methods`) whose words `named_else` says name
    something else there: the filters below differ only in that test."""
    return [c for c in found if not (c.method in methods and "Place" in top_classes(c.cls) and named_else(c))]


def _carriers(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a state's name that opens a carrier's ("Malaysia Airlines Flight 17", "Iran Air Flight 655",
    `CARRIER_AFTER`): the flight is no act of the state, and whoever shot it down did not do so with it."""
    text = text_of(doc)
    return _known_places_without(found, lambda c: "State" in c.cls and bool(NAME_CUES.CARRIER_AFTER.match(text, c.end)))


SHIP_ID = "{}-ship"  # a ship named as a town is: "cheonan-ship", not the town "cheonan"


def _ships(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a town or land (known, or read by the kind word that ends it: "USS Harlan County") named right after a
    kind of vessel ("the cruiser Moskva", `VESSEL_BEFORE`), or after "the" where a ship's fate tells it (`_ship_told`):
    the ship bears the name, and Moscow is neither where it sank nor who sank it. A state stays: it is the subject of a
    clause that tells of the vessel ("The vessel Russia seized in the Kerch Strait", "a cargo ship Ukraine said was
    carrying grain"), far more often than a ship's name. A town's name its fate tells a ship's is that ship, a
    cg:Organization (its crew, as `warships` reads an unarmed ship): "The Cheonan was sunk" tells of the Cheonan. Its id
    is its own (`SHIP_ID`): the town's would give the ship the town's classes, and the attack on it a place."""
    text = text_of(doc)
    found = [replace(c, cls="Organization", method=NAMES_METHOD, entity=SHIP_ID.format(name_id(text[c.start:c.end])))
             if c.method == GAZETTEER_METHOD and c.cls == "Settlement" and _ship_told(doc, c) else c for c in found]
    return _known_places_without(found, lambda c: c.cls != "State" and vessel_before(text, c.start),
                                 (GAZETTEER_METHOD, NAMES_METHOD))


def _ship_told(doc, cand: Candidate) -> bool:
    """Is a town's name a ship's, named without its kind: "the sinking of the Cheonan", "The Cheonan was sunk" (a town
    takes no article, and no town sinks: `SHIP_DEED_BEFORE`, `SHIP_DEED_AFTER`)? Not where a noun follows the name,
    which then only modifies it ("the torpedoing of the Geneva talks", `SHIP_NAME_ENDS`); a region takes an article
    ("The Punjab sank into violence"), so only a town's name."""
    text = text_of(doc)
    if NAME_CUES.SHIP_DEED_BEFORE.search(text, max(0, cand.start - 30), cand.start):
        return NAME_CUES.SHIP_NAME_ENDS.match(text, cand.end) is not None
    return bool(NAME_CUES.ARTICLE_BEFORE.search(text, max(0, cand.start - 8), cand.start)
                and NAME_CUES.SHIP_DEED_AFTER.match(text, cand.end))


def _glosses(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a known place or state inside a gloss in another language (`GLOSS`: "The Chaco War (Spanish: Guerra
    del Chaco)"), its language's word among them, that is not the entity of the name right before it: the gloss names
    again what the name named. The name's own entity stays, an alias in the other language ("Aleppo (Arabic: Halab)")."""
    text = text_of(doc)
    glossed = {}  # (start, end) of a gloss -> the entity of the name before it (None: a word no rule read)
    for match in NAME_CUES.GLOSS.finditer(text):
        if match.group("language") in NAME_CUES.LANGUAGES:
            named = [c.entity for c in found if c.end <= match.start()
                     and NAME_CUES.GLOSS_AFTER_NAME.match(text[c.end:match.start()])]
            glossed[match.span()] = named[-1] if named else None
    return _known_places_without(found, lambda c: any(start < c.start and c.end < end and c.entity != entity
                                                      for (start, end), entity in glossed.items()),
                                 (GAZETTEER_METHOD, METHOD_DEMONYM))


def _surnames(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a known place named right after a lower-case surname particle ("by dos Santos and Savimbi",
    `SURNAME_PARTICLE_BEFORE`): the person bears the name, and the town of Santos is not spoken of."""
    text = text_of(doc)
    return _known_places_without(found, lambda c: bool(
        NAME_CUES.SURNAME_PARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start)))


def _nationalities(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a state's demonym that tells only a person's nationality (`NATIONALITY_AFTER`: "the German jurist
    Christian Tomuschat"; "the former Mozambican president Joaquim Chissano"; a diplomat or a general who leads what
    another named, `CALLING_LED_BEFORE`: "commanded by the German general Hans Kundt"): the state plays no part there."""
    text = text_of(doc)
    return [c for c in found if not (c.method == METHOD_DEMONYM and c.cls == "State" and _nationality(text, c))]


def _peoples_names(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a town read by another name of it than its own that is a people's, a creed's or a party's word
    (`COMMUNITY_WORDS`: "Roma" of Rome in "The Roma families were moved"): the words name the people, no city."""
    text = text_of(doc)
    return _known_places_without(found, lambda c: (
        c.cls == "Settlement" and text[c.start:c.end] in NAME_CUES.COMMUNITY_WORDS
        and name_id(text[c.start:c.end]) != c.entity))


def _regional_demonyms(doc, found: list[Candidate]) -> list[Candidate]:
    """Without a state's demonym, or its force named by it, right after a word of a part of the world the packs do not
    join to it (`REGION_BEFORE_DEMONYM`: "the Central American Common Market", "Latin American leaders"): the words
    name a region's people, and the state ("American": the United States) is not spoken of. Not where the word opens
    the state's own name ("North Macedonian officials": North Macedonia's demonym is "Macedonian")."""
    text = text_of(doc)
    return [c for c in found if not (c.method in (METHOD_DEMONYM, METHOD_FORCE) and _region_before(text, c))]


def _region_before(text: str, cand: Candidate) -> bool:
    """Does a word of a part of the world stand right before the candidate that does not open its entity's name?"""
    region = NAME_CUES.REGION_BEFORE_DEMONYM.search(text, max(0, cand.start - 12), cand.start)
    return region is not None and not (cand.entity or "").startswith(region.group().strip(" \t-").lower() + "-")


def _nationality(text: str, cand: Candidate) -> bool:
    if NAME_CUES.NATIONALITY_AFTER.match(text, cand.end):
        return True
    if NAME_CUES.CALLING_AFTER.match(text, cand.end) and (
            NAME_CUES.CALLING_LED_BEFORE.search(text, max(0, cand.start - 20), cand.start)
            or NAME_CUES.CALLING_LEADING_AFTER.match(text, cand.end)):
        return True  # "headed by Swiss diplomat Heidi Tagliavini": the person leads what another named
    after = re.match(r"[ \t]+(?P<role>[a-z]+)", text[cand.end:cand.end + 30])
    return (NAME_CUES.FORMER_BEFORE.search(text, max(0, cand.start - 10), cand.start) is not None
            and after is not None and after.group("role") in NAME_CUES.ROLES)


def _local_names(doc, found: list[Candidate]) -> list[Candidate]:
    """A known actor's name after "known locally as" (`LOCAL_NAME_BEFORE`) as the source's own actor of that
    class: "The militants, known locally as al-Shabab" of Mozambique are not the Somali al-Shabaab. Its id
    is the name's, marked local, so it never meets the known one's."""
    text = text_of(doc)
    return [replace(c, method=NAMES_METHOD, entity=f"{name_id(text[c.start:c.end])}-local")
            if c.method == GAZETTEER_METHOD and "Actor" in top_classes(c.cls)
            and NAME_CUES.LOCAL_NAME_BEFORE.search(text, max(0, c.start - 40), c.start) else c for c in found]


def _bare_acronym(text: str, cand: Candidate) -> bool:
    """Is the candidate a word in capitals read as a body's acronym by its context alone ("the destroyer
    HMS Sheffield")? It names nothing unless the source defines it (`_bind_acronyms`), so it leaves the
    known place after it the tail of a longer name: a ship, not the city."""
    word = text[cand.start:cand.end]
    return cand.method == NAMES_METHOD and word.isupper() and " " not in word


def _label_in_capitals(text: str, cand: Candidate, entries: dict[str, Entry]) -> bool:
    """Is the known place written by its label all in capitals (a telegram, a headline in capitals: "WARNED ATHENS",
    "ANKARA GOVERNMENT")? A word in capitals beside it then says nothing of a longer name, as in a Title Case headline;
    a variant name stays read as before ("WHERE PARAS STOPPED": Paras is one of Paris's names, and here the paras')."""
    return cand.entity in entries and text[cand.start:cand.end] == entries[cand.entity].entity.label.upper()


def _inside_name(doc, before: re.Match) -> bool:
    word = before.group("word")
    span = doc.char_span(before.start("word"), before.end("word"))
    return (span is not None and not span[0].is_sent_start and word not in NAME_CUES.NOT_NAMES
            and not is_demonym(word) and not COMPASS_WORD.fullmatch(word))


def _bind_acronyms(sentences: list[Sentence], text: str, entries: dict[str, Entry]) -> list[Sentence]:
    """Acronyms as the entities the source defined them for ("the Tigray People's Liberation
    Front (TPLF)" ... "the TPLF"); an acronym the source never defined is dropped, and a known body's acronym
    the source defines for a name that body does not bear is the source's ("The Secret Army Organisation (OAS)"
    ... "the OAS": not the Organization of American States); an acronym its context told a body ("ZANU guerrillas",
    `names.NamesInContext.acronyms`) is the entity of a body's name the source wrote before whose initials it is ("the
    Palestine Liberation Organization" ... "PLO fighters"), else a body of its own, wherever the source writes it
    after."""
    defined: dict[str, Mention] = {}
    initialled: dict[str, Mention] = {}  # the names of several words so far, by their initials ("PLO")
    bound = []
    for sentence in sentences:
        mentions = []
        for m in sentence.mentions:
            if m.kind == "entity" and m.text in defined and _defined_otherwise(m, defined[m.text], entries):
                m = replace(m, entity=defined[m.text].entity, cls=defined[m.text].cls, method=NAMES_METHOD)
            elif m.kind == "entity" and m.value == ACRONYM_VALUE:
                if m.text not in defined:
                    continue
                m = replace(m, entity=defined[m.text].entity, cls=defined[m.text].cls, value=None)
            elif m.kind == "entity" and (acronym := DEFINITION.match(text, m.end)):
                defined.setdefault(acronym.group("acronym"), m)
            elif _told_acronym(m):  # told a body by its context ("ZANU guerrillas"): the one defined, else its own
                named = defined.get(m.text) or initialled.get(m.text)
                m = replace(m, entity=named.entity, cls=named.cls) if named else m
                defined.setdefault(m.text, m)
            elif m.kind == "entity" and " " in m.text and _a_body(m.cls):
                initialled.setdefault(initials(w for w in m.text.split() if w[:1].isupper()), m)
            mentions.append(m)
        bound.append(replace(sentence, mentions=tuple(mentions)))
    return bound


def _a_body(cls: str) -> bool:
    """Is the class an actor's other than a person's (a body, a force, a state): what an acronym told a body by its
    context may stand for ("PLO fighters", the Palestine Liberation Organization; not "BNV fighters", the Blue Nile
    Valley, a region)?"""
    return cls != "Person" and "Actor" in top_classes(cls)


def _told_acronym(mention: Mention) -> bool:
    """An acronym its context told a body (`names.NamesInContext.acronyms`): in capitals, named by itself."""
    return (mention.kind == "entity" and mention.method == NAMES_METHOD and mention.cls != "Person"
            and mention.text.isupper() and mention.entity == name_id(mention.text))


def _defined_otherwise(mention: Mention, definition: Mention, entries: dict[str, Entry]) -> bool:
    """Is the known acronym's entity another than the one the source defined it for: a name no gazetteer entry
    knows, and not one of the names of the acronym's entity, spelt either way ("Organisation", "Organization")?"""
    entry = entries.get(mention.entity or "")
    if mention.method != GAZETTEER_METHOD or definition.method != NAMES_METHOD or entry is None:
        return False
    names = [entry.entity.label, *entry.names]
    return _spelling(definition.text) not in {_spelling(n) for n in names} and not _content_stems(definition.text) & {
        stem for n in names for stem in _content_stems(n)}


def _content_stems(name: str) -> set[str]:
    """The opening letters of a name's words but its kind words and connectives: a native name or a variant of a
    known body shares one ("Partiya Karkeren Kurdistane", the Kurdistan Workers' Party; "United Nations Children's
    Emergency Fund", UNICEF), another body none ("Secret Army Organisation", not the Organization of American States)."""
    words = [w for w in re.findall(r"[\w’'\-]+", name)
             if w not in NAME_CUES.BODY_KINDS and w.lower() not in NAME_CUES.SMALL_WORDS]
    return {_spelling(w)[:NAME_CUES.STEM_LETTERS] for w in words if len(_spelling(w)) >= NAME_CUES.STEM_LETTERS}


def _spelling(name: str) -> str:
    """A name's letters, case-folded, with British and American spellings as one ("-isation", "-ization")."""
    return re.sub(r"[^a-z]", "", name.casefold().replace("z", "s"))


def _mention(text: str, base: int, lang: str, cand: Candidate) -> Mention:
    """The candidate as a mention of the document; its words on one line (a name a wrapped paragraph
    cut, "Isaias\nAfwerki", is named "Isaias Afwerki"), its offsets those of the source."""
    start, end = base + cand.start, base + cand.end
    return Mention(start=start, end=end, text=" ".join(text[start:end].split()), kind=cand.kind, cls=cand.cls,
                   method=cand.method, lang=lang, entity=cand.entity, value=cand.value)



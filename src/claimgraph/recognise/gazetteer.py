"""The gazetteer recogniser: known entities found by their names, in every language met.

Names come from the gazetteer packs (`packs`: rdfs:label, skos:altLabel, cg:demonym) and are
matched as phrase patterns (spaCy PhraseMatcher: about 1.3M words/s with thousands of
patterns; token patterns would be ~400x slower), on lower-case forms, a name with capitals
then kept only as written or all in capitals. A name enters the matcher when a text first
holds its first word (the world pack has 74,000 names; tokenizing them all took seconds).
Three kinds of pattern:

- a name of the entity itself ("Azerbaijan", "Azerbaycan", "Artsakh"), also in capitals
  as datelines and headlines write it ("BAKU, Sept 20 -"), and with either apostrophe
  ("Workers’ Party", "Workers' Party");
- a demonym or a state's possessive and a word for troops ("Azerbaijani army", "Armenian
  forces", "Georgian Armed Forces", "Sudan's army"): the armed force of the state, so that any
  state's army is found without listing it;
- a demonym alone ("Azerbaijani counterattacks") or before "government" ("the Colombian
  government"): the state; its plural ("Armenians"): the people, a population group.

In an English block, a name the packs give only in other languages (`Entry.foreign`) is a
weaker reading, a fallback (`ForeignNames`) that stands only where no other rule reads the
words: "Qana"@az is Ghana to an Azerbaijani reader, and "the village of Qana" a Lebanese
village to an English one; "the Argentine cruiser" is still Argentina ("Argentine"@fr, the
one name of it the packs hold that an English text writes). Names in other languages stay
matched in blocks of any other language, whose texts borrow names across languages
("Karabağ" in a Turkish abstract).

Turkish (and Azerbaijani) names also match with a case suffix glued on without an
apostrophe ("44 Günlük Savaşın", "Ermenistan ordusunun") in blocks of those languages:
the last word of such a name is a stem, and a token that is the stem plus a few letters
is read as the stem (its NORM), matched by a third, NORM-based matcher; the mention ends
where the stem ends. Known events and agreements may carry cg:startDate / cg:endDate
(when they happened), which the resolver uses to tell which one a dated phrase means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..rdf.terms import slug
from .base import Candidate, place_word_before
from .borders import demonyms
from .packs import ENGLISH, Entry, derived
# the methods its candidates carry (METHOD_STEM below), made by `patterns`
from .patterns import METHOD_FORCE, METHOD_NAME, WORD, index, is_plural, key_of, main_force, take

if TYPE_CHECKING:  # spaCy loads when a gazetteer is made: the names below are read without it (a cached build)
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

METHOD_STEM = "gazetteer-stem.v1"
FOREIGN = "foreign names"  # doc.user_data key: the foreign-name matches of an English block, held for `ForeignNames`
MIN_CAPS_LETTERS = 4  # shorter names in capitals ("ABD", "US") are acronyms of their own, listed as such
CAPS_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of a line, to tell a line in capitals (`_capitals_told`)
CAPS_LINE_SHARE = 0.6  # the share of a line's words in capitals that makes it a line in capitals
DATELINE_OPENING = cues("clauses").DATELINE_OPENING  # "BAKU, Sept 20 -", "ZARYA-3:": a line that writes in capitals


class Gazetteer:
    """Finds gazetteer names in a spaCy Doc. Build once; call per block."""

    name = METHOD_NAME

    def __init__(self, entries: dict[str, Entry], nlp):
        from spacy.matcher import PhraseMatcher  # spaCy only when a gazetteer is made (see the imports)

        made, self._waiting = index(entries)  # first word -> its (key, phrase) pairs not yet in the matcher
        self.entries = {**entries, **made}
        self._nlp = nlp
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, str]] = {}  # match id -> (entity id, method)
        self._exact: dict[int, set[tuple[int, ...]]] = {}  # match id of names with capitals -> their tokens
        self._suffixed: tuple[set[str], PhraseMatcher] | None = None  # made when first needed (`_stems`)
        self._foreign = derived(entries, "foreign-names", lambda: _foreign_names(entries))  # 0.03 s to make
        self.states = states_in(self.entries)  # for `statebound`: found once per gazetteer, not once per source
        self.demonym_states = demonyms(self.entries)  # for `borders`: once per gazetteer (16 ms), not per source
        self._add_patterns([""])

    def _stems(self) -> tuple[set[str], PhraseMatcher]:
        """The stems of the names in languages that glue suffixes on, and the NORM matcher of those
        names (module docstring): made when a block in such a language first comes, a cost (0.03 s)
        that a corpus in other languages never spends."""
        if self._suffixed is None:
            from spacy.matcher import PhraseMatcher

            from .nlp import stem_of
            nlp = self._nlp
            suffixed = {eid: [nlp.make_doc(n) for n in e.suffixed] for eid, e in self.entries.items() if e.suffixed}
            stems = {d[-1].lower_ for docs in suffixed.values() for d in docs if len(d)}
            matcher = PhraseMatcher(nlp.vocab, attr="NORM")
            for eid, docs in suffixed.items():
                for d in docs:
                    d[-1].norm_ = stem_of(d[-1].lower_, stems)
                self._keys[nlp.vocab.strings.add(f"{eid}|stem")] = (eid, METHOD_STEM)
                matcher.add(f"{eid}|stem", docs)
            self._suffixed = stems, matcher
        return self._suffixed

    def _add_patterns(self, words) -> None:
        """Put the names that start with one of `words` into the matcher.

        Names enter the matcher when a text first holds their first word: tokenizing the
        world pack's 50,000 names took 4-6 s at start-up, and a corpus meets few of them. A
        name matches only text that holds its first word, so the matches are the same."""
        grouped: dict[str, list[str]] = {}
        for word in words:
            for key, phrase in take(self._waiting, word):
                grouped.setdefault(key, []).append(phrase)
        for key, phrases in grouped.items():
            self._keys[self._nlp.vocab.strings.add(key)] = key_of(key)
            docs = list(self._nlp.tokenizer.pipe(phrases))
            if key.endswith("|cased"):
                self._exact.setdefault(self._nlp.vocab.strings[key], set()).update(tuple(t.orth for t in d) for d in docs)
            self._matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = doc.user_data.get("text") or doc.text  # the block's text as read: doc.text is rebuilt token by token
        self._add_patterns(set(WORD.findall(text.lower())) & self._waiting.keys())
        english = doc.user_data.get("lang") == ENGLISH
        held = doc.user_data[FOREIGN] = []
        lines: dict[int, bool] = {}  # each line's start -> does it write names in capitals (`_capitals_told`)
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            if match_id in self._exact and not _as_written(span, self._exact[match_id], text, lines):
                continue
            eid, method = self._keys[match_id]
            if method == METHOD_FORCE and _qualifies_a_town(text, span):
                continue
            found = Candidate(span.start_char, span.end_char, "entity", self.entries[eid].entity.classes[0], method,
                              entity=eid)
            if english and method == METHOD_NAME and span.text.casefold() in self._foreign.get(eid, ()):
                held.append(found)
            else:
                yield found
        from .nlp import stem_suffixes  # loaded with the gazetteer (`__init__`)
        if doc.user_data.get("lang") in cues("morphology").SUFFIXED and stem_suffixes(doc, self._stems()[0]):
            for match_id, start, end in self._stems()[1](doc):
                eid, _ = self._keys[match_id]
                last = doc[end - 1]
                if last.norm_ == last.lower_:
                    continue  # no suffix: the cased and uncased matchers have it already
                stem = self._name_stem(doc[start:end], self.entries[eid])
                yield Candidate(doc[start].idx, last.idx + len(stem), "entity", self.entries[eid].entity.classes[0],
                                METHOD_STEM, entity=eid)

    def _name_stem(self, span, entry: Entry) -> str:
        """The last word of the name as it stands inside the suffixed word ("ordusu" in "ordusunun")."""
        head = [t.lower_ for t in span[:-1]]
        word = span[-1].lower_
        lasts = [n.split()[-1].lower() for n in entry.suffixed if [w.lower() for w in n.split()[:-1]] == head]
        return max((w for w in lasts if word.startswith(w)), key=len, default=span[-1].norm_)


class ForeignNames:
    """The names an English block holds in another language only (module docstring), as the
    gazetteer that ran before on the same Doc held them back: a fallback, kept where no rule's
    reading overlaps (`recognise`)."""

    name = METHOD_NAME
    fallback = True

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        yield from doc.user_data.get(FOREIGN, ())


def states_in(entries: dict[str, Entry]) -> dict[str, Entry]:
    """The states of a gazetteer table, by id, in the order of their ids (`statebound` reads them in that order)."""
    states = {e.entity.id: e for e in entries.values() if e.entity.classes[0] == "State"}
    return dict(sorted(states.items()))


def state_forces(entries: dict[str, Entry]) -> dict[str, str]:
    """Each one-word name and demonym of a state -> the id of the state's armed forces (as the
    recogniser makes them: listed, else "<demonym> Armed Forces")."""
    forces = _forces_of_states(entries)
    return {name: forces[eid] for eid, entry in entries.items() if eid in forces
            for name in [*entry.names, *_singular(entry)] if " " not in name}


def force_owners(entries: dict[str, Entry]) -> dict[str, str]:
    """What "its" may point back to when it owns a state's forces ("China said its troops", "Baku announced
    that its troops"): each one-word name and demonym of a state and each one-word name of its capital ->
    the id of the state's armed forces."""
    forces = _forces_of_states(entries)
    capitals = {name: forces[entry.capital_of] for entry in entries.values() if entry.capital_of in forces
                for name in entry.names if " " not in name}
    return {**capitals, **state_forces(entries)}


def _forces_of_states(entries: dict[str, Entry]) -> dict[str, str]:
    """Each state's id (one with a demonym) -> the id of its armed forces: listed, else "<demonym> Armed Forces"."""
    listed: dict[str, list[str]] = {}
    for eid, entry in entries.items():
        if entry.force_of:
            listed.setdefault(entry.force_of, []).append(eid)
    return {eid: main_force(_singular(entry)[0], listed.get(eid, [])) or slug(f"{_singular(entry)[0]} Armed Forces")
            for eid, entry in entries.items() if _singular(entry)}


def _singular(entry: Entry) -> list[str]:
    """The entry's demonyms of one member ("Ethiopian", not "Ethiopians"): the first names its forces."""
    return [d for d in entry.demonyms if not is_plural(d, entry.demonyms)]


def _foreign_names(entries: dict[str, Entry]) -> dict[str, frozenset[str]]:
    """Entity id -> its foreign names case-folded, less those an English name of it spells in
    another case (the matcher reads lower-case forms)."""
    found = {}
    for eid, entry in entries.items():
        if entry.foreign:
            english = {n.casefold() for n in entry.names if n not in entry.foreign}
            found[eid] = frozenset(n.casefold() for n in entry.foreign) - english
    return found


def _as_written(span, exact: set[tuple[int, ...]], text: str, lines: dict[int, bool]) -> bool:
    """A name with capitals matches as written, or all in capitals as datelines and headlines
    write it ("BAKU, Sept 20 -") when it has letters enough not to be an acronym of its own and
    its line tells a place in capitals (`_capitals_told`, `lines` its verdicts on the block's lines so far)."""
    if tuple(t.orth for t in span) in exact:
        return True
    name = span.text
    return name.isupper() and sum(c.isalpha() for c in name) >= MIN_CAPS_LETTERS and _capitals_told(text, span, lines)


def _capitals_told(text: str, span, lines: dict[int, bool]) -> bool:
    """Is a name in capitals inside a line that writes names so (`_capitals_line`, read once a line and kept in
    `lines`, by where the line starts), or after a word a place follows ("compiled in NEW DELHI")? In a line of
    lower-case prose, capitals mark a code word, a call sign or an acronym of a unit ("call sign DELTA", "the LIMA
    company"), which a case-blind match would take for a town."""
    start = text.rfind("\n", 0, span.start_char) + 1
    if start not in lines:
        end = text.find("\n", span.end_char)
        lines[start] = _capitals_line(text[start:end if end >= 0 else len(text)])
    return lines[start] or place_word_before(text, span.start_char)


def _capitals_line(line: str) -> bool:
    """Is the line mostly in capitals (a headline), or does it open as a dateline (`DATELINE_OPENING`: "BAKU, Sept
    20 - STEPANAKERT was shelled")?"""
    words = CAPS_WORD.findall(line)
    if words and sum(w.isupper() for w in words) >= CAPS_LINE_SHARE * len(words):
        return True
    return DATELINE_OPENING.match(line) is not None


def _qualifies_a_town(text: str, span) -> bool:
    """Does the force's phrase qualify the town named after it ("the Pakistani garrison town of Rawalpindi":
    `names.FORCE_WORD_QUALIFIES`)? Then it names no force."""
    names = cues("names")
    qualifies = names.FORCE_WORD_QUALIFIES.match(text, span.end_char)
    return span[-1].lower_ in names.QUALIFYING_FORCE_WORDS and qualifies is not None

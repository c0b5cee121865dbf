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
from ..model import Entity
from ..rdf.terms import slug
from .base import Candidate
from .packs import Entry

if TYPE_CHECKING:  # spaCy loads when a gazetteer is made: the names below are read without it (a cached build)
    from spacy.tokens import Doc

# gazetteer v2: a hyphen hanging after a word is cut off it ("Moscow- and Ankara-brokered", recognise.nlp)
METHOD_NAME, METHOD_FORCE, METHOD_DEMONYM = "gazetteer.v2", "forces.v3", "demonym.v2"  # forces v3: "Syrian Arab Army" (a long name of the state); v2: "Sudan's army"; demonym v2: "<demonym> government"
METHOD_STEM = "gazetteer-stem.v1"
_WORD = re.compile(r"\w+")
MIN_CAPS_LETTERS = 4  # shorter names in capitals ("ABD", "US") are acronyms of their own, listed as such


class Gazetteer:
    """Finds gazetteer names in a spaCy Doc. Build once; call per block."""

    name = METHOD_NAME

    def __init__(self, entries: dict[str, Entry], nlp):
        from spacy.matcher import PhraseMatcher  # spaCy only when a gazetteer is made (see the imports)

        from .nlp import stem_of
        self.entries = dict(entries)
        self._nlp = nlp
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._stemmed = PhraseMatcher(nlp.vocab, attr="NORM")
        self._keys: dict[int, tuple[str, str]] = {}  # match id -> (entity id, method)
        self._exact: dict[int, set[tuple[int, ...]]] = {}  # match id of names with capitals -> their tokens
        self._waiting: dict[str, list[tuple[str, str]]] = {}  # first word -> (key, phrase) not yet in the matcher
        for eid, method, phrases in self._patterns():
            cased = any(c.isupper() for c in phrases[0])
            key = f"{eid}|{method}|{'cased' if cased else 'uncased'}"
            self._keys[nlp.vocab.strings.add(key)] = (eid, method)
            for phrase in phrases:
                self._waiting.setdefault(_first_word(phrase), []).append((key, phrase))
        self._add_patterns([""])
        suffixed = {eid: [nlp.make_doc(n) for n in e.suffixed] for eid, e in self.entries.items() if e.suffixed}
        self.stems: set[str] = {d[-1].lower_ for docs in suffixed.values() for d in docs if len(d)}
        for eid, docs in suffixed.items():
            for d in docs:
                d[-1].norm_ = stem_of(d[-1].lower_, self.stems)
            self._keys[nlp.vocab.strings.add(f"{eid}|stem")] = (eid, METHOD_STEM)
            self._stemmed.add(f"{eid}|stem", docs)

    def _patterns(self) -> Iterator[tuple[str, str, list[str]]]:
        forces: dict[str, list[str]] = {}
        for eid, entry in self.entries.items():
            if entry.force_of:
                forces.setdefault(entry.force_of, []).append(eid)
        for eid, entry in list(self.entries.items()):
            for name in entry.names:
                yield eid, METHOD_NAME, _spellings(name)
            for demonym in entry.demonyms:
                yield from self._demonym_patterns(eid, entry, demonym, forces)

    def _demonym_patterns(self, eid: str, entry: Entry, demonym: str, forces: dict[str, list[str]]):
        if _is_plural(demonym, entry.demonyms):
            people = self._add_synthetic(demonym, "PopulationGroup", entry.entity.lang)
            yield people, METHOD_DEMONYM, [demonym]
            return
        force = main_force(demonym, forces.get(eid, [])) or self._add_synthetic(
            f"{demonym} Armed Forces", "ArmedForce", entry.entity.lang)
        words = [words for w in cues("names").FORCE_WORDS for words in (w, w.title())]
        yield force, METHOD_FORCE, [f"{adjective} {w}" for adjective in _adjectives(demonym, entry) for w in words]
        yield force, METHOD_FORCE, [f"{entry.entity.label}{ending} {w}"  # "Sudan's army", "Russia’s Armed Forces"
                                    for ending in cues("names").POSSESSIVE_ENDINGS for w in words]
        yield eid, METHOD_DEMONYM, [demonym, *(f"{demonym} {w}" for w in cues("names").GOVERNMENT)]

    def _add_synthetic(self, label: str, cls: str, lang: str) -> str:
        eid = slug(label)
        if eid not in self.entries:
            self.entries[eid] = Entry(entity=Entity(id=eid, label=label, lang=lang, classes=(cls,)))
        return eid

    def _add_patterns(self, words) -> None:
        """Put the names that start with one of `words` into the matcher.

        Names enter the matcher when a text first holds their first word: tokenizing the
        world pack's 50,000 names took 4-6 s at start-up, and a corpus meets few of them. A
        name matches only text that holds its first word, so the matches are the same."""
        grouped: dict[str, list[str]] = {}
        for word in words:
            for key, phrase in self._waiting.pop(word, ()):
                grouped.setdefault(key, []).append(phrase)
        for key, phrases in grouped.items():
            docs = list(self._nlp.tokenizer.pipe(phrases))
            if key.endswith("|cased"):
                self._exact.setdefault(self._nlp.vocab.strings[key], set()).update(tuple(t.orth for t in d) for d in docs)
            self._matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = doc.user_data.get("text") or doc.text  # the block's text as read: doc.text is rebuilt token by token
        self._add_patterns(set(_WORD.findall(text.lower())) & self._waiting.keys())
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            if match_id in self._exact and not _as_written(span, self._exact[match_id]):
                continue
            eid, method = self._keys[match_id]
            yield Candidate(span.start_char, span.end_char, "entity", self.entries[eid].entity.classes[0], method,
                            entity=eid)
        from .nlp import stem_suffixes  # loaded with the gazetteer (`__init__`)
        if doc.user_data.get("lang") in cues("morphology").SUFFIXED and stem_suffixes(doc, self.stems):
            for match_id, start, end in self._stemmed(doc):
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


def _spellings(name: str) -> list[str]:
    """The name, and with the other kind of apostrophe where it has one: a pack's "People’s"
    is a text's "People's" (the tokens differ, so the phrase matcher needs both)."""
    other = name.replace("’", "'") if "’" in name else name.replace("'", "’")
    return [name, other] if other != name else [name]


def state_forces(entries: dict[str, Entry]) -> dict[str, str]:
    """Each one-word name and demonym of a state -> the id of the state's armed forces (as the
    recogniser makes them: listed, else "<demonym> Armed Forces")."""
    listed: dict[str, list[str]] = {}
    for eid, entry in entries.items():
        if entry.force_of:
            listed.setdefault(entry.force_of, []).append(eid)
    found = {}
    for eid, entry in entries.items():
        singular = [d for d in entry.demonyms if not _is_plural(d, entry.demonyms)]
        if singular:
            force = main_force(singular[0], listed.get(eid, [])) or slug(f"{singular[0]} Armed Forces")
            found.update({name: force for name in [*entry.names, *singular] if " " not in name})
    return found


def _first_word(phrase: str) -> str:
    """The first run of word characters of a phrase, lower-case ("" if it has none)."""
    found = _WORD.search(phrase.lower())
    return found.group() if found else ""


def _as_written(span, exact: set[tuple[int, ...]]) -> bool:
    """A name with capitals matches as written, or all in capitals as datelines and headlines
    write it ("BAKU, Sept 20 -") when it has letters enough not to be an acronym of its own."""
    if tuple(t.orth for t in span) in exact:
        return True
    text = span.text
    return text.isupper() and sum(c.isalpha() for c in text) >= MIN_CAPS_LETTERS


def main_force(demonym: str, forces: list[str]) -> str | None:
    """The state's armed forces as a whole ("Russian Armed Forces"), not a contingent of them: one
    the packs list, else None (the recogniser then makes "<demonym> Armed Forces")."""
    main = slug(f"{demonym} Armed Forces")
    return main if main in forces else min(forces, default=None)


def _adjectives(demonym: str, entry: Entry) -> list[str]:
    """The demonym, and the state's long names that start with it, less their last word (the form
    of state): "Syrian Arab" of "Syrian Arab Republic" names the state's forces ("the Syrian Arab
    Army") as "Syrian" does. A name no long name of the state holds ("the Libyan National Army") is
    a force of its own."""
    return [demonym, *sorted({name.rsplit(" ", 1)[0] for name in entry.names
                              if name.startswith(f"{demonym} ") and name.count(" ") >= 2})]


def _is_plural(demonym: str, demonyms: list[str]) -> bool:
    return demonym.endswith("s") and demonym[:-1] in demonyms

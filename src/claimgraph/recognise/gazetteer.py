"""The gazetteer recogniser: known entities found by their names, in every language met.

Names come from `ontology/gazetteer.ttl` (rdfs:label, skos:altLabel, cg:demonym) and are
matched as phrase patterns (spaCy PhraseMatcher: about 1.3M words/s with thousands of
patterns; token patterns would be ~400x slower). Three kinds of pattern:

- a name of the entity itself ("Azerbaijan", "Azerbaycan", "Artsakh"), also in capitals
  as datelines and headlines write it ("BAKU, Sept 20 -");
- a demonym and a word for troops ("Azerbaijani army", "Armenian forces"): the armed
  force of the demonym's state, so that any state's army is found without listing it;
- a demonym alone ("Azerbaijani counterattacks"): the state; its plural ("Armenians"):
  the people, a population group.

Turkish (and Azerbaijani) names also match with a case suffix glued on without an
apostrophe ("44 Günlük Savaşın", "Ermenistan ordusunun") in blocks of those languages:
the last word of such a name is a stem, and a token that is the stem plus a few letters
is read as the stem (its NORM), matched by a third, NORM-based matcher; the mention ends
where the stem ends. Known events and agreements may carry cg:startDate / cg:endDate
(when they happened), which the resolver uses to tell which one a dated phrase means.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..model import Entity
from ..rdf.terms import ALT_LABEL, CG, ID, LABEL, SAME_AS, TYPE, WD, slug
from ..resources import ontology_file
from .base import Candidate
from .nlp import stem_of, stem_suffixes

FORCE_WORDS = ("army", "armed forces", "forces", "troops", "soldiers", "military", "units", "military units")
METHOD_NAME, METHOD_FORCE, METHOD_DEMONYM = "gazetteer.v1", "forces.v1", "demonym.v1"
METHOD_STEM = "gazetteer-stem.v1"
SUFFIXED_LANGUAGES = {"tr", "az"}
MIN_CAPS_LETTERS = 4  # shorter names in capitals ("ABD", "US") are acronyms of their own, listed as such


@dataclass
class Entry:
    """One gazetteer entity and the names it is known by."""

    entity: Entity
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    force_of: str | None = None
    suffixed: list[str] = field(default_factory=list)  # names in a language that glues suffixes on


def parse(path: Path) -> dict[str, Entry]:
    """Gazetteer entries by entity id, read from Turtle."""
    raw: dict[str, dict] = {}
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        s, p, o = triple.subject.value, triple.predicate.value, triple.object
        if not s.startswith(ID):
            continue
        item = raw.setdefault(s[len(ID):], {"types": [], "names": [], "demonyms": [], "suffixed": []})
        if p == TYPE and o.value.startswith(CG):
            item["types"].append(o.value[len(CG):])
        elif p == LABEL:
            item["label"] = (o.value, o.language or "en")
        elif p == ALT_LABEL:
            item["names"].append(o.value)
            if (o.language or "").split("-")[0] in SUFFIXED_LANGUAGES:
                item["suffixed"].append(o.value)
        elif p in (CG + "startDate", CG + "endDate"):
            item[p[len(CG):]] = o.value
        elif p == CG + "demonym":
            item["demonyms"].append(o.value)
        elif p == SAME_AS and o.value.startswith(WD):
            item["wikidata"] = o.value[len(WD):]
        elif p == CG + "forceOf":
            item["force_of"] = o.value[len(ID):]
    return {eid: _entry(eid, item) for eid, item in sorted(raw.items()) if "label" in item}


def _entry(eid: str, item: dict) -> Entry:
    label, lang = item["label"]
    start = item.get("startDate")
    span = (start, item.get("endDate") or start) if start else None
    entity = Entity(id=eid, label=label, lang=lang, classes=tuple(sorted(item["types"])) or ("Actor",),
                    wikidata=item.get("wikidata"), span=span)
    return Entry(entity=entity, names=sorted({label, *item["names"]}), demonyms=sorted(item["demonyms"]),
                 force_of=item.get("force_of"), suffixed=sorted(item["suffixed"]))


class Gazetteer:
    """Finds gazetteer names in a spaCy Doc. Build once; call per block."""

    name = METHOD_NAME

    def __init__(self, entries: dict[str, Entry], nlp):
        self.entries = dict(entries)
        self._cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._uncased = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._stemmed = PhraseMatcher(nlp.vocab, attr="NORM")
        self._keys: dict[int, tuple[str, str]] = {}  # match id -> (entity id, method)
        for key, (eid, method), phrases in self._patterns():
            matcher = self._cased if any(c.isupper() for c in phrases[0]) else self._uncased
            self._keys[nlp.vocab.strings.add(key)] = (eid, method)
            matcher.add(key, [nlp.make_doc(p) for p in phrases])
        suffixed = {eid: [nlp.make_doc(n) for n in e.suffixed] for eid, e in self.entries.items() if e.suffixed}
        self.stems: set[str] = {d[-1].lower_ for docs in suffixed.values() for d in docs if len(d)}
        for eid, docs in suffixed.items():
            for d in docs:
                d[-1].norm_ = stem_of(d[-1].lower_, self.stems)
            self._keys[nlp.vocab.strings.add(f"{eid}|stem")] = (eid, METHOD_STEM)
            self._stemmed.add(f"{eid}|stem", docs)

    def _patterns(self) -> Iterator[tuple[str, tuple[str, str], list[str]]]:
        forces: dict[str, list[str]] = {}
        for eid, entry in self.entries.items():
            if entry.force_of:
                forces.setdefault(entry.force_of, []).append(eid)
        for eid, entry in list(self.entries.items()):
            for name in entry.names:
                yield f"{eid}|{name}", (eid, METHOD_NAME), [name]
                if name != name.upper() and sum(c.isalpha() for c in name) >= MIN_CAPS_LETTERS:
                    yield f"{eid}|{name}|caps", (eid, METHOD_NAME), [name.upper()]
            for demonym in entry.demonyms:
                yield from self._demonym_patterns(eid, entry, demonym, forces)

    def _demonym_patterns(self, eid: str, entry: Entry, demonym: str, forces: dict[str, list[str]]):
        if _is_plural(demonym, entry.demonyms):
            people = self._add_synthetic(demonym, "PopulationGroup", entry.entity.lang)
            yield f"{people}|people", (people, METHOD_DEMONYM), [demonym]
            return
        force = _main_force(demonym, forces.get(eid, [])) or self._add_synthetic(
            f"{demonym} Armed Forces", "ArmedForce", entry.entity.lang)
        yield f"{force}|{demonym}|force", (force, METHOD_FORCE), [f"{demonym} {w}" for w in FORCE_WORDS]
        yield f"{eid}|{demonym}|demonym", (eid, METHOD_DEMONYM), [demonym]

    def _add_synthetic(self, label: str, cls: str, lang: str) -> str:
        eid = slug(label)
        if eid not in self.entries:
            self.entries[eid] = Entry(entity=Entity(id=eid, label=label, lang=lang, classes=(cls,)))
        return eid

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        for matcher in (self._cased, self._uncased):
            for match_id, start, end in matcher(doc):
                eid, method = self._keys[match_id]
                entity = self.entries[eid].entity
                span = doc[start:end]
                yield Candidate(span.start_char, span.end_char, "entity", entity.classes[0], method, entity=eid)
        if doc.user_data.get("lang") in SUFFIXED_LANGUAGES and stem_suffixes(doc, self.stems):
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


def _main_force(demonym: str, forces: list[str]) -> str | None:
    """The state's armed forces as a whole ("Russian Armed Forces"), not a contingent of them."""
    main = slug(f"{demonym} Armed Forces")
    return main if main in forces else min(forces, default=None)


def _is_plural(demonym: str, demonyms: list[str]) -> bool:
    return demonym.endswith("s") and demonym[:-1] in demonyms


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict[str, Entry]:
    """The gazetteer at `path`, or the one shipped in `ontology/`."""
    return parse(Path(path) if path else ontology_file("gazetteer.ttl"))

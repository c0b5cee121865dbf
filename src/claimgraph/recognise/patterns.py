"""The gazetteer's phrase patterns: which phrases name which entity (`gazetteer` says how),
indexed by their first word, so that a name enters the matcher when a text first holds it.

Making the index from the merged packs takes about 0.2 s (160,000 phrases under 104,000 first words),
a fixed cost of every process that extracts, a rebuild after one article changed too; it is kept in
the disk cache beside the merged table (`packs.table_cache`) and read from it. Each word's phrases are
kept pickled (`Waiting`) and unpickled only when a text holds the word (`take`): a process reads the
whole index, and uses the phrases of a few thousand words (0.11 s -> 0.04 s CPU to read it).
The index of a table `packs.load` made is kept under that table's digest (`packs.derived`: it fixes the
code, the cue words and the entries, and costs nothing to compute); of other entries, under the
package's code and library versions (`package_fingerprint`), the cue words the patterns are made
with, and every field of the entries they are made of (0.1 s to hash on the world pack), so a changed
gazetteer, pack or code is a miss; an entry that cannot be read is made again.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Iterator

from ..lang import cues
from ..model import Entity
from ..rdf.terms import slug
from ..resources import package_fingerprint
from .packs import Entry, cached, derived, table_cache

# gazetteer v25: a context name told by the word before its list; after took/seized only with a known place in it;
# forces v6: no "garrison" before a town ("the Pakistani garrison town of Rawalpindi");
# demonym v6: none that names a gloss's language ("(Spanish: ...)"), and a diplomat's or a general's names the state
# unless the person leads what another named
# v28: a dateline opens with capitals and a comma, a parenthesis or a dash ("UN staff ... VICTOR" is none)
# v27: a name in capitals only in a line that tells one (a headline, a dateline, after a word of place)
# v29: a place read through an alternate name only where the source's other places lie in its country (`alternates`);
# a name in capitals not where the source writes it in lower case, nor as an alternate name written only so
# v30: s34 review: a dateline's city in capitals stands ("KIEV (Reuters) -"); a far alternate name where the source
# writes its country in any word ("South Vietnam's capital, Saigon")
# demonym v7: s35 places35: none right after a word of a part of the world ("the Central American Common Market", "Latin
# American leaders": `recognise.stack._regional_demonyms`); v8: s35 review35a: but where the word opens the state's name
# ("North Macedonian officials")
# v31: s36 places36: no town read by another name of it that is a people's ("The Roma families": no Rome)
METHOD_NAME, METHOD_FORCE, METHOD_DEMONYM = "gazetteer.v31", "forces.v6", "demonym.v8"
WORD = re.compile(r"\w+")

Waiting = dict[str, bytes]  # first word, lower-case -> its (match key, phrase) pairs, pickled (`take`)


def index(entries: dict[str, Entry]) -> tuple[dict[str, Entry], Waiting]:
    """The entities the patterns make up (a state's armed forces and people, where the entries
    list none), in the order made, and every pattern by its first word ("" for a phrase with
    none). A match key is "<entity id>|<method>|cased" or "...|uncased" (`key_of` reads it);
    a cased phrase matches only as written or in capitals."""
    if getattr(entries, "digest", ""):  # a table `load` made: its digest fixes the entries and the cue words (code)
        return derived(entries, "patterns", lambda: _made(entries))
    names = cues("names")
    fields = [(eid, e.entity.label, e.entity.lang, e.names, e.demonyms, e.force_of) for eid, e in entries.items()]
    cues_used = (names.FORCE_WORDS, names.POSSESSIVE_ENDINGS, names.GOVERNMENT)
    digest = hashlib.sha256(f"{package_fingerprint()}\0{cues_used!r}\0{fields!r}".encode()).hexdigest()
    return cached(table_cache() / f"patterns-{digest}.pickle", tuple, lambda: _made(entries))


def key_of(key: str) -> tuple[str, str]:
    """(entity id, method) of a match key of `index`."""
    eid, method, _ = key.rsplit("|", 2)
    return eid, method


def take(waiting: Waiting, word: str) -> list[tuple[str, str]]:
    """The (match key, phrase) pairs of the phrases `word` starts, taken out of `waiting` (none when
    it holds none: taken already, or no phrase starts so)."""
    packed = waiting.pop(word, None)
    return [] if packed is None else pickle.loads(packed)


def _made(entries: dict[str, Entry]) -> tuple[dict[str, Entry], Waiting]:
    made: dict[str, Entry] = {}
    waiting: dict[str, list[tuple[str, str]]] = {}
    for eid, method, phrases in _patterns(entries, made):
        cased = any(c.isupper() for c in phrases[0])
        key = f"{eid}|{method}|{'cased' if cased else 'uncased'}"
        for phrase in phrases:
            waiting.setdefault(_first_word(phrase), []).append((key, phrase))
    return made, {word: pickle.dumps(pairs, protocol=pickle.HIGHEST_PROTOCOL) for word, pairs in waiting.items()}


def _patterns(entries: dict[str, Entry], made: dict[str, Entry]) -> Iterator[tuple[str, str, list[str]]]:
    forces: dict[str, list[str]] = {}
    for eid, entry in entries.items():
        if entry.force_of:
            forces.setdefault(entry.force_of, []).append(eid)
    for eid, entry in entries.items():
        for name in entry.names:
            yield eid, METHOD_NAME, _spellings(name)
        for demonym in entry.demonyms:
            yield from _demonym_patterns(eid, entry, demonym, forces, entries, made)


def _demonym_patterns(eid: str, entry: Entry, demonym: str, forces: dict[str, list[str]],
                      entries: dict[str, Entry], made: dict[str, Entry]):
    if is_plural(demonym, entry.demonyms):
        people = _synthetic(demonym, "PopulationGroup", entry.entity.lang, entries, made)
        yield people, METHOD_DEMONYM, [demonym]
        return
    first = next(d for d in entry.demonyms if not is_plural(d, entry.demonyms))  # one force for each state
    force = main_force(first, forces.get(eid, [])) or _synthetic(
        f"{first} Armed Forces", "ArmedForce", entry.entity.lang, entries, made)
    words = [words for w in cues("names").FORCE_WORDS for words in (w, w.title())]
    yield force, METHOD_FORCE, [f"{adjective} {w}" for adjective in _adjectives(demonym, entry) for w in words]
    yield force, METHOD_FORCE, [f"{entry.entity.label}{ending} {w}"  # "Sudan's army", "Russia’s Armed Forces"
                                for ending in cues("names").POSSESSIVE_ENDINGS for w in words]
    yield eid, METHOD_DEMONYM, [demonym, *(f"{demonym} {w}" for w in cues("names").GOVERNMENT)]


def _synthetic(label: str, cls: str, lang: str, entries: dict[str, Entry], made: dict[str, Entry]) -> str:
    """The id of the entity named `label`: listed, made already, or made now (into `made`)."""
    eid = slug(label)
    if eid not in entries and eid not in made:
        made[eid] = Entry(entity=Entity(id=eid, label=label, lang=lang, classes=(cls,)))
    return eid


def _spellings(name: str) -> list[str]:
    """The name, and with the other kind of apostrophe where it has one: a pack's "People’s"
    is a text's "People's" (the tokens differ, so the phrase matcher needs both)."""
    other = name.replace("’", "'") if "’" in name else name.replace("'", "’")
    return [name, other] if other != name else [name]


def _first_word(phrase: str) -> str:
    """The first run of word characters of a phrase, lower-case ("" if it has none)."""
    found = WORD.search(phrase.lower())
    return found.group() if found else ""


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


def is_plural(demonym: str, demonyms: list[str]) -> bool:
    return demonym.endswith("s") and demonym[:-1] in demonyms

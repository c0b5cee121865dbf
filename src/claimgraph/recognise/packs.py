"""Gazetteer packs: Turtle files of known entities, read and merged into one entry table.

The bundled packs (`resources.GAZETTEER_PACKS`, in `ontology/`) are the world pack (states, cities and
regions, written by `ontology/build_world.py` from maintained datasets), the international
organisations, and the Karabakh domain pack (`gazetteer.ttl`); a user's own gazetteers come
after them. Merging goes in that order, each later pack above the earlier ones:

- the same id in two packs is one entity: its names, demonyms and identifiers are the
  union; its label, classes and span are the later pack's;
- a name (or demonym) a later pack gives to an entity is taken from the other entities of
  earlier packs, so that one name never names two entities across packs (within one pack,
  the pack decides); an entity left with no name is dropped;
- a name is foreign (`Entry.foreign`) when no pack gives it in English or in no particular
  language (untagged or "und"): "Qana"@az, Ghana in Azerbaijani, is a Lebanese village in an English text (`gazetteer`);
- a name the pack marks as also an English word (cg:wordName, `Entry.words`: the world pack's "Perm",
  "Pest") is read as the entity at a sentence's start only in a place's context (`recognise`);
- a name the pack marks as told only in a place's context (cg:contextName, `Entry.context`: the world pack's
  towns under its cities' cut-off, "Saraqib", "Knin") is read as the entity only there, wherever it stands;
- a pack above others with places of its own (ids no earlier pack holds, though their names may be
  known there: the Karabakh pack's Lachin is the world pack's Laçın district told as the conflict
  tells it; states, which are actors too, aside) is a conflict's pack, and those places are its story (`Entry.story`): a name it
  gives an entity of its own that is a general phrase, a common noun with or without a demonym before
  it ("Syrian fighters", "Russian peacekeepers", "eco-activists"), names that entity only in a source
  that tells the story (`Entry.general`, `recognise.story`): a Libya text's "Syrian fighters" are not
  the Karabakh pack's.

The merged table is cached per process and on disk (`load`): a build's workers read it
from the disk cache, and the tables the recognisers make of its names beside it (`derived`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from ..collector import collector_paused
from ..errors import GazetteerError
from ..lang import cues
from ..model import Entity
from ..rdf.terms import ALT_LABEL, CG, EXACT_MATCH, ID, LABEL, SAME_AS, TYPE, WD, tops
from ..rdf.trig import atomic_write_bytes
from ..resources import gazetteer_packs, load_pickled, package_fingerprint, prune, user_cache

T = TypeVar("T")
# Cache entries kept (`prune`): one is a table with all that is derived from it under its digest (about 28 MB
# for the bundled packs), or a pattern index of a user's table; the eight used last stay (~220 MB at most).
KEPT_ENTRIES = 8
ENGLISH, UNDETERMINED = "en", "und"  # language tags of names that match in English text


class Table(dict):
    """A merged entry table as `load` gives it (entity id -> `Entry`), named by `digest`: a hash of the
    package's code and every pack's bytes, which fix it and all that is derived from it (`derived`)."""

    digest: str = ""


@dataclass
class Entry:
    """One gazetteer entity and the names it is known by."""

    entity: Entity
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    force_of: str | None = None
    capital_of: str | None = None  # the state a settlement is the capital of
    country: str | None = None  # the state or territory a settlement or region lies in (cg:inCountry: `abroad`)
    suffixed: list[str] = field(default_factory=list)  # names in a language that glues suffixes on
    foreign: list[str] = field(default_factory=list)  # names no pack gives in English or untagged ("und")
    general: frozenset[str] = frozenset()  # general phrases among its names, case-folded: matched only in `story`
    story: frozenset[str] = frozenset()  # the ids of its conflict pack's own places (module docstring)
    words: frozenset[str] = frozenset()  # names English also writes as lower-case words (cg:wordName: "Perm")
    context: frozenset[str] = frozenset()  # names read as the entity only in a place's context (cg:contextName: "Knin")
    namesakes: frozenset[str] = frozenset()  # other countries with a town of its name (cg:namesakeIn: `abroad`)
    borders: frozenset[str] = frozenset()  # a country's neighbours (cg:borders: `abroad`)

    def __reduce__(self):
        """Pickled as its fields in order, made again by `Entry(*fields)`: the kept merged table (`cached`: 62,000
        entries) then reads back in 0.36-0.42 s of CPU instead of 0.58-0.65 s, a fixed cost of every process that
        extracts, without a dict of field names to make per entry. Equal to the entry pickled (tests/test_packs.py)."""
        return Entry, tuple(getattr(self, each.name) for each in fields(self))


@collector_paused()
def parse(path: Path, data: bytes | None = None) -> dict[str, Entry]:
    """Gazetteer entries by entity id, read from Turtle (the file at `path`, or its bytes `data` when
    given); a GazetteerError if the file cannot be read, is not Turtle, or names no entity. With the
    cyclic collector paused (`cached`): the world pack's parse takes 4.3 s of CPU instead of 7.4 s."""
    try:
        source = {"path": str(path)} if data is None else {"input": data}
        triples = list(ox.parse(**source, format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:
        raise GazetteerError(path, f"cannot be read as a Turtle gazetteer ({_first_line(exc)})") from None
    raw: dict[str, dict] = {}
    for triple in triples:
        s = triple.subject.value
        if s.startswith(ID):
            if (item := raw.get(eid := s[len(ID):])) is None:  # made once per entity, not once per triple
                item = raw[eid] = {"types": [], "names": [], "demonyms": [], "suffixed": [], "english": set(),
                                   "words": set(), "context": set(), "namesakes": set(), "borders": set()}
            _read(item, triple.predicate.value, triple.object)
    entries = {eid: _entry(eid, item) for eid, item in sorted(raw.items()) if "label" in item}
    if not entries:
        raise GazetteerError(path, f"has no entity with an rdfs:label under {ID} (see the README, "
                                   "\"Adding a gazetteer\")")
    return entries


def _read(item: dict, p: str, o) -> None:
    if p == TYPE and o.value.startswith(CG):
        item["types"].append(o.value[len(CG):])
    elif p == LABEL:
        item["label"] = (o.value, o.language or "en")
        _tag(item, o)
    elif p == ALT_LABEL:
        item["names"].append(o.value)
        _tag(item, o)
        if (o.language or "").split("-")[0] in cues("morphology").SUFFIXED:
            item["suffixed"].append(o.value)
    elif p in (CG + "startDate", CG + "endDate"):
        item[p[len(CG):]] = o.value
    elif p == CG + "demonym":
        item["demonyms"].append(o.value)
    elif p == CG + "wordName":
        item["words"].add(o.value)
    elif p == CG + "contextName":
        item["context"].add(o.value)
    elif p == SAME_AS and o.value.startswith(WD):
        item["wikidata"] = o.value[len(WD):]
    elif p == EXACT_MATCH:
        item["match"] = o.value
    elif p == CG + "forceOf":
        item["force_of"] = o.value[len(ID):]
    elif p == CG + "capitalOf":
        item["capital_of"] = o.value[len(ID):]
    elif p == CG + "inCountry":
        item["country"] = o.value[len(ID):]
    elif p in (CG + "namesakeIn", CG + "borders"):
        item["namesakes" if p == CG + "namesakeIn" else "borders"].add(o.value[len(ID):])


def _tag(item: dict, name) -> None:
    """Note a name the pack gives in English or in no particular language (untagged, "und"): the
    others are foreign."""
    if (name.language or UNDETERMINED).split("-")[0] in (ENGLISH, UNDETERMINED):
        item["english"].add(name.value)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _entry(eid: str, item: dict) -> Entry:
    label, lang = item["label"]
    start = item.get("startDate")
    span = (start, item.get("endDate") or start) if start else None
    entity = Entity(id=eid, label=label, lang=lang, classes=tuple(sorted(item["types"])) or ("Actor",),
                    wikidata=item.get("wikidata"), span=span, match=item.get("match"))
    names = sorted({label, *item["names"]})
    return Entry(entity=entity, names=names, demonyms=sorted(item["demonyms"]),
                 force_of=item.get("force_of"), capital_of=item.get("capital_of"), country=item.get("country"),
                 suffixed=sorted(item["suffixed"]), foreign=[n for n in names if n not in item["english"]],
                 words=frozenset(item["words"] & set(names)), context=frozenset(item["context"] & set(names)),
                 namesakes=frozenset(item["namesakes"]), borders=frozenset(item["borders"]))


def merge(tables: Sequence[dict[str, Entry]]) -> dict[str, Entry]:
    """One entry table from `tables`, each above the ones before it (module docstring)."""
    merged: dict[str, Entry] = {}
    owners: dict[str, set[str]] = {}  # a name or demonym, case-folded -> the ids it names
    for table in tables:
        table = _told(table, merged)
        given: dict[str, set[str]] = {}
        for eid, entry in table.items():
            for key in _keys(entry):
                given.setdefault(key, set()).add(eid)
        for key, eids in given.items():
            for loser in owners.get(key, set()) - eids:
                merged[loser] = _without(merged[loser], key)
            owners[key] = eids
        for eid, entry in table.items():
            merged[eid] = _combined(merged[eid], entry) if eid in merged else entry
    return {eid: _shared_empty(e) for eid, e in sorted(merged.items()) if e.names}


_EMPTY: frozenset[str] = frozenset()
_SETS = ("general", "story", "words", "context", "namesakes", "borders")  # an `Entry`'s frozenset fields


def _shared_empty(entry: Entry) -> Entry:
    """The entry with each of its empty frozensets the one `_EMPTY` (an equal entry). The merged table is
    kept pickled on disk and read back by every process that extracts (a one-shot rebuild too), and
    pickle writes and reads an object it has seen once: the world pack's 62,445 entries hold some
    250,000 empty sets, each made by its own `frozenset(...)`; shared, the table reads back in 0.27 s
    of CPU instead of 0.36 s."""
    empty = {name: _EMPTY for name in _SETS if not getattr(entry, name) and getattr(entry, name) is not _EMPTY}
    return replace(entry, **empty) if empty else entry


def _told(table: dict[str, Entry], earlier: dict[str, Entry]) -> dict[str, Entry]:
    """The pack's own entities with their general names held to its story, if it has places of its
    own (module docstring); else the pack as it is."""
    if not earlier:
        return table
    own = {eid: e for eid, e in table.items() if eid not in earlier}
    story = frozenset(eid for eid, e in own.items() if tops(e.entity.classes) == {"Place"})
    if not story:
        return table
    demonyms = {d for e in (*earlier.values(), *table.values()) for d in e.demonyms}
    return {eid: replace(e, general=_general(e.names, demonyms), story=story) if eid in own else e
            for eid, e in table.items()}


def _general(names: list[str], demonyms: set[str]) -> frozenset[str]:
    """The general phrases among `names`, case-folded, less those another name writes as a proper
    name ("Syrian civil war" beside "Syrian Civil War" is a name)."""
    general = {n.casefold() for n in names if is_general(n, demonyms)}
    return frozenset(general - {n.casefold() for n in names if not is_general(n, demonyms)})


def is_general(name: str, demonyms: set[str]) -> bool:
    """Is `name` a general phrase: common nouns written in lower case, with or without a demonym before
    them ("Syrian fighters", "ethnic Armenian forces", "eco-activists"; not "Armenian Army", "Wagner
    mercenaries", nor a name in a script without capitals, "გორი")."""
    words = name.replace("-", " ").split()
    return any(_common(w) for w in words) and all(_common(w) or w in demonyms for w in words)


def _common(word: str) -> bool:
    """A word written in lower case in a script that has capitals."""
    return word.islower() and word.title() != word


def _keys(entry: Entry) -> set[str]:
    return {n.casefold() for n in entry.names} | {"demonym:" + d.casefold() for d in entry.demonyms}


def _without(entry: Entry, key: str) -> Entry:
    if key.startswith("demonym:"):
        return replace(entry, demonyms=[d for d in entry.demonyms if "demonym:" + d.casefold() != key])
    return replace(entry, names=[n for n in entry.names if n.casefold() != key],
                   suffixed=[n for n in entry.suffixed if n.casefold() != key],
                   foreign=[n for n in entry.foreign if n.casefold() != key],
                   words=frozenset(n for n in entry.words if n.casefold() != key),
                   context=frozenset(n for n in entry.context if n.casefold() != key))


def _combined(old: Entry, new: Entry) -> Entry:
    entity = replace(new.entity, wikidata=new.entity.wikidata or old.entity.wikidata,
                     match=new.entity.match or old.entity.match)
    return Entry(entity=entity, names=sorted({*old.names, *new.names}), demonyms=sorted({*old.demonyms, *new.demonyms}),
                 force_of=new.force_of or old.force_of, capital_of=new.capital_of or old.capital_of,
                 country=new.country or old.country, suffixed=sorted({*old.suffixed, *new.suffixed}), foreign=_foreign(old, new),
                 general=old.general | new.general, story=old.story | new.story, words=old.words | new.words,
                 context=_context(old, new), namesakes=old.namesakes | new.namesakes, borders=old.borders | new.borders)


def _context(old: Entry, new: Entry) -> frozenset[str]:
    """The names of one entity told only in context in each pack that gives them: a name another pack gives
    plainly is read anywhere (a user's gazetteer naming a town the world pack holds in context)."""
    plain = {n for e in (old, new) for n in e.names if n not in e.context}
    return (old.context | new.context) - plain


def _foreign(old: Entry, new: Entry) -> list[str]:
    """The names of one entity foreign in each pack that gives them: one pack's English name is
    English whatever another tags it."""
    english = {n for e in (old, new) for n in e.names if n not in e.foreign}
    return sorted({*old.foreign, *new.foreign} - english)


def load(*paths: str | Path) -> dict[str, Entry]:
    """The bundled packs and then each gazetteer at `paths` (a user's own), merged.

    Cached: once per process, and on disk (`table_cache`), so that a build's workers and
    the next build read the 14,000 entries in 0.2 s rather than parse them in about 2 s.
    Both are keyed by the package's code and every file's bytes (hashed at each call, a few
    ms: a long-lived process sees a gazetteer edited since, `claimgraph build --watch`); an
    entry that cannot be read is made again."""
    files = [*gazetteer_packs(), *(Path(p) for p in paths)]
    digest = hashlib.sha256(package_fingerprint().encode())
    hashed = []
    for path in files:
        try:
            hashed.append((path, hashlib.sha256(path.read_bytes()).digest()))
        except OSError:
            parse(path)  # says which file and why, before any other pack is parsed
            return merge([parse(path) for path in files])  # it became readable meanwhile
        digest.update(hashed[-1][1])
    return _merged(digest.hexdigest(), tuple(hashed))


@lru_cache(maxsize=4)
def _merged(digest: str, files: tuple[tuple[Path, bytes], ...]) -> dict[str, Entry]:
    """The merged table of `files` (each with the hash of its bytes), which `digest` names (`load`): one
    object per table in a process, parsed from the very bytes hashed, so that a file edited meanwhile
    never puts its new entries under its former bytes' digest, here or on disk."""
    table = cached(table_cache() / f"{digest}.pickle", Table, lambda: Table(merge(_parsed_last_first(files))))
    table.digest = digest
    return table


def _parsed_last_first(files: tuple[tuple[Path, bytes], ...]) -> list[dict[str, Entry]]:
    """Each of `files` parsed (`_as_hashed`), in their order, the last first: a user's gazetteers come after
    the bundled packs, so that one that cannot be read is told at once, not after the world pack's parse.
    Beside a user's gazetteer the bundled packs are read as parsed by an earlier build (`_bundled_parsed`)."""
    bundled = len(gazetteer_packs())
    own = [parse(path, _as_hashed(path, sha)) for path, sha in reversed(files[bundled:])][::-1]
    if not own:
        return [parse(path, _as_hashed(path, sha)) for path, sha in files]
    return [*_bundled_parsed(files[:bundled]), *own]


def _bundled_parsed(files: tuple[tuple[Path, bytes], ...]) -> list[dict[str, Entry]]:
    """The bundled packs parsed, kept on disk beside their merged table (under its digest): a build with a
    gazetteer of the user's own, or an edit of it, parses only that file, not the world pack's 62,000
    entries again (15 s of CPU); a build with the bundled packs alone reads their merged table instead
    and keeps no parse."""
    digest = hashlib.sha256(package_fingerprint().encode() + b"".join(sha for _, sha in files)).hexdigest()
    return cached(table_cache() / f"{digest}.parsed.pickle", list,
                  lambda: [parse(path, _as_hashed(path, sha)) for path, sha in files])


def _as_hashed(path: Path, sha: bytes) -> bytes:
    """The bytes of `path`, which must still be those `load` hashed (`sha`)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(path, f"cannot be read ({exc.strerror})") from None
    if hashlib.sha256(data).digest() != sha:
        raise GazetteerError(path, "changed while it was being read; build again")
    return data


def derived(entries: dict[str, Entry], name: str, make: Callable[[], T]) -> T:
    """What `make` derives from every entry of `entries` (a recogniser's table of names: 0.02-0.2 s each
    from the world pack's 62,000 entities, a fixed cost of every process that extracts, a one-shot rebuild
    after one article changed too), kept on disk for a `Table` of `load` under its digest and `name`
    (`name` says what `make` makes; the digest fixes the code that makes it and the entries), so that the
    next process reads it instead; made afresh from any other table (a user's entries in hand, a test's)."""
    digest = getattr(entries, "digest", "")
    if not digest:
        return make()
    return cached(table_cache() / f"{digest}.{name}.pickle", object, make)


@collector_paused()
def cached(path: Path, kind: type, make: Callable[[], T]) -> T:
    """The `kind` pickled at `path` (`load_pickled`: an entry that cannot be read is a miss), else
    `make()`, kept there for the next process (where the cache cannot be written, not kept).

    With the cyclic collector paused: a table is some 600,000 objects without cycles, which each
    collection falling due as they are read or made would walk again (the bundled packs' merged table
    reads back in 0.8 s of CPU instead of 2.3 s; the recognisers of a user's gazetteer, merged with the
    bundled packs as parsed before, are made in 17 s instead of 25 s)."""
    if (found := load_pickled(path, kind)) is not None:
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: `prune` keeps those used last
        return found
    made = make()
    with contextlib.suppress(OSError):
        atomic_write_bytes(path, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
        prune(path.parent, KEPT_ENTRIES)  # entries of a former code or pack are never read again
    return made


def table_cache() -> Path:
    """Where merged entry tables and their pattern indexes (`patterns.index`) are kept:
    $XDG_CACHE_HOME/claimgraph/gazetteer (~/.cache/...)."""
    return user_cache("gazetteer")

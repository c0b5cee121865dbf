"""Plain data passed between the stages of the pipeline.

    SourceMeta -> Document -> Mention -> (Entity) -> Claim

Offsets are Unicode code-point offsets into `Document.text`, the text exactly as decoded
(no newline or space normalisation), so that `text[start:end]` is always the quote.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class SourceMeta:
    """What the manifest (or the file itself) says about one source."""

    id: str
    path: str
    title: str | None = None
    creators: tuple[str, ...] = ()
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    doi: str | None = None
    url: str | None = None
    license: str | None = None  # an IRI
    language: str | None = None
    publisher: str | None = None
    encoding: str | None = None
    sha256: str | None = None  # expected SHA-256 of the file, when the manifest records it


@dataclass(frozen=True)
class Block:
    """A span of the text with one role and one language.

    role is "body" (extracted from), or a kind of page furniture that extraction skips:
    "furniture", "citation", "licence", "byline", "metadata".
    """

    start: int
    end: int
    role: str
    lang: str


@dataclass(frozen=True)
class Document:
    """A source read into text: the text offsets point into, and its blocks."""

    meta: SourceMeta
    text: str
    blocks: tuple[Block, ...]
    sha256: str  # of the file's bytes
    media_type: str
    text_sha256: str | None = None  # of text.encode("utf-8"), when text was extracted

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "body"]


def hashed_once(item) -> int:
    """A frozen dataclass's hash, made once and kept: the hash the dataclass makes (of its compared fields' tuple, so
    sets and dicts keep their order), for the objects the stages key their tables on and look up again and again (a
    `Mention` in a resolution's, `recognise.Sentence` in the caches of `extract.scope`). Not pickled
    (`unhashed_state`): a string's hash differs from process to process."""
    try:
        return item._hash
    except AttributeError:
        hashed = hash(tuple(getattr(item, f.name) for f in fields(item) if (f.compare if f.hash is None else f.hash)))
        object.__setattr__(item, "_hash", hashed)
        return hashed


def unhashed_state(item) -> dict:
    """The fields only, to pickle: the hash kept by `hashed_once` is this process's."""
    return {key: value for key, value in item.__dict__.items() if key != "_hash"}


@dataclass(frozen=True)
class Mention:
    """A span that names something: an entity, a date, an event or agreement phrase.

    kind is "entity", "date", "dateline" (the text's own date, see `extract.dates`), "trigger"
    or "quantity". For entities, `entity` is the gazetteer id
    when known, and `cls` the most specific class; `value` holds a date's normalised
    form ("2020-09-27"), a quantity's number, or the name of an entity its words only
    stand in ("Donetsk People's Republic" for "Donetsk" in "the Donetsk and Luhansk
    People's Republics").
    """

    start: int
    end: int
    text: str
    kind: str
    cls: str
    method: str
    lang: str
    entity: str | None = None
    value: str | None = None

    __hash__ = hashed_once  # a resolution's table is keyed on mentions, looked up some twenty times each
    __getstate__ = unhashed_state


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one canonical name, its classes, its identity."""

    id: str
    label: str
    lang: str
    classes: tuple[str, ...]
    wikidata: str | None = None
    span: tuple[str, str] | None = None  # when a known event or agreement happened (first, last day)
    match: str | None = None  # the same thing in another dataset (skos:exactMatch), a GeoNames feature


@dataclass(frozen=True)
class Literal:
    """A typed or language-tagged literal value of a claim."""

    value: str
    datatype: str | None = None
    lang: str | None = None

    def __repr__(self) -> str:
        """The dataclass's repr, written out: claims are sorted and keyed by `str(obj)`, for every
        claim of a build, and the generated one costs twice as much."""
        return f"Literal(value={self.value!r}, datatype={self.datatype!r}, lang={self.lang!r})"


@dataclass(frozen=True)
class Claim:
    """One triple that one source states, with the exact words behind it.

    `obj` is an entity id (str) for relations, a class name for typing (predicate
    "type"), or a Literal. Predicates are local names in the cg: namespace, or "type",
    "altLabel".
    """

    source: str
    subject: str
    predicate: str
    obj: str | Literal
    start: int
    end: int
    exact: str
    method: str
    modality: str = "Asserted"
    attributed_to: str | None = None
    derived: bool = False

    def __repr__(self) -> str:
        """The dataclass's repr, written out: a rebuild keys each group of claims compared by its
        repr (`Cache.group_key`), every claim of the corpus, and the generated one costs twice as much."""
        return (f"Claim(source={self.source!r}, subject={self.subject!r}, predicate={self.predicate!r}, "
                f"obj={self.obj!r}, start={self.start!r}, end={self.end!r}, exact={self.exact!r}, "
                f"method={self.method!r}, modality={self.modality!r}, attributed_to={self.attributed_to!r}, "
                f"derived={self.derived!r})")


def unique_claims(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per (source, triple, span), in text order: the claim IRI is minted from these, so two would clash."""
    kept: dict[tuple, Claim] = {}
    for claim in sorted(claims, key=lambda c: (c.start, c.end, c.subject, c.predicate, str(c.obj), c.method)):
        kept.setdefault((claim.source, claim.subject, claim.predicate, str(claim.obj), claim.start, claim.end), claim)
    return list(kept.values())


CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
claim_row = operator.attrgetter(*CLAIM_FIELDS)  # a claim as the tuple of its fields, in `CLAIM_FIELDS` order


def claim_of(row: tuple) -> Claim:
    """The claim of a `claim_row`: how claims cross to another process in bulk, since a tuple of
    strings pickles and unpickles in a third of a dataclass's time. Fields are set as they are,
    without the frozen `__init__`, which would cost twice this."""
    claim = object.__new__(Claim)
    claim.__dict__.update(zip(CLAIM_FIELDS, row))
    return claim


@dataclass
class Extraction:
    """Everything extracted from one document: what the RDF stage needs."""

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # entity ids that cross-source linking replaced: old -> new


@dataclass(frozen=True)
class Step:
    """How far a build is: `done` of `total` sources through `stage` ("read", "link", "compare",
    "write"); `item` is the source just done, when the stage goes source by source. Every stage
    reports 0 when it starts and `total` when it ends without error."""

    stage: str
    done: int
    total: int
    item: str = ""


Progress = Callable[[Step], None]

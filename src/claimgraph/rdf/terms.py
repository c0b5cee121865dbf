"""The vocabulary of the RDF contract: namespaces, class and relation names, IRI minting.

Everything that decides an IRI lives here, so that the same input always gives the same
IRIs (DESIGN.md, "The RDF contract"). Terms are plain strings: RDF objects appear only
when the dataset is written (`claimgraph.rdf.dataset`).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable

CG = "https://w3id.org/claimgraph/ontology#"
ID = "https://w3id.org/claimgraph/id/"
CLAIM = "https://w3id.org/claimgraph/claim/"
SOURCE = "https://w3id.org/claimgraph/source/"
COMPARISON = "https://w3id.org/claimgraph/comparison/"
SIDE = "https://w3id.org/claimgraph/side/"
SIDE_GROUP = "https://w3id.org/claimgraph/sidegroup/"
SPAN = "https://w3id.org/claimgraph/span/"
QUOTE = "https://w3id.org/claimgraph/quote/"
POSITION = "https://w3id.org/claimgraph/position/"
WD = "http://www.wikidata.org/entity/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
BIBO = "http://purl.org/ontology/bibo/"

PREFIXES = {
    "cg": CG, "id": ID, "claim": CLAIM, "source": SOURCE, "span": SPAN, "quote": QUOTE, "position": POSITION, "wd": WD,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "prov": PROV, "oa": OA, "dcterms": DCTERMS, "schema": SCHEMA, "bibo": BIBO,
}

TYPE = RDF + "type"
LABEL = RDFS + "label"
ALT_LABEL = SKOS + "altLabel"
SAME_AS = OWL + "sameAs"
EXACT_MATCH = SKOS + "exactMatch"

TOP_CLASSES = ("Actor", "Place", "Agreement", "Event")

# Each subclass and the top classes it falls under. A state is both an actor and a place
# (DESIGN.md: "Azerbaijan the state acts; Azerbaijan the territory is a place").
SUBCLASSES: dict[str, tuple[str, ...]] = {
    "State": ("Actor", "Place"),
    "Person": ("Actor",),
    "Organization": ("Actor",),
    "InternationalOrganization": ("Actor",),
    "Government": ("Actor",),
    "ArmedForce": ("Actor",),
    "ArmedGroup": ("Actor",),
    "PopulationGroup": ("Actor",),
    "Region": ("Place",),
    "District": ("Place",),
    "Settlement": ("Place",),
    "Ceasefire": ("Agreement",),
    "Treaty": ("Agreement",),
    "Resolution": ("Agreement",),
    "Protocol": ("Agreement",),
    "Armistice": ("Agreement",),
    "Statement": ("Agreement",),
    "War": ("Event",),
    "Battle": ("Event",),
    "Offensive": ("Event",),
    "Attack": ("Event",),
    "Clash": ("Event",),
    "Siege": ("Event",),
    "Blockade": ("Event",),
    "Operation": ("Event",),
    "Occupation": ("Event",),
    "Mobilisation": ("Event",),
    "Demobilisation": ("Event",),
    "MartialLaw": ("Event",),
    "StateOfEmergency": ("Event",),
    "Withdrawal": ("Event",),
    "Deployment": ("Event",),
    "Displacement": ("Event",),
    "Evacuation": ("Event",),
    "Release": ("Event",),
    "Arrest": ("Event",),
    "Detention": ("Event",),
    "Abduction": ("Event",),
    "Trial": ("Event",),
    "Signing": ("Event",),
    "Collapse": ("Event",),
    "Transfer": ("Event",),
    "Killing": ("Event",),
    "Capture": ("Event",),
    "Surrender": ("Event",),
    "Coup": ("Event",),
    "Looting": ("Event",),
    "Negotiation": ("Event",),
    "Meeting": ("Event",),
    "Referendum": ("Event",),
    "Election": ("Event",),
    "Resignation": ("Event",),
    "Appointment": ("Event",),
    "Independence": ("Event",),
    "Ruling": ("Event",),
    "Rupture": ("Event",),
    "Restoration": ("Event",),
    "Exercise": ("Event",),
    "Proclamation": ("Event",),
    "Founding": ("Event",),
    "Investigation": ("Event",),
    "Protest": ("Event",),
    "EntryIntoForce": ("Event",),
    "Termination": ("Event",),
    "Violation": ("Event",),
    "WithdrawalFromAgreement": ("Event",),
}

# An event class that narrows another, not its top class alone (the ontology's rdfs:subClassOf): an abduction
# is a detention (a captivity that begins by force, with no authority of law), so a query for detentions finds it.
NARROWER: dict[str, str] = {"Abduction": "Detention"}


def top_classes(cls: str) -> tuple[str, ...]:
    """The top classes a class name falls under (a top class falls under itself)."""
    if cls in TOP_CLASSES:
        return (cls,)
    return SUBCLASSES[cls]


@functools.cache
def tops(classes: tuple[str, ...]) -> frozenset[str]:
    """The top classes of an entity of these classes: asked for every mention and every
    candidate link, of a few hundred distinct tuples, so cached."""
    return frozenset(t for c in classes for t in top_classes(c))


# Relations between entities, with their domain and range top classes.
RELATIONS: dict[str, tuple[str, str]] = {
    "hasActor": ("Event", "Actor"),
    "hasPlace": ("Event", "Place"),
    "initiatedBy": ("Event", "Actor"),
    "target": ("Event", "Actor"),
    "party": ("Agreement", "Actor"),
    "mediator": ("Agreement", "Actor"),
    "ends": ("Agreement", "Event"),
    "establishes": ("Agreement", "Event"),
    "ofAgreement": ("Event", "Agreement"),
    "partOf": ("Event", "Event"),
    "supportedBy": ("Actor", "Actor"),
    "represents": ("Actor", "Actor"),
    # What an agreement did to a state (sub-properties of cg:affectsState): exclusive effects contradict.
    "createsState": ("Agreement", "Place"),
    "preservesState": ("Agreement", "Place"),
    "dissolvesState": ("Agreement", "Place"),
    "partitionsState": ("Agreement", "Place"),
    "recognisesState": ("Agreement", "Place"),
}
STATEHOOD = "affectsState"  # the relation their comparisons are of
STATEHOOD_RELATIONS = ("createsState", "preservesState", "dissolvesState", "partitionsState", "recognisesState")

# Relations to literals: dates (xsd:date, xsd:gYearMonth or xsd:gYear) and quantities.
DATE_RELATIONS = ("startDate", "endDate", "date")
QUANTITY_RELATIONS = ("deaths", "displaced", "abducted", "missing", "territoryShare", "durationDays", "votesFor", "votesAgainst")
VOTE_RELATIONS = ("votesFor", "votesAgainst")  # counts of a ballot's votes: said of a referendum or an election


# How two or more sources' claims on one thing compare (claimgraph.combine.compare), most severe first.
VERDICTS = ("Contradicts", "Denied", "Alleged", "Differs", "NamedDifferently", "Corroborated")


def cg(name: str) -> str:
    return CG + name


def slug(text: str) -> str:
    """A lower-case ASCII slug: stable across runs, platforms and Unicode forms."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def entity_iri(entity_id: str) -> str:
    return ID + entity_id


def source_iri(source_id: str) -> str:
    return SOURCE + source_id


def span_iri(source_id: str, start: int, end: int) -> str:
    """The IRI of a span of a source's text (a Web Annotation target, of its source): every claim that cites
    those words points at it. Unambiguous, since a span has no dot and a source id is a slug."""
    return f"{SPAN}{source_id}.{start}-{end}"


def quote_iri(exact: str) -> str:
    """The IRI of a quote selector: exact words, whichever source and span they are at (a name
    used again, or by another source, is quoted once in a dataset). A selector says which words
    to select, not where: the source is its target's (`oa:hasSource`)."""
    return QUOTE + quote_digest(exact)


def position_iri(start: int, end: int) -> str:
    """The IRI of a position selector: code points start to end, of whichever source's text a
    target selects them in (its `oa:hasSource`), so one serves every span at those offsets."""
    return f"{POSITION}{start}-{end}"


@functools.lru_cache(maxsize=1 << 16)
def quote_digest(exact: str) -> str:
    """The part of a quote selector's IRI after `QUOTE`: the same names recur in every source."""
    return _digest((exact,))


def comparison_iri(*parts: object) -> str:
    """A comparison IRI from its subject, relation and claims: stable."""
    return COMPARISON + _digest(parts)


def side_iri(comparison: str, key: str) -> str:
    """A side IRI from its comparison's IRI and its key (a value, stance, name or word): stable."""
    return SIDE + _digest((comparison, key))


def side_group_iri(comparison: str, keys: Iterable[str]) -> str:
    """A side group's IRI from its comparison's IRI and the keys of all its sides, in the
    comparison's order: stable, and a group of other sides (another build's, with a value that
    sorts among them) has another IRI."""
    return SIDE_GROUP + _digest((comparison, *keys))


def _digest(parts: tuple) -> str:
    return digest("\x1f".join(map(str, parts)))


def digest(joined: str) -> str:
    """What a minted IRI ends in: the first 20 hexadecimal digits of the SHA-256 of its parts, each
    written as `str` gives it, joined by U+001F (`joined`)."""
    return hashlib.sha256(joined.encode()).hexdigest()[:20]

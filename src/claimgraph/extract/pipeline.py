"""The extraction pipeline: one source's recognised sentences in, its claims out, stage by stage.

In the spirit of spaCy's components: each stage is registered under a name, owns one
concern, and carries the version its output records (`cg:method` on a claim; a stage's
version changes when its behaviour does). A stage takes the source's `Draft` and gives the
next one; the build runs `PIPELINE` in order, so a stage sees everything the ones before
it made:

    anchor     dates      relative dates and the document's own date, against the source's date
    metonymy   mentions   a capital named as who acts stands for its state ("Tbilisi's assault")
    resolve    entities   mentions to entities within the source (coreference)
    pronouns   entities   a pronoun subject names what the source named last ("It was concluded ...")
    clauses    relations  typing, names, and what one clause states (claims.py)
    dates      dates      startDate / endDate / date of each event and agreement
    roles      roles      who began it, against whom, who signed, who mediated
    offices    roles      the state a person acts for, read from their title ("the president of Serbia X")
    statehood  roles      what an agreement did to a state ("This agreement created a sovereign Bosnia")
    timeline   order      what came before or after what
    openings   dates      the act that opened a war gives it its start and initiator ("a surprise attack"), and
                          the act an event "began, when" X did gives it X's roles
    modality   modality   reported, alleged, denied, hedged: the holder and scope of each claim

A new stage is a `Stage` given to `register`; its name goes into a pipeline tuple.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..model import Claim, Document, unique_claims
from ..recognise import Sentence
from ..recognise.packs import Entry
from . import claims, dates, governments, metonymy, modality, offices, openings, pronouns, roles, statehood, timeline
from .resolve import NAME as RESOLVE, Known, Resolution, Resolver


@dataclass(frozen=True)
class Draft:
    """One source between stages: what the stages before have made of it."""

    document: Document
    sentences: list[Sentence]
    known: Known  # the gazetteer's entities, indexed for the resolver
    gazetteer: Mapping[str, Entry]
    resolution: Resolution | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    name: str
    methods: tuple[str, ...]  # what its claims carry as cg:method, its own version first
    run: Callable[[Draft], Draft]


STAGES: dict[str, Stage] = {}
PIPELINE = ("anchor", "metonymy", "resolve", "pronouns", "clauses", "dates", "roles", "offices", "statehood", "timeline",
            "openings", "modality")


def register(stage: Stage) -> Stage:
    """Add a stage to the registry; a name is registered once (a second stage of one name is a mistake)."""
    if stage.name in STAGES:
        raise ValueError(f"stage {stage.name!r} is already registered ({STAGES[stage.name].methods[0]})")
    STAGES[stage.name] = stage
    return stage


def run(draft: Draft, names: Sequence[str] = PIPELINE) -> Draft:
    for name in names:
        draft = STAGES[name].run(draft)
    return draft


def _anchor(draft: Draft) -> Draft:
    """Relative dates read against the source's date; a text that states its own date (a
    dateline) dates the document when the manifest gives none."""
    document = draft.document
    sentences = dates.anchored(draft.sentences, document.text, document.meta.date)
    if not document.meta.date and (own := dates.document_date(sentences)):
        document = replace(document, meta=replace(document.meta, date=own))
    return replace(draft, document=document, sentences=sentences)


def _resolve(draft: Draft) -> Draft:
    resolver = Resolver(draft.document.meta.id, draft.document.text, draft.known, draft.document.meta.date)
    return replace(draft, resolution=resolver(draft.sentences))


def _metonymy(draft: Draft) -> Draft:
    return replace(draft, sentences=metonymy.resolve(draft.document.text, draft.sentences, draft.gazetteer))


def _pronouns(draft: Draft) -> Draft:
    """On a copy of the resolution's mentions (the only part `pronouns.resolve` changes): a Draft is never changed."""
    resolution = replace(draft.resolution, of=dict(draft.resolution.of))
    sentences = pronouns.resolve(draft.document.text, draft.sentences, resolution)
    return replace(draft, sentences=sentences, resolution=resolution)


def _claims_of(extract: Callable) -> Callable[[Draft], Draft]:
    """A stage that adds the claims `extract(source_id, text, sentences, resolution)` yields."""
    def stage(draft: Draft) -> Draft:
        made = extract(draft.document.meta.id, draft.document.text, draft.sentences, draft.resolution)
        return replace(draft, claims=[*draft.claims, *made])
    return stage


def _openings(draft: Draft) -> Draft:
    """The claims made, with what the acts that opened a war or an event say of it (`openings`)."""
    text, res = draft.document.text, draft.resolution
    opened = [*openings.extract(draft.claims, res), *openings.told_opened(draft.claims, text, draft.sentences, res)]
    return replace(draft, claims=[*draft.claims, *opened])


def _modality(draft: Draft) -> Draft:
    """The claims made, each once, marked with the modality its sentence gives them."""
    marked = modality.mark(unique_claims(draft.claims), draft.document.text, draft.sentences, draft.resolution)
    return replace(draft, claims=marked)


for stage in (
    Stage("anchor", (dates.RELATIVE,), _anchor),
    Stage("metonymy", (metonymy.NAME,), _metonymy),
    Stage("resolve", (RESOLVE,), _resolve),
    Stage("pronouns", (pronouns.NAME, governments.NAME), _pronouns),
    Stage("clauses", (claims.NAME,), _claims_of(claims.extract)),
    Stage("dates", (dates.NAME, dates.TIMELINE), _claims_of(dates.extract)),
    Stage("roles", (roles.NAME,), _claims_of(roles.extract)),
    Stage("offices", (offices.NAME,), _claims_of(offices.extract)),
    Stage("statehood", (statehood.NAME,), _claims_of(statehood.extract)),
    Stage("timeline", (timeline.NAME,), _claims_of(timeline.extract)),
    Stage("openings", (openings.NAME,), _openings),
    Stage("modality", (modality.NAME,), _modality),
):
    register(stage)

"""The extraction pipeline: registered stages, run in order, each claim traceable to the stage that made it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.extract import claims, dates, pipeline, roles
from claimgraph.model import SourceMeta
from claimgraph.read import read
from claimgraph.recognise import gazetteer, gazetteer_of, patterns, recognise
from claimgraph.run.build import known_entities

from .conftest import CORPUS

TEXT = ("On 27 September 2020, Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh. "
        "Armenia accused Azerbaijan of shelling Stepanakert.")


def _draft(folder, recognisers, text: str = TEXT, date: str | None = "2020-09-28") -> pipeline.Draft:
    (folder / "t.txt").write_text(text, encoding="utf-8")
    document = read(SourceMeta(id="t", path="t.txt", date=date, language="en"), folder)
    return pipeline.Draft(document, recognise(document, recognisers), known_entities(recognisers),
                          gazetteer_of(recognisers))


def _recognised(recognisers) -> set[str]:
    """The methods of typing and name claims: a recogniser's name; the gazetteer's other ways of matching."""
    return {r.name for r in recognisers} | {patterns.METHOD_FORCE, patterns.METHOD_DEMONYM, gazetteer.METHOD_STEM}


def test_each_stage_adds_its_own_claims_to_what_the_stages_before_made(tmp_path, recognisers):
    draft = _draft(tmp_path, recognisers)
    seen: list[str] = []
    allowed = _recognised(recognisers)  # a mention an earlier stage retyped carries that stage's method
    for name in pipeline.PIPELINE:
        allowed |= set(pipeline.STAGES[name].methods)
        after = pipeline.STAGES[name].run(draft)
        new = {c.method for c in after.claims} - {c.method for c in draft.claims}
        assert new <= allowed, name
        seen += sorted(new)
        draft = after
    assert {claims.NAME, dates.NAME, roles.NAME} <= set(seen)
    offensive = next(c for c in draft.claims if c.predicate == "startDate")
    assert offensive.obj.value == "2020-09-27"


def test_modality_marks_the_claims_of_the_stages_before_it(tmp_path, recognisers):
    draft = pipeline.run(_draft(tmp_path, recognisers))
    accused = [c for c in draft.claims if c.exact.startswith("Armenia accused") and c.predicate != "type"]
    assert {(c.predicate, c.obj, c.modality) for c in accused} == {("hasActor", "azerbaijan", "Unconfirmed"),
                                                                   ("hasPlace", "stepanakert", "Unconfirmed")}
    before = pipeline.run(_draft(tmp_path, recognisers), pipeline.PIPELINE[:-1])
    assert {c.modality for c in before.claims} == {"Asserted"}


def test_a_text_without_a_date_of_its_own_takes_its_dateline(tmp_path, recognisers):
    draft = pipeline.run(_draft(tmp_path, recognisers, "BAKU, Oct 11, 2020 (Reuters) - Armenia shelled Ganja.",
                                date=None), ("anchor",))
    assert draft.document.meta.date == "2020-10-11"


def test_a_stage_is_registered_once_and_runs_where_a_pipeline_names_it(tmp_path, recognisers, monkeypatch):
    monkeypatch.setattr(pipeline, "STAGES", dict(pipeline.STAGES))
    with pytest.raises(ValueError, match="'roles' is already registered"):
        pipeline.register(pipeline.STAGES["roles"])
    only_events = pipeline.Stage("only-events", ("only-events.v1",),
                                 lambda d: replace(d, claims=[c for c in d.claims if c.predicate == "type"]))
    pipeline.register(only_events)
    draft = pipeline.run(_draft(tmp_path, recognisers), (*pipeline.PIPELINE, "only-events"))
    assert draft.claims and {c.predicate for c in draft.claims} == {"type"}


def test_the_bundled_corpus_claims_name_only_registered_methods(corpus, recognisers):
    methods = {m for stage in pipeline.STAGES.values() for m in stage.methods} | _recognised(recognisers)
    for meta in corpus.sources:
        document = read(meta, CORPUS)
        draft = pipeline.run(pipeline.Draft(document, recognise(document, recognisers), known_entities(recognisers),
                          gazetteer_of(recognisers)))
        assert {c.method for c in draft.claims} <= methods

"""Two states' forces told with one noun (`recognise.joint_forces`): "Ethiopian and Eritrean troops" names the
Ethiopian forces as much as the Eritrean ones, not the state of Ethiopia. On a sentence of a fresh text that was
misread, one of the development set, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, cls, forces, state", [
    ("On 5 March Ethiopian and Cuban forces retook Jijiga after outflanking the Somali positions at the Marda Pass.",
     "Capture", {"ethiopian-armed-forces", "cuban-armed-forces"}, "ethiopia"),
    ('"Ethiopian and Eritrean troops carried out multiple war crimes in their offensive to take control of Axum," '
     "said Deprose Muchena of Amnesty International.", "Offensive",
     {"ethiopian-armed-forces", "eritrean-armed-forces"}, "ethiopia"),
    ("In January Russian, Armenian and Belarusian troops were deployed to Almaty.", "Deployment",
     {"russian-armed-forces", "armenian-armed-forces", "belarusian-armed-forces"}, "russia")])
def test_a_demonym_listed_before_another_states_forces_names_its_own_forces(claims_of, text, cls, forces, state):
    """"Ethiopian and Cuban forces retook Jijiga": the Ethiopian forces retook it with the Cuban ones; the
    demonym before "and" shares the noun of the forces, it does not name the state."""
    claims = claims_of(text, date="1978-03-06")
    actors = values(claims, the_one(claims, cls), "hasActor")
    assert forces <= actors and state not in actors


@pytest.mark.parametrize("text, state", [
    ("Pro-Russian and Ukrainian forces clashed near Donetsk.", "russian-armed-forces"),
    ("Turkish-backed and Kurdish forces clashed near Manbij.", "turkish-armed-forces")])
def test_a_demonym_inside_a_compound_names_no_forces_of_its_state(claims_of, text, state):
    """"Pro-Russian and Ukrainian forces": the Russian forces are whom one side favours, "Turkish-backed" who backs
    it; neither names its state's forces."""
    claims = claims_of(text, date="2016-01-01")
    assert not typed(claims, "ArmedForce") & {state}


def test_two_name_recognisers_read_shared_heads_once(monkeypatch, tmp_path):
    """With two `NamesInContext` recognisers the names of "the Donetsk and Luhansk People's Republics" are read
    once, with the forces of both (not once for each)."""
    from claimgraph.recognise import stack
    from claimgraph.model import SourceMeta
    from claimgraph.recognise.names import NamesInContext
    from claimgraph.run.build import extract

    calls = []
    real = stack._shared_heads
    monkeypatch.setattr(stack, "_shared_heads", lambda doc, found: calls.append(doc) or real(doc, found))
    recognisers = stack.default_recognisers()
    names = next(r for r in recognisers if isinstance(r, NamesInContext))
    (tmp_path / "t.txt").write_text("Ethiopian and Eritrean troops took Axum.\n", encoding="utf-8")
    extract(SourceMeta(id="t", path="t.txt", date="2021-01-01", language="en"), tmp_path, [*recognisers, names])
    assert len(calls) == 1

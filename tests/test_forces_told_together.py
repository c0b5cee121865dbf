"""Two states' forces told with one noun (`recognise.joint_forces`): "Ethiopian and Eritrean troops" names the
Ethiopian forces as much as the Eritrean ones, not the state of Ethiopia. On a sentence of a fresh text that was
misread, one of the development set, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


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

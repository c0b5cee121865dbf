"""Guards of the review of events27a (session 27): sentences its rules misread, mended.

Armed men sent somewhere (`recognise.dispatches`) are not the hurt, the dead or the captured carried somewhere
("rushed the wounded soldiers to a field hospital"), nor armed men owning what is sent ("sent soldiers' families to
safety"); armed men ordered to do a task are sent nowhere ("ordered troops to patrol the streets"); the rule's gains
stay ("Iran rushed reinforcements to the front", "ordered two brigades to southern Lebanon").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Medics rushed the wounded soldiers to a field hospital on 3 June.",
    "A helicopter airlifted injured troops to Nairobi in March.",
    "The Red Cross sent captured soldiers to a camp in the north in May.",
    "The ministry sent soldiers' families to safety in April."])
def test_the_hurt_and_the_owners_sent_somewhere_are_no_deployment(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "Iran rushed reinforcements to the front in July 1982.",
    "The French dispatched warships to the Gulf in 1987.",
    "In 1983 the United States sent Marines to Beirut as peacekeepers."])
def test_armed_men_sent_still_deployed(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "The court ordered 200 soldiers to appear before it in May.",
    "In March the general ordered troops to patrol the streets.",
    "The president ordered soldiers to crush the protest in June."])
def test_armed_men_ordered_to_a_task_are_no_deployment(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "The king ordered his army to the north in 1066.",
    "In May the president ordered 3,000 troops to Mogadishu.",
    "In 1978 the government ordered two brigades to southern Lebanon.",
    "The general ordered the army's tanks to the capital in 1973."])
def test_armed_men_ordered_to_a_place_are_still_deployed(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Deployment"), text

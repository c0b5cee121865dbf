"""Which act of its clause a place or an actor belongs to (`extract.attach`, `extract.clause_roles`): the act whose
word governs it, not every act of the clause; no act before a verb of will or speech; no state for a demonym of
the victims or a minority. Each on a sentence of a held-out text that was misread, and one of another conflict."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, first, second, places", [
    ("The fighting broke a ceasefire signed in Accra, Ghana, on June 17 by the government, LURD and a second rebel "
     "group, the Movement for Democracy in Liberia (MODEL), which controls much of the south-east.",
     "Clash", "Signing", {"accra", "ghana"}),
    ("The clashes broke a truce signed in Minsk, Belarus, in September.", "Clash", "Signing", {"minsk", "belarus"})])
def test_a_place_after_a_later_act_is_that_acts_not_the_earlier_ones(claims_of, text, first, second, places):
    """"The fighting broke a ceasefire signed in Accra, Ghana": the place follows the signing's word, which governs
    it; the fighting was not in Accra."""
    claims = claims_of(text, date="2003-07-22")
    assert values(claims, the_one(claims, second), "hasPlace") == places
    assert not values(claims, the_one(claims, first), "hasPlace")


@pytest.mark.parametrize("text, taken, threatened", [
    ("In June NLA fighters seized Aracinovo, a village a few kilometres from the capital, threatening Skopje airport "
     "and the country's only oil refinery.", "aracinovo", "skopje-airport"),
    ("In March Russian forces seized Hostomel airport, threatening Kyiv.", "hostomel-airport", "kyiv")])
def test_the_object_of_a_verb_of_threat_is_no_place_of_the_act_before_it(claims_of, text, taken, threatened):
    """"seized Aracinovo, threatening Skopje airport": the airport was threatened, not taken; a verb of will, speech
    or judgement governs its own object."""
    claims = claims_of(text, date="2001-07-01")
    places = values(claims, the_one(claims, "Capture"), "hasPlace")
    assert taken in places and threatened not in places


@pytest.mark.parametrize("text, state", [
    ("The NLA was accused of abducting Macedonian civilians near Tetovo, which its commanders denied.",
     "north-macedonia"),
    ("Boko Haram fighters abducted Nigerian schoolgirls near Maiduguri.", "nigeria")])
def test_a_demonym_of_the_victims_names_no_actor(claims_of, text, state):
    """"abducting Macedonian civilians": the demonym names the victims, not the state that acted."""
    claims = claims_of(text, date="2001-07-01")
    abduction = the_one(claims, "Abduction")
    assert state not in values(claims, abduction, "hasActor") | values(claims, abduction, "initiatedBy")


@pytest.mark.parametrize("text, state", [
    ("The NLA, led by Ali Ahmeti, said it was fighting for greater rights for the Albanian minority, which made up "
     "about a quarter of the population.", "albania"),
    ("Interfront said it was fighting for the rights of the Russian minority in Transnistria.", "russia")])
def test_a_demonym_of_a_minority_names_no_actor(claims_of, text, state):
    """"fighting for greater rights for the Albanian minority": a minority of the land, not the state of Albania."""
    claims = claims_of(text, date="2001-07-01")
    assert not {(s, p) for s, p, o, _ in claims if o == state and p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("text, cls, predicate, name", [
    ("The document was initialled following a three-week peace conference at the Wright-Patterson Airforce Base in "
     "Dayton, Ohio on 21 November 1995, led by then US Secretary of State Warren Christopher.",
     "Signing", "hasPlace", "dayton"),
    ("On 6 August 1996 Chechen fighters under Aslan Maskhadov retook Grozny in a surprise attack, trapping thousands "
     "of Russian troops.", "Capture", "target", "russian-armed-forces")])
def test_an_act_that_sets_the_scene_or_a_hanging_participle_keeps_the_name_the_earlier_acts(
        claims_of, text, cls, predicate, name):
    """A conference named after "following" sets the scene of the initialling (Dayton is the initialling's place
    too); a participle after a comma ("trapping") hangs on the retaking past the attack its phrase names."""
    claims = claims_of(text, date="1996-09-01")
    assert name in values(claims, the_one(claims, cls), predicate)

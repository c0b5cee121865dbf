"""Who and where on an act whose names a comma, a point in time or a speaker's words set apart (`extract.claims`,
`extract.attach`): the demonym of an act named as a point in time, the name an object relative clause hangs on, a
second act told by a verb after "before" / "after", an act a speaker only names. Each on a sentence of a fresh text
that was misread, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, cls, side, place", [
    ("De Gaulle recognised Algeria's independence on 3 July, and it was proclaimed on 5 July, the anniversary of the "
     "French capture of Algiers in 1830.", "Capture", "france", "algiers"),
    ("The talks began a year after the Ethiopian offensive in Tigray.", "Offensive", "ethiopia", "tigray")])
def test_the_demonym_of_an_act_named_as_a_point_in_time_is_its_side(claims_of, text, cls, side, place):
    """"the anniversary of the French capture of Algiers": the act is named as a point in time and takes only its
    own phrase's names, and the demonym just before its noun is of that phrase: France captured Algiers."""
    claims = claims_of(text, date="1962-07-05")
    act = the_one(claims, cls)
    assert side in values(claims, act, "hasActor") | values(claims, act, "initiatedBy")
    assert place in values(claims, act, "hasPlace")


@pytest.mark.parametrize("text, cls, hung", [
    ("The United States has called for the withdrawal of Chinese troops from Vietnam and of Vietnamese troops from "
     "Cambodia, which Vietnam invaded in December before capturing Phnom Penh on Jan. 7.", "Attack", "cambodia"),
    ("The rebels had held Kidal, which French troops retook in January 2013.", "Capture", "kidal")])
def test_the_name_an_object_relative_clause_hangs_on_is_where_its_verb_of_force_struck(claims_of, text, cls, hung):
    """"Cambodia, which Vietnam invaded in December": the comma parts the clauses, but the relative word makes the
    name before it the object of the verb: the invasion was in Cambodia."""
    claims = claims_of(text, date="1979-03-06")
    assert hung in values(claims, the_one(claims, cls), "hasPlace")


@pytest.mark.parametrize("text, first, second, place", [
    ("Vietnam invaded Cambodia in December before capturing Phnom Penh on Jan. 7.", "Attack", "Capture", "phnom-penh"),
    ("Russian forces invaded Ukraine on 24 February before capturing Kherson in March.", "Attack", "Capture",
     "kherson")])
def test_a_verb_after_before_tells_a_second_act_whose_object_is_no_place_of_the_first(
        claims_of, text, first, second, place):
    """"invaded ... before capturing Phnom Penh": "before" opens no phrase of circumstance around a noun here, its
    verb takes the city as its object; the invasion was not in Phnom Penh."""
    claims = claims_of(text, date="1979-03-06")
    assert place in values(claims, the_one(claims, second), "hasPlace")
    assert place not in values(claims, the_one(claims, first), "hasPlace")


@pytest.mark.parametrize("text, speakers", [
    ('Prime Minister Hun Sen wrote to the UN Security Council to ask for peacekeepers, calling the clashes a "war".',
     {"hun-sen", "united-nations-security-council"}),
    ("Armenia's foreign minister wrote to the OSCE, calling the shelling an act of aggression.",
     {"armenia", "organization-for-security-and-co-operation-in-europe"})])
def test_an_act_a_speaker_only_names_takes_no_actor_from_the_speaker(claims_of, text, speakers):
    """"calling the clashes a war": who names the clashes, and whom they write to, took no part in them."""
    claims = claims_of(text, date="2011-02-07")
    acts = {s for s, p, o, _ in claims if p == "type" and o == "Event"}
    assert not any(values(claims, act, role) & speakers for act in acts for role in ("hasActor", "initiatedBy"))


@pytest.mark.parametrize("text, act, place", [
    ("This paper reviews the Juba process, the military operation of 14 December and the killings that followed.",
     "Killing", "juba"),
    ("This report examines the siege of Mariupol, the strike on the Kramatorsk station and the shelling of Kharkiv.",
     "Attack", "mariupol")])
def test_the_events_a_document_lists_take_no_place_from_each_other(claims_of, text, act, place):
    """"This paper reviews the Juba process, the military operation of 14 December and the killings": the events
    of the list are what the paper goes over, each with only its own phrase's names; the killings were not in Juba."""
    claims = claims_of(text, date="2009-02-01")
    assert place not in values(claims, the_one(claims, act), "hasPlace")


@pytest.mark.parametrize("text, cls, actor", [
    ("Somali forces took Jijiga in September, and by the autumn Somalia claimed to control nine-tenths of the Ogaden, "
     "though its attacks on Dire Dawa and Harar failed.", "Attack", "somalia"),
    ("Russian forces shelled Kharkiv for weeks before their withdrawal from the region in May.", "Withdrawal",
     "russian-armed-forces")])
def test_a_possessive_pronoun_before_an_act_is_the_actor_its_sentence_named_last(claims_of, text, cls, actor):
    """"Somalia claimed to control nine-tenths of the Ogaden, though its attacks on Dire Dawa and Harar failed":
    "its" is Somalia, whose attacks they were; "before their withdrawal" is the Russian forces' withdrawal."""
    claims = claims_of(text, date="1978-03-06")
    act = the_one(claims, cls)
    assert actor in values(claims, act, "hasActor") | values(claims, act, "initiatedBy")


@pytest.mark.parametrize("text, acts", [
    ("A UN report describes how Russian troops attacked Bucha in March.", 1),
    ("This report examines how Russian forces shelled Mariupol and captured Kherson.", 2)])
def test_a_clause_a_document_describes_keeps_its_actors(claims_of, text, acts):
    """"describes how Russian troops attacked Bucha": a document's list is of noun phrases; a clause after "how",
    "that", "whether" tells acts with their own subject, who did them."""
    claims = claims_of(text, date="2023-01-01")
    done = [e for e in typed(claims, "Event") if "russian-armed-forces" in values(claims, e, "hasActor")]
    assert len(done) == acts


@pytest.mark.parametrize("text, hung", [
    ("Armenia, which Azerbaijan says attacked its positions, denied the charge.", "armenia"),
    ("Hamas, which Israel says attacked the crossing, denied it.", "hamas")])
def test_the_subject_of_what_a_speaker_says_is_no_object_of_a_relative_clause(claims_of, text, hung):
    """"Armenia, which Azerbaijan says attacked its positions": "says" is no plural noun of the clause's subject;
    the relative word is the subject of "attacked" (who Azerbaijan says attacked), neither its place nor target."""
    claims = claims_of(text, date="2020-10-01")
    assert not any(hung in values(claims, e, "hasPlace") | values(claims, e, "target")
                   for e in typed(claims, "Attack"))


def test_its_before_an_act_is_never_plural_forces(claims_of):
    """"Ukraine's army pushed Russian troops back from Kharkiv, and its counteroffensive": "its" is the army's, not
    the troops' named last."""
    claims = claims_of("Ukraine's army pushed Russian troops back from Kharkiv, and its counteroffensive reached the "
                       "border.", date="2022-10-01")
    actors = values(claims, the_one(claims, "Offensive"), "hasActor")
    assert "ukrainian-armed-forces" in actors and "russian-armed-forces" not in actors

"""Modality and attribution: cues mark how a source presents each claim, and who holds it.

Hand-written sentences (tests/texts/perspectives/cues.txt) through the real pipeline; the
bundled corpus's own cases are asserted with their comparisons in test_compare.py.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.extract import roles
from claimgraph.model import Claim
from claimgraph.rdf.terms import top_classes
from claimgraph.read import infer

from .conftest import PERSPECTIVES, rows, shared_recognisers

build_module = importlib.import_module("claimgraph.run.build")
CUES = PERSPECTIVES / "cues.txt"
TEXT = CUES.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    return build_module.extract(infer.bare_meta(CUES), Path("."), shared_recognisers()).claims


def in_sentence(claims: list[Claim], sentence: str, predicate: str = "hasActor") -> list[Claim]:
    start = TEXT.index(sentence)
    return [c for c in claims if c.predicate == predicate and start <= c.start and c.end <= start + len(sentence)]


def test_saying_that_reports_the_claim_as_held_by_the_sayer(claims):
    (said,) = [c for c in in_sentence(claims, "Armenia claimed that Turkish soldiers fought in the war.")
               if c.obj == "turkish-armed-forces" and c.method == roles.NAME]
    assert (said.modality, said.attributed_to, said.exact) == ("Reported", "armenia", "Turkish soldiers fought in the war")


def test_denying_that_is_denied_and_held_by_the_denier(claims):
    found = in_sentence(claims, "Azerbaijan denied that Turkish soldiers fought in the war.")
    denied = [c for c in found if c.obj == "turkish-armed-forces"]
    assert denied and {(c.modality, c.attributed_to) for c in denied} == {("Denied", "azerbaijan")}


def test_allegedly_leaves_the_claim_unconfirmed(claims):
    found = [c for c in in_sentence(claims, "Turkish pilots allegedly took part in the war.") if c.obj == "turkey"]
    assert found and {c.modality for c in found} == {"Unconfirmed"}


def test_an_act_attributed_to_an_army_by_others_is_their_unconfirmed_claim(tmp_path):
    """Wikipedia on Douma: whose attack it was is the rebels' (and governments') attribution."""
    (tmp_path / "a.txt").write_text("On 7 April 2018, a chemical attack was carried out in Douma. The attack was "
                                    "attributed to the Syrian Army by rebel forces in Douma, and by the United States.\n",
                                    encoding="utf-8")
    found = build_module.extract(infer.bare_meta(tmp_path / "a.txt"), tmp_path, shared_recognisers()).claims
    (claim,) = [c for c in found if c.predicate == "hasActor" and c.obj == "syrian-armed-forces"]
    assert (claim.modality, claim.attributed_to) == ("Unconfirmed", "separatist-forces")


def test_not_only_is_no_negation(claims):
    found = in_sentence(claims, "Not only did Turkey provide military assistance, it also sent drones.")
    assert [(c.obj, c.modality, c.exact) for c in found] == [("turkey", "Asserted", "Turkey provide military assistance")]


def test_negation_governs_its_own_clause(claims):
    sentence = "The Turkish army did not participate in the war, but it gave diplomatic support."
    found = {(c.obj, c.modality) for c in in_sentence(claims, sentence)}
    assert found == {("turkish-armed-forces", "Denied")}


def test_not_until_is_no_negation(claims):
    (ended,) = in_sentence(claims, "It was not until 10 November 2020 that the war came to an end.", "endDate")
    assert (ended.obj.value, ended.modality) == ("2020-11-10", "Asserted")


def test_names_and_the_typing_of_actors_and_places_stay_asserted(claims):
    """A denied claim about Turkey is still a claim that Turkey exists."""
    kept = [c for c in claims if c.predicate == "altLabel" or c.predicate == "type" and "Event" not in top_classes(c.obj)]
    assert kept and {c.modality for c in kept} == {"Asserted"}


@pytest.mark.parametrize("sentence, trigger, modality, holder", [
    ("Turkey accuses the Syrian government of carrying out a bombing campaign.", "bombing campaign", "Unconfirmed",
     "turkey"),
    ("The general dismissed allegations that Eritrean troops were involved in the fighting.", "fighting", "Denied", None),
    ("Turkey said Syrian government airstrikes had killed 54 Turkish soldiers.", "airstrikes", "Reported", "turkey"),
    ("Georgia's use of artillery was not proportionate to repel alleged attacks by separatists.", "attacks",
     "Unconfirmed", None),
])
def test_an_event_the_text_only_reports_is_not_asserted(tmp_path, sentence, trigger, modality, holder):
    (tmp_path / "t.txt").write_text(sentence + "\n", encoding="utf-8")
    found = build_module.extract(infer.bare_meta(tmp_path / "t.txt"), tmp_path, shared_recognisers()).claims
    typing = [c for c in found if c.predicate == "type" and c.exact == trigger]
    assert typing and {(c.modality, c.attributed_to) for c in typing} == {(modality, holder)}


def test_the_speaker_of_a_report_is_no_actor_of_what_it_reports(tmp_path):
    (tmp_path / "t.txt").write_text("Turkey said Syrian government airstrikes had killed 54 Turkish soldiers.\n",
                                    encoding="utf-8")
    found = build_module.extract(infer.bare_meta(tmp_path / "t.txt"), tmp_path, shared_recognisers()).claims
    actors = {c.obj for c in found if c.predicate in ("hasActor", "initiatedBy", "target")}
    assert "syria" in actors and "turkey" not in actors


def test_the_corpus_marks_the_doubted_and_the_denied(store):
    found = rows(store, """
        SELECT ?modality ?holder ?exact WHERE {
          GRAPH ?c { id:second-nagorno-karabakh-war cg:hasActor ?actor }
          ?c cg:modality ?modality ; prov:wasDerivedFrom source:asker-ozpinar-2021 .
          OPTIONAL { ?c cg:attributedTo ?holder }
          ?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
        }""")
    marked = {(r["modality"].rsplit("#")[-1], (r["holder"] or "").rsplit("/")[-1], r["exact"]) for r in found}
    assert ("Unconfirmed", "armenia", "transfer of jihadist groups") in marked
    assert ("Denied", "", "Turkish army did not participate in direct military intervention and armed conflict") in marked


def _extract(tmp_path, sentence: str) -> list[Claim]:
    (tmp_path / "t.txt").write_text(sentence + "\n", encoding="utf-8")
    return build_module.extract(infer.bare_meta(tmp_path / "t.txt"), tmp_path, shared_recognisers()).claims


def test_no_before_the_actor_denies_its_part_not_the_place(tmp_path):
    """Tigray, 2021: the general's words deny Eritrea's part as "did not" would; the fighting was in Tigray."""
    found = _extract(tmp_path, "He said no Eritrean troops participated in what he called ‘law enforcement "
                               "operation in Tigray’.")
    denied = [c for c in found if c.predicate == "hasActor" and c.obj == "eritrean-armed-forces"]
    assert denied and {c.modality for c in denied} == {"Denied"}
    places = [c for c in found if c.predicate == "hasPlace"]
    assert places and "Denied" not in {c.modality for c in places}


def test_a_negation_denies_what_follows_it_not_what_it_follows(tmp_path):
    """OPCW, 2023: the mechanism had not reached a conclusion; the use of chemical weapons is not denied."""
    found = _extract(tmp_path, "The IIT began its work in June 2019, focusing on certain incidents for which the "
                               "OPCW Fact-Finding Mission in Syria (FFM) had determined that use or likely use of "
                               "chemical weapons on the territory of the Syrian Arab Republic occurred and for which "
                               "the OPCW-United Nations Joint Investigative Mechanism had not reached a final "
                               "conclusion.")
    relations = [c for c in found if c.predicate in ("hasActor", "hasPlace")]
    assert relations and "Denied" not in {c.modality for c in relations}


def test_a_quoted_no_vote_denies_nothing(tmp_path):
    found = _extract(tmp_path, 'The "no" vote won the referendum held by Colombia on 2 October 2016.')
    assert found and "Denied" not in {c.modality for c in found}


def test_so_called_doubts_a_name_not_what_is_told(tmp_path):
    """Syria, 2018: "so-called" doubts the White Helmets' name, not the strikes later in the clause."""
    found = _extract(tmp_path, "The so-called White Helmets were in Douma when France conducted airstrikes "
                               "against Syria on 14 April 2018.")
    strikes = [c for c in found if c.predicate == "type" and c.exact == "airstrikes"]
    assert strikes and {c.modality for c in strikes} == {"Asserted"}


@pytest.mark.parametrize("sentence, trigger, modality", [
    ("The Turkish army did not participate in the war.", "war", "Asserted"),
    ("Armenia did not attack Azerbaijan on 27 September 2020.", "attack", "Denied"),
])
def test_a_negation_denies_an_event_only_when_it_negates_the_event(tmp_path, sentence, trigger, modality):
    typing = [c for c in _extract(tmp_path, sentence) if c.predicate == "type" and c.exact == trigger]
    assert typing and {c.modality for c in typing} == {modality}


def test_a_denial_ends_where_the_text_goes_on_in_its_own_words(tmp_path):
    """AFP, 2021: the government denies Eritrea's part; that Abiy Ahmed launched the offensive is the agency's own word."""
    found = _extract(tmp_path, "Ethiopia's federal government has long denied persistent claims that Eritrean "
                               "troops were involved in the conflict in Tigray, where Prime Minister Abiy Ahmed "
                               "launched a military offensive against dissident regional leaders in November that "
                               "left thousands dead.")
    by_actor = {(c.obj, c.modality, c.attributed_to) for c in found if c.predicate in ("hasActor", "initiatedBy")}
    assert ("eritrean-armed-forces", "Denied", "ethiopia") in by_actor
    assert {m for actor, m, _ in by_actor if actor == "abiy-ahmed"} == {"Asserted"}


def test_a_figure_by_someones_estimates_is_reported_and_held_by_them(tmp_path):
    """A count given "by X's estimates" is X's figure, not the narrator's."""
    found = _extract(tmp_path, "The offensive, which left at least 300 civilians dead by Ukraine's estimates, "
                               "ended in May 2022.")
    deaths = [c for c in found if c.predicate == "deaths"]
    assert [(c.obj.value, c.modality, c.attributed_to) for c in deaths] == [("300", "Reported", "ukraine")]
    assert {c.modality for c in found if c.predicate != "deaths"} == {"Asserted"}  # the offensive and its end


def test_denied_charges_deny_what_follows_and_the_accused_capital_is_its_state(tmp_path):
    found = _extract(tmp_path, "The Rapid Support Forces (RSF) denied charges that the RSF attacked hospitals in "
                               "Omdurman.")
    assert {(c.modality, c.attributed_to) for c in found if c.predicate == "hasActor"} == {
        ("Denied", "rapid-support-forces")}
    found = _extract(tmp_path, "Kiev has repeatedly accused Moscow of sending troops and weapons to Donbass.")
    assert {(c.obj, c.modality, c.attributed_to) for c in found if c.predicate == "hasActor"} == {
        ("russia", "Unconfirmed", "ukraine")}


def test_blaming_someone_for_an_attack_is_an_accusation(tmp_path):
    """Iran-Iraq, 1988: "The government in Baghdad denied responsibility and blamed Iran for the attack":
    that Iran made the attack is Baghdad's accusation, not the source's finding."""
    found = _extract(tmp_path, "The government in Baghdad denied responsibility and blamed Iran for the attack.")
    actors = [c for c in found if c.predicate == "hasActor" and c.obj == "iran"]
    assert actors and {c.modality for c in actors} == {"Unconfirmed"}
    typing = [c for c in found if c.predicate == "type" and c.exact == "attack"]
    assert typing and {c.modality for c in typing} == {"Unconfirmed"}


def test_the_government_in_a_capital_is_its_state_and_holds_its_accusation(tmp_path):
    """Iran-Iraq, 1988: "the government in Baghdad accused Iran of ...": the accusation is Iraq's, not a city's
    (nor no one's)."""
    found = _extract(tmp_path, "In July 1988 the government in Baghdad accused Iran of shelling Iraqi towns.")
    actors = [c for c in found if c.predicate == "hasActor" and c.obj == "iran"]
    assert actors and {(c.modality, c.attributed_to) for c in actors} == {("Unconfirmed", "iraq")}
    assert not [c for c in found if c.subject == "baghdad" or c.obj == "baghdad"]


def test_who_estimates_that_reports_the_count_and_takes_no_part(tmp_path):
    """Chechnya, 1996: "Human Rights Watch estimates that tens of thousands of civilians have been
    killed": the killings are told on its word, and it killed no one."""
    found = _extract(tmp_path, "Human Rights Watch estimates that tens of thousands of civilians have been killed "
                               "since December 1994.")
    assert not [c for c in found if c.predicate == "hasActor"]
    typing = [c for c in found if c.predicate == "type" and c.obj == "Killing"]
    assert typing and {(c.modality, c.attributed_to) for c in typing} == {("Reported", "human-rights-watch")}


def test_according_to_a_body_a_state_s_adjective_qualifies_is_not_the_state_s_word(tmp_path):
    """Chechnya, 1995: "according to the Russian human rights group Memorial": the group holds it, not Russia;
    "according to Russia" is Russia's."""
    found = _extract(tmp_path, "In April 1995, Interior Ministry troops killed at least 103 civilians during a sweep operation in the village "
                               "of Samashki, according to the Russian human rights group Memorial.")
    told = [c for c in found if c.predicate == "deaths"]
    assert told and {(c.modality, c.attributed_to) for c in told} == {("Reported", None)}
    found = _extract(tmp_path, "In April 1995, Interior Ministry troops killed at least 103 civilians during a sweep operation in the village "
                               "of Samashki, according to Russia.")
    assert {(c.modality, c.attributed_to) for c in found if c.predicate == "deaths"} == {("Reported", "russia")}
    found = _extract(tmp_path, "In April 1995, Interior Ministry troops killed at least 103 civilians during a sweep "
                               "operation in the village of Samashki, according to the United Nations refugee agency.")
    assert {(c.modality, c.attributed_to) for c in found if c.predicate == "deaths"} == {("Reported", "united-nations")}


def test_he_opening_a_sentence_is_the_person_named_last_and_holds_what_he_says(tmp_path):
    found = _extract(tmp_path, "\"We have agreed on a ceasefire,\" Vladimir Putin said. He said the document was "
                               "signed by former Ukrainian president Leonid Kuchma.")
    signers = [c for c in found if c.predicate == "hasActor" and c.obj == "leonid-kuchma"]
    assert signers and {(c.modality, c.attributed_to) for c in signers} == {("Reported", "vladimir-putin")}


@pytest.mark.parametrize("sentence, trigger, modality", [
    ("The junta in Buenos Aires said the fighting had ended but denied that the war was over.", "war", "Asserted"),
    ("The junta in Buenos Aires said the fighting had ended but denied that the war was over.", "fighting", "Asserted"),
    ("The government denied that an attack had taken place in the town.", "attack", "Denied"),
])
def test_what_is_said_of_an_events_course_leaves_its_typing(tmp_path, sentence, trigger, modality):
    """Falklands, 1982: denying that the war was over is no denial that there was a war."""
    typing = [c for c in _extract(tmp_path, sentence) if c.predicate == "type" and c.exact == trigger]
    assert typing and {c.modality for c in typing} == {modality}


def test_a_future_act_is_planned_not_asserted(tmp_path):
    """Kherson, 2022: "Russian forces will withdraw ... by 15 November" was stored as a withdrawal that happened."""
    found = _extract(tmp_path, "Russian forces will withdraw from Kherson by 15 November, the ministry said.")
    told = [c for c in found if c.predicate in ("type", "hasActor", "hasPlace", "endDate") and c.subject.endswith("-t")]
    assert told and {c.modality for c in told} == {"Planned"}


def test_what_was_announced_is_asserted_and_only_its_entry_into_force_is_planned(tmp_path):
    """Idlib, 2020: "announced a ceasefire that will come into force at midnight": the talks happened; the entry
    into force (a gold event, status stipulated) is still told, as planned."""
    found = _extract(tmp_path, "After talks in Moscow Thursday, Erdogan and Putin announced a ceasefire that will come "
                               "into force in the region at midnight.")
    typing = {(c.obj, c.modality) for c in found if c.predicate == "type" and c.obj in ("Negotiation", "EntryIntoForce")}
    assert typing == {("Negotiation", "Asserted"), ("EntryIntoForce", "Planned")}


def test_a_future_cue_puts_no_place_ahead_of_an_event_it_does_not_name(tmp_path):
    """Reviewer's sentence: "Talks ... are expected to resume in Cairo": the place stood two words after
    the cue and was Planned while the talks' typing and actors were Asserted; all share one modality."""
    found = _extract(tmp_path, "Talks between Israel and Hamas are expected to resume in Cairo next week.")
    talks = [c for c in found if c.subject.endswith("-t") and c.predicate in ("type", "hasActor", "hasPlace")]
    assert "cairo" in {c.obj for c in talks} and len({c.modality for c in talks}) == 1


def test_the_will_of_a_people_is_no_future(tmp_path):
    found = _extract(tmp_path, "Against the will of the people, the army attacked the town of Gori.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Attack"} == {"Asserted"}


def test_what_is_said_of_an_events_link_bears_on_no_claim_of_the_event(tmp_path):
    """Ukraine 2022: denying that the decision was linked to the attack on the Crimean Bridge is no
    denial that the bridge was attacked; the attack's typing and its place were Denied by Peskov."""
    claims = _extract(tmp_path, "Kremlin spokesman Dmitry Peskov told reporters that the deal had been terminated. He "
                                "denied that the decision was linked to an attack on the Crimean Bridge hours earlier, "
                                "which Moscow blamed on Ukrainian sea drones.")
    attack = [c for c in claims if c.exact.startswith("He denied") or c.exact == "attack"]
    assert attack and {c.modality for c in attack if c.predicate in ("type", "hasPlace")} == {"Asserted"}


def test_a_doubting_modifier_before_an_actor_bears_on_its_part_in_the_event(tmp_path):
    """Mali 2015: 'the army, reportedly backed by Wagner fighters, retook Kidal' asserted Wagner's part."""
    claims = _extract(tmp_path, "On 14 November 2023 the army, reportedly backed by Wagner fighters, retook Kidal, which "
                                "the CMA had held since 2014.")
    wagner = [c for c in claims if c.predicate == "hasActor" and c.obj == "wagner-group"]
    assert wagner and {c.modality for c in wagner} == {"Unconfirmed"}
    place = [c for c in claims if c.predicate == "hasPlace" and c.obj == "kidal"]
    assert place and {c.modality for c in place} == {"Asserted"}


def test_who_blames_a_cause_holds_that_claim_and_a_semicolon_ends_the_accusation_before(tmp_path):
    """Ukraine 2022: 'Kyiv accused Russia of blowing up the dam from inside; Moscow blamed Ukrainian
    shelling' held the shelling as Kyiv's (Ukraine's) claim: the accusation reached past the semicolon."""
    claims = _extract(tmp_path, "Kyiv accused Russia of blowing up the dam from inside; Moscow blamed Ukrainian shelling.")
    shelling = [c for c in claims if c.exact == "shelling" or c.predicate == "hasActor" and c.obj == "ukraine"]
    assert shelling and {(c.modality, c.attributed_to) for c in shelling} == {("Unconfirmed", "russia")}


@pytest.mark.parametrize("sentence, cls", [
    ("The ceasefire is due to take effect on Sunday, Qatar's prime minister said.", "EntryIntoForce"),
    ("Armenia and Azerbaijan are expected to sign the peace treaty next month.", "Signing"),
    ("Armenia plans to sign the peace treaty in May.", "Signing"),
    ("The ceasefire is slated to take effect on Sunday, Qatar's prime minister said.", "EntryIntoForce"),
    ("Armenia and Azerbaijan are going to sign the peace treaty next month.", "Signing"),
])
def test_a_scheduled_act_with_its_time_or_agreement_named_is_a_planned_event(tmp_path, sentence, cls):
    """Gaza, 2025: "is due to take effect on Sunday" told no event, while "will come into force" told a planned one."""
    typing = [c for c in _extract(tmp_path, sentence) if c.predicate == "type" and c.obj == cls]
    assert typing and {c.modality for c in typing} == {"Planned"}


@pytest.mark.parametrize("sentence, cls", [
    ("The UN Security Council called for a ceasefire on Sunday.", "Ceasefire"),
    ("Armenia plans to sign a deal.", "Signing"),
    ("The UN Security Council is expected to call for talks on Sunday.", "Negotiation"),
    ("Guterres called for talks between the two sides in May.", "Negotiation"),
    ("The African Union called for immediate negotiations to end the war.", "Negotiation"),
    ("Both sides hoped for a ceasefire before the end of Ramadan.", "Ceasefire"),
])
def test_what_is_called_for_hoped_for_or_planned_with_nothing_named_is_no_event(tmp_path, sentence, cls):
    """"called for talks" once told talks that happened, with the caller as their actor; "called for a
    ceasefire", "plans to sign a deal" tell none either."""
    assert not [c for c in _extract(tmp_path, sentence) if c.predicate == "type" and c.obj == cls]


def test_the_subject_of_a_passive_accusation_is_the_accused_an_actor_of_the_act_and_no_holder(tmp_path):
    """Afghanistan 2021: 'The Taliban were accused of stepping up attacks' named no actor of the attacks
    (the verb cut the subject's clause off), and the accused was read as the holder of the accusation."""
    claims = _extract(tmp_path, "The Taliban were accused of stepping up attacks on Afghan troops during the talks, "
                                "a charge the group denied.")
    taliban = [c for c in claims if c.predicate == "hasActor" and c.obj == "taliban"]
    assert taliban and {c.modality for c in taliban} == {"Denied"}  # ", a charge the group denied"
    assert "taliban" not in {c.attributed_to for c in claims}


def test_an_accusation_reaches_past_an_apposition_and_a_relative_clause(tmp_path):
    """South Sudan 2018: the coup Kiir accused Machar of was asserted: the commas parted 'accused' from 'of'."""
    claims = _extract(tmp_path, "President Salva Kiir accused his former deputy, Riek Machar, whom he had dismissed in "
                                "July 2013, of attempting a coup.")
    coup = [c for c in claims if c.predicate == "type" and c.obj == "Coup"]
    assert coup and {c.modality for c in coup} == {"Unconfirmed"}


def test_a_denied_claim_with_no_content_after_it_denies_nothing_that_follows(tmp_path):
    """South Sudan 2018: 'Machar denied the accusation and fled the capital' denied his flight."""
    claims = _extract(tmp_path, "Machar denied the accusation and fled the capital, forming the Sudan People's "
                                "Liberation Movement-in-Opposition (SPLM-IO).")
    fled = [c for c in claims if c.predicate == "type" and c.obj == "Displacement"]
    assert fled and {c.modality for c in fled} == {"Asserted"}


def test_one_attack_named_again_is_not_attacks_told_as_many(tmp_path):
    """Afghanistan 2021: 'condemned the attack' after 'accused of stepping up attacks on Afghan troops' named the
    attacks someone is accused of, and asserted them."""
    claims = _extract(tmp_path, "KABUL, Aug. 27 (Wire) - A suicide bomber and gunmen attacked crowds outside Kabul's "
                                "airport on Thursday, killing at least 170 Afghans.\n\nThe Taliban were accused of "
                                "stepping up attacks on Afghan troops during the talks, a charge the group denied.\n\n"
                                "The United Nations Security Council condemned the attack on Friday.")
    [accused] = {c.subject for c in claims if c.predicate == "target" and c.obj == "afghan-armed-forces"}
    typed = [c for c in claims if c.subject == accused and c.predicate == "type"]
    assert typed and {c.modality for c in typed} == {"Denied"}  # accused, and ", a charge the group denied"


@pytest.mark.parametrize("text, event, claimant, dated", [
    # Afghanistan, 2021 (a wire story of the untuned7 check)
    ("KABUL, Aug. 27 (Wire) - Two suicide bombers attacked crowds outside Kabul airport on Thursday, killing at "
     "least 170 Afghans. The Islamic State claimed responsibility for the attack late on Thursday.",
     "attack-on-kabul-airport-t", "islamic-state", "2021-08-26"),
    ("A car bomb exploded outside a hotel in Mogadishu on Saturday. Al-Shabaab claimed responsibility for the "
     "bombing on Sunday, saying its fighters had killed 30 soldiers.",
     "attack-on-mogadishu-t", "al-shabaab", "2021-08-21"),
])
def test_who_claims_responsibility_began_the_act_by_its_own_word_and_dates_only_its_claim(
        tmp_path, text, event, claimant, dated):
    """The claimant is the act's initiator as its own claim (Reported, held by it), the day of the claim
    is not the act's, and the act named again is the act told before, not a second one."""
    (tmp_path / "t.txt").write_text(text + "\n", encoding="utf-8")
    meta = infer.bare_meta(tmp_path / "t.txt")
    found = build_module.extract(replace(meta, date="2021-08-27"), tmp_path, shared_recognisers()).claims
    initiated = [c for c in found if c.predicate == "initiatedBy"]
    assert [(c.subject, c.obj, c.modality, c.attributed_to) for c in initiated] == [
        (event, claimant, "Reported", claimant)]
    assert {c.obj.value for c in found if c.predicate == "startDate"} == {dated}
    assert {c.subject for c in found if c.predicate != "type" and c.subject.endswith("-t")} == {event}


@pytest.mark.parametrize("verb", ["accepted responsibility for", "took responsibility for",
                                  "claimed full responsibility for", "claimed responsibility for", "claimed"])
def test_who_accepts_takes_or_claims_an_act_began_it_by_its_own_word_only_and_dates_only_its_claim(tmp_path, verb):
    """"Al-Shabaab accepted / took responsibility for the bombing", "claimed the bombing": one cue of claiming
    (`_verbs.CLAIM_RESPONSIBILITY`) makes the claimant the act's initiator as its claim (Reported, held by it),
    no asserted actor of it, and the day after it the claim's, not the bombing's."""
    found = _extract(tmp_path, f"Al-Shabaab {verb} the bombing in Mogadishu on Friday.")
    roles = [(c.predicate, c.obj, c.modality, c.attributed_to) for c in found
             if c.predicate in ("initiatedBy", "hasActor", "target")]
    assert roles == [("initiatedBy", "al-shabaab", "Reported", "al-shabaab")]
    assert not [c for c in found if c.predicate in ("startDate", "endDate", "date")]


def test_a_figure_said_in_a_participle_is_the_speakers_wherever_the_event_is_named(tmp_path):
    """", saying its fighters had killed 30 soldiers": the toll is the claimant's, not the source's finding,
    though the bombing is named before the verb of saying."""
    found = _extract(tmp_path, "A car bomb exploded outside a hotel in Mogadishu on Saturday. Al-Shabaab claimed "
                               "responsibility for the bombing on Sunday, saying its fighters had killed 30 soldiers.")
    deaths = [c for c in found if c.predicate == "deaths"]
    assert [(c.obj.value, c.modality, c.attributed_to) for c in deaths] == [("30", "Reported", "al-shabaab")]


def test_according_to_x_after_a_count_holds_the_figures_not_the_attack(tmp_path):
    """Gaza 2025: "killing about 1,200 people, according to Israeli tallies, and taking some 250 hostages":
    the tally is Israel's, the attack, its place and its date are the source's own."""
    found = _extract(tmp_path, "The war began on October 7, 2023, when Hamas-led fighters attacked southern Israel, "
                               "killing about 1,200 people, according to Israeli tallies, and taking some 250 hostages.")
    deaths = [c for c in found if c.predicate == "deaths"]
    assert [(c.obj.value, c.modality, c.attributed_to) for c in deaths] == [("1200", "Reported", "israel")]
    told = [c for c in found if c.predicate in ("hasPlace", "startDate") or c.exact == "attacked"]
    assert told and {c.modality for c in told} == {"Asserted"}


def test_according_to_x_after_a_count_in_another_war_holds_only_the_count(tmp_path):
    """Ukraine 2022 (own sentence): the governor's count of the dead, not the strike on Kharkiv, is his word;
    "According to Ukraine, ..." before the clause still holds all it tells."""
    found = _extract(tmp_path, "Russian missiles struck Kharkiv on Monday, killing 12 people, according to Ukraine, "
                               "and damaging the city hall.")
    assert {(c.modality, c.attributed_to) for c in found if c.predicate == "deaths"} == {("Reported", "ukraine")}
    assert {c.modality for c in found if c.predicate == "hasPlace"} == {"Asserted"}
    found = _extract(tmp_path, "According to Ukraine, Russian missiles struck Kharkiv on Monday, killing 12 people.")
    assert {(c.modality, c.attributed_to) for c in found if c.predicate == "hasPlace"} == {("Reported", "ukraine")}


def test_a_denial_ends_where_a_participle_of_saying_tells_the_deniers_own_word(tmp_path):
    """India-Pakistan 2019: 'Pakistan denied that anyone had been killed, saying the Indian jets dropped their bombs on
    an empty hillside' marked India's part in the strike as denied by Pakistan; Pakistan says it, it denies the dead."""
    found = _extract(tmp_path, "Indian warplanes struck a camp near Balakot on Tuesday. Pakistan denied that anyone "
                               "had been killed, saying the Indian jets dropped their bombs on an empty hillside as "
                               "they fled.")
    said = [c for c in found if c.predicate == "hasActor" and c.obj == "india" and "denied" in c.exact]
    assert said and {(c.modality, c.attributed_to) for c in said} == {("Reported", "pakistan")}
    found = _extract(tmp_path, "The army denied that its troops had shelled the village, saying rebels attacked the "
                               "town.")
    assert {c.modality for c in found if c.predicate == "hasActor" and c.obj == "separatist-forces"} == {"Reported"}


def test_what_an_agreement_provides_for_is_planned(tmp_path):
    """Abkhazia (untuned11): 'the Moscow Agreement ..., which provided for the deployment of a peacekeeping force of the
    Commonwealth of Independent States' told the deployment as done, asserted."""
    found = _extract(tmp_path, "On 14 May 1994 the parties signed the Moscow Agreement on a Ceasefire and Separation of "
                               "Forces, which provided for the deployment of a peacekeeping force of the Commonwealth of "
                               "Independent States, in practice composed of Russian troops, along the Inguri River.")
    deployed = [c for c in found if c.predicate in ("type", "hasActor") and "deployment" in c.subject]
    assert deployed and {c.modality for c in deployed} == {"Planned"}
    found = _extract(tmp_path, "It provides for the withdrawal of federal troops from Chechnya.")
    withdrawal = [c for c in found if c.predicate in ("type", "hasPlace") and "withdrawal" in c.subject]
    assert withdrawal and {c.modality for c in withdrawal} == {"Planned"}


def test_a_citation_just_after_a_relative_word_vouches_for_the_relative_clause_only(tmp_path):
    """Iraq 2003 (untuned12): "... when US aircraft struck a compound in southern Baghdad where, according to
    American officials, Saddam Hussein was meeting his sons" made the war, its date and its place the officials'."""
    claims = _extract(tmp_path, "The war began before dawn on 20 March 2003, when US aircraft struck a compound in "
                                "southern Baghdad where, according to American officials, Saddam Hussein was meeting "
                                "his sons.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "War"} == {"Asserted"}
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Meeting"} == {"Reported"}
    claims = _extract(tmp_path, "Israeli aircraft bombed a school in Gaza City where, according to the army, Hamas "
                                "fighters were meeting.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Attack"} == {"Asserted"}


def test_a_toll_one_side_puts_at_a_figure_is_its_reported_count(tmp_path):
    """Rwanda 1994 (untuned14): "The United Nations estimates that at least 500,000 people were killed in the genocide,
    while the RPF puts the toll at more than one million" gave the UN's count to the attack on the plane told before,
    and no count of the RPF's; "The government puts the number of dead at about 20,000" counted nothing."""
    found = _extract(tmp_path, "A plane carrying the president was shot down on 6 April 1994. The United Nations "
                               "estimates that at least 500,000 people were killed in the genocide, while the Rwandan "
                               "Patriotic Front puts the toll at more than one million.")
    deaths = {(c.subject.split("-")[0], c.obj.value, c.attributed_to) for c in found if c.predicate == "deaths"}
    assert deaths == {("killing", "500000", "united-nations"), ("killing", "1000000", "rwandan-patriotic-front")}
    found = _extract(tmp_path, "The war has killed at least 3,000 people; Human Rights Watch puts the toll at 5,000.")
    deaths = {(c.obj.value, c.modality, c.attributed_to) for c in found if c.predicate == "deaths"}
    assert deaths == {("3000", "Asserted", None), ("5000", "Reported", "human-rights-watch")}


def test_denying_who_won_or_ordered_an_event_does_not_deny_it_happened(tmp_path):
    """Rwanda 1994 and Tajikistan (untuned14): "denied that it had lost the war" denied the war; "Government officials
    deny that such killings were ordered" denied the killings."""
    for sentence, cls in (("The ousted interim government, which fled Kigali in April, denied that it had lost the war "
                           "and said its forces would regroup.", "War"),
                          ("Government officials deny that such killings were ordered, and say that any excesses were "
                           "the work of criminal bands.", "Killing"),
                          ("Moscow denied that the massacre was authorised by its commanders.", "Killing")):
        typed = [c for c in _extract(tmp_path, sentence) if c.predicate == "type" and c.obj == cls]
        assert typed and {c.modality for c in typed} == {"Asserted"}, sentence


def test_a_charge_someone_denied_after_an_allegation_denies_it_held_by_them(tmp_path):
    """Kargil 1999 (untuned12 K13), Afghanistan 2021 (untuned7 A11e): ", a charge New Delhi denied" after an
    accusation was no denial; without an allegation before it ("called the exodus ethnic cleansing, a charge the
    Croatian government rejects", untuned11 C12) it denies no happening the sentence tells."""
    claims = _extract(tmp_path, "Pakistan's foreign office accused India of shelling villages near Skardu, killing "
                                "four civilians, a charge New Delhi denied.")
    actor = [c for c in claims if c.predicate == "hasActor" and c.obj == "india"]
    assert actor and {(c.modality, c.attributed_to) for c in actor} == {("Denied", "india")}
    claims = _extract(tmp_path, "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant on 5 August 2022, "
                                "a charge Moscow rejected.")
    attack = [c for c in claims if c.predicate == "type" and c.obj == "Attack"]
    assert attack and {(c.modality, c.attributed_to) for c in attack} == {("Denied", "russia")}
    claims = _extract(tmp_path, "Serb leaders in Belgrade called the exodus ethnic cleansing, a charge the Croatian "
                                "government rejects.")
    assert "Denied" not in {c.modality for c in claims}


def test_a_finding_told_in_the_past_is_reported_by_who_found_it(tmp_path):
    """El Salvador (untuned11 E4): "The Truth Commission concluded in 1993 that more than 500 people had been killed"
    asserted the toll as the source's own; a finding told in the past is the finder's, reported."""
    claims = _extract(tmp_path, "Soldiers attacked El Mozote in December 1981. The Truth Commission concluded in 1993 "
                                "that more than 500 people had been killed.")
    deaths = [c for c in claims if c.predicate == "deaths"]
    assert deaths and {(c.modality, c.attributed_to) for c in deaths} == {("Reported", "truth-commission")}
    claims = _extract(tmp_path, "Human Rights Watch found that Ethiopian troops had shelled Mekelle on 22 November "
                                "2020.")
    attack = [c for c in claims if c.predicate == "type" and c.obj == "Attack"]
    assert attack and {(c.modality, c.attributed_to) for c in attack} == {("Reported", "human-rights-watch")}


def test_a_verb_of_saying_joined_by_and_ends_the_denial_before_it_and_keeps_its_holder(tmp_path):
    """Mogadishu 1993 (lead19b): "Aidid's spokesman denied that the general's forces were involved and accused the
    United Nations of provoking the clashes" read the UN's part as denied: the accusation is the spokesman's second
    verb, and what it says is alleged, by whoever holds the denial."""
    claims = _extract(tmp_path, "Aidid's spokesman denied that the general's forces were involved and accused the "
                                "United Nations of provoking the clashes by trying to shut down the radio station.")
    un = [c for c in claims if c.predicate == "hasActor" and c.obj == "united-nations"]
    assert un and {c.modality for c in un} == {"Unconfirmed"}
    claims = _extract(tmp_path, "Ukraine denied that its soldiers had looted homes in Izium and accused Russian troops "
                                "of shelling Kharkiv.")
    russia = [c for c in claims if c.predicate == "hasActor" and c.obj == "russian-armed-forces"]
    assert russia and {(c.modality, c.attributed_to) for c in russia} == {("Unconfirmed", "ukraine")}


def test_an_event_said_words_take_as_given_keeps_its_typing_place_and_date(tmp_path):
    """Chibok 2014 (lead16b): "accused the army of executing suspected militants after a raid on a barracks in
    Maiduguri in March" made the raid, its place and its month Amnesty's allegation; Afghanistan 2021 (untuned7): the
    talks during which attacks were alleged were denied. A time frame, or what an alleged act caused, is given."""
    claims = _extract(tmp_path, "Amnesty International accused the army of executing suspected militants after a raid "
                                "on a barracks in Maiduguri in March.")
    raid = [c for c in claims if c.predicate in ("hasPlace", "startDate") or c.predicate == "type" and c.obj == "Attack"]
    assert len(raid) >= 2 and {c.modality for c in raid} == {"Asserted"}
    claims = _extract(tmp_path, "The Taliban were accused of stepping up attacks on Afghan troops during the talks, a "
                                "charge the group denied.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Negotiation"} == {"Asserted"}
    claims = _extract(tmp_path, "Kyiv accused Moscow of provoking the fighting in Donetsk in 2014.")
    assert {c.modality for c in claims if c.predicate in ("type", "hasPlace")
            and c.obj in ("Clash", "War", "donetsk")} == {"Asserted"}


def test_what_one_is_accused_of_ends_before_a_clause_with_a_verb_of_its_own(tmp_path):
    """Darfur (untuned12): "Both sides accused each other of breaking the truce within weeks, and attacks on villages
    continued" made the attacks alleged; what one is accused of has no finite verb."""
    claims = _extract(tmp_path, "Both sides accused each other of breaking the truce within weeks, and attacks on "
                                "villages continued.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Attack"} == {"Asserted"}
    claims = _extract(tmp_path, "Kyiv accused Moscow of shelling the dam, but Russian troops withdrew from Kherson.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Withdrawal"} == {"Asserted"}
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Attack"} == {"Unconfirmed"}


def test_where_an_accusation_ends_at_a_clause_of_its_own_the_acts_are_parted_too(tmp_path):
    """Review 22: "Russia accused Ukraine of attacking Belgorod, and Ukrainian drones struck Moscow on Monday" ended
    the accusation at ", and" but cut no clause there (a name before the comma), so the drones' attack on Moscow took
    Belgorod as its place, asserted. The accusation ends where the sentence's acts are parted (`clauses.OWN_CLAUSE`)."""
    claims = _extract(tmp_path, "Russia accused Ukraine of attacking Belgorod, and Ukrainian drones struck Moscow on "
                                "Monday.")
    attacks = {c.subject for c in claims if c.predicate == "hasPlace" and c.obj == "moscow"}
    assert attacks
    assert not [c for c in claims if c.subject in attacks and c.predicate == "hasPlace" and c.obj == "belgorod"]
    assert {c.modality for c in claims if c.subject in attacks and c.predicate in ("type", "hasPlace", "hasActor",
                                                                                   "startDate")} == {"Asserted"}


def test_an_event_taken_as_given_keeps_no_place_named_before_its_given_words(tmp_path):
    """Review 22: in "Russia accused Ukraine of attacking Belgorod during the offensive" the offensive is given, but
    Belgorod is the alleged attack's place: the given reading carries the typing, and a place or date named inside
    its phrase ("after a raid on a barracks in Maiduguri"), never one named before it ("of looting markets in Goma amid the
    fighting")."""
    claims = _extract(tmp_path, "Russia accused Ukraine of attacking Belgorod during the offensive.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Offensive"} == {"Asserted"}
    assert {c.modality for c in claims if c.predicate == "hasPlace" and c.obj == "belgorod"} == {"Unconfirmed"}
    claims = _extract(tmp_path, "The army accused the militia of looting markets in Goma amid the fighting.")
    assert {c.modality for c in claims if c.predicate == "type" and c.obj == "Clash"} == {"Asserted"}
    assert {c.modality for c in claims if c.predicate == "hasPlace" and c.obj == "goma"} == {"Unconfirmed"}


def test_each_item_of_what_an_accord_provides_for_or_one_is_called_on_to_do_is_planned(tmp_path):
    """Black September 1970 (developed): "It provides for an immediate ceasefire, the withdrawal of the army ..., the
    release of prisoners and ..." planned the ceasefire only, the release asserted as done; Heglig 2012: "a roadmap
    calling on both countries to cease all hostilities within 48 hours, withdraw their forces ... and resume
    negotiations" asserted all three. Every item of the list is still to come; a clause of its own after it is not; the
    hostilities to cease are given, only their end is to come (review 37)."""
    found = _extract(tmp_path, "It provides for an immediate ceasefire, the withdrawal of the army and the guerrillas "
                               "from Amman, the release of prisoners and a supervisory committee headed by the Tunisian "
                               "prime minister, Bahi Ladgham.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj in ("Release", "Withdrawal")} == {"Planned"}
    found = _extract(tmp_path, "On 24 April the Peace and Security Council of the African Union adopted a roadmap "
                               "calling on both countries to cease all hostilities within 48 hours, withdraw their forces "
                               "from each other's territory and resume negotiations under the AU High-Level "
                               "Implementation Panel (AUHIP), chaired by Thabo Mbeki, within two weeks.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj in ("Withdrawal", "Negotiation")} == {"Planned"}
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Clash"} == {"Asserted"}  # ceased: given
    found = _extract(tmp_path, "The regulator asked both firms to halt the merger and to hold talks with the unions, and "
                               "the talks began on Monday.")
    assert sorted(c.modality for c in found if c.predicate == "type" and c.obj == "Negotiation") == ["Asserted", "Planned"]


def test_an_act_expected_or_one_that_is_to_happen_after_its_noun_is_planned(tmp_path):
    """Cenepa 1995 (developed): "Further talks between the two delegations are expected later this month" asserted the
    talks; Mozambique 1992: "a ceasefire is to take effect once the agreement has been approved" the ceasefire. An act
    told as expected, or as one that is to happen, after its noun and the noun's own phrase, is still to come; one that
    was expected is told as it came."""
    found = _extract(tmp_path, "Further talks between the two delegations are expected later in February 1995.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Negotiation"} == {"Planned"}
    found = _extract(tmp_path, "Under the accord, a ceasefire is to take effect once the agreement has been approved by "
                               "Mozambique's parliament, which is expected within days.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "EntryIntoForce"} == {"Planned"}
    found = _extract(tmp_path, "The union said talks with the airline are expected next week.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Negotiation"} == {"Planned"}
    found = _extract(tmp_path, "The talks with the union were expected, and they began on Monday.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Negotiation"} == {"Asserted"}


def test_denying_reports_spread_by_someone_denies_what_they_say(tmp_path):
    """Kirkuk 2017 (developed): "The Ministry categorically denies reports circulated by some media that members of the
    Iranian Revolutionary Guard ... took part in the operation" asserted Iran's part: a participle and its agent between
    the noun and "that" hid the denial. With no content after them nothing is denied."""
    found = _extract(tmp_path, "The Ministry categorically denies reports circulated by some media that members of the "
                               "Iranian Revolutionary Guard or Iranian advisers took part in the operation.")
    assert {c.modality for c in found if c.predicate == "hasActor" and c.obj == "iran"} == {"Denied"}
    found = _extract(tmp_path, "The bank denied reports published by Reuters that its staff had organised a protest.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Denied"}
    found = _extract(tmp_path, "The bank denied reports published by Reuters on Monday, and a protest followed.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Asserted"}


def test_according_to_x_right_after_a_count_holds_the_count_not_the_attack(tmp_path):
    """Chechnya 1999 (developed): "bombs destroyed apartment blocks in Buynaksk, Moscow and Volgodonsk, killing 293 people
    according to official figures" made the bombings, their places and month the officials' word; with no comma, the
    citation right after the count's words holds the count. After a clause with no count it holds the clause."""
    found = _extract(tmp_path, "In September, bombs destroyed apartment blocks in Buynaksk, Moscow and Volgodonsk, "
                               "killing 293 people according to official figures.")
    assert {c.modality for c in found if c.predicate == "deaths"} == {"Reported"}
    told = [c for c in found if c.predicate in ("hasPlace", "startDate") or c.predicate == "type" and c.obj == "Attack"]
    assert len(told) >= 4 and {c.modality for c in told} == {"Asserted"}
    found = _extract(tmp_path, "Russian missiles struck Kharkiv according to Ukraine.")
    assert {c.modality for c in found if c.predicate == "hasPlace"} == {"Reported"}
    found = _extract(tmp_path, "The protest in Paris on 3 May 2021 drew 2,000 people according to the police.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Reported"}  # no count read


def test_a_doubt_after_a_relative_word_doubts_its_noun_not_the_act_before_it(tmp_path):
    """Algeria 1962 (developed): "killings of Europeans in Oran left a toll that is still disputed" made the killings
    unconfirmed; what is disputed is the toll. A doubt right after its own noun still doubts it."""
    found = _extract(tmp_path, "On 5 July 1962 killings of Europeans in Oran left a toll that is still disputed.")
    assert {c.modality for c in found if c.predicate in ("type", "hasPlace") and "killing" in c.subject} == {"Asserted"}
    found = _extract(tmp_path, "The protest in Paris on 3 May 2021 left a bill that is still disputed.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Asserted"}
    found = _extract(tmp_path, "The attack on the village on 3 May 2021 remains unconfirmed.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Attack"} == {"Unconfirmed"}


def test_what_a_relative_clause_says_ends_where_the_sentences_own_verb_comes_back(tmp_path):
    """Suez 1956 (developed): "Anthony Eden, ..., who told the House of Commons in December that there had been no
    foreknowledge ..., resigned in January 1957" made the resignation the United Kingdom's report; Eden resigned, the
    source says so. A participle set off by commas inside what is said ends nothing ("backed by Russia")."""
    found = _extract(tmp_path, "Anthony Eden, the British prime minister, who told the House of Commons in December "
                               "that there had been no foreknowledge that Israel would attack Egypt, resigned in January "
                               "1957.")
    assert {c.modality for c in found if c.predicate in ("type", "startDate") and "resignation" in c.subject} == {"Asserted"}
    found = _extract(tmp_path, "The chief executive, who said in March 2021 that the protest had been peaceful, resigned "
                               "in May 2021.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Resignation"} == {"Asserted"}
    found = _extract(tmp_path, "Turkey, which said on 3 March 2020 that Syrian forces, backed by Russia, attacked Idlib, "
                               "called for talks.")
    assert {c.modality for c in found if c.predicate == "hasPlace" and c.obj == "idlib"} == {"Reported"}


def test_saying_who_carried_out_an_event_does_not_report_that_it_happened(tmp_path):
    """Lebanon 1982 (developed): the Kahan report "found that the killings were carried out by the Phalangists" made the
    killings the commission's report; who did them is what it found, the killings are the source's own. What is said
    of an event with no agent after it still reports it."""
    found = _extract(tmp_path, "Its report, published in February 1983, found that the killings were carried out by the "
                               "Phalangists but that Israel bore indirect responsibility.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Killing"} == {"Asserted"}
    found = _extract(tmp_path, "The league said on 3 May 2021 that the protest was committed by a few fans.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Asserted"}
    found = _extract(tmp_path, "The league said on 3 May 2021 that the protest was peaceful.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Reported"}


def test_an_event_an_accused_took_a_stand_on_is_given(tmp_path):
    """Uganda-Tanzania 1979 (developed): "Nyerere has accused the OAU of ignoring the Ugandan invasion of his country
    last year" made the invasion his allegation; the charge is the ignoring. An event the accused ignored, backed or
    justified, named definitely, is given; an indefinite one is what is alleged."""
    found = _extract(tmp_path, "Nyerere has accused the OAU of ignoring the Ugandan invasion of his country last year.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Attack"} == {"Asserted"}
    found = _extract(tmp_path, "The union accused the club of backing the protest in Paris.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Asserted"}
    found = _extract(tmp_path, "Kyiv accused Minsk of backing an invasion.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Attack"} == {"Unconfirmed"}


def test_a_capitalised_said_is_a_name_not_a_verb_of_saying(tmp_path):
    """Suez 1956 (developed): "the last Anglo-French troops left Port Said on 22 December, and Israel withdrew from Sinai
    and Gaza in March 1957" made Israel's withdrawal a report of no one: "Said" was read as the verb. A name ends no
    sentence as a sayer either; "said" in lower case still reports."""
    found = _extract(tmp_path, "The first UNEF contingents arrived on 15 November; the last Anglo-French troops left Port "
                               "Said on 22 December, and Israel withdrew from Sinai and Gaza in March 1957.")
    assert {c.modality for c in found if "israel-withdrawal" in c.subject} == {"Asserted"}
    found = _extract(tmp_path, "On 3 May 1982 rebels attacked a convoy, and the last troops left Port Said.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Attack"} == {"Asserted"}
    found = _extract(tmp_path, "Fans held a protest in Cairo on 3 May 2021, and the team left Port Said.")
    assert {c.modality for c in found if c.predicate == "type" and c.obj == "Protest"} == {"Asserted"}
    found = _extract(tmp_path, "Turkey said Syrian forces attacked Idlib on 3 March 2020.")
    assert {c.modality for c in found if c.predicate == "hasPlace" and c.obj == "idlib"} == {"Reported"}


def _types(claims: list[Claim], *kinds: str) -> set[str]:
    return {c.modality for c in claims if c.predicate == "type" and c.obj in kinds}


def test_a_list_of_demands_or_provisions_ends_at_a_clause_or_a_participle_of_the_writers_own(tmp_path):
    """Review 37: the items of what one is urged to do, or an accord provides for, are still to come; a finite clause
    joined after them ("clashes broke out", "the army withdrew") or a participle after a comma ("signed in
    Washington") is the writer's own, told as done."""
    found = _extract(tmp_path, "Protesters urged the government to resign, clashes broke out in Kiev and police "
                               "arrested 30 people.")
    assert _types(found, "Clash", "Arrest") == {"Asserted"}
    found = _extract(tmp_path, "The rebels asked the army to withdraw from Goma, the army refused and fighting broke out.")
    assert _types(found, "Clash") == {"Asserted"}
    found = _extract(tmp_path, "The agreement provided for a ceasefire, the army withdrew from Goma and the rebels "
                               "released 40 prisoners.")
    assert _types(found, "Withdrawal", "Release") == {"Asserted"}
    found = _extract(tmp_path, "The treaty provides for the demilitarisation of Sinai, signed in Washington in March 1979.")
    assert {c.modality for c in found if "signing" in c.subject} == {"Asserted"}
    found = _extract(tmp_path, "The deal provides for elections in May, the ceasefire held through the summer and the "
                               "army withdrew from Goma.")
    assert _types(found, "Election") == {"Planned"} and _types(found, "Withdrawal") == {"Asserted"}


def test_what_a_verb_of_ending_bears_on_is_given_not_planned(tmp_path):
    """Review 37: "The UN called on Russia to end the war in Ukraine" made the war Planned; the war is given, only its
    end is to come. An act one is called on to begin is still planned."""
    found = _extract(tmp_path, "The UN called on Russia to end the war in Ukraine.")
    assert _types(found, "War") == {"Asserted"}
    found = _extract(tmp_path, "The UN called on Russia to withdraw its troops and end the war in Ukraine.")
    assert _types(found, "War") == {"Asserted"}
    found = _extract(tmp_path, "The government will end the strike in Paris.")
    assert _types(found, "Strike", "Attack") == {"Asserted"}
    found = _extract(tmp_path, "The UN called on Russia to hold talks with Ukraine.")
    assert _types(found, "Negotiation") == {"Planned"}


def test_is_to_after_a_noun_plans_it_only_before_a_verb_of_happening(tmp_path):
    """Review 37: "is to" before any word made "The offensive is to blame for the deaths of 200 civilians" a planned
    offensive; only a verb of happening ("is to take effect", "are to be held") tells an act still to come, and what
    "is to end" is given."""
    found = _extract(tmp_path, "The offensive is to blame for the deaths of 200 civilians.")
    assert _types(found, "Offensive") == {"Asserted"}
    found = _extract(tmp_path, "The invasion of Kuwait in 1990 is to be remembered as a turning point.")
    assert _types(found, "Attack") == {"Asserted"}
    found = _extract(tmp_path, "The attack is to be condemned.")
    assert _types(found, "Attack") == {"Asserted"}
    found = _extract(tmp_path, "The protest in Paris is to blame for the delays.")
    assert _types(found, "Protest") == {"Asserted"}
    found = _extract(tmp_path, "Multi-party elections are to be held within a year.")
    assert _types(found, "Election") == {"Planned"}


def test_an_act_expected_after_a_phrase_plans_the_phrases_head_not_a_noun_inside_it(tmp_path):
    """Review 37: "Talks on the end of the war in Yemen are expected next week" made the war Planned: a noun inside
    another's phrase is given; the head of the phrase is what is expected."""
    found = _extract(tmp_path, "Talks on the end of the war in Yemen are expected next week.")
    assert _types(found, "War") == {"Asserted"}
    found = _extract(tmp_path, "Negotiations about the invasion of Kuwait in 1990 are scheduled for May.")
    assert _types(found, "Attack") == {"Asserted"}
    found = _extract(tmp_path, "Talks between the union and the airline are expected next week.")
    assert _types(found, "Negotiation") == {"Planned"}
    found = _extract(tmp_path, "A ceasefire is to take effect on Monday and elections are to be held in May.")
    assert _types(found, "Election") == {"Planned"}  # after a clause and "and", no phrase: the head
    found = _extract(tmp_path, "Zimbabwean troops who have guarded the Beira corridor are to go home.\n\nMulti-party "
                               "elections are to be held within a year.")
    assert _types(found, "Election") == {"Planned"}  # Mozambique 1992: the sentence before is no phrase of it


def test_a_verb_of_saying_resumed_after_a_relative_clause_goes_on_with_the_same_sayers_words(tmp_path):
    """Review 37: "The spokesman, who said the army shelled Homs, added that rebels attacked Aleppo" asserted the
    attack on Aleppo: what the relative clause says ended at "added", a verb of saying with no cue of its own."""
    for verb in ("added", "warned", "noted"):
        found = _extract(tmp_path, f"The spokesman, who said the army shelled Homs, {verb} that rebels attacked Aleppo.")
        assert {c.modality for c in found if c.predicate == "hasPlace" and c.obj == "aleppo"} == {"Reported"}
    found = _extract(tmp_path, "The coach, who said the fans had been calm, added that a protest was held in Paris.")
    assert _types(found, "Protest") == {"Reported"}


def test_a_capitalised_said_opening_a_sentence_is_a_verb_and_after_a_name_a_name_for_every_reader(tmp_path):
    """Review 37: "Said the minister: the army shelled Homs in May." lost its report (only lower case was a verb), and
    "Egyptian forces from Port Said attacked Israeli positions" lost the attack's actor (roles read "Said" as a verb of
    saying). One rule (`_verbs.SAY`): a capitalised Said after a word or before a name is a name."""
    found = _extract(tmp_path, "Said the minister: the army shelled Homs in May.")
    assert {c.modality for c in found if c.predicate == "hasPlace" and c.obj == "homs"} == {"Reported"}
    found = _extract(tmp_path, "SAID the commander, the army shelled Homs in May.")
    assert {c.modality for c in found if c.predicate == "hasPlace" and c.obj == "homs"} == {"Reported"}
    found = _extract(tmp_path, "Egyptian forces from Port Said attacked Israeli positions in Sinai in 1956.")
    assert {c.obj for c in found if c.predicate == "hasActor"} == {"egyptian-armed-forces"}


def test_a_stand_on_an_event_gives_it_only_as_what_one_is_charged_with(tmp_path):
    """Review 37: "Russia said it would back the offensive on Idlib in May" asserted the offensive: backing it was read
    as taking it as given under any cue; only a charge of backing, ignoring or funding it gives it."""
    found = _extract(tmp_path, "Russia said it would back the offensive on Idlib in May.")
    assert _types(found, "Offensive") == {"Reported"}
    found = _extract(tmp_path, "The club said it would support the protest in Paris.")
    assert _types(found, "Protest") == {"Reported"}


def test_reports_a_verb_of_confirming_takes_are_no_allegation(tmp_path):
    """Review 37: "Police confirmed reports circulated on social media that a bomb exploded in Kabul" made the bombing
    unconfirmed; confirmed reports are the source's word. Reports with no confirming verb stay unconfirmed."""
    found = _extract(tmp_path, "Police confirmed reports circulated on social media that a bomb exploded in Kabul on "
                               "Monday.")
    assert _types(found, "Attack") == {"Asserted"}
    found = _extract(tmp_path, "The club confirmed allegations that fans held a protest in Paris on Monday.")
    assert _types(found, "Protest") == {"Asserted"}
    found = _extract(tmp_path, "There were reports that fans held a protest in Paris on Monday.")
    assert _types(found, "Protest") == {"Unconfirmed"}


def test_a_doubt_after_a_relative_word_doubts_the_noun_its_phrase_hangs_on(tmp_path):
    """Review 37: "The attack on Kabul that is still disputed killed 30 people" asserted the attack: the doubt reached
    only "Kabul that"; with a phrase of a preposition between, it doubts the noun the phrase hangs on."""
    found = _extract(tmp_path, "The attack on Kabul that is still disputed killed 30 people in May 2020.")
    assert _types(found, "Attack") == {"Unconfirmed"}
    found = _extract(tmp_path, "The protest in Paris that is still disputed drew 2,000 people.")
    assert _types(found, "Protest") == {"Unconfirmed"}

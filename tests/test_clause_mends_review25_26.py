"""The clause stage's mends that reviews 25 and 26 asked for (fixW).

Each test holds the reviewer's sentence, which the clause stage misread, and the rule's own sentence, which it must
still read.
"""

from __future__ import annotations

from .test_extraction import the_one, values


def test_a_sayer_told_after_what_is_said_takes_no_role_as_a_sayer_told_first(claims_of):
    for text in ("Russian forces captured Avdiivka on Saturday, the Russian defence ministry said.",
                 "The Russian defence ministry said Russian forces captured Avdiivka on Saturday."):
        claims = claims_of(text + "\n", date="2024-02-20")
        capture = the_one(claims, "Capture")
        assert values(claims, capture, "hasActor") == {"russian-armed-forces"}, text
        assert "russia" not in capture.replace("russian-armed-forces", ""), text  # no "capture in russia"


def test_the_parties_of_an_agreement_told_by_its_verb_are_the_whole_run_of_its_subject(claims_of):
    for text in ("At talks in Cairo, Israel and Hamas agreed to halt hostilities.",
                 "The United States said that at talks in Cairo Israel and Hamas agreed to halt hostilities."):
        claims = claims_of(text + "\n", date="2023-11-20")
        assert values(claims, the_one(claims, "Ceasefire"), "party") == {"israel", "hamas"}, text
    claims = claims_of("Russia and Turkey met in Istanbul and agreed to set up a joint centre to monitor the ceasefire.\n",
                       date="2022-07-20")
    assert values(claims, the_one(claims, "Agreement"), "party") == {"russia", "turkey"}


def test_the_host_of_the_talks_an_agreement_is_told_at_is_neither_its_party_nor_its_mediator(claims_of):
    claims = claims_of("At talks hosted by Qatar in Doha, Israel and Hamas agreed to a four-day pause in the "
                       "fighting.\n", date="2023-11-20")
    agreement = the_one(claims, "Agreement")
    assert values(claims, agreement, "party") == {"israel", "hamas"}
    assert not values(claims, agreement, "mediator")
    claims = claims_of("The ceasefire agreement, signed at talks hosted by Qatar, took effect on Friday.\n",
                       date="2023-11-20")
    agreement = the_one(claims, "Ceasefire")
    assert not values(claims, agreement, "mediator") | values(claims, agreement, "party")


def test_an_agreement_told_by_its_verb_leaves_the_talks_it_was_told_at_their_actor(claims_of):
    claims = claims_of("At the negotiations in Istanbul Ukraine agreed to a prisoner swap with Russia during the "
                       "war.\n", date="2022-05-20")
    assert values(claims, the_one(claims, "Agreement"), "party") == {"ukraine"}
    assert "ukraine" in values(claims, the_one(claims, "Negotiation"), "hasActor")


def test_an_object_relative_takes_nothing_before_an_object_or_with_words_as_its_means(claims_of):
    claims = claims_of("Germany, which Trump attacked in a speech, rejected the tariffs.\n", date="2025-05-20")
    assert not any(o == "germany" for s, p, o, _ in claims if p in ("hasPlace", "target"))
    claims = claims_of("Armenia, which Azerbaijan says attacked its positions, denied the charge.\n", date="2023-05-20")
    assert not any(o == "armenia" for s, p, o, _ in claims if p in ("hasPlace", "target"))
    claims = claims_of("Cambodia, which Vietnam invaded in December, appealed to the UN.\n", date="1979-05-20")
    assert values(claims, the_one(claims, "Attack"), "hasPlace") == {"cambodia"}


def test_a_speaker_who_only_names_an_act_loses_only_the_speakers_role(claims_of):
    claims = claims_of("Russia called the attack a success after its troops struck Kyiv.\n", date="2022-05-20")
    assert "russia" in values(claims, the_one(claims, "Attack"), "hasActor")
    claims = claims_of("Ukraine called the attack a war crime after Russian troops struck Kyiv.\n", date="2022-05-20")
    assert "ukraine" not in values(claims, the_one(claims, "Attack"), "hasActor")


def test_a_demonym_before_an_act_in_business_news_names_no_side(claims_of):
    claims = claims_of("Markets fell a year after the Chinese takeover of the port.\n", date="2021-05-20")
    assert not any(p in ("hasActor", "initiatedBy") and o == "china" for s, p, o, _ in claims)
    claims = claims_of("Fighting resumed a year after the Chinese takeover of the port.\n", date="2021-05-20")
    assert any(p in ("hasActor", "initiatedBy") and o == "china" for s, p, o, _ in claims)

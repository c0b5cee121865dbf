"""Guards of the second reading of session 34 (fix34b): a killing by blows is one of people only where what was beaten
is people (not "a leopard", "the idea", "the old regimen"), the teller's own dead are none in a game or a figure
("two of us died twice" in a video game, "dead on our feet"), "came at ... with all guns blazing" is no attack, and
"signed up" as a text's or a headline's last words is a joining, no signing.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Villagers beat a leopard to death after it mauled a child near Nashik.",
    "Villagers stoned a stray dog to death near Kano.",
    "At Davos the idea was beaten to death again by Klaus Schwab.",
    "The old regimen was beaten to death by the new coach.",
    "In paintball they killed two of us in the first minute.",
    "In the last level of the video game two of us died twice.",
    "By the end of the hike two of us were dead on our feet."])
def test_an_animal_an_idea_a_game_or_a_figure_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2021-05-10"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The mob beat the young soldier to death near Kano.",
    "Two of us were beaten to death at the well.",
    "Rebels beat the village chief to death in front of his family.",
    "The headman of Ojo was beaten to death by soldiers.",
    "A mob beat the driver to death near the market.",
    "At the ford the old officer was brutally beaten to death."])
def test_people_beaten_to_death_stay_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2021-05-10"), "Killing"), text


def test_all_guns_blazing_is_no_attack(claims_of):
    text = "The opposition came at the Prime Minister with all guns blazing during question time.\n"
    assert not typed(claims_of(text, date="2021-05-10"), "Attack")


@pytest.mark.parametrize("text", [
    "In Leeds thousands of volunteers signed up",
    "5,000 VOLUNTEERS SIGNED UP\n"])
def test_signed_up_at_the_end_of_a_text_or_a_line_is_no_signing(claims_of, text):
    assert not typed(claims_of(text, date="2021-05-10"), "Signing"), text

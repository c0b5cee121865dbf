"""s41 review (b) of events41's named present killing ("Fireman Duane Hodges is killed" out of a dated entry): a
thing's name is no person's ("Project Titan is killed", as "rebels killed Project Titan" kills no one), and a name
"killed" in the polls, the markets, a debate or a player's turn is a figure, not a death; the line's words are read
from the verb's own line, so a word of a story on another line leaves a real killing alone."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Project Titan is killed as Apple cuts costs.",
    "Affordable Care Act is killed in the Senate.",
    "Joe Biden is killed in the polls.",
    "Hillary Clinton and Barack Obama are killed in the primaries.",
    "President Obama is killed in the debate, critics say.",
    "Tom Hanks is killed in the ratings.",
    "Dow Jones is killed as markets tumble.",
    "Player One is killed and the level restarts.",
    "Spoiler: Tony Stark is killed at the end."])
def test_a_things_name_or_a_figure_of_polls_markets_or_a_player_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Senator John Smith is killed, reports say.",
    "In 1914 Archduke Franz Ferdinand is killed in Sarajevo.",
    "A film about the war opens today.\nCommander Ahmad Shah Massoud is killed at his base in the Panjshir valley."])
def test_a_person_named_killed_in_the_present_is_still_killed(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text

"""Guards from the review of session 25's title rule and date-line cut (branch events25b).

A title's act is the lead's act told at no place (`headlines.told_at_place`) only when the title asserts an act (no
agreement, no question, no accusation), the lead's sentence names no place anywhere in it (before the verb too, past
an abbreviation's full stop), and the lead's act is told undated or near the source's date. A line break cuts a dated
clause only before a line of furniture, not inside prose wrapped by hand (`dates.furniture`). A council "seized with"
a matter captures nothing.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

TITLE = "Rebel attack on Kindu airport\n3 March 2015, 10:00\n\n"


def _places(claims, subject: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == "hasPlace"}


def _dates(claims, subject: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == "startDate"}


def test_a_title_agreement_is_no_old_agreement_the_lead_recalls(claims_of):
    text = ("New ceasefire agreed in Kindu\n3 March 2015\n\nA ceasefire signed in 2009 collapsed within weeks. "
            "On Monday the parties met again.\n")
    assert len(typed(claims_of(text, date="2015-03-03"), "Ceasefire")) == 2


@pytest.mark.parametrize("lead", [
    "In Bunia, rebels attacked a police station on Monday. Two officers were killed.",
    "Rebels attacked a U.N. convoy near Bunia on Monday. Two peacekeepers were killed.",
    "Rebels last attacked a government convoy in 2012, the minister recalled. On Monday they struck the airport at "
    "Kindu.",
])
def test_a_lead_act_of_another_place_or_time_is_not_the_titles(claims_of, lead):
    claims = claims_of(TITLE + lead + "\n", date="2015-03-03")
    attacks = typed(claims, "Attack")
    assert len(attacks) == 2
    assert all(len(_places(claims, attack)) <= 1 for attack in attacks)


@pytest.mark.parametrize("text", [
    "Did rebels attack Kindu airport?\n\nRebels ambushed and attacked an army convoy on Monday, killing three "
    "soldiers. The airport was closed on Tuesday.\n",
    "Army accused of shelling Goma market\n2 March 2015\n\nThe army shelled rebel positions on Saturday, a spokesman "
    "said. Witnesses said shells also fell on the market.\n",
])
def test_a_question_or_accusation_in_a_title_is_no_act_of_the_lead(claims_of, text):
    claims = claims_of(text, date="2015-03-03")
    attacks = typed(claims, "Attack")
    assert len(attacks) == 2
    assert all(len(_places(claims, attack)) <= 1 for attack in attacks)


def test_a_title_act_is_still_the_lead_act_told_near_the_source_date(claims_of):
    claims = claims_of("Army shelling of Goma market\n\nThe army shelled the market on Saturday morning. "
                       "Eleven traders died.\n",
                       date="2015-03-03")
    [attack] = typed(claims, "Attack")
    assert _places(claims, attack) == {"goma"}


@pytest.mark.parametrize("text", [
    "Fighting resumed in the east after months of calm. Rebels attacked the army\nbarracks in Kindu and the airfield "
    "outside the town on the night of\n3 March 2015, killing four soldiers and wounding several civilians who\nlived "
    "near the perimeter fence, the regional governor told reporters.\n",
    "Rebels attacked the army barracks in Kindu on\n3 March 2015, killing four soldiers and wounding\nseveral "
    "civilians in the town.\n",
])
def test_prose_wrapped_by_hand_keeps_its_date(claims_of, text):
    claims = claims_of(text, date="2015-06-01")
    [attack] = typed(claims, "Attack")
    assert _dates(claims, attack) == {"2015-03-03"}


def test_a_council_seized_with_a_matter_captures_nothing(claims_of):
    claims = claims_of("The Security Council remains seized with the matter. Rebels seized control of the airport "
                       "in Goma on Monday.\n")
    assert len(typed(claims, "Capture")) == 1


def test_a_lead_act_at_the_town_of_the_titles_place_is_the_titles(claims_of):
    text = TITLE + ("The rebels had threatened to attack government positions. On Monday they attacked the airport in "
                    "Kindu.\n")
    assert len(typed(claims_of(text, date="2015-03-03"), "Attack")) == 1


def test_a_name_of_x_wrapped_in_prose_runs_on_past_its_line(extraction_of):
    extraction = extraction_of("The war ended after the Battle of Dien Bien\nPhu in May 1954.\n")
    assert {c.exact for c in extraction.claims if c.predicate == "type"
            and getattr(c.obj, "value", c.obj) == "Battle"} == {"Battle of Dien Bien\nPhu"}

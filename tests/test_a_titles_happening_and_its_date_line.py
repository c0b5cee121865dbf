"""A document's title names the happening its lead tells; the date line under the title is the document's date.

Seen on session 25's texts (set A): a press briefing titled "... artillery attack on <island>" over the line
"24 November 2010, 11:00", and a situation report titled "... Border clashes at <place>" over "Situation Report
No. 2, as of 25 June 2008". The sentencizer ran the title and the date line into one sentence, the title's event took
the document's date, and so it was minted apart from the lead's telling of the same happening: a spurious second
event. A line with no closing mark is furniture, not a clause of the title (`dates.attach._furniture_breaks`); and the
lead's first happening of the title's class, when its sentence names no other place, is the title's
(`headlines.told_at_place`). Near misses: a section heading over a line of prose keeps the date that prose gives it,
and a lead that tells an act at another place is another act.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _dates(claims, subject: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == "startDate"}


@pytest.mark.parametrize("text, cls", [
    ("Ministry of Defence, Republic of Sarland\nPress briefing on the rebel attack on Kindu Airport\n"
     "3 March 2015, 10:00 (unofficial translation)\n\nSPOKESMAN: Good morning. I will give you our position on "
     "yesterday's attack.\n\nAt dawn yesterday the rebels fired rockets at the airport. Two soldiers were killed.\n",
     "Attack"),
    ("SARLAND / NORLAND: Border clashes at Kindu\nSituation Report No. 4, as of 3 March 2015\n\n"
     "Fighting broke out on 1 March between Sarland and Norland forces at Kindu. Since then the front has been "
     "calm.\n", "Clash"),
    ("Statement on the shelling of Mogadishu harbour\n2 March 2015\n\nThe navy shelled the harbour on Saturday. "
     "Three fishermen died.\n", "Attack"),
])
def test_a_titles_happening_is_the_one_its_lead_tells(claims_of, text, cls):
    claims = claims_of(text, date="2015-03-03")
    assert len(typed(claims, cls)) == 1


def test_a_title_takes_no_date_from_the_date_line_under_it(claims_of):
    claims = claims_of("Briefing on the rebel attack on Kindu\n3 March 2015, 10:00\n\nNo more was said.\n",
                       date="2015-03-03")
    [attack] = typed(claims, "Attack")
    assert _dates(claims, attack) == set()


def test_a_section_heading_keeps_the_date_of_the_prose_under_it(claims_of):
    text = ("The war began in 2015.\n\nRetreat from Kindu\nOn 5 March 2015 the army withdrew from the town to the "
            "river.\n")
    claims = claims_of(text, date="2015-06-01")
    [withdrawal] = typed(claims, "Withdrawal")
    assert _dates(claims, withdrawal) == {"2015-03-05"}


def test_a_lead_telling_an_act_at_another_place_is_another_act(claims_of):
    text = ("Briefing on the rebel attack on Kindu\n3 March 2015, 10:00\n\nOn Monday rebels attacked a convoy near "
            "Bunia. The Kindu attack came a day later.\n")
    assert len(typed(claims_of(text, date="2015-03-03"), "Attack")) == 2

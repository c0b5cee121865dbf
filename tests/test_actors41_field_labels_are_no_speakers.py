"""actors41: the name of a document's field or section in capitals before its colon, opening a line of a cable, a
memorandum, a press release, a caption sheet or a forum post ("REMARKS: Awards to ...", "CAPTION: ...", "DISTRIBUTION:",
"BACKGROUND FOR EDITORS: ..."), is a label of what follows, no speaker (`CUES.FIELD_LABELS`). Guards: a speaker's name
in capitals before its colon stays a person, in transcripts of courts, sport, business and weather.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

LABELLED = [
    ("SUBJECT: Shelling of the refugee camp at Tal Abyad on 9 October 2019\nThe convoy left at dawn.", "subject"),
    ("REMARKS: Awards to the crew of HMS Glamorgan, hit by an Exocet on 12 June 1982, are processed separately.",
     "remarks"),
    ("CAPTION: Ruins of the Sabra camp, photographed in September 1982.", "caption"),
    ("BACKGROUND FOR EDITORS: The army said on 4 March 2013 that rebels had shelled Goma.",
     "background-for-editors"),
    ("UPCOMING:\nA briefing by the UN mission in Juba on 6 March 2014.", "upcoming"),
    ("DISTRIBUTION:\nall embassies in the region; the garrison at Leticia.", "distribution"),
    ("EDIT: several of you asked. I did not see the soldiers fire at Andijan in May 2005.", "edit"),
]


@pytest.mark.parametrize("text, label", LABELLED)
def test_a_field_label_before_its_colon_is_no_speaker(claims_of, text, label):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert label not in actors, (text, actors)


@pytest.mark.parametrize("text, person", [
    ("MS OKAFOR: Were you at the market on 7 July?\nWITNESS: Yes, I saw the police arrive.", "okafor"),  # courts
    ("HOST: Welcome back to the match report.\nRONALDO: We played well and the referee did not.", "ronaldo"),  # sport
    ("MODERATOR: Thank you all.\nDIMON: The bank expects growth in the third quarter.", "dimon"),  # business
    ("FORECASTER: Rain will spread across Cardiff on Monday.\nPRIYA: And the storm after it?", "priya"),  # weather
])
def test_a_speaker_in_capitals_stays_a_person(claims_of, text, person):
    people = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert person in people, (text, people)

"""names33: who an unknown name is, and what kind of actor.

- two capitalised words after a role are no person where a lower-case word of a body follows them ("leader of an
  X Y faction": the body X Y, its faction), nor where they end a longer name: after a capitalised word and "of"
  ("chairman of the Federation of Coastal Unity") or after capitalised words of no known name ("head of a High
  Transitional Authority");
- a given name and a word shaped like a surname ("-ian") before another capitalised word are a longer name's words,
  no person ("the Kivu Humanitarian Team");
- a transcript's label with no title that names a known place is a station's, no person speaking ("MOSCOW: It is
  signed."); an office's label is still a person's ("SPOKESMAN: Good morning.");
- a state's forces named by generic words and defined with an acronym are that state's armed forces, and so is the
  acronym ("the Armed Forces of Malawi (AFM)");
- "<demonym> <place>'s government" is no person's ("Iraqi Kurdistan's government"); words in capitals before another
  name in parentheses define no body ("HOTLINE CALLS" over "BENDER (TIGHINA)").
Guards: sentences of other kinds of text on which these rules must claim nothing they do not tell.
"""

from __future__ import annotations

import pytest

from claimgraph.recognise.names import NamesInContext
from claimgraph.recognise.nlp import pipeline

from .test_extraction import typed
from .test_names import found


def persons(recognisers, text: str) -> set[str]:
    """The words of each mention the recognisers type a person."""
    return {words for words, (cls, _) in found(recognisers, text).items() if cls == "Person"}


@pytest.mark.parametrize("text, not_person", [
    ("The raid targeted the leader of an Ansar Kalu faction in the hills.", "Ansar Kalu"),
    ("The delegates met the chairman of the Federation of Coastal Unity, who praised the plan.", "Coastal Unity"),
    ("Ana Ruiz will be sworn in as head of a High Transitional Authority on Saturday.", "Transitional Authority"),
    ("The report was written with the Kivu Humanitarian Team and its partners.", "Kivu Humanitarian"),
    ("Maria Gonzalez, director of the Institute of Tropical Medicine, presented the vaccine data.", "Tropical Medicine"),
])
def test_words_after_a_role_that_end_a_longer_name_or_own_a_faction_are_no_person(recognisers, text, not_person):
    assert not_person not in persons(recognisers, text)


def test_the_owner_of_a_faction_is_a_body(recognisers):
    names = found(recognisers, "The raid targeted the leader of an Ansar Kalu faction.")
    assert names["Ansar Kalu"][0] == "Organization"


def test_a_label_of_a_known_place_is_no_person_speaking(recognisers):
    text = "MOSCOW: It is signed. Peacekeepers from all sides.\nKIEV: And the bridge?"
    names = next(r for r in recognisers if isinstance(r, NamesInContext))  # the gazetteer reads the place's label too
    doc = pipeline()(text)
    doc.user_data["text"] = text
    assert not {text[c.start:c.end] for c in names(doc) if c.cls == "Person"}


def test_a_defined_state_force_and_its_acronym_are_the_states_forces(claims_of):
    claims = claims_of("Fighting between the Armed Forces of Malawi (AFM) and armed groups continued on Monday. "
                       "According to the AFM, ten soldiers were killed.", date="2017-06-01")
    assert "armed-forces-of-malawi" not in typed(claims, "ArmedGroup")
    assert typed(claims, "ArmedForce")


def test_a_demonym_before_a_lands_possessive_names_no_ruler(recognisers):
    assert not persons(recognisers, "The plan was approved by Iraqi Kurdistan's government in May.")


def test_a_heading_in_capitals_before_a_places_other_name_defines_no_body(recognisers):
    names = found(recognisers, "TRANSLATION OF INTERCEPTED FIELD TELEPHONE CALLS\nDUBOSSARY (DUBASARI), 19 JUNE 1992\n"
                               "The calls were recorded by the station.")
    assert not {words for words, (cls, _) in names.items() if cls == "Organization" and " " in words}


@pytest.mark.parametrize("text, person", [
    ("The director of the Museum of Modern Art Glenn Lowry opened the show.", "Glenn Lowry"),
    ("The head of Rosneft Igor Sechin met the minister.", "Igor Sechin"),
    ("The leader of the Free Aceh Movement Hasan Tiro lived in Sweden.", "Hasan Tiro"),
    ("She thanked the president of the Republic of Ireland Michael Higgins at the ceremony.", "Michael Higgins"),
])
def test_guard_a_person_after_a_bodys_or_a_places_whole_name_stays_the_person(recognisers, text, person):
    assert person in persons(recognisers, text)


@pytest.mark.parametrize("text", [
    "A Premier League group of club owners met in London on Tuesday.",
    "He joined a Silicon Valley network of angel investors.",
])
def test_guard_no_armed_group_nor_body_of_common_or_place_words(recognisers, text):
    assert not {cls for cls, _ in found(recognisers, text).values()} & {"ArmedGroup", "Organization", "Person"}


def test_guard_a_spoken_line_under_an_office_is_still_a_persons(recognisers):
    assert "SPOKESMAN" in persons(recognisers, "SPOKESMAN: Good morning. I will give you the ministry's position.")

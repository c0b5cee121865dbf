"""Events the pipeline told that the text does not (session 26, branch events26b).

A verb that tells again what someone holds ("recalled that", "repeated that", "added that") reports what follows, as
saying does, and so does a further clause of it after "and that". A word a copula puts on "it" ("Was it an invasion or
a rescue?"), or a characterisation with "act of" between ("called it a premeditated act of aggression"), is no new
event. A near miss ("close to war", "nearly went to war") and war in general ("by the standards of war") tell no war.
A participle of deposing before a noun ("the deposed Haitian dictator") names who someone was, no coup. A common word
capitalised only because it opens a sentence or a line ("Civil war broke out", "4 May - Full-scale war breaks out")
names no war.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _event_typings(extraction_of, text: str) -> dict[str, str]:
    """Each event word's typing claim in the text: its words -> its modality."""
    return {c.exact: c.modality for c in extraction_of(text).claims
            if c.predicate == "type" and c.exact in ("taken", "aggression", "attacked", "shelled", "withdrew",
                                                     "crossed", "stormed")}


@pytest.mark.parametrize("text, word", [
    ("The paper recalled that Malian troops had stormed the post at Kayes in April.", "stormed"),
    ("Radio Kampala repeated that Tanzanian forces had begun the aggression on 14 October.", "aggression"),
    ("The minister reiterated that rebels attacked the convoy near Goma on Friday.", "attacked"),
    ("The spokesman added that militiamen had shelled the market in Bunia.", "shelled"),
])
def test_a_verb_of_telling_again_reports_what_follows(extraction_of, text, word):
    assert _event_typings(extraction_of, text)[word] == "Reported"


def test_a_further_clause_after_and_that_is_the_sayers_too(extraction_of):
    text = ("The paper recalled that the crisis began on 9 April at Kayes, where Malian guards crossed the river, "
            "and that a dozen villagers were taken away as hostages.")
    modalities = _event_typings(extraction_of, text)
    assert modalities["taken"] == "Reported"


def test_a_clause_of_the_writers_own_is_still_asserted(extraction_of):
    text = "The radio repeated its appeal for calm. Rebels shelled the market in Bunia on Friday."
    assert _event_typings(extraction_of, text)["shelled"] == "Asserted"


@pytest.mark.parametrize("text, count", [
    ("On 14 March Armenian troops shelled the village of Kut. Baku called it a premeditated act of aggression.", 1),
    ("In October 1983 American troops stormed the island. Was it an invasion or a rescue?", 1),
    ("Serbian troops shelled the town in May. It was a massacre, one survivor said.", 1),
    # near miss: an act of aggression told of its own is one
    ("On 14 March Armenian troops shelled the village of Kut. A second act of aggression followed in May.", 2),
])
def test_a_characterisation_of_it_is_no_new_event(claims_of, text, count):
    assert len(typed(claims_of(text), "Event")) == count


@pytest.mark.parametrize("text, wars", [
    ("A clash at the fort in December 1928 brought the two states close to war.", 0),
    ("Ten years ago the two countries nearly went to war over the border.", 0),
    ("The losses were small by the standards of war.", 0),
    ("Both armies broke the laws of war, the report found.", 0),
    ("Somalia and Kenya went to war in 1964.", 1),  # near miss: a war that came
])
def test_a_near_miss_or_war_in_general_is_no_war(claims_of, text, wars):
    assert len(typed(claims_of(text), "War")) == wars


@pytest.mark.parametrize("text, coups", [
    ("Jean-Claude Duvalier, the deposed Haitian dictator, returned to Port-au-Prince in 2011.", 0),
    ("The overthrown king, Zahir Shah, returned to Kabul in 2002.", 0),
    ("The army deposed the president of Mali in 2012.", 1),  # near miss: the verb tells the coup
])
def test_a_deposed_leader_is_no_coup(claims_of, text, coups):
    assert len(typed(claims_of(text), "Coup")) == coups


def _labels(extraction_of, text: str) -> set[str]:
    return {e.label for e in extraction_of(text).entities.values()}


@pytest.mark.parametrize("text, name", [
    ("The truce collapsed in March 1994. Civil war broke out in May.", "Civil war"),
    ("22 May 1990 - The two states unite.\n\n4 May - Full-scale war breaks out.", "Full-scale war"),
    ("One war, two stories: India and China, 1962\n\nIn 1962 India and China fought a short war.", "One war"),
])
def test_a_common_word_opening_a_sentence_names_no_war(extraction_of, text, name):
    assert name not in _labels(extraction_of, text)


def test_a_place_opening_a_sentence_still_names_its_war(extraction_of):
    assert "Tigray war" in _labels(extraction_of, "Tigray war veterans met in Mekelle in 2023.")


@pytest.mark.parametrize("text, modality", [
    ("He accuses northern groups of killing more than 150 party members since unification.", "Unconfirmed"),
    ("The opposition accused the ruling party of killing 30 students in Bamako.", "Unconfirmed"),
    ("Army officials said the floods killed 30 people.", None),  # near miss: no armed men, no charge
    ("The party accused the minister of lying about the 30 people the floods killed.", None),  # near miss
])
def test_a_charge_of_killing_a_count_alleges_a_killing_whoever_is_accused(extraction_of, text, modality):
    killings = [c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.obj == "Killing"]
    assert killings == ([modality] if modality else [])

"""Recognisers: each finds its kind of mention and slices the text exactly."""

from __future__ import annotations

import pytest

from claimgraph.recognise import default_recognisers
from claimgraph.recognise.base import settle
from claimgraph.recognise.dates import Dates
from claimgraph.recognise.nlp import pipeline


@pytest.fixture(scope="module")
def recognisers():
    return default_recognisers()


def found(recognisers, text):
    doc = pipeline()(text)
    return [(text[c.start:c.end], c.entity or c.value or c.cls) for c in settle(c for r in recognisers for c in r(doc))]


def test_every_recogniser_slices_the_text_exactly(recognisers):
    text = "Upon the attack of the Armenian army on September 27, 2020, Azerbaycan’ı ve Dağlık Karabağ’ın."
    doc = pipeline()(text)
    for recogniser in recognisers:
        for cand in recogniser(doc):
            assert 0 <= cand.start < cand.end <= len(text)
            assert text[cand.start:cand.end].strip() == text[cand.start:cand.end]


def test_turkish_suffixes_do_not_hide_names(recognisers):
    names = found(recognisers, "Dağlık Karabağ’ın dağlık bölgesi ve Azerbaycan’a karşı Ermenistan ordusu")
    assert ("Dağlık Karabağ", "nagorno-karabakh") in names
    assert ("Azerbaycan", "azerbaijan") in names


def test_demonym_and_troops_is_the_state_s_armed_force(recognisers):
    names = dict(found(recognisers, "The Azerbaijani army and Armenian forces fought; Turkish soldiers did not."))
    assert names["Azerbaijani army"] == "azerbaijani-armed-forces"
    assert names["Armenian forces"] == "armenian-armed-forces"
    assert names["Turkish soldiers"] == "turkish-armed-forces"


def test_longest_name_wins(recognisers):
    names = dict(found(recognisers, "Azerbaijan attacked the Republic of Artsakh."))
    assert names["Republic of Artsakh"] == "republic-of-artsakh"
    assert "Artsakh" not in names


def test_capitalised_trigger_inside_a_name_is_no_event(recognisers):
    names = found(recognisers, "Armenia sought to draw the Collective Security Treaty Organization into the war.")
    assert ("Treaty", "Treaty") not in names


@pytest.mark.parametrize("text, value", [
    ("on September 27, 2020,", "2020-09-27"),
    ("on 10 November 2020.", "2020-11-10"),
    ("27 Eylül 2020", "2020-09-27"),
    ("in April 2016 as", "2016-04"),
    ("signed in Bishkek in 1994,", "1994"),
    ("2020’de Ermenistan", "2020"),
    ("2021-03-31", "2021-03-31"),
])
def test_dates_are_normalised(text, value):
    doc = pipeline()(text)
    assert [c.value for c in settle(Dates()(doc))] == [value]


@pytest.mark.parametrize("text", ["3,830 people", "resolutions 822, 853, 873", "160x600_edited.jpg", "February 30, 2020"])
def test_numbers_that_are_not_dates_are_left_alone(text):
    assert list(Dates()(pipeline()(text))) == []

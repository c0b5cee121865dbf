"""A person named by a title and a lone surname: the typing claim quotes the title with the name ("President Reagan"),
the form of address the source calls the person by; before a full name the title describes and is not quoted."""

from __future__ import annotations

import pytest

from .test_names import found


def _typed_as(extraction, cls: str) -> set[str]:
    return {c.exact for c in extraction.claims if c.predicate == "type" and getattr(c.obj, "value", c.obj) == cls}


@pytest.mark.parametrize("text, quoted", [
    ("President Kagame flew to Goma on Monday.", "President Kagame"),
    ("Mr Nkurunziza met the mediators in Arusha.", "Mr Nkurunziza"),
    ("The talks stalled, and Commissioner Okafor asked Ms Banda to go on.", "Ms Banda"),
    ("On 3 May Captain Rahman said the frigate had been hit.", "Captain Rahman"),
    ("Its pilot, Lt. Osborn, landed on Hainan.", "Lt. Osborn"),
])
def test_a_title_before_a_lone_surname_is_quoted_with_it(extraction_of, text, quoted):
    assert quoted in _typed_as(extraction_of(text, "1990-01-01"), "Person")


def test_a_title_before_a_full_name_describes_and_a_body_keeps_its_words(extraction_of):
    people = _typed_as(extraction_of("Foreign Minister Lena Haddad met the envoy in Amman.", "1990-01-01"), "Person")
    assert "Lena Haddad" in people and not any(p.startswith("Foreign") for p in people)
    claims = extraction_of("The General Assembly met in New York. Mr. Bean Street was closed.", "1990-01-01").claims
    assert not any(c.exact.startswith(("General", "Mr")) and c.predicate == "type"
                   and getattr(c.obj, "value", c.obj) == "Person" for c in claims)


@pytest.mark.parametrize("text, name", [
    ("Its navigator, Lt. Amara Diallo, radioed the tower.", "Amara Diallo"),
    ("The Rt Hon Peter Walsh said the garrison would stay.", "Peter Walsh"),
    ("Brig. Tomas Ruiz led the landing at dawn.", "Tomas Ruiz"),
])
def test_a_rank_abbreviated_or_a_privy_counsellors_title_before_a_name_names_a_person(recognisers, text, name):
    assert found(recognisers, text)[name][0] == "Person"


def test_a_commissioner_without_a_name_is_no_person(recognisers):
    named = found(recognisers, "The Commissioner said the hearing would resume. Lt. Col. Ames Road was closed.")
    assert "Person" not in {cls for cls, _ in named.values()}

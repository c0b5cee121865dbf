"""A well-known short alternate name of a place stands alone, unless the source's other places put the text in
another country (`recognise.alternates._placed_elsewhere`): sentences composed for the rule."""

from __future__ import annotations

import pytest

from .conftest import place_mentions


def _entities(text: str, tmp_path) -> set[str | None]:
    return {entity for _, entity in place_mentions(text, tmp_path)}


@pytest.mark.parametrize("text, right", [
    ("Saigon fell in 1975.\n", "ho-chi-minh-city"),
    ("Kharkov was shelled again overnight.\n", "kharkiv"),
    ("The Marines entered Basra on 6 April.\n", "basrah"),
    ("Fighting in Falluja continued for a week.\n", "al-fallujah"),
    ("Flights from Bombay to London were cancelled after the strike.\n", "mumbai"),  # a capital puts it nowhere
    ("Saigon fell to North Vietnamese troops on 30 April 1975.\n", "ho-chi-minh-city"),
    ("Russian forces shelled Kharkov and Moscow denied it.\n", "kharkiv"),  # one other country's actors
])
def test_a_short_alternate_name_no_other_place_puts_elsewhere_stands(tmp_path, text, right):
    assert right in _entities(text, tmp_path)


@pytest.mark.parametrize("text, wrong", [
    ("Rain closed the market in Kurla while Pune and Nagpur stayed dry.\n", "korla"),  # towns of another country
    ("Delegates met at the Trident before the vote.\n", "trento"),  # after "the": a hotel's, a ship's
])
def test_a_short_alternate_name_the_text_puts_elsewhere_or_after_the_is_not_that_place(tmp_path, text, wrong):
    assert wrong not in _entities(text, tmp_path)

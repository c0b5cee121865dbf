"""A pair of states named again as a pair ("the two countries", "both governments", "between the neighbours") names
the two states the source named last as a list of two (`extract.pairs`, read by the `pronouns` stage): each takes the
role a name of it would. One sentence of a fresh text that was misread, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, pair", [
    ("Ecuador and Peru signed a declaration in Brazil on Friday. The two countries last fought in the same mountains "
     "in 1981, in a brief clash Ecuadoreans call the Paquisha war.", "War", {"ecuador", "peru"}),
    ("Talks between India and China stalled in 1960. In 1962 both governments sent troops to the border and the two "
     "countries fought a short war.", "War", {"india", "china"})])
def test_the_two_countries_are_the_pair_of_states_named_before(claims_of, text, cls, pair):
    """"The two countries last fought ... the Paquisha war": the two states are the pair the text named before
    ("Ecuador and Peru"), both sides of the war."""
    claims = claims_of(text, date="1995-02-17")
    war = the_one(claims, cls)
    assert pair <= values(claims, war, "hasActor") | values(claims, war, "initiatedBy")


def test_the_two_sides_name_no_pair_of_states(claims_of):
    """"both sides" of a war may be others than the pair of states named before (Britain and France demanded that
    Israel and Egypt withdraw): no pair is read into it."""
    claims = claims_of("Britain and France issued an ultimatum. The war ended when both sides agreed a ceasefire.",
                       date="1956-11-07")
    assert not {"united-kingdom", "france"} & {o for s, p, o, _ in claims if p in ("hasActor", "party")}


def test_no_pair_is_read_where_none_was_named(claims_of):
    """"the two countries" with no list of two states before names no one."""
    claims = claims_of("Russia, Ukraine and Belarus met in Minsk. Later the two countries fought a short war.",
                       date="2022-03-01")
    war = the_one(claims, "War")
    assert not values(claims, war, "hasActor")


@pytest.mark.parametrize("text, cls, pair", [
    ("India and China met.\nBoth\ngovernments sent troops to the border and fought.", "Deployment", {"india", "china"}),
    ("India and Pakistan ended the crisis in 1966. In 1971 the\u00a0two\u00a0countries fought another war.", "War",
     {"india", "pakistan"})])
def test_a_pair_phrase_broken_by_a_line_or_a_non_breaking_space_names_the_pair(claims_of, text, cls, pair):
    """"Both\\ngovernments": the phrase's words may stand apart by any space (the build stopped on it): each word names
    one state of the pair."""
    claims = claims_of(text, date="1971-12-20")
    assert pair <= values(claims, the_one(claims, cls), "hasActor")


def test_the_first_words_of_a_pair_phrase_end_at_their_last_letter():
    """"the two  countries": "the two" names the first state, without the spaces after it."""
    from claimgraph.lang.en.coreference import PAIR_OF_STATES
    cue = PAIR_OF_STATES.search("In 1962 the two  countries fought.")
    assert (cue.group("first"), cue.group("noun")) == ("the two", "countries")


@pytest.mark.parametrize("text, cls, told_before, date", [
    ("France and Germany signed the Elysee Treaty in 1963. In 1980 Iraq invaded Iran, and the two countries fought a "
     "war that lasted eight years.", "War", {"france", "germany"}, "1990-01-01"),
    ("The United States and Britain imposed sanctions on Moscow. In 2014 Russia annexed Crimea, and since then the two "
     "countries have been at war in the Donbas.", "War", {"united-states", "united-kingdom"}, "2015-01-01"),
    ("Egypt and Jordan signed peace treaties with Israel decades ago. Talks between Israel and the Palestinians "
     "resumed in Cairo, and the two delegations met for three hours.", "Meeting", {"egypt", "jordan"}, "2021-05-10"),
    ("Britain and France sold arms to the region. In 1969 Honduras expelled settlers from El Salvador, and the two "
     "countries fought a war that lasted four days.", "War", {"united-kingdom", "france"}, "1970-01-01")])
def test_a_pair_phrase_after_other_states_names_no_pair_told_before_them(claims_of, text, cls, told_before, date):
    """"In 1980 Iraq invaded Iran, and the two countries fought": the states named since (two of them alone, or one
    in the phrase's own sentence) stand between the phrase and the pair told before: it is not theirs."""
    claims = claims_of(text, date=date)
    event = the_one(claims, cls)
    assert not told_before & (values(claims, event, "hasActor") | values(claims, event, "hasPlace"))


def test_two_states_named_alone_in_one_sentence_are_the_pair(claims_of):
    """"In 1969 Honduras expelled settlers from El Salvador, and the two countries fought": the two states are the pair
    the phrase names."""
    claims = claims_of("In 1969 Honduras expelled settlers from El Salvador, and the two countries fought a war that "
                       "lasted four days.", date="1970-01-01")
    assert "el-salvador" in values(claims, the_one(claims, "War"), "hasActor")


@pytest.mark.parametrize("text, sides", [
    ("Norway and Cuba hosted the talks between the Colombian government and the FARC. The two delegations met in "
     "Havana on Monday.", {"norway", "cuba"}),
    ("Sweden and Kuwait hosted the talks. Yemen's government sent its envoys, and the two delegations met in Stockholm "
     "on Monday.", {"sweden", "kuwait"})])
def test_the_two_delegations_are_no_pair_a_third_state_was_named_after(claims_of, text, sides):
    """"the two delegations" are the sides of talks: a pair of hosts, a third state named since, is not theirs."""
    claims = claims_of(text, date="2016-09-30")
    assert not sides & values(claims, the_one(claims, "Meeting"), "hasActor")


@pytest.mark.parametrize("text, backers, pair", [
    ("Britain and France backed the talks. The two countries at war, Ecuador and Peru, signed a truce in Brazil.",
     {"united-kingdom", "france"}, {"ecuador", "peru"}),
    ("India and Pakistan sent observers. Both nations, Ethiopia and Eritrea, signed the Algiers Agreement in December.",
     {"india", "pakistan"}, {"ethiopia", "eritrea"})])
def test_a_pair_phrase_before_its_own_pair_names_no_pair_told_before(claims_of, text, backers, pair):
    """"The two countries at war, Ecuador and Peru, signed": the list after the comma is the phrase's own pair."""
    claims = claims_of(text, date="2000-12-20")
    parties = {o for s, p, o, _ in claims if p == "party"}
    assert pair <= parties
    assert not backers & parties

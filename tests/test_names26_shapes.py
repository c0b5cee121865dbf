"""Names read whole and typed right, from session 26's review of setA's actors and places: a monarch's "Sultan"
before a name, a Mauritanian "Ould" inside one, a land's possessive before a role's holder in apposition (no word of
the holder's name); a ship disabled or named with its prefix and a kind of place ("USS Harlan County"), no town nor
county; a land crossed into or withdrawn from, its article before it; two slums or neighbourhoods of one kind word; a
press review's paper and a monitoring digest's broadcaster that open their entries; a signature block, no story; a
transcript's speaker after a title ("MR. McCURRY:"), and a heading ("PRESS REVIEW: SENEGAL") no speaker;
persons "among them" after a role in the plural."""

from __future__ import annotations

from claimgraph.model import SourceMeta
from claimgraph.read import read

from .conftest import place_mentions
from .test_names import found


def _classes(recognisers, text: str) -> dict[str, str]:
    """Each entity mention's words -> its class."""
    return {words: cls for words, (cls, _) in found(recognisers, text).items()}


def test_a_sultan_before_a_name_is_a_title(recognisers):
    assert _classes(recognisers, "In 1970 Sultan Qaboos bin Said deposed his father.")["Qaboos bin Said"] == "Person"
    assert _classes(recognisers, "The revolt was aimed at Sultan Abdul Hamid, who ruled from Istanbul.")[
        "Abdul Hamid"] == "Person"
    assert "Person" not in _classes(recognisers, "The Sultan's soldiers held the jebel in 1972.").values()


def test_ould_joins_a_mauritanian_name(recognisers):
    names = _classes(recognisers, "President Mohamed Ould Abdel Aziz flew to Banjul on 20 January.")
    assert names["Mohamed Ould Abdel Aziz"] == "Person"
    names = _classes(recognisers, "Colonel Ely Ould Mohamed Vall took power in a coup in 2005.")
    assert names["Ely Ould Mohamed Vall"] == "Person"
    assert _classes(recognisers, "President Abdel Aziz flew to Banjul.")["Abdel Aziz"] == "Person"


def test_a_lands_possessive_before_a_roles_holder_is_no_word_of_the_name(recognisers):
    names = _classes(recognisers, "The talks were led by the chairman of the African Union, Chad's Moussa Faki, "
                                  "in March.")
    assert names["Moussa Faki"] == "Person" and "Chad's Moussa Faki" not in names
    names = _classes(recognisers, "They met the special envoy of the United Nations, Algeria's Lakhdar Brahimi, in Kabul.")
    assert names["Lakhdar Brahimi"] == "Person"
    assert _classes(recognisers, "The spokesman of the ministry, Maria Zakharova, said so.")["Maria Zakharova"] == "Person"


def test_a_ship_disabled_or_prefixed_is_no_place(tmp_path):
    places = {words for words, _ in place_mentions(
        "Aircraft sank a freighter and disabled the Houston on the first morning. The USS Harlan County turned back "
        "on 11 October. Egyptian torpedo boats sank the Eilat off Port Said in 1967.", tmp_path,
        ("Settlement", "Region", "Place"))}
    assert not {"Houston", "Harlan County", "Eilat"} & places
    assert "Port Said" in places


def test_a_town_disabled_before_a_noun_stays_a_place(tmp_path):
    places = {words for words, _ in place_mentions(
        "The rebels disabled the Kabul garrison in 1992 and the Aden refinery in 1994.", tmp_path)}
    assert {"Kabul", "Aden"} <= places


def test_a_press_reviews_paper_opens_its_entry(tmp_path):
    mentions = place_mentions(
        'PRESS REVIEW\n\nAl-Ahram (Cairo, semi-official daily), Monday: "A victory for peace." The paper praised it.'
        "\n\nHaaretz (Tel Aviv), Tuesday, was more cautious.\n\nDiario Oficial (Lima, weekly) said nothing.\n\n"
        "Kofi Annan (Ghana) said the truce would hold.\n\nJuan Perez (Lima), a farmer, saw the soldiers.",
        tmp_path, ("Organization",))
    assert {words for words, _ in mentions} == {"Al-Ahram", "Haaretz", "Diario Oficial"}


def test_a_monitoring_digests_broadcaster_opens_its_entry(tmp_path):
    mentions = place_mentions(
        "Tehran home service in Persian 1630 gmt 12 Aug 88: The radio said aircraft had bombed Ahvaz.\n\n"
        "Tehran in Arabic 1800 gmt 12 Aug 88: The front was quiet.\n\n"
        "Baghdad radio 0600 gmt 13 Aug 88: The radio said the front was quiet.\n\n"
        "Baghdad 1800 gmt: the city was quiet.", tmp_path, ("Organization", "Settlement"))
    assert ("Tehran home service", "radio-tehran") in mentions and ("Tehran in Arabic", "radio-tehran") in mentions
    assert ("Baghdad radio", "radio-baghdad") in mentions
    assert ("Baghdad", "baghdad") in mentions  # an hour without a kind or a language: the town


def test_a_land_crossed_into_or_withdrawn_from_is_a_place(tmp_path):
    places = {words for words, _ in place_mentions(
        "In July 1977 the army crossed into the Ogaden in support of the front. In 1988 rebels infiltrated into the "
        "Casamance from the south. In May the government would withdraw its forces from the Kivuland, and the "
        "withdrawal was complete.", tmp_path, ("Settlement", "Region", "Place"))}
    assert {"Ogaden", "Casamance", "Kivuland"} <= places


def test_no_place_crossed_into_by_support_or_a_party(tmp_path):
    places = {words for words, _ in place_mentions(
        "He withdrew his support from the Guardian in May. Smith crossed from the Conservatives to Labour in 1990.",
        tmp_path, ("Settlement", "Region", "Place"))}
    assert not {"Guardian", "Conservatives"} & places


def test_two_slums_or_neighbourhoods_share_their_kind(tmp_path):
    places = dict(place_mentions("Protests in the Kibera and Mathare slums of Nairobi turned violent. Fighting spread "
                                 "to the Bab Tebbaneh and Jabal Mohsen neighbourhoods of Tripoli. Fighting reached "
                                 "the Sunni and Alawite neighbourhoods of Homs.", tmp_path, ("District",)))
    assert {"Kibera", "Mathare", "Bab Tebbaneh", "Jabal Mohsen"} <= set(places)
    assert "Alawite" not in places


def test_a_signature_block_is_no_story(tmp_path):
    text = ("The board judges that the regime is secure.\n\nFOR THE BOARD OF ESTIMATES:\n\nSHERMAN KENT\nChairman\n\n"
            "Kofi A. Annan\nSecretary-General\n\nThe Chairman\nspoke in Kent on Monday.\n")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    doc = read(SourceMeta(id="t", path="t.txt", date="1961-05-25", language="en"), tmp_path)
    roles = {doc.text[b.start:b.end]: b.role for b in doc.blocks}
    assert roles["SHERMAN KENT\nChairman"] == roles["Kofi A. Annan\nSecretary-General"] == "byline"
    assert roles["The Chairman\nspoke in Kent on Monday."] == "body"


def test_a_transcripts_speaker_after_a_title_and_no_heading(recognisers):
    text = ("PRESS REVIEW: SENEGAL AND MAURITANIA\n\nMR. McCURRY: Good afternoon. Let me begin.\n\n"
            "SECRETARY CHRISTOPHER: We will not stay.\n\nSITUATION REPORT: KIVU\n\nKOBAKHIDZE:\nWe condemn it.\n")
    names = _classes(recognisers, text)
    assert names["McCURRY"] == names["CHRISTOPHER"] == names["KOBAKHIDZE"] == "Person"
    assert "PRESS REVIEW" not in names and "SITUATION REPORT" not in names


def test_persons_among_them_after_a_role_in_the_plural(recognisers):
    names = _classes(recognisers, "A letter signed by five conservative party leaders, among them Vasil Bilak and "
                                  "Alois Indra, was handed over. The rebel commanders, among them Okot Odhiambo and "
                                  "Vincent Otti, refused.")
    assert names["Vasil Bilak"] == names["Alois Indra"] == names["Okot Odhiambo"] == names["Vincent Otti"] == "Person"
    names = _classes(recognisers, "Several donors, among them Norway and Sweden, paid.")
    assert names["Norway"] == names["Sweden"] == "State"

"""What a count and an act word belong to, on texts nobody tuned for: a count belongs to its own clause's event,
not a later clause's with a subject of its own; "the attacks" names no single attack told before; a possessive act
dated otherwise ("Its largest offensive came in May 2000"), a "later" war and an agreement on cessation of
hostilities are happenings and agreements of their own; a party listed after "by" is no place. Each on the text's
sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from claimgraph.read import infer
from claimgraph.run.build import combine, extract


def _counted(claims, predicate: str = "deaths") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for s, p, o, _ in claims:
        if p == predicate:
            found.setdefault(s, set()).add(o)
    return found


def _typed(claims, subject: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == "type"}


@pytest.mark.parametrize("text, count, other, own", [
    ("An hour before the ceasefire began, a mortar shell fired from Gaza killed two men at a kibbutz in southern "
     "Israel, and an Israeli air strike destroyed a building in Gaza City, the army and local officials said.",
     "2", "Attack", None),
    ("Officials say about 1,200 people were killed, most of them civilians, and that some 240 people were taken "
     "to Gaza as hostages.", "1200", "Abduction", None),
    ("Gunmen killed 14 farmers near the village, and the army launched an offensive in the hills the next day.",
     "14", "Offensive", "Killing"),
    ("Aid workers say at least 30 people were killed, most of them women, and that the militia later shelled the "
     "camp.", "30", "Attack", None)])
def test_a_count_is_no_event_of_a_later_clause_with_its_own_subject(claims_of, text, count, other, own):
    """"a mortar shell ... killed two men ..., and an Israeli air strike destroyed a building": the mortar's dead
    went to the strike, the only event word, told in the next clause with a subject and a verb of its own; "about
    1,200 people were killed, ..., and that some 240 people were taken ... as hostages": the dead went to the
    abduction. A count belongs to its own clause's event (`own`), and to none where its clause names none and no
    conflict was told before."""
    claims = claims_of(text, date="2023-12-05")
    holders = {s for s, values in _counted(claims).items() if count in values}
    assert not any(other in _typed(claims, s) for s in holders)
    assert {own} == {cls for s in holders for cls in _typed(claims, s) - {"Event"}} if own else not holders


@pytest.mark.parametrize("text, place, count", [
    ("Three days later an Israeli strike in Beirut killed Fuad Shukr, a senior Hezbollah commander.\n\nEscalation\n\n"
     "On 17 September 2024 thousands of pagers used by Hezbollah members exploded almost simultaneously across "
     "Lebanon and in parts of Syria. A second wave of explosions, this time of walkie-talkie radios, followed the "
     "next day. The attacks killed 42 people, including several children, and wounded about 3,500, according to "
     "the Lebanese health ministry.", "beirut", "42"),
    ("On Friday rebels launched an attack on the airport in Goma.\n\nAftermath\n\nOn Sunday several explosions "
     "shook the market. The attacks killed 9 soldiers.", "goma", "9"),
    ("On 27 July 2024 a rocket struck a football pitch in Haifa, killing twelve children.\n\nOn 17 September "
     "thousands of pagers exploded across Lebanon. The attacks killed 42 people.", "haifa", "42")])
def test_the_attacks_killed_counts_no_attack_of_an_earlier_paragraph(claims_of, text, place, count):
    """"The attacks killed 42 people": the plural named again the one strike told before ("an Israeli strike in
    Beirut"), which took the pagers' dead; then the rocket that "struck" Majdal Shams a paragraph before. Many acts
    are not acts of an earlier paragraph."""
    claims = claims_of(text, date="2024-12-01")
    placed = {s for s, p, o, _ in claims if p == "hasPlace" and o == place}
    counted = _counted(claims)
    assert placed and not any(count in counted.get(s, set()) for s in placed)
    assert any(count in values for values in counted.values())


@pytest.mark.parametrize("text, operation, day", [
    ("After months of trench warfare, Ethiopia launched Operation Sunset in February 1999 and retook Badme. Its "
     "largest offensive came in May 2000, when Ethiopian forces broke through the western front near Barentu and "
     "advanced towards Assab.", "operation-sunset", "2000-05"),
    ("In March 2015 the coalition began Operation Decisive Storm against the Houthis. Their biggest offensive came "
     "in July 2016, when Houthi fighters attacked Saudi border posts.", "operation-decisive-storm", "2016-07")])
def test_a_possessive_act_dated_otherwise_is_no_operation_named_before(claims_of, text, operation, day):
    """"Its largest offensive came in May 2000": the possessive act word named again Operation Sunset, told in
    February 1999, which took the offensive's date. Whose act it is and another date make it a new act."""
    claims = claims_of(text, date="2020-01-15")
    assert day not in {o for s, p, o, _ in claims if s == operation and p == "startDate"}
    assert day in {o for s, p, o, _ in claims if p == "startDate"}


@pytest.mark.parametrize("text, war, place", [
    ("The war between Eritrea and Ethiopia began in May 1998 and lasted until June 2000. Troops were not withdrawn "
     "from Badme, and critics say the reconciliation paved the way for Eritrea's role in the later war in Tigray.",
     "war-in-eritrea-t", "tigray"),
    ("The war between Israel and Hezbollah began in 2023. Many of the fighters had served in the previous war in "
     "Lebanon.", "war-in-israel-t", "lebanon")])
def test_a_later_or_previous_war_is_another_war(claims_of, text, war, place):
    """"Eritrea's role in the later war in Tigray": read as the text's war, which took Tigray as its place and
    Eritrea as an actor. A war set later or earlier by its adjective is another war."""
    claims = claims_of(text, date="2020-01-15")
    assert (war, "hasPlace", place) not in {(s, p, o) for s, p, o, _ in claims}
    assert any(p == "hasPlace" and o == place for s, p, o, _ in claims)


@pytest.mark.parametrize("text, first, second", [
    ("The war between Eritrea and Ethiopia began in May 1998. It lasted until June 2000. Talks mediated by the "
     "Organisation of African Unity led to the Agreement on Cessation of Hostilities, signed in Algiers on 18 June "
     "2000. It provided for a United Nations peacekeeping mission. The Algiers Agreement that "
     "ended the war was signed by Prime Minister Meles Zenawi and President Isaias Afwerki on 12 December 2000.",
     "2000-06-18", "2000-12-12"),
    ("The civil war in Angola resumed in 1992. Fighting spread to the north. After weeks of talks the two sides signed an agreement on the cessation of hostilities in Lusaka on 3 April "
     "1994. Their leaders met again later that year. The Lusaka Accord was signed on 20 November 1994.",
     "1994-04-03", "1994-11-20")])
def test_an_agreement_on_cessation_of_hostilities_is_no_later_accord_named_after_its_city(tmp_path, recognisers, text,
                                                                                           first, second):
    """"the Agreement on Cessation of Hostilities, signed in Algiers on 18 June 2000" ... "The Algiers Agreement ...
    signed ... on 12 December 2000": linking joined the two as one agreement named after its city (dated on both
    days). An agreement whose title halts the fighting is a ceasefire, and a ceasefire and an accord of other days
    are two."""
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    ex, = combine([extract(infer.bare_meta(tmp_path / "a.txt"), tmp_path, recognisers)])
    dates = {}
    for c in ex.claims:
        if c.predicate == "date":
            dates.setdefault(c.subject, set()).add(c.obj.value)
    assert {first} in dates.values() and {second} in dates.values(), dates


@pytest.mark.parametrize("text, party, place", [
    ("The United Nations mission, UNAMET, which organised the August 30 ballot under an agreement signed by "
     "Indonesia and Portugal in New York on May 5, said it was pulling most of its staff out.", "portugal",
     "new-york"),
    ("The accord was signed by Sudan, Chad and the Central African Republic in Khartoum on 12 June 2010.", "chad",
     "khartoum")])
def test_a_party_listed_after_by_is_no_place_of_the_signing(claims_of, text, party, place):
    """"an agreement signed by Indonesia and Portugal in New York": the signing was labelled "Indonesia signing in
    Portugal", the second party of the list read as where it was signed."""
    claims = claims_of(text, date="2010-09-06")
    signings = {s for s, p, o, _ in claims if p == "type" and o == "Signing"}
    assert signings and all(party not in s and place in s for s in signings)

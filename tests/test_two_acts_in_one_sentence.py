"""Two acts told in one sentence are two events, each with its own actors, places and dates: a clause with a subject
and a past verb of its own joined after an act's (`scope.act_joins`), whose label names no actor of the clause before
it; armed men who "took" a known place captured it. Each on a sentence of a held-out text that was misread, and one
of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


def _of_place(claims, cls: str, place: str) -> str:
    """The one event of class `cls` the claims place at `place`."""
    [event] = {s for s in typed(claims, cls) if place in values(claims, s, "hasPlace")}
    return event


@pytest.mark.parametrize("text, first, second", [
    ("In June 1998 Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck the northern Ethiopian city of "
     "Mekele.", ("asmara-airport", "ethiopia"), ("mek-ele", "eritrea")),
    ("Russian troops captured Gori on 12 August, and Georgian forces shelled Tskhinvali the next day.",
     ("gori", "russian-armed-forces"), ("tskhinvali", "georgian-armed-forces"))])
def test_a_clause_with_its_own_subject_after_an_act_keeps_its_names_apart(claims_of, text, first, second):
    """"Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck Mekele": resolve named one act of armed
    conflict per sentence and the clause rules cut no clause before a subject of a demonym and a noun, so the
    Ethiopian bombing took Eritrea as its actor and Mekele as its place. The joined clause has a subject and a verb
    of its own: its names are its own verb's."""
    claims = claims_of(text, date="1998-07-01")
    (place, actor), (other_place, other_actor) = first, second
    acts = {s for s in typed(claims, "Event") if place in values(claims, s, "hasPlace")}
    assert acts
    for act in acts:
        assert other_place not in values(claims, act, "hasPlace")
        assert other_actor not in values(claims, act, "hasActor")
        assert actor in values(claims, act, "hasActor") | values(claims, act, "initiatedBy")


@pytest.mark.parametrize("text, first, second", [
    ("The federal army took Enugu, the Biafran capital, in October 1967, and Port Harcourt fell to federal marines in "
     "May 1968, cutting Biafra off from the sea.", ("enugu", "1967-10"), ("port-harcourt", "1968-05")),
    ("Rebel troops took Goma in November 2012, and government forces recaptured Bunia in May 2013.",
     ("goma", "2012-11"), ("bunia", "2013-05"))])
def test_two_places_taken_in_one_sentence_are_two_captures_each_with_its_date(claims_of, text, first, second):
    """"The federal army took Enugu ... in October 1967, and Port Harcourt fell to federal marines in May 1968": "took"
    was no capture word, so the only capture ("fell to") took both places and the second date. Armed men who took a
    known place captured it, and the clause joined after it tells its own capture."""
    claims = claims_of(text, date="1970-01-01")
    (place, date), (other_place, other_date) = first, second
    taken, fallen = _of_place(claims, "Capture", place), _of_place(claims, "Capture", other_place)
    assert taken != fallen
    assert values(claims, taken, "hasPlace") == {place} and values(claims, fallen, "hasPlace") == {other_place}
    assert values(claims, taken, "startDate") == {date} and values(claims, fallen, "startDate") == {other_date}


@pytest.mark.parametrize("text", ["Russia took part in talks in Geneva.",
                                  "Government troops took hostages in Kizlyar."])
def test_took_with_no_place_taken_is_no_capture(claims_of, text):
    """"took part in talks in Geneva", "took hostages in Kizlyar": the place follows a preposition, no object taken."""
    claims = claims_of(text, date="2000-01-01")
    assert not typed(claims, "Capture")
    assert typed(claims, "Negotiation") | typed(claims, "Abduction")  # what they took part in or took is read


def test_a_verb_of_judging_after_an_act_joins_no_act_of_its_own(claims_of):
    """"Kyiv accused Russia of blowing up the dam from inside; Moscow blamed Ukrainian shelling": who blames an act
    tells of the act before, no act of its own (a guard: the blamed shelling stays the dam's destruction)."""
    claims = claims_of("Kyiv accused Russia of blowing up the dam from inside; Moscow blamed Ukrainian shelling.",
                       date="2023-06-07")
    assert len(typed(claims, "Attack")) == 1


@pytest.mark.parametrize("text, place", [
    ("The federal army took Enugu, the Biafran capital, in October 1967.", "enugu"),
    ("Taliban fighters took Kunduz on Sunday after a week of fighting.", "kunduz")])
def test_armed_men_who_took_a_known_place_captured_it(claims_of, text, place):
    """"The federal army took Enugu": "took" names no happening of its own, but armed men (or a force's name) that
    took a place the gazetteer knows captured it (`recognise.moves.armed_moves`)."""
    claims = claims_of(text, date="2021-08-20")
    assert _of_place(claims, "Capture", place)


@pytest.mark.parametrize("text, cls, place, other", [
    ("The last Russian units left by January 1997, and Yeltsin and Maskhadov signed a peace treaty in Moscow on "
     "12 May 1997.", "Signing", "moscow", "russian"),
    ("Rebel troops took Goma in November 2012, and government forces recaptured Bunia in May 2013.", "Capture",
     "bunia", "rebel")])
def test_a_label_names_no_actor_of_the_clause_before_a_subject_of_its_own(claims_of, text, cls, place, other):
    """"The last Russian units left by January 1997, and Yeltsin and Maskhadov signed a peace treaty in Moscow": the
    signing was labelled (and its IRI minted) "Russian Armed Forces signing in Moscow", after the actor named last
    before its word, across the join. The clause joined with a subject of its own names who acted in it."""
    claims = claims_of(text, date="1998-01-01")
    assert not _of_place(claims, cls, place).startswith(other)
    assert _of_place(claims, cls, place).startswith(f"{cls.lower()}-in-{place}")  # its word and its place


@pytest.mark.parametrize("text, first, second", [
    ("Russia accused Ukraine of attacking Belgorod, and Ukrainian drones struck Moscow on Monday.", "belgorod",
     "moscow"),
    ("Rebels attacked the border post near Goma, and government troops shelled Rutshuru the next day.", "goma",
     "rutshuru")])
def test_a_clause_with_a_common_noun_subject_after_a_name_tells_an_act_of_its_own(claims_of, text, first, second):
    """Review 22: after "attacking Belgorod," no clause was cut (a name before the comma may end a list: "Armenia,
    Azerbaijan, and Russia signed"), so the drones' attack on Moscow was placed in Belgorod. A subject with a common
    noun ("Ukrainian drones", "government troops") is no list's name: it opens a clause of its own."""
    claims = claims_of(text, date="2024-05-10")
    acts = {s for s in typed(claims, "Event") if second in values(claims, s, "hasPlace")}
    assert acts
    for act in acts:
        assert first not in values(claims, act, "hasPlace")

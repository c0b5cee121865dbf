"""Labelled lines (`recognise.labels`): a speaker's tag or a field's name at the head of a line is a sentence of its
own, what follows it another, and each item of a list under a label alone on its line another; a sentence that merely
holds a colon is left whole."""

from __future__ import annotations

from claimgraph.recognise.labels import starts

_HEARING = ("MS ODUYA: Tell us about the attack.\n\n"
            "MR KAMAU: The soldiers came at night.\n\n"
            "CHAIRPERSON: Thank you. You may put questions.\n")


def _heads(text: str) -> list[str]:
    return [text[s:].split("\n")[0][:20] for s in starts(text)]


def test_a_speakers_tag_names_a_person_and_no_actor_of_what_they_say(claims_of):
    claims = claims_of(_HEARING, date="2008-06-01")
    assert ("oduya", "type", "Person", False) in claims
    assert not any(s != "oduya" and "oduya" in s or o == "oduya" for s, p, o, _ in claims)


def test_the_fields_of_a_form_a_mail_header_and_a_script_begin_sentences():
    form = ("INCIDENT REPORT\nReported by: Lt. Amina Diallo\nDate of incident: 3 May 2012\nPlace of incident: Goma\n"
            "Summary: M23 fighters fired on a patrol near the airport.\n")
    assert _heads(form) == ["Reported by: Lt. Ami", "Lt. Amina Diallo", "Date of incident: 3 ", "3 May 2012",
                            "Place of incident: G", "Goma", "Summary: M23 fighter", "M23 fighters fired o"]
    header = "From: Jan Novak\nSent: Monday, 3 March 2003 10:14\nTo: Desk\nSubject: Shelling of Basra\n"
    assert "Shelling of Basra" in _heads(header)
    script = "NARRATOR (V.O.):\nAt dawn the rebels shelled the port.\nBy noon it had fallen.\n"
    assert _heads(script) == ["NARRATOR (V.O.):", "At dawn the rebels s"]


def test_each_name_of_a_list_under_a_label_alone_on_its_line_is_a_sentence():
    minutes = ("Present:\nMr A. Okoro, Minister of Defence\nGeneral B. Musa, Chief of Staff\n\n"
               "1. The Minister said that troops had entered Bakassi.\n")
    assert _heads(minutes) == ["Present:", "Mr A. Okoro, Ministe", "General B. Musa, Chi"]


def test_a_sentence_with_a_colon_a_log_and_a_table_have_no_labels():
    assert starts("The reason was simple: the rebels had fled.\nOfficials said: the army would stay.\n"
                  "Result: the army withdrew from Kismayo.\nThe army said:\n\"We will stay.\"\n") == []
    assert starts("14:02 UTC: shelling reported near Kramatorsk.\n14:10 UTC: second salvo.\n15:00 UTC: quiet.\n") == []
    assert starts("Date | Place | Dead\n3 May | Goma | 12\n4 May | Rutshuru | 4\n") == []

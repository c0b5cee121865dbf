"""Actors on session 20's twelve fresh texts: a body told from a person by the words around its name, and persons
and bodies the recogniser missed (after a plural role, a kin word, "Led by", "ruled by the"), a lone surname
after the full name, and an acronym the source defines for its own body though a known body bears it too."""

from __future__ import annotations

from claimgraph.model import SourceMeta
from claimgraph.read import read
from claimgraph.recognise import recognise

from .conftest import shared_recognisers
from .test_names import found


def test_a_verbs_subject_after_the_of_a_creed_or_owning_its_is_a_body_not_a_person(recognisers):
    assert found(recognisers, "Islamic Jihad said it fired rockets at Sderot.") == {"Sderot": ("Settlement", "sderot")}
    assert found(recognisers, "Goldman Sachs said its clients had lost money.") == {}
    assert found(recognisers, "Goldman Sachs said that its clients had lost money.") == {}
    assert found(recognisers, "Witnesses saw the fighters leave. The Tahrir al-Sham said the town was taken.") == {}
    assert found(recognisers, "Ramon Torres said his men had left.")["Ramon Torres"][0] == "Person"
    assert found(recognisers, "Ramon Torres said Israel and its allies had left.")["Ramon Torres"][0] == "Person"


def test_persons_listed_after_their_role_in_the_plural_are_persons(recognisers):
    names = found(recognisers, "The ICC issued warrants for Kony and four of his commanders: Vincent Otti, Okot "
                               "Odhiambo, Dominic Ongwen and Raska Lukwiya. Lukwiya was killed in August 2006.")
    for name in ("Vincent Otti", "Okot Odhiambo", "Dominic Ongwen", "Raska Lukwiya"):
        assert names[name][0] == "Person", name
    names = found(recognisers, "On 7 August 1999 a force of about 1,500 militants led by the field commanders Shamil "
                               "Basayev and Ibn al-Khattab crossed from Chechnya into the neighbouring Russian republic.")
    assert names["Ibn al-Khattab"] == ("Person", "ibn-al-khattab")
    names = found(recognisers, "The ministers Lars Holm and Pedro Alvarez met the envoys.")
    assert names["Lars Holm"][0] == names["Pedro Alvarez"][0] == "Person"


def test_a_command_opening_the_sentence_or_a_chair_names_a_person(recognisers):
    names = found(recognisers, "Led by Joseph Kony, the LRA has fought the government of Uganda since 1987.")
    assert names["Joseph Kony"] == ("Person", "joseph-kony")
    assert found(recognisers, "The inquiry, chaired by Lena Marsh, reported in May.")["Lena Marsh"][0] == "Person"


def test_a_kin_word_names_a_person_after_it_and_its_owner(recognisers):
    names = found(recognisers, "The rebels suffered an embarrassment late on Monday when Gaddafi's son Saif al-Islam, "
                               "whom the NTC had said was in rebel custody, appeared in Tripoli.")
    assert names["Saif al-Islam"][0] == "Person"
    assert names["Gaddafi"] == ("Person", "gaddafi")
    names = found(recognisers, "Omar Tarik's widow spoke. The revolution's son Hope Street was built.")
    assert names == {"Omar Tarik": ("Person", "omar-tarik")}


def test_a_body_after_ruled_by_the_is_an_organisation(recognisers):
    names = found(recognisers, "Ethiopia, then ruled by the Derg under Mengistu Haile Mariam and weakened by "
                               "revolution, turned to Moscow.")
    assert names["Derg"] == ("Organization", "derg")
    names = found(recognisers, "The town was controlled by the Mahdi Army and backed by the Soviet Union.")
    assert names["Mahdi Army"] == ("ArmedGroup", "mahdi-army")
    assert names["Soviet Union"][0] == "State"


def test_a_title_after_a_role_is_no_word_of_the_name(recognisers):
    names = found(recognisers, "\"Our mission remains the same: to protect civilians,\" NATO spokesman Colonel Roland "
                               "Lavoie told reporters in Naples.")
    assert names["Roland Lavoie"] == ("Person", "roland-lavoie")
    assert "Colonel Roland Lavoie" not in names
    assert "Major Ann Kerr" not in found(recognisers, "The army spokeswoman Major Ann Kerr said so.")


def test_a_lone_surname_after_the_full_name_is_that_person(extraction_of):
    ex = extraction_of("The Secret Army Organisation, led by General Raoul Salan, declared the accords void. Salan was "
                       "arrested in Algiers on 20 April.")
    assert ("target", "raoul-salan") in {(c.predicate, c.obj) for c in ex.claims if "arrest" in c.subject}
    ex = extraction_of("The rebel leader Tomas Brandt fled north. In May, Brandt was arrested in Goma.")
    assert ("target", "tomas-brandt") in {(c.predicate, c.obj) for c in ex.claims if "arrest" in c.subject}


def test_a_known_acronym_the_source_defines_for_another_name_is_that_name(extraction_of):
    ex = extraction_of("The Secret Army Organisation (OAS), formed in 1961 by settlers, declared the accords void. "
                       "French troops besieged the OAS stronghold of Bab El Oued in Algiers from 23 March.")
    subjects = {c.subject for c in ex.claims}
    assert "organization-of-american-states" not in subjects
    assert "secret-army-organisation" in subjects
    ex = extraction_of("The Organization of American States (OAS) met in Washington. The OAS condemned the coup.")
    assert "organization-of-american-states" in {c.subject for c in ex.claims}


def test_a_person_under_whom_or_whose_government_rules_is_a_person(recognisers):
    names = found(recognisers, "Ethiopia, then ruled by the Derg under Mengistu Haile Mariam and weakened by "
                               "revolution, lost most of the region within weeks.")
    assert names["Mengistu Haile Mariam"] == ("Person", "mengistu-haile-mariam")
    names = found(recognisers, "So far the new government of Yingluck Shinawatra says it prefers bilateral talks.")
    assert names["Yingluck Shinawatra"][0] == "Person"
    names = found(recognisers, "Phnom Penh fell under Khmer Rouge rule, and troops under Operation Turquoise left.")
    assert "Khmer Rouge" not in names
    assert names["Operation Turquoise"] == ("Operation", "operation-turquoise")
    assert found(recognisers, "The government of Sri Lanka agreed.")["Sri Lanka"][0] == "State"


def test_one_of_a_group_named_by_its_role_and_a_profession_before_a_name_are_persons(recognisers):
    names = found(recognisers, "Ahmed Ben Bella and the other FLN leaders held in France since 1956 were released.")
    assert names["Ahmed Ben Bella"] == ("Person", "ahmed-ben-bella")
    assert found(recognisers, "Omar Haddad and fellow ministers resigned.")["Omar Haddad"][0] == "Person"
    names = found(recognisers, "The process nearly collapsed in October 1996, when an ORPA unit kidnapped an elderly "
                               "businesswoman, Olga de Novella.")
    assert names["Olga de Novella"][0] == "Person"
    assert found(recognisers, "The journalist Ana Ruiz filed the story.")["Ana Ruiz"][0] == "Person"


def test_a_demonym_that_tells_only_a_persons_nationality_names_no_state(extraction_of):
    ex = extraction_of("An agreement signed in Oslo in June 1994 created the Commission for Historical Clarification "
                       "(CEH), chaired by the German jurist Christian Tomuschat.")
    assert "germany" not in {c.subject for c in ex.claims} | {c.obj for c in ex.claims}
    ex = extraction_of("The truce was renewed, and the former Mozambican president Joaquim Chissano became UN envoy.")
    assert "mozambique" not in {c.subject for c in ex.claims}
    ex = extraction_of("The Mozambican president Joaquim Chissano signed the accord in Rome.")
    assert "mozambique" in {c.subject for c in ex.claims}


def test_capitalised_words_ending_in_government_name_a_government_of_their_own(recognisers):
    names = found(recognisers, "Officials of the Kurdistan Regional Government have maintained that their forces were "
                               "outnumbered.")
    assert names["Kurdistan Regional Government"] == ("Government", "kurdistan-regional-government")
    assert found(recognisers, "The National Unity Government was formed.")["National Unity Government"][0] == "Government"
    names = found(recognisers, "The Government said so. The Kosovo Government met.")
    assert "Government" not in names and "Kosovo Government" not in names


def test_kin_words_and_callings_name_a_person_only_right_next_to_the_name(recognisers):
    for text, body in (("Her husband was detained by Military Intelligence in Damascus.", "Military Intelligence"),
                       ("The correspondent for Sky News was expelled from Moscow.", "Sky News"),
                       ("The daughter company, Gazprom Neft, signed the deal.", "Gazprom Neft"),
                       ("She was a journalist with Al Jazeera for ten years.", "Al Jazeera"),
                       ("He worked as a banker at Goldman Sachs in London.", "Goldman Sachs"),
                       ("Its sister paper, The Observer, reported the raid.", "Observer")):
        assert body not in found(recognisers, text), text
    assert found(recognisers, "His son joined Manchester City in May.") == {"Manchester": ("Settlement", "manchester")}


def test_a_kin_words_owner_is_a_person_only_before_a_name_or_of_a_persons_shape(recognisers):
    assert found(recognisers, "Vodafone's sister company was sold in May.") == {}
    assert found(recognisers, "Gazprom's daughter company signed the deal.") == {}
    assert found(recognisers, "Gaddafi's son Saif al-Islam appeared.")["Gaddafi"] == ("Person", "gaddafi")


def test_its_tells_a_body_only_right_after_the_verb(recognisers):
    assert found(recognisers, "Siad Barre renounced the treaty and its annex.") == {"Siad Barre": ("Person", "siad-barre")}
    names = found(recognisers, "Abiy Ahmed ordered the army to secure its positions in Tigray.")
    assert names["Abiy Ahmed"] == ("Person", "abiy-ahmed")


def test_under_or_an_opening_led_by_names_only_a_persons_shape_and_no_law(recognisers):
    names = found(recognisers, "The prisoners were held under Geneva Conventions for years.")
    assert names == {"Geneva": ("Settlement", "geneva")}
    assert found(recognisers, "The firm was sold under Chapter Eleven in May.") == {}
    names = found(recognisers, "Syria under Hafez al-Assad aimed to recover the Golan.")
    assert names["Hafez al-Assad"] == ("Person", "hafez-al-assad")
    names = found(recognisers, "Led by Ahrar al-Sham, rebels seized Idlib in March.")
    assert names["Idlib"][0] == "Settlement" and "Ahrar al-Sham" not in names


def test_a_plural_calling_lists_no_persons(recognisers):
    names = found(recognisers, "The deal was advised by the bankers Goldman Sachs and Morgan Stanley in May.")
    assert "Goldman Sachs" not in names and "Morgan Stanley" not in names
    names = found(recognisers, "Goldman Sachs and other investment bankers met in London.")
    assert names == {"London": ("Settlement", "london")}


def _mentions(tmp_path, text: str) -> dict[str, set[tuple[str, str]]]:
    """Each entity mention's words -> its (class, entity id)s, as the whole recogniser stack reads the text."""
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    doc = read(SourceMeta(id="t", path="t.txt", date="2021-05-10", language="en"), tmp_path)
    named: dict[str, set[tuple[str, str]]] = {}
    for sentence in recognise(doc, shared_recognisers()):
        for m in sentence.mentions:
            if m.kind == "entity":
                named.setdefault(m.text, set()).add((m.cls, m.entity))
    return named


def test_a_one_word_person_that_is_a_named_persons_surname_is_that_person(tmp_path):
    named = _mentions(tmp_path, "President Ali Abdullah Saleh resigned in 2012. The Houthis later turned on Saleh's "
                                "son Ahmed Ali in Aden.")
    assert named["Saleh"] == {("Person", "ali-abdullah-saleh")}


def test_a_lone_surname_two_persons_share_is_neither_and_an_initial_joins_the_name(tmp_path):
    named = _mentions(tmp_path, "President George Bush visited Kuwait in 1991. President George W. Bush invaded Iraq "
                                "in 2003. In May, Bush was criticised by the press.")
    assert named["George W. Bush"] == {("Person", "george-w-bush")}
    assert "Bush" not in named


def test_a_known_body_defined_by_its_native_or_variant_name_stays_the_known_body(tmp_path):
    named = _mentions(tmp_path, "The Partiya Karkeren Kurdistane (PKK) attacked a post. The PKK said so.")
    assert named["PKK"] == {("ArmedGroup", "kurdistan-workers-party")}
    named = _mentions(tmp_path, "The United Nations Children's Emergency Fund (UNICEF) sent aid. UNICEF said so.")
    assert named["UNICEF"] == {("InternationalOrganization", "unicef")}
    named = _mentions(tmp_path, "The Secret Army Organisation (OAS) declared the accords void. The OAS bombed the town.")
    assert named["OAS"] == {("Organization", "secret-army-organisation")}

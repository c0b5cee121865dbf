"""A language is added in one place: `claimgraph.lang.<code>`, one module per concern.

The stages read their cue words through `claimgraph.lang.cues`, the tables of every language
joined; a French package with two tables makes the builder read a French sentence's event
and its hedge, and no stage changes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap

import pytest

from claimgraph import lang

FRENCH = "Selon des témoins, une attaque a prétendument frappé Gori, au centre de la Géorgie."

# Runs in a fresh interpreter: the stages bind their cues when first imported, as a language
# package shipped in claimgraph/lang/fr/ would be bound.
EXTRACT = textwrap.dedent("""
    import importlib, json, re, sys, types
    from pathlib import Path
    import claimgraph.lang as lang
    package = types.ModuleType("claimgraph.lang.fr")
    package.__path__ = []
    triggers = types.ModuleType("claimgraph.lang.fr.triggers")
    triggers.LEXICON = {"Attack": ("attaque", "attaques")}
    modality = types.ModuleType("claimgraph.lang.fr.modality")
    modality.DOUBT_BEFORE = re.compile(r"\\bprétendument\\b", re.IGNORECASE)
    sys.modules.update({"claimgraph.lang.fr": package, "claimgraph.lang.fr.triggers": triggers,
                        "claimgraph.lang.fr.modality": modality})
    lang.LANGUAGES = (*lang.LANGUAGES, "fr")
    from claimgraph.read import infer
    from claimgraph.recognise import default_recognisers
    build = importlib.import_module("claimgraph.run.build")
    claims = build.extract(infer.bare_meta(Path(sys.argv[1])), Path("."), default_recognisers()).claims
    print(json.dumps([[c.predicate, str(c.obj), c.modality] for c in claims]))
""")


def _claims_with_french(tmp_path) -> list[list[str]]:
    source = tmp_path / "temoins.txt"
    source.write_text(FRENCH + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", EXTRACT, str(source)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_french_package_makes_the_builder_read_a_french_event_and_its_hedge(tmp_path):
    typed = [c for c in _claims_with_french(tmp_path) if c[0] == "type" and c[1] == "Attack"]
    assert typed, "the French word 'attaque' names an attack"
    assert {c[2] for c in typed} == {"Unconfirmed"}, "'prétendument' hedges the attack it governs"


def test_without_the_french_package_the_same_sentence_gives_no_attack(extraction_of):
    """The control, read in this process: English cues alone find no attack in the French sentence."""
    assert not [c for c in extraction_of(FRENCH + "\n").claims if str(c.obj) == "Attack"]


def test_word_sets_of_languages_are_united_and_patterns_alternated():
    assert lang.join([{"the", "this"}, {"bu", "o"}]) == {"the", "this", "bu", "o"}
    either = lang.join([re.compile(r"\bnever\b", re.I), re.compile(r"\bjamais\b", re.I)])
    assert either.search("Il n'a JAMAIS signé") and either.search("it never signed")
    assert lang.join([("war", "wars"), ("wars", "savaş")]) == ("war", "wars", "savaş")


def test_a_class_named_in_two_languages_keeps_the_words_of_both():
    joined = lang.join([{"War": ("war",), "Siege": ("siege",)}, {"War": ("savaş",)}])
    assert joined == {"War": ("war", "savaş"), "Siege": ("siege",)}


def test_two_languages_that_disagree_on_a_label_are_refused():
    with pytest.raises(ValueError, match="triggers.NOUNS: languages disagree on 'MartialLaw'"):
        lang.join([{"MartialLaw": "martial law"}, {"MartialLaw": "loi martiale"}], "triggers.NOUNS")


def test_patterns_whose_groups_a_stage_reads_are_not_alternated_across_languages():
    months = r"(?P<month>janvier|février)"
    with pytest.raises(ValueError, match="dates.NO_YEAR: a pattern with groups is one language's"):
        lang.join([re.compile(r"(?P<month>January|February)"), re.compile(months)], "dates.NO_YEAR")


def test_a_table_of_another_type_than_englishs_is_refused():
    with pytest.raises(TypeError, match="names.SAID: every language's table must be a str"):
        lang.join([r"said|says", ("dit", "a dit")], "names.SAID")


def test_the_bundled_languages_join_without_conflict():
    joined = lang.cues("triggers")
    assert {"attack", "saldırı"} <= set(joined.LEXICON["Attack"])
    assert {"eylül", "september"} <= set(lang.cues("dates").MONTHS)


def test_a_concern_no_language_has_words_for_is_named_in_the_error():
    with pytest.raises(LookupError, match="no language has words for 'astrology'"):
        lang.cues("astrology")


@pytest.mark.parametrize("verb", ["accuse", "accuses", "accused", "accusing"])
def test_every_form_of_accusing_is_read_alike_by_each_concern(verb):
    """"accuse" is spelled once (`claimgraph.lang.en._verbs`): each table that reads an
    accusation knows all its forms, the bare one included ("continue to accuse Baku of ...")."""
    sentence = f"Yerevan {verb} Baku of shelling Stepanakert"
    assert lang.cues("modality").ACCUSING.search(sentence)
    assert verb in lang.cues("coreference").ACCUSING
    assert lang.cues("roles").AGENT.search(f"{verb} ")
    assert lang.cues("clauses").JUDGED.search(sentence)
    assert lang.cues("clauses").CLAUSE_BREAK.search(sentence)


@pytest.mark.parametrize("verb", ["denied", "rejects", "insist", "argued", "alleges"])
def test_a_verb_of_saying_ends_its_clause_and_opens_what_it_says(verb):
    """The verbs of saying and of answering a claim are spelled once: what breaks a clause
    (`scope`) is what opens a said clause (`modality`)."""
    sentence = f"Moscow {verb} that Georgian troops shelled Tskhinvali"
    assert lang.cues("clauses").CLAUSE_BREAK.search(sentence)
    assert lang.cues("modality").SAYING.search(sentence)


def test_the_cue_before_a_commanders_name_holds_its_own_preposition():
    """The name rule adds no English word of its own: "commanded by" is the cue, whole, so a
    language whose agent word stands elsewhere can say so in its table."""
    assert re.fullmatch(lang.cues("names").COMMANDED_BY, "commanded by")
    assert not re.fullmatch(lang.cues("names").COMMANDED_BY, "commanded")

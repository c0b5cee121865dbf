"""Gazetteer packs (recognise/packs.py): the bundled world, organisations and Karabakh packs
and a user's own gazetteers are merged into one entry table; a user's gazetteer adds to the
bundled ones, from Python and from `claimgraph build --gazetteer`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.errors import GazetteerError
from claimgraph.recognise import default_recognisers, gazetteer_of
from claimgraph.recognise import packs
from claimgraph.recognise.armed import FORCE_CLASSES, armed_names, place_names
from claimgraph.recognise.names import NamesInContext
from claimgraph.recognise.packs import load, merge, parse
from claimgraph.recognise.patterns import index

HEAD = """\
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix id: <https://w3id.org/claimgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

BLUELAND = HEAD + """
id:blueland a cg:State ; rdfs:label "Blueland"@en ; skos:altLabel "Republic of Blue"@en .
id:blue-city a cg:Settlement ; rdfs:label "Blue City"@en .
"""


def pack(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_the_same_id_in_two_packs_is_one_entity_with_the_names_of_both(tmp_path):
    low = parse(pack(tmp_path, "low.ttl", 'id:tbilisi a cg:Region ; rdfs:label "Tiflis"@en ; '
                                         'skos:altLabel "Tbilisi"@en, "Tpilisi"@und .'))
    high = parse(pack(tmp_path, "high.ttl", 'id:tbilisi a cg:Settlement ; rdfs:label "Tbilisi"@en ; '
                                           'skos:altLabel "Tiflisi"@ka .'))
    merged = merge([low, high])["tbilisi"]
    assert merged.entity.label == "Tbilisi" and merged.entity.classes == ("Settlement",)
    assert merged.names == ["Tbilisi", "Tiflis", "Tiflisi", "Tpilisi"]


def test_a_name_a_later_pack_gives_leaves_the_earlier_packs_other_entities(tmp_path):
    low = parse(pack(tmp_path, "low.ttl", 'id:duma a cg:Settlement ; rdfs:label "Dūmā"@en ; skos:altLabel "Duma"@und .\n'
                                         'id:ghost a cg:Settlement ; rdfs:label "Duma"@en .'))
    high = parse(pack(tmp_path, "high.ttl", 'id:state-duma a cg:Government ; rdfs:label "State Duma"@en ; '
                                           'skos:altLabel "Duma"@en .'))
    merged = merge([low, high])
    assert merged["duma"].names == ["Dūmā"]
    assert "ghost" not in merged  # no name left
    assert "Duma" in merged["state-duma"].names


def test_a_conflict_packs_general_phrases_are_held_to_its_own_places(tmp_path):
    """Libya 2020: the Karabakh pack's "Syrian fighters" named its mercenaries in any text. A pack above
    others with places of its own holds its entities' general phrases to those places; a phrase another
    name writes as a proper name ("Syrian Civil War"), a name in a script without capitals, and the
    names of an earlier pack's entity are no general phrases."""
    world = parse(pack(tmp_path, "world.ttl", 'id:syria a cg:State ; rdfs:label "Syria"@en ; cg:demonym "Syrian"@en .\n'
                                             'id:gori a cg:Settlement ; rdfs:label "Gori"@en .'))
    conflict = parse(pack(tmp_path, "conflict.ttl", (
        'id:stepanakert a cg:Settlement ; rdfs:label "Stepanakert"@en .\n'
        'id:syrian-mercenaries a cg:ArmedGroup ; rdfs:label "Syrian mercenaries"@en ; skos:altLabel "Syrian fighters"@en .\n'
        'id:syrian-civil-war a cg:War ; rdfs:label "Syrian Civil War"@en ; skos:altLabel "Syrian civil war"@en .\n'
        'id:gori a cg:Settlement ; rdfs:label "Gori"@en ; skos:altLabel "გორი"@ka .')))
    merged = merge([world, conflict])
    assert merged["syrian-mercenaries"].general == {"syrian fighters", "syrian mercenaries"}
    assert merged["syrian-mercenaries"].story == {"stepanakert"}
    assert not merged["syrian-civil-war"].general and not merged["gori"].general and not merged["gori"].story


def test_a_merged_tables_empty_sets_are_one_object_and_read_back_equal(tmp_path):
    """The merged table is kept pickled and read back by every process that extracts: its entries'
    empty sets are one object, which pickle writes once, and the table reads back equal."""
    import pickle

    low = parse(pack(tmp_path, "low.ttl", 'id:blue-city a cg:Settlement ; rdfs:label "Blue City"@en .\n'
                                         'id:red-city a cg:Settlement ; rdfs:label "Red City"@en .'))
    high = parse(pack(tmp_path, "high.ttl", 'id:green-town a cg:Settlement ; rdfs:label "Green Town"@en ; '
                                           'cg:wordName "Green Town"@en .'))
    merged = merge([low, high])
    assert len(_empty_sets(merged)) == 1
    assert merged["green-town"].words == {"Green Town"}
    back = pickle.loads(pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL))  # entries as their fields, in order
    assert back == merged and back["green-town"].words == {"Green Town"}
    assert len(_empty_sets(back)) == 1


def _empty_sets(table) -> set[int]:
    return {id(getattr(entry, name)) for entry in table.values() for name in packs._SETS if not getattr(entry, name)}


def test_the_bundled_table_holds_every_pack_and_is_loaded_once():
    table = load()
    assert load() is table
    assert table["tbilisi"].entity.classes == ("Settlement",)  # world pack
    assert table["african-union"].entity.wikidata == "Q7159"  # organisations pack
    assert table["stepanakert"].entity.label == "Stepanakert"  # Karabakh pack
    georgia = table["georgia"]  # in the world and the Karabakh packs: one entity
    assert georgia.entity.wikidata == "Q230" and georgia.entity.match == "https://sws.geonames.org/614540/"
    assert "Sakartvelo" in georgia.names and "Géorgie" in georgia.names


def test_an_armed_group_is_not_read_as_the_city_whose_alternate_names_spell_it(tmp_path):
    """GeoNames gives Hamm (Germany) the alternate name "Hamas"; the organisations pack, above the
    world pack, makes the name the armed group's."""
    (tmp_path / "t.txt").write_text("The Hamas movement attacked Israel. Hezbollah fired rockets.\n", encoding="utf-8")
    out = tmp_path / "t.trig"
    assert subprocess.run([sys.executable, "-m", "claimgraph", "build", str(tmp_path / "t.txt"), "-o", str(out),
                           "--no-cache"], capture_output=True, check=False).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "id:hamas a cg:ArmedGroup" in text and "id:hezbollah a cg:ArmedGroup" in text and "id:hamm" not in text


def test_a_users_gazetteer_adds_to_the_bundled_ones(tmp_path):
    user = tmp_path / "blue.ttl"
    user.write_text(BLUELAND, encoding="utf-8")
    known = gazetteer_of(default_recognisers(user))
    assert {"blueland", "blue-city", "tbilisi", "african-union", "stepanakert"} <= known.keys()


@pytest.mark.parametrize(("content", "reason"), [
    (None, "cannot be read"), ("id:x a <", "cannot be read as a Turtle gazetteer"),
    (HEAD + '<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "x" .', "has no entity"),
])
def test_a_bad_gazetteer_is_an_error_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "mine.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=reason) as error:
        default_recognisers(path)
    assert str(path) in str(error.value)


def _build(tmp_path: Path, *gazetteers: Path) -> subprocess.CompletedProcess:
    args = [a for g in gazetteers for a in ("--gazetteer", str(g))]
    return subprocess.run([sys.executable, "-m", "claimgraph", "build", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "out.trig"), "--jobs", "1", *args],
                          capture_output=True, text=True, timeout=300)


def test_build_takes_repeated_gazetteers_and_keeps_the_bundled_one(tmp_path):
    (tmp_path / "a.txt").write_text("Blueland sent troops to Blue City and to Redtown near Tbilisi.\n", encoding="utf-8")
    blue = tmp_path / "blue.ttl"
    blue.write_text(BLUELAND, encoding="utf-8")
    red = pack(tmp_path, "red.ttl", 'id:redtown a cg:Settlement ; rdfs:label "Redtown"@en .')
    done = _build(tmp_path, blue, red)
    assert done.returncode == 0, done.stderr
    graph = (tmp_path / "out.trig").read_text(encoding="utf-8")
    for iri in ("id:blueland", "id:blue-city", "id:redtown", "id:tbilisi"):
        assert iri in graph


def test_build_with_a_bad_gazetteer_says_which_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("Blueland.\n", encoding="utf-8")
    bad = tmp_path / "broken.ttl"
    bad.write_text("id:x a <", encoding="utf-8")
    done = _build(tmp_path, bad)
    assert done.returncode != 0
    assert done.stderr.startswith("Error: ") and str(bad) in done.stderr and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "out.trig").exists()


@pytest.mark.parametrize("content", [None, "id:x a <"], ids=["missing", "not Turtle"])
def test_a_broken_gazetteer_is_told_before_any_bundled_pack_is_parsed(own_table_cache, monkeypatch, tmp_path, content):
    """The user's file is parsed first, so its error comes at once, not after the world pack's parse."""
    bad = tmp_path / "mine.ttl"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    parsed, real = [], packs.parse
    monkeypatch.setattr(packs, "parse", lambda path, data=None: parsed.append(path) or real(path, data))
    with pytest.raises(GazetteerError, match="cannot be read"):
        packs.load(bad)
    assert parsed == [bad]


def _tables(entries) -> list:
    """What the recognisers make of a gazetteer's `entries`: NamesInContext's names, the armed, force and
    place names, the pattern index."""
    names = NamesInContext(entries)
    return [(names.known, names.names, names.labels, names.forces, names.owners, names.places, names.towns),
            armed_names(entries), armed_names(entries, FORCE_CLASSES), place_names(entries), index(entries)]


def _made_again(monkeypatch) -> list[str]:
    """The disk cache's entries made (not read) from now on, by file name."""
    made: list[str] = []
    real = packs.cached
    monkeypatch.setattr(packs, "cached", lambda path, kind, make: real(path, kind, lambda: made.append(path.name) or make()))
    return made


def test_the_tables_the_recognisers_make_of_the_bundled_packs_are_read_from_the_disk_cache(own_table_cache, monkeypatch):
    """A one-shot rebuild after one article changed extracts it in a fresh process: the recognisers' tables of
    the world pack's 62,000 entities are read from the disk cache, kept there under the merged table's digest
    by the first process, read back equal to those made, not made again."""
    table = load()
    made = _tables(table)  # made, and kept beside the table
    kept = sorted(path.name.split(".")[1] for path in own_table_cache.glob(f"{table.digest}.*.pickle"))
    assert kept == ["names-ArmedForce-ArmedGroup", "names-ArmedForce-ArmedGroup-Government-State",
                    "names-District-Place-Region-Settlement-State", "names-in-context", "patterns"]
    again = _made_again(monkeypatch)
    read = _tables(table)
    assert again == [] and read == made
    assert "Stepanakert" in read[0][0] and "azerbaijani army" in read[1] and "tbilisi" in read[3]


def test_the_recognisers_tables_are_made_again_for_another_code_or_gazetteer(own_table_cache, monkeypatch, tmp_path):
    """The tables are kept under the merged table's digest: an edited gazetteer, or another version of the code
    (`package_fingerprint`), makes them again, with the names it gives (the bundled packs here: a small one)."""
    small = pack(tmp_path, "small.ttl", 'id:red a cg:State ; rdfs:label "Red"@en .')
    monkeypatch.setattr(packs, "gazetteer_packs", lambda: [small])
    user = tmp_path / "blue.ttl"
    user.write_text(BLUELAND, encoding="utf-8")
    assert "Blueland" in NamesInContext(load(user)).known
    user.write_text(BLUELAND.replace("Blueland", "Greenland"), encoding="utf-8")
    edited = load(user)
    assert "Greenland" in NamesInContext(edited).known and "Blueland" not in NamesInContext(edited).known
    again = _made_again(monkeypatch)
    monkeypatch.setattr(packs, "package_fingerprint", lambda: "another version of the code")
    other = load(user)
    assert other.digest != edited.digest and NamesInContext(other).known == NamesInContext(edited).known
    assert f"{other.digest}.names-in-context.pickle" in again


def test_a_gazetteer_edited_while_it_is_read_keeps_no_table_under_its_former_bytes(own_table_cache, monkeypatch, tmp_path):
    """The table is parsed from the bytes its digest hashes: an edit between the hash and the parse is an error
    naming the file, and nothing is kept, so the next build reads the file as it is now (review 23 #2). The
    bundled packs are a small one here: the world pack's parse would only slow the test."""
    small = pack(tmp_path, "small.ttl", 'id:red a cg:State ; rdfs:label "Red"@en .')
    monkeypatch.setattr(packs, "gazetteer_packs", lambda: [small])
    user = tmp_path / "blue.ttl"
    user.write_text(BLUELAND, encoding="utf-8")
    real = Path.read_bytes
    reads = []

    def edited_after_the_hash(path):
        reads.append(path)
        data = real(path)
        return data.replace(b"Blueland", b"Greenland") if path == user and reads.count(user) > 1 else data

    kept = set(own_table_cache.glob("*.pickle"))  # the bundled packs' merged table only
    monkeypatch.setattr(Path, "read_bytes", edited_after_the_hash)
    with pytest.raises(GazetteerError, match="changed while it was being read"):
        packs.load(user)
    monkeypatch.setattr(Path, "read_bytes", real)
    assert set(own_table_cache.glob("*.pickle")) == kept
    assert any(entry.entity.label == "Blueland" for entry in packs.load(user).values())


def test_a_users_gazetteer_is_merged_with_the_bundled_packs_as_parsed_before(own_table_cache, tmp_path, monkeypatch):
    """A build with a gazetteer of the user's own (or after an edit of it) parses only that file: the
    bundled packs' parse (the world pack's 62,000 entries; two small packs here, where only the cache is
    in question) is read as an earlier build kept it, and the merged table equals one merged from a
    fresh parse of every file."""
    bundled = [pack(tmp_path, "red.ttl", 'id:red a cg:State ; rdfs:label "Red"@en .'),
               pack(tmp_path, "redtown.ttl", 'id:redtown a cg:Settlement ; rdfs:label "Redtown"@en .')]
    monkeypatch.setattr(packs, "gazetteer_packs", lambda: bundled)
    user = tmp_path / "blue.ttl"
    user.write_text(BLUELAND, encoding="utf-8")
    load(user)  # parses every file, and keeps the bundled packs' parse
    assert len(list(own_table_cache.glob("*.parsed.pickle"))) == 1
    user.write_text(BLUELAND.replace("Blueland", "Greenland"), encoding="utf-8")
    parsed, real = [], packs.parse
    monkeypatch.setattr(packs, "parse", lambda path, data=None: parsed.append(path) or real(path, data))
    edited = load(user)
    assert parsed == [user] and edited["blueland"].entity.label == "Greenland" and "redtown" in edited
    assert edited == merge([real(path) for path in [*bundled, user]])

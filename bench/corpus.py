"""A benchmark corpus: many news-like articles about a conflict, the same for a given seed.

Articles are paragraphs of sentences cut to the shapes news reports use (who attacked
where and when, who signed what, who denied what, casualty counts, quotes), filled with
names from the bundled gazetteer (states, armed forces, people, places, agreements,
named events) and with made-up names the gazetteer does not know.

    python bench/corpus.py OUT_FOLDER [--articles 1000] [--words 600] [--seed 7]

writes OUT_FOLDER/sources.toml and OUT_FOLDER/sources/*.txt, a corpus `claimgraph build`
reads.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from claimgraph.recognise.packs import load

ACTOR_CLASSES = {"State", "ArmedForce", "Government", "ArmedGroup", "Organization", "InternationalOrganization"}
PLACE_CLASSES = {"Settlement", "District", "Region"}
AGREEMENT_CLASSES = {"Ceasefire", "Treaty", "Protocol", "Statement", "Resolution", "Armistice"}
EVENT_CLASSES = {"War", "Clash", "Battle", "Attack", "Offensive", "Operation", "Killing", "Blockade"}

SHAPES = [
    "On {date}, {actor} attacked positions near {place}, according to {person}.",
    "{actor} launched an offensive towards {place} on {date}.",
    "The {agreement} was signed by {actor} and {actor2} in {place} on {date}.",
    "{person}, a spokesperson for {actor}, denied that its troops had shelled {place}.",
    "Reports that {actor} had withdrawn from {place} could not be independently confirmed.",
    "According to {unknown}, at least {n} civilians were killed in {place} during the {event}.",
    "Fighting between {actor} and {actor2} continued around {place} for {n} days.",
    "{actor} said the {agreement} had been violated within hours of its signing.",
    "In a statement released on {date}, {person} called on {actor} to respect the ceasefire.",
    "Residents of {place} told {unknown} that the blockade had cut off food and fuel.",
    "The {event} displaced tens of thousands of people from {place} and nearby villages.",
    "\u201cWe will not give up {place},\u201d {person} told reporters in {place2}.",
    "{unknown}, who lives in {place}, said the shelling started before dawn on {date}.",
    "{actor} deployed {n} soldiers to {place} after the {agreement}.",
    "Analysts at {unknown_org} argued that the {event} changed the balance of power in the region.",
    "The mobilisation announced by {actor} on {date} followed weeks of skirmishes near {place}.",
    "Both {actor} and {actor2} accused each other of breaking the truce around {place}.",
    "The talks in {place} ended without agreement, said {person}.",
]
FILLER = [
    "The situation remained tense throughout the week.",
    "Independent observers were not allowed into the area.",
    "Officials did not respond to requests for comment.",
    "The figures could not be verified.",
    "Humanitarian groups warned of shortages as winter approached.",
]
GIVEN = ["Anna", "Davit", "Leyla", "Farid", "Maria", "Tigran", "Elnur", "Sona", "Ruslan", "Nigar", "Karen", "Aysel"]
FAMILY = ["Petrosyan", "Mammadli", "Kovalenko", "Hasanova", "Sargsyan", "Quliyev", "Melikova", "Arutyunov"]
ORGS = ["the Caspian Policy Forum", "the Southern Corridor Institute", "the Regional Security Monitor",
        "the Highland Research Group"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Names:
    """Gazetteer names by kind, plus made-up names, drawn by one random generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.by_kind: dict[str, list[str]] = {"actor": [], "place": [], "agreement": [], "event": [], "person": []}
        for entry in load().values():
            cls = entry.entity.classes[0]
            kind = ("person" if cls == "Person" else "actor" if cls in ACTOR_CLASSES else "place" if cls in PLACE_CLASSES
                    else "agreement" if cls in AGREEMENT_CLASSES else "event" if cls in EVENT_CLASSES else None)
            if kind:
                self.by_kind[kind] += [n for n in entry.names if n.isascii()] or entry.names[:1]
        for names in self.by_kind.values():
            names.sort()

    def pick(self, kind: str) -> str:
        return self.rng.choice(self.by_kind[kind])

    def fill(self, shape: str) -> str:
        r, pick = self.rng, self.pick
        return shape.format(
            actor=pick("actor"), actor2=pick("actor"), place=pick("place"), place2=pick("place"),
            agreement=pick("agreement"), event=pick("event"), person=pick("person"),
            unknown=f"{r.choice(GIVEN)} {r.choice(FAMILY)}", unknown_org=r.choice(ORGS),
            date=f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.choice([2016, 2020, 2021, 2023])}",
            n=r.randint(2, 400))


def article(names: Names, words: int) -> str:
    """One article of about `words` words: a title line, then paragraphs."""
    r = names.rng
    lines = [names.fill(r.choice(SHAPES)).rstrip("."), ""]
    count = 0
    while count < words:
        sentences = [names.fill(r.choice(SHAPES)) if r.random() < 0.8 else r.choice(FILLER)
                     for _ in range(r.randint(2, 6))]
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        lines += [paragraph, ""]
    return "\n".join(lines)


def write(folder: Path, articles: int = 1000, words: int = 600, seed: int = 7) -> int:
    """Write the corpus; return its total number of words (whitespace-separated)."""
    names = Names(random.Random(seed))
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    manifest = ['[corpus]\nid = "bench"\ntitle = "Generated benchmark corpus"\n']
    total = 0
    for i in range(articles):
        text = article(names, words)
        total += len(text.split())
        sid = f"article-{i:06d}"
        (folder / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nid = "{sid}"\npath = "sources/{sid}.txt"\nlanguage = "en"\n')
    (folder / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    total = write(args.folder, args.articles, args.words, args.seed)
    print(f"wrote {args.articles} articles, {total} words, to {args.folder}")


if __name__ == "__main__":
    main()

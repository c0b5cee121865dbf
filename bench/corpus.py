"""A benchmark corpus shaped like real reporting: the same stories told by several outlets.

Real news corpora are not independent random sentences: a few states, forces, leaders and
towns appear in most articles and a long tail appears once (Zipf-like frequencies), each
event is reported by several outlets that agree on some facts and differ on others (who
attacked, the date, whether it happened at all), and articles mention earlier events.
This generator draws a world first (stories: an event of one kind, at one place, with
actors and a date), then writes each article about one story, from one outlet's side,
with background sentences about other stories and the entities of the long tail.

    python bench/corpus.py OUT_FOLDER [--articles 1000] [--words 600] [--seed 7]

writes OUT_FOLDER/sources.toml (titles, authors, dates, URLs) and OUT_FOLDER/sources/*.txt,
a corpus `claimgraph build` reads. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from claimgraph.recognise.packs import load

ACTOR_CLASSES = {"State", "ArmedForce", "Government", "ArmedGroup", "Organization", "InternationalOrganization"}
PLACE_CLASSES = {"Settlement", "District", "Region"}
AGREEMENT_CLASSES = {"Ceasefire", "Treaty", "Protocol", "Statement", "Resolution", "Armistice"}
EVENT_CLASSES = {"War", "Clash", "Battle", "Attack", "Offensive", "Operation", "Killing", "Blockade"}
ZIPF = 1.1  # exponent of the rank-frequency law of entity mentions

# A story's own sentences: {actor} is who the outlet says acted, {rival} the other side.
TOLD = {
    "offensive": ["{actor} launched an offensive towards {place} on {date}.",
                  "The offensive on {place} began on {date}, when {actor} moved against positions held by {rival}."],
    "attack": ["On {date}, {actor} attacked positions near {place}, according to {person}.",
               "{actor} attacked {place} on {date}, killing at least {n} civilians."],
    "blockade": ["{actor} began a blockade of {place} on {date}.",
                 "Residents of {place} said the blockade by {actor} had cut off food and fuel since {date}."],
    "clash": ["Fighting between {actor} and {rival} broke out near {place} on {date}.",
              "Clashes between {actor} and {rival} around {place} continued for {n} days."],
}
DENIED = ["{person}, a spokesperson for {rival}, denied that its troops had attacked {place}.",
          "{rival} denied any involvement in the fighting near {place}."]
ALLEGED = ["Reports that {actor} had withdrawn from {place} could not be independently confirmed.",
           "{actor} allegedly shelled {place}, according to {local}."]
BACKGROUND = [
    "The {agreement} was signed by {actor} and {rival} in {place} on {date}.",
    "{actor} said the {agreement} had been violated within hours of its signing.",
    "In a statement released on {date}, {person} called on {actor} to respect the ceasefire.",
    "\u201cWe will not give up {place},\u201d {person} told reporters in {place2}.",
    "{local}, who lives in {place}, said the shelling started before dawn on {date}.",
    "{actor} deployed {n} soldiers to {place} after the {agreement}.",
    "Analysts at {org} argued that the {event} changed the balance of power in the region.",
    "The {event} displaced tens of thousands of people from {place} and nearby villages.",
    "Both {actor} and {rival} accused each other of breaking the truce around {place}.",
    "The talks in {place} ended without agreement, said {person}.",
]
FILLER = [
    "The situation remained tense throughout the week.",
    "Independent observers were not allowed into the area.",
    "Officials did not respond to requests for comment.",
    "The figures could not be verified.",
    "Humanitarian groups warned of shortages as winter approached.",
]
GIVEN = ["Anna", "Davit", "Leyla", "Farid", "Maria", "Tigran", "Elnur", "Sona", "Ruslan", "Nigar", "Karen", "Aysel",
         "Gohar", "Rashad", "Irina", "Vugar", "Lilit", "Kamran", "Oksana", "Samir"]
FAMILY = ["Petrosyan", "Mammadli", "Kovalenko", "Hasanova", "Sargsyan", "Quliyev", "Melikova", "Arutyunov",
          "Avetisyan", "Aliyeva", "Grigoryan", "Huseynov", "Ivanova", "Babayan", "Rzayeva", "Martirosyan"]
ORGS = ["the Caspian Policy Forum", "the Southern Corridor Institute", "the Regional Security Monitor",
        "the Highland Research Group"]
OUTLETS = ["Caucasus Wire", "Highland Herald", "Eastern Ledger", "Baku Morning", "Yerevan Dispatch", "Tbilisi Post",
           "Moscow Courier", "Ankara Daily", "Regional Observer", "Frontline Digest", "The Border Review",
           "Mountain Report"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
YEARS = (2016, 2020, 2021, 2022, 2023)


class Zipf:
    """Draws items with probability proportional to 1 / rank**ZIPF (rank 1 = most frequent)."""

    def __init__(self, rng: random.Random, items: list):
        self.rng, self.items = rng, items
        self.weights = [1 / (rank ** ZIPF) for rank in range(1, len(items) + 1)]

    def __call__(self):
        return self.rng.choices(self.items, self.weights)[0]


@dataclass
class Story:
    """One event as the world has it: what, where, when, who acted and against whom."""

    kind: str
    place: str
    actor: str
    rival: str
    day: int
    month: int
    year: int

    def date(self, shift: int = 0) -> str:
        return f"{min(28, max(1, self.day + shift))} {MONTHS[self.month]} {self.year}"


class World:
    """Names by kind, each drawn by a Zipf law over a seeded order, and the stories."""

    def __init__(self, rng: random.Random, stories: int):
        self.rng = rng
        kinds: dict[str, list[tuple[str, ...]]] = {"actor": [], "place": [], "agreement": [], "event": [], "person": []}
        for entry in load().values():
            kind = _kind(entry.entity.classes[0])
            if kind:
                kinds[kind].append(tuple(sorted(n for n in entry.names if n.isascii())) or tuple(entry.names[:1]))
        kinds["local"] = [(f"{g} {f}",) for g in GIVEN for f in FAMILY]
        self.entity = {}
        for kind, entities in kinds.items():
            entities = sorted(set(entities))
            rng.shuffle(entities)
            self.entity[kind] = Zipf(rng, entities)
        self.draw = {kind: self._name(kind) for kind in self.entity}
        self.stories = [self._story() for _ in range(stories)]
        self.story = Zipf(rng, self.stories)

    def _name(self, kind: str):
        """A drawer of names of `kind`: an entity by its frequency, then one of its names."""
        return lambda: self.rng.choice(self.entity[kind]())

    def _story(self) -> Story:
        actor, rival = self.draw["actor"](), self.draw["actor"]()
        return Story(self.rng.choice(sorted(TOLD)), self.draw["place"](), actor, rival,
                     self.rng.randint(1, 28), self.rng.randrange(12), self.rng.choice(YEARS))

    def fill(self, shape: str, story: Story, side: int = 0) -> str:
        """A sentence of `story` as told from `side` (1 swaps who acted, as the other side tells it)."""
        r, d = self.rng, self.draw
        actor, rival = (story.rival, story.actor) if side else (story.actor, story.rival)
        return shape.format(
            actor=actor, rival=rival, place=story.place, place2=d["place"](), date=story.date(r.choice((0, 0, 0, 1))),
            agreement=d["agreement"](), event=d["event"](), person=d["person"](), local=d["local"](),
            org=r.choice(ORGS), n=r.randint(2, 400))


def _kind(cls: str) -> str | None:
    return ("person" if cls == "Person" else "actor" if cls in ACTOR_CLASSES else "place" if cls in PLACE_CLASSES
            else "agreement" if cls in AGREEMENT_CLASSES else "event" if cls in EVENT_CLASSES else None)


def article(world: World, story: Story, words: int) -> str:
    """One article of about `words` words on `story`: a title line, then paragraphs."""
    r = world.rng
    side = int(r.random() < 0.25)  # a quarter of the outlets tell who attacked the other way round
    lines = [world.fill(r.choice(TOLD[story.kind]), story, side).rstrip("."), ""]
    count = 0
    while count < words:
        sentences = [_sentence(world, story, side) for _ in range(r.randint(2, 6))]
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        lines += [paragraph, ""]
    return "\n".join(lines)


def _sentence(world: World, story: Story, side: int) -> str:
    r = world.rng
    roll = r.random()
    if roll < 0.15:
        return world.fill(r.choice(TOLD[story.kind]), story, side)
    if roll < 0.23:
        return world.fill(r.choice(DENIED if side == 0 else ALLEGED), story, side)
    if roll < 0.4:
        other = world.story()
        return world.fill(r.choice(TOLD[other.kind]), other)
    if roll < 0.85:
        return world.fill(r.choice(BACKGROUND), story)
    return r.choice(FILLER)


def write(folder: Path, articles: int = 1000, words: int = 600, seed: int = 7) -> int:
    """Write the corpus; return its total number of words (whitespace-separated)."""
    rng = random.Random(seed)
    world = World(rng, stories=max(1, articles // 4))
    reporters = [f"{g} {f}" for g in GIVEN for f in FAMILY[:6]]
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    manifest = ['[corpus]\nid = "bench"\ntitle = "Generated benchmark corpus"\n']
    total = 0
    for i in range(articles):
        story = world.story()
        text = article(world, story, words)
        total += len(text.split())
        sid = f"article-{i:06d}"
        outlet = rng.choice(OUTLETS)
        (folder / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
        manifest.append(
            f'[[source]]\nid = "{sid}"\npath = "sources/{sid}.txt"\nlanguage = "en"\n'
            f'title = "{text.splitlines()[0]}"\ncreators = ["{rng.choice(reporters)}"]\n'
            f'date = "{story.year}-{story.month + 1:02d}-{min(28, story.day + rng.randint(0, 3)):02d}"\n'
            f'publisher = "{outlet}"\nurl = "https://example.org/{outlet.lower().replace(" ", "-")}/{sid}"\n')
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

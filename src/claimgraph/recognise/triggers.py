"""Words that name an event or an agreement: "offensive", "attacked", "ceasefire", "savaş".

A trigger is a mention of an event or agreement that the gazetteer may not know. The
resolve stage decides which entity it is (the named war the text is about, or a new
event of this source). Matched as lower-case phrase patterns, so the rule stack keeps
the PhraseMatcher's speed. Turkish words are stems: in Turkish blocks a word that is a
stem plus a suffix ("savaşın", "saldırılarda") matches too (`nlp.stem_suffixes`).

Verb forms ("attacked", "withdrew") are told apart from nouns (`VERBS`): the resolver
reads a noun as a way of naming an event already in the story, a verb as a new happening.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .base import Candidate
from .nlp import stem_suffixes

NAME = "triggers.v5"  # v5: "the deal" (a noun: not "to deal with")

# class -> the words that name it (English inflected forms listed; Turkish as stems).
LEXICON: dict[str, tuple[str, ...]] = {
    "War": ("war", "wars", "conflict", "savaş"),
    "Offensive": ("offensive", "offense", "counteroffensive", "military campaign", "bombing campaign", "air campaign",
                  "taarruz"),
    "Attack": ("attack", "attacks", "attacked", "counterattack", "counterattacks", "assault", "assaults",
               "aggression", "bomb", "bombs", "bombed", "bombing", "bombardment", "shelling", "shelled",
               "airstrike", "airstrikes", "air strike", "air strikes", "strike", "strikes", "missile strike",
               "drone strike", "rocket attack", "chemical attack", "gas attack", "invasion", "invaded", "incursion", "incursions", "shot down",
               "shooting down", "use of chemical weapons", "use of toxic chemicals", "saldırı"),
    "Clash": ("clash", "clashes", "skirmish", "skirmishes", "fighting", "hostilities", "armed conflict", "çatışma"),
    "Battle": ("battle", "battles"),
    "Siege": ("siege",),
    "Blockade": ("blockade", "blockaded", "abluka"),
    "Operation": ("operation", "military operation"),
    "Occupation": ("occupation of", "occupied by", "tarafından işgal"),
    "Mobilisation": ("mobilization", "mobilisation", "mobilized", "mobilised", "seferberlik"),
    "MartialLaw": ("martial law", "sıkıyönetim"),
    "Withdrawal": ("withdrawal", "withdraw", "withdraws", "withdrew", "withdrawn", "retreat", "retreated", "pulled out"),
    "Deployment": ("deployed", "deployment", "deploy", "stationed", "military presence", "troop presence"),
    "Displacement": ("displacement", "displaced", "flee", "fled", "fleeing", "exodus", "expelled", "expulsion"),
    "Arrest": ("arrest", "arrested", "arrests"),
    "Detention": ("detention", "detentions", "detained"),
    "Trial": ("trial", "tried", "sentenced", "convicted"),
    "Collapse": ("collapse", "dissolution"),
    "Transfer": ("ceded", "cession", "handed over", "was given to", "were given to", "was transferred to",
                 "were transferred to", "was granted to", "were granted to", "annexed", "annexation"),
    "Signing": ("signing", "signed", "sign", "initialled", "initialed", "initialling", "initialing", "imzalandı",
                "imzaladı", "imzalanan"),
    "Killing": ("massacre", "massacres", "killings", "mass killing", "mass killings", "assassination", "assassinated",
                "executions", "katliam"),
    "Capture": ("capture", "captured", "seized", "took control of", "takeover", "fall of", "fell to"),
    "Negotiation": ("talks", "peace talks", "negotiations", "summit", "peace process", "peace conference",
                    "discussions", "müzakere"),
    "Meeting": ("meeting", "met with"),
    "Referendum": ("referendum", "plebiscite", "referandum"),
    "Investigation": ("investigation", "inquiry", "probe"),
    "Protest": ("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "marches", "marched"),
    "Ceasefire": ("ceasefire", "ceasefires", "cease-fire", "truce", "ateşkes", "ceasefire agreement",
                  "ceasefire agreements", "truce agreement", "humanitarian ceasefire"),
    "Agreement": ("agreement", "agreements", "accord", "peace deal", "trilateral agreement", "tripartite agreement",
                  "peace agreement", "peace plan", "deal", "deals", "mutabakat", "anlaşma"),
    "Treaty": ("treaty", "peace treaty", "convention", "antlaşma"),
    "Protocol": ("protocol",),
    "Armistice": ("armistice",),
    "EntryIntoForce": ("entry into force", "coming into force", "came into force", "come into force",
                       "comes into force", "entered into force", "enters into force", "came into effect",
                       "come into effect", "comes into effect", "took effect", "take effect", "takes effect",
                       "made effective", "became effective"),
    "Statement": ("joint statement", "trilateral statement", "tripartite statement", "declaration"),
}

# The Turkish words of LEXICON, which take suffixes ("savaşın", "saldırılarda").
TURKISH_STEMS = frozenset({"savaş", "taarruz", "saldırı", "çatışma", "abluka", "işgal", "seferberlik",
                           "sıkıyönetim", "ateşkes", "mutabakat", "anlaşma", "antlaşma", "katliam", "müzakere"})

VERBS = frozenset({
    "attacked", "bomb", "bombed", "shelled", "invaded", "withdraw", "withdraws", "blockaded", "occupied by", "mobilized", "mobilised", "withdrew", "withdrawn", "retreated",
    "pulled out", "deployed", "deploy", "stationed", "displaced", "flee", "fled", "expelled", "arrested",
    "detained", "tried", "sentenced", "convicted", "signed", "sign", "retreat", "imzalandı", "imzaladı",
    "ceded", "handed over", "was given to", "were given to", "was transferred to", "were transferred to",
    "was granted to", "were granted to", "annexed", "initialled", "initialed", "assassinated", "captured", "seized",
    "took control of", "fell to", "met with", "shot down", "shooting down", "marched",
    "came into force", "come into force", "comes into force", "entered into force", "enters into force",
    "came into effect", "come into effect", "comes into effect", "took effect", "take effect", "takes effect",
    "made effective", "became effective",
})

# Words that name an agreement only written with a capital: "the Convention", not "a party convention".
CAPITALISED_ONLY = frozenset({"convention"})

# Words that name an agreement only as a noun: "signed the deal", not "to deal with", "a great deal of".
NOUN_ONLY = frozenset({"deal", "deals"})
NOT_NOUN_BEFORE = frozenset({"to", "will", "would", "can", "could", "cannot", "must", "should", "may", "might",
                             "great", "good"})
NOT_NOUN_AFTER = frozenset({"with", "of"})
# Words around a trigger that make it part of a compound naming no event (`_in_compound`).
COMPOUND_BEFORE = frozenset({"prisoners of", "prisoner of", "prisoner-of-", "cessation of"})
COMPOUND_LEFT = frozenset({"hunger", "general", "free"})  # "hunger strike", "general strike", "free trial"
COMPOUND_AFTER = frozenset({"crimes", "crime", "criminal", "criminals", "veterans", "veteran", "memorial", "games"})
NAME_CONNECTIVES = frozenset({"and", "of", "for"})
TROOPS = frozenset({"troops", "forces", "soldiers", "fighters", "militias", "militiamen", "peacekeepers", "units",
                    "army", "tanks"})
MOVES = frozenset({"moved", "move", "moves", "moving"})


class Triggers:
    """Finds trigger words; each candidate carries the class the word names."""

    name = NAME

    def __init__(self, nlp, lexicon: dict[str, tuple[str, ...]] = LEXICON):
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._stemmed = PhraseMatcher(nlp.vocab, attr="NORM")
        self._classes: dict[int, str] = {}
        for cls, words in lexicon.items():
            self._classes[nlp.vocab.strings.add(f"trigger|{cls}")] = cls
            docs = [nlp.make_doc(w) for w in words]
            self._matcher.add(f"trigger|{cls}", docs)
            self._stemmed.add(f"trigger|{cls}", docs)

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        found = set(self._matcher(doc))
        if doc.user_data.get("lang") in ("tr", "az") and stem_suffixes(doc, TURKISH_STEMS):
            found |= set(self._stemmed(doc))
        for match_id, start, end in sorted(found):
            if _inside_name(doc, start, end) or _in_compound(doc, start, end) or _not_noun(doc, start, end) or (
                    doc[start].lower_ in CAPITALISED_ONLY and not doc[start].is_title):
                continue
            span = doc[start:end]
            yield Candidate(span.start_char, span.end_char, "trigger", self._classes[match_id], NAME)
        yield from _presences(doc)
        yield from _troop_moves(doc)


def _presences(doc: Doc) -> Iterator[Candidate]:
    """"the presence of Eritrean troops": a presence of armed men is a deployment (not "in the
    presence of the Secretary of State", a witness)."""
    for token in doc[:-1]:
        if token.lower_ == "presence" and doc[token.i + 1].lower_ == "of" and any(
                t.lower_ in TROOPS for t in doc[token.i + 2:token.i + 6]):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Deployment", NAME)


def _troop_moves(doc: Doc) -> Iterator[Candidate]:
    """"units of the Russian 58th Army moved into South Ossetia": armed men moving into a place are
    deployed there (not "the family moved into a new house")."""
    for token in doc[:-1]:
        if token.lower_ in MOVES and doc[token.i + 1].lower_ == "into" and any(
                t.lower_ in TROOPS for t in doc[max(0, token.i - 6):token.i]):
            into = doc[token.i + 1]
            yield Candidate(token.idx, into.idx + len(into), "trigger", "Deployment", NAME)


def _not_noun(doc: Doc, start: int, end: int) -> bool:
    """A NOUN_ONLY word used as a verb or in an idiom ("to deal with", "a great deal of")."""
    if doc[start].lower_ not in NOUN_ONLY:
        return False
    before = doc[start - 1].lower_ if start else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in NOT_NOUN_BEFORE or after in NOT_NOUN_AFTER


def _in_compound(doc: Doc, start: int, end: int) -> bool:
    """A trigger inside a fixed compound names no event: "prisoners of war", "war crimes", "hunger strike",
    "cessation of hostilities" (a term of an agreement, not fighting), a subscription's "free trial"."""
    before = doc[max(0, start - 2):start].text.lower()
    after = doc[end].lower_ if end < len(doc) else ""
    return before in COMPOUND_BEFORE or after in COMPOUND_AFTER or (start and doc[start - 1].lower_ in COMPOUND_LEFT)


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised trigger next to capitalised words is part of a name ("Treaty Organization"), also
    across a connective ("Investigation and Identification Team", "War of Independence")."""
    if not doc[start].is_title or doc[start].is_sent_start:
        return False
    after = end + 1 if end + 1 < len(doc) and doc[end].lower_ in NAME_CONNECTIVES else end
    neighbours = [doc[i] for i in (start - 1, after) if 0 <= i < len(doc)]
    return any(t.is_title and not t.is_sent_start for t in neighbours)

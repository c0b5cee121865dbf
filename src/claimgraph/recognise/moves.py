"""Armed men moving on a place, and a place that fell: "British troops surrounded Basra", "Knin fell the next day".

Verbs of everyday English ("entered", "crossed", "surrounded", "overran", "took", "left", "arrived", "moved into",
"fell") that name a happening of war only by who moves and where: armed men or an armed name as the subject
(`armed.armed_subject`), a place the gazetteer knows as the object (`armed.place_at`). Each rule yields trigger
candidates as `triggers.Triggers` does; the names are the gazetteer's lower-case ones, passed in.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import (armed_head, armed_subject, armed_words, capitalised_start, munition_subject, named_before,
                    place_at, troops_in)
from .base import Candidate, text_of
from .named_falls import named_fall

CUES = cues("triggers")
# The kinds a place's name ends in ("the Aouzou Strip", "the Golan Heights", "the Kodori Gorge"): a name the gazetteer
# does not know that ends in one is a place all the same (`onto_place`).
PLACE_KINDS = frozenset(kind for kind in cues("names").NAMED_PLACE_KINDS if " " not in kind)
# Of those, the kinds of a land ("the Aouzou Strip", "the Golan Heights"; not "the Maracana Stadium"): what a bare
# state occupies (`_active_move`).
LAND_KINDS = frozenset(kind for kind in PLACE_KINDS if cues("names").NAMED_PLACE_KINDS[kind] == "Region")
ACTS = cues("acts_of_state")
ARMED_MEN = CUES.TROOPS | CUES.IRREGULARS  # the nouns of armed men a particle may follow ("drove the guerrillas out")
UNNAMED: frozenset[str] = frozenset()  # no armed names: pull-outs read armed men by their words ("the army drove")


def armed_moves(doc: Doc, name: str, armed: frozenset[str], forces: frozenset[str],
                places: frozenset[str], told: frozenset[int]) -> Iterator[Candidate]:
    """"British troops surrounded Basra", "Croatian forces overran the pocket", "The Taliban entered Kabul", "units of
    the Russian 58th Army moved into South Ossetia" (not "the family moved into a new house"): a verb of
    going on a place (`CUES.ARMED_MOVES`) with armed men or an armed name before it in its clause names the class the
    table gives it; not before a word that makes it a passive, an idiom or a thing owned ("surrounded by", "entered
    into talks", "overran its budget", `CUES.ARMED_MOVE_NOT_AFTER`). A verb of `CUES.PLACED_MOVES` needs armed men
    or a force's name (`forces`, not a bare state: "China entered the WTO"; a state may occupy,
    `CUES.STATE_PLACED_MOVES`: "Libya had occupied the Aouzou Strip") and a known place as its object
    (`onto_place`); "entered", "crossed" only where dated (`_dated`); a participle used as an adjective ("the
    besieged town", `_attributive`) none; a line crossed (`_line_crossed`) only in a sentence where no event word was
    found (`told`: the characters where they start). A verb of arriving (`CUES.ARRIVALS`) is read by `_arrived`."""
    for token in doc[:-1]:
        if token.lower_ in CUES.ARRIVALS and _arrived(doc, token.i, forces, places):
            yield Candidate(token.idx, token.idx + len(token), "trigger", CUES.ARRIVALS[token.lower_], name)
        cls = CUES.ARMED_MOVES.get(token.lower_)
        if cls and (_passive_move(doc, token.i, armed, places)
                    or _active_move(doc, token.i, armed, forces, places, told)):
            last = doc[token.i + 1] if token.lower_ in CUES.MOVE_PARTICLES else token
            yield Candidate(token.idx, last.idx + len(last), "trigger", cls, name)


def _arrived(doc: Doc, i: int, forces: frozenset[str], places: frozenset[str]) -> bool:
    """Did armed men or a force's name, no word of them qualifying a noun (`armed.armed_head`: "The army band"),
    arrive or land at doc[i] in or at a place (`CUES.ARRIVED_AT`, `onto_place`: "paratroopers landed at Port Said"),
    or a force by its name or its contingents on a date (`CUES.ARRIVED_ON`, `_force_sent`: "The first UNEF
    contingents arrived on 15 November"), for no occasion (`_for_an_occasion`), with no munition as its subject
    (`armed.munition_subject`: "Houthi shells landed in Aden" is an attack, `impacts`)? "Soldiers arrived home on
    leave", "Marines landed in a helicopter at the White House", "The UN peacekeepers arrived in Geneva for a
    conference" deploy no one."""
    force = _force_sent(doc, i, forces)
    if (i + 2 >= len(doc) or not (force or armed_head(doc, i, forces)) or _for_an_occasion(doc, i)
            or munition_subject(doc, i)):
        return False
    if doc[i + 1].lower_ in CUES.ARRIVED_AT:
        return onto_place(doc, i + 1, places)
    date = doc[i + 2]
    return force and doc[i + 1].lower_ in CUES.ARRIVED_ON and (date.is_digit or date.lower_ in CUES.TIME_WORDS)


def _force_sent(doc: Doc, i: int, forces: frozenset[str]) -> bool:
    """Is the subject of doc[i] a force sent: a noun of `CUES.CONTINGENTS` just before it ("UNEF contingents
    arrived"; not "Contingents of fans arrived"), or a force's name (`forces`) within `CUES.KILLER_REACH` words
    before it in its sentence?"""
    words = [t.lower_ for t in doc[max(doc[i].sent.start, i - CUES.KILLER_REACH):i]]
    return (bool(words) and words[-1] in CUES.CONTINGENTS) or any(
        named_before(words[:end], forces) for end in range(1, len(words) + 1))


def _for_an_occasion(doc: Doc, i: int) -> bool:
    """Does "for" (`CUES.ARRIVED_FOR`) and an occasion (`CUES.OCCASIONS`: "for the festival", "for a conference"), or
    "on" (`CUES.ARRIVED_ON_TRIP`) and a trip (`CUES.TRIPS`: "on leave", "on a goodwill visit"; not "on the holiday",
    a date), within `CUES.ARRIVED_FOR_REACH` words after it stand in the clause after doc[i]?"""
    words = [t.lower_ for t in _clause_after(doc, i)]
    for k, word in enumerate(words):
        kinds = CUES.OCCASIONS if word in CUES.ARRIVED_FOR else CUES.TRIPS if word in CUES.ARRIVED_ON_TRIP else ()
        if any(o in kinds for o in words[k + 1:k + 1 + CUES.ARRIVED_FOR_REACH]):
            return True
    return False


def _active_move(doc: Doc, i: int, armed: frozenset[str], forces: frozenset[str], places: frozenset[str],
                 told: frozenset[int]) -> bool:
    """Is the verb at doc[i] said of armed men or an armed name before it, free of an idiom's word after it, no
    adjective, with a known place as its object if it needs one and dated if it must be (`armed_moves`)?"""
    word = doc[i].lower_
    if not _free_after(doc, i) or _attributive(doc, i):
        return False
    placed = word in CUES.PLACED_MOVES
    by_force = placed and armed_subject(doc, i, forces)
    said_of_armed = by_force if placed and word not in CUES.STATE_PLACED_MOVES else armed_subject(doc, i, armed)
    kinds = LAND_KINDS if placed and not by_force else PLACE_KINDS  # a state occupies a land
    return (said_of_armed and (not placed or onto_place(doc, i, places, kinds) or _line_crossed(doc, i, forces, told))
            and (word not in CUES.DATED_MOVES or _dated(doc, i)) and not (word in CUES.ERRANDS and _on_an_errand(doc, i)))


def _line_crossed(doc: Doc, i: int, forces: frozenset[str], told: frozenset[int]) -> bool:
    """Is the verb at doc[i] one of `CUES.CROSSINGS` with armed men or a force heading its subject (`armed_head`: not
    "The Army team") and a line of war as its object: a noun of `CUES.CROSSED_LINES` heading its phrase within
    `CUES.MOVE_OBJECT_REACH` words, before a word of `CUES.OBJECT_STOPS` but those of `CUES.CROSSED_WAYS`, after no word
    of `CUES.CROSSED_NOT_LINES`, a "line" named or one of `CUES.WAR_LINES`, on no errand (`_on_an_errand`) and for no
    occasion (`_for_an_occasion`)? "the Red Army crossed the border", "forces crossed to the west bank", "crossed the
    ceasefire line"; not "Soldiers crossed the finish line", "the chief crossed the line with his remarks", "crossed
    the river to celebrate the festival", "crossed the border on leave", "crossed the border for the funeral".
    Not in a sentence where an event word was found (`told`): "the armed forces of North Korea crossed the 38th parallel
    and invaded the Republic of Korea", "The attack began at dawn, when troops crossed the border" tell one act."""
    if (doc[i].lower_ not in CUES.CROSSINGS or not armed_head(doc, i, forces) or _on_an_errand(doc, i)
            or _for_an_occasion(doc, i)):
        return False
    sent = doc[i].sent
    if any(sent.start_char <= c < sent.end_char for c in told):
        return False
    for token in doc[i + 1:min(i + 1 + CUES.MOVE_OBJECT_REACH, sent.end)]:  # its sentence bounds it ("!", "?")
        if token.lower_ in CUES.OBJECT_STOPS and token.lower_ not in CUES.CROSSED_WAYS:
            return False
        if token.lower_ in CUES.CROSSED_LINES and _heads_phrase(doc, token.i):
            before = doc[token.i - 1].lower_
            named = token.text[0].isupper() or before in CUES.WAR_LINES
            return before not in CUES.CROSSED_NOT_LINES and (token.lower_ not in CUES.LINE_WORDS or named)
    return False


def _on_an_errand(doc: Doc, i: int) -> bool:
    """Does "to" before a lower-case word that is no determiner (`CUES.ERRAND_TO`, `CUES.ERRAND_NOT_AFTER`) stand in
    the clause after the verb at doc[i], its purpose? "left the base on Friday to spend the weekend with their
    families" is a trip; "left Kabul to the Taliban" a withdrawal."""
    after = _clause_after(doc, i)
    return any(t.lower_ in CUES.ERRAND_TO and n.is_alpha and n.is_lower and n.lower_ not in CUES.ERRAND_NOT_AFTER
               for t, n in zip(after, after[1:]))


def _passive_move(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is the verb at doc[i] one of `CUES.PASSIVE_MOVES` after a passive auxiliary, with no agent after it or an armed
    one after "by" ("were besieged in the village of Pervomayskoye", "was besieged by Serb forces", "had been overrun
    by dawn", "by" before a time; not "was besieged by reporters", "was overrun by rabbits", "was besieged with calls",
    `CUES.PASSIVE_UNMOVED`)? One of `CUES.PASSIVE_AGENT_MOVES` needs its armed agent and a place or armed men as its
    subject (`_surrounded`)."""
    if doc[i].lower_ not in CUES.PASSIVE_MOVES or i == 0 or doc[i - 1].lower_ not in CUES.PASSIVE_AUXILIARIES:
        return False
    if doc[i].lower_ in CUES.PASSIVE_AGENT_MOVES:
        return _surrounded(doc, i, armed, places)
    after = [t.lower_ for t in doc[i + 1:i + 1 + CUES.ARMED_AFTER_REACH]]
    if after and after[0] in CUES.BY_WEAPON and not (len(after) > 1 and after[1] in CUES.TIME_WORDS):
        return armed_words(after[1:], armed)
    return not (after and after[0] in CUES.PASSIVE_UNMOVED)


def _surrounded(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is the passive verb at doc[i] said of a place (a known one, a noun of `CUES.HELD_AREAS`) or armed men before
    its auxiliary, by an armed agent after "by" within `CUES.ARMED_AFTER_REACH` words, in its clause? "The area was
    surrounded by the Israel Defense Forces"; not "The town is surrounded on all sides by hills", "The singer was
    surrounded as she left the hotel", "The president was surrounded by soldiers during the ceremony"."""
    aux = i - 1
    held = aux > 0 and (doc[aux - 1].lower_ in CUES.HELD_AREAS or _held_before(doc, aux, places))
    if not (held or armed_subject(doc, aux, armed)):
        return False
    after = [t.lower_ for t in _clause_after(doc, i)[:CUES.ARMED_AFTER_REACH]]
    by = next((k for k, w in enumerate(after) if w in CUES.BY_WEAPON), None)
    return by is not None and armed_words(
        [t.lower_ for t in doc[i + 2 + by:i + 2 + by + CUES.ARMED_AFTER_REACH]], armed)


def _attributive(doc: Doc, i: int) -> bool:
    """Is the verb at doc[i] a participle used as an adjective, after a determiner (`CUES.ATTRIBUTIVE`,
    `CUES.ATTRIBUTIVE_BEFORE`)? "Ukrainian forces withdrew from the besieged railway town", "most of the besieged
    reached Syria" tell of a siege told, none new."""
    return doc[i].lower_ in CUES.ATTRIBUTIVE and i > 0 and doc[i - 1].lower_ in CUES.ATTRIBUTIVE_BEFORE


def _free_after(doc: Doc, i: int) -> bool:
    """Is the word after the verb at doc[i] its particle (`CUES.MOVE_PARTICLES`: "moved into"), or, for a verb with
    none, no word of `CUES.ARMED_MOVE_NOT_AFTER` ("surrounded by", "entered into talks")?"""
    particles = CUES.MOVE_PARTICLES.get(doc[i].lower_)
    nxt = doc[i + 1].lower_
    return nxt in particles if particles else nxt not in CUES.ARMED_MOVE_NOT_AFTER


def onto_place(doc: Doc, i: int, places: frozenset[str], kinds: frozenset[str] = PLACE_KINDS) -> bool:
    """Does a known place, a name ending in a place's kind of `kinds` (`_named_place_kind`) or a noun of a held place
    (`CUES.FALLEN_HOLDINGS`) stand in the object of the verb at doc[i], within `CUES.MOVE_OBJECT_REACH` words and
    before a word that ends it (`CUES.OBJECT_STOPS`; "from", "into", "across" lead on: "crossed from Kuwait into
    southern Iraq")? "entered the northern Tigray region", "took the town of Aouzou", "occupied the Golan Heights";
    not "entered the election", "surrounded the protesters in Minsk", "took the village children
    to school" (the noun qualifies another, `_heads_phrase`)."""
    for token in doc[i + 1:i + 1 + CUES.MOVE_OBJECT_REACH]:
        if token.lower_ in CUES.OBJECT_STOPS and token.lower_ not in CUES.MOVE_THROUGH:
            return False
        if token.lower_ in CUES.FALLEN_HOLDINGS and _heads_phrase(doc, token.i):
            return True
        if place_at(doc, token.i, places) and not _opens_other_kind(doc, token.i, kinds):
            return True
        if _named_place_kind(doc, token.i, kinds):
            return True
    return False


def _named_place_kind(doc: Doc, i: int, kinds: frozenset[str]) -> bool:
    """Does doc[i] end a name written with capitals in a place's kind of `kinds` (`PLACE_KINDS`: "the Aouzou Strip",
    "the Golan Heights"), the word before it capitalised too and no sentence's start? A place the gazetteer does not
    know."""
    return (doc[i].text in kinds and i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start
            and not doc[i].is_sent_start)


def _opens_other_kind(doc: Doc, i: int, kinds: frozenset[str]) -> bool:
    """Does the known place at doc[i] only open the name of a place of a kind not in `kinds`, the next word that kind
    ("the Maracana Stadium" where a state occupies only lands, `LAND_KINDS`)?"""
    return i + 1 < len(doc) and doc[i + 1].text in PLACE_KINDS - kinds


def _heads_phrase(doc: Doc, i: int) -> bool:
    """Does the noun at doc[i] head its phrase: the text ends after it, or a mark, a capitalised name, a number or a
    word of `CUES.HELD_NOUN_ENDS` follows ("the town of Aouzou", "the base on Friday"), no other lower-case word it
    qualifies ("the town bus", "the city council")?"""
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    return not (after.is_alpha and after.is_lower) or after.lower_ in CUES.HELD_NOUN_ENDS


def _dated(doc: Doc, i: int) -> bool:
    """Does a word of time or a year (`CUES.TIME_WORDS`) stand in doc[i]'s sentence before it, or in its clause after
    it (up to `CUES.MOVE_CLAUSE_END`)? An undated movement ("entered Tigray during the conflict") is a part of what
    the text told, no happening of its own."""
    return any(t.lower_.rstrip(".") in CUES.TIME_WORDS or (t.is_digit and len(t) == 4)
               for t in [*doc[doc[i].sent.start:i], *_clause_after(doc, i)])


def _clause_after(doc: Doc, i: int) -> list:
    """The tokens after doc[i] in its sentence, up to a mark that ends its clause (`CUES.MOVE_CLAUSE_END`)."""
    after = []
    for token in doc[i + 1:doc[i].sent.end]:
        if token.text in CUES.MOVE_CLAUSE_END:
            break
        after.append(token)
    return after


def pullouts(doc: Doc, name: str, places: frozenset[str]) -> Iterator[Candidate]:
    """"pulling its ground forces out", "drove the last guerrillas out of their bases": a verb of pulling or driving
    (`CUES.PULLED_OFF`) with armed men as its object and its particle ("out", "back") right after them is a withdrawal
    or an expulsion, the verb its word, if what they are pulled out of is a place (`_out_of_place`); "pulled the plug
    out", "pulled its sales force out", "pulled his tired forces out of the match", "drove the car out" none. A verb of
    driving (`CUES.DRIVING`) needs armed men as its subject: "The bus driver drove the soldiers back" drives off no
    one. Only the tokens of the verbs found in the block's text are read (most blocks hold none)."""
    for found in CUES.PULLING_WORDS.finditer(text_of(doc)):
        verb = doc.char_span(*found.span())
        if verb is None:
            continue
        word = verb.text.lower()
        particles, cls = CUES.PULLED_OFF[word]
        if _pulled_out(doc, verb.start, places, particles) and (
                word not in CUES.DRIVING or armed_subject(doc, verb.start, UNNAMED)):
            yield Candidate(verb.start_char, verb.end_char, "trigger", cls, name)


def _pulled_out(doc: Doc, i: int, places: frozenset[str], particles: frozenset[str]) -> bool:
    """Does one of `particles` stand right after a noun of armed men (`ARMED_MEN`: troops, guerrillas) in the object
    of the verb at doc[i], armed as `troops_in` reads them with the words before (not "its sales force"), and lead
    off to a place (`_led_off`)?"""
    words = [t.lower_ for t in doc[i + 1:i + 2 + CUES.PULLED_REACH]]
    return any(w in particles and words[k - 1] in ARMED_MEN and troops_in(words[:k])
               and _led_off(doc, i + 2 + k, w, places) for k, w in enumerate(words) if k)


def _led_off(doc: Doc, i: int, particle: str, places: frozenset[str]) -> bool:
    """Does doc[i], the word after `particle`, lead the armed men off: after "back" (`CUES.DRIVEN_BACK`) a way beyond
    (`CUES.DRIVEN_BACK_WAYS`: "back into Chechnya", "back across the river"; not "back to their barracks"), after
    "out" out of a place if told (`_out_of_place`)?"""
    if particle in CUES.DRIVEN_BACK:
        return i < len(doc) and doc[i].lower_ in CUES.DRIVEN_BACK_WAYS
    return _out_of_place(doc, i, places)


def _out_of_place(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Is doc[i], the word after "out", no "of" (`CUES.PULLED_OF`: "out on Aug. 5"), or "of" and a place before a word
    that ends the phrase or a preposition ("out of Gaza", "out of the city"; not "out of the match against Chelsea",
    "out of the plantation in Kenya")?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.PULLED_OF:
        return True
    for token in doc[i + 1:i + 1 + CUES.PULLED_REACH]:
        word = token.lower_
        if word in CUES.OBJECT_STOPS or word in CUES.PREPOSITIONS:
            return False
        if word in CUES.FALLEN_HOLDINGS or word in CUES.PULLED_FROM or place_at(doc, token.i, places):
            return True
    return False


def falls(doc: Doc, name: str, places: frozenset[str]) -> Iterator[Candidate]:
    """"the rebel capital Knin fell the next day": "fell" after a fallen place (`fallen`) is a capture."""
    for token in doc[1:-1]:
        if token.lower_ in CUES.FELL and doc[token.i + 1].lower_ not in CUES.FELL_NOT_AFTER \
                and fallen(doc, token.i, places):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Capture", name)


def fallen(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Did a place fall at doc[i] ("fell", "fell to")? Its subject just before is a noun of a held place
    (`CUES.FALLEN_HOLDINGS`), a capitalised name after one ("the rebel capital Knin"), or a whole known place name
    ("the town of Mariupol"; not "Real Madrid", "Shares of Apple"), or a name the gazetteer does not know with a
    time after the verb in a paragraph of war (`named_falls`: "Jowhar fell on 27 December"); no amount nor score
    after it ("fell 3%", "fell to Japan 2-1", `CUES.FELL_AMOUNT`)."""
    if i < 1 or CUES.FELL_AMOUNT.match(text_of(doc), doc[i].idx + len(doc[i])):
        return False
    subject = antecedent(doc, i)
    return _held_before(doc, i, places) or _held_before(doc, subject, places) or named_fall(doc, i, (i, subject))


def liberated(doc: Doc, i: int, places: frozenset[str], armed: frozenset[str]) -> bool:
    """Was a place freed by arms at doc[i] ("liberated", `CUES.LIBERATED`)? A held or known place is its passive
    subject, past auxiliaries, adverbs and quotation marks ("Kuwait City was liberated", "Aden had been
    \"liberated\"", "declared the city liberated"), or its object with armed men or an armed name as subject
    ("forces liberated Kherson"; not "The Beatles liberated Liverpool"); and what it is freed from, if told, is armed
    or a place (`_freed_from`: not "London was liberated from congestion"). "women felt liberated", "liberated from
    stress" free no place."""
    j = i
    while j > 0 and doc[j - 1].lower_ in CUES.LIBERATED_GAP:
        j -= 1
    k = i + 1
    if k < len(doc) and doc[k].lower_ in CUES.LIBERATED_OBJECT_BEFORE:
        k += 1
    held_after = k < len(doc) and (doc[k].lower_ in CUES.FALLEN_HOLDINGS or place_at(doc, k, places))
    freed = (j > 0 and _held_before(doc, j, places)) or (held_after and armed_subject(doc, i, armed))
    return freed and _freed_from(doc, i, places, armed)


def _freed_from(doc: Doc, i: int, places: frozenset[str], armed: frozenset[str]) -> bool:
    """Is what the place liberated at doc[i] is freed from, after "from" within `CUES.LIBERATED_REACH` words, armed
    (armed men, an armed name), a place or a word of `CUES.LIBERATED_FROM` ("from German occupation", "from ISIS")? A
    liberation that names nothing it is freed from is too; "from congestion", "from its grey post-war image" free
    from no arms."""
    after = doc[i + 1:i + 1 + CUES.LIBERATED_REACH]
    start = next((t.i + 1 for t in after if t.lower_ in CUES.LIBERATED_FROM_WORD), None)
    if start is None:
        return True
    phrase = []
    for token in doc[start:start + CUES.LIBERATED_REACH]:
        if token.lower_ in CUES.OBJECT_STOPS:
            break
        phrase.append(token)
    words = [t.lower_ for t in phrase]
    return armed_words(words, armed) or any(w in CUES.LIBERATED_FROM for w in words) or any(
        place_at(doc, t.i, places) for t in phrase)


def lost_places(doc: Doc, name: str, places: frozenset[str], armed: frozenset[str]) -> Iterator[Candidate]:
    """"the city had been taken", "Kismayo was given up without a fight": a held place (`_held_before`) as the subject
    of a passive verb of losing (`ACTS.LOST_PLACES`) is a capture, the verb (and its particle) its word; not "The photo
    was taken in Paris", "the town was taken by surprise" (`_lost_after`)."""
    for token in doc[1:]:
        particles = ACTS.LOST_PLACES.get(token.lower_)
        if particles is None or doc[token.i - 1].lower_ not in CUES.PASSIVE_AUXILIARIES:
            continue
        end = token.i + 1 + len(particles)
        if tuple(t.lower_ for t in doc[token.i + 1:end]) != particles or not _lost_after(doc, end, armed):
            continue
        first = token.i - 1
        while first > 0 and doc[first - 1].lower_ in ACTS.LOST_AUXILIARIES:
            first -= 1
        if first > 0 and (_held_before(doc, first, places) or _held_before(doc, antecedent(doc, first), places)):
            yield Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "trigger", "Capture", name)


def _lost_after(doc: Doc, end: int, armed: frozenset[str]) -> bool:
    """Is the word at doc[end], after a passive verb of losing, none that makes it an idiom or a thing done to a place
    (`ACTS.LOST_NOT_AFTER`: "taken in Paris", "lost in the fog"), no score (`ACTS.LOST_SCORE`: "taken 3-1 by
    Liverpool"), and "by" or "to" only before an armed agent (`ACTS.LOST_TO`: "taken by Serb forces", "lost to the
    Russian army"; not "taken by surprise", "lost to Marseille in the final", "lost to developers")?"""
    if end >= len(doc):
        return True
    if ACTS.LOST_SCORE.match(text_of(doc), doc[end].idx):
        return False
    word = doc[end].lower_
    if word in ACTS.LOST_TO:
        return armed_words([t.lower_ for t in doc[end + 1:end + 1 + CUES.ARMED_AFTER_REACH]], armed)
    return word not in ACTS.LOST_NOT_AFTER


def antecedent(doc: Doc, i: int) -> int:
    """Where the subject of the verb at doc[i] ends when a relative word or an aside stands between them: before ",
    which" / ", that" (`CUES.FELL_RELATIVE`: "Boquerón, which fell on 31 July") or before the comma that opens an
    aside of at most `CUES.FELL_ASIDE_REACH` words closed by a comma just before the verb ("Entebbe, Amin's airport
    base south of the capital, fell on Saturday"); else i itself (no subject further back). An English subject's
    place holds in any text: the verb's subject is the name, not the relative word or the aside's last noun."""
    if i >= 3 and doc[i - 1].lower_ in CUES.FELL_RELATIVE and doc[i - 2].text == ",":
        return i - 2
    if i >= 2 and doc[i - 1].text == ",":
        start = max(doc[i - 1].sent.start, i - 1 - CUES.FELL_ASIDE_REACH)
        opening = next((k for k in range(i - 2, start, -1) if doc[k].text == ","), None)
        if opening is not None:
            return opening
    return i


def _held_before(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Does a held place end just before doc[i]: a noun of one (`CUES.FALLEN_HOLDINGS`), a capitalised name after
    one ("the rebel capital Knin"), or a whole known place name ("Mariupol")?"""
    before = doc[i - 1]
    held = i > 1 and before.is_title and doc[i - 2].lower_ in CUES.FALLEN_HOLDINGS
    return before.lower_ in CUES.FALLEN_HOLDINGS or held or _named_place(doc, i, places)


def _named_place(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Is the whole run of capitalised words that ends before doc[i] a known place ("Mariupol fell"; not "Real Madrid
    fell", where "Madrid" alone is one)?"""
    j = capitalised_start(doc, i)
    return j < i and doc[j:i].text.lower() in places

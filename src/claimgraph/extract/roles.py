"""Roles: who started an event, who took part in a war, what an agreement set up.

Rules over one sentence (abbreviation breaks mended, see `scope.rejoin`), general
English patterns rather than sentences of the corpus:

- initiator: "X launched / began / started / initiated E" -> E initiatedBy X; "upon /
  after / in response to / against the attack of Y, ..." -> the attack and the war of
  the sentence were initiated by Y (the war's initiator is whoever struck first);
  "..., marking the beginning / outbreak of W" -> W initiatedBy the X that launched; a
  response that launches ("upon the attack of Y, X began its offensive") with no war
  named in the sentence is about the war the source spoke of last;
- participation: "X (did not) participate / take part / intervene / fight in ...",
  "the participation / involvement / transfer of X (in W)", "X provided military
  assistance" -> W hasActor X, W the war named in the clause, else the war the source
  spoke of last; an -ing form used as a noun ("an agreement aimed at ending fighting in
  Idlib") is no one's participation. Modality (did *not* participate) is the modality stage's job;
- unnamed fighters: "jihadist groups", "foreign fighters", "mercenaries" with no
  gazetteer name are the one neutral entity `foreign-fighters`, quoted in the source's words;
- set-up: "as part of / in line with / under the agreement, X (were) deployed /
  established / stationed" -> a Deployment event with actor X that the agreement
  establishes (minted per source when no trigger word names it);
- attribution: "E was attributed to / blamed on X (by Y)" -> E hasActor X (that it is Y's
  attribution, not the source's, is the modality stage's to mark);
- a claim of responsibility: "X claimed responsibility for E" -> E initiatedBy X, Reported and held by
  X: it is the claimant's word, which the source passes on without vouching for it;
- parties: "X was (not) a party / a signatory to A (to it)" -> A party X (a denial is the
  modality stage's to mark, so "not a party" is kept as a denied claim, not dropped);
- of an agreement: its end, a party's leaving it, its entry into force -> E cg:ofAgreement A, the
  agreement named nearest in the sentence ("the ceasefire collapsed", "withdrew from the grain deal");
- ending: "the agreement (that) ended / put an end to / halted E" and "E ended with /
  was ended by (the signing of) the agreement" -> the agreement cg:ends E; after "and" the verb of
  ending shares its sentence's subject ("It began ..., when X invaded Y, and ended with a ceasefire").

Entities minted here are added to the resolution, as the resolver does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..lang import cues
from ..model import Claim, Entity, Mention
from ..rdf.terms import slug
from ..recognise import Sentence
from .labels import passive_subject_end
from .resolution import Resolution
from .scope import classes_of, clause, clause_end, clause_start, evidence, rejoin, tops_of

CUES = cues("roles")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "roles.v23"  # v23: "contended that" as "argued that" (`_verbs.ARGUE`)

FIGHTERS_ENTITY = Entity(id="foreign-fighters", label="foreign fighters", lang="en", classes=("ArmedGroup",))
WINDOW = 60  # characters between a cue and the mention it governs
# events of one agreement (cg:ofAgreement)
AGREEMENT_EVENTS = frozenset({"Termination", "WithdrawalFromAgreement", "EntryIntoForce", "Violation"})
END_GAP = 24  # characters between an ending cue and the event it ends ("the armed ")


class _Reader:
    """One source's sentences read in order, remembering the war spoken of last."""

    def __init__(self, source_id: str, text: str, res: Resolution):
        self.source_id, self.text, self.res = source_id, text, res
        self.last_war: str | None = None
        self.last_agreement: str | None = None

    def claim(self, subject: str, predicate: str, obj, start: int, end: int) -> Claim:
        return evidence(self.source_id, self.text, NAME, subject, predicate, obj, start, end)

    def of(self, mention: Mention) -> str:
        return self.res.of[mention]

    def actors(self, sentence: Sentence) -> list[Mention]:
        return [m for m in sentence.mentions if "Actor" in tops_of(self.res, m)]

    def events(self, sentence: Sentence) -> list[Mention]:
        return [m for m in sentence.mentions if "Event" in tops_of(self.res, m)]

    def agreements(self, sentence: Sentence) -> list[Mention]:
        return [m for m in sentence.mentions if "Agreement" in tops_of(self.res, m)]

    def wars(self, sentence: Sentence) -> list[Mention]:
        return [m for m in self.events(sentence) if "War" in classes_of(self.res, m)]


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """The role claims of one source, sentence by sentence."""
    reader = _Reader(source_id, text, res)
    for index, sentence in enumerate(rejoin(text, sentences)):
        fighters = list(_fighters(reader, sentence))
        yield from (c for _, claims in fighters for c in claims)
        yield from _initiators(reader, sentence)
        yield from _participants(reader, sentence, [(m, eid) for (m, eid), _ in fighters])
        yield from _set_up(reader, sentence, index)
        yield from _ends(reader, sentence)
        yield from _of_agreement(reader, sentence)
        yield from _parties(reader, sentence)
        yield from _attributed(reader, sentence)
        yield from _claimed(reader, sentence)
        wars, agreements = reader.wars(sentence), reader.agreements(sentence)
        if wars:
            reader.last_war = reader.of(wars[-1])
        if agreements:
            reader.last_agreement = reader.of(agreements[-1])


def _initiators(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    launches = list(_launches(r, sentence))
    responses = list(_responses(r, sentence))
    attacks = {r.of(attack) for attack, _ in responses}
    for attack, first in responses:
        yield r.claim(r.of(attack), "initiatedBy", r.of(first), min(attack.start, first.start), max(attack.end, first.end))
        wars = {r.of(w) for w in r.wars(sentence)} or ({r.last_war} if launches and r.last_war else set())
        for war in sorted(wars - attacks):
            yield r.claim(war, "initiatedBy", r.of(first), sentence.start, sentence.end)
    for agent, event in launches:
        if not (responses and (r.of(event) in attacks or "War" in classes_of(r.res, event))):
            yield r.claim(r.of(event), "initiatedBy", r.of(agent), agent.start, event.end)
        for cue in cues("dates").BEGINNING.finditer(r.text, event.end, sentence.end):
            for war in [e for e in r.events(sentence) if cue.end() <= e.start <= cue.end() + WINDOW][:1]:
                yield r.claim(r.of(war), "initiatedBy", r.of(agent), agent.start, war.end)


def _launches(r: _Reader, sentence: Sentence) -> Iterator[tuple[Mention, Mention]]:
    """(who, what) for each "X launched / began / started E" in the sentence."""
    actors, events = r.actors(sentence), r.events(sentence)
    for verb in CUES.LAUNCH.finditer(r.text, sentence.start, sentence.end):
        if CUES.NOUN_USE.search(r.text, max(sentence.start, verb.start() - 8), verb.start()) or \
                CUES.NOUN_OF.match(r.text, verb.end()):
            continue  # "the start of talks" names a start, it is no one's act
        start = clause_start(r.text, sentence, verb.start())
        said = [m.end() for m in CUES.COMPLEMENT.finditer(r.text, start, verb.start())]  # "recalls that the LNA launched"
        start = max([start, *said])
        before = [a for a in actors if start <= a.start and a.end <= verb.start()]
        agent = before[:1] if CUES.SHARED_SUBJECT.search(r.text, start, verb.start()) else before[-1:]
        event = [e for e in events if verb.end() <= e.start <= verb.end() + WINDOW][:1]
        if agent and event and not _began_another(r.text, verb.end(), event[0]):
            yield agent[0], event[0]


def _began_another(text: str, end: int, event: Mention) -> bool:
    """"Serbian forces began withdrawing from Kosovo, ending 78 days of bombing": the verb's own
    object is the -ing form right after it, which is no event word; the event named later is not
    what they began."""
    gerund = CUES.LAUNCHED_ACT.match(text, end)
    return gerund is not None and gerund.end() <= event.start


def _responses(r: _Reader, sentence: Sentence) -> Iterator[tuple[Mention, Mention]]:
    """(attack, who attacked) for each "upon / in response to the attack of Y"."""
    for cue in CUES.RESPONSE.finditer(r.text, sentence.start, sentence.end):
        window = clause(r.text, sentence, cue.start(), cue.end())
        near = [m for m in sentence.mentions if cue.end() <= m.start <= cue.end() + WINDOW and m.end <= window.end]
        attacks = [m for m in near if m.cls == "Attack" or "Attack" in classes_of(r.res, m)]
        actors = [m for m in near if "Actor" in tops_of(r.res, m) and _attackers_place(r.text, attacks, m)]
        if attacks and actors:
            yield attacks[0], actors[0]


def _attackers_place(text: str, attacks: list[Mention], actor: Mention) -> bool:
    """Does the actor stand where an attacker is named: before the attack ("Azerbaijani shelling") or
    joined after it by "of / by / from" ("the attack of Y")? A name right after the attack is none, and
    so is one within the subject of a passive verb of harm ("after a plane carrying President Juvenal
    Habyarimana was shot down": he suffered it)."""
    if not attacks:
        return True
    suffered = passive_subject_end(text, attacks[0])
    if actor.end <= attacks[0].start:
        return suffered is None or actor.end > suffered
    return bool(CUES.ATTACKER_AFTER.fullmatch(text, attacks[0].end, actor.start))


def _fighters(r: _Reader, sentence: Sentence) -> Iterator[tuple[tuple[Mention, str], list[Claim]]]:
    """Unnamed groups of fighters, as (mention, entity id) with their typing claims; not one group
    told again by a definite noun ("the Islamist group": the group the text named before)."""
    for found in CUES.FIGHTERS.finditer(r.text, sentence.start, sentence.end):
        told_again = found.group().lower().endswith("group") and CUES.DEFINITE_BEFORE.search(
            r.text, max(sentence.start, found.start() - 6), found.start())
        if any(m.start < found.end() and found.start() < m.end for m in sentence.mentions) or \
                CUES.NAMED_AFTER.match(r.text, found.end()) or told_again:
            continue
        mention = Mention(found.start(), found.end(), found.group(), "entity", "ArmedGroup", NAME, sentence.lang)
        r.res.entities.setdefault(FIGHTERS_ENTITY.id, FIGHTERS_ENTITY)
        claims = [r.claim(FIGHTERS_ENTITY.id, "type", "ArmedGroup", found.start(), found.end())]  # an actor: implied
        yield (mention, FIGHTERS_ENTITY.id), claims


def _participants(r: _Reader, sentence: Sentence, fighters: list[tuple[Mention, str]]) -> Iterator[Claim]:
    text = r.text
    actors = sorted([(m, r.of(m)) for m in r.actors(sentence)] + fighters, key=lambda p: p[0].start)
    wars = r.wars(sentence)
    for cue in CUES.PARTICIPATE.finditer(text, sentence.start, sentence.end):
        start = clause_start(text, sentence, cue.start())
        before = [(m, eid) for m, eid in actors if start <= m.start and m.end <= cue.start()][-1:]
        if before and _gerund_noun(text, cue.start(), before[0][0]):
            continue
        yield from _took_part(r, sentence, before, wars, cue.start(), cue.end())
    for cue in CUES.INVOLVEMENT.finditer(text, sentence.start, sentence.end):
        after = [(m, eid) for m, eid in actors if 0 <= m.start - cue.end() <= 4][:1]
        yield from _took_part(r, sentence, after, wars, cue.start(), cue.end())
    for cue in CUES.MILITARY_AID.finditer(text, sentence.start, sentence.end):
        start = clause_start(text, sentence, cue.start())
        before = [(m, eid) for m, eid in actors if start <= m.start and m.end <= cue.start()][-1:]
        yield from _took_part(r, sentence, before, [], cue.start(), cue.end())


def _gerund_noun(text: str, cue: int, actor: Mention) -> bool:
    """Is the -ing form at `cue` a noun ("an agreement aimed at ending fighting in Idlib"), not the
    verb of the actor before it ("militias fighting in Tigray", "troops are fighting in")?"""
    if not CUES.GERUND.match(text[cue:cue + 14]):
        return False
    return not (re.fullmatch(r"[\s,]*", text[actor.end:cue]) or CUES.AUXILIARY.search(text, actor.end, cue))


def _took_part(r: _Reader, sentence: Sentence, actor: list[tuple[Mention, str]], wars: list[Mention],
               start: int, end: int) -> Iterator[Claim]:
    """The war named in the clause after the cue (else the war spoken of last) hasActor the actor."""
    if not actor:
        return
    mention, eid = actor[0]
    span = clause(r.text, sentence, start, end)
    named = [w for w in wars if start <= w.start and w.end <= span.end]
    war = r.of(named[0]) if named else r.last_war
    if war:
        stop = named[0].end if named else max(end, mention.end)
        yield r.claim(war, "hasActor", eid, min(start, mention.start), stop)


def _set_up(r: _Reader, sentence: Sentence, index: int) -> Iterator[Claim]:
    text = r.text
    for cue in CUES.SET_UP.finditer(text, sentence.start, sentence.end):
        agreement = [m for m in sentence.mentions if 0 <= m.start - cue.end() <= 2 and "Agreement" in tops_of(r.res, m)]
        verb = CUES.STATIONED.search(text, cue.end(), sentence.end)
        if not agreement or not verb:
            continue
        forces = [m for m in sentence.mentions if "ArmedForce" in classes_of(r.res, m)
                  and agreement[0].end <= m.start and m.end <= verb.start() and verb.start() - m.end <= WINDOW]
        if not forces:
            continue
        deployment = _deployment(r, sentence, verb, index)
        yield r.claim(deployment, "hasActor", r.of(forces[-1]), forces[-1].start, verb.end())
        yield r.claim(r.of(agreement[0]), "establishes", deployment, cue.start(), verb.end())
        if deployment not in {r.of(m) for m in sentence.mentions if m in r.res.of}:
            yield r.claim(deployment, "type", "Deployment", verb.start(), verb.end())  # an event: implied


def _ends(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    """Agreement -> the event it ends, when the words between them say so (see the module docstring).

    "A ... ended E": the cue right after the agreement, the event a few words after it.
    "E ... ended with A": the cue right before the agreement, E the last event named before it.
    """
    events = r.events(sentence)
    for agreement in (m for m in sentence.mentions if "Agreement" in tops_of(r.res, m)):
        ended = _ended_after(r.text, sentence, agreement, events)
        if ended:
            yield r.claim(r.of(agreement), "ends", r.of(ended), agreement.start, ended.end)
        before = [e for e in events if e.end <= agreement.start]
        start = clause_start(r.text, sentence, agreement.start)
        cue = CUES.ENDED_WITH.search(r.text, max(before[-1].end, start), agreement.start) if before else None
        ended = _subject_ended(r.text, sentence, start, cue.start(), before) if cue else None
        if ended:
            yield r.claim(r.of(agreement), "ends", r.of(ended), ended.start, agreement.end)


def _subject_ended(text: str, sentence: Sentence, start: int, verb: int, before: list[Mention]) -> Mention | None:
    """The event that "ended with" the agreement: the last one named before the verb, unless the verb shares the
    subject of its sentence's first clause ("It began on 22 September 1980, when Iraqi forces invaded western Iran,
    and ended with a ceasefire": `CUES.SHARED_SUBJECT` alone before it), which is the event that opens the sentence
    (a pronoun read as the war counts), not the one of a clause set in between; none when no event opens it."""
    if not CUES.SHARED_SUBJECT.search(text, start, verb):
        return before[-1]
    first = clause_end(text, sentence, sentence.start)
    opening = [e for e in before if e.end <= first]
    return opening[0] if opening else None


def _ended_after(text: str, sentence: Sentence, agreement: Mention, events: list[Mention]) -> Mention | None:
    """The event an ending cue right after the agreement governs ("the agreement that ended the war", `CUES.ENDING`),
    within `END_GAP` after the cue; no event may stand between the agreement and the cue but in a participle
    phrase set off after the agreement ("The Algiers Agreement, signed on 12 December 2000, formally ended the war")."""
    cue = CUES.ENDING.match(text, agreement.end, sentence.end)
    if not cue:
        return None
    aside = range(*cue.span("aside")) if cue.group("aside") else range(0)
    if any(agreement.end <= e.start < cue.end() and e.start not in aside for e in events):
        return None
    after = [e for e in events if e.start >= cue.end()]
    return after[0] if after and after[0].start - cue.end() <= END_GAP else None


def _of_agreement(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    """An agreement's end, a party's leaving it, its entry into force -> the agreement (cg:ofAgreement):
    the agreement named nearest the event's word in its sentence, within `WINDOW` characters ("the
    ceasefire collapsed", "Russia withdrew from the grain deal", "The accord came into force")."""
    agreements = r.agreements(sentence)
    for event in (e for e in r.events(sentence) if AGREEMENT_EVENTS & set(classes_of(r.res, e))):
        near = [a for a in agreements if _gap(a, event) <= WINDOW]
        if near:
            agreement = min(near, key=lambda a: (_gap(a, event), a.start))
            yield r.claim(r.of(event), "ofAgreement", r.of(agreement), min(agreement.start, event.start),
                          max(agreement.end, event.end))


def _gap(a: Mention, b: Mention) -> int:
    """Characters between two mentions (0 when they touch or overlap)."""
    return max(a.start - b.end, b.start - a.end, 0)


def _parties(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    """"X was (not) a party / a signatory to A" -> A party X; "to it" is the agreement the source
    spoke of last. The claim is made either way: "not" is the modality stage's to mark (Denied)."""
    agreements = r.agreements(sentence)
    for actor in r.actors(sentence):
        cue = CUES.PARTY_OF.match(r.text, actor.end, sentence.end)
        if not cue:
            continue
        named = [a for a in agreements if 0 <= a.start - cue.end() <= WINDOW // 4]
        if named:
            yield r.claim(r.of(named[0]), "party", r.of(actor), actor.start, named[0].end)
        elif r.last_agreement and (pronoun := CUES.PRONOUN.match(r.text, cue.end(), sentence.end)):
            yield r.claim(r.last_agreement, "party", r.of(actor), actor.start, pronoun.end())


ATTRIBUTING_REACH = 40  # characters between "attributed" and the event word it governs ("attributed the air strike")


def _attributed(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    """"The attack was attributed to the Syrian Army (by rebel forces)" -> the attack hasActor the army; "Turkey
    attributed the strike to Syrian Government forces" -> the strike hasActor those forces, as Turkey's claim."""
    actors = r.actors(sentence)
    for event in r.events(sentence):
        cue = CUES.ATTRIBUTED.match(r.text, event.end, sentence.end)
        actor = [a for a in actors if cue and a.start == cue.end()]
        if actor:
            yield r.claim(r.of(event), "hasActor", r.of(actor[0]), event.start, actor[0].end)
        yield from _attributed_by(r, sentence, actors, event)


def _attributed_by(r: _Reader, sentence: Sentence, actors: list[Mention], event: Mention) -> Iterator[Claim]:
    """The active voice: "X attributed / blamed the strike to / on Y" (`ATTRIBUTING` before the event, `TO` after
    it): Y did it, by X's word (Reported, held by X, the subject before the verb in its clause)."""
    verb = CUES.ATTRIBUTING.search(r.text, max(sentence.start, event.start - ATTRIBUTING_REACH), event.start)
    to = CUES.ATTRIBUTED_TO_AFTER.match(r.text, event.end, sentence.end) if verb else None
    doer = [a for a in actors if to and a.start == _blamed_at(r.text, sentence, to.end())]
    start = clause_start(r.text, sentence, verb.start()) if verb else 0
    holder = [a for a in actors if verb and start <= a.start and a.end <= verb.start()][-1:]
    if doer and holder:
        claim = r.claim(r.of(event), "hasActor", r.of(doer[0]), holder[0].start, doer[0].end)
        yield replace(claim, modality="Reported", attributed_to=r.of(holder[0]))


def _blamed_at(text: str, sentence: Sentence, after_to: int) -> int:
    """Where whom an act is blamed on or attributed to is named: just after the "to" / "on" after the act, or after a
    second one when a name stands between ("blamed the attack on India on militants": "on India" is the attack's
    own object, `ATTRIBUTED_AGAIN`)."""
    named = [m for m in sentence.mentions if m.kind == "entity" and m.start == after_to]
    again = CUES.ATTRIBUTED_AGAIN.match(text, named[0].end) if named else None
    return again.end() if again else after_to


def _claimed(r: _Reader, sentence: Sentence) -> Iterator[Claim]:
    """"X claimed responsibility for the attack", "X claimed the bombing" -> the attack initiatedBy X, as X's
    claim (Reported, held by X: the modality stage keeps it, unless a cue of its own governs the words)."""
    actors, events = r.actors(sentence), r.events(sentence)
    for cue in CUES.CLAIMED_RESPONSIBILITY.finditer(r.text, sentence.start, sentence.end):
        start = clause_start(r.text, sentence, cue.start())
        agent = [a for a in actors if start <= a.start and a.end <= cue.start()][-1:]
        event = [e for e in events if cue.end() <= e.start <= cue.end() + WINDOW][:1]
        if agent and event and (not cue.group("bare") or _claimed_object(r.text, cue, event[0])):
            claim = r.claim(r.of(event[0]), "initiatedBy", r.of(agent[0]), agent[0].start, event[0].end)
            yield replace(claim, modality="Reported", attributed_to=r.of(agent[0]))


def _claimed_object(text: str, cue: re.Match, event: Mention) -> bool:
    """Is the event the object of a bare verb of claiming ("claimed the bombing in Mogadishu"), not the subject
    of a clause of its own ("claimed the attack was staged", `CUES.CLAIMED_CLAUSE`)?"""
    return (bool(CUES.CLAIMED_OBJECT.fullmatch(text, cue.end(), event.start))
            and not CUES.CLAIMED_CLAUSE.match(text, event.end))


def _deployment(r: _Reader, sentence: Sentence, verb: re.Match, index: int) -> str:
    """The Deployment a trigger word at the verb names, else a new one of this source."""
    for m in sentence.mentions:
        if m.start <= verb.start() < m.end and "Deployment" in classes_of(r.res, m):
            return r.of(m)
    label = f"{verb.group().lower()} ({r.source_id}, {verb.start()})"
    entity = Entity(id=slug(label), label=label, lang=sentence.lang, classes=("Deployment",))
    r.res.entities.setdefault(entity.id, entity)
    return entity.id

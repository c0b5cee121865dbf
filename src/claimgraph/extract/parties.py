"""Parties and mediators: who an agreement binds, and who went between its sides.

Within a clause (`claims`), a name beside an agreement is a party when a cue says so: after "between", "by"
or "signed", or as who signed, reached or concluded it ("Erdogan and Putin have reached an agreement"); a
broker, host, witness or monitor is no party ("brokered by", "under the auspices of", "the Moscow-brokered
truce", "Qatar helped mediate the deal"), and a person is never one: the party is the state or group the
person's title names. Apart from `claims` because these cues ask only of agreements, and read the words
between a name and its agreement, never the roles of events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from . import clause_roles, structure
from .resolution import Resolution

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
NEGATION = cues("modality").NEGATION  # "were not mediated by": a denied go-between took no part

PARTY_REACH = 60  # characters between a party cue and the list of parties it opens
BROKER_REACH = 40  # characters between "X-brokered" and the agreement it qualifies
TALKS_REACH = 60  # characters between "talks mediated by" and a mediator's name ("the OSCE's Tim Guldimann")
MET_WITH_REACH = 12  # characters before a name: "met with the "
BODY_ACT = "Resolution"  # the class of an act one body adopts (`is_body_act`)

def is_agreement(entity: Entity) -> bool:
    return "Agreement" in tops(entity.classes)


def is_body_act(entity: Entity) -> bool:
    """Is the agreement an act one body adopts (a resolution), not a bond its sides conclude? Its party is the body."""
    return BODY_ACT in entity.classes


def brokers(text: str, sentence: Sentence, agreement: Mention, compounds: list[tuple[Mention, Entity]],
             res: Resolution) -> list[str]:
    """The actors who brokered the agreement: the first half of "X-brokered" just before it, the
    subject of "X (, who had) brokered / helped mediate the agreement", or who mediated the talks the
    sentence tells of ("signed ... after talks mediated by the OSCE's Tim Guldimann"; not who only hosted them),
    whatever clause X stands in."""
    found = [e.id for m, e in compounds if 0 <= agreement.start - m.end <= BROKER_REACH and "Actor" in tops(e.classes)]
    found += [res.of[m] for m in sentence.mentions if m in res.of and m.end <= agreement.start
              and "Actor" in tops(res.entities[res.of[m]].classes) and CUES.BROKERED.fullmatch(text, m.end, agreement.start)]
    found += [res.of[m] for m in sentence.mentions if m in res.of and "Actor" in tops(res.entities[res.of[m]].classes)
              and (talks := CUES.MEDIATED_TALKS.search(text, max(sentence.start, m.start - TALKS_REACH), m.start))
              and not CUES.HOSTING.search(talks.group())]
    return list(dict.fromkeys(found))


def relative_signers(text: str, sentence: Sentence, agreement: Mention, res: Resolution) -> list[str]:
    """The actors a relative clause of signing hangs on ("The Soviet Union, which signed a friendship treaty with
    Hanoi", `CUES.SIGNED_RELATIVE`): parties of the agreement, whatever clause the comma leaves them in. A person
    signs for a party and is none."""
    return [res.of[m] for m in sentence.mentions if m in res.of and m.end <= agreement.start
            and "Actor" in tops(res.entities[res.of[m]].classes) and not is_person(res.entities[res.of[m]])
            and CUES.SIGNED_RELATIVE.fullmatch(text, m.end, agreement.start)]


def is_mediator(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention, the first of its run, named after "brokered by", "with the mediation of" ...?
    What the cue says of the run's first name it says of the rest: "with the mediation of Burkina
    Faso's foreign minister and Ivorian officials" names no party. A host is no mediator (`CUES.HOSTING`: "At talks
    hosted by Qatar in Doha, Israel and Hamas agreed")."""
    return _mediation(text, sentence, mention) is not None and not is_host(text, sentence, mention)


def is_host(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention, the first of its run, named after "hosted by" (`CUES.HOSTING`)? A host went between no sides:
    neither mediator nor party of the agreement."""
    cue = _mediation(text, sentence, mention)
    return cue is not None and CUES.HOSTING.search(cue.group()) is not None


def mediator_titles(text: str, sentence: Sentence, clause: list[Mention], res: Resolution) -> set[Mention]:
    """The states of a clause named only as the title of a person who mediated ("with the French diplomat Jean Arnault
    leading the mediation"): the go-between's country is no party of the agreement. Read once per clause."""
    return {title for person, title in structure.titled(text, clause, res).items()
            if named_mediator(text, person, res.entities[res.of[person]]) or is_mediator(text, sentence, person)}


CAUGHT_IN_THE_MIDDLE = frozenset({"ArmedForce", "ArmedGroup"})  # "with government troops in the middle": besieged


def named_mediator(text: str, last: Mention, entity: Entity) -> bool:
    """Does a run that ends with the mention `last` stand before "as mediators" or "mediation" ("with Chad and
    the African Union as mediators", "with Chadian mediation")? Its names went between the sides: mediators of
    the agreement, no party to it and no side of its signing. "In the middle" says so only of a go-between `entity`
    (the run's name read): not of a place, which lies between the sides ("with Shusha in the middle"), nor of a force,
    caught between them ("Rebels encircled Goma, with government troops in the middle": the target)."""
    cue = CUES.MEDIATION_AFTER_NAMES.match(text, last.end)
    return cue is not None and (not cue.group("middle") or (
        "Actor" in tops(entity.classes) and not CAUGHT_IN_THE_MIDDLE & set(entity.classes)))


def _mediation(text: str, sentence: Sentence, mention: Mention) -> re.Match | None:
    return CUES.MEDIATION_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)


def mediates_agreement(text: str, sentence: Sentence, mention: Mention, res: Resolution) -> bool:
    """Is the mediation cue before the mention said of an agreement: is the agreement, not an event, what
    the sentence names last before the cue ("withdrew from the ceasefire agreement, brokered by Norway",
    "signed the deal in the presence of Secretary of State Marco Rubio")? A witness (WITNESS: "signed
    the instrument in the presence of Jeremy Moore") acts in no event of its clause, whatever it names."""
    cue = _mediation(text, sentence, mention)
    if cue and CUES.WITNESS.search(cue.group()):
        return True
    act = mediated(text, sentence, mention, res)
    return act is not None and is_agreement(res.entities[res.of[act]])


def mediated(text: str, sentence: Sentence, mention: Mention, res: Resolution) -> Mention | None:
    """The act a mediation cue before the mention is said of: the agreement or event the sentence names
    last before the cue, however long an aside stands between ("The agreement, announced in Doha on
    Wednesday by Qatar's prime minister, ..., was mediated by Qatar, Egypt and the United States")."""
    cue = _mediation(text, sentence, mention)
    acts = [m for m in sentence.mentions if cue and m.end <= cue.start() and m in res.of
            and {"Agreement", "Event"} & tops(res.entities[res.of[m]].classes)]
    return max(acts, key=lambda m: m.end) if acts else None


def mediates_joint_act(text: str, sentence: Sentence, mention: Mention, res: Resolution) -> bool:
    """Is the mention named after "mediated / brokered / facilitated by" (MEDIATING) said of talks or a
    meeting, the act the sentence names last before the cue (`mediated`: "talks in Jeddah mediated by Saudi Arabia
    and the United States between the army and the RSF")? Then the go-between takes none of the clause's roles by
    position: it sat at the table, an actor of the talks (`takes_part`), but is no side of them."""
    cue = _mediation(text, sentence, mention)
    if not cue or not CUES.MEDIATING.search(cue.group()):
        return False
    act = mediated(text, sentence, mention, res)
    return act is not None and bool(clause_roles.JOINT_ACTS & set(res.entities[res.of[act]].classes))


def takes_part(text: str, sentence: Sentence, mention: Mention, event: Mention, res: Resolution) -> bool:
    """Is the mention, the first of its run, named after "mediated / brokered / facilitated by" (`CUES.MEDIATING`)
    said of the event, an act done together (`clause_roles.JOINT_ACTS`), or of the agreement whose signing the event
    is ("Talks in Buenos Aires, mediated by Argentina and Brazil", "Hussein and Arafat sign an agreement brokered by
    Nasser")? A go-between sat at the table: one of the act's actors (cg:hasActor), though no side of the war and no
    party of the agreement. A witness ("in the presence of") or a host is none of these, nor who a negation between
    the act and the cue denies ("The talks were not mediated by Turkey")."""
    cue = _mediation(text, sentence, mention)
    classes = set(res.entities[res.of[event]].classes)
    if not cue or not CUES.MEDIATING.search(cue.group()) or CUES.WITNESS.search(cue.group()) \
            or not clause_roles.JOINT_ACTS & classes:
        return False
    act = mediated(text, sentence, mention, res)
    return act is not None and not NEGATION.search(text, act.end, cue.start()) \
        and (res.of[act] == res.of[event] or "Signing" in classes and is_agreement(res.entities[res.of[act]]))


def is_party_context(text: str, sentence: Sentence, mention: Mention, agreement: Mention, entity: Entity) -> bool:
    """A party is named just after "between", "by" (not a speaker's: "announced on Wednesday by") or
    "signed" (its list, `mention` the list's first name, starts within PARTY_REACH of the cue, or the
    cue stands between the agreement and it), or as who signed, reached or concluded the agreement named after it ("Erdogan and Putin
    have reached an agreement"). The cue nearest the name is the one that governs it: in "approved by the
    Israeli cabinet ... and announced by Qatar" Qatar is who announced, not a party; a verb of what the agreement
    does between the cue and the name ends the list (`CUES.AGREEMENT_DOES`: "signed in Oslo in June 1994 created the
    Commission for Historical Clarification": its object, no party). Of a body's act (`entity`, the agreement's
    entity, required: `is_body_act`)
    only "by" names a party, after the act ("Resolution 598 demanded a ceasefire between Iran and Iraq" binds
    neither). Of an agreement told by its verb ("met in Oslo and agreed to ...") the parties are its subject
    (`agreeing_subject`), not asked here."""
    start = max(sentence.start, min(mention.start - PARTY_REACH, agreement.end))
    cue = CUES.PARTY_CUE
    if is_body_act(entity):  # its "by" after it: "by Resolution 812, urged ... Chad" names none
        cue = CUES.ADOPTER_CUE
        if agreement.end <= mention.start:
            start = max(start, agreement.end)
    cues_before = list(cue.finditer(text, start, mention.start))
    if cues_before and not CUES.SPOKEN_BY.search(text, sentence.start, cues_before[-1].end()) \
            and not CUES.AGREEMENT_DOES.search(text, cues_before[-1].end(), mention.start):
        return True
    return mention.end <= agreement.start and bool(CUES.CONCLUDED.search(text, mention.end, agreement.start))


def agreeing_subject(text: str, sentence: Sentence, agreement: Mention, runs: dict[Mention, int],
                     res: Resolution) -> list[Mention]:
    """The names that are the subject of the verb that tells the agreement (`recognise.accords.told_by_verb`): the
    whole run of the last actor named before the verb ("Israel and Hamas agreed", "In March 1990 the URNG and the
    National Reconciliation Commission met in Oslo and agreed ..."), read back from it to the first name that is only
    a place or where they met ("met in Russia"), where a meeting's phrase ends ("At talks hosted by Qatar in Doha,
    Israel and Hamas agreed": the host is no party). Whom the sides met with is none (`CUES.MET_WITH`: "met in
    Vienna with the Minsk Group co-chairs and agreed"), nor is a name after the verb: it is what was agreed about
    ("agreed to admit unarmed Indonesian observers"), but the other side right after "agreed with" is a party
    ("Israel agreed with Hamas to a pause": `_other_side`)."""
    def named(m: Mention) -> bool:  # an actor, not where they met ("met in Russia"), nor whom they met with
        before = max(sentence.start, m.start - MET_WITH_REACH)
        return m in res.of and _actor(res, m) and not CUES.MET_WITH.search(text, before, m.start) \
            and not CUES.IN_PLACE_BEFORE.search(text, before, m.start)

    actors = [m for m in runs if m.end <= agreement.start and named(m)]
    if not actors:
        return []
    last = max(actors, key=lambda m: m.end)
    subject = []
    for m in sorted((m for m in runs if runs[m] == runs[last] and m.end <= last.end), key=lambda m: -m.start):
        if m in res.of and not named(m):
            break
        subject.append(m)
    return subject[::-1] + _other_side(text, agreement, runs, res)


def agreed_with_subject(text: str, sentence: Sentence, agreement: Mention, runs: dict[Mention, int],
                        res: Resolution) -> list[Mention]:
    """The subject of "agreed with" the other side before an agreement noun (`CUES.AGREED_WITH_NOUN`: "Russia agreed
    with Turkey to a ceasefire in Idlib" -> Russia; Turkey is a party by "with"), read as `agreeing_subject` reads
    it for the verb; none where no such phrase leads to the noun."""
    phrase = CUES.AGREED_WITH_NOUN.search(text, sentence.start, agreement.start)
    if phrase is None:
        return []
    verb = replace(agreement, start=phrase.start("verb"), end=phrase.end("verb"))
    return [m for m in agreeing_subject(text, sentence, verb, runs, res) if m.end <= verb.start]


def _other_side(text: str, agreement: Mention, runs: dict[Mention, int], res: Resolution) -> list[Mention]:
    """The actors of the run right after "agreed with" (`CUES.AGREED_WITH_BEFORE`) when what was agreed follows it
    (`CUES.AGREED_WITH_THEN`): "Israel agreed with Hamas to a four-day pause" -> Hamas."""
    after = sorted((m for m in runs if m.start >= agreement.end), key=lambda m: m.start)
    if not after or not CUES.AGREED_WITH_BEFORE.fullmatch(text, agreement.end, after[0].start):
        return []
    run = [m for m in after if runs[m] == runs[after[0]]]
    if not CUES.AGREED_WITH_THEN.match(text, run[-1].end):
        return []
    return [m for m in run if m in res.of and _actor(res, m)]


def is_verb_party(text: str, sentence: Sentence, mention: Mention, entity: Entity) -> bool:
    """Is the name, of the subject of an agreement told by its verb (`agreeing_subject`), a party: no person, no
    go-between ("with the mediation of")?"""
    return not is_person(entity) and not is_mediator(text, sentence, mention)


def _actor(res: Resolution, mention: Mention) -> bool:
    return "Actor" in tops(res.entities[res.of[mention]].classes)


def is_person(entity: Entity) -> bool:
    """A person signs for a state or a group; the party is what the person stands for, named
    beside them ("Turkish President Erdogan"), never the person."""
    return "Person" in entity.classes

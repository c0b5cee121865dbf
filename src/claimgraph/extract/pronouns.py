"""Pronouns: a sentence whose subject is a pronoun names what the source named last.

- "It was concluded between the government and the Houthis", "it was signed by ..." (`IT_AGREEMENT`):
  "It" is the agreement the source named last;
- "It preserved the integrity of Bosnia" (`IT_EFFECT`: what an agreement does to a state): "It" is
  the agreement the sentence before named (an active verb could have any subject: only right
  after the agreement is named is it read as the agreement);
- "It began on 12 July 2006 and ended when ..." (`IT_COURSE`: how a war ran, a date or a "when" /
  "with" clause after the verb): "It" is the war (`COURSE_CLASSES`) the sentence before named last;
- "It was fought by X, together with Y" (`IT_FOUGHT`): "It" is the war or battle (`FOUGHT_CLASSES`) the
  sentence before named last;
- "He said the document was signed by ...", "She denied that ..." opening a sentence
  (`PERSON_PRONOUN`): the person the source named last;
- "..., accusing them of abuses and looting" (`ACCUSED_PRONOUN`): the actor the sentence named last
  before the verb, not its own subject: the accused is an actor of what it is accused of.
- "..., though its attacks on Dire Dawa and Harar failed" (`POSSESSIVE_BEFORE_ACT`): the actor the
  sentence named last before the pronoun, whose act it is.
- "the two countries", "both governments" (`pairs`): the two states the source named last as a pair.
- "the city", "the island", "the area" (`places_again`): the place of that kind the source named last.
- "the government" alone (`governments`): the state the source named most.

The pronoun becomes a mention of that entity (method NAME), so the stages after this one read
it as they read a name: the parties and mediators of "It was concluded between A and B,
brokered by C", the holder of "He said ...". Nothing is read where nothing of the kind was
named before. Names no claim of its own (`claims` types no pronoun).
"""

from __future__ import annotations

from dataclasses import replace

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from . import governments, pairs, places_again
from .resolution import Resolution
from .scope import tops_of

CUES = cues("coreference")  # the cue words and patterns, of every language (claimgraph.lang)
NAME = "pronouns.v14"  # v14: s37 roles37: a bare "the government" names the state the source names most
# (`governments`); v13: "broke out" across any space (`_verbs.BEGAN`)
POSSESSIVE_REACH = 30  # characters from "its" / "their" to the act's word ("their final ground ")


def resolve(text: str, sentences: list[Sentence], res: Resolution) -> list[Sentence]:
    """The sentences with each pronoun subject made a mention of what it names; `res` is updated
    in place (`res.of` gets the pronoun's mention)."""
    out = []
    agreement = person = just_named = conflict = fought = None  # (entity id, class) named last; the agreement,
    # the war and the war or battle the sentence before named
    pair = pairs.Standing()  # the pair of states that stands (`pairs.told`)
    places: places_again.Last = {}  # the place of each class the source named last (`places_again`)
    states = governments.counted(text, sentences, res)  # how often the source names each state (`governments`)
    for sentence in sentences:
        added = []
        opening = CUES.IT_AGREEMENT.match(text, sentence.start, sentence.end)
        if opening and agreement:
            added.append(_mention(sentence, *opening.span("pronoun"), text, agreement))
        elif (opening := CUES.IT_EFFECT.match(text, sentence.start, sentence.end)) and just_named:
            added.append(_mention(sentence, *opening.span("pronoun"), text, just_named))
        elif (opening := CUES.IT_COURSE.match(text, sentence.start, sentence.end)) and conflict:
            added.append(_mention(sentence, *opening.span("pronoun"), text, conflict))
        elif (opening := CUES.IT_FOUGHT.match(text, sentence.start, sentence.end)) and fought:
            added.append(_mention(sentence, *opening.span("pronoun"), text, fought))
        opening = CUES.PERSON_PRONOUN.match(text, sentence.start, sentence.end)
        if opening and person:
            added.append(_mention(sentence, opening.start(), opening.end(), text, person))
        added += _accused(text, sentence, res) + _possessors(text, sentence, res)
        spans, pair = pairs.told(text, sentence, res, pair)
        added += [_mention(sentence, start, end, text, state) for start, end, state in spans]
        added += [_mention(sentence, start, end, text, place)
                  for start, end, place in places_again.told(text, sentence, res, places)]
        places = places_again.named_last(res, list(sentence.mentions), places)
        added += [Mention(start, end, text[start:end], "entity", cls, governments.NAME, sentence.lang, entity=eid)
                  for start, end, (eid, cls) in governments.told(text, sentence, states, res)]
        for mention in added:
            res.of[mention] = mention.entity
        if added:
            sentence = replace(sentence, mentions=tuple(sorted((*sentence.mentions, *added), key=lambda m: m.start)))
        just_named = conflict = fought = None
        for mention in (m for m in sentence.mentions if m in res.of and m.method != NAME):
            entity = res.entities[res.of[mention]]
            if CUES.COURSE_CLASSES & set(entity.classes):
                conflict = (entity.id, entity.classes[0])
            if CUES.FOUGHT_CLASSES & set(entity.classes):
                fought = (entity.id, entity.classes[0])
            if "Agreement" in tops_of(res, mention):
                agreement = just_named = (entity.id, entity.classes[0])
            elif "Person" in entity.classes:
                person = (entity.id, "Person")
        out.append(sentence)
    return out


def _accused(text: str, sentence: Sentence, res: Resolution) -> list[Mention]:
    """"..., accusing them of abuses and looting" (`ACCUSED_PRONOUN`): "them" is the actor the sentence named
    last before the verb, unless that actor is the verb's own subject (`SUBJECT_GAP`: only adverbs,
    auxiliaries, a day or a relative pronoun between)."""
    found = []
    for cue in CUES.ACCUSED_PRONOUN.finditer(text, sentence.start, sentence.end):
        actors = [m for m in sentence.mentions if m.end <= cue.start() and m in res.of and "Actor" in tops_of(res, m)]
        if actors and not CUES.SUBJECT_GAP.fullmatch(text, actors[-1].end, cue.start()):
            entity = res.entities[res.of[actors[-1]]]
            found.append(_mention(sentence, *cue.span(cue.lastgroup), text, (entity.id, entity.classes[0])))
    return found


def _possessors(text: str, sentence: Sentence, res: Resolution) -> list[Mention]:
    """"..., though its attacks on Dire Dawa and Harar failed" (`POSSESSIVE_BEFORE_ACT` just before an event's noun):
    "its" is the actor the sentence named last before it, "its" never plural forces (`PLURAL_FORCES`: "Ukraine's army
    pushed Russian troops back ..., and its counteroffensive": the army's); nothing where the sentence names none, nor
    where a word other than a qualifier of the act stands between ("its aircraft had struck": whose aircraft)."""
    found = []
    for event in (m for m in sentence.mentions if m in res.of and "Event" in tops_of(res, m)):
        cue = CUES.POSSESSIVE_BEFORE_ACT.search(text, max(sentence.start, event.start - POSSESSIVE_REACH), event.start)
        if not cue:
            continue
        singular = cue.group("pronoun").lower() == CUES.SINGULAR_POSSESSIVE
        actors = [m for m in sentence.mentions if m.end <= cue.start() and m in res.of and "Actor" in tops_of(res, m)
                  and not (singular and CUES.PLURAL_FORCES.search(m.text))]
        if actors:
            entity = res.entities[res.of[actors[-1]]]
            found.append(_mention(sentence, *cue.span("pronoun"), text, (entity.id, entity.classes[0])))
    return found


def _mention(sentence: Sentence, start: int, end: int, text: str, named: pairs.Named) -> Mention:
    eid, cls = named
    return Mention(start, end, text[start:end], "entity", cls, NAME, sentence.lang, entity=eid)

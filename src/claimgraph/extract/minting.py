"""Minting: a new event or agreement of one source, its identity, its id and its label.

A new event of armed conflict is identified by its class and its date (or, undated, the period its sentence
is set in, else its sentence part), and the agent its own words name; any other by its class and date and,
where it names one, its place, and, undated and told by a verb, the subject named right before it
(`verb_subject`), which also parts it from a dated act of another subject. Its id is the slug of its description
with the source's id: deterministic.
Apart from the resolver because it is the last rule's work (rule 5), read by the other rules only to ask
whether a trigger may name what was minted before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import slug
from ..recognise import Sentence
from . import antecedents, naming
from .attach import verb_of
from .families import SPANNING, family
from .labels import agent_of, describe, place_of
from .scope import part, sentence_parts
from .wording import marked_new, plural, to_come, words_before

if TYPE_CHECKING:  # the functions read the resolver's state: the type only, the resolver calls them
    from .resolve import Resolver

CUES = cues("coreference")  # the cue words and patterns, of every language (claimgraph.lang)
RELATIVE = cues("relative_subjects").RELATIVE_SUBJECT  # ", which had": the name before it is the verb's subject
PARTICIPLE = cues("relative_subjects").PARTICIPLE_SUBJECT  # ", having": so is the name before this

ONE_PLACE = {"Capture"}  # classes of a happening that its place says which one it is: a capture takes one place
TO_COME = ("to come",)  # the mark of an act told as still to come (`wording.to_come`) in its identity


def new(r: Resolver, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity:
    fam = family(mention.cls)
    setting = None if date else antecedents.context(r, sentence)  # "during the dissolution of the Soviet Union"
    where = date or ("during {}..{}".format(*setting) if setting else sentence_part(r, mention, sentence, index))
    key = ((fam if setting else mention.cls), where) if fam in SPANNING else (mention.cls, date)
    agent = by_agent(r, mention, sentence)
    if agent:  # "alleged attacks by South Ossetian separatists": that agent's acts
        key += (naming.named(r, agent).id,)
    subject = verb_subject(r, mention, sentence) if fam not in SPANNING else None
    if subject and not date:  # undated, "Venezuela broke relations ... Nicaragua broke relations too": two ruptures
        key += (("subject", subject),)
    coming = to_come(r.text, mention)
    if coming and not date:  # undated, "or we will be executed" ... "killed the hijackers": two;
        key += (TO_COME,)  # dated, "will sign ... on 3 May" and "on 3 May they signed": the date says which, one
    place = place_of(r.text, mention, sentence)
    place_id = naming.named(r, place).id if place else None
    same = next((eid for eid in minted(r, key, date, mention, subject, place_id)
                 if fits_place(r, eid, mention, sentence)), None)
    if same:
        return r.result.entities[same]
    description = describe(r.text, mention, sentence, date, lambda m: naming.named(r, m))
    eid = slug(f"{description} ({r.source_id})")
    if eid in r.result.entities or eid in r.known:
        eid = slug(f"{description} ({r.source_id}, {where})")
    label = f"{description}, {date}" if date and fam != "agreement" else description
    entity = Entity(id=eid, label=label, lang=mention.lang, classes=(mention.cls,))
    r.keys.setdefault(key, []).append(entity.id)
    if coming:
        r.coming.add(entity.id)
    if subject:
        r.subjects[entity.id] = subject
    if place:
        r.places[entity.id] = (sentence.start, place_id)
    if date:
        r.dates[entity.id] = date
    if plural(mention.text, mention.lang):
        r.plural.add(entity.id)
    return entity


def sentence_part(r: Resolver, mention: Mention, sentence: Sentence, index: int) -> str:
    """Where an undated happening is told, as its identity: its sentence, and the part after a clause joined
    after a negation, or with a subject of its own, apart ("Israel did not attack Iran and Hezbollah fired rockets
    at Haifa": two acts; `scope.sentence_parts`)."""
    which = part(sentence_parts(r.text, sentence), mention)
    return f"s{index + 1}.{which}" if which else f"s{index + 1}"


def minted(r: Resolver, key: tuple, date: str | None, mention: Mention, subject: tuple | None = None,
           place: str | None = None) -> list[str]:
    """The entities minted with this identity; an undated happening outside armed conflict and
    agreements may also be one of its class told with a date ("signed on Saturday" ... "he
    had just signed the plan"), unless the text sets it at another time ("later signed a decree"). A dated one of
    `CUES.BY_SUBJECT_WHEN_DATED` is none of another verb subject's (`subject`, `verb_subject`): two calls on a day.
    An undated act told as still to come (`TO_COME`) is none told as done, nor the other way round, dated or not
    (`Resolver.coming`): "the hostages will be executed on 1 July" ... "Two guards were executed" are two; unless
    both name the same place (`place`, the entity of the mention's): "will sign the accord in Paris on 3 May" ... "they
    signed the accord in Paris" is one signing, planned and then done."""
    if marked_new(r.text, mention):
        return []  # "another attack", "numerous aerial attacks" on the day of the chemical attack: others
    same = r.keys.get(key, [])
    if date and key[0] in CUES.BY_SUBJECT_WHEN_DATED:
        return [eid for eid in same if not _other_subjects(subject, r.subjects.get(eid))]
    another_time = CUES.ANOTHER_TIME & set(words_before(r.text, mention.start)[-2:])
    if date or family(key[0]) in ("conflict", "agreement") or another_time:
        return same
    mine, coming = _subject_of(key), TO_COME in key
    return same + [eid for k, ids in r.keys.items() if k[0] == key[0] and k != key
                   for eid in ids if ((eid in r.coming) == coming or _same_place(r, eid, place))
                   and not _other_subjects(mine, r.subjects.get(eid))]


def _same_place(r: Resolver, eid: str, place: str | None) -> bool:
    """Was entity `eid` told at the place `place` names (`Resolver.places`)?"""
    known = r.places.get(eid)
    return place is not None and known is not None and known[1] == place


def verb_subject(r: Resolver, mention: Mention, sentence: Sentence) -> tuple | None:
    """Who did what a verb trigger tells, with its classes: the doer a passive names after "by" ("The islands were
    occupied by Japan": Japan, not the islands); else the name right before the verb (`attach.verb_of`: "Nicaragua
    broke relations", "Hadi is appointed"), or before a relative pronoun that is the verb's subject ("Libya, which
    had airlifted troops") or a participle clause ("Armenia, having occupied"); else None. Who did it says which
    happening an undated verb tells: another doer of the same kind that does an act of the same class does
    another act."""
    doer = agent_of(r.text, mention, [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start])
    before = [m for m in sentence.mentions if m.kind == "entity" and m.end <= mention.start]
    if doer is None and before and (verb_of(r.text, before[-1], mention)
                                    or RELATIVE.fullmatch(r.text, before[-1].end, mention.start)
                                    or PARTICIPLE.fullmatch(r.text, before[-1].end, mention.start)):
        doer = before[-1]
    if doer is None:
        return None
    entity = naming.named(r, doer)
    return entity.id, frozenset(entity.classes)


def _subject_of(key: tuple) -> tuple | None:
    """The verb's subject an identity names (`verb_subject`), if any."""
    return next((part[1] for part in key if isinstance(part, tuple) and part[0] == "subject"), None)


def _other_subjects(one: tuple | None, another: tuple | None) -> bool:
    """Are two verbs' subjects (`verb_subject`) different ones of one kind? A dated act keeps its subject too
    (`Resolver.subjects`): "On 3 March Ecuador broke relations ... Nicaragua broke relations too" are two ruptures."""
    if one is None or another is None:
        return False
    return one[0] != another[0] and bool(one[1] & another[1])


def fits_place(r: Resolver, eid: str, mention: Mention, sentence: Sentence) -> bool:
    """May this trigger name entity `eid` as far as places go? Not when both were named in
    this sentence with different places ("Zangezur was given to Armenia, and autonomy was
    granted ... in Karabakh": two transfers). Across sentences a later place is a detail
    of the same event ("fled Karabakh" ... "displaced people returned to Stepanakert"), but not of
    a happening of one place (`ONE_PLACE`: "took control of Sukhumi" ... "captured the town of Gagra"
    are two captures); armed conflict and agreements span many places."""
    known = r.places.get(eid)
    if family(mention.cls) in ("conflict", "agreement") or known is None:
        return True
    if known[0] != sentence.start and mention.cls not in ONE_PLACE:
        return True
    place = place_of(r.text, mention, sentence)
    return place is None or naming.named(r, place).id == known[1]


def specified(r: Resolver, mention: Mention, sentence: Sentence) -> bool:
    """"the attack by Russian troops", "the attack against the army": an act of armed conflict
    whose own words say who did it, or whom it struck, is a new one."""
    if family(mention.cls) != "conflict":
        return False
    if CUES.TARGETED.match(r.text[mention.end:mention.end + 12]):
        return True  # "the attack against members of the army": its target says which attack
    after = [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start < mention.start + 80]
    return agent_of(r.text, mention, after) is not None


def by_agent(r: Resolver, mention: Mention, sentence: Sentence) -> Mention | None:
    """The agent an act's own words name ("alleged attacks by South Ossetian separatists"): that act
    is not another act of its sentence ("the Tskhinvali assault ... to repel alleged attacks by ...")."""
    if family(mention.cls) != "conflict":
        return None
    after = [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start]
    return agent_of(r.text, mention, after)


def numbered(r: Resolver, mention: Mention, sentence: Sentence) -> Entity:
    words = r.text[sentence.start:sentence.end]
    body = ("UN Security Council " if re.search(r"Security Council|UNSC", words)
            else "UN General Assembly " if "General Assembly" in words else "")
    label = f"{body}Resolution {mention.value}"
    told = [e for e in r.result.entities.values() if "Resolution" in e.classes
            and e.label.endswith(f" {label}")] if not body else []  # "Resolution 598" after "UN Security Council Resolution 598"
    return told[0] if told else r.known.get(slug(label)) or r.result.entities.get(slug(label)) or Entity(
        id=slug(label), label=label, lang=mention.lang, classes=("Resolution",))

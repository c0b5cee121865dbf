"""Is a trigger no happening? Rule 1 of resolving (`resolve`): an irrealis or non-specific use ("to broker a
ceasefire", "any attack", "preparing for war"), a later item of a list of what is asked for, a word that
characterises a happening told, a generic plural. Plain functions of the text and the trigger's sentence."""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Mention
from ..rdf.terms import top_classes
from ..recognise import Sentence
from . import headlines
from .dates import date_of
from .questions import modal_question
from .quoted import repeated_quote
from .wording import VERBS, determiner, plural, words_before

CUES = cues("coreference")
ADJECTIVES_BEFORE = 2  # words between an infinitive's determiner and its object ("an independent international investigation")
SUBJECT_WORDS = 3  # words of the subject of a clause of what is asked, before its act ("that both sides withdraw")
ITEM_HEAD_WORDS = 3  # words of a definite item asked for up to its head ("the immediate unconditional release")
_ITEM_HEAD = re.compile(rf"\S+(?:\s+\S+){{0,{ITEM_HEAD_WORDS}}}")  # the first words of an item: its head
ASKER_REACH = 100  # characters from a verb of asking to what it asks for ("called on both parties to commit to a ")
SCHEDULE_REACH = 60  # characters before a trigger where the words of a schedule may stand ("are expected to sign the ")


def no_happening(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Does the trigger name no happening (rule 1 of `resolve`)? Irrealis, generic, a later item of a list of what
    is asked for, a word characterising a happening told, an agreement word of a section heading, a reply's quote
    of a line told earlier (`quoted.repeated_quote`), or a clause of a question opened by a modal."""
    return (irrealis(text, mention, sentence) or generic(text, mention, sentence)
            or listed_with_asked(text, mention, sentence) or characterising(text, mention, sentence)
            or headlines.section_heading(text, mention) or repeated_quote(text, mention)
            or modal_question(text, mention, sentence))


def irrealis(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Is the trigger no happening: wished, asked for, conditional, an infinitive's object ...? A
    scheduled act whose time or agreement the sentence names is one still to come (`_scheduled`)."""
    return _unreal(text, mention, _counterfactual(text, sentence, mention)) and not _scheduled(text, sentence, mention)


def _counterfactual(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a condition stand in the sentence (`CUES.COUNTERFACTUAL` before the trigger: "if", "unless", "otherwise",
    a clause opened by "Had" or "Were"; `CUES.CONDITION_AFTER` after it)? Then a modal's perfect tells what would have followed, no act alleged: "Had the fleet
    intervened, the war might have widened", "The rebels could have taken the town if they had wanted"."""
    return (CUES.COUNTERFACTUAL.search(text[sentence.start:mention.start]) is not None
            or CUES.CONDITION_AFTER.search(text, mention.end, sentence.end) is not None)


def _unreal(text: str, mention: Mention, counterfactual: bool) -> bool:
    words = words_before(text, mention.start)
    after = [w for w in text[mention.end:mention.end + 30].split()[:2] if w.islower()]  # "in May": a month
    asked = _asked_for(words, "Agreement" not in top_classes(mention.cls))
    marked = _irrealis_marked(words[-4:], determiner(words) in CUES.DEFINITE, hedged_past=not counterfactual)
    if marked or asked or CUES.HEDGED.match(text, mention.end) or (
            _modal_after(text, mention, after) and not _hedged_after(text, mention, counterfactual)):
        return True
    verb = mention.text.lower() in VERBS | CUES.BASE_VERBS
    if verb and CUES.CONDITIONAL & set(words):
        return True
    bare = verb and _infinitive(words, 1)
    begun = len(words) > 2 and words[-1] in CUES.INCEPTIVE and words[-3] in CUES.INCEPTIVE_GOVERNORS and (
        _infinitive(words, 2))  # "the right to resume fighting", not "returned to Havana to begin talks"
    return bare or begun or _governed_by_infinitive(words, _asking_before(text, mention.start))


def listed_with_asked(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Is the trigger a later item of a list of what someone asks for ("called for an immediate
    ceasefire in the war, the withdrawal of all forces ... and the exchange of prisoners"): the
    asking reaches every item, not only the first; not a clause of its own ("..., the attack continued"), nor a verb
    ("Despite the demand for a ceasefire, the rebels shelled the city": the shelling is told)."""
    if mention.text.lower() in VERBS:
        return False
    after = text[mention.end:mention.end + 30].lower().split()[:1]
    if after and (after[0] in CUES.COPULAS or after[0].endswith("ed")):
        return False
    if CUES.ITEM_VERB.match(text, mention.end, sentence.end):
        return False  # "..., and the attack on the theatre killed 300 people": a clause of its own
    asked = CUES.ASKED_LIST.search(text, sentence.start, mention.start)
    if asked and not _told_in_item(asked, sentence):
        return True  # the first item need not be an event word ("a full cessation of hostilities, the withdrawal")
    return any(CUES.LISTED.fullmatch(text, m.end, mention.start)
               and _asked_for(words_before(text, m.start), "Agreement" not in top_classes(m.cls))
               for m in sentence.mentions if m.kind == "trigger" and m.end <= mention.start)


def _told_in_item(asked, sentence: Sentence) -> bool:
    """Does another event word stand in the definite first item of a list asked for (`CUES.ASKED_LIST`'s group
    "definite"), past its head (the first `ITEM_HEAD_WORDS` words after "the")? "called for the release of the men held
    since the raid and the trial of ...": what follows it tells what happened, no item asked for."""
    if asked.group("definite") is None:
        return False
    start, end = asked.span("definite")
    head = _ITEM_HEAD.match(asked.group("definite")).end() + start
    return any(m.kind == "trigger" and head <= m.start and m.end <= end for m in sentence.mentions)


def characterising(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Is the trigger a word for what the phrase before it names ("Iran called the downing a
    deliberate massacre", "Was it an invasion?"): a characterisation of a told event, no new one; not the word of a
    cleft ("It was a rebel attack that started the killings", `CUES.CLEFT`)."""
    found = CUES.CHARACTERISED.search(text, max(sentence.start, mention.start - 80), mention.start)
    return found is not None and not (found.group("it") and CUES.CLEFT.match(text, mention.end, sentence.end))


def generic(text: str, mention: Mention, sentence: Sentence) -> bool:
    """Is the trigger a generic plural: new, undetermined, undated ("made new attacks on")?"""
    words = words_before(text, mention.start)
    return (plural(mention.text, mention.lang) and bool(CUES.NEW & set(words[-2:])) and determiner(words) is None
            and date_of(mention, sentence, text) is None)


def _asked_for(words: list[str], happening: bool = False) -> bool:
    """Is the trigger what someone asks for, which has not happened: "the TPLF requested a ceasefire",
    "called for a rapid peace agreement", "called for the troops to be withdrawn", "hoped for a ceasefire";
    a bare noun, with no determiner ("called for talks", "called for immediate negotiations"); a happening
    (no agreement) even after "the": "the agreement calls for the withdrawal of both sides' forces", "demanded
    the arrest of those responsible" (its object's head, a few modifiers between; not "called for the peace
    agreement": that one exists, nor "the plan proposed by Russia was signed", nor "demanded the release of
    the men taken in the raid": the raid is no object of the asking)."""
    for i, word in enumerate(words[:-1]):
        rest = words[i + 1:]
        if word in CUES.ASKING and (rest[0] in CUES.INDEFINITE
                                    or happening and rest[0] in CUES.ARTICLE_THE and _bare(rest[1:])):
            return True
        if word in CUES.CALLING and rest[0] in CUES.CALLING_FOR and (_bare(rest[1:]) or (
                rest[1] in CUES.INDEFINITE or happening and rest[1] in CUES.ARTICLE_THE
                or bool(CUES.INFINITIVES & set(rest[2:])))):
            return True
    return _asked_by_noun(words) or happening and _asked_that(words)


def _asked_by_noun(words: list[str]) -> bool:
    """Is the trigger the object of a noun of asking and its "for" (`CUES.ASKING_NOUNS`): "repeats the demand for
    a ceasefire", "a plea for an immediate truce", "requests for talks"; only an indefinite or no determiner and a
    few modifiers between. Not what follows the phrase ("Despite the demand for a ceasefire, the rebels shelled the
    city", "ignored demands for restraint and attacked the town"), nor a definite object ("lost his appeal for the
    killing of the two soldiers": a court's appeal, the killing happened)."""
    for i, word in enumerate(words[:-1]):
        if word in CUES.ASKING_NOUNS and words[i + 1] in CUES.CALLING_FOR:
            modifiers = words[i + 2:]
            if modifiers and modifiers[0] in CUES.INDEFINITE:
                modifiers = modifiers[1:]
            return _bare(modifiers) and not set(modifiers) & CUES.ASKED_OBJECT_JOINS
    return False


def _asked_that(words: list[str]) -> bool:
    """Is the trigger the act of a clause of what someone asks ("demanding that Washington send troops", "urged
    that both sides withdraw"): right after the clause's subject, a few words with no determiner but its first? Not
    an object of that act ("demanding that the RSF halt the siege of El Fasher": the siege is told as it is)."""
    if CUES.SUBJUNCTIVE_THAT not in words:
        return False
    at = len(words) - 1 - words[::-1].index(CUES.SUBJUNCTIVE_THAT)
    subject = words[at + 1:]
    return (at > 0 and words[at - 1] in CUES.ASKING and 0 < len(subject) <= SUBJECT_WORDS
            and not set(subject[1:]) & CUES.DETERMINERS)


def _bare(words: list[str]) -> bool:
    """Are the words before a trigger, after "called for", those of a bare noun phrase: none, or a few
    modifiers and no determiner ("called for talks", "called for immediate negotiations")?"""
    return len(words) <= ADJECTIVES_BEFORE and not (set(words) & (CUES.DETERMINERS | CUES.INFINITIVES))


def _infinitive(words: list[str], back: int) -> bool:
    """Is the word `back` places before the trigger an infinitive's "to", not after an implicative
    verb ("obliged to sign the", "forced to flee": those happened)?"""
    return (len(words) >= back and words[-back] in CUES.INFINITIVES
            and not (len(words) > back and words[-back - 1] in CUES.IMPLICATIVE))


def _governed_by_infinitive(words: list[str], asked: bool = False) -> bool:
    """Is the trigger the object of an infinitive (`_infinitive_object`), or, where someone asks (`asked`:
    `_asking_before`), of an infinitive's verb and its preposition (`_infinitive_preposition_object`)? What is to be
    done, not done; unless a verb of having done it governs the infinitive ("obliged to sign the")."""
    at = _infinitive_object(words)
    if at is None and asked:
        at = _infinitive_preposition_object(words)
    return at is not None and not (at and words[at - 1] in CUES.IMPLICATIVE)


def _infinitive_object(words: list[str]) -> int | None:
    """The index of the "to" whose verb has the trigger for object, its determiner and up to `ADJECTIVES_BEFORE` words
    between ("to broker a ceasefire", "to accept an independent international investigation"); words between only
    after "a" / "an": "aiming to ratify the final agreement" names the agreement that was reached."""
    for i in range(max(0, len(words) - 3 - ADJECTIVES_BEFORE), len(words) - 2):
        if words[i] in CUES.INFINITIVES and words[i + 2] in CUES.DETERMINERS and (
                i + 3 == len(words) or words[i + 2] in CUES.INDEFINITE):
            return i
    return None


def _infinitive_preposition_object(words: list[str]) -> int | None:
    """The index of the "to" of an infinitive whose verb's preposition (`CUES.INFINITIVE_PREPOSITIONS`) and "a" / "an"
    come before the trigger, up to `ADJECTIVES_BEFORE` words between: "called on both parties to commit to a
    ceasefire", "pressed the two factions to agree on an immediate truce"."""
    for i in range(max(0, len(words) - 4 - ADJECTIVES_BEFORE), len(words) - 3):
        if (words[i] in CUES.INFINITIVES and words[i + 2] in CUES.INFINITIVE_PREPOSITIONS
                and words[i + 3] in CUES.INDEFINITE):
            return i
    return None


def _asking_before(text: str, start: int) -> bool:
    """Does a verb of asking govern the infinitive whose object the trigger at `start` is (`CUES.ASKED_TO_INFINITIVE`,
    at most `ASKER_REACH` characters before it, in its sentence)? Only then is "to agree to a ceasefire" asked for;
    without one it tells the agreement reached ("The two sides went on to agree to a ceasefire")."""
    window = re.split(r"[.;!?]", text[max(0, start - ASKER_REACH):start])[-1]
    return CUES.ASKED_TO_INFINITIVE.search(window) is not None


def _scheduled(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the trigger an act scheduled or planned ("is due to take effect", "are expected to sign the accord",
    `CUES.SCHEDULED`) in a sentence that names its time or the agreement it is about? Then it is an event
    to come (the modality stage marks it Planned), not a wish: "is due to take effect on Sunday", "plans
    to sign the peace treaty in May"; "plans to sign a deal" names neither."""
    if not CUES.SCHEDULED.search(text, max(sentence.start, mention.start - SCHEDULE_REACH), mention.start):
        return False
    return any(m.kind == "date" or _names_agreement(text, m) for m in sentence.mentions)


def _names_agreement(text: str, mention: Mention) -> bool:
    """Does the mention name one agreement: a name, or an agreement word after a definite determiner ("the accord")?"""
    if mention.kind not in ("entity", "trigger") or "Agreement" not in top_classes(mention.cls):
        return False
    return mention.kind == "entity" or determiner(words_before(text, mention.start)) in CUES.DEFINITE


def _modal_after(text: str, mention: Mention, after: list[str]) -> bool:
    """Is the trigger the subject of a modal, right after it (`after`: its next lower-case words) or after its phrases
    of a preposition (`CUES.MODAL_AFTER_PHRASES`): "A blockade of the island could cripple its economy"?"""
    return bool(CUES.MODALS & set(after)) or CUES.MODAL_AFTER_PHRASES.match(text, mention.end) is not None


def _hedged_after(text: str, mention: Mention, counterfactual: bool) -> bool:
    """Is the modal after the trigger a perfect that hedges a past act (`CUES.HEDGED_AFTER`: "The raid may have killed
    40 civilians", "The massacre at the village might have been ordered by the general"), with no condition in the
    sentence? Then the act is told as possible (the modality stage marks it), not weighed as one that never was."""
    return not counterfactual and CUES.HEDGED_AFTER.match(text, mention.end) is not None


def _irrealis_marked(words: list[str], definite: bool, hedged_past: bool) -> bool:
    """Do the words before a trigger make it irrealis? "plan" and "planned" only as a plan to do
    something ("plans to attack", "the planned offensive"), not as a noun of their own ("the plan
    was signed by Saakashvili"). A definite noun phrase after the marker names a thing that exists
    ("citizens could endorse the peace agreement"), unless the marker stands inside it ("the
    planned offensive", "any attack"). With `hedged_past` (no condition in the sentence) a modal of what may have
    been before "have" (`CUES.HEDGED_PAST_MODALS`: "may have been handed over", "could have fired") tells a past
    act as possible: alleged (the modality stage marks it), not irrealis."""
    if definite:  # only the noun phrase: from its determiner on
        words = words[max((i for i, w in enumerate(words) if w in CUES.DETERMINERS), default=0):]
    for i, word in enumerate(words):
        if word in CUES.PLAN_WORDS:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt in CUES.INFINITIVES or (word in CUES.PLAN_PARTICIPLES and nxt is None):
                return True
        elif word in CUES.IRREALIS and not (hedged_past and _perfect_hedge(words, i)):
            return True
    return False


def _perfect_hedge(words: list[str], at: int) -> bool:
    """Is the word at `at` a modal of what may have been, before "have", whose act is the trigger itself ("might
    have been killed", "may have been a massacre"; `CUES.HEDGED_FILLERS` between)? Not an act named after a verb of
    its own ("could have signed a ceasefire": what could have been done, not done)."""
    rest = words[at + 1:]
    return (words[at] in CUES.HEDGED_PAST_MODALS and rest[:1] == [CUES.PERFECT]
            and all(w in CUES.HEDGED_FILLERS for w in rest[1:]))

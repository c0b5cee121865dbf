"""What a trigger's own words say of it: the words before it in its clause, the determiner of its noun phrase
(definite, indefinite, possessive), its number, whether it is marked as another happening ("another attack"),
counted from ("since the invasion of"), what someone is accused of, a gerund or a present verb. Plain
functions of the text, shared by the resolving rules (`resolve`), the irrealis rules (`irrealis`) and the war
rules (`wars`): a back-reference is tried only where these words allow it."""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Mention
from ..recognise.accords import told_by_verb

CUES = cues("coreference")
MORPHOLOGY = cues("morphology")  # which languages glue a plural on, and how
TRIGGERS = cues("triggers")  # the accords named in the plural and the verbs that sign them (`_signed_plural`)
VERBS = TRIGGERS.VERBS  # a trigger that is a verb form ("attacked") tells a new happening
ARMED_VERBS = TRIGGERS.ARMED_SUBJECT  # verbs of an attack only with a weapon ("was struck by missiles")


def words_before(text: str, start: int) -> list[str]:
    """Up to six lower-case words before `start`, within the clause. A quotation mark that opens right at
    `start` ends no clause: 'calling for the "withdrawal of Israeli armed forces ..."' is asked for. A word that
    is a modal in lower case and a month or a name with its capital ("On 2 May a car bomb", `CUES.CAPITALISED_
    NOT_MODAL`) keeps its capital, so that it is read as no modal, but as the clause's first word (`_modal_opening`)."""
    pieces = re.split(r"[.;:!?,()\"“”]", text[max(0, start - 60):start].rstrip("\"“"))
    words = [w.strip("'’") for w in pieces[-1].split()]
    opens = len(pieces) > 1 or start <= 60  # the window reaches back to its clause's first word
    return [w if w in CUES.CAPITALISED_NOT_MODAL and not (k == 0 and opens and _modal_opening(words)) else w.lower()
            for k, w in enumerate(words)][-6:]


def _modal_opening(words: list[str]) -> bool:
    """Is the clause's first word, one of `CUES.CAPITALISED_NOT_MODAL`, a modal: not before a number ("May rebels
    attack the town of Goma?" asks; "May 5, 1945" is a date)?"""
    return len(words) < 2 or not words[1][:1].isdigit()


def plural(text: str, lang: str) -> bool:
    """Is the trigger's head noun plural ("attacks"; Turkish and Azerbaijani -lar/-ler: "saldırılarda")?"""
    head = text.lower().split()[-1]
    if lang in MORPHOLOGY.SUFFIXED:
        return bool(MORPHOLOGY.PLURAL_SUFFIX.search(head))
    return head not in VERBS and head.endswith("s") and not head.endswith("ss")


def postmodified(text: str, end: int) -> bool:
    """Is the noun phrase specified by what follows ("the attack of the Armenian army")?"""
    return bool(CUES.POSTMODIFIER.match(text[end:end + 12]))


def determiner(words: list[str]) -> str | None:
    """The determiner of the noun phrase that ends here ("this second wave of" -> "this"). A "that" a few words
    after a verb of saying opens its clause and determines nothing ("said in turn that Armenian shelling had killed
    civilians": the shelling is told bare, no happening told before)."""
    words = words[-5:]
    for at in range(len(words) - 1, -1, -1):
        if words[at] == "that" and CUES.SAYING_BEFORE_THAT & set(words[max(0, at - 3):at]):
            return None
        if words[at] in CUES.DETERMINERS:
            return words[at]
        if words[at] in CUES.PHRASE_ENDS:
            return None
    return None


def indefinite(text: str, mention: Mention) -> bool:
    """"launched a military campaign", "pushed back an incursion", "An agreement reached in October
    1998": an indefinite noun phrase introduces a happening or an agreement; it is not the conflict the
    story is about, nor the agreement named before. A predicative one describes what was named ("the
    war ... Primarily a conflict between", "it was an attack")."""
    words = words_before(text, mention.start)
    if mention.text.lower() in VERBS or determiner(words) not in CUES.INDEFINITE:
        return False
    article = max(i for i, w in enumerate(words) if w in CUES.INDEFINITE)
    before = words[article - 1] if article else ""
    return before not in CUES.COPULAS and not before.endswith(CUES.ADVERB_ENDINGS)


def definite(text: str, mention: Mention) -> bool:
    if mention.text.lower() in VERBS | ARMED_VERBS or accused(text, mention) or gerund(text, mention):
        return False  # "the Armenian army attacked", "the Pakistan Air Force struck": the article is another's
    return definite_before(text, mention.start)


def definite_before(text: str, start: int) -> bool:
    """Do the words before `start` open a definite noun phrase ("the", "this": `CUES.DEFINITE`)?"""
    return determiner(words_before(text, start)) in CUES.DEFINITE


def definite_just_before(words: list[str]) -> bool:
    """Does a definite determiner (`CUES.DEFINITE`) stand last in `words`, the words just before an act's word, or
    before a name that qualifies it ("the Serb massacre")? A definite act is presupposed by a question, not asked:
    "Will the ceasefire signed in Minsk hold?", "Was the massacre at Kibeho planned?" tell the ceasefire and the
    massacre (`irrealis`, `modality`)."""
    return bool(words) and (words[-1].lower() in CUES.DEFINITE
                            or len(words) > 1 and words[-2].lower() in CUES.DEFINITE and words[-1][:1].isupper())


def possessive(text: str, mention: Mention) -> bool:
    """Does a possessive determiner ("its ceasefire") say whose the thing is?"""
    return determiner(words_before(text, mention.start)) in CUES.POSSESSIVES


def marked_new(text: str, mention: Mention) -> bool:
    """"another attack", "renewed fighting": not the event named before it; nor are happenings
    counted as many ("numerous aerial attacks", "several strikes") the one act told before, nor
    what someone is accused of ("accused the army of bombing residential districts"), nor a retaking
    the capture it undoes ("captured Bunagana ... retook Rutshuru"), nor what an act answers
    ("launched the raid in response to a suicide bombing"), nor one a span of time parts from the
    clause's ("shot down on Wednesday ..., a day after Indian warplanes struck"), nor a verb that strikes
    many ("attacked hundreds of villages": many acts), nor an agreement told by its verb ("met in Vienna and agreed
    to strengthen the ceasefire": what was agreed there, `recognise.accords`), nor agreements in the plural a verb
    of signing tells ("signed the first accords of those talks": those signed then, not the one named before)."""
    words = set(words_before(text, mention.start)[-3:])
    answered = CUES.ANSWERED.search(text, max(0, mention.start - 60), mention.start)
    counted = cues("dates").COUNTED_REFERENCE.search(text, max(0, mention.start - 40), mention.start)
    return bool(CUES.NEW & words) or mention.text.lower() in CUES.RETAKING or accused(text, mention) or bool(
        answered or counted) or (
        plural(mention.text, mention.lang) and bool(CUES.QUANTIFIERS & words)) or (
        mention.text.lower() in VERBS and CUES.MANY_STRUCK.match(text, mention.end) is not None) or (
        told_by_verb(mention)) or _signed_plural(mention, words)


def _signed_plural(mention: Mention, words: set[str]) -> bool:
    """Are the agreements `mention` names in the plural, a verb of concluding among the words before it
    (`TRIGGERS.PLURAL_ACCORD_SIGNED`: "signed the first accords of those talks"): those signed then?"""
    return mention.text.lower() in TRIGGERS.PLURAL_ACCORDS and bool(TRIGGERS.PLURAL_ACCORD_SIGNED & words)


def counted_from(text: str, mention: Mention) -> bool:
    """Is the trigger the earlier happening a comparison counts from ("its largest military
    operation since the invasion of East Timor in 1975")? Not the happening compared nor the
    story's conflict; one whose start or end is told ("since the war began") is the one named."""
    before = text[max(0, mention.start - 100):mention.start]
    return bool(CUES.COMPARED_SINCE.search(before)) and not CUES.SINCE_BEGAN.match(text, mention.end)


def accused(text: str, mention: Mention) -> bool:
    """Is the trigger what someone is accused of ("accused the army of bombing ...")? Its article,
    if any, is the accused's ("the army"), not the act's."""
    before = words_before(text, mention.start)
    return bool(before[-1:] and before[-1] in CUES.ACCUSED_OF and CUES.ACCUSING & set(before[:-1]))


def gerund(text: str, mention: Mention) -> bool:
    """Is the event word a verb's gerund after a verb of aspect ("began bombing", "kept shelling")? It
    tells a happening of the verb's subject, as a verb does."""
    words = words_before(text, mention.start)
    return mention.text.lower().endswith("ing") and bool(words) and words[-1] in CUES.ASPECT_VERBS


def present_verb(text: str, mention: Mention) -> bool:
    """Is a bare base form the present tense of a verb after its plural subject ("Territorial Defence units
    attack JNA positions", a chronology's or a headline's tense)? It tells a new happening, as "attacked" does."""
    return mention.text.lower() in CUES.BASE_VERBS and bool(
        CUES.PLURAL_SUBJECT.search(text, max(0, mention.start - 30), mention.start))


def to_come(text: str, mention: Mention) -> bool:
    """Is the trigger a verb told as still to come by the words right before it in its clause
    (`CUES.TO_COME_BEFORE`: "the hostages will be executed", "are to withdraw")? Such an act is no act told as done,
    nor the other way round (`minting.new`)."""
    return CUES.TO_COME_BEFORE.search(" ".join(words_before(text, mention.start))) is not None


def verb_form(words: str) -> bool:
    """Is an event's word a verb form ("stormed", "attacked"), not a noun (`modality`, `questions`)?"""
    return words.lower() in VERBS or words.lower().endswith("ed")

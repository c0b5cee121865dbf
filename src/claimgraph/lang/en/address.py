"""The words of a person addressed by name (`claimgraph.extract.addressed`).

A hearing, an interview or a debate names whom a speaker turns to at the head of a sentence, set off by a comma,
before the clause the speaker says: "Ms Nangolo, the operation was called Operation Reindeer", "Commissioner Tutu,
we were asleep when the planes came", "Mr Dlamini, where were you in May?". The clause after the comma has its own
subject: a personal pronoun, a question word, or a determiner's short noun phrase with its finite verb before any
comma (ADDRESSED_CLAUSE). An apposition has no verb before its closing comma ("Mr Dlamini, the commander, ordered
the raid"), nor do "however" or "who led the unit" open a clause of their own.
"""

import re

from . import _pronouns, _verbs, person_titles

# Words a title may add before the name at the head of the sentence: the titles a name follows (`person_titles`) and
# the forms of address they lack, courtesy titles and the offices a chair is addressed by.
_ADDRESSING = ["Miss", "Madam", "Chairperson", "Chairman", "Chairwoman", "Professor", "Advocate"]
_TITLES = sorted(person_titles.NAMING_TITLES + _ADDRESSING, key=len, reverse=True)
ADDRESS_TITLES = rf"(?:(?:{'|'.join(_TITLES)})\.?\s+)*"
_AUXILIARIES = (r"was|were|is|are|has|have|had|will|would|did|does|do|can|could|may|might|must|should|shall|"
                r"wasn't|weren't|didn't|don't")
_PRONOUNS = "|".join(sorted(_pronouns.PERSONAL | {"it", "there"}))
_DETERMINERS = r"the|this|that|these|those|my|our|your|his|her|their"
# A comment clause set off by commas inside the named person's own clause is no clause of its own ("Colonel Ruiz, it
# was reported, attacked the town"; "General Ortiz, I believe, ordered the attack"; "Colonel Ruiz, the army has
# confirmed, led the raid"): a verb of saying, knowing or hearing within four words after the comma, then the closing
# comma; or any short clause whose closing comma the person's own verb follows ("General Ortiz, there is no doubt,
# ordered the massacre"; "Mr Haddad, they said, was abducted").
_SAYING = (rf"(?:[\w'’]+\s+){{1,4}}?(?:{_verbs.SAY}|{_verbs.CLAIMED}|{_verbs.ALLEGE}|{_verbs.REPORT_ACT}|"
           rf"{_verbs.CONFIRM}|{_verbs.STATE}|{_verbs.ANNOUNCE}|told|think|thought|believe[sd]?|know|knew|"
           r"learn(?:ed|t)|hear|heard|understand|understood|recall|remember|suppose|fear(?:ed)?|seem(?:s|ed)?|"
           r"appear(?:s|ed)?|emerged)\s*,")
_COMMENT = rf"(?:{_SAYING}|[^,.;:?!]{{1,40}}?,\s+(?:{_AUXILIARIES}|{_verbs.PAST_VERB})\b)"
# A comment clause of saying or knowing right after its comma, whoever it names (`recognise.people_groups.unnamed`:
# "the army" of "Colonel Ruiz, the army has confirmed, led the raid" says, it takes no part).
COMMENT_CLAUSE = re.compile(rf",\s+{_SAYING}", re.IGNORECASE)
# After the name: a comma, then a clause with its own subject: a pronoun ("Dr Ferreira, they bombed the hospital"),
# a question put ("Ms Okafor, where were you", "did you see"), or a determiner's noun phrase and its auxiliary, whose
# words hold no comma, no relative pronoun and no "and" ("Mr Haddad, his deputy and two aides were killed" lists the
# dead; "Colonel Ruiz, who led the brigade, attacked", "General Ortiz, the commander whose troops had shelled the
# town, was arrested" and "General Ortiz, when the rebels came, fled" tell of him).
ADDRESSED_CLAUSE = re.compile(
    rf",\s+(?!{_COMMENT})(?:(?:{_PRONOUNS})\b(?!,)"
    rf"|(?:(?:where|what|when|why|how)\s+)?(?:{_AUXILIARIES})\s+(?:{_PRONOUNS}|{_DETERMINERS})\b"
    rf"|(?:{_DETERMINERS})\s+(?:(?!(?:who|whose|whom|which|that|and|or)\b)[\w'’-]+\s+){{1,4}}(?:{_AUXILIARIES})\b)",
    re.IGNORECASE)
# What may stand before the titles in the sentence: nothing but an opening quote or bracket ("MR VENTER: Thank you,
# Chairperson. Ms Nangolo, ..." opens its sentence at "Ms"), after a speaker's tag in capitals on a line of its own
# that no layout rule split off ("MS NANGOLO: General Viljoen, ...").
SENTENCE_HEAD = re.compile(r"^(?:[\s\"“'‘(]*[A-Z][A-Z.'’ -]*:)?[\s\"“'‘(]*$")

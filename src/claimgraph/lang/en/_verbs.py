"""Verbs that more than one concern reads (`modality`, `roles`, `clauses`, `coreference`, `names`), each
spelled once: a word set of forms, or the fragment of a regular expression. Not a concern:
`claimgraph.lang.cues` reads the tables the concerns build from these."""

import calendar

ACCUSE_FORMS = ("accuse", "accuses", "accused", "accusing")
BLAME_FORMS = ("blame", "blames", "blamed", "blaming")
ACCUSE = "(?:" + "|".join(ACCUSE_FORMS) + ")"
BLAME = "(?:" + "|".join(BLAME_FORMS) + ")"
# Words in -s before a verb that are no plural noun, so no subject of its present: "its attack", "has attack", "a gas
# attack", "his suspects", "held as suspects", "this suspect" (`coreference.PLURAL_SUBJECT`, a present verb after a
# plural noun; `modality.SAYING`'s bare "suspect", "fear" and "claim" after one). One list for both.
NOT_PLURAL = ("its", "has", "was", "gas", "his", "this", "as", "is")
NOT_PLURAL_AHEAD = r"(?!(?:" + "|".join(NOT_PLURAL) + r")\s)"  # before such a word, at its start
NOT_PLURAL_BEHIND = "".join(rf"(?<!\b{word}\s)" for word in NOT_PLURAL)  # after it and its space
# ...and the end of a plural noun: an "s" after a letter other than "s", "i" or "u" (not "press", "crisis", "census").
PLURAL_END = r"[^siu\W'’]s"
# Who an act is put down to by someone's word: "attributed the strike to X", "blamed the bombing on Y" (active:
# `roles.ATTRIBUTING`, `clauses.GAINED_BY`), "was attributed to X", "blamed on Y" (passive: `roles.ATTRIBUTED`,
# `modality.ATTRIBUTION`).
ATTRIBUTE = r"attribut(?:e|es|ed|ing)"
ATTRIBUTED_TO = r"(?:attributed\s+to|blamed\s+on)"
# The verbs of a happening's beginning: "since the war began" (`coreference.SINCE_BEGAN`), "It broke out on ..."
# (`coreference.IT_COURSE`), "Fighting erupted in April, when ..." (`openings.OPENED_WHEN`).
BEGAN = r"(?:began|begun|started|broke\s+out|erupted)"


# Past forms that do not end in -ed: a verb of its own after a subject ("after X withdrew", "and the Houthis kept
# shelling", "since the war broke out in 2011"), read beside "\w+ed" (`clauses`, `modality`, `dates`).
IRREGULAR_PAST = (r"(?:took|fought|began|won|lost|made|held|went|came|withdrew|overthrew|drew|fell|left|struck|broke|"
                  r"rose|ran|gave|sent|met|fled|led|became|kept|shot|hit|seized)")
# The irregular past participles of moving someone that differ from the past ("was flown to Florida", "were taken to
# Goma"; `clauses.AND_VERB_PLACE`).
MOVED_PARTICIPLE = r"(?:taken|flown|driven|brought|thrown)"
# A past verb or participle: a lower-case word in -ed (not a name, "Ahmed") or an irregular past (`clauses`, `modality`).
PAST_VERB = rf"(?:(?-i:[a-z])\w+ed|{IRREGULAR_PAST})"
# A clause after "that", not "that" as a determiner ("maintained that blockade of Berlin", "that position after
# Russian troops attacked"): "that" is a determiner only before a bare lower-case noun. An article, a possessive, a
# pronoun or a name after it opens a clause, however long its subject ("maintained that the strike on the hospital in
# Mariupol was staged", "that the Ukrainian army, not its own, shelled"); so does a bare noun with a finite verb
# within a few words, before any preposition ("maintains that soldiers attacked the town").
PREPOSITION = (r"(?:of|in|on|at|for|to|from|with|by|after|before|since|during|until|despite|over|against|under|"
                r"through|throughout|into|across|near|between|around|along)")
_CLAUSE_OPENER = (r"(?:the|a|an|its|his|her|their|our|my|your|it|he|she|they|we|you|there|this|these|those|"
                  r"some|any|no|all|both|each)\b|(?-i:[A-Z])")
THAT_CLAUSE = (rf"(?=\s+that\s+(?:{_CLAUSE_OPENER}|(?:(?!{PREPOSITION}\b)[\w’'-]+\s+){{0,5}}?"
               rf"(?:\w+ed|{IRREGULAR_PAST}|was|were|is|are|had|has|have|will|would|could|can|did|does|do|must|may|"
               r"might|should)\b))")


# Verbs of saying and of answering a claim: their subject holds what follows. Only the bare
# verbs that are no nouns too ("the claim", "a report" are not said).
# In lower case always the verb; capitalised ("Said the minister: ...", "SAID the commander") only where it opens a
# sentence or a clause, not after a word ("Port Said", "the poet Said") nor before a name ("Said Pasha").
SAY = r"(?:(?-i:sa(?:y|ys|id|ying))|(?<![\w,;]\s)(?-i:Sa(?:y|ys|id|ying)|SA(?:Y|YS|ID|YING))(?!\s+(?-i:[A-Z][a-z])))"
CLAIMED = r"claim(?:s|ed)"
ALLEGE = r"alleg(?:e|es|ed)"
INSIST = rf"(?:insist(?:s|ed)?|maintain(?:s|ed)?{THAT_CLAUSE})"  # "Moscow has always maintained that ..."; not "maintained the truce"
ARGUE = rf"(?:argu(?:e|es|ed)|contend(?:s|ed)?{THAT_CLAUSE})"  # "Bahrain contended that ..." as "argued that"
# Verbs that tell again what someone holds, as saying does ("The paper recalled that the crisis began at Diawara",
# "Radio Algiers repeated that Moroccan forces had begun the aggression", "the minister reiterated that", "added that").
# Only before a clause (`THAT_CLAUSE`): "repeated that assault two days later", "recalled that ambassador" tell no words.
RETELL = rf"(?:recall(?:s|ed)|repeat(?:s|ed)|reiterat(?:es|ed)|add(?:s|ed)|stress(?:es|ed)|emphasi[sz](?:es|ed)){THAT_CLAUSE}"
ESTIMATE = r"estimat(?:e|es|ed)"  # "Human Rights Watch estimates that ...": a count someone gives
DENY = r"den(?:y|ies|ied)"
REJECT = r"reject(?:s|ed)?"
DISMISS = r"dismiss(?:es|ed)?"
DENOUNCE = r"denounc(?:e|es|ed)"
REJECTING = "|".join((DISMISS, REJECT, DENY, DENOUNCE))  # "dismissed the allegations", "denied that"
# Verbs that tell what follows "that" as news of the story, no aside on it: of announcing, adding, stating, confirming,
# warning and showing ("Officials warned that", "Reports show that", `dates.TOLD_THAT`), beside those of saying.
ANNOUNCE = r"announc(?:e|es|ed|ing)"
ADD = r"add(?:s|ed|ing)?"
STATE = r"stat(?:e|es|ed|ing)"
CONFIRM = r"confirm(?:s|ed|ing)?"
WARN = r"warn(?:s|ed|ing)?"
SHOW = r"(?:show(?:s|ed|n|ing)?|indicat(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)"
# Who claims an act says it began it (`roles`), ends its clause as a speaker does (`clauses`) and dates only its
# claim (`dates`): "claimed / took / accepted (full) responsibility for the attack"; "claimed the bombing" (a
# verb of claiming with an event word as its object: `roles.CLAIMED_ACT`).
CLAIM_RESPONSIBILITY = (r"(?:claim(?:s|ed|ing)?|t(?:ake|akes|ook|aking)|accept(?:s|ed|ing)?)\s+"
                        r"(?:full\s+)?responsibility\s+for")
CLAIM_ACT = rf"(?:{CLAIM_RESPONSIBILITY}|claim(?:s|ed|ing)?)"
# Who tells of a known happening as its object ("The New York Times reported the massacre in January 1982",
# "Human Rights Watch documented the killings") neither did it (`clauses.JUDGED`) nor dates it (`dates.REPORTING`).
REPORT_ACT = r"(?:report(?:s|ed|ing)?|document(?:s|ed|ing)?|reveal(?:s|ed|ing)?|expos(?:es|ed|ing))"
# Its object after a determiner other than "that" ("reported that Russian troops attacked" tells a clause), and not
# one whose phrase names whom or what the happening struck or took, a capitalised word that is no day or month
# ("Russia reported the capture of Bakhmut on 20 May 2023": told first, perhaps by who did it).
REPORTED_DETERMINER = r"(?:the|this|these|those|its|their|his|her)"
TIME_NAMES = "|".join((*calendar.day_name, *calendar.month_name[1:]))  # the names of days and months
NAMED_OBJECT = rf"(?:of|on|against)\s+(?:the\s+)?(?!(?:{TIME_NAMES})\b)(?-i:[A-Z])"
# A second "to" / "on" after the name an act's own "on" takes ("blamed the attack on India on militants", "attributed
# the strike on Kyiv to Russia"): whom the act is blamed on or attributed to is named after it; not before a day
# ("blamed the attack on Kyiv on Monday").
ATTRIBUTED_AGAIN = rf"\s+(?:to|on)\s+(?:the\s+)?(?!(?:{TIME_NAMES})\b|\d)"


# Who made an accord happen, and who acts through a force, named as the first half of a compound:
# "the Moscow-brokered truce", "U.S.- and Saudi-brokered talks", "Riyadh-led forces".
HYPHEN = "[-–]"
BROKERING = r"(?:brokered|mediated|facilitated|hosted|sponsored|overseen|guaranteed)"
LED = "led"


def compound(participles: str) -> str:
    """The second half of such a compound, from the end of its first ("-brokered", "- and Saudi-brokered")."""
    return rf"(?:{HYPHEN}\s+and\s+[\w.]+)?{HYPHEN}{participles}\b"


# The words that head a line told as doubted, with a colon ("unconfirmed: militia shelled the market"; `modality.
# DOUBT_HEADING`), so no speaker's name before a colon (`names.SPEAKER_NOT_NAMES`).
DOUBT_LABELS = ("unconfirmed", "unverified", "unsubstantiated", "not confirmed", "not yet confirmed", "rumour", "rumor",
                "rumours", "rumors", "reportedly", "allegedly")


# A modal of what may have been, before "have" ("may have been handed over", "could well have fired"), and the adverbs
# that may stand between (`modality.HEDGED_PAST`; `coreference.HEDGED_PAST_MODALS`, `coreference.HEDGED_FILLERS`).
HEDGED_PAST_MODALS = ("may", "might", "could", "must")
HEDGED_ADVERBS = ("well", "also", "even", "already")
HEDGED_MODAL = "(?:" + "|".join(HEDGED_PAST_MODALS) + ")"
HEDGED_ADVERB = "(?:" + "|".join(HEDGED_ADVERBS) + ")"
# ...and after an act's noun, the subject of its verb: "The raid may have killed 40 civilians", "The massacre might
# well have been ordered by the general", "An ambush must have been planned" (`coreference.HEDGED_AFTER`,
# `modality.HEDGED_AFTER`): the act is told as possible, not as one that did not happen. "might" and "could" only before
# a passive's participle: before an active verb they weigh what an act would have brought about ("An earlier blockade
# could have crippled the regime"), an act that did not happen. Lower case: "in May have" is no modal.
HEDGED_AFTER = (rf"(?:(?-i:may|must)\s+(?:{HEDGED_ADVERB}\s+)?have\b|"
                rf"(?-i:might|could)\s+(?:{HEDGED_ADVERB}\s+)?have\s+been\s+(?:\w+ly\s+)?{PAST_VERB}\b)")


# The modals of an act still to come: "will withdraw", "shall not be attacked" (`modality.FUTURE`,
# `modality.TOLD_AHEAD`, `coreference.TO_COME_BEFORE`).
WILL = r"(?:will|shall)"
# "is due / expected / scheduled to": an act still to come (`modality.FUTURE`, `coreference.SCHEDULED`).
SCHEDULED_FORMS = ("due", "expected", "scheduled", "set", "slated", "planned", "supposed", "going")
BE_SCHEDULED = r"(?:is|are|was|were)\s+(?:" + "|".join(SCHEDULED_FORMS) + ")"

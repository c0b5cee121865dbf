"""The words of roles in English: who launched, took part, was a party, sent aid, ended a war;
a capital standing for its state ("Moscow said") (`claimgraph.extract.roles`, `.metonymy`)."""

import re

from . import _verbs


# -- Roles (`claimgraph.extract.roles`) --
LAUNCH = re.compile(r"\b(?:launch(?:ed|es)?|began|begins?|start(?:ed|s)?|initiat(?:ed|es)|unleash(?:ed|es)?|"
                    r"mount(?:ed|s)?|open(?:ed|s)?)\b", re.IGNORECASE)
# "X began bombing Iraq on Jan. 17 and launched a ground offensive": a verb after "and" shares its clause's
# subject, the first name of the clause, not the object named last before it.
SHARED_SUBJECT = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "upon the attack of Y", "after shelling by Y": an attacker named after the attack is joined to it by one of these;
# a name right after it begins a clause of its own ("after 100 hours of ground fighting President Bush suspended").
ATTACKER_AFTER = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?", re.IGNORECASE)
# "were killed in an Israeli airstrike": the attack a passive verb of harm's subject suffered, joined to the verb by
# "in" as "by" joins it ("were killed by an Israeli airstrike"; `extract.clause_roles._instrument_after`).
HARMED_IN = re.compile(r"\s+in\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# Between "X-brokered" and the word of the talks it qualifies: lower-case qualifiers only ("UN-sponsored peace talks";
# `extract.joint_brokers`).
BROKERED_ACT_BETWEEN = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}", re.IGNORECASE)
# After the first side of "between": a phrase set off by commas describing it (an article or a relative pronoun opens
# it) and ", and", then the words before the second side's name ("his Tajik counterpart", "the"; `extract.between_sides`).
SIDE_ASIDE = re.compile(r",\s+(?:the|a|an|who|which|whose)\s[^,;:()]{1,80}?,\s+and\s+"
                        r"(?:(?:(?:his|her|its|their)\s+(?:(?-i:[A-Z])[\w-]*\s+)?counterparts?,?|the)\s+)?", re.IGNORECASE)
# From a state's name to the agreement it acts under: ", which" at most, one lower-case verb, its object (no word of
# saying, no clause break), "under" and the agreement's article and qualifiers ("Russia armed Syria under a 2015
# defence treaty", "France, which keeps a military base in Djibouti under a defence agreement"; `extract.bound_by`).
ACTED_UNDER = re.compile(r"(?:,\s+(?:which|who)\s+)?(?![^,;:.]*\b(?:said|says|say|told|claimed|accused|denied|reported)\b)"
                         r"\s*(?:(?:has|have|had|also)\s+)*(?-i:[a-z])[\w-]*[^,;:.]{0,60}?"
                         r"\s+(?P<under>under)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
NOUN_USE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
NOUN_OF = re.compile(r" of ")  # "the start of talks": the verb is a noun
COMPLEMENT = re.compile(rf"\b(?:(?:recall(?:s|ed)?|stat(?:es|ed)|not(?:es|ed)|add(?:s|ed)|{_verbs.CLAIMED}|report(?:s|ed)|"
                        rf"confirm(?:s|ed)|{_verbs.INSIST}|{_verbs.ARGUE}|believ(?:es|ed)|announc(?:es|ed))\s+that|"
                        rf"{_verbs.SAY}(?:\s+that)?)\b(?!\s+(?:it|its|they|their|he|his|she|her|we|our)\b)", re.IGNORECASE)
# "The Mission recalls that the LNA launched ...", "The UN says ... since the conflict began ...": who launched
# stands after the verb of saying ("say" also without "that": "states", "reports" are nouns too), unless a
# pronoun there points back to the speaker ("Turkey said it had launched an offensive").
RESPONSE = re.compile(r"\b(?:upon|after|following|in response to|in retaliation (?:for|to)|against|repelling)\s+",
                      re.IGNORECASE)
PARTICIPATE = re.compile(r"\b(?:participat(?:e|ed|es|ing)|t(?:ake|ook|akes|aking)\s+part|interven(?:e|ed|es|ing)|"
                         r"f(?:ight|ought|ighting))\s+(?:\w+\s+)?(?:in|alongside)\b", re.IGNORECASE)
AUXILIARY = re.compile(r"\b(?:is|are|was|were|been|be|still|also|now|continue[sd]?\s+to|keep|kept)\s+$", re.IGNORECASE)
GERUND = re.compile(r"\w+ing\b")  # "aimed at ending fighting": an -ing form may be a noun
LAUNCHED_ACT = re.compile(r"\s+\w+ing\b")  # "began withdrawing": what was begun, when it is no event word
INVOLVEMENT = re.compile(r"\b(?:participation|involvement|intervention|presence|transfer|recruitment)\s+of\s+",
                         re.IGNORECASE)
MILITARY_AID = re.compile(r"\b(?:provid(?:e|ed|es|ing)|g[ai]ve|giving|offer(?:ed|s|ing)?|sen[dt]|suppl(?:y|ied|ies))\s+"
                          r"(?:\w+\s+)?military\s+(?:assistance|aid|support|personnel|advisers|advisors)\b",
                          re.IGNORECASE)
FIGHTERS = re.compile(r"\b(?:(?:jihadist|islamist|foreign|mercenary|militant)\s+)+"
                      r"(?:groups?|fighters|militants|mercenaries)\b|\bjihadists\b|\bmercenaries\b", re.IGNORECASE)
NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*)")  # "the Islamist group Ansar Dine": a group the text names, no unnamed one
# "the Islamist group had promised": one group, named before ("Boko Haram"), told again by a definite noun
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
SET_UP = re.compile(r"\b(?:in line with|as part of|under|in accordance with|pursuant to)\s+(?:the|this|that)\s+",
                    re.IGNORECASE)
STATIONED = re.compile(r"\b(?:deployed|stationed|established|dispatched|sent|introduced)\b", re.IGNORECASE)
# After the agreement, a participle phrase set off by commas may stand before the verb ("The Algiers Agreement, signed
# on 12 December 2000, formally ended the war").
ENDING = re.compile(r"(?P<aside>\s*,\s*(?:signed|concluded|reached|adopted|agreed|brokered|initiall?ed)\b[^,;]{0,40},)?"
                    r"[\s,]*(?:(?:that|which)\s+)?(?:\w+\s+)?(?:ended|ends|ending|halted|halts|"
                    r"(?:put|puts|putting|brought|brings|bringing)\s+an?\s+end\s+to)\s+", re.IGNORECASE)
ENDED_WITH = re.compile(r"\b(?:ended|was ended|were ended|came to an?\s+(?:\w+\s+)?end|concluded|was concluded)\s+"
                        r"(?:with|by|under|through)\s+(?:the\s+signing\s+of\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)
PARTY_OF = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been|became|becomes|remains?|remained)\s+"
                      r"(?:not\s+|never\s+|also\s+|no longer\s+)?(?:an?\s+|the\s+|one of the\s+)?"
                      r"(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)\s+", re.IGNORECASE)
ATTRIBUTED = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
                        rf"{_verbs.ATTRIBUTED_TO}\s+(?:the\s+)?", re.IGNORECASE)
# ... and its active voice: "The Government of Turkey attributed the strike to Syrian Government forces", "blamed the
# bombing on Pakistani militants" (the verb and a determiner just before the event, "to" / "on" just after it).
ATTRIBUTING = re.compile(rf"\b(?:{_verbs.ATTRIBUTE}|{_verbs.BLAME})\s+(?:the|this|that|these|those|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
ATTRIBUTED_TO_AFTER = re.compile(r"\s+(?:to|on)\s+(?:the\s+)?", re.IGNORECASE)
ATTRIBUTED_AGAIN = re.compile(_verbs.ATTRIBUTED_AGAIN, re.IGNORECASE)  # "the attack on India| on |militants"
PRONOUN = re.compile(r"(?:it|this|that)\b", re.IGNORECASE)
# "The Islamic State claimed responsibility for the attack", "Al-Shabaab claimed the bombing": who claims an act
# says it began it (its own word, `roles._claimed`); the act is the event named just after. After a bare verb of
# claiming (group "bare") only its object is ("claimed the bombing", CLAIMED_OBJECT), not the subject of a clause
# of its own (CLAIMED_CLAUSE: "Russia claimed the attack was staged").
CLAIMED_RESPONSIBILITY = re.compile(rf"\b(?:{_verbs.CLAIM_RESPONSIBILITY}|(?P<bare>{_verbs.CLAIM_ACT}))\b", re.IGNORECASE)
CLAIMED_OBJECT = re.compile(r"\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
CLAIMED_CLAUSE = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|did|\w+ed)\b", re.IGNORECASE)


# -- A capital standing for its state (`claimgraph.extract.metonymy`) --
_ACTS = (rf"(?:{_verbs.SAY}|stated?|states|announc|declar|{_verbs.DENY}|accus|claim|reject|insist|warn|demand|"
         r"agree|sign|launch|sen[dt]|deploy|recogni[sz]|refus|respond|condemn|threat|blam|urg|call|back|support|"
         r"order|want|spok|speak|s(?:eek|ought)|confirm|admit|maintain|argu|protest|dismiss|vow|pledg|offer|propos|retaliat|"
         r"attack|invad|annex|recall|expel|sanction|criticis|criticiz|welcom|decid|told|tell|lead|led|"
         # a city gives what it is known for, no state an act: "Tokyo gave the world the Walkman", "gave its name to"
         r"(?:gave|giv)(?!\w*\s+(?:the\s+world|birth|rise|its\s+name|their\s+names?)\b)|"
         r"broker|mediat|impos)")
# Subject: the verb right after the capital (an auxiliary, "not" or an adverb of time or manner may stand
# between: "Havana later spoke of", "Phnom Penh again called"; so may an aside between commas that opens lower
# case with no article: "Washington, wary of rewarding the invasion, had refused", not "surrounded Kabul, the capital,
# then attacked"; a form of "be" only before an -ing form: "Tbilisi was attacked" is the city, struck).
# SUBJECT_AFTER_VERB, for a capital right after a verb's past form (OBJECT_OF: "Rebels surrounded Kabul then
# attacked"), takes no "then": the capital is the object, the next verb its subject's.
_BETWEEN = ("not", "also", "again", "later", "soon", "still", "never", "now", "already", "once", "first", "too", r"\w+ly")


def _subject(between: tuple[str, ...]) -> re.Pattern[str]:
    """The words after a capital that make it the subject of a verb of `_ACTS`, with `between` as the adverbs."""
    return re.compile(rf"(?:,\s+(?!(?:the|a|an)\b)(?-i:[a-z])[^,.;:]{{0,60}}?,)?\s+"
                      rf"(?:(?:has|have|had|will|would|did|does|do)\s+|(?:is|are|was|were)\s+(?=\w+ing\b))?"
                      rf"(?:(?:{'|'.join(between)})\s+){{0,2}}{_ACTS}\w*\b(?!\s+by\b)", re.IGNORECASE)


SUBJECT = _subject(_BETWEEN + ("then",))
SUBJECT_AFTER_VERB = _subject(_BETWEEN)
OBJECT_OF = re.compile(r"\b[a-z]\w+ed\s+$")
# A sentence of sport beyond `clauses.SPORTING` (its players and staff): a capital there is its team ("Washington
# signed a new quarterback"), never its state.
SPORTS_NOUNS = re.compile(r"\b(?:quarterbacks?|linebackers?|pitchers?|coach(?:es)?|rosters?|playoffs?|touchdowns?|"
                          r"free\s+agents?|draft\s+picks?|World\s+Series|Super\s+Bowl)\b", re.IGNORECASE)
# Passive agent: "<verb>ed by (the government in)" just before the capital; or the accused ("accused
# Moscow of sending troops").
AGENT = re.compile(rf"\b{_ACTS}\w*\s+by\s+$|\b{_verbs.ACCUSE}\s+$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|forces|troops|army|military|officials|leadership|"
                        r"decision|position|demands?|support|backing|policy|response|refusal|recognition)\b",
                        re.IGNORECASE)
POSSESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
# The first half of a compound that says who acts: "the Moscow-brokered truce", "Riyadh-led forces".
COMPOUND = re.compile(_verbs.compound(rf"(?:{_verbs.BROKERING}|{_verbs.LED}|backed|supported|allied|aligned)"),
                      re.IGNORECASE)
# A side of talks, an accord or a war: "talks between Kinshasa and the rebels", "would continue talks with Kinshasa",
# "signed a friendship treaty with Hanoi".
SIDE_OF = re.compile(r"\b(?:talks|negotiations|dialogue|agreement|deal|treaty|accord|pact|ceasefire|truce|fighting|clashes|"
                     r"war|conflict)\s+"
                     r"(?:\w+\s+){0,2}?(?:between|with)\s+$", re.IGNORECASE)
# Who is asked, urged or broken with: "Hussein asks Washington and London for help", "Goukouni's forces broke with
# Tripoli and turned their guns": a capital there is its state where the clause goes on after it (`ADDRESSED_AFTER`),
# not "tourists asked Paris hotels for refunds", nor where a list of names goes on to a lower-case noun
# (`NOUN_AFTER_LIST`: "asked Berlin, Munich and Hamburg residents about rents").
ADDRESSED = re.compile(r"\b(?:asks?|asked|urges?|urged|appeal(?:s|ed)?\s+to|calls?\s+on|called\s+on|"
                       r"(?:broke|breaks|break|sided|sides)\s+with)\s+$", re.IGNORECASE)
ADDRESSED_AFTER = re.compile(r"\s*[,.;]|\s+(?:for|to|and|over|on)\b")
NOUN_AFTER_LIST = re.compile(r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*)+"
                             r"[ \t]+(?!(?:for|to|and|or|over|on|of|in|at|about|with|that|as|after|before|by)\b)[a-z]")
# Who is agreed with is a state only in a matter of states ("any withdrawal would have to be agreed with Phnom Penh"),
# not a club's ("Neymar agreed with Paris on a five-year contract"): `STATE_MATTER` in the sentence.
AGREED_WITH = re.compile(r"\bagree(?:d|s)?\s+with\s+$", re.IGNORECASE)
STATE_MATTER = re.compile(r"\b(?:withdraw(?:al|n|s)?|ceasefire|truce|treaty|accord|agreement|pact|talks|border|"
                          r"frontier|troops|forces|sanctions|peace|ruling|war|annexation|independence|referendum|"
                          r"government|deployment|sovereignty|territory|recognition|embassy|ambassador)\b",
                          re.IGNORECASE)
# On whose behalf one acts: "invading Somalia on Washington's behalf".
BEHALF = re.compile(r"['’]s\s+behalf\b")
# A sentence that tells of the capital as a town, "the city", its mayor or council ("spoke on London's behalf when the
# city bid for the Olympics", "Residents called on London to cut the congestion charge, the mayor said"): who is
# asked or urged there, or on whose behalf one acts, is the city.
CITY_TOLD = re.compile(r"\b(?:the\s+city|city\s+of|mayors?|city\s+council|city\s+hall|municipal(?:ity)?)\b",
                       re.IGNORECASE)
# "the government in Baghdad", "the authorities in Moscow": a capital after a word for its rulers is the state,
# whatever the clause goes on to say.
GOVERNMENT_IN = re.compile(r"\b(?:government|authorities|regime|leadership|administration|rulers)\s+in\s+$",
                           re.IGNORECASE)
# "the official accounts of Bishkek and Dushanbe", "the position of Moscow": a capital whose account or stand is told
# is its state, as its possessor is ("Moscow's position", `POSSESSIVE`); not "views", as often the city seen ("rooms
# with views of Jerusalem").
STAND_OF = re.compile(r"\b(?:accounts?|versions?|positions?|stances?|statements?)\s+of\s+$", re.IGNORECASE)
# Unless another state's name qualifies the rulers ("the British administration in Jerusalem", "the
# Soviet-installed government in Kabul"): the words from that name to the word for the rulers.
RULERS_OF = re.compile(r"(?:[-–][\w-]+)?\s+$")
JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
IN_PLACE = re.compile(r"\b(?:in|at|to|from|near|into|towards?|outside)\s+$", re.IGNORECASE)  # "talks in Moscow"

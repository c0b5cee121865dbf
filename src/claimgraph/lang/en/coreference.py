"""The words coreference reads in English: determiners that point back ("the war"), words that
make a mention new ("another attack"), irrealis ("would attack"), aliases ("also known as")
(`claimgraph.extract.resolve`); what makes two sources' mentions one thing ("the six-point agreement")
(`claimgraph.combine.link`)."""

import calendar
import re

from . import statehood
from . import _verbs

DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"}
DETERMINERS = DEFINITE | {"a", "an", "another", "any", "some", "no", "every"}
# "restored its ceasefire": a possessive agreement word names the possessor's own agreement of that
# kind, never one named by another kind ("The Good Friday Agreement ... restored its ceasefire").
POSSESSIVES = {"its", "their", "his", "her"}
# A word of IRREALIS and MODALS that, written with its capital inside a clause, is a month or a name, no modal: "On 2
# May a car bomb in the port of Algiers killed 62 dock workers" (`extract.wording.words_before` keeps the capital).
CAPITALISED_NOT_MODAL = frozenset({"May"})
IRREALIS = {"would", "could", "might", "may", "should", "any", "prepare", "preparing", "preparation", "preparations",
            "threat", "threatened", "possible", "potential", "avoid", "prevent", "no", "without", "if"}
# A modal of what may have been, before "have", tells a past act as possible, alleged (the modality stage marks it
# Unconfirmed), not one that did not happen: "The prisoners may have been handed over to the militia", "the pilot
# might have been killed", "the rebels could have fired the rocket" (`extract.irrealis._irrealis_marked`); unless a
# condition stands in the sentence (`COUNTERFACTUAL` before it: "if", "unless", "otherwise", a clause opened by "Had"
# or "Were"; `CONDITION_AFTER` after it), and it tells what would have followed: "Had the fleet intervened, the war
# might have widened", "The rebels could have taken the town if they had wanted".
# The act is the trigger itself, the words between "have" and it are among HEDGED_FILLERS.
HEDGED_PAST_MODALS = frozenset(_verbs.HEDGED_PAST_MODALS)
PERFECT = "have"
HEDGED_FILLERS = frozenset({"been", "a", "an", *_verbs.HEDGED_ADVERBS})
_CONDITION = r"\b(?:if|unless|otherwise)\b"
COUNTERFACTUAL = re.compile(rf"{_CONDITION}|(?:^|[,;:(\"“]\s*)(?-i:Had|Were)\s", re.IGNORECASE)
CONDITION_AFTER = re.compile(_CONDITION, re.IGNORECASE)
# A verb after a condition tells what has not happened: "threatened to bomb the city unless the fighters withdrew".
CONDITIONAL = {"if", "unless"}
ASKING = {"requested", "request", "requests", "requesting", "proposed", "proposes", "propose", "proposing", "demanded",
          "demands", "demand", "demanding", "urged", "urges", "urge", "urging", "sought", "seeks", "seek", "seeking"}
# "demanding that Washington send troops": the clause after a verb of asking tells the act asked for (`ASKING`).
SUBJUNCTIVE_THAT = "that"
CALLING = {"called", "calls", "call", "calling", "appealed", "appeals", "pressed", "pushed",
           "hoped", "hopes", "hope", "hoping", "wished", "wishes", "wish", "wishing"}  # ... for
# The nouns of asking, read only where the trigger is their object after "for", with an indefinite or no determiner
# ("repeats the demand for a ceasefire", "a plea for a truce"): what follows the phrase happened ("Despite the demand
# for a ceasefire, the rebels shelled the city"), and "his appeal for the killing" is a court's.
ASKING_NOUNS = {"demand", "demands", "request", "requests", "appeal", "appeals", "plea", "pleas"}
# Words that join clauses or items, never a modifier between "for" and the object asked for ("ignored demands for
# restraint and attacked the town": the attack happened).
ASKED_OBJECT_JOINS = {"and", "or", "nor", "but"}
# The words from an item of a list to a later item: "a ceasefire in the Iran–Iraq War, the withdrawal", "... and the exchange".
LISTED = re.compile(r"(?:\s+[\w’'–-]+){0,8}?\s*(?:,|,?\s+and|,?\s+or)\s+(?:the|a|an)(?:\s+[\w-]+){0,2}?\s+", re.IGNORECASE)
# A later item of a list that opens with what is asked for, whether or not the first item is an event
# word: "called for a full cessation of hostilities, the withdrawal of Israeli forces ... and the deployment",
# "demanded an immediate cessation of hostilities and the withdrawal of all Argentine forces" (any verb of asking);
# the first item may be definite ("called for the release of the hostages and the withdrawal of Iraqi troops"), and
# the later one joined by "as well as" or with "for" again ("called for an end to the fighting and for the withdrawal").
# A definite first item ends before a preposition of time or cause (ASKED_ITEM_ENDS) and a lower-case word in -ed: what
# follows tells what happened ("called for the resignation of the minister after the bombing of the market and the
# killing of 20 civilians", "demanded the return of the land seized during the invasion and the occupation of
# Crimea"); the group "definite" is its span, in which no other event word may stand (`extract.irrealis`). A bare
# word may be the first item too ("called for calm and the withdrawal of Iraqi troops from Kuwait").
ASKED_ITEM_ENDS = ("after", "during", "following", "since", "before", "despite", "over", "amid", "amidst",
                   "because", "until")
_DEFINITE_WORD = rf"(?!(?:{'|'.join(ASKED_ITEM_ENDS)})\b)(?!(?-i:[a-z])[\w’'-]*ed\b)[^\s.;:()]+"
ASKED_LIST = re.compile(rf"\b(?:(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+for|{'|'.join(sorted(ASKING))})\s+"
                        rf"(?:an?\s+[^.;:()]{{1,160}}?|(?P<definite>the(?:\s+{_DEFINITE_WORD}){{1,24}}?)|"
                        r"(?-i:[a-z])[\w-]*)"
                        r"(?:,|,?\s+and|,?\s+or|,?\s+as\s+well\s+as)\s+"
                        r"(?:for\s+)?(?:the|a|an)(?:\s+[\w-]+){0,2}?\s+$", re.IGNORECASE)
# An asking verb between an actor and a later item ("The UN called for a truce, ... and an offensive"): the
# asker's, not the item's actor, where the item is a clause of its own (`ITEM_VERB`).
ASKED_BETWEEN = re.compile(rf"\b(?:(?:{'|'.join(sorted(CALLING))})\s+for|{'|'.join(sorted(ASKING))})\b", re.IGNORECASE)
# The finite verb of a clause of its own after such an item, within its clause and before any relative
# pronoun: "..., and the attack on the theatre killed 300 people" (an auxiliary, or a past verb with its
# object), not an item ("the withdrawal of forces deployed in the south", "the release of detained men").
ITEM_VERB = re.compile(r"(?:\s+(?!(?:and|or|but|that|which|who|whom|whose)\b)[\w’'–-]+){0,8}?\s+(?:"
                       r"(?:was|were|is|are|has|had|have|will|would|could|did|left|hit|took|began)\b|"
                       r"\w+ed(?=\s+(?:\d|(?:at\s+least|more\s+than|dozens|hundreds|scores|several|many|the|a|an|"
                       r"his|her|its|their)\b)))", re.IGNORECASE)
# "Iran called the downing a deliberate massacre", "described it as an attack": a word for what the
# phrase before names (a characterisation), not another event; the words from the verb to that word, "act of" between
# too ("called it a premeditated act of aggression"). So is the word a copula puts on "it" ("Was it an invasion or a
# rescue?", "It was a massacre"): what "it" points back to is told already.
_CHARACTER = r"(?:a|an)(?:\s+[\w-]+){0,2}?(?:\s+act\s+of)?\s+$"
CHARACTERISED = re.compile(r"\b(?:(?:call(?:s|ed|ing)?|term(?:s|ed|ing)?|label(?:s|led|ed|ling)?|brand(?:s|ed|ing)?|"
                           r"describ(?:es|ed|ing))\s+(?:the|this|that|it|its|these|those|them)\b(?:\s+[\w’'-]+){0,4}?"
                           rf"\s+(?:as\s+)?|(?P<it>\bit\s+(?:was|is)\s+|\b(?:was|is)\s+it\s+)){_CHARACTER}", re.IGNORECASE)
# ...but not the "it" of a cleft, where "that" after the word opens what it did: "It was a rebel attack on the airport
# that started the killings", "It was a massacre that shocked the world: ..." tell the attack, the massacre ("It was an
# invasion, which lasted a decade" still looks back).
CLEFT = re.compile(r"[^,;:.?!]*?\bthat\b", re.IGNORECASE)
# A scheduled or planned act, the words right before its verb ("is due to take effect", "are expected to
# sign the", "plans to sign"): an act still to come, told as an event (modality Planned) when a time or an
# agreement it is about is named; a wish or a call ("hoped for talks", "called for a ceasefire", "is expected
# to call for talks") is none.
SCHEDULED = re.compile(rf"\b(?:{_verbs.BE_SCHEDULED}|plans?|planning)"
                       rf"\s+to\s+(?!(?:{'|'.join(sorted(CALLING | ASKING))})\b)(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
PLAN_WORDS = {"plan", "plans", "planned",  # irrealis as a plan to do something (see `_irrealis_marked`),
              "mandated", "authorised", "authorized", "empowered"}  # or a leave to do it ("mandated to carry out offensive operations")
QUANTIFIERS = {"numerous", "several", "many", "multiple", "various"}
# A verb whose object is counted as many ("attacked hundreds of villages", "shelled several towns"): many acts,
# not the one happening told before it.
MANY_STRUCK = re.compile(r"\s+(?:(?:hundreds|dozens|scores|thousands)\s+of|numerous|several|many|multiple|various)\s+\w",
                         re.IGNORECASE)
MODALS = {"would", "could", "might", "will", "may", "should"}
# ...after the noun's phrases of a preposition too, the noun their head and the modal its verb, when what follows is
# what the act would bring about: "an early withdrawal without a political settlement with the moderates would leave a
# vacuum", "A blockade of the island by the navy could cripple its economy" foresee an act to weigh its outcome
# (`extract.irrealis`). Not the act's own plan ("a summit under OAU auspices might be held before the end of the
# year", `_IMPENDING`: a planned act, read as such by the modality), nor the future of a past told ("The bombing of the
# embassy in 1998 would later be blamed on ...", "The siege of the city by the rebels would last four years", "would
# prove decisive", "would drag on": it happened); no relative word nor conjunction between, no year (an
# act dated to a year is told: "The massacre at Srebrenica in July 1995 would become ...", "The invasion of Iraq in
# 2003 may have been illegal"), no past denied its alternative ("The attack on the convoy could not have come at a worse
# time": it came), and the modal in lower case ("on 7 May").
_PHRASE_WORD = r"(?!(?:who|which|that|and|or|but)\b)(?!(?:1\d|20)\d\d\b)[\w’'.-]+"
_IMPENDING = (r"(?:be\s+\w+ed|be\s+(?:held|begun|fought|signed|sent|set\s+up|drawn\s+up)|take\s+(?:place|effect)|"
             r"begin|start|resume|go\s+ahead|come|follow|later|soon|eventually|subsequently|then|"
             r"last|continue|drag|prove|become|remain|go\s+down|turn\s+out|end|claim)\b")
_PHRASE = rf"\s+(?:{_verbs.PREPOSITION}|without)\s+(?:{_PHRASE_WORD}\s+){{0,3}}?{_PHRASE_WORD}"
MODAL_AFTER_PHRASES = re.compile(rf"(?:{_PHRASE}){{1,3}}\s+(?-i:would|could|might|may)\s+(?!{_IMPENDING})(?!not\s+have\b)",
                                 re.IGNORECASE)
# ...unless the modal's perfect hedges a past act (`_verbs.HEDGED_AFTER`: "The raid may have killed 40 civilians", "The
# massacre at the village might have been ordered by the general"): told as possible, not weighed (`extract.irrealis`),
# where no condition stands in the sentence.
HEDGED_AFTER = re.compile(rf"(?:{_PHRASE}){{0,3}}\s+{_verbs.HEDGED_AFTER}", re.IGNORECASE)
# What a question asks of an act's verb ends the sentence: phrases of place, time or agent alone after the place or
# date it names, to the sentence's mark ("Was the truce signed in Doha?", "... in London in March?", "... in Oklahoma
# City by McVeigh?"); a predicate after them asks something else of an act the noun phrase presupposes, the verb a
# participle inside it ("Is the treaty signed in Paris still valid?", "Has the ceasefire signed in Minsk in 2015 been
# broken?") (`extract.questions.presupposed`).
QUESTION_CIRCUMSTANCE = re.compile(r"(?:,?\s+(?:in|on|at|by|near|from|to|until|during|after|before|of|between|and|or|"
                                   r"the|an?|its|their|his|her|early|late|mid-\w+|last|this|that|same|day|week|month|"
                                   r"year|morning|night|evening|(?-i:[A-Z0-9])[\w’'.-]*))*\s*[?.!]", re.IGNORECASE)
# A question opened by a modal asks what might have been or may be, and tells no act in its clause: "Had the
# Americans not come, would the council have held elections?", "Could the army have stopped the massacre?", "Will
# rebels attack the capital?" (`extract.questions.modal_question`); a question of "did" or "why" may presuppose it.
QUESTION_MODALS = frozenset({"would", "could", "might", "should", "will", "may", "shall", "can"})
# ...and so does one that a word of asking opens before the modal: "Why should the army attack Bunia?", "How could
# the rebels sign such a deal?" ask, as a rhetorical or an open question, and tell no act.
QUESTION_WORDS = frozenset({"why", "how", "when", "where", "what", "who", "whom", "which"})
QUESTION_CLAUSE = re.compile(r"[,;:]\s*")  # where the clause a question's modal opens may begin
QUESTION_OPENING_MARKS = "\"“‘'("  # quotes or a bracket before the modal: "“Would the council ...?"
QUESTION_WORD_MARKS = "?!.,;:\"“”‘’'()"  # marks around a word of the question: "forget the bombing?"
# ...but what it asks could have been stopped, or could be remembered, forgiven or explained, happened: "Could the army
# have stopped the massacre?", "Could the massacre have been prevented?", "Can anyone forget the bombing of the
# town?" (a verb of these anywhere in the question's clause).
QUESTION_PREVENTED = frozenset({"stopped", "prevented", "averted", "avoided", "halted", "ended", "stop", "prevent",
                                "avert", "avoid", "halt", "end", "forget", "forgotten", "remember", "remembered",
                                "forgive", "forgiven", "justify", "justified", "excuse", "excused", "explain",
                                "explained", "condemn", "condemned", "ignore", "ignored"})
# A happening said to be likely names none that has happened: "warned that another attack was likely".
HEDGED = re.compile(r"\s+(?:is|are|was|were|remains?|remained|seems?|seemed)\s+(?:(?:very|highly|more|most|still|now)\s+)?"
                    r"(?:likely|possible|probable|imminent|expected)\b", re.IGNORECASE)
IMPLICATIVE = {"forced", "obliged", "compelled", "managed", "made", "had"}
BASE_VERBS = {"sign", "attack", "flee", "retreat", "deploy", "withdraw", "arrest", "occupy", "mobilize",
              "mobilise", "fight", "invade", "blockade", "halt", "open fire", "return fire"}
# Past participles that do not end in -ed, the verb a question asks of after an act's noun as much as "signed" ("Were
# the talks held in Geneva?", "Was the election won in Ohio?": whether there; `extract.questions._asked_of_verb`).
PAST_PARTICIPLES = frozenset({"held", "won", "lost", "made", "fought", "begun", "taken", "given", "kept", "met", "led",
                              "brought", "seen", "struck", "hit", "set", "put", "shot", "sent", "done", "broken",
                              "drawn", "thrown", "driven", "flown", "withdrawn", "overthrown", "beaten", "built",
                              "caught", "chosen", "laid", "left", "paid", "sold", "spent", "told", "written", "bought"})
# A lower-case plural noun just before a base form makes it a present verb ("units attack", "rebels withdraw"); not
# a name ("the Hamas attack"), a noun in -ss, -us or -is ("the press attack", "a bus attack", "this attack"), nor a
# word in -s that is no plural noun ("its attack", "has attack", "a gas attack"). So does a plural pronoun ("MiGs
# overhead, they open fire": a podcast's or a witness's present).
PLURAL_SUBJECT = re.compile(rf"(?:\b{_verbs.NOT_PLURAL_AHEAD}(?-i:[a-z])[\w-]*{_verbs.PLURAL_END}|\b(?-i:they|we))\s+$")
COPULAS = {"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "became", "become", "as"}
# Classes whose dated happenings are told apart by who did them too (`minting.minted`): "On 3 May Ortega telephoned
# Arias. On 3 May Bush telephoned Kohl." are two calls on one day, not one meeting.
BY_SUBJECT_WHEN_DATED = frozenset({"Meeting"})
ANOTHER_TIME = {"later", "earlier", "afterwards", "subsequently", "previously", "then"}
NEW = {"new", "another", "renewed", "fresh", "further", "second", "subsequent"}
# A war set before or after another by an adjective of time ("the later war in Tigray", "the previous war", "an
# earlier war") is another war than the one the text tells of, never named again by it.
OTHER_WAR = {"later", "earlier", "previous", "prior", "former", "preceding", "subsequent"}
# An act its words say opened its war: "launched a surprise attack", "an opening offensive", "the war began with an
# attack", "opened the war with a strike" (text from the war's name to the act word). Its day and doer are the war's.
OPENING_ACT = re.compile(r"\b(?:surprise|opening)\s+(?:[\w-]+\s+)?$|\b(?:began|started|opened)\s+(?:[^,.;:]*\s)?with\s+"
                         r"(?:[\w'’-]+\s+){0,4}$|\bopened\s+the\s+war\b", re.IGNORECASE)
# A retaking undoes a capture: never the capture told before it ("captured Bunagana ... retook Rutshuru").
RETAKING = {"retook", "retaken", "retake", "retakes", "retaking", "recaptured", "recapture", "recaptures", "recapturing"}
# The happening an act answers is another, earlier one: "India launched the raid in response to a suicide
# bombing" (the raid is India's, the bombing not); what is named after the cue is the answered act's.
_ANSWERING = r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|to)|in\s+revenge\s+for|to\s+avenge)\s"
ANSWERING = re.compile(_ANSWERING, re.IGNORECASE)
ANSWERED = re.compile(rf"{_ANSWERING}\s*(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
# The happening a comparison counts from: "its largest military operation since the invasion of East
# Timor in 1975" is an earlier happening, not the one compared (nor the story's conflict); "the worst
# fighting since the war began" counts from the start of the war told (a clause, `SINCE_BEGAN`).
COMPARED_SINCE = re.compile(r"\b(?:first|only|last|largest|biggest|heaviest|worst|deadliest|bloodiest)\b[^,.;:]{0,60}"
                            r"\bsince\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SINCE_BEGAN = re.compile(rf"\s+(?:{_verbs.BEGAN}|ended)\b", re.IGNORECASE)
VERB_TOLD_AGREEMENT = "agreement"  # the label's noun of an agreement told by its verb ("met in Oslo and agreed to ...")
NOUNS = {"MartialLaw": "martial law", "Mobilisation": "mobilisation", "Clash": "clashes",
         "EntryIntoForce": "entry into force", "WithdrawalFromAgreement": "withdrawal from agreement"}
AGENT = re.compile(r"\s+(?:(?:was|were|is|are|has been|had been)\s+)?(?:[\w-]+ed\s+)?by\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# ... but the agent of a verb of resisting right after the act stopped it and did not begin it: "an invasion repelled
# by Kenyan soldiers", "the attack was halted by Chadian forces", "has been repelled by" (a side of it, no initiator;
# the auxiliaries are AGENT's).
RESISTED_BY = re.compile(r"\s+(?:(?:was|were|is|are|has been|had been)\s+)?"
                         r"(?:repelled|repulsed|halted|stopped|blocked|foiled|thwarted|resisted|defeated)\s+by\b",
                         re.IGNORECASE)
# A trigger's own "by" at its end ("occupied by Soviet Russia"): the agent is read after the word before it.
OWN_BY = " by"
# Between two agents of one list after "by" ("signed by Indonesia and Portugal in New York"): the second is an agent
# too, a party, no place of the act.
AGENT_LISTED = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)
INDEFINITE = {"a", "an"}
ARTICLE_THE = {"the"}  # "calls for the withdrawal of both sides' forces": a happening asked for
# A verb of saying a few words before "that" makes it a conjunction, no determiner ("said in turn that Armenian
# shelling had killed civilians").
SAYING_BEFORE_THAT = {"said", "says", "say", "told", "announced", "reported", "added", "stated", "claimed",
                      "confirmed", "denied", "insisted", "warned", "argued", "alleged", "acknowledged"}
# A counter-act answers an act: "helped plan the counter-offensive" names no offensive told before (`extract.heads`).
COUNTER_ACT = ("counter",)
DEMONSTRATIVES = {"this", "that", "these", "those"}  # point back to a whole ("This large-scale assault")
# A year before an agreement word, in its noun phrase ("the 1960 treaty", "the 2002 ceasefire agreement"): it says
# which agreement, one of that year, not the agreement of another kind told before.
YEAR_NAMED_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+\d{4}\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# A participle of concluding right after a truce's word, whose phrase gives a date ("the truce agreed between their
# forces on 14 October 1946", "the ceasefire signed in Accra on 17 June"): the dated phrase says which truce, one of
# its own kind, as a year before it does; not the agreement of another kind told before (a treaty's own title, which
# recalls the truce that came before it). Only of a truce (CONCLUDED_OWN_KINDS): a broader word, "the trilateral
# statement signed ... on 10 November 2020", may set down the ceasefire a headline told before.
CONCLUDED_AFTER = re.compile(r"\s+(?:agreed|signed|concluded|reached|arranged|brokered|initialled)\b")
CONCLUDED_OWN_KINDS = frozenset({"Ceasefire", "Armistice"})
# A relative clause that sets it after what its sentence or the one before tells ("fighting that killed 50 people, and
# the ceasefire that followed left the border undefined", "placed Aceh under martial law. The offensive that follows is
# the largest", "the fighting which ensued"): the one that came after, not any told before, of any kind. Only with no
# object: "the ceasefire that followed the Geneva talks", "the ceasefire that ended the fighting" may be the one told.
FOLLOWED_AFTER = re.compile(r"\s+(?:that|which)\s+(?:follows|followed|ensues|ensued)\b"
                            r"(?!\s+(?:the|a|an|its|their|his|her|this|these|those|[A-Z][\w-]*)\b)")
ADVERB_ENDINGS = ("ly",)  # "Primarily a conflict": an adverb before the article keeps the phrase predicative
INFINITIVES = {"to"}  # "to broker a ceasefire", "forced to flee"
# The preposition of a verb after "to" before what is to be done: "to commit to a ceasefire", "to agree on a truce".
INFINITIVE_PREPOSITIONS = frozenset({"to", "on", "upon"})
# A verb of asking that governs the infinitive after its object (one to five words), whose verb's preposition and "a" /
# "an" come before the trigger (a few adjectives between): "called on both parties to commit to a ceasefire", "pressed
# the two factions to agree on an immediate". Not a noun of asking, nor one that governs no infinitive ("Despite calls
# from the UN, the two sides went on to agree to a ceasefire": concluded).
ASKED_TO_INFINITIVE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|"
    r"request(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|encourag(?:e|es|ed|ing))"
    r"(?:\s+[\w'’-]+){1,5}?\s+to\s+[\w-]+\s+(?:to|on|upon)\s+an?(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
# A verb that begins a happening, after "to" and a word of right, threat or promise: "reserved the right to
# resume fighting", "threatened to launch attacks" tell none yet; a purpose ("returned to Havana to begin talks") does.
INCEPTIVE = {"resume", "launch", "start", "begin", "wage", "renew"}
INCEPTIVE_GOVERNORS = {"right", "threat", "threatened", "threatens", "threatening", "vowed", "vows", "pledged",
                       "promised", "warned", "option", "readiness", "ready", "prepared"}
CALLING_FOR = {"for"}  # "called for a rapid peace agreement"
PLAN_PARTICIPLES = {"planned"}  # "the planned offensive": a plan word that is irrealis on its own
# What specifies a noun phrase after it: "the attack of the Armenian army".
POSTMODIFIER = re.compile(r"\s+(?:of|on|by|against|in|at)\b")
# Words that end the noun phrase a determiner is looked for in; a finite verb of saying too ("the mission said
# shelling had been reported": the article is the speaker's, the shelling is told bare).
PHRASE_ENDS = {"in", "on", "at", "to", "for", "with", "from", "by", "after", "before", "during", "and", "was",
               "were", "is", "are", "had", "has", "have", "said", "says", "say", "told"}
# A verb of aspect makes the event word after it a verb's gerund: "Saudi Arabia and its allies began bombing the
# Houthis", "the Houthis kept shelling Aden". It tells a happening of its own subject, as a verb does ("its", "the"
# are the subject's), and is no happening named before nor the conflict the story is about.
ASPECT_VERBS = {"begin", "begins", "began", "begun", "start", "starts", "started", "continue", "continues", "continued",
                "resume", "resumes", "resumed", "keep", "keeps", "kept", "stop", "stops", "stopped"}
TARGETED = re.compile(r"\s+(?:against|targeting)\b")  # "the attack against members of the army": a new attack
# The tail of a state's long name ("Democratic Republic of Congo" -> "Congo"): a later "Congo" of
# the same source is that state, not another the tail alone names (the Republic of the Congo).
LONG_NAME_TAIL = re.compile(r"\bof\s+(?:the\s+)?(?P<tail>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$")
# A pronoun that is the subject of its sentence and names what the sentences before named last
# (`claimgraph.extract.pronouns`): "It was concluded between ..." (an agreement), "He said ..." (a person).
IT_AGREEMENT = re.compile(r"\s*(?P<pronoun>[Ii]t)\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:signed|concluded|reached|"
                          r"agreed|negotiated|brokered|mediated|initial(?:l)?ed|adopted|violated)\b(?!\s+that\b)")  # not "It was agreed that"
# "It preserved the integrity of Bosnia": "It" is the agreement the sentence before named, when what
# it did is what an agreement does to a state (`claimgraph.lang.en.statehood`).
IT_EFFECT = re.compile(r"\s*(?P<pronoun>[Ii]t)\s+(?:(?:has|had|also|thus|effectively)\s+)*(?:"
                       + "|".join(statehood.EFFECTS.values()) + r")\b", re.IGNORECASE)
# "..., accusing them of abuses and looting": the object pronoun of a verb of accusing is who the
# sentence named last before the verb (`claimgraph.extract.pronouns`), the accused of the act after it.
ACCUSED_PRONOUN = re.compile(rf"\b(?:{_verbs.ACCUSE}\s+(?P<pronoun>them|him|her)\s+of|"
                             rf"{_verbs.BLAME}\s+(?P<blamed>them|him|her)\s+for)\b", re.IGNORECASE)
# "the residents, accusing them", "Ukraine later accused them", "Kyiv, which has repeatedly accused them",
# "Moscow on Monday accused them": the verb's own subject (adverbs, auxiliaries, a day, a relative
# pronoun between), not the accused; "troops were in the region, accusing them" names the accused.
SUBJECT_GAP = re.compile(r"[\s,]*(?:(?:\w+ly|later|also|then|again|already|once|twice|even|further|now|today|"
                         r"yesterday|which|who|(?:on|last|this)\s+[A-Z]\w*day|(?:has|have|had|was|were|is|are|will|"
                         r"would|did|does|do)(?:\s+not|n['’]t)?)[\s,]+)*")
# "It began on 12 July 2006 and ended when ...": "It" is the war the sentence before named, when a date,
# a length or a "when" / "with" clause follows the verb (not "It began raining on 4 May").
_MONTH = "|".join(calendar.month_name[1:])
IT_COURSE = re.compile(rf"\s*(?P<pronoun>[Ii]t)\s+(?:{_verbs.BEGAN}|ended|lasted|came to an end)\s+"
                       r"(?:(?:on|in)\s+(?:the\s+(?:[a-z]+\s+of\s+)?)?(?:\d|(?:early|late|mid|spring|summer|autumn|"
                       rf"fall|winter|{_MONTH})\b)|(?:for\s+)?\d|(?:when|with|until|after)\b)")
# A subordinator opens a clause of its own: a place after it is its event's, not the one before it
# ("The war began in 2014, when the Houthis seized the capital, Sanaa": no war in Sanaa).
OTHER_CLAUSE = re.compile(r"\b(?:when|while|whereas|until)\b", re.IGNORECASE)
# A mass noun of armed conflict names the conflict as a whole even after "the": "more than 10,000
# people have been killed in the fighting" is the war the story is about, not its last attack.
MASS_CONFLICT = {"fighting", "hostilities", "violence"}
# A noun of bombardment goes on from day to day: bare ("under daily Russian shelling", "shelling had been
# reported overnight") it names no one-sided act told before (a counteroffensive, an airliner shot down).
BOMBARDMENT = {"shelling", "bombardment", "bombing", "bombings", "shellfire"}
# "It was fought by the Iraqi Security Forces, ...": "It" is the war or battle the sentence before named;
# its sides follow (a battle too, which "It began" does not name: `COURSE_CLASSES`).
IT_FOUGHT = re.compile(r"\s*(?P<pronoun>[Ii]t)\s+was\s+(?:mainly\s+|largely\s+)?fought\s+(?:by|between|among)\b")
FOUGHT_CLASSES = {"War", "Battle"}
COURSE_CLASSES = {"War"}  # what such an "It" may name: a war, not an attack, a clash or a battle
# "..., though its attacks on Dire Dawa and Harar failed": a possessive pronoun before an act's noun (a word or two
# may qualify it: "its final offensive") is the actor its sentence named last before it, whose act it is (`pronouns`).
# Only qualifiers of an act stand between: "its aircraft had struck" is no possessive of the act.
# "its" is a state's or a body's, never plural forces' ("Ukraine's army pushed Russian troops back ..., and its
# counteroffensive": not the troops'); a name ending in one of these words is plural (`pronouns._possessors`).
PLURAL_FORCES = re.compile(r"\b(?:troops|forces|rebels|soldiers|fighters|militants|militias|units|separatists|insurgents|"
                           r"guerrillas|paramilitaries)$", re.IGNORECASE)
SINGULAR_POSSESSIVE = "its"
POSSESSIVE_BEFORE_ACT = re.compile(r"\b(?P<pronoun>its|their)\s+(?:(?:final|first|second|third|last|latest|new|renewed|"
                                   r"main|major|military|ground|air|naval|subsequent|initial|eventual|brief|planned|"
                                   r"full|partial|large-scale|failed|surprise|own|repeated|continued)\s+){0,2}$",
                                   re.IGNORECASE)
# "the two countries", "both governments", "an earlier war between the neighbours": the two states the source named last
# as a pair ("Ecuador and Peru signed ..."), each an actor or party where a name of it would be (`pairs.told`: the first
# words name the first state, the noun the second). Only words for states: "both sides" and "the two parties" may be the
# sides of a war the pair only brokered or backed.
PAIR_OF_STATES = re.compile(r"\b(?P<first>the\s+two|both|(?<=between\s)the(?=\s+neighbou?rs))\s+"
                            r"(?P<noun>countries|states|nations|governments|delegations|neighbou?rs)\b", re.IGNORECASE)
# "The two countries at war, Ecuador and Peru, signed": a list after a comma, a few words on from the pair phrase, is its
# apposition: the phrase names those two, not a pair told before.
PAIR_APPOSITION = re.compile(r"(?:\s+[\w-]+){0,3}\s*,\s+(?:the\s+)?", re.IGNORECASE)
# "the two delegations" are the sides of talks: the pair only while no third state was named since it (the hosts of the
# talks may be the pair: "Norway and Cuba hosted the talks between the Colombian government and the FARC").
PAIR_AT_TALKS = {"delegations"}
# "talks between the Colombian government and the FARC": two sides that are not both states name a new pair (none of
# states) only joined by "and".
PAIR_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
# "the government and the contras signed a ceasefire", "talks with the government opened": a bare "the government" (no
# adjective between, no "of X" / "in X" / "'s" after but a ruler's title, "the government of President Bozize", no
# capitalised word: "the Government House", no "of national unity" / "in exile": a body of its own, whoever writes it)
# is the government of the state the source names most (`extract.governments`); the word after it, when lower case, is
# read against GOVERNMENT_NOUNS: "the government delegation" names a body of its own.
THE_GOVERNMENT = re.compile(r"\b(?P<phrase>[Tt]he\s+[Gg]overnment)\b(?!-|\s*[’']s?\b|\s+(?:of\s+national|in\s+exile)\b"
                            r"|\s+(?:of|in|at|from)\s+(?:the\s+)?"
                            r"(?!(?:President|Prime|King|Queen|General|Premier|Chancellor|Emperor|Sultan|Colonel)\b)"
                            r"[A-Z]|\s+[A-Z])(?:\s+(?P<next>[a-z]+)\b)?")
# "In Argentina, the government declared", "and in Greece the government welcomed": a clause that opens with "in" and
# a state tells of that state's government, not of the one the source names most (`extract.governments`). The words
# before the state's name (from the sentence's start) end with IN_STATE_OPENING; those between it and "the government"
# are IN_STATE_GAP. Not "At talks in Chad, the government and JEM signed" (where the talks were, not whose government).
IN_STATE_OPENING = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)[Ii]n\s+(?:the\s+)?$")
IN_STATE_GAP = re.compile(r"\s*,?\s*")
GOVERNMENT_NOUNS = frozenset({
    "delegation", "delegations", "side", "sides", "team", "negotiators", "negotiating", "forces", "force", "troops",
    "soldiers", "army", "militia", "militias", "units", "positions", "lines", "line", "camp", "camps", "office",
    "offices", "building", "buildings", "house", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "minister", "ministers", "ministry", "agency", "agencies", "statement", "report", "reports", "figure", "figures",
    "account", "accounts", "media", "radio", "television", "newspaper", "press", "sources", "source", "critics",
    "supporters", "employees", "workers", "budget", "bonds", "bond", "debt", "spending", "school", "schools",
    "hospital", "hospitals", "contract", "contracts", "funds", "funding", "grant", "grants", "plan", "plans", "policy",
    "policies", "programme", "program", "bill", "jobs", "job", "ships", "aircraft", "planes", "ranks", "bloc",
    "coalition", "party", "candidate", "headquarters", "quarter", "district", "compound", "palace", "residence",
    "security", "intelligence", "censors", "prosecutor", "prosecutors", "lawyers", "lawyer", "counsel"})
# "Fighters attacked Bangui ... killed 40 civilians in the city": a bare definite noun for a kind of place, after a
# preposition of place, names the place of that kind the source named last (`extract.places_again`), where a name of
# it would be; not "the city of X" (its name follows), a capitalised "the Republic" (a name of its own), nor the noun
# elsewhere ("the fall of the town", "to spare the region a war": whose town or region the sentence may not tell).
PLACE_AGAIN = re.compile(r"\b(?i:in|at|near|around|across|from|into|inside|outside|throughout|within|towards?)\s+"
                         r"(?P<phrase>the\s+(?P<noun>city|town|village|island|region|republic|province|area))\b"
                         r"(?!\s+of\b|-)")
PLACE_NOUNS = {"city": {"Settlement"}, "town": {"Settlement"}, "village": {"Settlement"}, "island": {"Region"},
               "region": {"Region"}, "republic": {"Region"}, "province": {"Region"},
               "area": {"Place", "Region", "Settlement", "District"}}
PERSON_PRONOUN = re.compile(r"(?:He|She)(?=\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)?\b)")
# The words right before a verb that tell its act as one still to come (`wording.to_come`): "the hostages will be
# executed", "the troops are to withdraw", "shall not be attacked". Such an act is not one the text tells as done:
# "or we will be executed" ... "killed the hijackers" are two happenings. Not "would" ("the war would last until
# 1975" tells what came) nor "was to" ("he was to be killed in 1980").
TO_COME_BEFORE = re.compile(rf"\b(?:{_verbs.WILL}|(?:is|are|am)\s+(?:going\s+)?to)"
                            r"(?:\s+(?:not|never|be|have|been|\w+ly))*$")
# "accused the army of bombing residential districts": the act someone is accused of is one of its own,
# not the conflict the story is about (its words, after "of", are an accusation's).
ACCUSING = {*_verbs.ACCUSE_FORMS, *_verbs.BLAME_FORMS}
ACCUSED_OF = {"of", "for"}
# A trigger anywhere in what "accused X of" / "blamed X for" says, to the clause's end: what is alleged
# ("accused the coalition of killing 40 children in an air strike on a school bus"), never the story's frame.
IN_ACCUSATION = re.compile(rf"\b(?:{_verbs.ACCUSE}|{_verbs.BLAME})\b[^.;:!?]{{0,60}}?\b(?:of|for)\b[^.;:!?]*$", re.IGNORECASE)
# The acts a label tells struck a place ("attack on Ganja"); other happenings are "in" it ("clashes in Khartoum").
STRUCK_AT = {"Attack", "Offensive", "Siege", "Blockade"}


# -- One thing told by several sources (`claimgraph.combine.link`) --
# "the six-point ceasefire agreement", "a 12-point peace plan": the points an agreement's words count,
# read in the words just before its trigger word (at most two words between).
NUMBERED = re.compile(r"\b(?P<points>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ]points?\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)  # not "at one point", "a turning point"
# The word every NUMBERED match holds, with its flags: linking searches NUMBERED only before the words
# of a text that follow one closely (most texts count no points, and hold none).
NUMBERED_WORD = re.compile(r"point", re.IGNORECASE)
# The id of an air force or navy named after a demonym, at most one word between ("syrian-arab-air-force").
SERVICE_ARM = re.compile(r"(?P<demonym>[a-z]+)-(?:[a-z]+-)?(?:air-forces?|navy|naval-forces)$")

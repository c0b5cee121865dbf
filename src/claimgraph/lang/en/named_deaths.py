"""The words of a named person's death in English (`claimgraph.recognise.named_deaths`).

"Sergeant Talaiasi Labalaba, a Fijian, died at the gun pit", "Colonel Piroth killed himself on the night of 15 March",
"within weeks Manuel Marulanda had died as well", "Raúl Reyes, the number two of the FARC, was dead": a verb of dying
(NAMED_DYING; "dead" only after a word of DEAD_AFTER) whose subject is a name written with capitals, just before it
past auxiliaries and adverbs (DEATH_GAP, a word in -ly) or past an aside between commas, tells a death, a happening
of its own in a telling of war. Not where an event word of its clause tells what killed them ("Dr Carlson died in
the attack": the attack's dead; after CLAUSE_JOIN a clause is another: "..., and Sergeant Diallo was dead"), nor a
death of sickness, age or mishap (`deaths.NO_HAPPENING`, NATURAL_CAUSES: "Franco died of heart failure"), nor a
name the gazetteer knows as a state, a force or a place ("Yugoslavia died in 1991"), nor one after "the" ("The
Herald died in 1995": a paper, a firm), nor a count opening the sentence
(NOT_NAMES, `deaths.COUNT_WORDS`: "Hundreds died in the streets", the toll `deaths` reads by its noun), nor a lone
word opening the sentence before "died" or "dead" ("Democracy died in 1973", "Soldiers died at the front": its capital
is the sentence's; "Piroth killed himself" tells a person by the verb).
"""

import re

from . import _pronouns

NAMED_DYING = re.compile(r"\b(?:died|dead|killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life)\b",
                         re.IGNORECASE)
# The verb forms among them that deaths.VERB_FORMS lacks: each a new happening (`triggers.VERBS`).
VERB_FORMS = frozenset({"killed himself", "killed herself", "took his own life", "took her own life"})
DEAD_AFTER = frozenset({"was", "is"})
DEATH_GAP = frozenset({"is", "was", "has", "had", "been", "later", "also", "then", "soon", "subsequently", "eventually"})
NATURAL_CAUSES = frozenset({"cancer", "heart", "age", "causes", "stroke", "pneumonia", "leukaemia", "leukemia",
                            "tuberculosis", "aids", "sleep", "bed", "hospital"})
# A death told by its time alone, the verb's clause ending after it ("Pope Pius XII died in 1958.", "Stalin died on 5
# March 1953, and ..."): a life's end as a biography dates it, no killing the text tells (`named_deaths._dated_only`):
# the words after the verb are one of DATED_BY, then only numbers and month names (`dates.MONTHS`) or DATED_FILLERS.
DATED_BY = frozenset({"in", "on"})
DATED_FILLERS = frozenset({"of", "early", "late", "mid", "the"})
CLAUSE_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)
# A capitalised word opening its sentence that counts the dead or stands for them, no name: "Hundreds died in the
# streets", "Many died", "He died in 1975" (a pronoun's person is no name the text gives here).
NOT_NAMES = frozenset({"many", "several", "some", "others", "both", "all", "few", "most", "none", "scores", "it",
                       "nobody", "everyone", "one"}) | _pronouns.PERSONAL

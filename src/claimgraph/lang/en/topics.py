"""The words of an agreement that is only the topic of talks (`claimgraph.recognise.topics`): "agreed to hold talks on
a ceasefire", "negotiations with the rebels over a new treaty"."""

import re

from .clauses import CONCLUDED

# The nouns of talks (`clauses.TALKS`), and the prepositions that open their topic; between them at most
# TALKS_REACH words with no mark, phrases opened by a preposition of TALKS_LINKS ("talks in Cairo on a truce",
# "negotiations with Hamas over a ceasefire"), not a clause ("During the talks the mediators praised Egypt for a
# ceasefire": what Egypt was praised for).
TOPIC_OPENERS = frozenset({"on", "about", "over", "for", "towards", "toward"})
TALKS_REACH = 4
TALKS_LINKS = frozenset({"in", "at", "with", "between", "among", "from", "of"})
# "talks aimed at a ceasefire": the participle and its preposition open the topic too.
AIMED = frozenset({"aimed", "aiming"})
AIMED_AT = "at"
# What may stand between the preposition and the agreement word: an indefinite article and at most TOPIC_QUALIFIERS
# lower-case words ("talks on a lasting peace agreement", "talks on a possible ceasefire"). A definite article
# names one the text told ("talks on the ceasefire signed in May": that ceasefire), so it ends the topic.
INDEFINITE = frozenset({"a", "an"})
TOPIC_QUALIFIERS = 2
TOPIC_STOPS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "these", "those"})
# A list of topics carries the preposition to each ("talks on a ceasefire, a prisoner exchange and a peace treaty"):
# its joins, and the words of its items the topic walks back over (LIST_REACH at most).
LIST_JOINS = frozenset({",", "and", "or"})
LIST_REACH = 8
# "talks" right before "about" or "of" after an agreement word is a verb ("The 1994 agreement talks about the
# withdrawal"), no noun the agreement qualifies ("ceasefire talks").
TALKS_VERB = "talks"
TALKS_VERB_NEXT = frozenset({"about", "of"})
# A topic the rest of its sentence tells concluded is an agreement: a verb of concluding with a pronoun of it as its
# object, or "succeeded" ("held talks on a ceasefire ... and signed one there", "Negotiations for a ceasefire succeeded
# on 4 May, when Armenia and Azerbaijan signed it"); not another agreement signed ("talks on a ceasefire and a peace
# treaty, and a peace treaty was signed").
TOPIC_CONCLUDED = re.compile(rf"(?:{CONCLUDED.pattern})\s+(?:one|it)\b|\bsucceed(?:s|ed)\b", re.IGNORECASE)

"""The words of an agreement that is only the topic of talks (`claimgraph.recognise.topics`): "agreed to hold talks on
a ceasefire", "negotiations with the rebels over a new treaty"."""

# The nouns of talks, and the prepositions that open their topic; between them at most TALKS_REACH words with no mark
# ("talks in Cairo on a truce", "negotiations with Hamas over a ceasefire").
TALKS = frozenset({"talks", "negotiations", "discussions", "consultations", "dialogue"})
TOPIC_OPENERS = frozenset({"on", "about", "over", "for", "towards", "toward"})
TALKS_REACH = 4
# What may stand between the preposition and the agreement word: an indefinite article and at most TOPIC_QUALIFIERS
# lower-case words ("talks on a lasting peace agreement", "talks on a possible ceasefire"). A definite article
# names one the text told ("talks on the ceasefire signed in May": that ceasefire), so it ends the topic.
INDEFINITE = frozenset({"a", "an"})
TOPIC_QUALIFIERS = 2
TOPIC_STOPS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "these", "those"})

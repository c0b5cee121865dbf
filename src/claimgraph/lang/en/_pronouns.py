"""The personal pronouns of English, shared by the cues that read a subject or an actor as no name: a pronoun's
person is no name the text gives there ("He fell at Verdun", "He died in 1975", "Dr Ferreira, they bombed the
hospital", "a statement it later withdrew"). "it" is left to each cue: it may stand for a place or a thing.
"""

PERSONAL = frozenset({"i", "you", "he", "she", "we", "they"})

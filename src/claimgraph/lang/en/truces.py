"""truces: cue words (en) of a ceasefire that is a happening, told neither as declared nor as taking effect
(`claimgraph.recognise.truces`; the words of declaring and of taking effect are the trigger stage's, in `triggers`)."""

from __future__ import annotations

# One side's ceasefire is no accord between sides, whoever tells it and by whatever verb ("Beijing announced a
# unilateral ceasefire from midnight", "its unilateral truce"): a qualifier of ONE_SIDED among the words after the
# nearest determiner or mark before the ceasefire word, at most HALT_QUALIFIER_REACH (`triggers`) of them.
ONE_SIDED = frozenset({"unilateral"})
# ...and so is a truce one side offers, told by the participle and "by" right after the word (OFFERED_BY: "A
# twenty-day truce offered by Paraguay expired in January 1934", "a truce granted by the king"): its halt, no accord.
OFFERED = frozenset({"offered", "granted"})
OFFERED_BY = "by"
# ...but only while no answer to the offer stands in its sentence (OFFER_ANSWERED: "The truce offered by Hamas was
# rejected by Israel", "The government accepted a ceasefire offered by the rebels"): one taken up (OFFER_ACCEPTED) is
# the accord the other rules read; one turned down (OFFER_REFUSED: the verb right before its noun phrase, "rejected
# the ceasefire offered by", or past the side after "by" and an auxiliary, "offered by Hamas was rejected"), and taken
# up by no word of its sentence (OFFER_ACCEPTED, or OFFER_SIGNED_IT: "rejected the truce offered by the army but
# signed it later"; not another accord signed, "refused the ceasefire offered by the rebels, signed a new accord"), is
# neither halt nor accord (`recognise.truces.refused`). The side after "by" ends at an auxiliary (OFFERER_END: "the
# union| was rejected").
OFFER_REFUSED = frozenset({"rejected", "refused", "declined", "spurned"})
OFFER_ACCEPTED = frozenset({"accepted", "agreed", "welcomed"})
OFFER_ANSWERED = OFFER_REFUSED | OFFER_ACCEPTED
OFFER_SIGNED_IT = ("signed", "it")
OFFERER_END = frozenset({"was", "were", "is", "are", "had", "has", "have", "been"})
# A ceasefire whose relative clause tells its declaring ("a ceasefire that Beijing declared on its own terms"): a
# pronoun of RELATIVE right after the word, a subject of at most RELATIVE_SUBJECT_REACH words, a verb of declaring.
RELATIVE = frozenset({"that", "which"})
RELATIVE_SUBJECT_REACH = 4
# Words of that clause that make it no one side's declaring: two sides or an auxiliary for its subject ("the truce that
# both armies declared", "the ceasefire that was declared"), or after the verb what the declarer made of the ceasefire
# or its end ("the ceasefire that Moscow declared illegal", "the truce that the rebels declared ended").
RELATIVE_NOT_SUBJECT = frozenset({"and", "both", "was", "were", "is", "are", "been", "had", "has", "have"})
DECLARED_AS = frozenset({"illegal", "unlawful", "broken", "violated", "ended"})
# A ceasefire an agreement or a resolution provides for is a term of it, the halt to come, no accord of its own ("It
# provides for an immediate ceasefire, the withdrawal of the army ...", "It provided for a ceasefire, for Bozizé to
# remain in office"): a verb of PROVIDING right before "for" (PROVIDING_FOR), then only a determiner and qualifiers
# before the word.
PROVIDING = frozenset({"provides", "provided", "provide", "providing"})
PROVIDING_FOR = "for"

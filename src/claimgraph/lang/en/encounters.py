"""The words of people or armed men meeting someone or something (`claimgraph.recognise.encounters`).

"met" with a person as its object is a meeting ("General Shelton met General Cedras last night", "Vorontsov meets
mujahideen leader Rabbani in Taif"): a holder's title (MET_TITLES) within MET_TITLE_REACH words after it, past a
determiner and qualifiers, or a name written with a capital right after it that ends its phrase (a mark, the text's
end, a word of MET_NAME_ENDS, a time word). The lexicon reads "met with", "met in", "met at" (`triggers.LEXICON`);
"met the deadline", "met Western demands", "met his wife", "The plan was met with criticism" meet no one.
Armed men who "met resistance" fought it (MET_RESISTANCE, after at most one qualifier, not one of MET_NONE): "the
column met fierce resistance at the bridge"; "The bill met resistance in parliament" has no armed subject.
"""

import re

MET = re.compile(r"\b(?:met|meets|meet)\b", re.IGNORECASE)
MEETING_CLASS = "Meeting"
CLASH_CLASS = "Clash"
MET_TITLES = frozenset({"president", "presidents", "general", "generals", "prime", "premier", "minister", "ministers",
                        "leader", "leaders", "envoy", "envoys", "king", "queen", "emir", "sultan", "shah", "chancellor",
                        "secretary", "ambassador", "ambassadors", "commander", "commanders", "delegation",
                        "delegations", "delegates", "representatives", "counterpart", "counterparts", "mediator",
                        "mediators", "chairman", "colonel", "marshal", "admiral", "pope", "crown", "chief", "chiefs",
                        "negotiators", "mujahideen"})
MET_TITLE_REACH = 4
MET_WITH = "with"  # "met with resistance": the word the resistance met may follow
# Words that end the object before a title is found: "met the demands of the president" meets demands.
MET_OBJECT_STOPS = frozenset({"of", "with", "to", "by", "from", "for", "in", "at", "on", "and", "or", "but", "that"})
MET_NAME_ENDS = frozenset({"in", "at", "on", "for", "near", "and", "last", "yesterday", "today", "twice", "again",
                           "privately", "secretly", "briefly", "late", "early", "shortly", "before", "after", "during",
                           "outside", "inside", "aboard", "to"})
MET_RESISTANCE = frozenset({"resistance", "fire", "counterattacks", "counter-attacks", "opposition"})
MET_NONE = frozenset({"no", "little", "without"})
# The resistance met ends its phrase: a mark, the text's end, a time word, a word of MET_OBJECT_STOPS, MET_NAME_ENDS or
# MET_RESISTANCE_ENDS after it; not a noun it qualifies ("met Resistance leaders", "met opposition leaders").
MET_RESISTANCE_ENDS = frozenset({"as", "when", "while", "there", "around", "along", "throughout", "everywhere",
                                 "until", "from"})
# A title before a possessive owns what is met ("met the king's speech with silence"): MET_OWNED after it.
MET_OWNED = frozenset({"'s", "\u2019s"})
# A call between holders is a meeting at a distance ("President Uribe telephoned President Correa", "Secretary
# Christopher spoke with President Aristide yesterday", "Putin called both leaders", "Holbrooke was on the phone to
# Athens and Ankara all night"): a verb of CALLED with a person (a title, a name ending its phrase, past "both":
# CALLED_BOTH) right after it, as "met" has. "called" names a call only before a title or "both" (not "a town called
# Kibeho"), none of CALLED_NAMING right after it ("called on", "so-called") and a name that ends its phrase (not
# "called President Smith a liar", "called President Moi corrupt");
# "spoke to reporters", "phoned the radio station", "talked with passion" reach no person.
# The verbs of a past or present call (CALLED's words but "on the phone with"): each a new happening
# (`triggers.VERBS`), whose subject says which call it is ("On 3 May Ortega telephoned Arias. On 3 May Bush telephoned
# Kohl.": two).
CALL_VERB_FORMS = frozenset({"telephoned", "telephones", "phoned", "phones", "called", "calls", "spoke with",
                             "spoke to", "speaks with", "speaks to", "talked with", "talked to"})
CALLED = re.compile(r"(?<!-)\b(?:" + "|".join(r"\s+".join(form.split()) for form in sorted(CALL_VERB_FORMS))
                    + r"|on\s+the\s+(?:tele)?phone\s+(?:with|to))\b", re.IGNORECASE)
CALLED_BOTH = frozenset({"both"})
CALLED_NAMING_VERBS = frozenset({"called", "calls"})
CALLED_NAMING = frozenset({"a", "an", "the", "his", "her", "their", "it", "its", '"', "“", "'", "‘", "on", "off", "up",
                           "for", "out", "back", "in"})


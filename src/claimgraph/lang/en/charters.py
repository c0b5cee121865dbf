"""charters: cue words (en) of a charter that a body of states is founded on (`claimgraph.recognise.charters`)."""

from __future__ import annotations

from .triggers import POSSESSIVE_MARKS

# The word, written in lower case: "The Organization of African Unity, whose charter forbids interference", "the Arab
# League's charter" (a capital one, "the UN Charter", is a name the name rules read).
CHARTER = "charter"
# It is a body of states' when the name that owns it, by "whose" after a comma or by a possessive, is one of the
# gazetteer's international organisations, holds a word only such a body's name holds (BODY_WORDS: "the United
# Nations"), or is one of states, a BODY_HEADS word with "of" after it ("the Organization of African Unity", "the
# League of Arab States"); "the party's charter", "the club's charter", "the National Union of Mineworkers' charter",
# a movement's ("the Palestine Liberation Organization's charter", "the Muslim League's charter", "the National League
# for Democracy, whose charter") and "a charter flight" name none.
WHOSE = ("whose",)
WHOSE_AFTER = ","
POSSESSIVES = POSSESSIVE_MARKS
BODY_WORDS = frozenset({"nations", "commonwealth"})
BODY_HEADS = frozenset({"organization", "organisation", "league"})
BODY_HEAD_OF = "of"
# The owner's name: capitalised words back from the owner's end, across NAME_JOINERS, at most NAME_REACH tokens.
NAME_JOINERS = frozenset({"of", "for", "the", "and"})
NAME_REACH = 8

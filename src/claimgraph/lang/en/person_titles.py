"""The titles a source writes before a person's name as part of what it calls them there ("President Reagan", "Mr
Rowlands", "Commissioner Mkhize", "Admiral Sir Terence Lewin"): the capitalised titles of `names.TITLES`, one or
several in a row, with a few that no rule reads a name by but that stand before names the same way (`extract.titled`).
"""

import re

from .names import KNIGHTED, TITLES

# A title a name follows: capitalised, no lookaround of its own (those read what comes after the title, which a search
# that ends at the name cannot see).
_NAMING = [t for t in TITLES if t[:1].isupper() and "(" not in t]
# "Commissioner" is an office too ("INS Commissioner Doris Meissner"); the abbreviated ranks and the privy counsellor's
# style bare, as `names.TITLES` reads them only before a name: "Lt. Col. Okonjo" is quoted from "Lt.".
_MORE = ["Commissioner", "Adm\\.", KNIGHTED, "Lt\\.", "Sgt\\.", "Brig\\.?", "Rt\\.? Hon\\.?"]
NAMING_TITLES = _NAMING + _MORE  # read by `address.ADDRESS_TITLES` too
# The words of the titles written with a full stop ("Brig.", "Lt.", "Rt. Hon."): a stop after one ends no sentence
# (`recognise.nlp.mend_sentences`). Not every title word: "He met the President. Museveni spoke first" ends one.
STOPPED_TITLE_WORDS = frozenset({"Brig", "Capt", "Col", "Dr", "Gen", "Hon", "Lt", "Mr", "Mrs", "Ms", "Rt",
                                 "Sgt"})
TITLES_BEFORE = re.compile(rf"(?<![\w’'\-.])(?:(?:{'|'.join(sorted(NAMING_TITLES, key=len, reverse=True))})"
                           r"[ \t]+)+$")

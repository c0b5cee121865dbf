"""English layout of a scholarly text's author-year citations (`recognise.citations`): "(Fall 1966: 134)",
"(Windrow 2004: 262-265; Logevall 2012)", "(Roy 1963, p. 171)". The author's surname stands first in the brackets,
or after another citation's semicolon, and a year of publication follows it; pages may follow the year."""

# A year of publication, a letter after it where one author has two works that year ("1966a").
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})[a-z]?"
# The pages cited after the year: ": 134", ": 262-265", ", p. 171", ", pp. 12-14".
PAGES = r"(?:[ \t]*:[ \t]*[0-9]+(?:[-–][0-9]+)?|,[ \t]*pp?\.[ \t]*[0-9]+(?:[-–][0-9]+)?)"
# More authors of the same work after the first one's surname: "(Okonjo et al. 2015)".
CO_AUTHORS = r"(?:[ \t]+et[ \t]+al\.)?"
# What opens one citation: the bracket, or the semicolon between two citations in one bracket.
OPENS = r"(?:\(|;[ \t]+)"
# What ends one citation: the bracket, or the semicolon before the next.
ENDS = r"(?=[ \t]*[;)])"
# A season before a year dates a journal's issue ("(Spring 2004)"); with the pages after it the word is an author's
# ("(Fall 1966: 134)": Bernard Fall).
SEASONS = frozenset({"Spring", "Summer", "Autumn", "Fall", "Winter"})
# A document's own parts numbered like a year stand where an author would: "(Table 1945: 12)", "(Figure 2003, p. 7)".
NOT_AUTHORS = frozenset({"Table", "Tables", "Figure", "Figures", "Fig", "Map", "Maps", "Chart", "Plate", "Appendix",
                         "Annex", "Note", "Notes", "Source", "Sources", "Photo", "Box", "Graph", "Exhibit", "Document"})

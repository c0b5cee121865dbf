"""Years that more than one concern reads (`dates`, `triggers`), each spelled once: the fragment of a regular
expression. Not a concern: `claimgraph.lang.cues` reads the tables the concerns build from these."""

YEAR = r"(?:1[89]|20)\d\d"  # a year of the nineteenth to the twenty-first century, in four digits


def bracketed(year: str = YEAR) -> str:
    """The fragment of a year in brackets, "(1974)", as a resolution's number carries it ("353 (1974) of 20 July"):
    `year` is what stands inside, the plain year unless a pattern reads it by a group of its own."""
    return rf"\([ \t]*{year}[ \t]*\)"

"""The head of a passive subject that names two kinds of people (`claimgraph.extract.clause_roles`).

"Sixty-four Ethiopian sailors and soldiers died", "Forty Eritrean soldiers and civilians were killed": the side's
adjective qualifies a head of two plural nouns joined by "and" / "or", and the side suffered what the subject
suffered, as it does with one noun ("Twelve Ethiopian soldiers died"). The first noun may be in the name itself
("Eritrean soldiers"); a name that ends in a capitalised word has no noun to join ("Russia attacked Georgia and
civilians were killed" joins two clauses). Both nouns are of people (`deaths.DEAD_PEOPLE`), not of whom a side holds:
"Syrian missiles and shells were fired" are the side's arms, fired by it, and "Taliban hostages and captives" are
the side's captives, not the side.
"""

import re

from .. import longest_first
from .deaths import DEAD_PEOPLE

_HELD = frozenset({"hostages", "prisoners", "detainees", "captives", "abductees"})  # as `clauses._NO_HEAD`
_PEOPLE = longest_first(DEAD_PEOPLE - _HELD)
COORDINATED_HEAD = re.compile(rf"(?P<head>\s+(?-i:{_PEOPLE})\b)?\s+(?:and|or)\s+(?-i:{_PEOPLE})\b")

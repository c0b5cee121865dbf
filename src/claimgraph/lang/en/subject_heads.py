"""The head of a passive subject that names two kinds of people (`claimgraph.extract.clause_roles`).

"Sixty-four Ethiopian sailors and soldiers died", "Forty Eritrean soldiers and civilians were killed": the side's
adjective qualifies a head of two plural nouns joined by "and" / "or", and the side suffered what the subject
suffered, as it does with one noun ("Twelve Ethiopian soldiers died"). The first noun may be in the name itself
("Eritrean soldiers"); a name that ends in a capitalised word has no noun to join ("Russia attacked Georgia and
civilians were killed" joins two clauses).
"""

import re

COORDINATED_HEAD = re.compile(r"(?P<head>\s+(?-i:[a-z])[\w-]*s)?\s+(?:and|or)\s+(?-i:[a-z])[\w-]*s\b")

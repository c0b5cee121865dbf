"""Turkish and Azerbaijani words take suffixes: "savaşın", "Karabağ\'da" are read as stem + suffix."""

import re

SUFFIXED = frozenset({"tr", "az"})  # the languages of blocks read as stem + suffix
PLURAL_SUFFIX = re.compile(r"l[ae]r")  # "saldırılarda": the plural suffix inside a suffixed word

"""Turkish and Azerbaijani words take suffixes: "savaşın", "Karabağ\'da" are read as stem + suffix."""

SUFFIXED = frozenset({"tr", "az"})  # the languages of blocks read as stem + suffix

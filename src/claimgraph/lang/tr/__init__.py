"""Turkish: month names, event words as stems, coreference words, and suffixing (see `claimgraph.lang`)."""

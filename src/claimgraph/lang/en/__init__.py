"""English: the cue words of each concern, one module per concern (see `claimgraph.lang`)."""

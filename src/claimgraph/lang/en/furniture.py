"""English words of a document's furniture (`read.furniture`): a signature block's office."""

# A signer's office may open with a word of rank before the role: "Deputy Director", "Acting Chairman".
OFFICE_QUALIFIERS = r"(?:deputy|acting|vice|assistant)"
# The words that join an office's capitalised words: "Director of Central Intelligence", "Secretary for the Colonies".
OFFICE_JOINERS = r"(?:of|the|for|and|on)"

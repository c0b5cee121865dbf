"""The one spaCy pipeline every recogniser shares: a blank tokenizer and a sentencizer.

No statistical model is needed. The tokenizer is English's with one more infix rule: an
apostrophe between a name and a lower-case suffix splits them, so that the Turkish
"Karabağ’ın" yields the token "Karabağ" and the gazetteer's phrase patterns match it.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.util import compile_infix_regex

_SUFFIX_APOSTROPHE = r"(?<=[^\W\d_])['’](?=[a-zçğıöşüâîû]+\b)"


@lru_cache(maxsize=1)
def pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    infixes = list(nlp.Defaults.infixes) + [_SUFFIX_APOSTROPHE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp

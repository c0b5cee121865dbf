"""s39 mend: whether an acronym that acts or owns is a word the text also writes in lower case ("The END was near" ...
"by the end of May": emphasis, no body) is read from one pass over the text, not one scan of the whole text per
acronym: a long report that names hundreds of bodies by their acronyms took seconds on that test alone, and the cache
of those scans held up to 256 whole texts for the life of the process.
"""

from __future__ import annotations

import random
import string
import time

from claimgraph.recognise import name_checks
from claimgraph.recognise.name_rules import ACRONYM


def _long_report() -> str:
    rng = random.Random(39)
    names = sorted({"".join(rng.choice(string.ascii_uppercase) for _ in range(5)) for _ in range(500)})
    text = "".join(f"On 3 May the {name} fired on Kibuye and the {name}'s men withdrew. " for name in names)
    filler = "The villagers said the market was quiet again and that the rains had come early this year. "
    return text + filler * ((200_000 - len(text)) // len(filler) + 1)


def test_a_long_report_of_many_acronyms_is_read_in_one_pass():
    text = _long_report()
    started = time.perf_counter()
    bodies = [name_checks._told_body(text, m) for m in ACRONYM.finditer(text)]
    assert time.perf_counter() - started < 1.5
    assert bodies.count("Organization") >= 900


def test_a_word_in_capitals_the_text_writes_in_lower_case_is_still_no_body():
    text = "The END was near, the ZPLF said. By the end of May the ZPLF had withdrawn, and the End's cost was known."
    found = {m.group("name"): name_checks._told_body(text, m) for m in ACRONYM.finditer(text)}
    assert found["ZPLF"] == "Organization" and found["END"] is None
    assert name_checks._told_body("The END was near. The ZPLF said it.", next(ACRONYM.finditer("The END"))) \
        == "Organization"

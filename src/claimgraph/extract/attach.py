"""Which act of its clause a name belongs to, when the clause tells more than one (`claims`).

With no parser, `claims` relates each act of a clause to the names near it, so a clause of two acts gave
each the other's names: "The fighting broke a ceasefire signed in Accra, Ghana" placed the fighting in
Accra. The rule here is general English word order: a name told after an act's word is governed by the
word nearest before it, so it belongs to the act named last before it, not to an earlier one; acts named
in one list share it ("clashes and shelling in Donetsk", `CUES.ACTS_LISTED`). A verb of will, speech or
judgement between the act and the name governs the name as its object or complement
(`CUES.GOVERNING_VERB`: "seized Aracinovo, threatening Skopje airport": threatened, not taken). A participle
after a comma hangs on the clause's main act, past any act a phrase between names (`CUES.HANGING_PARTICIPLE`:
"retook Grozny in a surprise attack, trapping thousands of Russian troops"). Names told
before the act's word are the clause rules' (`clause_roles`): a subject serves every verb it heads.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)


def governed_elsewhere(text: str, event: Mention, other: Mention, acts: list[Mention]) -> bool:
    """Is `other`, named after the event's word, governed by another word: a verb of will, speech or
    judgement, or another act of the clause named between them (`acts`, the event's own mentions excluded)
    that is not listed with the event, unless a participle after a comma hangs the name on the clause's
    main act? Then it is no place, actor or target of the event."""
    if other.start < event.end:
        return False
    if CUES.GOVERNING_VERB.search(text, event.end, other.start):
        return True
    between = sorted((a for a in acts if event.end <= a.start and a.end <= other.start), key=lambda a: a.start)
    if between and CUES.HANGING_PARTICIPLE.search(text, between[-1].end, other.start):
        return False
    last = event
    for act in between:
        if not CUES.ACTS_LISTED.fullmatch(text, last.end, act.start):
            return True
        last = act
    return False

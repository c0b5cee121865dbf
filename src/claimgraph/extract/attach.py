"""Which act of its clause a name belongs to, when the clause tells more than one (`claims`).

With no parser, `claims` relates each act of a clause to the names near it, so a clause of two acts gave
each the other's names: "The fighting broke a ceasefire signed in Accra, Ghana" placed the fighting in
Accra. The rule here is general English word order: a name told after an act's word is governed by the
word nearest before it, so it belongs to the act named last before it, not to an earlier one; acts named
in one list share it ("clashes and shelling in Donetsk", `CUES.ACTS_LISTED`), and so do an act and the verb it
is the subject of ("The conflict displaced more than 800,000 people in North Kivu"), and an act and one named
in a phrase of circumstance that sets its scene (`CUES.FRAMING_BEFORE`: "initialled following a three-week peace
conference at the Wright-Patterson Airforce Base"; not a verb there: "before capturing Phnom Penh" tells an act of
its own). A verb of will, speech or judgement between the act and the name governs the name as its object or complement
(`CUES.GOVERNING_VERB`: "seized Aracinovo, threatening Skopje airport": threatened, not taken). A participle
after a comma or a past verb after "and" hangs on the clause's subject, past any act a phrase between names
(`CUES.HANGING_VERB`: "retook Grozny in a surprise attack, trapping thousands of Russian troops"). Names told
before the act's word are the clause rules' (`clause_roles`): a subject serves every verb it heads.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from .wording import VERBS

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
FRAMING_REACH = 40  # characters before an act's noun: "following a three-week peace "


def governed_elsewhere(text: str, event: Mention, other: Mention, acts: list[Mention]) -> bool:
    """Is `other`, named after the event's word, governed by another word: a verb of will, speech or
    judgement, or another act of the clause named between them (`acts`, the event's own mentions excluded)
    that is not listed with the event, unless a participle after a comma or a past verb after "and" hangs
    the name on the clause's subject? Then it is no place, actor or target of the event."""
    if other.start < event.end:
        return False
    if CUES.GOVERNING_VERB.search(text, event.end, other.start):
        return True
    between = sorted((a for a in acts if event.end <= a.start and a.end <= other.start), key=lambda a: a.start)
    if between and CUES.HANGING_VERB.search(text, between[-1].end, other.start):
        return False
    last = event
    for act in between:
        if not (CUES.ACTS_LISTED.fullmatch(text, last.end, act.start) or verb_of(text, last, act)
                or _framing(text, last, act)):
            return True
        last = act
    return False


def _framing(text: str, last: Mention, act: Mention) -> bool:
    """Is the act named in a phrase of circumstance that sets the scene of the act before it (`CUES.FRAMING_BEFORE`:
    "initialled following a three-week peace conference at the Wright-Patterson Airforce Base")? Not when its word is
    a verb: "invaded Cambodia in December before capturing Phnom Penh" tells a second act, whose object the city is."""
    return act.text.lower() not in VERBS and CUES.FRAMING_BEFORE.search(
        text, max(last.end, act.start - FRAMING_REACH), act.start) is not None


def verb_of(text: str, subject: Mention, act: Mention) -> bool:
    """Is the act's word a verb whose subject is the act named just before it ("The conflict displaced more than
    800,000 people in North Kivu", `CUES.SUBJECT_VERB_GAP`)? What the verb did, its subject did: its names are
    both acts'."""
    return act.text.lower() in VERBS and CUES.SUBJECT_VERB_GAP.fullmatch(text, subject.end, act.start) is not None

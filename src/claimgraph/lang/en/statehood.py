"""statehood: cue words (en) of what an agreement did to a state (`claimgraph.extract.statehood`)."""

import re

# The verbs of each effect, as the relation they make. Each is read only with a state as its
# object (`OBJECT`): "established a ceasefire line" or "partitioned the committee" make no claim.
EFFECTS = {
    "createsState": r"creat(?:ed|es)|establish(?:ed|es)|found(?:ed|s)|gave\s+birth\s+to|gives\s+birth\s+to|"
                    r"brought\s+into\s+being|set\s+up",
    "preservesState": r"preserv(?:ed|es)|maintain(?:ed|s)|safeguard(?:ed|s)|upheld|upholds|guarantee(?:d|s)",
    "dissolvesState": r"dissolv(?:ed|es)|abolish(?:ed|es)|(?:ended|ends|put\s+an\s+end\s+to)\s+the\s+existence\s+of|"
                      r"liquidat(?:ed|es)",
    "partitionsState": r"partition(?:ed|s)|carv(?:ed|es)\s+up",  # not "divided" or "split": "divided Bosnia into two
    # entities" keeps one state of two parts, which "preserved the integrity of Bosnia" does not contradict
    "recognisesState": r"recogni[sz](?:ed|es)",
}
VERB = re.compile("|".join(rf"(?P<{name}>\b(?:{words})\b)" for name, words in EFFECTS.items()), re.IGNORECASE)
# Between the agreement and the verb: an aside in commas ("The Dayton Agreement, signed in 1995,
# created ..."), a relative pronoun, an auxiliary or an adverb; no other verb.
SUBJECT_GAP = re.compile(r"(?:\s*,[^,;]{0,80},)?\s+(?:(?:which|that|has|have|had|also|thus|effectively|formally|"
                         r"de\s+facto|in\s+effect|in\s+fact|eventually|finally|ultimately)\s+)*", re.IGNORECASE)
# Between the verb and the state: an article, words for what kind of state ("a sovereign", "a
# single"), and the aspect of it the verb acts on ("the territorial integrity of", "the existence of").
OBJECT = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?:sovereign|independent|unified|united|single|new|federal|modern|"
                    r"multi-?ethnic|democratic|territorial|present-day|today['’]s)\s+)*"
                    r"(?:(?:integrity|unity|sovereignty|independence|existence|statehood|borders?)\s+of\s+(?:the\s+)?)?",
                    re.IGNORECASE)

"""The words of counts in English: deaths, displaced, abducted, missing, territory shares and votes
(see `claimgraph.recognise.quantities`)."""

import re

from .dates import MONTHS

# "between 1,200 and 5,700", "range from 70,000 to 100,000": the ontology has no range, so a range is read as its
# lower bound, as "at least" would be (the upper bound stays in the evidence, `_UPPER`).
_HEDGE = (r"(?:(?i:more than|over|about|around|nearly|almost|some|at least|approximately|up to|as many as|an estimated|"
          r"estimated|all|(?P<between>between|from))\s+)?")  # "More than 300" opening a sentence too; "killing all 290"
_WHOLE_WORDS = {w: i for i, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                           "fifteen sixteen seventeen eighteen nineteen twenty".split(), 2)}
NUMBER_WORDS = {**_WHOLE_WORDS, "one": 1}  # "one" only before its multiplier ("more than one million"), `_N`
_UPPER = r"(?(between)\s+(?:and|to)\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million))?)"  # after "between", "from"
_MULT = r"(?:\s+(?P<mult>thousand|million))"
# A whole number word: "ten" is no count in "tens of thousands" (a vague figure gives no claim); a decimal only
# before its multiplier ("2.6 million").
_N = (r"(?P<n>\d+\.\d+(?=" + _MULT.replace("?P<mult>", "?:") + r")|\d{1,3}(?:,\d{3})+|\d+|"
      + "|".join(sorted(_WHOLE_WORDS, key=len, reverse=True)) + r"|one(?=\s+(?:thousand|million)\b))\b" + _MULT + "?"
      + _UPPER)
_PEOPLE = r"people|persons|civilians|soldiers|servicemen|troops|residents|refugees|Armenians|Azerbaijanis|fighters|peacekeepers"
_WHO = rf"(?:\s+(?:[A-Z][a-z]+\s+)?(?:{_PEOPLE}))?"
_CAPTIVES = (r"(?:hostages|girls|schoolgirls|boys|schoolboys|children|students|pupils|women|villagers|passengers|"
             r"civilians|people|workers)\b(?!['’])")  # who may be taken (`triggers.CAPTIVES`, and their count), not
# whose a thing taken is ("seized 20 passengers' luggage")
# Whom a verb that carries things out too kills (`triggers.KILLS_PEOPLE_ONLY`): people named after its count, past
# a word that describes them ("executed more than 100 former soldiers", "massacred 23 villagers", "executed 12 men");
# "executed 40 missions" counts no dead.
_VICTIMS = rf"\s+(?:[\w-]+\s+)?(?:{_PEOPLE}|men|prisoners|detainees|captives|suspects|officers|journalists|{_CAPTIVES})\b"
_NO_SHARE = r"(?!(?:\.\d+)?\s?(?:%|per ?cent))"  # "put the figure at 3 percent of output" counts no dead
_KIND = r"(?:(?:civilian|military|combat|confirmed|recorded|reported)\s+)?"  # "7,721 civilian deaths"
# What may stand between a count and "killed" / "died": "were killed", "may have been killed", "had died".
_PASSIVE = r"(?:(?:(?:may|might|could|must)\s+)?(?:have|has|had)\s+been\s+|were\s+|are\s+)"
_PERFECT = r"(?:(?:(?:may|might|could|must)\s+)?(?:have|has|had)\s+)"

PATTERNS: dict[str, list[re.Pattern]] = {
    "deaths": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}\s+(?:who\s+)?{_PASSIVE}(?:killed|dead)\b"),
        # a verb with no auxiliary but "have" is left out of the count: it may be a trigger of its own
        # (`recognise.deaths`: "137 civilians killed", "40 soldiers died")
        re.compile(rf"\b(?P<count>{_HEDGE}{_N}{_WHO})\s+(?:who\s+)?(?:killed|dead|{_PERFECT}?(?:died|lost their lives))\b"),
        re.compile(rf"\b(?:deaths|death toll|loss of life) of {_HEDGE}{_N}\b"),
        # "the killing of at least 60 civilians": "killing of" is the trigger's (`triggers.LEXICON`), the count its dead
        # if people are counted ("the killing of two pandas" counts none)
        re.compile(rf"\bkilling of (?P<count>{_HEDGE}{_N}{_VICTIMS})"),
        # "the Yugoslav government put the figure at between 1,200 and 5,700" (not "at 3 percent of output"), "the
        # RPF puts the toll at more than one million", "The government puts the number of dead at about 20,000"
        re.compile(rf"\bput(?:s|ting)? the (?:death toll|toll|figure|number of (?:dead|deaths|people killed)) at "
                   rf"(?P<count>{_HEDGE}{_N}){_NO_SHARE}"),
        re.compile(rf"\b{_HEDGE}{_N} {_KIND}(?:deaths|fatalities|dead)\b"),
        re.compile(rf"\b(?:killed|killing|kills)\s+(?P<count>{_HEDGE}{_N}{_WHO})"),  # the verb is the trigger's
        re.compile(rf"\b(?:executed|executing|massacred|massacring)\s+(?P<count>{_HEDGE}{_N}{_VICTIMS})"),
    ],
    "displaced": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}(?=\s+(?:were\s+|(?:have|had)\s+(?:since\s+)?been\s+)?(?:displaced|forced to flee|fled|expelled|became refugees|driven from their homes)\b)"
                   r"(?!\s+displaced\s+\w+\s+(?:have\s+|had\s+)?return)"),
    ],
    # "taking some 250 hostages", "seizing 276 girls", "kidnapped more than 300 students", "200 schoolgirls were
    # abducted": the people taken (the verb before the count is the trigger's: `recognise.abductions.takings`).
    "abducted": [
        re.compile(rf"\b(?:abducted|abducting|kidnapped|kidnapping|seized|seizing|took|taking|taken)\s+"
                   rf"(?P<count>{_HEDGE}{_N}\s+(?:[a-z]+\s+)?{_CAPTIVES})"),
        re.compile(rf"\b{_HEDGE}{_N}\s+(?:[a-z]+\s+)?{_CAPTIVES}(?=\s+{_PASSIVE}(?:abducted|kidnapped|taken\s+hostage)\b)"),
    ],
    "missing": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}\s+(?:are|were|remain|remained)\s+(?:still\s+)?missing\b"),
    ],
    "territoryShare": [
        re.compile(r"\b(?:(?:about|around|nearly|almost|some|over|more than)\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
                   r"\s+of\s+(?:[A-Z]\w+['’]s\s+|the\s+|its\s+)?(?:\w+\s+)?(?:territory|territories|land)\b"),
    ],
}

_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_QUOTE = "[\"“”'‘’]"


def _ballot(side: str, stance: str, label: str) -> list[re.Pattern]:
    """How a text counts the votes of one side of a ballot (`side`: its words, "yes|in favou?r";
    `stance`: those that can follow "votes", "in favou?r"; `label`: the word a results table heads
    its row with, "Yes"): "(6,377,482 votes) voting “yes”"; "the “no” vote led ... with 50.21% (6,431,376 votes)"; "6,377,482 votes in favour";
    a table row "Yes6,382,90149.78%" (grouped digits end the count, a share may follow glued on)."""
    return [
        re.compile(rf"\b{_COUNT}\s+votes\)?,?\s+(?:voting|voted|cast)\s+{_QUOTE}?(?i:{side})\b"),
        re.compile(rf"{_QUOTE}(?i:{side}){_QUOTE}\s+(?:vote|votes|side|option|camp|campaign)\b[^()\n]{{0,80}}?"
                   rf"\({_COUNT}\s+votes\)"),
        re.compile(rf"\b{_COUNT}\s+votes\s+(?:were\s+cast\s+)?(?i:{stance})\b"),
        re.compile(rf"(?:^|(?<=\s)){label}\s?(?P<n>\d{{1,3}}(?:,\d{{3}})+)(?=\s*\d{{1,3}}(?:\.\d+)?\s?%|[ \t]*(?:\n|$))"),
    ]


PATTERNS["votesFor"] = _ballot("yes|in favou?r", "in favou?r", "Yes")
PATTERNS["votesAgainst"] = _ballot("no|against", "against", "No")

# The words of a count just after a verb ("killed more than 400"): `recognise.triggers` reads the verb as a killing.
COUNT_AFTER = re.compile(rf"\s+{_HEDGE}{_N}")
VICTIMS_AFTER = re.compile(rf"\s+{_HEDGE}{_N}{_VICTIMS}")  # after "executed", "massacred": a count of people

MULTIPLIERS = {None: 1, "thousand": 1_000, "million": 1_000_000}

# A count after others joined by "and": "3,800 Armenian and 2,900 Azerbaijani servicemen"; not after a comma,
# which closes a clause of its own ("range from 500,000 to 800,000, and about four million people were displaced").
BEFORE_AND = re.compile(r"\d(?:[\d,]*\d)?\s+(?:[\w-]+\s+){0,2}and\s+$")

# A month before a number makes it a date's year, not a count: "the fighting in June 2000 killed more than 700
# civilians", "on 10 June 2000 killed", "on June 10, 2000 killed".
_MONTH = "|".join(sorted(month.capitalize() for month in MONTHS))  # the names and their abbreviations ("Sept.")
YEAR_AFTER_MONTH = re.compile(rf"\b(?:{_MONTH})\.?(?:\s+\d{{1,2}},?)?\s+$")

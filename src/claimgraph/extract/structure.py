"""The structure of a sentence, read from its words alone (no parser): clauses, lists, agents.

The pipeline has no dependency parser (`recognise.nlp`: a blank tokenizer and a
sentencizer), so structure is clause and phrase rules over the text, general English
rather than sentences of any corpus:

- Clauses: `scope.clauses` cut again where a clause with a subject of its own begins:
  after a sentence's opening clause or phrase, at its comma ("After a ceasefire was signed
  in Bishkek, Armenia violated its terms"); at a subordinate clause ("declared victory
  after pro-government forces captured Mekele"); after a finding's "that" ("confirmed that
  troops from Eritrea entered Tigray"); at a verb of judging ("the attack was attributed to
  the army by rebel forces": who judges an act takes no part in it); after a quotation its
  speaker follows ("... he had just signed the plan,” Natalya Timakova said"); at a line break
  before a capital (a headline or an infobox field the sentencizer ran into the next sentence);
  at ", and" before a subject of its own ("a meeting of the Security Council, and the president
  informed ...").
- Runs: names that stand in one list are one run ("A, B and C"; "the president of Croatia
  Franjo Tudjman"; "Russian President Dmitry Medvedev"; "Croatia's Franjo Tudjman"; "FARC
  (the rebels)"), and so is the place a list of actors is said to be in ("signed between A
  and B in Cartagena"): what a sentence says of one member it says of all.
- Agents: the actor named after "led / chaired / hosted ... by" is the agent of the event
  named last before the cue ("a peace conference in Dayton, led by Warren Christopher").
- Titles: a state named as the title of the person after it ("Russian President Dmitry
  Medvedev") stands in the person's run, yet the person, not the state, is who met or signed.
- Datelines: the place a report was filed from ("SOCHI, August 16 (RIA Novosti) –").
- Cited sources: who a clause is told "according to" holds it and takes no part in it.
- Topics: an actor or place named as what an accord is about ("the Georgia peace plan", "a plan
  on resolving conflicts in Georgia") is neither its party nor the place of what is done with it;
  one that modifies an event ("the Georgian-South Ossetian conflict") is that event's only.
- Agents of other acts: an actor after "worked out by" a later noun ("the document signed by
  Saakashvili differs from the plan worked out by Russia and France") is not the event's, nor is
  one after what the event caused ("the collapse of imperial Russia allowed three republics ... to
  emerge").
- Pronoun subjects: a sentence whose subject is "they", at its start or just after its opening
  clause ("After talks in Moscow, they announced a ceasefire"), speaks of the actors the
  sentence before named last; an opening clause with no subject of its own shares it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Mention
from ..recognise import Sentence
from ..recognise.triggers import VERBS
from .scope import ACCORDING, clause_end, clauses as scope_clauses, tops_of

if TYPE_CHECKING:  # the type only: resolve reads dates, which read scope
    from .resolve import Resolution

# A sentence that opens with a subordinate clause or an adverbial phrase says who did what
# in that opening only up to its comma ("During the conflict, efforts were made through the
# Minsk Group": the Minsk Group is no actor of the conflict).
OPENING = re.compile(r"[\W\d]*(?:although|though|while|whereas|when|after|before|since|because|if|unless|until|once|"
                     r"upon|following|during|despite|amid)\b", re.IGNORECASE)
# A subordinate clause, not a phrase ("after three weeks of talks"): a verb follows within a
# few words, before any comma.
SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|once|whereas|although|though)\s+"
                         r"(?=(?:[\w’'-]+\s+){0,6}?(?:\w+ed|took|fought|began|won|lost|made|held|went|came|"
                         r"was|were|had|has|have|is|are)\b)", re.IGNORECASE)
FINDING = re.compile(r"\b(?:confirm(?:s|ed)|conclud(?:es|ed)|announc(?:es|ed)|report(?:s|ed)|reveal(?:s|ed)|"
                     r"acknowledg(?:es|ed)|admit(?:s|ted)|believ(?:es|ed)|not(?:es|ed)|warn(?:s|ed)|found|finds|"
                     r"show(?:s|ed|n)|determin(?:es|ed)|establish(?:es|ed)|maintain(?:s|ed)|says|said|stated|"
                     r"declar(?:es|ed)|insist(?:s|ed)|argu(?:es|ed)|claim(?:s|ed))\s+that\b", re.IGNORECASE)
# The end of a quotation its speaker follows ("... the six principles,” Natalya Timakova said"):
# who said it took no part in what it tells.
QUOTE_END = re.compile(r",[”\"]|[”\"],")
# A clause joined by ", and" with a subject of its own ("... during a meeting of the Security
# Council, and the president informed those attending that he had just signed the plan"): a
# common noun or a pronoun, then its verb.
COORDINATED = re.compile(r",\s+(?:and|but)\s+(?=(?:(?:the|a|an|his|her|its|their)\s+(?-i:[a-z])[\w-]*|"
                         r"he|she|it|they|we)\s+(?:\w+ly\s+)?"
                         r"(?:\w+ed|\w+s|was|were|had|has|have|will|would|could|can)\b)", re.IGNORECASE)
# A line break before a capital ends what a clause can say: a headline, a dateline or an infobox
# field stands on its own line even where the sentencizer ran it into the sentence after it. A
# line that goes on in lower case is prose wrapped by hand ("brokered a ceasefire\nbetween A and B").
LINE_BREAK = re.compile(r"\n(?=\s*[^\w\s]*[A-Z0-9])")
JUDGED = re.compile(r"\b(?:accus(?:ed|es|ing)|attribut(?:ed|es)|blam(?:ed|es)|condemn(?:ed|s)|denounc(?:ed|es)|"
                    r"criticis(?:ed|es)|criticiz(?:ed|es)|prais(?:ed|es)|welcom(?:ed|es))\b", re.IGNORECASE)
# Words that may stand between the names of one run: titles and their articles ("the former
# president of"), capitalised words (a name no gazetteer knows), a possessive, a parenthesis.
_TITLE = (r"(?:the|then|former|late|wartime|ex|acting|deputy|vice|president|prime|minister|foreign|defen[cs]e|"
          r"secretary|of|state|general|chief|leader|head|commander|envoy|ambassador|special|representative|"
          r"spokes(?:man|woman|person)|negotiator|agents?|officials?|forces|army|troops|government|military|"
          r"(?-i:[A-Z][\w.]*))")
JOINED = re.compile(rf"(?:['’]s)?\s*(?:\([^()]*\)\s*)?(?:(?:,\s*(?:and\s+|or\s+)?|(?:and|or|as well as)\s+)?"
                    rf"(?:{_TITLE}[\s-]+){{0,8}})?", re.IGNORECASE)
# A state's name as the title of the person after it: "Russian President Dmitry Medvedev",
# "the president of Serbia Slobodan Milosevic", "Croatia's Franjo Tudjman" (no comma, no "and").
TITLE_OF = re.compile(rf"(?:['’]s)?\s+(?:{_TITLE}[\s-]+){{0,8}}", re.IGNORECASE)
LOCATED = re.compile(r"\)?\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# The participles whose agent is the event's own ("a conference led by X", "the attack carried
# out by Y"): after one of these, "by" names who did the event, not another act's agent.
_CARRYING = (r"(?:carried\s+out|conducted|committed|perpetrated|led|chaired|headed|hosted|attended|organi[sz]ed|"
             r"mediated|brokered|facilitated|initiated|launched|started|staged|waged|fought|mounted|executed|ordered)")
PARTICIPLE_BY = re.compile(rf"\b{_CARRYING}\s+by\s+(?:the\s+)?(?:then\s+)?$", re.IGNORECASE)
# A source a clause is told "according to": it holds the claims, it takes no part in them.
CITED = re.compile(rf"{ACCORDING.pattern}\s+(?:the\s+)?$", re.IGNORECASE)
CITED_REACH = 20  # characters: "according to the " and a little room
# Who speaks of what a clause tells ("..., the United States and Saudi Arabia said in a joint
# statement", "Putin told reporters", "a spokesperson, Zaw Min Tun, confirmed the attack"): the
# subject of a verb of saying holds the claims, it takes no part in them. Not "announced": who
# announces a ceasefire is commonly a side of it.
SPOKE = re.compile(r"(?:\s*\([^()]*\))?,?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                   r"(?:said|says|told|tells|recall(?:s|ed)|confirm(?:s|ed)|stat(?:es|ed)|not(?:es|ed)|"
                   r"stress(?:es|ed)|add(?:s|ed)|claim(?:s|ed)|alleg(?:es|ed)|insist(?:s|ed)|welcom(?:es|ed))\b",
                   re.IGNORECASE)
# A dateline: the place a report was filed from, at the start of its line, before the date, the
# agency and a dash ("SOCHI, August 16 (RIA Novosti) – ..."). It says where the writer was, not
# where anything happened.
DATELINE = re.compile(r"(?:,[^\n()–—]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]|--?)\s")
# What an agreement or plan is about: the name right before it ("the Georgia peace plan") or
# after "on / for / about" ("a plan on resolving conflicts in Georgia").
_ACCORD = (r"(?:plan|agreement|accord|deal|treaty|settlement|truce|ceasefire|cease-fire|talks|negotiations|"
           r"discussions|consultations|resolution)")
TOPIC_AFTER = re.compile(rf"\b{_ACCORD}\s+(?:on|for|about|over|concerning|regarding)\s+(?:[\w’'-]+\s+){{0,5}}?$",
                         re.IGNORECASE)
TOPIC_BEFORE = re.compile(r"(?:[\s–-]+[A-Z][\w’'.]*)*[\s–-]+")  # "the Georgian-South Ossetian conflict"
# The agent of another act than the event ("the document signed by Saakashvili differs from the
# plan worked out by the presidents of Russia and France"): who drafted the plan did not sign.
# Verbs that carry the event itself ("carried out by", "led by") are no other act.
OTHER_AGENT = re.compile(rf"\w\W+(?!{_CARRYING}\b)\w+(?:ed|en|wn|ght)(?:\s+(?:out|up))?\s+by\s", re.IGNORECASE)
# What an event led to: who comes after these verbs did not take part in the event itself.
CONSEQUENCE = re.compile(r"\b(?:allow(?:ed|s)|enabl(?:ed|es)|led\s+to|leads\s+to|caus(?:ed|es)|prompt(?:ed|s)|"
                         r"trigger(?:ed|s)|spark(?:ed|s)|result(?:ed|s)\s+in|paved\s+the\s+way\s+for|"
                         r"g[ai]ve\s+rise\s+to)\b", re.IGNORECASE)
AGENT_REACH = 40  # characters between "led by" and the actor it names
THEY = re.compile(r"[\s,]*they\s+(?!(?:say|said|are|were|claim(?:ed)?)\b)[a-z]", re.IGNORECASE)


def clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's mentions grouped by clause: `scope.clauses`, cut again where a clause of
    its own begins (see the module docstring)."""
    cuts = [m.end() for cue in (FINDING, QUOTE_END) for m in cue.finditer(text, sentence.start, sentence.end)]
    cuts += [m.start() for cue in (SUBORDINATE, JUDGED, LINE_BREAK, COORDINATED)
             for m in cue.finditer(text, sentence.start, sentence.end)]
    if OPENING.match(text, sentence.start, sentence.end):
        cuts.append(clause_end(text, sentence, sentence.start))
    bounds = [sentence.start - 1, *sorted(cuts), sentence.end + 1]
    return [part for group in scope_clauses(text, sentence)
            for part in ([m for m in group if low <= m.start < high] for low, high in zip(bounds, bounds[1:])) if part]


def runs(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, int]:
    """Each mention's run number (see the module docstring); mentions of one run share it."""
    found: dict[Mention, int] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in zip([None, *ordered], ordered):
        found[after] = found[before] if before and _joined(text, before, after, res) else len(found)
    return found


def _joined(text: str, before: Mention, after: Mention, res: Resolution) -> bool:
    """Do two neighbouring mentions stand in one run: actors or places in one list, or a list of
    actors and the place it is said to be in?"""
    if before.end > after.start:
        return False
    first, second = tops_of(res, before), tops_of(res, after)
    if first & second & {"Actor", "Place"}:
        return bool(JOINED.fullmatch(text, before.end, after.start))
    return "Actor" in first and second == {"Place"} and bool(LOCATED.fullmatch(text, before.end, after.start))


def datelines(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions that are a report's dateline: a place at the start of its line, written in
    capitals or followed by the agency in parentheses, then a dash (see DATELINE)."""
    found = set()
    for mention in mentions:
        tail = DATELINE.match(text, mention.end)  # first: it rarely matches, and a line can be the whole text
        if not tail or text[text.rfind("\n", 0, mention.start) + 1:mention.start].strip():
            continue
        if mention.text.isupper() or "(" in tail.group():
            found.add(mention)
    return found


def cited(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions named as the source of what their clause tells ("... killed tens of thousands,
    according to the United Nations"): the holder of the claims (modality), no part of them."""
    return {m for m in mentions if CITED.search(text, max(0, m.start - CITED_REACH), m.start)}


def speakers(text: str, mentions: list[Mention], res: Resolution) -> set[Mention]:
    """The mentions of actors that are the subject of a verb of saying (SPOKE), with the list
    they close ("the United States and Saudi Arabia said")."""
    numbers = runs(text, mentions, res)
    spoken = {numbers[m] for m in mentions if "Actor" in tops_of(res, m) and SPOKE.match(text, m.end)}
    return {m for m in mentions if numbers[m] in spoken and "Actor" in tops_of(res, m)}


def topics(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, Mention | None]:
    """Mention -> the agreement or event it modifies or is the topic of ("the Georgia peace plan",
    "the Georgian-South Ossetian conflict", "discussions on the status of Abkhazia"), None where
    the head noun names no mention ("a plan on resolving conflicts in Georgia"): a name before a
    verb ("Azerbaijan and Armenia signed") is its subject, no topic. A name that
    tells which accord or event is meant is no party, actor or place of the other acts of its
    clause (see TOPIC_BEFORE, TOPIC_AFTER)."""
    found: dict[Mention, Mention | None] = {}
    ordered = sorted((m for m in mentions if m.kind != "date"), key=lambda m: m.start)
    for before, after in zip(ordered, ordered[1:]):
        if {"Actor", "Place"} & tops_of(res, before) and {"Agreement", "Event"} & tops_of(res, after) \
                and after.text.lower() not in VERBS and TOPIC_BEFORE.fullmatch(text, before.end, after.start):
            found[before] = after
    for mention in ordered:
        cue = TOPIC_AFTER.search(text, max(0, mention.start - 80), mention.start)
        if cue and {"Actor", "Place"} & tops_of(res, mention) and not re.search(r"[,;:.]", cue.group()):
            heads = [m for m in ordered if m.start <= cue.start() < m.end]
            found.setdefault(mention, heads[0] if heads else None)
    return found


def other_agent(text: str, event: Mention, mention: Mention) -> bool:
    """Is the mention, named after the event, the agent of another act ("... plan worked out by
    X") or part of what the event caused ("the collapse of imperial Russia allowed three
    republics, Georgia, Azerbaijan and Armenia, to emerge") rather than a role of the event?"""
    return event.end <= mention.start and any(cue.search(text, event.end, mention.start)
                                              for cue in (OTHER_AGENT, CONSEQUENCE))


def agents(text: str, mentions: list[Mention], res: Resolution) -> dict[Mention, Mention]:
    """Actor mention -> the event mention it is the agent of, for each actor named just after
    "led / chaired / hosted ... by": the event named last before the cue."""
    found: dict[Mention, Mention] = {}
    for mention in (m for m in mentions if "Actor" in tops_of(res, m)):
        cue = PARTICIPLE_BY.search(text, max(0, mention.start - AGENT_REACH), mention.start)
        events = [m for m in mentions if cue and m.end <= cue.start() and "Event" in tops_of(res, m)]
        if events:
            found[mention] = max(events, key=lambda m: m.end)
    return found


def they_subject(text: str, sentence: Sentence, res: Resolution) -> bool:
    """Is the sentence's subject "they", at its start or just after an opening clause that names
    no actor of its own? (A "they" inside a later clause may be anyone the sentence names.)"""
    if THEY.match(text, sentence.start, sentence.end):
        return True
    if not OPENING.match(text, sentence.start, sentence.end):
        return False
    end = clause_end(text, sentence, sentence.start)
    opening = [m for m in sentence.mentions if m.end <= end and "Actor" in tops_of(res, m)]
    return not opening and bool(THEY.match(text, end, sentence.end))


def last_run(text: str, sentence: Sentence, res: Resolution) -> list[Mention]:
    """The actors of the last list of actors the sentence names ("Erdogan and Putin have ...")."""
    actors = [m for m in sentence.mentions if m in res.of and "Actor" in tops_of(res, m)]
    numbers = runs(text, actors, res)
    return [m for m in actors if numbers[m] == numbers[actors[-1]]] if actors else []


def titles(text: str, mentions: list[Mention], res: Resolution) -> set[Mention]:
    """The mentions of states that are only the title of the person named right after them."""
    ordered = sorted((m for m in mentions if m in res.of), key=lambda m: m.start)
    return {before for before, after in zip(ordered, ordered[1:])
            if "State" in res.entities[res.of[before]].classes and "Person" in res.entities[res.of[after]].classes
            and before.end <= after.start and TITLE_OF.fullmatch(text, before.end, after.start)
            and not re.search(r"\b(?:and|or)\b|,", text[before.end:after.start])}

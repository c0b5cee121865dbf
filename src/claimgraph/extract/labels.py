"""A new happening's label and who and where it names: "Armenian Armed Forces attack on Tovuz District". Who
acts in an act's own words (the agent after "by"), where it took place, and who stands before it without
acting in it (a passive verb's subject, a speaker, an asker). Plain functions of the text; `describe` takes
the resolver's naming of a mention (`named`), the one thing it needs of the source read so far."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import top_classes
from ..recognise import Sentence
from ..recognise.accords import told_by_verb
from ..recognise.aliases import NAME as ALIAS
from . import structure
from .addressed import addressed
from .families import family
from .metonymy import NAME as METONYMY
from .scope import named_subject_joins

CUES = cues("coreference")
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening
ARMED_VERBS = cues("triggers").ARMED_SUBJECT  # verbs of an attack only with a weapon ("was struck by missiles")
CLAUSES = cues("clauses")  # a label's actor: who is cited or suffers a passive verb acts in none
DEATHS = cues("deaths")  # the subject of a verb of dying suffered it, as a passive verb's does
MODALITY = cues("modality")  # a label's actor: who says a thing took place is none of its actors

# A passive verb of these classes is said of whom it was done to ("soldiers are encircled"): its subject
# suffered it (`claims`) and names no actor in its label; a passive move keeps its actor ("were deployed"). Who "was
# overthrown / deposed / ousted" lost power to the coup: its target, not who staged it.
SUFFERED = {"Attack", "Killing", "Siege", "Blockade", "Arrest", "Detention", "Abduction", "Displacement", "Capture", "Coup"}


def place_of(text: str, mention: Mention, sentence: Sentence) -> Mention | None:
    """The place a trigger names: the first place named after it, near it, that is not its agent,
    nor who made a weapon ("Iranian-made drones"), nor an end of a route ("on the Cairo-Suez road"), nor a sayer
    told last ("..., the Russian defence ministry said."), nor a capital read as its government ("talks between
    Kinshasa and the rebels": a side), nor in a clause a subordinator opens ("began in 2014, when the Houthis seized
    the capital, Sanaa")."""
    other = CUES.OTHER_CLAUSE.search(text, mention.end, mention.start + 80)
    stop = other.start() if other else mention.start + 80
    after = [m for m in sentence.mentions if m.kind == "entity" and mention.end <= m.start < stop]
    agents = agents_of(text, mention, after)
    return next((m for m in after if m not in agents and m.method != METONYMY and "Place" in top_classes(m.cls)
                 and not structure.made_by(text, m) and not structure.route_end(text, m)
                 and not structure.sayer_after(text, sentence, m) and not attribute_of_office(text, m)), None)


def agent_of(text: str, mention: Mention, after: list[Mention]) -> Mention | None:
    """The entity named just after the trigger by "by (the)": its agent ("an attack by Armenia",
    "was signed by Armenia", a trigger's own "by": "occupied by Soviet Russia"; not "the agreement proposed by
    Russia", whose "by" is another verb's; nor "an invasion repelled by Kenyan soldiers", who stopped it)."""
    end = mention.end - len(CUES.OWN_BY) if mention.text.lower().endswith(CUES.OWN_BY) else mention.end
    return after[0] if after and named_agent(text, end, after[0]) else None


AGENT_REACH = 30  # characters from an act's word to its agent: an auxiliary, a participle, "by the"


def named_agent(text: str, end: int, name: Mention) -> bool | None:
    """Does "by (the)" just after an act's word ending at `end` name the name, within `AGENT_REACH` (`CUES.AGENT`:
    "an attack by Armenia", "Tskhinvali was shelled by Georgian forces")? None when no such "by" names it; True for
    its agent, who did the act; False for who resisted it (`CUES.RESISTED_BY`: "an invasion repelled by Kenyan
    soldiers": they stopped it, began nothing). One reading for a label's actor (`agent_of`) and for the roles
    (`clause_roles`)."""
    if name.start < end or name.start - end > AGENT_REACH or not CUES.AGENT.fullmatch(text, end, name.start):
        return None
    return CUES.RESISTED_BY.match(text, end) is None


def agents_of(text: str, mention: Mention, after: list[Mention]) -> list[Mention]:
    """The agent after "by" (`agent_of`) and each name listed with it ("signed by Indonesia and Portugal in New
    York"): parties of the act, none its place."""
    agent = agent_of(text, mention, after)
    if agent is None:
        return []
    agents = [agent]
    for m in after[after.index(agent) + 1:]:
        if not CUES.AGENT_LISTED.fullmatch(text, agents[-1].end, m.start):
            break
        agents.append(m)
    return agents


def describe(text: str, mention: Mention, sentence: Sentence, date: str | None,
             named: Callable[[Mention], Entity]) -> str:
    """"Armenian Armed Forces attack on Tovuz District": who, what, where (the label adds when;
    the source is in the IRI, never in the label). An agreement is named by the text's own
    words and its date ("Tripartite agreement of 2020-11-10"): who stands near it is no author.
    Who is the agent after "by" (not "mediated by"), else the actor named last before the words in their clause (not
    the subject of a clause before one joined with a subject of its own, no pronoun, `scope.named_subject_joins`:
    "Rebel troops took Goma, and government forces recaptured Bunia", "The last Russian units left by January 1997,
    and Yeltsin and Maskhadov signed a peace treaty"; "..., but they withdrew in April" keeps them), unless the words
    are passive ("was sunk": who stands before suffered it), or that actor only tells of it, was
    driven out (`_not_acting`), was a go-between (`_go_between`) or asked for a list the words stand in as a clause of
    their own."""
    if family(mention.cls) == "agreement":
        words = mention.text if mention.text.isupper() else mention.text.lower()
        # "met in Oslo and agreed to ...": told by its verb
        words = CUES.VERB_TOLD_AGREEMENT if told_by_verb(mention) else words
        label = f"{words} of {date}" if date else words
        return f"{label[0].upper()}{label[1:]}"
    noun = CUES.NOUNS.get(mention.cls) or re.sub(r"(?<!^)(?=[A-Z])", " ", mention.cls).lower()
    near = [m for m in sentence.mentions if m.kind == "entity" and m.method != ALIAS and abs(m.start - mention.start) < 80
            and not structure.made_by(text, m)]
    agent = agent_of(text, mention, [m for m in near if m.start >= mention.end])
    if agent and CLAUSES.MEDIATING.search(text, mention.end, agent.start):
        agent = None  # "talks mediated by Qatar": a go-between, no side
    opens = max((join for join in named_subject_joins(text, sentence) if join <= mention.start), default=sentence.start)
    before = [] if passive_subject_end(text, mention) is not None else [m for m in near
                                                                        if opens <= m.start and m.end <= mention.start]
    actor = agent or next((m for m in reversed(before) if "Actor" in top_classes(m.cls)
                           and not _not_acting(text, m, mention) and not _go_between(text, sentence, m, mention)
                           and not asker_of_own_clause(text, sentence, m, mention)
                           and not addressed(text, sentence, m) and not attribute_of_office(text, m)), None)
    place = place_of(text, mention, sentence)
    words = [named(actor).label if actor else "", noun]
    if place:
        words.append(("on " if mention.cls in CUES.STRUCK_AT else "in ") + named(place).label)
    label = " ".join(w for w in words if w)
    return f"{label[0].upper()}{label[1:]}"


def _go_between(text: str, sentence: Sentence, actor: Mention, trigger: Mention) -> bool:
    """Is the actor one of the names listed after "mediated by" in its sentence (`CLAUSES.MEDIATORS_LISTED`: "Talks in
    Buenos Aires, mediated by Argentina, ... and Uruguay, produced a protocol signed ...")? A go-between acts in
    nothing its clause tells: the signing is not Uruguay's. The list ends at a comma (`CLAUSES.MEDIATORS_CLOSED`) or
    at the words themselves ("A ceasefire brokered by the OAU| took effect"); one that runs on into other names lists
    the signers: "Mediated by Norway, Israel and the PLO signed the Oslo Accords" (Israel signs)."""
    closed = CLAUSES.MEDIATORS_CLOSED.match(text, actor.end) is not None or not text[actor.end:trigger.start].strip()
    return closed and CLAUSES.MEDIATORS_LISTED.search(text, sentence.start, actor.start) is not None


def asker_of_own_clause(text: str, sentence: Sentence, actor: Mention, trigger: Mention) -> bool:
    """Is the actor the subject of an asking verb before a trigger that stands as a clause of its own
    ("The UN called for a truce, ... and an offensive in Rafah was launched by Israel"): the asker, no
    actor of what that clause tells."""
    return (actor.end <= trigger.start and CUES.ASKED_BETWEEN.search(text, actor.end, trigger.start) is not None
            and CUES.ITEM_VERB.match(text, trigger.end, sentence.end) is not None)


PASSIVE_REACH = 30  # characters: an auxiliary and an adverb ("had been systematically ")


def passive_subject_end(text: str, trigger: Mention) -> int | None:
    """Where the subject of a passive verb of harm ends: at its auxiliary ("Tskhinvali| was shelled")
    or at the trigger that holds one ("civilians| were killed"); None if the trigger is no passive
    verb of harm. Its subject suffered it: one reading for a label (no actor before it) and for the
    roles (`claims`: the subject is its target). So does the subject of a verb of dying ("Five civilians| died",
    "the officers| are dead": `DEATHS.SUFFERED_BY_SUBJECT`), ending where its auxiliaries start."""
    if trigger.kind == "trigger" and trigger.cls == "Killing" and trigger.text.lower() in DEATHS.SUFFERED_BY_SUBJECT:
        return DEATHS.DYING_AUXILIARIES.search(text, max(0, trigger.start - 2 * PASSIVE_REACH), trigger.start).start()
    if not (trigger.kind == "trigger" and trigger.text.lower() in VERBS | ARMED_VERBS and trigger.cls in SUFFERED):
        return None
    if CLAUSES.PASSIVE_VERB.match(trigger.text):
        return trigger.start
    auxiliary = CLAUSES.PASSIVE_BEFORE.search(text, max(0, trigger.start - PASSIVE_REACH), trigger.start)
    return auxiliary.start() if auxiliary else None


def _not_acting(text: str, actor: Mention, trigger: Mention) -> bool:
    """Does the actor named before the trigger only tell of it ("Human Rights Watch said ...", "according
    to X, ...", "The Houthis accused the coalition of killing 40 children in an air strike": the
    accuser), judge it ("UN envoy Volker Perthes condemned the fighting": JUDGED), or is it the side
    driven out ("drove Iranian troops from ... in an offensive"), or owns the account it is told in (`owns_account`)?"""
    return bool(MODALITY.SAYING.search(text, actor.end, trigger.start) or MODALITY.ACCUSING.search(text, actor.end, trigger.start)
                or CLAUSES.JUDGED.search(text, actor.end, trigger.start)
                or CLAUSES.CITED.search(text, max(0, actor.start - 20), actor.start)
                or structure.cued(text, actor, structure.DRIVEN_OUT) or owns_account(text, actor))


def attribute_of_office(text: str, mention: Mention) -> bool:
    """Is the state named only as the attribute of an office (`CLAUSES.OFFICE_AFTER`: "the Egyptian president",
    "Libya's ruler") whose holder's followers or kin the clause names, before "of"
    (`CLAUSES.ATTRIBUTE_HOLDERS_BEFORE`: "supporters of the Egyptian president") or after the office's possessive
    (`CLAUSES.HOLDERS_AFTER_OFFICE`: "the Iraqi leader's bodyguards")? Those people did or suffered the act; the state
    only qualifies their leader's office, so it takes no role. "Egyptian President Morsi was arrested" names the
    office's holder himself: not this."""
    office = CLAUSES.OFFICE_AFTER.match(text, mention.end)
    if office is None:
        return False
    reach = max(0, mention.start - CLAUSES.ATTRIBUTE_REACH)
    before = CLAUSES.ATTRIBUTE_HOLDERS_BEFORE.search(text, reach, mention.start)
    return before is not None or CLAUSES.HOLDERS_AFTER_OFFICE.match(text, office.end()) is not None


ACCOUNT_REACH = 30  # characters: "In the official " before an account's owner, "'s own version," after it


def owns_account(text: str, actor: Mention) -> bool:
    """Is the actor the owner of a side's account opening the clause ("By Eritrea's account, Ethiopian troops attacked
    first", `MODALITY.ACCOUNT`)? It tells the act, as a sayer does: no actor of it."""
    return any(found.start("owner") <= actor.start and actor.end <= found.end("owner") for found in
               MODALITY.ACCOUNT.finditer(text, max(0, actor.start - ACCOUNT_REACH), actor.end + ACCOUNT_REACH))

"""Resolve: mentions to entities, within one source.

Gazetteer mentions already name their entity. Trigger words ("the war", "a ceasefire",
"attacked") are resolved by discourse rules that hold in any text, tried in this order:

1. not a happening: an irrealis or non-specific use ("to broker a ceasefire", "any
   attack", "preparing for war") names no event; implicative verbs ("forced to flee",
   "obliged to sign") do; nor does a generic plural: a bare plural marked new, with no
   determiner and no date ("made new attacks on other regions", "yeni saldırılarda");
2. by date: a trigger dated in its sentence that falls in the known span of exactly one
   known event or agreement of a compatible class that this source has already named
   ("the 2016 clashes" ... "attacks ... in April 2016") is it; but an attack verb dated
   after the first day of a known war the source named and within it ("August 9 - Russian
   aircraft bomb the town of Gori") is an act of that war: a new event, part of it
   (`Resolution.part_of`); on the first day the act is the war's outbreak. A known event
   the source never names is never reached by date: a Tigray attack in 2020 is not an act
   of the Karabakh war because the two share a year;
3. one per sentence: triggers of one family (armed conflict, emergency measures,
   agreements ...) in one sentence name one entity, a named one if the sentence names one;
   outside armed conflict and agreements, two triggers that name different places are two
   ("Zangezur was given to Armenia, and autonomy was granted ... in Karabakh"); an act whose
   own words name its agent is that agent's ("the Tskhinvali assault ... to repel alleged
   attacks by South Ossetian separatists": two); the happening a comparison counts from ("its
   largest military operation since the invasion of East Timor in 1975") is an earlier one:
   new, never the story's conflict;
4. back-reference: a war declared ("Eritrea occupied Badme, and Ethiopia declared war on 13 May") is the war
   this source told last, if any, not an act its sentence tells nor a second war; a definite trigger ("the war", "this large-scale assault") is the entity
   of a compatible class this source mentioned last (an agreement word the last of its own class
   first: "The agreement was signed" is the agreement named before, not a ceasefire told since;
   after a possessive only one of its own class: "restored its ceasefire" is no peace agreement;
   an act of a war only for a trigger of its own class: "the bombing", not "the military
   operation"; a war for an attack noun only after a demonstrative: "started the 2008 war" ...
   "the initial Georgian assault" are two; nor a happening told undated for one dated in its
   own words; nor a happening a comparison counted from, for a word of another class); a bare
   noun of armed conflict ("fighting", "aggression") is the conflict in the story now (the frame), unless
   marked new ("another attack", "renewed"), indefinite and not predicative ("launched a
   military campaign", not "Primarily a conflict between"), or dated or set otherwise
   ("during the dissolution of the Soviet Union ... resorted to armed conflict");
5. otherwise a new entity of this source. A new event of armed conflict is identified by
   its class and its date (or, undated, the period its sentence is set in, else its
   sentence), and the agent its own words name; any other new event by its class and date and, where it names one, its
   place, so "withdrew", "retreat" and "the withdrawal" of one source are one withdrawal,
   but transfers of two places are two transfers.
   Its label is the text's own name for it where the text gives one ("the 2008 war", "the
   Tskhinvali assault"), else says who, what, where and when ("Armenian Armed Forces attack
   on Tovuz District, 2020-07-12"); its IRI is the slug of who, what and where with the
   source's id: deterministic, and distinct from another source's event until linking joins them.

A headline's unnamed conflict ("Four Years Since Azerbaijan's Offensive") is the conflict
the next sentences name, else the first event of its class the lead tells at a place the
headline names (an encyclopedia's "Douma chemical attack": "a chemical warfare attack was
carried out in the Syrian city of Douma"); not one the text dates in its own words ("Tbilisi's assault on
South Ossetia on August 8"), which is a happening told, not a title. Numbered resolutions
are named from their sentence.

The Resolver holds what the source has told so far and applies the rules in order; the work of each rule
lives apart, reading the Resolver's state: `naming` (which entity a name names), `antecedents` (rules 2 and
4: what a trigger names again), `minting` (rule 5: a new entity, its identity, id and label) and `headlines`
(a headline's unnamed conflict); rules that read only the text, or what is passed to them: `irrealis` (rule
1, no happening), `wars` (which war an act is of, and which war "the war" names), `labels` (a new
happening's label: who, what, where) and `wording` (the words around a trigger). What resolving yields is
`resolution`'s.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import top_classes, tops
from ..recognise import Sentence
from ..recognise.advances import told_by_verb as told_by_advancing
from ..recognise.decisions import told_by_noun
from ..recognise.votes import told_by_vote
from . import antecedents, headlines, minting, naming
from .families import FAMILIES, family
from .heads import head_word, stem
from .dates import date_of, declared_war, own_date, period
from .irrealis import no_happening
from .resolution import Known, Resolution
from .scope import part, sentence_parts
from .wars import act_beside_war, act_in_war, opens_war, war_around
from .wording import VERBS, accused, counted_from, definite, marked_new, postmodified

CUES = cues("coreference")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "resolve.v109"  # v109: s36 second reading: nor for a body's rebels named by its possessive ("the party's
# rebels", "Labour's rebels", `people_groups.members_before`);
# v108: s36 review: no armed group the source named for the rebels of a party ("the rebels in
# the Labour Party", "backbench rebels", `naming._rebels_of_a_body`);
# v107: s36 groups36: "the rebels" are the armed group the source named by name
# (`naming.rebels_named`); v106: s34 last mend: an act to come and one done at the same place are one ("will sign ...
# in Paris on 3 May" ... "they signed the accord in Paris"); v105: s34: a dated act to come is no undated act done
# ("will be executed on 1 July" ... "Two guards were executed": two); v104: s33 reading: only an undated act to come
# is kept apart from one done ("will sign
# ... on 3 May", "On 3 May they signed": one signing); v103: s33 review: "has been repelled by X" names no doer of its label;
# v102: s33: an act told as still to come ("or we will be executed") is none told as done
# ("killed the hijackers"), nor the other way round; "they open fire" a present verb, no frame; v101: the agent of a
# verb of resisting after an act ("an invasion repelled by X", `RESISTED_BY`) names no doer of its label; v100: s32: an
# attack named by a noun and a war in one sentence are two happenings; v99: "The raid may have killed 40", "The
# massacre might have been ordered by X": a hedged perfect after the act's noun keeps the act (no irrealis); v98: an
# undated act by another doer (a passive's "by" agent, ", having" participle subject) is another act; a trigger's own
# "by" names its agent; v97: s31: "may have been handed over" a hedged act, no irrealis; "Why should X attack?" none;
# v96: an accord takes the town it is named after ("the Lomé accord"); v95: "the offensive that follows" is new; no
# label name from an office's state; v94: s30 reviews
HEADLINE_SENTENCES = 2
LEAD_SENTENCES = 2  # the sentences (from 0) whose first war is the text's own war (`wars.story_war`)


class Resolver:
    """Resolves one source's mentions, sentence by sentence, in reading order. Its attributes are what the
    source has told so far, read and kept up by the functions of `naming`, `minting`, `antecedents` and
    `headlines`."""

    def __init__(self, source_id: str, text: str, known: Mapping[str, Entity], date: str | None = None):
        known = known if isinstance(known, Known) else Known(known)
        self.source_id = source_id
        self.text = text
        self.date = date  # the source's date: what a title's act is told near (`headlines.told_at_place`)
        self.sentences: list[Sentence] = []  # the source's sentences, all of them (`headlines` reads ahead)
        self.known = known
        self.dated = known.dated
        self.result = Resolution()
        self.recent: list[str] = []  # event and agreement ids, most recent last
        self.keys: dict[tuple, list[str]] = {}  # identity of a new entity -> the ids minted for it
        self.dates: dict[str, str] = {}  # entity id -> the first date this source gives it
        self.places: dict[str, tuple[int, str]] = {}  # new entity id -> (its sentence's start, the place it names)
        self.subjects: dict[str, tuple] = {}  # new entity id -> its verb's subject (`minting.verb_subject`), if named
        self.headline: list[Mention] = []
        self.plural: set[str] = set()  # new entities named by a plural ("all ceasefires collapsed")
        self.coming: set[str] = set()  # new entities told as still to come (`wording.to_come`: "will be executed")
        self.named_dates: dict[str, str] = {}  # named event id -> the first date this source tells it with
        self.known_surnames = known.surnames
        self.aliases: dict[str, str] = {}  # a name's id -> the id of the event or agreement it is another name of
        self.renamed: set[str] = set()  # minted entities labelled by the first name a source gave them
        self.accusations: set[str] = set()  # acts someone is accused of: never the story's frame
        self.tails: dict[str, Entity] = {}  # the tail of a state's long name this source used -> the state
        self.index = 0  # the sentence being read
        self.told_in: dict[str, int] = {}  # event or agreement id -> the sentence that named it last
        self.told_at: dict[str, int] = {}  # event or agreement id -> where in the text it was named last
        self.stems: dict[str, set[str]] = {}  # event or agreement id -> the stems of the words it was told with
        self.lead_war: str | None = None  # the war the text's opening sentences name first: its own war

    def __call__(self, sentences: list[Sentence]) -> Resolution:
        self.sentences = sentences
        for index, sentence in enumerate(sentences):
            self.index = index
            aliases = naming.aliases_in(sentence, self.text)
            joins = sentence_parts(self.text, sentence)
            groups = naming.named_in(self, sentence, aliases, joins)
            last: Mention | None = None  # the event or agreement named last in this sentence
            for mention in sentence.mentions:
                if mention.kind == "entity":
                    alias = naming.alias_of(self, mention, last) if mention in aliases else None
                    self._link(mention, alias or naming.named(self, mention))
                    self._date_named(mention, sentence)
                    if counted_from(self.text, mention):  # "the largest urban battle since the Second World War"
                        self.result.compared.add(self.result.of[mention])
                elif mention.kind == "trigger" and not no_happening(self.text, mention, sentence):
                    group = groups.setdefault(part(joins, mention), {})
                    entity = naming.named_by_text(self, self._trigger_entity(mention, sentence, index, group), mention,
                                                  sentence)
                    self._date_told(mention, sentence, entity)
                    group.setdefault(family(mention.cls), entity)
                    self._link(mention, entity)
                if mention in self.result.of and {"Event", "Agreement"} & tops(
                        self.result.entities[self.result.of[mention]].classes):
                    last = mention
            if self.headline and index >= HEADLINE_SENTENCES:
                headlines.close_headline(self)
        return self.result

    def minted_here(self, eid: str) -> bool:
        """Was this entity minted by this source from trigger words (so its label is a description)?"""
        return any(eid in ids for ids in self.keys.values())

    def _date_named(self, mention: Mention, sentence: Sentence) -> None:
        """Keep the date an agreement named by its title is signed on ("signed the Agreement on the Resolution of the
        Conflict in the Republic of South Sudan (ARCSS) in August 2015"), as a trigger's is kept: "The 2018
        agreement" told later is then not it (`antecedents.same_time`); and the date a named event is told with
        ("launched Operation Sunset in February 1999"): "Its largest offensive came in May 2000" is then not it
        (`antecedents.owned_anew`)."""
        date = date_of(mention, sentence, self.text)
        if "Agreement" in top_classes(mention.cls) and date:
            self.dates.setdefault(self.result.of[mention], date)
        elif "Event" in top_classes(mention.cls) and date:
            self.named_dates.setdefault(self.result.of[mention], date)

    def _date_told(self, mention: Mention, sentence: Sentence, entity: Entity) -> None:
        """Keep the first date an event named by the source (not minted from its words) is told with by a word of
        it ("The war between Eritrea and Ethiopia began in May 1998"), as `_date_named` keeps a name's."""
        if "Event" in top_classes(entity.classes[0]) and not self.minted_here(entity.id) and (
                date := date_of(mention, sentence, self.text)):
            self.named_dates.setdefault(entity.id, date)

    def _link(self, mention: Mention, entity: Entity) -> None:
        self.result.entities.setdefault(entity.id, entity)
        self.result.of[mention] = entity.id
        tail = CUES.LONG_NAME_TAIL.search(mention.text) if mention.kind == "entity" and "State" in entity.classes else None
        if tail:
            self.tails.setdefault(tail.group("tail").casefold(), entity)
        if {"Event", "Agreement"} & tops(entity.classes):
            if entity.id in self.recent:
                self.recent.remove(entity.id)
            self.recent.append(entity.id)
            self.told_in[entity.id] = self.index
            self.stems.setdefault(entity.id, set()).add(stem(head_word(self.text, mention)))
            self.told_at[entity.id] = mention.start
            if self.lead_war is None and self.index <= LEAD_SENTENCES and entity.classes[0] == "War":
                self.lead_war = entity.id

    def _trigger_entity(self, mention: Mention, sentence: Sentence, index: int, group: dict[str, Entity]) -> Entity:
        """The entity a trigger names, by the first rule that holds, in this order: a happening told before
        that its definite noun names, a war declared or one it is an act of, one known to span its date, one a
        comparison counts from, one its sentence names (`group`) or told before, else a new one (`_fresh`). A vote
        adopts a resolution of its own (`votes.told_by_vote`), and so does a body's decision told by its noun
        (`decisions.told_by_noun`: a communiqué recalls several by their dates), and armed men advancing make a push
        of their own (`advances.told_by_verb`): always a new one."""
        if mention.cls == "Resolution" and mention.value:
            return minting.numbered(self, mention, sentence)
        date = date_of(mention, sentence, self.text)
        own = own_date(mention, sentence, self.text) is not None  # "the signing ... on December 14, 1995"
        if told_by_vote(mention) or told_by_noun(mention) or told_by_advancing(mention):
            return self._fresh(mention, sentence, index, date, own)
        anaphor = definite(self.text, mention) and not postmodified(self.text, mention.end)
        return (self._told_earlier(mention, sentence, date, own, anaphor)
                or self._war_declared_told(mention)
                or self._act_of(mention, sentence, index, date, war_around(antecedents.dated_here(self), mention, date))
                or antecedents.anchored(self, mention.cls,
                                        period(date) if date else antecedents.context(self, sentence))
                or self._compared_anew(mention, sentence, index, date)
                or self._war_declared_anew(mention, sentence, index, date)
                or self._act_of(mention, sentence, index, date, self._war_of_group(mention, sentence, group, date))
                or self._grouped_or_told(mention, sentence, group, date, own, anaphor)
                or self._fresh(mention, sentence, index, date, own))

    def _told_earlier(self, mention: Mention, sentence: Sentence, date: str | None, own: bool,
                      anaphor: bool) -> Entity | None:
        """The happening told before that a definite noun (`anaphor`) names, where its places fit; not for the
        earlier happening a comparison counts from."""
        earlier = (antecedents.back_reference(self, mention, date, own)
                   if anaphor and not counted_from(self.text, mention) else None)
        return earlier if earlier and minting.fits_place(self, earlier.id, mention, sentence) else None

    def _war_declared_told(self, mention: Mention) -> Entity | None:
        """"Eritrea occupied Badme, and Ethiopia declared war on 13 May": the war declared is the war told."""
        return antecedents.war_told(self) if declared_war(self.text, mention) else None

    def _war_declared_anew(self, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity | None:
        """A war declared when no war was told ("Hamas attacked Israeli towns. Israel declared war the next
        day"): a war of its own, not the attack told before."""
        return minting.new(self, mention, sentence, index, date) if declared_war(self.text, mention) else None

    def _act_of(self, mention: Mention, sentence: Sentence, index: int, date: str | None,
                war: Entity | None) -> Entity | None:
        """A new act, part of `war` (None: no act of a war)."""
        if war is None:
            return None
        act = minting.new(self, mention, sentence, index, date)
        self.result.part_of.setdefault(act.id, war.id)
        if opens_war(self.text, mention, sentence, war, date, self.result.of, self.dates):
            self.result.opened.setdefault(act.id, war.id)
        return act

    def _war_of_group(self, mention: Mention, sentence: Sentence, group: dict[str, Entity],
                      date: str | None) -> Entity | None:
        """The war of the trigger's family its sentence names, when the trigger is an act of it (`wars.act_in_war`)."""
        war = group.get(family(mention.cls))
        return war if war is not None and act_in_war(self.text, mention, sentence, war, self.result.of) else None

    def _compared_anew(self, mention: Mention, sentence: Sentence, index: int, date: str | None) -> Entity | None:
        """The earlier happening a comparison counts from (`wording.counted_from`): a new one, marked as compared."""
        if not counted_from(self.text, mention):
            return None
        entity = minting.new(self, mention, sentence, index, date)
        self.result.compared.add(entity.id)
        return entity

    def _grouped_or_told(self, mention: Mention, sentence: Sentence, group: dict[str, Entity], date: str | None,
                         own: bool, anaphor: bool) -> Entity | None:
        """The entity of the trigger's family its sentence names (`group`), where place, agent and date fit and
        they are not an attack named by a noun and a war (`_attack_apart`);
        else, for an indefinite or bare trigger its sentence names nothing for, one told before, unless an agreement
        marked new (`wording.marked_new`: "the second ceasefire", "signed the first accords"). A trigger
        dated otherwise than what its sentence named first ("Fighting around Marib had intensified in 2021,
        and in January 2022 the Houthis launched attacks on Abu Dhabi") is another happening, none told
        before either."""
        named = group.get(family(mention.cls))
        grouped = (named is not None and not self._attack_apart(mention, named, sentence)
                   and minting.fits_place(self, named.id, mention, sentence) and not marked_new(self.text, mention)
                   and minting.by_agent(self, mention, sentence) is None)
        if grouped and antecedents.same_time(self, named.id, date):
            return named
        if anaphor or grouped or minting.specified(self, mention, sentence) or (
                family(mention.cls) == "agreement" and marked_new(self.text, mention)):
            return None
        setting = None if date else antecedents.context(self, sentence)
        return (antecedents.back_reference(self, mention, date, own, setting)
                or antecedents.same_agreement(self, mention, date))

    def _attack_apart(self, mention: Mention, named: Entity, sentence: Sentence) -> bool:
        """Are the trigger and the entity its sentence named an attack and a war (`wars.act_beside_war`), the attack
        named by a noun ("The Soviet invasion of Afghanistan ... began a war")? Then they are two happenings. An attack
        told by a verb may be how the sentence tells the war: "Georgia started the 2008 war by attacking Tskhinvali"."""
        if not act_beside_war(mention.cls, named.classes):
            return False
        attacks = [mention] if mention.cls == "Attack" else [
            m for m in sentence.mentions if self.result.of.get(m) == named.id]
        return any(m.text.lower() not in VERBS for m in attacks)

    def _fresh(self, mention: Mention, sentence: Sentence, index: int, date: str | None, own: bool) -> Entity:
        """A new happening or agreement, noted as accused (what someone is accused of) or as a headline's
        (an undated conflict or agreement of the opening sentences, or an act of a title line)."""
        fam = family(mention.cls)
        entity = minting.new(self, mention, sentence, index, date)
        if accused(self.text, mention) or CUES.IN_ACCUSATION.search(self.text, sentence.start, mention.start):
            self.accusations.add(entity.id)
        if index < HEADLINE_SENTENCES and not own and (
                fam == "conflict" and not antecedents.frame_now(self) or fam == "agreement"
                or fam not in FAMILIES and headlines.on_title_line(self, mention)):
            self.headline.append(mention)
        return entity


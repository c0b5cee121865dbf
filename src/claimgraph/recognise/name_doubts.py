"""Whether what a names rule found is the name it says, judged with what the gazetteer knows (`NameDoubts`): a known
place's word opening a "given name", a known land before a kind of land in water, a known town's quarter, a state's
word before its body, a known name where a person's should stand."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import title_start
from .name_checks import (a_body_told, a_people, after_place_word, article_before, article_surname, broadcaster,
                          common_opening, no_subject_body, person_shaped, place_kind_before, ship_before,
                          ship_named)
from .name_rules import (ADJECTIVE_OF_PLACE, AGED, AGREEMENT_OF, APPOINTED, APPOINTS, ARMED_NAMED, BESIDE_CALLING,
                         BODY, BODY_AND, COMPASS_NAMED, COMPASS_PLACE, COMPASS_WORD, CUES, FEATURE, KIN_NAMED,
                         KIN_OWNER, KNIGHTED, LED_BY, LED_BY_KIND, LOWER_BODY, MISSION, NAMED_AGREEMENT, NAMED_PLACE,
                         NAMED_SO_RULES, NAME_ROLE, NOT_PERSON_WORDS, ONE_OF_ROLE, OWNER_OF_PART, OWNS_AFTER, PERSON,
                         PLACE, PLACE_EVENT, POSSESSED, POSSESSIVE, QUARTER_OF, RELATED, ROLE_APPOSITION, ROLE_OF,
                         RULED_BY, RULER, RULING, SAID, SPEAKER, STATE_BODY, SUBJECT, SWORN, TITLED, TITLE_OF, WHO,
                         WITH_AS, after_locative, is_demonym)

# A capitalised word and "of" right before a name: the name ends a longer one ("the Organisation of African Unity")
_NAME_OF_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
# Capitalised words right before a name, right after an article or a role: "a High Transitional Authority", "Akali
# leader Harchand Singh Longowal" (after "of" they may be a body's whole name: "the Museum of Modern Art Glenn Lowry")
_CAPITALS_BEFORE = re.compile(rf"(?<![\w’'\-])(?:an?|the|{'|'.join(CUES.ROLES)})[ \t]+"
                              r"(?P<run>(?:[A-Z][\w’'\-]*[ \t]+)+)$")
TITLE_REACH = 40  # characters before a given name where its person's title may stand (`_titled_given_name`)

if TYPE_CHECKING:  # KnownNames is names' (it imports this module)
    from .names import KnownNames


class NameDoubts:
    """The judge of names rules' matches by the gazetteer's names (`names.KnownNames`): `doubtful` drops a match that
    names something else than its rule says, `named_so` and `person_words` say whether words may be a person's."""

    def __init__(self, found: KnownNames):
        self.known, self.names, self.labels, self.places, self.towns = (
            found.known, found.names, found.labels, found.places, found.towns)
        self.forces, self.owners = found.forces, found.owners
        judges = ((self._person_shape_doubtful, (PERSON,)),
                  (self._place_doubtful, (NAMED_PLACE, FEATURE, PLACE, QUARTER_OF)),
                  (self._compass_doubtful, (COMPASS_NAMED, COMPASS_PLACE)),
                  (self._body_doubtful, (BODY, MISSION, RULING, BODY_AND, STATE_BODY, LED_BY_KIND, RULED_BY,
                                         LOWER_BODY, ARMED_NAMED, OWNER_OF_PART)),
                  (self._speaker_doubtful, (SPEAKER,)),
                  (self._agreement_doubtful, (AGREEMENT_OF, NAMED_AGREEMENT, PLACE_EVENT)),
                  (self._subject_doubtful, (SUBJECT,)), (self._told_person_doubtful, tuple(NAMED_SO_RULES)),
                  (self._role_doubtful, (TITLED, ROLE_OF, TITLE_OF, KNIGHTED, NAME_ROLE, RELATED, KIN_NAMED,
                                         SWORN, WHO)),
                  (self._speech_doubtful, (SAID, POSSESSED, KIN_OWNER, AGED, APPOINTED, APPOINTS, WITH_AS,
                                           OWNS_AFTER)))
        self._judges = {pattern: judge for judge, patterns in judges for pattern in patterns}  # each rule's judge

    def doubtful(self, name: str, pattern: re.Pattern, match: re.Match) -> bool:
        """Does the rule's match name something else than its rule says (each family of rules has its judge below), or
        nothing? A rule without a judge is trusted."""
        judge = self._judges.get(pattern)
        return judge is not None and judge(name, name.split(), pattern, match)

    def _person_shape_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A person's "given name" (`PERSON`) that is the label of something else than a town ("Serbia Slobodan
        Milosevic"), a kind of place that opens a place's name, or a town's name or a variant name after a word of
        place ("In Stepanakert Sargsyan", "In Shushi Harutyunyan"; not "Dzhokhar Dudayev", where "Dzhokhar" is one of
        Grozny's names, nor "by Milan Milanovic")."""
        return len(words) > 1 and (words[0] in self.labels and words[0] not in self.towns
                                   or words[0] in CUES.NAMED_OPENED_PLACE_KINDS
                                   or words[0] in self.known and after_place_word(match, name))

    def _place_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A place named by its kind (`NAMED_PLACE`, `FEATURE`, `PLACE`, `QUARTER_OF`) that is something else: a
        quarter of no known town, a broadcaster, a known land in water, a border a noun follows ("Tajik border
        guards") or a kind qualifying a noun ("the Berlin barracks fire"), a speaker ("Coach Tom Hills said"), a
        titled person ("Major John Hills"), the kind alone, a state's wild land, a known town's quarter, or what an
        owner's possessive names ("Colonel Houari Boumediene's border army")."""
        if pattern is QUARTER_OF:  # "the Kirkuk neighbourhood of Rahimawa": the town and its quarter
            return not self._quarter_of_town(match)
        kind = match.group("kind")
        if pattern is NAMED_PLACE and broadcaster(match):
            return True  # "the History Channel aired": a broadcaster, no strait
        if pattern in (NAMED_PLACE, FEATURE) and kind in CUES.LAND_IN_WATER and self._known_land(match):
            return True  # "Jeju Island" is Jeju, "the Crimean peninsula" Crimea: no new place; else the checks below
        if pattern is FEATURE and kind in CUES.BORDER_WORDS and not CUES.BORDER_GOES_ON.match(match.string,
                                                                                              match.end()):
            return True  # "Tajik border guards", "the Cambodian-Thai border clashes": whose, what about, no place
        if pattern in (FEATURE, NAMED_PLACE) and _speaks(match):
            return True  # "Coach Tom Hills said": a person or a body speaks, a place does not
        if pattern is NAMED_PLACE and CUES.NAMED_PLACE_KINDS.get(kind) == "Region" and _titled_given_name(match):
            return True  # "Major John Hills was wounded", "Colonel Peter Creek led the raid": a titled person
        if pattern in (FEATURE, NAMED_PLACE) and name == kind:
            return name not in CUES.KIND_ALONE_PLACES  # "The oil field services firm", "The Citadel beat Furman"
        if pattern is FEATURE and (self._feature_of_other(words, match) or _kind_qualifies(match)):
            return True
        return POSSESSIVE.search(match.group("name")) is not None  # "Ukraine's Black Sea ports": the owner's, no name

    def _feature_of_other(self, words: list[str], match: re.Match) -> bool:
        """Is a feature named by its kind (`FEATURE`) a state's wild land ("the Iraqi marshes", "the Vietnamese
        jungle") or a known town's quarter ("a Nairobi slum"; "the Kirkuk neighbourhood of Rahimawa" is
        `QUARTER_OF`'s), named by no name of its own?"""
        if match.group("kind") in CUES.WILD_LAND_KINDS and len(words) == 2 and (
                words[0] in self.forces or is_demonym(words[0])):
            return True
        return self._quarter_of_town(match) or self._unnamed_quarter(match)

    def _compass_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A point of the compass before a name: "West Beirut", "South Yemen" (`COMPASS_NAMED`) a known place's part or
        namesake only; "Eastern Ghouta" (`COMPASS_PLACE`), not "Eastern Ukraine" (Ukraine), "Northern Command", nor a
        state's people's adjective ("the Central American presidents")."""
        if pattern is COMPASS_NAMED:
            return words[-1] not in self.places
        return (words[-1] in self.known or words[-1] in NOT_PERSON_WORDS or is_demonym(words[-1])
                or words[-1] in self.forces)

    def _body_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A body named by its kind or its owner that is no body of its own: a common noun ("The Old Guard"), a known
        name's or a state's government, a state's mission where no place is told, "X and Security Council" after a known
        name, a state body of no known state, the lower-case kind of a known name ("the Islamic State group"), a rule
        by no person's words, a coalition led by no known place."""
        if pattern is BODY:
            if words[-2:-1] and words[-2] in CUES.COMMON_KIND_OPENERS.get(words[-1], ()):
                return True  # "The Old Guard", "The Credit Union": a common noun, no body's name
            # "Kurdistan Regional Government"; "Kosovo Government" the state's
            return words[-1] in CUES.GOVERNMENT and (" ".join(words[:-1]) in self.names
                                                     or is_demonym(words[0]) and len(words) == 2)
        if pattern is MISSION:  # "the Chinese embassy"; not "the Grand Embassy" nor "According to the US Embassy"
            return match.group("owner") not in self.forces or not CUES.MISSION_PLACE_BEFORE.search(
                match.string, max(0, match.start() - 40), match.start())
        if pattern is RULING:  # "the US government": a state's, no body of its own
            return name in self.known or name in self.names
        if pattern is BODY_AND:  # "Peace and Security Council", not "Russia and Security Council members"
            return words[0] in self.known or is_demonym(words[0]) or words[0] in self.forces
        if pattern is STATE_BODY:  # "Mozambique's parliament", not "Sunday's parliament"; a field only of a ministry
            return match.group("owner") not in self.forces or bool(match.group("field")) and (
                match.group("kind") not in CUES.STATE_BODY_FIELD_KINDS)
        if pattern is LED_BY_KIND:  # "a coalition led by Saudi Arabia", not "an alliance led by Mr Smith"
            return match.group("leader") not in self.places | self.known
        if pattern is RULED_BY:  # "ruled by the Derg", not "backed by the Soviet Union"
            return not self.person_words(words) or name in self.names
        own = words[:-1] if pattern is LOWER_BODY else words  # "the Islamic State group", "an Islamic State cell"
        return not self.person_words(own) or " ".join(own) in self.names or bool(CUES.CREED_WORDS & set(own))

    def _agreement_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """An agreement's kind "of" what names none (`_no_agreement_of`), a named declaration that runs on into such an
        "of" ("its Unilateral Declaration of Independence"), one side's act after a state's word ("A final Ethiopian
        offensive": the trigger's and the demonym's) or a common word that opens a line ("Full-scale war")."""
        if pattern is AGREEMENT_OF:
            return self._no_agreement_of(match)
        if pattern is NAMED_AGREEMENT:  # as "Declaration of"; "the Burnham Declaration of July 1997" is named
            run_on = AGREEMENT_OF.match(match.string, match.start("kind"))
            return (run_on is not None and run_on.group("of").split()[0] not in CUES.MONTHS
                    and self._no_agreement_of(run_on))
        return (match.group("kind") in CUES.SIDE_ACT_KINDS and words[0] in self.forces) or common_opening(match)

    def _subject_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A verb's subject (`SUBJECT`) that is no person's name or stands after other capitalised words: "Goldman
        Sachs backed the bid", "The Serbs accused" (no person, no body), "Human Rights Watch said", "Foreign Ministry
        said", "Karen Christians died"."""
        if no_subject_body(match):
            return True
        return (not self._given_and_surname(words, match) or name in self.names or a_people(words[-1])
                or not set(match.group("before").split()) <= CUES.NOT_NAMES | CUES.MONTHS or a_body_told(match)
                or ship_before(match))

    def _told_person_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A person a role, a command, a calling or rule tells (`NAMED_SO_RULES`; a name may be a town's: "Martin",
        "Paisley") whose words are no person's: a lone word that is a known name or a place's after its kind ("the
        envoy to the region, Darfur,"), a figure of speech ("The revolution's son Hope Street"), an operation or a known
        name after "under", a law's name, a body's name after an opening "Led by" ("Led by Ahrar al-Sham")."""
        if not self.named_so(words):
            return True
        if pattern is ROLE_APPOSITION:  # a lone word: no known name ("the envoy, Kabul, ..."), no place's
            return len(words) == 1 and (not self.person_words(words) or place_kind_before(match))
        if pattern is BESIDE_CALLING:
            return (CUES.COMMON_OWNER_BEFORE.search(match.string, max(0, match.start() - 30), match.start()) is not None
                    or words[0] in CUES.CLUB_OPENING_WORDS  # "coach Real Madrid sacked"
                    or _relative_subject(match))
        if pattern in (RULER, ONE_OF_ROLE) and (name in self.names or words[0] in CUES.EVENT_OPENERS):
            return True  # "under Operation Turquoise"
        if pattern is RULER:  # "under Mengistu Haile Mariam", "Syria under Hafez al-Assad"; not a law's name
            return not (person_shaped(words) or article_surname(words)) or bool(CUES.LAW_WORDS & set(words))
        if pattern is LED_BY and match.group()[:1].isupper():  # "Led by Joseph Kony", not "Led by Ahrar al-Sham"
            return not person_shaped(words)
        return False

    def _role_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A person a title, a role, an oath, kin or a relative "who" tells whose words are no person's: a ship ("the
        Queen Mary sailed"), a place after a role ("its leader in Southeast Asia") or a body ("the chairman of the Joint
        Chiefs"), a known place after "Sir", a known name in a name before its role, a town's or a known name as kin
        ("his rival Manchester City", "her son Jordan"), "The Grand Jury was sworn in"."""
        if pattern is TITLED:
            return ship_named(words, match)
        if pattern is ROLE_OF and self._inside_longer_name(match, name):
            return True  # "chairman of the Organisation of African Unity", "head of a High Transitional Authority"
        if pattern in (ROLE_OF, TITLE_OF):
            return after_locative(match) or article_before(match, name)
        if pattern is KNIGHTED:  # "Sir Paul Scoon", not "the island of Sir Bani Yas": a known place
            return " ".join(words[1:]) in self.places
        if pattern is NAME_ROLE:  # "President of Serbia Slobodan Milosevic, the former president of": no "Serbia"
            # a role after it: "Masoud Barzani, President of"; a given name may be a town's ("Issa Hayatou, the president")
            return not (self.person_words(words, shaped=False)
                        or len(words) > 1 and words[0] in self.towns and self.person_words(words[1:], shaped=False))
        if pattern in (RELATED, KIN_NAMED):
            return not self.named_so(words) or name in self.known
        if pattern is SWORN:  # an oath of office names a person, though a town's names are the words ("Adama Barrow")
            return not (self.named_so(words) and person_shaped(words))
        return self._no_person_before_who(name, match)

    def _inside_longer_name(self, match: re.Match, name: str) -> bool:
        """Are the words after a role (`ROLE_OF`) the end of a longer name: after a capitalised word and "of" ("the
        Organisation of African Unity", "the Government of Southern Sudan"), or after an article or the role and
        capitalised words that are no known name, kind, title or point of the compass ("a High Transitional
        Authority", "leader Harchand Singh Longowal": the name is all of them, read by the rules that read it whole)?
        Not after a known name ("the then president of Serbia Slobodan Milosevic") nor a body's ("the head of the Free
        Aceh Movement Hasan Tiro")."""
        start = match.string.find(name, match.start("name"))
        before = match.string[max(0, start - 60):start]
        if _NAME_OF_BEFORE.search(before):
            return True
        run = _CAPITALS_BEFORE.search(before)
        if run is None:
            return False
        words = run.group("run").split()
        return (" ".join(words) not in self.names and words[-1] not in self.known and words[-1] not in NOT_PERSON_WORDS
                and not COMPASS_WORD.fullmatch(words[-1]))  # "the Free Aceh Movement Hasan Tiro": a body's

    def _speaker_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A transcript's label with no title before it that names a known place, no person: a station's call sign or
        a hotline's end in a radio log ("MOSCOW: It is signed.", the state or its command speaking). An office is a
        person's ("SPOKESMAN:", "CHAIRPERSON:": one unnamed)."""
        return not match.group("title") and name.title() in self.names

    def _speech_doubtful(self, name: str, words: list[str], pattern: re.Pattern, match: re.Match) -> bool:
        """A person told by speech, a possessive, an age, kin or an appointment whose words are no person's ("said Human
        Rights Watch", "Russia's Black Sea Fleet"): an unknown owner's person only by a person's shape ("the FLN's
        Chawki Mostefaï"; "the US's Patriot Missiles" no person), no kin after "the" or without a person's shape
        ("Vodafone's sister company"), a firm named to serve a deal ("Goldman Sachs was named adviser on the deal"), a
        verb's object before "and his" ("He left Goldman Sachs and his wife followed")."""
        if pattern is POSSESSED and self._owner_no_person(words, match.group("owner")):
            return True
        if pattern is KIN_OWNER and (CUES.ARTICLE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
                                      or not (match.group("named") or person_shaped(words))):
            return True  # "the revolution's son", "Vodafone's sister company": no person's; "Gaddafi's son Saif" one
        if pattern is OWNS_AFTER and CUES.OBJECT_BEFORE_OWNER.search(match.string, max(0, match.start() - 20),
                                                                     match.start()):
            return True  # "He left Goldman Sachs and his wife followed": a verb's object, the "his" the subject's
        if pattern in (APPOINTED, APPOINTS, WITH_AS) and match.group("role") in CUES.FIRM_ROLES and (
                CUES.FIRM_DEAL_AFTER.match(match.string, match.end())):
            return True  # "with Lazard as adviser on the debt": a firm
        return not self.person_words(words)

    def _owner_no_person(self, words: list[str], owner: str) -> bool:
        """Do the words after a possessive (`POSSESSED`) name no person of their owner: an owner no known place that is
        no acronym before a person's shape ("the FLN's Chawki Mostefaï"), or an acronym's thing ("the US's Patriot
        Missiles", "the UN's World Food Programme")?"""
        if owner.split("-")[-1] not in self.known and not (owner.isupper() and person_shaped(words)):
            return True
        return owner.isupper() and not person_shaped(words)

    def listed_person(self, words: list[str]) -> bool:
        """May a list's item be a person's name: `_named_so` (a given name may be a town's: "Terry Waite"), its first
        word no state's or land's label ("Jordan Valley"), no word an owner's ("Labour's Ana Ruiz": the party's)?"""
        return self.named_so(words) and not (words[0] in self.labels and words[0] not in self.towns) \
            and not any(w.endswith(CUES.POSSESSIVE_ENDINGS) for w in words)

    def named_so(self, words: list[str]) -> bool:
        """Words a role, a command or a calling before them may make a person's name: no word of a kind or title
        first, no demonym, the words after it no known name but a town's ("Ian Paisley", "Ahmed Ben Bella")."""
        return (self.person_words(words[1:], self.towns) and words[0] not in NOT_PERSON_WORDS
                and not is_demonym(words[0]) and words[0] not in self.forces)  # "Iraqi Kurdistan's government"

    def person_words(self, words: list[str], allowed: frozenset[str] = frozenset(), shaped: bool = True) -> bool:
        """Can these words be a person's name: no known name (but the `allowed` ones), no kind of body,
        place, agreement or event, no title, no demonym? With `shaped` off, a word only shaped like a demonym
        ("Barzani") may be a surname; a listed demonym or a state's word ("Azerbaijani") not."""
        def demonym(w: str) -> bool:
            return is_demonym(w) if shaped else w in CUES.DEMONYMS_IAN or w in self.forces
        return not any(w in self.known and w not in allowed or w in NOT_PERSON_WORDS or demonym(w) for w in words)

    def _given_and_surname(self, words: list[str], match: re.Match) -> bool:
        """May a verb's subject or the words before a relative "who" be a person's name, though a word of it is a known
        place's? A surname may be a town's ("Fidel Castro said", "Juan Manuel Santos, who"), and a given name another
        spelling of a place, not its label ("Juan", a variant of Juan-les-Pins); not a state's capital, which names a
        club or a government far more often than a surname ("Dynamo Kyiv said", "Sporting Lisbon, who had been"), nor
        after a word of place, where the first word names the place ("In Khankendi Harutyunyan said")."""
        if self.person_words(words):
            return True
        return (words[0] not in self.labels and words[-1] not in self.owners
                and not after_place_word(match, " ".join(words)) and self.named_so(words))

    def _known_land(self, match: re.Match) -> bool:
        """Whether the words before a kind of land in water name a known place, by its name or its demonym ("Jeju
        Island", "the Crimean peninsula"): the known place is meant, read by its own rule."""
        before = match.string[match.start("name"):match.start("kind")].strip()
        before = before[4:] if before[:4].lower() in CUES.ARTICLES else before  # "The Crimea peninsula was annexed"
        return (before in self.places or before in self.forces or is_demonym(before)
                or bool(ADJECTIVE_OF_PLACE.fullmatch(before)))

    def _quarter_of_town(self, match: re.Match) -> bool:
        """Is the match "X neighbourhood of Y" with X a known town and Y none ("the Kirkuk neighbourhood of Rahimawa":
        Kirkuk the town, Rahimawa its quarter, `QUARTER_OF`)? Not "the Sabra neighbourhood of Beirut": the quarter of
        the known town Beirut is named Sabra (a town's name elsewhere)."""
        quarter = QUARTER_OF.match(match.string, match.start())
        return quarter is not None and quarter.group("town") in self.towns and quarter.group("name") not in self.towns

    def _unnamed_quarter(self, match: re.Match) -> bool:
        """Is the match a known town's name and a kind of its quarters ("a Nairobi slum": `QUARTER_KINDS`), no other
        town after "of"? The words say whose the quarter is, and name none: the town keeps its name. Not "the Sabra
        neighbourhood of Beirut": the town is Beirut, the quarter's name Sabra."""
        kind = match.group("kind")
        town = match.string[match.start("name"):match.start("kind")].strip()
        return (re.fullmatch(CUES.QUARTER_KINDS, kind) is not None and town in self.towns
                and not CUES.QUARTER_OF.match(match.string, match.end()))

    def _no_person_before_who(self, name: str, match: re.Match) -> bool:
        """Is the name before a relative "who" (`WHO`) no person's: not shaped as one (up to four words), a known
        name or words that name no person, "the" before it ("The Rolling Stones, who"), or neither a clause of one
        person after it (`CUES.WHO_ONE_PERSON`) nor a known place's possessive before it ("Mauritania's ...")?"""
        words = name.split()
        told = CUES.WHO_ONE_PERSON.match(match.string, match.end()) or match.group("owner") in self.known
        return (not (person_shaped(words, most=4) and self._given_and_surname(words, match)) or name in self.names
                or article_before(match, name) or not told)

    def _no_agreement_of(self, match: re.Match) -> bool:
        """An agreement's kind "of" what is no agreement's name: a possessive inside ("the Agreement of
        Russia's parliament"; after a town it ends the name: "the Treaty of Lausanne's borders"), a declaration
        or charter of no place ("the Declaration of Independence") unless the phrase is what was signed or
        adopted and no possessive owns it ("The Declaration of Principles was signed")."""
        of = match.group("of")
        town = next((of[:-len(e)] for e in CUES.POSSESSIVE_ENDINGS if of.endswith(e)), of)
        of = town if town in self.towns else of
        if "’" in of or "'" in of:
            return True
        if match.group("kind") not in CUES.AGREEMENT_OF_PLACE_KINDS or of in self.places:
            return False
        text = match.string
        return not (CUES.SIGNED_AFTER.match(text, match.end()) and not CUES.OWNED_BEFORE.search(text[:match.start()]))


def _titled_given_name(match: re.Match) -> bool:
    """Does a person's title stand right before the word before the kind of land in a place's name ("Major John Hills",
    "Lt. Col. Peter Creek"): a given name and a surname a land's kind ends, no land? Not a land in water ("Sheikh Zayed
    Island"), nor after a monarch's or peer's title, which names a land after its bearer ("King George Valley",
    `NAMING_TITLE_BEFORE`)."""
    text, kind = match.string, match.start("kind")
    words = text[match.start("name"):kind].split()
    if not words or match.group("kind") in CUES.LAND_IN_WATER:
        return False
    given = text.rfind(words[-1], 0, kind)
    return (title_start(text, given, words[-1], TITLE_REACH) is not None
            and not CUES.NAMING_TITLE_BEFORE.search(text, max(0, given - TITLE_REACH), given))


def _kind_qualifies(match: re.Match) -> bool:
    """Does a lower-case noun follow a feature's kind (`CUES.KIND_WORD_AFTER`: a word no word of grammar, no past and
    no word that may be a verb's form), so that the kind qualifies it and names no site: "The Texas hospital
    association backed the law" (Texas keeps its own mention), "the Berlin barracks fire"; not "the Kilian barracks
    were stormed", "the Tengiz oil field rose"?"""
    after = CUES.KIND_WORD_AFTER.match(match.string, match.end())
    if after is None:
        return False
    word = after.group("word")
    return not (word in CUES.KIND_ENDS_BEFORE or word.endswith(CUES.KIND_ENDS_ENDINGS)
                or CUES.KIND_ENDS_VERB.fullmatch(word))


def _relative_subject(match: re.Match) -> bool:
    """Is the name after a calling (`CUES.CALLINGS`) the subject of a relative clause the calling heads: an article
    before the calling (an adjective between allowed), no comma after it, a past verb after the name with no object of
    its own, and the main clause's verb later ("The coach Aston Villa hired in June lost", "the blogger Daily Kos quoted
    was"; not "Striker Thomas Dossevi was blunter", "the driver, Mario Adjoua, was killed", "The pilot Fernando Soto
    shot down three planes": the name's own verb)?"""
    text, calling = match.string, match.group("calling")
    if (calling.lower() not in CUES.CALLINGS or "," in text[match.end("calling"):match.start("name")]
            or CUES.CALLING_ARTICLE_BEFORE.search(text, max(0, match.start() - 24), match.start()) is None):
        return False
    verb = CUES.RELATIVE_VERB_AFTER.match(text, match.end())
    return verb is not None and CUES.MAIN_VERB_LATER.match(text, verb.end()) is not None


def _speaks(match: re.Match) -> bool:
    """Is the name a speaker's verb's subject (`SPOKEN_AFTER`: "Coach Tom Hills said"), no preposition's object before
    it (`PLACE_OBJECT_BEFORE`: "Officials near the Tajik border said": the officials speak, the border is a place)?"""
    text = match.string
    return (CUES.SPOKEN_AFTER.match(text, match.end()) is not None
            and not CUES.PLACE_OBJECT_BEFORE.search(text, max(0, match.start() - 30), match.start()))

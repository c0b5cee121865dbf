"""The words of modality in English: negation, doubt, saying, accusing, denying, estimating
(`claimgraph.extract.modality`)."""

import re

from . import _verbs, clauses

# The words between an event and what describes it: "the fighting between" its sides, "the conflict in" its place.
DESCRIBED = {"hasActor": re.compile(r"\s+between\s+[^,;:.]*$"), "target": re.compile(r"\s+between\s+[^,;:.]*$"),
             "hasPlace": re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?$")}
_AUX = r"(?:did|does|do|was|were|is|are|has|have|had|could|would|will|can)"
# Words that tell an act as one still to come: planned or scheduled ("will withdraw", "is due to take effect", "plans
# to sign", "must withdraw"; what is provided for is read by `LISTED`); not "must have" (a guess about the past), nor
# the noun ("the will of the people", "the will to fight"). An act offered or proposed is one still to come too, held
# out to the other side, not held ("offered talks", "proposed a ceasefire", "offered to negotiate": whether it took
# place the text tells apart); not what is offered as it is given ("offered stiff resistance", `_OFFERED_DONE`), nor
# what follows "proposed by" ("the ceasefire proposed by Egypt took effect": the verb after is the clause's), nor an act
# a proposal comes after or from ("the recommendations following the massacre", "proposals from the bombing inquiry"),
# nor what the recommendations "of" a body bear on ("The recommendations of the inquiry into the massacre").
_OFFERED_DONE = r"(?:\s+(?:\w+\s+)?(?:resistance|battle|fight|shelter|refuge|asylum|condolences|support))"
# An act held out as wanted, threatened or promised is one still to come as well ("threatened to kill the hostages",
# "vowed to retake the town", "hopes to hold talks", "gave Iraq an ultimatum to withdraw", "troops are ready to land",
# "is prepared to release the prisoners"), and so is one recommended
# ("The government should establish a tribunal", "ought to withdraw"; not "should have", a past not done, nor the
# writer's "it should be noted that", nor a condition put first: "Should the ceasefire fail, ..."), one called for or
# demanded ("called for an immediate ceasefire", "Demands the withdrawal of all foreign forces") and a meeting called
# ("has called an emergency meeting": convened, not yet held; not "called off", nor one named after "the": "called the
# summit a success" judges one held); "promised elections" as "promised to hold elections" (not "As promised, troops
# withdrew", "As pledged at the summit", nor the participle after a determiner: "the promised withdrawal began", but
# "the pledge to hold elections"). Not what one "should know" or "should note": the writer's address to the reader,
# whose act is told.
# So is one a side declares its readiness or willingness for ("declare readiness to talks"), or asks or requests for
# itself ("asked to be arrested", "requested to join the talks").
# Not a task of study or of saying one is asked to do (_STUDIED): "Students are asked to compare two massacres" is set
# a lesson, the massacres are told.
_STUDIED = (r"(?:compare|contrast|describe|explain|identify|see|consider|discuss|read|write|name|list|summari[sz]e|"
            r"analy[sz]e|assess|evaluate|study|research|define|outline|answer|think|imagine|look|find)")
_DETERMINED = r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ba\s)(?<!\ban\s)(?<!\bas\s)"
_WANTED = (r"(?:threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|ready|prepared|"
           r"wish(?:es|ed|ing)?|ought|(?:readiness|willingness|preparedness)|"
           rf"(?:ask|request)(?:s|ed|ing)?)\s+to(?!\s+{_STUDIED}\b)|"
           r"(?<!\bas\s)(?:promis|pledg)(?:e|es|ed|ing)\s+to|"
           rf"{_DETERMINED}(?:promis|pledg)(?:e|es|ed|ing)(?=\s)|"
           r"ultimatums?\s+(?:[\w’'-]+\s+){0,3}?to")
_SHOULD = (r"(?-i:should)(?!\s+(?:have|know|note|remember|recall|understand|reali[sz]e|"
           r"be\s+(?:noted|said|stressed|emphasi[sz]ed|recalled|remembered|added|mentioned))\b)")
# An act weighed is still to come too: "Britain considered sending troops", "thought about sending troops", "weighed
# attacking the port" (a gerund after it; not "considering", a preposition: "Considering fighting had ended").
_WEIGHED = (r"(?:consider(?:s|ed)?|contemplat(?:e|es|ed)|weigh(?:s|ed)?|(?:thought|think|thinks)\s+(?:about|of))"
            r"(?=\s+\w+ing\b)")
# ...and an act one is on one's way to, or does something in order to ("killed on his way to meet Tshombe", "moved
# troops in order to attack the port"): its purpose, not yet done. A verb after "to", not a noun phrase ("on the way to
# the summit", "on her way to school").
_PURPOSE = (r"(?:on\s+(?:his|her|its|their|the|our|my)\s+way|in\s+order|so\s+as)\s+to"
            r"(?!\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|school|work|church|hospital)\b)")
_MEETING = r"(?:meeting|summit|session|conference|elections?|referendum|talks)"
# "demanding" after an article or a degree word is an adjective ("after a demanding and bloody campaign"): no demand.
_NOT_ADJECTIVE = r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bvery\s)(?<!\bmore\s)(?<!\bmost\s)(?<!\bless\s)"
# An act asked, appealed or pressed for is called for too ("a Soviet message asking in addition for the withdrawal of
# US missiles", "appealed for a ceasefire"), and one proposed by a noun ("a proposal for talks", "his proposal to hold
# elections").
_ASKED_FOR = (r"(?:ask|appeal|plead|press)(?:s|es|ed|ing)?\s+"
              r"(?:(?:in\s+addition|again|also|instead|publicly|formally|repeatedly)\s+)?for")
# (not "so-called", nor "called the summit a success")
_CALLED = (rf"call(?:s|ed|ing)?\s+for|{_ASKED_FOR}|demand(?:s|ed)?(?=\s)|{_NOT_ADJECTIVE}demanding(?=\s)|"
           r"(?<![-‐])call(?:s|ed|ing)?(?!\s+(?:the|this|that|these|those)\b)"
           rf"(?=\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_MEETING}\b)")
# An accord named for an act of its terms ("signed a protocol on the withdrawal of troops from the border", "an
# agreement for the exchange of prisoners", "the deal concerning the release of the hostages") provides for that act,
# still to come: only an act that terms provide (a withdrawal, a release, a return, an exchange, elections,
# disarmament), not one an accord ends or answers ("the agreement on the war", "a treaty on the invasion").
_PROVISION_ACT = (r"(?:withdrawals?|pull-?outs?|release|exchanges?|returns?|repatriation|evacuation|"
                  r"disarm(?:ament|ing)|demobili[sz]ation|demilitari[sz]ation|elections?|referend(?:um|a)|hand-?over|"
                  r"(?:re)?deployment|reduction|cessation|resettlement)")
# Not an act told as done by a participle or a relative clause of the past and a year (_PROVIDED_DONE): "the agreement
# on the elections held in May 1994", "on the withdrawal that took place in 1989" (but "elections to be held in 1994").
_PROVIDED_DONE = (r"\s+(?:held|(?:that|which)\s+(?:took\s+place|ended|(?:was|were)\s+(?:held|completed)))"
                  r"\s+(?:[\w,-]+\s+){0,3}?in\s+(?:[\w,]+\s+){0,2}?\d{4}\b")
_TERMS_ON = (r"(?:agreements?|accords?|protocols?|treat(?:y|ies)|memorand(?:um|a)(?:\s+of\s+understanding)?|deals?)"
             rf"\s+(?:on|for|concerning|regarding)"
             rf"(?=\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?{_PROVISION_ACT}\b(?!{_PROVIDED_DONE}))")
FUTURE = re.compile(rf"\b(?:{_verbs.WILL}(?!\s+(?:of|to)\b)|must(?!\s+have\b)|{_verbs.BE_SCHEDULED}\s+to|"
                    r"(?:is|are)\s+to|"
                    r"(?:plans?|planning|intends?|intending)\s+to|"
                    rf"{_WANTED}|{_SHOULD}|{_CALLED}|{_WEIGHED}|{_PURPOSE}|{_TERMS_ON}|"
                    rf"(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|als?)|recommend(?:s|ed|ing|ations?(?!\s+of\b))?)"
                    rf"(?!{_OFFERED_DONE}\b|\s+(?:by|after|following|since|from)\b)(?:\s+to)?)\b",
                    re.IGNORECASE)
# What a verb of ending bears on is given, only its end is still to come: "called on Russia to end the war in Ukraine",
# "calling on both countries to cease all hostilities", "Russia will end the war" plan no war, no hostilities. So is
# what a verb of answering a past act bears on: "The UN should investigate the massacre", "will condemn the bombing";
# and what one will study or tell of (a lesson plan's "Students will study the invasion of Kuwait", "will describe the
# raid", "will look back on the siege": the act is known, the lesson is to come); not "discuss", "talk about", "look
# at": talks "will discuss a ceasefire" still to come; nor "explain" or "compare", said of a plan as often ("The
# president will explain the deployment of troops to Mali"). What one calls off is given as what one ends is ("The union
# will call off the strike": the strike goes on till then, only its calling off is to come).
ENDING = re.compile(r"\s*(?:\w+ly\s+)?(?:end|cease|halt|stop|lift|suspend|finish|call\s+off|investigate|probe|examine|"
                    r"look\s+(?:into|back\s+on)|condemn|avenge|punish|prosecute|commemorate|mourn|apologi[sz]e\s+for|"
                    r"study|analy[sz]e|describe|recount|narrate|(?:learn|read)\s+about)\b",
                    re.IGNORECASE)
# A modal of what may have been, before "have" ("The prisoners may have been handed over", "the pilot might have been
# killed", "the rebels could have fired the rocket", "must have died"): the act named just after it is told as
# possible, alleged, not as one that happened (`extract.modality`: read as `FUTURE` is, the act named right after it,
# no word between: "could have won the battle" hedges the winning, the battle is told). Lower case: "in May have" is
# no modal. With a condition before it in the sentence it tells no act at all (`coreference.COUNTERFACTUAL`).
HEDGED_PAST = re.compile(rf"\b{_verbs.HEDGED_MODAL}\s+(?:{_verbs.HEDGED_ADVERB}\s+)?have\s+(?:been\s+(?:an?\s+)?)?")
# ...and so does it of a participle joined to the first by "or" or "and", which shares its modal: "The tanks may have
# been seized by or handed over to the rebels", "The villagers could have been killed or expelled by the army" (the
# first participle, its particle and a bare preposition between; `extract.modality`, read as `HEDGED_PAST` is).
HEDGED_JOINED = re.compile(rf"(?-i:[a-z])[\w-]*(?:\s+(?:over|out|off|up|down|back|away))?(?:\s+(?:by|to|from|with))?"
                           rf"\s+(?:or|and)\s+(?:(?:also|then|later)\s+)?(?P<act>{_verbs.PAST_VERB})\b", re.IGNORECASE)
# ...and after an act's noun, its subject (`_verbs.HEDGED_AFTER`: "The raid may have killed 40 civilians", "The massacre
# might have been ordered by the general"): the act and what is told of it -> Unconfirmed; a definite act ("The
# massacre", "the raid on the camp") is told as given, only what the modal's verb says of it is hedged
# (`extract.modality`, read as `FUTURE_AFTER` is: the act named just before).
HEDGED_AFTER = re.compile(rf"\s+{_verbs.HEDGED_AFTER}", re.IGNORECASE)
# An order or a plea opening a sentence or a quotation: an act's verb in its base form, capitalised, before its object
# ("Withdraw your police from Kidal," he told the rebels; "Release the hostages", "Please hand over the prisoners"):
# the act is asked for, still to come (`extract.modality`, when the word is the act's own and opens its sentence or a
# quotation) -> Planned. Not a gerund nor a past ("Fighting the rebels", "Attacked the town"), and what one is told
# to stop is given (`ENDING`: "Stop the shelling").
_OBJECT_OPENING = r"(?:the|your|our|their|all|every|this|these|those|its|his|her|them|him|us|any|some)"
IMPERATIVE = re.compile(rf"(?:(?-i:Please)\s+)?(?P<act>(?-i:[A-Z][a-z]+)(?<!ing)(?<!ed))"
                        r"(?:\s+(?:down|out|over|up|back|off))?"
                        rf"\s+{_OBJECT_OPENING}\b", re.IGNORECASE)
# The marks before an order that opens its sentence or a quotation: quotation marks, a bracket, a dash; and those that
# open a quotation within a sentence ('he shouted: "Burn the houses"').
IMPERATIVE_OPENING = "\"“‘'(—– \t\n"
QUOTE_OPENING = "\"“‘"
# What a speaker tells the one addressed that they did, in quotation marks, is the speaker's charge, not the source's
# finding (`extract.modality`): '"You shelled the city," the mayor told the general', '"Your troops burned the
# villages around Gulu"': the act its verb tells (`act`) -> Unconfirmed, not what the act bore on ('"You won the
# election," the judge told the candidate': the election is told). Not a participle before "by" or "as" ("your men
# trained by ...").
ADDRESSED_CHARGE = re.compile(rf"\b(?:you|your(?:\s+[\w’'-]+){{1,3}}?)\s+(?:have\s+|had\s+|has\s+)?(?:\w+ly\s+)?"
                              rf"(?P<act>{_verbs.PAST_VERB})\b(?!\s+(?:by|as)\b)", re.IGNORECASE)
# ...and words after an act's noun that tell it as one still to come: "Multi-party elections are to be held within a
# year", "Elections are due in 2025", "The meeting is scheduled for May", "Further talks are expected later this month",
# "a ceasefire is to take effect once ..." (not "is due to", "is expected to", read by FUTURE). After "is to" only a verb
# of happening: "The offensive is to blame for the deaths", "The invasion is to be remembered as a turning point" plan
# nothing, and what "is to end" is given (`ENDING`).
_HAPPEN = (r"(?:take\s+(?:effect|place)|come\s+into\s+force|enter\s+into\s+force|begin|start|resume|open|meet|"
           r"be\s+(?:held|signed|launched|implemented|deployed))")
# A modal of what may be says the same after its noun: "a summit under OAU auspices might be held", "talks could begin".
# So does a time set for it, told in the past too: "A landing on the islands was set for 22 December", "Elections were
# planned for May" (a plan of its day, whatever came of it): a time follows, a number, a day's or a month's name or a
# word of time ("set for next week", "planned for the end of the year"); not a time it took to plan ("was planned for
# months", "for two years", "for 10 years"), nor an aim ("was planned for maximum effect").
_TIME_NOUN = (r"(?:spring|summer|autumn|winter|weekend|morning|afternoon|evening|night|dawn|day|week|month|year|"
              rf"{_verbs.TIME_NAMES})")
_TIME_SET = (rf"(?:\d{{4}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_verbs.TIME_NAMES})\b|\d{{1,2}}[:.]\d\d\b|"
             rf"(?:{_verbs.TIME_NAMES})\b|tomorrow\b|tonight\b|"
             rf"(?:the\s+)?(?:(?:early|mid|late|end|beginning|start|middle)\b|"
             rf"(?:next|later|this|following|coming)\s+{_TIME_NOUN}\b|{_TIME_NOUN}\b))")
_SET_FOR = rf"(?:is|are|was|were)\s+(?:set|scheduled|planned|fixed|slated)\s+for\b(?=\s+{_TIME_SET})"
# So does its putting off, in the past too: "The election was postponed twice", "The summit has been delayed until
# May" (an act put off had not taken place when told); not one held in the end ("was postponed but held in April",
# "was postponed until spring and began in April"), nor one only delayed, which took place late ("The withdrawal was
# delayed by three months": "delayed" puts off only "until" a time or "indefinitely"), nor one told late by a delay of
# minutes, hours or days ("postponed by a day": it came late, it took place), nor one that a verb of an act's course
# joined after it tells as begun or over ("was postponed and ended without a deal"; not "was postponed and moved to
# Paris", "and later cancelled").
_PUT_OFF = r"(?:postponed|delayed(?=\s+(?:until|till|indefinitely)\b)|deferred|put\s+off|rescheduled)"
_LATE_BY = r"\s+by\s+(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:minute|hour|day|night)s?\b"
# (`_HELD` reads "began", "started", "resumed" anywhere after, so the course's verbs joined are the others)
_COURSE = r"(?:opened|convened|ended|closed|finished|concluded|lasted|broke\s+(?:up|down)|collapsed)"
_JOINED_COURSE = rf"[^.;]*?\b(?:and|but)\s+(?:(?:then|later|\w+ly)\s+)?{_COURSE}\b"
_HELD = r"[^.;]*\b(?:held|took\s+place|went\s+ahead|began|begun|started|resumed|completed|launched)\b"
_POSTPONED = (rf"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:again|twice|repeatedly|\w+ly)\s+)?{_PUT_OFF}"
              rf"(?!{_HELD}|{_LATE_BY}|{_JOINED_COURSE})")
# So do a schedule with the verb of its beginning ("The talks are due to begin in Cairo", "the talks that are supposed
# to follow in Managua", "Elections were expected to take place in May"; not "to resume": talks told before go on) and
# a beginning still awaited ("The trial has not yet begun", "Talks have yet to start", "the vote is yet to take
# place"). A past schedule whose beginning the sentence then joins to it is no plan ("The talks were due to begin on
# Monday but began on Wednesday", "due to open on Monday but finally opened"); a beginning of another act after it is
# no keeping of it ("were due to begin after the ceasefire began").
_BEGIN_ANEW = r"(?:take\s+place|begin|start|open|follow|convene|be\s+held)"
_SCHEDULED = rf"\s+(?:{'|'.join(_verbs.SCHEDULED_FORMS)})\s+to\s+{_BEGIN_ANEW}"
_KEPT = (r"[^.;]*?\b(?:and|but)\s+(?:[\w’'-]+\s+){0,2}?"
         r"(?:began|started|opened|convened|took\s+place|went\s+ahead|(?:was|were)\s+held)\b")
_SCHEDULED_BEGIN = (rf"(?:is|are){_SCHEDULED}|(?:was|were){_SCHEDULED}(?!{_KEPT})|"
                    r"(?:has|have|had)\s+(?:not\s+yet|yet\s+to)\s+(?:begun|begin|started|start|opened|open|"
                    rf"taken\s+place|take\s+place|been\s+held|be\s+held)|(?:is|are)\s+yet\s+to\s+{_BEGIN_ANEW}")
# So does "to be" and the participle of a verb that holds, makes or carries out an act, told in the past too (the terms
# of an accord as its day saw them: "Elections are to be held in May", "a plebiscite and then elections were to be
# held within the year", "A government of national unity is to be formed"); not what is to be ended or lifted, given
# (the siege "was to be lifted"), nor a past told ahead of its time ("The war was to be followed by years of unrest",
# "The offensive was to be remembered as ...", "The battle was to be fought over three days"), nor what is to be
# concluded, ended ("The talks were to be concluded by Friday", "The war was to be concluded by the Treaty of Paris";
# an accord "to be concluded" is no event). A past plan that its sentence then tells kept is no plan, as with
# `_KEPT` ("were to be held in May and were held on time", "was to be launched in May but began in April").
_DONE = (r"(?:held|signed|launched|implemented|deployed|convened|carried\s+out|conducted|staged|organi[sz]ed|formed|"
         r"established|set\s+up|created|restored|merged|demarcated|transferred|withdrawn|released|exchanged|returned|"
         r"repatriated|disarmed|demobili[sz]ed|disbanded|integrated|evacuated|completed|resumed|handed\s+over|"
         r"ratified|elected|sworn\s+in)")
_KEPT_DONE = rf"[^.;]*?\b(?:and|but)\s+(?:(?:it|they)\s+)?(?:was|were)\s+(?:(?:then|later|\w+ly)\s+)?{_DONE}\b"
_TO_BE_DONE = rf"(?:(?:is|are)\s+to\s+be\s+{_DONE}|(?:was|were)\s+to\s+be\s+{_DONE}\b(?!{_KEPT}|{_KEPT_DONE}))"
FUTURE_AFTER = re.compile(rf"\s+(?:(?:is|are)\s+(?:due|scheduled|planned|expected|to\s+{_HAPPEN})|{_SET_FOR}|"
                          rf"{_TO_BE_DONE}|{_SCHEDULED_BEGIN}|{_POSTPONED}|(?:might|may|could)\s+{_HAPPEN})"
                          r"\b(?!\s+to\b)", re.IGNORECASE)
# ...in a relative clause on its noun as well: "Everything depends on the talks that are supposed to follow in Managua",
# "elections, which are due in 2025," (the relative word just before them: the clause it opens holds the noun's act).
RELATIVE_AHEAD = re.compile(r"\s(?:that|which)\s*$", re.IGNORECASE)
# ...and words after it that say it never happened: "A second strike, planned for the landing, was not carried out",
# "The referendum never took place", "the talks did not take place" (`extract.modality`: read as `FUTURE_AFTER` is,
# the act named just before, denied); an aside set off by commas, or a relative clause ("the plebiscite that the
# premier proposed never took place"), may stand between: what is named inside it is no act denied. The words end
# the clause, or a cause or "at all" follows (`_UNDONE_END`): "was not held in public", "was not launched until July",
# "were never held accountable", "was not carried out as planned" tell how or when it happened, or something else.
# A plan may be told before the denial: "A raid on the port was planned but never carried out".
_UNDONE_END = r"(?=\s*(?:[.,;:)?]|$)|\s+(?:at\s+all|after\s+all|in\s+the\s+end|because|due\s+to|owing\s+to)\b)"
# ...and so does one called off or averted before it began, or one that only nearly happened: "The strike on the port
# was called off.", "A war was averted", "the war that nearly broke out" (a hypothetical act, no happening). An aside
# before it may tell only a plan ("The protest, planned for Sunday, was called off"): one that tells the act's course
# tells it happened, and ended ("The strike, which paralysed the port for a month, was called off").
_CALLED_OFF = (r"(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:narrowly|finally|eventually|again)\s+)?"
               r"(?:(?P<called>called\s+off)|averted)|(?:nearly|almost)\s+(?:happened|broke\s+out|erupted)")
# A state that lasts, called off, is lifted, not undone: "The Berlin blockade was called off in May 1949", "The siege
# was called off in 1683 when the relief army arrived" tell its end (`extract.modality._lifted`); averted it is undone.
# Not one told only planned before its noun ("The threatened blockade was called off") nor called off at the last
# minute ("A blockade of the port was called off at the last minute"): that one never began.
LIFTED_STATE = re.compile(r"\b(?:sieges?|blockades?|occupations?|embargo(?:e?s)?|curfews?|sanctions|martial\s+law|"
                          r"state\s+of\s+emergency)\b", re.IGNORECASE)
NEVER_BEGUN = re.compile(r"\b(?:planned|scheduled|proposed|threatened|intended|expected|announced|"
                         r"last\s+(?:minute|moment))\b", re.IGNORECASE)
# A time or a place may stand between those words and the clause's end ("The offensive was called off on 3 May",
# "Fighting nearly erupted at the border on 4 May", "was narrowly averted in 1962 when the Soviets withdrew"): the day
# or the place of the calling off, not of a course of the act, and so may who called it off; a clause of "when" after
# them tells how it was averted.
# Not a span or a time of its course ("called off after ten days", "called off in its second week": the act ran).
_DAY_WORD = rf"(?:\d{{1,4}}(?:st|nd|rd|th)?\b|(?:{_verbs.TIME_NAMES})\b)"
_DATED = rf"(?:on|in)\s+(?:(?:early|late|mid)[\s-]+)?{_DAY_WORD}(?:\s+{_DAY_WORD})*"
_PLACED = (r"(?:at|near|along|across|on|in|over)\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*|"
           r"(?:at|near|along|across)\s+the\s+(?:[a-z-]+\s+)?[a-z-]+")
# "was averted at the last minute by loyal troops"; not a span after it ("by the union after ten days"), nor a time of
# its course after the agent ("by miners in week three": the agent's words end before "in", "on" or "at")
_AGENT_WORD = r"(?!(?:after|for|during|until|till|within|following|throughout|in|on|at)\b)[\w’'.-]+"
_BY_AGENT = rf"by\s+(?:{_AGENT_WORD}\s+){{0,3}}?{_AGENT_WORD}"
_CALLED_OFF_END = rf"(?:\s+(?:{_DATED}|{_PLACED}|{_BY_AGENT})){{0,2}}(?:{_UNDONE_END}|\s+when\b)"
_PLAN_ASIDE = (r"(?:,\s+|\s+(?:that|which)\s+)(?:[^,;.]{0,40}?\s)?"
               r"(?:planned|scheduled|set|due|expected|announced|proposed|threatened)\b[^,;.]{0,40}?,?")
UNDONE_AFTER = re.compile(r"(?:,\s+[^,;.]{1,60},|\s+(?:that|which)\s+[^,;.]{1,60}?)?\s+"
                          r"(?:(?:was|were|has|have|had)\s+(?:(?:planned|prepared|ordered|proposed|scheduled|announced)"
                          r",?\s+but\s+(?:was\s+|were\s+)?)?(?:not|never)\s+(?:been\s+)?"
                          r"(?:carried\s+out|held|launched|implemented|staged|mounted)|"
                          r"did\s+not\s+(?:take\s+place|happen|occur|materiali[sz]e)|"
                          rf"never\s+(?:took\s+place|happened|occurred|materiali[sz]ed))\b{_UNDONE_END}"
                          rf"|(?:{_PLAN_ASIDE})?\s+(?:{_CALLED_OFF})\b{_CALLED_OFF_END}", re.IGNORECASE)
# The words between an act's noun and the words after it that tell it still to come (`FUTURE_AFTER`;
# `extract.modality._behind`): its own phrase of a preposition (a few words, no comma: "Further talks between the two
# delegations are expected later this month") with no verb of the past joined to what follows ("The war in Bosnia
# ended and elections were to be held" plans no war; "A referendum on self-determination promised at the time has
# never been held" is one phrase); then a second act joined by "and" or "or" ("a plebiscite on the monarchy and then
# elections were to be held": the first is planned too), or an apposition, a noun with "the" or "a" set off by commas
# ("Elections to a new parliament, the State Duma, are to be held").
_PREPOSITION = rf"(?:{_verbs.PREPOSITION}|about|concerning|regarding)"
_UNVERBED = rf"(?!{_verbs.PAST_VERB}\s+(?:and|or|but)\b)[\w’'.-]+"
_APPOSITION = r",\s+(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,"
SUBJECT_REST = re.compile(rf"(?:\s+{_PREPOSITION}\s+(?:{_UNVERBED}\s+){{0,4}}?{_UNVERBED})?"
                          rf"(?:\s+(?:and|or)\s+(?:then\s+|later\s+)?(?:(?:the|a|an|new|fresh)\s+)?{_UNVERBED}"
                          rf"|{_APPOSITION})?", re.IGNORECASE)
APPOSITION_BEFORE = re.compile(rf"{_APPOSITION}$", re.IGNORECASE)
# ...whose noun is the head of its phrase, no noun inside another's phrase ("Talks on the end of the war in Yemen are
# expected": the war is given): a word, a preposition and at most three words before it, no conjunction among them
# and no stop or line break (the sentence before ends nothing: "... are to go home.\n\nMulti-party elections")
# (`extract.modality._behind`); not a time put first ("In May elections are to be held") nor a clause before "and"
# ("A ceasefire is to take effect on Monday and elections are to be held in May").
IN_PHRASE = re.compile(rf"[\w’'-][ \t]+{_PREPOSITION}[ \t]+(?:(?!(?:and|or|but|then|while)\b)[\w’'-]+[ \t]+){{0,3}}$",
                       re.IGNORECASE)
# What an accord provides for, or what someone is called on, urged or asked to do, is often a list: "It provides for an
# immediate ceasefire, the withdrawal of the army ..., the release of prisoners and a supervisory committee", "calling on
# both countries to cease all hostilities within 48 hours, withdraw their forces ... and resume negotiations". Every item
# is an act still to come, as the first is (`FUTURE`); "called on the board to approve the merger" too, and what an
# operative paragraph requests, demands, invites or encourages ("5. Requests the French Republic to hand over ..."); and
# what is promised ("Jakarta promised self-government, local political parties, an amnesty and the withdrawal of
# troops"). So is what an accord stipulates or envisages, and what the terms or points of a plan include ("The
# ten-point plan includes the withdrawal of Russian troops and the release of all prisoners"; not "the offensive
# included the shelling of").
_TERMS = (r"(?:agreements?|accords?|deals?|treat(?:y|ies)|protocols?|plans?|terms|provisions|points|roadmaps?|"
          r"proposals?)")
_PROVIDED = (r"stipulat(?:es|ed|ing)|envisag(?:es|ed|ing)|foresees|"
             rf"{_TERMS}(?:[’']s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:includ|compris|contain)(?:e|es|ed|ing|s)?")
LISTED = re.compile(rf"\b(?:provid(?:es|ed|ing)\s+for|{_PROVIDED}|"
                    rf"{_DETERMINED}(?:promis|pledg)(?:e|es|ed|ing)(?!\s+to\b)|"
                    r"(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|"
                    r"ask(?:s|ed|ing)|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|invit(?:e|es|ed|ing)|"
                    r"encourag(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)"
                    r"\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?:,[^,;.]{1,60},)?\s+to)\b", re.IGNORECASE)
# The head of a provided act whose own word names the people it brings back ("provides for a ceasefire and the return
# of displaced persons"): the act named after it is the return, still to come, not the displacement (`_ahead`).
RETURN_OF = re.compile(r"(?:the\s+)?(?:safe\s+|voluntary\s+)?(?:return|repatriation|resettlement)\s+of\s+",
                       re.IGNORECASE)
# The date set for an act puts it ahead as its return does: "SADC should set a date for withdrawal", "will fix a new
# timetable for the elections", "agreed on a deadline for the handover" plan the withdrawal, the elections, the handover
# (`_ahead`: read after the words of the future, before the act is counted).
DATE_FOR = re.compile(r"\s*(?:set|fix|name|announce|propose|agree\s+(?:on|upon))\s+(?:a|an|the)\s+"
                      r"(?:(?:new|firm|final|fixed|specific|later)\s+)?(?:date|timetable|deadline|schedule)\s+for\s+"
                      r"(?:the\s+|an?\s+)?", re.IGNORECASE)
# The object of the words of the future may name the act a few words on, through its noun phrase ("is expected to
# consider a United Nations peacekeeping operation", "demanding immediate and unconditional withdrawal", "will launch a
# new military offensive"): no mark, nor a word that opens another phrase (`PHRASE_BREAK`: a preposition, a relative
# word, an auxiliary, a negation) between, its determiners (`PHRASE_DETERMINERS`) not counted and a name as one word, at
# most `extract.modality.PHRASE_WORDS` words; and the act the head of its phrase, a mark, the end or such a word after
# it ("will visit the Srebrenica massacre memorial" plans no massacre), named by a noun, not by a participle ("will
# rebuild the heavily bombed bridge": the bombing is told).
# Only the object of a verb of holding, launching or allowing an act ("consider", "hold", "launch", "authorise",
# "deploy", `PHRASE_VERB`), or of the words of the future themselves when they take a noun (`PHRASE_TAKER`: "calls for",
# "demanding", "proposed", "promised"): "will revisit the bitter civil war", "is expected to address the ongoing border
# conflict" plan no war.
PHRASE_VERB = re.compile(r"(?:hold|consider|launch|stage|mount|conduct|organi[sz]e|authori[sz]e|approve|deploy|"
                         r"establish|set\s+up|begin|start|convene|call|carry\s+out|undertake|order|send|allow|permit|"
                         r"accept|resume)\b", re.IGNORECASE)
PHRASE_TAKER = re.compile(r"\b(?:for|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing|als?)|offer(?:s|ed|ing)?|"
                          r"recommend(?:s|ed|ing)?|"
                          r"promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\s*$", re.IGNORECASE)
PHRASE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "all",
                                "any", "some", "further", "another"})
PHRASE_BREAK = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "after", "before",
                          "during", "against", "between", "into", "over", "under", "within", "without", "through",
                          "across", "since", "until", "near", "that", "which", "who", "whom", "whose", "where", "when",
                          "while", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no",
                          "than", "if", "because", "early", "late", "later", "soon", "next", "once", "and", "or", "but"})
PHRASE_MARKS = ",;:.!?()[]\"“”‘’'—–"
# ...but an act named in the possessive modifies the head after it ("will hold the Rwandan genocide's planners to
# account", "the massacres' survivors"): it is given.
PHRASE_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?=\s+[a-z])")
# A clause told under an accord's terms ("Under the agreement, the army will be disbanded and its weapons handed over",
# "Under the accord, the rebels surrender their weapons"): what it tells is provided for, still to come, unless told
# as done (`TOLD_DONE` before any word of the future: "Under the agreement, troops withdrew on 20 November").
UNDER_TERMS = re.compile(rf"\b(?:under|in\s+line\s+with|in\s+accordance\s+with)\s+(?:the|its|their|this|that)\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?{_TERMS}(?:\s+(?:of|signed|agreed)\s+[^,;.]{{1,40}}?)?\s*,",
                         re.IGNORECASE)
TOLD_DONE = re.compile(rf"\b(?:(?:was|were|had|did)\b(?!\s+to\b)|{_verbs.PAST_VERB}\b(?!\s+(?:by|as)\b))",
                       re.IGNORECASE)
TOLD_AHEAD = re.compile(rf"\b(?:{_verbs.WILL}|would|must|(?:is|are)\s+to|to\s+be)\b", re.IGNORECASE)
# Such a clause ends at a semicolon or a clause of the writer's after a comma ("..., but the fighting went on"), as a
# list of provided acts does (`LIST_END`).
_WRITERS_CLAUSE = r";|,\s+(?:which|who|where|while|whereas|but|although|though|before|after|when)\b"
TERMS_END = re.compile(_WRITERS_CLAUSE, re.IGNORECASE)
# A numbered point of a plan whose words tell no act as done, an infinitive or a noun ("2. To cease hostilities
# definitely.", "6. Launch of international discussions on security"): a term of the plan, still to come.
# So is an item of a bulleted list ("- the return of displaced persons and the restoration of their property;").
NUMBERED_POINT = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+", re.MULTILINE)
# ...when its list is one of terms: a point of it opens with an infinitive ("1. Not to use the force.") or tells a
# duty, a lower-case "must" or "shall" after its subject ("4. Georgian forces must withdraw"); a list of noun points
# alone ("2. Attack on the convoy near Gao.") may be a chronicle's. Not "to" before a noun phrase ("1. To the north,
# rebels attacked Gao."), a duty someone said ("2. The UN said both sides must stop fighting."), nor a heading in
# capitals ("4. WHAT YOU MUST DO").
_SAID_DUTY = rf"(?:{_verbs.SAY}|told|warned|argued|insisted|claimed|demanded|agreed)"
TERMS_POINT = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+(?:(?:not\s+)?to\s+"
                         r"(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|date)\b)[a-z]|"
                         rf"(?:(?!{_SAID_DUTY}\b)[\w’'-]+[ \t]+){{0,4}}?(?-i:must|shall)\b)",
                         re.MULTILINE | re.IGNORECASE)
# ...or when the line that opens the list names terms and ends with a colon ("Its main provisions are:", "The accord
# provides for:", "The terms of the ceasefire:", "The plan's main points:"; not "Key events:", "Key points:", "The main
# points of the report:", "Chronology of the plan's failure:", nor a chronicle's head, "Timeline of the peace plan:").
# Points counted ("The thirteen points include:", "Its 12 points are:", "China's twelve points:") are a plan's too,
# not "Key points:", nor the points of something else ("The company's ten points of growth:", "five points for the
# season:") or points made ("The report makes ten points:"): only after "the", "its", "their" or a possessive.
_COUNTED = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|twenty)")
_OWN = r"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=[’']s\s))"
_TERMS_NAMED = (rf"(?:{_TERMS}[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:points|terms|provisions)|"
                rf"{_OWN}{_COUNTED}[\s-]+points(?!\s+(?:of|for|in)\b)|"
                rf"points\s+of\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){{0,2}}?{_TERMS}|(?!points\b){_TERMS})")
TERMS_HEAD = re.compile(rf"^(?![^\n]*\b(?:timeline|chronology|chronicle|history|events|background)\b)[^\n]*?"
                        rf"\b(?:{_TERMS_NAMED}(?:\s+(?:of|for|in)\s+[^:\n]{{1,50}}?)?"
                        r"(?:\s+(?:are|were|is|was|include[sd]?|as\s+follows))?|provi(?:des|ded)\s+for|stipulat\w*)"
                        r"\s*:[ \t]*$", re.IGNORECASE)
# A point that opens with its date is a chronicle's entry, told ("- 12 August: Russian troops capture Gori.",
# "3. 1999 - evacuation of Pristina").
POINT_DATED = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)[ \t]+\d{1,2}|\d{4})\b"
                         r"[^:\n]{0,20}?[ \t]*[:–—-]")
POINT_TOLD = re.compile(rf"\b(?:is|are|was|were|has|have|had|did|does)\b|"
                        rf"\b{_DETERMINED}(?<!\bof\s){_verbs.PAST_VERB}\b", re.IGNORECASE)
# ...but not the last item, when a relative clause after it tells it done: "The plan included the withdrawal of
# troops, which was completed in March", "The treaty stipulated the withdrawal of foreign troops, which ended in 1989"
# (not "..., which is to be completed by March", nor "..., which was welcomed by the UN": no word of its course).
LISTED_DONE = re.compile(r",\s+which\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:completed|carried\s+out|implemented|finished|concluded|accomplished|fulfilled|"
                         r"achieved|effected)|(?:\w+ly\s+)?(?:began|started|ended|took\s+place|happened|occurred|"
                         r"finished|was\s+over))\b", re.IGNORECASE)
# Where a further item of such a list begins: after a comma or "and" / "or", with the list's "for" or "to" again...
LIST_ITEM = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:for\s+|to\s+)?", re.IGNORECASE)
# ...up to where the list ends: a semicolon, a clause of the writer's own after a comma ("..., which took effect on
# Monday", "..., but the fighting went on"), or one joined with a subject and a past verb of its own ("..., and the
# board approved it on Monday": `clauses.OWN_CLAUSE`); so does an item that is a finite clause, a comma or "and" and
# a subject of a few words (no preposition, not a bare determiner) before a past verb ("urged the government to
# resign, clashes broke out in Kiev and police arrested 30 people"; not a participle before "by" or "as": "a
# committee headed by"), and a participle after a comma ("provides for the demilitarisation of Sinai, signed in
# Washington in March 1979").
_DETERMINER = r"(?:the|a|an|its|their|his|her|this|that|these|those)"
_CLAUSE_ITEM = (rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:{_DETERMINER}\s+)?(?:(?!(?:{_verbs.PREPOSITION}|{_DETERMINER})\b)"
                rf"[\w’'-]+\s+){{1,3}}?(?:\w+ly\s+)?{_verbs.PAST_VERB}\b(?!\s+(?:by|as)\b)")
LIST_END = re.compile(rf"{_WRITERS_CLAUSE}|{clauses.OWN_CLAUSE.pattern}|{_CLAUSE_ITEM}|"
                      rf",\s+(?:\w+ly\s+)?{_verbs.PAST_VERB}\b",
                      re.IGNORECASE)
# "not ... until" a time tells when it happened, no denial: "Relations were not restored until November 2010", "the
# army did not withdraw until 1989" (NEGATION's look-ahead, at most six words, no comma, between "not" and "until");
# not "until" the present (_UNTIL_NOW: "had not left the village until today" denies it still).
_UNTIL_NOW = r"(?:now|today|recently|this\s+(?:week|month|year))\b"
_NOT_UNTIL = rf"(?:[\w’'-]+\s+){{0,6}}until\b(?!\s+{_UNTIL_NOW})"
# Denying an act told by its gerund denies it as "did not" does ("Rwanda denied dispatching troops", "denies having
# shelled the town"); not a noun in -ing that names no act ("denied wrongdoing", "denied anything"), nor a part denied
# in an act told ("denied being behind the bombing": the bombing took place), nor "denied during the talks".
_DENIED_ACT = (r"\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?"
               r"(?=(?!\w*thing\b|wrongdoing\b|being\b|during\b|according\b)\w+ing\b)")
# What is not told of an act denies no act: "The ministry has not yet provided data on the strikes by Russian
# aircraft", "refused to give figures for the raid", "did not comment on the shelling", "did not say whether troops had
# crossed" (a verb of giving and a noun of information, a verb of commenting, or one of telling before a word of
# asking); the acts named after it are told as the text tells them.
_INFORMATION = r"(?:data|figures?|details?|information|evidence|numbers|statistics|proof|(?:a\s+)?breakdown|comments?)"
_UNTOLD = (r"\s+(?:(?:yet|so\s+far|publicly|immediately|officially)\s+)?"
           r"(?:(?:provid|giv|releas|publish|disclos|reveal|shar|offer|present|produc)\w*\s+"
           rf"(?:(?:any|the|further|more|its|their|official|casualty|precise|exact)\s+){{0,2}}{_INFORMATION}\b|"
           r"comment\w*\b|specif\w*\b|(?:say|said|explain\w*|disclos\w*|reveal\w*|confirm\w*)\s+"
           r"(?:whether|how|when|where|who|why|what|if)\b)")
# A cable's "WILL NOT REPEAT NOT WITHDRAW" is one negation, ending at its second "not".
NEGATION = re.compile(rf"(?:\b{_AUX}(?:\s+not|n[’']t)(?:\s+repeat\s+not)?\b(?!\s+(?:only\b|{_NOT_UNTIL}))"
                      r"(?!\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|proven|verified))"
                      rf"|\bnever\b|\bno longer\b|\brefused to\b|{_DENIED_ACT})(?!{_UNTOLD})", re.IGNORECASE)
# A pronoun that denies as its subject the verb after its auxiliary (`act`), and that verb only: "Nothing was signed",
# "nobody was arrested after the riots" (the riots happened), "no one has been charged"; not an act of a clause after
# it ("Nobody was surprised when the army shelled the town", "No one was spared when the militia attacked"), and as an
# object it denies no act ("did nothing to stop the attack").
# So does "no" before the subject's noun, lower case and a few words long: "No peace treaty has ever been signed", "No
# shots were fired", "no country would recognise it" deny the verb (the noun itself is denied by `NO`); not in quotes,
# nor a quantity or an idiom ("no more than", "no doubt"), nor a name's capital ("No Man's Land was shelled"). Nor
# "no" after a preposition or a verb, an object's ("With no warning the army was mobilised", "In no time the troops
# were deployed", "It was no surprise the rebels were armed"), nor words with a determiner, a noun and the subject of a
# clause after it ("There was no sign the militia had attacked the village").
_NO_OBJECT_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in ("with", "without", "in", "at", "by", "of", "for", "to",
                                                             "under", "on", "as", "is", "was", "are", "were", "be",
                                                             "been"))
_NO_SUBJECT = (rf"(?<![“\"'‘]){_NO_OBJECT_BEFORE}no\s+"
               r"(?!(?:more|less|fewer|later|earlier|sooner|longer|doubt|matter|one)\b)"
               r"(?:(?!(?:the|a|an|this|that|these|those|his|her|its|their)\b)(?-i:[a-z])[\w’'-]*\s+){1,3}?")
NEGATIVE_SUBJECT = re.compile(rf"\b(?:(?:nothing|nobody|no[ -]one)\s+|{_NO_SUBJECT}){_AUX}\s+"
                              r"(?:(?:yet|ever)\s+)?(?:been\s+|being\s+)?(?P<act>[\w’'-]+)", re.IGNORECASE)
# "Neither" before the subject denies the verb after it as "not" does: "Neither army shelled the town", "Neither of
# the armies has attacked it" (a subject of one word, or "of" and its phrase; adverbs may follow, which it reaches as
# "never" does: "Neither side ever formally declared war" denies the declaring, not the war). Not "nor"
# after the subject ("Neither Moscow nor Kyiv ...", "Neither the army nor the police ...": two subjects), nor a verb's
# capital (a name).
NEITHER = re.compile(r"\bneither\s+(?:of\s+(?:the\s+|these\s+|those\s+)?|(?!(?:the|a|an|his|her|its|their|our)\b))"
                     r"[\w’'-]+\s+(?!nor\b)"
                     rf"(?:{_AUX}\s+)?(?=(?:(?:ever|yet|\w+ly)\s+){{0,2}}(?-i:[a-z])\w+\b)", re.IGNORECASE)
# A clause joined by "and" / "but" with a subject and a past verb of its own ends a negation's reach: "the coalition
# said it had not been asked to observe it and the Houthis kept shelling Aden", "the army did not withdraw and the
# rebels attacked the airport" deny no shelling, no attack. A bare verb after "and" ("had not attacked and killed")
# is still the negated verb's subject's. A participle before "by" or "as" is no verb of its own but a reduced relative
# ("did not shell Donetsk and the Luhansk region controlled by separatists", "the school used as a shelter").
# The joined clause is one of its own for the roles too (`scope.negation_join`).
# So does a subordinate clause with a subject and a past verb of its own: "has denied supporting the rebels since it
# signed the accord", "did not retreat after the rebels shelled the town" deny no signing, no shelling.
_SUBORDINATOR = r"(?:since|after|before|when|because|once|until)"
_SUBJECT = r"(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}|they|he|she|it|we)"
_PAST = rf"(?:\w+ed|{_verbs.IRREGULAR_PAST})"
_CLAUSE_JOINED = rf",?\s+(?:and|but|{_SUBORDINATOR})\s+(?={_SUBJECT}\s+(?:\w+ly\s+)?{_PAST}\b(?!\s+(?:by|as)\b))"
# "no Eritrean troops participated": a determiner that denies its clause. Lower case, and not in
# quotes (the "no" vote), nor a quantity ("no more than", "no later than") or an idiom ("no doubt").
NO = re.compile(r"(?<![“\"'‘])\bno\s+(?!(?:more|less|fewer|later|earlier|sooner|longer|doubt|matter)\b)(?=[a-zA-Z])")
# Doubt after the fact: what its clause tells is "still disputed", "unconfirmed", "has never been proved"; "still
# debated", "in doubt" and "in dispute" too ("Britain's part in the coup is still debated": whose part it was is no fact
# the source vouches for); not "debated" without "still", a debate held ("The bombing was debated in parliament").
DOUBT_AFTER = re.compile(r"\b(?:remain(?:s|ed)?|is|are|was|were|(?:has|have|had)\s+been|(?:has|have|had)(?=\s+never\b))"
                         r"\s+(?:still\s+|yet\s+)?"
                         r"(?:unconfirmed|unproven|unverified|unsubstantiated|disputed|contested|(?<=still\s)debated|"
                         r"in\s+(?:doubt|dispute)|"
                         r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
                         r"(?:confirmed|prov(?:en|ed)|verified|substantiated))\b",
                         re.IGNORECASE)
# ...but after a relative word it doubts the relative clause's noun only, a few words before it: "killings of Europeans
# in Oran left a toll that is still disputed" doubts the toll, not the killings.
# With a phrase of a preposition between, the noun it hangs on: "The attack on Kabul that is still disputed" doubts the
# attack.
DOUBTED_RELATIVE = re.compile(rf"(?:\b[\w’'-]+\s+){{1,2}}(?:{_PREPOSITION}\s+(?:[\w’'-]+\s+){{1,2}})?(?:that|which)\s+$",
                              re.IGNORECASE)
# A verb of saying in a relative clause set off by commas ("Anthony Eden, who told the House of Commons in December that
# there had been no foreknowledge ..., resigned in January 1957"): what it says ends where the sentence's own verb
# comes back after a comma (`RELATIVE_RESUMED`, the last such), with no subject of its own; a participle before "by" or
# "as" is none, nor a verb of saying, which goes on with the same sayer's words ("The spokesman, who said the army
# shelled Homs, added that rebels attacked Aleppo").
RELATIVE_SAYER = re.compile(r",\s+(?:who|which)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_SAYING_RESUMED = (rf"(?:{_verbs.ADD}|{_verbs.WARN}|not(?:e|es|ed)|explain(?:s|ed)?|{_verbs.STATE}|{_verbs.CONFIRM}|"
                   rf"{_verbs.ANNOUNCE}|{_verbs.CLAIMED}|{_verbs.INSIST}|{_verbs.ARGUE}|{_verbs.ALLEGE}|report(?:s|ed)?)\b")
RELATIVE_RESUMED = re.compile(rf",\s+(?:\w+ly\s+)?(?!{_SAYING_RESUMED}){_verbs.PAST_VERB}\b(?!\s+(?:by|as)\b)",
                              re.IGNORECASE)
# "so-called" is not among them: it doubts a name ("the so-called White Helmets"), not what is told.
# Hearsay in the passive, before the act it hedges (its participle may hang on a noun, before "to have been": "more than
# 160,000 persons reported to have been displaced", "two men believed to have been killed", `HEARSAY_ON_NOUN`):
# "Sudanese jets are believed to have bombed Yida", "the army is thought to have attacked the camp", "rebels were
# reported to have seized Goma": its clause -> Unconfirmed. Not what is known or planned ("are known to have", "is
# expected to"), nor what was told to someone ("was reported to the UN"). So does one's own claim of a past deed in the
# active: "Rebels claim to have shot down a jet", "the group claimed to have killed 60 soldiers" (not "claimed to be", a
# stand, nor "claimed the right to"); a finite verb only, not one describing a person ("a man claiming to have witnessed
# the massacre", "veterans who claim to have fought"). "Said" only of a past deed ("is said to have ordered the
# massacre"), not of what a thing is ("The battle of Verdun is said to be the bloodiest of the war": the battle is
# told). The wire's short form, a participle with no "to have been" ("Two soldiers were reported killed", "Army units
# were reported moving into the city", "he is believed captured"), hedges the same; not a preposition in -ing ("was
# reported during the talks", "were reported following the raid").
_HEARSAY_PARTICIPLE = r"(?:believed|thought|reported|alleged|rumou?red|suspected|presumed|feared)"
_HEARD_ACT = (rf"(?=(?!(?:during|according|including|following|regarding|concerning|notwithstanding)\b)"
              rf"(?:(?-i:[a-z])\w+ing|{_verbs.PAST_VERB})\b)")
# An entry of a list or a record drops its subject ("Reasons: Reported to have shot Captain Camara on 3 December.",
# "Believed to have fled to Mali."): the participle opening its sentence, no word or comma before it, hedges as well.
_ENTRY_OPENING = r"(?<![\w,’'-]\s)(?<![\w,’'-])"
HEARSAY = re.compile(r"\b(?:is|are|was|were|been)\s+(?:widely\s+|generally\s+|also\s+)?"
                     rf"(?:(?:{_HEARSAY_PARTICIPLE}|understood|claimed)"
                     rf"\s+to\s+(?:have|be)|said\s+to\s+have|"
                     rf"(?:reported|believed|rumou?red|presumed)\s+{_HEARD_ACT})\b|"
                     r"(?<!\bwho\s)(?<!\bthat\s)\b(?:claim(?:s|ed)?|purport(?:s|ed)?)\s+to\s+have\b|"
                     rf"{_ENTRY_OPENING}(?=(?-i:[A-Z]))(?:{_HEARSAY_PARTICIPLE}|understood|said)\s+to\s+have\b",
                     re.IGNORECASE)
# A headline or a cable drops the verb "to be": "LTJG ALVAREZ BELIEVED CAPTURED.", "Two soldiers feared killed in border
# clash", "Five reported dead near Gao": the participle of hearsay right before the act's, which ends its clause or
# comes before a phrase of place or time, hedges that act only (the clash is told); not "reported wounded soldiers"
# (the participle on a noun), nor a verb of saying with a participle adjective after ("The agency reported increased
# fighting").
HEARSAY_HEADLINE = re.compile(r"(?<=\w\s)(?:believed|feared|presumed|reported)\s+(?P<act>dead|[a-z]+ed)"
                              r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|at|on|near|after|during|off)\b)", re.IGNORECASE)
# The participle on a noun hedges the act named right after it only, not the clause the noun stands in: "Two
# journalists reported to have been arrested in Minsk were freed on Tuesday" doubts the arrest, not the release.
HEARSAY_ON_NOUN = re.compile(rf"(?<=\w\s)(?:{_HEARSAY_PARTICIPLE}|said)"
                             r"\s+to\s+have\s+been\b", re.IGNORECASE)
# What someone has not shown is no finding: "never provided evidence that the army shelled the town", "There is no
# evidence of a massacre", "without offering proof that troops crossed": what follows is a claim not borne out, alleged.
# Only words of showing or weighing between the negation and the noun ("did not destroy evidence of the massacre" tells
# the massacre); a definite act named after it is presupposed ("no evidence that the election was rigged", "no evidence
# of fraud in the election": the election is told). "of" takes a noun phrase only, "that" a clause: "gave no evidence of
# remorse after he attacked the guard" tells the attack (`extract.modality._doubt_cues`).
_SHOWN = (r"(?:provided?|provides|produced?|produces|offer(?:s|ed|ing)?|present(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|"
          r"found|find|finds|seen|see|saw|show(?:s|n|ed|ing)?|ha[sd]|have|been|is|was|were|any|credible|hard|real|"
          r"direct|firm|conclusive|clear|reliable|independent|yet|ever|public|documentary)")
UNPROVEN = re.compile(rf"\b(?:no|never|not|without)(?:\s+{_SHOWN}){{0,3}}\s+(?:evidence|proof)\s+(?:that|(?P<of>of))\b",
                      re.IGNORECASE)
DOUBT_BEFORE = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly|alleged|unconfirmed)\b", re.IGNORECASE)
# A question of yes or no ("Did the rebels attack the convoy?", "Q: Was the village shelled?", "Were troops involved?")
# asks whether an act happened and tells none: its clause is alleged, not the source's finding. An auxiliary opens it
# (after a label "Q:", a quote or a bracket), at the sentence's start or after a colon ("Reporters asked: did the army
# fire first?"); not "didn't" or "did not" (a question that asserts), nor a question of knowing or seeing ("Did you know
# the war ended in 1945?", "Did anyone see the raid?": what it asks about is told), nor a rhetorical one of doubting
# ("Does anyone doubt that Russia invaded Ukraine?": it asserts). A definite act it names by a noun is presupposed,
# given ("Was the massacre at Kibeho planned?": `extract.modality`).
_KNOWING = (r"(?:know|knew|known|hear|heard|see|saw|seen|notice|noticed|remember|remembered|forget|forgotten|"
            r"realise|realised|realize|realized|think|believe|expect|expected|doubt|doubted|deny|denied|dispute)")
_YET = r"[^?]*\byet\W*\?"  # a negative question ending in "yet" asks in earnest ("Has not the army withdrawn yet?")
_ASKING = r"(?:(?:Q|Question)\s*:\s*)?[\"“‘'(]?"  # what may stand before a question's first word: a label, a quote
YES_NO_QUESTION = re.compile(rf"{_ASKING}(?:did|does|do|was|were|is|are|has|have|had)\s+"
                             rf"(?!not\b(?!{_YET}))(?!(?:[\w’'-]+\s+){{0,2}}{_KNOWING}\b)(?=\w)", re.IGNORECASE)
# A question opening with its auxiliary and "not" asks to agree, it asserts ("Did not the talks break down in May?",
# "Wasn't the town shelled twice?"): its negation denies nothing (`extract.modality._negation_cues`). Not one ending in
# "yet" ("Has not the army withdrawn from Gao yet?"), which asks in earnest.
RHETORICAL = re.compile(rf"{_ASKING}(?:(?:and|but|so)\s+)?"
                        rf"{_AUX}(?:\s+not|n[’']t)\s+(?!{_YET})", re.IGNORECASE)
QUESTION_OPENING = re.compile(r":\s*")  # where a question's clause may open inside its sentence
# ...up to a clause of time or cause inside it, which the question presupposes: "Was the 82nd Airborne in the air when
# Jonassaint signed?" tells the signing.
QUESTION_PRESUPPOSED = re.compile(r",?\s+(?:when|after|before|since|because|while|once|until|as\s+soon\s+as)\b",
                                  re.IGNORECASE)
# ...and an aside set off by commas, a relative clause or a participle's, which it presupposes too: "Is Russia, which
# invaded Ukraine in 2022, a threat to NATO?", "Does the treaty, signed in Paris in 1973, still bind Hanoi?".
QUESTION_ASIDE = re.compile(r",\s+(?:which|who|whose|\w+ed)\b[^,?]*,", re.IGNORECASE)
QUESTION_MARK = "?"  # the mark a question ends with (`extract.questions.asks`, `recognise.triggers._absent`)
# A question of a noun phrase alone, with no verb, that an indefinite word opens (after a label, "And" or a quote):
# "A capitulation?", "Any American losses?", "And another ceasefire?" asks whether there was one, and tells none.
BARE_QUESTION = re.compile(rf"{_ASKING}(?:(?:and|but|so)\s+)?"
                           r"(?:an?|any|another|more|further)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*\?[\"”’')]?\s*",
                           re.IGNORECASE)
# A label of doubt with a colon heads what follows it on its line (a chat's or a feed's "unconfirmed: militia shelled
# the market", "UNVERIFIED: troops seized the bridge", "Rumour: ..."): all of it is alleged, not the source's finding.
# So is a quiz's statement to judge ("5. True or false: British aircraft bombed air bases on the mainland."), a number
# of its question before the label; asked as a question is, a definite act it names given ("True or false: the Vulcan
# raid of 1 May closed the airfield" tells the raid).
DOUBT_HEADING = re.compile(r"(?:\d{1,2}[.)][ \t]+)?\b(?:"
                           + "|".join(label.replace(" ", r"\s+") for label in _verbs.DOUBT_LABELS)
                           + r"|(?P<quiz>true\s+or\s+false))\s*:", re.IGNORECASE)
# What the writer says was told wrongly ("An article on Monday wrongly said that rebels attacked the convoy", "the
# report incorrectly stated the army had captured Kidal", a corrections column's words): what follows is denied, held
# by the one who told it. Verbs of saying only: what is wrongly described, given or put ("wrongly described the clash
# as a massacre", "mistakenly gave the date of the massacre as 1994") is told, only a word about it is wrong.
MISTOLD = re.compile(r"\b(?:wrongly|incorrectly|falsely|erroneously|mistakenly|inaccurately)\s+"
                     r"(?:said|stated|reported|claimed|wrote|suggested|asserted)(?:\s+that)?\b",
                     re.IGNORECASE)
# A finding told in the past ("The Truth Commission concluded in 1993 that", "the inquiry found that"): what the
# finder holds, reported; not the present of a report's own voice ("the IIT concludes that").
_FOUND = r"(?:concluded|found|determined|established)(?:\s+(?:in|on)\s+\w+(?:\s+\w+){0,2}?)?"
# An announcement or a declaration of what happened ("Baku announced that its troops had captured", "the parliament
# declared on 13 May that Eritrea had invaded", "China had announced on Monday,
# before the withdrawal statement, that its forces had captured") is the announcer's word, as a report is; the words
# of its time (a few words: a name, a number or a word of time) and an aside set off by commas may stand before "that",
# no object ("announced on Tuesday the names of soldiers that rebels had killed": the names are what it announced).
# A declaration only in the past: the present is a resolution's or a declaration's own voice ("Declares that the
# occupation of the territory is illegal", "We declare that"), as a finding's is (`_FOUND`).
_TIME_WORD = r"(?:(?-i:[A-Z])[\w.]*|\d[\w,]*|the|a|this|last|next|same|following|previous|on|in|of|day|" \
             r"days|week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|statement)"
_ANNOUNCED = (rf"(?:{_verbs.ANNOUNCE}|declared)"
              rf"(?:\s+(?:on|in|late|early|earlier|last|this)(?:\s+{_TIME_WORD}){{0,4}})?"
              r"(?:\s*,[^,.;]{1,60},|,)?")
# "charged that" alleges as "alleged that" does, and so does hearsay ("hearing that the rebels took the airport", a
# chat's; "We heard that troops had crossed"; not "glad to hear that", news taken as told, nor the noun after a
# determiner: "At a hearing that lasted two days"); "complained that",
# "protested that", "suggested that", "swears that",
# "believe that" say what the sayer holds; "protests", "charges" only after a name or a pronoun, not the nouns ("the
# protests that followed the election", "the cavalry charge that broke the line"). A claim needs no "that" ("Kigali
# claims Congolese troops shelled Gisenyi") where it is a verb, with a clause after it (words, then a verb in the
# past), and "claims" with a subject right before it (a name or a pronoun, as "claimed" is no noun); not the noun ("had territorial claims against", "pursued
# these claims through war", "Armenia's claims"), nor land claimed ("Morocco claims Western Sahara"), nor what is
# claimed for oneself ("claimed responsibility for the attack": the attack is told).
_CLAIMANT = "|".join([*(rf"(?<=\b(?-i:[A-Z])\w{{{n}}}\s)" for n in range(20)),
                      *(rf"(?<=\b{word}\s)" for word in ("he", "she", "it", "they", "we", "who"))])
_NO_CLAIMANT = "".join(rf"(?<!\b{word}\s)" for word in ("the", "these", "those", "this", "such", "its", "their", "his",
                                                         "her", "our", "any", "all", "both", "many", "some", "had"))
_OBJECT_VERB = (rf"(?:\s+(?!(?:against|to|of|over|responsibility|credit)\b)[\w'’-]+){{1,4}}\s+(?:\w+ly\s+)?"
                rf"(?:had\s+|have\s+|has\s+)?(?:{_verbs.PAST_VERB}|was|were)\b(?!\s+(?:by|as)\b)")
_CLAIMED_CLAUSE = rf"(?={_OBJECT_VERB})"
# A lower-case plural or a pronoun before a verb's present is its subject ("Opposition leaders claim", "analysts
# suspect", "they fear"; not "its", "his", "as": `_verbs.NOT_PLURAL`, nor a noun in -ss, -us or -is: "The census
# claim was rejected", `_verbs.PLURAL_END`).
_PLURAL_SUBJECT = (rf"(?:(?<=\bthey\s)|(?<=\bwe\s)|(?<=\bI\s)|(?<=(?-i:[a-z]){_verbs.PLURAL_END}\s))"
                   rf"{_verbs.NOT_PLURAL_BEHIND}")
_CLAIMED_BARE = (rf"(?:(?:{_CLAIMANT}){_NO_CLAIMANT}claims?|(?<!\bthe\s)claimed|{_PLURAL_SUBJECT}claim)"
                 rf"{_CLAIMED_CLAUSE}")
# A belief needs no "that" either where a clause follows it ("Some writers believe the plane was shot down", "Historians
# believed the raid had failed"): not the passive ("is believed to have", `HEARSAY`), nor "to believe".
_BELIEVED_BARE = (r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bto\s)"
                  rf"believ(?:e|es|ed){_CLAIMED_CLAUSE}")
# A suspicion alleges as "alleged that" does ("Critics suspect that the army shelled the town", "Some analysts suspect
# the general ordered the raid"): with no "that" only the present after a plural or a pronoun (not "the suspect in the
# bombing was arrested", nor "arrested suspected militants who attacked"); not the noun after a possessive or "as"
# ("His suspects were arrested", "held as suspects": `_verbs.NOT_PLURAL`), nor one a verb follows ("Drugs suspects
# were arrested", "A war crimes suspect was handed over"): the subject of the verb "suspect" comes first.
# A fear alleges as a suspicion does ("Western diplomats fear he has been arrested", "Villagers fear that the rebels
# killed the hostages"): the same subject before it with no "that".
_SUSPECT_BARE = rf"{_PLURAL_SUBJECT}(?:suspect|fear)(?!\s+{_AUX}\b){_CLAIMED_CLAUSE}"
# "hearing" hears only as a verb: opening its line or sentence ("hearing that the rebels took the airport", a chat's),
# or after a subject or an auxiliary ("I keep hearing that", "we are hearing that"); never the noun ("At a hearing
# that lasted two days", "At Monday's hearing that", "The public hearing that followed").
_HEARING_AFTER = ("keep", "kept", "been", "am", "are", "is", "was", "were", "be", "I", "we", "you", "they", "still")
_HEARING = (r"(?:^|(?<=\n)|(?<=[.!?:]\s)|" + "|".join(rf"(?<=\b{word}\s)" for word in _HEARING_AFTER)
            + ")hearing")
# What is feared or suspected ends where its cause or its time is told after it ("Many investors fear the market
# crashed because of the war in Ukraine", "Aid workers fear the militia attacked the convoy after the ceasefire"):
# the war and the ceasefire are the writer's (`extract.modality`); not an act after "after" ("after attacking").
# `SAYING` names the verb of fearing or suspecting in its groups "feared" (with "that") and "suspect" (without).
FEAR_CAUSE = re.compile(r"\s+(?:because\s+of|due\s+to|owing\s+to|amid|(?:after|following)(?!\s+\w+ing\b))\b",
                        re.IGNORECASE)
_CHARGED = rf"charged|(?:{_CLAIMANT}){_NO_CLAIMANT}charges?"
SAYING = re.compile(rf"\b(?:(?:(?P<deny>{_verbs.DENY}|{_verbs.REJECT})|"
                    rf"(?P<allege>{_verbs.ALLEGE}|{_CHARGED}|(?P<feared>suspect(?:s|ed)?|fear(?:s|ed)?)|"
                    rf"(?<!\bto\s)hear(?:s|d)?|{_HEARING})|"
                    rf"{_FOUND}|"
                    rf"{_ANNOUNCED}|claim(?:s|ed)?|{_verbs.SAY}|stat(?:e|es|ed)|assert(?:s|ed)?|report(?:s|ed)?|"
                    rf"complain(?:s|ed)?|protested|(?:{_CLAIMANT}){_NO_CLAIMANT}protests?|suggest(?:s|ed)?|"
                    r"swear(?:s)?|swore|believe(?:s|d)?|"
                    rf"{_verbs.INSIST}|{_verbs.ARGUE}|{_verbs.RETELL}|{_verbs.ESTIMATE}|{_verbs.ACCUSE})\s+that\b|"
                    rf"(?:{_verbs.SAY}|told\s+[\w.]+|{_CLAIMED_BARE}|{_BELIEVED_BARE}|(?P<suspect>{_SUSPECT_BARE}))"
                    r"(?=\s+[\w“\"]))", re.IGNORECASE)
# A verb of denying or claiming whose object is an act's noun denies or reports that act, as "denied that" or "claimed
# that" does: "The army denied the massacre at Kibeho", "denies any attack on civilians", "The rebels claimed the capture
# of Mopti", "Rebels claim capture of Mopti" (a headline). It bears on the noun phrase after it only, a few words
# (`extract.cue_reach.phrase_end`): "denied any involvement in the attack", "claimed responsibility for the bombing",
# "claimed victory in the battle" take the attack, the bombing and the battle as told. Not an object followed by a verb
# of its own ("denied the strike had hit civilians", `_CLAIMED_CLAUSE`: what is denied is said of it), nor "that" (read
# by `SAYING`), nor what a death toll claims ("the war claimed the lives of 200 people"), nor a gerund (`NEGATION`
# reads "denied bombing the town"; "denied ordering the killings" takes the killings as told).
# A blow claimed is its author owning it ("Islamic State claimed the attack on the church", "the group claimed the
# killing of two soldiers"): the act stays told, as with "claimed responsibility for"; a gain claimed stays reported.
_BLOWS_OWNED = (r"(?!(?:\s+(?:the|an?|both|these|those))?(?:\s+[\w'’-]+){0,2}?\s+(?:attack|bombing|killing|assassination|"
                r"kidnapping|abduction|ambush|blast|explosion|raid|strike|massacre|shooting|hijacking|murder|beheading)"
                r"(?:s|es)?\b)")
# An act's noun reported is reported too, as "reported that" tells it: "State radio reported two arrests near the
# border", "Monitors reported heavy fighting around Gao". Not the participle ("the reported attack", "was reported",
# "Casualties reported by the army"), nor what follows a preposition ("reported to the council", "reported on"), nor
# a definite act, one known whoever told of it ("She reported the Bosnian war for the BBC": covered it).
_REPORTED_OBJECT = (r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
                    r"(?<!\bbeen\s)(?<!\bbeing\s)reported(?!\s+(?:to|on|from|in|at|by|for|as|back|missing|the)\b)")
OBJECT_CLAIMED = re.compile(rf"\b(?:(?P<deny>{_verbs.DENY})|(?:(?:{_CLAIMANT}){_NO_CLAIMANT}claims?|(?<!\bthe\s)claimed)"
                            rf"{_BLOWS_OWNED}|{_REPORTED_OBJECT})"
                            rf"(?!\s+(?:(?:the|any|all|an?)\s+)?(?:that|lives?|it|this|these|those)\b)(?!\s+\w+ing\b)"
                            rf"(?!{_OBJECT_VERB})(?:\s+(?:the|any|all|an?)\b)?(?=\s+(?-i:[a-z]))", re.IGNORECASE)
# One side's account opening a clause: "In the Chinese account, Indian troops attacked first", "By Moscow's account,
# rebels shelled the market", "In Ethiopia's version, ...", "In Beijing's view, ...": what follows is the owner's word,
# reported. Its owner names a side (a capital) or is a possessive; not "by all accounts", "in a detailed account".
_SIDE = r"(?:his|her|its|their)|(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}"
_OWNER = rf"(?P<owner>{_SIDE})"
_ACCOUNT = r"(?:own\s+|official\s+)?(?:account|version|telling|narrative|view)"
ACCOUNT = re.compile(rf"\b(?:in|by)\s+(?:the\s+)?{_OWNER}(?:[’']s?)?\s+{_ACCOUNT}\s*,", re.IGNORECASE)
# ...and so does its heading with a colon: "Beijing's version: the US plane veered and rammed the fighter.", "The
# government's position: troops fired only in self-defence." (a side named by a noun after "the" too); a position only
# so, with its colon ("In Third Position, Hamilton attacked" is a place in a race).
ACCOUNT_COLON = re.compile(rf"\b(?P<owner>{_SIDE}|(?-i:[Tt])he\s+(?-i:[a-z])[\w-]+)[’']s?\s+(?:{_ACCOUNT}|position)"
                           r"\s*:", re.IGNORECASE)
# A second clause of what is said, joined by "and that" after the first ended at a clause of the writer's
# (`SAID_END`): "The paper recalled that the crisis began at Diawara, where guards crossed the river, and that a
# dozen villagers were taken away as hostages": the hostages are the paper's word too. "and that week militias attacked"
# joins a time of the writer's (`clauses.TIME_WORD`), no clause said.
SAID_AGAIN = re.compile(rf",?\s+and\s+that\b(?!\s+{clauses.TIME_WORD})", re.IGNORECASE)
# A sayer told after what is said, at the end of its sentence: "Another son, Mohammed, ... escaped from house arrest the
# next day, rebels said.", "the signing was held up for several hours, diplomats said on Monday." What comes before
# the comma is the sayer's word (the sayer: a few words, no comma among them).
# A passive or a clause joined after the comma is no sayer ("and heavy casualties were reported", "but no casualties
# were reported"): the sayer opens with no word of _NO_SAYER_OPENING and ends with no auxiliary.
_NO_SAYER_OPENING = r"(?:and|but|or|while|no|nor)\b"
_AUXILIARY_END = r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bbe)"
# A sayer may name whose word it is after "for" or "of" (_SAYER_OF: "a spokesman for the Congolese army", "the head of
# Israel's foreign ministry"): the body named there holds it (a bare ", the spokesman said." names none).
_SAYER_OF = r"(?:\s+(?:for|of)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)?"
# ...or told to whom it was said ('"You shelled the city," the mayor told the general', ", a villager told Reuters."),
# not what one was told to do (", the army told villagers to leave."), nor a passive of telling ("..., the war is still
# told in two ways.": a preposition after it names no one told).
_TOLD = rf"told\s+(?!(?:{_verbs.PREPOSITION}|that|how)\b)(?:(?!to\b)[\w’'.-]+\s+){{0,3}}?(?!to\b)[\w’'.-]+"
SAID_AFTER = re.compile(rf",[”\"’']?\s+(?P<sayer>(?!{_NO_SAYER_OPENING})(?:[\w’'.-]+\s+){{0,4}}?[\w’'.-]+"
                        rf"{_SAYER_OF}{_AUXILIARY_END})\s+"
                        rf"(?:{_verbs.SAY}|{_verbs.CLAIMED}|report(?:s|ed)|add(?:s|ed)|{_TOLD})"
                        r"(?:\s+(?:on|in|late|early|last)\s+[\w ]{1,25}?)?\s*[.!]?[”\"’']?\s*$",
                        re.IGNORECASE)
# A participle of saying hanging on the clause before it: "The Islamic State claimed responsibility for the
# attack, saying its fighters had killed 55 people". Its sayer is that clause's subject, not the last name before it.
_SAYING = r",\s+saying\b"
SAYING_PARTICIPLE = re.compile(_SAYING, re.IGNORECASE)
# What is said of an event's course, not of whether it happened: "denied that the war was over",
# "said the fighting had ended" deny or report its end; the war and the fighting are taken as given.
# So is who ordered it ("deny that such killings were ordered") or did it ("found that the killings were carried out by
# the Phalangists", "said the fraud was committed by two managers"), and who won or lost it, told before it ("denied
# that it had lost the war": `COURSE_BEFORE`). The act's own phrase of a preposition of place or object may stand
# between ("denied that the war in Yemen was over"); not one of time, which may open a clause of its own ("the
# president was not told of the raid until it was over").
# "Over" only after a verb ("the war was over"): bare it is a preposition ("the plane was shot down over Ndola").
_PHRASE_WORD = r"(?:of|in|on|at|against|near|between|across|over)"
_OWN_PHRASE = (rf"\s+{_PHRASE_WORD}\s+(?:(?!(?:{_PHRASE_WORD}|during|since|until|after|before)\b)[\w’'.-]+\s+){{0,3}}?"
               rf"(?!{_PHRASE_WORD}\b)[\w’'.-]+")  # one phrase: "the shelling of Donetsk in May 2022" holds two
COURSE = re.compile(rf"(?:{_OWN_PHRASE})?\s+"
                    r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:not\s+)?over\b|"
                    r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?|(?:has|have|had)\s+)?(?:not\s+)?"
                    r"(?:ended|finished|concluded|won|lost|ordered|authori[sz]ed|sanctioned|"
                    r"(?:carried\s+out|committed|perpetrated)(?=\s+by\b))\b)", re.IGNORECASE)
# ...and so is what a known act is judged to have been ("Voters believe the election was rigged", "Kyiv says the
# referendum in Crimea was illegal", "denied that the strike was unlawful"): the judgment is said, the election is
# told ("declared that the annexation of the Golan was null and void"), and what kind of act it was ("the PLO's claim
# that the hijacking was a rogue operation", "said the shooting was an accident"); only of a definite act
# (`extract.modality`):
# "Lawyers said an invasion is illegal", "any attack on civilians is illegal" judge a kind of act, and tell none.
# A kind that says it never was is no judgment of a told act (`_MADE_UP`: "Moscow said the massacre at Bucha was a hoax",
# "claimed the gas attack was a staged provocation": the act is what is said).
_MADE_UP = (r"(?:\w+\s+)?(?:hoax|fabrication|fake|lie|myth|fiction|invention|fantasy|figment|fairy\s+tale|"
            r"staged|false[\s-]+flag|set-?up|put-up)")
JUDGED = re.compile(rf"(?:{_OWN_PHRASE})?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not\s+)?"
                    r"(?:\w+ly\s+)?(?:rigged|stolen|fixed|fraudulent|flawed|unfair|illegal|illegitimate|unlawful|"
                    r"lawful|legal|legitimate|justified|unjustified|invalid|valid|null\s+and\s+void|"
                    rf"free\s+and\s+fair|an?(?=\s)(?!\s+{_MADE_UP}\b))\b", re.IGNORECASE)
COURSE_BEFORE = re.compile(r"\b(?:won|lost|win|wins|lose|loses|losing|winning)\s+(?:the|a|an|its|their|this|that)\s+"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# What is said of an event's link to something else, not of whether it happened: "denied that the decision
# was linked to an attack on the Crimean Bridge" denies the link; the attack is taken as given. Ends just
# before the event's word (one word of it, as "drone attack", may stand between).
LINKED = re.compile(r"\b(?:linked|connected|related|tied|unrelated|a\s+response|in\s+response|in\s+retaliation)\s+"
                    r"(?:to|with|for)\s+(?:an?\s+|the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w-]+\s+)?$",
                    re.IGNORECASE)
# An event that what is said, alleged or denied takes as given, not as what it says: its time frame ("accused Israel of
# firing cluster munitions in the last 72 hours of the war", "were accused of stepping up attacks during the talks",
# "accused the army of executing suspected militants after a raid on a barracks") or what an alleged act caused or
# began ("accused the United Nations of provoking the clashes", "blamed X for starting the war"). The words from the
# preposition or the verb to the event's word. A definite one names a happening known apart from the words ("the
# UN estimated that 900,000 people fled during the fighting"); an indefinite one is given only by a charge or a
# denial, whose act is the gerund ("after a raid"), while a report tells it too ("said they took the hill after an
# assault that lasted all night"). A stand taken on an event (ignoring, backing, funding it) gives it only as what one
# is charged with ("accused the OAU of ignoring the Ugandan invasion"), not as what one says one will do ("Russia said
# it would back the offensive on Idlib": the offensive is Russia's word). A known act blame is laid for is given too
# ("the two sides traded blame for the first clash", "Kyiv was blamed for the attack on the bridge"): whose act it was
# is alleged. Only with no words between ("blamed Kyiv for the attack": Kyiv stands in the given phrase, no place).
GIVEN = re.compile(r"\b(?:(?:during|after|before|amid|amidst|throughout|following|ahead\s+of|(?:in|at)\s+the\s+"
                   r"(?:[\w-]+\s+){1,4}?of)\s+(?:(?P<definite>the|its|their|this|that)\s+|an?\s+)?|"
                   r"(?:(?:provok|trigger|spark|instigat|incit|caus|start|prolong|escalat)\w*|(?:of|for)\s+(?:ignor|condon|"
                   rf"excus|justify|support|back|financ|fund)ing|{_verbs.BLAME}\s+for)"
                   r"\s+(?P<caused>the|this|that|its|their)\s+)"
                   r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "accused Moscow of sending troops", "blamed Iran for the attack": an accusation, not the source's finding.
# The accused may have an apposition and a relative clause set off by commas ("accused his former deputy,
# Riek Machar, whom he had dismissed in July 2013, of attempting a coup").
_ASIDES = r"(?:[\w’'-]+(?:,\s+[^,;.]{1,60}?){1,2},\s+)?"
ACCUSING = re.compile(rf"\b(?:{_verbs.ACCUSE}\s+(?:[\w’'-]+\s+){{0,4}}?{_ASIDES}of|"
                      rf"{_verbs.BLAME}\s+(?:[\w’'-]+\s+){{0,4}}?{_ASIDES}for)\b", re.IGNORECASE)
# An accusation set off by commas as an aside on a noun ("Ali Musa, accused of leading the massacre, was transferred to
# The Hague", "The general, who was accused of ordering the raid, fled"): what one is accused of ends at the comma that
# closes it, where the sentence's own verb comes back, told (`extract.modality._charge_cues`).
CHARGE_ASIDE = re.compile(r",\s+(?:(?:who|which)\s+(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+)?)?"
                          r"(?:\w+ly\s+)?$", re.IGNORECASE)
# ...past the commas of a list it charges ("Mladic, accused of shelling Sarajevo, Gorazde and Srebrenica, was
# arrested", "accused of the massacre in Srebrenica, Bosnia, in July 1995, was"): a stretch between two commas of a
# few words, or one joined by "and" or "or", that opens with no verb of the sentence ("accused of corruption, fled to
# Dubai, where", "..., was tried, and") goes on with the charge. Blanks part its words: a word is never split, so a
# long stretch with no blank fails at once.
CHARGED_ITEM = re.compile(rf"\s*(?!(?:{_verbs.PAST_VERB}|was|were|is|are|has|have|had|will|would|then|later)\b)"
                          r"(?:[^\s,]+(?:\s+[^\s,]+){0,2}|(?:[^\s,]+\s+){0,5}(?:and|or)\s+[^\s,]+(?:\s+[^\s,]+){0,4})"
                          r"\s*", re.IGNORECASE)
# "Moscow blamed Ukrainian shelling": who blames names a cause, its own claim (not "blamed X for", which
# ACCUSING reads, nor "blamed on", ATTRIBUTION).
BLAMING = re.compile(rf"\b{_verbs.BLAME}\s+(?!on\b)(?!(?:[\w’'-]+\s+){{0,4}}?for\b)", re.IGNORECASE)
DISMISSED = re.compile(rf"\b(?:{_verbs.REJECTING}|refut(?:e|es|ed))\s+"
                       r"(?:the\s+|these\s+|such\s+)?(?:[a-z-]+\s+){0,2}?(?:allegations?|reports?|claims?|accusations?|charges?)\b",
                       re.IGNORECASE)
# A sentence that only denies what the one before it told ("Portugal denied this.", "Pakistan has denied the charge.",
# "Eritrea rejected the accusations."): that one, told in the writer's words, is a charge the text sets against a
# denial, alleged (`extract.modality._contested`). A subject of a few words, not a pronoun (one who denies a charge
# named in the sentence before: "Police arrested a man for the murder. He denied the charge." tells the arrest), the
# verb, and a word that points back to what was told: not "it" or "that", which may point to a thing named in it.
# "Rejected" only with a noun of claim: "rejected this" opposes an act, not its truth ("Russia annexed Crimea in March
# 2014. The General Assembly rejected this.": the annexation is told).
_CLAIM_BACK = (r"(?:these\s+(?:charges|accusations|allegations|claims|reports)|"
               r"the\s+(?:charges?|accusations?|allegations?|claims?|reports?|account))")
_POINTING_BACK = rf"(?:this|{_CLAIM_BACK})"
# Not a denial told negated, withheld or later taken back: a word of the subject's or before the verb that says so
# ("Armenia initially denied this.", "Yerevan did not deny this.", "Nobody disputed this.", "Officials never denied the
# reports.", "Baku has yet to deny this.", "The ministry declined to deny the reports.").
_NOT_DENYING = (r"(?!(?:not|never|no|nobody|none|nothing|neither|nor|yet|initially|originally|first|"
                r"refused|declined|failed|would|could)\b|[\w’'-]*n[’']t\b)")
DENIED_NEXT = re.compile(rf"\s*(?!(?:he|she|they|it|we|I|you)\b)(?:{_NOT_DENYING}[\w’'.()-]+\s+){{1,6}}?"
                         r"(?:(?:has|have|had)\s+)?"
                         r"(?:(?:also|again|repeatedly|strongly|flatly|firmly|always|promptly)\s+)?"
                         rf"(?:(?:{_verbs.DENY}|disput(?:e|es|ed))\s+{_POINTING_BACK}|{_verbs.REJECT}\s+{_CLAIM_BACK})"
                         r"\s*[.!]?\s*",
                         re.IGNORECASE)
# Not when the sentence before names a charge, a suit or a verdict of its own: the denial is of that charge ("Police
# arrested the mayor on corruption charges. The mayor denied the charges.": the arrest is told; "The court convicted
# Taylor of war crimes. His lawyers rejected the charges."). An arrest alone is an act the denial may deny ("Troops
# detained 40 protesters in Minsk. The ministry denied this."), nor a post ("the officer in charge of the checkpoint").
CHARGE_NAMED = re.compile(r"\b(?:(?<!\bin\s)(?<!\bof\s)charg(?:e|es|ed|ing)|accus\w*|alleg\w*|claim(?:s|ed)?|"
                          r"reports?|reported|su(?:e|es|ed|ing)|lawsuit|indict\w*|convict\w*|prosecut\w*)\b",
                          re.IGNORECASE)
# What is charged ends where the writer's own aside on it begins: a relative clause or a participle set off by a comma
# ("the killing of Captain Kalia, captured while on patrol in May, whose bodies were handed over on 9 June" charges
# the killing, not the capture or the handover).
CONTESTED_END = re.compile(rf"{_WRITERS_CLAUSE}|,\s+whose\b|,\s+(?:\w+ly\s+)?{_verbs.PAST_VERB}\b", re.IGNORECASE)
# ", a charge the group denied", ", a charge Islamabad has repeatedly denied", ", a charge the Croatian government
# rejects": a noun of claim with a relative clause of denying, after what someone alleged or said, denies it; its
# holder is named between the noun and the verb (`extract.modality._charges_denied`).
CHARGE_DENIED = re.compile(rf",\s+(?:a|an|the)\s+(?:charges?|claims?|accusations?|allegations?|assertions?)\s+"
                           rf"(?:that\s+|which\s+)?(?P<holder>(?:[\w’'.-]+\s+){{1,5}}?)(?:(?:has|have|had)\s+)?"
                           rf"(?:\w+ly\s+)?(?:{_verbs.DENY}|{_verbs.REJECT}|{_verbs.DISMISS})\b", re.IGNORECASE)
# What a dismissed claim says, after its noun ("denied charges that the RSF attacked hospitals", "reports of"):
# with none ("Machar denied the accusation and fled the capital"), the sentence goes on in the text's words.
# A participle with its agent or medium may stand between the noun and "that": "denies reports circulated by some media
# that members of the Revolutionary Guard took part", "dismissed claims made by the opposition that votes were bought".
_SPREAD = r"\s+(?:\w+ed|made|spread)\s+(?:by|in|on)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+\s+that"
CLAIM_CONTENT = re.compile(rf"\s+(?:that|of|about|concerning|regarding)\b|{_SPREAD}\b", re.IGNORECASE)
# What someone says, alleges or denies ends where the text goes on in its own words: ", where
# Prime Minister Abiy Ahmed launched a military offensive" after "denied claims that ...".
# A semicolon ends it too: "Kyiv accused Russia of blowing up the dam; Moscow blamed Ukrainian shelling"; and so
# does a participle of saying, which tells what the same sayer asserts: "Pakistan denied that anyone had been
# killed, saying the Indian jets dropped their bombs on an empty hillside" (`SAYING_PARTICIPLE`).
# So does a verb of saying, accusing or denying joined by "and", whose subject is the sayer's: what it says is its
# own cue's ("Aidid's spokesman denied that the general's forces were involved and accused the United Nations of
# provoking the clashes": the provoking is alleged, not denied; "denied that a massacre had taken place and said
# that those killed were fighters").
_JOINED = r",?\s+and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?"
JOINED = re.compile(rf"{_JOINED}$", re.IGNORECASE)  # the "and" before such a verb: it holds what its first verb's subject holds
_SAYING_JOINED = (rf"{_JOINED}(?:{_verbs.SAY}|{_verbs.CLAIMED}|{_verbs.ALLEGE}|"
                  rf"{_verbs.INSIST}|{_verbs.ARGUE}|{_verbs.DENY}|{_verbs.REJECT}|{_verbs.DISMISS}|{_verbs.ACCUSE}|"
                  rf"{_verbs.BLAME}|add(?:s|ed)|warn(?:s|ed)|describ(?:es|ed)|call(?:s|ed)(?!\s+(?:for|on)\b))\b")
SAID_END = re.compile(rf";|{_SAYING}|{_SAYING_JOINED}|,\s+(?:where|whereas|while|adding|insisting)\b", re.IGNORECASE)
# A negation reaches no further than a clause joined after it (`_CLAUSE_JOINED`), nor than a verb of saying joined by
# "and" to the negated one: "denied attacking civilians and said that Kyrgyz forces had shelled Isfara" denies no shelling.
NEGATION_JOIN = re.compile(rf"{_CLAUSE_JOINED}|{_SAYING_JOINED}", re.IGNORECASE)
# What one is accused of doing ends also where a relative clause set off by a comma opens after it: the writer's
# own aside on what the act bore on ("Syria accused Israel of violating the UN-brokered ceasefire, which took
# effect on 10 June": the ceasefire took effect, asserted).
# What one is accused of is a phrase with no finite verb ("of breaking the truce"): a clause joined with a subject and a
# past verb of its own is the writer's again ("Both sides accused each other of breaking the truce within weeks, and
# attacks on villages continued": the attacks are told, not alleged), at the one join where the sentence's acts are
# parted too (`clauses.OWN_CLAUSE`, `clauses.COORDINATED_ACT`).
ACCUSED_END = re.compile(rf"{SAID_END.pattern}|,\s+which\b|{clauses.OWN_CLAUSE.pattern}", re.IGNORECASE)
# Reports a verb of confirming takes are the source's word, no allegation: "Police confirmed reports circulated on
# social media that a bomb exploded in Kabul" (`extract.modality.cues_of`).
CONFIRMING = re.compile(r"\b(?:confirm|verif|corroborat)\w*\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?$",
                        re.IGNORECASE)
# A noun of allegation or hearsay, a rumour's too ("records a rumour that the plane had been shot down", "rumours of a
# coup"): what follows is alleged.
# So does an aside set off by commas between the noun and its "that" ("The PLO's claim, voiced by Arafat, that the
# hijacking was a rogue operation", "reports, denied by Kigali, that troops had crossed"), and a story told, with its
# "that" ("the story that Russian planes bombed the town", "the story Georgians tell, that Russian planes bombed their
# positions": a few words of who tells it between; not "the story of the siege", told).
# Not a story's relative clause, its "that" the subject of a verb or the object of one of telling ("the stories that
# emerged from the siege", "a tale that spans the Second World War", "the story that he told about the bombing": the
# story's words, the act told; `_RELATIVE_STORY`).
_ALLEGATION_ASIDE = r",\s+[^,;.]{1,60}?,\s+that"
_TELLING = r"(?:tell|tells|told|spread|repeat|repeated|hear|heard|wrote|write|writes|read|recount(?:s|ed)?|relate[sd]?)"
_RELATIVE_STORY = (r"(?!\s+(?:(?:\w+ly\s+)?(?:\w+ed\s+(?:the|an?|in|on|at|from|with|of|for|to|by|about|through)|"
                   r"(?:is|was|were|are|has|had|have|will|would|can|could|may|might|began|begins|begin|ran|runs|won|"
                   r"wins|came|comes|became|becomes|made|makes|spans|starts|ends|follows|tells|told|shows|showed|"
                   r"unfolds|takes|took|goes|went|broke|grips|gripped|haunts|haunted|moves|captures|inspires)\b)|"
                   rf"(?:[\w’'-]+\s+){{1,3}}?{_TELLING}\b(?!,?\s+that)))")
_STORY = (rf"(?:story|stories|tale|tales)(?:\s+(?:that{_RELATIVE_STORY}|(?:[\w’'-]+\s+){{1,3}}?{_TELLING}"
          r",?\s+that)|\s*,\s+that)")
ALLEGATION = re.compile(r"\b(?:(?:allegations?|accusations?|claims?|reports?|rumou?rs?)"
                        rf"(?:\s+(?:that|of|concerning|about)|{_SPREAD}|{_ALLEGATION_ASIDE})|{_STORY})\b",
                        re.IGNORECASE)
# A noun of saying and its "that" ("the statement of the representative of Cyprus that the Republic has been the victim
# of an invasion", "Moscow's assertion that its troops had left", "the declaration by the junta that the war was over"):
# what follows is the sayer's word, reported; its sayer may be named after "of", "by" or "from" (group `by`). Only a
# clause of what is said, opened by its subject: not a relative clause ("the statement that followed the talks").
STATED = re.compile(r"\b(?:statements?|assertions?|contentions?|declarations?|announcements?|insistence)"
                    r"(?P<by>\s+(?:of|by|from)\s+[^,;.]{1,60}?)?\s+that\s+"
                    r"(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|there)\b|(?-i:[A-Z]))", re.IGNORECASE)
POSSESSED = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|accusations?|assertions?|reports?)\b",
                       re.IGNORECASE)
# "at least 1,600 civilians dead, by Russia's estimates": the figures of the clause are the owner's.
ESTIMATED = re.compile(r"\b(?:by|in|on)\s+(?:the\s+)?(?P<owner>[^,.;()]{1,60}?)['’]s?\s+(?:own\s+)?"
                       r"(?:estimates?|counts?|figures?|tally|reckoning)\b", re.IGNORECASE)
# "the RPF puts the toll at more than one million": the figure is the subject's (`quantities`, "deaths").
PUT_AT = re.compile(r"\bput(?:s|ting)?\s+the\s+(?:death\s+toll|toll|figure|number\s+of\s+(?:dead|deaths|people\s+killed))"
                    r"\s+at\b", re.IGNORECASE)
ATTRIBUTION = re.compile(rf"\b{_verbs.ATTRIBUTED_TO}\b", re.IGNORECASE)
# "according to the Russian human rights group Memorial": the state's adjective qualifies a body of
# its own, which holds the claims; the words from the adjective to that body's noun.
BODY = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,3}?\s+(?:group|organi[sz]ation|monitor|watchdog|agency|newspaper|"
                  r"daily|outlet|charity|society|institute|network|centre|center|commission|committee|ngo)\b\s*",
                  re.IGNORECASE)
# A state's adjective, one word ("Russian", "Iraqi", "Kurdish"), not a body's name: "according to the United
# Nations refugee agency" is the United Nations' word.
ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)")
# "killing about 1,200 people, according to Israeli tallies, and taking some 250 hostages": a citation set off by
# a comma after a clause that tells a count vouches for the figures told before it, not for all the sentence tells.
CITED_AFTER = re.compile(r",\s*$")
# "a compound in southern Baghdad where, according to American officials, Saddam Hussein was meeting his sons": a
# citation just after a relative word vouches for the relative clause only, not for the clause it hangs on.
RELATIVE_CITED = re.compile(r"\b(?:where|which|who|whom|whose|when)\s*,\s*$", re.IGNORECASE)
BY = re.compile(r"\bby\s+(?:the\s+)?", re.IGNORECASE)  # who attributes it
CONFIRMED = re.compile(r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?confirmed\s+by\b", re.IGNORECASE)
# Whose account an act is told as, for dating it (`claimgraph.extract.dates.accounts`): any cue above of saying,
# accusing or a side's account ("said Tajik guards had opened fire", "complained that", "accused Tajikistan of", "In
# the Tajik account, ..."), and the bare verbs of a charge ("Dushanbe denied attacking civilians", "according to the
# Government of Djibouti"). One list: the dates stage reads an account where this stage does.
# "According to" a side, not to a document's terms ("According to the agreement, troops withdrew": what it provided).
_CHARGED_BARE = re.compile(rf"\b(?:{_verbs.DENY}|{_verbs.ALLEGE}|according\s+to(?!\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:agreement|accord|treaty|deal|plan|terms|schedule|timetable)s?\b))\b", re.IGNORECASE)
ACCOUNT_TOLD = re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z_]+>', '(?:', p.pattern)})" for p in (
    SAYING, ACCUSING, ACCOUNT, ACCOUNT_COLON, _CHARGED_BARE)), re.IGNORECASE)

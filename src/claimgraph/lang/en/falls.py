"""The words of a place that fell, named by a name the gazetteer does not know, in English
(`claimgraph.recognise.named_falls`).

"Jowhar fell on 27 December", "Tawang fell within days", "the strongpoint held out, and Gabrielle fell two days later":
in a text of war, a name written with a capital just before "fell" (or before ", which fell") and a time right after
the verb tells a place taken, though the gazetteer knows no place of that name. The time (a word of FALL_TIMES, a
number) within FALL_TIME_REACH words of the verb, before a mark that ends the clause, is what makes the name a place
that fell, not a price or a person's fortune; the paragraph must tell of war (a word of FALL_WAR_WORDS or of armed
men), so that "Sterling fell on Monday" in a market report takes nothing. Not a name that opens with a title
(`names.TITLE_WORDS`: "General Amin fell in April" is a man's fall), nor one of FELL_NOT_SUBJECTS ("Night fell on 3
May", "Easter fell on 3 April", "Casualties fell two weeks later"), nor a munition (`impacts.MUNITIONS`: "Shells fell
on 3 June"), nor one after "the" ("the Dow fell on Monday": a place by name takes no article), nor in a sentence of
a market (FELL_MARKET_WORDS: "Apple fell 4 percent on Friday" in a war's news is a firm's price).
"""

from . import _pronouns

FALL_TIME_REACH = 4
FALL_TIMES = frozenset({"day", "days", "week", "weeks", "hour", "hours", "month", "months", "later", "next", "same"})
FALL_WAR_WORDS = frozenset({"war", "attack", "attacks", "assault", "offensive", "siege", "battle", "fighting",
                            "brigade", "brigades", "division", "divisions", "regiment", "battalion", "overrun",
                            "captured", "shelling", "invasion", "garrison", "strongpoint", "strongpoints"})
FELL_NOT_SUBJECTS = frozenset({"night", "darkness", "dusk", "silence", "rain", "snow", "snows", "easter", "christmas",
                               "ramadan", "eid", "passover", "hanukkah", "diwali", "temperatures", "prices", "sterling",
                               "stocks", "shares",
                               # an amount or a mood that fell after a time: "Casualties fell two weeks later"
                               "morale", "casualties", "losses", "production", "output", "support", "numbers",
                               # a day's name: "Armistice Day fell on a Monday"
                               "day"}) | _pronouns.PERSONAL  # a man who fell in battle: "He fell at Verdun in 1916"
NO_PLACE_ARTICLES = frozenset({"the"})
# A word of a market or of a price's amount in the sentence makes the name a firm's or a currency's that fell in a war's
# news, no place: "Lockheed shares rose while Boeing fell on Tuesday", "Apple fell 4 percent on Friday".
FELL_MARKET_WORDS = frozenset({"shares", "share", "stock", "stocks", "investors", "traders", "trading", "market",
                               "markets", "index", "percent", "%", "cent", "points", "pence", "cents"})

"""The words of acts a chronology tells in the present (`claimgraph.recognise.timeline_acts`).

A present passive of killing (PRESENT_KILLED) tells a killing only in a chronology's entry, a line that opens with a
date and a colon or a spaced dash (TIMELINE_ENTRY: "17 August - Egypt's President is killed when his car explodes"):
elsewhere the present tells what happens every time or in a story ("a soldier is killed every day", "Civilians are
killed when the army shells villages", "The hero is killed in the last scene"), unless its subject is one person or two
by their names (NAMED_SUBJECT_WORDS capitalised words at least, no article of ARTICLES, not a thing's name opened or
ended by a word of `triggers.NAMED_THING_OPENERS`, `NAMED_THING_ENDS`; "are killed" only after an "and" in its sentence,
as a team's name is plural: "Real Madrid are killed"; no "by" nor "off" after the verb, NAMED_NOT_AFTER), with no word
of a story, a film, a game, the polls or markets (FICTION) in its line: a list or an account told in the present ("-
Wrestling coach Moshe Weinberg and weightlifter Yossef Romano are killed", "they open fire, and Fireman Duane Hodges is
killed"). Nor in an entry with a word of HABIT in its sentence, nor where an attack named right after tells the act ("is
killed in a bomb blast": KILLED_IN, an article, at most KILLED_IN_REACH words to a word of ATTACK_WORDS or a weapon):
the attack is the event, and its date.
"""

import calendar
import re

PRESENT_KILLED = frozenset({"is killed", "are killed"})
_MONTH = "(?:" + "|".join(calendar.month_name[1:]) + ")"
TIMELINE_ENTRY = re.compile(rf"[ \t]*(?:(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|{_MONTH})(?:,?\s+\d{{4}})?|\d{{4}})"
                            r"[ \t]*(?::|[-–—][ \t])")
HABIT = frozenset({"every", "each", "whenever", "if", "usually", "often"})
NAMED_SUBJECT_WORDS = 2  # "Duane Hodges is killed"; not "Civilians are killed", "Hodges is killed" (a story's hero)
FICTION = frozenset({"film", "films", "movie", "movies", "novel", "novels", "story", "stories", "play", "plays",
                     "episode", "episodes", "scene", "scenes", "character", "characters", "series", "season", "book",
                     "game", "games", "plot", "drama", "opera", "comic", "sequel", "screen", "stage", "script",
                     "fiction", "fictional", "hero", "heroine", "villain", "protagonist", "chapter", "saga", "remake",
                     "version", "show", "actor", "actress", "cast", "role", "trailer",
                     "match", "pitch", "goal", "team", "league", "cup", "final", "round", "innings", "counter",
                     # s41 review: and the lines where a name is "killed" as a figure of polls, markets or a player's
                     # turn ("Joe Biden is killed in the polls", "Dow Jones is killed as markets tumble", "Player One
                     # is killed and the level restarts", "Spoiler: Tony Stark is killed at the end")
                     "polls", "poll", "ratings", "primaries", "debate", "debates", "markets", "stocks", "spoiler",
                     "spoilers", "player", "players"})
ARTICLES = frozenset({"the", "a", "an"})  # none in or before a named subject: "The Hero Is Killed", "a Mr Smith"
# A name's present killing "by" someone or something, or "off", is as often a figure of markets, sport or business
# ("Apple Inc is killed by the new tax rules", "Lewis Hamilton is killed by a slow pit stop", "Windows Vista is killed
# off"): a named subject tells a death only with none of these words right after the verb.
NAMED_NOT_AFTER = frozenset({"by", "off"})
PLURAL_KILLED = "are"  # "Moshe Weinberg and Yossef Romano are killed": two people named, joined by AND
AND = "and"
KILLED_IN = re.compile(r"\s+in\s+(?:an?|the)\s+", re.IGNORECASE)
KILLED_IN_REACH = 3
ATTACK_WORDS = frozenset({"attack", "blast", "explosion", "bombing", "raid", "ambush", "airstrike", "strike", "shelling"})

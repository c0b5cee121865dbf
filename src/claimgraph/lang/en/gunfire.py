"""The words of shooting told by the noun "fire" or "firing" in English (`claimgraph.recognise.gunfire`).

Shots told with no verb of attacking: armed men or a party fired at "came under fire" or "had taken fire from the
hotel", a weapon's fire ("Artillery fire erupted near the temple", "Small-arms fire near the university"), firing that
broke out ("Firing broke out at the airport", "The firing took place on 15 May"), a building or a vessel "set on fire"
("set the school on fire"), people "fired upon" ("Police say they were fired upon"). Each tells an attack, a happening
of its own (their words are verbs to the resolver: `triggers.VERBS`). "The minister came under fire from critics", "a
fuel tank fire", "the firing of the manager", "set the league on fire", "was fired upon arrival" tell none.
"""

import re

CLASS = "Attack"
# The words of the patterns below, each spelled once: of being fired at (_HEADS), the fire's kind (_QUALIFIERS), a
# weapon (_WEAPONS), firing that began (_FIRINGS, _BEGAN). A space in one matches any run of spaces (`_any_of`).
_HEADS = ("under", "taken", "took", "taking", "take", "takes", "drew", "drawn", "draw", "draws", "drawing")
_QUALIFIERS = ("heavy", "intense", "sustained", "sporadic", "renewed", "direct", "hostile", "enemy", "sniper", "mortar",
               "artillery", "rocket", "small-arms", "small arms", "machine-gun", "automatic")
_WEAPONS = ("artillery", "mortar", "rocket", "sniper", "machine-gun", "machinegun", "small-arms", "small arms", "rifle",
            "anti-aircraft", "cannon", "tank", "automatic-weapons", "automatic weapons", "heavy-weapons",
            "heavy weapons", "shell", "howitzer")
_FIRINGS = ("firing", "shooting")
_BEGAN = ("broke out", "erupted", "took place", "resumed", "intensified")


def _any_of(words) -> str:
    """A regex group of `words`, a space in one matching any run of spaces."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


# "came under fire", "crossed under heavy fire", "had taken fire", "drew sniper fire": a party fired at. Group "at":
# the words of being fired at, the trigger's words.
# Not a fire's gear after "taken fire" (_GEAR_AFTER, of NOT_FIRE_AFTER below: "took fire drill").
_QUALIFIER = rf"(?:{_any_of(_QUALIFIERS)}\s+)?"
_GEAR_AFTER = ("alarm", "alarms", "door", "doors", "exit", "drill", "hazard", "risk", "brigade", "station")
FIRED_AT = re.compile(rf"\b(?P<at>(?:under|{_any_of(_HEADS[1:])}(?=\s+{_QUALIFIER}fire\b(?!\s+{_any_of(_GEAR_AFTER)})))"
                      rf"\s+{_QUALIFIER}fire)\b(?!-)", re.IGNORECASE)
# ...said of armed men, a force's name (`recognise.armed.armed_words`) or one of these within the words before it in its
# clause: "A UN convoy came under fire", "the battalion crossed under fire", "the tank crew had taken fire".
FIRED_AT_PARTIES = frozenset({"convoy", "convoys", "patrol", "patrols", "column", "columns", "battalion", "battalions",
                              "brigade", "brigades", "regiment", "platoon", "platoons", "company's", "ship", "ships",
                              "vessel", "vessels", "warship", "warships", "boat", "boats", "aircraft", "helicopter",
                              "helicopters", "crew", "positions", "outpost", "outposts", "checkpoint", "checkpoints",
                              "garrison", "monitors", "observers", "peacekeepers", "we", "us"})
# ...nor a fire brigade or crew ("The fire brigade came under fire from residents": FIRE_BEFORE_PARTY the word before).
FIRE_BEFORE_PARTY = frozenset({"fire", "fire-fighting", "firefighting"})
# ...but not in a figure of blame: "for" or "over" right after ("came under fire for its conduct", "over the deal"),
# "from" with one of CRITICS within CRITICS_REACH words after it ("came under fire from critics", "from the
# opposition"), or "in" or "on" (BLAME_IN) with one of CRITICS heading its phrase ("came under fire in parliament",
# "in an editorial", "on social media"; not "in the parliament building").
BLAME_AFTER = frozenset({"for", "over"})
# ...unless a length of time follows within DURATION_REACH words: "came under fire for two hours", "over the weekend".
DURATIONS = frozenset({"hour", "hours", "minute", "minutes", "day", "days", "night", "nights", "week", "weeks",
                       "weekend", "month", "months", "morning", "afternoon", "evening"})
DURATION_REACH = 3
CRITICS = frozenset({"critics", "critic", "opposition", "lawmakers", "legislators", "politicians", "mps", "senators",
                     "congressmen", "activists", "campaigners", "fans", "supporters", "investors", "shareholders",
                     "regulators", "media", "press", "commentators", "analysts", "voters", "colleagues",
                     "rivals", "parents", "unions", "economists", "experts", "scientists", "environmentalists",
                     "reviewers", "readers", "users", "customers", "consumers", "employees", "staff", "advocates",
                     "watchdogs", "newspapers", "editorials", "parliament", "congress", "ministers", "minister",
                     "officials", "auditors", "inspectors", "tabloids", "tabloid", "newspaper", "editorial",
                     "columnists", "pundits", "bloggers", "donors", "prosecutors", "report", "reports", "audit",
                     "inquiry", "senate",
                     "debate", "hearing", "hearings", "interview", "op-ed", "court", "courts", "review", "television",
                     "tv", "radio", "twitter", "blog", "blogs", "podcast"})
BLAME_IN = frozenset({"in", "on"})  # "came under fire in parliament", "on social media" (CRITICS heading the phrase)
CRITICS_REACH = 5
# The words that end a critic's phrase after "in" ("in parliament over the leaks"): one after it that is none of these
# may be the noun it qualifies ("in the parliament building").
PHRASE_ENDS = frozenset({"of", "for", "in", "on", "at", "from", "with", "by", "to", "over", "about", "after", "and",
                         "or", "but", "as", "when", "while", "this", "last", "yesterday", "today", "again"})
# A weapon's fire: "Artillery fire erupted", "Small-arms fire near the university", "mortar fire"; not "a fuel rocket
# fire" (FUEL_BEFORE), nor a fire's gear or a show of it after it ("rocket fire hazard", "the artillery fire museum":
# NOT_FIRE_AFTER), nor a show of arms in its sentence (SHOWS_OF_FIRE: "A salute of cannon fire marked the queen's
# birthday", "rifle fire echoed across the range during the club's championship"). "tank fire" is a tank's only in a
# sentence with no word of fuel or industry (FUEL_SENTENCE: not "The tank fire at the refinery burned for two days").
WEAPON_FIRE = re.compile(rf"\b{_any_of(_WEAPONS)}\s+fire\b(?!-)", re.IGNORECASE)
FUEL_BEFORE = frozenset({"fuel", "oil", "gas", "petrol", "storage", "water", "septic", "propane", "diesel", "think",
                         "fish", "water-cannon"})
FUEL_SENTENCE = frozenset({"refinery", "refineries", "plant", "depot", "terminal", "farm", "factory", "warehouse",
                           "fuel", "oil", "gas", "petrol", "diesel", "chemical", "chemicals", "storage", "firefighters",
                           "septic", "water", "aquarium", "fish"})
AMBIGUOUS_WEAPONS = frozenset({"tank"})
NOT_FIRE_AFTER = frozenset({"alarm", "alarms", "door", "doors", "exit", "exits", "drill", "drills", "hazard",
                            "hazards", "risk", "risks", "brigade", "station", "safety", "extinguisher", "truck",
                            "engine",
                            "insurance", "department", "service", "museum", "scene", "scenes", "exhibit", "exhibition",
                            "simulator", "simulation", "training", "range", "ranges", "practice", "demonstration",
                            "display", "sound", "sounds", "effect", "effects", "team", "drill", "control"})
# Firing that broke out or took place: "Firing broke out at the airport", "The firing took place on May 15"; not
# "The firing of the manager took place" (no word between), nor firing in a kiln or of an engine (NOT_SHOTS in its
# sentence) or at a range or a match (SHOWS_OF_FIRE: "Firing resumed after lunch at the range").
FIRING_BEGAN = re.compile(rf"\b{_any_of(_FIRINGS)}\s+{_any_of(_BEGAN)}\b", re.IGNORECASE)
NOT_SHOTS = frozenset({"kiln", "kilns", "pottery", "clay", "glaze", "ceramic", "ceramics", "engine", "engines",
                       "film", "filming", "movie", "photo", "photos", "camera", "cameras", "manager", "coach",
                       "ceo", "director", "pistons", "cylinders", "thrusters", "neurons"})
SHOWS_OF_FIRE = frozenset({"salute", "salutes", "re-enactment", "reenactment", "championship", "championships",
                           "tournament", "competition", "competitions", "olympics", "olympic", "range", "ranges"})
# A building, a dwelling, a settlement or a vessel set on fire: "set the school on fire"; not "set the league on fire",
# nor by a mishap within the words before "set" in its clause (MISHAP_CAUSES: "Lightning set the house on fire",
# "Fireworks set the church on fire"; not "fire" itself: "opened fire and set the mosque on fire").
MISHAP_CAUSES = frozenset({"blaze", "blazes", "flames", "wildfire", "wildfires", "lightning", "candle", "candles",
                           "sun", "heat", "explosion", "short-circuit", "circuit", "spark", "sparks", "lava", "fault",
                           "fireworks", "firework", "cigarette", "cigarettes", "heater", "heaters", "stove", "lamp",
                           "lantern", "wiring"})
SET_ON_FIRE = re.compile(r"\bset\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)on\s+fire\b", re.IGNORECASE)
VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers", "ferry", "warship"})
# People fired upon: "Police say they were fired upon", "the patrol was fired upon from the ridge"; not "was fired upon
# arrival" (a dismissal): the clause ends after it, or one of UPON_AFTER follows.
FIRED_UPON = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?P<at>fired\s+upon)\b", re.IGNORECASE)
UPON_AFTER = frozenset({"by", "from", "in", "near", "at", "while", "as", "when", "during", "and", "but", "on", "off",
                        "outside", "inside", "along", "across", "again", "repeatedly", "twice", "without", "with"})
# The words of these candidates, verbs to the resolver: a happening of their own (`triggers.VERBS`).
WORDS = frozenset({f"{h} {q}fire" for h in _HEADS for q in ("", *(f"{q} " for q in _QUALIFIERS))}
                  | {f"{w} fire" for w in _WEAPONS} | {f"{f} {b}" for f in _FIRINGS for b in _BEGAN}
                  | {"on fire", "fired upon"})

"""The words around names in English: titles, kinds of places, bodies, forces, agreements and
events that end a name ("Kodori Gorge", "Minsk Protocol"), words that are no names
(`claimgraph.recognise.names`, `.gazetteer`)."""

import re

from . import _verbs

# What follows a people's name to name its state's army: "Georgian troops", "Russian Armed Forces"; its detachments
# name it too ("a Bolivian detachment seized", "Syrian armoured units crossed", "French paratroopers landed"): the
# force acted, not the state at large. Not its aircraft ("Indian warplanes struck", "Turkish jets bombed": the state's
# strike, and "a Ukrainian aircraft" is as often an airliner), nor "artillery", as often a noun's qualifier ("the
# North Korean artillery attack").
FORCE_WORDS = ("army", "armed forces", "forces", "troops", "soldiers", "military", "units", "military units",
               "paratroopers", "detachment", "detachments", "garrison", "armoured units", "armored units")
# "the Pakistani garrison town of Rawalpindi": a force's word before a word of a town qualifies the town, and the
# people's name before it is the town's state, no force (FORCE_WORD_QUALIFIES after one of QUALIFYING_FORCE_WORDS).
# Not "of": "the Bolivian garrison of Boqueron surrendered" is the force.
QUALIFYING_FORCE_WORDS = ("garrison",)
FORCE_WORD_QUALIFIES = re.compile(r"\s+(?:town|city|cities|towns)\b", re.IGNORECASE)
# What stands between two states' demonyms that share the word for their forces ("Ethiopian and Eritrean troops",
# "Russian, Belarusian and Chechen units"): the first is its state's forces too (`recognise.joint_forces`).
FORCES_LISTED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# A demonym inside a compound names no forces of its state: "Pro-Russian and Ukrainian forces" (whom one side favours),
# "Turkish-backed and Kurdish forces" (who backs them): read just before the demonym, and just after it.
COMPOUND_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
COMPOUND_AFTER = re.compile(r"-\w")
# A state's forces told by "its" as the subject of a verb ("China said its troops began withdrawing", "its forces had
# captured"): whose they are is the one state named before "its" in the sentence, within OWN_FORCES_REACH characters
# (`recognise.owned.own_forces`). Not an object: "its" opens a subject only after a clause's opening or a count's "of"
# (OWN_FORCES_SUBJECT_BEFORE: a conjunction, a verb of speech, a comma, "696 of"), never after another verb or an
# infinitive ("to force Serbia to withdraw its troops": the troops did nothing there, and the state is whom the
# purpose bears on). The word after them is their verb: an auxiliary or a past of an act of war (OWN_FORCES_VERBS),
# or any past after "that", which opens a finite clause ("denies that its forces mistreated civilians"); elsewhere a
# bare "-ed" word may be a participle ("its troops deployed in Kosovo").
OWN_FORCES = re.compile(r"\bits\s+(?:own\s+)?(?:armed\s+forces|forces|troops|soldiers|army|units)\b"
                        r"(?=\s+(?P<verb>[a-z]+)\b)")
OWN_FORCES_VERBS = frozenset({
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "began", "begin", "begins",
    "continued", "invaded", "captured", "recaptured", "seized", "entered", "attacked", "shelled", "stormed",
    "occupied", "crossed", "launched", "advanced", "withdrew", "retreated", "fired", "struck", "fought", "took",
    "killed"})
OWN_FORCES_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:(]|\b(?:that|and|but|while|as|after|before|when|because|since|"
                                       r"whereas|where|once|until|said|says|announced|added|stated|claimed|insisted|"
                                       r"confirmed|reported|declared)"
                                       r"|\b(?:\d[\d,]*|some|many|most|all|none|several)\s+of)\s*$")
OWN_FORCES_THAT = re.compile(r"\bthat\s*$")
OWN_FORCES_REACH = 120
CAPITALISED = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z][\w-]*")  # a name, or an abbreviation of one: "U.S."


# An abbreviated rank or a privy counsellor's style before another title opens that one, no title of its own: "Lt. Col.
# Oliver North", "Lt. Governor Ruth Cole", "the Rt Hon Lord Carrington" are named after the last (`recognise.names` reads
# one title before a name).
_NO_TITLE_AFTER = (r"(?!\s+(?:Gen|Col|Maj|Cm?dr|Capt|Gov|General|Colonel|Major|Commander|Governor|Captain"
                   r"|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness)\b)")
# Kinds of a thing built or a street that end its name, named after a person with a rank ("The Capt Cook Museum", "the
# Sgt Smith Memorial"): the rank is no title of a person then (`TITLES`).
BUILT_KINDS = (r"Museum|Hotel|Street|Road|Avenue|Bridge|School|College|University|Hospital|Square|Stadium|Centre|"
               r"Center|Library|Gallery|Airport|Memorial|Theatre|Theater|Station|Barracks")
TITLES = ("President", "Prime Minister", "Deputy Prime Minister", "Premier", "Vice Premier", "Foreign Minister",
          "Defence Minister", "Defense Minister", "State Minister", "Minister", "Chancellor", "Secretary-General",
          "Secretary General",
          "Secretary of State", "Foreign Secretary", "Defense Secretary", "Defence Secretary", "Home Secretary",
          "General", "Lieutenant General", "Major General",
          "Brigadier General", "Colonel General", "Lieutenant Colonel", "Colonel", "Brigadier", "Major", "Captain", "Capt\\.",
          "Admiral",
          "Field Marshal", "Marshal", "Sergeant",
          # a lieutenant's office before the rank alone: "Lieutenant Governor Kathy Hochul", "Lieutenant Commander Data"
          "Lieutenant Governor", "Lieutenant-Governor", "Lieutenant Commander", "Lieutenant", "Corporal",
          "Private First Class", "Minister of State",
          # a judge before a full name, not a ministry's remit ("Justice Minister Ali Khashan", "Justice Africa said")
          "Justice(?!\\s+(?:Minist|Department))(?=\\s+[A-Z][\\w'-]+\\s+[A-Z])",
          "Lt\\. Gen\\.", "Gen\\.", "Col\\.", f"Lt\\.{_NO_TITLE_AFTER}", f"Sgt\\.{_NO_TITLE_AFTER}",
          # a brigadier, not a ship of the kind: "the Brig Amelia ran aground"
          f"Brig(?<![Tt]he Brig)\\.?{_NO_TITLE_AFTER}", "Ambassador",
          # a member of the Privy Council or a Commons office: "The Rt Hon James Callaghan MP"
          f"Rt\\.? Hon\\.?{_NO_TITLE_AFTER}", "Commander", "Speaker", "Senator", "Envoy",
          "Consul General", "Consul-General", "Consul",
          "Ombudsman", "Human Rights Defender", "Mayor", "Governor", "Chief Justice", "Lord Justice", "Judge", "Lord",
          "Archbishop", "Bishop", "Patriarch",
          # a cleric's or an Indian honorific before a full name ("Father Hilário Madeira", "Shri George Fernandes"; not
          # "Cardinal Health said"; nor "Father Christmas": `FEASTS`)
          "(?:Father|Fr\\.|Cardinal|Rabbi|Reverend|Rev\\.|Shri)(?=\\s+[A-Z][\\w'-]+\\s+[A-Z])",
          # a rank abbreviated without a full stop, in a British report, before a full name: "Cpl Musa Bangura",
          # "Bdr Brad Tinnion"
          # ("Sgt Pepper Lonely Hearts Club Band": more capitalised words, a title of something else)
          # (nor before a building's or a street's name: "The Capt Cook Museum", `BUILT_KINDS`)
          "(?:Cpl|LCpl|L/Cpl|Bdr|Pte|Maj|Sgt|Capt|Lt|Cdr)(?=\\s+[A-Z][\\w'-]+\\s+[A-Z][\\w'-]+(?![\\w'-]|\\s+[A-Z]))"
          f"(?!\\s+[A-Z][\\w'-]+\\s+(?:{BUILT_KINDS})\\b)",
          "Catholicos", "Pope", "King", "Queen", "Emperor", "Empress", "Emir", "Sultan", "Sheikh",
          "Mr\\.?", "Mrs\\.?", "Ms\\.?", "Dr\\.?", "Professor", "PM",
          "spokesperson", "spokesman", "spokeswoman", "envoy", "commander", "adviser", "advisor", "aide")
# Some of those a role in the plural holds, named after it: "five party leaders, among them Vasil Bilak and Alois
# Indra" (`recognise.person_lists`).
AMONG_THEM = r",\s+among\s+them"
# A transcript's title before its speaker's name, in capitals ("MR. McCURRY:", "SECRETARY CHRISTOPHER:"), and the
# lower-case letters a Scottish or Irish surname keeps there (`recognise.names`).
SPEAKER_TITLES = r"(?:MR|MRS|MS|DR|GEN|AMB|SECRETARY|SENATOR|GENERAL|PRESIDENT|AMBASSADOR)"
SURNAME_PREFIXES = r"(?:Mc|Mac|O’|O')"
# A knight's title opens the name he goes by, after a rank too: "the Governor-General, Sir Paul Scoon", "Lieutenant General
# Sir Michael Jackson" (`recognise.names`).
KNIGHTED = r"Sir"
# A monarch's or a peer's title before one name is a word of the name the person goes by: "King Hussein", "Lord
# Soames" (no "Hussein" or "Soames" alone; "King Abdullah II", "Lord Peter Carrington" are named in full after it).
NAMING_TITLE_BEFORE = re.compile(r"(?<![\w’'\-])(?:King|Queen|Emperor|Empress|Lord|Emir|Sultan)[ \t]+$")
TITLE_WORDS = {t.split()[0].strip("\\.?") for t in TITLES if t[0].isupper() and "(" not in t} | {
    "Deputy", "Vice", "Acting", "Former", "Chief", "Lieutenant", "Major", "Justice", "Advocate", "Sgt", "Brig", "Rt"}
# The abbreviations of a firm's legal form that end its name: "Cardinal Health Inc", "Lehman Holdings Ltd".
FIRM_SUFFIXES = frozenset({"Inc", "Ltd", "Corp", "Plc", "LLC"})
# Nouns of a thing a name before them qualifies: after an office and its remit ("The Minister of Energy Hinkley Point
# deal", "the Minister of Defence Land Rover contract") the name is the thing's, no office holder's (`recognise.names`).
THING_NOUNS_AFTER = (r"deals?|contracts?|orders?|projects?|programmes?|programs?|plans?|schemes?|bids?|sales?|"
                     r"tenders?|purchases?|sites?|plants?|budgets?|reviews?|reports?|strateg(?:y|ies)|polic(?:y|ies)")
# Title words that open a body's own words after its "of", no leader's title there: "the International Court of
# Justice", "the Association of Chief Police Officers", "the Council of Chief State School Officers", "the Conference of
# Deputy Prime Ministers", "the Players Association of Major League Baseball" (`recognise.names`: "the Council of
# General Sani Abacha" names the council's leader after its "of").
BODY_OF_TITLE_WORDS = frozenset({"Justice", "Chief", "Major", "Deputy", "Vice", "Acting", "Former"})
# Kinds of a street, an island or a school that end a name after a title-like word: "King Street", "Lord Howe Island",
# "the Judge Business School", "Sultan Qaboos University", "the Sultan Ahmed Mosque" name no person (nor does a kind of
# body or named place: `recognise.names`).
TITLED_NOT_LAST = frozenset({"Street", "Road", "Avenue", "Lane", "Island", "Islands", "School", "College", "Hospital",
                             "Causeway", "University", "Mosque",
                             "Market", "Square", "Station", "Church", "Cathedral", "Shrine",  # "Rabbi Street Market"
                             *FIRM_SUFFIXES})  # a firm's: "Cardinal Health Inc reported"
# A capitalised word joined by a hyphen to a lower-case one is an adjective, no name of a place before its kind:
# "the largest Muslim-majority city", "a Russian-speaking town", "the Serb-held town".
ADJECTIVE_COMPOUND = re.compile(r"[A-Z][\w’']*-[a-z][\w-]*")
PLACE_KINDS = {"region": "Region", "province": "Region", "district": "District", "gorge": "Region",
               "valley": "Region", "city": "Settlement", "town": "Settlement", "village": "Settlement"}
FEATURE_KINDS = {"bridge": "Place", "river": "Region", "corridor": "Region", "pass": "Region", "mountains": "Region",
                 "lake": "Region", "airport": "Place", "checkpoint": "Place", "highway": "Place", "reservoir": "Region",
                 "heights": "Region", "plateau": "Region", "border crossing": "Place", "tunnel": "Region",
                 "airbase": "Place", "air base": "Place", "border": "Region", "refugee camp": "Settlement",
                 "hotel": "Place", "prison": "Place",  # "the Shatila refugee camp", "the Rixos hotel", "the Bossembélé prison"
                 # a kind with the word of its use before it: "the Baba Gurgur oil field", "Kirkuk military airport",
                 # "the Panguna copper mine", "Burnham military camp"; a land cut off or thrust out: "the Vorukh
                 # exclave", "the Kagera salient"
                 "oil field": "Place", "oilfield": "Place", "gas field": "Place", "military airport": "Place",
                 "international airport": "Place", "military base": "Place", "naval base": "Place",
                 "military camp": "Place", "army camp": "Place", "army base": "Place", "copper mine": "Place",
                 "gold mine": "Place", "coal mine": "Place", "diamond mine": "Place", "uranium mine": "Place",
                 "exclave": "Region", "salient": "Region", "ridge": "Region", "peninsula": "Region",  # "the Bakassi peninsula"
                 # wild land a force hides in or crosses: "the Zapata swamp", "the Lacandon jungle" (no "forest": "Rain
                 # forest", "National Forest" name none)
                 "swamp": "Region", "swamps": "Region", "marsh": "Region", "marshes": "Region", "jungle": "Region",
                 "neighbourhood": "District",
                 "neighborhood": "District", "slum": "District",  # "the Thag La ridge", "the Boy-Rabe neighbourhood"
                 # a site a story's men are held, hurt or treated at, water land ends at: "the Kilian barracks",
                 # "the Beslan hospital", "the Nanthikadal lagoon"
                 "barracks": "Place", "hospital": "Place", "lagoon": "Region", "creek": "Region"}
# The wild land above: after a state's demonym alone it is that state's land, no name ("the Iraqi marshes").
WILD_LAND_KINDS = frozenset({"swamp", "swamps", "marsh", "marshes", "jungle"})
# Kinds of land, water or town whose name alone names them too: "the Namka Chu river" is the Namka Chu, "the Boy-Rabe
# neighbourhood" Boy-Rabe (`recognise.names`); not a thing built ("Kirkuk military airport" is not Kirkuk).
NAME_ALONE_KINDS = frozenset({"river", "ridge", "mountains", "lake", "heights", "plateau", "reservoir",
                              "neighbourhood", "neighborhood", "slum"})  # no "pass": "The Eurail pass" is a ticket
# A town's quarter named after it: "the Kirkuk neighbourhood of Rahimawa" is Rahimawa in the town of Kirkuk (where the
# word before the kind is a known town's name: "the Sabra neighbourhood of Beirut" is the Sabra neighbourhood).
QUARTER_KIND_WORDS = frozenset({"neighbourhood", "neighborhood", "slum"})  # "the Nairobi slum of Kibera" (`alternates`)
QUARTER_KINDS = "|".join(sorted(QUARTER_KIND_WORDS))  # the same, for a pattern
QUARTER_OF = re.compile(r"[ \t]+of[ \t]+(?=[A-Z])")
# The word after a place's name, a kind of place in English word order ("Kurla neighbourhood", "Janan Island")
KIND_AFTER_NAME = re.compile(r"[ \t]+(\w+)")
# An alternate name of a town of this many letters or more is read wherever it stands (`alternates`): GeoNames'
# short transliterations into English spelling are other places' names and words ("Kurla", "Balo", "Yida" of Jeddah,
# "Castello"), its long old names are the place's own ("Leningrad", "Constantinople", "Stanleyville").
ALTERNATE_DISTINCT_LETTERS = 9
# A thing built that a story names by its kind alone after "The" is the one of the story ("The airport was retaken
# four days later", "The bridge was blown up"); no other kind names a place alone: a land's shape, a quarter, a
# compound of use ("The ridge of high pressure", "The neighbourhood watch group", "The oil field services firm", "The
# international airport reopened", "The Citadel beat Furman": `recognise.names`).
KIND_ALONE_PLACES = frozenset({"airport", "bridge", "checkpoint", "highway", "tunnel", "airbase"})
# A feature's kind before these is what a person serves or the place gives a name to, no place: "the Navalny prison
# sentence", "a ten-year prison term".
NOT_FEATURE_AFTER = r"sentences?|terms?"
# A lower-case kind of site ends its noun phrase where it names a site: a lower-case word after it that is none of
# these words of grammar nor a verb's past (`KIND_ENDS_VERB`) nor may be a verb's form (`KIND_ENDS_ENDINGS`: "The
# Eurail pass lets", "workers" is left alone) is a noun the kind qualifies, and the name before it names the noun's
# owner, no site ("The Texas hospital association", "the Berlin barracks fire", "the Obama hospital plan"; not "the
# Kilian barracks were stormed", "Asmara airport the same day", "the Tengiz oil field rose": `recognise.name_doubts`).
KIND_ENDS_BEFORE = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "itself",
    "which", "who", "whom", "whose", "where", "when", "while", "what", "as", "at", "in", "on", "of", "to", "from",
    "for", "with", "by", "near", "into", "onto", "over", "under", "after", "before", "during", "since", "until",
    "till", "through", "across", "along", "around", "about", "against", "between", "among", "beyond", "inside",
    "outside", "within", "without", "behind", "beside", "off", "up", "down", "out", "and", "or", "but", "nor", "so",
    "yet", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "not", "never", "also", "still", "then",
    "there", "here", "now", "today", "yesterday", "tonight", "overnight", "late", "early", "first", "ago", "last",
    "next", "same", "again", "once", "twice", "too", "very", "all", "both", "each", "some", "any", "no", "every",
    "many", "several", "few", "more", "most", "only", "even", "just", "soon", "later", "earlier", "instead",
    "because", "if", "than", "via", "per", "i", "we", "they", "he", "she", "it", "them", "him", "us", "toward",
    "towards", "past", "amid", "amidst", "despite", "upon", "above", "below", "beneath", "throughout", "like",
    "unlike", "round", "opposite", "though", "although", "unless", "whether", "whilst"})
KIND_ENDS_ENDINGS = ("s", "ing", "ly")
KIND_ENDS_VERB = re.compile(rf"{_verbs.PAST_VERB}|said|told")
KIND_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)(?![\w’'\-])")
NAMED_PLACE_KINDS = {"Gorge": "Region", "Valley": "Region", "Tunnel": "Region", "Pass": "Region",
                     "Corridor": "Region", "Region": "Region", "Province": "Region", "Bridge": "Place",
                     "River": "Region", "Lake": "Region", "Mountains": "Region", "Airport": "Place",
                     "Highway": "Place", "Checkpoint": "Place", "Heights": "Region", "Plateau": "Region",
                     "Base": "Place", "Airbase": "Place", "Air Base": "Place", "Palace": "Place", "Square": "Place",
                     "Fortress": "Place", "Governorate": "Region", "Oblast": "Region", "County": "Region",
                     "Sea": "Region", "Canal": "Place", "Dam": "Place",  # "the Suez Canal", "the Aswan High Dam"
                     "Strip": "Region", "Coast": "Region",  # "the Aouzou Strip", "the Weather Coast"
                     # a landmark named for its town: "the Aleppo Citadel", "the Umayyad Mosque", "the Golf Hotel"
                     "Citadel": "Place", "Mosque": "Place", "Cathedral": "Place", "Stadium": "Place", "Hotel": "Place",
                     "Airfield": "Place", "Barracks": "Place", "Hospital": "Place",  # "Mulago Hospital"
                     # "Rokel Creek", "the Nanthikadal Lagoon"; no "Hills": a surname as often ("Carla Hills, the
                     # trade representative", "Senator Tom Hills")
                     "Creek": "Region", "Lagoon": "Region",
                     # land in water: "Damansky Island in the frozen Ussuri River", "the Spratly Islands" (a name
                     # the world pack, a list of towns and regions, rarely holds: `LAND_IN_WATER`); no "Peninsula":
                     # on the check half it added a place its gold did not name
                     "Island": "Region", "Islands": "Region",
                     # coral and sand in the sea: "Johnson South Reef", "Scarborough Shoal", "the Bikini Atoll"
                     "Reef": "Region", "Reefs": "Region", "Shoal": "Region", "Atoll": "Region",
                     # a strait named so: "the Beagle Channel", "the Corfu Channel" (a broadcaster's is none:
                     # `BROADCAST_NEAR`)
                     "Channel": "Region"}
# A channel of television told beside its broadcasting ("the History Channel aired a documentary", "on the Disney
# Channel's new series"): no strait (`recognise.names`, within `BROADCAST_REACH` characters either side). Words of
# other senses only in their broadcasting one: a show of a kind ("a talk show"; not "records show", "a show of
# force"), a series or a network not "of" something ("a series of clashes", "a network of tunnels" near the Beagle
# Channel tell of the strait); no "watch" ("kept watch over the Corfu Channel").
BROADCAST_KINDS = frozenset({"Channel"})
BROADCAST_NEAR = re.compile(r"\b(?:TV|[Tt]elevision|air(?:s|ed|ing)|broadcasts?|broadcast(?:er|ing)|"
                            r"(?:talk|game|chat|quiz|reality|cooking|cookery|news|TV)\s+shows?|"
                            r"programmes?|programs?|(?:series|network)(?!\s+of\b)|viewers?|documentar(?:y|ies)|cable|"
                            r"episodes?|presenter|ratings|sitcom|cartoons?)\b")
BROADCAST_REACH = 80
# ... and a channel named by its genre or its owner's brand ("The Weather Channel said the storm would hit", "The
# Travel Channel sent a crew", "Discovery Channel was sold"): a strait is named after a place or a person.
BROADCAST_NAME_WORDS = frozenset({"Weather", "History", "Discovery", "Disney", "Comedy", "Food", "Travel", "Sports",
                                  "Sport", "News", "Music", "Movie", "Movies", "Film", "Shopping", "Cartoon", "Science",
                                  "Biography", "Hallmark", "Learning", "Nature", "Fashion", "Golf", "Tennis", "Crime",
                                  "Horror", "Kids", "Family", "Gospel", "Geographic", "Military", "Outdoor", "Game",
                                  "Paramount", "Sky", "Syfy"})
# Kinds of land in water after a name: a known place's name or adjective before them names the known place ("Jeju
# Island" is Jeju, "the Crimean peninsula" Crimea), no new one (`recognise.names`; a known region takes "peninsula" into
# its mention by `REGION_KIND_AFTER`).
LAND_IN_WATER = frozenset({"Island", "Islands", "peninsula"})
NAMED_OF_PLACE_KINDS = {"Palace": "Place", "Port": "Place", "Gulf": "Region", "Strait": "Region", "Straits": "Region",
                        "Bay": "Region"}  # "the Straits of Tiran"
# Kinds of land that open a one-word name: "Mount Sinjar", "Lake Geneva" are places, never a given name and a surname.
NAMED_OPENED_PLACE_KINDS = {"Mount": "Region", "Lake": "Region"}
# Words that open a place's name in English or another language, a town's name too ("Piazza", "Fort"): two known towns
# written as one name after one of them are a square, a fort or a saint's town, no person (`town_pairs`).
PLACE_OPENING_WORDS = frozenset({"Piazza", "Plaza", "Praça", "Place", "Rue", "Via", "Calle", "Avenida", "Platz", "Port",
                                 "Fort", "Mount", "Lake", "Cape", "San", "Santa", "Santo", "Saint", "Sankt", "Sant",
                                 "Porto", "Puerto", "Villa", "Ville", "Bad", "Ciudad", "Kampung", "Kafr", "Ras"})
# A club's name's first word, no given name: "Real Madrid", "Dynamo Kyiv"; after a calling a team, no person ("coach
# Real Madrid sacked", "striker Bayern Munich signed": `recognise.name_doubts`).
CLUB_OPENING_WORDS = frozenset({"Real", "Dynamo", "Sporting", "Atletico", "Olympique", "Borussia", "Inter", "Bayern"})
# A name's first word that opens a place's, a family's or a club's name, no given name (`recognise.echoed`: "Al
# Khalifa", "Camp Bonifas", "Wadi Halfa", "Real Madrid", "Dynamo Kyiv"), beside `PLACE_OPENING_WORDS`.
NOT_GIVEN_NAMES = frozenset({"Al", "El", "Camp", "Wadi", "Jebel", "Jabal", "Bab", "Bir", "Tel", "Tell",
                             *CLUB_OPENING_WORDS})
# Common words that open a sentence with their capital, no given name before a surname (`recognise.echoed`: "Eventually
# Craxi gave way"), beside `NOT_NAMES`, and the endings of adverbs and verbs' forms so written ("Finally", "Following").
OPENING_COMMON_WORDS = frozenset({
    "no", "not", "never", "none", "nor", "neither", "either", "every", "each", "all", "some", "many", "most", "several",
    "few", "next", "first", "last", "earlier", "eventually", "finally", "tomorrow", "tonight", "soon", "instead",
    "afterwards", "perhaps", "indeed", "thus", "hence", "why", "how", "what", "who", "where", "which", "whose", "whom",
    "imagine", "consider", "remember", "note", "see", "read", "let", "ask", "dear", "please", "thanks", "welcome",
    "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should",
    "may", "might", "must", "shall"})
COMMON_WORD_ENDINGS = ("ly", "ing")
# Verbs in -s after a surname that opens a sentence ("Amin says"): no plural noun the word qualifies ("Mail deliveries").
VERBS_IN_S = frozenset({"says", "was", "has", "is", "does", "tells", "adds", "insists", "denies", "claims", "argues",
                        "warns", "writes", "wants", "believes", "remains", "seems", "agrees", "accuses", "admits",
                        "recalls", "notes", "calls", "asks", "hopes", "plans", "refuses", "rejects", "returns"})
# The last words of firms', teams' and papers' names, no surnames, whatever case a text writes them in ("Harbor Capital",
# "Castle Vale Rovers", `recognise.echoed`).
NOT_SURNAMES = frozenset({
    "Capital", "Partners", "Holdings", "Energy", "Systems", "Technologies", "Technology", "Airlines", "Airways",
    "Motors", "Media", "Pharma", "Foods", "Industries", "Resources", "Networks", "Solutions", "Labs", "Studios",
    "Records", "Books", "Press", "Times", "Post", "News", "Herald", "Tribune", "Journal", "Gazette", "United", "City",
    "Rovers", "Athletic", "Wanderers", "Town", "County", "Sport", "Sports", "Entertainment", "Insurance", "Finance",
    "Investments", "Ventures", "Trust", "Fund", "Mining", "Oil", "Gas", "Petroleum", "Steel", "Telecom", "Software"})
# The classes of a one-word known place that may be a given name or a surname inside a person's name ("Issa Hayatou",
# "Fidel Castro"): a town's or a region's, no state's.
GIVEN_NAME_PLACE_CLASSES = frozenset({"Settlement", "Region", "District", "Place"})
# What follows two towns' names written as one that makes them a place's or a team's, no person's: a score ("Chelsea
# Barcelona 2-1"), a kind of built place or of fixture ("Hamburg Altona station", "the Leeds Bradford airport", "the
# Liverpool Everton derby") (`town_pairs`).
TOWN_PAIR_THING_AFTER = re.compile(r"[ \t]+(?:\d|(?:station|airport|terminal|railway|harbou?r|port|district|suburb|"
                                   r"area|line|road|motorway|border|crossing|derby|match|game|fixture|tie)\b)")
BODY_KINDS = {"Group": "Organization", "Council": "Organization", "Organization": "Organization",
              "Organisation": "Organization", "Committee": "Organization", "Agency": "Organization",
              "Ministry": "Government", "Commission": "Organization", "Mission": "Organization",
              "Movement": "Organization", "Party": "Organization", "Assembly": "Government",
              "Parliament": "Government", "Presidency": "Government", "Institute": "Organization", "Forum": "Organization",
              "Foundation": "Organization", "Centre": "Organization", "Center": "Organization",
              "Service": "Government", "Office": "Government", "Court": "Organization", "Tribunal": "Organization",
              "Bureau": "Organization", "Fund": "Organization", "Network": "Organization", "Watch": "Organization",
              "Brigade": "ArmedGroup", "Battalion": "ArmedGroup", "Militia": "ArmedGroup", "Front": "ArmedGroup",
              "Corps": "ArmedGroup", "Regiment": "ArmedGroup", "Division": "ArmedGroup", "Force": "ArmedGroup",
              "Forces": "ArmedGroup", "Army": "ArmedGroup", "Command": "ArmedGroup",
              "Republic": "State", "Secretariat": "Organization", "Government": "Government",
              "Mechanism": "Organization", "Times": "Organization", "Journal": "Organization",
              "Herald": "Organization", "Tribune": "Organization", "Gazette": "Organization",
              "Volunteers": "ArmedGroup",  # "the Chinese People's Volunteers"
              "Company": "Organization", "Church": "Organization",  # "the Suez Canal Company", "the Catholic Church"
              # "the Federal Police", "the Revolutionary Guard", "the Patriotic Union of Kurdistan", "the Drug
              # Enforcement Administration"
              "Police": "Government", "Guard": "ArmedGroup", "Union": "Organization", "Administration": "Government"}
# Kinds that name no body alone: "the Company", "the Church", "the Union" (`recognise.names`).
NOT_LONE_BODY_KINDS = frozenset({"Company", "Church", "Guard", "Union"})
# A common noun a kind makes with the word before it, no body's name: "The Old Guard resisted the reforms", "The Credit
# Union opened a branch", "a Trade Union"; a court's, a firm's or a fire service's division or brigade, no armed body's
# ("QUEEN'S BENCH DIVISION", "the Chancery Division", "SALES DIVISION", "the London Fire Brigade"); `recognise.names`.
COMMON_KIND_OPENERS = {"Guard": frozenset({"Old"}), "Union": frozenset({"Trade", "Credit"}),
                       "Division": frozenset({"Bench", "Chancery", "Family", "Criminal", "Civil", "Administrative",
                                              "Commercial", "Sales", "Marketing", "Finance"}),
                       "Brigade": frozenset({"Fire", "Boys'", "Boys’", "Girls'", "Girls’"})}
FORCE_KINDS = {"Force", "Forces"}  # "Syrian Arab Air Force", "Tiger Forces"; not "the Armed Forces", "Air Force"
# Words of the name of any state's armed forces: "National Defense Forces of Ethiopia" is Ethiopia's army.
GENERIC_FORCE_WORDS = {"National", "Defense", "Defence", "Self-Defense", "Self-Defence", "Armed", "Air", "Special",
                       "Security", "Military", "of", "the", "Republic", "State", "Federal", "People’s", "People's"}
GOVERNMENT_HEADS = ("Parliament", "House", "Presidency", "Government", "Cabinet", "Embassy", "Supreme Court", "Constitutional Court",
                    "National Assembly", "Security Council", "Prosecutor General’s Office",
                    "Prosecutor General's Office", "General Staff", "Presidential Administration")
# Kinds of body that open their name, "of" or "for" and capitalised words after them: "the Organisation of African
# Unity", "the Organization of American States", "the League of Arab States".
BODY_OPENERS = {"Organisation": "Organization", "Organization": "Organization", "League": "Organization",
                "Council": "Organization"}  # "the Council of Representatives had voted", "the Council of Ministers"
# Kinds of armed body named by the words or the number right after them: "Task Force Vierra", "Task Force Ranger",
# "Task Force 58" (each its own body, not one "Task Force"), "Joint Task Force Sierra Leone" (no other word before it:
# "Did Task Force Orange report?").
BODY_NAMED_AFTER = r"(?:(?:Combined|Joint|Multinational|Maritime)[ \t]+){0,2}Task[ \t]+Force"
# Words of a body's papers, meetings, members or offices after its kind, no name of it: "The Task Force Report on
# Housing", "the Task Force Members", "the Task Force Chair Deborah Birx" (`recognise.name_rules.NAMED_AFTER_KIND`).
BODY_THINGS_AFTER = frozenset({"Report", "Reports", "Members", "Member", "Chair", "Chairman", "Chairwoman", "Chairs",
                               "Meeting", "Meetings", "Secretariat", "Director", "Leader", "Leaders", "Staff", "Plan",
                               "Review", "Office", "Head", "Recommendations", "Findings"})
# Words that head a longer name such an opening runs into, a competition or a show, no body: "The League of Legends
# World Championship was held in Seoul" (the name is then no body's at all).
NOT_BODY_HEADS = ("Championship", "Championships", "Cup", "Tournament", "Series", "Finals", "Season", "Games",
                  "Festival", "Awards", "Trophy", "Tour")
FIGHTERS = ("forces", "troops", "militias", "militia", "fighters", "rebels", "army", "soldiers", "separatists",
            "units", "paramilitaries", "gunmen", "border guards", "guards", "guerrillas", "commandos", "paratroopers",
            "marines", "gendarmes")
# The fighters words of a state's own forces: "Djiboutian forces" are Djibouti's armed forces, "Turkish commandos",
# "Omani gendarmes" a state's men in arms too; "pro-Russian separatists" are no state's (`recognise.names`).
STATE_FIGHTERS = frozenset({"forces", "troops", "army", "soldiers", "commandos", "paratroopers", "marines", "gendarmes"})
REBEL_WORDS = ("separatist", "rebel", "breakaway", "secessionist", "guerrilla")
REBEL_ARMED = {"forces", "fighters", "militias", "militia", "troops", "army", "units"}
# What a side calls the armed opposition to take a side: "armed terrorist groups" (not after "not":
# "anti-Assad rebels, not terrorist groups"); a bare "terrorists" names ISIS or Hamas as often.
REBEL_LABELS = re.compile(r"(?<!\bnot\s)(?<!\bno\s)\b(?P<name>(?:armed\s+)?terrorist\s+(?:groups?|organi[sz]ations?|gangs|"
                          r"militias|factions|formations))\b", re.IGNORECASE)
REBEL_RULERS = ("authorities", "leaders", "leadership", "government", "officials", "administration")
# The name of a field or a section of a document, in capitals before its colon, opening a line of a memorandum, a
# cable, a form, a press release or a caption sheet ("SUBJECT: ...", "REMARKS: Awards to personnel ...", "CAPTION:
# Abram Molefe, survivor", "DISTRIBUTION:", "UPCOMING:"): no speaker's name, a label of what follows; the first word
# of a longer label too ("BACKGROUND FOR EDITORS:"; `recognise.name_checks._plausible`).
FIELD_LABELS = frozenset({
    "SUBJECT", "SUMMARY", "BACKGROUND", "CONTEXT", "REMARKS", "REMARK", "COMMENT", "COMMENTS", "NOTES", "CAPTION",
    "CAPTIONS", "CREDIT", "CREDITS", "DISTRIBUTION", "ATTENDEES", "PARTICIPANTS", "PRESENT", "ABSENT", "AGENDA",
    "MINUTES", "DATE", "TIME", "PLACE", "LOCATION", "REFERENCE", "REF", "CLASSIFICATION", "PRIORITY", "ACTION", "INFO",
    "ENCLOSURE", "ENCLOSURES", "ATTACHMENT", "ATTACHMENTS", "EDIT", "UPCOMING", "HEADLINE", "BYLINE", "DATELINE",
    "KEYWORDS", "TAGS", "STATUS", "OUTCOME", "RESULT", "RESULTS", "FINDINGS", "RECOMMENDATION", "RECOMMENDATIONS",
    "CONCLUSION", "CONCLUSIONS", "TRANSLATION", "APPENDIX", "ANNEX", "FOOTNOTE", "TIMELINE", "CHRONOLOGY",
    "INTRODUCTION", "SYNOPSIS", "ABSTRACT", "CONFIDENTIAL", "UNCLASSIFIED", "CLASSIFIED", "RESTRICTED", "EMBARGO",
    "EMBARGOED", "ENDS"})
SPEAKER_NOT_NAMES = {"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "CORRECTION", "BREAKING", "SOURCE",
                     "SOURCES", "QUESTION", "ANSWER", "INTERVIEWER", "HOST", "MODERATOR", "REPORTER", "TRANSCRIPT",
                     "WARNING", "ANALYSIS", "READ MORE", "RELATED", "PHOTO", "VIDEO", "UPDATED", "ADVERTISEMENT",
                     "LIVE", *FIELD_LABELS, *(label.upper() for label in _verbs.DOUBT_LABELS),
                     *(label.capitalize() for label in _verbs.DOUBT_LABELS)}  # "UNCONFIRMED: militia shelled ..."
# A state's name that opens a carrier's name ("Malaysia Airlines Flight 17", "Iran Air Flight 655", "Ukraine
# International Airlines"): the words after the name, up to a carrier's head word. The state is not named there:
# it takes no role in what befell the flight (`recognise.stack._carriers`). Not an air force ("Ukraine Air Force").
CARRIER_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}?(?:Air|Airlines|Airways|Aviation|Flight|Railways?|"
                           r"Shipping|Lines)\b(?![ \t]+(?:Force|Forces|Defen[cs]e|Command|Corps)\b)")
# A kind of vessel just before a name, or a navy's prefix and the first words of the name: the name is the ship's ("the
# cruiser Moskva", "the destroyer Eilat", "the aircraft carrier USS George Washington", "MV Sewol"), and the town or
# land it is named for is not spoken of (`recognise.stack._ships`); a state there is a clause's subject ("the vessel
# Russia seized"); the kind in the plural before a list of them ("the cruisers Orion and Superb").
_VESSEL_KINDS = (r"(?<![\w-])(?:cruiser|warship|flagship|frigate|destroyer|corvette|submarine|battleship|"
                 r"aircraft[ \t]+carrier|gunboat|minesweeper|patrol[ \t]+boat|landing[ \t]+ship|tanker|"
                 r"freighter|ferry|liner|ship|vessel)")
VESSEL_BEFORE = re.compile(rf"{_VESSEL_KINDS}[ \t]+$"
                           rf"|{_VESSEL_KINDS}s[ \t]+(?:[A-Z][\w’'-]*(?:,|,?[ \t]+and)[ \t]+)*$"
                           r"|(?<![\w-])(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|MV|RMS)[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,2}$")
# A ship named without its kind or prefix, told by what befalls a ship: "the sinking of the Cheonan", "The Moskva was
# sunk", "aircraft sank one freighter and disabled the Houston" (a town takes no article, and no town sinks);
# `recognise.stack._ships`. So do where one stands ("aboard the Monterey") and what only a ship does ("the Monterey then
# opened fire", "the Gela steamed north", "the Oran ran aground"; not "the Hague ruled": that town's name holds "the").
SHIP_DEED_BEFORE = re.compile(r"(?<![\w-])(?:(?:sinking|scuttling|torpedoing|boarding)[ \t]+of|sank|torpedoed|scuttled|"
                              r"rammed|disabled|aboard|on[ \t]+board)[ \t]+the[ \t]+$")
SHIP_DEED_AFTER = re.compile(r"[ \t]+(?:(?:then|later|also|again|\w+ly)[ \t]+)?(?:sank(?![ \t]+into\b)|"
                             r"(?:was|had[ \t]+been)[ \t]+(?:sunk|scuttled|torpedoed|holed)|opened[ \t]+fire|"
                             r"steamed|(?:weighed|dropped)[ \t]+anchor|ran[ \t]+aground|put[ \t]+to[ \t]+sea)\b")
# ... and after "the sinking of the", the ship's name ends the noun: a stop, a word of function or a verb in the past
# follows ("the sinking of the Kursk shocked Russia", "by a submarine"), no noun it modifies ("the Geneva talks").
SHIP_NAME_ENDS = re.compile(r"[ \t]*(?:[,.;:)?!]|$)|[ \t]+(?:[a-z]+ed|by|in|off|on|near|at|and|or|was|were|had|has|is"
                            r"|with|after|during|that|which|to|from|as)\b")
# A name's gloss in another language, in brackets right after it: "The Chaco War (Spanish: Guerra del Chaco)". The words
# of the gloss name again what the name before the brackets names: a known place or state read inside it that is not
# that name's entity is not spoken of (the Argentine province of Chaco), one that is stays its alias ("Aleppo (Arabic:
# Halab)") (`recognise.stack._glosses`). The word before the colon must be one of `LANGUAGES` ("(Note: figures from the
# Paris office)" is no gloss), the gloss a name's words, up to five with no figure ("(Russian: 300 killed near
# Bakhmut)" is a count).
GLOSS = re.compile(r"\((?P<language>[A-Z][a-z]+):[ \t]+[^\W\d_][\w’'\-]*(?:[ \t]+[^\W\d_][\w’'\-]*){0,4}\)")
GLOSS_AFTER_NAME = re.compile(r"[ \t]*$")  # nothing but spaces between the name and its gloss
# A demonym that tells only a person's nationality, not the state's part in the story: before a private calling ("the
# German jurist Christian Tomuschat"), or after "former" before a role ("the former Mozambican president Joaquim Chissano").
# Kin and private callings name a person only right next to the name ("Gaddafi's son Saif al-Islam", "the journalist
# Ana Ruiz", "an elderly businesswoman, Olga de Novella"): further on the words may name a body ("Her husband was
# detained by Military Intelligence", "a journalist with Al Jazeera"), so they are no ROLES (`recognise.names`).
KIN_WORDS = ("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "nephew", "cousin")
PROFESSIONS = ("businessman", "businesswoman", "jurist", "journalist", "correspondent", "writer", "historian", "scholar",
               "economist", "photographer", "banker", "academic", "novelist", "poet", "professor", "scientist", "author")
KIN = "|".join(KIN_WORDS)  # "Gaddafi's son": Gaddafi a person
# Whose kin a one-word name is, before the kin word: "his wife Simone", "Another son, Mohammed," (a given name alone).
KIN_OWNED_BY = r"[Hh]is|[Hh]er|[Tt]heir|[Aa]nother"
# A person's rival, successor or predecessor, owned by "his" or "her", right before a name: the name is a person's too
# ("forces loyal to his rival Alassane Ouattara"); "its rival" may be a body's.
RELATIONS = r"(?:[Hh]is|[Hh]er)\s+(?:rival|successor|predecessor|opponent)"
# A name put into an office: "Nicolas Tiangaye was appointed prime minister days later" (a role of `ROLES` after it).
APPOINTED = r"(?:was|had\s+been|has\s+been|is)\s+(?:appointed|named|elected|sworn\s+in\s+as)\s+(?:the\s+|an?\s+)?"
# ... and in the active, the name between the verb and its office: "The PLO names Yasser Arafat supreme commander of its
# forces", "The board named Ruth Okafor chief executive" (a role of `ROLES` at most two words on).
APPOINTS = r"\b(?:names|named|appoints|appointed|nominates|nominated)\s+"
# ... and the name between "with" and "as" its office: "al-Beidh proclaimed a republic, with Haidar Abu Bakr al-Attas as
# prime minister" (not "with South Africa as mediator": a known name).
WITH_AS = r"\bwith\s+"
AS_ROLE = r"\s+as\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+)?"
# Who takes an oath of office is a person: "Adama Barrow was sworn in at the Gambian embassy" (a role after it is
# `APPOINTED`'s; "The new cabinet was sworn in" names no one by two capitalised words). One person, so no "were":
# "Board Members were sworn in" are many, a body's.
SWORN_IN = r"(?:was|has\s+been|had\s+been|is|will\s+be)\s+sworn\s+in\b"
# Roles a firm is named to as often as a person, and what says the firm's: a deal it serves right after the role
# ("Goldman Sachs was named adviser on the deal", "agent for the sale"); "named adviser to the president" is a person.
FIRM_ROLES = frozenset({"adviser", "advisor", "agent", "agents"})
FIRM_DEAL_AFTER = re.compile(r"\s+(?:on|to|for|in)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:deal|sale|bid|merger|takeover|offer|transaction|acquisition|buyout|listing|"
                             r"flotation|IPO|share\s+sale|debt|bond|loan|restructuring)s?\b")
# A relative "who" or "whom" right after a name (a firm takes "which"; a club, a band or an armed group takes "who"
# too): the name is a person's where "whom" says so ("Tomas Brandt, whom the family had known"), or the clause speaks
# of one person, by "his" or "her" or a verb of one ("Harold Keke, who leads a faction", "who was", "who had been"), or a state's
# possessive stands before the name ("Mauritania's Mohamed Ould Abdel Aziz, who flew to Banjul"): not "Aston Villa,
# who sacked their manager", "Ansar Dine, who seized Timbuktu".
WHO_AFTER = r",[ \t]+whom?\b"
# A possessive of a person after a name and "and": "thanks to Dolores Keene and her committee", "Ellsworth Bunker and
# his colleagues" (not "Great Britain and her allies": a known name, `NameDoubts`).
OWNED_AFTER_NAME = r"\s+and\s+(?:his|her)\s+(?=[a-z])"
# ... as a subject or after a preposition only: a lower-case word before the name that is none makes it a verb's object,
# and the "his" the subject's ("He left Goldman Sachs and his wife followed him").
OBJECT_BEFORE_OWNER = re.compile(rf"(?<![\w’'\-])(?!{_verbs.PREPOSITION}\b)[a-z]+[ \t]+$")
WHO_ONE_PERSON = re.compile(r",[ \t]+(?:whom\b|who[ \t]+(?:[a-z]+ly[ \t]+)?(?:was|is|has|had[ \t]+been|[a-z]*[^\Ws]s)\b"
                            r"|who\b[^,.;:]{0,80}?\b(?:his|her|him|himself|herself)\b)")
# A person told by a deed, right before the name as a calling is: "the hijacker Leila Khaled", "the gunman Omar Mateen"
# (no "bomber": "the bomber Enola Gay" is an aircraft).
DEED_NOUNS = ("hijacker", "gunman", "assassin", "kidnapper", "defector", "dissident")
# A calling of sport, trade or service right before a full name, in lower case or opening its sentence ("defender
# Serge Akakpo", "Striker Thomas Dossevi", "the technician, Damien Chaussepied", "Fireman Duane Hodges"): no
# PROFESSIONS, which tell a demonym before them a nationality and one person beaten (`melee`); here they only tell
# the name a person's.
CALLINGS = ("striker", "defender", "goalkeeper", "midfielder", "coach", "driver", "weightlifter", "wrestler", "boxer",
            "athlete", "fireman", "firefighter", "technician", "engineer", "pilot", "nurse", "surgeon", "doctor",
            "teacher", "priest", "nun", "farmer", "student", "associate", "aide", "bodyguard", "reporter", "cameraman",
            "interpreter", "translator", "activist", "blogger", "mechanic", "policeman", "policewoman")
_CALLINGS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in CALLINGS)  # "Striker" opening its sentence too
BESIDE_NAME = "|".join((*KIN_WORDS, *PROFESSIONS, *DEED_NOUNS, _CALLINGS))
# ... but after an article (an adjective between them allowed), no comma, a past verb after the name that takes no
# object, and the main clause's verb still to come, the name is the subject of a relative clause that the calling heads,
# no person's: "The coach Aston Villa hired in June lost", "the blogger Daily Kos quoted was", "The former coach Aston
# Villa sacked in June joined", "The striker Aston Villa bought last summer was"; not "The pilot Fernando Soto shot
# down three planes", "The surgeon Ahmed Khalil treated forty wounded" (an object: the name's own verb).
CALLING_ARTICLE_BEFORE = re.compile(r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z]+[ \t]+)?$")
RELATIVE_VERB_AFTER = re.compile(rf"[ \t]+(?:{_verbs.PAST_VERB}|bought|sold|chose|paid|found|brought)(?![\w’'\-])"
                                 r"(?![ \t]+(?:the|an?|his|her|their|its|this|that|these|those|\d+|one|two|three|four|"
                                 r"five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|"
                                 r"eighty|ninety|hundreds|dozens|several|many|some|all|down|up|off|out)\b)")
# The main clause's verb after such a relative clause, before a comma, a stop or a clause's opener ("hired in June
# lost", "quoted was anonymous"); "died at the wheel when the convoy was ambushed" has none of its own.
_CLAUSE_OPENER = r"when|after|before|as|while|because|since|until|and|but|who|which|that|where"
MAIN_VERB_LATER = re.compile(rf"(?:(?!\b(?:{_CLAUSE_OPENER})\b)[^,;:.!?\n])*?(?<![\w’'\-])"
                             rf"(?:was|were|is|are|had|has|have|would|will|could|{_verbs.PAST_VERB})(?![\w’'\-])")
# A body's kind in lower case after such a name makes it the body's: "The dissident Falun Gong movement", "The
# kidnapper Abu Sayyaf group" (the deed noun qualifies the body, no person), "the head of a Green Energy coalition".
BODY_NOUN_AFTER = (r"group|movement|faction|wing|organi[sz]ation|party|network|militia|cell|gang|sect|clan|brigade"
                   r"|coalition|alliance|team|club|subsidiary")
# A part of a body after its owner's name, after "a" or "an": "an Abu Sayyaf faction", "an Abu Sayyaf splinter
# group". Not a whole body's word: a group, party or cell after "a" is named by what it is about ("a Bible Study
# group", "a Harry Potter party", "a Lithium Ion cell").
PART_OF_BODY_AFTER = r"faction|splinter"
COMMON_OWNER_BEFORE = re.compile(r"(?<![\w’'\-])[a-z][\w\-]*[’']s[ \t]+$")  # "the revolution's son": no one's kin
NATIONALITY_AFTER = re.compile(rf"[ \t]+(?:{'|'.join((*PROFESSIONS, 'lawyer'))})\b")  # "lawyer" is a role too
FORMER_BEFORE = re.compile(r"(?<![\w-])former[ \t]+$")
# ... or a diplomat's or a general's, where the person leads what another named ("commanded by the German general Hans
# Kundt", "headed by Swiss diplomat Heidi Tagliavini", "with the French diplomat Jean Arnault leading the mediation");
# not the subject of the state's act: "The Iraqi general Abdul Karim Qasim seized power" is Iraq's.
CALLING_LED_BEFORE = re.compile(r"\b(?:[Ll]ed|[Cc]ommanded|[Hh]eaded|[Cc]haired)[ \t]+by[ \t]+(?:the[ \t]+)?$")
CALLING_LEADING_AFTER = re.compile(r"[ \t]+(?:diplomat|general)(?:[ \t]+[A-Z][\w\-]*){1,3}[ \t]+"
                                   r"(?:leading|heading|commanding|chairing)\b")
CALLING_AFTER = re.compile(r"[ \t]+(?:diplomat|general)[ \t]+[A-Z][a-z]")
# A lower-case particle of a surname just before a name: the name is a person's ("by dos Santos and Savimbi",
# "da Silva"), and the town it also names is not spoken of (`recognise.stack._surnames`). Not "do", an English verb.
SURNAME_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:dos|das|da|de|del|della|di|du|van|von|der|den|ter)[ \t]+$")
# What a name is called where the story happens: "The militants, known locally as al-Shabab" are no known body of
# that name elsewhere (the Somali al-Shabaab), but the text's own (`recognise.stack._local_names`).
LOCAL_NAME_BEFORE = re.compile(r"(?<![\w-])(?:(?:known|called|referred[ \t]+to)[ \t]+locally[ \t]+as|"
                               r"locally[ \t]+(?:known[ \t]+as|called))[ \t]+(?:the[ \t]+)?$")
NOT_NAMES = {"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "After", "Before", "During",
             "When", "While", "But", "And", "Or", "If", "As", "For", "From", "With", "Since", "Until", "Then", "Now",
             "Yet", "So", "Later", "Today", "Yesterday", "Meanwhile", "However", "Also", "Both", "Our", "Their",
             "His", "Her", "Its", "My", "We", "They", "He", "She", "It", "There", "Here", "Under", "Against",
             "Between", "Through", "Without", "Despite", "Although", "Because", "Once", "Only", "Even", "Still"}
DEMONYMS_IAN = {"Armenian", "Georgian", "Russian", "Iranian", "Ossetian", "Abkhazian", "Syrian", "Ukrainian",
                "Belarusian", "Canadian", "Italian", "Norwegian", "Estonian", "Croatian", "Serbian", "Bosnian",
                "Romanian", "Bulgarian", "Hungarian", "Austrian", "Australian", "Brazilian", "Egyptian", "Indian",
                "Indonesian", "Jordanian", "Christian", "Caucasian", "Palestinian", "Persian", "Macedonian",
                "Albanian", "Lithuanian", "Latvian", "Mongolian", "Nigerian", "Algerian", "Tunisian", "Libyan",
                "Asian", "Civilian", "Cambodian", "Ethiopian", "Armenian-American", "Chechen", "Abkhaz", "Lezgin",
                "Soviet", "Karabakh", "Afghan", "Kurdish", "Azeri", "Turkic",
                "Mayan", "Himalayan"}  # adjectives ending as Armenian surnames do: "Mayan communities"
NOT_PERSONS = {"Staff", "Secretary", "Secretariat", "Prosecutor", "Command", "Headquarters", "Directorate", "Debate",
               "Jury",  # "The Grand Jury was sworn in"
               "Hurricane", "Typhoon", "Cyclone", "Storm",  # "Hurricane Katrina was born off Africa"
               "Budget"}  # "The Minister of Finance Spring Budget was delayed"
# Capitalised words that end or fill names of things, not of people ("Black Sea Fleet", "Air Force").
THING_WORDS = {"Sea", "Fleet", "Force", "Forces", "Army", "Navy", "Guard", "Guards", "Police", "Republic", "State",
               "States", "Federation", "Union", "Kingdom", "Bank", "University", "Times", "News", "Post", "Press",
               "Airlines", "Air", "Intelligence", "International", "Nations", "Rights", "Human", "Peace", "Red",
               "Cross", "Crescent", "Church", "Radio", "Television", "Agency", "Company", "Corporation", "Defense",
               "Defence", "Affairs", "Foreign", "National", "Security", "General", "Northern", "Southern", "Eastern",
               "Western", "Central", "North", "South", "East", "West", "Upper", "Lower", "Greater", "New", "Old",
               # a club's or a league's: "his rival Manchester City", "Major League Baseball" name no person
               "City", "United", "League", "Club", "Rovers", "Athletic", "Wanderers", "Baseball", "Football",
               # a firm's: "Apple Computer, who makes the iPhone", "General Motors", "Lehman Holdings"
               "Computer", "Computers", "Motors", "Electric", "Industries", "Holdings", "Systems", "Technologies",
               "Software", "Pharmaceuticals", "Foods", "Airways", "Insurance", "Partners", "Ventures", "Entertainment",
               "Studios", "Pictures", "Records", *FIRM_SUFFIXES,
               # a firm's, a team's or an operation's that a fate or a speech is told of ("Lehman Brothers was
               # wounded", "Team Sky was detained", "Operation Barkhane was wounded", "Formula One spoke")
               "Brothers", "Team", "Operation", "Formula"}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
ROLES = ("president", "prime minister", "premier", "foreign minister", "defence minister", "defense minister", "minister",
         "secretary of state", "secretary-general", "agent", "agents", "envoy", "leader", "commander", "chief",
         "head", "mediator", "negotiator", "spokesperson", "spokesman", "general", "ambassador", "diplomat",
         "politician", "activist", "official", "director", "researcher", "lawyer", "judge", "prosecutor",
         "representative", "counterpart", "chancellor", "secretary", "coordinator", "vice-president", "founder",
         "priest", "archbishop", "bishop", "cleric", "imam", "adviser", "advisor", "aide", "commander-in-chief",
         "strongman", "governor", "deputy", "commissioner", "chairman", "chairwoman",
         "chairperson")  # offices: kin and callings are `BESIDE_NAME`
# A part of a body named by its region or field ("director of the Europe and Central Asia division"):
# the capitalised words before it name the part's remit, not a person.
UNITS = ("division", "department", "desk", "office", "bureau", "branch", "section", "unit", "programme",
         "program", "directorate")
AGREEMENT_KINDS = {"Agreement": "Agreement", "Agreements": "Agreement", "Accord": "Agreement",
                   "Accords": "Agreement", "Plan": "Agreement", "Memorandum": "Agreement", "Treaty": "Treaty",
                   "Convention": "Treaty", "Charter": "Treaty", "Protocol": "Protocol", "Ceasefire": "Ceasefire",
                   "Truce": "Ceasefire", "Armistice": "Armistice", "Declaration": "Statement", "Statement": "Statement"}
# The kinds that name an agreement by "of" and what follows ("the Treaty of Lausanne", "the Memorandum of
# Understanding"); a declaration or charter so only by a place ("the Charter of Paris": not "the Declaration
# of Independence", "the Statement of Russia's Foreign Ministry", which any state or body may issue).
AGREEMENT_OF_KINDS = ("Treaty", "Accord", "Agreement", "Memorandum", "Protocol")
# A treaty named "of" what it makes, not of a place, names it by a list of such words, each capitalised ("the Treaty
# of Peace and Friendship", "the Treaty of Peace, Friendship and Boundaries", "the Treaty of Amity and Cooperation"):
# the whole list is the name, not its first word. Only a list of words of AGREEMENT_SUBJECTS, a word of
# AGREEMENT_SUBJECT_QUALIFIERS at most before each ("Mutual Assistance", "Economic Cooperation", "Good
# Neighbourliness"): "the Treaty of Versailles and Germany's borders" names the treaty of a place, and "signed the
# Treaty of Peace and Egypt regained the Sinai" a treaty of peace, the list ending before "and".
AGREEMENT_SUBJECTS = ("Peace", "Friendship", "Amity", "Alliance", "Cooperation", "Co-operation", "Commerce",
                      "Navigation", "Neutrality", "Non-Aggression", "Nonaggression", "Mutual", "Good-Neighbourliness",
                      "Good-Neighborliness", "Guarantee", "Arbitration", "Assistance", "Security", "Boundaries",
                      "Borders", "Limits", "Trade", "Partnership", "Reconciliation", "Recognition", "Extradition",
                      "Demarcation", "Delimitation", "Collaboration", "Consultation", "Development", "Settlement",
                      "Non-Intervention", "Establishment", "Understanding", "Integration", "Aid", "Neighbourliness",
                      "Neighborliness", "Relations")
AGREEMENT_SUBJECT_QUALIFIERS = ("Mutual", "Good", "Economic", "Military", "Technical", "Cultural", "Scientific",
                                "Perpetual", "Eternal", "Lasting", "Permanent", "Friendly", "Good-Neighbourly")
AGREEMENT_OF_PLACE_KINDS = ("Declaration", "Charter")
# ...or by any capitalised noun where the phrase is what was signed or adopted ("The Declaration of Principles was
# signed in Washington"), unless a possessive owns it ("Kosovo's Declaration of Independence was adopted": one side's).
SIGNED_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:signed|adopted)\b")
OWNED_BEFORE = re.compile(r"[’']s\s+$")
# A named agreement that a group belongs to ("A ceasefire arranged by the member States of the Non-Aggression and
# Defence Assistance Agreement (ANAD)", "the signatories of the Minsk agreement") names the group's bond: no name for
# the acts its sentence tells (`extract.naming.named_in`).
MEMBERS_OF = re.compile(r"\b(?:members?|member\s+states|states\s+parties|signatories|signatory\s+states)\s+(?:of|to)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
EVENT_KINDS = {"War": "War", "Conflict": "War", "Offensive": "Offensive", "Massacre": "Killing",
               "Genocide": "Killing", "Referendum": "Referendum", "Uprising": "Clash", "Insurgency": "Clash"}
# A month or weekday is a word of a name only right before the agreement's or event's kind that ends
# the name ("the Good Friday Agreement", "the July War"); not "In March War Crimes investigators",
# nor after "on" ("Talks Resumed On Friday After The Ceasefire Collapsed").
KIND_ENDS_NAME = re.compile(rf"[ \t]+(?:{'|'.join(sorted({*AGREEMENT_KINDS, *EVENT_KINDS}))})\b"
                            r"(?![’'](?!s\b)|\-|[ \t]+[A-Z])")  # its possessive ends it too: "the July War's end"
NO_NAME_BEFORE = re.compile(r"\b[Oo]n[ \t]+$")
EVENT_OF_KINDS = {"Battle": "Battle", "Siege": "Siege", "Fall": "Capture", "Capture": "Capture"}
# The kinds that open an event's name, capitalised words after them: "Operation Allied Force" is an
# operation, not a body of forces; "Operation Storm", "Operation Iraqi Freedom".
EVENT_OPENERS = {"Operation": "Operation"}
PLACE_EVENT_KINDS = {"war": "War", "conflict": "War", "massacre": "Killing", "offensive": "Offensive"}
# Of those, the kinds of one side's act: after a state's name or demonym they name no event ("A final Ethiopian
# offensive" is Ethiopia's act, as "Israel's offensive" is Israel's: the trigger and the state), while "the Syrian
# war", "the Tigray war", "the Kursk offensive" are named after where they happened.
SIDE_ACT_KINDS = frozenset({"offensive"})
# ...and the common words that, capitalised only because they open a sentence or a line, name no place before them:
# "Full-scale war breaks out", "Civil war broke out in May", "Renewed conflict came in June", "Heavy offensive followed"
# tell a war, a conflict, an offensive, no war named so (`recognise.names`: the trigger tells them).
COMMON_EVENT_MODIFIERS = frozenset({"civil", "open", "full-scale", "all-out", "total", "renewed", "heavy", "major",
                                    "new", "fresh", "limited", "armed", "brief", "bloody", "brutal", "general",
                                    "large-scale", "small-scale", "low-level", "conventional", "wider", "full",
                                    "one"})  # "One war, two stories: India and China, 1962"


def _opening(quotes: str = "") -> re.Pattern:
    """What stands before a sentence's or a line's first word: the text's start, a mark that ends a sentence or a
    clause, a line break or a dash set off by spaces; with `quotes`, a closing quote may end the sentence before and an
    opening quote or bracket may stand right before the word ('"Eventually Moroto will sign," he said')."""
    opened = r'["“‘(]?' if quotes else ""
    return re.compile(rf"(?:^|[.!?:;{quotes}]\s+|\n\s*|\s[-–—]\s+){opened}$")


OPENING = _opening()  # what stands before a sentence's or a line's first word
QUOTED_OPENING = _opening("\"“”")  # ... a quote or bracket allowed around it (`recognise.echoed`)
COMPASS_WORD = r"(?:South|North|East|West|Southern|Northern|Eastern|Western|Central)"
# A part of the world's word right before a state's demonym that no pack joins to it: the two are a region's people or
# things ("the Central American Common Market", "Latin American leaders", "the Pan-American conference"), no state's
# (`recognise.stack._regional_demonyms`; "South African", "North Korean" are states' demonyms the packs list). Not
# "Southern": "Southern Sudanese refugees" are the state's people of its south. In a line of capitals too ("NORTH
# AMERICAN RAIL FIRMS").
_REGION_WORDS = "|".join(w for word in ("South", "North", "East", "West", "Central", "Latin", "Pan", "Meso")
                         for w in (word, word.upper()))
REGION_BEFORE_DEMONYM = re.compile(rf"(?<![\w’'\-])(?:{_REGION_WORDS})(?:[ \t]+|-)$")
# The articles joined to a name's word by a hyphen ("al-Assad", "bin-Laden", "Zia ul-Haq": `recognise.name_shapes`), and
# the fewer a place's name opens with ("al-Aziziya", "Ri-Kwangba" none: `recognise.located`).
NAME_ARTICLE = r"(?:al|el|ad|ash|as|at|ar|an|ul|ud|bin|ibn|abu|abd)-"
PLACE_NAME_ARTICLE = r"(?:al|el|ad|ash|as|at|ar|an)-"
CONNECTIVES = {"of", "for", "the", "on", "in", "and", "de", "la", "del", "du", "des"}
# Words that end a name's head: what follows them qualifies it ("Armed Forces of the Democratic Republic of the
# Congo" is a body of forces, not a republic).
HEAD_ENDS = frozenset({"of", "for", "on", "in"})

# A kind of body in lower case after a name and "the": the name is the body's ("the Maute group", "the Kaniyat
# militia"); a name after an armed kind is an armed group's ("the militant group Jaish-e-Mohammed").
LOWER_BODY_KINDS = {"group": "Organization", "militia": "ArmedGroup", "faction": "ArmedGroup"}
# A news agency named beside its kind in lower case: "the official Chinese news agency Hsinhua", "its Amaq news agency",
# "the Sahrawi state news agency SPS" -> an organisation (a demonym before the kind is no name: "Chinese").
AGENCY_KIND = r"(?:(?:news|press)\s+agency|newspaper|magazine|broadcaster)"  # "its magazine Dabiq", "the Haaretz newspaper"
# A broadcaster named by its medium first: "Radio Hanoi, monitored here, dismissed the announcement".
MEDIA_OPENER = r"Radio"
# A body that rules, its acronym before its lower-case kind: "the FRELIMO government" -> the ruling party or movement
# (a known name before it is a state's: "the US government").
RULING_KINDS = r"government|regime"
# Its name without that kind is the body's again ("the Abu Sayyaf group" ... "Abu Sayyaf responded") but for a
# kind named for its leader ("the Joseph Kony faction" ... "Joseph Kony fled": the man), and never after a word
# a place follows ("the Tora Bora group" ... "Fighting in Tora Bora": the place the body was named for).
LEADER_KINDS = frozenset({"faction"})
# What says a name that is also an English word ("Perm", "Pest", `cg:wordName`) names a place where it opens a
# sentence: an apposition or a predicate of a kind of place after it ("Perm, the capital of the Perm Krai", "Medan,
# a city in", "Bursa was the first major capital city") or a known place after its comma ("Perm, Russia", read off
# the mentions).
WORD_PLACE_AFTER = re.compile(r"(?:,|[ \t]+(?:is|was|remains|remained|has[ \t]+been|had[ \t]+been))[ \t]+"
                              r"(?:(?:the|a|an)[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?"
                              r"(?:capital|city|town|village|port|region|province|district)\b")
# What an office's place stands after, the first word of a place's name of two before it: "government of Russia",
# "Supreme Soviet of North Ossetia" (`recognise.names`: a person's name after the place is no word of it).
PLACE_OF_BEFORE = re.compile(r"\bof[ \t]+(?:the[ \t]+)?(?:(?P<word>[A-Z][\w’'\-]*)[ \t]+)?$")
# Where a one-word name is a place's, not a surname the source gave a person in full: after a preposition only a place
# follows ("in London", "near Washington"), or a verb of travel and "to" ("travelled to London", "flew to Washington");
# "Jack London" or "George Washington" is not meant there (`recognise.stack._people_again`). Not "to", "from" or "at"
# alone: "a letter to Wilson", "a call from Wilson" name the person; nor "went to" or "go to", which a person follows as
# often ("Stanton went to Lincoln with the news", "the prize went to Wilson").
PLACE_NOT_SURNAME_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|near|inside|outside|throughout|across|along|"
                                      r"(?:flew|flown|fly|flies|flying|travell?(?:ed|ing|s)?|"
                                      r"returned|returning|moved|arrived|sailed|drove|marched|retreated|fled|headed)"
                                      r"[ \t]+(?:back[ \t]+)?to)[ \t]+$", re.IGNORECASE)
# ... but "in" after a word of trust, whose object is a person as often ("lost faith in Lincoln", "trusted in Wilson").
TRUST_IN_BEFORE = re.compile(r"\b(?:faith|trust|trusted|trusts|trusting|confidence|belief|believe[sd]?|believing|"
                             r"interest|pride|hope)[ \t]+in[ \t]+$", re.IGNORECASE)
PLACE_WORD_BEFORE = re.compile(r"(?<![\w’'\-])(?<!according )(?i:in|into|at|near|from|to|inside|outside|around|towards?|across|along|"
                               r"throughout)\s+$"
                               # a kind of place, its part, a point of the compass or a fight for it: "the town of
                               # Knin", "the outskirts of Saraqib", "east of Debaltseve", "the siege of Vukovar"
                               r"|\b(?i:town|city|village|port|outskirts|centre|center|(?:north|south)(?:east|west)?|east|west|"
                               r"siege|battle|fall|capture|recapture|liberation|encirclement|residents|inhabitants)\s+of\s+$"
                               # a kind of place in apposition, "the rebel capital Knin", "the port city Hodeidah"
                               r"|\b(?:town|city|village|capital|port)\s+$"
                               # a verb whose object is a place taken or struck: "re-entered Saraqib", "shelled Bender"
                               r"|\b(?:captured|recaptured|seized|retook|entered|re-entered|shelled|besieged|stormed|"
                               r"liberated|encircled|abandoned|occupied|overran|evacuated|bombed|took|taken)\s+$")
# Words that put a place in the country named right after them, a state after a comma or a state or region after "in"
# ("Sun City, South Africa", "the town of Palma in northern Mozambique"), and between a state's demonym and a
# place they put in it ("the Mozambican town of Palma"): a known place of that name in another country is not
# meant (`recognise.abroad`). A list that goes on after the state names places side by side ("Kabul, Pakistan
# and Iran"), none in another.
STATE_AFTER_PLACE = re.compile(r",[ \t]+(?:the[ \t]+)?")
LAND_AFTER_PLACE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?i:north|south|east|west|central|north-?east|north-?west|"
                              r"south-?east|south-?west)(?:ern)?[ \t]+)?")
DEMONYM_BEFORE_PLACE = re.compile(r"[ \t]+(?:town|city|village|port|district|province|region)[ \t]+of[ \t]+")
LIST_GOES_ON = re.compile(r",?[ \t]+(?:and|or)[ \t]|,[ \t]*[A-Z]")
# A one-word known place between "the" (`ARTICLE_BEFORE`) and "of" a capitalised word heads a longer name, a body's
# ("the Confederation of Mountain Peoples of the Caucasus", "the Commonwealth of Independent States"): no town
# (`recognise.stack._whole_names`).
OF_NAME_AFTER_HEAD = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# Words that join a list of places: a town beside a known place in one ("Idlib, Saraqib and Maarat al-Numan").
PLACE_LIST_JOINT = re.compile(r"(?:,|,?[ \t]+(?:and|or))[ \t]+")
# A creed or a cause before such a kind describes the body and names none: "the Islamist group", "the Shia militia".
CREED_WORDS = frozenset({"Islamist", "Islamic", "Jihadist", "Salafist", "Salafi", "Shia", "Shiite", "Sunni", "Maoist",
                         "Marxist", "Communist", "Christian", "Muslim", "Catholic", "Protestant", "Hindu", "Buddhist",
                         "Jewish", "Sikh", "Druze", "Alawite", "Militant", "Rebel", "Armed", "Terrorist", "Extremist"})
# An acronym the source never spells out names a body where its context says what body: fighters right after it
# ("ZANU guerrillas", "ZIPRA fighters"), an armed wing or army of another in apposition after it ("ZANLA, the armed
# wing of ZANU"), or a body's kind in apposition before it ("the UN mission, MONUC,"); otherwise it is dropped
# (`recognise.names.NamesInContext.acronyms`). Not "NBA players", "IBM engineers".
ACRONYM_ARMED_AFTER = re.compile(r"[ \t]+(?:guerrillas|rebels|militias?|militiamen|insurgents)\b")
# ... "fighters" only in a sentence of war ("In 1978 ZIPRA fighters shot down an airliner"; not "UFC fighters weighed
# in"); "forces", "troops", "soldiers" never: a state's ("UAE forces") or a mission's ("KFOR troops") too.
ACRONYM_FIGHTERS_AFTER = re.compile(r"[ \t]+(?:fighters|combatants|cadres)\b")
WAR_WORDS = re.compile(r"\b(?:war|wars|armed|army|guerrillas?|rebels?|militias?|insurgents?|troops|attack(?:s|ed)?|"
                       r"shot|shell(?:s|ed|ing)|fought|killed|ambush(?:ed)?|offensive|ceasefire|bases?|front)\b")
ACRONYM_WING_AFTER = re.compile(r",[ \t]+the[ \t]+(?:armed[ \t]+|military[ \t]+|political[ \t]+)?(?:wing|army|militia)"
                                r"[ \t]+of\b")
ACRONYM_BODY_BEFORE = re.compile(r"\b(?:mission|force|movement|party|militia|army|agency)[ \t]*,[ \t]+$")
# ... or a subject after "the" that acts or speaks ("the LTTE fired on", "the MNLA entered Timbuktu", "the FBI who
# examined"), and an acronym that owns ("the PLO's claim", "UNTAC's figures"): a body. Not a word in capitals
# for emphasis ("the LOWEST credible figure": no deed after it), a ship's prefix ("the USS Maddox": a capital after it),
# nor a common noun's or an office's acronym (`ACRONYM_COMMON`: "the CEO said", "the GDP's growth").
# ... or acts with no article where it opens its sentence or clause, after "The" or a sentence's opening connective, or
# after a lower-case word ("MINURSO said", "and EAM agreed", "says JNA moved", "But FRELIMO denied", "Yesterday, CAF
# banned"): not after another capitalised word or a figure (a name's part, a unit's number: "Lynas Corp ASX", "3 RAR")
# nor "a"/"an" ("an EAM demonstration"). Read on the 24 characters before it.
ACRONYM_OPENS_BEFORE = re.compile(r"(?:^|[.!?;:][ \t]+|\n[ \t]*|(?<![\w’'\-])(?:(?!an?[ \t])[a-z]+|[A-Za-z]+,|"
                                  r"The|But|And|Then|Yet|So|Now|Later|Meanwhile|Today|Yesterday|Earlier)[ \t]+)$")
ACRONYM_OPENS_REACH = 24
ACRONYM_DEED_AFTER = re.compile(r"[ \t]+(?:(?:then|also|later|first|never|[a-z]{2,}ly)[ \t]+)?"  # "then fired"
                                rf"(?:who|which|has|had|have|was|were|is|are|said|says|will|would|could|can|did|must|"
                                rf"may|might|[a-z]{{3,}}ed|{_verbs.IRREGULAR_PAST})\b")  # "took Gao", "could not"
# ... but not a share's ticker, an index or a commodity moving on a market ("AAPL rose 3 percent", "MSFT closed
# higher", "BRENT rose above 80 dollars", "NVDA dropped sharply"): a market's verb with a figure, a way or a level.
ACRONYM_MARKET_MOVE_AFTER = re.compile(
    r"[ \t]+(?:rose|fell|gained|dropped|slipped|climbed|jumped|surged|soared|tumbled|plunged|sank|slid|dipped|edged|"
    r"rallied|closed|opened|ended|finished|traded)[ \t]+(?:higher|lower|flat|unchanged|(?:sharply|slightly|steeply|"
    r"modestly|marginally|strongly|firmly)\b|in[ \t]+(?:[a-z\-]+[ \t]+)?trading\b|(?:up|down|to|by|above|below|at)"
    r"[ \t]+[$€£¥]?\d|[$€£¥]?\d[\d.,]*[ \t]*(?:%|percent\b|per[ \t]+cent\b|points?\b|cents?\b|pence\b))")
ACRONYM_OWNS_AFTER = re.compile(r"[’']s[ \t]+[a-z]")
# ... nor one a deed is done to ("the NPT was signed", "the SCUD was fired", "the SMS was sent": a treaty's, a weapon's,
# a thing's), but where the passive tells a body ("the MNLA was formed", "the LTTE was banned", "was led by", "was
# driven out of Gao", "was reported to").
_BODY_PASSIVE = (r"(?:founded|formed|established|banned|outlawed|proscribed|disbanded|dissolved|led|headed|based|"
                 r"accused|blamed|involved|opposed|determined|allied|armed|backed|funded|defeated|routed|driven|"
                 r"expelled|ousted|crushed|attacked|targeted|reported|said|believed|thought|known)")
_PARTICIPLE = (rf"(?:[a-z]{{2,}}ed|{_verbs.IRREGULAR_PAST}|{_verbs.MOVED_PARTICIPLE}|broken|given|seen|found|written|"
               r"stolen|told|paid|put|set|cut|sold|built|hidden|chosen|beaten|bought|shown|done|spent)")
ACRONYM_UNDERGOES_AFTER = re.compile(r"[ \t]+(?:was|were|is|are|(?:has|have|had)[ \t]+been)[ \t]+"
                                     r"(?:(?:not|also|then|never|later|first|[a-z]+ly)[ \t]+)?"
                                     rf"(?!{_BODY_PASSIVE}\b){_PARTICIPLE}\b")
# Common nouns' and offices' acronyms of three letters or more (two-letter ones are never read by their context):
# of business, offices ("the GOC ordered", "the SRSG said"), things and computing ("the API returned", "the USB's
# cable"), weapons ("the AWACS's radar", "the BTR fired"), diseases, exams, time zones, treaties, a referee's video
# ("VAR ruled"), markets' indices ("FTSE closed"), tests and treatments ("ECG showed", "CPR had worked"), units
# ("MPH was"), degrees ("MBA followed"), a footballer's position ("CDM had covered") and an aircraft's ("ILS failed").
ACRONYM_COMMON = frozenset({"CEO", "CFO", "COO", "CTO", "NGO", "IDP", "POW", "MIA", "GDP", "GNP", "VIP", "MVP", "UAV",
                            "RPG", "IED", "APC", "SUV", "ATM", "PDF", "DNA", "HIV", "AIDS", "COVID", "SARS", "UTC",
                            "GMT", "FAQ", "ETA", "CCTV", "TNT", "LNG", "VAT", "IPO", "GPS", "AGM", "MRI", "ICU",
                            "GOC", "SRSG", "DSRSG", "CINC", "COAS", "CJCS", "SACEUR", "MEP", "MLA", "MPP",
                            "SMS", "USB", "API", "LED", "LCD", "PIN", "SIM", "DVD", "CPU", "GPU", "RAM", "SSD", "URL",
                            "HTML", "XML", "JSON", "CSV", "SQL", "HTTP", "TCP", "DNS", "SSH", "VPN", "ISP", "WIFI",
                            "SCUD", "AWACS", "SAM", "ICBM", "SLBM", "MANPADS", "ATGM", "MLRS", "HIMARS", "NLAW", "MRAP",
                            "BMP", "BTR", "IFV", "UCAV", "PTSD", "ALS", "ADHD", "SAT", "GRE", "GMAT", "MCAT", "LSAT",
                            "GCSE", "IELTS", "TOEFL", "EST", "EDT", "PST", "PDT", "CST", "CET", "BST", "NPT", "CTBT",
                            "VAR", "UFO", "FTSE", "NASDAQ", "DAX", "NIKKEI", "AWOL", "KIA", "WMD", "EMP",
                            "ECG", "EKG", "EEG", "CBC", "BMI", "ACL", "CPR", "COPD", "MRSA", "MPH", "KPH", "PSI", "RPM",
                            "BPM", "AEST", "AEDT", "MBA", "LLB", "LLM", "CAM", "CDM", "ILS"})
# ... nor an office or a transcript's speaker set in capitals ("At the hearing, COUNSEL said", "Then WITNESS said",
# "JUDGE ruled"): `ROLES` and these.
ACRONYM_SPEAKER_ROLES = frozenset({"COUNSEL", "WITNESS", "INTERPRETER", "DEFENDANT", "ACCUSED", "PLAINTIFF", "CLAIMANT",
                                   "REGISTRAR", "CLERK", "MODERATOR", "HOST", "ANCHOR", "REPORTER", "INTERVIEWER",
                                   "NARRATOR", "ANNOUNCER", "CALLER", "SPEAKER", "AUDIENCE", "OFFICER", "DOCTOR"}
                                  | {role.upper() for role in ROLES if " " not in role})
# The followers of a named leader, named by his surname: "military camps held by Gbagbo loyalists", "Gaddafi loyalists
# had used it as a base" -> an armed group of its own, only where the source named that person in full before
# (`recognise.followers`); no club's, firm's or party's ("Liverpool loyalists", "Apple loyalists", "Labour loyalists").
LOYAL_WORDS = r"loyalists"
# "the rebels" of or in a capitalised name right after them ("the rebels in the Labour Party", "the rebels of the
# Democratic Party"): a body's members if the name is no place's nor an armed group's (`naming.rebels_named`).
REBELS_WITHIN = re.compile(r"[ \t]+(?:of|in|within|inside|among)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
ARMED_KIND_BEFORE = (r"(?:militant|armed|rebel|jihadist|insurgent|extremist|Islamist|terrorist|separatist|paramilitary|"
                     r"guerrilla)\s+(?:group|organi[sz]ation|movement|militia|faction|outfit)")
# Words that introduce a name (`claimgraph.recognise.names` puts the name pattern after them).
# A title in the plural before two persons ("Presidents Ilham Aliyev and Sargsyan met"): no word of the first name.
PLURAL_TITLES = tuple(f"{word}s" for word in sorted(TITLE_WORDS - {"Former", "Acting", "Vice", "Deputy", "Major"}))
# A capitalised role word before one capitalised word and a lower-case one opens a name, no role ("the Premier League
# leaders, Manchester City, lost"; `recognise.names`: no person in apposition after it); "President Putin's adviser" is.
ROLE_IN_NAME = r"(?![ \t]+[A-Z][a-z]+[ \t]+[a-z])"
# A person's age in apposition after the name, as news gives it: "Gbagbo, 65, his wife Simone and ... aides were taken".
AGE_AFTER_NAME = r",\s+(?:aged\s+)?[1-9][0-9],\s"
# What a person, the subject, says or does right after a two-word name: "Siad Barre renounced the treaty".
# A person's fate too ("Manuel Marulanda had died", "Ana Ruiz was arrested", "Ahmed Wali was born"; no "was executed":
# an operation or plan is, nor "was killed off", nor "was released" or "was elected": a film, a firm or a state may
# be; "was born" in or on a named place or a date only: "Hip Hop was born in the Bronx", "Bitcoin Cash was born from a
# split" are no one's births), and speech ("has spoken").
SUBJECT_VERBS = (r"said|told|announced|declared|denied|insisted|renounced|warned|vowed|resigned|ordered|spoke|fled"
                 r"|(?:has|had)[ \t]+(?:just[ \t]+)?spoken|(?:had[ \t]+)?died"
                 r"|was[ \t]+(?:killed(?![ \t]+off\b)|assassinated|born(?=[ \t]+(?:in|on)[ \t]+[A-Z0-9])|arrested"
                 r"|jailed|imprisoned|exiled|detained"
                 r"|sentenced|hanged|kidnapped|abducted|wounded)")
# ... and what a body does as well as a person: after "the" and one word it names a body ("The Seleka accused"), no
# person otherwise ("Goldman Sachs backed the bid", "Aston Villa urged supporters", "Pink Floyd signed").
BODY_DEED_VERBS = r"signed|backed|urged|accused|rejected|accepted|promised|threatened|pledged|demanded"
# ... but who signs for a body or on its behalf is a person: "Andrew Nori signed for the MEF", "Kai Larsen signed on
# behalf of the union" (a firm signs "with" another: "Pink Floyd signed with Columbia").
SIGNED_FOR = re.compile(r"signed[ \t]+(?:for|on[ \t]+behalf[ \t]+of)\b")
# Such a word after "the" that names fighters, in the plural: an armed group ("The Rebels said"); a people's name in
# the plural names none ("The Serbs accused", "The Palestinians rejected", "The Allies demanded").
ARMED_PLURALS = frozenset({"Rebels", "Mujahideen", "Loyalists", "Guerrillas", "Insurgents", "Militants"})
# What tells such a subject is a body, not a person: an article before it (a person's name takes none: "the Islamic
# Jihad said"), or "its" right after the verb ("Goldman Sachs said its clients", "said that its", where a person's
# would be "his" or "her"); a creed or cause as its first word (`CREED_WORDS`: "Islamic
# Jihad said").
ARTICLE_BEFORE = re.compile(r"(?<![\w’'\-])[Tt]he[ \t]+$")
# Words of a body's members or offices right after its name: a name they follow is a party's, a movement's or a
# team's, no person's ("Golden Dawn members", "Sinn Fein leader Gerry Adams", "Bayern Munich players"); not
# "supporters", "fans" or "loyalists", whom a person has too ("Trump supporters"), nor "leadership", a leader's time
# or style ("the Xi Jinping leadership", "the Tony Blair leadership").
MEMBERS_AFTER = re.compile(r"[ \t]+(?:leaders?|members?|chairman|chairwoman|MPs|lawmakers|deputies|"
                           r"players)\b(?![ \t]+clubs?\b)")  # not "the Ed Sheeran members club"
ARTICLE_OPENING = re.compile(r"[Tt]he[ \t]+(?P<word>\S+)$")  # a verb's subject "The Seleka": "the" and one word
ITS_AFTER = re.compile(r"[ \t]+(?:that[ \t]+)?its\b")  # right after the verb: not "renounced the treaty and its annex"
# The pronouns of one person, which go on from a person named in full and then by surname ("Harry Kane scored. Kane
# said it was late; he left"), where a body named again by the last word of its name goes on with "it" ("Golden Dawn
# won 18 seats. Dawn said it would", `recognise.echoed`).
PERSON_PRONOUNS = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b", re.IGNORECASE)
# "it" or "its" after the verb of a word alone ("Dawn said it would", "Sachs said its clients"): the word is a body's.
IT_AFTER_VERB = re.compile(r"[ \t]+[a-z]+[ \t]+(?:that[ \t]+)?(?:its\b|it[ \t]+(?:would|will|had|has|was|is|could|"
                           r"should|must|did)\b)")
# Adjectives that open bodies' names and never a person's, beside `CREED_WORDS`: "Democratic Unionist", "Popular Front".
BODY_ADJECTIVES = frozenset({"Democratic", "Popular", "National", "Revolutionary", "Patriotic", "Socialist",
                             "Republican", "Federal", "Liberal", "Progressive", "Nationalist", "Unionist"})
SAID = r"said|says|told|added|according to"  # "said Human Rights Watch"
COMMANDED_BY = r"(?:[Ll]ed|[Cc]ommanded|[Hh]eaded|[Cc]haired)\s+by"  # "the LNA commanded by Khalifa Haftar", "Led by Joseph
# Kony, the LRA": the agent of a command is a person
# A body, "the" and one or two capitalised words, as the agent of a verb of rule or support: "Ethiopia, then ruled by the
# Derg" (a person's name takes no article).
# A person under whom, or whose government, rules: "Ethiopia, then ruled by the Derg under Mengistu Haile Mariam", "the new
# government of Yingluck Shinawatra says"; not where a noun of rule follows ("under Khmer Rouge rule").
RULE_KINDS = r"government|regime|administration|cabinet|dictatorship"
RULED_UNDER = rf"under|(?:{RULE_KINDS})\s+of"
# ... and whose government it is, by a possessive: "Enver Hoxha's government demanded" (a state's name is known); not
# an "administration", which a firm goes into ("Thomas Cook's administration left tourists stranded") and a club has
# ("Real Madrid's administration denied").
RULER_OWNS = r"[’']s\s+(?:government|regime|cabinet|dictatorship)\b"
# Words of a law's or an agreement's name, never a person's: "held under Geneva Conventions", "under Chapter Eleven".
LAW_WORDS = frozenset({"Chapter", "Article", "Section", "Act", "Law", "Laws", "Code", "Rules", "Resolution", "Conventions",
                       "Protocols", "Accords", "Agreements"})
RULE_NOUNS = (r"rule|control|command|auspices|leadership|mediation|administration|supervision|monitoring|protection|"
              r"occupation|pressure|law|sovereignty|influence|authority|guidance|sanctions|fire|siege|attack")
# One of a group of persons by their role: "Ahmed Ben Bella and the other FLN leaders held in France".
OTHERS_OF_ROLE = r"and\s+(?:the\s+)?(?:other|fellow)\s+(?:[A-Z]{2,6}\s+|[a-z]+\s+)?"
RULED_BY_THE = r"(?:ruled|governed|controlled|run|backed|armed|funded|financed)\s+by\s+the"
# A coalition or a force named by who leads it ("the Saudi-led coalition", "NATO-led forces"): an actor of its own.
LED = _verbs.HYPHEN + _verbs.LED
LED_KINDS = {"coalition": "Organization", "alliance": "Organization", "mission": "Organization",
             "forces": "ArmedGroup", "force": "ArmedGroup", "troops": "ArmedGroup"}
# Words that may stand, at most LED_QUALIFIER_REACH of them, between the compound and its kind: "the Saudi-led
# military coalition"; no other word ("The US-led talks brought forces" names no force).
LED_QUALIFIERS = ("military", "international", "multinational", "multi-national", "naval", "air", "ground",
                  "peacekeeping", "stabilisation", "stabilization", "security", "Arab", "Western", "African",
                  "allied", "joint", "regional", "global", "foreign", "armed", "combined", "coalition")
LED_QUALIFIER_REACH = 2
# ... and named by who leads it after "led by" ("a coalition led by Saudi Arabia"): one body, not its leader.
# Only a body of many: "forces led by X" may be one commander's men.
LED_BY_KINDS = {"coalition": "Organization", "alliance": "Organization"}
LEADS = r"(?:led|headed)\s+by"


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x")) else "s")


# The last word of a plural noun phrase, not of a surname: "Patriot Missiles", "Armed Forces" (not "Perthes",
# "Griffiths", "Avramopoulos", which end in -s too): a common plural noun, or the plural of a kind word.
PLURAL_NOUNS = frozenset({"Missiles", "Rockets", "Drones", "Bombs", "Shells", "Munitions", "Weapons", "Systems",
                          "Vehicles", "Tanks", "Jets", "Helicopters", "Forces", "Troops", "Units", "Guards", "Fighters",
                          "Militias", "Services", "Affairs", "Rights", "Nations", "Relations", "Operations", "Studies",
                          "Supplies", "Sanctions", "Talks", "Programmes", "Programs", "Agencies", "Ministries",
                          "Committees", "Councils", "Groups", "Brigades", "Battalions", "Divisions", "Regiments",
                          *(_plural(kind) for kind in (*BODY_KINDS, *NAMED_PLACE_KINDS) if " " not in kind)})


ROLE_PLURALS = tuple(_plural(role) for role in ROLES if " of " not in role)  # "commanders", "prime ministers"
# An office written with its capitals, as before "of" its remit ("President of Russia", "Chief of the General Staff"):
# every word capitalised but "of".
CAPITALISED_ROLES = tuple(re.sub(r"\b(?!of\b)[a-z]", lambda m: m.group().upper(), role) for role in ROLES)


# The plural of a kind word that two names share ("the Donetsk and Luhansk People's Republics"): plural -> singular;
# not a plural that is a kind of its own ("Forces": "the Russia and Turkey Armed Forces" is no two forces' name).
SHARED_KINDS = {_plural(kind): kind for kind in (*BODY_KINDS, *NAMED_PLACE_KINDS)
                if not kind.endswith("s") and " " not in kind and _plural(kind) not in {*BODY_KINDS, *NAMED_PLACE_KINDS}}
# A lower-case kind of place in the plural that two names share ("shelling the Wihdat and al-Hussein refugee camps",
# "in Lang Son and Cao Bang provinces"): plural -> the kind of each (`PLACE_KINDS`, `FEATURE_KINDS`).
SHARED_PLACE_KINDS = {"refugee camps": "refugee camp", "villages": "village", "towns": "town", "provinces": "province",
                      "districts": "district", "regions": "region", "valleys": "valley", "rivers": "river",
                      "slums": "slum", "neighbourhoods": "neighbourhood", "neighborhoods": "neighborhood"}
# A creed, a people or a party before such a shared kind says whose the places are and names none: "Sunni and Shia
# districts", "Hutu and Tutsi villages", "Catholic and Protestant districts", "Republican and Democratic districts".
# The same words are no town's other name ("The Roma families": no Rome, `recognise.stack._peoples_names`).
COMMUNITY_WORDS = CREED_WORDS | {"Alawite", "Maronite", "Orthodox", "Yazidi", "Hutu", "Tutsi", "Serb", "Croat",
                                 "Bosniak", "Arab", "Tamil", "Pashtun", "Hazara", "Roma", "Sinti", "Republican",
                                 "Democratic", "Democrat", "Loyalist", "Nationalist", "Unionist", "Conservative",
                                 "Labour", "Liberal", "Royalist", "Government", "Opposition"}
OF_AFTER_KIND = r"of"  # "the Saudi city of Jeddah": the word before "city of" qualifies it, it names no city
# A count before a role in the plural lets a comma open the persons it lists ("three black leaders, Bishop Abel
# Muzorewa, Ndabaningi Sithole and Chief Jeremiah Chirau", "The two presidents, Japarov and Emomali Rahmon"); without
# one the list follows the role or a colon ("four of his commanders: Vincent Otti, ..."), as "The league leaders,
# Manchester City and Aston Villa" names no persons. An item may give its land after "of" ("Eduardo Ponce of Peru").
LIST_COUNT = r"(?i:two|three|four|five|six|seven|eight|nine|ten)|[2-9]"
# Roles a firm or a club holds as often as a person: after one of them a count and a comma open persons only where an
# item shows a person's sign, a title before it or its land after it ("three black leaders, Bishop Abel Muzorewa,
# ..."), not "The two league leaders, Manchester City and Aston Villa", "Three directors, Morgan Stanley, ...".
BODY_HELD_ROLES = frozenset(_plural(role) for role in ("adviser", "advisor", "agent", "leader", "director", "head", "chief",
                                                        "official", "representative", "negotiator", "mediator",
                                                        "coordinator", "counterpart", "founder"))
LIST_ITEM_OF = r"of"
BODY_NAME_OF = "of"  # a body's name that opens with a shorter one: "the Supreme Court of Malawi" (`recognise.body_tails`)
# ... or where the role says whose the persons are, the sides of the story, and a comma opens them: "the foreign ministers
# of the two countries, Tomás Manuel Elío of Bolivia and Luis Alberto Riart of Paraguay", "the chief executives of both
# companies, Ana Ruiz and Tom Hale" (as after a count, a role a body holds too needs a person's sign in an item).
ROLE_OF_SIDES = (r"\s+of\s+(?:the\s+|both\s+)?(?:two\s+|three\s+|four\s+)?(?:countries|sides|states|nations|parties|"
                 r"governments|delegations|companies|firms|clubs|teams)")
# A list of people told by a word of people before it in its clause, then a copula or a colon: "The men executed with
# him were A B, C D and E F", "Names of the dead, for the record: A B, C D, E F" (`recognise.person_lists`). Not where
# the word qualifies a noun of things between ("The accused banks were", "The killed projects were": `NOT_PEOPLE_NOUNS`)
# or is a sport's category ("The men's finalists were Real Madrid, Bayern Munich and ...").
NOT_PEOPLE_NOUNS = (r"banks|firms|companies|corporations|brands|products|projects|programmes|programs|clubs|teams|"
                    r"sides|towns|villages|cities|districts|areas|zones|sites|ships|vessels|boats|planes|horses|"
                    r"parties|countries|states|funds|stocks|shares|songs|films|books|apps|models|hospitals|schools")
PEOPLE_LIST_HEAD = re.compile(rf"\b(?:men|women|dead|victims|accused|defendants|prisoners|detainees|hostages|crew|"
                              rf"executed|hanged|killed|arrested|wounded|names)\b(?![’']s\b)"
                              rf"(?:(?!\b(?:{NOT_PEOPLE_NOUNS})\b)[^.;:\n]){{0,60}}?"
                              rf"(?:[ \t]+(?:were|are|included|include|including|namely)|:)[ \t]+$", re.IGNORECASE)
LIST_HEADS = r"Mediators?|Negotiators?|Signatories|Signatory|Commanders?|Leaders?|Witnesses|Facilitators?|Guarantors?"
# A kind of place, then "of" and a name: "the town of Shusha", "the market town of Omagh", and kinds named so only before
# "of" ("the Grozny suburb of Novye Aldi", "The hill of Lele Tepe", "the OAS stronghold of Bab El Oued"): the word
# before them there is no place ("the Taliban stronghold", "a Grozny suburb"), so they are no `PLACE_KINDS`.
OF_PLACE_KINDS = {"town": "Settlement", "city": "Settlement", "village": "Settlement", "region": "Region",
                  "province": "Region", "suburb": "Settlement", "port": "Settlement", "stronghold": "Place",
                  "hill": "Place", "hills": "Region",
                  # a base named after "of": "destroyed the air base of Maaten al-Sarra" (no lone "base": "the customer
                  # base of Apple" is none)
                  "air base": "Place", "airbase": "Place", "military base": "Place", "naval base": "Place"}
KIND_OF = rf"[Tt]he (?:[\w’'-]+ )?(?P<kind>{'|'.join(OF_PLACE_KINDS)}) of"
CAPITAL_OF = r"the (?:capital|main city|largest city|(?:regional )?centre|center) of"  # "Tskhinvali, the capital of"
# A name a phrase of a town or of land follows, set off by a comma, is a place of that kind: "Bucha, a suburb of the
# capital", "The Agacher, a strip of dry land some 160 kilometres long", "the Chaco Boreal, a sparsely populated lowland
# west of the river". The kind then a preposition, so that "Smith, a district manager in Leeds" names no place; no kind a
# topic or a firm takes ("Genomics, a fast-growing area of research", "Acme, a leading region of growth for the group"):
# no area, region, district or province.
APPOSED_KINDS = {"suburb": "Settlement", "town": "Settlement", "city": "Settlement", "village": "Settlement",
                 "port": "Settlement", "strip": "Region", "lowland": "Region", "plateau": "Region", "island": "Region",
                 "peninsula": "Region", "valley": "Region", "desert": "Region", "enclave": "Region", "territory": "Region"}
KIND_APPOSED = (rf"an? (?:[a-z\-]+ ){{0,2}}(?P<kind>{'|'.join(APPOSED_KINDS)}) "
                r"(?:of|in|near|outside|on|off|along|between|west|east|north|south)")
COMPASS_PART = r"Eastern|Western|Northern|Southern|Central"  # "Eastern Ghouta"
# A point of the compass that, capitalised before a known place, names a place of its own ("West Beirut", "East
# Pakistan", "South Yemen"), where "Eastern Ukraine" is a part of Ukraine told by an adjective.
COMPASS_NAME = r"North|South|East|West"
# A part of a continent named by a point of the compass, or the East named by its distance: "the Special Representative
# for West Africa", "buried in the Far East", "Southeast Asia"; no pack lists them, and a known name ("South Africa", the
# state; "Middle East", the gazetteer's) keeps its own. Not before another capitalised word: "the Far East Movement".
WORLD_PARTS = (r"(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?|East|West|Central|Northern|Southern|Eastern|Western|Latin)"
               r"[ \t]+(?:Africa|Asia|Europe|America)|(?:Far|Middle|Near)[ \t]+East")
ARMED_HEADS = {"forces", "army", "militia", "front"}  # an unknown body named so is armed ("Tigray Defense Forces")
POSSESSIVE_ENDINGS = ("’s", "'s")  # "Ethiopia's" -> "Ethiopia"
# Who controls or backs a body, hyphened to a participle before its name, is no word of the name: "the Noriega-controlled
# National Assembly" is the National Assembly, "the Hamas-run Health Ministry" the Health Ministry (not "-led": "the
# Saudi-led coalition" is named by who leads it).
OWNER_COMPOUND = re.compile(r"[A-Z][\w’'.]*-(?:controlled|run|owned|backed|dominated|appointed|sponsored|funded|installed|"
                            r"allied|aligned)\s+")
ARTICLES = ("the ",)  # "the Tiger Forces" -> "Tiger Forces"
GOVERNMENT = ("government", "Government")  # "Georgian government" is the state

# The endings a state's name takes to make its demonym, where the world pack lists none but the name ("Djiboutian",
# Djibouti's; "Malian", Mali's): such a word before a word for forces names the state's armed forces.
DEMONYM_ENDINGS = ("ian", "an", "n", "i", "ese")
# A kind of body, then "in" and a place, before an acronym with up to three capitals more than the words: the acronym
# is of the body's name in another language ("the UN Verification Mission in Guatemala (MINUGUA)", from the Spanish).
BODY_ACRONYM_SHORT = re.compile(r"\b(?:Mission|Office|Operation|Force|Commission|Observer Group)\s+in\s+[A-Z]")
STEM_LETTERS = 6  # a word's opening letters that tell a variant of it ("Kurdistane", "Kurdistan")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "des", "du"})
MINISTRY = r"Ministry"  # "Defence Ministry of Georgia", "Ministry of Foreign Affairs"
REBELS = r"separatists|rebels|guerrillas"  # alone, the rebels of the story
ARMED_ALONE = {"rebels", "guerrillas"}  # alone, the armed group ("talks between Kinshasa and the rebels"); "separatists" may be its rulers
# A body of a state named in lower case after the state's name, its possessive or its demonym: "Kyrgyzstan's health
# ministry", "the Brazilian foreign ministry", "Mozambique's parliament", "Tajik border guards", "the Syrian air force"
# -> a body of its own (ministries, parliaments, border guards and air forces are actors apart from their state); a
# ministry may have one lower-case word for its field before it.
STATE_BODY_KINDS = {"ministry": "Government", "parliament": "Government", "border service": "Government",
                    "security service": "Government", "intelligence service": "Government",
                    "security committee": "Government", "border guards": "ArmedGroup", "border troops": "ArmedGroup",
                    "air force": "ArmedGroup", "navy": "ArmedGroup", "police": "Government",  # "the Rhodesian police"
                    # a state's service by its proper name, capitalised: "the Indian Navy", "the Turkish General Staff"
                    "Navy": "ArmedForce", "General Staff": "ArmedForce"}
STATE_BODY_FIELD_KINDS = ("ministry",)
# A building after the body's words is the building's name, no body acting: "named after the Brazilian foreign ministry
# palace in Brasilia"; "blue" after "navy" the colour ("Brazil's navy blue kit").
BUILDING_WORDS = r"palace|building|headquarters|compound|premises|offices|blue"
# A state's mission abroad, named by the state's word before its kind, is a place of its own (a building, where crowds
# gather and notes are handed in) where a word of place stands before it: "handed to the Chinese embassy", "crowds
# besieged the Soviet embassy", "outside the US Embassy in Ankara" (`recognise.names`). Elsewhere it speaks and acts for
# its state ("The Russian embassy denied", "According to the US Embassy"), and the state's word is the state's mention.
DIPLOMATIC_POSTS = r"[Ee]mbass(?:y|ies)|[Cc]onsulate|[Hh]igh[ \t]+[Cc]ommission"
MISSION_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|into|inside|outside|near|past|from|(?<!according )to|stormed|"
                                  r"besieged|surrounded|attacked|hit|shelled|bombed|occupied|entered|picketed)"
                                  r"[ \t]+(?:the[ \t]+)?)$", re.I)
ORDINAL_ENDINGS = r"st|nd|rd|th"  # "58th Army"
UNIT_KINDS = r"Army|Division|Brigade|Corps|Regiment|Battalion|Fleet|Guards Army|Tank Army|Air Army"
# An ordinal in words opens a unit's name as one in figures does: "the Sixth Fleet", "the Third Army".
ORDINAL_WORDS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
# Capitalised words between the ordinal and the unit's kind name its arm ("7th Infantry Brigade", "101st Airborne
# Division"), at most UNIT_ARM_WORDS of them; a unit "of" another after it is part of the name ("the 13th Battalion of
# the Kumaon Regiment").
UNIT_ARM_WORDS = 2
# A unit's number in plain figures opens its name as an ordinal does, British and Indian style ("3 Commando Brigade",
# "16 Air Assault Brigade"), with at least one arm word and a kind of formation (no "Army": "500 Army officers" are a
# count), and no word of its members after it ("15 Parachute Regiment soldiers" are a count of men).
CARDINAL_UNIT_KINDS = r"Brigade|Regiment|Battalion"  # no "Division": "2 Premier Division goals"
UNIT_MEMBERS_AFTER = r"soldiers|troops|men|officers|personnel|members|veterans|paratroopers|recruits|reservists"
# ... but a verb after it may end in "s", in the present tense of headlines and descriptions ("16 Air Assault Brigade
# deploys to Helmand", "3 Commando Brigade comprises 40, 42 and 45 Commando"): these words are no things of the unit's.
UNIT_WORDS_IN_S = (r"was|has|is|as|its|thus|comprises|consists|includes|remains|deploys|redeploys|lands|arrives"
                   r"|returns|moves|advances|attacks|withdraws|takes|holds|leads|joins|becomes|begins|continues|fights"
                   r"|assumes|relieves|occupies|secures|crosses|reaches|enters|seizes|captures")
# ... nor a thing of the unit's after it, a lower-case plural ("40 Guards Regiment uniforms", "rules"), nor a number of a
# part or a place before it ("Section 3 Transport Regiment", "Platform 2 Brigade Line").
NUMBERING_WORDS = ("Section", "Chapter", "Article", "Paragraph", "Clause", "Part", "Rule", "Table", "Figure", "Page",
                   "Room", "Platform", "Gate", "Level", "Flight", "Route", "Highway", "Bus", "Line", "Block", "Box",
                   "Volume", "Book", "Season", "Episode", "Act", "Scene", "Stage", "Round", "Group", "Grade", "No.")
# A battalion's regiment after a comma, as US forces write it: "3rd Battalion, 4th Marines", "1st Battalion, 7th
# Cavalry" (the regiment's ordinal and kind; the name is the battalion's).
UNIT_PARENT_KINDS = r"Marines|Infantry|Cavalry|Field[ \t]+Artillery|Artillery|Regiment"  # "3rd Infantry Regiment" too
JOINING = {"and"}  # "Kosovo and Metohija" names a second land beside Kosovo (`claimgraph.combine.spelling`)

# Another name a text gives a thing, after its name (`claimgraph.recognise.aliases`, `claimgraph.extract.resolve`):
# "the Falkland Islands, known in Argentina as the Malvinas", "the peace agreement, also called the Pretoria
# Agreement" (who names it so may stand between "known" and "as"); then the next name of such a list
# (`ALIAS_NEXT`: "..., or the X", "known in Israel as X and in Lebanon as the Y"). A comma, a parenthesis or
# an adverb of naming comes first: "Russia called Ukraine's claims lies" gives Russia no other name.
# "Argentina, which calls the islands the Malvinas" (`ALIAS_OF_NOUN`): the name the text gives elsewhere that
# ends in the noun ("the islands", the Falkland Islands).
_NAMING_ADVERB = r"(?:also|otherwise|formerly|commonly|officially|locally|widely)\s+"
_NAMED_BY = r"(?:\s+(?:in|to|among|by)\s+[^,;()]{1,40}?)?"  # "known in Israel as", "referred to by Ankara as"
ALIAS_OF_NAME = re.compile(rf"(?:\s*[,(]\s*(?:{_NAMING_ADVERB})?|\s+{_NAMING_ADVERB})"
                           rf"(?:(?:known|referred\s+to){_NAMED_BY}\s+as|(?:called|named|dubbed|titled)(?:\s+as)?)"
                           r"\s+(?:the\s+)?", re.IGNORECASE)
ALIAS_NEXT = re.compile(rf",?\s+(?:or|and{_NAMED_BY}\s+as)\s+(?:the\s+)?", re.IGNORECASE)
# The last words of a happening's name: another name ending so ("known in Russia as the Counter-Terrorist
# Operation") is an event's or an agreement's, never a place's or an actor's named just before ("the
# rebellion in Chechnya, known ...": the rebellion's).
HAPPENING_WORDS = frozenset({*AGREEMENT_KINDS, *EVENT_KINDS, "Operation", "Operations", "Campaign"})
ALIAS_OF_NOUN = re.compile(r"\b(?:calls?|called|calling|names?|named|naming)\s+(?:the|this|these)\s+(?P<noun>(?-i:[a-z])[\w-]+)"
                           r"\s+(?:the\s+)?", re.IGNORECASE)
ALIAS = re.compile(r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}")  # the other name: capitalised words


# Capitalised names no pack knows, told as places by a preposition of place before them and a clause going on after
# them (`recognise.located`): "a building in Ryazan on 22 September", "In Kocho, whose residents", "villages around
# Faradje, Doruma and Duru in north-eastern Congo", "the towns of Mutsamudu and Ouani are under control". A preposition
# of motion ("taken to Tal Afar and Mosul", "sent to Putin and") tells it only in a list that holds a known place.
LOCATED_BEFORE = r"(?i:in|near|at|around|outside|inside|to|from|into|towards?|(?:towns|cities|villages|ports) of)"
LOCATED_MOTION = frozenset({"to", "from", "into", "toward", "towards"})
# ... and the one that only a place follows, whatever the clause goes on with: "guns near Saranda shot at the
# cruisers", "two settlements near Kulbus show burning" (one works "at Goldman Sachs" and writes "in Arabic", but
# stands near a place; a feast's name is no place's: `NOT_PLACE_WORDS`).
LOCATED_ANY_AFTER = frozenset({"near"})
# ... but not after a verb of where a person stands, sits or plays: one stands near a person as often as near a place,
# and the clause after tells nothing ("The aide standing near Kerrigan shouted", "Who stood near Thompson?", "played
# near Messi throughout"); a clause's word after the name still tells a place there (`LOCATED_AFTER`).
PERSON_BESIDE_BEFORE = re.compile(r"(?<![\w’'\-])(?:st(?:and(?:s|ing)?|ood)|s(?:it(?:s|ting)?|at|eated)|"
                                  r"kn(?:eel(?:s|ing)?|elt)|play(?:s|ed|ing)?|danc(?:e|es|ed|ing)|"
                                  r"walk(?:s|ed|ing)?)[ \t]+$", re.IGNORECASE)
# ... but a noun of a site after the name makes it the site's owner, a firm's or a body's as often as a town's
# ("protesters gathered near Goldman Sachs headquarters", "a plant near Apple offices"), and a number goes on the name
# ("clashed near Patrolling Point 14": no "Patrolling Point").
SITE_NOUN_AFTER = re.compile(r"[ \t]+(?:headquarters|offices?|buildings?|plants?|factor(?:y|ies)|stores?|shops?|"
                             r"branch(?:es)?|campus(?:es)?|towers?|stadium|premises|compounds?|warehouses?|depots?)\b"
                             r"|[ \t]+\d")
LOCATED_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:on|in|and|or|but|where|which|when|after|before|during|to|"
                           r"from|for|with|by|until|since|near|at|as|under)\b")
# A verb of moving across land, and "into", "out of" or "from": what follows is a land, with its article too ("the
# army crossed into the Ogaden", "withdrew its forces from the Ogaden"): no one crosses into a person or a paper
# (`recognise.located.told_by_crossing`). Between the verb and its preposition only its troops ("withdrew its forces
# from"): "withdrew his support from the Guardian" moves no one.
CROSSED_INTO = re.compile(r"(?<![\w-])(?:cross(?:ed|es|ing)?|advanc(?:ed|es|ing)|withdr(?:aw|ew|awn|awing|aws)|"
                          r"retreat(?:ed|s|ing)?|fle[ed]|flee(?:s|ing)|infiltrat(?:ed|es|ing)|pull(?:ed|s|ing)?[ \t]+out|"
                          r"pull(?:ed|s|ing)?[ \t]+back)(?:[ \t]+(?:its|his|their|the)[ \t]+(?:last[ \t]+)?"
                          r"(?:forces|troops|army|units|soldiers|garrisons?))?[ \t]+(?:into|out[ \t]+of|from)[ \t]+"
                          r"(?P<the>the[ \t]+)?$")
CROSSED_REACH = 60  # characters before a name where its verb of crossing may start
# ... no body one leaves nor a building one flees, capitalised after "the" as a land is ("withdrew its troops from the
# Coalition", "fled from the Embassy").
CROSSED_NOT_LAND = frozenset({"Coalition", "Alliance", "Embassy", "Consulate", "Commonwealth", "League", "Pact", "Bloc",
                              "Federation", "Cabinet", "Senate", "Congress", "Palace", "Compound", "Talks"})
# ... or before the clause's verb, where no comma parts the list ("the defences at Se La and Bomdila had collapsed"):
# after a comma a name may open the clause ("In May, Brandt was arrested").
LOCATED_BEFORE_VERB = re.compile(r"[ \t]+(?:had|has|have|was|were|is|are)\b")
# A single name there only before a verb in the passive, what was done at the place ("The clinic at Mabanga was
# looted"): a firm's or a club's name takes any verb ("Her career at Goldman Sachs was brief", "Profits in Apple had
# risen", "The mood at Manchester United was grim").
LOCATED_BEFORE_PASSIVE = re.compile(r"[ \t]+(?:was|were|(?:had|has|have)[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
                                    r"[a-z]+(?:ed|en)\b")
# A place told by a preposition once is that place where the document writes its name again
# (`recognise.located.named_again`), unless a speaker's verb follows it ("Lynas says its mine"): a firm or a person
# speaks, a place does not; nor before a word of fighters ("Ndoleko fighters attacked the post": men from there, no
# place of their act).
SPEAKER_VERBS = rf"{SAID}|announced|reported|stated"
LOCATED_AGAIN_NOT_AFTER = re.compile(rf"[ \t]+(?:{SPEAKER_VERBS}|{'|'.join(FIGHTERS)})\b")
# A speaker's verb after a name with a place's kind makes it a person or a body that speaks, no place: "Coach Tom Hills
# said", "Mercy Hospital said" (`recognise.name_doubts`).
SPOKEN_AFTER = re.compile(rf"[ \t]+(?:{SPEAKER_VERBS})\b")
# ... but not where a preposition of place stands before the name: the name is its object, no verb's subject ("Officials
# near the Tajik border said", "Doctors at Mercy Hospital said").
PLACE_OBJECT_BEFORE = re.compile(rf"(?<![\w’'\-]){LOCATED_BEFORE}[ \t]+(?:the[ \t]+)?$")
# A region's kind written lower-case right after its name is a word of its mention ("Kyrgyzstan's Batken region", "the
# disputed Cenepa valley", "villages of the Botlikh district"): the region is still the one its name names
# (`recognise.located.with_kind_word`).
REGION_KIND_AFTER = re.compile(r"[ \t]+(?:region|province|district|governorate|oblast|county|prefecture|valley|gorge|"
                               r"peninsula)"
                               r"(?![\w’'\-])")
# Languages by their English names, many a demonym too ("Russian", "Azerbaijani"): the language a gloss is in
# (`GLOSS`), no place after "in" ("in Arabic").
LANGUAGES = frozenset({"Arabic", "Hebrew", "Latin", "Persian", "Farsi", "Dari", "Pashto", "Urdu", "Hindi", "Swahili",
                       "Amharic", "Tigrinya", "Kurdish", "Guarani", "Quechua", "Tagalog", "Malay", "Bengali", "Tamil",
                       "Sanskrit", "Berber", "Tamazight", "Lingala", "Sango", "Pinyin", "English", "French", "German",
                       "Dutch", "Spanish", "Portuguese", "Italian", "Russian", "Ukrainian", "Belarusian", "Polish",
                       "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Serbian", "Croatian", "Bosnian",
                       "Albanian", "Greek", "Turkish", "Armenian", "Georgian", "Azerbaijani", "Chechen", "Kazakh",
                       "Uzbek", "Tajik", "Kyrgyz", "Mongolian", "Chinese", "Mandarin", "Cantonese", "Tibetan",
                       "Japanese", "Korean", "Vietnamese", "Khmer", "Lao", "Thai", "Burmese", "Indonesian", "Somali",
                       "Hausa", "Yoruba", "Igbo", "Tigre", "Oromo", "Kinyarwanda", "Kirundi", "Afrikaans", "Sinhala",
                       "Nepali", "Punjabi", "Baluchi", "Aramaic", "Syriac", "Catalan", "Basque", "Galician", "Welsh",
                       "Irish", "Finnish", "Swedish", "Norwegian", "Danish", "Estonian", "Latvian", "Lithuanian",
                       "Slovene", "Macedonian", "Ossetian", "Abkhaz"})
# Feasts: no place after "in" or "at" ("at Christmas"), and no person after a title ("Father Christmas Parade":
# `recognise.names`).
FEASTS = frozenset({"Christmas", "Easter", "Ramadan", "Eid", "Passover", "Diwali", "Hanukkah", "Lent"})
# A planet is no place on it ("The asteroid will pass near Earth next month").
PLANETS = frozenset({"Earth", "Mars", "Venus", "Mercury", "Saturn", "Neptune", "Uranus", "Pluto"})
# Capitalised words after "in" or "at" that are no places: a feast ("at Christmas"), a language ("in Arabic"), a faith
# ("in Judaism", any word in -ism), a god.
NOT_PLACE_WORDS = frozenset(FEASTS
                            | LANGUAGES | {"Islam", "Christianity", "God", "Allah"}
                            | PLANETS)

BORDER_WORDS = ("border", "frontier")  # the last word of a border's name ("the Kyrgyz-Tajik border")
_BORDER_NOUNS = "|".join(BORDER_WORDS)
# A border named by its noun alone (`claimgraph.recognise.borders`): "fighting along the border", "troops crossed the
# frontier", "their border"; not one a noun follows ("the border town", "border guards", "border areas") nor "the
# border of the page" or "the border with Turkey" (a border of one side, not the story's): only a stop, a preposition
# or a clause's word may follow it (`_BORDER_GOES_ON`). A land's border only after a word of place, crossing,
# closing, fighting or drawing it (`_BORDER_BEFORE`: "across the border", "closed the border", "left the border
# undefined"), never a border of no land ("blurs the border between fact and fiction", "lead the frontier in chip
# design", "the border was embroidered in gold").
_BORDER_GOES_ON = (r"(?=[ \t]*[.,;:)]|[ \t]+(?:at|in|on|near|and|but|as|after|to|into|from|by|where|which|that|was|"
                   r"were|is|had|has|for|since|while|when|until|before|between|said|says|reported)\b)")
_BORDER_BEFORE = (r"along|across|at|near|on|over|to|towards?|from|into|beyond|inside|within|behind|of|past|"
                  r"(?:re)?cross(?:ed|es|ing)?|(?:re)?(?:open|close|seal)(?:ed|s|ing)?|clos(?:ed|es|ing)|"
                  r"shell(?:ed|s|ing)?|attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|breach(?:ed|es|ing)?|"
                  r"violat(?:ed|es|ing)|patroll?(?:ed|s|ing)?|guard(?:ed|s|ing)?|fortif(?:y|ied|ies|ying)|"
                  r"reach(?:ed|es|ing)?|demarcat(?:e|ed|es|ing)|delimit(?:ed|s|ing)?|fix(?:ed|es|ing)?|"
                  r"redr[ae]w(?:n|s|ing)?|left|leaves?|leaving")
BORDER_NOUN = re.compile(rf"\b(?:{_BORDER_BEFORE})[ \t]+(?:the|their)[ \t]+(?P<noun>{_BORDER_NOUNS}){_BORDER_GOES_ON}")
# So too a border named by its sides: "the Kyrgyz-Tajik border in mid-September", not "Tajik border guards" nor "the
# Cambodian-Thai border clashes" (whose the guards are, what the clashes were about: `recognise.names`).
BORDER_GOES_ON = re.compile(_BORDER_GOES_ON)
# A state's demonym right before the noun names that state's border: "near the Iranian border", "the Thai frontier"
# (after `ARTICLE_BEFORE`, "The Iranian border was closed" too).
DEMONYM_BORDER = re.compile(rf"[ \t]+(?:{_BORDER_NOUNS}){_BORDER_GOES_ON}")
# The two sides after "between" and before "and": "the border between Djibouti and Eritrea", "the frontier between
# Burkina Faso (called Upper Volta until 1984) and Mali" (words in parentheses between), "the border between
# Kyrgyzstan's Batken region and Tajikistan" (a state's land by its possessive).
BORDER_SIDES = re.compile(r"[ \t]+between[ \t]+(?:the[ \t]+)?")
BORDER_SIDES_AND = re.compile(r"(?:[’']s(?:[ \t]+[\w’'-]+){1,3}?)?(?:[ \t]*\([^()]{0,60}\))?[ \t]+and[ \t]+(?:the[ \t]+)?")
# Sides said again after "between", the story's two states: "the border between the two countries".
BORDER_SIDES_AGAIN = re.compile(r"[ \t]+between[ \t]+(?:them\b|the[ \t]+two[ \t]+(?:countries|states|nations|"
                                r"neighbou?rs|sides)\b)")
# The particles before a Spanish or Portuguese name's second surname: the word before them is the first surname, the
# one the bearer is called by alone ("Carlos Salinas de Gortari": Salinas; "Luiz Inácio Lula da Silva": Lula).
SURNAME_JOINTS = frozenset({"de", "del", "da", "do", "dos", "das", "y"})

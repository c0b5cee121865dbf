"""English words that name a warship (`recognise.warships`): a navy's prefix before the ship's name ("USS George
Washington", "INS Godavari", "HMS Sheffield"), a kind of ship before it ("the frigate Navarinon", "the freighter Figen
Akat"), and the fate or the list that tells a hull number a ship's ("HQ-605 was sunk")."""

import re

# The prefixes navies write before a commissioned ship's name (the prefix is part of the name).
NAVY_PREFIXES = r"(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|ARA|TCG|PNS)"
# The kinds of warship that stand right before a ship's name, a common noun ("the frigate Navarinon"). Not "flagship":
# before a capitalised word it is a figure of speech more often than a ship ("its flagship Nairobi campus").
WARSHIP_KINDS = (r"(?:frigate|destroyer|corvette|cruiser|warship|submarine|battleship|aircraft[ \t]+carrier|"
                 r"gunboat|minesweeper|patrol[ \t]+boat|landing[ \t]+ship)")
# After a kind of ship, a name that a verb in the past and "was" follow is a relative clause's subject, not the ship's
# name ("the research vessel Kim Jong Un inspected was seized", "the freighter Hamas gunmen boarded was towed").
CLAUSE_SUBJECT_AFTER = re.compile(r"[ \t]+(?:had[ \t]+)?[a-z]+ed[ \t]+(?:was|were)\b")
# The kinds of ship that bear no arms, right before a ship's name ("the freighter Figen Akat", "the supply ship Rio
# Escondido"): the ship is named, a body of its crew, no armed force. Not a bare "ship" or "vessel": "the vessel Russia
# seized" is the subject of a clause.
MERCHANT_KINDS = (r"(?:(?:supply|cargo|transport|merchant|container|fishing|research|hospital)[ \t]+(?:ship|vessel)|"
                  r"freighter|tanker|ferry|liner|trawler|tugboat)")
# A hull number: a navy's letters, a hyphen and the ship's number ("HQ-604", "LST-325"). Aircraft share the shape
# ("EP-3", "MiG-21"), so it names a ship only where a ship's fate or a list of ships tells it (`recognise.warships`).
HULL_NUMBER = r"[A-Z]{1,4}-[0-9]{1,4}"
# What befalls a ship alone, right before its hull number ("the frigates had sunk HQ-604"); not "boarded", which
# passengers do to a flight or a vehicle ("boarded MH-17", "boarded BTR-80 carriers") ...
HULL_FATE_BEFORE = re.compile(r"(?<![\w-])(?:sank|sunk|torpedoed|scuttled|rammed)[ \t]+$")
# ... or right after it ("HQ-505 was run aground", "HQ-605 was sunk", "HQ-182 sank").
HULL_FATE_AFTER = re.compile(r"[ \t]+(?:(?:was|were|had[ \t]+been)[ \t]+(?:sunk|scuttled|torpedoed|rammed|boarded|"
                             r"run[ \t]+aground)|sank|ran[ \t]+aground)\b")
# A noun for a craft or a weapon right after the number makes it a type's designation, no ship's hull ("boarded CH-47
# helicopters", "warships, F-16 jets and troops").
HULL_TYPE_AFTER = re.compile(r"[ \t]+(?:helicopters?|jets?|fighters?|planes?|aircraft|bombers?|gunships?|drones?|"
                             r"missiles?|rockets?|tanks?|rifles?|launchers?)\b")
# A plural kind of ship and a comma before a list of hull numbers ("three transport ships, HQ-604, HQ-605 and HQ-505").
HULLS_LISTED_AFTER = re.compile(r"(?<![\w-])(?:ships|vessels|boats|frigates|warships|transports|gunboats|destroyers|"
                                rf"corvettes)[ \t]*,[ \t]+(?:{HULL_NUMBER}(?:,|,?[ \t]+and)[ \t]+)*$")

"""English words that name a warship (`recognise.warships`): a navy's prefix before the ship's name ("USS George
Washington", "INS Godavari", "HMS Sheffield") or a kind of warship before it ("the frigate Navarinon")."""

# The prefixes navies write before a commissioned ship's name (the prefix is part of the name).
NAVY_PREFIXES = r"(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|ARA|TCG|PNS)"
# The kinds of warship that stand right before a ship's name, a common noun ("the frigate Navarinon"). Not "flagship":
# before a capitalised word it is a figure of speech more often than a ship ("its flagship Nairobi campus").
WARSHIP_KINDS = (r"(?:frigate|destroyer|corvette|cruiser|warship|submarine|battleship|aircraft[ \t]+carrier|"
                 r"gunboat|minesweeper|patrol[ \t]+boat|landing[ \t]+ship)")
# The kinds of ship that bear no arms, right before a ship's name ("the freighter Figen Akat", "the supply ship Rio
# Escondido"): the ship is named, a body of its crew, no armed force. Not a bare "ship" or "vessel": "the vessel Russia
# seized" is the subject of a clause.
MERCHANT_KINDS = (r"(?:(?:supply|cargo|transport|merchant|container|fishing|research|hospital)[ \t]+(?:ship|vessel)|"
                  r"freighter|tanker|ferry|liner|trawler|tugboat)")

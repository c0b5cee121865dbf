"""English words that name a warship (`recognise.warships`): a navy's prefix before the ship's name ("USS George
Washington", "INS Godavari", "HMS Sheffield") or a kind of warship before it ("the frigate Navarinon")."""

# The prefixes navies write before a commissioned ship's name (the prefix is part of the name).
NAVY_PREFIXES = r"(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|ARA|TCG|PNS)"
# The kinds of warship that stand right before a ship's name, a common noun ("the frigate Navarinon"). Not "flagship":
# before a capitalised word it is a figure of speech more often than a ship ("its flagship Nairobi campus").
WARSHIP_KINDS = (r"(?:frigate|destroyer|corvette|cruiser|warship|submarine|battleship|aircraft[ \t]+carrier|"
                 r"gunboat|minesweeper|patrol[ \t]+boat|landing[ \t]+ship)")

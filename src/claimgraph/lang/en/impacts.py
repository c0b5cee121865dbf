"""The words of munitions falling on a place (`claimgraph.recognise.impacts`).

Shells, rockets and bombs are told where they come down ("Rebel shells landed in the town", "Rockets fired from Gaza
fell on Sderot"): the verb of coming down with a munition as its subject and a place after it is an attack on that
place, never a landing of armed men (`recognise.moves` reads "landed" as a deployment only without one).
"""

IMPACT_CLASS = "Attack"
# The verbs of coming down, their next word a way onto a place ("landed in", "fell on", "fell near").
IMPACT_VERBS = frozenset({"landed", "land", "lands", "fell", "falls", "fall"})
IMPACT_WAYS = frozenset({"in", "on", "near", "into", "onto", "inside", "around", "at"})
# What comes down: munitions, not the craft that carry them ("Soviet aircraft landed at Prague airport" is a
# deployment), heading their noun phrase ("Rocket debris fell in Florida" is no attack: the word qualifies "debris").
MUNITIONS = frozenset({"shell", "shells", "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "bomb",
                       "bombs", "projectile", "projectiles", "grenade", "grenades", "munitions"})
# ...which may qualify its rounds ("mortar rounds fell near the market"); a round alone is as often a vote's or a
# match's ("support in the second round fell in the north").
ROUNDS = frozenset({"round", "rounds"})
# A munition after "of" heads its phrase only after a count or a burst of fire ("dozens of shells", "a barrage of
# rockets"); after any other noun it is what that noun is of ("Prices of missiles fell in Russia").
MUNITION_OF = frozenset({"of"})
MUNITION_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "number", "couple", "handful", "barrage",
                             "barrages", "hail", "salvo", "salvoes", "salvos", "volley", "volleys", "rain", "shower"})

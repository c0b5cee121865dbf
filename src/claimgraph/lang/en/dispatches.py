"""The words of armed men sent somewhere (`claimgraph.recognise.dispatches`).

A state or a commander sends its forces by a verb whose object is the armed men: "Cuba sent 15,000 soldiers to
Ethiopia", "Tanzania sent its army across the border", "Libya airlifted troops to Kampala", "the president dispatched
two battalions to the frontier". The lexicon knows "sent troops" word for word; the object is as often counted, owned
or qualified ("sent its army", "sent American forces", "sent some 400 Marines"). The armed men are the object only
when nothing but a determiner, a count or a qualifier stands between the verb and them (SENT_GAP_STOPS ends the
phrase: "sent a letter to the troops", "sent food and medicine for soldiers" send no one), and they head their phrase
(not "sent army doctors"). A verb of ordering or rushing (DIRECTED) sends only with a way after the armed men
(SENT_WAYS: "ordered ten battalions to the frontier", "ordered 400 Marines ashore"), not a task ("ordered the troops
to withdraw", "ordered troops to fire": "to" before a base verb, SENT_NOT_TASKS); armed men sent back or home are
pulled out (SENT_BACK), no deployment.
"""

DISPATCH_CLASS = "Deployment"  # as the lexicon's "sent troops"
# Verbs whose object, armed men, is sent: the verb is the trigger (triggers.VERBS: a verb form, a new happening).
SENT = frozenset({"sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching",
                  "despatched", "despatch", "despatches", "despatching", "airlifted", "airlifting"})
DIRECTED = frozenset({"ordered", "ordering", "rushed", "rushing"})
# The verb forms that are a trigger's words only here (triggers.VERBS), and the lexicon's phrases of them ("sent
# troops": a verb too, its subject named before it); "ordered" is a ruling's verb too (acts_of_state.RULING_VERBS),
# read there as it is.
VERB_FORMS = SENT | frozenset({"rushed", "rushing", "sent troops", "send troops", "sending troops"})
# Who is sent, besides the lexicon's words of armed men (triggers.TROOPS, IRREGULARS): units and warships by their kind.
SENT_UNITS = frozenset({"battalion", "battalions", "brigade", "brigades", "division", "divisions", "regiment",
                        "regiments", "warships", "gunboats", "frigates", "destroyers", "reinforcements", "contingent",
                        "contingents", "paratroops", "armies", "squadrons"})
# "men" are armed men sent only after an owner or a count: "sent their men to serve", "sent 500 men" (not "sent men to
# the moon").
MEN = frozenset({"men"})
MEN_OWNERS = frozenset({"its", "their", "his", "our", "her"})
SENT_REACH = 4  # words from the verb to the armed men
# What ends the verb's object before armed men: a preposition, a conjunction, a relative (a thing sent to them, or
# another clause); "of" only after a count ("thousands of troops").
SENT_GAP_STOPS = frozenset({"to", "for", "in", "on", "at", "with", "by", "into", "from", "and", "or", "but", "that",
                            "which", "who", "as", "after", "before", "under", "against", "toward", "towards",
                            "across", "over", "through", "via"})
SENT_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores"})
OF = "of"  # ends the object but after a count ("thousands of troops"); after armed men, no noun they qualify
# The ways armed men go, right after them, that a verb of DIRECTED needs.
SENT_WAYS = frozenset({"to", "into", "across", "ashore", "toward", "towards", "onto", "north", "south", "east", "west",
                       "northward", "southward", "eastward", "westward", "forward"})
# After "to", a task, no place: "ordered the troops to withdraw".
SENT_NOT_TASKS = frozenset({"withdraw", "fire", "open", "attack", "leave", "stop", "hold", "stand", "cease", "return",
                            "retreat", "shoot", "surrender", "disarm", "lay", "remain", "stay", "prepare", "be",
                            "halt", "pull", "kill", "arrest", "clear", "disperse", "take", "go", "seize", "storm",
                            "advance", "move", "protect", "guard", "defend", "evacuate", "destroy", "search"})
SENT_BACK = frozenset({"home", "back"})
TO = "to"  # after the armed men a way, or a task's infinitive (SENT_NOT_TASKS)

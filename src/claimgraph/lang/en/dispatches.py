"""The words of armed men sent somewhere (`claimgraph.recognise.dispatches`).

A state or a commander sends its forces by a verb whose object is the armed men: "Cuba sent 15,000 soldiers to
Ethiopia", "Tanzania sent its army across the border", "Libya airlifted troops to Kampala", "the president dispatched
two battalions to the frontier". The lexicon knows "sent troops" word for word; the object is as often counted, owned
or qualified ("sent its army", "sent American forces", "sent some 400 Marines"). The armed men are the object only
when nothing but a determiner, a count or a qualifier stands between the verb and them (SENT_GAP_STOPS ends the
phrase: "sent a letter to the troops", "sent food and medicine for soldiers" send no one), and they head their phrase
(not "sent army doctors"). A verb of ordering or rushing (DIRECTED) sends only with a way after the armed men
(SENT_WAYS: "ordered ten battalions to the frontier", "ordered 400 Marines ashore"), not a task ("ordered the troops
to withdraw", "ordered troops to patrol the streets": after "to", neither a name nor SENT_PLACE_OPENERS); armed men
sent back or home are pulled out (SENT_BACK), no deployment; nor are the hurt, the dead or the captured carried
somewhere (SENT_HURT: "rushed the wounded soldiers to a field hospital", "airlifted injured troops to Nairobi"), nor
the armed men that own the object ("sent soldiers' families to safety": a possessive mark after them).
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
# After "to", a place opens with a name, a determiner or one of these ("to the frontier", "to Kabul", "to southern
# Lebanon"); any other lower-case word is a task, a verb's base ("ordered troops to withdraw", "to patrol the streets",
# "ordered 200 soldiers to appear before it").
SENT_PLACE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                                "those", "northern", "southern", "eastern", "western", "central", "border", "front"})
SENT_BACK = frozenset({"home", "back"})
# Armed men carried, not deployed, after one of these words: the hurt, the dead, the captured.
SENT_HURT = frozenset({"wounded", "injured", "sick", "dead", "dying", "fallen", "captured", "imprisoned", "disabled",
                       "maimed", "stranded", "released", "freed", "surrendered", "demobilised", "demobilized"})
# A possessive mark after armed men makes them the owner of the object, which is then what is sent: "sent the army's
# tanks to the capital"; "sent soldiers' families to safety" sends no armed men.
SENT_OWNER_MARKS = frozenset({"'", "'s", "\u2019", "\u2019s"})
TO = "to"  # after the armed men a way, or a task's infinitive unless a place opens after it (SENT_PLACE_OPENERS)

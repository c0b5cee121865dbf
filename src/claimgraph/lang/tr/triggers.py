"""Event and agreement words in Turkish."""

# class -> the stems that name it
LEXICON = {
    "War": ('savaş',),
    "Offensive": ('taarruz',),
    "Attack": ('saldırı',),
    "Clash": ('çatışma',),
    "Blockade": ('abluka',),
    "Occupation": ('tarafından işgal',),
    "Mobilisation": ('seferberlik',),
    "MartialLaw": ('sıkıyönetim',),
    "Signing": ('imzalandı', 'imzaladı', 'imzalanan'),
    "Killing": ('katliam',),
    "Negotiation": ('müzakere',),
    "Referendum": ('referandum',),
    "Ceasefire": ('ateşkes',),
    "Agreement": ('mutabakat', 'anlaşma'),
    "Treaty": ('antlaşma',),
}
# The stems that take suffixes ("savaşın", "saldırılarda"); the verb forms above are whole words.
STEMS = frozenset({"savaş", "taarruz", "saldırı", "çatışma", "abluka", "işgal", "seferberlik",
                   "sıkıyönetim", "ateşkes", "mutabakat", "anlaşma", "antlaşma", "katliam", "müzakere"})
VERBS = frozenset({"imzalandı", "imzaladı"})

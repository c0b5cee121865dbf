"""Coreference in Turkish: the words that make a mention point back ("bu savaş", this war) or
name a new one ("yeni bir saldırı", a new attack)."""

DEFINITE = {"bu", "o"}
DETERMINERS = DEFINITE
NEW = {"yeni", "ikinci"}

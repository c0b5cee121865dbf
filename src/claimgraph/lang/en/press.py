"""English words of a press review's and a monitoring digest's layout (`recognise.press`): the paper's or the
broadcaster's name opens each entry, then what it is and when it spoke."""

from .names import LANGUAGES as _LANGUAGES

# What a paper is, the last words in the brackets after its name in a press review, two words of what kind before it
# at most: "Le Soleil (Dakar, government daily)", "Horizons (Nouakchott, state daily)", "Al-Ahram (Cairo,
# semi-official newspaper)"; not "Yasser Arafat (interview with the daily Al-Quds)", "(speaking to a weekly paper)".
PAPER_KIND = (r"(?:[\w’'\-]+[ \t]+){0,2}(?i:daily|dailies|weekly|fortnightly|monthly|newspaper|paper|tabloid|"
              r"magazine|news[ \t]+agency|journal|gazette|organ)")
# The day a paper spoke, after the brackets ("Wal Fadjri (Dakar), Friday,"): then the brackets hold its town only.
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# What a broadcaster is, after its town's name in a monitoring digest's heading: "Algiers home service in French 1900
# gmt 28 Oct 63:", "Rabat radio in Arabic 1200 gmt", "Cairo Voice of the Arabs" is named whole elsewhere.
BROADCAST_KINDS = r"(?:home[ \t]+service|radio|television|TV|external[ \t]+service)"
# The hour a monitoring digest gives a broadcast: "1900 gmt", "0630 GMT".
BROADCAST_TIME = r"[0-2][0-9][0-5][0-9][ \t]+(?i:gmt|utc)\b"
# A broadcast's language between its source and its hour: "in French", "in Arabic for abroad"; a language's name, no
# town's ("Strikes in Gaza 0200 GMT:" names no broadcaster).
BROADCAST_LANGUAGE = rf"in[ \t]+(?:{'|'.join(sorted(_LANGUAGES))})(?:[ \t]+(?:for|to)[ \t]+[a-z]+)?"
# The label of one town's broadcasts, whatever its service or language: "Algiers home service" is Radio Algiers.
BROADCASTER_LABEL = "Radio {town}"

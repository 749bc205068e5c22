"""The article "d." written short before a noun: "mit 52 % d. Stimmen" -> "der Stimmen",
"Mitglied d. Bundestages" -> "des Bundestages", "Friedrich d. Große" -> "der Große";
"Neustadt a. d. Weinstraße" -> "an der Weinstraße".

A genitive's "-es" or "-s" asks for "des"; every other noun takes "der", the genitive plural's,
the feminine's and a name's epithet's article. "d. h.", "d. J." and "d. Ä.", whose second part
is no noun, are left to the abbreviations.
"""

from __future__ import annotations

import re

# A place's river or region after "a. d.", "o. d.", "i. d." ("Neustadt a. d. Weinstraße",
# "Rothenburg o. d. Tauber"): the preposition before the article is written short too.
_PREPOSITIONS = {"a": "an", "o": "ob", "i": "in"}
_SHORT_ARTICLE = re.compile(
    r"(?<![\w.])(?:(?P<preposition>[aoi])\. )?d\. "
    r"(?=(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})(?!\w|\.\w))"
)
HINT = re.compile(r"d\. ")


def read_short_articles(text: str) -> str:
    """Say "d." before a noun as its article: "d. Stimmen" -> "der Stimmen"."""

    def say(match: re.Match[str]) -> str:
        if match["preposition"]:
            return f"{_PREPOSITIONS[match['preposition']]} der "
        return "des " if match["noun"].endswith("s") else "der "

    return _SHORT_ARTICLE.sub(say, text)

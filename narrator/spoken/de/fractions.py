"""Fractions in German.

- "1/4" -> "ein viertel"; "3/8" -> "drei achtel"; "1/22" -> "ein zwei und zwanzigstel";
  "1/100" -> "ein hundertstel", "3/1000" -> "drei tausendstel"
- "1/2" -> "ein halb", "4/2" -> "vier halbe"; "1 1/2" -> "ein ein halb"; "½" -> "ein halb"
- after an article, its one: "ein 1/4 Jahrhundert" -> "ein viertel Jahrhundert", "eine 1/2
  Stunde" -> "eine halbe Stunde"
- a season, a year and the next one's last digits: "2024/25" -> "zwei tausend vier und zwanzig
  fünf und zwanzig"
"""

from __future__ import annotations

import re

from narrator.spoken.common.digit_fractions import FRACTION, HINT, with_glyphs_written_out
from narrator.spoken.common.seasons import is_season
from narrator.spoken.de.numbers import cardinal, counted, ordinal, year
from narrator.spoken.tables import read_table

_ARTICLE_BEFORE = re.compile(r"\b(?i:(ein|eine|einem|einen|einer|eines))\s$")
_HALF = {"ein": "halbes", "eine": "halbe", "eines": "halben", "einem": "halben",
         "einen": "halben", "einer": "halben"}  # fmt: skip


def fraction(numerator: int, denominator: int) -> str:
    """A fraction: (3, 4) -> "drei viertel", (1, 2) -> "ein halb"."""
    said = counted(numerator)
    if denominator == 2:
        return f"{said} {'halb' if numerator == 1 else 'halbe'}"
    *words, last = ordinal(denominator, "").split()
    if words[:1] == ["ein"]:  # "1/100" -> "ein hundertstel", not "ein ein hundertstel"
        words = words[1:]
    return " ".join([said, *words, last + "el"])


_NEXT_WORD = re.compile(r"\s(\w+)")
_UNIT_GENDER = {row[0]: row[3] for row in read_table("de", "units")}
_UNIT_GENDER |= {row[1]: row[3] for row in read_table("de", "units")}


def _half(article: str, match: re.Match[str]) -> str:
    """ "halb" declined after the article: "eine halbe Stunde", "ein halber Liter", "ein halbes
    Jahr" (a noun not in the units table is taken for a neuter)."""
    if article.lower() != "ein":
        return _HALF[article.lower()]
    word = _NEXT_WORD.match(match.string, match.end())
    gender = _UNIT_GENDER.get(word.group(1), "n") if word else "n"
    return "halber" if gender == "m" else "halbes"


def read_fractions(text: str) -> str:
    """Read fractions: "1/4" -> "ein viertel", "1 1/2" -> "ein ein halb"."""
    text = with_glyphs_written_out(text)

    def say(match: re.Match[str]) -> str:
        numerator, denominator = int(match["num"]), int(match["den"])
        if not match["whole"] and is_season(match["num"], match["den"]):
            return f"{year(numerator)} {cardinal(denominator)}"
        said = fraction(numerator, denominator)
        article = _ARTICLE_BEFORE.search(match.string, 0, match.start())
        if numerator == 1 and not match["whole"] and article:
            # "ein 1/4 Jahrhundert", "eine 1/2 Stunde": the article says the one
            said = said.split(" ", 1)[1] if denominator != 2 else _half(article.group(1), match)
        if match["whole"]:
            said = f"{counted(int(match['whole']))} {said}"
        return ("minus " if match["sign"] else "") + said

    return FRACTION.sub(say, text)


__all__ = ["HINT", "cardinal", "fraction", "read_fractions"]

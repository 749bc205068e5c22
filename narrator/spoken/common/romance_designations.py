"""A law's or a file's number and year joined by a slash, which no one reads as a fraction.

- "a Lei 13.709/2018" -> "13.709 barra 2018" (pt), "la legge 190/2012" -> "190 del 2012" (it),
  "la Ley Orgánica 3/2018" -> "3, 2018" (es, a pause for the slash, as its references say
  it): the numbers are read later, as numbers
- after a word of the kind ("ley", "decreto", "lei", "legge"...) any number and year, the year
  perhaps in two digits ("la Ley 30/92"); a year first too ("el Reglamento (UE) 2016/679")
- without such a word, a number over a four-digit year of the last two centuries ("12/2018"),
  which as a fraction would be thousandths no one counts; "1/2000" stays a fraction, and
  "2023/2024" is a season's two years
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from narrator.spoken.common.seasons import is_season

_PAIR = r"(?P<a>\d{1,3}(?:\.\d{3})+|\d+)/(?P<b>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)"
_YEAR_UNDER = re.compile(rf"(?<![\w.,/-]){_PAIR}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What may stand between a law's word and its number: "Orgánica", "(UE)", "nº", "n.", "núm.".
_BETWEEN = (
    r"(?:\s+(?:[A-ZÁÉÍÓÚ][a-záéíóúç]+|\([A-Z]{2,3}\)|n\.?\s?[º°o]\.?|n\.|núm\.|número|numero))*"
    r"\s+"
)


def designation_reader(words: Iterable[str], joined_by: str) -> Callable[[str], str]:
    """A rule writing a designation's slash as ``joined_by`` ("barra", "del", ",") after one of
    ``words`` (any case; "Orgánica", "(UE)", "nº", "n." may stand between) or over a year, so
    that numbers read its parts."""
    names = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    after_name = re.compile(rf"(?i:(?<!\w)(?:{names})){_BETWEEN}{_PAIR}")

    between = joined_by if not joined_by.isalpha() else f" {joined_by}"

    def join(match: re.Match[str]) -> str:
        return f"{match['a']}{between} {match['b']}"

    def over_year(match: re.Match[str]) -> str:
        year = match["b"]
        if not _YEAR.fullmatch(year) or (match["a"] == "1" and year.endswith("00")):
            return match.group(0)
        if is_season(match["a"], year):
            return match.group(0)  # "2023/2024", a season's two years: the fractions say it
        return join(match)

    def read_designations(text: str) -> str:
        """Write a law's number and year, "3/2018", as numbers joined by a word."""
        if "/" not in text:
            return text
        text = after_name.sub(lambda m: m.group(0)[: m.start("a") - m.start()] + join(m), text)
        return _YEAR_UNDER.sub(over_year, text)

    return read_designations

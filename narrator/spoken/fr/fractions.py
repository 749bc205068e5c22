"""Fractions in French.

- "1/2" -> "un demi"; "1 1/2" -> "un et demi"; "1/3" -> "un tiers"; "3/4" -> "trois quarts"
- "1/6" -> "un sixième"; "4 2/4" -> "quatre et deux quarts"; "5/8" -> "cinq huitièmes"
- a season: "2024/25" -> "deux mille vingt-quatre vingt-cinq"
- a tournament's round: "les 1/4 de finale" -> "les quarts de finale", "la 1/2 finale" -> "la
  demi-finale"
"""

from __future__ import annotations

import re

from narrator.spoken.common.digit_fractions import FRACTION, HINT, with_glyphs_written_out
from narrator.spoken.common.knockout_rounds import round_reader
from narrator.spoken.common.seasons import is_season
from narrator.spoken.fr.numbers import cardinal, ordinal

__all__ = ["HINT", "fraction", "read_fractions"]

_NAMED = {2: "demi", 3: "tiers", 4: "quart"}


def fraction(numerator: int, denominator: int, after_whole: bool = False) -> str:
    """A fraction: (3, 4) -> "trois quarts", (1, 2) -> "un demi" ("demi" after a whole)."""
    if denominator == 2 and numerator == 1 and after_whole:
        return "demi"
    name = _NAMED.get(denominator) or ordinal(denominator)
    plural = "s" if numerator > 1 and not name.endswith("s") else ""
    return f"{cardinal(numerator)} {name}{plural}"


# A round of a tournament written as a fraction: "les 1/4 de finale" -> "les quarts de finale".
_ROUNDS = {4: "quart", 8: "huitième", 16: "seizième", 32: "trente-deuxième"}
_PLURAL_WORDS = frozenset({"les", "des", "aux", "ses", "leurs", "nos", "vos", "ces"})


def _round_name(denominator: int, word_before: str) -> str | None:
    name = _ROUNDS.get(denominator)
    return None if name is None else name + ("s" if word_before in _PLURAL_WORDS else "")


_read_rounds = round_reader(_round_name, "de finale", "demi-", "finale")


def read_fractions(text: str) -> str:
    """Read fractions: "1/4" -> "un quart", "1 1/2" -> "un et demi", "les 1/4 de finale" ->
    "les quarts de finale"."""
    text = _read_rounds(with_glyphs_written_out(text))

    def say(match: re.Match[str]) -> str:
        whole = match["whole"]
        if not whole and is_season(match["num"], match["den"]):
            return f"{cardinal(int(match['num']))} {cardinal(int(match['den']))}"
        said = fraction(int(match["num"]), int(match["den"]), bool(whole))
        if whole:
            said = f"{cardinal(int(whole))} et {said}"
        return ("moins " if match["sign"] else "") + said

    return FRACTION.sub(say, text)

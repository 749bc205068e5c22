"""Carats of a gem and karats of gold, written short after their number where jewels are
spoken of.

- "a 2 ct. diamond" -> "a two carat diamond"; "rubies of 3.5 cts" -> "three point five carats";
  "1.25 ctw" -> "one point two five carats total weight"
- "an 18 kt gold ring", "a 14k gold chain", "18K white gold" -> "eighteen karat gold", ...
- elsewhere "ct" and "kt" are left to the rules after ("a 100 ct bottle" is a count, "14k
  fans" fourteen thousand)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal, decimal

_CARATS = re.compile(r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>ct|cts|ctw|tcw|CT|CTW)\b\.?")
_GEM_WORDS = re.compile(
    r"(?i:\b(?:diamonds?|rub(?:y|ies)|sapphires?|emeralds?|gems?|gemstones?|stones?|rings?|"
    r"necklaces?|earrings?|pendants?|jewel\w*|pearls?|topaz|tanzanite|solitaire|brilliant)\b)"
)
_GEM_AFTER = re.compile(r"\s(?:[a-z]+\s)?(?i:diamond|ruby|sapphire|emerald|gem\w*|stone|solitaire)")
_KARATS = re.compile(
    r"(?<![\w.,])(?P<num>[89]|1\d|2[0-4])\s?(?:k|K|kt|KT|ct)\b\.?"
    r"(?=\s(?:(?:white|yellow|rose|solid|pure)\s)?(?i:gold)\b)"
)
# Between a determiner and a noun the weight is an adjective: "a 3 ct. ring".
_DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|this|that|his|her|their|its)\s$")
_NOUN_AFTER = re.compile(r"\.?\s(?!of\b|and\b|or\b)[a-z]{3,}\b")
HINT = re.compile(r"\d\s?(?:ct|cts|ctw|tcw|CT|CTW|k|K|kt|KT)\b")


def _say_carats(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if not _GEM_WORDS.search(text, max(0, start - 60), end + 60):
        return match.group(0)
    number = decimal(match["num"])
    if match["unit"].lower() in ("ctw", "tcw"):
        return f"{number} carats total weight"
    before_a_gem = _GEM_AFTER.match(text, end) is not None or (
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None
        and _NOUN_AFTER.match(text, end) is not None
    )
    one = before_a_gem or match["num"] == "1"
    # The point of "ct." that ends a sentence is its full stop too.
    return f"{number} {'carat' if one else 'carats'}{stop_after(match)}"


def read_gem_weights(text: str) -> str:
    """ "a 2 ct. diamond" -> "a two carat diamond"; "a 14k gold chain" -> "a fourteen karat
    gold chain"."""
    text = _KARATS.sub(lambda match: f"{cardinal(int(match['num']))} karat", text)
    return _CARATS.sub(_say_carats, text)

"""Ranges in French: a dash between two numbers is "à" (see `narrator.spoken.common.ranges`).

- "10-15 %" -> "10 à 15 %", "1990-2000" -> "1990 à 2000", "p. 12-14" -> "page 12 à 14"
- after a word of a game's result two small numbers are a score, said at once, each a
  count: "s'est imposé 3-1 face à Lyon" -> "trois à un face à Lyon" (not "une" before "face")
- two years in a row after a season's word are one season, no range: "la saison 2023-2024"
  -> "la saison 2023, 2024" (a pause, as "l'année scolaire 2024-2025" is said)
"""

from __future__ import annotations

import re

from narrator.spoken.common.ranges import HINT, range_reader
from narrator.spoken.fr.numbers import cardinal

__all__ = ["HINT", "read_ranges"]

_read_ranges = range_reader("à")
# A hyphen between an article's numbers is its code's, no range: "l'art. 222-7 du Code pénal"
# -> "deux cent vingt-deux tiret sept".
_CODE_ARTICLE = re.compile(
    r"(?P<before>\b(?i:art\.|article|articles|arts\.) [LRD]?\.?\s?)"
    r"(?P<number>\d{1,4})-(?P<part>\d{1,3})(?![\d,-]|\.\d)"
)
_SEASON = re.compile(
    r"(?i:\b(?:saisons?|scolaires?|universitaires?|exercices?|campagnes?)\s)"
    r"(?P<first>(?:19|20)\d\d)\s?[-–]\s?(?P<last>(?:19|20)\d\d)\b"
)


def _season(match: re.Match[str]) -> str:
    first, last = match["first"], match["last"]
    if int(last) != int(first) + 1:
        return match.group(0)
    return match.group(0)[: match.start("first") - match.start()] + f"{first}, {last}"


_SCORE = re.compile(
    r"(?i:\b(?:imposée?s?|gagnée?s?|gagne|battue?s?|bat|victoire|défaite|score|mène|menait|"
    r"emporté|l'emporte|vainqueurs?|battus|s'impose|remporté|perdu|match nul)\b)"
    r"(?P<between>\W+(?:[\w'’-]+\W+){0,4}?)(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d-])"
)


def _score(match: re.Match[str]) -> str:
    said = f"{cardinal(int(match['a']))} à {cardinal(int(match['b']))}"
    return match.group(0)[: match.start("a") - match.start()] + said


def read_ranges(text: str) -> str:
    """Read a dash between numbers as "à" ("12-14" -> "12 à 14"), a game's score at once
    ("imposé 3-1" -> "trois à un"), but for a season's two years ("la saison 2023-2024") and
    a code's article ("l'art. 222-7" -> "222 tiret 7")."""
    if "-" in text:
        text = _SCORE.sub(_score, text)
        text = _CODE_ARTICLE.sub(r"\g<before>\g<number> tiret \g<part>", text)
    return _read_ranges(_SEASON.sub(_season, text))

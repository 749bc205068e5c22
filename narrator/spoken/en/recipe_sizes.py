"""The sizes of what a recipe counts, written short after its number: "2 lg. eggs" -> "2
large eggs", "3 sm. potatoes", "½ lge. lemon", "1 med. onion, chopped" -> "1 medium onion".
Only after a number and before a word in small letters; "med." only where the line is a
recipe's (a kitchen's measure or a cook's word is in it): "3 med. centers" are medical.
So a spoon written short after a cook's word of how full it is: "2 level tsp. of baking
powder" -> "2 level teaspoons", "1 heaped tbsp." -> "1 heaped tablespoon" (the measures read
a unit only straight after its number).
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

_SIZES = {"lg": "large", "lge": "large", "med": "medium", "sm": "small"}
_SIZE = re.compile(r"(?<=[\d\u00bc-\u00be\u2153-\u215e] )(?P<size>lg|lge|med|sm)\.?(?= [a-z]{3,})")
_KITCHEN = re.compile(
    r"\b(?:cups?|c\.|tbsp|tsp|tablespoons?|teaspoons?|oz|lbs?|pinch|cloves?|cans?|lg|sm|"
    r"chopped|diced|minced|sliced|peeled|grated|juiced)\b"
)
_SPOONS = {"tsp": "teaspoon", "tbsp": "tablespoon", "tbs": "tablespoon", "dsp": "dessertspoon"}
_FULL_SPOON = re.compile(
    r"(?<=[\d\u00bc-\u00be\u2153-\u215e] )(?P<how>level|heaped|heaping|rounded|scant|generous) "
    r"(?P<spoon>(?i:tsp|tbsp|tbs|dsp))s?\.?(?=[\s,;:)]|$)"
)
# One, or a part of one, takes one spoon: "1 level tsp.", "½ level tsp."
_ONE_BEFORE = re.compile(r"(?:^|[^\d])(?:1|[\u00bc-\u00be\u2153-\u215e]) $")
HINT = re.compile(
    r"[\d\u00bc-\u00be\u2153-\u215e] (?:(?:lg|lge|med|sm)\b|(?:level|heaped|heaping|rounded|"
    r"scant|generous) )"
)


def _say_size(match: re.Match[str]) -> str:
    size = match["size"]
    if size == "med":
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        line_end = match.string.find("\n", match.end())
        line = match.string[line_start : None if line_end < 0 else line_end]
        if not _KITCHEN.search(line):
            return match.group(0)
    return _SIZES[size]


def _say_full_spoon(match: re.Match[str]) -> str:
    spoon = _SPOONS[match["spoon"].lower()]
    one = _ONE_BEFORE.search(match.string, max(0, match.start() - 3), match.start())
    return f"{match['how']} {spoon}{'' if one else 's'}" + stop_after(match)


def read_recipe_sizes(text: str) -> str:
    """ "2 lg. eggs" -> "2 large eggs"; "2 level tsp." -> "2 level teaspoons"."""
    return _FULL_SPOON.sub(_say_full_spoon, _SIZE.sub(_say_size, text))

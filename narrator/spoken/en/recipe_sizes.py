"""The sizes of what a recipe counts, written short after its number: "2 lg. eggs" -> "2
large eggs", "3 sm. potatoes", "½ lge. lemon", "1 med. onion, chopped" -> "1 medium onion".
Only after a number and before a word in small letters; "med." only where the line is a
recipe's (a kitchen's measure or a cook's word is in it): "3 med. centers" are medical.
"""

from __future__ import annotations

import re

_SIZES = {"lg": "large", "lge": "large", "med": "medium", "sm": "small"}
_SIZE = re.compile(r"(?<=[\d\u00bc-\u00be\u2153-\u215e] )(?P<size>lg|lge|med|sm)\.?(?= [a-z]{3,})")
_KITCHEN = re.compile(
    r"\b(?:cups?|c\.|tbsp|tsp|tablespoons?|teaspoons?|oz|lbs?|pinch|cloves?|cans?|lg|sm|"
    r"chopped|diced|minced|sliced|peeled|grated|juiced)\b"
)
HINT = re.compile(r"[\d\u00bc-\u00be\u2153-\u215e] (?:lg|lge|med|sm)\b")


def _say_size(match: re.Match[str]) -> str:
    size = match["size"]
    if size == "med":
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        line_end = match.string.find("\n", match.end())
        line = match.string[line_start : None if line_end < 0 else line_end]
        if not _KITCHEN.search(line):
            return match.group(0)
    return _SIZES[size]


def read_recipe_sizes(text: str) -> str:
    """ "2 lg. eggs" -> "2 large eggs"."""
    return _SIZE.sub(_say_size, text)

"""Roman numerals in German: centuries and rulers.

- "XIX. Jahrhundert" -> "neunzehntes Jahrhundert"; "im 19. Jh." is the ordinals' work
- "im II. Quartal" -> "im zweiten Quartal": a numeral with its full stop before a noun
- "Ludwig XIV." and "Ludwig XIV" -> "Ludwig der Vierzehnte"; after a woman's name (in "-a",
  or one listed) a queen's: "Elisabeth II." -> "Elisabeth die Zweite"
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL, roman_value
from narrator.spoken.de.numbers import ending_after, ordinal

HINT = re.compile(r"\b[IVXLCDM]+\b")
_CENTURY = re.compile(rf"\b(?P<r>{NUMERAL})\.?\s+(?P<noun>Jahrhunderts?|Jh\.|Jhd\.)")
_RULER = re.compile(rf"(?<=[a-zäöüß])(?P<space>\s+)(?P<r>{NUMERAL})\b\.?(?!\w)")
_NAME_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+$")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# Queens' names not in "-a"; a name in "-a" is taken for a woman's ("Katharina II.").
_QUEENS = frozenset({"Elisabeth", "Beatrix", "Margrethe", "Margarethe", "Isabel", "Mathilde",
                     "Wilhelmine", "Elizabeth"})  # fmt: skip
# A numeral with its full stop before a noun: "im II. Quartal" -> "im zweiten Quartal".
_BEFORE_NOUN = re.compile(
    rf"(?:^|(?<=\w )|(?<=\n))(?P<r>{NUMERAL})\.\s+(?=[A-ZÄÖÜ][a-zäöüß])", re.MULTILINE
)


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: "XIX. Jahrhundert" -> "neunzehntes Jahrhundert", "Ludwig XIV."
    -> "Ludwig der Vierzehnte"."""

    def century(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None:
            return match.group(0)
        ending = ending_after(match.string[: match.start()])
        noun = "Jahrhunderts" if match["noun"] == "Jahrhunderts" else "Jahrhundert"
        return f"{ordinal(value, 'es' if ending == 'er' else ending)} {noun}"

    def ruler(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        if value is None or (value == 1 and not match.group(0).endswith(".")):
            return match.group(0)
        name = _NAME_BEFORE.search(match.string, 0, match.start())
        if not name:
            return match.group(0)
        queen = name.group(0).endswith("a") or name.group(0) in _QUEENS
        return f" {'die' if queen else 'der'} {ordinal(value, 'e').capitalize()}"

    def before_noun(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        before = match.string[: match.start()]
        word = _LAST_WORD.search(before)
        is_article = bool(word) and ending_after(before) != "er"
        if value is None or (word and word.group(1)[0].isupper() and not is_article):
            return match.group(0)  # "Papst Benedikt XVI. Der ...": a ruler's
        if len(match["r"]) == 1 and not is_article:
            return match.group(0)  # "I. Kant": an initial
        return f"{ordinal(value, ending_after(before))} "

    text = _BEFORE_NOUN.sub(before_noun, _CENTURY.sub(century, text))
    return _RULER.sub(ruler, text)

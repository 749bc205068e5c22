"""A unit written short with an article for its number, before "of" and what it measures:
"A pt of beer costs £6" -> "A pint of beer", "an oz of gold", "a lb. of butter", "one tsp of
salt", "half a gal of milk" -> "... ounce ...", "... pound ...", "... teaspoon ...",
"... gallon ...". The measures read a unit only after a figure. So after "every", "each" or
"per", as old recipes write them ("1 oz. of butter to every lb. of flour", "to each qt. of
milk"), and after a word of a few, in the plural ("a few oz. of suet", "several lbs. of
flour" -> "a few ounces", "several pounds").

Only before "of" and a word in small letters that is no pronoun: "a pt of Dr. Lee's" and "a
pt of mine" are a patient's, and so is "a pt of the clinic".
"""

from __future__ import annotations

import re

from narrator.spoken.en.unit_names import UNITS

_SHORT = ("pt", "qt", "gal", "lb", "oz", "tsp", "tbsp", "kg", "cwt")
_PLURALS = {f"{unit}s": unit for unit in ("pt", "qt", "gal", "lb", "oz", "cwt")}
_FEW = ("a few", "several", "some", "many")
_ARTICLE_UNIT = re.compile(
    r"\b(?P<article>(?i:a|an|one|half a|half an|every|each|per|"
    + "|".join(_FEW)
    + r"))\s(?P<unit>"
    + "|".join((*_PLURALS, *_SHORT))
    + r")\.?(?=\sof\s(?!(?:mine|yours|his|hers|ours|theirs|my|your|our|their|him|her|them|the|"
    r"this|that)\b)[a-z])"
)


def _say_unit(match: re.Match[str]) -> str:
    unit = _PLURALS.get(match["unit"], match["unit"])
    if match["article"].lower() in _FEW:
        return f"{match['article']} {UNITS[unit][1]}"  # "a few oz." -> "a few ounces"
    if unit != match["unit"]:
        return match.group(0)  # "a lbs. of": no such measure
    name = UNITS[unit][0]
    words = match["article"].split(" ")
    if words[-1].lower() in ("a", "an"):  # "an oz" -> "an ounce", "an lb" -> "a pound"
        article = "an" if name[0] in "aeiou" else "a"
        words[-1] = article.capitalize() if words[-1][0].isupper() else article
    return f"{' '.join(words)} {name}"


def read_article_units(text: str) -> str:
    """Read a unit written short after an article, before "of": "a pt of beer" -> "a pint
    of beer"."""
    return _ARTICLE_UNIT.sub(_say_unit, text)


# The unit's letters first: the regex engine finds a literal quickly.
HINT = re.compile(r" (?:" + "|".join(_SHORT) + r")s?\.? of ")

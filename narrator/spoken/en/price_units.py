"""A price's unit, said after the price has been read by `narrator.spoken.en.money`: "$4 per
lb", "9d. every lb." -> "four dollars per pound", "ninepence every pound"; "$9.99 ea." ->
"... each"; cents glued to their figure where a price is meant: "20c a dozen" -> "twenty cents a
dozen".
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.en.unit_names import per_name

# Cents glued as "c" after a word of price ("sold for 5c", "cost 50c each"), as a price of a
# unit ("20c a dozen", "3c per litre") or beside a sum of money ("fell 20c to $4.10"); "Grade
# 5c" stays; dotted, "5c.", they are read by `imperial`.
_GLUED_CENTS = re.compile(r"(?<![\w.,/$£€-])(?P<amt>[1-9]\d?)c(?:\.(?!\w)|(?=[\s,;!?)]|$))")
_PRICED_BEFORE = re.compile(
    r"(?i:\b(?:cost|costs|costing|for|at|sold|paid|pay|price|priced|fare|worth|only|just|"
    r"charged?|charges|gives?|gave|giving|earns?|earned|saves?|saved))\s+$"
)
# A change in price after a verb of changing, where a price is spoken of: "Shares rose 5c",
# "Petrol fell 3c a litre" ("The temperature rose 5c" is no price).
_CHANGED_BEFORE = re.compile(
    r"(?i:\b(?:rose|fell|up|down|gained|lost|added|shed|slipped|dropped|climbed|jumped))\s+$"
)
_PRICE_AROUND = re.compile(
    r"(?i:shares?|stocks?|price|petrol|fuel|gasoline|diesel|fare|cost|litre|liter|gallon|"
    r"traded|trading|closed|[$€£])"
)
# A coin, a stamp or a change in price named by its cents: "a 20c coin" -> "a twenty cent
# coin", as "a five-dollar bill" (the amount qualifies the noun, singular).
_MONEY_NOUN_AFTER = re.compile(
    r"[- ](?:coins?|pieces?|stamps?|bits?|rise|increase|cut|drop|fall|hike|discount)\b"
)
_PER_UNIT_AFTER = re.compile(r"\s(?:a|an|per|each|apiece)\s[a-z]")
_SUM_NEARBY = re.compile(r"\b(?:dollars?|cents)\b")


def _say_glued_cents(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    qualifying = _MONEY_NOUN_AFTER.match(text, end)
    if not (
        qualifying
        or _PRICED_BEFORE.search(text, max(0, start - 10), start)
        or (
            _CHANGED_BEFORE.search(text, max(0, start - 10), start)
            and _PRICE_AROUND.search(text, max(0, start - 60), end + 30)
        )
        or _PER_UNIT_AFTER.match(text, end)
        or _SUM_NEARBY.search(text, max(0, start - 40), min(len(text), end + 40))
    ):
        return match.group(0)
    cents = int(match["amt"])
    # Old books dot the "c." ("20c. a dozen"): the point ends the sentence only where one ends.
    cent = "cent" if cents == 1 or qualifying else "cents"
    return f"{cardinal(cents)} {cent}{stop_after(match)}"


def read_glued_cents(text: str) -> str:
    """Read cents glued to their figure as "c" where a price is meant: "Eggs were 20c a
    dozen" -> "twenty cents a dozen"; "Grade 5c" stays."""
    if "c " in text or "c," in text or "c." in text or "c!" in text or text.endswith("c"):
        return _GLUED_CENTS.sub(_say_glued_cents, text)
    return text


# A unit's symbol after a price and "per", "a", "an" or "every" is the unit's name: "24.5p per
# kWh", "$4 per lb", "$2.50 a lb", "$2,000 an oz." -> "... pence per kilowatt hour", "...
# dollars per pound", "... a pound", "... an ounce" (the measures read a symbol only after a
# number); a precious metal's "per troy oz." -> "per troy ounce"; "$40 per cu. yd" -> "per
# cubic yard".
_PRICE_PER_SYMBOL = re.compile(
    r"\b(?P<head>(?:dollars?|cents?|pounds?|[a-z]*pence|[a-z]*penny|farthings?|shillings?|"
    r"guineas?|euros?|yen|rupees?) (?:per|a|an|the|every|each|for every|for each) (?:troy )?)"
    r"(?P<unit>(?:sq|cu)\.? [a-z]{1,2}|[A-Za-zµμ]{1,5}[23²³]?)\b(?![.'’-]?\w)"
    r"(?P<dot>\.(?=[,;:)]|\s+[a-z]))?"
)
# "ea." after a price is "each", as shops' lists write it: "$9.99 ea." -> "... cents each".
_EACH = re.compile(
    r"\b(?P<head>(?:dollars?|cents?|pounds?|[a-z]*pence|[a-z]*penny|farthings?|shillings?|"
    r"euros?) )ea\.?(?!\w)"
)
_PRICE_WORDS = (
    "dollar",
    "cent",
    "pound",
    "pence",
    "penny",
    "euro",
    "yen",
    "rupee",
    "shilling",
    "farthing",
)
_NOT_SYMBOLS = frozenset({"a", "I", "in", "am", "pm", "at", "A"})


def _say_price_per_symbol(match: re.Match[str]) -> str:
    name = per_name(match["unit"])
    if name == match["unit"] or match["unit"] in _NOT_SYMBOLS:
        return match.group(0)
    return match["head"] + name


def read_price_units(text: str) -> str:
    """ "four dollars per lb" -> "four dollars per pound"; "nine dollars ninety-nine cents
    ea." -> "... cents each"."""
    if (" per " in text or " a" in text or " the " in text or " e" in text) and any(
        word in text for word in _PRICE_WORDS
    ):
        text = _PRICE_PER_SYMBOL.sub(_say_price_per_symbol, text)
    if " ea" in text:
        text = _EACH.sub(lambda m: f"{m['head']}each{stop_after(m)}", text)
    return text

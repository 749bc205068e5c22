"""Measures, units and percentages in Russian: the unit after the number, agreeing with it.

- "12 кг" -> "двенадцать килограм", "3,2 л" -> "три целых две десятых литра", "15 %" ->
  "пятнадцать процентов", "-5 °C" -> "минус пять градусов Цельсия"
- "3 км/ч" -> "три километра в час", "4 кг/м²" -> "четыре килограма в квадратном метре"
  ("в" for "per", as the references read it)
- "в 300 км от Москвы" -> "в трехстах километрах от Москвы": a distance from a place, in
  the prepositional
- a unit written as a symbol alone is read in the nominative: "м²" -> "квадратный метр", "%"
  -> "процент"; a unit of letters alone ("м", "с") is a word or a letter, and is left be;
  "с" after a number is a second only where no word follows ("за 4 с." -> "за четыре
  секунды", "4 с половиной" stays)
- the kilogram and gram are spelled with one "м", as the references spell them (espeak-ng says
  "килограм" and "килограмм" alike)
"""

from __future__ import annotations

import re

from narrator.spoken.common.dimensions import times_sign_reader
from narrator.spoken.ru.collectives import read_days
from narrator.spoken.ru.counted import counted
from narrator.spoken.ru.numbers import (
    NUM,
    START,
    case_after,
    case_word,
    decimal,
    ends_sentence,
    is_fraction,
    whole,
)
from narrator.spoken.tables import read_table

_UNITS = {row[0]: row[1:] for row in read_table("ru", "units")}
# "с" is a second only where no word follows it ("за 4 с."), never "4 с половиной".
_UNIT = "|".join(
    re.escape(u) + (r"(?=\s*(?:[.,;:!?)]|$))" if u == "с" else "")
    for u in sorted(_UNITS, key=len, reverse=True)
)
_MEASURE = re.compile(
    # a range's first number, read in the case of the second: "в 5–7 км от" -> "в пяти-семи
    # километрах от"
    rf"{START}(?:(?P<first>{NUM})\s?[-–—]\s?(?=\d))?"
    rf"(?P<sign>-(?=\d))?(?P<num>{NUM})\s?(?P<unit>{_UNIT})"
    rf"(?:/(?P<per>{_UNIT}))?(?![\wа-яё²³])"
    # A unit's full stop before a small letter, a number or a comma ends no sentence: "15 ч.
    # 30 мин.", "по 3 шт., по 2 кг".
    r"(?:\.(?=\s+[а-яё\d]|[,;:)]))?"
)
_SYMBOL_ALONE = re.compile(
    "|".join(rf"(?<![\w\d])\s?{re.escape(u)}(?![\w])" for u in _UNITS if not u.isalpha())
)
# A unit after a scale word the money rule has read: "150 млн т" -> "сто пятьдесят
# миллионов тонн", the unit a genitive plural.
_AFTER_SCALE = re.compile(
    r"\b(?P<scale>тысяч[аи]?|(?:миллион|миллиард|триллион)(?:а|ов)?) "
    rf"(?P<unit>{_UNIT})(?![\wа-яё²³])"
)
# A dimension's sign between two numbers too ("2x4"), which `_say_dimensions` reads.
HINT = re.compile(rf"\d\s?(?:{_UNIT}|сут)|[%²³°]|(?:тысяч|лион|лиард)\w* |\d ?[x×х] ?\d")


def _per(unit: str) -> str:
    row = _UNITS[unit]
    return f"в {row[4] or row[0]}"


# "от" after the measure, perhaps after a side: "в 50 км к северу от Москвы".
_FROM_AFTER = re.compile(r"\s+(?:к\s+[а-яё-]+\s+)?от(?!\w)")
# The votes a share after "с" was won with: "с 52% голосов" is "с пятьюдесятью двумя
# процентами голосов"; "с 40% до 52%" is where a change starts, a genitive.
_VOTES = re.compile(r"\s+(?:[а-яё]+\s+)?голос(?:ов|а)(?!\w)")
# A blood pressure, two numbers with a slash before "мм рт. ст.": the upper "на" the lower
# ("120/80" -> "сто двадцать на восемьдесят"), no fraction.
_PRESSURE = re.compile(r"(?<![\w/.,])(?P<up>\d{2,3})/(?P<down>\d{2,3})(?=\s?мм\s?рт)")


def _distance_from(match: re.Match[str]) -> str | None:
    """ "в 300 км от Москвы" says where, in the prepositional: "в трехстах километрах от";
    None where the measure is no such distance or its unit has no such form."""
    if not _FROM_AFTER.match(match.string, match.end()) or match["per"] or match["sign"]:
        return None
    if case_word(match.string[: match.start()]) not in ("в", "во"):
        return None
    _one, _few, many, _fraction, where, gender = _UNITS[match["unit"]]
    number = whole(match["num"])
    if is_fraction(match["num"]) or not where or not many.endswith("ов"):
        return None
    noun = where if number % 10 == 1 and number % 100 != 11 else many[:-2] + "ах"
    return f"{_first(match, 'p', gender)}{decimal(match['num'], 'p', gender)} {noun}"


def _first(match: re.Match[str], case: str, gender: str) -> str:
    """A range's first number in ``case``, with the hyphen before the second ("" if none)."""
    return f"{decimal(match['first'], case, gender)}-" if match["first"] else ""


# A number after a label written short is the label's, no quantity: the letters after it
# are no unit ("ст. 228 ч. 2" is an article's part, not 228 hours; "№ 5 т. 2"); not after "ч."
# or "т.", units themselves ("3 ч. 20 мин.").
_LABEL_BEFORE = re.compile(r"(?:(?<![\w.])(?i:ст|п|гл|стр|рис|табл|д|корп)\.\s?|№\s?)$")


# A dimension's "x", "×" or Cyrillic "х" between two numbers is "на": "5 х 4 м" -> "пять на
# четыре метра".
_say_dimensions = times_sign_reader("на", "x×х")


def read_measures(text: str) -> str:
    """Read measures: "12 кг" -> "двенадцать килограм", "3 км/ч" -> "три километра в час",
    "15 %" -> "пятнадцать процентов"; a symbol alone: "м²" -> "квадратный метр"."""

    def measure(match: re.Match[str]) -> str:
        if _LABEL_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
            return match.group(0)  # "ст. 228 ч. 2": an article's number, then its part
        distance = _distance_from(match)
        if distance:
            return distance
        one, few, many, fraction, _per_form, gender = _UNITS[match["unit"]]
        before = match.string[: match.start()]
        sign = ""
        if match["sign"]:
            sign = " " if before[-1:].isalpha() else "минус "
        case = case_after(before)
        if (
            case == "g"
            and case_word(before) in ("с", "со")
            and _VOTES.match(match.string, match.end())
        ):
            case = "i"  # "победил с 52% голосов": a share won with, not a start
        said = counted(match["num"], (one, few, many, fraction), gender, case)
        said = _first(match, case, gender) + sign + said
        said += f" {_per(match['per'])}" if match["per"] else ""
        # A unit written with its full stop ("п.п.", "мес.") that also ends the sentence.
        return said + ("." if match.group(0).endswith(".") and ends_sentence(match) else "")

    def alone(match: re.Match[str]) -> str:
        symbol = match.group(0)
        return (" " if symbol[:1].isspace() else "") + _UNITS[symbol.strip()][0]

    if "/" in text:
        text = _PRESSURE.sub(r"\g<up> на \g<down>", text)
    text = _MEASURE.sub(measure, _say_dimensions(read_days(text)))
    text = _AFTER_SCALE.sub(lambda m: f"{m['scale']} {_UNITS[m['unit']][2]}", text)
    return _SYMBOL_ALONE.sub(alone, text)

"""Money in Russian: the currency after the amount, agreeing with it; scales counted too.

- "5 руб." -> "пять рублей", "$10" -> "десять долларов", "1 USD" -> "один доллар"
- "€ 3,5 млн" -> "три целых пять десятых миллиона евро", "1,23 млрд руб." -> "одна целая
  двадцать три сотых миллиарда рублей": after a scale the currency is a genitive plural
- "2,03 руб." -> "две целых три сотых рублей" (the references' genitive plural after decimals)
- a scale alone: "5 млн человек" -> "пять миллионов человек", "2,5 тыс." -> "две целых пять
  десятых тысячи"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.counted import counted
from narrator.spoken.ru.numbers import (
    NUM,
    START,
    case_after,
    decimal,
    ends_sentence,
    spoken_thousand,
)
from narrator.spoken.tables import read_mapping, read_table

_CURRENCIES = {row[0]: row[1:] for row in read_table("ru", "currencies")}
_SCALES = {row[0]: row[1:] for row in read_table("ru", "scales")}


def _alternation(words: dict[str, tuple[str, ...]]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CUR = _alternation(_CURRENCIES)
_SCALE = _alternation(_SCALES)
_END = r"(?![\wа-яё])"
# A range's first number, read in the case and gender of the second: "на 2–3 тыс. руб." ->
# "на две-три тысячи рублей", "до $5–7 млн" -> "до пяти-семи миллионов долларов".
_FIRST = rf"(?:(?P<first>{NUM})\s?[-–—]\s?(?=\d))?"
_AFTER = re.compile(
    rf"{START}{_FIRST}(?P<num>{NUM})\s?(?:(?P<scale>{_SCALE}){_END}\s?)?(?P<cur>{_CUR})"
    rf"(?:(?<=\.)|{_END})"
)
_BEFORE = re.compile(
    rf"(?<!\w)(?P<cur>[$€£¥₽])\s?{_FIRST}(?P<num>{NUM})(?:\s?(?P<scale>{_SCALE}){_END})?"
)
_SCALED = re.compile(rf"{START}{_FIRST}(?P<num>{NUM})\s?(?P<scale>{_SCALE})(?:(?<=\.)|{_END})")
# Rubles and kopecks, the kopecks in the rubles' case: "до 95 руб. 20 коп." -> "до девяноста
# пяти рублей двадцати копеек".
_RUBLES_KOPECKS = re.compile(rf"{START}(?P<rub>{NUM})\s?руб\.?\s(?P<kop>\d{{1,2}})\s?коп\.?(?!\w)")
# A price per unit or per period, the slash after the currency: "50 тыс. руб./мес." ->
# "рублей в месяц", "100 руб./кг" -> "рублей за килограмм" (tables/money_per.tsv).
_PER_WORDS = read_mapping("ru", "money_per")
_PER = re.compile(
    r"(?P<cur>руб\.|руб|₽|коп\.|долл\.|\$|евро|€)\s?/\s?(?P<per>"
    + _alternation({word: () for word in _PER_WORDS})
    + r")(?:(?<=\.)|(?![\wа-яё]))"
)
HINT = re.compile(rf"[$€£¥₽]|\d\s?(?:{_CUR}|{_SCALE})")


def _forms(row: tuple[str, ...]) -> tuple[str, str, str, str]:
    one, few, many, _gender = row
    return one, few, many, few


def _first(first: str | None, case: str, gender: str) -> str:
    """A range's first number in ``case`` and ``gender``, with its hyphen ("" if none)."""
    return f"{spoken_thousand(decimal(first, case, gender))}-" if first else ""


def _amount(
    number: str, scale: str | None, currency: str, before: str, first: str | None = None
) -> str:
    row = _CURRENCIES[currency]
    case = case_after(before)
    if scale:
        scale_row = _SCALES[scale]
        said = counted(number, _forms(scale_row), scale_row[3], case)
        return f"{_first(first, case, scale_row[3])}{said} {row[2]}"
    one, few, many, gender = row
    if first:
        return _first(first, case, gender) + _amount(number, None, currency, before)
    if "," in number:
        return counted(number, (one, few, many, many), gender, case)
    return counted(number, (one, few, many, few), gender, case)


def read_money(text: str) -> str:
    """Read amounts of money and scaled numbers: "5 руб." -> "пять рублей", "$10" ->
    "десять долларов", "5 млн" -> "пять миллионов"."""

    def after(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        said = _amount(match["num"], match["scale"], match["cur"], before, match["first"])
        return said + ("." if match.group(0).endswith(".") and ends_sentence(match) else "")

    def scaled(match: re.Match[str]) -> str:
        row = _SCALES[match["scale"]]
        end = "." if match["scale"].endswith(".") and ends_sentence(match) else ""
        case = case_after(match.string[: match.start()])
        said = counted(match["num"], _forms(row), row[3], case)
        return _first(match["first"], case, row[3]) + said + end

    def with_kopecks(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        rubles = _amount(match["rub"], None, "руб.", before)
        kopecks = _amount(match["kop"], None, "коп.", before)
        return f"{rubles} {kopecks}" + (
            "." if match.group(0).endswith(".") and ends_sentence(match) else ""
        )

    def per(match: re.Match[str]) -> str:
        stop = "." if match["per"].endswith(".") and ends_sentence(match) else ""
        return f"{match['cur']} {_PER_WORDS[match['per']]}{stop}"

    if "/" in text:
        text = _PER.sub(per, text)
    text = _RUBLES_KOPECKS.sub(with_kopecks, text)
    text = _BEFORE.sub(after, text)
    text = _AFTER.sub(after, text)
    return _SCALED.sub(scaled, text)

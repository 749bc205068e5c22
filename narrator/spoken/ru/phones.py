"""Telephone numbers in Russian: each group of digits read as a number, as Russians say them.

- "8-913-983-56-01" -> "восемь девятьсот тринадцать девятьсот восемьдесят три пятьдесят шесть
  ноль один"; "+7 (495) 123-45-67" -> "плюс семь четыреста девяносто пять сто двадцать три
  сорок пять шестьдесят семь"; "123-45-67" alone too
- an area code of four or five digits in groups, its last two a pair: "(3452)" -> "тридцать
  четыре пятьдесят два"
- a group that starts with a zero is read digit by digit up to its first other digit: "01" ->
  "ноль один", "007" -> "ноль ноль семь"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import DIGITS, cardinal

HINT = re.compile(r"\d[\s-]?\d\d-\d\d")
_PHONE = re.compile(
    r"(?<![\w.,+-])(?:(?P<country>\+\d{1,3}|8)[\s-]?)?(?:\(?(?P<area>\d{3,5})\)?[\s-]?)?"
    r"(?P<local>\d{2,3}-\d{2}-\d{2})(?![\w-]|[.,]\d)"
)
_GROUP = re.compile(r"\d+")


def _group(digits: str) -> str:
    zeros = len(digits) - len(digits.lstrip("0"))
    said = [DIGITS[0]] * zeros
    if digits.lstrip("0"):
        said.append(cardinal(int(digits)))
    return " ".join(said)


def read_phone_numbers(text: str) -> str:
    """Read telephone numbers group by group: "8-913-983-56-01" -> "восемь девятьсот
    тринадцать девятьсот восемьдесят три пятьдесят шесть ноль один"."""

    def say(match: re.Match[str]) -> str:
        plus = "плюс " if match.group(0).startswith("+") else ""
        groups = _GROUP.findall(match["country"] or "")
        area = match["area"]
        if area and len(area) > 3:  # "(3452)" -> "34 52", "(34342)" -> "343 42"
            groups += [area[:-2], area[-2:]]
        elif area:
            groups.append(area)
        groups += _GROUP.findall(match["local"])
        return plus + " ".join(_group(g) for g in groups)

    return _PHONE.sub(say, text)

"""Telephone numbers and IP addresses read digit by digit in a Romance language.

- "123-123-5678" -> "uno dos tres uno dos tres cinco seis siete ocho"
- "+55 (11) 3333-4444 ext. 12" -> "mais cinco cinco um um ... extensão um dois"
- "+58 (123) 123-5678-12": the group after a full number is its extension
- "192.168.0.1": digits, and the language's word for the point
- without a country or an area code, seven digits at least ("555-1234"): "10-15 %" is a
  range, "2-1" a score
- groups parted by spaces alone after a word that says a number is a telephone's ("tel.
  06 1234 5678", "teléfono 91 123 45 67"), opened by a trunk prefix's zero ("06 1234567"),
  or in groups no thousands make ("91 123 45 67", "333 1234567"), of eight to twelve digits:
  digit by digit too; so are toll-free numbers ("900 123 456", "800 123 456")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from narrator.spoken.common.romance_numbers import Numerals
from narrator.spoken.rules import any_of

HINT = any_of(
    r"\d[-)]|\(\d|\+\d|\d\.\d+\.\d|(?<![\w.,])0\d{1,3} \d|\d \d{2,4} \d\d|\d \d{6}",
    r"(?i:t[eé]l|fax|cel|fone|tlf|tfno|m[óo]vil|whatsapp)\w*\s?\.?\s?:?\s?\d",
    r"(?<![\w.,])(?:8\d\d|90\d) \d{3} \d{3}",
)
"""A grouped number, or a word that may be a telephone's cue (see `phone_reader`) before one."""
_PHONE = re.compile(
    r"(?<![\w.,+-])(?P<country>\+\d{1,3}\s?)?(?P<area>\(\d{1,4}\)\s?|(?<=\d )\d{1,4} (?=\d+-))?"
    r"(?P<main>\d{2,5}(?:-\d{2,4})+|(?<=\d )\d{2,4}(?: \d{2,8}){1,3})"
    r"(?:\s(?i:ext|extensi[oó]n)\.?\s(?P<ext>\d{1,5}))?(?![\w-]|[.,]\d)"
)
# A trunk prefix's "0" opens a number with an area code ("06 1234567", "011 555 1234");
# no other written number begins with a zero.
# A short group then one of six to eight digits, which no thousands grouping makes: a
# mobile number ("333 1234567").
_MOBILE = re.compile(r"(?<![\w.,+-])(?<!\d )(?P<main>\d{3} \d{6,8})(?![\w-]|[.,]\d)")
_TRUNK = re.compile(
    r"(?<![\w.,+-])(?<!\d )(?P<main>0[1-9]\d{0,2}(?: \d{2,8}){1,3})(?![\w-]|[.,]\d)"
)
# Groups parted by spaces that no thousands grouping makes (a group of other than three
# digits after the first), the last of two: "91 123 45 67", "612 34 56 78".
_GROUPS = re.compile(r"(?<![\w.,+-])(?<!\d )(?P<main>\d{2,3}(?: \d{2,4}){2,4})(?![\w-]|[.,:]\d)")
# A toll-free or shared-cost number, three groups of three opened by 80x, 89x or 90x ("900
# 123 456", "800 123 456"): a count so exact is written "900 millones" in the news.
_NONGEOGRAPHIC = re.compile(
    r"(?<![\w.,+-])(?<!\d )(?P<main>(?:8\d\d|90\d) \d{3} \d{3})(?! ?\d)(?![\w-]|[.,]\d)"
)
_IP = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\.\d)")


def _years_or_date(main: str) -> bool:
    """Whether "1990-2000" is rather a span of years, "15-03-2024" a date, than a number."""
    parts = main.split("-")
    if len(parts) == 2:
        return all(len(p) == 4 and 1000 <= int(p) <= 2100 for p in parts)
    lengths = [len(p) for p in parts]
    year_first = lengths[0] == 4 and all(n <= 2 for n in lengths[1:])
    return year_first or (len(parts) == 3 and max(lengths[:2]) <= 2 and lengths[2] == 4)


def _after_cue(cues: Iterable[str]) -> str:
    """A look-behind for one of ``cues`` ("tel", "telefono") and what may follow it: a full
    stop, a colon, a space."""
    ends = (" ", ". ", ": ", ".: ", " : ", ". : ")
    behind = [f"(?<={re.escape(cue + end)})" for cue in cues for end in ends]
    return f"(?i:{'|'.join(behind)})"


def phone_reader(
    numerals: Numerals,
    extension: str,
    point: str,
    cues: Iterable[str],
    country_as_number: bool = False,
) -> Callable[[str], str]:
    """A rule reading telephone numbers and IP addresses digit by digit; ``extension`` names
    the extension ("extensión"), ``point`` the points of an IP address ("punto"); after one
    of ``cues`` ("tel"), groups parted by spaces alone are a number too. With
    ``country_as_number`` a country code of one or two digits is said as a number ("+34" ->
    "más treinta y cuatro")."""
    spaced = re.compile(
        rf"(?:{_after_cue(cues)})(?P<main>\d{{2,5}}(?: \d{{2,5}}){{1,4}})(?![\w-]|[.,]\d)"
    )

    def say_phone(match: re.Match[str]) -> str:
        g = match.groupdict()
        main = g["main"]
        if not (g["country"] or g["area"]) and (_years_or_date(main) or " " in main):
            return match.group(0)
        if not (g["country"] or g["area"]) and sum(c.isdigit() for c in main) < 7:
            return match.group(0)  # "10-15", "12-34": a range or a score; a number has 7
        groups = re.split(r"[- ]", main)
        ext = g["ext"]
        if not ext and len(groups) >= 3 and len(groups[-1]) <= 2 and len(groups[-2]) == 4:
            ext = groups.pop()  # "123-123-5678-12": the short group after a full number
        country = (g["country"] or "").strip().lstrip("+")
        said = [numerals.plus] if country else []
        if country_as_number and 0 < len(country) <= 2:
            said, country = [numerals.plus, numerals.cardinal(int(country), "")], ""
        said += [numerals.spell(part) for part in (country, g["area"], *groups) if part]
        if ext:
            said += [extension, numerals.spell(ext)]
        return " ".join(said)

    def say_ip(match: re.Match[str]) -> str:
        parts = match.group(0).split(".")
        if any(int(p) > 255 for p in parts) or all(len(p) == 3 for p in parts[1:]):
            return match.group(0)  # "2.000.000.000" is a number with thousands points
        return f" {point} ".join(numerals.spell(part) for part in match.group(0).split("."))

    def say_spaced(match: re.Match[str]) -> str:
        return " ".join(numerals.spell(part) for part in match["main"].split())

    def say_trunk(match: re.Match[str]) -> str:
        if not 8 <= sum(c.isdigit() for c in match["main"]) <= 12:
            return match.group(0)
        return say_spaced(match)

    def say_groups(match: re.Match[str]) -> str:
        groups = match["main"].split()
        if all(len(group) == 3 for group in groups[1:]):
            return match.group(0)  # "12 345 678": thousands
        if len(groups[-1]) != 2 or max(map(len, groups)) < 3:
            return match.group(0)  # "enmiendas 18 25 38 952": a list of numbers
        return say_trunk(match)

    def say_nongeographic(match: re.Match[str]) -> str:
        if match["main"].endswith("000 000"):
            return match.group(0)  # "800 000 000": a round number
        return say_spaced(match)

    def read_phone_numbers(text: str) -> str:
        """Read telephone numbers and IP addresses digit by digit."""
        text = _TRUNK.sub(say_trunk, spaced.sub(say_spaced, text))
        text = _NONGEOGRAPHIC.sub(say_nongeographic, text)
        text = _GROUPS.sub(say_groups, _MOBILE.sub(say_trunk, text))
        return _IP.sub(say_ip, _PHONE.sub(say_phone, text))

    return read_phone_numbers

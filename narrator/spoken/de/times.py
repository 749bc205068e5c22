"""Times of day in German.

- "08:00 Uhr" -> "acht Uhr"; "11:45 Uhr" -> "elf Uhr fünf und vierzig"; "1 Uhr" -> "ein Uhr"
- "15.45 Uhr" -> "fünfzehn Uhr fünf und vierzig" (a point between hours and minutes)
- "10:15" -> "zehn Uhr fünfzehn"; "01:01:01 Uhr" -> "ein Uhr eine Minute eine Sekunde"
- a time zone after it is spelled: "EST" -> "E S T"
- a span: "9-18 Uhr" -> "neun bis achtzehn Uhr"
- a point and no "Uhr" after "um", "ab", "gegen" or before a span's last time: "um 9.30",
  "von 9.30 bis 17 Uhr" -> "neun Uhr dreißig"
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import cardinal, counted

HINT = re.compile(
    r"\d(?::\d|\.\d\d\s?Uhr|\s?Uhr)|\b(?:[uU]m|[aA]b|gegen) \d\d?(?:\.\d\d|[.:]?\d*\s?h\b)"
)
_ZONES = "est|edt|cst|pst|utc|gmt|mez|mesz|cet|cest|eet|bst"
_TIME = re.compile(
    rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[:.])(?P<m>[0-5]\d)"
    rf"(?::(?P<s>[0-5]\d))?)?(?P<uhr>\s?Uhr\b)?(?:\s(?P<zone>(?i:{_ZONES}))\b)?"
    rf"(?![\w]|[.,:]\d)"
)


_HOUR = r"(?:[01]?\d|2[0-4])"
# The first hour of a span before "Uhr", which the times would leave to a dash: "9-18 Uhr" ->
# "neun bis achtzehn Uhr".
_SPAN_START = re.compile(
    rf"(?<![\w.,:])(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d))?\s?[-–]\s?(?={_HOUR}(?:[:.][0-5]\d)?\s?Uhr\b)"
)


# A time with a point and no "Uhr" after a word that asks for a time ("um 9.30", "ab 7.45")
# or before a span's last time with its "Uhr" ("von 9.30 bis 17 Uhr"): German writes no
# decimal with a point.
_POINT_TIME = re.compile(
    rf"(?:(?<=\b[uU]m )|(?<=\b[aA]b )|(?<=\bgegen )|(?<![\w.,:])(?={_HOUR}\.[0-5]\d\s?"
    rf"(?:[-–]|bis|und)\s?{_HOUR}(?:[:.][0-5]\d)?\s?Uhr\b))"
    rf"(?P<h>{_HOUR})\.(?P<m>[0-5]\d)(?![\w:]|[.,:]\d|\s?Uhr)"
)


# An hour written with "h" after a word that asks for a time is o'clock, no duration (Austria,
# Switzerland): "um 18 h" -> "um achtzehn Uhr", "ab 18.30 h".
_H_TIME = re.compile(
    rf"(?:(?<=\b[uU]m )|(?<=\b[aA]b )|(?<=\bgegen ))(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d))?\s?h\b"
)


# A duration in hours and minutes (and seconds) with its unit: "2:18 Std." -> "zwei Stunden
# achtzehn Minuten", "2:03:45 Std.", a marathon's; no time of day.
_DURATION = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s?(?:Std\.|Stunden|h\b)"
)


def _duration(match: re.Match[str]) -> str:
    hours, minutes = int(match["h"]), int(match["m"])
    said = _minutes(hours, "Stunde", "Stunden")
    if minutes:
        said += f" {_minutes(minutes, 'Minute', 'Minuten')}"
    if match["s"] and int(match["s"]):
        said += f" {_minutes(int(match['s']), 'Sekunde', 'Sekunden')}"
    ends = match.group(0).endswith(".") and not match.string[match.end() :].strip()
    return said + ("." if ends else "")  # "Std." also ending the text keeps its full stop


def _span_start(match: re.Match[str]) -> str:
    minutes = int(match["m"] or 0)
    return f"{cardinal(int(match['h']))}{f' {cardinal(minutes)}' if minutes else ''} bis "


def _minutes(n: int, one: str, many: str) -> str:
    return f"{counted(n, feminine=True)} {one if n == 1 else many}"


def clock(hours: int, minutes: int, seconds: int | None = None) -> str:
    """A time of day: (11, 45) -> "elf Uhr fünf und vierzig"."""
    said = f"{counted(hours)} Uhr"
    if seconds is not None:
        minutes_said = _minutes(minutes, "Minute", "Minuten")
        return f"{said} {minutes_said} {_minutes(seconds, 'Sekunde', 'Sekunden')}"
    return f"{said} {cardinal(minutes)}" if minutes else said


def read_times(text: str) -> str:
    """Read times: "11:45 Uhr" -> "elf Uhr fünf und vierzig", "15.45 Uhr", "10:15", "9 Uhr"."""

    def say(match: re.Match[str]) -> str:
        if not match["uhr"] and match["sep"] != ":":
            return match.group(0)
        seconds = int(match["s"]) if match["s"] else None
        said = clock(int(match["h"]), int(match["m"] or 0), seconds)
        if match["zone"]:
            said += " " + " ".join(match["zone"].upper())
        return said

    text = _DURATION.sub(_duration, text)
    text = _H_TIME.sub(lambda m: clock(int(m["h"]), int(m["m"] or 0)), text)
    text = _SPAN_START.sub(_span_start, text)
    text = _POINT_TIME.sub(lambda m: clock(int(m["h"]), int(m["m"])), text)
    return _TIME.sub(say, text)

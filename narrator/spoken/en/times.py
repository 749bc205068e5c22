"""Clock times, with their AM/PM and time zones, and ranges of them.

- "4:15 p.m." -> "four fifteen PM"; "at 7am" -> "at seven AM" (AM/PM run together, which
  engines read as letters)
- "15:45 GMT" -> "fifteen forty-five GMT"; "15:00" -> "fifteen hundred"; "3:00" -> "three
  o'clock"; "10:05:30" -> "ten hours five minutes thirty seconds"
- "5-7 pm" -> "five to seven PM"; "9am-11am" -> "nine AM to eleven AM"; "5pm-7pm" -> "five
  PM to seven PM"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.initialisms import spelled
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.rules import any_of

_ZONES = (
    "GMT|UTC|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|BST|CET|CEST|EET|EEST|MSK|JST|IST|"
    "AEST|AEDT|HKT|SGT"
)
_AMPM = r"(?i:[ap](?:\.\s?m\b\.?|m\b))"
_ZONE = rf"(?:\s?(?P<zone>(?:{_ZONES})\b|(?i:[ecmp]\.[sd]\.t\b\.?|[ecmp][sd]t\b)))?"
_TIME = re.compile(
    r"(?<![\w.:$])(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s?"
    r"(?i:(?P<ap>[ap])(?:\.\s?m\b\.?|m\b))"
    r"|(?P<ch>\d{1,2}):(?P<cm>\d{2})(?::(?P<cs>\d{2}))?)"
    rf"{_ZONE}(?![\w:])"
)
_HOUR_BEFORE_RANGE = re.compile(rf"(?<![\w.:])(\d{{1,2}})\s?[-–]\s?(?=\d{{1,2}}\s?{_AMPM})")
# A dash after a time just read ("nine AM-eleven AM") or an o'clock is a range.
_TIME_RANGE = re.compile(r"(?:(?<=\bAM)|(?<=\bPM)|(?<=o'clock))\s?[-–]\s?(?=\w)")


def _say_clock(hour: int, minute: int | None, second: int | None, ampm: bool) -> str:
    if second is not None:
        return " ".join(
            f"{cardinal(v)} {unit}{'' if v == 1 else 's'}"
            for v, unit in ((hour, "hour"), (minute or 0, "minute"), (second, "second"))
        )
    if not minute:
        if ampm or minute is None:
            return cardinal(hour)
        return f"{cardinal(hour)} o'clock" if 0 < hour <= 12 else f"{cardinal(hour)} hundred"
    return f"{cardinal(hour)} {'oh ' if minute < 10 else ''}{cardinal(minute)}"


def _say_time(match: re.Match[str]) -> str:
    ampm = match["ap"] is not None
    prefix = "" if ampm else "c"
    hour = int(match[prefix + "h"])
    minute = int(match[prefix + "m"]) if match[prefix + "m"] else None
    second = int(match[prefix + "s"]) if match[prefix + "s"] else None
    if hour > 24 or (minute or 0) > 59 or (second or 0) > 59 or (ampm and hour > 12):
        return match.group(0)
    words = _say_clock(hour, minute, second, ampm)
    if ampm:
        # Run together: engines read "AM" after a time as letters, and "A-M" would be too.
        words += " " + match["ap"].upper() + "M"
    if match["zone"]:
        words += " " + spelled(match["zone"])
    return words + stop_after(match)


def read_times(text: str) -> str:
    """Read clock times: "4:15 p.m." -> "four fifteen PM", "15:45 GMT" -> "fifteen forty-five GMT".

    Whole hours read as "four PM" or "one o'clock"; 24-hour whole hours as "fifteen hundred";
    hours, minutes and seconds as a duration; "5-7 pm" and "5pm-7pm" are ranges ("to").
    """
    text = _HOUR_BEFORE_RANGE.sub(lambda m: cardinal(int(m[1])) + " to ", text)
    text = _TIME.sub(_say_time, text)
    return _TIME_RANGE.sub(" to ", text)


# The mark or the "m" first: the regex engine finds a literal quickly.
_AM_PM_BEFORE = (r"\d[aApP]", r"\d\s[aApP]", r"\d[aApP]\.", r"\d\s[aApP]\.")
HINT = any_of(
    r":(?<=\d:)\d\d",
    r"\.(?<=\d\.)\d\d\s?[aApP]",
    *(rf"{m}(?:{'|'.join(f'(?<={before}{m})' for before in _AM_PM_BEFORE)})\b" for m in "mM"),
)

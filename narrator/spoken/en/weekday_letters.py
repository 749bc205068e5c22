"""A span of weekdays written with their first letters, as timetables and opening hours write
them: "M-F" -> "Monday to Friday", "M-Th" -> "Monday to Thursday", "Tu-Sa" -> "Tuesday to
Saturday", where hours or a service are spoken of ("open M-F 9-5", "runs M-F from 6 to 9",
"M-F, 8 a.m. to 6 p.m."); elsewhere the letters are left ("an M-F ratio").
"""

from __future__ import annotations

import re

_DAYS = {"M": 0, "Tu": 1, "W": 2, "Th": 3, "F": 4, "Sa": 5, "Su": 6}
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SPAN = re.compile(r"(?<![\w-])(?P<a>M|Tu|W|Th)[-–](?P<b>W|Th|F|Sa|Su)(?![\w-])")
# Hours or a timetable around the span: a time or a number of hours after it, or a word of
# opening or running before it.
_HOURS_AFTER = re.compile(r",?\s(?:from\s)?\d|,?\s(?:noon|midnight|only|and\s(?:Sa|Su))\b")
_HOURS_BEFORE = re.compile(
    r"(?i:\b(?:open(?:s|ed)?|closed|runs?|running|hours|service|staffed|daily|weekdays|"
    r"available|every)\s(?:\w+\s)?$)"
)
HINT = re.compile(r"[-–](?:W|Th|F|Sa|Su)\b")


def _say_span(match: re.Match[str]) -> str:
    first, last = _DAYS[match["a"]], _DAYS[match["b"]]
    text = match.string
    timetable = _HOURS_AFTER.match(text, match.end()) or _HOURS_BEFORE.search(
        text, max(0, match.start() - 30), match.start()
    )
    if last <= first or not timetable:
        return match.group(0)
    return f"{_NAMES[first]} to {_NAMES[last]}"


def read_weekday_letters(text: str) -> str:
    """Say a span of weekdays written with letters: "open M-F 9-5" -> "open Monday to Friday"."""
    return _SPAN.sub(_say_span, text)

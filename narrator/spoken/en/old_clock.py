"""Clock times as old books and papers printed them, made plain for `times`.

- "At 12 M. the sun was obscured", "from 9 A.M. to 12 M." -> "twelve noon": noon written "M."
  (meridies), as American papers and diaries of the 19th century wrote it beside "A.M."
- "leaves at 9.0 a.m.", "at 10.0 P.M." -> "9 a.m.", "10 P.M.": a whole hour with a nought of
  minutes, as British timetables and papers printed it (then read as any hour)
- "at 8h. 15m. A.M." -> "8:15 A.M.", "at 4h. P.M." -> "4 P.M.": hours and minutes in letters
  before "A.M." or "P.M.", as logs and journals wrote the time of day (a span of "3h. 40m."
  without them stays hours and minutes)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after

_NOON_M = re.compile(
    r"\b(?P<lead>(?:[Aa]t|till|until|to|by|from|about|before|after) )12 M\."
    # In small letters, as ships' logs write it, after a word of when and before no measure's
    # word: "by 12 m. had run 54 miles" ("at 12 m. depth" is meters).
    r"|\b(?P<when>(?:[Aa]t|till|until|by|before|after) )12 m\.(?=,|\s+[a-z])"
    r"(?!\s+(?:of|deep|high|long|wide|in|below|above|depth|from|to|and)\b)"
)
_NOUGHT_MINUTES = re.compile(
    r"(?<![\w.,])(?P<hour>1[0-2]|[1-9])\.0(?=\s?(?:[ap]\.?\s?m\b|[AP]\.?\s?M\b))"
)
# Hours and minutes in letters before the half of the day: "8h. 15m. A.M.", "4 h. p.m.".
_LETTERED_CLOCK = re.compile(
    r"(?<![\w.,])(?P<hour>1[0-2]|0?[1-9]) ?h\.? ?(?:(?P<minute>[0-5]?\d) ?m\.? ?)?"
    r"(?=[AP]\.? ?M\b|[ap]\.? ?m\b)"
)
# The hints of `times` for these shapes, the mark first.
OLD_CLOCK_HINTS = (
    r" [Mm]\.(?<=12 [Mm]\.)",
    r"\.0(?<=\d\.0) ?[aApP]",
    r"h(?<=\dh)\.? ?(?:\d\d? ?m\.? ?)?[AaPp]\.? ?[Mm]\b",
    r"h(?<=\d h)\.? ?(?:\d\d? ?m\.? ?)?[AaPp]\.? ?[Mm]\b",
)


def _say_lettered_clock(match: re.Match[str]) -> str:
    minute = match["minute"]
    return f"{match['hour']}:{int(minute):02d} " if minute else f"{match['hour']} "


def read_old_clock(text: str) -> str:
    """ "at 12 M." -> "at twelve noon"; "9.0 a.m." -> "9 a.m.", "8h. 15m. A.M." -> "8:15 A.M."
    (read as a clock time after)."""
    if " M." in text or " m." in text:
        text = _NOON_M.sub(lambda m: f"{m['lead'] or m['when']}twelve noon" + stop_after(m), text)
    if ".0" in text:
        text = _NOUGHT_MINUTES.sub(r"\g<hour>", text)
    if "h" in text:
        text = _LETTERED_CLOCK.sub(_say_lettered_clock, text)
    return text

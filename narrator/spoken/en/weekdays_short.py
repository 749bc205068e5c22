"""Weekdays written short, read where a word of days is around them: "Mon-Fri" -> "Monday to
Friday", "open Sat 10-6", "on Sun. at 5", "Sat. night", "Sun. Mar. 3"; "Monday-Friday" ->
"Monday to Friday". Elsewhere "Sun" may be a newspaper or a star, and "Sat" a verb.

A step of the abbreviations' context phrases (see abbreviations_in_context).
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import CALENDAR_WORD, NUMBER_AHEAD, stop_before_a_capital

WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
_DAY = rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?"
FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_DAY = rf"(?:{'|'.join(FULL_DAYS)})"
# A weekday abbreviation with a word of days around it: in a list or a span of days ("Mon-Fri",
# "Sat and Sun"), after "on", "closed" or "every", before a time or a part of the day ("Sat
# 10-6", "Sat mornings"). Elsewhere "Sun" may be a newspaper or a star, and "Sat" a verb.
_WEEKDAY = re.compile(rf"\b(?P<day>{_DAY})(?!\w)(?P<dash>\s?[-–]\s?(?=(?:{_DAY}|{_FULL_DAY})\b))?")
_DAY_AHEAD = re.compile(
    rf"(?P<span>\s?[-–]\s?|\s(?:to|and|&|or|through)\s|,\s?)(?:{_DAY}|{_FULL_DAY})\b"
)
_DAY_BEHIND = re.compile(
    rf"\b(?:{_DAY}|{_FULL_DAY})(?:\s?[-–]\s?|\s(?:to|and|&|or|through)\s|,\s?)$"
)
# The days whose abbreviation is no other word (a "Sat" may be sat, a "Sun" the star).
_NO_WORD_DAYS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri"})
_DAY_WORD_BEHIND = re.compile(r"\b(?:[Oo]n|[Cc]losed|[Oo]pen|[Ee]very|[Uu]ntil|[Ff]rom|[Bb]y)\s$")
_LOWER_CASE_AHEAD = re.compile(r" [a-z]")
# Another day earlier in the line, as a schedule lists them: "Mon-Fri 9-5, Sat 10-2".
_DAY_EARLIER = re.compile(rf"\b(?:{_DAY}|{_FULL_DAY})\b[^\n.;]*,\s$")
# A clock time after it, as an earlier rule has read it: "Mon 9am" ("Mon nine AM").
_CLOCK_AHEAD = re.compile(r"\s(?:[a-z]+(?:-[a-z]+)?\s){1,3}(?:AM|PM)\b|\s(?:noon|midnight)\b")
# Two days' names in full with a dash between, a span: "Monday-Friday", and "Wed.-Fri."
# once read ("Wednesday-Friday").
_FULL_DAY_SPAN = re.compile(rf"\b(?P<first>{_FULL_DAY}) ?[-–] ?(?P<last>{_FULL_DAY})\b")
_DAY_WORD_AHEAD = re.compile(r"\s(?:morning|afternoon|evening|night)s?\b|\.?\s*(?:[,;:)]|$)")
# A date after it: "Sun. Mar. 3", "Sat, May 4", "Mon 5 Jan" (the dates rule has read the month
# already, and a day before it: "the fifth of January").
_MONTH_AHEAD = re.compile(
    r"\.?,?\s(?:the [a-z]+(?:-[a-z]+)? of (?=[A-Z])|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)
# A diary's entry opened by its day and a dash: "Sun. — Rain all day", "Sat.-Went to town".
_ENTRY_DASH_AHEAD = re.compile(r" ?[—–-] ?[A-Za-z0-9]")
_LINE_START_BEHIND = re.compile(r"(?:^|\n|[.!?] )$")


def _opens_an_entry(match: re.Match[str]) -> bool:
    """Whether a dotted day opens a line or a sentence before a dash, as a diary's entries
    open ("Sun. — Rain all day"); no other word is written so."""
    text, start = match.string, match.start()
    return bool(
        match["day"].endswith(".")
        and _ENTRY_DASH_AHEAD.match(text, match.end())
        and _LINE_START_BEHIND.search(text[max(0, start - 2) : start])
    )


def _say_weekday(match: re.Match[str]) -> str:
    """A weekday abbreviation with a word of days around it: in a list or a span of days
    ("Mon-Fri", "Sat and Sun"), or after "on", "closed" or "every" before a time, a part of
    the day or a clause's end ("open Sat 10-6", "on Sat mornings"); dotted, after such a word
    or before such a time ("on Sun. at 5", "Sat. night"). Elsewhere "Sun" may be a
    newspaper or a star, and "Sat" a verb."""
    text, start, end = match.string, match.start(), match.end()
    said = WEEKDAYS[match["day"].rstrip(".")]
    if _opens_an_entry(match):
        return said
    if match["day"].endswith(".") and _LOWER_CASE_AHEAD.match(text, end):
        # A period no sentence ends with: an abbreviation ("the Sun. edition", "Sat. night").
        return said
    ahead = match["dash"] or _DAY_AHEAD.match(text, end)
    if text[max(0, start - 4) : start] in ("the ", "The ") and not ahead:
        return match.group(0)  # "the Sun", "The Sat Nav": a name ("The Sun, Mon and Tue shows")
    behind = _DAY_BEHIND.search(text, max(0, start - 16), start)
    if (
        not ahead
        and not behind
        and not _MONTH_AHEAD.match(text, start + len(match["day"].rstrip(".")))
    ):
        # Dotted, a day needs a word of days before it or a time after it, not both: "on
        # Sun. at 5", "Sat. night", "Sat. 10 a.m.-2 p.m."; undotted, both ("on Sat 10-6").
        dotted = match["day"].endswith(".")
        word_behind = bool(
            _DAY_WORD_BEHIND.search(text, max(0, start - 8), start)
            or _DAY_EARLIER.search(text, max(0, start - 40), start)
        )
        clock = _CLOCK_AHEAD.match(text, match.end()) is not None
        if not dotted and not word_behind and not clock:
            return match.group(0)
        if not dotted and word_behind and match["day"] in _NO_WORD_DAYS:
            return said  # "on Wed to watch": no word of English but a day's name
        day_end = match.end() if dotted else start + len(match["day"])
        time_ahead = _DAY_WORD_AHEAD.match(text, day_end) or NUMBER_AHEAD.match(text, day_end)
        if not time_ahead and not clock and not (dotted and word_behind):
            return match.group(0)
    if match["dash"]:
        return said + " to "
    # After a day only the calendar's words go on: "closed Sun. Hours resume" ends a sentence.
    return said + (
        stop_before_a_capital(match, CALENDAR_WORD) if match["day"].endswith(".") else ""
    )


def read_short_weekdays(text: str) -> str:
    """Read weekdays written short where a word of days is around them ("Mon-Fri" -> "Monday
    to Friday", "on Sun. at 5"), and a dash between two days' names as "to"."""
    if _WEEKDAY.search(text):
        text = _WEEKDAY.sub(_say_weekday, text)
    if "day-" in text or "day–" in text or "day -" in text or "day –" in text:
        text = _FULL_DAY_SPAN.sub(lambda m: f"{m['first']} to {m['last']}", text)
    return text

"""A race's times, read for `times`: minutes and seconds, not the clock's hours and minutes.

- "3:43.13" -> "three minutes forty-three point one three seconds" (a part of a second says
  it is a race's time wherever it stands)
- "won in a time of 13:05", "clocked 3:59", "won the 5,000 m in 13:05" -> "thirteen minutes
  five seconds", ...: whole seconds after a word of timing, or after "in" where a race is
  spoken of; "starts at 10:30" and a marathon's "in 2:08" (hours) are left to the clock
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, decimal, digits

_RACE_TIME = re.compile(
    r"(?<![\w.:])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\w:])"
)


def _say_race_time(match: re.Match[str]) -> str:
    parts = [(match["h"], "hour"), (match["m"], "minute")]
    words = [
        f"{cardinal(int(v))} {unit}{'' if int(v) == 1 else 's'}"
        for v, unit in parts
        if v and int(v)
    ]
    seconds = f"{cardinal(int(match['s']))} point {digits(match['f'])} seconds"
    return " ".join([*words, seconds])


# Minutes and seconds with no part of a second, where a race's time is given: "won in a time
# of 13:05", "clocked 4:02", "won the 5,000 m in 13:05" -> "thirteen minutes five seconds"
# (not the clock's "thirteen oh five"). A marathon's or a ride's "2:05" is hours: left.
_RACE_CLOCK = re.compile(r"(?<![\w.:])(?P<m>[1-5]?\d):(?P<s>[0-5]\d)(?![\w:]|\.\d)")
_RACE_TIME_BEFORE = re.compile(r"\b(?:time of|times of|clocked|timed at|(?:best|record) of|in)\s+$")
_RACE_AROUND = re.compile(
    r"(?i:\d\s?(?:m|km|metres?|meters?)\b|\bmiles?\b|freestyle|backstroke|breaststroke|"
    r"butterfly|medley|hurdles|steeplechase|relay|\brace\b|sprint|\bran\b|\bswam\b|time of)"
)
# After "in", what follows a race's time ends the clause or says more of the race.
_RACE_END_AFTER = re.compile(
    r"(?:[.,;:)!?]|$|\s(?:to|for|at|and|in|on|with|ahead|behind|while|but|as|a|the|"
    r"seconds|minutes)\b)"
)
_HOURS_AROUND = re.compile(r"(?i:marathon|ultra|triathlon|ironman|stage|\bride|hours)")


def _say_race_clock(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    before = text[max(0, start - 80) : start]
    if not _RACE_TIME_BEFORE.search(before) or _HOURS_AROUND.search(before):
        return match.group(0)
    if before.endswith(("in ", "In ")) and not (
        _RACE_AROUND.search(before) and _RACE_END_AFTER.match(text, match.end())
    ):
        return match.group(0)  # "arrived in 10:40 traffic", "starts in 9:30 local time"
    return minutes_and_seconds(match["m"], match["s"])


def minutes_and_seconds(minutes: str, seconds: str) -> str:
    """ "13", "05" -> "thirteen minutes five seconds"; "9", "58.3" -> "nine minutes fifty-eight
    point three seconds"; no seconds said where they are none."""
    words = f"{cardinal(int(minutes))} minute{'' if int(minutes) == 1 else 's'}"
    if not float(seconds):
        return words
    return words + f" {decimal(seconds)} second{'' if float(seconds) == 1 else 's'}"


def read_race_times(text: str) -> str:
    """Read a race's times: "3:43.13" -> "three minutes forty-three point one three
    seconds", "in a time of 13:05" -> "thirteen minutes five seconds"."""
    text = _RACE_TIME.sub(_say_race_time, text)
    if "time" in text or "clocked" in text or "in " in text:
        text = _RACE_CLOCK.sub(_say_race_clock, text)
    return text

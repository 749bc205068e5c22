"""Ratios and other pairs of numbers parted by a colon that are no clock time, read for
`ranges`: "16:9", "a 60:40 split" -> "sixteen to nine", "sixty to forty"; "a 50:50 chance" ->
"fifty fifty"; "1:2.5" -> "one to two point five"; "runs for 42:17" -> "forty-two minutes
seventeen seconds"; spaced, "3 : 1" -> "three to one".
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import decimal, number

# A colon between numbers that is no time (the minutes are not two digits, or the hours are
# past 24): "4:3", "16:9", "a 60:40 split"; a number with itself is said twice, as "50/50"
# is: "a 50:50 chance" -> "fifty fifty". Either may be grouped: "a sex ratio of 1,032:1,000".
_GROUPED_OR_NOT = r"\d{1,3}(?:,\d{3})+|\d+"
_RATIO = re.compile(
    rf"(?<![\w:.,])(?P<a>{_GROUPED_OR_NOT}):(?P<b>{_GROUPED_OR_NOT})(?![\d:]|[.,]\d)"
)


# A ratio with a decimal on one side: "1:2.5", "1.618:1" -> "one to two point five" (a race's
# "2:58.15" has two figures of seconds, read by the times before).
_DECIMAL_RATIO = re.compile(
    r"(?<![\w:.,])(?:(?P<a>\d{1,3}):(?P<b>\d\.\d{1,3})|(?P<a2>\d{1,3}\.\d{1,3}):"
    r"(?P<b2>\d{1,3}(?:\.\d{1,3})?))(?![\d:]|[.,]\d)"
)


# A scale or a ratio named after the numbers: "built at 1:48 scale", "a 1:20 ratio".
_SCALE_AFTER = re.compile(r"\s(?:scale|ratio)\b")
# Or a word of mixing or of a ratio before them: "diluted 1:10 with water", "a ratio of
# 1:20", "mixed 1:50" (for `times` too, which would read "one ten").
RATIO_BEFORE = re.compile(
    r"(?i:\b(?:diluted?|dilution|ratios?|mixed|mix|proportions?)(?: of| at| to| in)?"
    r"(?: a| an| about| roughly)?)\s$"
)


# A length of time before minutes past any hour: "the album runs for 42:17", "a running
# time of 38:02", "Length: 52:10" are minutes and seconds, no score; so is a race's result:
# "finished the 10,000 m in 27:45", "the course record of 59:47", "his time was 58:23".
_DURATION_BEFORE = re.compile(
    r"(?i:\b(?:runs?|running|ran|lasts?|lasted|lasting|length|duration|clocks? in at|"
    r"clocked in at|clocked|timed at|total time|playing time|time of|times? (?:is|was)|in|"
    r"records? (?:is|was|of)|best (?:is|was|of))(?: for| to| of)?:? )$"
)


def _say_ratio(match: re.Match[str]) -> str:
    a, b = match["a"], match["b"]
    hours = int(a.replace(",", ""))
    if (
        len(b) == 2
        and hours <= 24
        and not _SCALE_AFTER.match(match.string, match.end())
        and not RATIO_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    ):
        return match.group(0)  # a time: the times' rule read those it could
    if (
        len(b) == 2
        and int(b) < 60
        and _DURATION_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    ):
        return f"{number(a)} minutes {number(str(int(b)))} seconds"
    return f"{number(a)} {number(b)}" if a == b else f"{number(a)} to {number(b)}"


# Spaced, a colon between numbers is a time only as hours and two-digit minutes ("10 : 30"),
# and before a year it introduces a title or an edition ("June 4, 1990 : 1990 draft").
_SPACED_RATIO = re.compile(r"(?<![\w:.,])(?P<a>\d+) : (?P<b>\d+)(?![\d:]|[.,]\d)")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def _say_spaced_ratio(match: re.Match[str]) -> str:
    a, b = match["a"], match["b"]
    if (len(b) == 2 and int(a) <= 24 and int(b) < 60) or _YEAR.fullmatch(b):
        return match.group(0)
    return f"{number(a)} to {number(b)}"


def read_ratios(text: str) -> str:
    """Read the colons between numbers left by the times: "16:9" -> "sixteen to nine"."""
    text = _DECIMAL_RATIO.sub(
        lambda m: f"{decimal(m['a'] or m['a2'])} to {decimal(m['b'] or m['b2'])}", text
    )
    text = _RATIO.sub(_say_ratio, text)
    if " : " in text:
        text = _SPACED_RATIO.sub(_say_spaced_ratio, text)
    return text

"""Dates written in digits, in news style.

- "2024-06-23" -> "June twenty-third, twenty twenty-four" (year first: year-month-day)
- "6/23/2024" -> "June twenty-third, ..."; "23/6/2024" -> "the twenty-third of June ..."
  (month/day/year unless the first number cannot be a month)
- "15-01-2020" -> "the fifteenth of January twenty twenty" (a day past 12 comes first); where
  the text writes a date so elsewhere, its other numeric dates are day first too
- "on 3/4", "born 11/9": a month and a day without a year, where a word of when says so
  ("3/4 of voters" stays a fraction); "the forecast for 12/25" after "for" where no month is
  the second number
- "07/2012", "in 7/2012" -> "July twenty twelve" ("1/2007" alone stays a fraction)
"""

from __future__ import annotations

import re

from narrator.spoken.en.abbreviations_in_context import WEEKDAYS
from narrator.spoken.en.numbers import ordinal, year
from narrator.spoken.en.slashed_pairs import bowling_figures, runway_headings
from narrator.spoken.tables import read_mapping, read_table

_MONTHS = tuple(row[0] for row in read_table("en", "months"))

# Before "may" or "march" in lower case, a word of when makes it a month ("on may 5"), and
# so does a sentence's start, where no subject stands before a verb ("may 5").
WHEN_BEFORE = re.compile(
    r"(?i:\b(?:on|by|until|till|since|before|after|from|through|between|dated|of))\s+$"
)


_ISO_DATE = re.compile(
    r"(?<![\w./-])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\w/-]|\.\w)"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?:(?P<slash>/)|(?P<dash>-)|\.)(?P<b>\d{1,2})"
    r"(?(slash)/|(?(dash)-|\.))(?P<y>\d{4}|(?(slash)\d{2}|(?!)))(?![\w/-]|\.\w)"
)


# A month and a day without a year, after a word of when: "on 3/4", "born 11/9", "set for 11/5",
# "due 3/15", "starting 9/22", "effective 7/1", "the deadline is 4/15", or after a weekday:
# "Friday, 3/4", "Wed. 2/7" -> "Friday, March fourth", "Wednesday ..." (a card's "expires
# 12/27" is a month and a year; "due 1/3 up front" a share).
_WHEN_SLASHED = re.compile(
    r"(?:(?i:\b(?:on|by|until|till|since|before|after|through|dated|born|died|opens?|ends?|"
    r"(?:set|scheduled|slated|planned|due) for|due|starting|beginning|effective|as of|"
    r"deadline (?:is|was)))"
    r"|\b(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|(?:Mon|Tues?|Wed|Thu|Thurs?|"
    r"Fri|Sat|Sun)\b\.?,?))"
    r"\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d|\s(?:of|an?|the|cups?|inch|inches|"
    r"miles?|pounds?|hours?|tsp|tbsp|lbs?|oz|up ?front|in advance)\b)"
)
# A month and a day that a weekday follows: "moved to 3/4, a Friday", "12/2 (Saturday)".
_BEFORE_WEEKDAY = re.compile(
    r"(?<![\w./])(?P<weekday>(?!))?(?P<a>\d{1,2})/(?P<b>\d{1,2})"
    r"(?=(?:,\s+(?:a|the|on|which was)|\s+\()\s*"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# A month and a day whose second number no month has and no common fraction either (not a
# sixteenth, a twentieth, a twenty-fourth or a twenty-fifth, nor a shutter's "1/30 s"): "The
# deadline for entries is 4/30" -> "April thirtieth", was "four thirtieths" (two nights
# before their month, "12/13 May", are days).
_DAY_AFTER_MONTH = re.compile(
    r"(?<![\w./-])(?P<weekday>(?!))?(?P<a>1[0-2]|0?[1-9])/(?P<b>1[3-578-9]|2[1-36-9]|3[01])"
    r"(?![\w/]|[.,]\d|\s(?:of|an?|s|sec|secs|seconds?|inch|inches|in\.|from)\b"
    r"|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"  # "the night of 12/13 May"
)
# After "for", a month and a day whose second number no month has (not a sixteenth): "the
# forecast for 12/25", "tickets for 7/14" ("calls for 1/2 teaspoon", "for 3/16 inch" stay).
_FOR_SLASHED = re.compile(
    r"\b(?i:for)\s+(?P<weekday>(?!))?(?P<a>1[0-2]|0?[1-9])/(?P<b>1[3-578-9]|2\d|3[01])"
    r"(?![\w/]|[.,]\d|\s(?:of|an?|the|s|sec|secs|seconds?|cups?|inch|inches|in\.|miles?|"
    r"pounds?|hours?|tsp|tbsp|lbs?|oz)\b|\s[a-z]{2,}[^s\W]s\b)"  # "for 12/25 shots": a count
)
# Two months and days joined by "through", "to" or a dash are a span of days where one of
# them is no part as recipes, rulers and time signatures write them: "closed 12/24 through
# 1/2", "runs 11/25 to 12/2", "12/24-1/2" -> "December twenty-fourth through January second"
# ("1/2 to 3/4 cup", "from 4/4 to 7/8" stay).
_SLASHED_SPAN = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?P<to>\s?[-–]\s?|\s(?:through|thru|to|until|till)\s)"
    r"(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\w/]|[.,]\d)"
)
_PARTS = (2, 3, 4, 5, 6, 8, 10, 12, 16)


def _say_slashed_span(match: re.Match[str], day_first: bool) -> str:
    pairs = [(int(match["a"]), int(match["b"])), (int(match["c"]), int(match["d"]))]
    if all(d in _PARTS for _, d in pairs):
        return match.group(0)  # "1/2 to 3/4 cup", "from 4/4 to 7/8": parts, a beat's
    days = [_month_day(first, second, day_first) for first, second in pairs]
    if None in days:
        return match.group(0)
    to = " to " if match["to"].strip() in "-–" else match["to"]
    return f"{days[0]}{to}{days[1]}"


def _month_day(first: int, second: int, day_first: bool) -> str | None:
    """ "December twenty-fourth" for 12/24 (or 24/12 where the day comes first), or None."""
    if day_first or first > 12:
        first, second = second, first
    if not (1 <= first <= 12 and 1 <= second <= 31):
        return None
    if day_first:
        return f"the {ordinal(second)} of {_MONTHS[first - 1]}"
    return f"{_MONTHS[first - 1]} {ordinal(second)}"


# A month and a day before a time of day, read already by `times`: "go on sale 12/6 at ten
# AM" -> "December sixth at ten AM", "kicks off 9/14 at noon" ("1/2 at a time" stays a part).
_BEFORE_A_TIME = re.compile(
    r"(?<![\w./-])(?P<weekday>(?!))?(?P<a>\d{1,2})/(?P<b>\d{1,2})"
    r"(?=,? (?:at|from) (?:[a-z]+(?:[ -][a-z]+){0,2} [AP]M\b|noon\b|midnight\b))"
)
_WHEN_SLASHED_HINT = re.compile(r"/(?<=\d/)\d")
# A unit named in full after the slashed pair makes it a part of that unit, whatever word
# stands before it: "sits on 1/2 acre", "by 3/4 mile", "until 1/2 teaspoon" (the units' tables
# give their names of one word; a name that is a common noun too, "pair", "bar", is left).
_UNIT_NAMES = frozenset(
    name
    for table in ("units", "si_units")
    for row in read_table("en", table)
    for name in row[1:3]
    if name.isalpha() and name.islower()
) - {"pair", "pairs", "package", "packages", "bar", "bars", "gray", "grays", "mole", "moles"}
_UNIT_NAMES |= {"acre", "acres", "cup", "cups", "stick", "sticks", "pinch", "million", "billion"}
_WORD_AFTER = re.compile(r"\s([a-z]+)\b")
_SLASHED_NAMES = read_mapping("en", "slashed_names")


# A month and a year in digits: "07/2012", "11/2019", "in 3/2019" -> "July twenty twelve"...;
# a month of one digit only after a word of when ("1/2007" alone is a fraction).
_NUMERIC_MONTH_YEAR = re.compile(
    r"(?<![\w./-])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:1[6-9]|20)\d\d)(?![\w/-]|[.,]\d)"
)
_IN_BEFORE = re.compile(r"(?i:\bin)\s+$")


def _say_numeric_month_year(match: re.Match[str]) -> str:
    start = match.start()
    if len(match["m"]) == 1 and not (
        WHEN_BEFORE.search(match.string, max(0, start - 9), start)
        or _IN_BEFORE.search(match.string, max(0, start - 4), start)
    ):
        return match.group(0)  # "1/2007" alone is a fraction
    return f"{_MONTHS[int(match['m']) - 1]} {year(int(match['y']))}"


# A dotted date with a two-digit year, day first as British letters and diaries write it,
# after a word of when or a comma that ends a place: "dated 24.12.16", "France, 3.11.17" ->
# "the twenty-fourth of December sixteen" (elsewhere "2.10.16" may be a version).
_DOTTED_SHORT_DATE = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d\d)(?![\w/-]|\.\w|\.\d)"
)
_COMMA_AFTER_WORDS = re.compile(r"[A-Za-z],\s+$")


def _say_dotted_short_date(match: re.Match[str]) -> str:
    start = match.start()
    before = match.string[max(0, start - 12) : start]
    if not (WHEN_BEFORE.search(before) or _COMMA_AFTER_WORDS.search(before)):
        return match.group(0)
    words = _say_numeric_date(int(match["b"]), int(match["a"]), match["y"], day_first=True)
    return words or match.group(0)


_NUMERIC_DATE_HINT = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")


def _say_year(text: str) -> str:
    if len(text) == 4:
        return year(int(text))
    if text == "00":
        return "two thousand"  # "1/1/00": no "oh zero"
    return ("oh " if text[0] == "0" else "") + year(int(text))


def _say_numeric_date(month: int, day: int, year_text: str, day_first: bool) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    name = _MONTHS[month - 1]
    if day_first:
        return f"the {ordinal(day)} of {name} {_say_year(year_text)}"
    return f"{name} {ordinal(day)}, {_say_year(year_text)}"


def _say_iso_date(match: re.Match[str]) -> str:
    words = _say_numeric_date(int(match["m"]), int(match["d"]), match["y"], day_first=False)
    return words or match.group(0)


# Words of a text written outside the United States, where dates are written day first:
# its currencies, its countries and their spellings ("born on 4/7/1990, according to the
# British records" -> "the fourth of July").
_DAY_FIRST_WORLD = re.compile(
    r"[£€]|\b(?:UK|Britain|British|England|Scotland|Scottish|Wales|Welsh|Ireland|Australia|"
    r"Australian|New Zealand|NHS|colour|favourite|centre|theatre|programme|whilst|"
    r"organis\w+|realis\w+|licence|defence|cheque)\b"
)


def _day_first_text(text: str) -> bool:
    """Whether the text writes its numeric dates day first: one date says so ("25/12/2019")
    and none says the other way ("12/25/2019"), or none says either way and its words are
    those of a country that writes them so."""
    pairs = [(int(m["a"]), int(m["b"])) for m in _NUMERIC_DATE.finditer(text)]
    if any(b > 12 >= a for a, b in pairs):
        return False
    return any(a > 12 >= b for a, b in pairs) or _DAY_FIRST_WORLD.search(text) is not None


def _say_us_date(match: re.Match[str], day_first: bool = False) -> str:
    first, second = int(match["a"]), int(match["b"])
    if day_first and second <= 12:
        words = _say_numeric_date(second, first, match["y"], day_first=True)
    elif first <= 12:
        words = _say_numeric_date(first, second, match["y"], day_first=False)
    else:
        words = _say_numeric_date(second, first, match["y"], day_first=True)
    return words or match.group(0)


# A verb of change before "by" makes the slashed pair after it a fraction: "cut by 1/2".
_CHANGED_BY = re.compile(
    r"(?i:\b(?:reduc|cut|increas|ris|rose|fell|fall|grew|grow|drop|shr[ai]nk|rais|lower|boost)"
    r"\w*\b(?:\s+\w+){0,3}\s+by\s+)$"
)

# A percent or a point after the slashed pair makes it a fraction: "by 1/2 per cent".
_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|percent\b|(?:percentage )?points?\b)")


def _say_when_slashed(match: re.Match[str], day_first: bool) -> str:
    if f"{match['a']}/{match['b']}" in _SLASHED_NAMES:
        return match.group(0)  # "until 24/7", "before 9/11": names
    if _CHANGED_BY.search(match.string, max(0, match.start() - 40), match.start("a")):
        return match.group(0)  # "Reduce the sauce by 1/3": a share of it, no date
    if _PERCENT_AFTER.match(match.string, match.end()):
        return match.group(0)  # "by 1/2 per cent": a share of a percent, no date
    unit = _WORD_AFTER.match(match.string, match.end())
    if unit is not None and unit[1] in _UNIT_NAMES:
        return match.group(0)  # "on 1/2 acre": a part of the unit, no date
    first, second = int(match["a"]), int(match["b"])
    if runway_headings(match.string, match.start("a"), first, second) or bowling_figures(
        match.string, match.start("a"), first, second
    ):
        return match.group(0)  # "runway 09/27", "took 5/23": read by `slashed_pairs`
    if day_first or first > 12:
        first, second = second, first
    if not (1 <= first <= 12 and 1 <= second <= 31):
        return match.group(0)
    when = match.group(0)[: match.start("a") - match.start()]
    if match["weekday"]:  # "Wed. 2/7", "Friday, 3/4": the day's whole name
        name = match["weekday"].rstrip(".,")
        comma = "," if match["weekday"].endswith(",") else ""
        when = when.replace(match["weekday"], WEEKDAYS.get(name, name) + comma, 1)
    if day_first or int(match["a"]) > 12:
        return f"{when}the {ordinal(second)} of {_MONTHS[first - 1]}"
    return f"{when}{_MONTHS[first - 1]} {ordinal(second)}"


# A day past the twelfth and its month, as Europe writes them, before a noun of what happens on
# a day: "Tickets for the 30/6 show" -> "the thirtieth of June show", "the 14/7 parade" (a
# screen's "16/9", cutlery's "18/10", a time signature's "13/8" name no event; without "the"
# the pair may be a count's: "after 17/3 sessions").
_DAY_MONTH_EVENT = re.compile(
    r"\b(?P<the>[Tt]he )(?P<day>1[3-9]|2\d|3[01])/(?P<month>0?[1-9]|1[0-2])"
    r"(?=\s(?:shows?|concerts?|gigs?|games?|match(?:es)?|fixtures?|races?|meetings?|sessions?|"
    r"hearings?|votes?|elections?|primary|deadlines?|events?|performances?|screenings?|"
    r"premieres?|matinees?|launch|releases?|openings?|ceremony|parades?|festivals?|rally|"
    r"protests?|strikes?|sales?|auctions?|party|final|episodes?|broadcasts?|draw|attacks?|"
    r"bombings?)\b)"
)


def _say_day_month_event(match: re.Match[str]) -> str:
    return f"{match['the']}{ordinal(int(match['day']))} of {_MONTHS[int(match['month']) - 1]}"


_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? $")


def _say_day_after_month(match: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(match.string, max(0, match.start() - 11), match.start()):
        return match.group(0)  # "the night of May 12/13": two days
    return _say_when_slashed(match, day_first=False)


def read_numeric_dates(text: str) -> str:
    """Read dates written in digits: "6/23/2024" -> "June twenty-third, twenty twenty-four",
    "2024-06-23" likewise, "on 3/4" -> "on March fourth", "07/2012" -> "July twenty twelve"."""
    day_first = False
    if _NUMERIC_DATE_HINT.search(text):
        text = _ISO_DATE.sub(_say_iso_date, text)
        day_first = _day_first_text(text)
        text = _NUMERIC_DATE.sub(lambda m: _say_us_date(m, day_first), text)
        text = _DOTTED_SHORT_DATE.sub(_say_dotted_short_date, text)
    if "/" in text and _WHEN_SLASHED_HINT.search(text):
        text = _NUMERIC_MONTH_YEAR.sub(_say_numeric_month_year, text)
        text = _SLASHED_SPAN.sub(lambda m: _say_slashed_span(m, day_first), text)
        text = _WHEN_SLASHED.sub(lambda m: _say_when_slashed(m, day_first), text)
        if "M" in text or " noon" in text or " midnight" in text:
            text = _BEFORE_A_TIME.sub(lambda m: _say_when_slashed(m, day_first), text)
        if "day" in text:
            text = _BEFORE_WEEKDAY.sub(lambda m: _say_when_slashed(m, day_first), text)
        text = _DAY_MONTH_EVENT.sub(_say_day_month_event, text)
        if not day_first:
            text = _FOR_SLASHED.sub(lambda m: _say_when_slashed(m, day_first), text)
            text = _DAY_AFTER_MONTH.sub(_say_day_after_month, text)
    return text

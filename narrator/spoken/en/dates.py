"""Dates, in news style.

- "June 6" -> "June sixth"; "Nov. 4" -> "November fourth"
- "April 9, 2024" -> "April ninth, twenty twenty-four"
- "25 July", "25th of july" -> "the twenty-fifth of July"; "1 may 2020": between a day and a
  year "may" is the month
- dates in digits ("6/23/2024", "2024-06-23", "on 3/4", "07/2012"): numeric_dates, first
- "Friday 13th", "Fri. 13" -> "Friday the thirteenth"
- "June 1-3" -> "June first to third"; "1-3 June 2020" -> "the first to the third of June
  twenty twenty"; "June 30-July 2" -> "June thirtieth to July second"; "May 4 and 5" -> "May
  fourth and fifth"; "5 and 6 June" -> "the fifth and the sixth of June", "29, 30 and 31
  August" -> "the twenty-ninth, thirtieth and the thirty-first of August"; "December
  2019–January 2020" -> "December twenty nineteen to January twenty twenty"
- "Dec 2004" -> "December two thousand four"; "Jan-Mar 2020" -> "January to March twenty twenty"
- "805 B.C." -> "eight oh-five BC", "AD 79" -> "AD seventy-nine" (a year of an era is a year)
- "May 5" is a date, "may 5" is not: "may" and "march" are also verbs; with a year after
  them ("may 5 2020") or a word of when before ("on march 1") they are months again
- "Sep-2012" -> "September twenty twelve" (a month hyphened to its year); "Jul '12" -> "July
  twelve"
- "March 10 to 15", "10 through 15 March" -> "March tenth to fifteenth", "the tenth to the
  fifteenth of March"
"""

from __future__ import annotations

import re

from narrator.spoken.en.abbreviations_in_context import WEEKDAYS
from narrator.spoken.en.context import (
    HAS_DIGIT,
    any_case,
    any_case_at_word_start,
    starts_sentence,
    stop_after,
)
from narrator.spoken.en.eras import read_eras
from narrator.spoken.en.numbers import cardinal, ordinal, year
from narrator.spoken.en.numeric_dates import WHEN_BEFORE, read_numeric_dates
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

_MONTHS = tuple(row[0] for row in read_table("en", "months"))
_ABBREVIATIONS = {
    a: i for i, row in enumerate(read_table("en", "months"), 1) for a in row[1].split()
}
_MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(_MONTHS, 1)}
_MONTH_NUMBERS |= {a.lower(): i for a, i in _ABBREVIATIONS.items()}  # "sept", "septr"
# In any case ("july 25", "JAN. 15"); "may", "march" and "mar" are verbs in lower case.
_MONTH = rf"(?P<month>{any_case([*_MONTHS, *_ABBREVIATIONS])})"
# The same after a word boundary ("\b" first would be tried at every position).
_WORD_MONTH = rf"(?P<month>{any_case_at_word_start([*_MONTHS, *_ABBREVIATIONS])})"
# "may" and "march" are also verbs: only their capitalised forms name a month.
_VERB_MONTHS = {"may", "march", "mar"}
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)?"  # old books' "Oct. 3d", "June 2d"
# A year after a day may be dated both ways, as it was before the year began in January:
# "Feb. 11, 1731-2", "13 February 1688/9" -> "seventeen thirty-one to two" (the end said
# apart, not glued to the year: "thirty-one-two").
_YEAR = r"(?P<year>\d{4})(?:[-–/](?P<also>\d{1,2})\b(?![-–/.,]\d))?"
# A measure after a month and a number is no date: "in July 22 °C", "in May 12 degrees".
_NO_DAY_AFTER = r"(?![.,:/]?\d|\s?[%°º]|\s(?:degrees|mm|cm|inches)\b)"
_MONTH_DAY = re.compile(
    rf"{_WORD_MONTH}(?:\.?\s+|\.?-){_DAY}\b{_NO_DAY_AFTER}(?:(?P<comma>,)?\s+{_YEAR}\b(?![.,]\d))?"
)
# Also hyphened, as tables and forms write it: "12-Jun-2023", "5-March-1998".
# Led by the day's first digit, the look-behind after it: a pattern led by a look-behind is
# tried at every position of the text.
_LED_DAY = _DAY.replace(r"\d{1,2}", r"\d(?<![\w.,]\d)\d?", 1)
_DAY_MONTH = re.compile(
    rf"{_LED_DAY}(?:\s+(?P<of>of\s+)?|-(?=[A-Za-z]{{3,9}}-\d{{4}}\b))"
    rf"{_MONTH}\b\.?(?:(?:,?\s+|-(?=\d{{4}}\b)){_YEAR}\b(?![.,]\d))?"
)
# A day, a month and a year that a tokenizer parted in two ("29 December 19 23", as text
# drawn from tables may be): the two pieces after a day and a month are one year.
_DAY_MONTH_PARTED_YEAR = re.compile(
    rf"(?<![\w.,]){_DAY}\s+(?P<of>of\s+)?{_MONTH}\b\.?\s+(?P<year>(?:1[0-9]|20) \d\d)\b"
    r"(?![.,]?\d| \d)"
)
# Led by the space between the year's halves, which the regex engine finds quickly.
_PARTED_YEAR_HINT = re.compile(r" (?<=[12]\d )\d\d\b")
# Ranges of days in one month: "June 1-3", "1-3 June 2020", "1st-3rd June".
# "to" and "through" join them as a dash does: "March 10 to 15", "10 through 15 March".
_DAYS_TO = r"(?:\s?[-–]\s?|\s(?:to|through|until|till)\s)"
_DAYS_TO_HINT = any_of(r" to \d", r" through \d", r" until \d", r" till \d")
_MONTH_DAYS = re.compile(
    rf"{_WORD_MONTH}\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_DAYS_TO}{_DAY}\b{_NO_DAY_AFTER}"
)
_DAYS_MONTH = re.compile(
    rf"(?<![\w.,])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_DAYS_TO}{_DAY}\s+(?:of\s+)?{_MONTH}\b\.?"
)
# A dash between a date just read and the next: "June thirtieth-July second", "the
# thirtieth of June - the second of July".
_DATE_ENDS = (
    *("[a-z]st", "[a-z]nd", "[a-z]rd", "[a-z]th", *_MONTHS),
    *(rf"{month} \d\d\d\d" for month in _MONTHS),  # "December 2019–January 2020"
)
_DATE_START = rf"\s?(?=(?:the )?(?:{'|'.join(_MONTHS)}|[a-z]+(?:st|nd|rd|th) of)\b)"
_DATE_TO_DATE = re.compile(
    "(?:" + "|".join(f"(?<={end})" for end in _DATE_ENDS) + rf")\s?[-–]{_DATE_START}"
)
# The same dashes found from the dash, the date's end looked behind for: led by its look-behinds,
# the pattern above is tried at every character (18 µs a line).
_DATE_TO_DATE_HINT = re.compile(
    "[-–](?:"
    + "|".join(f"(?<={end}[-–])|(?<={end}\\s[-–])" for end in _DATE_ENDS)
    + ")"
    + _DATE_START
)
# A spaced dash between two dates, one of them whole, is "to", as a life's span is written:
# "(12 May 1920 – 3 June 1990)", "(c. 1340 – 25 October 1400)" (two years: the ranges').
_ANY_MONTH = any_case([*_MONTHS, *_ABBREVIATIONS])
_WHOLE_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_ANY_MONTH})\.?|(?:{_ANY_MONTH})\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,)?)\s+\d{{3,4}}"
)
_DATE_SPAN = re.compile(
    rf"(?<![\w.,])(?P<a>{_WHOLE_DATE}|\d{{3,4}})(?:\s?–\s?|\s-\s)"
    rf"(?=(?P<b>{_WHOLE_DATE}|\d{{3,4}})\b(?![.,]\d))"
)


def _say_date_span(match: re.Match[str]) -> str:
    if match["a"].isdigit() and match["b"].isdigit():
        return match.group(0)
    return match["a"] + " to "


# "Dec 2004", "Sept. 1998": an abbreviated month before a year.
_MONTH_NAMED = re.compile(rf"{_WORD_MONTH}\b")
# A range of months: "Jan-Mar 2020", "June–August" -> "January to March"...
_MONTH_RANGE = re.compile(
    rf"{_WORD_MONTH}\.?\s?[-–]\s?(?P<month2>{any_case([*_MONTHS, *_ABBREVIATIONS])})\b\.?"
    r"(?=\s|$|[,;:)])"
)


def _say_month_range(match: re.Match[str]) -> str:
    first, second = _month_name(match["month"]), _month_name(match["month2"])
    if first is None or second is None or first == second:
        return match.group(0)
    return f"{first} to {second}"


_MONTH_YEAR = re.compile(rf"{_WORD_MONTH}(?:\.?\s+|-)(?=(?:\d{{4}}|'\d\d)\b(?![.,]\d))")
# More days of the month just read, in a list: "May 4 and 5", "June 1, 8 and 15" -> "May
# fourth and fifth", ...; the last before the clause's end, a year or a word of when ("May 4
# and 5 people" counts people).
_MORE_DAYS = re.compile(
    rf"(?P<first>\b(?:{'|'.join(_MONTHS)}) [a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))"
    r"(?P<more>(?:,\s?\d{1,2}(?:st|nd|rd|th)?)*,?\s(?:and|&|or)\s\d{1,2}(?:st|nd|rd|th)?)\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:\d{4}|at|in|from|this|next|last|were|are|was|is|will)\b)"
)
# A day before "and" and a date read day first: "5 and 6 June" -> "the fifth and the sixth
# of June" (was "five and the sixth of June").
_DAY_AND_DATE = re.compile(
    r"(?<![\w.,$£€])(?P<days>(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,\s)*)"
    r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s(?P<and>and|or|&)\sthe "
    rf"(?=[a-z]+(?:-[a-z]+)? of (?:{'|'.join(_MONTHS)})\b)"
)


def _say_day_and_date(match: re.Match[str]) -> str:
    """ "29, 30 and the " -> "the twenty-ninth, thirtieth and the "; after "the" the written
    one is kept: "the 1st and the 10th of May" -> "the first and the tenth of May"."""
    days = [int(day) for day in _DAY_NUMBER.findall(match["days"])] + [int(match["day"])]
    listed = ", ".join(ordinal(day) for day in days) + f" {match['and']} "
    before = match.string[max(0, match.start() - 4) : match.start()].lower()
    return f"{listed}the " if before.endswith("the ") else f"the {listed}the "


# Days listed after one "the", the last a date's: "the 1st and 2nd of May" -> "the first and
# second of May" (the "the" is said once for all; a written one is kept: "the 1st and the 10th").
_LISTED_AFTER_THE = re.compile(
    r"\b[Tt]he (?:\d{1,2}(?:st|nd|rd|th)?,\s)*\d{1,2}(?:st|nd|rd|th)?,?\s(?:and|or|&)\s$"
)


_DAY_NUMBER = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?")
# A weekday and a day of the month, with an ordinal's letters or before a clause's end:
# "Friday 13th", "Fri. 13" -> "Friday the thirteenth" (the day's name is read after).
_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|"
    r"Sat|Sun)\.?),?\s(?P<day>\d{1,2})(?:(?P<letters>st|nd|rd|th)\b|(?=\s*(?:[.,;:)]|$)|\sat\b))"
    r"(?![.,]?\d|\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def _say_weekday_date(match: re.Match[str]) -> str:
    day = int(match["day"])
    if not 1 <= day <= 31:
        return match.group(0)
    weekday = WEEKDAYS.get(match["weekday"].rstrip("."), match["weekday"])
    return f"{weekday} the {ordinal(day)}"


def _say_more_days(match: re.Match[str]) -> str:
    days = [int(day) for day in _DAY_NUMBER.findall(match["more"])]
    if not all(1 <= day <= 31 for day in days):
        return match.group(0)
    return match["first"] + _DAY_NUMBER.sub(lambda m: ordinal(int(m["day"])), match["more"])


_WEEKDAY_HINT = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")


def _month_name(word: str) -> str | None:
    if word in _VERB_MONTHS:
        return None
    number_ = _MONTH_NUMBERS.get(word.lower().rstrip("."))
    return _MONTHS[number_ - 1] if number_ else None


def _stop_after_month(match: re.Match[str]) -> str:
    # A month written in full takes no point of its own: the one after it ends the sentence
    # ("It was 3 May. Fine day."); after "Sept." the sentence may go on ("3 Sept. 1998").
    written = match.group(0)
    if written.endswith(".") and written[:-1].title().endswith(_MONTHS):
        return "."
    return stop_after(match)


# A month, a hyphen and a day with a month after it are the end of one date and the start of
# the next: "3 June-5 July" -> "the third of June to the fifth of July", not "June fifth".
_NEXT_MONTH = re.compile(rf"\s+(?:{_ANY_MONTH})\b")


def _starts_the_next_date(match: re.Match[str]) -> bool:
    hyphened = "-" in match.string[match.end("month") : match.start("day")]
    return hyphened and _NEXT_MONTH.match(match.string, match.end()) is not None


def _say_month_day(match: re.Match[str]) -> str:
    written, text, start = match["month"], match.string, match.start()
    if written in _VERB_MONTHS and (
        match["year"]
        or WHEN_BEFORE.search(text, max(0, start - 9), start)
        or starts_sentence(text, start)
    ):
        written = written.title()  # "may 5 2020", "on may 5", "may 5": the month
    month, day = _month_name(written), int(match["day"])
    if month is None or not 1 <= day <= 31 or _starts_the_next_date(match):
        return match.group(0)
    words = f"{month} {ordinal(day)}"
    if match["year"]:
        words += (", " if match["comma"] else " ") + _said_year(match)
    return words


def _said_year(match: re.Match[str]) -> str:
    """The date's year, and the year it is also dated by ("1731-2", see `_YEAR`)."""
    words = year(int(match["year"].replace(" ", "")))
    also = match.groupdict().get("also")
    return f"{words} to {cardinal(int(also))}" if also else words


# A family's members after a count and its name, where that name is also a month's: "4 March
# sisters", "the 2 May brothers" count (after "on" or "since" it is a date still).
_FAMILY_AFTER = re.compile(
    r" (?:sisters|brothers|siblings|twins|triplets|daughters|sons|cousins|girls|boys)\b(?!['’])"
)


# A military unit's word after a day and "Mar." makes it an ordinal and the Marines' unit, no
# date: "the 1st Mar. Div.", "5th Mar. Regt." -> "the 1st Marine Division", "5th Marine Regiment".
_MARINE_UNIT_AFTER = re.compile(
    r"\.? (?:Div|Divs|Regt|Bn|Bde|Division|Regiment|Battalion|Brigade|Corps|Expeditionary|"
    r"Aircraft|Air|Wing|Raiders?|Amphibious)\b"
)


def _say_day_month(match: re.Match[str]) -> str:
    # Between a day and a year, or after "of", "may" and "march" are months: "1 may 2020".
    if match["of"] and match.group(0)[: match.start("of") - match.start()].strip().isdigit():
        return match.group(0)  # "5 of May's songs" counts; "5th of May" is a date
    dated = match["of"] or match["year"]
    if (
        not dated
        and _FAMILY_AFTER.match(match.string, match.end())
        and not WHEN_BEFORE.search(match.string, max(0, match.start() - 9), match.start())
    ):
        return match.group(0)  # "4 March sisters": four of a family; "on 4 March" a date
    if match["month"] == "Mar" and _MARINE_UNIT_AFTER.match(match.string, match.end("month")):
        ordinal_day = match.group(0)[: match.start("month") - match.start()]
        return ordinal_day + "Marine" + match.string[match.end("month") : match.end()].lstrip(".")
    month = _month_name(match["month"].title() if dated else match["month"])
    day = int(match["day"])
    if month is None or not 1 <= day <= 31:
        return match.group(0)
    before = match.string[max(0, match.start() - 4) : match.start()].lower()
    said_once = _LISTED_AFTER_THE.search(match.string, max(0, match.start() - 40), match.start())
    the = "" if before.endswith("the ") or said_once else "the "
    words = the + f"{ordinal(day)} of {month}"
    if match["year"]:
        words += " " + _said_year(match)
    return words + _stop_after_month(match)


# A month and a day with the year's last two figures after a slash, as letters of the 1860s
# date themselves: "Nov. 12/64" -> "November twelfth, sixty-four" (was "twelve sixty-fourths");
# the next day's number after the slash is a night's two days ("the night of May 12/13").
_MONTH_DAY_SLASH_YEAR = re.compile(rf"{_WORD_MONTH}\.?\s+{_DAY}/(?P<year>\d\d)\b(?![/.,]\d)")


def _say_month_day_slash_year(match: re.Match[str]) -> str:
    month, day = _month_name(match["month"].title()), int(match["day"])
    if month is None or not 1 <= day <= 31:
        return match.group(0)
    if int(match["year"]) == day + 1:  # "the night of May 12/13": two days
        return f"{month} {ordinal(day)} to {ordinal(day + 1)}"
    said_year = year(int(match["year"])) if match["year"][0] != "0" else f"oh {match['year'][1]}"
    return f"{month} {ordinal(day)}, {said_year}"


# A night or a weekend across two days, written with a slash as war diaries and reports write it:
# "the night of 13/14 October", "the raid of 5/6 June 1944" -> "the thirteenth to the
# fourteenth of October" (only days one after the other: no fraction of a month).
# After a word that leads a date, so that "paid 3/4 March rent" is no night.
_DATE_LEADS = "|".join(rf"(?<=\b(?i:{word}) )" for word in ("of", "on", "night", "weekend", "by"))
_NIGHT_DAYS_MONTH = re.compile(
    rf"(?:{_DATE_LEADS})(?P<d1>\d{{1,2}})/{_DAY}\s+{_MONTH}\b\.?(?!['’]s\b)"
)


def _say_night_days_month(match: re.Match[str]) -> str:
    if int(match["day"]) != int(match["d1"]) + 1:
        return match.group(0)
    return _say_days_month(match)


def _say_month_days(match: re.Match[str]) -> str:
    month, first, last = _month_name(match["month"]), int(match["d1"]), int(match["day"])
    if month is None or not 1 <= first < last <= 31:
        return match.group(0)
    return f"{month} {ordinal(first)} to {ordinal(last)}"


def _say_days_month(match: re.Match[str]) -> str:
    if " of" in match.group(0) and match.group(0)[match.end("day") - match.start()].isspace():
        return match.group(0)  # "pages 5 to 7 of May's report"; "the 12th-14th of June" is dates
    month, first, last = _month_name(match["month"]), int(match["d1"]), int(match["day"])
    if month is None or not 1 <= first < last <= 31:
        return match.group(0)
    before = match.string[max(0, match.start() - 4) : match.start()].lower()
    the = "" if before.endswith("the ") else "the "
    return f"{the}{ordinal(first)} to the {ordinal(last)} of {month}" + _stop_after_month(match)


def _say_month_year(match: re.Match[str]) -> str:
    month = _month_name(match["month"])
    return f"{month} " if month else match.group(0)


def read_dates(text: str) -> str:
    """Read dates in news style: "June 6" -> "June sixth", "Nov. 4" -> "November fourth".

    "April 9, 2024" -> "April ninth, twenty twenty-four"; "25 July" -> "the twenty-fifth of
    July"; "29 December 19 23", a year a tokenizer parted, -> "... nineteen twenty-three";
    numeric dates are year-month-day when they start with the year, otherwise
    month/day/year unless the first number cannot be a month (then day/month/year).
    """
    with_digits = HAS_DIGIT.search(text) is not None
    if "/" in text:  # before "12/13" is taken for December 13th
        text = _NIGHT_DAYS_MONTH.sub(_say_night_days_month, text)
    text = read_numeric_dates(text)
    text = read_eras(text)
    if _WEEKDAY_HINT.search(text):
        text = _WEEKDAY_DATE.sub(_say_weekday_date, text)
    if _MONTH_NAMED.search(text) is None:
        return text
    dashed = "-" in text or "–" in text
    if dashed and with_digits:
        text = _DATE_SPAN.sub(_say_date_span, text)
    if dashed or _DAYS_TO_HINT.search(text):
        text = _MONTH_RANGE.sub(_say_month_range, text)
        text = _MONTH_DAYS.sub(_say_month_days, text)
        text = _DAYS_MONTH.sub(_say_days_month, text)
    if _PARTED_YEAR_HINT.search(text):
        text = _DAY_MONTH_PARTED_YEAR.sub(_say_day_month, text)
    if "/" in text:
        text = _MONTH_DAY_SLASH_YEAR.sub(_say_month_day_slash_year, text)
    text = _MONTH_DAY.sub(_say_month_day, text)
    if " and " in text or " or " in text or "&" in text:
        text = _MORE_DAYS.sub(_say_more_days, text)
    text = _DAY_MONTH.sub(_say_day_month, text)
    if " and " in text or " or " in text or "&" in text:
        text = _DAY_AND_DATE.sub(_say_day_and_date, text)
    text = _MONTH_YEAR.sub(_say_month_year, text)
    if dashed and with_digits and _DATE_TO_DATE_HINT.search(text):  # not "May-May"
        text = _DATE_TO_DATE.sub(" to ", text)
    return text


HINT = HAS_DIGIT

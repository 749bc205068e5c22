"""Clock times, with their AM/PM and time zones, and ranges of them.

- "4:15 p.m." -> "four fifteen PM"; "at 7am" -> "at seven AM" (AM/PM run together, which
  engines read as letters)
- "15:45 GMT" -> "fifteen forty-five GMT"; "15:00" -> "fifteen hundred"; "3:00" -> "three
  o'clock"; "10:05:30" -> "ten hours five minutes thirty seconds", with AM/PM or not
- "5-7 pm" -> "five to seven PM"; "9am-11am" -> "nine AM to eleven AM"; "5pm-7pm" -> "five
  PM to seven PM"; "6:00-8:00 p.m." -> "six to eight PM" (no "o'clock" before the AM/PM);
  "5:30-7:30 pm", "10:30-11:45" -> "five thirty to seven thirty PM", "ten thirty to ..."
- "1430h", "0800 hours", "1545 hrs" -> "fourteen thirty hours", "oh eight hundred hours"...
  (the military clock); without the word, before a zone or with a leading zero after a word
  of when: "at 1400 GMT", "at 0900"; "09:00 hrs"; "10h30" -> "ten thirty"; "0900-1700"
- "1h 30m", "5m 30s", "2h15m" -> "one hour thirty minutes"...: a duration by its letters
- "3:43.13" -> "three minutes forty-three point one three seconds" (a time of a race)
- "12:00 noon" -> "twelve noon"; "3:00 o'clock" -> "three o'clock"; "noon-2pm" -> "noon to
  two PM"
- "12.45 GMT", "09.05 BST" -> "twelve forty-five GMT", "nine oh five BST": a dotted time before
  a zone of the world's clock
- "we meet at 5.30 tomorrow" -> "... at five thirty tomorrow": a dotted time without AM/PM
  where the words around speak of time ("shares closed at 5.30" is a price); "the 10.30
  train", "the 8.15 from Paddington" -> "the ten thirty train"...
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import (
    CALENDAR_WORD,
    starts_sentence,
    stop_before_a_capital,
)
from narrator.spoken.en.counts import counted_before
from narrator.spoken.en.dotted_times import WORLD_ZONES, read_dotted_times
from narrator.spoken.en.fractions import say_fraction
from narrator.spoken.en.initialisms import spelled
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.en.old_clock import OLD_CLOCK_HINTS, read_old_clock
from narrator.spoken.en.race_times import read_race_times
from narrator.spoken.en.ranges import read_verses
from narrator.spoken.en.ratios import RATIO_BEFORE
from narrator.spoken.en.zone_offsets import read_zone_offsets
from narrator.spoken.rules import any_of

_ZONES = WORLD_ZONES
_AMPM = r"(?i:[ap](?:\.\s?m\b\.?|m\b))"
# In lower case only the zones that are no English word ("et", "pt", "mt" are kept out).
_LOWER_ZONES = "gmt|utc|bst|cet|cest|jst|aest|aedt|edt|cdt|mdt|pdt|est|cst|mst|pst"
_DOTTED_ZONE = r"(?i:[ecmp]\.[sd]\.t\b\.?|[ecmp][sd]t\b)"
_ZONE = rf"(?:\s?(?P<zone>(?:{_ZONES}|{_LOWER_ZONES})\b|{_DOTTED_ZONE}))?"
_TIME = re.compile(
    # "11.5 p.m.": old timetables' one figure of minutes after a point is "eleven oh five"
    r"(?<![\w.:$])(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}|(?<=\.)[1-9](?=\s?[aApP]))"
    r"(?::(?P<s>\d{2}))?)?\s?"
    r"(?i:(?P<ap>[ap])(?:\.\s?m\b\.?|m\b))"
    r"|(?P<ch>\d{1,2}):(?P<cm>\d{2})(?::(?P<cs>\d{2}))?(?!\s(?:scale|ratio)\b))"
    # A colon and a space after it end the time: a live blog's "01:12: Recount begins."
    rf"{_ZONE}(?![\w]|:(?!\s)|,\d{{3}})"
)
# "11 o'clock A.M.": the AM/PM after an o'clock, run together as after a time.
_OCLOCK_AMPM = re.compile(r"(?<=o'clock)\s(?P<ap>[aApP])(?:\.\s?[mM]\b\.?|[mM]\b)")
_NOON = re.compile(r"\s(?:noon|midnight)\b")
# The capitalised words a clock's "a.m." or "p.m." takes after it: a zone ("5 p.m. Eastern"),
# a day or a date ("at 9 a.m. Friday"); another ends the sentence ("by 9 p.m. Residents").
_TAKEN_AFTER_A_CLOCK = re.compile(
    rf"{CALENDAR_WORD.pattern}|(?:Eastern|Pacific|Central|Mountain|Atlantic|Alaska|Hawaii|"
    r"Greenwich|Universal|Coordinated|Daylight|Standard|Zulu)\b"
)
# A time before a dash and a time with its AM/PM or its minutes: "5-7 pm", "6:00-8:00
# p.m.", "5:30-7:30 pm", "10:30-11:45" (not "five thirty-seven thirty").
_HOUR_BEFORE_RANGE = re.compile(
    rf"(?<![\w.:])(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s?[-–]\s?"
    rf"(?=\d{{1,2}}(?::\d\d)?\s?{_AMPM}|\d{{1,2}}:[0-5]\d(?![\d:]))"
)


_AMPM_AHEAD = re.compile(rf"\d{{1,2}}(?::\d\d)?\s?{_AMPM}")


def _say_range_start(match: re.Match[str]) -> str:
    hour = int(match["h"])
    if hour > 24:
        return match.group(0)
    # "10:00-11:30" keeps its "ten o'clock" ("ten to eleven thirty" would be 10:50)
    ampm = _AMPM_AHEAD.match(match.string, match.end()) is not None
    minute = int(match["m"]) if match["m"] else None
    if minute == 0 and hour and _DAY_CLOCK_AHEAD.match(match.string, match.end()):
        # the 24-hour clock, as its end says: "10:00-18:00" -> "ten hundred to eighteen hundred"
        return f"{'oh ' if hour < 10 else ''}{cardinal(hour)} hundred to "
    return _say_clock(hour, minute, None, ampm=ampm) + " to "


_DAY_CLOCK_AHEAD = re.compile(r"(?:1[3-9]|2[0-4]):[0-5]\d")


# A dash after a time just read ("nine AM-eleven AM") or an o'clock is a range.
_TIME_RANGE = re.compile(r"(?:(?<=\bAM)|(?<=\bPM)|(?<=o'clock))\s?[-–]\s?(?=\w)")
# Noon or midnight before a dash and a time: "noon-2pm" -> "noon to two PM".
_NOON_RANGE = re.compile(r"\b(?P<when>noon|midnight)\s?[-–]\s?(?=\d)")
# An hour before a dash and noon or midnight: "Sat. 7-noon", "9:30-midnight" -> "seven to noon".
_TO_NOON = re.compile(
    r"(?<![\w.,:/])(?P<h>1[0-2]|[1-9])(?::(?P<m>[0-5]\d))?\s?[-–]\s?(?=(?:noon|midnight)\b)"
)


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
    if not ampm and RATIO_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return match.group(0)  # "diluted 1:10": a ratio, read by `ratios`
    words = _say_clock(hour, minute, second, ampm)
    if minute == 0 and (
        _NOON.match(match.string, match.end()) or match.string.startswith(" o'clock", match.end())
    ):
        words = cardinal(hour)  # "twelve noon", "3:00 o'clock": not "twelve o'clock noon"
    if ampm:
        # Run together: engines read "AM" after a time as letters, and "A-M" would be too.
        words += " " + match["ap"].upper() + "M"
    if match["zone"]:
        words += " " + spelled(match["zone"])
    return words + stop_before_a_capital(match, _TAKEN_AFTER_A_CLOCK)


def _say_ampm_after_oclock(match: re.Match[str]) -> str:
    return f" {match['ap'].upper()}M" + stop_before_a_capital(match, _TAKEN_AFTER_A_CLOCK)


# Four digits and a word of hours are a time after a word of when, with a leading zero, with
# "h", or with "hrs" where nothing counts them ("at 1430 hours", "0800 hours", "1430h",
# "arrived 1430 hrs"), else a count ("1500 hours of work").
_MILITARY = re.compile(
    r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<unit>\s?h\b|\s?(?:hrs|hours)\b)"
    r"(?:(?<=hrs)\.(?=\s+[a-z]|[,;:)]))?"
)
# Without a word of hours, four digits are a time before a zone of the world's clock ("at
# 1400 GMT", "0600 UTC"), or with a leading zero after a word of when ("at 0900").
_MILITARY_UNMARKED = re.compile(
    r"(?<![\w.,:$£€])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?![\w.,:]\w|\s?%)"
    r"(?P<zone>\s(?:GMT|UTC)\b)?"
)
# Hours and minutes with a colon and a word of hours are the military clock too: "09:00 hrs",
# "at 14:30 hours" -> "oh nine hundred hours", "fourteen thirty hours".
_COLON_MILITARY = re.compile(r"(?<![\w.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\s?(?:hrs|hours)\b")
_WHEN = re.compile(r"(?i:\b(?:at|by|until|till|before|after|from|since|to|between|and))\s+$")


# Hours and minutes parted by "h", as in much of Europe: "10h30", "18h05".
_H_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)\b")


def _is_military(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 10) : match.start()]
    if match["h"][0] == "0" or match["unit"].strip() == "h" or _WHEN.search(before):
        return True
    # "hrs" written short is the clock's where nothing counts the hours ("arrived 1430 hrs";
    # "logged over 1430 hrs", "1430 hrs of flying" count them)
    return (
        match["unit"].strip() == "hrs"
        and not _OF_AHEAD.match(match.string, match.end())
        and not counted_before(match)
    )


_OF_AHEAD = re.compile(r"\.?\s+of\b")


# An hour and a part of it written as one character, as old books print the clock: "at 7½
# o'clock" -> "at half past seven", "at 10¼ in the morning" -> "a quarter past ten", "8¾
# a.m." -> "a quarter to nine" (only with o'clock, a part of the day, or after "at" before a
# clause: "At 10½ the guests sat down"; "7½ per cent").
_HOUR_AND_PART = re.compile(
    r"(?<![\w.,])(?P<h>1[0-2]|[1-9])(?P<part>[½¼¾])(?:\s?o'clock)?"
    r"(?=\s(?:in the (?:morning|afternoon|evening)|at night|[ap]\.\s?m\.|[AP]\.\s?M\.))"
    r"|(?<![\w.,])(?P<h2>1[0-2]|[1-9])(?P<part2>[½¼¾])\s?o'clock"
    # after "At" opening a clause, before its subject: "At 10½ the guests sat down to supper"
    # ("sold at 7½ the pound" is a price)
    r"|(?<=\bAt )(?P<h3>1[0-2]|[1-9])(?P<part3>[½¼¾])"
    r"(?=,?\s(?:the|we|I|he|she|they|our|my|his|her|all|dinner|supper|breakfast)\b)"
)


def _say_hour_and_part(match: re.Match[str]) -> str:
    hour = int(match["h"] or match["h2"] or match["h3"])
    part = match["part"] or match["part2"] or match["part3"]
    if part == "¾":
        return f"a quarter to {cardinal(hour % 12 + 1)}"
    return f"{'half' if part == '½' else 'a quarter'} past {cardinal(hour)}"


# Minutes written short before "past" or "to" an hour: "at 20 m. past 3" -> "twenty minutes".
_MINUTES_PAST = re.compile(r"(?<![\w.,])(?P<m>[1-5]?\d) m(?:in)?\.? (?=(?:past|to) \d)")


def _say_military(match: re.Match[str]) -> str:
    if not _is_military(match):
        return match.group(0)
    return _military_clock(match) + " hours"


def _military_clock(match: re.Match[str]) -> str:
    """ "0800" -> "oh eight hundred", "1430" -> "fourteen thirty"."""
    return _hours_minutes(match["h"], match["m"])


def _hours_minutes(hours: str, minutes: str) -> str:
    hour, minute = int(hours), int(minutes)
    words = ("oh " if hours[0] == "0" else "") + cardinal(hour)
    return words + (
        " hundred" if minute == 0 else f" {'oh ' if minute < 10 else ''}{cardinal(minute)}"
    )


# A span of the military clock, an end with a leading zero and each on the quarter hour:
# "0900-1700" -> "oh nine hundred to seventeen hundred", "2200-0600" (no code nor years).
_MILITARY_SPAN = re.compile(
    r"(?<![\w.,:/-])(?=0|\d{4}\s?[-–]\s?0)(?P<ah>[01]\d|2[0-3])(?P<am>00|15|30|45)\s?[-–]\s?"
    r"(?P<bh>[01]\d|2[0-3])(?P<bm>00|15|30|45)(?![\w,:/-]|[.,]\d)(?P<unit>\s?(?:hrs|hours)\b)?"
)


def _say_military_span(match: re.Match[str]) -> str:
    start, end = _hours_minutes(match["ah"], match["am"]), _hours_minutes(match["bh"], match["bm"])
    return f"{start} to {end}" + (" hours" if match["unit"] else "")


# A log's entry opened by its time with a leading zero: "0600. Wind NW, force 4."
_ENTRY_AFTER = re.compile(r"[.:]\s+[A-Z]")


def _say_unmarked_military(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    before = text[max(0, start - 10) : start]
    entry = starts_sentence(text, start) and _ENTRY_AFTER.match(text, match.end())
    if match["zone"] is None and not (match["h"][0] == "0" and (_WHEN.search(before) or entry)):
        return match.group(0)
    return _military_clock(match) + (match["zone"] or "")


# A duration in hours, minutes and seconds by their letters: "1h 30m", "5m 30s", "2h15m",
# "3h 5m 20s", "11h. 30m." and "3 m. 12 s. fast" as old books write it; an "m" is minutes only
# beside an "h" or an "s" ("3m tall" is meters). A letter's point goes where the clause does.
_MINUTES = r"m(?:in)?(?:\.(?=\s?\d|\s+[a-z]|[,;]|\s[AP]\.?M\b))?"
_SECONDS = r"s(?:ec)?(?:\.(?=\s+[a-z]|[,;]))?"
# Seconds may end in a part of one, as races were timed in fifths: "2 min. 43⅗ sec.".
_PART = "[½¼¾⅕⅖⅗⅘⅛⅜⅝⅞]"
_DURATION = re.compile(
    rf"(?<![\w.,:])(?:(?P<h>\d{{1,3}})\s?h\.?\s?(?P<hm>[0-5]?\d)\s?{_MINUTES}"
    rf"(?:\s?(?P<hs>[0-5]?\d{_PART}?)\s?{_SECONDS})?"
    rf"|(?P<m>\d{{1,3}})\s?{_MINUTES}\s?(?P<ms>[0-5]?\d{_PART}?)\s?{_SECONDS})(?![\w'])"
)
_DURATION_HINT = re.compile(
    r"(?:h|m|min)(?<=\d[hmn])\.?\s?\d{1,2}\s?[ms]\b|m(?<=\dm) \d{1,2}s\b"
    rf"|[hm]\.(?<=\d [hm]\.) \d{{1,2}} [ms]\b|{_PART}(?<=\d{_PART}) ?s(?:ec)?\b"
)


def _say_duration(match: re.Match[str]) -> str:
    parts = (
        ((match["h"], "hour"), (match["hm"], "minute"), (match["hs"], "second"))
        if match["h"]
        else ((match["m"], "minute"), (match["ms"], "second"))
    )
    return " ".join(_say_count(v, unit) for v, unit in parts if v)


def _say_count(written: str, unit: str) -> str:
    """ "43⅗", "second" -> "forty-three and three fifths seconds"; "1", "hour" -> "one hour"."""
    if not written.isdigit():
        return f"{say_fraction(written)} {unit}s"
    return f"{cardinal(int(written))} {unit}{'' if int(written) == 1 else 's'}"


# A TV listing's hour in the East and in the Central zone, an hour behind, the first's zone
# unsaid: "airs Sundays at 8/7c", "10:30/9:30c" -> "eight, seven Central", ...
_EAST_CENTRAL = re.compile(
    r"(?<![\w/.:])(?P<h>1[0-2]|[1-9])(?::(?P<m>[0-5]\d))?/(?P<h2>1[0-2]|[1-9])"
    r"(?::(?P<m2>[0-5]\d))?c\b"
)


def _say_east_central(match: re.Match[str]) -> str:
    east, central = int(match["h"]), int(match["h2"])
    if (east - central) % 12 != 1 or match["m"] != match["m2"]:
        return match.group(0)
    minute = int(match["m"]) if match["m"] else None
    said = _say_clock(east, minute, None, ampm=True), _say_clock(central, minute, None, ampm=True)
    return f"{said[0]}, {said[1]} Central"


def _say_to_noon(match: re.Match[str]) -> str:
    minute = int(match["m"]) if match["m"] else None
    return _say_clock(int(match["h"]), minute, None, ampm=True) + " to "


def read_times(text: str) -> str:
    """Read clock times: "4:15 p.m." -> "four fifteen PM", "15:45 GMT" -> "fifteen forty-five GMT".

    Whole hours read as "four PM" or "one o'clock", 24-hour ones as "fifteen hundred"; hours,
    minutes and seconds as a duration; "5-7 pm" and "5pm-7pm" are ranges ("to")."""
    text = read_old_clock(read_verses(text) if ":" in text else text)
    if "o'clock" in text:
        text = _OCLOCK_AMPM.sub(
            lambda m: f" {m['ap'].upper()}M" + stop_before_a_capital(m, _TAKEN_AFTER_A_CLOCK), text
        )
    if _DURATION_HINT.search(text):
        text = _DURATION.sub(_say_duration, text)
    if "-" in text or "–" in text:
        text = _MILITARY_SPAN.sub(_say_military_span, text)
    text = _MILITARY.sub(_say_military, text)
    if "hours" in text or "hrs" in text:
        text = _COLON_MILITARY.sub(lambda m: _military_clock(m) + " hours", text)
    if "GMT" in text or "UTC" in text or " 0" in text or text[:1] == "0" or "\n0" in text:
        text = read_zone_offsets(text)
        text = _MILITARY_UNMARKED.sub(_say_unmarked_military, text)
    if "h" in text:
        text = _H_TIME.sub(lambda m: _say_clock(int(m["h"]), int(m["m"]), None, ampm=False), text)
    if "." in text:
        text = read_dotted_times(text)
        if " past " in text or " to " in text:
            text = _MINUTES_PAST.sub(lambda m: f"{cardinal(int(m['m']))} minutes ", text)
    if "½" in text or "¼" in text or "¾" in text:
        text = _HOUR_AND_PART.sub(_say_hour_and_part, text)
    text = read_race_times(text)
    text = _HOUR_BEFORE_RANGE.sub(_say_range_start, text)
    if "noon" in text or "midnight" in text:
        text = _NOON_RANGE.sub(r"\g<when> to ", text)
        text = _TO_NOON.sub(_say_to_noon, text)
    if "c" in text:
        text = _EAST_CENTRAL.sub(_say_east_central, text)
    text = _TIME.sub(_say_time, text)
    return _TIME_RANGE.sub(" to ", text)


# The mark or the "m" first: the regex engine finds a literal quickly.
_AM_PM_BEFORE = (
    r"\d[aApP]",
    r"\d\s[aApP]",
    r"\d[aApP]\.",
    r"\d\s[aApP]\.",
    r"\d[aApP]\. ",
    r"\d\s[aApP]\. ",
)
_AM_PM_BEFORE_OR_DIGIT = (*_AM_PM_BEFORE, r"\d")
HINT = any_of(
    r"[-–](?:(?<=noon[-–])|(?<=midnight[-–]))\d",
    r"[-–]noon\b|[-–]midnight\b",
    r"c\b(?:(?<=\d/\dc)|(?<=\d/\d\dc)|(?<=\d/\d:\d\dc)|(?<=\d/\d\d:\d\dc))",
    r"[½¼¾](?<=\d[½¼¾]) ?o'clock",
    r"[½¼¾](?<=\d[½¼¾]) (?:in the|at night|[aApP]\.)",
    r":(?<=\d:)\d\d",
    r" (?:GMT|UTC)\b(?<=\d\d\d\d (?:GMT|UTC))",
    r"[+−-](?<=(?:GMT|UTC)[+−-])\d",
    r" 0(?<=[a-z] 0)\d[0-5]\d\b",
    r"\n0\d[0-5]\d[.:] [A-Z]",
    # a span of the military clock: "0900-1700", "2200 - 0600"
    r"[-–](?:(?<=\b0\d[0-5]\d[-–])|(?<=\b0\d[0-5]\d [-–]))",
    r"[-–](?:(?<=\d\d[-–])|(?<=\d\d [-–]))\s?0\d[0-5]\d",
    r"\A0\d[0-5]\d[.:] [A-Z]",
    r"o'clock [aApP]",
    *OLD_CLOCK_HINTS,
    r"\.(?<=\d\.)[0-5]\d",
    r"h(?<=\d\d\dh)",
    r"h(?<=\dh) ?\d",
    r" h(?<=\d\d\d h)",
    r"\.(?<=\d\.)\d\d\s?[aApP]",
    r"\.(?<=\d [hm]\.) \d",
    r"\.(?<=[a-z] \d\.)\d",
    r"\.(?<=[a-z] \d\d\.)\d",
    r"\. (?<=\d m\. )(?:past|to) \d",
    # a part of a second ("43⅗ sec."), or of an hour after "At" ("At 10½ the guests")
    rf"{_PART}(?:(?<=\d{_PART}) ?s(?:ec)?\b|(?<=At \d[½¼¾])|(?<=At \d\d[½¼¾]))",
    # AM/PM after a number, or the minutes of a duration ("5m 30s")
    *(rf"{m}(?:{'|'.join(f'(?<={before}{m})' for before in _AM_PM_BEFORE)})\b" for m in "M"),
    rf"m(?:{'|'.join(f'(?<={before}m)' for before in _AM_PM_BEFORE_OR_DIGIT)})\b",
)

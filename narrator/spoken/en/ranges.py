"""Ranges of numbers, read with "to".

- "10-15" -> "ten to fifteen"; "2019–2022" -> "twenty nineteen to twenty twenty-two"; "2-3x" ->
  "two to three x", "1601 - 2500cc" -> "... to two thousand five hundred cc" (a unit no rule knows)
- "from 2019-25" -> "from twenty nineteen to twenty-five", "1914-18" -> "nineteen fourteen
  to eighteen": a two-digit end is read as written, as people read it ("2001-05" takes its
  century: "oh five" alone is no year)
- "the 2012-13 season", "in 1994/95", "2009 / 10": two years in a row name one season or
  fiscal year, read as people say it, "twenty twelve thirteen" (after "from" or "between" they
  are a range, and so before 1900: "the famine of 1850-51" -> "eighteen fifty to fifty-one")
- "1914 - 1918", "pages 28 - 30": spaced on both sides, a hyphen is a range too
- "won 3-1", "a 2-0 lead": scores are read with "to" as well ("two to nothing": no "zero" in a
  game's score), and so are votes ("passed 218-210", "voted 52-48"); "a 4-3-3 formation" is
  no range
- "he stood 6-2", "the 5-10 guard" -> "six-two", "five-ten": a height in feet and inches
  (after a word of height, before a player's position); "aged 5-10" is a range
- "24-7", "50-50": names, as with a slash ("twenty-four seven", "fifty-fifty")
- "5 - 3 = 2", "6 / 2 = 3", "2 * 3 = 6": arithmetic, before "=" ("minus", "divided by", "times");
  "2*3", "2 ÷ 4" and "√16" without it ("two times three", ..., "the square root of
  sixteen") (`arithmetic`)
- "476-1453" -> "four seventy-six to fourteen fifty-three": a start of three digits before a
  year is a year too
- "1724-6", "pages 140-55": an end written short, above the start's last digits, as written
- "Gen. 1:1", "Psalm 23:4": chapter and verse after a book of the Bible, "one one"
  (`bible_verses`);
  "Matt. 5:3-12" -> "... five three to twelve"; "2 Kings v. 14" -> "Second Kings five 14"
  (`scripture`); "Odyssey xi. 90" -> "Odyssey eleven 90" (`citations`)
- "4:3", "16:9": ratios, a colon between numbers that cannot be a time, also with "to";
  spaced too ("a ratio 2 : 1", "Bulletin 14 : 259"), where "10 : 30" stays a time
"""

from __future__ import annotations

import re

from narrator.spoken.en.arithmetic import read_arithmetic
from narrator.spoken.en.bible_verses import read_verses as read_verses
from narrator.spoken.en.citations import read_cited_books
from narrator.spoken.en.context import HAS_DIGIT, NUM, START, words_around
from narrator.spoken.en.numbers import number, year
from narrator.spoken.en.ratios import read_ratios
from narrator.spoken.en.scripture import read_numbered_books
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_mapping

# Names written with a slash, or a dash: "24-7" is "twenty-four seven", "50-50" "fifty-fifty".
_SLASHED_NAMES = read_mapping("en", "slashed_names")
_DASHED_NAMES = {"24/7", "50/50"}  # "ages 9-11" is a range
# Before a capitalised word or a word of the attacks, "9-11" names the day: "the 9-11
# Commission", "the 9-11 attacks" (not "nine to eleven").
_NAMED_DAY_AFTER = re.compile(r"\s(?:[A-Z]|attacks?\b|hijack|terror|memorial\b|victims\b)")

# Unspaced, or spaced on both sides ("1914 - 1918"); "5 -3" is a number and a negative one,
# and three numbers in a row are none ("a 4 - 3 - 3 formation").
# The look-ahead for the first character (a minus, a digit or a point) comes before the
# look-behinds: a pattern led by a look-behind costs a full try at every position.
# A fraction as old books write it, a hyphen and an ordinal's ending: "2-3ds", "3-4ths",
# "1-3d" -> "2/3", "3/4", "1/3", which the fractions read ("1-4th" is read "one-fourth", "the
# 1-3d of May" is three days).
_OLD_FRACTION = re.compile(
    r"(?<![\w.,/-])(?P<n>\d{1,2})-(?P<d>\d{1,2})(?:ds|nds|rds|ths|(?<=(?<!the )1-3)d)\b"
)
# A public law's number, its Congress and its place, is no range: "Pub. L. 104–193" ->
# "one hundred four, one hundred ninety-three".
_LAW_BEFORE = re.compile(r"(?:\bPub\.\s?L\.|\bP\.\s?L\.|\bPublic Law)\s?(?:No\.\s?)?$")
_RANGE = re.compile(
    rf"(?=[-.\d]){START}(?<!\d[-–])(?<!\d [-–—] )(?P<a>-?{NUM})(?:[-–—]|\s[-–—]\s)(?P<b>{NUM})"
    r"(?!(?!x\b|(?!st|nd|rd|th)[a-z]{1,3}\b)[\w/-]|[.,]\d|\s?[-–]\s?\d|\s?=)"
)


_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:won|win|wins|beat|beats|lost|lose|loses|led|lead|leads|leading|trailed|trail|"
    r"defeated|defeat|victory|score|scored|draw|drew|tied|record|finished|went|a|an|the|"
    r"passed|voted|votes?|margin|approved|rejected|confirmed|split|tally|ruled)\b)"
    r"[\w\s,-]{0,12}$"
)


# Feet and inches with a dash, as sports write a player's height: "he stood 6-2", "the 5-10
# guard" -> "six-two", "five-ten" (no range): after a word of height or before a position.
_HEIGHT_BEFORE = re.compile(r"(?i:\b(?:stood|stands|standing|measures|measured|height of))\s+$")
# A roster's listing, the height alone in its clause: "He is listed at 6-7 and 240 lbs."
# ("listed at 5-6 dollars" is a range).
_LISTED_BEFORE = re.compile(r"(?i:\blisted at)\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;)]|$)|\s+and\b")
_HEIGHT_AFTER = re.compile(
    r"\s+(?:tall|guard|forward|center|centre|quarterback|receiver|linebacker|lineman|pitcher|"
    r"outfielder|infielder|striker|defender|winger|point guard|shooting guard|and weigh\w*)\b"
)


def _height(first: str, second: str, match: re.Match[str]) -> bool:
    """Whether "6-2" is a height in feet and inches: a few feet, under twelve inches, and a
    word of height before or a player's position after."""
    if not (first in {"4", "5", "6", "7"} and second.isdigit() and int(second) < 12):
        return False
    text, start = match.string, match.start()
    listed = _LISTED_BEFORE.search(text, max(0, start - 12), start)
    return bool(
        _HEIGHT_BEFORE.search(text, max(0, start - 15), start)
        or _HEIGHT_AFTER.match(text, match.end())
        or (listed and _CLAUSE_ENDS.match(text, match.end()))
    )


# Words of a game around a score: "won 2-0", "a 1-0 lead", "the 3-0 win".
_GAME_BEFORE = re.compile(
    r"(?i:\b(?:won|win|wins|beat|beats|lost|led|lead|leads|leading|trailed|trailing|defeated|"
    r"victory|scored|score|drew|tied|shutout))\b[\w\s,]{0,12}$|\b(?:made|makes|make) it\s$"
)
_GAME_AFTER = re.compile(
    r"\s+(?:lead|win|victory|defeat|loss|deficit|advantage|score|scoreline|shutout|triumph|"
    r"rout|home win|away win|aggregate)\b"
)


def _a_game(match: re.Match[str]) -> bool:
    """Whether a pair of numbers is a game's score, by the words of a game around it."""
    text, start = match.string, match.start()
    return bool(
        _GAME_BEFORE.search(text, max(0, start - 30), start) or _GAME_AFTER.match(text, match.end())
    )


# Years of a life or a reign written short before a span of three-figure years: "Edgar (r.
# 959-975)" -> "nine fifty-nine to nine seventy-five".
_REIGN_BEFORE = re.compile(r"(?:\b(?:r|b|d|fl|c|ca)\.|\b(?:reigned|ruled|lived|A\.D\.|AD))\s$")


# A life's or a work's years both uncertain, "c." after the dash too: "Ælfric (c. 955 – c.
# 1010)" -> "circa nine fifty-five to circa ten ten" (the second "c." hid the range).
_CIRCA_SPAN = re.compile(
    r"\b(?P<lead>c|ca|fl)\.\s?(?P<a>[1-9]\d{2,3})\s?[–-]\s?(?:c|ca)\.\s?(?P<b>[1-9]\d{2,3})(?![\w]|[.,]\d)"
)


def _say_circa_span(match: re.Match[str]) -> str:
    lead = "flourished" if match["lead"] == "fl" else "circa"
    return f"{lead} {year(int(match['a']))} to circa {year(int(match['b']))}"


# A span of years one of which is uncertain, as lives are printed: "Chaucer (1340?–1400)" ->
# "thirteen forty to fourteen hundred", "(1564–1616?)"; a reader passes over the mark (not
# at a question's end: "Was it 1990–1995?").
_UNCERTAIN_SPAN = re.compile(
    r"(?<![\w.,])(?P<a>[1-9]\d{2,3})(?P<q>\?)?\s?[–-]\s?(?P<b>[1-9]\d{2,3})(?(q)\??|\?(?=[),;]))(?!\w)"
)


def _say_uncertain_span(match: re.Match[str]) -> str:
    return f"{year(int(match['a']))} to {year(int(match['b']))}"


# A police or CB radio's ten-code, where the words around speak of the radio: "radioed back
# 10-4" -> "ten-four", "what's your 10-20, the dispatcher asked" -> "ten-twenty".
_RADIO_WORDS = re.compile(
    r"(?i:\b(?:radio(?:s|ed|ing)?|dispatch\w*|scanners?|CB|truckers?|walkie-talkies?)\b)"
)
# A batter's balls and strikes are said with "and": "with the count at 3-2" -> "three and two"
# (a side's record, "a 52-30 record", keeps "to", as en-wiki's references and ours read it).
_COUNT_BEFORE = re.compile(r"\bcount (?:at|was|is|of|to|went to|ran to)\s$")
# A pitch named by its count: "the 2-1 pitch" -> "the two-one pitch".
_PITCH_AFTER = re.compile(r"\s(?:pitch|count|offering)\b")


def _value(written: str) -> float:
    return float(written.replace(",", "") or 0)


def _plausible(first: str, second: str, match: re.Match[str]) -> bool:
    """A range rises, and its ends are of a size ("170 - 45190" is two numbers); a score
    ("won 3-1", "a 2-0 lead") may fall, as may two small numbers ("8-0")."""
    a, b = _value(first.lstrip("-")), _value(second)
    if a < b:
        return b < 10_000 or a >= 1000 or "," in second
    if _shortened_end(first, second):
        return True
    if a < 100 and b < 100:
        return True
    before = match.string[max(0, match.start() - 30) : match.start()]
    return _SCORE_BEFORE.search(before) is not None


def _shortened_end(first: str, second: str) -> bool:
    """Whether ``second`` is the end of a range written short, its first digits left out
    ("1724-6", "pages 140-55"): fewer digits, and above the same last digits of ``first``."""
    if not (first.isdigit() and second.isdigit()) or len(second) >= len(first):
        return False
    return len(first) >= 3 and int(first[-len(second) :]) < int(second)


# One in a round hundred, thousand or million is said with "a", as a chance or a rate is:
# "1 in 1000" -> "one in a thousand", "1 in 1,000,000" -> "one in a million".
_ONE_IN_A = re.compile(r"(?<![\w.,])1 in (?P<n>1,?000,?000|1,?000|100)(?!\w|[.,]\d)")
_ROUND = {"100": "a hundred", "1000": "a thousand", "1000000": "a million"}


# Two years in a row, the second maybe short: "2012-13", "1994/95", "1983 / 1984".
_SEASON = re.compile(
    r"(?<![\w.,/-])(?P<a>(?:1[5-9]|20)\d\d)(?:[-–/]|\s[-–—/]\s)(?P<b>(?:1[5-9]|20)?\d\d)"
    r"(?![\w/-]|[.,]\d|\s[-–/]\s?\d)"
)
# Each led by its mark, which the regex engine finds quickly.
_SEASON_HINT = any_of(
    *(rf"{m}(?<=\d\d\d\d{m})\d\d" for m in ("-", "–", "/", " - ", " – ", " — ", " / "))
)
# A year and a dash before the time of writing: "1980–present", "2015 - now" -> "nineteen
# eighty to present" (the dash was left a pause).
_TO_NOW = re.compile(
    r"(?<![\w.,/-])(?P<year>(?:1[5-9]|20)\d\d)\s?[-–]\s?(?=(?:present|now|date)\b)"
)
_RANGE_BEFORE = re.compile(r"(?i:\b(?:from|between))\s+$")
# After "from" or "between" two years in a row are a range, unless a slash joins them ("from
# 1994/95") or "to" and a season follow ("from 2008-09 to 2010-11": seasons); the second end of
# "between 2011–12 and 2019–20" is read as the first, "... to twelve and twenty nineteen to twenty".
_SEASON_TO_AFTER = re.compile(r"\s+to\s+(?:1[5-9]|20)\d\d(?:[-–/]|\s[-–—/]\s)\d\d\b")
_SECOND_END = re.compile(
    r"(?i:\bbetween)\s+(?:1[5-9]|20)\d\d(?:[-–]|\s[-–—]\s)\d\d\s+(?:and|&)\s+$"
)


def _range_of_years(match: re.Match[str]) -> bool:
    if "/" in match.group(0):
        return False
    start = match.start()
    if _SECOND_END.search(match.string, max(0, start - 30), start):
        return True
    return bool(
        _RANGE_BEFORE.search(match.string, max(0, start - 10), start)
        and not _SEASON_TO_AFTER.match(match.string, match.end())
    )


# "between" takes "and", not "to": "between 1942–45" -> "between nineteen forty-two and
# forty-five"; a range that "and" follows is one end of the span ("between 2011–12 and 2019–20").
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s+$")
_AND_AFTER = re.compile(r"\s*(?:and|&)\s")


def _and_after_between(match: re.Match[str], words: str) -> str:
    start = match.start()
    if words == match.group(0) or not _BETWEEN_BEFORE.search(
        match.string, max(0, start - 9), start
    ):
        return words
    return (
        words if _AND_AFTER.match(match.string, match.end()) else words.replace(" to ", " and ", 1)
    )


def _say_season(match: re.Match[str]) -> str:
    first, second = int(match["a"]), match["b"]
    if int(second) % 100 != (first + 1) % 100 or (len(second) == 4 and int(second) != first + 1):
        return match.group(0)
    if len(second) == 4 and "/" not in match.group(0):
        return match.group(0)  # "2005-2006", written whole, is a range
    if _range_of_years(match):
        return match.group(0)
    # Before 1900 two years in a row are a span, "to", as histories are read ("the famine of
    # 1850-51", "the Waikato Campaign 1863-64"): seasons and fiscal years are the last
    # century's.
    joint = " to " if first < 1900 else " "
    if len(second) == 2 and second != "00":
        return f"{number(match['a'])}{joint}{'oh ' if second[0] == '0' else ''}" + number(
            second.lstrip("0")
        )
    return f"{number(match['a'])}{joint}{number(str(first + 1))}"


# A price's range written short, its end a part alone after a whole and a part ("Consols 97⅛
# to ¼", "96¼ to ½"): the part is said as in the whole, "ninety-seven and an eighth to a
# quarter" (not "one quarter").
_PART_AFTER_PART = re.compile(r"(?<=[½¼¾⅛⅜⅝⅞] to )(?P<part>[½¼⅛])(?![\w/⁄])")
_ONE_PART = {"½": "a half", "¼": "a quarter", "⅛": "an eighth"}


def read_ranges(text: str) -> str:
    """Read ranges of numbers with "to": "10-15" -> "ten to fifteen", "2019–2022" -> years.

    A two-digit end of a range of years is read as written: "1914-18" -> "... to eighteen".
    """

    def say(match: re.Match[str]) -> str:
        first, second = match["a"], match["b"]
        if f"{first}/{second}" in _DASHED_NAMES:  # "24-7", "50-50" as "24/7", "50/50"
            return _SLASHED_NAMES[f"{first}/{second}"]
        if (first, second) == ("9", "11") and _NAMED_DAY_AFTER.match(match.string, match.end()):
            return _SLASHED_NAMES["9/11"]
        if _LAW_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
            return f"{number(first)}, {number(second)}"
        if "-" in match.group(0) and _COUNT_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()
        ):
            return f"{number(first)} and {number(second)}"
        if "-" in match.group(0) and _PITCH_AFTER.match(match.string, match.end()):
            return f"{number(first)}-{number(second)}"
        if (
            first == "10"
            and "-" in match.group(0)
            and _RADIO_WORDS.search(words_around(match, 60, 60))
            and not _a_game(match)
        ):
            return f"ten-{number(second)}"
        if _height(first, second, match):
            return f"{number(first)}-{number(second)}"
        said_short = None
        if re.fullmatch(r"(1\d|20)\d\d", first) and re.fullmatch(r"\d\d", second):
            # Read as written, "1914-18" -> "... to eighteen", but "2001-05" takes its century.
            said_short = None if second.startswith("0") else number(second)
            second = first[:2] + second
        if not _plausible(first, second, match):
            return match.group(0)
        if said_short is not None:
            return f"{number(first)} to {said_short}"
        if re.fullmatch(r"[1-9]\d\d", first) and re.fullmatch(r"1\d(?!00)\d\d", second):
            return f"{year(int(first))} to {number(second)}"  # "476-1453": years
        if len(first) == len(second) == 3 and _REIGN_BEFORE.search(
            match.string, max(0, match.start() - 10), match.start()
        ):
            return f"{year(int(first))} to {year(int(second))}"  # "r. 959-975": years
        glued = match.string[match.end() : match.end() + 1].isalpha()  # "2-3x", "1601-2500cc"
        if second == "0" and first != "0" and _a_game(match):
            return f"{number(first)} to nothing"  # "a 1-0 lead": no "zero" in a score
        return f"{number(first)} to {number(second)}" + (" " if glued else "")

    if " to " in text:
        text = _PART_AFTER_PART.sub(lambda m: _ONE_PART[m["part"]], text)
    text = read_arithmetic(text)
    if "c." in text:
        text = _CIRCA_SPAN.sub(_say_circa_span, text)
    if "?" in text:
        text = _UNCERTAIN_SPAN.sub(_say_uncertain_span, text)
    if "present" in text or "now" in text or "date" in text:
        text = _TO_NOW.sub(lambda m: f"{year(int(m['year']))} to ", text)
    if "ds" in text or "ths" in text or "1-3d" in text:
        text = _OLD_FRACTION.sub(r"\g<n>/\g<d>", text)
    if _SEASON_HINT.search(text):
        text = _SEASON.sub(_say_season, text)
    if " in 1" in text:
        text = _ONE_IN_A.sub(lambda m: f"one in {_ROUND[m['n'].replace(',', '')]}", text)
    text = read_numbered_books(text)
    text = read_cited_books(text)  # "Herodotus ii. 35-40": the book, then the range
    if ":" in text:  # before the ranges: "Matt. 5:3-12" is verses three to twelve
        text = read_verses(text)
    if "-" in text or "–" in text or "—" in text:  # a range has one of its dashes
        text = _RANGE.sub(lambda m: _and_after_between(m, say(m)), text)
    return read_ratios(text) if ":" in text else text


HINT = HAS_DIGIT

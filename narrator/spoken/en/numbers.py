"""Numbers: cardinals, ordinals, years, decimals, digit strings, and every number left over.

- "186" -> "one hundred eighty-six" (American news style, without "and")
- "27,000" -> "twenty-seven thousand"; "-2" -> "minus two"; ".5" -> "point five"; "1 000 000"
  -> "one million" (thousands parted by spaces)
- "1962" -> "nineteen sixty-two", "2009" -> "two thousand nine": four-digit numbers from 1000
  to 2099 written without a separator are years, unless the words around them say they
  count ("4070 people"; "1500 people" is "fifteen hundred people", round hundreds said in
  hundreds); with a separator they are quantities ("3,500")
- "8876" -> "eight thousand eight hundred seventy-six", "65432" -> "sixty-five thousand...":
  other unseparated numbers up to nine digits are quantities among words; with no word
  around them ("13000" alone, a list of numbers) they are codes, read digit by digit
- "007" -> "zero zero seven", "1234567890": numbers with leading zeros, and longer than nine
  digits, are codes, read digit by digit (ZIP codes are read by the address rule)
- "Flight 370" -> "Flight three seventy": a flight's number is said in groups, as a year
- "call 911", "dial 999", "text 85858": a dialled number is read digit by digit; so are four
  digits after capitals and a dash, a code ("KW-3902"; "VSP-7000", "ISO 9001" are numbers)
- "2.4.1" -> "two point four point one" (versions); "the class of '05" -> "... oh five"
- "25 000", "±5%", "≥ 18": see `narrator.spoken.en.notation`, which writes numbers plainly first

Number words come from num2words' English module, loaded alone at the first number.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
import sys
import types
from typing import Any

from narrator.spoken.en.context import NUM, START, words_around
from narrator.spoken.en.counts import (
    COUNTED,
    DESCRIBED_COUNTED,
    PLURAL,
    counts,
)
from narrator.spoken.en.dialled import dialled
from narrator.spoken.en.named_numbers import names_a_thing
from narrator.spoken.en.unit_adjectives import race_hundreds

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _american(words: str) -> str:
    """Drop num2words' British "and" and its commas, which would make engines pause."""
    return words.replace(",", "").replace(" and ", " ")


def _number_words(n: int, to: str) -> str:
    """num2words' English for `n` ("cardinal", "ordinal" or "year")."""
    try:
        words: str = getattr(_english_numbers(), f"to_{to}")(n)
    except OverflowError:  # past num2words' largest (10^300 or so): read digit by digit
        digits = " ".join(_DIGIT_WORDS[int(digit)] for digit in str(abs(n)))
        return f"minus {digits}" if n < 0 else digits
    return _american(words)


@functools.cache
def _english_numbers() -> Any:
    """num2words' English converter, loaded at the first number. The package's own module
    loads its 50 languages, 15 ms of every narration's start, so the English module is loaded
    with a stand-in for the package, which is then taken away (`import num2words` still loads
    the whole package, reusing the English module)."""
    if "num2words" in sys.modules:
        return sys.modules["num2words"].CONVERTER_CLASSES["en"]
    spec = importlib.util.find_spec("num2words")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("num2words is not installed")
    stand_in = types.ModuleType("num2words")
    stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules["num2words"] = stand_in
    try:
        english = importlib.import_module("num2words.lang_EN")
    finally:
        del sys.modules["num2words"]
    return english.Num2Word_EN()


@functools.lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Read an integer as a cardinal number: 186 -> "one hundred eighty-six"."""
    if n < 0:
        return "minus " + cardinal(-n)
    return _number_words(n, "cardinal")


@functools.lru_cache(maxsize=4096)
def ordinal(n: int) -> str:
    """Read an integer as an ordinal number: 22 -> "twenty-second"."""
    return _number_words(n, "ordinal")


@functools.lru_cache(maxsize=4096)
def year(n: int) -> str:
    """Read an integer as a year: 1962 -> "nineteen sixty-two", 2009 -> "two thousand nine"."""
    return _number_words(n, "year")


def digits(text: str) -> str:
    """Read every digit of ``text`` on its own: "004" -> "zero zero four"."""
    return " ".join(_DIGIT_WORDS[int(c)] for c in text if c.isdigit())


def decimal(text: str) -> str:
    """Read a written number with optional separators, sign and decimals.

    "27,000" -> "twenty-seven thousand", ".5" -> "point five", "-2" -> "minus two".
    """
    text = text.replace(",", "")
    sign = ""
    if text[:1] in "-−":
        sign, text = "minus ", text[1:]
    whole, _, fraction = text.partition(".")
    words = cardinal(int(whole)) if whole else ""
    if fraction:
        words = f"{words} point {digits(fraction)}".strip()
    return sign + words


@functools.lru_cache(maxsize=4096)
def number(text: str) -> str:
    """Read a standalone written number the way a newsreader would (see module docstring)."""
    bare = text.lstrip("-−")
    if "," in bare or "." in bare:
        return decimal(text)
    if (len(bare) > 1 and bare.startswith("0")) or len(bare) > 9:
        return ("minus " if bare != text else "") + digits(bare)
    if len(bare) == 4 and bare == text and int(bare) <= 2099:
        return year(int(bare))
    return decimal(text)


# Led by the first digit, the look-behind after it: a pattern led by a look-behind is tried at
# every position of the text, one led by a digit only where a digit stands.
_VERSION = re.compile(r"\d(?<![\w.]\d)\d*(?:\.\d+){2,}(?![\w]|\.\d)")
# A sign: "-2", "+3", and a dash used as a minus after a word, "temperatures of –5". The
# look-ahead for the first character (a sign, a digit or a point) is checked before START's
# look-behind, which halves the cost of trying the pattern where no number starts.
_NUMBER = re.compile(
    rf"(?=[-+–.\d]){START}(?P<sign>[-+](?=[\d.])|(?<=[a-z] )–(?=\d))?(?P<num>{NUM})(?!\d)"
)
_DIGIT_RUN = re.compile(r"\d+")
# A year written short after an apostrophe: "the class of '05", "the summer of '69".
_SHORT_YEAR = re.compile(r"(?<![\w'])' ?(?P<yy>\d\d)(?![\w']|[.,]\d)")


def _say_short_year(match: re.Match[str]) -> str:
    yy = match["yy"]
    return f"oh {cardinal(int(yy[1]))}" if yy[0] == "0" else cardinal(int(yy))


_LETTER = re.compile(r"[^\W\d_]")


# A year past 2099 follows a word of when and has nothing counted after it, as in science
# fiction's "founded in 2161" and "By 2300 the seas had risen"; "won by 2157 votes" counts,
# "rose by 2500" is an amount ("by" names a year only leading a clause), and a capital after
# it may start the name the number belongs to.
_WHEN_BEFORE = re.compile(r"(?:\b(?i:in|since|until|till|during)|(?:^|[.,;:!?\"]\s*)(?:By|by))\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _later_year(match: re.Match[str]) -> bool:
    """Whether a number from 2100 to 2999 names a year: "in 2157", not "by 2157 votes"."""
    written, text, start, end = match["num"], match.string, match.start(), match.end()
    if len(written) != 4 or not written.isdigit() or not "2100" <= written <= "2999":
        return False
    if _WHEN_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    counted = (COUNTED, DESCRIBED_COUNTED, PLURAL, _CAPITAL_AFTER)
    return not any(p.match(text, end) for p in counted)


def _is_code(written: str) -> bool:
    """Whether a number standing alone is a code: "13000", "8876"; not "2500" or "1998"."""
    return len(written) >= 5 or (int(written) > 2099 and int(written) % 100 != 0)


# Words before a number that make it an identifier, read digit by digit ("ZIP code 90210",
# "the ZIP code is 90210").
_CODE_BEFORE = re.compile(
    r"(?i:\b(?:ending in|ends in|ending|code|pin|card|account|acct|serial|id|extension|ext|"
    r"room|suite|box|zip|policy|order|ticket|reference|ref|number|no)\.?)"
    r"s?(?:\s+(?:is|was|are|were))?[\s:#]+$"
)


# Capitals and a dash before four digits make a code, read digit by digit: "KW-3902",
# "CM - 4140"; a round number is a model's ("VSP-7000"), and after a space the number is
# read as one ("ISO 9001", "HR 7226", "NATO 2030").
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}\s?-\s?$")


def _lettered_code(match: re.Match[str]) -> bool:
    """Whether capitals and a dash before four digits make a code: "KW-3902" (see above)."""
    written = match["num"]
    if len(written) != 4 or not written.isdigit() or match["sign"] or written.endswith("00"):
        return False
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _CAPITALS_BEFORE.search(before) is not None


def _named_code(match: re.Match[str]) -> bool:
    """Whether the words before a number name it an identifier: "card ending in 8876", or
    it follows one in a list ("ZIP codes 91801 and 91803")."""
    text, start = match.string, match.start()
    if _CODE_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    if _POSTCODE_OF_BEFORE.search(text, max(0, start - 50), start) is not None:
        return True
    return _CODE_LISTED_BEFORE.search(text, max(0, start - 60), start) is not None


# A postal code named with what it is for: "The ZIP code for the area is 90210".
_POSTCODE_OF_BEFORE = re.compile(
    r"(?i:\b(?:zip|postal|post)\s?codes?\s+(?:for|of)\s+[^.;:]{1,30}?\s(?:is|was)\s+$)"
)


# A code after codes in a list: "the ZIP codes are 91801 and 91803", "codes 1234, 5678 or 9012".
_CODE_LISTED_BEFORE = re.compile(
    r"(?i:\b(?:codes|numbers))(?:\s+(?:are|were))?[\s:#]+\d{4,}"
    r"(?:\s*,\s*\d{4,})*(?:\s*,)?\s+(?:and|or|&)?\s*$"
)


# A flight's number is said in groups, as a year: "Flight 370" -> "Flight three seventy",
# "flight 855" -> "eight fifty-five"; so is a bill's ("S.B. 2420", "HB 815", "Senate Bill
# 1047" -> "twenty-four twenty", "eight fifteen", "ten forty-seven"); so is a year of three
# figures after "the year" ("in the year 597" -> "five ninety-seven"); so is a room's, as hotels
# and offices say it ("Room 237" -> "two thirty-seven", "Suite 1120" -> "eleven twenty").
_GROUPED_BEFORE = re.compile(
    r"\b(?:[Ff]light|FLIGHT|[SHA]\.?\s?B\.?|Bill|(?<=[Tt]he )year|[Rr]oom|ROOM|Rm\.|[Ss]uite|"
    r"Ste\.|Apt\.|[Aa]partment)(?:\s+(?:[Nn]o\.?|#))?\s*$"
)
# "HR" (as "H.R." is by now) and "S." name a House or a Senate bill only where the words
# around speak of law-making: "HR 7226" is also a star of the Harvard Revised catalogue, and
# "S." an initial.
_BILL_LETTERS_BEFORE = re.compile(r"(?:\bH\.?\s?R\.?|(?<![\w.])S\.)\s*$")
_LAW_MAKING = re.compile(
    r"(?i:\b(?:bills?|house|congress|congressional|act|legislation|law|passed|passes|pass|"
    r"introduced|sponsored|cosponsored|sponsors?|votes?|voted|senate|senators?|lawmakers|"
    r"amendments?|resolution|representatives|committee)\b)"
)


def _grouped(match: re.Match[str]) -> bool:
    """Whether the words before a number of three or four digits say it in groups."""
    text, start = match.string, match.start()
    if _GROUPED_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    bill = _BILL_LETTERS_BEFORE.search(text, max(0, start - 6), start) is not None
    return bill and _LAW_MAKING.search(words_around(match, 80, 60)) is not None


# A "k" after a number counting a plural is thousand: "100k people", "20k views", "1.5k
# followers"; so is one after a word of money ("earns 45k a year", "sold for 450k"); "a 5K
# run", "4K video" keep their letter.
_THOUSANDS_K = re.compile(
    r"(?<![\w.,$£€¥])(?P<num>\d{1,3}(?:\.\d)?)[kK](?P<plus>\+?)(?=\s|[.,;:!?)](?!\w)|$)"
)
_THOUSANDS_K_HINT = re.compile(r"k(?<=\dk)|K(?<=\dK)")
# Words of money before an amount with no currency: "the scheme will cost 30m", "raised 2.5m",
# "earns 45k" (the scale is a million or a thousand, no meter and no letter).
MONEY_WORDS_BEFORE = re.compile(
    r"\b(?i:cost|costs|costing|raised?|raises|raising|paid|pay|pays|spent|spend|spends|lost|"
    r"earned|earns?|worth|invested|invests?|donated|owed?|owes|fined|valued at|sold for|"
    r"bought for|budget of|turnover of|revenue of|profits? of|sales of|loss of|debts? of)"
    r"(?:\s+(?:about|around|some|nearly|almost|over|roughly|just|only|an estimated|up to))?\s+$"
)
# A distance driven, as car listings write it: "68K mi.", "120k km" -> "68 thousand mi."
_DISTANCE_IN_K = re.compile(r"\s+(?:mi|km|kms|miles)\b")
_NOT_COUNTED_IN_K = re.compile(
    r"\s+(?:runs?|races?|runners?|screens?|displays?|monitors?|tvs?|TVs?|videos?|pixels?)\b"
)
# After a determiner and before a verb of an event, "5K" is the race itself, its letter said:
# "The 5K starts at 8 a.m.", "this year's 10K raises money" ("the 5K employees" are counted).
_RACE_BEFORE_K = re.compile(r"(?i:\b(?:the|a|this|that|its|year's|annual)) $")
_RACE_VERB_AFTER_K = re.compile(
    r"\s+(?:starts|begins|kicks off|ends|finishes|returns|raises|benefits|takes|follows|loops|"
    r"winds|heads|draws|attracts|features|offers|costs|supports|honou?rs|is|was|has|will)\b"
)


def write_thousands_k(text: str) -> str:
    """Write a "k" that counts a plural as the word: "100k people" -> "100 thousand people"."""
    if _THOUSANDS_K_HINT.search(text):
        return _THOUSANDS_K.sub(_say_thousands_k, text)
    return text


def _say_thousands_k(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    counted = COUNTED.match(text, end) or PLURAL.match(text, end) or _DISTANCE_IN_K.match(text, end)
    # or after a word that describes them: "12K registered voters", "40k new jobs"
    counted = counted or DESCRIBED_COUNTED.match(text, end)
    if _NOT_COUNTED_IN_K.match(text, end):
        return match.group(0)
    if _RACE_VERB_AFTER_K.match(text, end) and _RACE_BEFORE_K.search(text, start - 9, start):
        return match.group(0)
    if counted is None and not MONEY_WORDS_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    return f"{match['num']} thousand{match['plus']}"


def read_numbers(text: str) -> str:
    """Read every number left: cardinals, decimals, signs and years (see module docstring).

    "27,000" -> "twenty-seven thousand", "-2" -> "minus two", "1962" -> "nineteen
    sixty-two", "2014" -> "twenty fourteen"; digits in odd places are read one by one.
    """

    among_words = _LETTER.search(text) is not None
    flights = (
        ("light" in text or "LIGHT" in text or "B " in text or "R " in text or "ill " in text)
        or ". " in text
        or "year " in text
        or "oom " in text
        or "uite " in text
        or "partment " in text
    )

    def say(match: re.Match[str]) -> str:
        sign = {"-": "minus ", "–": "minus ", "+": "plus "}.get(match["sign"] or "", "")
        written = match["num"]
        if written.isdigit() and _is_code(written) and (not among_words or _named_code(match)):
            return sign + digits(written)
        if written.isdigit() and not sign and (dialled(match) or _lettered_code(match)):
            return digits(written)
        if not sign and "," in written and (race := race_hundreds(match)):
            return race  # "won the 1,500 in 3:55": "the fifteen hundred"
        if (
            len(written) == 3
            and written.isdigit()
            and written[0] != "0"
            and not sign
            and names_a_thing(match)
        ):
            return year(int(written))  # "Route 128", "Fahrenheit 451": a name's number
        grouped = flights and 3 <= len(written) <= 4 and written.isdigit() and written[0] != "0"
        if grouped and _grouped(match):
            return year(int(written))
        if sign and len(written) == 4 and written.isdigit() and written[0] != "0":
            return sign + cardinal(int(written))  # "-1234": a quantity, no year
        if len(written) == 4 and written.isdigit() and counts(match):
            # A round count of hundreds is said in hundreds: "1200 pounds" is "twelve hundred".
            n = int(written)
            return year(n) if n % 100 == 0 and 1100 <= n <= 1900 else cardinal(n)
        if not sign and _later_year(match):
            return year(int(written))
        return sign + number(written)

    if "'" in text:
        text = _SHORT_YEAR.sub(_say_short_year, text)
    if text.count(".") > 1:  # a version has two points and more
        text = _VERSION.sub(lambda m: " point ".join(map(number, m.group(0).split("."))), text)
    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: number(m.group(0)), text)

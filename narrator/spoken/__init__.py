"""Written text to spoken words, so that every speech engine says the same thing.

`spoken` runs an ordered tuple of small normalizers, each a pure ``str -> str`` function
that rewrites one kind of written form (money, dates, units, abbreviations...) into the
words a newsreader would say. Engines differ in how they read "$3.5bn", "Gov." or "km/h";
plain words leave them nothing to decide.

Conventions:

- Numbers follow American news style, without "and": 186 -> "one hundred eighty-six".
- Four-digit numbers from 1000 to 2099 written without a separator read as years
  ("1962" -> "nineteen sixty-two", "2009" -> "two thousand nine"); with a separator they
  are quantities ("3,500" -> "three thousand five hundred").
- Unseparated numbers of five digits or more, four-digit ones past 2099 that are not whole
  hundreds ("8876"), and numbers with leading zeros are codes (zip codes, card and account
  numbers) and are read digit by digit, as news style separates the thousands of every
  quantity.
- Spelled letters are capitals run together ("FBI", "PM"), which engines read letter by
  letter (espeak-ng even reads "US" and, after a time, "AM" as letters), except where together
  they make a word an engine says as one ("WHO", "IT"): those are hyphenated ("W-H-O"), since
  espeak-ng reads a lone "A" in "A M" as the article but "A-M" as letters.
- Parentheses and dashes become commas, so engines pause where a reader would.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrator.spoken.lexicon import Lexicon

Normalizer = Callable[[str], str]


def _only_with(hint: re.Pattern[str]) -> Callable[[Normalizer], Normalizer]:
    """Skip a normalizer on text where ``hint`` finds nothing: most sentences have no digit,
    and one quick scan costs less than all the patterns of a normalizer."""

    def decorate(normalize: Normalizer) -> Normalizer:
        @functools.wraps(normalize)
        def guarded(text: str) -> str:
            return normalize(text) if hint.search(text) else text

        return guarded

    return decorate


_HAS_DIGIT = re.compile(r"\d")

# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _american(words: str) -> str:
    """Drop num2words' British "and" and its commas, which would make engines pause."""
    return words.replace(",", "").replace(" and ", " ")


def _number_words(n: int, to: str) -> str:
    """num2words' English for `n` ("cardinal", "ordinal" or "year")."""
    words: str = getattr(_english_numbers(), f"to_{to}")(n)
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
    if (len(bare) > 1 and bare.startswith("0")) or len(bare) >= 5:
        return ("minus " if bare != text else "") + digits(bare)
    if len(bare) == 4 and bare == text:
        if int(bare) <= 2099:
            return year(int(bare))
        if int(bare) % 100:
            return digits(bare)
    return decimal(text)


def spelled(letters: str) -> str:
    """Spell letters so that engines name them: capitals run together ("FBI", "PM"), which
    engines read letter by letter, but hyphenated where together they make a word an engine
    would say as one ("I-T", "W-H-O")."""
    capitals = "".join(c.upper() for c in letters if c.isalnum())
    if capitals in _SAID_AS_WORDS or capitals in _CAPITAL_WORDS:
        return "-".join(capitals)
    return capitals


# Shared pieces of patterns.
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_START = r"(?<![\w.,])"  # a number starts here, not inside a word or another number
_END = r"(?![\w])"
# A sentence is over after an abbreviation when the text ends, or a line ends, or an
# obvious sentence opener follows; "U.S. President Biden" must not get a full stop.
_SENTENCE_END = re.compile(
    r"\s*(?:$|\n)|\s+[\"']?(?:The|A|An|He|She|It|They|We|I|You|But|And|In|On|At|This|That|"
    r"These|Those|There|His|Her|Its|Their|Our|After|Before|When|While|If|As|So|Yet|However|"
    r"Meanwhile|Also|Some|Many|Most|What|Why|How|Who|Asked|Officials|Police)\b"
)


def _stop_after(match: re.Match[str]) -> str:
    """Return "." when the period an abbreviation swallowed also ended the sentence."""
    if not match.group(0).endswith("."):
        return ""
    return "." if _SENTENCE_END.match(match.string, match.end()) else ""


# ---------------------------------------------------------------------------
# Characters, e-mail, URLs, phone numbers
# ---------------------------------------------------------------------------

_CHARACTERS = str.maketrans(
    {
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2032": "'",
        "\u2033": '"',
        "\u2212": "-",
    }
)


def normalize_characters(text: str) -> str:
    """Turn typographic variants into plain ones so later rules see one form.

    Curly quotes and apostrophes ("world’s"), no-break spaces and the minus sign have
    plain equivalents that every engine and every later pattern understands.
    """
    return text if text.isascii() else text.translate(_CHARACTERS)


_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|news|tv|me|us|uk|ca|au|de|fr|"
    "it|es|nl|ru|ua|cn|jp|in|br|eu|ch|se|no|pl|be|at|nz|ie|sm|ly|gl|fm|to"
)
_EMAIL = re.compile(
    r"(?<![\w.-])[\w.&+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?", re.IGNORECASE
)
_URL = re.compile(
    r"(?i)\b(?:(?:https?|ftp|file)://+|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]']"
    rf"|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/[\w./-]*[\w/])?(?![\w@-])"
)
_URL_SYMBOLS = {
    ".": "dot",
    "/": "slash",
    "-": "dash",
    "_": "underscore",
    "@": "at",
    "&": "ampersand",
    ":": "colon",
    "+": "plus",
    "~": "tilde",
    "=": "equals",
    "?": "question mark",
    "#": "hash",
    "%": "percent",
}
_URL_PIECE = re.compile(r"[a-zA-Z]+|\d|[^\w\s]|_")
_SCHEME = re.compile(r"(?i)^[a-z]+:/+")
_LONG_URL_CHARS = 40


def _say_address(address: str) -> str:
    """Read an e-mail or web address piece by piece: "a1@b.org" -> "a one at b dot org"."""
    words = []
    for piece in _URL_PIECE.findall(address):
        if piece.isdigit():
            words.append(_DIGIT_WORDS[int(piece)])
        elif piece.isalpha():
            words.append("WWW" if piece.lower() == "www" else piece.lower())
        else:
            words.append(_URL_SYMBOLS.get(piece, ""))
    return " ".join(w for w in words if w)


def _say_url(match: re.Match[str]) -> str:
    url = _SCHEME.sub("", match.group(0))
    if match.group(0).lower().startswith("file:"):
        # A local file has no domain to name: its name says what it is.
        return _say_address(url.rstrip("/").rsplit("/", 1)[-1])
    domain = url.split("/", 1)[0]
    if domain and (len(url) > _LONG_URL_CHARS or "?" in url):
        url = domain
    return _say_address(url)


@_only_with(re.compile(rf"@|://|www\.|\.(?i:{_TLDS})\b"))
def read_addresses(text: str) -> str:
    """Read e-mail addresses and URLs the way people say them.

    A newsreader says "example dot org", never the scheme ("https colon slash slash"), and
    gives only the domain of a long URL; digits and symbols in addresses are read singly.
    """
    text = _EMAIL.sub(lambda m: _say_address(m.group(0)), text)
    return _URL.sub(_say_url, text)


_PHONE = re.compile(
    r"(?<![\w.+-])(?:\+(?P<country>\d{1,3})[\s-]?)?"
    r"(?P<groups>\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\d{3}([-.])\d{2,3}\3\d{4})"
    r"(?P<ext>-\d{1,5})?(?![\w-])"
)
_TOLL_FREE = re.compile(r"\b1-8(?P<code>00|88|77|66|55|44|33)-(?P<rest>[A-Z0-9]+(?:-[A-Z0-9]+)+)\b")
_IP_ADDRESS = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")


def _say_phone(match: re.Match[str]) -> str:
    groups = re.findall(r"\d+", match["groups"] + (match["ext"] or ""))
    spoken_groups = [digits(group) for group in groups]
    if match["country"]:
        spoken_groups.insert(0, "plus " + digits(match["country"]))
    return ", ".join(spoken_groups)


def _say_toll_free(match: re.Match[str]) -> str:
    code = "eight hundred" if match["code"] == "00" else digits("8" + match["code"])
    rest = [digits(g) if g.isdigit() else g for g in match["rest"].split("-")]
    return f"one, {code}, " + " ".join(rest)


@_only_with(re.compile(r"\d{3}[-.)]|\d\.\d{1,3}\.\d"))
def read_phone_numbers(text: str) -> str:
    """Read phone numbers and IP addresses digit by digit, in their groups.

    People say "five five five, one two three four", not "five hundred fifty-five";
    the commas give the pauses between groups.
    """
    text = _TOLL_FREE.sub(_say_toll_free, text)
    text = _PHONE.sub(_say_phone, text)
    return _IP_ADDRESS.sub(lambda m: " dot ".join(digits(g) for g in m.group(0).split(".")), text)


# ---------------------------------------------------------------------------
# Times and dates
# ---------------------------------------------------------------------------

_ZONES = (
    "GMT|UTC|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|BST|CET|CEST|EET|EEST|MSK|JST|IST|"
    "AEST|AEDT|HKT|SGT"
)
_AMPM = r"(?i:[ap](?:\.\s?m\b\.?|m\b))"
_ZONE = rf"(?:\s?(?P<zone>(?:{_ZONES})\b|(?i:[ecmp]\.[sd]\.t\b\.?|[ecmp][sd]t\b)))?"
_TIME = re.compile(
    r"(?<![\w.:$])(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s?"
    r"(?i:(?P<ap>[ap])(?:\.\s?m\b\.?|m\b))"
    r"|(?P<ch>\d{1,2}):(?P<cm>\d{2})(?::(?P<cs>\d{2}))?)"
    rf"{_ZONE}(?![\w:])"
)
_HOUR_BEFORE_RANGE = re.compile(rf"(?<![\w.:])(\d{{1,2}})\s?[-–]\s?(?=\d{{1,2}}\s?{_AMPM})")
_TIME_RANGE = re.compile(r"(?:(?<=\bA-M)|(?<=\bPM)|(?<=o'clock))\s?[-–]\s?(?=\w)")


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
    words = _say_clock(hour, minute, second, ampm)
    if ampm:
        # Run together: engines read "AM" after a time as letters, and "A-M" would be too.
        words += " " + match["ap"].upper() + "M"
    if match["zone"]:
        words += " " + spelled(match["zone"])
    return words + _stop_after(match)


@_only_with(re.compile(r"\d(?::\d\d|\.\d\d\s?[aApP]|\s?[aApP]\.?[mM]\b)"))
def read_times(text: str) -> str:
    """Read clock times: "4:15 p.m." -> "four fifteen PM", "15:45 GMT" -> "fifteen forty-five GMT".

    Whole hours read as "four PM" or "one o'clock"; 24-hour whole hours as "fifteen hundred";
    hours, minutes and seconds as a duration; "5-7 pm" and "5pm-7pm" are ranges ("to").
    """
    text = _HOUR_BEFORE_RANGE.sub(lambda m: cardinal(int(m[1])) + " to ", text)
    text = _TIME.sub(_say_time, text)
    return _TIME_RANGE.sub(" to ", text)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(_MONTHS, 1)}
_MONTH_NUMBERS |= {m.lower()[:3]: i for i, m in enumerate(_MONTHS, 1)} | {"sept": 9}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
# "may" and "march" are also verbs: only their capitalised forms name a month.
_VERB_MONTHS = {"may", "march", "mar"}
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_MONTH_DAY = re.compile(
    rf"(?i)\b{_MONTH}(?:\.?\s+|\.?-){_DAY}\b(?![.,:/]?\d|\s?%)(?:(?P<comma>,)?\s+{_YEAR}\b(?![.,]\d))?"
)
_DAY_MONTH = re.compile(rf"(?i)(?<![\w.,]){_DAY}\s+{_MONTH}\b\.?(?:,?\s+{_YEAR}\b(?![.,]\d))?")
_ISO_DATE = re.compile(r"(?<![\w./-])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\w./-])")
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?:(?P<slash>/)|\.)(?P<b>\d{1,2})(?(slash)/|\.)"
    r"(?P<y>\d{4}|(?(slash)\d{2}|(?!)))(?![\w./-])"
)


_NUMERIC_DATE_HINT = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")


def _month_name(word: str) -> str | None:
    if word in _VERB_MONTHS:
        return None
    number_ = _MONTH_NUMBERS.get(word.lower().rstrip("."))
    return _MONTHS[number_ - 1] if number_ else None


def _say_year(text: str) -> str:
    if len(text) == 4:
        return year(int(text))
    return ("oh " if text[0] == "0" else "") + year(int(text))


def _say_month_day(match: re.Match[str]) -> str:
    month, day = _month_name(match["month"]), int(match["day"])
    if month is None or not 1 <= day <= 31:
        return match.group(0)
    words = f"{month} {ordinal(day)}"
    if match["year"]:
        words += (", " if match["comma"] else " ") + year(int(match["year"]))
    return words


def _say_day_month(match: re.Match[str]) -> str:
    month, day = _month_name(match["month"]), int(match["day"])
    if month is None or not 1 <= day <= 31:
        return match.group(0)
    before = match.string[max(0, match.start() - 4) : match.start()].lower()
    words = ("" if before.endswith("the ") else "the ") + f"{ordinal(day)} of {month}"
    if match["year"]:
        words += " " + year(int(match["year"]))
    return words + _stop_after(match)


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


def _say_us_date(match: re.Match[str]) -> str:
    first, second = int(match["a"]), int(match["b"])
    if first <= 12:
        words = _say_numeric_date(first, second, match["y"], day_first=False)
    else:
        words = _say_numeric_date(second, first, match["y"], day_first=True)
    return words or match.group(0)


@_only_with(_HAS_DIGIT)
def read_dates(text: str) -> str:
    """Read dates in news style: "June 6" -> "June sixth", "Nov. 4" -> "November fourth".

    "April 9, 2024" -> "April ninth, twenty twenty-four"; "25 July" -> "the twenty-fifth of
    July"; numeric dates are year-month-day when they start with the year, otherwise
    month/day/year unless the first number cannot be a month (then day/month/year).
    """
    if _NUMERIC_DATE_HINT.search(text):
        text = _ISO_DATE.sub(_say_iso_date, text)
        text = _NUMERIC_DATE.sub(_say_us_date, text)
    text = _MONTH_DAY.sub(_say_month_day, text)
    return _DAY_MONTH.sub(_say_day_month, text)


_DECADES = re.compile(
    r"(?<![\w$])(?:(?P<c1>\d\d)|')?(?P<d1>\d)0'?s\b"
    r"(?:\s?[-–]\s?(?:(?P<c2>\d\d)|')?(?P<d2>\d)0'?s\b)?"
)


def _plural(words: str) -> str:
    head, _, last = words.rpartition(" ")
    last = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {last}".strip()


def _say_decade(century: str | None, decade: str) -> str:
    if century is None:
        return _plural(cardinal(int(decade) * 10)) if decade != "0" else "two thousands"
    return _plural(year(int(century + decade + "0")))


@_only_with(re.compile(r"\d0'?s\b"))
def read_decades(text: str) -> str:
    """Read decades: "the 1980s" -> "the nineteen eighties", "'90s" -> "nineties".

    "1960s-1980s" is a range ("to"); "mid-1980s" keeps its "mid-".
    """

    def say(match: re.Match[str]) -> str:
        words = _say_decade(match["c1"], match["d1"])
        if match["d2"]:
            words += " to " + _say_decade(match["c2"], match["d2"])
        return words

    return _DECADES.sub(say, text)


# ---------------------------------------------------------------------------
# Money, measures, percentages, ranges, fractions, ordinals
# ---------------------------------------------------------------------------

# symbol -> (one, many, one hundredth, many hundredths)
_CURRENCIES: Mapping[str, tuple[str, str, str, str]] = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", "", ""),
    "₹": ("rupee", "rupees", "paisa", "paise"),
    "₩": ("won", "won", "", ""),
    "₽": ("ruble", "rubles", "kopeck", "kopecks"),
}
_SCALES = {
    "k": "thousand",
    "K": "thousand",
    "thousand": "thousand",
    "m": "million",
    "M": "million",
    "mn": "million",
    "mln": "million",
    "million": "million",
    "b": "billion",
    "B": "billion",
    "bn": "billion",
    "billion": "billion",
    "t": "trillion",
    "T": "trillion",
    "tn": "trillion",
    "trillion": "trillion",
    "crore": "crore",
    "lakh": "lakh",
}
_PER = {
    "mo": "month",
    "month": "month",
    "wk": "week",
    "week": "week",
    "hr": "hour",
    "h": "hour",
    "hour": "hour",
    "yr": "year",
    "year": "year",
    "day": "day",
    "d": "day",
    "min": "minute",
    "sec": "second",
    "night": "night",
    "person": "person",
}
_CUR = r"(?:US\$|C\$|A\$|HK\$|NZ\$|[$€£¥₹₩₽])"
_SCALE = r"(?:thousand|million|billion|trillion|crore|lakh|mln|mn|bn|tn|[kKmMbBtT])"
_MONEY = re.compile(
    rf"(?<![\w$])(?P<cur>{_CUR})(?P<amt>{_NUM})"
    rf"(?:\s?(?:[-–]|to)\s?(?P<cur2>{_CUR})?(?P<amt2>{_NUM}))?"
    rf"(?:\s?(?P<scale>{_SCALE})(?![\w-]))?(?:\s?/\s?(?P<per>[a-z]+)\b)?"
)


def _say_amount(amount: str, names: tuple[str, str, str, str]) -> str:
    """Read "2.50" dollars as "two dollars fifty cents"; more decimals read as "point"."""
    whole, _, fraction = amount.replace(",", "").partition(".")
    one, many, cent, cents = names
    fraction = fraction[:2] + fraction[2:].rstrip("0")
    if len(fraction) > 2 or (fraction and not cent):
        return f"{decimal(amount)} {many}"
    units = int(whole or "0")
    hundredths = int(fraction.ljust(2, "0")) if fraction else 0
    parts = []
    if units or not hundredths:
        parts.append(f"{cardinal(units)} {one if units == 1 else many}")
    if hundredths:
        parts.append(f"{cardinal(hundredths)} {cent if hundredths == 1 else cents}")
    return " ".join(parts)


def _say_money(match: re.Match[str]) -> str:
    names = _CURRENCIES[match["cur"]]
    if match["scale"]:
        amounts = [decimal(a) for a in (match["amt"], match["amt2"]) if a]
        words = " to ".join(amounts) + f" {_SCALES[match['scale']]} {names[1]}"
    elif match["amt2"]:
        words = " to ".join(_say_amount(a, names) for a in (match["amt"], match["amt2"]))
    else:
        words = _say_amount(match["amt"], names)
    if match["per"]:
        words += " per " + _per_name(match["per"])
    return words


@_only_with(re.compile(r"\d ?[x×] ?\d"))
def read_dimensions(text: str) -> str:
    """Read "x" between numbers as "by": "2x8 m2" -> "2 by 8 m2", "4x4" -> "4 by 4"."""
    return _TIMES_SIGN.sub(" by ", text)


@_only_with(_HAS_DIGIT)
def read_money(text: str) -> str:
    """Read amounts of money: "$40m" -> "forty million dollars", "€75" -> "seventy-five euros".

    The currency symbol is said after the number, as it is heard; "k/m/bn/tn" are scale
    words; cents are read as cents ("$2.50" -> "two dollars fifty cents").
    """
    return _MONEY.sub(_say_money, text)


# abbreviation -> (one, many); names of units that are written out need no rule.
_UNITS: Mapping[str, tuple[str, str]] = {
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "mph": ("mile per hour", "miles per hour"),
    "m/s": ("meter per second", "meters per second"),
    "km/s": ("kilometer per second", "kilometers per second"),
    "km²": ("square kilometer", "square kilometers"),
    "km2": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"),
    "m2": ("square meter", "square meters"),
    "km³": ("cubic kilometer", "cubic kilometers"),
    "m³": ("cubic meter", "cubic meters"),
    "m3": ("cubic meter", "cubic meters"),
    "sq ft": ("square foot", "square feet"),
    "sq mi": ("square mile", "square miles"),
    "km": ("kilometer", "kilometers"),
    "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"),
    "m": ("meter", "meters"),
    "kg": ("kilogram", "kilograms"),
    "mg": ("milligram", "milligrams"),
    "g": ("gram", "grams"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"),
    "ft": ("foot", "feet"),
    "mi": ("mile", "miles"),
    "yd": ("yard", "yards"),
    "in": ("inch", "inches"),
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"),
    "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "KB": ("kilobyte", "kilobytes"),
    "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    "Mbps": ("megabit per second", "megabits per second"),
    "mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"),
    "L": ("liter", "liters"),
    "ha": ("hectare", "hectares"),
    "bbl": ("barrel", "barrels"),
    "ppm": ("part per million", "parts per million"),
    "mAh": ("milliamp hour", "milliamp hours"),
    "nm": ("nanometer", "nanometers"),
    "µm": ("micrometer", "micrometers"),
    "t": ("tonne", "tonnes"),
}
_PER_UNITS = {k: v for k, v in _UNITS.items() if "/" not in k} | {
    u: (w, w + "s") for u, w in _PER.items()
}
_UNIT = "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if u not in {"in", "t"}
)
_PER_UNIT = r"(?P<per>[A-Za-z]+\b)"
_MEASURE = re.compile(
    rf"{_START}(?P<num>-?{_NUM})(?:\s?[-–]\s?(?P<num2>{_NUM}))?"
    rf"(?:(?P<hyphen>-)?\s?(?P<unit>{_UNIT}|in(?=\.\s+[a-z]|\.?\s*$|\s*[,;)])|t(?=\s+of\b))"
    rf"(?:\.(?=\s+[a-z]))?(?:/{_PER_UNIT})?|\s?/(?P<only_per>[A-Za-z]+\b))(?![\w°²³])"
)
_MEASURE_HINT = re.compile(rf"\d[-\s]?(?:(?:{_UNIT}|in|t)(?!\w)|/[A-Za-z])|\d ?[a-zA-Z]+/")
_UNKNOWN_PER = re.compile(
    rf"{_START}(?P<num>-?{_NUM})\s?(?P<unit>[A-Za-z]+)/(?!or\b)(?P<per>[A-Za-z]+)\b"
)


def _per_name(unit: str) -> str:
    return _PER_UNITS[unit][0] if unit in _PER_UNITS else unit


def _say_measure(match: re.Match[str]) -> str:
    words = decimal(match["num"])
    if match["num2"]:
        words += " to " + decimal(match["num2"])
    if match["only_per"]:
        return f"{words} per {_per_name(match['only_per'])}"
    one, many = _UNITS[match["unit"]]
    singular = match["hyphen"] or (match["num"] in {"1", "-1"} and not match["num2"])
    words += ("-" if match["hyphen"] else " ") + (one if singular else many)
    if match["per"]:
        words += " per " + _per_name(match["per"])
    return words


@_only_with(_MEASURE_HINT)
def read_measures(text: str) -> str:
    """Read quantities with units: "186 mi" -> "one hundred eighty-six miles".

    Units agree with the number ("1 kg" -> "one kilogram"), a hyphenated unit is an
    adjective and stays singular ("a 12-ft wall" -> "a twelve-foot wall"), and a slash is
    read "per" ("97 km/h", "12/kg"). "in" is inches only where it cannot be the preposition.
    """
    text = _MEASURE.sub(_say_measure, text)
    return _UNKNOWN_PER.sub(
        lambda m: f"{decimal(m['num'])} {m['unit']} per {_per_name(m['per'])}", text
    )


_PERCENT = re.compile(rf"{_START}(?P<num>[-+]?{_NUM})(?:\s?[-–]\s?(?P<num2>{_NUM}))?\s?%")


@_only_with(_HAS_DIGIT)
def read_percentages(text: str) -> str:
    """Read percentages: "5.5%" -> "five point five percent", "5-10%" -> "five to ten percent"."""

    def say(match: re.Match[str]) -> str:
        words = decimal(match["num"].lstrip("+"))
        if match["num"].startswith("+"):
            words = "plus " + words
        if match["num2"]:
            words += " to " + decimal(match["num2"])
        return words + " percent"

    return _PERCENT.sub(say, text)


_RANGE = re.compile(rf"{_START}(?P<a>-?{_NUM})(?:[-–]|\s[–—]\s)(?P<b>{_NUM})(?![\w/-]|\.\d)")


@_only_with(_HAS_DIGIT)
def read_ranges(text: str) -> str:
    """Read ranges of numbers with "to": "10-15" -> "ten to fifteen", "2019–2022" -> years.

    A two-digit end of a range of years takes its century: "2019-20" -> "... to twenty twenty".
    """

    def say(match: re.Match[str]) -> str:
        first, second = match["a"], match["b"]
        if re.fullmatch(r"(1\d|20)\d\d", first) and re.fullmatch(r"\d\d", second):
            second = first[:2] + second
        return f"{number(first)} to {number(second)}"

    return _RANGE.sub(say, text)


_UNICODE_FRACTIONS = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
}
_FRACTION = re.compile(
    r"(?<![\w./])(?:(?P<whole>\d+)\s?(?=[½⅓⅔¼¾⅕-⅞])|(?P<whole2>\d+)\s(?=\d+/\d))?"
    r"(?:(?P<n>\d+)/(?P<d>\d+)(?:st|nd|rd|th|ST|ND|RD|TH)?|(?P<glyph>[½⅓⅔¼¾⅕-⅞]))(?![\w/]|\.\d)"
)
# Slashed numbers that are names, not fractions.
_SLASHED_NAMES = {
    "9/11": "nine eleven",
    "24/7": "twenty-four seven",
    "50/50": "fifty-fifty",
    "20/20": "twenty-twenty",
}


def _say_fraction(numerator: int, denominator: int, whole: bool) -> str:
    if denominator == 2:
        name = "half" if numerator == 1 else "halves"
    elif denominator == 4:
        name = "quarter" if numerator == 1 else "quarters"
    elif denominator <= 1:
        return f"{cardinal(numerator)} over {cardinal(denominator)}"
    else:
        name = ordinal(denominator) + ("" if numerator == 1 else "s")
    count = "a" if whole and numerator == 1 else cardinal(numerator)
    return f"{count} {name}"


@_only_with(re.compile(r"[\d½⅓⅔¼¾⅕-⅞]"))
def read_fractions(text: str) -> str:
    """Read fractions: "1/2" -> "one half", "3 2/4" -> "three and two quarters", "2½" -> "two
    and a half". Dates with a year were read before; "9/11" and "24/7" are names."""

    def say(match: re.Match[str]) -> str:
        if match.group(0) in _SLASHED_NAMES:
            return _SLASHED_NAMES[match.group(0)]
        if match["glyph"]:
            numerator, denominator = _UNICODE_FRACTIONS[match["glyph"]]
        else:
            numerator, denominator = int(match["n"]), int(match["d"])
        whole = match["whole"] or match["whole2"]
        words = _say_fraction(numerator, denominator, whole is not None)
        return f"{cardinal(int(whole))} and {words}" if whole else words

    return _FRACTION.sub(say, text)


_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th)\b", re.IGNORECASE
)


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@_only_with(_HAS_DIGIT)
def read_ordinals(text: str) -> str:
    """Read ordinals: "1st" -> "first", "22nd" -> "twenty-second", "1,000th" -> "one thousandth".

    A suffix that does not fit the number ("4rd") is no ordinal: number and letters are read.
    """

    def say(match: re.Match[str]) -> str:
        n = int(match["num"].replace(",", ""))
        if match["suffix"].lower() != _ordinal_suffix(n):
            return f"{cardinal(n)} {match['suffix']}"
        return ordinal(n)

    return _ORDINAL.sub(say, text)


# ---------------------------------------------------------------------------
# Numbers in words' company
# ---------------------------------------------------------------------------

_NUMERO = re.compile(r"\b(?P<word>No|no|NO|Nos|nos)\.\s?(?=\d)|#(?=\d)")
_HASHTAG = re.compile(r"(?<![\w&])#(?=[A-Za-z])")
_STATUTE = re.compile(r"\b(?P<num>\d{3})\((?P<letter>[a-z])\)")


@_only_with(re.compile(r"[Nn][Oo]s?\.|#|\d\("))
def read_numero(text: str) -> str:
    """Read "No. 3" and "#3" as "number three", "#MeToo" as "hashtag MeToo", "401(k)" as
    "four oh-one k" (plan and statute names are said like that)."""
    text = _NUMERO.sub(
        lambda m: "numbers " if (m["word"] or "").lower() == "nos" else "number ", text
    )
    text = _HASHTAG.sub("hashtag ", text)
    return _STATUTE.sub(lambda m: f"{year(int(m['num']))} {m['letter']}", text)


_STREET_TYPES = {
    "St": "Street",
    "Ave": "Avenue",
    "Rd": "Road",
    "Blvd": "Boulevard",
    "Expy": "Expressway",
    "Hwy": "Highway",
    "Pkwy": "Parkway",
    "Ln": "Lane",
    "Ct": "Court",
    "Pl": "Place",
    "Sq": "Square",
    "Dr": "Drive",
}
_STREET_WORDS = "Street|Avenue|Road|Boulevard|Lane|Way|Drive|Court|Place|Square|Highway"
_DIRECTIONS = {
    "N": "North",
    "S": "South",
    "E": "East",
    "W": "West",
    "NE": "Northeast",
    "NW": "Northwest",
    "SE": "Southeast",
    "SW": "Southwest",
}
_ADDRESS = re.compile(
    r"(?<![\w.,$])(?P<num>\d{1,5})\s+(?:(?P<dir>[NSEW]|NE|NW|SE|SW)\.?\s+)?"
    r"(?P<name>(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+){0,2})\s+"
    rf"(?P<type>(?i:{'|'.join(_STREET_TYPES)})\b\.?|(?:{_STREET_WORDS})\b)"
)
_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
# AP style abbreviations of state names, used after a city: "Dover, Del."
_AP_STATES = {
    "Ala": "Alabama",
    "Ariz": "Arizona",
    "Ark": "Arkansas",
    "Calif": "California",
    "Colo": "Colorado",
    "Conn": "Connecticut",
    "Del": "Delaware",
    "Fla": "Florida",
    "Ga": "Georgia",
    "Ill": "Illinois",
    "Ind": "Indiana",
    "Kan": "Kansas",
    "Ky": "Kentucky",
    "La": "Louisiana",
    "Md": "Maryland",
    "Mass": "Massachusetts",
    "Mich": "Michigan",
    "Minn": "Minnesota",
    "Miss": "Mississippi",
    "Mo": "Missouri",
    "Mont": "Montana",
    "Neb": "Nebraska",
    "Nev": "Nevada",
    "N.H": "New Hampshire",
    "N.J": "New Jersey",
    "N.M": "New Mexico",
    "N.Y": "New York",
    "N.C": "North Carolina",
    "N.D": "North Dakota",
    "Okla": "Oklahoma",
    "Ore": "Oregon",
    "Pa": "Pennsylvania",
    "R.I": "Rhode Island",
    "S.C": "South Carolina",
    "S.D": "South Dakota",
    "Tenn": "Tennessee",
    "Vt": "Vermont",
    "Va": "Virginia",
    "Wash": "Washington",
    "W.Va": "West Virginia",
    "Wis": "Wisconsin",
    "Wyo": "Wyoming",
}
# State codes that are also words ("Fine, OK.") count only before a zip code.
_WORD_STATES = {"IN", "ME", "OR", "OK", "OH", "HI", "ID"}
_STATE_AFTER_CITY = re.compile(
    r"(?<=[a-z]), (?:(?P<code>"
    + "|".join(set(_STATES) - _WORD_STATES)
    + r")(?=\s+\d{5}\b|\s*[.,;]|\s*$)|(?P<zcode>"
    + "|".join(_WORD_STATES)
    + r")(?=\s+\d{5}\b)"
    r"|(?P<ap>" + "|".join(re.escape(s) for s in _AP_STATES) + r")\.)"
)


def _state_name(match: re.Match[str]) -> str:
    if match["ap"]:
        return _AP_STATES[match["ap"]]
    return _STATES[match["code"] or match["zcode"]]


def _say_house_number(text: str) -> str:
    """House numbers are read in pairs: 1428 -> "fourteen twenty-eight", 123 -> "one
    twenty-three"."""
    if len(text) in (3, 4) and not text.startswith("0"):
        return year(int(text))
    return number(text)


@_only_with(re.compile(r"\d|, [A-Z]"))
def read_street_addresses(text: str) -> str:
    """Read street addresses: "1211 E Arques Ave" -> "twelve eleven East Arques Avenue".

    House numbers go in pairs, compass letters and street types are said in full, and a
    state code after a city is the state's name ("Santa Clara, CA 95051").
    """

    def say(match: re.Match[str]) -> str:
        street_type = match["type"].rstrip(".")
        street = _STREET_TYPES.get(street_type.capitalize(), street_type)
        direction = _DIRECTIONS[match["dir"]] + " " if match["dir"] else ""
        return (
            f"{_say_house_number(match['num'])} {direction}{match['name']} {street}"
            + _stop_after(match)
        )

    text = _ADDRESS.sub(say, text)
    return _STATE_AFTER_CITY.sub(lambda m: ", " + _state_name(m) + _stop_after(m), text)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_AFTER_KEYWORD = re.compile(
    r"(?i:\b(?P<key>world war|chapter|part|volume|vol\.|act|scene|book|phase|title|article|"
    r"section|super bowl|episode|apollo|stage|level|class|type|round|schedule|grade))\s+"
    rf"(?P<numeral>{_ROMAN})\b(?!['-])"
)
_REGNAL = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s+(?P<numeral>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))\b(?![-'])"
)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@_only_with(re.compile(r"[IVXLCDM]{2}|[IVX]\b"))
def read_roman_numerals(text: str) -> str:
    """Read Roman numerals where they are numbers: "World War II" -> "World War two",
    "Chapter IV" -> "Chapter four", "Elizabeth II" -> "Elizabeth the second".

    Only after a counting word, or of two letters or more after a name, so the pronoun "I"
    and initialisms such as "CD" are left alone.
    """

    def after_keyword(match: re.Match[str]) -> str:
        numeral = match["numeral"]
        if not numeral or numeral in ("L", "C", "D", "M") or not match["key"][0].isupper():
            return match.group(0)
        return f"{match['key']} {cardinal(_roman_value(numeral))}"

    text = _ROMAN_AFTER_KEYWORD.sub(after_keyword, text)
    return _REGNAL.sub(_say_regnal, text)


def _say_regnal(match: re.Match[str]) -> str:
    if not match["numeral"]:
        return match.group(0)
    return f"{match['name']} the {ordinal(_roman_value(match['numeral']))}"


_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_TIMES_SIGN = re.compile(r"(?<=\d)\s?[x×]\s?(?=\d)")
_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)")
_NUMBER = re.compile(rf"{_START}(?P<sign>[-+](?=[\d.]))?(?P<num>{_NUM})(?!\d)")
_DIGIT_RUN = re.compile(r"\d+")


@_only_with(_HAS_DIGIT)
def separate_letters_and_digits(text: str) -> str:
    """Part digits from the letters they touch, "G7" -> "G 7", so that model names and codes
    are read as letters and numbers rather than left to the engine."""
    return _LETTER_DIGIT.sub(" ", text)


@_only_with(_HAS_DIGIT)
def read_numbers(text: str) -> str:
    """Read every number left: cardinals, decimals, signs and years (see module docstring).

    "27,000" -> "twenty-seven thousand", "-2" -> "minus two", "1962" -> "nineteen
    sixty-two", "2014" -> "twenty fourteen"; digits in odd places are read one by one.
    """

    def say(match: re.Match[str]) -> str:
        sign = {"-": "minus ", "+": "plus "}.get(match["sign"] or "", "")
        return sign + number(match["num"])

    text = _VERSION.sub(lambda m: " point ".join(number(p) for p in m.group(0).split(".")), text)
    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: number(m.group(0)), text)


# ---------------------------------------------------------------------------
# Words: abbreviations, initialisms, symbols, punctuation
# ---------------------------------------------------------------------------

_TITLES = {
    "Mr": "Mister",
    "Mrs": "Missus",
    "Ms": "Miz",
    "Dr": "Doctor",
    "Prof": "Professor",
    "Gov": "Governor",
    "Sen": "Senator",
    "Rep": "Representative",
    "Gen": "General",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Sgt": "Sergeant",
    "Capt": "Captain",
    "Cmdr": "Commander",
    "Adm": "Admiral",
    "Maj": "Major",
    "Cpl": "Corporal",
    "Pvt": "Private",
    "Rev": "Reverend",
    "Fr": "Father",
    "Pres": "President",
    "Atty": "Attorney",
    "Supt": "Superintendent",
    "Insp": "Inspector",
    "Det": "Detective",
    "Hon": "Honorable",
    "Amb": "Ambassador",
    "Sec": "Secretary",
    "Mt": "Mount",
    "Ft": "Fort",
}
_UNDOTTED_TITLES = ("Mr", "Mrs", "Ms", "Dr")
_AFTER_NAME = {
    "Jr": "Junior",
    "Sr": "Senior",
    "Inc": "Incorporated",
    "Co": "Company",
    "Corp": "Corporation",
    "Ltd": "Limited",
    "Bros": "Brothers",
    "Ave": "Avenue",
    "Rd": "Road",
    "Blvd": "Boulevard",
    "Esq": "Esquire",
    "Dept": "Department",
    "Univ": "University",
    "Assn": "Association",
}
_PHRASES = {
    "vs.": "versus",
    "vs": "versus",
    "v.": "versus",
    "etc.": "et cetera",
    "e.g.": "for example",
    "i.e.": "that is",
    "approx.": "approximately",
    "a.k.a.": "also known as",
    "govt.": "government",
    "Jan.": "January",
    "Feb.": "February",
    "Mar.": "March",
    "Apr.": "April",
    "Jun.": "June",
    "Jul.": "July",
    "Aug.": "August",
    "Sep.": "September",
    "Sept.": "September",
    "Oct.": "October",
    "Nov.": "November",
    "Dec.": "December",
    "Mon.": "Monday",
    "Tue.": "Tuesday",
    "Tues.": "Tuesday",
    "Wed.": "Wednesday",
    "Thu.": "Thursday",
    "Thur.": "Thursday",
    "Thurs.": "Thursday",
    "Fri.": "Friday",
    "and/or": "and or",
    "Sat.,": "Saturday,",
    "Sun.,": "Sunday,",
    "tv": "TV",
}
_NAME_AHEAD = r"(?=\s+(?:[A-Z\U000f0000-\U000ffffd]|[a-z]+[A-Z]))"
# One alternation of literals at the start lets the regex engine skip to capital letters.
_TITLE = re.compile(rf"(?:{'|'.join(_TITLES)})(?:\.|\b{_NAME_AHEAD})")
_SAINT_OR_STREET = re.compile(r"(?P<abbr>St|Dr)\b(?P<dot>\.)?")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[^\s]+)\s+$")
_AFTER_NAME_ABBR = re.compile(rf"(?P<abbr>{'|'.join(_AFTER_NAME)})\.")
_AFTER_A_WORD = re.compile(r"\w,?\s+$")
_PHRASE = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")(?!\w)"
)


def _starts_word(match: re.Match[str]) -> bool:
    """Whether ``match`` starts a word: patterns check this here rather than in a look-behind,
    which would stop the regex engine from skipping quickly to where a match can start."""
    before = match.string[match.start() - 1 : match.start()]
    return not before or not (before.isalnum() or before in "._'")


def _say_saint_or_street(match: re.Match[str]) -> str:
    """ "St." is Saint before a name, Street after one; "Dr." is Doctor or Drive."""
    if not _starts_word(match):
        return match.group(0)
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    after_name = before is not None and re.match(r"[A-Z]\w|\d+(?:st|nd|rd|th)\b", before["word"])
    following = match.string[match.end() :]
    name_follows = re.match(r"\s+[A-Z\U000f0000-\U000ffffd]", following) is not None
    if match["abbr"] == "St":
        if after_name:
            return "Street" + _stop_after(match)
        return "Saint" if name_follows else match.group(0)
    if name_follows and match["dot"]:
        return "Doctor"
    return "Drive" + _stop_after(match) if after_name and match["dot"] else match.group(0)


def read_abbreviations(text: str) -> str:
    """Expand abbreviations a reader expands: "Gov." -> "Governor", "Lt. Col." ->
    "Lieutenant Colonel", "Inc." -> "Incorporated", "e.g." -> "for example".

    Titles expand before a name; "St." is "Saint" before a name and "Street" after one
    ("Dr." likewise "Doctor" or "Drive"); a period that also ended the sentence is kept.
    Undotted words ("St", "Co", "Gen") are left alone when it is not clear what they are.
    """
    text = _SAINT_OR_STREET.sub(_say_saint_or_street, text)
    text = _TITLE.sub(_say_title, text)
    text = _AFTER_NAME_ABBR.sub(_say_after_name, text)
    return _PHRASE.sub(
        lambda m: _PHRASES[m.group(0)] + _stop_after(m) if _starts_word(m) else m.group(0), text
    )


def _say_title(match: re.Match[str]) -> str:
    """Titles expand when dotted; the commonest also undotted before a name ("Dr Smith")."""
    title = match.group(0).rstrip(".")
    dotted = match.group(0).endswith(".")
    if not _starts_word(match) or not (dotted or title in _UNDOTTED_TITLES):
        return match.group(0)
    return _TITLES[title]


def _say_after_name(match: re.Match[str]) -> str:
    preceded = _AFTER_A_WORD.search(match.string, max(0, match.start() - 8), match.start())
    if not preceded or not _starts_word(match):
        return match.group(0)
    return _AFTER_NAME[match["abbr"]] + _stop_after(match)


# Short capitalised words that are words, not initialisms, and acronyms said as words.
_CAPITAL_WORDS_TEXT = """
A I AM AN AS AT BE BY DO GO HE HI IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP WE YE
ACT ADD AGE AGO AID AIM AIR ALL AND ANY ARE ARM ART ASK BAD BAN BAR BED BET BID BIG BOY
BUT BUY CAN CAR CUT DAY DID DIE DOG DUE EAR EAT END EYE FAR FEW FIT FLY FOR FUN GAS GET
GOT GUN GUY HAD HAS HER HIM HIS HIT HOT HOW ICE ILL ITS JOB KEY KID LAW LAY LED LEG LET
LIE LOT LOW MAN MAP MAY MEN MET MIX NET NEW NOR NOT NOW ODD OFF OIL OLD ONE OUR OUT OWN
PAY PUT RAN RED RUN SAD SAT SAW SAY SEA SEE SET SHE SIX SKY SON SUN TAX TEA TEN THE TIE
TOO TOP TRY TWO USE VOW WAR WAS WAY WHO WHY WIN WON YES YET YOU WHAT WITH FROM THAT THIS
NATO NASA OPEC FIFA UEFA NAFTA ASEAN AIDS COVID SARS MERS FEMA OSHA DARPA NOAA ISIS SWAT
PIN RAM ROM SIM GIF LASER RADAR SCUBA UNICEF UNESCO NASDAQ IMAX
"""
_CAPITAL_WORDS = frozenset(_CAPITAL_WORDS_TEXT.split())
# Letter pairs that several engines read as words when run together.
_SAID_AS_WORDS = frozenset({"UP", "OR", "ON", "AD", "AH", "EH", "ID", "OW", "UM", "YA"})
_ONSET = (
    r"(?:SCHR|SCR|SPR|STR|SPL|SQU|THR|SHR|CHR|PHR|[BCDFGKPT][LR]|S[CKLMNPTW]|TW|DW|"
    r"QU|TH|SH|CH|PH|WH|WR|KN|[BCDFGHJKLMNPQRSTVWXZ])?"
)
_CODA = (
    r"(?:[BCDFGKLMNPRSTVXZ]|[LNR][BCDFGKPSTZ]|S[KPT]|CK|CH|SH|TH|NG|NK|NT|ND|MP|LD|LT|"
    r"RT|RD|RN|RM|RS|RK|FT|PT|CT|WS|YS|LS|NS|TS|DS|W)?"
)
_PRONOUNCEABLE = re.compile(
    rf"{_ONSET}[AEIOU][AEIOUY]*(?:(?:[BCDFGHKLMNPRSTVWXZ]|{_ONSET[3:-2]})[AEIOUY]+)*{_CODA}"
)
_DOTTED_INITIALISM = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+(?:[A-Za-z](?![\w.]))?")
_CAPITALS = re.compile(r"(?P<caps>[A-Z]{2,5})(?P<plural>s)?\b(?!')")
_LETTERS_AROUND_AMPERSAND = re.compile(r"\b([A-Z]{1,3})&([A-Z]{1,3})\b")


def _is_said_as_word(capitals: str) -> bool:
    if capitals in _CAPITAL_WORDS:
        return True
    return len(capitals) >= 4 and _PRONOUNCEABLE.fullmatch(capitals) is not None


@_only_with(re.compile(r"[A-Z][A-Z.&]"))
def read_initialisms(text: str) -> str:
    """Spell initialisms letter by letter: "U.S." -> "US", "FBI" -> "FBI", "AT&T" ->
    "A-T and T".

    Only dotted initialisms and capitalised tokens of two to five letters are spelled, and
    never short words ("IT", "WAR"), pronounceable acronyms ("NATO", "OPEC") or headings
    in capitals ("RETALIATION"); lower-case "us" is never touched.
    """
    text = _LETTERS_AROUND_AMPERSAND.sub(lambda m: f"{spelled(m[1])} and {spelled(m[2])}", text)
    text = _DOTTED_INITIALISM.sub(
        lambda m: spelled(m.group(0)) + _stop_after(m) if _starts_word(m) else m.group(0), text
    )
    return _CAPITALS.sub(
        lambda m: (
            m.group(0)
            if _is_said_as_word(m["caps"]) or not _starts_word(m)
            else spelled(m["caps"]) + (m["plural"] or "")
        ),
        text,
    )


_SYMBOL_WORDS = {
    "&": " and ",
    "+": " plus ",
    "=": " equals ",
    "@": " at ",
    "~": " about ",
    "%": " percent ",
    "$": " dollar ",
    "€": " euro ",
    "£": " pound ",
    "°": " degrees ",
}
_SYMBOL = re.compile(r"[&+=@~%$€£°*_|^<>\\#/]")


def _say_symbol(match: re.Match[str]) -> str:
    symbol = match.group(0)
    if symbol == "/":
        before = match.string[: match.start()].rstrip()[-1:]
        after = match.string[match.end() :].lstrip()[:1]
        return " slash " if before.isalnum() and after.isalnum() else " "
    return _SYMBOL_WORDS.get(symbol, " ")


@_only_with(_SYMBOL)
def read_symbols(text: str) -> str:
    """Read the symbols left over as words: "&" -> "and", "+" -> "plus", "@" -> "at",
    "/" between words -> "slash", a lone "%" -> "percent"; marks nobody reads are dropped."""
    return _SYMBOL.sub(_say_symbol, text)


_PAUSES = re.compile(r" ?--+ ?|[–—―()\[\]]| -|-(?= )")
_SPACES = re.compile(r"[ \t]{2,}|\t")
# (needed substrings, pattern, replacement)
_TIDY = (
    ((" ,", " .", " ;", " :", " !", " ?"), re.compile(r" +(?=[,.;:!?])"), ""),
    ((",,", ", ,"), re.compile(r",[ ,]*,"), ","),
    ((",.", ",!", ",?", ",;", ",:"), re.compile(r",+(?=[.!?;:])"), ""),
    ((".,", "!,", "?,", ";,", ":,", ". ,"), re.compile(r"([.!?;:]) ?,"), r"\1"),
)


def _say_pause(match: re.Match[str]) -> str:
    mark, text = match.group(0), match.string
    if mark in ")]":
        return "," if text[match.end() :].strip() else ""
    if mark == " -":  # "(Reuters) -The Kremlin"
        after = text[match.end() : match.end() + 1]
        return ", " if after.isalpha() or after == '"' else mark
    if mark == "-":  # "well- known"
        before = text[match.start() - 1 : match.start()]
        return ", " if before.isalnum() or before == "," else mark
    return ", "


def smooth_punctuation(text: str) -> str:
    """Turn dashes and parentheses into commas, which every engine reads as a short pause,
    and tidy the spaces and doubled commas left by earlier rules."""
    text = _PAUSES.sub(_say_pause, text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    for needed, pattern, replacement in _TIDY:
        if any(n in text for n in needed):
            text = pattern.sub(replacement, text)
    return text.lstrip(" ,").rstrip(" ")


NORMALIZERS: tuple[Normalizer, ...] = (
    normalize_characters,
    read_addresses,
    read_phone_numbers,
    read_times,
    read_dates,
    read_decades,
    read_dimensions,
    read_money,
    read_measures,
    read_percentages,
    read_numero,
    read_street_addresses,
    read_ranges,
    read_fractions,
    read_ordinals,
    separate_letters_and_digits,
    read_roman_numerals,
    read_abbreviations,
    read_initialisms,
    read_numbers,
    read_symbols,
    smooth_punctuation,
)

_PROTECTED = re.compile("[\U000f0000-\U000ffffd]")
_PROTECTED_BASE = 0xF0000


def _spoken_line(line: str) -> str:
    for normalize in NORMALIZERS:
        line = normalize(line)
    return line


def spoken(text: str, lexicon: Lexicon | None = None) -> str:
    """Return ``text`` as the plain words a newsreader would say.

    The lexicon, if given, is applied first; what it says is protected from the rules.
    """
    said: dict[str, str] = {}
    if lexicon is not None:

        def mark(say: str) -> str:
            return said.setdefault(say, chr(_PROTECTED_BASE + len(said)))

        text = lexicon.apply_with(text, mark)
    text = "\n".join(_spoken_line(line) for line in text.split("\n"))
    if said:
        says = {marker: say for say, marker in said.items()}
        text = _PROTECTED.sub(lambda m: says[m.group(0)], text)
    return text

"""Decades, and other numbers in the plural.

- "the 1980s" -> "the nineteen eighties"; "'90s" -> "nineties"; "the 2000s" -> "the two
  thousands"
- "1960s-1980s" -> "nineteen sixties to nineteen eighties", "1990-2000s" -> "nineteen ninety to
  two thousands", "1970-80s" -> "nineteen seventy to eighties"; "mid-1980s" keeps its "mid-"
- "the Under 19s" -> "the Under nineteens"; "rolled two 6s", "all 5's" -> "rolled two sixes",
  "all fives"; "the final 717s" -> "the final seven seventeens" (three digits are read in
  groups, as model numbers and years are); "1,000s of people", "100s of" -> "thousands of
  people", "hundreds of"; capitals before: "MP3s", "PS5s" -> "MP-threes", "PS-fives"
- "paid in $20s", "a stack of $100s" -> "paid in twenties", "a stack of hundreds"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import words_around
from narrator.spoken.en.numbers import cardinal, year
from narrator.spoken.en.old_money import SHILLINGS_AFTER, ends_in_shillings
from narrator.spoken.rules import any_of

_DECADES = re.compile(
    r"(?<![\w$])(?<!\d\d\d[-–])(?:(?P<c1>\d\d)|')?(?P<d1>\d)0'?s\b"
    r"(?:\s?[-–]\s?(?:(?P<c2>\d\d)|')?(?P<d2>\d)0'?s\b)?"
)


# A year, then a dash and a decade: "1990-2000s" -> "nineteen ninety to two thousands",
# "1970-80s" -> "nineteen seventy to eighties".
_YEAR_TO_DECADE = re.compile(r"(?<![\w$.,])(?P<year>\d{4})\s?[-–]\s?(?=(?:\d\d)?\d0'?s\b)")


def _plural(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last.endswith("y"):
        last = last[:-1] + "ies"
    else:
        last += "es" if last.endswith("x") else "s"
    return f"{head} {last}".strip()


def _say_decade(century: str | None, decade: str) -> str:
    if century is None:
        return _plural(cardinal(int(decade) * 10)) if decade != "0" else "two thousands"
    return _plural(year(int(century + decade + "0")))


# With an apostrophe, one or two digits only, which are counted ("all 5's", "a pair of 3's");
# a longer number owns more often than it is counted ("the 747's engines").
# A model's variant is the model's rule's: "747-400s", "787-9s" (so for a decade: "787-10s").
_PLURAL_NUMBER = re.compile(
    r"(?<![\w$.,'])(?<!\d\d\d[-–])"
    r"(?:(?P<num>\d{1,4}|1,000(?:,000)?)|(?<![-–])(?<![-–] )(?P<small>\d\d?)')s\b"
)

# Notes or a price's level named by their amount in the plural, the currency understood: "paid
# in $20s" -> "paid in twenties", "a stack of $100s" -> "hundreds", "traded in the $30s".
_CURRENCY_PLURAL = re.compile(r"(?<![\w$£€])[$£€](?P<num>[1-9]\d{0,2}(?:,000)?)s\b(?!')")


def _say_currency_plural(match: re.Match[str]) -> str:
    n = int(match["num"].replace(",", ""))
    words = _plural(cardinal(n))
    return words.removeprefix("one ") if n in (100, 1000) else words


# Capitals glued to the number they name, in the plural: "MP3s", "PS5s", "G7s" -> "MP-threes",
# "PS-fives", "G-sevens" (the "s" is the plural's, not a letter to spell).
_LETTERED_PLURAL = re.compile(r"(?<![\w$.,'-])(?P<letters>[A-Z]{1,4})(?P<num>[1-9]\d{0,2})s\b(?!')")


def _say_lettered_plural(match: re.Match[str]) -> str:
    n = int(match["num"])
    return f"{match['letters']}-{_plural(year(n) if n >= 100 else cardinal(n))}"


# A round number in the plural before "of" counts in its unit: "100s of people", "1000s of
# fans", "10,000s of" -> "hundreds of people", "thousands of fans", "tens of thousands of"
# (not "one hundreds"; "the 1000s" alone may be a decade).
_ROUNDS = {
    "100": "hundreds",
    "1000": "thousands",
    "10000": "tens of thousands",
    "100000": "hundreds of thousands",
}
_ROUND_PLURAL = re.compile(r"(?<![\w$.,'])(?P<num>100|1,?000|10,?000|100,?000)'?s(?= of\b)")


# Shillings, as old British money writes them: "10s. 6d.", "£3 10s.", "1l. 5s.", "5s. for it".
_POUNDS_BEFORE = re.compile(
    r"(?:£\d+|\dl\.)\s(?:and\s)?$|\d[sd]\.\s(?:to|or)\s$"
)  # "2s. 6d. to 3s."


def _shillings(match: re.Match[str]) -> bool:
    """Whether "<n>s" is shillings, read by the money rule (see above): "10s.", and "126s. a
    quarter" as corn was priced ("the 890s." is a decade)."""
    if match["num"] is None or len(match["num"]) > 3:
        return False
    before = match.string[max(0, match.start() - 4) : match.start()]
    if len(match["num"]) == 3 and (before.lower().endswith("the ") or before.endswith("-")):
        return False
    return _shillings_at(match)


def _shillings_at(match: re.Match[str]) -> bool:
    text = match.string
    return (
        SHILLINGS_AFTER.match(text, match.end()) is not None
        or ends_in_shillings(text, match.start())
        or _POUNDS_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    )


# A product's name written as a brand writes it before one digit and "s" makes it a model's
# letter: "iPhone 5s", "iPad 3s" (a word that starts a sentence may be any word: "All 5s").
_PRODUCT_BEFORE = re.compile(r"\b[a-z]+[A-Z]\w* $")


# A name's number before "'s" owns what follows: "Apollo 13's crew", "Flight 93's passengers".
_NAME_BEFORE = re.compile(r"\b(?!(?:The|All|Two|Three|Four|Five|Six)\b)[A-Z][a-z]+ $")


def _say_plural_number(match: re.Match[str]) -> str:
    written = match["num"] or match["small"]
    if _shillings(match):
        return match.group(0)
    text, start = match.string, match.start()
    product = _PRODUCT_BEFORE.search(text, max(0, start - 20), start)
    if match["num"] and len(written) == 1 and product:
        return f"{written} S"  # "iPhone 5s" -> "iPhone 5 S"
    if "," in written:
        return "thousands" if written == "1,000" else "millions"
    if match["small"] and _NAME_BEFORE.search(text, max(0, start - 20), start):
        return f"{cardinal(int(written))}'s"  # "Apollo 13's crew": the name's, no plural
    n = int(written)
    if n >= 100 and (len(written) == 4 or n % 100 != 0):
        return _plural(year(n))
    return _plural(cardinal(n))


# A whole number of seconds written with "s" after a word that times something: "clocked 47s",
# "every 30s", "ran the lap in 62s", "stopped for 30s" -> "forty-seven seconds", ... After a
# word that times nothing by itself ("in", "for", "of"), only where the words around speak of
# time: "count in 5s" counts by fives, "let the horse go for 15s" sold it for shillings.
_SECONDS = re.compile(
    r"\b(?P<word>(?i:in|for|after|within|every|of|lasts|lasted|runs|took|takes|clocked|timed|"
    r"only|just)) (?P<num>\d{1,2})s\b(?!['-])(?P<point>\.(?=\s+[a-z]))?"
)
_TIMING_WORDS = frozenset(
    {"after", "within", "every", "lasts", "lasted", "runs", "took", "takes", "clocked", "timed"}
)
_TIME_AROUND = re.compile(
    r"(?i:\blaps?\b|\brac(?:e|ed|ing)\b|\bran\b|\bswam\b|sprint|clock|\btimed?\b|timer|"
    r"finish|stopp|paus|wait|delay|interval|countdown|seconds|minutes|\bvideo|\bclip\b|"
    r"record|personal best|\bads?\b|advert|commercial|silence|\bhold|press|squeez|breath|"
    r"stretch|\bplank|\bpose\b|\brest\b|microwave|\bstir|blend|whisk|simmer|\bboil|rinse|soak|"
    r"\bshake|knead|\bspin)"
)
# A round number before a name or a noun is a decade: "promos for 80s bands", "a mix of 90s
# hits"; as seconds it ends the phrase ("for 30s at each station", "in 40s.").
_AFTER_SECONDS = re.compile(
    r"\s*(?:[.,;:)!?]|$|(?:at|to|and|or|before|after|in|on|for|of|later|each|per|with|then|"
    r"until|while|when|during|the|a|an|flat)\b)"
)
# A step of a recipe or an exercise timed with "for": "Boil for 10s. and serve", "Rest for 60s
# between sets" are seconds, whatever follows (its point is no shilling's).
_TIMED_STEP_BEFORE = re.compile(
    r"\b(?i:hold|boil|heat|microwave|stir|blend|whisk|simmer|rinse|soak|shake|knead|rest|"
    r"press|stretch|pause|cook|bake|fry|steam|mix|beat|spin|run|sprint|plank)(?:\s+\w+)?\s+$"
)
# Where money is spoken of, "5s" is shillings, as old books write them without a point: "sold
# for 5s", "a wage of 15s a week".
_MONEY_WORDS = re.compile(
    r"(?i:pric|cost|paid|pay|sold|sell|bought|buy|sum|worth|wage|rent|fee|charg|shilling|"
    r"penn|pence|pound|guinea|£|\d[dl]\b|a week|a year|a day|apiece)"
)


def _say_seconds(match: re.Match[str]) -> str:
    """ "clocked 47s" -> "clocked forty-seven seconds"; "in her 60s", "for 5s" (shillings)
    are left."""
    written, word = match["num"], match["word"]
    around = words_around(match, 80, 40)
    round_number = written.endswith("0")
    start = match.start()
    timed_step = _TIMED_STEP_BEFORE.search(match.string, max(0, start - 30), start) is not None
    if (
        (round_number and word.lower() == "in")
        or (round_number and not timed_step and not _AFTER_SECONDS.match(match.string, match.end()))
        or (
            word.lower() not in _TIMING_WORDS and not timed_step and not _TIME_AROUND.search(around)
        )
        or _MONEY_WORDS.search(around)
        or (_shillings_at(match) and not timed_step)
    ):
        return match.group(0)
    return f"{word} {cardinal(int(written))} {'second' if written == '1' else 'seconds'}"


# "the" or an owner ("her", "their") before a round number from 20 to 90 with a point in a
# sentence makes it a decade or an age where no price is said before ("In the 30s. we had
# nothing": the point is no shilling's); "paid the 30s. fare", "the 10s. note" stay shillings.
_POINTED_DECADE = re.compile(
    r"\b(?P<lead>(?i:the|her|his|their|my|our|your|its)\s(?:(?:early|late|mid)[\s-])?"
    r"[2-9]0s(?:\.? (?:and|or|to) [2-9]0s)?)(?P<point>\.)(?=\s+[a-z])"
)


def _drop_decade_point(match: re.Match[str]) -> str:
    """ "In the 30s. we" -> "In the 30s we", "in her 30s. when", "in their 40s. and 50s.
    were" (a decade or an age); a price said before keeps the shillings ("paid the 30s.
    fare")."""
    start = match.start()
    if _MONEY_WORDS.search(match.string, max(0, start - 60), start):
        return match.group(0)
    return match["lead"].replace("0s. ", "0s ")


def read_decades(text: str) -> str:
    """Read decades: "the 1980s" -> "the nineteen eighties", "'90s" -> "nineties".

    "1960s-1980s" is a range ("to"); "mid-1980s" keeps its "mid-".
    """

    def say(match: re.Match[str]) -> str:
        if match["c1"] is None and match.group(0)[0].isdigit() and _shillings_at(match):
            return match.group(0)  # "£3 10s. 6d."
        words = _say_decade(match["c1"], match["d1"])
        if match["d2"]:
            words += " to " + _say_decade(match["c2"], match["d2"])
        return words

    if "ties" in text:
        text = _DECADE_WORD_APOSTROPHE.sub("", text)
    if "0s of" in text or "0's of" in text:
        text = _ROUND_PLURAL.sub(lambda m: _ROUNDS[m["num"].replace(",", "")], text)
    text = _SECONDS.sub(_say_seconds, text)
    if "0s." in text:
        text = _POINTED_DECADE.sub(_drop_decade_point, text)
    text = _YEAR_TO_DECADE.sub(lambda m: f"{year(int(m['year']))} to ", text)
    if "$" in text or "£" in text or "€" in text:
        text = _CURRENCY_PLURAL.sub(_say_currency_plural, text)
    text = _DECADES.sub(say, text)
    text = _LETTERED_PLURAL.sub(_say_lettered_plural, text)
    return _PLURAL_NUMBER.sub(_say_plural_number, text)


# A decade in words with the apostrophe of its lost century, as old books write it: "in the
# 'thirties", "the 'Forties" -> "the thirties" (the mark is not said).
_DECADE_WORD_APOSTROPHE = re.compile(
    r"(?<![\w'])'(?=(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
)

# The apostrophe first: the regex engine finds a literal quickly; the "s" after a digit on the
# lines with one only.
HINT = any_of(r"'(?=[TtFfSsEeNn][a-z]+ties\b)", with_digit=(r"s\b(?<=\ds)", r"'s\b(?<=\d's)"))

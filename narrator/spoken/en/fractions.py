"""Fractions, written with a slash or as one character.

- "1/2" -> "one half"; "3/4" -> "three quarters"; "2/3" -> "two thirds"
- "3 2/4" -> "three and two quarters"; "2½" -> "two and a half"; "3-1/2" -> "three and a
  half" (a mixed number as US hardware and recipes write it, with a hyphen)
- "1,000/3" -> "one thousand thirds" (thousands separators in either part); "-1/3" ->
  "minus one third"
- "9/11" -> "nine eleven", "24/7" -> "twenty-four seven": slashed names, not fractions
- "rated 7/10", "4/5 stars", "9/10 people" -> "seven out of ten"...: a score, a share of a group
- "a 1/2 marathon", "1/2 price" -> "a half marathon", "half price": a lone half before a
  noun is "half"; before a unit or "of" it stays "one half" ("1/2 cup", "1/2 of the cake");
  joined to a word, a singular: "a 1/2-inch pipe", "3/4-length" -> "a half-inch pipe",
  "three-quarter-length"
- "in 3/4 time", "a 6/8 rhythm" -> "three four", "six eight" (a time signature); "7/7",
  "4/4" -> "seven seven", "four four": a number over itself is no fraction
- dates with a year ("6/23/2024") were read before
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.en.slashed_pairs import say_slashed_pair
from narrator.spoken.en.unit_names import part_of_a
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_mapping, read_table

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
# A whole number, with or without thousands separators: "1,234 1/2".
_WHOLE = r"\d{1,3}(?:,\d{3})+|\d+"
_FRACTION = re.compile(
    rf"(?<![\w./,])(?<![A-Za-z]-)(?:(?P<whole>{_WHOLE})\s?(?=[½⅓⅔¼¾⅕-⅞])|(?P<whole2>{_WHOLE})(?:\s|-(?=\d/\d\d?\b))"
    r"(?=\d+/\d))?"
    r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)/(?P<d>\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th|ST|ND|RD|TH)?s?"
    r"|(?P<glyph>[½⅓⅔¼¾⅕-⅞]))(?![\w/]|[.,]\d)"
)
# A negative fraction, a sign before it and no word or number: "-1/3" -> "minus one third",
# "-2 1/2" -> "minus two and a half".
_NEGATIVE = re.compile(
    r"(?<![\w./,-])-(?P<fraction>(?:\d{1,3}\s)?[1-9]\d{0,2}/[1-9]\d{0,2})(?![\w/-]|[.,]\d)"
)
# Slashed numbers that are names, not fractions.
_SLASHED_NAMES = read_mapping("en", "slashed_names")


# Old books write the denominator as an ordinal, "the 1/100th of an inch", "3/100ths": said
# "the one hundredth", "three hundredths" (NeMo's "1/100" is "one one hundredth").
_ONE_POWER_OF_TEN = frozenset({"one hundredth", "one thousandth", "one millionth", "one billionth"})
_ORDINAL_SUFFIX = re.compile(r"(?i:st|nd|rd|th)s?$")


def _say_fraction(numerator: int, denominator: int, whole: bool, suffixed: bool = False) -> str:
    if denominator == 2:
        name = "half" if numerator == 1 else "halves"
    elif denominator == 4:
        name = "quarter" if numerator == 1 else "quarters"
    elif denominator <= 1:
        return f"{cardinal(numerator)} over {cardinal(denominator)}"
    else:
        name = ordinal(denominator)
        if suffixed and name in _ONE_POWER_OF_TEN:
            name = name.removeprefix("one ")
        name += "" if numerator == 1 else "s"
    count = ("an" if name[0] == "e" else "a") if whole and numerator == 1 else cardinal(numerator)
    return f"{count} {name}"


def say_fraction(written: str) -> str:
    """Read a written fraction, mixed or not: "4 1/2" -> "four and a half", "3/4" -> "three
    quarters", "3½" -> "three and a half"."""
    if written[-1] in _UNICODE_FRACTIONS:
        whole, (numerator, denominator) = written[:-1].strip(" -"), _UNICODE_FRACTIONS[written[-1]]
    else:
        whole, _, fraction = written.replace("-", " ").rpartition(" ")
        numerator, denominator = (int(part) for part in fraction.split("/"))
    words = _say_fraction(numerator, denominator, bool(whole))
    return f"{cardinal(int(whole.replace(',', '')))} and {words}" if whole else words


# A score or a share of a group, not a fraction: "rated 7/10", "4/5 stars", "9/10 people",
# "a score of 92/100", "an average rating of 8.2/10".
RATING_BEFORE = re.compile(
    r"(?i:\b(?:rated|rating|rates|scored|scores|score|gave it|gives it|grade|verdict))"
    r"(?: of)?:?\s+$"
)
OUT_OF_AFTER = re.compile(
    r"\s+(?:stars|points|marks|people|respondents|voters|doctors|dentists|patients|students|"
    r"users|customers|experts|adults|children|americans|britons|"
    # tries counted, as sports pages write a player's made of tried: "made 7/10 shots"
    r"shots|attempts|tries|passes|kicks|putts|penalties|free throws|field goals|serves|"
    r"questions|targets)\b"
)
# A verb of scoring before a count of tries: "made 7/10 from the line", "hit 3/7 from deep".
_TRIED_BEFORE = re.compile(
    r"\b(?:made|makes|hit|hits|sank|sinks|converted|converts|completed|completes|shot|shooting)"
    r"\s+$"
)
# Or a place shots are taken from after it: "was 4/4 from the line", "3/9 from three".
_FROM_THE_LINE = re.compile(
    r"\s+from\s+(?:the\s+)?(?:line|field|floor|stripe|arc|three|deep|downtown|beyond)\b"
)


def _out_of(match: re.Match[str]) -> bool:
    """Whether a slash reads "out of": a score or a count of a group (see above)."""
    if match["glyph"] or match["whole"] or match["whole2"]:
        return False
    before = match.string[max(0, match.start() - 16) : match.start()]
    if RATING_BEFORE.search(before) or OUT_OF_AFTER.match(match.string, match.end()):
        return True
    if _FROM_THE_LINE.match(match.string, match.end()):
        return True
    after = _WORD_AFTER.match(match.string, match.end())
    return bool(_TRIED_BEFORE.search(before)) and (after is None or after[1] not in _UNIT_WORDS)


# After a lone "1/2", the words that keep it "one half": a unit ("1/2 cup", "1/2 tsp") or
# "of". Any other word is a noun that "half" qualifies ("a 1/2 marathon", "1/2 price").
_UNIT_WORDS = frozenset(
    word.lower()
    for table in ("units", "si_units")
    for row in read_table("en", table)
    for word in row[:3]
    if word.isalpha()
) | {"of", "and", "or", "to", "a", "an", "in", "per"}
_UNIT_WORDS |= {"cup", "cups", "pint", "quart", "gallon", "stick", "pinch", "dozen", "ounce"}
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]|[Tt]he|[Ee]ach|[Ee]very|[Pp]er) $")


# A unit written in full after a part of one, and then "of": "½ pint of water" -> "half a
# pint of water", "¾ mile of road" -> "three quarters of a mile"; American recipes' cups keep
# their own way ("1/2 cup of sugar" -> "one half cup of sugar").
_UNIT_THEN_OF = re.compile(r" (?P<unit>[a-z]+)(?= of\b| (?:deep|long|wide|high|thick)\b)")
_UNITS_IN_FULL = frozenset(one for _, one, _ in read_table("en", "units") if one.isalpha())
_UNITS_IN_FULL |= {"pint", "quart", "gallon", "teaspoonful", "tablespoonful"}
# A part of a span of time or of a distance said whole is "of an hour", "of a mile", where the
# clause ends or goes on with no noun after the unit: "lasted 3/4 hour." -> "three quarters of
# an hour", "1/2 mile from shore" -> "half a mile" ("a 3/4 mile walk" is the adjective).
_SPAN_UNIT_ENDS = re.compile(
    r" (?P<unit>second|minute|hour|day|week|month|year|mile|inch|foot|yard)"
    r"(?=\s*(?:[.,;:!?)]|$)| (?:later|earlier|ago|away|long|before|after|from|to|in|on|at|by|"
    r"with|for|until|into|past|behind|ahead|off|and|or|of|late|early|short|up|down|across|"
    r"(?:north|south)(?:east|west)?|east|west)\b)"
)


def _part_of_a_unit_of(match: re.Match[str]) -> str | None:
    """ "half a", "three quarters of a" (see above), or None."""
    if match["whole"] or match["whole2"] or "," in match.group(0):
        return None
    unit = _UNIT_THEN_OF.match(match.string, match.end()) or _span_unit(match)
    if unit is None or unit["unit"] not in _UNITS_IN_FULL:
        return None
    if _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 7), match.start()):
        return None  # "a 1/2 pint of": "a half pint of" (see `_half_before_a_noun`)
    if match["glyph"]:
        numerator, denominator = _UNICODE_FRACTIONS[match["glyph"]]
    else:
        numerator, denominator = int(match["n"]), int(match["d"])
    if not 0 < numerator < denominator <= 16:
        return None
    words = _say_fraction(numerator, denominator, whole=False)
    if words == "one quarter" and unit.re is _SPAN_UNIT_ENDS:
        return "a quarter"  # "1/4 mile away": "a quarter mile", as it is said
    return part_of_a(words, unit["unit"]).removesuffix(" " + unit["unit"])


def _span_unit(match: re.Match[str]) -> re.Match[str] | None:
    """The unit of a span after a fraction in a clause (see above); a fraction and its unit
    alone on their line are a size's name ("7/8 inch", a spanner's)."""
    line_before = match.string[: match.start()].rpartition("\n")[2]
    if not line_before.strip():
        return None
    return _SPAN_UNIT_ENDS.match(match.string, match.end())


def _half_before_a_noun(match: re.Match[str]) -> bool:
    """Whether a lone "1/2" qualifies the noun after it, or "a" and a noun: "a 1/2 marathon"
    -> "a half marathon", "½ an hour" -> "half an hour"."""
    if match.group(0) not in ("1/2", "½") or match["whole"] or match["whole2"]:
        return False
    after = _WORD_AFTER.match(match.string, match.end())
    if after is not None and after[1] in ("a", "an"):
        return True  # "1/2 an hour", "½ a dozen": "half an hour", "half a dozen"
    if after is not None and _ARTICLE_BEFORE.search(
        match.string, max(0, match.start() - 7), match.start()
    ):
        return True  # "a 1/2 cup", "the 1/2 hour show": "a half cup", "the half hour show"
    return after is not None and after[1].islower() and after[1] not in _UNIT_WORDS


# A fraction joined to a word by a hyphen is an adjective, as a unit after a hyphen is: "a
# 1/2-inch pipe" -> "a half-inch pipe", "a 1/4-mile track", "a 3/4-length sleeve".
_JOINED_WORD_AFTER = re.compile(r"-[A-Za-z]")
# A quarter or a half before "past", "to" (or "before", "after") and an hour is a time of day:
# "at 1/4 past 9" -> "at a quarter past nine", "1/2 past 3", "by ¼ before 9" -> "a quarter".
_PAST_OR_TO_HOUR = re.compile(
    r"\s+(?:past|to|before|after)\s+(?:[1-9]|1[012]|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|noon|midnight)\b(?!\s*[/.,]?\d)"
)
# Before "to", only after a word of when or the old clock's "wanted" ("it wanted ¼ to 4"; "Add
# 1/4 to 1 cup" is a range of amounts), or where the hour ends a clause or is said a time
# ("ordered for 1/4 to 8.", "1/4 to 8 o'clock"), not after a word of a range or a ratio ("from
# 1/2 to 1.", "a ratio of 1/4 to 1.").
_WHEN_BEFORE = re.compile(
    r"(?i:\b(?:at|about|till|until|by|before|after|since|it was|it is|wanted|wants))\s+(?:a )?$"
)
_RANGE_BEFORE = re.compile(r"(?i:\b(?:from|between|of|than|and|or))\s+$")
_HOUR_ENDS = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:o'clock|in the (?:morning|afternoon|evening)|at night)"
)
_PARTS_OF_AN_HOUR = {"1/4": "a quarter", "¼": "a quarter", "1/2": "half", "½": "half"}
_PARTS_OF_AN_HOUR |= {"3/4": "three quarters", "¾": "three quarters"}
_A_BEFORE = re.compile(r"(?:^|(?<=\W))[Aa] $")
_EVERY_BEFORE = re.compile(r"\b(?i:every|each) $")


def _after_a(match: re.Match[str]) -> bool:
    """Whether one part is said without "one": after "a" and before "of" ("a 1/4 of an
    hour"), or after "every" or "each" ("every 1/4 hour"); "a 1/3 share" is "a one third"."""
    text, start = match.string, match.start()
    if _EVERY_BEFORE.search(text, max(0, start - 6), start):
        return True
    if not text.startswith(" of ", match.end()):
        return False
    return _A_BEFORE.search(text, max(0, start - 3), start) is not None


def _part_of_an_hour(match: re.Match[str]) -> bool:
    """Whether a quarter or a half is a time of day, before "past" or "to" an hour (see above)."""
    hour = _PAST_OR_TO_HOUR.match(match.string, match.end())
    if match.group(0) not in _PARTS_OF_AN_HOUR or hour is None:
        return False
    text, start = match.string, match.start()
    return (
        "past" in hour.group(0)
        or _WHEN_BEFORE.search(text, max(0, start - 9), start) is not None
        or (
            _HOUR_ENDS.match(text, hour.end()) is not None
            and _RANGE_BEFORE.search(text, max(0, start - 9), start) is None
        )
    )


# After an article, a fraction and its unit are one thing, as if hyphened: "a 3/4 mile walk" ->
# "a three-quarter mile walk", "the 1/4 mile mark" -> "the quarter mile mark", "ran the 1/4
# mile in 49 seconds" -> "the quarter mile".
_UNIT_AFTER = re.compile(r" (?P<unit>[a-z]+)\b")


def _unit_of_a_noun(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    if not _ARTICLE_BEFORE.search(text, max(0, start - 7), start):
        return False
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and unit["unit"] in _UNITS_IN_FULL


def _joined_adjective(match: re.Match[str]) -> str | None:
    """ "1/2-inch" -> "half", "3/4-length" -> "three-quarter": a fraction joined to a word
    by a hyphen, said as a singular (the word follows it); None where it is not one."""
    if match["whole"] or match["whole2"]:
        return None
    if not _JOINED_WORD_AFTER.match(match.string, match.end()) and not _unit_of_a_noun(match):
        return None
    if match["glyph"]:  # "a ¾-ton truck", "a ½-inch bolt"
        numerator, denominator = _UNICODE_FRACTIONS[match["glyph"]]
    else:
        numerator, denominator = int(match["n"]), int(match["d"])
    if not 1 < denominator <= 10 or numerator >= denominator:
        return None
    name = _say_fraction(1, denominator, whole=False).split()[-1]
    return name if numerator == 1 else f"{cardinal(numerator)}-{name}"


def read_fractions(text: str) -> str:
    """Read fractions: "1/2" -> "one half", "3 2/4" -> "three and two quarters", "2½" -> "two
    and a half". Dates with a year were read before; "9/11" and "24/7" are names."""

    def say(match: re.Match[str]) -> str:
        if match.group(0) in _SLASHED_NAMES:
            return _SLASHED_NAMES[match.group(0)]
        if _out_of(match):
            numerator, denominator = (int(match[k].replace(",", "")) for k in ("n", "d"))
            return f"{cardinal(numerator)} out of {cardinal(denominator)}"
        if _part_of_an_hour(match):  # "at a ¼ past 6": the article is written already
            part = _PARTS_OF_AN_HOUR[match.group(0)]
            return part[2:] if match.string[match.start() - 2 : match.start()] == "a " else part
        if of_a := _part_of_a_unit_of(match):
            return of_a
        if _half_before_a_noun(match):
            return "half"
        if pair := say_slashed_pair(match):
            return pair
        if adjective := _joined_adjective(match):
            return adjective
        if match["glyph"]:
            numerator, denominator = _UNICODE_FRACTIONS[match["glyph"]]
        else:
            numerator = int(match["n"].replace(",", ""))
            denominator = int(match["d"].replace(",", ""))
        whole = match["whole"] or match["whole2"]
        suffixed = _ORDINAL_SUFFIX.search(match.group(0)) is not None
        words = _say_fraction(numerator, denominator, whole is not None, suffixed)
        if not whole and numerator == 1 and _after_a(match):
            words = words.removeprefix("one ")  # "a 1/4 of an hour" -> "a quarter of an hour"
        return f"{cardinal(int(whole.replace(',', '')))} and {words}" if whole else words

    if "⁄" in text:  # the fraction slash: "3⁄4"
        text = _FRACTION_SLASH.sub("/", text)
    if "-" in text or "–" in text:
        text = _GLYPH_RANGE.sub(_glyph_range, text)
    if "-" in text:
        text = _NEGATIVE.sub(lambda m: "minus " + say_fraction(m["fraction"]), text)
    if _GLYPH_UNIT_HINT.search(text):
        text = _GLYPH_UNIT.sub(_say_glyph_unit, text)
    return _FRACTION.sub(say, text)


# A dash between numbers one of which has a part written as one character is a range, "to":
# "won 16½–11½" -> "sixteen and a half to eleven and a half", "2½-3 hours".
_GLYPH_RANGE = re.compile(
    r"(?<![\w./,–-])(?P<a>\d+[½⅓⅔¼¾⅕-⅞]?|[½⅓⅔¼¾⅕-⅞])\s?[-–]\s?"
    r"(?P<b>\d+[½⅓⅔¼¾⅕-⅞]?|[½⅓⅔¼¾⅕-⅞])(?![\w/⁄-]|[.,]\d)"
)


def _glyph_range(match: re.Match[str]) -> str:
    if match["a"].isdigit() and match["b"].isdigit():
        return match.group(0)
    return f"{match['a']} to {match['b']}"


# A fraction's character before a unit's abbreviation, as recipes write it: "¼ tsp salt",
# "1½ lb beef" -> "one quarter teaspoon salt", "one and a half pounds beef" (the measures,
# which read "1/4 tsp", see no digit in "¼"). Not "in", which is the preposition as often.
_UNIT_NAMES = {
    written: (one, many)
    for unit, one, many in read_table("en", "units")
    if unit.isalpha() and len(unit) > 1 and unit != "in"
    for written in (unit, unit.capitalize())  # "Tbsp", as recipes write it too
} | {"in": ("inch", "inches")}  # only with its dot: "½ in. deep"
_GLYPH_UNIT = re.compile(
    r"(?<![\w./,])(?:(?P<whole>\d+)[ -]?)?(?P<glyph>[½⅓⅔¼¾⅕-⅞]) ?(?P<unit>"
    + "|".join(sorted(map(re.escape, set(_UNIT_NAMES) - {"in"}), key=lambda u: (-len(u), u)))
    + r"|in(?=\.))\b\.?(?!\w)"
)
# "Of a" unit before a word of size or a pause too: "½ in. deep", "mace ½ oz.," -> "half an ounce".
_SIZE_AFTER = re.compile(r" (?:deep|long|wide|high|thick|broad|across|square|in diameter)\b|[,;]|$")
_GLYPH_UNIT_HINT = re.compile(r"[½⅓⅔¼¾⅕-⅞] ?[A-Za-z]")


def _say_glyph_unit(match: re.Match[str]) -> str:
    numerator, denominator = _UNICODE_FRACTIONS[match["glyph"]]
    one, many = _UNIT_NAMES[match["unit"]]
    words = _say_fraction(numerator, denominator, match["whole"] is not None)
    if match["whole"]:
        return f"{cardinal(int(match['whole']))} and {words} {many}"
    text, start, end = match.string, match.start(), match.end()
    if text[start - 2 : start] in ("a ", "A "):
        return f"{words.removeprefix('one ')} {one}"  # "a ¼ lb. of tea": "a quarter pound"
    if text.startswith(" of ", end) or _SIZE_AFTER.match(text, end):
        return part_of_a(words, one)  # "¾ lb. of sugar" -> "three quarters of a pound of sugar"
    return f"{words} {one}"


_FRACTION_SLASH = re.compile(r"(?<=\d)⁄(?=\d)")
# A slash between digits, or a fraction's character: most lines with digits have neither;
# each pattern starts with a literal.
HINT = any_of(
    r"/(?<=\d/)\d",
    r"⁄(?<=\d⁄)\d",
    *(chr(code) for code in (0xBD, 0xBC, 0xBE, *range(0x2153, 0x215F))),
)

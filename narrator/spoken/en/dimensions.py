"""Dimensions and powers: "x" between numbers is read "by", a power of a number "to the
power of".

- "2x8 m2" -> "two by eight square meters"; "4x4" -> "four by four"; "3 × 5" -> "three by five";
  "8½ x 11" -> "eight and a half by eleven"; "2 X 3" -> "two by three" (spaced)
- "10^6" -> "ten to the power of six"; "3 × 10⁸ m/s" -> "three times ten to the power of eight
  meters per second" (a sign before a power of ten is "times", as in scientific notation)
- "10²", "10³" -> "ten squared", "ten cubed"; "m²" after a number is a unit, read before;
  "1.602×10−19", a power flattened in a copy, is "... ten to the power of minus nineteen"
- "10^6 J", "1.6 × 10⁻¹⁹ C" -> "ten to the power of six joules", "... minus nineteen coulombs":
  a unit's bare letter after a power of ten is the unit, which alone after a number it may not
  be ("a 20 J card", "20 C" is Celsius)
- "7 × 8 = 56", "£3 4s. 6d. × 7 = £22 11s. 6d.", "£17 13s. 4½d. ÷ 8 = ..." -> "seven times
  eight equals ...", "... sixpence times seven ...", "... divided by eight ...": a sign in a
  sum worked out, with its "=" after, as school books print them
- "3x faster", "grew 5x.", "1.5× the cost" -> "three times faster", "five times", "one point
  five times the cost": "x" joined to a number with no number after it is a multiplier, and
  so is "×" before any word ("2× Platinum")
"""

from __future__ import annotations

import re

from narrator.spoken.en.unit_names import UNITS
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

# A foot or inch mark may stand between the number and the sign: "12' x 15'".
# A fraction's character may end the number ("8½ x 11"); a capital "X" between numbers only
# with a space each side ("2 X 3": "2X3" may name a thing).
_TIMES_SIGN = re.compile(r"(?<=[\d½¼¾⅓⅔⅛⅜⅝⅞])(?P<mark>['\"]?)(?:\s?[x×]\s?| X )(?=\d)")
_SCIENTIFIC = re.compile(r"(?<=\d)\s?[x×]\s?(?=10(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))")
# A power of ten whose raised minus and digits lost their height in a copy, after a number
# with decimals: "1.602×10−19", "1.6 x 10-19 C" -> "... times ten to the power of minus
# nineteen" ("a 3 x 10-12 in. board" is a size and a range).
_FLATTENED_POWER = re.compile(
    r"(?<![\w.])(?P<mantissa>\d+\.\d+)(?P<sign>\s?[x×]\s?10)[−-](?=\d{1,3}(?![\d.,]|[−-]\d))"
)
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# A number raised to a power, written with a caret or in superscript digits; "km²" and "m³"
# are no powers (letters come before them).
_POWER = re.compile(
    r"(?<![\w.])(?P<base>\d+)(?:\^(?P<caret>-?\d+)|(?P<raised>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)


def _say_power(match: re.Match[str]) -> str:
    power = match["caret"] or match["raised"].translate(_SUPERSCRIPT_DIGITS)
    if power == "2":
        return f"{match['base']} squared"
    if power == "3" and match["base"] != "10":
        return f"{match['base']} cubed"
    return f"{match['base']} to the power of {power}"


# The units that `measures` reads by their letter only where the words around say so, as
# their letter is often a letter or another thing ("J", "N", "C", "A", "F", "T", "K", "s").
_BARE_SI_UNITS = {
    symbol: many
    for symbol, _one, many, _prefixes, alone in read_table("en", "si_units")
    if alone == "no" and symbol not in {"M", "b", "l", "t"}
}
_UNIT_AFTER_POWER = re.compile(
    r"(?<=to the power of )(?P<power>-?\d{1,3}) (?P<unit>[A-Za-z]{1,3})(?![\w'’-]|\.\w)"
)


def _say_unit_after_power(match: re.Match[str]) -> str:
    unit = _BARE_SI_UNITS.get(match["unit"])
    return f"{match['power']} {unit}" if unit else match.group(0)


# "x" joined to a number, before a word in lower case: "3x faster", "2x daily"; or ending a
# clause after a verb or a word of change: "grew 5x.", "up 10x". Before a number it is "by"
# ("4x4"), before a capital a name ("10x Genomics"); alone, a multiple said "x" ("4.4x").
# The sign "×" names nothing: after a number and before no digit it is "times" ("certified
# 2× Platinum", "(3×)").
_MULTIPLIER = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)"
    r"(?:×(?P<sign>)(?!\w)|[x×](?:(?P<word>(?=\s+[a-z]))|(?=[.,;:!?)]|\s*$)))"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|grew|rose|fell|sold|paid|cost|costs|up|down|by|more|over|about|nearly)\s$"
)


def _say_multiplier(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if (
        match["sign"] is None
        and match["word"] is None
        and not _CHANGE_BEFORE.search(text, max(0, start - 16), start)
    ):
        return match.group(0)
    return f"{match['num']} times"


# A count of packs before each one's quantity, as recipes and shops write it: "2 x 400g tins"
# -> "2 400-g tins" ("two four hundred-gram tins", the unit an adjective; "by" would make it
# a size).
_COUNT_OF_PACKS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2})\s?[x×]\s?(?P<q>\d+(?:\.\d+)?)\s?(?P<unit>g|kg|ml|l|cl|oz|lb)"
    r"(?=\s+(?:tins?|cans?|packs?|packets?|bottles?|jars?|sachets?|cartons?|bags?|boxes|tubs?|"
    r"pots?)\b)"
)
# So a count of arms before each one's calibre, as ships' armaments are listed: "9 × 16-inch
# guns", "2 × 21 in torpedo tubes", "4 × 100 mm guns" -> "9 16-inch guns" (no size of 9 by 16).
_COUNT_OF_ARMS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2})\s?[x×]\s?(?=\d+(?:\.\d+)?(?:-inch|-in|-pounder|-mm|-cm|\s?"
    r"(?:in|mm|cm)\b)[^.;×]{0,40}?\b(?:guns?|tubes?|howitzers?|cannons?|mortars?|launchers?)\b)"
)
# A sign of multiplying or dividing before a number and the "=" of a sum worked out: "7 × 8 =
# 56", "6d. × 7 = £2 2s.", "4½d. ÷ 8 = ..." (times, not "by", which names a size).
_SUM_SIGN = re.compile(r"\s?(?P<sign>[×÷])\s?(?=[£$]?\d[^=\n;]{0,30}=)")
_SUM_WORDS = {"×": " times ", "÷": " divided by "}


# A sign between two measures, each with its unit: "77 cm × 53 cm", "12 ft. x 15 ft." -> "77
# cm by 53 cm" (the measures then read each); only after a unit's symbol.
_UNIT_TIMES = re.compile(r"(?<=\d)(?P<unit>\s?(?P<symbol>[A-Za-z]{1,3})\.?)\s[x×]\s(?=\d)")


def _say_unit_times(match: re.Match[str]) -> str:
    return f"{match['unit']} by " if match["symbol"] in UNITS else match.group(0)


def read_dimensions(text: str) -> str:
    """Read "x" between numbers as "by" ("2x8 m2" -> "2 by 8 m2", "4x4" -> "4 by 4"), and
    powers as "to the power of" ("10^6" -> "10 to the power of 6")."""
    if "10-" in text or "10−" in text:
        text = _FLATTENED_POWER.sub(r"\g<mantissa>\g<sign>^-", text)
    if "^" in text or not text.isascii():
        text = _SCIENTIFIC.sub(" times ", text)
        text = _POWER.sub(_say_power, text)
        if "power of" in text:
            text = _UNIT_AFTER_POWER.sub(_say_unit_after_power, text)
    if "=" in text:
        text = _SUM_SIGN.sub(lambda m: _SUM_WORDS[m["sign"]], text)
    text = _COUNT_OF_PACKS.sub(
        lambda m: f"{m['n']} {m['q']}-{'liter' if m['unit'] == 'l' else m['unit']}", text
    )
    text = _COUNT_OF_ARMS.sub(r"\g<n> ", text)
    text = _TIMES_SIGN.sub(r"\g<mark> by ", text)
    if " x " in text or " × " in text:
        text = _UNIT_TIMES.sub(_say_unit_times, text)
    return _MULTIPLIER.sub(_say_multiplier, text)


# The sign first: the regex engine finds a literal quickly.
HINT = any_of(
    *(
        rf"{sign}(?<={before}{sign}) ?\d"
        for sign in "x×"
        for before in (r"\d", r"\d ", r"\d'", r"\d' ", '\\d"', '\\d" ')
    ),
    r" X (?<=\d X )\d",
    *(rf" {sign} (?<=[A-Za-z.] {sign} )\d" for sign in "x×"),
    *(rf"{glyph}(?=\s?[x×]\s?\d)" for glyph in "½¼¾⅓⅔⅛⅜⅝⅞"),
    r"\^(?<=\d\^)",
    r"x(?<=\dx)(?!\w)",
    r"×(?<=\d×)(?!\w)",
    *(rf"{sign}(?= ?[£$]?\d[^=\n;]{{0,30}}=)" for sign in "×÷"),
    *(rf"{raised}(?<=\d{raised})" for raised in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"),
)

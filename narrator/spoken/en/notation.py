"""Numbers written the one way later rules read, before any rule reads them (the "notation"
class, the first of the rules on digits).

- "25 000 km" -> "25,000 km", "1.000.000" -> "1,000,000", "5,00,000" -> "500,000"
- "1.000,50 €", "12,5 %", "€1,50" -> "1,000.50 €", "12.5 %", "€1.50": Europe's decimal comma
- "±5%", "+/- 3" -> "plus or minus 5%", "plus or minus 3"
- "≥ 18", ">=18" -> "at least 18"; "≤5" -> "at most 5"; "≈5" -> "about 5"; ">10 people" at a
  line's start -> "more than 10 people" ("x ≥ 5", a formula's, is left to the symbols rule)
- "batted . 267" -> "batted .267"; "6.02e23" -> "6.02 × 10^23"
- "temperatures of –10°C", "a change of –$3.2bn": an en dash glued to a figure after a word
  is a minus sign, "-10°C", "-$3.2bn"
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# A decimal without its zero, its point spaced off by a tokenizer after a word that a number
# follows: "batted . 267", "a . 36 caliber", "to. 267" (the spacing rule took "to ." for an
# abbreviation); "p . 161" is a page, its point an abbreviation's.
_SPACED_LEADING_POINT = re.compile(
    r"\b(?P<word>to|at|in|of|a|an|the|with|batted|hit|hitting|average|averaged|from|and|or)"
    r"(?: \. |\. )"
    r"(?=\d{2,3}\b(?![.,]\d))"
)
# "cal." after a figure with a leading point is a firearm's calibre, not calories (no count of
# calories starts with a point): "a .38 cal. revolver" -> "a .38-caliber revolver".
_CAL_AFTER_A_POINT = re.compile(r"(?<![\w.,])\.(?P<num>\d{2,3}) cal\b\.?")
# "±5%" and "+/- 3 points": a margin either way.
_PLUS_OR_MINUS = re.compile(r"(?:±|\+/-)\s?")
# An en dash glued to a figure, or to a currency and its figure, after a word is a minus sign,
# as typesetters print one: "temperatures of –10°C", "a change of –$3.2bn", "income: –£5m"
# (after a figure it is a range's dash: "5 –10").
_DASH_AS_MINUS = re.compile(r"(?<=[a-z:] )–(?=[$€£¥]?\d)")
# A bound before a number, as a newsreader says it: "≥ 18", ">=18" at least; "≤5" at most;
# "≈5" about ("x ≥ y" and "x ≥ 5", after a letter alone, are a formula's: the symbols rule
# reads them).
_BOUND = re.compile(
    r"(?<![<>=-])(?<!\b[b-zA-HJ-Z] )(?<!\b[b-zA-HJ-Z])"
    r"(?P<sign>≥|≤|≈|>=|<=)(?![=>]) ?(?=[-\u2212]?[$€£]?\.?\d)"
)
_BOUND_WORDS = {
    "≥": "at least ",
    ">=": "at least ",
    "≤": "at most ",
    "<=": "at most ",
    "≈": "about ",
    ">": "more than ",
    "<": "less than ",
}
# A line that starts with a bound glued to its number: ">10 people died" (the symbols rule
# drops a ">" that starts a line, as a quoted line's, "> said before").
_LEADING_BOUND = re.compile(r"^(?P<sign>[<>])(?=[$€£]?\d)")
# Thousands parted by spaces, as much of the world writes them: "1 000 000", "25 000"; after
# a "+", a country's code and three groups or more are a phone number ("+44 800 123 456"), and
# so is a toll-free "1 800" before a word in capitals ("+1 800 FLOWERS", "1 888 MY TAXES"),
# where "+1 250 000" is a change and "1 800 EUR" a sum.
_SPACED_THOUSANDS = re.compile(
    r"(?<![\w.,-])(?<!\d )(?!(?<=\+)\d{1,3}(?: \d{3}){3}"
    r"|1 8(?:00|88|77|66|55|44|33) (?:[A-Z]{4,}|[A-Z]{2,3} [A-Z]{3,})(?![a-z]))"
    r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\w,]|[.,]\d|\s?[-–/:]|\s\d)"
)
# A number in scientific notation, as calculators and papers print it: "6.02e23", "1.5E-3"
# ("one point five times ten to the power of minus three", read by the dimensions).
_E_NOTATION = re.compile(
    r"(?<![\w.,])(?P<mantissa>\d+(?:\.\d+)?)[eE](?P<exponent>[-+\u2212]?\d{1,3})(?![\w.,]\d|\w)"
)
# Thousands parted by points, as much of Europe writes them: "1.000.000" is a million. Three
# groups or more; of four, one padded with a zero, as no IP address is ("1.000.000.000", but
# "10.100.200.255").
_DOTTED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?![\w.]|,\d)")


_VERSION_BEFORE = re.compile(r"(?i:version |ver\. |v)$")


def _dotted_thousands(match: re.Match[str]) -> str:
    groups = match.group(0).split(".")
    if len(groups) == 4 and not any(group.startswith("0") for group in groups[1:]):
        return match.group(0)
    if _VERSION_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        return match.group(0)  # "version 1.100.200"
    return ",".join(groups)


# Thousands grouped as India groups them, lakhs and crores: "5,00,000" -> "500,000",
# "1,20,00,000" -> "12,000,000" (then read as any number).
_INDIAN_GROUPS = re.compile(r"(?<![\w.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\w,]|\.\d\d\d)")


def write_numbers_plainly(text: str) -> str:
    """Write numbers the one way later rules read: thousands parted with spaces, as much of
    the world writes them, take commas ("25 000 km" -> "25,000 km", "1 000 000"; phone
    numbers' groups, "212 555 0100", and lists, "pages 552 106 - 107", are left), and a
    margin either way is said ("±5%", "+/- 3" -> "plus or minus 5%", "plus or minus 3"), so
    is a bound ("≥ 18", ">=18" -> "at least 18", "≤5" -> "at most 5", "≈5" -> "about 5"), a
    decimal point a tokenizer spaced off is joined again ("batted . 267" -> "batted .267"),
    scientific notation is written as a power of ten ("6.02e23" -> "6.02 × 10^23"), and
    thousands parted by points take commas ("1.000.000" -> "1,000,000"), and so do India's
    lakhs and crores ("5,00,000" -> "500,000"); old books' raised decimal point is a point
    ("3·14159" -> "3.14159")."""
    if "·" in text:  # "3·14159": old British books raise the decimal point
        text = _RAISED_POINT.sub(r"\g<int>.\g<frac>", text)
        text = _LEADING_RAISED_POINT.sub(".", text)
    if "–" in text:
        text = _DASH_AS_MINUS.sub("-", text)
    if "±" in text or "+/-" in text:
        text = _PLUS_OR_MINUS.sub("plus or minus ", text)
    if "=" in text or "≥" in text or "≤" in text or "≈" in text:
        text = _BOUND.sub(lambda m: _BOUND_WORDS[m["sign"]], text)
    if text.startswith((">", "<")):
        text = _LEADING_BOUND.sub(lambda m: _BOUND_WORDS[m["sign"]], text)
    if "e" in text or "E" in text:
        text = _E_NOTATION.sub(lambda m: f"{m['mantissa']} × 10^{m['exponent']}", text)
    if "." in text:
        text = _DOTTED_THOUSANDS.sub(_dotted_thousands, text)
    if " cal" in text:
        text = _CAL_AFTER_A_POINT.sub(r".\g<num>-caliber", text)
    if ". " in text:
        text = _SPACED_LEADING_POINT.sub(r"\g<word> .", text)
    if "-cv-" in text or "-cr-" in text or "-md-" in text or "-mj-" in text:
        text = _DOCKET.sub(_docket, text)
    if "," in text:
        text = _EUROPEAN_AMOUNT.sub(lambda m: f"{m['int'].replace('.', ',')}.{m['frac']}", text)
        text = _COMMA_BEFORE_SIGN.sub(r"\g<int>.\g<frac>", text)
        text = _DECIMAL_COMMA.sub(r"\g<int>.\g<frac>", text)
        text = _INDIAN_GROUPS.sub(lambda m: f"{int(m.group(0).replace(',', '')):,}", text)
    return _SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ","), text)


# A raised point between digits, old British books' decimal point: "3·14159", "0·25 inch",
# "98·4°" (a space either side makes it a dot between items, and "£3·10·6" parts pounds,
# shillings and pence: both left).
_RAISED_POINT = re.compile(r"(?<![£·\d])(?P<int>\d+)·(?P<frac>\d+)(?![·\d])")
# And before a fraction alone: "about ·11" -> "about .11".
_LEADING_RAISED_POINT = re.compile(r"(?<=[\s(])·(?=\d+(?![·\d]))")
# A decimal comma, as much of Europe writes it, before a scale word: "€1,5 million", "2,75
# billion" -> "1.5 million" (a comma before one or two digits parts no thousands).
_DECIMAL_COMMA = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}),(?P<frac>\d\d?)(?=\s?(?:million|billion|trillion|bn)\b)"
)
# An amount as much of Europe writes it, thousands parted by points before a decimal comma
# ("1.000,50 €", "EUR 1.234,56" -> "1,000.50", "1,234.56"), and a decimal comma before a
# percentage or a euro sign spaced off as Europe spaces them ("12,5 %", "99,99 €"), or after
# the euro ("€1,50"): a comma before one or two digits parts no thousands.
_EUROPEAN_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:\.\d{3})+),(?P<frac>\d{1,2})(?![\d,]|\.\d)"
)
_COMMA_BEFORE_SIGN = re.compile(
    r"(?:(?<=€)|(?<=€ )|(?<=EUR )|(?<![\w.,€]))(?P<int>\d{1,3}),(?P<frac>\d\d?)"
    r"(?:(?=\s?(?:%|€|EUR\b))|(?<=€\d,\d\d)|(?<=€\d\d,\d\d)|(?<=€\d\d\d,\d\d))(?![\d,])"
)
# A US federal court's docket number, office:year-type-number, said in its parts as court
# reporters say it: "Case No. 1:25-cv-01660" -> "1, 25, C V, 01660" ("one, twenty-five, C V,
# zero one six six zero"), not a time and a range of letters.
_DOCKET = re.compile(
    r"(?<![\w:.-])(?P<office>\d):(?P<year>\d\d)-(?P<kind>cv|cr|md|mj)-(?P<number>\d{3,6})"
    r"(?P<judges>(?:-[A-Z]{2,4})*)\b(?!-\w)"
)


def _docket(match: re.Match[str]) -> str:
    kind = " ".join(match["kind"].upper())
    judges = "".join(f", {' '.join(letters)}" for letters in match["judges"].split("-")[1:])
    return f"{match['office']}, {match['year']}, {kind}, {match['number']}{judges}"


# A digit, a space and three digits, or a margin's sign: the lines with none are skipped.
NOTATION_HINT = any_of(
    r",(?<=\d,)\d\d?\s?(?:%|€|EUR)",
    r"€ ?\d{1,3},\d",
    r",(?<=\.\d\d\d,)\d",
    r"–(?<=[a-z:] –)[$€£¥]?\d",
    r" (?<=\d )\d\d\d",
    r",(?<=\d,)\d\d? ?[mbt]",
    "-cv-",
    "-cr-",
    "-md-",
    "-mj-",
    "±",
    r"\+/-",
    "≥",
    "≤",
    "≈",
    "<=",
    ">=",
    r">(?<=^>)[$€£]?\d",
    r"<(?<=^<)[$€£]?\d",
    r" cal(?<=\.\d\d cal|\d\d\d cal)\b",
    r" \. (?<=[a-z] \. )\d\d",
    r"\. (?<=[a-z]\. )\d\d",
    r"[eE](?<=\d[eE])[-+\u2212]?\d",
    r"\.(?<=\d\.)\d\d\d\.\d\d\d",
    r",(?<=\d,)\d\d,\d",
    r"·(?<=\d·)\d",
    r"·(?<= ·)\d",
    r"·(?<=\(·)\d",
)

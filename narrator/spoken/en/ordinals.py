"""Ordinals written with a suffix.

- "1st" -> "first"; "22nd" -> "twenty-second"; "1,000th" -> "one thousandth"
- "4rd" -> "four rd", "111st" -> "one one one st": a suffix that does not fit the number is
  no ordinal
- "the 19th-20th centuries" -> "the nineteenth to twentieth centuries"
- "23 rd Annual", "1ˢᵗ" -> "twenty-third Annual", "first": the letters parted by a space or in
  superscript
- "3rd c. BC", "the 12th cent." -> "third century BC", "the twelfth century"; "the 11th and
  12th cents." -> "... centuries"
- "the 3d of May", "2d Battalion", "May 23d", "the 102d Congress" -> "third", "second"...: old
  books and the US Army write "d" for "nd" and "rd"; only where an ordinal is expected (before
  "of" or a name, after "the", "his" or a month, or another ordinal and "and"), so "a 3d
  printer" and "3d" pence are left alone
- "1º de julho", "La 5ª" -> "first de julho", "La fifth": the ordinal indicators of Spanish,
  Portuguese and Italian names and titles ("º" only before "de" and its kin: it is also a
  degree)
- "Henry 8th", "George 3d" -> "Henry the eighth", "George the third": a ruler's number in figures
- "2dly", "3dly", "4thly" -> "secondly", "thirdly", "fourthly": old books' counted points
- "the 49ers" -> "the forty-niners", "the 76ers" -> "the seventy-sixers": "-ers" after a
  number makes a noun of the number said, as "niner" of "nine"
- "the 1st Bn", "the 3rd Inf Div" -> "the first Battalion", "the third Infantry Division": a
  military unit's words written short and undotted after its ordinal
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import HAS_DIGIT, stop_after
from narrator.spoken.en.numbers import cardinal, digits, ordinal
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_mapping, read_table

_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th|er(?=s?\b))(?P<plural>s)?\b"
    r"(?P<dot>\.(?=\s+(?-i:[a-z])|[,;]))?",  # "The 10th. of this month": an old point, no stop
    re.IGNORECASE,
)
# What it needs, led by the digit: the pattern, led by its look-behind, costs twice the scan.
_ORDINAL_HINT = re.compile(r"\d(?i:st|nd|rd|th|er)")


# A dash between two ordinals is "to": "the 19th-20th centuries", "1st–3rd places".
_ORDINAL_RANGE = re.compile(
    r"(?<![\w.,])(?P<a>\d+(?i:st|nd|rd|th))\s?[-–]\s?(?P<b>\d+(?i:st|nd|rd|th))\b"
)


# An ordinal's letters in superscript ("1ˢᵗ", "2ⁿᵈ") or parted from the number by a space, as
# a tokenizer leaves them ("23 rd Annual", "the 1 st place"): joined where they fit the
# number and a word follows ("11 st 7 lb" is stones, read before; "5 rd" does not fit "5").
_SUPERSCRIPT_LETTERS = str.maketrans({"ˢ": "s", "ᵗ": "t", "ⁿ": "n", "ᵈ": "d", "ʳ": "r", "ʰ": "h"})
_SPACED_SUFFIX = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3})\s(?P<suffix>st|nd|rd|th)(?=\s+(?:of\s)?[a-zA-Z]|\s*$)"
)

# Each led by its letters, which the regex engine finds quickly (" th" is in most lines).
_SPACED_SUFFIX_HINT = any_of(*(rf" {s}(?<=\d {s})" for s in ("st", "nd", "rd", "th")))


def _join_suffix(match: re.Match[str]) -> str:
    if match["suffix"] != _ordinal_suffix(int(match["num"])):
        return match.group(0)
    return match["num"] + match["suffix"]


# A century written short after its ordinal: "3rd c. BC", "the 12th cent." -> "third
# century BC", "the twelfth century"; hyphened before a noun, "a 16th-c. screen"; in capitals
# too where no name follows ("dates from the 12th C." but "the 5th C. Smith Street").
_CENTURY = re.compile(
    r"(?<![\w.,])(?P<ordinal>\d{1,2}(?i:st|nd|rd|th))(?P<sep>[ -])"
    r"(?:c|cent|(?P<many>cents|cc)|(?P<capital>C))\.(?!\w)"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _say_century(match: re.Match[str]) -> str:
    """ "12th cent." -> "12th century"; after two ordinals, "cents." is "centuries" ("the 11th
    and 12th cents.")."""
    if match["capital"] and _NAME_AFTER.match(match.string, match.end()):
        return match.group(0)
    said = "centuries" if match["many"] else "century"
    return f"{match['ordinal']}{match['sep']}{said}" + stop_after(match)


# The dash first, the suffix behind it: the regex engine finds a literal quickly.
_ORDINAL_RANGE_HINT = any_of(
    *(rf"{dash}(?<=\d[sSnNrRtT][tTdDhH]{dash})" for dash in ("-", "–", " -", " –"))
)


# A number with the ordinal indicator of Spanish, Portuguese and Italian: "5ª", "1º de
# julho"; "º" only before "de" and its kin, since it also stands for a degree ("a 5º angle").
_INDICATED = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3})(?:ª|º(?=\s(?:de|do|da|dos|das|del|di|della)\b))(?!\w)"
)
# "2d", "3d", "23d": the old "d" of "second" and "third", on a number that ends in 2 or 3
# (not 12 or 13); where the words around it expect an ordinal (see `_say_old_ordinal`).
# Its dot goes before a word in lower case: "the 3d. of May".
_OLD_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>(?:\d*[02-9])?[23])d(?:\.(?=\s+[a-z]))?(?=[\s,.;:)]|$)"
)
# The "d" first, the digit behind it: the regex engine finds a literal quickly.
_OLD_ORDINAL_HINT = re.compile(r"d(?<=[23]d)(?![\w'-])")
_OLD_ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:the|The|THE|his|her|its|their|our|His|Her|Its|Their|Our|"
    rf"{'|'.join(row[0] for row in read_table('en', 'months'))})"
    r"|(?:\d(?:st|nd|rd|th|d)|first|second|third|[a-z]th) (?:and|or|to))\s$"
)
_OLD_ORDINAL_AFTER = re.compile(
    r"\s(?:of\b|[A-Z][a-z]|[A-Z]{2,}|(?:class|rate|edition|floor|mate|time|day|year)\b"
    r"|(?:ed|edn|edit)\.)"
)
# Nouns that a "3d" describes in three dimensions: "the 3d printer", "the 3d model".
_DIMENSIONAL = re.compile(
    r"\s(?:print|printer|printers|printing|printed|model|models|modeling|modelling|graphics|"
    r"movie|movies|film|films|glasses|scan|scans|scanning|image|images|imaging|animation|"
    r"view|space|shape|shapes|art|design|game|games|video|effects|rendering|world|map|maps|"
    r"plot|ultrasound|camera|display|sound|audio|geometry|structure|object|objects)\b"
)


def _say_old_ordinal(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = _OLD_ORDINAL_BEFORE.search(text, max(0, start - 16), start) is not None
    after = _OLD_ORDINAL_AFTER.match(text, end) is not None
    if not (before or after) or _DIMENSIONAL.match(text, end):
        return match.group(0)
    return ordinal(int(match["num"]))


def _say_number_ers(match: re.Match[str]) -> str:
    """ "49ers" -> "forty-niners", "a 49er" -> "a forty-niner" (see `_ELIDED_ERS`)."""
    words = cardinal(int(match["num"].replace(",", "")))
    return (words[:-1] if words.endswith("e") else words) + "er" + (match["plural"] or "")


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def read_ordinals(text: str) -> str:
    """Read ordinals: "1st" -> "first", "22nd" -> "twenty-second", "1,000th" -> "one thousandth".

    A suffix that does not fit the number ("4rd") is no ordinal: number and letters are read.
    """

    def say(match: re.Match[str]) -> str:
        if match["suffix"] == "er":  # "49ers": a noun of the number
            return _say_number_ers(match) + (match["dot"] or "")
        n = int(match["num"].replace(",", ""))
        if match["suffix"].lower() != _ordinal_suffix(n):
            # No ordinal: a number with letters, long ones read as a code ("111st").
            said = cardinal(n) if n < 100 else digits(match["num"])
            return f"{said} {match['suffix']}{match['dot'] or ''}"
        return ordinal(n) + ("s" if match["plural"] else "")  # "10ths" -> "tenths"

    if _ORDINAL_RANGE_HINT.search(text):
        text = _ORDINAL_RANGE.sub(lambda m: f"{m['a']} to {m['b']}", text)
    if "ˢᵗ" in text or "ⁿᵈ" in text or "ʳᵈ" in text or "ᵗʰ" in text:
        text = text.translate(_SUPERSCRIPT_LETTERS)
    if _SPACED_SUFFIX_HINT.search(text):
        text = _SPACED_SUFFIX.sub(_join_suffix, text)
    if " c." in text or " cent" in text or " cc." in text or "-c." in text or " C." in text:
        text = _CENTURY.sub(_say_century, text)
    if "º" in text or "ª" in text:
        text = _INDICATED.sub(lambda m: ordinal(int(m["num"])), text)
    if " edit." in text:  # "the 3rd edit.", "2d edit." -> "... edition", read with its ordinal
        text = _EDITION_AFTER_ORDINAL.sub(" edition", text)
    if _OLD_ORDINAL_HINT.search(text):
        text = _OLD_ORDINAL.sub(_say_old_ordinal, text)
    if "ly" in text:
        text = _ORDINAL_ADVERB.sub(_say_ordinal_adverb, text)
    if "'" in text:
        text = _ELIDED_ERS.sub("", text)
    if _REGNAL_HINT.search(text):
        text = _REGNAL_ORDINAL.sub(_say_regnal_ordinal, text)
    if _UNIT_HINT.search(text):
        text = _UNIT_AFTER_ORDINAL.sub(_say_unit_words, text)
    return _ORDINAL.sub(say, text) if _ORDINAL_HINT.search(text) else text


# A military unit's words written short after its ordinal, as British and Commonwealth
# histories write them undotted: "the 1st Bn", "2nd Bde", "3rd Inf Div". Only there: alone,
# "Div" may be a page's markup and "Fd" a name.
_UNIT_WORDS = read_mapping("en", "military_units")
_UNIT_WORD = rf"(?:{'|'.join(_UNIT_WORDS)})(?![\w.'-])"
_UNIT_AFTER_ORDINAL = re.compile(
    rf"(?<=\d(?:st|nd|rd|th) )(?P<words>{_UNIT_WORD}(?: {_UNIT_WORD})*)"
)
_UNIT_HINT = re.compile(rf"(?:st|nd|rd|th) {_UNIT_WORD}")


def _say_unit_words(match: re.Match[str]) -> str:
    """ "Inf Div" -> "Infantry Division", after an ordinal."""
    return " ".join(_UNIT_WORDS[word] for word in match["words"].split())


_EDITION_AFTER_ORDINAL = re.compile(r"(?:(?<=\d[snrt][tdh])|(?<=\dd)) edit\.(?=[\s,;:)]|$)")


# The apostrophe of an elided century before "-ers" goes, as the word says the number whole:
# "the '49ers" -> "the 49ers" -> "the forty-niners" (was "the 'forty-niners").
_ELIDED_ERS = re.compile(r"(?<![\w'])'(?=\d\ders?\b)")


# A monarch's or a pope's number written as an ordinal in figures, as some books print it:
# "Henry 8th", "George 3d", "Louis 14th" -> "Henry the eighth", ...; a number the name's rulers
# never reached is left ("Henry 12th").
_HIGHEST_NUMBER = {row[0]: int(row[1]) for row in read_table("en", "regnal_names")}
_REGNAL_ORDINAL = re.compile(
    rf"\b(?P<name>{'|'.join(sorted(_HIGHEST_NUMBER, key=lambda n: (-len(n), n)))}) "
    r"(?P<num>[1-9]\d?)(?P<suffix>st|nd|rd|th|d)\b(?!['-])"
)
_REGNAL_HINT = re.compile(r" \d(?<=[a-z] \d)\d?(?:st|nd|rd|th|d)\b")


def _say_regnal_ordinal(match: re.Match[str]) -> str:
    n, suffix = int(match["num"]), match["suffix"]
    fits = suffix == _ordinal_suffix(n) or (suffix == "d" and _ordinal_suffix(n) in ("nd", "rd"))
    if not fits or n > _HIGHEST_NUMBER[match["name"]]:
        return match.group(0)
    return f"{match['name']} the {ordinal(n)}"


# Points counted as old books count them, an ordinal made an adverb: "2dly, the rates; 3dly,
# the repairs" -> "secondly, ... thirdly", "4thly", "1stly".
_ORDINAL_ADVERB = re.compile(r"(?<![\w.,])(?P<num>[1-9]\d?)(?P<suffix>st|nd|rd|th|d)ly\b")


def _say_ordinal_adverb(match: re.Match[str]) -> str:
    n, suffix = int(match["num"]), match["suffix"]
    fits = suffix == _ordinal_suffix(n) or (suffix == "d" and _ordinal_suffix(n) in ("nd", "rd"))
    return ordinal(n) + "ly" if fits else match.group(0)


HINT = HAS_DIGIT

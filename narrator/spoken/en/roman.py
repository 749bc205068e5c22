"""Roman numerals, where they are numbers.

- "World War II" -> "World War two"; "Chapter IV" -> "Chapter four"
- "Elizabeth II" -> "Elizabeth the second" (two letters or more after a name)
- "Henry V." -> "Henry the fifth", "Ferdinand I, Holy Roman Emperor" -> "... the first":
  one letter after a name where the pronoun cannot be (end of a clause; "V" or "X" before
  "was"); "Then I" and "So I" keep their pronoun, and in a list of authors with their
  initials ("Abe I, Matsumura K") it is an initial
- "XII" or "CHAPTER IV" alone on a line is a heading: "twelve", "CHAPTER four"
- "topoisomerase II", "phase III": two letters or more after a word in lower case count
- "I", "CD" and "MIX" elsewhere are left alone: only after a counting word or a name
- a lone "L", "C", "D" or "M" is a letter ("D." an initial), even alone on a line
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_words

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# Numerals of one letter that are read as letters wherever they stand alone.
_LETTERS = frozenset("LCDM")
_ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_AFTER_KEYWORD = re.compile(
    r"(?i:\b(?P<key>world war|chapter|part|volume|vol\.?|act|scene|book|phase|title|article|"
    r"appendix|section|super bowl|episode|apollo|stage|level|class|type|round|schedule|grade|"
    r"division|tier|category|group|series|ww))\s+"
    rf"(?P<numeral>{_ROMAN})\b(?!['-])"
)
_REGNAL = re.compile(
    r"(?P<name>[A-Z][a-z]{2,})\s+(?P<numeral>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))\b(?![-'])"
)
# One letter after a name is a numeral where the pronoun "I" cannot be: "Henry V." at the end
# of a clause, "Ferdinand I, Holy Roman Emperor"; "V" and "X" also before a verb ("Pius X
# was"). Words that start sentences or clauses are no names ("So I", "Then I").
_ONE_LETTER = re.compile(
    r"(?P<name>[A-Z][a-z]{2,})\s+(?P<numeral>[IVX])"
    r"(?:\.?(?=\s*$)|(?=\s?[,;:)]\s)|\.(?=\s)|(?<=[VX])(?=\s+(?:was|is|had|has|of|and|who|in)\b))"
)
# A surname and initials that are no numerals, before a comma or the year in parentheses:
# the line lists authors ("Matsumura K, Fishbein M. (1999)"); "Mary K. Jones" lists none.
_INITIALS_AFTER_NAMES = re.compile(r"\b[A-Z][a-z]+ [A-HJ-UWYZ][A-Z]?(?= ?[,(]| ?\.\s*\()")
# Two letters or more after a word in lower case count: "topoisomerase II", "phase III".
# Found from the numeral, whose capitals are rare, rather than from the word before it.
_AFTER_A_NOUN = re.compile(r"[IVX](?<=[a-z] [IVX])[IVX]+\b(?![-'.]\w|\s[A-Z]\.)")
_WORD_BEFORE = re.compile(r"(?<![\w'-])[a-z]{3,} $")
_REGNAL_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# Words after which capitals are a name or an initialism, not a count: "the IV drip".
_FUNCTION_WORDS = frozenset(
    {"the", "and", "for", "with", "from", "his", "her", "its", "their", "our", "your", "this",
     "that", "these", "those", "via", "per", "any", "some", "was", "were", "are", "not"}
)  # fmt: skip
_NOT_NAMES = read_words("en", "not_names")
# A line that is only a numeral, or a heading word and a numeral: "XII", "CHAPTER IV.".
_HEADING = re.compile(
    rf"^\s*(?P<key>(?i:chapter|part|book|act|volume|section)\s+)?(?P<numeral>{_ROMAN})\.?\s*$"
)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals where they are numbers: "World War II" -> "World War two",
    "Chapter IV" -> "Chapter four", "Elizabeth II" -> "Elizabeth the second".

    Only after a counting word, or of two letters or more after a name, so the pronoun "I"
    and initialisms such as "CD" are left alone.
    """

    def after_keyword(match: re.Match[str]) -> str:
        numeral = match["numeral"]
        key = match["key"]
        short = key.lower().startswith("vol")
        if not numeral or numeral in _LETTERS:
            return match.group(0)
        if not (key[0].isupper() or short or len(numeral) > 1):
            return match.group(0)
        return f"{'volume' if short else key} {cardinal(_roman_value(numeral))}"

    heading = _HEADING.match(text)
    # "L", "C", "D" or "M" alone is a letter, an initial ("D."), even after a heading word:
    # no one numbers chapters from five hundred.
    if (
        heading
        and heading["numeral"] not in _LETTERS
        and (heading["key"] or len(heading["numeral"]) > 1 or text.strip().endswith("."))
    ):
        key = heading["key"] or ""
        return f"{key}{cardinal(_roman_value(heading['numeral']))}".strip()
    text = _ROMAN_AFTER_KEYWORD.sub(after_keyword, text)
    text = _REGNAL.sub(_say_regnal, text)
    text = _AFTER_A_NOUN.sub(_say_after_a_noun, text)
    return _ONE_LETTER.sub(_say_one_letter, text)


def _say_after_a_noun(match: re.Match[str]) -> str:
    numeral = match.group(0)
    word = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if word is None or word.group(0).strip() in _FUNCTION_WORDS:
        return numeral
    if not _REGNAL_NUMERAL.fullmatch(numeral):
        return numeral
    return cardinal(_roman_value(numeral))


def _after_a_letter(match: re.Match[str]) -> bool:
    """Whether a name the pattern found starts inside a word ("McHenry" is no "Henry")."""
    before = match.string[max(0, match.start() - 1) : match.start()]
    return before != "" and (before.isalnum() or before in "'-")


def _say_one_letter(match: re.Match[str]) -> str:
    if match["name"] in _NOT_NAMES or _after_a_letter(match):
        return match.group(0)
    if _INITIALS_AFTER_NAMES.search(match.string):
        # A list of authors with their initials ("Abe I, Matsumura K, Shida K"): "I" is one.
        return match.group(0)
    return _say_regnal(match) + stop_after(match)


def _say_regnal(match: re.Match[str]) -> str:
    if not match["numeral"] or _after_a_letter(match):
        return match.group(0)
    return f"{match['name']} the {ordinal(_roman_value(match['numeral']))}"


# One pattern per numeral letter: each starts with a literal, which the regex engine finds
# quickly; "I", "V" and "X" also alone.
HINT = any_of(
    *(rf"{letter}(?:[IVXLCDM]|\b)" for letter in "IVX"),
    *(rf"{letter}[IVXLCDM]" for letter in "LCDM"),
)

"""Characters: typographic variants become the plain ones every later rule and engine knows.

- "Ukraine’s war" -> "Ukraine's war" (curly apostrophes and quotes become straight)
- "a −3 change" -> "a -3 change" (the minus sign becomes a hyphen)
- "5 °C" with a no-break or thin space -> "5 °C" with a plain space
- "CO₂", "H₂O" -> "CO2", "H2O" (a formula's subscript figures become figures)
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

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


_PLAIN = {chr(code): plain for code, plain in _CHARACTERS.items()}
_VARIANT = re.compile(f"[{''.join(chr(code) for code in _CHARACTERS)}]")


def _plain(match: re.Match[str]) -> str:
    return _PLAIN[match.group(0)]


# A formula's subscript figures after a symbol or a bracket: "CO₂", "H₂O", "Ca(OH)₂" are
# written "CO2", "H2O", "Ca(OH)2", which the rules for formulas read; engines skip "₂".
_SUBSCRIPT = re.compile("(?<=[A-Za-z)])[\u2080-\u2089]+")
_SUBSCRIPT_DIGITS = str.maketrans({0x2080 + figure: str(figure) for figure in range(10)})


def normalize_characters(text: str) -> str:
    """Turn typographic variants into plain ones so later rules see one form.

    Curly quotes and apostrophes ("world’s"), no-break spaces, the minus sign and a
    formula's subscript figures have plain equivalents that every engine and every later
    pattern understands.
    """
    # Substituting the few variants costs less than `str.translate`, which looks every
    # character up in its table.
    text = _VARIANT.sub(_plain, text)
    return _SUBSCRIPT.sub(lambda m: m.group(0).translate(_SUBSCRIPT_DIGITS), text)


# One pattern per variant: each is a literal, which the regex engine finds quickly.
HINT = any_of(*(re.escape(chr(code)) for code in _CHARACTERS), "[\u2080-\u2089]")


# An en or em dash right before a digit, after a space, a bracket or the text's start, and not
# after a number: Russian typography writes a minus so ("–30 °C", "от –5 до –10").
_DASH_MINUS = re.compile(r"(?:^|(?<=[\s(]))(?<![\d] )[–—](?=\d)", re.MULTILINE)
DASH_MINUS_HINT = re.compile(r"[–—]\d")


def dashes_as_minus(text: str) -> str:
    """Read an en or em dash written before a number as its minus sign: "–30 °C" -> "-30 °C";
    "5 –10" (after a number, a range) is left be."""
    return _DASH_MINUS.sub("-", text)

"""North American telephone numbers in French (Quebec), digit by digit, a pause between the
groups: "514 555-1234", "(514) 555-1234", "514-555-1234" -> "cinq un quatre, cinq cinq cinq, un
deux trois quatre"; "1-800-555-1234" -> "un, huit zéro zéro, ...". France's "04 91 12 34 56" is
read in pairs by the numbers."""

from __future__ import annotations

import re

from narrator.spoken.fr.numbers import DIGITS

HINT = re.compile(r"\d{3}-\d{4}")
_NORTH_AMERICAN = re.compile(
    r"(?<![\w,.+-])(?P<one>1[ -])?(?:\((?P<a>\d{3})\)\s?|(?P<b>\d{3})[ .-])(?P<exchange>\d{3})-"
    r"(?P<line>\d{4})"
    r"(?![\w-]|[.,]\d)"
)


def _digits(group: str) -> str:
    return " ".join(DIGITS[int(d)] for d in group)


def read_phone_numbers(text: str) -> str:
    """Read a Quebec telephone number digit by digit: "514 555-1234" -> "cinq un quatre, ..."."""
    return _NORTH_AMERICAN.sub(_say, text)


def _say(match: re.Match[str]) -> str:
    groups = (match["a"] or match["b"], match["exchange"], match["line"])
    said = ", ".join(_digits(group) for group in groups)
    return f"un, {said}" if match["one"] else said

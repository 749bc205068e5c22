"""Telephone numbers in German: digits one at a time, a country code as a number.

- "+49 1234-1234" -> "plus neun und vierzig eins zwei drei vier eins zwei drei vier"
- "(0411) 1234-1234", "030 / 1234567" -> "null vier eins eins ..."; an area code and groups of
  two ("089 12 34 56", "040 / 30 30 30") too, as the references read every number
- "0049 89 123456", the international prefix "00" for "+": digit by digit
"""

from __future__ import annotations

import re

from narrator.spoken.de.numbers import cardinal, digits

HINT = re.compile(r"\+\d|\(0\d|(?<!\d)0\d{2,5}\s?[/ -]\s?\d|(?<!\d)00[1-9]\d{0,2}\s\d")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+(?P<country>\d{1,3})\s?(?:\(0\)\s?)?|(?=\(0\d)"
    r"|(?=0\d{2,5}(?:\s?[/ -]\s?\d{3}|\s?/?\s?\d{2}(?:\s\d{2})+(?!\d)))"
    r"|(?=00[1-9]\d{0,2}\s\d))"
    r"(?P<rest>\(?\d+\)?(?:(?:\s?[/-]\s?|\s)\(?\d+\)?)*)"
)


def read_phone_numbers(text: str) -> str:
    """Read telephone numbers: "+49 30 1234" -> "plus neun und vierzig drei null eins zwei
    drei vier", "(0411) 1234-1234" -> "null vier eins eins eins zwei drei vier ..."."""

    def say(match: re.Match[str]) -> str:
        rest = digits(match["rest"])
        if match["country"]:
            return f"plus {cardinal(int(match['country']))} {rest}"
        return rest

    return _PHONE.sub(say, text)

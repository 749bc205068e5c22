"""Scale words written short after a number, said in full in a language's words (its
``scales`` table: the short form, the word after one, the word after more).

- Italian "3 mln di abitanti" -> "3 milioni di abitanti", "1,5 mld di euro" -> "1,5 miliardi"
- Portuguese "R$ 1,5 mi" -> "R$ 1,5 milhão" (one and a fraction takes the singular there, as
  in French), "3 bi de reais" -> "3 bilhões de reais"
- French "3 Mds d'euros" -> "3 milliards d'euros"
- a full stop after the short form goes with it before a lower-case word or a currency
  ("mln. di euro"), and stays as the sentence's otherwise; one glued to a currency ("5 M€")
  is left to money
The number itself is read later, by money or numbers, as before any scale word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from narrator.spoken.rules import AnyOf, any_of
from narrator.spoken.tables import Row

_NUMBER = r"(?<![\w.,])(?P<number>\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"


def scale_reader(rows: Iterable[Row], singular_below_two: bool) -> Callable[[str], str]:
    """A rule saying the short scale words of ``rows`` (short, one, many) after a number;
    with ``singular_below_two`` a number from one to below two takes the singular ("1,5
    milhão"), else only one itself ("1 milione", "1,5 milioni")."""
    words = {row[0]: (row[1], row[2]) for row in rows}
    shorts = "|".join(re.escape(s) for s in sorted(words, key=len, reverse=True) if s != "M")
    pattern = re.compile(
        rf"{_NUMBER}\s?(?P<short>{shorts})(?:\.(?=\s[a-zà-ÿ€$£]|\s?[€$£]))?(?![\w€$£])"
    )
    # "M" is a million only glued to a currency sign, "3.000 M€", or before "de" and a word
    # ("2,3 M de visiteurs"); "talla M" is a size.
    glued = (
        re.compile(rf"{_NUMBER}\s?(?P<short>M)(?=[€$£]|\s(?:de|d['’])\s?\w)")
        if "M" in words
        else None
    )

    def say(match: re.Match[str]) -> str:
        number = match["number"]
        whole, _, fraction = number.replace(" ", "").replace(".", "").partition(",")
        if "." in number and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
            whole, _, fraction = number.partition(".")  # "1.5 mi": a decimal point
        one = int(whole or 0) == 1 and (singular_below_two or not fraction.strip("0"))
        said = words[match["short"]][0 if one else 1]
        return f"{number} {said}"

    def read_scales(text: str) -> str:
        """Say short scale words after a number in full: "3 mln" -> "3 milioni"."""
        text = (
            glued.sub(lambda m: say(m) + ("" if m.string[m.end()].isspace() else " "), text)
            if glued
            else text
        )
        return pattern.sub(say, text)

    return read_scales


def hint(rows: Iterable[Row]) -> AnyOf:
    """The rule's hint: a short form after a digit, with or without a space."""
    shorts = [re.escape(row[0]) for row in rows]
    return any_of(*(f"{s}(?<=\\d{s})" for s in shorts), *(f" {s}(?<=\\d {s})" for s in shorts))

"""Written numbers of the Romance languages (Spanish, Italian, Portuguese): the decimal comma,
the thousands point or space, and number words that agree with the noun they count.

- "1.200" and "1 200" are one thousand two hundred; "2,5" is two comma five
- "5.7" (a point before other than three digits) is a decimal point, as in Latin American text
- a run of digits opened by a zero is a code, said digit by digit: "00184", "007"
- a `Numerals` says them in one language: "1 millón" -> "un millón", "1 hora" -> "una hora"

Each language gives its `Numerals`; the rules of `narrator.spoken.common.romance_*` read with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Form = Literal["", "m", "f"]
"""How a number agrees: "" alone ("uno"), "m" before a masculine noun ("un"), "f" feminine."""

# An integer with its thousands grouped by points or spaces, or a plain run of digits, then
# perhaps a decimal comma, or a decimal point before other than three digits.
BODY = (
    r"(?P<sign>-)?(?P<int>\d{1,3}(?:\.\d{3})+(?![\d])|\d{1,3}(?: \d{3})+(?!\d|\.\d)"
    r"|\d+)(?:,(?P<frac>\d+)|\.(?P<point>\d{1,2}|\d{4,})(?!\d))?"
)
"""A written number, with no look at what is around it (for "q50,10" and "13hkd")."""
NUMBER = rf"(?<![\w.,]){BODY}(?![\w])"
NUMBER_RE = re.compile(NUMBER)
HINT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Written:
    """A written number taken apart."""

    negative: bool
    integer: int
    fraction: str
    """The digits after the decimal mark, "" for none."""
    comma: bool
    """Whether the decimal mark was a comma (else a point)."""


def parse(match: re.Match[str]) -> Written:
    """The number a `NUMBER` match wrote."""
    digits = re.sub(r"[. ]", "", match.group("int"))
    fraction = match.group("frac") or match.group("point") or ""
    return Written(
        bool(match.group("sign")), int(digits), fraction, match.group("frac") is not None
    )


def digit_by_digit(number: int, digits: tuple[str, ...]) -> str:
    """A number too long to be said as one, digit by digit: 10**30 -> "uno cero cero ..."."""
    return " ".join(digits[int(d)] for d in str(number))


def to_int(written: str) -> int:
    """The integer in ``written``, its thousands points and spaces dropped: "1.200" -> 1200."""
    return int(re.sub(r"[. ]", "", written))


@dataclass(frozen=True, slots=True)
class Numerals:
    """How one language says numbers."""

    cardinal: Callable[[int, Form], str]
    """(21, "f") -> "veintiuna"."""
    ordinal: Callable[[int, bool], str]
    """(3, feminine) -> "tercero" / "tercera"."""
    fraction_digits: Callable[[str, Form], str]
    """The digits after the decimal mark: ("32", "") -> "treinta y dos"."""
    comma: str
    """The decimal comma's word: "coma"."""
    point: str
    """The decimal point's word: "punto"."""
    minus: str
    """"menos"."""
    plus: str
    """"más": "+593", "gmt+2"."""
    and_word: str
    """"y": "uno y medio", "cinco euros y diez céntimos"."""
    digits: tuple[str, ...]
    """The ten digits' words, for codes and telephone numbers."""

    def number(self, written: Written, form: Form = "") -> str:
        """A parsed written number in words, agreeing as ``form`` says."""
        words = self.cardinal(written.integer, form if not written.fraction else _whole(form))
        if written.fraction:
            mark = self.comma if written.comma else self.point
            words = f"{words} {mark} {self.fraction_digits(written.fraction, form)}"
        return f"{self.minus} {words}" if written.negative else words

    def spell(self, digits: str) -> str:
        """Digits one by one: "905" -> "nueve cero cinco"."""
        return " ".join(self.digits[int(d)] for d in digits if d.isdigit())


def _whole(form: Form) -> Form:
    # The whole part of "1,5 millones" is said alone ("uno coma cinco"), a feminine stays so.
    return "f" if form == "f" else ""


def in_pairs(say: Callable[[int, Form], str], zero: str) -> Callable[[str, Form], str]:
    """Decimals read two digits at a time, as Spanish and Italian do: "33" -> "treinta y
    tres", "2400" -> "veinticuatro cero cero", "01" -> "cero uno"."""

    def read(digits: str, form: Form) -> str:
        pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
        words = []
        for index, pair in enumerate(pairs):
            agree: Form = form if index == len(pairs) - 1 else ("f" if form == "f" else "")
            if pair.startswith("0"):
                rest = pair[1:]
                words.append(zero if not rest else f"{zero} {say(int(rest), agree)}")
            else:
                words.append(say(int(pair), agree))
        return " ".join(words)

    return read


def one_by_one(say: Callable[[int, Form], str]) -> Callable[[str, Form], str]:
    """Decimals read digit by digit, as Portuguese does: "15" -> "um cinco"."""

    def read(digits: str, form: Form) -> str:
        last = len(digits) - 1
        return " ".join(
            say(int(d), form if i == last else ("f" if form == "f" else ""))
            for i, d in enumerate(digits)
        )

    return read


_CODE = re.compile(r"0\d+")
# A range's joiner and second number, as the ranges rule leaves them: " a 2", " à 2", "-2".
_RANGE_TO = re.compile(r"(?: (?:a|à|o|ou|e|y) |[-–])\d+(?!\d|[.,]\d)")
# A group after a number and a space, point or colon is part of it: "1:50 000", "65:00".
_GROUP_BEFORE = re.compile(r"\d[ .:]$")


def number_reader(
    numerals: Numerals,
    masculine_after: re.Pattern[str],
    noun_form: Callable[[str], Form] | None = None,
    feminine_before: re.Pattern[str] | None = None,
) -> Callable[[str], str]:
    """A rule reading every number left: "1.200" -> "mil doscientos"; a number before a word
    that ``masculine_after`` matches ("millones") takes the masculine form before a noun,
    unless ``noun_form``, which guesses the form of an integer from the text after it, finds
    one first; a number after what ``feminine_before`` finds at the end of the text before it
    (a feminine determiner: "otras 31", "las 21 restantes") is feminine, but before a scale
    word."""

    def say(match: re.Match[str]) -> str:
        if _CODE.fullmatch(match.group(0)) and not _GROUP_BEFORE.search(
            match.string, 0, match.start()
        ):
            return numerals.spell(match.group(0))  # "00184", "007": a code, said as written
        after = match.string[match.end() : match.end() + 24]
        # The first number of a range agrees with the noun after the second: "1 a 2 horas" ->
        # "una a dos horas", "21-22 personas" -> "veintiuna".
        to = _RANGE_TO.match(match.string, match.end())
        if to:
            after = match.string[to.end() : to.end() + 24]
        written = parse(match)
        # "En-1 activados": a number joined to a code by a hyphen counts no noun.
        joined = match.string[match.start() - 1 : match.start()] == "-"
        form: Form = ""
        if noun_form and not written.fraction and not joined:
            form = noun_form(after)
        if masculine_after.match(after):
            form = form or "m"
        elif feminine_before and not written.fraction and not joined:
            # The determiner agrees with the noun, surer than a guess from an ending: "las 21
            # restantes" -> "veintiuna".
            before = match.string[max(0, match.start() - 16) : match.start()]
            form = "f" if feminine_before.search(before) else form
        if to and form == "m":  # no noun right after it: "uno a dos días", not "un"
            form = ""
        return numerals.number(written, form)

    def read_numbers(text: str) -> str:
        """Read every number left in words: "1.200,5" -> "mil doscientos coma cinco"."""
        return NUMBER_RE.sub(say, text)

    return read_numbers

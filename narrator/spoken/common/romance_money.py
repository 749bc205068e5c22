"""Money in the Romance languages: a currency sign or code before or after an amount.

- "5,50 €" -> "cinco euros cincuenta céntimos"; "$1" -> "un dólar"
- "€ 2 billones" -> "dos billones de euros" (a scale word makes the currency "of" it, but
  the thousand, a count: "3 mil €" -> "tres mil euros")
- "R$ 0,25" -> "vinte e cinco centavos"; "4,2 £" -> twenty pence

A language's currencies table has the columns: written, gender (m/f), singular, plural, and
the same three for the hundredth part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.spoken.common.romance_numbers import BODY, Form, Numerals, Written, parse
from narrator.spoken.tables import Row

HINT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class MoneyWords:
    """How a language says amounts of money."""

    scales: str
    """A pattern of the scale words that may follow an amount: "millones|billones"."""
    of: str
    """Between a scale word and the currency: "de" ("dos billones de euros")."""
    cents_joiner: str
    """Between the units and the hundredths: "" in Spanish, "e" in Portuguese."""


def _currency_pattern(rows: tuple[Row, ...]) -> str:
    written = sorted((row[0] for row in rows), key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(w) for w in written) + ")"


def money_reader(
    numerals: Numerals, rows: tuple[Row, ...], words: MoneyWords
) -> Callable[[str], str]:
    """A rule reading amounts of money with a language's currencies table and words."""
    currencies = {row[0].lower(): row for row in rows}
    currency = _currency_pattern(rows)
    scale = rf"(?: (?P<scale>{words.scales})\b)?"
    before = re.compile(rf"(?<![\w$])(?P<cur>{currency}) ?{BODY}{scale}(?![\w,.]\d)")
    after = re.compile(rf"(?<![\w.,]){BODY}{scale} ?(?P<cur>{currency})(?![\w$€£¥₩₡₧₽])")

    # The nouns of the currencies ("pesos", "dólares") and their genders: after a sign's
    # amount such a noun names the currency itself ("$ 1.500 pesos" -> "mil quinientos pesos").
    noun_gender = {row[i].split()[0].lower(): row[1] for row in rows for i in (2, 3) if row[i]}
    nouns = "|".join(re.escape(n) for n in sorted(noun_gender))
    noun_after = re.compile(rf" (?P<of>{words.of} )?(?P<noun>{nouns})(?!\w)", re.I)

    scale_word = re.compile(words.scales)
    # A sign before a range is the whole range's: "$5–7 millones" (by now "$5 a 7 millones")
    # is read as "5 a 7 millones $", the currency said once, after the range: "cinco a siete
    # millones de dólares", not "cinco dólares a siete millones".
    sign_before_range = re.compile(
        rf"(?<![\w$])(?P<cur>{currency}) ?(?P<range>{_AMOUNT}(?: (?:a|à) |\s?[-–]\s?){_AMOUNT}"
        rf"(?: (?:{words.scales})\b)?)(?![\w,.]\d)"
    )

    def ends_in_scale(count: str) -> bool:
        last = count.rsplit(" ", 1)[-1]
        return last not in _THOUSANDS and bool(scale_word.fullmatch(last))

    def amount(written: Written, row: Row) -> str:
        _, gender, singular, plural, minor_gender, minor_singular, minor_plural = row
        if len(written.fraction) > 2:
            return f"{numerals.number(written, _form(gender))} {plural}"
        cents = int(written.fraction.ljust(2, "0")) if written.fraction else 0
        said = []
        if written.integer or not cents:
            count = numerals.cardinal(written.integer, _form(gender))
            if ends_in_scale(count):  # "1 000 000 $" -> "un millón de dólares"
                count += f" {words.of}"
            said.append(f"{count} {singular if written.integer == 1 else plural}")
        if cents:
            count = numerals.cardinal(cents, _form(minor_gender))
            said.append(f"{count} {minor_singular if cents == 1 else minor_plural}")
        joiner = f" {words.cents_joiner} " if words.cents_joiner else " "
        said_amount = joiner.join(said)
        return f"{numerals.minus} {said_amount}" if written.negative else said_amount

    def say(match: re.Match[str]) -> str:
        row = currencies[match.group("cur").lower()]
        written = parse(match)
        noun = noun_after.match(match.string, match.end()) if match.re is before else None
        # The currency's noun written after the sign's amount is said in the text's place, so
        # the sign's noun is not said too: "$ 1.500 pesos", "$ 2 millones de pesos".
        if noun and not match.group("scale") and not noun["of"]:
            return numerals.number(written, _form(noun_gender[noun["noun"].lower()]))
        if noun and match.group("scale") and noun["of"]:
            return f"{numerals.number(written, 'm')} {match.group('scale')}"
        if match.group("scale"):
            number, scale = numerals.number(written, "m"), match.group("scale")
            if scale in _THOUSANDS:  # a count: "tres mil euros", not "de euros"
                return f"{number} {scale} {row[3]}"
            return f"{number} {scale} {words.of} {row[3]}"
        return amount(written, row)

    def read_money(text: str) -> str:
        """Read amounts of money: "5,50 €" -> "cinco euros cincuenta céntimos"."""
        text = sign_before_range.sub(lambda m: f"{m['range']} {m['cur']}", text)
        return after.sub(say, before.sub(say, text))

    return read_money


# A written amount, its points and commas inside it only ("7." ends a sentence).
_AMOUNT = r"\d(?:[\d.,]*\d)?"
# The word for a thousand, which counts the currency as a number does: "tres mil euros".
_THOUSANDS = frozenset({"mil", "mila"})


def _form(gender: str) -> Form:
    return "f" if gender == "f" else "m"

"""A price or a share per unit: the slash after a currency sign or "%" said with a language's
word for "per", and a unit after it named in the singular from its units table.

- French "2 000 €/mois" -> "2 000 € par mois", "5 €/kg" -> "5 € par kilogramme"
- German "2.000 €/Monat" -> "2.000 € pro Monat"; Spanish "3 €/kg" -> "3 € por kilogramo"
- a sign before its amount too: Portuguese "R$ 5/kg" -> "R$ 5 por quilograma"
- money then reads the amount before it ("deux mille euros par mois"), where the symbols
  rule said "barre oblique"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.rules import any_of

HINT = any_of(
    *(f"/(?<={re.escape(sign)}/)" for sign in "€$£¥₽%"),
    r" /(?<=[€$£¥₽%] /)",
    r"[€$£¥₽] ?\d[\d.,]* ?/ ?[^\W\d_]",
)
_UNIT = r"\s?/\s?(?P<unit>[^\W\d_][\w²³/]*)"
_PER = re.compile(rf"(?<=[€$£¥₽%]){_UNIT}")
# A sign before its amount ("R$ 5/kg", "US$ 80/barril"): the slash after the amount.
_PER_AFTER_AMOUNT = re.compile(rf"(?P<amount>[€$£¥₽]\s?\d[\d.,]*\d|[€$£¥₽]\s?\d){_UNIT}")


def per_reader(word: str, units: Mapping[str, str]) -> Callable[[str], str]:
    """A rule saying "/" after a currency sign or "%" as ``word``, a unit of ``units``
    (written -> its name in the singular) after it by its name."""

    def say(match: re.Match[str]) -> str:
        unit = match["unit"]
        return f" {word} {units.get(unit, unit)}"

    def read_per_unit(text: str) -> str:
        """Say a price per unit: "5 €/kg" -> "5 € par kilogramme", "R$ 5/kg" -> "R$ 5 por
        quilograma"."""
        text = _PER_AFTER_AMOUNT.sub(lambda m: m["amount"] + say(m), text)
        return _PER.sub(say, text)

    return read_per_unit

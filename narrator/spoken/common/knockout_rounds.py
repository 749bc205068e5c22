"""A knockout round of a tournament written as a fraction before the word for "final": the
round's name, no fraction, in the Romance languages.

- French "les 1/4 de finale" -> "les quarts de finale", "le 1/8 de finale" -> "le huitième
  de finale", "la 1/2 finale" -> "la demi-finale"
- Spanish "los 1/8 de final" -> "los octavos de final"; Portuguese "as 1/4 de final" -> "as
  quartas de final"; Italian "agli 1/4 di finale" -> "ai quarti di finale"

Each language names a round from its fraction's denominator and the word before it (its
article: "les" asks the plural "quarts").
"""

from __future__ import annotations

import re
from collections.abc import Callable

RoundName = Callable[[int, str], str | None]
"""(denominator, the word before it in lower case, "" if none) -> the round's name, or None
where the fraction is no round's."""


def round_reader(name: RoundName, of_final: str, semi: str, final: str) -> Callable[[str], str]:
    """A rule naming the rounds written "1/N" before ``of_final`` ("de finale") with ``name``,
    and "1/2" before ``final`` ("finale") with the prefix ``semi`` ("demi-")."""
    before = re.compile(r"(?P<word>[^\W\d_]+)\s$")
    rounds = re.compile(rf"(?<![\w/.,])1/(?P<den>\d{{1,2}})(?=\s{of_final}\b)")
    semifinal = re.compile(rf"(?<![\w/.,])1/2\s(?=(?i:{final})s?\b)")

    def say_round(match: re.Match[str]) -> str:
        word = before.search(match.string, max(0, match.start() - 20), match.start())
        said = name(int(match["den"]), word["word"].lower() if word else "")
        return match.group(0) if said is None else said

    def read_rounds(text: str) -> str:
        """Name the rounds written as fractions: "les 1/4 de finale" -> "les quarts de
        finale"."""
        if "1/" not in text:
            return text
        return rounds.sub(say_round, semifinal.sub(semi, text))

    return read_rounds

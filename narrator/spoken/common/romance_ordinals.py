"""Written ordinals of the Romance languages: a number with a raised or short ending.

- "1.º" / "1º" / "1ro" -> the masculine ordinal; "1.ª" / "1ª" / "1ra" -> the feminine
- "1.ᵉʳ" / "1.er" / "1er" -> the shortened masculine used before a noun (Spanish "primer")
- "1.000.ª" -> the ordinal of one thousand
- Spanish: a masculine ordinal before a noun is shortened, "3.º lugar" -> "tercer lugar"
- a degree sign written for "º" where the words around say it is an ordinal: after an
  article or a preposition joined to one ("il 3° posto", "el 21° piso", "la 3° edição" with
  "ª"), or as a day before its month ("1° de mayo", "1° maggio"); "hace 30° a la sombra"
  and "25° C" stay degrees (`degree_ordinal_reader`)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from narrator.spoken.rules import any_of

Ending = str
"""What an ending says the ordinal is: "m" masculine, "f" feminine, "short" before a noun."""

_ENDINGS = {"º": "m", "ª": "f", "ᵉʳ": "short", "er": "short", "o": "m", "a": "f"}
_SHORT_ENDINGS = {"ro": "m", "do": "m", "to": "m", "mo": "m", "vo": "m", "no": "m",
                  "ra": "f", "da": "f", "ta": "f", "ma": "f", "va": "f", "na": "f"}  # fmt: skip
HINT = re.compile(r"\d\.?(?:[ºªᵉ]|er\b|[rdtmvn][oa]\b)")
_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:[. ]\d{3})+|\d+)(?:\.?(?P<raised>[ºª]|ᵉʳ)|"
    r"\.?(?P<short>er|ro|ra|do|da|to|ta|mo|ma|vo|va|no|na)\b)"
)


# A noun after an ordinal: a word in lower case that is no article, preposition or conjunction.
_NOUN_AFTER = re.compile(
    r" (?!(?:de|del|y|e|o|u|a|al|en|con|por|para|que|se|es|fue|son|sin|el|la|los|las|lo|il"
    r"|le|un|una|os|as)\b)[a-záéíóúñüàèìòùâêôãõç]"
)


def ordinal_reader(
    say: Callable[[int, Ending], str], shortened_before_noun: bool = False
) -> Callable[[str], str]:
    """A rule reading written ordinals with ``say`` (number, "m"/"f"/"short") -> words; with
    ``shortened_before_noun``, a masculine one before a noun is "short" (Spanish "tercer")."""

    def say_ordinal(match: re.Match[str]) -> str:
        number = int(re.sub(r"[. ]", "", match.group("number")))
        raised, short = match.group("raised"), match.group("short")
        ending = _ENDINGS[raised] if raised else _ENDINGS.get(short, _SHORT_ENDINGS.get(short))
        if ending == "m" and raised and shortened_before_noun:
            ending = "short" if _NOUN_AFTER.match(match.string, match.end()) else "m"
        return say(number, ending or "m")

    def read_ordinals(text: str) -> str:
        """Read written ordinals: "3.º" -> "tercero", "21.ª" -> "vigesimoprimera"."""
        return _ORDINAL.sub(say_ordinal, text)

    return read_ordinals


DEGREE_HINT = any_of(r"°(?<=\d°)", r"°(?<=\d\.°)")


def degree_ordinal_reader(
    masculine: Iterable[str], feminine: Iterable[str], months: Iterable[str], of: str = ""
) -> Callable[[str], str]:
    """A rule writing "º" (or "ª") for a degree sign that marks an ordinal: after one of the
    ``masculine`` or ``feminine`` articles (or prepositions joined to one; after "en" or
    "em" only before a noun: "en 3° lugar", not "subió en 5° la temperatura"), or on a day
    before one of ``months`` (after ``of``, Spanish and Portuguese "de"), or after a full stop
    ("2.° lugar"); not before a temperature's "C" or "F"."""
    male, female = set(masculine), set(feminine)
    words = "|".join(re.escape(w) for w in sorted(male | female, key=lambda w: (-len(w), w)))
    month = "|".join(sorted(months, key=len, reverse=True))
    pattern = re.compile(
        rf"(?:(?<![\w'])(?P<word>(?i:{words}))(?<=['\w])\s?)?"
        rf"(?<![\w.,])(?P<number>\d{{1,4}})(?P<dot>\.)?°(?!\s?[CFcf]\b|\w)"
        rf"(?P<month>(?=\s{of}(?i:{month})\b))?"
    )

    def mark(match: re.Match[str]) -> str:
        word, number = match["word"], match["number"]
        day = match["month"] is not None and 1 <= int(number) <= 31
        if (day or match["dot"]) and not word:
            return f"{number}º"  # "1° de mayo"; "2.° lugar": no temperature is written "2.°"
        if word is None:
            return match.group(0)
        if word.lower() in ("en", "em") and not _NOUN_AFTER.match(match.string, match.end()):
            return match.group(0)  # "subió en 5° la temperatura": degrees
        raised = "ª" if word.lower() in female else "º"
        return f"{match.group(0)[: match.start('number') - match.start()]}{number}{raised}"

    def write_degree_ordinals(text: str) -> str:
        """Write "º" for a degree sign that marks an ordinal: "il 3° posto" -> "il 3º posto"."""
        return pattern.sub(mark, text)

    return write_degree_ordinals

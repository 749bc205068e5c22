"""Written ordinals of the Romance languages: a number with a raised or short ending.

- "1.º" / "1º" / "1ro" -> the masculine ordinal; "1.ª" / "1ª" / "1ra" -> the feminine
- "1.ᵉʳ" / "1.er" / "1er" -> the shortened masculine used before a noun (Spanish "primer")
- "1.000.ª" -> the ordinal of one thousand
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


def ordinal_reader(say: Callable[[int, Ending], str]) -> Callable[[str], str]:
    """A rule reading written ordinals with ``say`` (number, "m"/"f"/"short") -> words."""

    def say_ordinal(match: re.Match[str]) -> str:
        number = int(re.sub(r"[. ]", "", match.group("number")))
        raised, short = match.group("raised"), match.group("short")
        ending = _ENDINGS[raised] if raised else _ENDINGS.get(short, _SHORT_ENDINGS.get(short))
        return say(number, ending or "m")

    def read_ordinals(text: str) -> str:
        """Read written ordinals: "3.º" -> "tercero", "21.ª" -> "vigesimoprimera"."""
        return _ORDINAL.sub(say_ordinal, text)

    return read_ordinals

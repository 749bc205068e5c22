"""Electronic addresses read piece by piece with a language's words for their symbols.

- "a.bc@gmail.com" -> "a punto b c arroba gmail punto com"
- "https://www.nvidia.com" -> "h t t p s dos puntos barra barra w w w punto nvidia punto com"
- names everyone says as words ("gmail", "com", "html") are words; others are spelled
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.common.romance_numbers import Numerals

HINT = re.compile(r"[@/]|www\.|\.[a-z]{2,4}\b")
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)]"
    r"|(?<![\w.])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.@])@\w+(?:\.\w+)*"
    # A letter alone before a country's code is an abbreviation's ("p.es." is "per esempio").
    r"|(?<![\w.@/-])(?![a-z]\.(?:es|it|pt|br|mx|ar|io)\b)"
    r"[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|net|org|edu|gov|es|it|pt|br|mx|ar|io)"
    r"(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?(?![\w@])"
)
_PIECE = re.compile(r"[A-Za-zÀ-ÿ]+|\d|[^\w\s]|_")
# Names and domains said as words rather than spelled.
WORDS = frozenset({
    "com", "net", "edu", "gov", "html", "htm", "php", "gmail", "hotmail", "yahoo", "outlook",
    "google", "nvidia", "amazon", "netflix", "youtube", "facebook", "twitter", "instagram",
    "wikipedia", "linkedin", "microsoft", "apple",
})  # fmt: skip


def web_reader(
    numerals: Numerals, symbols: Mapping[str, str], words: frozenset[str] = frozenset()
) -> Callable[[str], str]:
    """A rule reading web and e-mail addresses with ``symbols`` (symbol -> word); ``words``
    are the language's own names said as words (Brazil's "br")."""
    said_as_words = WORDS | words

    def say_piece(piece: str) -> str:
        if piece.isdigit():
            return numerals.spell(piece)
        if piece.isalpha():
            return piece if piece.lower() in said_as_words else " ".join(piece)
        return symbols.get(piece, piece)

    def say_address(match: re.Match[str]) -> str:
        address = match.group(0)
        if address.startswith(("http://", "https://")):
            scheme, rest = address.split("://", 1)
            return f"{' '.join(scheme)} {symbols[':']} {symbols['/']} {symbols['/']} " + (
                " ".join(say_piece(p) for p in _PIECE.findall(rest))
            )
        return " ".join(say_piece(p) for p in _PIECE.findall(address))

    def read_addresses(text: str) -> str:
        """Read web and e-mail addresses piece by piece: "@" -> "arroba", "." -> "punto"."""
        return _ADDRESS.sub(say_address, text)

    return read_addresses

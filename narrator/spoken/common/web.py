"""Web and e-mail addresses, handles and hashtags, read piece by piece with a language's words.

- "abc@abc.com" -> "a b c at a b c punkt com" (German words): short pieces are spelled, known
  endings ("com", "de") and longer pieces are said as words, digits one at a time
- "https://www.abc.com" -> "h t t p s doppelpunkt slash slash w w w punkt a b c punkt com"
- "@jensen" -> "at j e n s e n" (a handle is spelled)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.rules import any_of

_TLDS = frozenset(
    {
        "com",
        "org",
        "net",
        "de",
        "fr",
        "at",
        "ch",
        "eu",
        "io",
        "edu",
        "gov",
        "info",
        "be",
        "lu",
        "ca",
        "uk",
        "us",
    }
)
_SPELLED = frozenset({"www", "http", "https", "ftp"})
# What makes a word with dots an address: a scheme, "www.", an "@", or a known ending; else
# "Smith.the" is a sentence that lost the space after its period, and is left to the rest.
_KNOWN_ENDING = rf"\.(?:{'|'.join(sorted(_TLDS))})\b"
_WWW = r"www\.(?<!\wwww\.)"
_MARKED = re.compile(rf"@|://|{_WWW}|{_KNOWN_ENDING}")
# Each pattern starts with a literal, which the regex engine finds quickly.
HINT = any_of("@", "://", _WWW, _KNOWN_ENDING)
_ADDRESS = re.compile(
    r"(?:(?:https?|ftp)://)?(?:[\w.+-]+@)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6})"
    r"(?:/[\w./%?=&#+-]*)?(?<![.])|(?<![\w@])@\w+"
)
_PIECE = re.compile(r"[A-Za-zÀ-ÿ]+|\d|[^\w\s]")


def address_reader(words: Mapping[str, str], digit_words: tuple[str, ...]) -> Callable[[str], str]:
    """A rule reading addresses with ``words`` (".", "@", ":", "/", "-", "_" -> a word each)."""

    def piece(text: str, spell: bool) -> str:
        if text.isdigit():
            return digit_words[int(text)]
        if not text[0].isalnum():
            return words.get(text, "")
        lower = text.lower()
        if spell or lower in _SPELLED or (len(text) <= 3 and lower not in _TLDS):
            return " ".join(lower)
        return text

    def say(match: re.Match[str]) -> str:
        address = match.group(0)
        # Searched in the whole text, so that a letter after the address counts as it does
        # for the hint ("x.comé" has no ending ".com").
        marked = _MARKED.search(match.string, match.start())
        if marked is None or marked.start() >= match.end():
            return address
        handle = address.startswith("@")
        said = (piece(p, handle and p != "@") for p in _PIECE.findall(address))
        return " ".join(s for s in said if s)

    def read_addresses(text: str) -> str:
        """Read web and e-mail addresses and handles piece by piece: short pieces are
        spelled, digits said one at a time, symbols said in the language's words."""
        return _ADDRESS.sub(say, text)

    return read_addresses

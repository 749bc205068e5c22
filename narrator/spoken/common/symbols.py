"""Symbols left over after every other rule, read with the words of a language.

- "R&D" -> "R and D"; "2+2" -> "2 plus 2"; "@home" -> "at home" (English words)
- "either/or" -> "either slash or"; a lone "/" or "*" between spaces is dropped
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.rules import any_of

SYMBOL = re.compile(r"[&+=@~%$€£°*_|^<>\\#/]")


def symbol_reader(words: Mapping[str, str]) -> Callable[[str], str]:
    """A rule reading symbols with ``words`` (symbol -> word); "/" between words is ``words["/"]``
    and a symbol without a word is dropped."""
    said = {symbol: f" {word} " for symbol, word in words.items()}
    slash = said.pop("/")

    def say_symbol(match: re.Match[str]) -> str:
        symbol = match.group(0)
        if symbol == "/":
            before = match.string[: match.start()].rstrip()[-1:]
            after = match.string[match.end() :].lstrip()[:1]
            return slash if before.isalnum() and after.isalnum() else " "
        return said.get(symbol, " ")

    def read_symbols(text: str) -> str:
        """Read the symbols left over as words: "&" -> "and", "+" -> "plus", "@" -> "at",
        "/" between words -> "slash", a lone "%" -> "percent"; marks nobody reads are dropped."""
        return SYMBOL.sub(say_symbol, text)

    return read_symbols


# `SYMBOL`, one pattern per symbol: each is a literal, which the regex engine finds quickly.
HINT = any_of(*(re.escape(symbol) for symbol in SYMBOL.pattern[1:-1].replace("\\\\", "\\")))

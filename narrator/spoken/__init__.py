"""Written text to spoken words, so that every speech engine says the same thing.

`spoken` runs a language's rules in order, each a pure ``str -> str`` rewrite of one
semiotic class (money, dates, units, abbreviations...) into the words a newsreader would say.
Engines differ in how they read "$3.5bn", "Gov." or "km/h"; plain words leave them nothing to
decide. The rules and their order live in the language's package (`narrator.spoken.en`), the
`Rule` and `Language` types and the registry of languages in `narrator.spoken.rules`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrator.spoken.rules import Language, Rule, UnknownLanguageError, language_for

if TYPE_CHECKING:
    from narrator.spoken.lexicon import Lexicon

__all__ = ["Language", "Rule", "UnknownLanguageError", "language_for", "spoken"]

# What the lexicon says is hidden from the rules behind private-use characters.
_PROTECTED = re.compile("[\U000f0000-\U000ffffd]")
_PROTECTED_BASE = 0xF0000


def _spoken_line(line: str, rules: tuple[Rule, ...]) -> str:
    for rule in rules:
        if rule.hint is None or rule.hint.search(line):
            line = rule.function(line)
    return line


def spoken(text: str, lexicon: Lexicon | None = None, language: str = "en") -> str:
    """Return ``text`` as the plain words a newsreader would say, in ``language``.

    The lexicon, if given, is applied first; what it says is protected from the rules.
    A regional code reads as its language ("en-GB" as "en"); a language without rules
    raises `UnknownLanguageError`.
    """
    rules = language_for(language).rules
    said: dict[str, str] = {}
    if lexicon is not None:

        def mark(say: str) -> str:
            return said.setdefault(say, chr(_PROTECTED_BASE + len(said)))

        text = lexicon.apply_with(text, mark)
    text = "\n".join(_spoken_line(line, rules) for line in text.split("\n"))
    if said:
        says = {marker: say for say, marker in said.items()}
        text = _PROTECTED.sub(lambda m: says[m.group(0)], text)
    return text

"""Abbreviations and titles of a language, read from its table as the words they stand for.

- "Sr. García" -> "señor García"; "EE. UU." -> "Estados Unidos"; "etc." -> "etcétera"
- a dotted abbreviation that ends the text keeps the sentence's full stop, and one that
  closes a list ("etc.", "ecc.") keeps it before a capital too ("pan, leche, etc. Luego")
- some only before a number, where they cannot be a word or an initial (a language's
  ``numbered`` table): "art. 5" -> "artículo 5", "n. 10" -> "numero 10", "cap. 3"

A language's abbreviations table has the columns: written, said; case is ignored where the
written form has a point or a slash ("sig.na" is "Sig.na", "c/" is "C/"); one without ("EUA")
is matched as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# A dotted abbreviation is no start of a longer one's initials: "P.D." is not read in "P.D.P.".
_NOT_INITIALISM = r"(?!\w\.)"
# An abbreviation closing a list, often a sentence's end: its full stop before a capital is
# the sentence's too. A title's ("Sr. García") never is.
_CLOSING = re.compile(r"(?i)etc|ecc")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")


def _dotted(written: str) -> str:
    """The pattern of a dotted abbreviation, case ignored, except a one letter's capital after a
    comma: "Taylor, P. 1996" is an author's initial before a year, no "página"."""
    if len(written) != 2:
        return rf"(?i:{re.escape(written)})"
    return rf"(?:{re.escape(written.lower())}|(?<![,;])(?<![,;] ){re.escape(written.upper())})"


def _before_number(written: str) -> str:
    """What must follow an abbreviation said only before a number: a digit, or for one of more
    than a letter an ordinal the ordinals rule has read ("art. 5º" -> "art. quinto")."""
    return r"(?=\s?\d)" if len(written) <= 2 else r"(?=\s?(?:\d|[a-zà-ú]+[oa]s?\b))"


def abbreviation_reader(
    table: Mapping[str, str], numbered: Mapping[str, str]
) -> Callable[[str], str]:
    """A rule reading the abbreviations of ``table`` (written -> said), and those of
    ``numbered`` before a number only."""
    said = {written.lower(): words for written, words in {**numbered, **table}.items()}
    parts = [
        _dotted(w) + (_before_number(w) if w in numbered and w not in table else _NOT_INITIALISM)
        if "." in w
        else rf"(?i:{re.escape(w)})(?![\w'])"
        if "/" in w
        else rf"{re.escape(w)}(?![\w'])" + (r"(?=\s\d)" if w not in table else "")
        for w in sorted({**numbered, **table}, key=len, reverse=True)
    ]
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(parts) + ")")
    written = [*table, *numbered]
    hint = re.compile("|".join(re.escape(w.split(".")[0].lower()) for w in written), re.I)

    def say(match: re.Match[str]) -> str:
        written = match.group(0)
        words = said[written.lower()]
        rest = match.string[match.end() :]
        closes = _CLOSING.fullmatch(written[:-1]) and _CAPITAL_NEXT.match(rest)
        if written.endswith(".") and (not rest.strip() or closes):
            words += "."
        return words

    def read_abbreviations(text: str) -> str:
        """Read the language's abbreviations and titles as the words they stand for."""
        return pattern.sub(say, text) if hint.search(text) else text

    return read_abbreviations

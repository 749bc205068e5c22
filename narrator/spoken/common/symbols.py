"""Symbols left over after every other rule, read with the words of a language.

- "R&D" -> "R and D"; "2+2" -> "2 plus 2"; "@home" -> "at home" (English words)
- "either/or" -> "either slash or" with a word for "/" (English has a pause: "writer/director"
  is read "writer, director", as people say it); a lone "/" or "*" between spaces is dropped
- English: a slash between names is a pause, "MEDLINE/PubMed", "Jean Knight / The Delfonics"
- "<5%" -> "less than five percent", "x > y" -> "x more than y": a comparison, unless the mark
  is part of an arrow ("->", "<=>") or quotes a line ("> said before"), where it is dropped
- a symbol of the language's table outside the common set is read too (English: "x ≥ y" ->
  "x greater than or equal to y"), and so are ">=" and "<=" as the one sign they write,
  unless the line has arrows ("a -> b <= c": there "<=" is one more)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.rules import AnyOf, any_of

SYMBOL = re.compile(r"[&+=@~%$€£°*_|^<>\\#/]")


def symbol_reader(
    words: Mapping[str, str], between_names: str | None = None
) -> Callable[[str], str]:
    """A rule reading symbols with ``words`` (symbol -> word); "/" between words is ``words["/"]``
    (``between_names`` instead, when given, between two capitalised words) and a symbol
    without a word is dropped."""
    said = {symbol: f" {word} " for symbol, word in words.items()}
    slash = said.pop("/")
    names_slash = slash if between_names is None else f" {between_names} "
    pattern = _symbols_of(words)

    def say_symbol(match: re.Match[str]) -> str:
        symbol = match.group(0)
        if symbol == "/":
            before = match.string[: match.start()].rstrip()
            after = match.string[match.end() :].lstrip()
            if not (before[-1:].isalnum() and after[:1].isalnum()):
                return " "
            names = after[:1].isupper() and before.rsplit(None, 1)[-1][:1].isupper()
            return names_slash if names else slash
        if symbol[0] in "<>" and not _comparison(match):
            return " "
        if len(symbol) == 2 and _ARROWS.search(match.string):
            return " "  # among arrows, "<=" is one too: "a -> b <= c"
        return said.get(symbol, " ")

    def read_symbols(text: str) -> str:
        """Read the symbols left over as words: "&" -> "and", "+" -> "plus", "@" -> "at",
        "/" between words -> "slash", a lone "%" -> "percent"; marks nobody reads are dropped."""
        return pattern.sub(say_symbol, text)

    return read_symbols


def _symbols_of(words: Mapping[str, str]) -> re.Pattern[str]:
    """`SYMBOL` with the table's other one-character symbols ("≥", "≈"), and ">=" / "<=" as
    one sign where the table has a word for them (not in an arrow: "<=>", "=>")."""
    extra = "".join(_outside_symbol(words))
    pairs = [re.escape(s) for s in (">=", "<=") if s in words]
    one = SYMBOL.pattern if not extra else SYMBOL.pattern[:-1] + re.escape(extra) + "]"
    if not pairs:
        return re.compile(one)
    return re.compile(rf"(?:{'|'.join(pairs)})(?![=>])|{one}")


def _comparison(match: re.Match[str]) -> bool:
    """Whether the "<" or ">" of ``match`` compares: not part of an arrow or a run of marks
    ("->", "<=>", "<<"), nor a ">" quoting a line (at its start)."""
    text, start, end = match.string, match.start(), match.end()
    before, after = text[start - 1 : start], text[end : end + 1]
    if any(mark != "" and mark in _ARROW_PARTS for mark in (before, after)):
        return False
    if match.group(0) == "<":
        return True
    line_start = text[:start].rstrip(" \t")
    return line_start != "" and not line_start.endswith("\n")


_ARROW_PARTS = "-=<>~|"
_ARROWS = re.compile(r"->|<-|=>(?!=)|<=>")


# The characters of `SYMBOL`'s class.
_COMMON = SYMBOL.pattern[1:-1].replace("\\\\", "\\")

# `SYMBOL`, one pattern per symbol: each is a literal, which the regex engine finds quickly.
HINT = any_of(*(re.escape(symbol) for symbol in _COMMON + "≥≤≈§"))


def _outside_symbol(words: Mapping[str, str]) -> list[str]:
    """The one-character symbols of a language's table that `SYMBOL` lacks ("≥", "№"), sorted."""
    return sorted(s for s in words if len(s) == 1 and SYMBOL.fullmatch(s) is None)


def hint_for(words: Mapping[str, str]) -> AnyOf:
    """`HINT` with the one-character symbols of a language's table outside `SYMBOL` ("№",
    "§"): the lines that `symbol_reader` of ``words`` may change."""
    symbols = set(_COMMON) | set(_outside_symbol(words))
    return any_of(*(re.escape(symbol) for symbol in sorted(symbols)))

"""Chemical formulas, which a reader spells symbol by symbol: "NaCl" -> "N.A-C-L", "CaCO3" ->
"C.A-C-O three", "H2SO4" -> "H two S-O four" (the figures said here: "C1V" is no "one volt").
Engines would say "NaCl" as "nakel", "SO" and "NO" as words.

A formula is a word made only of the elements' symbols, with a figure in it or, without one,
three symbols or two of two letters: "NaOH", "NaCl", "Fe2O3", "InGaAs" ("MoU", "PoW", "GaN"
are initialisms or words, "KCl" said well as written; "5 GeV" is a unit). Capitals alone are
initialisms ("CO", "HBO") unless a figure stands inside ("H2O"): "PS5", "WW2" and "CO2" are
left to the other rules, but for symbols that make a word before their figure ("SO2", "NO2"
-> "S-O two", "N-O two", not "so two", "no two"); one symbol and a figure is a model ("F16",
"B12"); a few words of that shape are names ("HeLa"; "SoHo" is none: "o" starts no symbol).
"""

from __future__ import annotations

import re

from narrator.spoken.en.initialisms import parted
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.en.word_shapes import CAPITAL_WORDS
from narrator.spoken.tables import read_words

_ELEMENTS = read_words("en", "elements")
# Words of a formula's shape that name something else.
_NAMES = frozenset({"HeLa", "NoHo", "CoCo", "CoS", "PoS", "LiPo", "NiCo", "BeBe", "BaBe"})
_FORMULA = re.compile(
    r"(?<![\w'’.\-/])(?=[A-Za-z\d]*(?:\d|[a-z]))(?:[A-Z][a-z]?\d*){2,}(?![\w'’\-/]|\.\d)"
)
_FIGURE_INSIDE = re.compile(r"\d[A-Z]")
# Symbols in capitals that make a word, which engines would say as one: "SO", "NO".
_WORDS = frozenset(word for word in CAPITAL_WORDS if len(word) == 2)
_QUANTITY_BEFORE = re.compile(r"\d\s?$")
_SYMBOL = re.compile(r"(?P<symbol>[A-Z][a-z]?)(?P<count>\d*)")
HINT = re.compile(r"[A-Z](?:[a-z]\d*|\d+)[A-Z]|[A-Z][A-Z](?:[a-z]|\d)")


def _symbols(formula: str) -> list[re.Match[str]] | None:
    """The symbols of ``formula``, or None where one is no element's."""
    symbols = list(_SYMBOL.finditer(formula))
    if any(symbol["symbol"] not in _ELEMENTS for symbol in symbols):
        return None
    return symbols


def _formula_shape(word: str) -> bool:
    """Capitals alone are a formula with a figure inside ("H2SO4", "N2O"), where a figure at
    the end may number a thing ("PS5", "FY24", "WW2"); a final "s" with no figure makes a
    plural ("ICs", "IPOs")."""
    if word.isupper():
        return _FIGURE_INSIDE.search(word) is not None or word.rstrip("0123456789") in _WORDS
    return not word.endswith("s") or any(c.isdigit() for c in word)


def _say_formula(match: re.Match[str]) -> str:
    formula = match.group(0)
    symbols = _symbols(formula)
    if symbols is None or len(symbols) < 2 or formula in _NAMES or not _formula_shape(formula):
        return formula
    if _QUANTITY_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return formula  # a unit after its number: "5 GeV", "2 TeV"
    pairs = sum(len(symbol["symbol"]) == 2 for symbol in symbols)
    if not any(c.isdigit() for c in formula) and len(symbols) < 3 and pairs < 2:
        return formula  # "MoU", "PoW", "GaN", "KCl": initialisms or said well as written
    pieces: list[str] = []
    letters = ""
    for symbol in symbols:
        letters += symbol["symbol"].upper()
        if symbol["count"]:
            pieces += [parted(letters, True), cardinal(int(symbol["count"]))]
            letters = ""
    if letters:
        pieces.append(parted(letters, True))
    return " ".join(pieces)


def read_formulas(text: str) -> str:
    """ "salt is NaCl" -> "salt is N.A-C-L"; "H2SO4" -> "H two S-O four"; "HeLa" is left."""
    return _FORMULA.sub(_say_formula, text)

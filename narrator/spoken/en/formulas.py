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
HINT = re.compile(
    r"[A-Z](?:[a-z]\d*|\d+)[A-Z]|[A-Z][A-Z](?:[a-z]|\d)|[A-Z][a-z]?[1-4¹²³⁴]?(?:[+⁺−⁻]|-(?!\w))|[a-z]\([IV]"
)


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


# An ion: an element's symbol, its charge's figure and sign, as on the line or raised: "Fe3+",
# "Ca²⁺", "O2-" -> "F-E three plus", "C.A two plus", "O two minus"; with no figure ("Na+",
# "Cl-"), or a symbol of one letter ("H+", "K+"), only where ions are spoken of, as "a C+
# grade" and "the U2+ fan club" are none; a hyphen left hanging before "and" is no charge
# ("Na- and K-dependent").
_ION = re.compile(
    r"(?<![\w'’.\-/+])(?P<symbol>[A-Z][a-z]?)(?P<charge>[1-4¹²³⁴])?(?P<sign>[+⁺]|[-−⁻](?!\w))"
    r"(?![\w+])(?<!-(?= and| or| to))"
)
_IONS_AROUND = re.compile(
    r"(?i:\b(?:ions?|ionic|cations?|anions?|charged?|protons?|electrolytes?|oxidation|"
    r"solution|salts?|acid)\b)"
)
_RAISED = {"¹": 1, "²": 2, "³": 3, "⁴": 4}
ION_HINT = re.compile(r"[A-Z][a-z]?[1-4¹²³⁴]?[+⁺\-−⁻]")


def _say_ion(match: re.Match[str]) -> str:
    symbol, charge = match["symbol"], match["charge"]
    if symbol not in _ELEMENTS:
        return match.group(0)
    if (not charge or len(symbol) == 1) and not _IONS_AROUND.search(
        match.string, max(0, match.start() - 80), match.end() + 80
    ):
        return match.group(0)
    sign = "plus" if match["sign"] in "+⁺" else "minus"
    said = parted(symbol.upper(), True) if len(symbol) == 2 else symbol
    count = _RAISED.get(charge) or (int(charge) if charge else 0)
    return f"{said} {cardinal(count)} {sign}" if count else f"{said} {sign}"


# An element's oxidation state in Roman figures glued to its name, as compounds are named:
# "iron(III) oxide" -> "iron three oxide", "Copper(II) sulfate" (no pause for the brackets).
_STATES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_OXIDATION_STATE = re.compile(r"\b(?P<name>[A-Za-z]+)\((?P<state>[IV]{1,4})\)(?!\w)")
_ELEMENT_NAMES = read_words("en", "element_names")


def _say_oxidation_state(match: re.Match[str]) -> str:
    state = _STATES.get(match["state"])
    if state is None or match["name"].lower() not in _ELEMENT_NAMES:
        return match.group(0)
    return f"{match['name']} {cardinal(state)}"


def read_formulas(text: str) -> str:
    """ "salt is NaCl" -> "salt is N.A-C-L"; "H2SO4" -> "H two S-O four"; "HeLa" is left;
    "Fe3+" -> "F-E three plus"; "iron(III) oxide" -> "iron three oxide"."""
    text = _FORMULA.sub(_say_formula, text)
    if "(" in text:
        text = _OXIDATION_STATE.sub(_say_oxidation_state, text)
    if ION_HINT.search(text):
        text = _ION.sub(_say_ion, text)
    return text

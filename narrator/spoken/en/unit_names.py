"""The names of units written short, for `measures` and `money`, and a unit's symbol after
"per" read as its name wherever it stands:

- "½ lb. of butter" -> "half a pound of butter" (`half_a`, a half of one unit before "of")
- "87 inhabitants per km²" -> "... per square kilometer", "3 t per ha" -> "... per hectare",
  "rainfall of 12 mm per h" -> "... per hour" (after a number or a noun, as a rate's second
  half; a word "per cent", "per head", "per se" is no symbol and stays)
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_mapping, read_table


def _si_units() -> dict[str, tuple[str, str]]:
    """Metric units made of a prefix and a base unit ("kPa", "μF", "GeV"), each base with
    the prefixes it takes in print: a free product would make "am" or "fm" units."""
    prefixes = read_mapping("en", "si_prefixes")
    units: dict[str, tuple[str, str]] = {}
    for symbol, one, many, allowed, alone in read_table("en", "si_units"):
        if alone == "yes":
            units[symbol] = (one, many)
        for prefix in allowed.split():
            units[prefix + symbol] = (prefixes[prefix] + one, prefixes[prefix] + many)
    return units


# abbreviation -> (one, many); names of units that are written out need no rule. The
# table's own readings ("mA" -> "milliamp") win over the made ones.
UNITS = _si_units() | {row[0]: (row[1], row[2]) for row in read_table("en", "units")}
# Square and cubic lengths in any notation ("mm2", "cm³", "ft3", "cm^2") where the table has
# none.
_POWERS = (("²", "square"), ("2", "square"), ("^2", "square"), ("³", "cubic"), ("3", "cubic"))
for _base in ("m", "km", "cm", "mm", "dm", "μm", "µm", "nm", "ft", "in", "mi", "yd"):
    for _power, _name in (*_POWERS, ("^3", "cubic")):
        if _base in UNITS:
            _one, _many = UNITS[_base]
            UNITS.setdefault(_base + _power, (f"{_name} {_one}", f"{_name} {_many}"))
# And with the word written short before them, as news and trade reports do: "sq. yd", "cu. m".
for _base in ("m", "km", "cm", "ft", "in", "mi", "yd"):
    for _short, _name in (("sq", "square"), ("cu", "cubic")):
        for _written in (f"{_short}. {_base}", f"{_short} {_base}"):
            _one, _many = UNITS[_base]
            UNITS.setdefault(_written, (f"{_name} {_one}", f"{_name} {_many}"))
_PER = read_mapping("en", "per")
_PER_UNITS = {k: v for k, v in UNITS.items() if "/" not in k} | {
    u: (w, w + "s") for u, w in _PER.items()
}


_SUPERSCRIPT = str.maketrans("23", "²³")


def per_name(unit: str) -> str:
    """The name of a unit after "per": "h" -> "hour", "m3" and "m³" -> "cubic meter", "s2"
    -> "second squared" (time is squared, not square)."""
    unit = unit.replace("^", "")
    unit = unit[:-1] + unit[-1].translate(_SUPERSCRIPT) if unit[-1] in "23" else unit
    if unit in _PER_UNITS:
        return _PER_UNITS[unit][0]
    if unit[-1] in "²³" and unit[:-1] in _PER_UNITS:
        name = _PER_UNITS[unit[:-1]][0]
        if name.endswith("second"):
            return name + (" squared" if unit[-1] == "²" else " cubed")
        return ("square " if unit[-1] == "²" else "cubic ") + name
    return unit


def half_a(unit: str) -> str:
    """Half of one unit, as a quantity of something is said: "pound" -> "half a pound",
    "ounce" -> "half an ounce" (for "½ lb. of butter", "1/2 oz. of pepper")."""
    return f"half {_article(unit)} {unit}"


def part_of_a(part: str, unit: str) -> str:
    """A part of one unit, as a quantity of something is said: "three quarters", "pound" ->
    "three quarters of a pound" (for "¾ lb. of sugar"); "one quarter" -> "a quarter of a
    pound"; "one half" -> "half a pound"."""
    if part == "one half":
        return half_a(unit)
    if part.startswith("one "):  # "one eighth" -> "an eighth", "one quarter" -> "a quarter"
        part = part.removeprefix("one ")
        part = f"{_article(part)} {part}"
    return f"{part} of {_article(unit)} {unit}"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" or word.startswith("hour") else "a"


# A symbol after "per": two characters at least, or one with its power ("per m²", "per m3"), as one
# letter may be a variable or a grade ("per A", "per s" of a plural).
# A cookery book's "to the" or a shop's "by the" before a symbol in small letters is "per" too:
# "Allow 15 minutes to the lb." -> "to the pound", "sold by the doz." (not "to the PM").
_SYMBOL_AFTER_PER = re.compile(
    r"\b(?P<per>per (?=(?:(?:sq|cu)\.? )?[A-Za-zµμ]|[A-Za-z][23²³])|(?:to|by) the (?=[a-z]{2,5}\b))"
    r"(?P<unit>(?:sq|cu)\.? [a-z]{1,2}\b|(?:sq\.? )?[A-Za-zµμ]{2,5}[23²³]?|[A-Za-z][23²³])"
    r"(?![\w'’-]|\.\w)"
    r"(?P<dot>\.(?=[,;:)]|\s+[a-z]))?"
)
# Symbols that are English words too after "per": "per am" never, but "per in" may be a
# clumsy "per inch" as well as a slip; left as written.
_WORDS = frozenset({"in", "am", "pm", "at", "min", "mins", "hr", "hrs", "sec", "secs"})


def _say_symbol_after_per(match: re.Match[str]) -> str:
    unit = match["unit"]
    name = per_name(unit)
    if name == unit or unit in _WORDS:
        return match.group(0)
    return match["per"] + name


def read_symbols_after_per(text: str) -> str:
    """Read a unit's symbol after "per" as its name: "87 inhabitants per km²" -> "87
    inhabitants per square kilometer"; words ("per cent", "per head") stay."""
    return _SYMBOL_AFTER_PER.sub(_say_symbol_after_per, text)


# Two symbols joined by a product's dot after a number are one unit, as written without it:
# "400 N·m" -> "400 Nm" (newton meters), "5 kW·h" -> "5 kWh"; joined, a known unit only. The
# second raised to the power minus one divides: "46.07 g·mol−1", "3 m s⁻¹" -> "g/mol", "m/s".
_PRODUCT_DOT = re.compile(
    r"(?<=\d)(?P<space>\s?)(?P<a>[A-Za-z]{1,3})(?:[·⋅](?P<b>[A-Za-z]{1,3})\b(?![−-]1\b|⁻¹)"
    r"|[·⋅ ](?P<per>[A-Za-z]{1,3})(?:[−-]1\b|⁻¹))"
)


def join_product_units(text: str) -> str:
    """Write two unit symbols joined by a product's dot as the one unit: "N·m" -> "Nm",
    "g·mol−1" -> "g/mol"."""

    def join(match: re.Match[str]) -> str:
        if match["per"]:
            known = match["a"] in UNITS and (match["per"] in UNITS or match["per"] in ("s", "h"))
            return f"{match['space']}{match['a']}/{match['per']}" if known else match.group(0)
        joined = match["a"] + match["b"]
        return match["space"] + joined if joined in UNITS else match.group(0)

    return _PRODUCT_DOT.sub(join, text)

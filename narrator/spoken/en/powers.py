"""Letters raised to a power, as a formula writes its variables: "E = mc²" -> "E equals M C
squared", "a² + b² = c²" -> "A squared plus B squared equals C squared", "πr²" -> "pi R
squared". Engines say the raised figure as a plain one ("M C two").

Only where the words around make a formula: a sign of one ("=", "+", "−", "×") near the
letters, or a Greek letter among them; or a single letter that is no unit's ("x²", "R²"). A
unit after a number is the measures' ("5 m²"), and "per m²" is left; the capitals are written
so that an engine spells them ("a" would be the article).
"""

from __future__ import annotations

import re

_GREEK = {"π": "pi", "θ": "theta", "λ": "lambda", "ω": "omega", "σ": "sigma", "μ": "mu"}
_RAISED = {"²": "squared", "³": "cubed"}
# One to three letters, each a variable, raised: "x²", "mc²", "πr²" (not inside a word).
_VARIABLES = re.compile(r"(?<![\w.])(?P<letters>[A-Za-zπθλωσμ]{1,3})(?P<power>[²³])(?![\w²³])")
_SIGN_NEAR = re.compile(r"[=+−×]|\s-\s")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# One letter raised that is no unit's symbol is a variable with no sign near: "x²", "the R²
# was 0.9", "n³" ("m²", "s²" are units; "cm²" two letters).
_LONE_VARIABLE = re.compile(r"[a-fi-kn-rt-zRXYZ]")


def _say_variables(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    letters = match["letters"]
    greek = any(letter in _GREEK for letter in letters)
    window = text[max(0, start - 12) : end + 12]
    variable = greek or _SIGN_NEAR.search(window) or _LONE_VARIABLE.fullmatch(letters)
    if _NUMBER_BEFORE.search(text, 0, start) or not variable:
        return match.group(0)  # "5 m²", "per m²": a unit
    said = [_GREEK.get(letter, letter.upper()) for letter in letters]
    return f"{' '.join(said)} {_RAISED[match['power']]}"


def read_powers(text: str) -> str:
    """Say letters raised to a power in a formula: "E = mc²" -> "E = M C squared"."""
    return _VARIABLES.sub(_say_variables, text)


# The raised figure first: the regex engine finds a literal quickly.
HINT = re.compile(r"[²³](?<=[A-Za-zπθλωσμ][²³])")

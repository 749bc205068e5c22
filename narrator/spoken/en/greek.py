"""Greek letters standing alone, as science writes them, said by their English names.

- "TGF-β", "a β-blocker", "IFN-γ" -> "TGF-beta", "a beta-blocker", "IFN-gamma"; "the α
  helix", "κ light chains" -> "the alpha helix", "kappa light chains"
- "2π" -> "two pi": a digit beside the letter is parted from its name
- a letter inside a word of letters ("Aβ42", "λόγος") is left: a Greek word is not spelled
  here, nor a letter glued to a Latin one; "μm", "Ω" after a number are the measures' units
"""

from __future__ import annotations

import re

# The small and capital letters, "ς" (a final sigma) with "σ".
_NAMES = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega",
]  # fmt: skip
_SMALL = dict(zip("αβγδεζηθικλμνξοπρςστυφχψω", _NAMES, strict=True))
_CAPITAL = {
    capital: name
    for capital, name in zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", _NAMES[:17] + _NAMES[18:], strict=True)
}
_GREEK_NAMES = _SMALL | _CAPITAL
# A Greek letter with no letter on either side (digits, hyphens, spaces may stand there).
_LONE_LETTER = re.compile(r"[α-ωΑ-Ω](?<![^\W\d_][α-ωΑ-Ω])(?![^\W\d_])")


def _say_letter(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = " " if start and text[start - 1].isdigit() else ""
    after = " " if text[end : end + 1].isdigit() else ""
    return before + _GREEK_NAMES[match.group(0)] + after


def read_greek_letters(text: str) -> str:
    """Say a Greek letter standing alone by its English name: "TGF-β" -> "TGF-beta"."""
    return _LONE_LETTER.sub(_say_letter, text)


HINT = re.compile(r"[α-ωΑ-Ω]")

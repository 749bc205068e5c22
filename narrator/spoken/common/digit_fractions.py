"""Fractions written with digits and a slash, as German and French read them after writing
out a fraction's single character: "2½" -> "2 1/2", "¾" -> "3/4".

- `HINT` finds a line that may hold one; `FRACTION` finds one with its sign and whole part:
  "-1/4", "1 1/2", not "1/2/2026" nor "3/4.5"
"""

from __future__ import annotations

import re

HINT = re.compile(r"\d/\d|[½¼¾⅓⅔]")
FRACTION = re.compile(
    r"(?<![\w/.,])(?P<sign>-)?(?:(?P<whole>\d+)\s)?(?P<num>\d+)/(?P<den>\d+)(?![\w/]|[.,]\d)"
)
_GLYPHS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
_AFTER_DIGIT = {glyph: re.compile(rf"(?<=\d){glyph}") for glyph in _GLYPHS}


def with_glyphs_written_out(text: str) -> str:
    """``text`` with each fraction's character written with digits, parted from a whole number
    before it: "2½" -> "2 1/2", "½" -> "1/2"."""
    for glyph, written in _GLYPHS.items():
        if glyph in text:
            text = _AFTER_DIGIT[glyph].sub(f" {written}", text).replace(glyph, written)
    return text

"""Abbreviations and titles in French, from the table ``tables/abbreviations.tsv``.

- "M. Dupont" -> "monsieur Dupont", "Mme", "Mᵐᵉ" -> "madame", "Dʳ" -> "docteur" (superscript
  letters are made plain before); "etc." -> "et cetera"; "n° 5" -> "numéro 5"
- some only before a name ("M.", "Me", "St") or a number ("no"), where they cannot be words
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_table

_ROWS = {row[0]: (row[1], row[2]) for row in read_table("fr", "abbreviations")}
_KEYS = {re.sub(r"\s", "", w): said for w, (said, _) in _ROWS.items()}
_NEXT = {"name": r"(?=\s+(?:de\s+|d')?[A-ZÉ]|-[A-ZÉ])", "digit": r"(?=\s?\d)", "": r"(?!\w)"}
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s?") + _NEXT[before]
        for w, (_, before) in sorted(_ROWS.items(), key=lambda r: -len(r[0]))
    )
    + ")"
)
HINT = re.compile(r"[A-Za-z°]")


def read_abbreviations(text: str) -> str:
    """Expand abbreviations and titles: "Mme Curie" -> "madame Curie", "etc." -> "et
    cetera"; a full stop that also ends the text is kept."""

    def say(match: re.Match[str]) -> str:
        said = _KEYS[re.sub(r"\s", "", match.group(0))]
        ends = match.group(0).endswith(".") and not match.string[match.end() :].strip()
        return said + ("." if ends and match.group(0) in ("etc.",) else "")

    return _ABBREVIATION.sub(say, text)

"""Abbreviations and titles in German, from the table ``tables/abbreviations.tsv``.

- "z. B." and "z.B." -> "zum Beispiel"; "usw." -> "und so weiter"; "Dr. Dao" -> "Doktor Dao"
- a full stop that also ends the sentence stays: "Äpfel, Birnen usw." -> "... und so weiter."
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_mapping

_SAID = read_mapping("de", "abbreviations")
_KEY = {re.sub(r"\s", "", written): said for written, said in _SAID.items()}
_PATTERNS = sorted(_SAID, key=len, reverse=True)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s?") for w in _PATTERNS)
    + r")(?!\w)"
)
HINT = re.compile(r"\w\.")
_END = re.compile(r"\s*$")


def read_abbreviations(text: str) -> str:
    """Expand abbreviations: "z. B." -> "zum Beispiel", "Nr." -> "Nummer"; the full stop is
    kept where it also ends the text."""

    def say(match: re.Match[str]) -> str:
        said = _KEY[re.sub(r"\s", "", match.group(0))]
        ends = match.group(0).endswith(".") and _END.fullmatch(match.string, match.end())
        return said + ("." if ends and said[0].islower() else "")

    return _ABBREVIATION.sub(say, text)

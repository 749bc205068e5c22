"""Italian abbreviations and titles: "Sig." -> "signor", "Sig.na" -> "signorina", "Dott.ssa"
-> "dottoressa", "Avv." -> "avvocato", "S.p.A." -> "società per azioni", "ecc." ->
"eccetera"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping

_read_table = abbreviation_reader(
    read_mapping("it", "abbreviations"), read_mapping("it", "numbered")
)
_read_titles = title_reader(
    {
        "D": Title("don", "donna"),
        "S": Title("San", "Santa", "Sant'", "Sant'", "Santo"),
    }
)

# A rank or body written short that is another word's abbreviation elsewhere ("mar." is
# March's): with its capital before a name only ("Il Mar. Esposito" -> "maresciallo", "La Reg.
# Lombardia" -> "Regione").
_BEFORE_NAME = {"Col": "colonnello", "Mar": "maresciallo", "Reg": "Regione"}
_RANK = re.compile(rf"(?<![\w.])(?P<rank>{'|'.join(_BEFORE_NAME)})\.(?=\s[A-ZÀ-Ú][a-zà-ú])")


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, a letter before a given name as its
    title ("D. Juan" -> "don Juan"), and a rank written short before a name ("Col. Rossi")."""
    if any(f"{rank}." in text for rank in _BEFORE_NAME):  # a quick test before the search
        text = _RANK.sub(lambda m: _BEFORE_NAME[m["rank"]], text)
    return _read_table(_read_titles(text))

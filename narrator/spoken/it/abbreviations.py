"""Italian abbreviations and titles: "Sig." -> "signor", "Sig.na" -> "signorina", "Dott.ssa"
-> "dottoressa", "Avv." -> "avvocato", "S.p.A." -> "società per azioni", "ecc." ->
"eccetera"."""

from __future__ import annotations

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


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, and a letter before a given name as
    its title ("D. Juan" -> "don Juan")."""
    return _read_table(_read_titles(text))

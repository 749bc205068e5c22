"""Portuguese abbreviations and titles: "Sr." -> "senhor", "Dra." -> "doutora", "Ltda." ->
"limitada", "etc." -> "etcétera", "nº" -> "número"."""

from __future__ import annotations

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping

_read_table = abbreviation_reader(
    read_mapping("pt", "abbreviations"), read_mapping("pt", "numbered")
)
_read_titles = title_reader(
    {"D": Title("Dom", "Dona"), "S": Title("São", "Santa", before_vowel="Santo")}
)


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, and a letter before a given name as
    its title ("D. Juan" -> "don Juan")."""
    return _read_table(_read_titles(text))

"""Portuguese abbreviations and titles: "Sr." -> "senhor", "Dra." -> "doutora", "Ltda." ->
"limitada", "etc." -> "etcétera", "nº" -> "número"."""

from __future__ import annotations

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.tables import read_mapping

read_abbreviations = abbreviation_reader(
    read_mapping("pt", "abbreviations"), read_mapping("pt", "numbered")
)

"""Italian abbreviations and titles: "Sig." -> "signor", "Sig.na" -> "signorina", "Dott.ssa"
-> "dottoressa", "Avv." -> "avvocato", "S.p.A." -> "società per azioni", "ecc." ->
"eccetera"."""

from __future__ import annotations

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.tables import read_mapping

read_abbreviations = abbreviation_reader(
    read_mapping("it", "abbreviations"), read_mapping("it", "numbered")
)

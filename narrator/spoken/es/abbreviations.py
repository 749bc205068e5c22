"""Spanish abbreviations and titles: "Sr. García" -> "señor García", "Dña." -> "doña",
"EE. UU." -> "Estados Unidos", "S.A." -> "sociedad anónima", "etc." -> "etcétera",
"a. C." -> "antes de Cristo", "vier." -> "viernes"."""

from __future__ import annotations

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.tables import read_mapping

read_abbreviations = abbreviation_reader(
    read_mapping("es", "abbreviations"), read_mapping("es", "numbered")
)

"""Italian telephone numbers, digit by digit: "02-1234-5678" -> "zero due uno due tre quattro
cinque sei sette otto", "+39" -> "più tre nove"."""

from __future__ import annotations

from narrator.spoken.common.romance_phones import HINT, phone_reader
from narrator.spoken.it.numbers import NUMERALS

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678".
_CUES = ("tel", "telefono", "cell", "cellulare", "fax")
read_phone_numbers = phone_reader(NUMERALS, "interno", "punto", _CUES)

"""Spanish telephone numbers, digit by digit: "123-123-5678" -> "uno dos tres uno dos tres
cinco seis siete ocho", "+593" -> "más cinco nueve tres" but "+34" -> "más treinta y
cuatro", a trailing "-12" -> "extensión uno dos"; IP addresses with "punto"."""

from __future__ import annotations

from narrator.spoken.common.romance_phones import HINT, phone_reader
from narrator.spoken.es.numbers import NUMERALS

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678".
_CUES = ("tel", "teléfono", "telefono", "tlf", "tfno", "móvil", "fax")
# A country code of two digits is said as a number, as Spanish says its own ("+34" -> "más
# treinta y cuatro"); a longer one digit by digit ("+593" -> "más cinco nueve tres").
read_phone_numbers = phone_reader(NUMERALS, "extensión", "punto", _CUES, country_as_number=True)

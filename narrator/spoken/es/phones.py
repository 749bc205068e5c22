"""Spanish telephone numbers, digit by digit: "123-123-5678" -> "uno dos tres uno dos tres
cinco seis siete ocho", "+593" -> "más cinco nueve tres" but "+34" -> "más treinta y
cuatro", a trailing "-12" -> "extensión uno dos"; IP addresses with "punto"."""

from __future__ import annotations

from narrator.spoken.common.romance_phones import HINT as GROUPED_HINT
from narrator.spoken.common.romance_phones import phone_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.rules import AnyOf, any_of

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678", "llame al 915
# 123 456" (a call's verb, whose object is a number to dial).
_CUES = (
    "tel", "teléfono", "telefono", "tlf", "tfno", "móvil", "celular", "cel", "fax", "whatsapp",
    "llame al", "llamar al", "llamen al", "llamando al", "marque el", "marcar el", "al número",
    "teléfono es", "celular es",
)  # fmt: skip
# A grouped number, a telephone's word, or a call's cue before a number ("llame al", "marque
# el", "al número", "su teléfono es"), each pattern led by a literal (see `AnyOf`).
_CUE_HINT = any_of(r"lam\w* al \d", r"arc\w* el \d", r"mero \d", r"(?:ono|ular) es \d")
HINT = AnyOf(GROUPED_HINT.patterns + _CUE_HINT.patterns, GROUPED_HINT.with_digit)
# A country code of two digits is said as a number, as Spanish says its own ("+34" -> "más
# treinta y cuatro"); a longer one digit by digit ("+593" -> "más cinco nueve tres").
read_phone_numbers = phone_reader(NUMERALS, "extensión", "punto", _CUES, country_as_number=True)

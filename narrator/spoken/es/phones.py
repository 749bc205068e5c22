"""Spanish telephone numbers, digit by digit: "123-123-5678" -> "uno dos tres uno dos tres
cinco seis siete ocho", "+593" -> "más cinco nueve tres" but "+34" -> "más treinta y
cuatro", a trailing "-12" -> "extensión uno dos"; IP addresses with "punto"; spaced digits
after a call's verb ("llame al 915 123 456") too."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_phones import HINT as GROUPED_HINT
from narrator.spoken.common.romance_phones import phone_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.rules import AnyOf, any_of

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678".
_CUES = ("tel", "teléfono", "telefono", "tlf", "tfno", "móvil", "fax")
# A country code of two digits is said as a number, as Spanish says its own ("+34" -> "más
# treinta y cuatro"); a longer one digit by digit ("+593" -> "más cinco nueve tres").
_read_phone_numbers = phone_reader(NUMERALS, "extensión", "punto", _CUES, country_as_number=True)
# Spaced digits after a call's verb, "su teléfono es" or a mobile's word: a number to dial
# ("llame al 915 123 456", "marque el", "al número", "WhatsApp 55 1234 5678"), its groups
# joined by hyphens as the reader knows them.
_CALLED = re.compile(
    r"(?i:\b(?:llam\w*|marqu\w*|marc\w*) (?:al|el)|\bal número|\b(?:teléfono|celular) es"
    r"|\b(?:whatsapp|celular|cel\.):?)"
    r" (?P<number>\d{2,5}(?: \d{2,5}){1,4})(?![\w-]|[.,]\d)"
)
_SPACED = r"\d{2,5} \d{2,5}"
# A grouped number, a telephone's word, or a call's cue before spaced digits, each pattern led
# by a literal (see `AnyOf`): "el número 5" alone asks no telephone's search.
_CUE_HINT = any_of(
    rf"lam\w* al {_SPACED}",
    rf"ar\w* el {_SPACED}",
    rf"mero {_SPACED}",
    rf"(?:ono|ular) es {_SPACED}",
)
HINT = AnyOf(GROUPED_HINT.patterns + _CUE_HINT.patterns, GROUPED_HINT.with_digit)


def _hyphenated(match: re.Match[str]) -> str:
    start = match.start("number") - match.start()
    return match.group(0)[:start] + match["number"].replace(" ", "-")


def read_phone_numbers(text: str) -> str:
    """Read telephone numbers digit by digit: "123-123-5678" -> "uno dos tres...", "llame al
    915 123 456" -> "llame al nueve uno cinco..."."""
    return _read_phone_numbers(_CALLED.sub(_hyphenated, text))

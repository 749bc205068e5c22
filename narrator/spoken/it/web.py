"""Italian electronic addresses: "@jensen.me" -> "chiocciola j e n s e n punto m e",
"https://www.nvidia.com" -> "h t t p s due punti slash slash w w w punto nvidia punto com"."""

from __future__ import annotations

from narrator.spoken.common.romance_web import HINT, web_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_mapping

__all__ = ["HINT", "read_addresses"]

read_addresses = web_reader(NUMERALS, read_mapping("it", "web_symbols"))

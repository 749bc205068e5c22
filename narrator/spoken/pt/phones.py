"""Portuguese telephone numbers, digit by digit: "(11) 99999-8888" -> "um um nove nove nove
nove nove oito oito oito oito", "+55" -> "mais cinco cinco", "ext. 12" -> "extensão um dois"."""

from __future__ import annotations

from narrator.spoken.common.romance_phones import HINT, phone_reader
from narrator.spoken.pt.numbers import NUMERALS

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678".
_CUES = ("tel", "telefone", "fone", "cel", "celular", "fax", "whatsapp")
read_phone_numbers = phone_reader(NUMERALS, "extensão", "ponto", _CUES)

"""Portuguese telephone numbers, digit by digit: "(11) 99999-8888" -> "um um nove nove nove
nove nove oito oito oito oito", "+55" -> "mais cinco cinco", "ext. 12" -> "extensão um dois"."""

from __future__ import annotations

from narrator.spoken.common.romance_phones import HINT as GROUPED_HINT
from narrator.spoken.common.romance_phones import phone_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.rules import AnyOf, any_of

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678", "ligue 213 456
# 789" (a call's verb, whose object is a number to dial).
_CUES = (
    "tel", "telefone", "fone", "cel", "celular", "fax", "whatsapp", "ligue", "ligue para",
    "ligar para", "liguem para", "ligue o", "ligar o", "telefone é",
)  # fmt: skip
# A grouped number, a telephone's word, or a call's cue before a number ("ligue para"), each
# pattern led by a literal (see `AnyOf`).
_CUE_HINT = any_of(r"igu\w* (?:para |o )?\d", r"igar (?:para |o )\d", r"one é \d")
HINT = AnyOf(GROUPED_HINT.patterns + _CUE_HINT.patterns, GROUPED_HINT.with_digit)
read_phone_numbers = phone_reader(NUMERALS, "extensão", "ponto", _CUES)

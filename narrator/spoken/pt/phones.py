"""Portuguese telephone numbers, digit by digit: "(11) 99999-8888" -> "um um nove nove nove
nove nove oito oito oito oito", "+55" -> "mais cinco cinco", "ext. 12" -> "extensão um dois";
spaced digits after a call's verb ("ligue 213 456 789") too."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_phones import HINT as GROUPED_HINT
from narrator.spoken.common.romance_phones import phone_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.rules import AnyOf, any_of

__all__ = ["HINT", "read_phone_numbers"]

# The words before a number that make it a telephone's: "tel. 06 1234 5678".
_CUES = ("tel", "telefone", "fone", "cel", "celular", "fax", "whatsapp")
_read_phone_numbers = phone_reader(NUMERALS, "extensão", "ponto", _CUES)
# Spaced digits after a call's verb or "o telefone é": a number to dial ("ligue 213 456 789",
# "ligue para o", "ligar para"), its groups joined by hyphens as the reader knows them.
_CALLED = re.compile(
    r"(?i:\blig(?:ue|uem|ar)(?: para)?(?: o)?|\btelefone é)"
    r" (?P<number>\d{2,5}(?: \d{2,5}){1,4})(?![\w-]|[.,]\d)"
)
_SPACED = r"\d{2,5} \d{2,5}"
# A grouped number, a telephone's word, or a call's cue before spaced digits, each pattern led
# by a literal (see `AnyOf`).
_CUE_HINT = any_of(
    rf"igu\w* (?:para )?(?:o )?{_SPACED}", rf"igar (?:para )?(?:o )?{_SPACED}", rf"one é {_SPACED}"
)
HINT = AnyOf(GROUPED_HINT.patterns + _CUE_HINT.patterns, GROUPED_HINT.with_digit)


def _hyphenated(match: re.Match[str]) -> str:
    start = match.start("number") - match.start()
    return match.group(0)[:start] + match["number"].replace(" ", "-")


def read_phone_numbers(text: str) -> str:
    """Read telephone numbers digit by digit: "(11) 99999-8888" -> "um um nove...", "ligue 213
    456 789" -> "ligue dois um três..."."""
    return _read_phone_numbers(_CALLED.sub(_hyphenated, text))

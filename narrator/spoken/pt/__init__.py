"""Portuguese (Brazilian): its conventions; the order of its rules is the Romance one
(`narrator.spoken.common.romance_rules`), read by its own modules.

Conventions (Brazilian news style, as the NeMo references write it): the decimal comma and
the thousands point or space ("1.200,5", "100 000"); numbers agree with their noun ("uma hora",
"duzentas pessoas"); groups join with "e" before a last group below a hundred or a round
hundred ("mil e dez", "mil cento e onze"); decimals read digit by digit ("um vírgula dois
cinco"); dates day first; times on the 24-hour clock with "horas".
"""

from __future__ import annotations

import sys

from narrator.spoken.common.romance_rules import romance_language
from narrator.spoken.pt import (  # noqa: F401  (read by romance_language)
    abbreviations,
    dates,
    fractions,
    measures,
    money,
    numbers,
    ordinals,
    percentages,
    phones,
    ranges,
    roman,
    times,
    web,
)

LANGUAGE = romance_language(sys.modules[__name__])
RULES = LANGUAGE.rules

"""Italian: its conventions; the order of its rules is the Romance one
(`narrator.spoken.common.romance_rules`), read by its own modules.

Conventions (Italian news style, as the NeMo references write it): the decimal comma and
the thousands point or space ("1.200,5"); hundreds said apart from tens ("trecento
sessantanove"), so that engines say long numbers clearly; decimals read two digits at a time
("trentatre virgola trentadue"); times with "e" and "minuti"; Roman numerals as ordinals.
"""

from __future__ import annotations

import sys

from narrator.spoken.common.romance_rules import romance_language
from narrator.spoken.it import (  # noqa: F401  (read by romance_language)
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

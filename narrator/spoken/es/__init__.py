"""Spanish: its conventions; the order of its rules is the Romance one
(`narrator.spoken.common.romance_rules`), read by its own modules.

Conventions (Spanish news style, as the RAE and the NeMo references write it): the decimal
comma and the thousands point or space ("1.200,5", "10 000"), and a point before other than
three digits as a decimal point ("5.7", as Latin American text writes it); numbers agree with
their noun ("un millón", "doscientas millas", "una libra"); decimals read two digits at a
time; dates day first; years as cardinals ("mil novecientos noventa").
"""

from __future__ import annotations

import sys

from narrator.spoken.common.romance_rules import romance_language
from narrator.spoken.es import (  # noqa: F401  (read by romance_language)
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

"""Italian: its conventions; the order of its rules is the Romance one
(`narrator.spoken.common.romance_rules`), read by its own modules.

Conventions (Italian news style, as the NeMo references write it): the decimal comma and
the thousands point or space ("1.200,5"); hundreds said apart from tens ("trecento
sessantanove"), so that engines say long numbers clearly; decimals read two digits at a time
("trentatre virgola trentadue"); times with "e" and "minuti"; Roman numerals as ordinals.
"""

from __future__ import annotations

from narrator.spoken.common.romance_rules import RomanceClasses, romance_language
from narrator.spoken.it import (
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

LANGUAGE = romance_language(
    "it",
    RomanceClasses(
        web=web,
        phones=phones,
        times=times,
        dates=dates,
        money=money,
        measures=measures,
        percentages=percentages,
        ranges=ranges,
        fractions=fractions,
        ordinals=ordinals,
        roman=roman,
        abbreviations=abbreviations,
        numbers=numbers,
    ),
)
RULES = LANGUAGE.rules

"""Spanish: its conventions; the order of its rules is the Romance one
(`narrator.spoken.common.romance_rules`), read by its own modules.

Mexico's, Central America's and the Caribbean's thousands comma ("1,500 personas") is
rewritten as the point first (`separators`), a rule of Spanish's own after the addresses.

Conventions (Spanish news style, as the RAE and the NeMo references write it): the decimal
comma and the thousands point or space ("1.200,5", "10 000"), and a point before other than
three digits as a decimal point ("5.7", as Latin American text writes it); numbers agree with
their noun ("un millón", "doscientas millas", "una libra"); decimals read two digits at a
time; dates day first; years as cardinals ("mil novecientos noventa").
"""

from __future__ import annotations

import dataclasses
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
    separators,
    times,
    web,
)
from narrator.spoken.rules import rule

_ROMANCE = romance_language(sys.modules[__name__])
_THOUSANDS_COMMA = rule(
    separators.write_thousands_points, "numbers", separators.HINT,
    "after addresses, before every class that reads numbers: in Mexico's '1,500 personas' "
    "the comma is the thousands', which the others read as a decimal one",
)  # fmt: skip
_AFTER_WEB = [each.semiotic_class for each in _ROMANCE.rules].index("web") + 1
LANGUAGE = dataclasses.replace(
    _ROMANCE,
    rules=(*_ROMANCE.rules[:_AFTER_WEB], _THOUSANDS_COMMA, *_ROMANCE.rules[_AFTER_WEB:]),
)
RULES = LANGUAGE.rules

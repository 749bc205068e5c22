"""Whether "IV" is intravenous, said as its letters, rather than the Roman numeral four.

- before what goes into a vein: "given IV fluids", "an IV drip", "IV antibiotics"
- after a dose of a drug: "4 mg of morphine IV", "1 g paracetamol IV every six hours", "4 mg IV"
- after a word of giving a drug: "the drug is given IV every 8 hours"
"""

from __future__ import annotations

import re

# "IV" before what goes into a vein is "intravenous", said as its letters: "given IV fluids".
_INTRAVENOUS = re.compile(
    r"\s+(?:drip|fluid|line|bag|antibiotic|therap|infusion|saline|injection|push|bolus|access)"
)
# After a dose, of a drug or alone: "4 mg of morphine IV", "1 g paracetamol IV", "4 mg IV".
# (Measures are said before numerals are read: the dose is in words by then.)
_DOSE_BEFORE = re.compile(
    r"\b(?:mg|g|mcg|ml|mL|L|IU|units|(?:milli|micro)?(?:grams?|lit(?:er|re)s?))"
    r"(?:\s+(?:of\s+)?[a-z]+)? $"
)
# After a word of giving a drug: "the drug is given IV every 8 hours".
_GIVEN_BEFORE = re.compile(
    r"\b(?:given|give|gives|giving|administered|received|receive|delivered) $"
)


def is_intravenous(match: re.Match[str]) -> bool:
    """Whether the "IV" that ``match`` found is intravenous, by the words around it."""
    text, start = match.string, match.start()
    return bool(
        _INTRAVENOUS.match(text, match.end())
        or _GIVEN_BEFORE.search(text, max(0, start - 16), start)
        or _DOSE_BEFORE.search(text, max(0, start - 40), start)
    )

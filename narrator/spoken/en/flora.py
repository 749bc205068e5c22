"""A flora's shorthand in a plant's description: "stamens ∞" -> "stamens many", as
botanists print a count too large to give; "fr. a berry" -> "fruit a berry", the fruit
written short after a semicolon or a comma before what it is ("Fr." before a name is a
priest or French).
"""

from __future__ import annotations

import re

_ORGANS = (
    r"stamens|carpels|ovules|petals|sepals|seeds|styles|pistils|flowers|florets|bracts|"
    r"segments|lobes|teeth|leaflets|anthers|achenes|follicles"
)
_MANY = re.compile(rf"\b(?P<organ>(?i:{_ORGANS})) ∞(?!\w)")
_FRUIT = re.compile(r"(?<=[;,] )fr\.(?= (?:a|an|of)\s)")
HINT = re.compile(r" ∞|; fr\.|, fr\.")


def read_flora(text: str) -> str:
    """ "stamens ∞; fr. a berry" -> "stamens many; fruit a berry"."""
    if "∞" in text:
        text = _MANY.sub(r"\g<organ> many", text)
    if "fr." in text:
        text = _FRUIT.sub("fruit", text)
    return text

"""A naturalist's shorthand in a plant's or an animal's description: "stamens ∞" -> "stamens
many", as botanists print a count too large to give; "fr. a berry" -> "fruit a berry", the
fruit written short after a semicolon or a comma before what it is ("Fr." before a name is a
priest or French); the labels that open a description's parts, at a sentence's start before
a capital: "Hab. Tropical America" -> "Habitat", "Obs. The young differ" -> "Observation",
"Syn. Helix nemoralis" -> "Synonym", "Loc.", "Distr.", "Descr."; "Hab." also before "in" or
"the" ("Hab. in Brazil", "Hab. the mountains of N. India").
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

_ORGANS = (
    r"stamens|carpels|ovules|petals|sepals|seeds|styles|pistils|flowers|florets|bracts|"
    r"segments|lobes|teeth|leaflets|anthers|achenes|follicles"
)
_MANY = re.compile(rf"\b(?P<organ>(?i:{_ORGANS})) ∞(?!\w)")
_FRUIT = re.compile(r"(?<=[;,] )fr\.(?= (?:a|an|of)\s)")
_LABELS = {
    "Hab": "Habitat", "Obs": "Observation", "Syn": "Synonym", "Loc": "Locality",
    "Distr": "Distribution", "Descr": "Description",
}  # fmt: skip
_LABEL = re.compile(
    r"(?:^|(?<=[.;] )|(?<=\n))(?P<label>Hab|Obs|Syn|Loc|Distr|Descr)\."
    r"(?= [A-Z]|(?<=Hab\.) (?:in|on|at|near|the)\b)",
    re.MULTILINE,
)
# Each led by a literal, what comes before looked behind for (alternatives with different
# first characters are tried at every character).
HINT = any_of(
    r"∞(?<= ∞)",
    r"fr\.(?<=; fr\.|, fr\.)",
    r"\. [A-Z](?:(?<=Hab\. .|Obs\. .|Syn\. .|Loc\. .)|(?<=Distr\. .|Descr\. .))",
    r"\. (?<=Hab\. )(?:in|on|at|near|the)\b",
)


def read_flora(text: str) -> str:
    """ "stamens ∞; fr. a berry" -> "stamens many; fruit a berry"."""
    if "∞" in text:
        text = _MANY.sub(r"\g<organ> many", text)
    if "fr." in text:
        text = _FRUIT.sub("fruit", text)
    return _LABEL.sub(lambda m: _LABELS[m["label"]] + ":", text)

"""Isotopes named by their element and mass number, said as scientists and newsreaders say
them: "iodine-131" -> "iodine one thirty-one", "uranium-235" -> "uranium two thirty-five",
"carbon-14" -> "carbon fourteen"; a metastable one keeps its letter: "technetium-99m" ->
"technetium ninety-nine m" (not "meters"). A mass number of three figures is said in pairs,
as a year is; the element is written in full ("U-235" is left to the models' rule: "U-2"
and "C-130" are aircraft)."""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import year
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_words

_ELEMENT_NAMES = read_words("en", "element_names")
_ISOTOPE = re.compile(
    r"\b(?P<element>[A-Za-z]{3,13})[-\u2011](?P<mass>[1-9]\d{0,2})(?P<metastable>m)?(?![\w.,]\d|\w)"
)
# Led by the hyphen, the letter before it looked behind for: a class first is tried at every
# character.
HINT = any_of(r"-[1-9](?<=[a-z]-[1-9])", r"\u2011[1-9](?<=[a-z]\u2011[1-9])")


def _say_isotope(match: re.Match[str]) -> str:
    element = match["element"]
    if element.lower() not in _ELEMENT_NAMES:
        return match.group(0)
    metastable = " m" if match["metastable"] else ""
    return f"{element} {year(int(match['mass']))}{metastable}"


def read_isotopes(text: str) -> str:
    """ "iodine-131" -> "iodine one thirty-one", "technetium-99m" -> "technetium ninety-nine m"."""
    return _ISOTOPE.sub(_say_isotope, text)

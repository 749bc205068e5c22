"""A letters page's signatures: each reader's name and town under their letter, on a line of
their own ("Chiara Neri, Treviso") or on two ("Margaret Hill" over "Westbury").

The signature is said, as the page prints it, and ends its letter: read as a sentence ("Margaret
Hill, Westbury."), it is never taken for the next section's heading, and the next letter's
heading, after it, is told as one.
"""

from __future__ import annotations

import itertools
import re

from narrator.readers.trailers import is_clutter_line

__all__ = ["signed_letters"]

_CAPITALISED = r"[A-Z\u00c0-\u00dd\u0410-\u042f][a-z\u00df-\u00ff\u0430-\u044f'\u2019-]+"
"""A word in a capital and small letters: a name's, not initials' ("IPC")."""
_NAME_WORD = rf"(?:{_CAPITALISED}|(?:de|da|di|van|von|del|le|la))"
_NAMES = re.compile(rf"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?{_CAPITALISED}(?: {_NAME_WORD}){{1,3}}")
"""A reader's name: "Margaret Hill", "Dr. Helmut Sauer", "Anna van Dijk"."""
_PLACE = re.compile(rf"{_CAPITALISED}(?: {_NAME_WORD}){{0,2}}")
"""A town: "Westbury", "Bishop's Stortford", "Castel di Sangro"."""
_ENDS = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]*$")


def signed_letters(lines: list[str]) -> list[str]:
    """`lines` with each letter's signature after it in a block of its own written as the
    sentence it is said as: "Margaret Hill" over "Westbury" -> "Margaret Hill, Westbury."."""
    signed = list(lines)
    blocks = _blocks(lines)
    for before, block in itertools.pairwise(blocks):
        if not _ENDS.search(lines[before[-1]].strip()):
            continue  # a letter ends a sentence before its signature
        names = [lines[i].strip() for i in block]
        if any(is_clutter_line(name) for name in names):
            continue  # a label of the site's over its links: "Archivado En" over "IPC"
        signature = _signature(names)
        if signature is not None:
            signed[block[0]] = signature
            for i in block[1:]:
                signed[i] = ""  # its place's line, joined to the name's
    return _without_blank_runs(signed, lines)


def _signature(names: list[str]) -> str | None:
    if len(names) == 2 and _NAMES.fullmatch(names[0]) and _PLACE.fullmatch(names[1]):
        return f"{names[0]}, {names[1]}."
    if len(names) == 1 and ", " in names[0]:
        name, _, place = names[0].partition(", ")
        if _NAMES.fullmatch(name) and _PLACE.fullmatch(place):
            return f"{names[0]}."
    return None


def _blocks(lines: list[str]) -> list[list[int]]:
    """The indexes of each block of lines between blank ones."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line.strip():
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    return [*blocks, current] if current else blocks


def _without_blank_runs(signed: list[str], lines: list[str]) -> list[str]:
    """`signed` less the lines emptied in a block (a blank line inside a block would split it),
    blank lines of `lines` kept."""
    return [line for line, was in zip(signed, lines, strict=True) if line or not was.strip()]

"""Letters with a sharp or a flat: musical notes and keys, and the languages named so.

- "C#" -> "C sharp", "F# minor" -> "F sharp minor", "J#" -> "J sharp" (a capital letter and
  "#" with nothing after them: programming languages, notes)
- "B♭", "E♭ major" -> "B flat", "E flat major"; "G♯" -> "G sharp"
- "Bb major", "Eb minor" -> "B flat major", "E flat minor": a "b" for the flat before a key's
  mode (elsewhere "Bb", "Gb" may be other things: a unit, a name)
- "#3", "a#b", "C#5" are left to the other rules (numbers, addresses, a note's octave is rare)
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# Led by the mark, which the regex engine finds quickly; the capital before it is checked by
# the look-behind: one capital, not inside a word.
_SHARP_OR_FLAT = re.compile(r"[#♯♭](?<=(?<![\w#])[A-Z][#♯♭])(?![\w#+])")


# A "b" written for the flat, before a key's mode: "Bb major", "Eb minor".
_B_FOR_FLAT = re.compile(r"b(?<=(?<![\w#])[A-G]b)(?=\s(?:major|minor)\b)")


def read_sharps(text: str) -> str:
    """Read a capital letter's sharp or flat: "C#" -> "C sharp", "B♭" -> "B flat"."""
    if "b m" in text:
        text = _B_FOR_FLAT.sub(" flat", text)
    return _SHARP_OR_FLAT.sub(lambda m: " flat" if m.group(0) == "♭" else " sharp", text)


HINT = any_of(r"#(?<=[A-Z]#)", "♯", "♭", r"b(?<=[A-G]b) m[ai][jn]")

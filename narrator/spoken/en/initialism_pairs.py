"""Two initialisms joined by a hyphen, spelled as one run of letters, as they are said:
"US-UK" -> "U-S-U-K", "RT-PCR" -> "R-T-P-C-R", "WNEW-TV", "AFL-CIO" -> "A-F-L-C-I-O", also
with the hyphen spaced as tokenized text gives it ("RT - PCR"). Apart, each would be spelled
as a group and the hyphen heard as a break. Not where either side is said as a word
("NATO-EU", "OPEC-IMF" keep theirs) or the second is a Roman numeral ("DSM - III"), nor in a
line set in capitals, where every word is ("STOP-GO POLICY").
"""

from __future__ import annotations

import re

from narrator.spoken.en.initialisms import parted
from narrator.spoken.en.word_shapes import is_said_as_word
from narrator.spoken.rules import any_of

_PAIR = re.compile(
    r"(?<![\w&./-])(?P<first>[A-Z]{2,5})(?:-| - )(?!(?:[IVX]+)\b)(?P<second>[A-Z]{2,5})"
    r"(?![\w&/-]|\.\w)"
)
_SMALL_LETTER = re.compile("[a-z]")
# Led by the hyphen, the letters before it looked behind for: a class first is tried at
# every character.
HINT = any_of(r"-[A-Z]{2}(?<=[A-Z]{2}-[A-Z]{2})", r" - [A-Z]{2}(?<=[A-Z]{2} - [A-Z]{2})")


def _is_spelled(letters: str) -> bool:
    return not is_said_as_word(letters)


def _say_pair(match: re.Match[str]) -> str:
    if not (_is_spelled(match["first"]) and _is_spelled(match["second"])):
        return match.group(0)
    word_after = match.string[match.end() : match.end() + 2].strip()[:1].isalnum()
    return parted(match["first"] + match["second"], word_after)


def read_initialism_pairs(text: str) -> str:
    """ "the US-UK talks" -> "the U-S-U-K talks", in a line with words in small letters."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if HINT.search(line) and _SMALL_LETTER.search(line):
            lines[index] = _PAIR.sub(_say_pair, line)
    return "\n".join(lines)

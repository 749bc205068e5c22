"""The "x" or "×" between two numbers, a dimension's or an offer's, said with a language's
word: Spanish "5 x 4 m" -> "5 por 4 m", "2x1" -> "2 por 1"; Italian "per", Portuguese "por".

The sign is spaced alike on both sides ("5 x 4", "2x1", "5×4"): in "Windows 10 x64" it
belongs to a name, as in the hexadecimal "0x1F".
"""

from __future__ import annotations

import re
from collections.abc import Callable


def times_sign_reader(word: str, signs: str = "x×") -> Callable[[str], str]:
    """A rewrite saying the "x" between two numbers as ``word`` ("por"); ``signs`` are the
    letters and signs written for it (Russian writes its own "х" too)."""
    # Led by the sign, which the regex engine finds fast, the space before it looked behind.
    times = re.compile(rf"[{signs}](?:(?<=\d[{signs}])|(?<=\d [{signs}]) )(?=\d+(?!\w))")

    def say(match: re.Match[str]) -> str:
        return f"{word} " if match.group(0).endswith(" ") else f" {word} "

    def say_times_signs(text: str) -> str:
        """Say the "x" between two numbers: "5 x 4" -> "5 por 4"."""
        return times.sub(say, text)

    return say_times_signs

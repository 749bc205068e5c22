"""Punctuation: dashes and parentheses become commas, which every engine reads as a short
pause, and the spaces and doubled commas earlier rules left are tidied.

- "MOSCOW (Reuters) - The Kremlin" -> "MOSCOW, Reuters, The Kremlin"
- "a war -- and then" -> "a war, and then"; "yes ,no" -> "yes,no"
"""

from __future__ import annotations

import re

# Starting with a character class lets the regex engine skip quickly to where a match can
# start; the look-behind then tells the alternatives apart.
_PAUSES = re.compile(
    r"[ \-–—―()\[\]](?:(?<=[–—―()\[\]])|(?<= )--+ ?|(?<=-)-+ ?|(?<= )-|(?<=-)(?= ))"
)
_SPACES = re.compile(r"[ \t]{2,}|\t")
# The same where there is no tab: a pattern that starts with a literal is found quickly.
_DOUBLE_SPACES = re.compile("  +")
# (needed substrings, pattern, replacement)
_TIDY = (
    ((" ,", " .", " ;", " :", " !", " ?"), re.compile(r" +(?=[,.;:!?])"), ""),
    ((",,", ", ,"), re.compile(r",[ ,]*,"), ","),
    ((",.", ",!", ",?", ",;", ",:"), re.compile(r",+(?=[.!?;:])"), ""),
    ((".,", "!,", "?,", ";,", ":,", ". ,"), re.compile(r"([.!?;:]) ?,"), r"\1"),
)

# Whether any needed text above is there: a mark after a space, or a comma beside a mark.
# It starts with the marks, which are rarer than spaces.
_UNTIDY = re.compile(r"[,.;:!?](?:(?<= .)|(?<=,)[,.!?;:]|(?<=[.!?;:]),)")


def _say_pause(match: re.Match[str]) -> str:
    mark, text = match.group(0), match.string
    if mark in ")]":
        return "," if text[match.end() :].strip() else ""
    if mark == " -":  # "(Reuters) -The Kremlin"
        after = text[match.end() : match.end() + 1]
        return ", " if after.isalpha() or after == '"' else mark
    if mark == "-":  # "well- known"
        before = text[match.start() - 1 : match.start()]
        return ", " if before.isalnum() or before == "," else mark
    return ", "


def smooth_punctuation(text: str) -> str:
    """Turn dashes and parentheses into commas, which every engine reads as a short pause,
    and tidy the spaces and doubled commas left by earlier rules."""
    text = _PAUSES.sub(_say_pause, text)
    if "\t" in text:
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _DOUBLE_SPACES.sub(" ", text)
    if _UNTIDY.search(text):
        for _needed, pattern, replacement in _TIDY:
            text = pattern.sub(replacement, text)
    return text.lstrip(" ,").rstrip(" ")

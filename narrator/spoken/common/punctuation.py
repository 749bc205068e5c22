"""Punctuation: dashes and parentheses become commas, which every engine reads as a short
pause, and the spaces and doubled commas earlier rules left are tidied.

- "MOSCOW (Reuters) - The Kremlin" -> "MOSCOW, Reuters, The Kremlin"; "in June - the day
  after - he left" -> "in June, the day after, he left": a spaced dash before a word is a pause
- "a war -- and then" -> "a war, and then"; "yes ,no" -> "yes,no"
"""

from __future__ import annotations

import re

from narrator.spoken.rules import reads_lines_alone

# Starting with a character class lets the regex engine skip quickly to where a match can
# start; the look-behind then tells the alternatives apart, a space's first (the commonest,
# and it needs a dash next): " --", " -"; "–", "(", ...; "--", a "-" before a space.
_PAUSES = re.compile(r"[ \-–—―()\[\]](?:(?<= )-(?:-+ ?)?|(?<=[–—―()\[\]])|(?<=-)(?:-+ ?|(?= )))")
_SPACES = re.compile(r"[ \t]{2,}|\t")
# The same where there is no tab: a pattern that starts with a literal is found quickly.
_DOUBLE_SPACES = re.compile("  +")
# (needed substrings, pattern, replacement). Each pattern starts with a literal, which the
# regex engine finds quickly (",+" would be tried at every position, ",,*" is not); spaces
# come single by then, so " " is " +".
_TIDY = (
    ((" ,", " .", " ;", " :", " !", " ?"), re.compile(r" (?=[,.;:!?])"), ""),
    ((",,", ", ,"), re.compile(r",[ ,]*,"), ","),
    ((",.", ",!", ",?", ",;", ",:"), re.compile(r",,*(?=[.!?;:])"), ""),
    ((".,", "!,", "?,", ";,", ":,", ". ,"), re.compile(r"([.!?;:]) ?,"), r"\1"),
)

# Whether any needed text above is there: a mark after a space, or a comma beside a mark.
# It starts with the marks, which are rarer than spaces.
_UNTIDY = re.compile(r"[,.;:!?](?:(?<= .)|(?<=,)[,.!?;:]|(?<=[.!?;:]),)")


def _say_pause(match: re.Match[str]) -> str:
    mark, text = match.group(0), match.string
    if mark in ")]":  # a comma, unless the line ends here
        end = text.find("\n", match.end())
        return "," if text[match.end() : end if end >= 0 else None].strip() else ""
    if mark == " -":  # "(Reuters) -The Kremlin", "(Reuters) - The Kremlin", "June - the day"
        after = text[match.end() : match.end() + 3].lstrip(" ")[:1]
        return ", " if after.isalpha() or after in ('"', "'") else mark
    if mark == "-":  # "well- known"
        before = text[match.start() - 1 : match.start()]
        return ", " if before.isalnum() or before == "," else mark
    return ", "


@reads_lines_alone
def smooth_punctuation(text: str) -> str:
    """Turn dashes and parentheses into commas, which every engine reads as a short pause,
    and tidy the spaces and doubled commas left by earlier rules.

    Each line is read alone (no pattern crosses a newline), so `spoken` gives it all the
    lines at once: one call on a megabyte costs a third of one call per line."""
    text = _PAUSES.sub(_say_pause, text)
    if "\t" in text:
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _DOUBLE_SPACES.sub(" ", text)
    if _UNTIDY.search(text):
        for _needed, pattern, replacement in _TIDY:
            text = pattern.sub(replacement, text)
    if "\n" in text:
        return "\n".join([line.lstrip(" ,").rstrip(" ") for line in text.split("\n")])
    return text.lstrip(" ,").rstrip(" ")

"""Capitals whose reading a headline or a transcript decides, asked by the initialisms rule:

- a speaker's name in capitals before a colon, as transcripts, plays and interviews label
  their speakers, is said as words: "JANE DOE: I never saw him." keeps "DOE" a word (not
  "D-O-E"); it takes two words or more ("MR. HARRIS:", "THE WITNESS:"), so that "NGO:"
  alone stays letters, and three letters or more ("AP NBA:" spells "A-P")
- "WHO" opening a headline before a verb of news ("WHO WARNS OF NEW STRAIN", "WHO DECLARES
  END OF EMERGENCY") or before its officer ("WHO CHIEF URGES") is the World Health
  Organization, spelled; a question ("WHO KILLED HIM?") and a title's "WHO WANTS TO BE ..."
  keep the pronoun
"""

from __future__ import annotations

import re

# What may stand before a speaker's name: a line's start or a sentence's end.
_SPEAKER_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?P<words>(?:[A-Z][A-Z'.-]*\.? )*)$")
_SPEAKER_AFTER = re.compile(r"(?P<words>(?: [A-Z][A-Z'.-]*)*):(?:\s|$)")


def names_a_speaker(match: re.Match[str]) -> bool:
    """Whether the capitals ``match`` found are part of a speaker's name of two words or more
    in capitals before a colon: "JANE DOE: ...", "THE WITNESS: ..."."""
    text, start, end = match.string, match.start(), match.end()
    after = _SPEAKER_AFTER.match(text, end)
    if after is None or end - start < 3:  # "AP NBA:" spells its "A-P"
        return False
    before = _SPEAKER_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return len(before["words"].split()) + len(after["words"].split()) >= 1


# A verb of news in the third person ("WARNS", "SAYS", "URGES") or the organization's officer;
# not the verbs of a title or a saying ("WHO WANTS TO BE", "WHO CARES", "WHO KNOWS").
_WHO_NEWS_AFTER = re.compile(
    r" (?:(?!(?:WANTS|CARES|KNOWS|NEEDS|LOVES|DARES|GOES|DOES|IS|WAS|HAS)\b)[A-Z]{2,}S"
    r"|CHIEF|HEAD|DIRECTOR|OFFICIALS?|EXPERTS|PANEL|REPORT)\b(?= [A-Z])"
)
_HEADLINE_START = re.compile(r"(?:^|(?<=\n)|(?<=: ))$")


def who_opens_a_headline(match: re.Match[str]) -> bool:
    """Whether "WHO" found by ``match`` opens a headline in capitals as the organization's
    name, before a verb of news or its officer, in a line that asks no question."""
    text, start, end = match.string, match.start(), match.end()
    if _HEADLINE_START.search(text, max(0, start - 2), start) is None:
        return False
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    return "?" not in line and _WHO_NEWS_AFTER.match(text, end) is not None

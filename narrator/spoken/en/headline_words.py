"""Capitals whose reading a headline or a transcript decides, asked by the initialisms rule:

- a speaker's name in capitals before a colon, as transcripts, plays and interviews label
  their speakers, is said as words: "JANE DOE: I never saw him." keeps "DOE" a word (not
  "D-O-E"); it takes two words or more ("MR. HARRIS:", "THE WITNESS:"), so that "NGO:"
  alone stays letters, and three letters or more ("AP NBA:" spells "A-P")
- "WHO" opening a headline before a verb of news ("WHO WARNS OF NEW STRAIN", "WHO DECLARES
  END OF EMERGENCY") or before its officer ("WHO CHIEF URGES", "WHO CHIEF: ...") is the World Health
  Organization, spelled; a question ("WHO KILLED HIM?") and a title's "WHO WANTS TO BE ..."
  keep the pronoun
- in text in capitals, "US" and "IT" as pronouns are written in lower case, which engines
  say as words: "LET US GO" -> "LET us GO", "IT WAS LATE" -> "it WAS LATE"; "THE US ARMY",
  "IT OUTAGE GROUNDS FLIGHTS" (a noun of the trade after it) keep theirs
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import starts_word

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
    r"|CHIEF|HEAD|DIRECTOR|OFFICIALS?|EXPERTS|PANEL|REPORT)\b(?=:? [A-Z'\"\u2018\u201c])"
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


# In text in capitals ("LET US GO", "IT WAS LATE"), "US" and "IT" are mostly the pronouns,
# which engines would spell: they are written in lower case there. "US" is the pronoun after
# a word that takes one ("LET US", "ALL OF US"), "IT" unless it names a trade ("THE IT STAFF").
IT_OR_US = re.compile(r"(?P<word>IT|US)\b(?!['.-]\w)")
_CAPITALS_BEFORE = re.compile(r"(?:^|\s)(?P<before>[A-Z]{2,}|A|I)[,;:!?]?\s+$")
_CAPITALS_AFTER = re.compile(r"[,;:!?.]?\s+(?P<after>[A-Z]{2,}|A|I)\b")
_BEFORE_US = frozenset(
    {"LET", "TELL", "GIVE", "GAVE", "TOLD", "SHOW", "HELP", "JOIN", "SAVE", "LEAVE", "TAKE",
     "BRING", "SEND", "MAKE", "KEEP", "FOLLOW", "CALL", "ASK", "SEE", "HEAR", "KNOW", "LOVE",
     "LIKE", "OF", "WITH", "BETWEEN", "AMONG", "AGAINST", "BEHIND", "AROUND", "UPON", "UNTO",
     "WITHOUT", "BEFORE", "FOR", "TO", "ABOUT", "BY", "NEAR", "LEFT", "TOOK", "MADE", "SENT",
     "BROUGHT", "HELPED", "FORGIVE", "DELIVER", "LEAD", "PROTECT", "BLESS", "ALL", "BOTH",
     "THAN", "EXCEPT", "UNLIKE", "BESIDE", "TOWARD", "TOWARDS"}
)  # fmt: skip
_IT_NOUNS = frozenset(
    {"DEPARTMENT", "STAFF", "SECTOR", "SYSTEMS", "SYSTEM", "SUPPORT", "SERVICES", "COMPANY",
     "COMPANIES", "INDUSTRY", "PROFESSIONALS", "WORKERS", "MANAGER", "SECURITY", "SPENDING",
     "BUDGET", "INFRASTRUCTURE", "SKILLS", "TEAM", "TEAMS", "JOBS", "GIANT", "FIRM", "FIRMS",
     "OUTAGE", "OUTAGES", "FAILURE", "GLITCH", "MELTDOWN", "CHIEF", "CHIEFS", "DIRECTOR",
     "EXPERTS", "CONSULTANTS", "CONTRACT", "CONTRACTS", "PROJECT", "PROJECTS", "GRADUATES",
     "SHORTAGE", "OUTSOURCING", "HUB", "NETWORK", "NETWORKS", "UPGRADE", "UPGRADES"}
)  # fmt: skip


# "WHY US?": the pronoun where the question ends with it.
_QUESTION_ENDS = re.compile(r"\s*[?!]")


def say_it_or_us(match: re.Match[str]) -> str:
    """ "US" and "IT" in text in capitals: the pronouns in lower case, the country and the
    trade as written."""
    if not starts_word(match):
        return match.group(0)
    text = match.string
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - 20), match.start())
    after = _CAPITALS_AFTER.match(text, match.end())
    if before is None and after is None:
        return match.group(0)
    if match["word"] == "US":
        takes_pronoun = before is not None and (
            before["before"] in _BEFORE_US
            or (before["before"] == "WHY" and _QUESTION_ENDS.match(text, match.end()) is not None)
        )
        return "us" if takes_pronoun else match.group(0)
    names_trade = (after is not None and after["after"] in _IT_NOUNS) or (
        before is not None and before["before"] in ("THE", "AN", "YOUR", "OUR", "THEIR", "ITS")
    )
    return match.group(0) if names_trade else "it"

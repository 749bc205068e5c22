"""Whether a number of four figures counts things or names a year: "about 1500 people" and
"there are 1776 steps" count, "the 1998 elections" names its year.

`counts` decides for `narrator.spoken.en.numbers`, which reads the number; the nouns of things
counted and a plural after a number serve the rules that read a number's unit too.
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words

# Words before a number that make it a count, not a year: "about 1500 people".
_COUNTING_BEFORE = re.compile(
    r"(?i:\b(?:about|some|over|nearly|almost|around|approximately|roughly|than|only|just|"
    r"least|most|estimated|total of|population of|all|another|additional|extra|up to|"
    r"down to|exactly|under|below|above|a record|a further|a mere|an extra))\s+$"
)
# Verbs after which a number and a plural count something: "there are 1776 steps".
_HAVING_BEFORE = re.compile(
    r"(?i:\b(?:are|were|has|have|had|with|without|carried|carries|employs|employed|contains|"
    r"contained|holds|held|sold|bought|built|killed|injured|wounded|scored|wrote|made|"
    r"received|recorded|registered|counted|includes|included|including|totaling|totalling|"
    r"reached|exceeded|lists|listed|features|featured|comprises|comprised|owns|owned|"
    r"possesses|possessed|numbers|numbered|mustered|lost|took|captured|polled|shipped|"
    r"exported|imported|produced|raised|enrolled|cost|claimed|saved))\s+$"
)
# A part of a whole counted before "of the": "312 of the 1995 votes"; before a noun of things
# counted also "half of the 1836 children", "Of the 1214 prisoners taken" ("most of the 1998
# elections", "Of the 2004 results" name years).
_NUMBER_OF_BEFORE = re.compile(r"\b\d[\d,]*\s+(?i:of the|of these|of those)\s+$")
_PART_OF_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?i:half|majority|minority|rest|remainder|balance|\d[\d,]*))\s*"
    r"(?i:of the|of these|of those)\s+$|(?:^|[.;!?]\s+)Of the\s+$"
)
# What is said of a count after its noun: "the 1640 votes polled", "the 1200 men present".
_COUNTED_AFTER = re.compile(
    r"\s+(?:polled|cast|present|aboard|on board|on the rolls|on the books|enrolled|"
    r"employed|engaged|taken|captured|landed|embarked)\b"
)
# Nouns of things counted in thousands: "4070 people", "1500 soldiers" ("the 1998
# elections" and "2004 results" name years: after a year-like number, most plurals do).
COUNT_NOUNS = "|".join(sorted(read_words("en", "count_nouns"), key=lambda w: (-len(w), w)))
"""The nouns of things counted ("people", "soldiers"), longest first, as a regex alternation."""
COUNTED = re.compile(rf"\s+(?:{COUNT_NOUNS})\b")
# A noun of things counted after a word or two that describe them: "carried 1283 German
# emigrants", "brought out 1283 adult emigrants", "1650 Irish Catholic settlers".
DESCRIBED_COUNTED = re.compile(
    r"(?:\s+(?!(?:and|or|of|in|on|at|to|by|for|from|with|as|the|a|an|was|were|is|are|had|"
    rf"has|have|will|would|when|while|that|which|who)\b)[A-Za-z][a-z]+){{1,2}}\s+(?:{COUNT_NOUNS})\b"
)
PLURAL = re.compile(r"\s+[a-z]{2,}[^s\W]s\b")
_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:the|in|of|since|from|until|till|by|for|during|its|his|her|their|"
    r"year|early|late|mid|circa|c\.))\W*$|'s\s+$"
)

# A determiner before a number and a noun of things counted makes a count ("The 1564 copies
# of the book sold out", "The 1283 emigrants who sailed"); a word of when keeps a year ("in
# 1851 people"), and so do a year's intake or team ("the 1862 officers of the regiment", "the
# 1998 members") or its events and works ("the 2016 votes"), a noun described ("The 2011
# census recorded residents") or owning ("The 1984 miners' strike").
_OWNER_BEFORE = re.compile(r"(?i:\b(?:the|its|his|her|their))\s+$")
_COHORTS = frozenset(
    {"soldiers", "troops", "students", "pupils", "members", "voters", "fans", "athletes"}
    | {"participants", "delegates", "officers", "recruits", "miners", "scholars", "electors"}
    | {"staff", "employees", "workers", "sailors", "seamen", "marines", "players", "games"}
    # events and works of a year as often as counts of them: "the 2016 votes", "the 1918
    # deaths", "the 1758 species" (Linnaeus's), "the 1966 songs"
    | {"votes", "deaths", "casualties", "victims", "cases", "flights", "matches", "goals"}
    | {"points", "runs", "rounds", "songs", "titles", "shots", "species", "ships", "aircraft"}
    | {"planes", "companies", "firms", "schools", "applications", "jobs", "books", "sites"}
)


def _counted_after_owner(counted: re.Match[str]) -> bool:
    noun = counted.group(0).strip()
    owning = counted.string.startswith(("'", "’"), counted.end())
    return bool(COUNTED.fullmatch(counted.group(0))) and noun not in _COHORTS and not owning


def counted_before(match: re.Match[str]) -> bool:
    """Whether the words before a number count with it: "about 911 calls", "made 999 calls"."""
    before = match.string[max(0, match.start() - 30) : match.start()]
    return _COUNTING_BEFORE.search(before) is not None or _HAVING_BEFORE.search(before) is not None


# A measure or a sum in the plural after the number makes it a count wherever it stands: "a
# depth of 1140 feet", "paid 1250 guineas", "a subscription of 1575 dollars" (a year names
# no feet nor dollars: "the 1850 dollar" is a coin), but after a word of when: "In 1851
# pounds were dearer".
_MEASURED = re.compile(
    r"\s+(?:feet|yards|miles|leagues|fathoms|inches|acres|tons|tonnes|gallons|bushels|barrels|"
    r"ounces|pounds|dollars|guineas|francs|crowns|shillings|rupees|metres|meters|kilometres|"
    r"kilometers)\b"
)
_WHEN_BEFORE = re.compile(r"(?i:\b(?:in|by|since|until|till|during|before|after))\s+$")
# A count standing alone after a word of counting or a verb of mustering, before what is said
# of it: "The remaining 1250 were sent on", "numbering 1850 of all arms", "will seat 1150,"
# ("around 1700 there were" and "by 1850 the town" are years).
_COUNT_ALONE_BEFORE = re.compile(
    r"(?i:\b(?:remaining|further|numbering|numbered|mustering|mustered|totalling|totaling|"
    r"seat|seats|seating|accommodate|accommodates|amounting to|strength of|force of|army of))\s+$"
)
_COUNT_ALONE_AFTER = re.compile(r"\s+(?:were|are|had|have|of (?:all|whom|them|these|those)\b)|[,;]")
# A count standing alone where no year can stand: after "there were", after a part's "of
# these," ("Of these, 1283 were Irish"), after a word of counting before a verb ("A total of
# 1283 were vaccinated"); before "of them", "of whom" ("1283 of them died"), or before
# "aboard" ("sailed with 1283 aboard").
_THERE_WERE_BEFORE = re.compile(
    r"(?i:\bthere\s+(?:were|are|was|is)|\bof (?:these|them|whom|those),?)\s+$"
)
_PART_AFTER = re.compile(r"\s+(?:of (?:whom|them|these|those|us)\b|aboard\b|on board\b)")
# A word of when before it makes a year of the number before "aboard": "launched in 1990 aboard
# STS-31", "served from 1943 on board HMS Hood".
_WHEN_ABOARD_BEFORE = re.compile(r"(?i:\b(?:in|by|since|from|until|till|during|circa))\s+$")
_VERB_AFTER = re.compile(r"\s+(?:were|are|have|died|perished|survived|remain)\b")
# A count after a count of other things and "and": "1283 sheep and 1456 lambs".
_COUNT_AND_BEFORE = re.compile(r"\d[\d,]*\s+[a-z]+\s+and\s+$")
# A body of people or things sized by its number, after "a" or "an": "a crew of 2025", "a
# population of 1850", "a garrison of 1200" ("the class of 2025", "the summer of 1969" and
# "the army of 1812" name years).
_SIZED_BODY_BEFORE = re.compile(
    r"(?i:\ban?\s+(?:[\w-]+\s+){0,2}(?:crew|complement|garrison|population|force|army|staff|"
    r"workforce|membership|congregation|attendance|audience|crowd|enrol+ment|strength|"
    r"total|fleet|herd|flock|company|band|body|host|contingent)\s+of)\s+$"
)
# Words before a number that make it a place in a book, a number and no year: "page 1990".
_PLACE_IN_TEXT_BEFORE = re.compile(r"(?i:\b(?:page|pages|line|lines|verse|paragraph))\s+$")


def counts(match: re.Match[str]) -> bool:
    """Whether a written number from 1000 to 2099 counts something rather than names a year."""
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - 30) : start]
    # The words of place and of counting end in a space: most numbers follow none of them,
    # and the counting words are looked for only where a counted word or a plural follows.
    spaced = before[-1:].isspace()
    if spaced and (_PLACE_IN_TEXT_BEFORE.search(before) or _SIZED_BODY_BEFORE.search(before)):
        return True
    if _MEASURED.match(text, end) and not _WHEN_BEFORE.search(before):
        return True
    if spaced and _COUNT_ALONE_BEFORE.search(before) and _COUNT_ALONE_AFTER.match(text, end):
        return True
    if _standing_alone(before, text, end):
        return True
    counted = COUNTED.match(text, end) or DESCRIBED_COUNTED.match(text, end)
    if counted is not None:
        counting = spaced and _COUNTING_BEFORE.search(before) is not None
        parted = spaced and _a_part_or_said_of(_PART_OF_BEFORE, before, text, counted.end())
        owned = spaced and _OWNER_BEFORE.search(before) and _counted_after_owner(counted)
        return counting or parted or owned or not _YEAR_BEFORE.search(before)
    # "about 1500 acres of land", "there are 1776 steps": a word of amount or a verb that
    # has a count, then a plural; "around 1700 there were" is a year.
    plural = PLURAL.match(text, end)
    if plural is None:
        return False
    counting = spaced and _COUNTING_BEFORE.search(before) is not None
    parted = spaced and _a_part_or_said_of(_NUMBER_OF_BEFORE, before, text, plural.end())
    listed = spaced and _COUNT_AND_BEFORE.search(before) is not None
    return counting or parted or listed or _HAVING_BEFORE.search(before) is not None


def _standing_alone(before: str, text: str, end: int) -> bool:
    """Whether a number counts with no noun after it (see above): "there were 1283 in the
    steerage", "1283 of them died", "a total of 1283 were vaccinated"."""
    if _PART_AFTER.match(text, end) and not _WHEN_ABOARD_BEFORE.search(before):
        return True
    if before[-1:].isspace() and _THERE_WERE_BEFORE.search(before):
        return True
    return bool(
        before[-1:].isspace() and _COUNTING_BEFORE.search(before) and _VERB_AFTER.match(text, end)
    )


def _a_part_or_said_of(part_of: re.Pattern[str], before: str, text: str, noun_end: int) -> bool:
    """Whether a number before its plural is a whole parted, as ``part_of`` finds before it
    ("half of the 1836 children"), or a count said of ("the 1640 votes polled")."""
    return bool(part_of.search(before) or _COUNTED_AFTER.match(text, noun_end))

"""Whether letters in capitals are a word, which engines say as one, rather than letters to
spell: "NASA", "OPEC", "HORDE", "NORTH", and plurals in capitals ("BOOKS", "SHOPS"), by the
shapes English words take; the initialisms rule asks it before it spells them.
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words

# Short capitalised words that are words, not initialisms, and acronyms said as words.
CAPITAL_WORDS = read_words("en", "capital_words")
# Letter pairs that several engines read as words when run together.
SAID_AS_WORDS = read_words("en", "said_as_words")
_ONSET = (
    r"(?:SCHR|SCR|SPR|STR|SPL|SQU|THR|SHR|CHR|PHR|[BCDFGKPT][LR]|S[CKLMNPTW]|TW|DW|"
    r"QU|TH|SH|CH|PH|WH|WR|KN|[BCDFGHJKLMNPQRSTVWXZ])?"
)
_CODA = (
    r"(?:[BCDFGKLMNPRSTVXZ]|[LNR][BCDFGKPSTZ]|S[KPT]|CK|CH|SH|TH|NG|NK|NT|ND|MP|LD|LT|"
    r"RT|RD|RN|RM|RS|RK|FT|PT|CT|WS|YS|LS|NS|TS|DS|W)?"
)
# Letters said as one word: an onset, vowels, and single consonants or onsets between them
# ("NASA", "OPEC"); starting with a consonant, also a coda and an onset between vowels and a
# doubled letter at the end ("NORAD", "HORDE", "SCOTT"). A vowel first with a cluster after it
# is spelled ("USDA", "OECD"), and so are three vowels first ("IAEA").
_PRONOUNCEABLE = re.compile(
    rf"{_ONSET}[AEIOU][AEIOUY]*(?:(?:[BCDFGHKLMNPRSTVWXZ]|{_ONSET[3:-2]})[AEIOUY]+)*{_CODA}"
)
PRONOUNCEABLE_FROM_CONSONANT = re.compile(
    rf"(?:Y|{_ONSET[:-1]})[AEIOU][AEIOUY]?(?:{_CODA}{_ONSET}[AEIOUY]{{1,2}})*"
    rf"(?:{_CODA[3:-2]}|LL|TT|SS)?"
)
# An English word of one syllable, consonants first, a vowel or two, and the clusters words
# end in: "DOWN", "NORTH", "WORLD", "ROUGH", "NIGHT", which books write in capitals for
# emphasis and engines say as words. Initialisms are seldom so shaped ("FOMC", "NTSB" are
# not); a plural's "S" is not taken here, since many end in one ("NINDS", "HABS"): see
# `_is_a_plural_of_a_word`.
ONE_SYLLABLE_WORD = re.compile(
    rf"{_ONSET[:-1]}[AEIOU](?:[AEIOUY]|W(?=[NLD]|$))?(?:{_CODA[3:-2]}|WN|WD|WL|BT|GHT|GH|RTH|NTH|"
    r"LTH|RLD|RST|NCH|RCH|TCH|LK|LF|LM|LP|ST|SK|SP|MB)?"
)
THREE_VOWELS = re.compile("[AEIOU]{3}")
# Three letters, a consonant, a vowel and a consonant, are left to the engine, which says
# the words among them as words ("FOX", "COP", "LOL") and spells the rest.
SYLLABLE = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]")

# Letters no English word starts or is shaped like, which a reader spells though espeak-ng
# could say them: a doubled "A", "I" or "U" first ("AARP", "IIHS", "AAUP"), and four letters
# made of a vowel, a stop before "L" or "R", and "A", "I" or "U" ("ACLU", "UCLA", "EPRI"),
# the shape of few words ("OKRA", in the table of capital words) and of many initialisms.
_SPELLED_SHAPE = re.compile(r"(?:AA|II|UU)[A-Z]*|[AEIOU][BCDFGKPT][LR][AIU]")


_FIRST_NAMES = read_words("en", "first_names")

# A pair engines say as a word ("OR", "AD", "ID") is letters after a determiner, where no
# conjunction stands: "the OR was ready", "an AD". "ON" and "UP" may be words there ("the
# UP arrow"), and the rest of the pairs are cries.
_LETTERS_AFTER_DETERMINER = SAID_AS_WORDS - {"ON", "UP", "AH", "EH", "OW", "UM", "YA"}
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]n|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Ee]ach) $"
)


def letters_after_a_determiner(match: re.Match[str]) -> bool:
    """Whether the capitals ``match`` found ("caps") are a pair an engine would say as a word
    that a determiner makes letters: "the OR was ready" (the operating room), "an AD"."""
    start = match.start()
    return match["caps"] in _LETTERS_AFTER_DETERMINER and bool(
        _DETERMINER_BEFORE.search(match.string, max(0, start - 7), start)
    )


# A pair of capitals that is a short word ("OR", "ME", "AT") with a plural's "s" glued to it is
# letters after a number or a word of counting, which no such word takes: "6 ORs", "two new
# ORs", "both MEs" (operating rooms, medical examiners). Pairs whose plural is a word too are
# left: "no IFs", "the DOs and DON'Ts", "the NOs have it", "OKs".
_COUNTED_PAIRS = frozenset(word for word in CAPITAL_WORDS if len(word) == 2) - {
    "IF", "NO", "DO", "OK", "UP", "GO", "SO", "AM"
}  # fmt: skip
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|both|several|many|"
    r"few|more|most|all|these|those|their|our|its))(?: [a-z]+)? $"
)


def counted_letters(match: re.Match[str]) -> bool:
    """Whether the capitals ``match`` found ("caps", and "plural" its glued "s") are a pair
    that is a word made plural after a count, so letters: "the hospital's 6 ORs"."""
    start = match.start()
    return (
        match["plural"] is not None
        and match["caps"] in _COUNTED_PAIRS
        and _COUNT_BEFORE.search(match.string, max(0, start - 24), start) is not None
    )


def is_said_as_word(capitals: str) -> bool:
    """Whether a word in capitals is said as a word ("NATO", "NASA", "OKRA", "JOHN"), not
    spelled ("FBI", "ACLU"): a capital word in the table, a first name of four letters or
    more, or a shape of four letters or more English words have."""
    if capitals in CAPITAL_WORDS or _is_a_plural_of_a_word(capitals):
        return True
    if len(capitals) > 3 and capitals.title() in _FIRST_NAMES:
        return True  # a name in a speaker list or stage direction: "PRINCE JOHN", "NOAH"
    if len(capitals) < 4 or THREE_VOWELS.match(capitals) or _SPELLED_SHAPE.fullmatch(capitals):
        return False
    return bool(
        _PRONOUNCEABLE.fullmatch(capitals)
        or PRONOUNCEABLE_FROM_CONSONANT.fullmatch(capitals)
        or ONE_SYLLABLE_WORD.fullmatch(capitals)
    )


_SIBILANT_E = re.compile(r"(?:[SXZ]|CH|SH)E")
# Three letters of a word that starts with a vowel: a vowel and two consonants that end words
# ("EGG", "ARM", "INK", "END"), or a pair of vowels and one ("OAK", "EAR"); initialisms are
# seldom so shaped ("ATM", "ETF", "IOC").
_VOWEL_FIRST_SYLLABLE = re.compile(
    r"[AEIOU](?:GG|DD|LL|FF|SS|RM|RT|RK|RN|RD|RC|LF|LK|LM|LD|LT|NK|NT|ND|NN|CT|SK|ST|MP|XE)"
    r"|(?:OA|AI|EA|OU|EE|OO)[BCDFGKLMNPRSTVXZ]"
)


def _is_a_plural_of_a_word(capitals: str) -> bool:
    """Whether capitals are the plural of a word, which a shop's menu or a heading writes in
    capitals ("BOOKS", "SHOPS", "DOGS", "BOXES") and engines say as words: a singular of
    three letters shaped as a syllable, a consonant, a vowel and a consonant ("DOG", "JOB"),
    or of four or more shaped as a word ("BOOK", "WORD"), unless it is spelled as letters
    ("DOTS", from "DOT"), or starts as few English words do, with an "X" ("XOOPS"). A plural
    "S" is not taken otherwise: "USPS", "CEOS" are spelled."""
    if len(capitals) < 4 or capitals[-1] != "S" or not capitals.isalpha():
        return False
    stem = capitals[:-1]
    if _SIBILANT_E.search(stem[-3:]):
        stem = stem[:-1]  # "BOXES" -> "BOX"
    if stem in SAID_AS_WORDS or THREE_VOWELS.search(stem) or stem[0] == "X":
        return False
    if len(stem) == 3:
        return (SYLLABLE.fullmatch(stem) or _VOWEL_FIRST_SYLLABLE.fullmatch(stem)) is not None
    return ONE_SYLLABLE_WORD.fullmatch(stem) is not None or (
        stem[0] not in "AEIOU" and PRONOUNCEABLE_FROM_CONSONANT.fullmatch(stem) is not None
    )


# Numbers an earlier rule has said in small letters, with the "the" of a monarch's numeral:
# "POPE LEO the fourteenth NAMES twenty-one NEW CARDINALS" is still a headline in capitals.
_NUMBER_WORDS = re.compile(
    r"\b(?:the (?=[a-z]+(?:th|st|nd|rd)\b))?(?:(?:zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth)(?:-|\b))+"
)
_SMALL_LETTERS = re.compile("[a-z]")


def small_letters_of_words(text: str, capitals: int) -> int:
    """The small letters of ``text``, less those of numbers written in words where other
    ``capitals`` are six or more: an earlier rule may have said a number in a line written
    in capitals, and a line of figures with one initialism ("ISBN 0-8044") is no heading."""
    small = len(_SMALL_LETTERS.findall(text))
    if small and capitals >= 6 and capitals <= 2 * small:
        small -= sum(len(_SMALL_LETTERS.findall(m)) for m in _NUMBER_WORDS.findall(text))
    return small

"""Initialisms, spelled letter by letter, and acronyms said as words left alone.

- "U.S." -> "US"; "FBI" -> "FBI"; "DVDs" -> "DVD's" (capitals run together, which engines
  read letter by letter; a plural with an apostrophe, as for letters); "the WHO's advice",
  "the NGOs' reports" -> "W-H-O's", "N-G-O's" (a possessive of letters said as a word)
- "AT&T" -> "A-T and T": hyphenated where together the letters make a word an engine would
  say as one ("I-T", "W-H-O"), since espeak-ng reads "A M" as the article and a letter; so
  are letters with an "O", which engines take for a vowel ("NGO" -> "N-G-O", not "ngo";
  "CEOs" -> "C-E-O's", whose plural "s" would otherwise be spelled too), unless they are
  three letters that may be a word ("FOX", "COP"), which are left to the engine
- three capitals that espeak-ng may say as a word ("EPA", "TSA", "UAE", decided from the
  consonants before their first vowel) are hyphenated where it would, in a clause with no
  more small letters than capitals: "the EPA, which" -> "the E-P-A, which", "the UAE." ->
  "the U.A-E." (a point beside an "A" that would be the article); "the EPA said" is
  spelled as written, and "TAC" (a syllable) is left to the engine
- four capitals or more with a vowel that cannot be an English word (a vowel first, or
  consonants first that start no word) are parted, which espeak-ng would otherwise say as
  one in any clause: "the NCAA said" -> "the N-C-A.A said", "USPS" -> "U-S-P-S"; those
  without a vowel ("NTSB", "NYPD") are spelled as written, "HAWK" is left a word
- letters no English word is shaped like are spelled though espeak-ng could say them: a
  doubled "A", "I" or "U" first ("AARP" -> "A.A-R-P"), or a vowel, a stop before "L" or
  "R" and "A", "I" or "U" ("ACLU" -> "A-C-L-U", "UCLA")
- letters either side of a slash are one run: "I/O" -> "I-O", "F/A-18" -> "F.A-18",
  "AC/DC" -> "AC-DC"; a word on either side ("ON/OFF") leaves the slash a pause
- "NATO", "OPEC", "IT", "WAR" and headings in capitals ("RETALIATION") are left alone, and
  a speaker's name before a colon ("JANE DOE:", see headline_words); "us" is never touched
- in text in capitals, "US" and "IT" as pronouns are written in lower case ("LET us GO"),
  "WHO WARNS OF" opening a headline is spelled: see headline_words
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import starts_word, stop_after
from narrator.spoken.en.headline_words import (
    IT_OR_US,
    names_a_speaker,
    say_it_or_us,
    who_opens_a_headline,
)
from narrator.spoken.en.word_shapes import (
    CAPITAL_WORDS,
    SAID_AS_WORDS,
    SYLLABLE,
    counted_letters,
    is_said_as_word,
    letters_after_a_determiner,
    small_letters_of_words,
)
from narrator.spoken.rules import any_of

_CAPITAL_LETTERS = re.compile("[A-Z]")
_DOTTED_INITIALISM = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+(?:[A-Za-z](?![\w.]))?")
_DOTTED_HINT = re.compile(r"\.[A-Za-z]\.")
# A look-behind after the first capital, free to the scan, leaves out the capitals that start
# no word (see `starts_word`), which `_say_capitals` leaves as written: half of those in news.
_CAPITALS = re.compile(r"(?P<caps>[A-Z](?<![\w.'][A-Z])[A-Z]{1,4})(?P<plural>s)?\b(?!')")
_LETTERS_AROUND_AMPERSAND = re.compile(r"\b([A-Z]{1,3})&([A-Z]{1,3})\b")
# Letters either side of a slash, which names one thing ("I/O", "F/A-18", "AC/DC", "TCP/IP").
_LETTERS_AROUND_SLASH = re.compile(r"(?<![\w/.-])([A-Z]{1,4})/([A-Z]{1,4})(?![\w/])")


def spelled(letters: str) -> str:
    """Spell letters so that engines name them: capitals run together ("FBI", "PM"), which
    engines read letter by letter, but hyphenated where together they make a word an engine
    would say as one ("I-T", "W-H-O", "N-G-O", "G-O-P")."""
    # Most are capitals alone, upper-cased at once: a character at a time costs more.
    if letters.isalnum():
        capitals = letters.upper()
    else:
        capitals = "".join(c.upper() for c in letters if c.isalnum())
    if capitals in SAID_AS_WORDS or capitals in CAPITAL_WORDS:
        return "-".join(capitals)
    if "O" in capitals and not SYLLABLE.fullmatch(capitals):
        return "-".join(capitals)
    return capitals


def read_initialisms(text: str) -> str:
    """Spell initialisms letter by letter: "U.S." -> "US", "FBI" -> "FBI", "AT&T" -> "A-T and T".

    Only dotted initialisms and capitalised tokens of two to five letters are spelled, and
    never short words ("IT", "WAR"), pronounceable acronyms ("NATO", "OPEC") or headings
    in capitals ("RETALIATION"); lower-case "us" is never touched.
    """
    if "IT" in text or "US" in text:
        text = IT_OR_US.sub(say_it_or_us, text)
    if "/" in text:
        text = _LETTERS_AROUND_SLASH.sub(_say_letters_around_slash, text)
    if "&" in text:
        text = _LETTERS_AROUND_AMPERSAND.sub(lambda m: f"{spelled(m[1])} and {spelled(m[2])}", text)
    # The pattern starts with any letter; a quick search for ".X." first spares most lines it.
    if _DOTTED_HINT.search(text):
        text = _DOTTED_INITIALISM.sub(_say_dotted, text)
    if "'" in text:
        text = _POSSESSIVE.sub(_say_possessive, text)
    return _CAPITALS.sub(_say_capitals, text)


# Capitals before a possessive's apostrophe: "the WHO's advice", "the NGOs' reports".
_POSSESSIVE = re.compile(r"(?P<caps>[A-Z]{2,5})(?:'s|(?P<plural>s)')(?!\w)")


def _say_possessive(match: re.Match[str]) -> str:
    """Letters an engine would say as a word, spelled before a possessive, which espeak-ng
    otherwise reads as the word ("WHO's": "who's"; "NGOs'": "ngoes"): "W-H-O's", "N-G-O's";
    others are left as written ("FBI's"), as are words ("NASA's") and text in capitals."""
    capitals = match["caps"]
    if not starts_word(match) or is_said_as_word(capitals):
        return match.group(0)
    said = spelled(capitals)
    if "-" not in said or _in_capitals(match.string, len(capitals)):
        return match.group(0)
    return said + "'s"


# Two or three dotted capitals before a number name a bill or a route ("S.B. 2420", "H.R.
# 3684"), but not after a comma, where they are a state before its postcode ("D.C. 20001").
_NUMBERED_BY_LETTERS = re.compile(r"(?:[A-Z]\.){2,3}")
_NUMBER_NAMED = re.compile(r" \d")


def _names_a_numbered_thing(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    return (
        _NUMBERED_BY_LETTERS.fullmatch(match.group(0)) is not None
        and _NUMBER_NAMED.match(text, match.end()) is not None
        and text[max(0, start - 2) : start] != ", "
    )


def _say_dotted(match: re.Match[str]) -> str:
    """Dotted letters spelled: "U.S." -> "US"; parted where run together they would make a
    word an engine says as one ("W.E.B. Du Bois" -> "W-E-B", not "web")."""
    if not starts_word(match):
        return match.group(0)
    if re.fullmatch(r"(?:[A-Z]\.){2,}s", match.group(0)):  # a plural: "N.C.O.s", "N-C-O's"
        return "-".join(match.group(0)[:-1].replace(".", "")) + "'s"
    said = spelled(match.group(0))
    capitals = said.replace("-", "")
    if _names_a_numbered_thing(match):
        # The letters of a numbered thing are said apart, as "A.D." is: "S.B. 2420" -> "S B".
        return " ".join(capitals) + stop_after(match)
    if (
        "-" not in said
        and len(capitals) > 2
        and (SYLLABLE.fullmatch(capitals) or is_said_as_word(capitals))
    ):
        said = parted(capitals, _WORD_AFTER.match(match.string, match.end()) is not None)
    return said + stop_after(match)


def _say_letters_around_slash(match: re.Match[str]) -> str:
    """Letters either side of a slash said as one run, as people say them: "I/O" -> "I-O",
    "F/A-18" -> "F.A-18" ("F A eighteen"; a point before the "A", which after a hyphen
    espeak-ng reads as the article), "AC/DC" -> "AC-DC". A word on either side ("ON/OFF",
    "NATO/EU") leaves the slash to be read as a pause."""
    first, second = match[1], match[2]
    if any(len(group) > 1 and is_said_as_word(group) for group in (first, second)):
        return match.group(0)
    if len(first) == len(second) == 1:
        return parted(first + second, word_after=True)
    return f"{spelled(first)}-{spelled(second)}"


def _say_capitals(match: re.Match[str]) -> str:
    """Capitals spelled, unless they are a word; in text written in capitals ("THE WORLD CUP",
    "ST. LOUIS"), those with an "O" are left run together, for the engine to say the words
    among them as words."""
    capitals = match["caps"]
    if (
        capitals == "WHO"
        and starts_word(match)
        and (not _in_capitals(match.string, 3) or who_opens_a_headline(match))
    ):
        # In small letters, the World Health Organization, which espeak-ng says "who".
        return _plural(spelled(capitals), match["plural"])
    said_as_a_word = (
        is_said_as_word(capitals)
        and not letters_after_a_determiner(match)
        and not counted_letters(match)
    )
    if said_as_a_word or not starts_word(match):
        return match.group(0)
    said = spelled(capitals)
    if "-" in said and (
        _in_capitals(match.string, len(capitals))
        or (len(capitals) > 3 and _among_words_in_capitals(match))
        or names_a_speaker(match)
    ):
        return match.group(0)
    if "-" in said and "A" in said[1:]:
        # A plural's "'s" after an "A" keeps it a letter ("D-A's"); a point there is read.
        word_after = _WORD_AFTER.match(match.string, match.end()) is not None
        said = parted(capitals, word_after and not match["plural"])
    if said == capitals and len(capitals) == 3:
        said = _spelled_in_any_clause(capitals, match)
    elif said == capitals and len(capitals) > 3 and _no_english_word(capitals):
        said = _spelled_whatever_the_clause(capitals, match)
    return _plural(said, match["plural"])


_VOWEL = re.compile("[AEIOU]")


def _no_english_word(capitals: str) -> bool:
    """Whether four capitals or more with a vowel cannot be an English word, which espeak-ng
    would still say as one: a vowel first ("USPS", "IAEA"), or consonants first that start
    no English word ("NCAA"). Those led by an onset may be words ("HAWK", "HYDE")."""
    if not _VOWEL.search(capitals):
        return False
    if capitals[0] in "AEIOU":
        return True
    onset = _ONSET_OF.match(capitals)
    return onset is not None and onset.group(0) not in _SAID_ONSETS


def _spelled_whatever_the_clause(capitals: str, match: re.Match[str]) -> str:
    """Four capitals or more that cannot be an English word: parted, since espeak-ng says most
    such letters as a word, or a letter and a word, in any clause ("NCAA": "enk-ah", "USPS":
    "usps"); asked of 3,000 four capitals with a vowel, it pronounced two in three. Those it
    spells anyway ("USDA") lose nothing. Text and titles in capitals are left to it."""
    text = match.string
    if _in_capitals(text, len(capitals)) or _in_a_title_in_capitals(match):
        return capitals
    word_after = _WORD_AFTER.match(text, match.end()) is not None
    return parted(capitals, word_after and not match["plural"])


# The consonants before the first vowel of letters that espeak-ng may still say as a word
# (a vowel first may always be): the onsets its English rules accept. Found by asking it of
# all 17,576 three-capital words alone in a clause; with "Y" a vowel after a consonant, they
# tell what it says as a word from what it spells for 99.4% of them (the rest are words its
# dictionary marks to be spelled, "CIA", "USA").
_SAID_ONSETS = frozenset(
    {
        "B", "BH", "BJ", "BL", "BR", "C", "CH", "CL", "CR", "D", "DJ", "DR", "DW", "F", "FL", "FR",
        "G", "GH", "GL", "GN", "GR", "GW", "H", "J", "K", "KH", "KL", "KN", "KR", "KW", "L", "LH",
        "LL", "M", "MC", "N", "NG", "P", "PF", "PH", "PL", "PR", "PS", "PT", "Q", "R", "RH", "S",
        "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "SZ", "T", "TH", "TR", "TS", "TW",
        "V", "VR", "W", "WH", "WR", "X", "Z", "ZH", "ZS", "ZW",
    }
)  # fmt: skip
_ONSET_OF = re.compile(r"[^AEIOUY]*(?=[AEIOUY])")
# What ends a clause for espeak-ng, which counts its capitals and small letters.
_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]\"\u201c\u201d\u2013\u2014\n]")


# A phrase in capitals inside a sentence in small letters, three words or more: "read YE OLDE
# CHESHIRE CHEESE", where "OLDE" is a word among words (four letters or more: "By JANE DOE AP
# Sports Writer" still spells "AP").
_RUN_BEFORE = re.compile(r"(?:[A-Z]{2,} ){1,2}$")
_RUN_AFTER = re.compile(r"(?: [A-Z]{2,}\b){1,2}")


def _among_words_in_capitals(match: re.Match[str]) -> bool:
    """Whether ``match`` stands in a run of three words in capitals or more."""
    text, start, end = match.string, match.start(), match.end()
    before = _RUN_BEFORE.search(text, max(0, start - 40), start)
    after = _RUN_AFTER.match(text, end)
    around = (before.group(0).split() if before else []) + (after.group(0).split() if after else [])
    return len(around) >= 2


def _may_be_said_as_a_word(capitals: str) -> bool:
    """Whether espeak-ng may say three capitals as a word ("EPA": "eppa", "TSA": "tsah",
    "UAE": "you-ee"), as it does in a clause with no more small letters than capitals ("the
    EPA, which"): a vowel first, or an onset it accepts before the first vowel."""
    if capitals[0] in "AEIOUY":
        return True
    onset = _ONSET_OF.match(capitals)
    return onset is not None and onset.group(0) in _SAID_ONSETS


_WORD_IN_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _in_a_title_in_capitals(match: re.Match[str]) -> bool:
    """Whether ``match`` stands in a clause mostly in capitals with another word in capitals:
    a title ("Doctor JEKYLL AND Mister HYDE"), whose words the engine should say as words."""
    if not _in_a_clause_of_capitals(match):
        return False
    text = match.string
    before = _WORD_IN_CAPITALS.search(text, max(0, match.start() - 30), match.start())
    after = _WORD_IN_CAPITALS.search(text, match.end(), match.end() + 30)
    return before is not None or after is not None


def _in_a_clause_of_capitals(match: re.Match[str]) -> bool:
    """Whether the clause around ``match`` has no more small letters than capitals, where
    espeak-ng says short capitals it can pronounce as a word rather than spell them."""
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - 80) : start]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause_start = start - len(before) + marks[-1].end() if marks else max(0, start - 80)
    after = _CLAUSE_MARK.search(text, end, end + 80)
    clause = text[clause_start : after.start() if after else min(len(text), end + 80)]
    small = sum(c.islower() for c in clause)
    return small <= sum(c.isupper() for c in clause)


def _spelled_in_any_clause(capitals: str, match: re.Match[str]) -> str:
    """Three capitals that espeak-ng may say as a word, in a clause where it would: parted
    so that it spells them ("the EPA, which" -> "the E-P-A, which"). To espeak-ng an "A"
    after a hyphen and before a word or a hyphen is the article, so a point parts it instead:
    "the EPA said" -> "the E-P.A said", "the UAE," -> "the U.A-E,"; never two, which would
    make a dotted abbreviation of them. Three letters a reader would say as a word, a
    consonant, a vowel and a consonant ("TAC", "SOY"), are left to the engine, as are
    capitals beside other words in capitals ("PHOTO SAN FRANCISCO")."""
    if len(capitals) != 3 or SYLLABLE.fullmatch(capitals):
        return capitals
    if not _may_be_said_as_a_word(capitals) or not _in_a_clause_of_capitals(match):
        return capitals
    if _in_capitals(match.string, len(capitals)):
        return capitals
    text = match.string
    if _CAPITALS_BESIDE.search(text, max(0, match.start() - 4), match.start()) or (
        _CAPITALS_BESIDE_AFTER.match(text, match.end())
    ):
        return capitals
    word_after = _WORD_AFTER.match(text, match.end()) is not None
    return parted(capitals, word_after and not match["plural"])


def parted(letters: str, word_after: bool) -> str:
    """``letters`` parted by hyphens, which engines spell, but an "A" after the first parted
    by a point from a neighbour: after a hyphen and before a word or a hyphen, espeak-ng reads
    "A" as the article ("P-A said": "pee a said"). A last "A" takes the point before it where
    a word follows ("P.A said"; "P-A." is spelled), any other the point before it unless the
    letter before has one ("U.A-E", "N-A.A"); never two points in a row, which would make a
    dotted abbreviation of them."""
    marks = ["-"] * (len(letters) - 1)
    last = len(letters) - 1
    if letters[last] == "A" and last > 0 and word_after:
        marks[last - 1] = "."
    for i in range(last - 1, 0, -1):
        if letters[i] == "A" and marks[i] != "." and (i < 2 or marks[i - 2] != "."):
            marks[i - 1] = "."
    return letters[0] + "".join(m + c for m, c in zip(marks, letters[1:], strict=True))


_WORD_AFTER = re.compile(r"s?\s*\w")

_CAPITALS_BESIDE = re.compile(r"[A-Z]{2}['\u2019]? $")
_CAPITALS_BESIDE_AFTER = re.compile(r" [A-Z]{2}")


def _in_capitals(text: str, own: int) -> bool:
    """Whether ``text`` is mostly written in capitals, as headings and titles may be, besides
    the ``own`` capitals of the letters in question."""
    capitals = len(_CAPITAL_LETTERS.findall(text)) - own
    return capitals > 2 * small_letters_of_words(text, capitals)


def _plural(letters: str, plural: str | None) -> str:
    """The plural of spelled letters, with an apostrophe as for letters ("DVD's", "N-G-O's"):
    after hyphenated letters, an "s" alone would be spelled too."""
    return letters + "'s" if plural else letters


# Capitals, or a dotted letter in lower case ("a.m.", "u.s."), which is spelled too; the
# second pattern starts with a literal, which the regex engine finds quickly.
HINT = any_of(r"[A-Z][A-Z.&/]", _DOTTED_HINT.pattern)

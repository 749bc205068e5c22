"""Roman numerals, where they are numbers.

- "World War II" -> "World War two"; "Chapter IV" -> "Chapter four"
- "Elizabeth II" -> "Elizabeth the second", "Robert Griffin III" -> "... the third" (after a
  monarch's name, a given name ("Sam II") or a full name); after any name where a ruler's
  title comes before it or a realm after it ("Sultan Mehmed II", "Sam II of Kongo"); after
  another word, the number of a thing: "Rocky IV" -> "Rocky four", "the Katwa II block"
- "Henry V." -> "Henry the fifth", "Queen Elizabeth I died": one letter after a monarch's
  name, where the pronoun cannot be, is decided in `narrator.spoken.en.roman_names`
- "the XIth Hussars", "the XXth century" -> "the eleventh Hussars", ...: an ordinal's ending;
  "Wm. III." -> "William the third" (`roman_endings`)
- "Louis XIV. was king" -> "Louis the fourteenth was king": old books dot the number
- "XII" or "CHAPTER IV" alone on a line is a heading: "twelve", "CHAPTER four"; so is a
  numeral that starts a line before its title ("IV. The Return")
- "Chap. IV", "chap. iv", "vol. ii", "Pt. II" -> "Chapter four", "chapter four", ...
- "topoisomerase II", "phase III": two letters or more after a word in lower case count
- "XXVI Corps", "XVIII Airborne Corps", "the XVIII Dynasty" -> "twenty-sixth Corps": ordinals
- four letters or more alone are a number: "XVIII" -> "eighteen", "MDCCCXII" -> "eighteen
  twelve" (from a thousand, as a year)
- "I", "CD" and "MIX" elsewhere are left alone: only after a counting word or a name
- a lone "L", "C", "D" or "M" is a letter ("D." an initial), even alone on a line
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL as _ROMAN
from narrator.spoken.en.context import any_case_at_word_start
from narrator.spoken.en.intravenous import is_intravenous
from narrator.spoken.en.numbers import cardinal, ordinal, year
from narrator.spoken.en.roman_endings import read_old_book_numerals
from narrator.spoken.en.roman_lists import read_numeral_lists, read_starred_grades
from narrator.spoken.en.roman_lower import (
    BOOK_DOT,
    COUNTED_HINT,
    LOWER_AFTER_KEY_HINT,
    LOWER_NUMERAL_HINT,
    PARENTHESISED_HINT,
    SHORT_KEYS,
    read_lower_case_numerals,
    say_keyed,
    value,
)
from narrator.spoken.en.roman_names import (
    is_a_verb_of_i,
    is_regnal,
    read_numerals_after_names_in_capitals,
    read_one_letter_after_names,
    say_numbered_name,
)
from narrator.spoken.rules import any_of

# Numerals of one letter that are read as letters wherever they stand alone.
_LETTERS = frozenset("LCDM")
# Series long enough to reach them, that no letter names: "Psalm C", "Sonnet C.", "Hymn L."
_PAST_FIFTY = frozenset({"psalm", "sonnet", "canto", "hymn"})
# Counting words in lower case, capitalised or in capitals ("World war" too), each form led
# by its first letter so that the regex engine skips quickly to where a match can start.
_KEYWORDS = (
    "world war", "World war", "chapter", "part", "volume", "vol.", "vol", "chap.", "ch.", "bk.",
    "pt.", "sc.", "pl.", "act", "scene", "book", "phase", "title", "article", "appendix", "section",
    "super bowl", "Super bowl", "episode", "apollo", "stage", "level", "class", "type", "round",
    "schedule", "grade", "division", "tier", "category", "group", "series", "ww", "art.",
    "sec.", "fig.", "mk.", "mk", "mark", "canto", "psalm", "stave", "lecture", "lect.", "lesson",
    "sonnet", "satire", "ode", "epistle", "sermon", "essay", "idyll", "eclogue", "elegy", "hymn",
    "letter", "question", "exercise", "lib.", "cap.", "plate", "table", "tab.", "figure", "ser.",
    "sched.", "sect.", "serm.", "ed.",
)  # fmt: skip
# A hyphen after the numeral joins no word in lower case but another number ("Henry IV-VI",
# "Part II-B"); one joining such a word makes a compound of the numbered thing: "a Louis
# XIV-style chair", "World War II-era planes" -> "the fourteenth-style", "two-era".
_NO_COMPOUND = r"-(?![a-z]{3,}\b)"
_ROMAN_AFTER_KEYWORD = re.compile(
    rf"(?P<key>{any_case_at_word_start(_KEYWORDS)})(?!\w)\s+"
    rf"(?P<numeral>{_ROMAN})(?P<sub>(?<=[IVX])(?:[A-F]|s))?\b(?!'|{_NO_COMPOUND}){BOOK_DOT}"
)
# Old books put a period after a regnal number ("Louis XIV. was king"): it ends no sentence.
_REGNAL = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ]{2,})\s+(?P<numeral>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))\b"
    rf"(?!{_NO_COMPOUND}|'(?!s\b))"
    r"(?P<dot>\.(?!\w))?"
)
_ONE_LETTER_AHEAD = re.compile(r"\s[IVX]\b")
# Before a military unit, a dynasty or a century, an ordinal: "XXVI Corps", "I Corps", "the
# XVIII Dynasty", "the XIX century", "a XVIII-century church".
_UNITS = ("Corps", "Army", "Legion", "Division", "Brigade", "Regiment", "Fleet", "Squadron",
          "Battalion", "Dynasty", "Olympiad", "Century", "century", "dynasty",
          "Congress", "Congresses", "Olympic", "Paralympic", "Winter", "Summer")  # fmt: skip
_BEFORE_UNIT = re.compile(
    rf"\b(?P<numeral>(?=[IVXLC]{{2}}|[IVX] Corps){_ROMAN})(?P<gap>\s+|-(?=[Cc]entury))"
    r"(?P<unit>(?:(?:Airborne|Armou?red|Mountain|Marine|Cavalry|Panzer|Guards|Reserve) )?"
    rf"(?:{'|'.join(_UNITS)}))\b"
)
# Old books dot the numeral, after "the": "the II. Corps", "the XVIII. Dynasty" -> "the second
# Corps", "the eighteenth Dynasty" (a heading's "II. Army Life" has no "the").
_DOTTED_BEFORE_UNIT = re.compile(
    rf"(?<=\b[Tt]he )(?P<numeral>(?=[IVXLC]){_ROMAN})\.(?P<gap>\s+)(?P<unit>{'|'.join(_UNITS)})\b"
)
_TWO_NUMERAL_LETTERS = re.compile(r"[IVXLCDM]{2}")
# What `_LONG_NUMERAL` needs, searched first: led by a word boundary, it is tried at every position.
_FOUR_NUMERAL_LETTERS = re.compile(r"[IVXLCDM]{4}")
# A numeral of four letters or more standing alone is a number ("XVIII", "LXXIII"); from a
# thousand, a year ("in the year of our Lord MDCCCXII").
_LONG_NUMERAL = re.compile(rf"\b(?P<numeral>(?=[MDCLXVI]{{4,}}\b){_ROMAN})\b(?![-'.]\w)")
# What is left of I, V and X, three letters or more or "II", standing alone, is a number:
# "the Illawarra (II)", "DSM-III", "APG III", "Espers — III"; after a monarch's name in
# capitals, his number ("HENRY VIII"). "XXX" is no number, nor a numeral after "the".
# (A point before a comma is the numeral's, as old books point them: "KING RICHARD II., QUEEN".)
_STANDALONE = re.compile(r"(?P<numeral>[IVX]{2,})\b(?![-'.]\w)(?:\.(?=[,;:]\s))?")
# A letter before another numeral in a list: "books I and II", "Parts I to III".
_FIRST_OF_LIST = re.compile(
    r"[IVX](?=,?\s+(?:and|or|to|through)\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|V|X)\b"
    r"|,\s(?:II|III|IV|VI|VII|VIII|IX|XI|XII|V|X),?\s(?:and|or)\s)"
)
_CAPITAL_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<name>[A-Z]{3,}) $")
_THE_BEFORE = re.compile(r"(?:^|\s)(?:the|The|THE) $")
# Two letters or more after a word in lower case count: "topoisomerase II", "phase III".
# Found from the numeral, whose capitals are rare, rather than from the word before it.
_AFTER_A_NOUN = re.compile(r"[IVX](?<=[a-z] [IVX])[IVX]+\b(?![-'.]\w|\s[A-Z]\.)")
_WORD_BEFORE = re.compile(r"(?<![\w'-])[a-z]{3,} $")
_REGNAL_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# Words after which capitals are a name or an initialism, not a count: "the IV drip".
_FUNCTION_WORDS = frozenset(
    {"the", "and", "for", "with", "from", "his", "her", "its", "their", "our", "your", "this",
     "that", "these", "those", "via", "per", "any", "some", "was", "were", "are", "not"}
)  # fmt: skip
# A line that is only a numeral, or a heading word and a numeral: "XII", "CHAPTER IV.".
_HEADING = re.compile(
    rf"^\s*(?P<key>(?i:chapter|part|book|act|volume|section|letter|stave|canto|lecture|"
    rf"sermon|essay|epistle|lesson|appendix|scene|fable|tale|poem|song|psalm)\s+)?"
    rf"(?P<numeral>{_ROMAN})\.?\s*$"
)
# A numbered heading at the start of a line, its title after it (or after a dash): "IV. The
# Return", "I. INTRODUCTION", "I.—THE BEGINNING"; one letter only before a title in capitals,
# since "I. Newton" is an initial.
_TITLE_GAP = r"(?:\s+|\s?—\s?)"
_NUMBERED_TITLE = re.compile(
    r"^(?P<numeral>(?=[IVXL]{2})(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.(?="
    + _TITLE_GAP
    + r"[A-Z][A-Za-z]+)|[IVX]\.(?="
    + _TITLE_GAP
    + r"(?:[A-Z]{2,}\b|(?:The|A|An|Of|On|In|How|What|Why|Which)\s"
    r"|(?:Introduction|Preface|Prologue|Epilogue|Conclusions?|Summary|Background|Overview|"
    r"Methods|Results|Discussion|History|Notes|References|Appendix)\b)))",
    re.MULTILINE,
)
# The world wars written short, the numeral glued or not ("WWII", "WW2", which the parting of
# letters from digits has made "WW 2").
_WORLD_WAR = re.compile(r"\bWW ?(?P<n>II?|[12])\b(?![-'.]\w)")


def _numbers_a_letter(key: str, numeral: str, match: re.Match[str]) -> bool:
    """Whether a numeral after "Letter" numbers a letter of a novel ("LETTER IV. To Mrs.
    Saville", "Letter XII"), not the letter of the alphabet ("the letter X", "Letter V")."""
    dotted = bool(match["dot"]) or match.string[match.end() : match.end() + 1] == "."
    return key[0].isupper() and (len(numeral) > 1 or dotted)


def _say_after_keyword(match: re.Match[str]) -> str:
    """A numeral after a counting word ("Chapter IV", "vol. IV") as a number, unless it is a
    letter, a product's line or the pronoun."""
    numeral = match["numeral"]
    key = match["key"]
    short = key.rstrip(".").lower() in SHORT_KEYS
    # A series named by one letter is a product's line: "the Xbox Series X", "Series I bonds".
    lettered = numeral in _LETTERS and key.lower() not in _PAST_FIFTY
    if not numeral or lettered or (key.lower() == "series" and len(numeral) == 1):
        return match.group(0)
    if not (key[0].isupper() or short or len(numeral) > 1 or _counts_a_kind(match) or _no_i(match)):
        return match.group(0)
    if key.lower() == "letter" and not _numbers_a_letter(key, numeral, match):
        return match.group(0)
    # The pronoun after a name ("Mark I think is right") or a word in small letters ("in the
    # second act I was lost"); after a capitalised counting word, a dotted key or a world war,
    # or dotted itself, there is none ("Part I was better than Part II", "Vol. I was
    # published", "vol. I. was written").
    if (
        numeral == "I"
        and not match["dot"]
        and (key.lower() in _I_MAY_FOLLOW or (key.islower() and not key.endswith(".")))
        and (verb := _NOUN_AFTER.match(match.string, match.end()))
        and (is_a_verb_of_i(verb["word"]))
    ):
        return match.group(0)
    return say_keyed(key, numeral, match["sub"]) or match.group(0)


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals where they are numbers: "World War II" -> "World War two",
    "Chapter IV" -> "Chapter four", "Elizabeth II" -> "Elizabeth the second".

    Only after a counting word, or of two letters or more after a name, so the pronoun "I"
    and initialisms such as "CD" are left alone.
    """

    heading = _HEADING.match(text)
    # "L", "C", "D" or "M" alone is a letter, an initial ("D."), even after a heading word:
    # no one numbers chapters from five hundred.
    if (
        heading
        and heading["numeral"]
        and heading["numeral"] not in _LETTERS
        and (heading["key"] or _numbers_a_heading(heading["numeral"], text))
    ):
        key = heading["key"] or ""
        return f"{key}{_as_number(value(heading['numeral']))}".strip()
    text = _NUMBERED_TITLE.sub(lambda m: cardinal(value(m["numeral"].rstrip("."))) + ".", text)
    text = read_starred_grades(read_numeral_lists(text))
    text = _ROMAN_AFTER_KEYWORD.sub(_say_after_keyword, text)
    text = read_lower_case_numerals(text)
    if "WW" in text:
        text = _WORLD_WAR.sub(
            lambda m: f"World War {cardinal(value(m['n']) if m['n'][0] == 'I' else int(m['n']))}",
            text,
        )
    # Units first: in "The III Corps" the capitalised "The" is no name before a number.
    if any(unit in text for unit in _UNITS):
        for pattern in (_BEFORE_UNIT, _DOTTED_BEFORE_UNIT):
            text = pattern.sub(
                lambda m: f"{ordinal(value(m['numeral']))}{m['gap'][0]}{m['unit']}", text
            )
    text = read_old_book_numerals(text)
    text = _REGNAL.sub(say_numbered_name, text)
    if _FOUR_NUMERAL_LETTERS.search(text):
        text = _LONG_NUMERAL.sub(_say_long_numeral, text)
    text = _AFTER_A_NOUN.sub(_say_after_a_noun, text)
    if " and " in text or " to " in text or " or " in text or " through " in text:
        text = _FIRST_OF_LIST.sub(_say_first_of_list, text)
    if _TWO_NUMERAL_LETTERS.search(text):
        text = _STANDALONE.sub(_say_standalone, text)
    text = read_numerals_after_names_in_capitals(text)
    if not _ONE_LETTER_AHEAD.search(text):
        return text
    return read_one_letter_after_names(text)


# Letters alone on a line that are initialisms more often than chapters: "DC", "CD", "MD",
# "CV", "CC", "MIX", "DIV" (three letters or less with a "D" or an "M", two led by a "C").
_INITIALISM_SHAPED = re.compile(r"(?=.{0,3}$).*[DM].*|C.")


def _numbers_a_heading(numeral: str, line: str) -> bool:
    """Whether a numeral alone on a line numbers what follows ("XII", "IV.", "MDCCCXII"),
    rather than being an initialism ("DC", "CV") or a letter ("V" with no period)."""
    if len(numeral) == 1:
        return line.strip().endswith(".")
    return not _INITIALISM_SHAPED.fullmatch(numeral)


# One letter after a word in lower case that sorts things into kinds, before a noun: "type I
# diabetes", "a phase I trial", "category V hurricane"; not before a verb, where "I" is the
# pronoun ("in that phase I was young").
_KINDS = frozenset({"type", "phase", "category", "class", "grade", "stage", "level", "tier",
                    "schedule", "group", "division", "series"})  # fmt: skip
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z]{3,})\b")
# Counting words that may end a clause the pronoun starts even capitalised: "Question I asked".
_I_MAY_FOLLOW = frozenset({"mark", "question", "exercise"})
# A verb the pronoun "I" never takes: "part I is wrong", "chapter I has ten pages".
_NOT_AFTER_I = re.compile(r"\s+(?:is|has|does|says|seems|shows|covers|contains|describes)\b")
_CLAUSE_DETERMINER = re.compile(r"\b(?i:the|that|this|each|every|any|which|what|my|our)\s$")


def _no_i(match: re.Match[str]) -> bool:
    """Whether a lone "I" after a counting word is no pronoun, by the verb after it."""
    return match["numeral"] == "I" and bool(_NOT_AFTER_I.match(match.string, match.end()))


def _counts_a_kind(match: re.Match[str]) -> bool:
    """ "type I diabetes", "a phase I trial": after a word of kinds, before a noun; "I" not
    after a determiner too, where a clause may start with the pronoun ("the class I teach")."""
    if match["key"] not in _KINDS:
        return False
    after = _NOUN_AFTER.match(match.string, match.end())
    if after is None or is_a_verb_of_i(after["word"]):
        return False
    start = match.start()
    return match["numeral"] != "I" or not _CLAUSE_DETERMINER.search(
        match.string, max(0, start - 8), start
    )


def _say_after_a_noun(match: re.Match[str]) -> str:
    numeral = match.group(0)
    if numeral == "IV" and is_intravenous(match):
        return "I V"  # spelled: espeak says a bare "IV" as "roman four"
    word = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if word is None or word.group(0).strip() in _FUNCTION_WORDS:
        return numeral
    if not _REGNAL_NUMERAL.fullmatch(numeral):
        return numeral
    return cardinal(value(numeral))


def _as_number(value: int) -> str:
    """A numeral's value as said: from a thousand, as a year ("MDCCCXII": eighteen twelve)."""
    return year(value) if value >= 1000 else cardinal(value)


def _say_long_numeral(match: re.Match[str]) -> str:
    if not match["numeral"]:
        return match.group(0)
    return _monarch_in_capitals(match) or _as_number(value(match["numeral"]))


def _monarch_in_capitals(match: re.Match[str]) -> str | None:
    """ "the eighth" for the numeral of "HENRY VIII", a monarch named in capitals."""
    name = _CAPITAL_NAME_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if name is None or not is_regnal(name["name"].title(), match["numeral"]):
        return None
    return f"the {ordinal(value(match['numeral']))}"


def _say_standalone(match: re.Match[str]) -> str:
    numeral = match["numeral"]
    text, start = match.string, match.start()
    before = text[start - 1 : start]
    joined = (
        before.isalnum()
        or before in "'_"
        or (before == "-" and not text[: start - 1][-1:].isupper())
    )
    if start and joined:
        return match.group(0)
    if numeral == "XXX" or not (numeral == "II" or len(numeral) > 2):
        return match.group(0)
    if not _REGNAL_NUMERAL.fullmatch(numeral):
        return match.group(0)
    if _THE_BEFORE.search(text, max(0, start - 5), start):
        return match.group(0)
    return _monarch_in_capitals(match) or cardinal(value(numeral))


def _say_first_of_list(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1 : match.start()]
    if match.start() and (before.isalnum() or before in "'-_."):
        return match.group(0)
    return cardinal(value(match.group(0)))


# One pattern per numeral letter: each starts with a literal, which the regex engine finds
# quickly; "I", "V" and "X" also alone, and those that take an ordinal's ending with it (what
# `_ORDINAL_HINT` finds, which as a pattern led by a class is tried at every capital).
_ENDING = r"(?:st|nd|rd|th|d)\b"
# A poem numbered after its name ("Psalm L"), led by the name past its first letter.
_POEMS = {"P": "salm", "S": "onnet", "C": "anto", "H": "ymn"}
# DOTTED_LIST_HINT and DOSE_HINT led by their point; a list's numeral starts a line.
_LIST_START = "|".join(rf"(?<=(?<![^\n])[ivx]{{{n}}}\.[^\S\n])" for n in range(1, 6))
HINT = any_of(
    *(rf"{letter}(?:[IVXLCDM]|s?\b|{_ENDING})" for letter in "IVX"),
    *(rf"{letter}(?:[IVXLCDM]|{_ENDING})" for letter in "LC"),
    *(rf"{letter}[IVXLCDM]" for letter in "DM"),
    r"WW ?[12]",
    *(rf"{rest}(?<=[{first}{first.lower()}]{rest})\s+[LCDM]\b" for first, rest in _POEMS.items()),
    *(rf"{rest.upper()}(?<={first}{rest.upper()})\s+[LCDM]\b" for first, rest in _POEMS.items()),
    LOWER_NUMERAL_HINT.pattern,
    LOWER_AFTER_KEY_HINT.pattern,
    PARENTHESISED_HINT.pattern,
    rf"\.[^\S\n](?:(?<=[,;:][^\S\n]i\.[^\S\n])|(?<=[,;:][^\S\n]ii\.[^\S\n])|{_LIST_START})",
    COUNTED_HINT.pattern,
    r"\. [ivxl](?:(?<=\bgr\. .)|(?<=\bgrs\. .)|(?<=\bgtt\. .))",
)

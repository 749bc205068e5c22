"""Lower-case Roman numerals, as old books and plays number their parts, and the counting
words written short that the Roman numeral rule shares: "chap. iv" -> "chapter four", "vol.
ii." -> "volume two", "Act III, Scene ii" -> "... Scene two", "pp. xi-xiv" -> "pages eleven to
fourteen", "(i) the cost; (ii) the time" -> "(one) the cost; (two) ...". One letter only after
the words that number a play's, a poem's or a book's parts, or in a list of such numerals.
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.en.context import any_case_at_word_start
from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.tables import read_mapping, read_words

# Counting words written short, and the word said for them.
SHORT_KEYS = {
    "vol": "volume", "chap": "chapter", "ch": "chapter", "bk": "book", "pt": "part",
    "art": "article", "sec": "section", "fig": "figure", "mk": "mark", "p": "page", "pp": "pages",
    "sc": "scene", "pl": "plate", "st": "stanza", "c": "chapter", "lect": "lecture",
    "sect": "section", "cap": "chapter", "lib": "book", "tab": "table", "ser": "series",
    "sched": "schedule", "serm": "sermon", "ed": "edition",
}  # fmt: skip
# Old books put a period after a numeral that ends no sentence: "Chap. IV. of the first book",
# "vol. ii. p. 347", "Psalm xxiii. aloud"; it is dropped before a word in lower case or a comma.
BOOK_DOT = r"(?P<dot>\.(?=\s+[a-z]|\s?[,;:]))?"
# After a counting word written short, also before a figure: "lib. iv. 33", "vol. iv. 231".
_SHORT_KEY_DOT = r"(?P<dot>\.(?=\s+[a-z\d]|\s?[,;:)]))?"
# Lower-case numerals after a counting word written short, as old books number them: "chap. iv";
# "c." is a chapter before two numeral letters or more ("Gibbon, c. xxxviii."), as circa takes
# figures and one letter may be an initial.
_LOWER_AFTER_SHORT_KEY = re.compile(
    r"\b(?P<key>(?i:chap|vol|ch|bk|pt|sc|lect|sect|cap|lib|serm|ed|pl)|st|c(?=\.\s?[ivxl]{2}))\.\s?(?P<numeral>(?=[ivxlc]+\b)c{0,3}(?:xc|xl|l?x{0,3})"
    rf"(?:ix|iv|v?i{{0,3}}))\b(?![-'.]\w){_SHORT_KEY_DOT}"
)


# Lower-case numerals after a counting word written in full, or after "p." and "pp.", as old
# books and plays number them: "Act III, Scene ii", "Book iv", "pp. xi-xiv". One letter only
# after the words that number the parts of a play, a poem or a book ("Scene v", "p. x"); never
# after "letter" or "type", where it is a letter.
_LOWER_KEYS = (
    "scene", "act", "chapter", "book", "canto", "psalm", "part", "volume", "section", "article",
    "appendix", "stanza", "lecture", "lesson", "page", "pages", "p.", "pp.", "sec.", "art.",
)  # fmt: skip
_LOWER_NUMERAL = r"(?=[ivxlc]+\b)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_LOWER_AFTER_KEY = re.compile(
    rf"(?P<key>{any_case_at_word_start(_LOWER_KEYS)})\s(?P<numeral>{_LOWER_NUMERAL})"
    rf"(?:(?P<dash>\s?[-\u2013]\s?)(?P<last>{_LOWER_NUMERAL}))?\b(?![-'.]\w){BOOK_DOT}"
)
_ONE_LETTER_KEYS = frozenset({"scene", "act", "canto", "chapter", "book", "page", "p", "pp"})
# Where such a numeral may be: a lower-case word of numeral letters after a space ("ii",
# "xiv", "v"), which few lines have; a scan for the counting words would cost more.
LOWER_AFTER_KEY_HINT = re.compile(r" [ivxlc]{1,7}(?![\w'])")


# Lower-case numerals after a counting word written short: "chap. iv".
LOWER_NUMERAL_HINT = re.compile(
    r"\.(?<=(?i:ap|ol|ch|bk|pt|sc|ct|ib|rm|ed|pl)\.|st\.| c\.)\s?[ivxlc]"
)

# A book of the Bible written short, its chapter a lower-case numeral, as sermons and old books
# cite them: "Matt. v. 3", "Isa. xl. 31", "Ps. xxiii." -> "Matt. five 3", ... (the book is
# said in full by the abbreviations rule, before a number). One letter only before the verse:
# "Gen. i. 1"; the numeral's period goes, since no sentence ends there.
_BIBLE_BOOKS = read_mapping("en", "bible_books")
_BOOK_CHAPTER = re.compile(
    rf"\b(?P<book>{'|'.join(sorted(_BIBLE_BOOKS, key=len, reverse=True))})\.\s"
    rf"(?P<numeral>{_LOWER_NUMERAL})\b(?P<rest>\.?\s?(?=\d)|\.(?=\s|$|[);\]])|\.?(?=[,;:)]|$))"
)
_BOOK_CHAPTER_HINT = re.compile(r"\.\s[ivxlc]{1,7}\b")
# The books named in full: "Luke xv.", "John iii. 16" -> "Luke fifteen", "John three 16".
_BOOK_NAMES = sorted({*_BIBLE_BOOKS.values(), "Luke", "John", "Acts", "Ruth", "Job", "Psalms"})
_NAMED_BOOK_CHAPTER = re.compile(
    rf"\b(?P<book>{'|'.join(_BOOK_NAMES)}) (?P<numeral>{_LOWER_NUMERAL})\b"
    r"(?P<rest>\.?\s?(?=\d)|\.(?=\s|$|[\"\u201d');\]])|(?=[,;:)\"\u201d]|$))"
)
# Lower-case numerals in parentheses number the points of a list: "(i) the cost; (ii) the
# time" -> "(one) the cost; (two) the time". One letter only where the line has another such
# numeral: "(v)" alone may be a verb's mark, "(x)" a variable.
# Led by the bracket, as the hint of the Roman numerals' rule: a book cited in brackets too.
PARENTHESISED_HINT = re.compile(r"\((?=[ivxlc]{1,7}(?:\)|\. ?\d))")
_PARENTHESISED = re.compile(rf"\((?P<numeral>{_LOWER_NUMERAL})\)")


def _one_letter_numeral(match: re.Match[str]) -> bool:
    """Whether one lower-case letter after a counting word numbers it: after a word of a
    play's, a poem's or a book's parts, capitalised or written short ("Scene v", "p. x"), and
    for "i", which may be the pronoun ("the act i mean"), not before a word in lower case."""
    key = match["key"]
    if key.rstrip(".").lower() not in _ONE_LETTER_KEYS:
        return False
    if not (key[0].isupper() or key.endswith(".")):
        return False
    return match["numeral"] != "i" or not re.match(r"\s+[a-z]", match.string[match.end() :])


def _say_lower_after_key(match: re.Match[str]) -> str:
    """ "Scene ii" -> "Scene two", "pp. xi-xiv" -> "pages eleven to fourteen"."""
    numeral, key = match["numeral"], match["key"]
    if not numeral or (match["dash"] and not match["last"]):
        return match.group(0)
    if len(numeral) == 1 and not _one_letter_numeral(match):
        return match.group(0)
    said = f"{say_key(key)} {cardinal(value(numeral))}"
    if match["last"]:
        said += f" to {cardinal(value(match['last']))}"
    return said


def value(numeral: str) -> int:
    """The value of a numeral the patterns above found, which are all well formed."""
    value = roman_value(numeral.upper())
    if value is None:
        raise ValueError(f"not a Roman numeral: {numeral!r}")
    return value


def say_key(key: str) -> str:
    """A counting word as said: "Chap." -> "Chapter", "vol" -> "volume", "Part" as is."""
    said = SHORT_KEYS.get(key.rstrip(".").lower())
    if said is None:
        return key
    return said.capitalize() if key[0].isupper() else said


def say_keyed(key: str, numeral: str, sub: str | None) -> str:
    """A counting word and its numeral, with a sub-type's letter or a plural after it: "Type
    VIIC" -> "Type seven C", "Mk IIA" -> "Mark two A", "the Mk VIs" -> "Mark sixes"; "" where
    the letter after may be the numeral's own ("Series DVD")."""
    if sub and set(numeral) - set("IVX"):
        return ""
    number = cardinal(value(numeral))
    if sub == "s":
        plural = "es" if number.endswith("x") else "s"
        number = number[:-1] + "ies" if number.endswith("y") else number + plural
    elif sub:
        number += f" {sub}"
    return f"{say_key(key)} {number}"


def read_lower_case_numerals(text: str) -> str:
    """Lower-case numerals after a counting word: "chap. iv" -> "chapter four", "Act III, Scene
    ii" -> "... Scene two", "pp. xi-xiv" -> "pages eleven to fourteen"."""
    if LOWER_NUMERAL_HINT.search(text):
        text = _LOWER_AFTER_SHORT_KEY.sub(
            lambda m: (
                f"{say_key(m['key'])} {cardinal(value(m['numeral']))}"
                if m["numeral"]
                else m.group(0)
            ),  # "Vol.i.e.": no numeral, the pattern matched nothing
            text,
        )
    if LOWER_AFTER_KEY_HINT.search(text):
        text = _LOWER_AFTER_KEY.sub(_say_lower_after_key, text)
    if _BOOK_CHAPTER_HINT.search(text):
        text = _BOOK_CHAPTER.sub(_say_book_chapter, text)
    if LOWER_AFTER_KEY_HINT.search(text):
        text = _NAMED_BOOK_CHAPTER.sub(_say_named_book_chapter, text)
    if PARENTHESISED_HINT.search(text):
        text = _read_parenthesised(text)
    if DOTTED_LIST_HINT.search(text):
        text = _read_dotted_list(text)
    if COUNTED_HINT.search(text):
        text = _COUNTED.sub(_say_counted, text)
    if _CITED_IN_BRACKETS_HINT.search(text):
        text = _CITED_IN_BRACKETS.sub(lambda m: f"({cardinal(value(m['numeral']))} ", text)
    if DOSE_HINT.search(text):
        text = _DOSE.sub(_say_dose, text)
    return text


# A book and its chapter cited in brackets after an author or a work named in full, the book
# a numeral in small letters: "Thucydides (i. 22)", "Herodotus (ii. 35)" -> "(one 22)"; a
# letter of a list is bracketed alone ("(i) the cost"), and no initial stands before a figure;
# "(v. 3)" is a verse, "(l. 3)" a line and "(c. 3)" a chapter or a date.
_CITED_IN_BRACKETS_HINT = re.compile(r"\([ivxlc]{1,7}\. ?\d")
_CITED_IN_BRACKETS = re.compile(rf"\((?![vlc]\.)(?P<numeral>{_LOWER_NUMERAL})\. ?(?=\d)")

# A dose as prescriptions and case books write it, the number a numeral in small letters after
# its unit: "gr. v. of quinine" -> "five grains of quinine", "gtt. xx" -> "twenty drops", "gr.
# iss" -> "one and a half grains" ("ss", semis, is a half).
_DOSE_UNITS = {"gr": ("grain", "grains"), "grs": ("grain", "grains"), "gtt": ("drop", "drops")}
DOSE_HINT = re.compile(r"\b(?:grs?|gtt)\. [ivxl]")
_DOSE = re.compile(r"\b(?P<unit>grs?|gtt)\. (?P<numeral>[ivxl]{1,7}?)(?P<half>ss)?\b(?![-'.]\w)\.?")


def _say_dose(match: re.Match[str]) -> str:
    number = roman_value(match["numeral"].upper())
    if number is None:
        return match.group(0)
    half = " and a half" if match["half"] else ""
    one, many = _DOSE_UNITS[match["unit"]]
    return f"{cardinal(number)}{half} {one if number == 1 and not half else many}"


# A dotted numeral before a plural noun of counting, as old books count: "in the service xxii.
# years" -> "twenty-two years", "fills vi. volumes"; two joined after "the" are ordinals: "the
# ii. and iii. books" -> "the second and third books". One letter only in such a pair: "v." is
# versus, "i." an initial.
_COUNTED_NOUNS = read_words("en", "count_nouns") | {
    "years", "volumes", "vols", "chapters", "leagues", "cantos", "parts", "sections", "leaves",
    "sheets", "plates", "guns", "articles", "sermons", "letters", "acts", "scenes", "lines",
    "verses", "psalms", "centuries", "generations", "sons", "daughters", "brothers", "sisters",
}  # fmt: skip
_NOUN = "|".join(sorted(_COUNTED_NOUNS))
_COUNTED = re.compile(
    rf"(?<![\w.])(?:(?P<the>the )?(?P<first>{_LOWER_NUMERAL})\. (?P<join>and|or|&|to) )?"
    rf"(?<![\w.])(?P<numeral>{_LOWER_NUMERAL})\.(?= (?:{_NOUN})\b)"
)
COUNTED_HINT = re.compile(rf"\.(?<=[ivxlc]\.) (?:{_NOUN})\b")  # led by a literal, found fast


def _say_counted(match: re.Match[str]) -> str:
    if not match["first"]:
        if len(match["numeral"]) < 2:
            return match.group(0)
        return cardinal(value(match["numeral"]))
    numbers = [value(match["first"]), value(match["numeral"])]
    if match["the"] and match["join"] != "to":
        first, last = (ordinal(n) for n in numbers)
        return f"the {first} {match['join']} {last}"
    first, last = (cardinal(n) for n in numbers)
    return f"{first} {match['join']} {last}"


def _say_named_book_chapter(match: re.Match[str]) -> str:
    """ "Luke xv." -> "Luke fifteen."; one letter only before a verse ("John v. 3")."""
    numeral, rest = match["numeral"], match["rest"]
    verse = match.string[match.end() : match.end() + 1].isdigit()
    # "In Matt. v. we have": a word in small letters after it, no case's second party.
    word_after = _LOWER_WORD_AFTER.match(match.string, match.end()) is not None
    if not numeral or (
        len(numeral) == 1 and not verse and not word_after and not _cited_alone(match)
    ):
        return match.group(0)
    said = f"{match['book']} {cardinal(value(numeral))}"
    if verse:
        return said + " "
    ahead = match.string[match.end() : match.end() + 3].lstrip()
    ends = rest == "." and (not ahead or ahead[0].isupper() or ahead[0] in "\"\u201d'")
    return said + "." if ends else said


# One letter that closes the citation, where no one can stand against the book: "(Job v.)",
# "see Matt. v." (a chapter) where "Job v. Smith" is a case.
_CITATION_CLOSES = re.compile(r"\.?\s*(?:$|[);\]])")


def _cited_alone(match: re.Match[str]) -> bool:
    """Whether a one-letter numeral after a book closes its citation: "(Job v.)"."""
    return _CITATION_CLOSES.match(match.string, match.end("numeral")) is not None


def _read_parenthesised(text: str) -> str:
    """ "(i) the cost; (ii) the time" -> "(one) the cost; (two) the time"."""
    found = [m for m in _PARENTHESISED.finditer(text) if m["numeral"]]
    if not found:
        return text
    in_a_list = len(found) > 1
    return _PARENTHESISED.sub(
        lambda m: (
            f"({cardinal(value(m['numeral']))})"
            if m["numeral"] and (in_a_list or len(m["numeral"]) > 1)
            else m.group(0)
        ),
        text,
    )


# Lower-case numerals with a period number the points of a list run into a sentence or set
# at the start of lines: "The duties were, i. to keep the books; ii. to write the letters" ->
# "..., one, to keep the books; two, to write ...". Only where the numerals count up from one
# to the next ("i." and "ii."), or at a line's start before a capital: "v." alone is versus,
# "i." an initial or "i.e." cut short.
DOTTED_LIST_HINT = re.compile(r"(?:(?m:^)[ivx]{1,5}|[,;:]\s(?:i|ii))\.\s")
_DOTTED_LIST = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=[,;:]\s\s)|(?<=\band\s)|(?<=\bor\s))(?P<numeral>{_LOWER_NUMERAL})\.(?=\s+[\w\"\u201c'])",
    re.MULTILINE,
)


def _read_dotted_list(text: str) -> str:
    """ "i. to keep the books; ii. to write" -> "one, to keep the books; two, to write"; a
    line that starts with one before a capital is a point of its own ("ii. The climate.")."""
    values = [value(m["numeral"]) for m in _DOTTED_LIST.finditer(text) if m["numeral"]]
    counted = {n for n in values if n - 1 in values or n + 1 in values}
    return _DOTTED_LIST.sub(lambda m: _say_point(m, counted), text)


_CAPITAL_AHEAD = re.compile(r"\s+[\"\u201c']?[A-Z]")


def _say_point(match: re.Match[str], counted: set[int]) -> str:
    if not match["numeral"]:
        return match.group(0)
    number = value(match["numeral"])
    starts_line = match.start() == 0 or match.string[match.start() - 1] == "\n"
    # "v." and "x." alone may start a wrapped line's case name ("Jones\nv. Smith").
    alone = match["numeral"] in ("v", "x")
    if (
        starts_line
        and not alone
        and number <= 20
        and _CAPITAL_AHEAD.match(match.string, match.end())
    ):
        return f"{cardinal(number)}."
    return f"{cardinal(number)}," if number in counted else match.group(0)


_LOWER_WORD_AFTER = re.compile(r" (?!(?:the|a|an)\b)[a-z]{2,}\b")


def _say_book_chapter(match: re.Match[str]) -> str:
    """ "Matt. v. 3" -> "Matt. five 3": one letter only before a verse; the numeral's period
    kept where a capital or the end follows ("Ps. xxiii. Then"), where it ends a sentence."""
    numeral, rest = match["numeral"], match["rest"]
    verse = match.string[match.end() : match.end() + 1].isdigit()
    # "In Matt. v. we have": a word in small letters after it, no case's second party.
    word_after = _LOWER_WORD_AFTER.match(match.string, match.end()) is not None
    if not numeral or (
        len(numeral) == 1 and not verse and not word_after and not _cited_alone(match)
    ):
        return match.group(0)
    said = f"{match['book']}. {cardinal(value(numeral))}"
    if verse:
        return said + " "
    ahead = match.string[match.end() : match.end() + 3].lstrip()
    return said + "." if rest == "." and (not ahead or ahead[0].isupper()) else said

"""What the text around a token says, shared by the English rules: where a number starts,
whether a match starts a word, and whether the period an abbreviation took also ended the
sentence ("Dover, Del." at the end of a sentence keeps its full stop; "U.S. President" does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from narrator.spoken.tables import read_table

HAS_DIGIT = re.compile(r"\d")
# A written number: "27,000", "3.5", ".5".
NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
START = r"(?<![\w.,])"  # a number starts here, not inside a word or another number
# A number ahead, in digits or already in words (an earlier rule may have read it).
NUMBER_AHEAD = re.compile(
    r"\s?(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)\b)"
)
# An ordinal in words, as an earlier rule has read one: "fifth", "twenty-second".
ORDINAL_WORD = re.compile(
    r"(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|[a-z]+teenth|[a-z]+ieth|hundredth)"
)
# A sentence is over after an abbreviation when the text ends, or a line ends, or an
# obvious sentence opener follows; "U.S. President Biden" must not get a full stop.
_SENTENCE_END = re.compile(
    r"\s*(?:$|\n)|\s+[\"']?(?:The|A|An|He|She|It|They|We|I|You|But|And|In|On|At|This|That|"
    r"These|Those|There|His|Her|Its|Their|Our|After|Before|When|While|If|As|So|Yet|However|"
    r"Meanwhile|Also|Some|Many|Most|What|Why|How|Who|Asked|Officials|Police|Then|Now|Here|"
    r"Not|Yes|Oh|My|Your|Mr|Mrs|Miss|Mister|Missus|Sir|Lady|Lord|One|Every|All|Each|Both|Such|"
    r"Although|Though|Because|Since|Until|Once|Still|Even|Only|Just|For|With|From|During|"
    r"Despite|Later|Today|Yesterday|Tomorrow|Nobody|Nothing|None|No(?!\.)|Neither|Everyone|"
    r"Everybody|Everything|Someone|Somebody|Anyone|Few|Several|Where|Which|Please|Let|Never|"
    r"Instead|Thus|Perhaps|Another)\b"
)


def stop_after(match: re.Match[str]) -> str:
    """Return "." when the period an abbreviation swallowed also ended the sentence."""
    if not match.group(0).endswith("."):
        return ""
    return "." if _SENTENCE_END.match(match.string, match.end()) else ""


# A capitalised word after an abbreviation's point: not another abbreviation ("See Aug. Conf.
# viii.", Augustine's), nor the name of a place's local time after a clock ("5 p.m. London time").
_CAPITAL_WORD_AHEAD = re.compile(
    r"\s+[\"'\u201c]?(?=[A-Z][a-z])(?![A-Za-z]+\.|[A-Z][a-z]+(?: [A-Z][a-z]+)? time\b)"
)


# A capitalised word of the calendar, which a date or a time may take after it: "Jan. Feb. and
# Mar.", "at 5 p.m. Friday", "9 a.m. Christmas Day". The months and their short forms are the
# months table's, as the dates read them.
_MONTH_WORDS = sorted(
    {word for row in read_table("en", "months") for word in (row[0], *row[1].split())},
    key=lambda word: (-len(word), word),
)
CALENDAR_WORD = re.compile(
    "(?:" + "|".join(map(re.escape, _MONTH_WORDS)) + "|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|"
    r"Sat|Sun|Christmas|Easter|Thanksgiving|Halloween|New Year)\b"
)


def stop_before_a_capital(match: re.Match[str], taken: re.Pattern[str]) -> str:
    """Return "." where the period an abbreviation swallowed also ended the sentence: as
    `stop_after` says, or before a capitalised word of none of the kinds the abbreviation
    takes after it, which ``taken`` matches ("in Jan. Workers were told" after a month,
    where only a day, a year or another month goes on; "by 9 p.m. Residents returned")."""
    if stop := stop_after(match):
        return stop
    if not match.group(0).endswith("."):
        return ""
    ahead = _CAPITAL_WORD_AHEAD.match(match.string, match.end())
    return "." if ahead is not None and not taken.match(match.string, ahead.end()) else ""


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]['\"\u201d)]?)\s*['\"\u201c(]?\s*$")


def starts_sentence(text: str, index: int) -> bool:
    """Whether a sentence starts at ``index`` of ``text``: nothing but a sentence's end, an
    opening quote or a parenthesis before it."""
    return _SENTENCE_BEFORE.search(text, max(0, index - 6), index) is not None


# A short phrase of when or where and its comma, opening a sentence: "In 1066, ", "After the
# war, ", "The following year, ". What follows starts the sentence's clause, its subject.
_OPENING_PHRASE_BEFORE = re.compile(
    r"(?:^|[.!?]['\"\u201d)]?\s+)(?:In|On|At|By|During|After|Before|Following|From|Under|"
    r"Throughout|Later|Afterwards|Meanwhile|Then|Finally|Eventually|Subsequently|Soon|Shortly|"
    r"Next|That|The (?:next|following|same|previous))\b[^,.;:!?\"]{0,40},\s$"
)


def follows_an_opening_phrase(text: str, index: int) -> bool:
    """Whether a short phrase of when or where and its comma open the sentence before ``index``
    ("In 1066, William I defeated Harold": the clause, its subject, starts there)."""
    return _OPENING_PHRASE_BEFORE.search(text, max(0, index - 60), index) is not None


def starts_word(match: re.Match[str]) -> bool:
    """Whether ``match`` starts a word: patterns check this here rather than in a look-behind,
    which would stop the regex engine from skipping quickly to where a match can start."""
    before = match.string[match.start() - 1 : match.start()]
    return not before or not (before.isalnum() or before in "._'")


_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s+$")


def span_joint(match: re.Match[str]) -> str:
    """The word between the ends of a span that ``match`` reads: "and" after "between" ("between
    $5-$10" -> "between five dollars and ten dollars"), else "to"."""
    start = match.start()
    return " and " if _BETWEEN_BEFORE.search(match.string, max(0, start - 9), start) else " to "


def words_around(match: re.Match[str], before: int = 60, after: int = 25) -> str:
    """The text up to ``before`` characters before ``match`` and ``after`` after it, where
    the words that decide its reading are looked for ("a 60W bulb", "hit 40C")."""
    text, start, end = match.string, match.start(), match.end()
    return text[max(0, start - before) : start] + text[end : end + after]


def _forms(words: Iterable[str], lower: bool) -> list[str]:
    forms = {
        form
        for word in words
        for form in (word, word.lower() if lower else word, word.title(), word.upper())
    }
    # Longest first; then alphabetical, so that a pattern is the same in every process.
    return sorted(forms, key=lambda form: (-len(form), form))


def any_case(words: Iterable[str], lower: bool = True) -> str:
    """An alternation of ``words`` as written, in lower case (unless not ``lower``),
    capitalised and in capitals, longest first: "Dec" -> "Dec|dec|DEC". Unlike ``(?i)``, it
    leaves the regex engine its quick skip to the letters a match can start with."""
    return "|".join(re.escape(form) for form in _forms(words, lower))


def any_case_at_word_start(words: Iterable[str], lower: bool = True) -> str:
    """``\\b(?:any_case(words))``, written so that the regex engine still skips quickly to
    the letters a match starts with: a leading ``\\b`` would be tried at every position, so
    each first letter comes first and the look-behind after it. The forms keep their order,
    so the same one wins."""
    rests: dict[str, list[str]] = {}
    for form in _forms(words, lower):
        rests.setdefault(form[0], []).append(re.escape(form[1:]))
    return "|".join(
        f"{re.escape(first)}(?<!\\w{re.escape(first)})(?:{'|'.join(after)})"
        for first, after in rests.items()
    )


# A word that names things by a letter, before a capital with a point: the point ends a
# sentence, and the letter is no initial ("We had no Plan B. M. Poirot smiled.").
LETTER_NAMED_BEFORE = re.compile(
    r"\b(?:Plan|Appendix|Class|Type|Group|Section|Exhibit|Grade|Vitamin|Block|Form|Row|Gate|"
    r"Track|Size|Category|Team|Division|Ward|Platform|Schedule|Model|Column|Table|Option|"
    r"Battery|Troop|Pier|Hangar|Terminal|Wing|Level|Floor) [A-Z]\. $"
)

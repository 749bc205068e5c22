"""Roman numerals in Russian: centuries and rulers.

- "XIX век" -> "девятнадцатый век", "в XIX веке" -> "в девятнадцатом веке", "XIX–XX вв." ->
  "девятнадцатый двадцатый века": the numeral is read as the ordinals read a century in digits
- "Петр I" -> "Петр Первый", "Екатерина II" -> "Екатерина Вторая", "Николаю II" -> "Николаю
  Второму": the ordinal takes the case and gender the name's ending shows
- after a part of a book or a series, its ordinal, in its case and gender: "Глава XX" ->
  "Глава двадцатая", "в томе III" -> "в томе третьем" (``tables/book_parts.tsv``)
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL, roman_value
from narrator.spoken.ru.agreement import looks_like_verb, name_form, ordinal_before
from narrator.spoken.ru.numbers import ordinal, year_ends_sentence
from narrator.spoken.ru.ordinals import preposition, read_year_nouns
from narrator.spoken.tables import read_table

HINT = re.compile(r"\b[IVXLCDM]+\b|кв\.")
_CENTURY_NOUN = r"(?P<noun>\s?(?:век|века|веку|веком|веке|веков|веках|вв?\.)(?!\w))"
_CENTURY = re.compile(
    rf"\b(?P<first>{NUMERAL})(?P<dash>\s?[-–—]\s?)(?P<r>{NUMERAL})\b{_CENTURY_NOUN}"
    rf"|\b(?P<lone>{NUMERAL})\b{_CENTURY_NOUN.replace('noun', 'lone_noun')}"
)
_NAME_BEFORE = re.compile(r"\b[А-ЯЁ][а-яё]{2,}$")
_RULER = re.compile(rf"(?<=[а-яё])(?P<space>\s+)(?P<r>{NUMERAL})\b(?![\w-])")
_ADJECTIVE = "(?:ого|его|ому|ему|ых|их|ый|ий|ое|ая|ые|ие)"
_BEFORE_NOUN = re.compile(
    rf"(?<![\w°-])(?P<r>{NUMERAL})\s(?P<noun>[а-яё]{{3,}}|[А-ЯЁ][а-яё]+{_ADJECTIVE})(?![\w-])"
)
# A part of a book or a series before its numeral, whose case and gender the ordinal takes
# ("Глава XX" -> "Глава двадцатая", "в томе III" -> "в томе третьем"): no ruler's name.
_PARTS = {row[0]: (row[1], row[2]) for row in read_table("ru", "book_parts")}
# Nouns that take a numeral and never follow a ruler's: "Госдума VIII созыва", "Кубок
# России II этапа".
_NUMBERED_NOUN = re.compile(
    r"(?:созыв|квартал|тур|этап|раунд|сезон|съезд|чемпионат|турнир|форум|фестивал|конкурс"
    r"|дивизион|разряд|класс|уровн|степен|групп|категори|стади|полугоди|половин)[а-яё]{0,3}"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[А-ЯЁ][а-яё]+\s+$")


def _digits(numeral: str) -> str:
    value = roman_value(numeral)
    return str(value) if value else numeral


# "кв." after a quarter's number is "квартал" (elsewhere a flat's "квартира" or a square
# measure's), in the case its preposition asks: "за I кв." -> "за I квартал", "в 2-м кв." ->
# "квартале", "итоги I кв." -> "квартала".
_QUARTER = re.compile(
    r"(?P<before>(?<!\w)(?P<word>[а-яё]+)?\s?(?:I{1,3}|IV|[1-4]-(?:й|м|го|му))\s?)кв\.(?=\s|$)",
    re.IGNORECASE,
)
# A bare number before "кв." and a year is a quarter's too, its ordinal in the case of the word
# before: "в 2 кв. 2024 г." -> "в втором квартале" (made "во" later), "итоги 3 кв." ->
# "третьего квартала".
_BARE_QUARTER = re.compile(
    r"(?<!\w)(?:(?P<word>[а-яё]+)\s)?(?P<n>[1-4])\s?кв\.(?=\s?\d{4}(?!\d))", re.IGNORECASE
)
_QUARTER_CASES = {"за": "n", "на": "n", "в": "p", "во": "p", "к": "d", "по": "d"}
_QUARTER_NOUNS = {"n": "квартал", "p": "квартале", "d": "кварталу", "g": "квартала"}
_QUARTER_FORMS = {"за": "квартал", "на": "квартал", "в": "квартале", "во": "квартале",
                  "к": "кварталу", "по": "кварталу"}  # fmt: skip


def _quarter(match: re.Match[str]) -> str:
    word = (match["word"] or "").lower()
    ending = match["before"].rstrip()[-2:]
    form = {"-й": "квартал", "-м": "квартале", "го": "квартала", "му": "кварталу"}.get(ending)
    # After another word (a noun: "итоги I кв.") a genitive; alone, a nominative.
    return match["before"] + (form or _QUARTER_FORMS.get(word, "квартала" if word else "квартал"))


def _bare_quarter(match: re.Match[str]) -> str:
    word = match["word"] or ""
    case = _QUARTER_CASES.get(word.lower(), "g" if word else "n")
    said = f"{ordinal(int(match['n']), case)} {_QUARTER_NOUNS[case]}"
    return f"{word} {said}" if word else said


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: "XIX век" -> "девятнадцатый век" (through the ordinals), "Петр I"
    -> "Петр Первый"."""

    def century(match: re.Match[str]) -> str:
        if match["lone"]:
            written = _digits(match["lone"]) + match["lone_noun"]
        else:
            written = f"{_digits(match['first'])}-{_digits(match['r'])}{match['noun']}"
        # The ordinals read it in its noun's case, which the word before may decide ("в").
        before = preposition(match.string[: match.start()]) + " "
        said = read_year_nouns(before + written)[len(before) :]
        # Read alone, "в." ends its text: its stop stays only where it ends the sentence too.
        return said[:-1] if said.endswith(".") and not year_ends_sentence(match) else said

    def ruler(match: re.Match[str]) -> str:
        value = roman_value(match["r"])
        name = match.string[: match.start()].rstrip()
        part = _PARTS.get(preposition(name + " "))
        if value is not None and part:
            return match["space"] + ordinal(value, *part)
        if value is None or not _NAME_BEFORE.search(name):
            return match.group(0)
        case, gender = name_form(name)
        return match["space"] + ordinal(value, case, gender).capitalize()

    if "кв." in text:
        text = _QUARTER.sub(_quarter, _BARE_QUARTER.sub(_bare_quarter, text))
    return _RULER.sub(ruler, _BEFORE_NOUN.sub(_before_noun, _CENTURY.sub(century, text)))


def _before_noun(match: re.Match[str]) -> str:
    """A numeral before a lower-case noun agrees with it ("в III квартале" -> "в третьем
    квартале"), unless it follows a name within a sentence ("император Николай II"), or a
    name at a sentence's start is the subject of a verb ("Екатерина II издала"): a ruler's."""
    value = roman_value(match["r"])
    before = match.string[: match.start()]
    if preposition(before) in _PARTS:  # "в главе XII говорится": the part's, read after
        return match.group(0)
    ruler_like = _NAME_BEFORE.search(before.rstrip()) and before.endswith(" ")
    if ruler_like and _NUMBERED_NOUN.fullmatch(match["noun"].lower()):
        ruler_like = None  # "в Госдуме VIII созыва": a noun numbered, no ruler's
    if value is None or ruler_like:
        at_start = _SENTENCE_START.search(before)
        noun = match["noun"]
        if value is None or not at_start or not noun.islower() or looks_like_verb(noun):
            return match.group(0)
    word = preposition(before)
    return f"{ordinal_before(value, match['noun'].lower(), word)} {match['noun']}"

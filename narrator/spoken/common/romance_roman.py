"""Roman numerals in the Romance languages: centuries and the numbers of kings and popes.

- "siglo XIX" / "siglo xix" -> the century word and the number ("siglo diecinueve"); a
  numeral in capitals before the word too, as Italian writes it: "il XV secolo" -> "il
  quindicesimo secolo"
- "Luis XIV", "Felipe II" -> after a capitalised name, the language's regnal number; after a
  woman's name, a queen's ("Isabel II" -> "Isabel segunda")
- "la II Guerra Mundial" -> "la Segunda Guerra Mundial", "el XXV Congreso" -> "el vigésimo
  quinto Congreso": between an article and a word, an ordinal of the article's gender
- "por XX vez" -> "por vigésima vez": before the word for a time, a feminine ordinal
- "el tomo III", "capítulo XII" -> after a book's part word, as a king's number
- "Xi Jinping", "CEO", a lone "V" or "I" are left alone
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.spoken.common.roman import roman_value

HINT = re.compile(r"\b[IVXLCDMivxlcdm]+\b")
_ROMAN = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


@dataclass(frozen=True)
class Articles:
    """A language's articles (and the prepositions joined to them) before a numbered noun:
    "la II Guerra Mundial" -> "la Segunda Guerra Mundial"."""

    masculine: str
    """An alternation of the masculine ones: "el|del|al"."""
    feminine: str
    """An alternation of the feminine ones: "la|las"."""
    ordinal: Callable[[int, bool], str]
    """(2, feminine) -> "segunda"."""
    queen: Callable[[int], str] | None = None
    """A queen's number, after a woman's name: 2 -> "segunda" ("Isabel II")."""
    times: str = ""
    """The word for a time, before which a numeral is a feminine ordinal: "vez" ("por XX vez"
    -> "por vigésima vez")."""


def roman_reader(
    centuries: str,
    say_century: Callable[[int], str],
    say_regnal: Callable[[int], str],
    articles: Articles | None = None,
    parts: str = "",
) -> Callable[[str], str]:
    """A rule reading Roman numerals: after one of the ``centuries`` words ("siglo|siglos")
    with ``say_century``, after a capitalised name or one of the ``parts`` words of a book
    ("capítulo|tomo") with ``say_regnal``; between one of the ``articles`` and a word, as an
    ordinal of the article's gender."""
    century = re.compile(
        rf"\b(?P<word>(?i:{centuries})) (?P<numeral>(?i:{_ROMAN}))\b(?![\w']|\.\w)"
    )
    before = re.compile(rf"(?<![\w.])(?=[IVXLCDM])(?P<numeral>{_ROMAN})(?= (?i:{centuries})(?!\w))")
    regnal = re.compile(
        rf"(?<![\w.])(?P<name>[A-ZÁÉÍÓÚ][a-záéíóúàèìòùâêôãõç]+) "
        rf"(?=[IVXLCDM]{{2}}|[IVX]\b)(?P<numeral>{_ROMAN})\b(?![\w'])"
    )

    part = (
        re.compile(rf"\b(?P<word>(?i:{parts})) (?=[IVXLCDM])(?P<numeral>{_ROMAN})\b(?![\w']|\.\w)")
        if parts
        else None
    )

    def say(match: re.Match[str], reader: Callable[[int], str]) -> str:
        value = roman_value(match.group("numeral").upper())
        if value is None:
            return match.group(0)
        first = match.group("word") if "word" in match.groupdict() else match.group("name")
        return f"{first} {reader(value)}"

    def read_roman_numerals(text: str) -> str:
        """Read Roman numerals: "siglo XIX" -> "siglo diecinueve", "Luis XIV" -> "Luis
        catorce"."""
        text = century.sub(lambda m: say(m, say_century), text)
        if part:
            text = part.sub(lambda m: say(m, say_regnal), text)
        text = before.sub(lambda m: _said_before(m, say_century), text)
        if articles:
            text = _after_article(articles).sub(lambda m: _numbered(m, articles), text)
            if articles.times:
                text = _before_times(articles.times).sub(lambda m: _time(m, articles), text)
        return regnal.sub(lambda m: say(m, _regnal_reader(m, say_regnal, articles)), text)

    return read_roman_numerals


def century_pair_reader(
    nouns: str, joints: str, cardinal: Callable[[int], str]
) -> Callable[[str], str]:
    """A reader of two centuries after their noun, both said and a dash said "a": "siglos
    XV-XVII" -> "siglos quince a diecisiete", "séculos XV e XVI" -> "séculos quinze e
    dezesseis"; `nouns` and `joints` are the language's alternations ("siglos?", "y|o|a|al")."""
    pair = re.compile(
        rf"(?P<before>\b(?:{nouns})\s)(?P<a>[IVXL]{{1,6}})"
        rf"(?P<joint>\s?[-–]\s?|\s(?:{joints})\s)(?P<b>[IVXL]{{1,6}})(?![\w-])"
    )

    def say(match: re.Match[str]) -> str:
        a, b = roman_value(match["a"]), roman_value(match["b"])
        if not a or not b:
            return match.group(0)
        joint = " a " if match["joint"].strip() in "-–" else match["joint"]
        return f"{match['before']}{cardinal(a)}{joint}{cardinal(b)}"

    return functools.partial(pair.sub, say)


def _said_before(match: re.Match[str], say_century: Callable[[int], str]) -> str:
    value = roman_value(match.group("numeral"))
    return match.group(0) if value is None else say_century(value)


@functools.cache
def _after_article(articles: Articles) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?P<article>(?i:(?P<f>{articles.feminine})|{articles.masculine})) "
        rf"(?=[IVXLCDM])(?P<numeral>{_ROMAN}) (?=\w\w)"
    )


def _numbered(match: re.Match[str], articles: Articles) -> str:
    value = roman_value(match["numeral"])
    if value is None:
        return match.group(0)
    said = articles.ordinal(value, match["f"] is not None)
    return (
        f"{match['article']} {said.capitalize() if match.string[match.end()].isupper() else said} "
    )


@functools.cache
def _before_times(times: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?=[IVXLCDM])(?P<numeral>{_ROMAN}) (?=(?:{times})\b)")


def _time(match: re.Match[str], articles: Articles) -> str:
    value = roman_value(match["numeral"])
    return match.group(0) if value is None else f"{articles.ordinal(value, True)} "


# Queens' names not in "-a" ("Isabel II", "Elizabeth II"); a name in "-a" is taken for a woman's.
_QUEENS = frozenset({"Isabel", "Elizabeth", "Leonor", "Beatriz", "Inés", "Mercedes"})


def _regnal_reader(
    match: re.Match[str], say_regnal: Callable[[int], str], articles: Articles | None
) -> Callable[[int], str]:
    name = match.group("name")
    queen = articles.queen if articles else None
    if queen and (name.endswith("a") or name in _QUEENS):
        return queen
    return say_regnal


def day_of_month_reader(
    month_names: str, joiner: str, first: str, say_day: Callable[[int], str]
) -> Callable[[str], str]:
    """A reader of a day written in Roman numerals before its month, as streets and squares
    named after a date write it ("via XX Settembre", "Rua XV de Novembro"): ``month_names``
    an alternation, ``joiner`` what stands between ("" or " de"), ``first`` the first day's word
    ("primo", "primeiro"), ``say_day`` the other days' cardinal."""
    pattern = re.compile(rf"(?<![\w.])(?P<numeral>[IVX]{{1,6}})(?={joiner} (?i:{month_names})\b)")

    def say(match: re.Match[str]) -> str:
        value = roman_value(match["numeral"])
        if value is None or value > 31:
            return match.group(0)
        return first if value == 1 else say_day(value)

    return functools.partial(pattern.sub, say)

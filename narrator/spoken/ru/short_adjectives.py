"""Adjectives written short before the noun they agree with, said in its gender and case:
"Гл. врач" -> "Главный врач", "засл. артиста" -> "заслуженного артиста", "Гос. пошлина" ->
"Государственная пошлина", "ст. лейтенантом" -> "старшим лейтенантом".

The abbreviations are ``tables/short_adjectives.tsv`` (written, the adjective's stem, its
declension); the nouns they are read before, ``tables/agreeing_nouns.tsv`` (nominative and
gender), whose singular forms are built here. Before any other word the abbreviation is left to
the other rules ("ст. 105" a law's article, "гл. 3" a chapter), as a word alone cannot tell its
gender and case.
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_table

# The adjective's ending by declension, gender and case (nominative, genitive, dative,
# prepositional, instrumental, accusative).
_ENDINGS = {
    "hard": {"m": "ый ого ому ом ым ый", "f": "ая ой ой ой ой ую", "n": "ое ого ому ом ым ое"},
    "sibilant": {"m": "ий его ему ем им ий", "f": "ая ей ей ей ей ую", "n": "ее его ему ем им ее"},
    "velar": {"m": "ий ого ому ом им ий", "f": "ая ой ой ой ой ую", "n": "ое ого ому ом им ое"},
    "soft": {"m": "ий его ему ем им ий", "f": "яя ей ей ей ей юю", "n": "ее его ему ем им ее"},
}
_CASES = "ngdpia"
_ADJECTIVES = {row[0]: (row[1], row[2]) for row in read_table("ru", "short_adjectives")}


def _noun_forms(nominative: str, gender: str) -> dict[str, str]:
    """The singular forms of a regular noun -> its case code (a form shared by two cases gets
    the one whose adjective ending is the same for both)."""
    if gender == "m" and nominative.endswith("ь"):
        stem = nominative[:-1]
        return {
            nominative: "n",
            stem + "я": "g",
            stem + "ю": "d",
            stem + "е": "p",
            stem + "ем": "i",
        }
    if gender == "m":
        return {nominative: "n", nominative + "а": "g", nominative + "у": "d",
                nominative + "е": "p", nominative + "ом": "i", nominative + "ем": "i"}  # fmt: skip
    if nominative.endswith(("ия", "ие")):
        stem = nominative[:-1]
        if gender == "f":
            return {nominative: "n", stem + "и": "g", stem + "ю": "a", stem + "ей": "i"}
        return {
            nominative: "n",
            stem + "я": "g",
            stem + "ю": "d",
            stem + "и": "p",
            stem + "ем": "i",
        }
    stem = nominative[:-1]
    if gender == "f":
        genitive = stem + ("и" if stem[-1] in "кгхжчшщ" else "ы")
        return {nominative: "n", genitive: "g", stem + "е": "d", stem + "у": "a", stem + "ой": "i"}
    return {nominative: "n", stem + "а": "g", stem + "у": "d", stem + "е": "p", stem + "ом": "i"}


_NOUNS = {
    form: (case, row[1])
    for row in read_table("ru", "agreeing_nouns")
    for form, case in _noun_forms(row[0], row[1]).items()
}
_SHORT = re.compile(
    r"(?<![\w.])(?P<written>(?i:"
    + "|".join(re.escape(w) for w in sorted(_ADJECTIVES, key=len, reverse=True))
    + r"))\s?(?P<noun>[А-ЯЁа-яё][а-яё]+)\b"
)
HINT = re.compile("|".join(re.escape(w) for w in _ADJECTIVES), re.IGNORECASE)


def _agreeing(match: re.Match[str]) -> str:
    written, noun = match["written"], match["noun"]
    if noun.lower() not in _NOUNS or written.lower() not in _ADJECTIVES:
        return match.group(0)
    case, gender = _NOUNS[noun.lower()]  # a name's noun has its capital: "Гос. Дума"
    stem, declension = _ADJECTIVES[written.lower()]
    said = stem + _ENDINGS[declension][gender].split()[_CASES.index(case)]
    return f"{said.capitalize() if written[0].isupper() else said} {noun}"


def read_short_adjectives(text: str) -> str:
    """Say the adjectives written short before a noun of the table, in its gender and case."""
    return _SHORT.sub(_agreeing, text) if HINT.search(text) else text

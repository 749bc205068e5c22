"""Spanish Roman numerals: centuries are cardinals ("siglo XIX" -> "siglo diecinueve"), kings
and popes ordinals up to ten and cardinals beyond ("Felipe II" -> "Felipe segundo", "Luis
XIV" -> "Luis catorce")."""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.common.romance_roman import (
    HINT,
    Articles,
    century_pair_reader,
    roman_reader,
)
from narrator.spoken.es.numbers import cardinal, ordinal

__all__ = ["HINT", "read_roman_numerals"]


def _regnal(number: int) -> str:
    return ordinal(number) if number <= 10 else cardinal(number)


def _queen(number: int) -> str:
    return ordinal(number, True) if number <= 10 else cardinal(number)


# Before its noun a masculine ordinal drops its "-o": "el I Congreso" -> "el primer Congreso".
_ARTICLES = Articles(
    "el|del|al|los", "la|las", lambda n, f: ordinal(n, f, apocope=not f), _queen, times="vez"
)
# The parts of a book, whose number is said as a king's: "el tomo III".
_PARTS = "capítulos?|tomos?|volumen|libros?|actos?|títulos?|cantos?"
_read_roman = roman_reader("siglos?|milenios?", cardinal, _regnal, _ARTICLES, parts=_PARTS)
# "s." before a Roman numeral is "siglo" ("en el s. XIX"); elsewhere a lone "s." may be anything.
_CENTURY_SHORT = re.compile(r"(?<![\w.])s\.\s?(?=[IVXL]+\b)")
# "ss." before Roman numerals is "siglos" ("los ss. XV-XVII").
_CENTURIES_SHORT = re.compile(r"(?<![\w.])ss\.\s?(?=[IVXL]+\b)")
# Two centuries after their noun: "siglos XV-XVII" -> "siglos quince a diecisiete", "siglos XV
# y XVI" -> "quince y dieciséis".
_read_century_pair = century_pair_reader("siglos?", "y|o|a|al", cardinal)


# Plural initials, each letter doubled, are no numerals: "las CC. AA." (comunidades autónomas),
# "CC. OO.", "FF. AA.", read by the abbreviations.
_PLURAL_INITIALS = re.compile(r"\b([A-Z])\1\.\s?(?:([A-Z])\2\.\s?)+")


# Text written all in small letters keeps a monarch's or a pope's numeral after the name:
# "carlos iii" -> "carlos tercero", "isabel ii" -> "isabel segunda" (a queen's feminine).
_QUEENS = ("isabel", "maría", "juana", "leonor", "catalina", "margarita", "victoria", "urraca",
           "berenguela", "blanca", "cristina", "beatriz")  # fmt: skip
_KINGS = ("carlos", "felipe", "fernando", "alfonso", "juan", "pedro", "enrique", "luis",
          "jaime", "sancho", "ramiro", "pío", "benedicto", "gregorio", "león", "pablo",
          "clemente", "urbano", "inocencio", "jorge", "eduardo", "guillermo", "ricardo",
          "federico", "napoleón", "amadeo", "pelayo", "bermudo", "ordoño", "fruela")  # fmt: skip
_SMALL_REGNAL = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join((*_QUEENS, *_KINGS)) + r") (?P<numeral>[ivx]{1,5})(?![\w-])"
)
# A Roman numeral that is the whole text is an ordinal, a heading's: "IV" -> "cuarto".
_LONE = re.compile(r"\s*(?P<numeral>[IVX]{2,6}|V|X)\s*")


def _small_regnal(match: re.Match[str]) -> str:
    value = roman_value(match["numeral"].upper())
    if not value:
        return match.group(0)
    said = _queen(value) if match["name"] in _QUEENS else _regnal(value)
    return f"{match['name']} {said}"


def read_roman_numerals(text: str) -> str:
    """Read Roman numerals: "siglo XIX" -> "siglo diecinueve", "Felipe II" -> "Felipe
    segundo"; "s. XIX" is "siglo diecinueve"."""
    text = _CENTURY_SHORT.sub("siglo ", _CENTURIES_SHORT.sub("siglos ", text))
    text = _read_century_pair(text)
    lone = _LONE.fullmatch(text)
    if lone and (value := roman_value(lone["numeral"])):
        return ordinal(value)
    text = _SMALL_REGNAL.sub(_small_regnal, text)
    if not _PLURAL_INITIALS.search(text):
        return _read_roman(text)
    kept = [m.span() for m in _PLURAL_INITIALS.finditer(text)]
    starts = [0] + [end for _, end in kept]
    ends = [start for start, _ in kept] + [len(text)]
    pieces = [_read_roman(text[a:b]) for a, b in zip(starts, ends, strict=True)]
    initials = [text[a:b] for a, b in kept] + [""]
    return "".join(p + i for p, i in zip(pieces, initials, strict=True))

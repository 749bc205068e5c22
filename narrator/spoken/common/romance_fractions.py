"""Fractions in the Romance languages: numerator, denominator, whole part and sign.

- "1/3" -> "un tercio"; "2 2/1000" -> "dos y dos milésimos"; "-1/3" -> "menos un tercio"
- "1/2 hora" -> "media hora", "1/2 kilo" -> "medio kilo" (with the language's half)
- "3/4 partes" -> "tres cuartas partes", "2/3 partes" -> "duas terças partes" (the language's
  feminine ordinals, given as ``parts``)
- "⅖" -> "dos quintos"; a season "2024/25" -> "dos mil veinticuatro veinticinco"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from narrator.spoken.common.romance_numbers import Form, Numerals, to_int
from narrator.spoken.common.seasons import is_season

FractionWords = Callable[[int, int], str]
"""(numerator, denominator) -> "dos quintos"."""
_PARTS = re.compile(r" (?:partes|parte)\b")

HINT = re.compile(r"\d/\d|[¼½¾⅐-⅞]")
_VULGAR = {"¼": (1, 4), "½": (1, 2), "¾": (3, 4), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10),
           "⅓": (1, 3), "⅔": (2, 3), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5),
           "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
           "⅞": (7, 8)}  # fmt: skip
# The whole part may be joined by "y" or "e" as it is said: "3 y 1/2" -> "tres y medio".
_FRACTION = re.compile(
    r"(?<![\w.,/-])(?P<sign>-)?(?:(?P<whole>\d+) (?:[ye] )?)?(?P<num>\d+)/"
    r"(?P<den>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)"
)
_VULGAR_RE = re.compile(r"(?:(?P<whole>\d+) ?)?(?P<glyph>[¼½¾⅐-⅞])")


_NOUN_AFTER = re.compile(r" ([a-záéíóúàèìòùâêôãõç]+)\b")
# Words after "1/2" that are no noun it counts: "1/2 de la población" is a half of it.
# The masculine that quantities count in "-a": "2 1/2 días" is "dos y medio".
_DAYS = frozenset({"día", "días", "dia", "dias"})
_NOT_NOUNS = frozenset({"de", "del", "della", "delle", "dello", "dei", "degli", "di", "do",
                        "da", "dos", "das", "y", "e", "o", "ou", "en", "em", "in"})  # fmt: skip

# A whole and a half before what they count are said with the noun between, as spoken: "2 y
# 1/2 horas" -> "dos horas y media", "1 y 1/2 hora" -> "una hora y media", "3 1/2 chili" ->
# "tre chili e mezzo"; not before a word that counts nothing ("3 y 1/2 más").
_WHOLE_HALF_NOUN = re.compile(
    r"(?<![\w.,/-])(?P<whole>\d+) (?:[ye] )?1/2 (?P<noun>[a-záéíóúàèìòùâêôãõçñ]{3,})\b"
)
_NOT_COUNTED = frozenset({"más", "mas", "menos", "più", "meno", "por", "per", "para", "con",
                          "sin", "senza", "que", "che", "sobre", "entre", "tra", "fra",
                          "cuando", "quando", "como", "come"})  # fmt: skip


def _plural(noun: str) -> str:
    """A singular's plural as the gender guess knows plurals: "vez" -> "veces", "hora" ->
    "horas", "mes" stays; a consonant takes "-es"."""
    if noun.endswith("z"):
        return noun[:-1] + "ces"
    return noun + ("s" if noun[-1] in "aeiouáéíóú" else "es")


def fraction_reader(
    numerals: Numerals,
    words: FractionWords,
    half: str = "",
    half_before_noun: str = "",
    parts: Mapping[int, str] | None = None,
    noun_form: Callable[[str], Form] | None = None,
) -> Callable[[str], str]:
    """A rule reading fractions with a language's ``words`` for numerator and denominator;
    ``half``, if given, is said after a whole number ("dos y medio"); ``half_before_noun``
    ("medio"), if given, says "1/2" before a noun, agreeing with it ("media hora");
    ``parts``, the feminine ordinals by denominator ({4: "cuarta"}), if given, say a fraction
    before "partes" ("tres cuartas partes"); ``noun_form``, the language's guesser of a plural's
    gender (`table_noun_form`), if given, tells a feminine the ending does not ("veces")."""

    def feminine_noun(noun: str) -> bool:
        """Whether the counted ``noun`` is feminine: by the language's guess for its plural
        ("3 y 1/2 veces" -> "tres veces y media", "1 y 1/2 vez" -> "una vez y media"), else by
        its ending in "-a"."""
        plural = noun if noun.endswith("s") else _plural(noun)
        guessed = noun_form(f" {plural}") if noun_form else ""
        if guessed:
            return guessed == "f"
        return noun.endswith(("a", "as")) and noun not in _DAYS

    def said(sign: str | None, whole: str | None, numerator: int, denominator: int) -> str:
        fraction = words(numerator, denominator)
        if whole and half and (numerator, denominator) == (1, 2):
            fraction = half
        if whole:
            fraction = f"{numerals.cardinal(int(whole), '')} {numerals.and_word} {fraction}"
        return f"{numerals.minus} {fraction}" if sign else fraction

    def say_fraction(match: re.Match[str]) -> str:
        denominator = to_int(match.group("den"))
        if denominator == 0:
            return match.group(0)
        whole, numerator = match.group("whole"), match.group("num")
        if parts and denominator in parts and not whole and _PARTS.match(match.string, match.end()):
            plural = "s" if int(numerator) > 1 else ""
            said_parts = f"{numerals.cardinal(int(numerator), 'f')} {parts[denominator]}{plural}"
            return f"{numerals.minus} {said_parts}" if match.group("sign") else said_parts
        if half_before_noun and (numerator, denominator, whole) == ("1", 2, None):
            noun = _NOUN_AFTER.match(match.string, match.end())
            if noun and noun.group(1) not in _NOT_NOUNS:
                feminine = noun.group(1).endswith(("a", "as")) and noun.group(1) not in _DAYS
                return half_before_noun[:-1] + "a" if feminine else half_before_noun
        if not whole and is_season(numerator, match.group("den")):
            year, next_year = int(numerator), denominator
            return f"{numerals.cardinal(year, '')} {numerals.cardinal(next_year, '')}"
        fraction = said(match.group("sign"), whole, int(numerator), denominator)
        noun = _NOUN_AFTER.match(match.string, match.end())
        if whole and half and (numerator, denominator) == ("1", 2) and noun and half[-1] == "o":
            # the half agrees with a feminine noun after it: "3 y 1/2 tazas" -> "tres y media"
            word = noun.group(1)
            if len(word) > 2 and word not in _NOT_NOUNS and feminine_noun(word):
                said_whole = numerals.cardinal(int(whole), "f")
                feminine = f"{said_whole} {numerals.and_word} {half[:-1]}a"
                return f"{numerals.minus} {feminine}" if match.group("sign") else feminine
        return fraction

    def say_noun_between(match: re.Match[str]) -> str:
        noun = match["noun"]
        if noun in _NOT_COUNTED | _NOT_NOUNS:
            return match.group(0)
        is_feminine = feminine_noun(noun)
        if match["whole"] == "1" and noun.endswith(("as", "os")):
            noun = noun[:-1]  # one and a half is said with the singular: "una taza y media"
        whole = numerals.cardinal(int(match["whole"]), "f" if is_feminine else "m")
        said_half = f"{half[:-1]}a" if is_feminine and half[-1] == "o" else half
        return f"{whole} {noun} {numerals.and_word} {said_half}"

    def say_glyph(match: re.Match[str]) -> str:
        return said(None, match.group("whole"), *_VULGAR[match.group("glyph")])

    def read_fractions(text: str) -> str:
        """Read fractions: "1/3" -> "un tercio", "2 2/1000" -> "dos y dos milésimos"."""
        if half and "1/2" in text:
            text = _WHOLE_HALF_NOUN.sub(say_noun_between, text)
        return _VULGAR_RE.sub(say_glyph, _FRACTION.sub(say_fraction, text))

    return read_fractions

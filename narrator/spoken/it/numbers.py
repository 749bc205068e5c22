"""Italian numbers: cardinals, ordinals, decimals read in pairs.

- 369 -> "trecento sessantanove" (hundreds apart from tens, so that engines say them clearly)
- 3453243534 -> "tre miliardi quattrocento cinquantatre milioni duecento quarantatremila ..."
- 1 before a noun -> "un" ("un metro"), feminine "una"; 3º -> "terzo"
- "33,32" -> "trentatre virgola trentadue"
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_numbers import (
    Form,
    Numerals,
    digit_by_digit,
    in_pairs,
    number_reader,
)
from narrator.spoken.common.romance_one import Singulars, one_reader

DIGITS = ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
TOO_LONG = 10**15
"""Numbers from here on have no name to say them by: they are read digit by digit."""

_SCALES = ((10**12, "bilione", "bilioni"), (10**9, "miliardo", "miliardi"),
           (10**6, "milione", "milioni"))  # fmt: skip
_UNITS = ("", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_SCALE_AFTER = re.compile(r" (?:mila|milion|miliard|bilion)")


def _below_hundred(number: int) -> str:
    from num2words import num2words  # lazy: narrator --help starts without it

    # "trentatre": the accent of "tré" is left to the engine, as the references write it.
    return str(num2words(number, lang="it")).replace("tré", "tre")


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = [_UNITS[hundreds] + "cento"] if hundreds else []
    if rest:
        words.append(_below_hundred(rest))
    return " ".join(words)


def cardinal(number: int, form: Form = "") -> str:
    """186 -> "cento ottantasei"; ``form`` "m" before a noun (1 -> "un"), "f" (1 -> "una")."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    if number == 0:
        return "zero"
    words = []
    for power, singular, plural in _SCALES:
        count, number = divmod(number, power)
        if count:
            words.append(f"un {singular}" if count == 1 else f"{cardinal(count)} {plural}")
    thousands, number = divmod(number, 1000)
    if thousands:
        words.append("mille" if thousands == 1 else _below_thousand(thousands) + "mila")
    if number:
        words.append(_below_thousand(number))
    said = " ".join(words)
    if form and said.endswith("uno"):
        said = said[:-3] + ("una" if form == "f" else "un")
    return said


def ordinal(number: int, feminine: bool = False) -> str:
    """3 -> "terzo"; ``feminine`` "terza"."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    from num2words import num2words  # lazy: narrator --help starts without it

    said = str(num2words(number, lang="it", to="ordinal"))
    return said[:-1] + "a" if feminine else said


_PAIRS = in_pairs(cardinal, "zero")


def _fraction_digits(digits: str, form: Form) -> str:
    """Three decimals without a leading zero are one number ("42,195" -> "quarantadue virgola
    centonovantacinque"); others two at a time ("33,32" -> "trentatre virgola trentadue")."""
    if len(digits) == 3 and digits[0] != "0":
        return cardinal(int(digits), form)
    return _PAIRS(digits, form)


NUMERALS = Numerals(
    cardinal=cardinal,
    ordinal=ordinal,
    fraction_digits=_fraction_digits,
    comma="virgola",
    point="punto",
    minus="meno",
    plus="più",
    and_word="e",
    digits=DIGITS,
)

_read_every_number = number_reader(NUMERALS, _SCALE_AFTER)
_SINGULARS = Singulars.of(
    ("a", "zione", "sione", "gione", "nione", "tà", "tù", "si"),
    "mano foto moto radio auto notte morte parte gente classe chiave fonte madre sede torre "
    "nave legge pelle mente neve voce croce luce pace rete sete fame carne febbre",
    "problema tema sistema programma clima dramma poeta pilota pianeta cinema papa",
    "a ad al alla allo ai agli alle con contro da dal dalla dai di del della dei degli delle e "
    "ed fra in nel nella nei negli nelle o per su sul sulla tra più meno ogni come che x vs il "
    "lo la le gli un una uno suo sua dopo prima oggi ieri anche mentre ma però quando dove non "
    "si ha è grazie già",
    "numero n tipo gruppo livello fase posto piano linea canale serie categoria capitolo cap "
    "articolo art pagina pag volume vol sala binario km minuto giornata tappa versione gara "
    "classe opzione",
)
# "uno" before "s" and a consonant, "z", "gn", "ps", "pn", "x", "y" or "i" and a vowel; "un'"
# before a feminine's vowel.
_UNO = re.compile(r"s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou]")


def _one(gender: str, noun: str) -> str:
    if gender == "f":
        return ("un'" if noun[0] in "aeiouàèéìòù" else "una ") + noun
    return ("uno " if _UNO.match(noun) else "un ") + noun


_read_ones = one_reader(_SINGULARS, _one, ("uno", "una", "e"))


# "1" starting a range before a feminine plural is "una": "1 o 2 volte" -> "una o due volte",
# "1-2 ore" (by now "1 a 2 ore") -> "una a due ore"; a plural in "-e" is a feminine's.
_ONE_IN_RANGE = re.compile(
    r"(?<![\w.,/:–-])1(?= (?:o|a|e) \d+ (?:[a-zà-ù]+ )?(?!(?:[nds]?[ae]?lle|che|come|dove|"
    r"mentre|sempre|grazie|se)\b)[a-zà-ù]{2,}e\b)"
)


def read_numbers(text: str) -> str:
    """Read every number left: "1.200" -> "mille duecento"; "1 casa" -> "una casa"."""
    if "1 " in text:  # a quick test before the search
        text = _ONE_IN_RANGE.sub("una", text)
    return _read_every_number(_read_ones(text))


def year(number: int) -> str:
    """1962 -> "millenovecento sessantadue": Italian says years as cardinals."""
    return cardinal(number)


def decimal(written: str) -> str:
    """ "-2,5" -> "meno due virgola cinque"; text that is no number is returned as it is."""
    return read_numbers(written)

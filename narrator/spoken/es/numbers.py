"""Spanish numbers: cardinals that agree with their noun, ordinals, decimals read in pairs.

- 21 -> "veintiuno"; before a noun "veintiún millones"; feminine "veintiuna", "doscientas"
- 3.º -> "tercero", 3.ª -> "tercera", 1.ᵉʳ -> "primer"; 13.º -> "decimotercero"
- "33,32" -> "treinta y tres coma treinta y dos"; "60,2400" -> "sesenta coma veinticuatro cero cero"
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_gender import table_noun_form
from narrator.spoken.common.romance_numbers import (
    Form,
    Numerals,
    digit_by_digit,
    in_pairs,
    number_reader,
)
from narrator.spoken.common.romance_one import Singulars, one_reader

DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
TOO_LONG = 10**24
"""Numbers from here on have no name to say them by: they are read digit by digit."""

_UNITS = ("", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
          "noveno")  # fmt: skip
_TENS = ("", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo",
         "septuagésimo", "octogésimo", "nonagésimo")  # fmt: skip
_HUNDREDS = ("", "centésimo", "ducentésimo", "tricentésimo", "cuadringentésimo", "quingentésimo",
             "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo")  # fmt: skip
_JOINED_TENS = {1: "decimo", 2: "vigesimo"}  # 13.º "decimotercero", 21.º "vigesimoprimero"
_APOCOPE = re.compile(r"\b(veinti)?uno(?= (?:mil|millón|millones|billón|billones|trillón|"
                      r"trillones|cuatrillón|cuatrillones)\b)")  # fmt: skip
_FINAL_UNO = re.compile(r"\b(veinti)?uno$")
_SCALE_AFTER = re.compile(r" (?:mil|mill|bill|trill)")
_NOUN_FORM = table_noun_form("es")


def _num2words(number: int) -> str:
    from num2words import num2words  # lazy: narrator --help starts without it

    return str(num2words(number, lang="es"))


def _feminine(words: str) -> str:
    # The thousands before "mil" stay masculine, as the references (and much speech) say them:
    # "seiscientos mil toneladas", "cincuenta y un mil líneas".
    *thousands, rest = re.split(r"(?<=\bmil\b)", words)
    rest = re.sub(r"ientos\b", "ientas", rest)
    rest = re.sub(r"\b(veinti)?(?:uno|ún|un)\b(?! mill| bill| trill)", r"\1una", rest)
    return "".join(thousands) + rest


def cardinal(number: int, form: Form = "") -> str:
    """186 -> "ciento ochenta y seis"; ``form`` "m" before a masculine noun (21 -> "veintiún"),
    "f" feminine (21 -> "veintiuna", 200 -> "doscientas")."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    if form == "f" and number >= 1_000_000:
        high, low = divmod(number, 1_000_000)
        words = _num2words(high * 1_000_000)
        return f"{words} {cardinal(low, 'f')}" if low else words
    words = _APOCOPE.sub(_apocope, _num2words(number))
    if form == "f":
        return _feminine(words)
    return _FINAL_UNO.sub(_apocope, words) if form == "m" else words


def _apocope(match: re.Match[str]) -> str:
    return "veintiún" if match.group(1) else "un"


def _ordinal_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if rest in (11, 12):
        words.append("undécimo" if rest == 11 else "duodécimo")
    elif tens in _JOINED_TENS and units:
        unit = _UNITS[units]
        words.append(_JOINED_TENS[tens] + (unit[1:] if unit.startswith("o") else unit))
    else:
        words += [w for w in (_TENS[tens], _UNITS[units]) if w]
    return " ".join(words)


def ordinal(number: int, feminine: bool = False, apocope: bool = False) -> str:
    """3 -> "tercero"; ``feminine`` "tercera"; ``apocope`` (before a noun, "1.ᵉʳ") "tercer"."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    if number <= 0:
        return cardinal(number)
    words = []
    for power, name in ((10**6, "millonésimo"), (1000, "milésimo")):
        count, number = divmod(number, power)
        if count:
            words.append(name if count == 1 else cardinal(count, "m").replace(" ", "") + name)
    if number:
        if apocope and number % 100 == 11:
            words.append(_ordinal_below_thousand(number - 11).strip() + " decimoprimero")
        else:
            words.append(_ordinal_below_thousand(number))
    said = " ".join(w for w in " ".join(words).split())
    if apocope:
        said = re.sub(r"(primer|tercer)o$", r"\1", said)
    if feminine:
        said = re.sub(r"o\b", "a", said)
    return said


def _pair(number: int, form: Form) -> str:
    return cardinal(number, form)


NUMERALS = Numerals(
    cardinal=cardinal,
    ordinal=lambda number, feminine: ordinal(number, feminine),
    fraction_digits=in_pairs(_pair, "cero"),
    comma="coma",
    point="punto",
    minus="menos",
    plus="más",
    and_word="y",
    digits=DIGITS,
)

# A feminine plural determiner before a number whose noun is left out, or comes later: "y
# otras 31 resultaron heridas" -> "otras treinta y una", "unas 200" -> "unas doscientas".
_FEMININE_BEFORE = re.compile(
    r"(?<!\w)(?i:las|unas|otras|estas|esas|aquellas|ambas|algunas|todas|cuantas|tantas|"
    r"primeras|últimas|demás) $"
)
_read_every_number = number_reader(NUMERALS, _SCALE_AFTER, _NOUN_FORM, _FEMININE_BEFORE)
_SINGULARS = Singulars.of(
    ("a", "ción", "sión", "dad", "tad", "tud", "umbre", "ie"),
    "vez mujer luz paz ley red piel cárcel flor labor imagen mano foto moto radio noche muerte "
    "parte gente calle clase llave fuente tarde nieve frase base suerte carne leche madre sede "
    "torre nube fase mente sangre crisis tesis dosis razón sal voz cruz nariz raíz actriz",
    "día mapa problema tema sistema programa idioma planeta cometa poeta clima drama esquema "
    "poema dilema lema fantasma pijama",
    "a al ante bajo con contra de del desde durante e en entre es era fue hacia hasta mediante "
    "menos más o para por que se según sin sobre son tras u y x vs cada como el la "
    "los las lo le les un una unos unas su sus mi tu este esta ese esa ya pero hoy ayer no ha "
    "había cuando donde mientras aunque también gracias después antes ni si sí muy",
    "número núm nº n.º no tipo modo grupo nivel fase puesto lugar piso planta línea canal ruta "
    "división categoría capítulo cap artículo art página pág tomo volumen vol sala puerta andén "
    "km kilómetro minuto min temporada jornada etapa serie versión clase opción paso prioridad",
)
_read_ones = one_reader(
    _SINGULARS,
    lambda gender, noun: f"{'una' if gender == 'f' else 'un'} {noun}",
    ("uno", "una", "as"),
)


def read_numbers(text: str) -> str:
    """Read every number left: "1.200" -> "mil doscientos"; "1 persona" -> "una persona"."""
    return _read_every_number(_read_ones(text))


def year(number: int) -> str:
    """1962 -> "mil novecientos sesenta y dos": Spanish says years as cardinals."""
    return cardinal(number)


def decimal(written: str) -> str:
    """ "-2,5" -> "menos dos coma cinco"; text that is no number is returned as it is."""
    return read_numbers(written)

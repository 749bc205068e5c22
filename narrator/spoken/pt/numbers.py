"""Portuguese (Brazilian) numbers: cardinals that agree with their noun, ordinals, decimals
read digit by digit.

- 1999 -> "mil novecentos e noventa e nove"; 1001110 -> "um milhão mil cento e dez"
- feminine: 2 -> "duas", 200 -> "duzentas" ("duas horas", "duzentas pessoas")
- 11º -> "décimo primeiro", 11ª -> "décima primeira"; "1,15" -> "um vírgula um cinco"
"""

from __future__ import annotations

import re

from narrator.spoken.common.romance_gender import table_noun_form
from narrator.spoken.common.romance_numbers import (
    Form,
    Numerals,
    digit_by_digit,
    number_reader,
    one_by_one,
)
from narrator.spoken.common.romance_one import Singulars, one_reader

DIGITS = ("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")
TOO_LONG = 10**18
"""Numbers from here on have no name to say them by: they are read digit by digit."""

_SCALES = (("", ""), ("mil", "mil"), ("milhão", "milhões"), ("bilhão", "bilhões"),
           ("trilhão", "trilhões"), ("quatrilhão", "quatrilhões"))  # fmt: skip
_SCALE_AFTER = re.compile(r" (?:mil|milh|bilh|trilh)")
_GUESSED_FORM = table_noun_form("pt")


def _below_thousand(number: int) -> str:
    from num2words import num2words  # lazy: narrator --help starts without it

    return str(num2words(number, lang="pt_BR"))


def _feminine(words: str) -> str:
    words = re.sub(r"entos\b", "entas", words)
    return re.sub(r"\bum\b", "uma", re.sub(r"\bdois\b", "duas", words))


def cardinal(number: int, form: Form = "") -> str:
    """1010 -> "mil e dez"; ``form`` "f" feminine (2 -> "duas", 200 -> "duzentas"). Groups join
    with "e" only before the last, when it is below a hundred or a round hundred."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    if number == 0:
        return "zero"
    groups = []
    power = 0
    while number:
        number, group = divmod(number, 1000)
        groups.append((power, group))
        power += 1
    spoken_groups = [(p, g) for p, g in reversed(groups) if g]
    words = []
    for index, (power, group) in enumerate(spoken_groups):
        said = _below_thousand(group)
        if form == "f" and power < 2:
            said = _feminine(said)
        if power == 1:
            said = "mil" if group == 1 else f"{said} mil"
        elif power >= 2:
            singular, plural = _SCALES[power]
            said = f"{said} {singular if group == 1 else plural}"
        last = index == len(spoken_groups) - 1
        if index and last and (group < 100 or group % 100 == 0):
            said = f"e {said}"
        words.append(said)
    return " ".join(words)


def ordinal(number: int, feminine: bool = False) -> str:
    """11 -> "décimo primeiro"; ``feminine`` "décima primeira"."""
    if number >= TOO_LONG:
        return digit_by_digit(number, DIGITS)
    from num2words import num2words  # lazy: narrator --help starts without it

    said = str(num2words(number, lang="pt_BR", to="ordinal"))
    return re.sub(r"o\b", "a", said) if feminine else said


NUMERALS = Numerals(
    cardinal=cardinal,
    ordinal=ordinal,
    fraction_digits=one_by_one(cardinal),
    comma="vírgula",
    point="ponto",
    minus="menos",
    plus="mais",
    and_word="e",
    digits=DIGITS,
)


def _noun_form(after: str) -> Form:
    # The hundreds before "mil" agree with the noun after it: "300 mil pessoas" ->
    # "trezentas mil pessoas".
    return _GUESSED_FORM(after[4:] if after.startswith(" mil ") else after)


# A feminine plural determiner before a number whose noun is left out, or comes later:
# "e outras 32 ficaram feridas" -> "outras trinta e duas", "umas 200" -> "umas duzentas".
_FEMININE_BEFORE = re.compile(
    r"(?<!\w)(?i:as|umas|outras|estas|essas|aquelas|ambas|algumas|todas|quantas|tantas|"
    r"primeiras|últimas|das|nas|pelas|às) $"
)
_read_every_number = number_reader(NUMERALS, _SCALE_AFTER, _noun_form, _FEMININE_BEFORE)
_SINGULARS = Singulars.of(
    ("a", "ção", "são", "dade", "tude", "agem", "ie"),
    "mão foto moto noite morte parte gente classe chave fonte tarde neve frase base sorte carne "
    "mãe sede torre vez luz paz lei rede pele flor mulher cor dor nuvem fase mente crise tese "
    "análise lente febre fome ordem",
    "dia mapa problema tema sistema programa idioma planeta clima drama poeta cinema papa",
    "a ao aos à às até com contra de do da dos das e em entre para por pelo pela sem sobre ou x "
    "vs é mais menos cada como que os as um uma no na nos nas num numa seu sua este esta esse "
    "essa hoje ontem já mas após antes depois quando não se foi está também",
    "número nº n.º tipo grupo nível fase lugar andar linha canal série categoria capítulo cap "
    "artigo art página pág volume vol sala portão km rodada etapa versão classe minuto opção",
)
_read_ones = one_reader(
    _SINGULARS,
    lambda gender, noun: ("uma " if gender == "f" else "um ") + noun,
    ("um", "uma", "as"),
)


def read_numbers(text: str) -> str:
    """Read every number left: "1.200" -> "mil e duzentos"; "1 pessoa" -> "uma pessoa"."""
    return _read_every_number(_read_ones(text))


def year(number: int) -> str:
    """2024 -> "dois mil e vinte e quatro": Portuguese says years as cardinals."""
    return cardinal(number)


def decimal(written: str) -> str:
    """ "-1,2" -> "menos um vírgula dois"; text that is no number is returned as it is."""
    return read_numbers(written)

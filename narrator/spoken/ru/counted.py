"""A Russian number with the noun it counts, agreeing in number and case: "5 руб." ->
"пять рублей", "2,5 л" -> "две целых пять десятых литра", "о 21 тыс." -> "о двадцати одной
тысяче", "при 760 мм" -> "при семистах шестидесяти миллиметрах"; the unit's and currency's
forms come from their tables (`narrator.spoken.ru.measures`, `narrator.spoken.ru.money`)."""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import decimal, form, is_fraction, spoken_thousand, whole

# A feminine's accusative after one, word by word: "тысяча" -> "тысячу", "неделя" ->
# "неделю", "лошадиная сила" -> "лошадиную силу".
_FEMININE_ACCUSATIVE = re.compile(r"(?:ая|яя|а|я)\b")
_ACCUSATIVE_ENDINGS = {"ая": "ую", "яя": "юю", "а": "у", "я": "ю"}


# A noun's plural in the dative, prepositional and instrumental, hard and soft: "часам",
# "часах", "часами"; "рублям", "неделях".
_PLURAL_ENDINGS = {"d": ("ам", "ям"), "p": ("ах", "ях"), "i": ("ами", "ями")}


# An adjective before a unit's noun: "квадратный метр", "лошадиная сила".
_ADJECTIVE = re.compile(r"[а-яё]{3,}(?:ый|ий|ой|ая|яя) ")


def _adjective_in_case(adjective: str, case: str, plural: bool) -> str:
    """An adjective before a unit's noun in the dative, prepositional or instrumental:
    "квадратный" -> "квадратном", plural "квадратных"; "лошадиная" -> "лошадиной"."""
    stem, vowel = adjective[:-2], "и" if adjective.endswith("ий") else "ы"
    if plural:
        return stem + {"d": f"{vowel}м", "p": f"{vowel}х", "i": f"{vowel}ми"}[case]
    if adjective.endswith(("ая", "яя")):
        return stem + "ой"
    return stem + {"d": "ому", "p": "ом", "i": f"{vowel}м"}[case]


def _oblique_plural(one: str, case: str) -> str | None:
    """The plural in ``case`` of a unit's or currency's noun from its singular ("метр в секунду"
    -> "метрах в секунду"), its first word declined, and an adjective before it ("квадратный
    метр" -> "квадратных метрах"); None where it cannot be told: a word that does not decline
    ("евро"), "человек"."""
    if _ADJECTIVE.match(one):
        adjective, _, noun = one.partition(" ")
        declined = _oblique_plural(noun, case)
        return declined and f"{_adjective_in_case(adjective, case, True)} {declined}"
    head, space, rest = one.partition(" ")
    *joined, last = head.split("-")  # "киловатт-час": the last part declines
    if head == "человек" or last.endswith(("ый", "ий", "ой", "ая", "яя", "о", "е", "и", "у")):
        return None
    soft = last[-1] in "ьяй"
    stem = last[:-1] if last[-1] in "аяьй" else last
    declined = stem + _PLURAL_ENDINGS[case][soft]
    return "-".join([*joined, declined]) + space + rest


# A singular noun's ending -> its ending in the dative, prepositional and instrumental.
_SINGULAR_ENDINGS = {
    "а": {"d": "е", "p": "е", "i": "ой"}, "я": {"d": "е", "p": "е", "i": "ей"},
    "ия": {"d": "ии", "p": "ии", "i": "ией"}, "й": {"d": "ю", "p": "е", "i": "ем"},
    "ь": {"d": "ю", "p": "е", "i": "ем"}, "": {"d": "у", "p": "е", "i": "ом"},
}  # fmt: skip


def _singular_in_case(one: str, case: str, gender: str) -> str | None:
    """The singular of a unit's noun in the dative, prepositional or instrumental ("тысяча" ->
    "тысяче", "процент" -> "процентом", "рубль" -> "рублю"), with the adjective before it
    ("квадратный метр" -> "квадратном метре") and the words after it ("градус Цельсия" ->
    "градусе Цельсия"); None where the noun does not decline ("евро") or is a feminine's "-ь"."""
    if _ADJECTIVE.match(one):
        adjective, _, noun = one.partition(" ")
        declined = _singular_in_case(noun, case, gender)
        return declined and f"{_adjective_in_case(adjective, case, False)} {declined}"
    one, space, rest = one.partition(" ")
    if "-" in one or one.endswith(("о", "е", "и", "у", "ы")):
        return None
    if one.endswith("ь") and gender == "f":
        return None
    ending = next(e for e in ("ия", "а", "я", "й", "ь", "") if one.endswith(e))
    return one[: len(one) - len(ending)] + _SINGULAR_ENDINGS[ending][case] + space + rest


def counted(text: str, forms: tuple[str, str, str, str], gender: str, case: str = "n") -> str:
    """A written number with its noun agreeing: ("5", рубль...) -> "пять рублей", ("2,5",
    литр...) -> "две целых пять десятых литра"; ``forms`` is (one, few, many, fraction)."""
    one, few, many, fraction = forms
    if is_fraction(text):
        return f"{spoken_thousand(decimal(text, case))} {fraction}"
    n = whole(text)
    one_ending = n % 10 == 1 and n % 100 != 11  # "до 61 тыс." -> "шестидесяти одной тысячи"
    single = n == 1 or (case == "g" and one_ending)
    noun = form(n, one, few, many) if case in ("n", "a") else fraction if single else many
    if case in _PLURAL_ENDINGS and n != 1:  # "при 760 мм" -> "миллиметрах", "к 5 часам"
        noun = _oblique_plural(one, case) or noun
    if case in ("d", "p", "i") and one_ending:  # "о 21 тыс." -> "о двадцати одной тысяче",
        noun = _singular_in_case(one, case, gender) or noun  # "с 61 %" -> "одним процентом"
    if case == "a" and noun == one and gender == "f":  # "на 1 тыс." -> "одну тысячу"
        noun = _FEMININE_ACCUSATIVE.sub(lambda m: _ACCUSATIVE_ENDINGS[m.group(0)], noun)
    return f"{spoken_thousand(decimal(text, case, gender))} {noun}"

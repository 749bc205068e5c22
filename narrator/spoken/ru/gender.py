"""The gender a Russian number takes from the singular noun after it, guessed from its
ending with no dictionary: "2 команды" -> "две команды" (after two to four a feminine noun
ends in "-ы"/"-и", a masculine or neuter one in "-а"/"-я"), "21 тысяча" -> "двадцать одна
тысяча", "1 решение" -> "одно решение"."""

from __future__ import annotations

import re

_NEXT_WORD = re.compile(r"\s([а-яё]+)(?![\w-])")
_ACCUSATIVE_U = re.compile(r"у$")
_ACCUSATIVE_YU = re.compile(r"ю$")
# An adjective between a number and its noun: after two to four it is a plural ("2 новые
# школы", "2 новых дома"), after one its ending shows the gender ("1 новая школа").
_PLURAL_ADJECTIVE = re.compile(r"\s[а-яё]{2,}(?:ые|ие|ых|их)(?=\s[а-яё])")
_ADJECTIVE_GENDER = (("ая", "f"), ("яя", "f"), ("ую", "f"), ("юю", "f"), ("ое", "n"),
                     ("ее", "n"), ("ый", "m"), ("ий", "m"))  # fmt: skip
# After one, the nominative: feminines in these endings or listed (a masculine genitive in "-а"
# after a number, "до 1 часа", is too common to take every "-а" for a feminine).
_FEMININE_ENDINGS = ("ция", "сия", "ия", "ость", "ица")
_FEMININE = frozenset({
    "тысяча", "команда", "страна", "неделя", "минута", "секунда", "книга", "машина", "школа",
    "женщина", "девушка", "семья", "квартира", "статья", "победа", "ошибка", "заявка",
    "жертва", "задача", "копейка", "единица", "часть", "ночь", "площадь", "тонна", "штука",
    "строка", "страница", "жалоба", "попытка", "медаль", "модель", "сотня", "группа", "улица",
    "сделка", "точка", "голова", "партия", "область", "гривна", "награда", "игра", "песня",
    "картина", "бутылка", "рота", "дивизия", "ракета", "атака", "звезда", "премия", "лига",
    "глава", "полоса", "годовщина", "смена", "платформа", "палата", "дорожка", "трибуна",
    "ветка", "четверть", "очередь", "ступень", "серия", "сессия", "линия", "программа",
})  # fmt: skip
_NEUTER_ENDINGS = ("ние", "тие", "ство")
_NEUTER = frozenset({"место", "дело", "слово", "окно", "село", "письмо", "лицо", "очко",
                     "число", "судно", "предприятие", "государство", "здание"})  # fmt: skip


def gender_before(number: str, after: str) -> str:
    """The gender ("m", "f", "n") of the integer ``number`` before the text ``after`` it, in
    the nominative or accusative: ("32", " команды") -> "f", ("1", " место") -> "n"."""
    adjective = _PLURAL_ADJECTIVE.match(after)
    if adjective and number[-1:] in "234":
        after = after[adjective.end() :]
    match = _NEXT_WORD.match(after)
    if not match or not number.isdigit():
        return "m"
    word, last, tens = match.group(1), int(number[-1]), number[-2:-1]
    if tens == "1":
        return "m"
    if last == 1:
        # An adjective before its noun shows the gender: "1 новая школа".
        shown = _adjective_gender(word) if _NEXT_WORD.match(after, match.end()) else None
        return shown or _gender_after_one(word)
    if last == 2 and len(word) > 2 and word.endswith(("ы", "и")) and not _is_short_participle(word):
        return "f"
    return "m"


_GENITIVE_FEMININE = re.compile(r"\s[а-яё]{2,}[ыи](?!\w)")


def genitive_gender(number: str, after: str) -> str:
    """The gender ("m", "f") of the integer ``number`` read in the genitive before the text
    ``after`` it: after one a feminine's genitive ends in "-ы"/"-и", a man's or a neuter's
    never (" больницы" -> "f": "из 21 больницы" -> "двадцати одной")."""
    ends_in_one = number[-1:] == "1" and number[-2:] != "11"
    return "f" if ends_in_one and _GENITIVE_FEMININE.match(after) else "m"


# A short participle in the plural after a number is its verb, no feminine noun: "2
# госпитализированы" -> "два".
_SHORT_PARTICIPLES = frozenset({"ранены", "убиты", "задержаны", "спасены", "найдены",
                                "освобождены", "уволены", "осуждены", "доставлены",
                                "арестованы", "избраны", "награждены", "признаны"})  # fmt: skip


def _is_short_participle(word: str) -> bool:
    return word.endswith(("ованы", "еваны")) or word in _SHORT_PARTICIPLES


def _adjective_gender(word: str) -> str | None:
    """The gender an adjective's ending shows ("новая" -> "f"), or None for another word."""
    if len(word) <= 3:
        return None
    return next((gender for ending, gender in _ADJECTIVE_GENDER if word.endswith(ending)), None)


def _gender_after_one(word: str) -> str:
    """The gender of a noun after one, in the nominative or accusative: "неделю" -> "f"."""
    # An accusative feminine ends in "-у"/"-ю": "на 1 неделю".
    nominative = _ACCUSATIVE_U.sub("а", _ACCUSATIVE_YU.sub("я", word))
    if _is_feminine(word) or _is_feminine(nominative) or _feminine_by_ending(nominative):
        return "f"
    neuter = word in _NEUTER or word.endswith(_NEUTER_ENDINGS)
    # A noun in "-о" is neuter ("1 серебро", "1 фото"), but for the currency "евро".
    return "n" if neuter or (word.endswith("о") and word != "евро") else "m"


def _is_feminine(word: str) -> bool:
    return word in _FEMININE or word.endswith(_FEMININE_ENDINGS)


# A nominative in "-а"/"-я" after one is a feminine's ("31 поликлиника", "1 бригада") but
# for a few men's nouns and for the genitive endings of people's nouns (an animate's
# accusative: "на 1 жителя", "задержали 1 пенсионера"; the dative's "-нику", "-енту") and of
# a few common things ("1 часа", "1 дня"); in "-ь" only where no man's noun ends so.
_FEMININE_ENDINGS_IN_A = ("а", "я")
_FEMININE_ENDINGS_IN_SOFT_SIGN = ("асть", "есть", "знь", "чь", "шь", "щь", "жь")
_MASCULINE_GENITIVE_ENDINGS = (
    "ента", "анта", "ника", "чика", "щика", "ера", "ёра", "ора", "ира", "иста", "рача", "ата",
    "тана", "терана", "иона", "анина", "янина", "енка", "ёнка", "века", "ока", "лога", "гога",
    "ища", "теля", "ря", "ца", "года", "рода", "авода", "деда", "дня", "коня", "огня", "рубля",
    "короля", "кремля", "тажа", "ужа", "руга", "лга", "нега", "нука", "вука", "часа", "уса",
    "тра", "сына", "ая", "яя",
)  # fmt: skip
_FEMININE_LOOKALIKE_ENDINGS = ("ица", "линика", "хника")
_MASCULINE_IN_A = frozenset({"мужчина", "судья", "юноша", "папа", "дядя", "дедушка", "слуга",
                             "коллега", "староста", "гражданина", "магазина"})  # fmt: skip


def _feminine_by_ending(word: str) -> bool:
    """Whether ``word``, a noun after one that the list does not know, ends as a feminine
    nominative: "поликлиника", "болезнь" yes; "пенсионера", "шинель" (a man's "-ь" too) no."""
    if len(word) < 4 or word in _MASCULINE_IN_A:
        return False
    if word.endswith(_FEMININE_ENDINGS_IN_SOFT_SIGN):
        return True
    if not word.endswith(_FEMININE_ENDINGS_IN_A):
        return False
    return word.endswith(_FEMININE_LOOKALIKE_ENDINGS) or not word.endswith(
        _MASCULINE_GENITIVE_ENDINGS
    )


def is_feminine_prepositional(word: str) -> bool:
    """Whether a singular noun in the prepositional is feminine: "области", "стране" (from
    "страна"); "регионе", "городе" are not."""
    return word.endswith("и") or _is_feminine(word[:-1] + "а") or _is_feminine(word[:-1] + "я")

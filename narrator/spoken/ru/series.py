"""A bare number before a singular noun it cannot count names the noun's place in a series,
an ordinal in the noun's case: a count would make the noun a plural there.

- "с 3 пути" -> "с третьего пути" (a count: "с трех путей"), "ученики 5 класса" -> "пятого
  класса" (a count: "пять классов")
- "на 2 этаже" -> "на втором этаже", "на 90 минуте" -> "на девяностой минуте"
- "к 3 уроку" -> "к третьему уроку", "под 7 номером" -> "под седьмым номером"
- "с 1 по 3 курс" -> "с первого по третий курс" (a count: "по три курса")

A number ending in one is left to numbers ("в 21 регионе" counts: "в двадцати одном"), as is
two to four before a genitive singular with no preposition ("2 класса" counts), a time of
day ("с 8 утра") and a year's or a century's noun, which ordinals read.
"""

from __future__ import annotations

import re

from narrator.spoken.ru.gender import is_feminine_prepositional
from narrator.spoken.ru.numbers import ordinal
from narrator.spoken.tables import read_table

# The prepositions and the case each gives a noun after a number in a series.
_GENITIVE = {"с", "со", "до", "от", "из", "у", "для", "после", "без", "около", "возле", "против"}
_PREPOSITIONAL = {"в", "во", "на", "о", "об", "при"}
_DATIVE = {"к", "ко", "по"}
_INSTRUMENTAL = {"под", "над", "перед"}
_CASE_ENDINGS = {
    "g": ("а", "я", "ы", "и"), "p": ("е", "и"), "d": ("у", "ю", "е"), "i": ("ом", "ем"),
}  # fmt: skip
# Words a number can stand before without being their ordinal: a time of day ("в 5 утра"),
# the years' and centuries' nouns, neuters whose ending looks like a prepositional, and the
# small words, numerals and verbs that end as a noun does ("до 5 или 6", "5 были").
_NOT_IN_SERIES = frozenset({
    "утра", "вечера", "дня", "ночи", "часа", "часу", "года", "году", "века", "веку", "раза",
    "лет", "поле", "море", "сердце", "солнце", "или", "либо", "почти", "уже", "где", "еще",
    "тоже", "также", "чтобы", "сразу", "ему", "кому", "тому", "почему", "потому", "себе",
    "мне", "тебе", "нее", "вне", "вместе", "когда", "тогда", "всегда", "иногда", "никогда",
    "туда", "сюда", "она", "они", "одна", "одну", "две", "три", "четыре", "трое", "двое",
    "оба", "обе", "тысячи", "тысяча", "тысячу", "сотни", "больше", "меньше", "дальше",
    "позже", "раньше", "ниже", "выше", "дороже", "дешевле", "старше", "моложе", "младше",
    "хуже", "лучше", "короче", "шире", "глубже", "чаще", "реже", "легче", "тяжелее",
})  # fmt: skip
# Endings of adjectives and comparatives ("5 новые", "на 2 быстрее") and of verbs in the past
# ("5 стали"), which no noun of a series has.
_NOT_A_NOUN = ("ые", "ие", "ее", "ое", "ье", "ая", "яя", "ли", "ла", "ми")
# Nouns in "-и" that are no feminine's genitive: "пути" (путь), "времени", "имени".
_MASCULINE_IN_I = frozenset({"пути", "времени", "имени", "знамени", "племени"})
_NUMBER_AND_NOUN = re.compile(
    r"(?<![\w.,:/-])(?P<num>\d{1,4})\s(?P<noun>[а-яё]{3,})(?![\w-])(?!\s?[-–—]\s?\d)"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)\s+$")
HINT = re.compile(r"\d\s[а-яё]")


def _case(before: str, number: str) -> tuple[str | None, bool]:
    """The case a number in a series takes from the word before it: a preposition's, or the
    genitive with none (then only a number that cannot count a genitive singular); and
    whether a preposition gave it."""
    match = _WORD_BEFORE.search(before[-20:])
    word = match.group(1).lower() if match else ""
    for case, words in (("g", _GENITIVE), ("p", _PREPOSITIONAL), ("d", _DATIVE),
                        ("i", _INSTRUMENTAL)):  # fmt: skip
        if word in words:
            return case, True
    counts_singular = number[-1:] in "234" and number[-2:-1] != "1"
    # With no word right before ("ст. 8 закона", "№ 5 дома") the number is a label's.
    no_case = counts_singular or not word or word in ("за", "через", "про")
    return (None if no_case else "g"), False


def _gender(noun: str, case: str) -> str:
    """The noun's gender from its singular ending in ``case``: a feminine's "-ы", "-и" in the
    genitive, "-е" after a feminine's "-а" in the prepositional or dative."""
    if case == "g":
        return "f" if noun.endswith(("ы", "и")) and noun not in _MASCULINE_IN_I else "m"
    if case in ("p", "d") and noun.endswith(("е", "и")):
        return "f" if is_feminine_prepositional(noun) and noun not in _MASCULINE_IN_I else "m"
    return "m"


def _in_series(match: re.Match[str]) -> str:
    number, noun = match["num"], match["noun"]
    if (
        (number[-1:] == "1" and number[-2:] != "11")
        or noun in _NOT_IN_SERIES
        or noun.endswith(_NOT_A_NOUN)
    ):
        return match.group(0)
    case, governed = _case(match.string[: match.start()], number)
    if case is None or not noun.endswith(_CASE_ENDINGS[case]):
        return match.group(0)
    if case == "g" and not governed and noun.endswith(("ы", "и")):
        return match.group(0)  # "еще 12 госпитализированы": a plural, perhaps no noun
    if case == "p" and noun.endswith("и") and number[-1:] in "234" and number[-2:-1] != "1":
        return match.group(0)  # "на 3 части": a count's genitive singular
    return f"{ordinal(int(number), case, _gender(noun, case))} {noun}"


# "с 1 по 3 курс": the first and the last of a series, a masculine or neuter noun ("с 15 по 20
# число") after the last in its nominative singular, which no count of two or more takes ("по
# три курса"): both ordinals, the first a genitive, the last an accusative ("с первого по
# третий курс").
_FROM_TO = re.compile(
    r"(?<![\w-])(?P<from>[Сс]о?)\s(?P<a>\d{1,3})\sпо\s(?P<b>\d{1,3})\s"
    r"(?P<noun>[а-яё]{2,}[бвгджзклмнпрстфхцчшщ]|[а-яё]{3,}о)(?![\w-])"
)
# Words in "-о" that are no neuter noun: "с 5 по 10 около 100 человек".
_NOT_NEUTER = frozenset({"около", "много", "мало", "только", "ровно", "всего", "было", "его"})
# The genitive plurals in no ending, which a count takes ("с 1 по 10 тонн"): the units'.
_COUNTED = frozenset(
    {"лет", "человек", "штук", "раз"} | {row[3] for row in read_table("ru", "units")}
)


def _from_to(match: re.Match[str]) -> str:
    noun = match["noun"]
    if noun.endswith(("ов", "ев")) or noun in _COUNTED or noun in _NOT_NEUTER:
        return match.group(0)
    first, last = int(match["a"]), int(match["b"])
    if first >= last:
        return match.group(0)
    gender = "n" if noun.endswith("о") else "m"  # "с 15 по 20 число"
    said = f"{match['from']} {ordinal(first, 'g', gender)} по {ordinal(last, 'n', gender)}"
    return f"{said} {noun}"


def read_numbers_in_series(text: str) -> str:
    """Read a bare number before a singular noun it cannot count as the noun's ordinal: "на 2
    этаже" -> "на втором этаже", "с 3 пути" -> "с третьего пути", "с 1 по 3 курс" -> "с
    первого по третий курс"."""
    if "по " in text:  # a quick test before the search
        text = _FROM_TO.sub(_from_to, text)
    return _NUMBER_AND_NOUN.sub(_in_series, text)

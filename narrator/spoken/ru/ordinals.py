"""Ordinals in Russian: a number with its written ending, and years and centuries before their noun.

- "6-й" -> "шестой", "22-я" -> "двадцать вторая", "2-го" -> "второго", "4-м" -> "четвертом",
  "3-е место" -> "третье место",
  "1950-е" -> "тысяча девятьсот пятидесятые", "1920-х" -> "тысяча девятьсот двадцатых"
- "в 2024 году" -> "в две тысячи двадцать четвертом году", "2024 год" -> "две тысячи двадцать
  четвертый год", "к 2030 году" -> "к две тысячи тридцатому году", "с 1991 г." -> "с тысяча
  девятьсот девяносто первого года"
- a year standing alone ("в 1945", "(1999)") is an ordinal too: "в тысяча девятьсот сорок
  пятом", "тысяча девятьсот девяносто девятый"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.decade_ranges import read_decade_ranges
from narrator.spoken.ru.numbers import (
    AGE_NOUNS,
    LOCATIVE,
    cardinal,
    case_after,
    form,
    ordinal,
    year_ends_sentence,
)
from narrator.spoken.ru.series import read_numbers_in_series
from narrator.spoken.tables import read_table

# The written ending -> (case, gender, plural) of the ordinal.
_ENDINGS = {
    "й": ("n", "m", False), "ый": ("n", "m", False), "ий": ("n", "m", False),
    "ой": ("n", "m", False), "я": ("n", "f", False), "ая": ("n", "f", False),
    "е": ("n", "m", True), "ые": ("n", "m", True), "ое": ("n", "n", False),
    "го": ("g", "m", False), "ого": ("g", "m", False), "м": ("p", "m", False),
    "ом": ("p", "m", False), "му": ("d", "m", False), "ому": ("d", "m", False),
    "х": ("g", "m", True), "ых": ("g", "m", True), "ю": ("a", "f", False),
    "ую": ("a", "f", False), "ым": ("i", "m", False), "ми": ("i", "m", True),
    "ыми": ("i", "m", True),
}  # fmt: skip
HINT = re.compile(r"\d")
_SUFFIXED = re.compile(
    r"(?<![\w.,])(?P<num>\d+)-(?P<end>"
    + "|".join(sorted(_ENDINGS, key=len, reverse=True))
    + r")(?!\w)(?:(?P<years>\s?(?:гг|вв)\.)|\s(?P<km>км)(?![\w/²]))?"
)
# A road's kilometre post after its ordinal, in the ordinal's case: "на 45-м км" -> "на сорок
# пятом километре".
_KILOMETRE = {"n": "километр", "a": "километр", "g": "километра", "d": "километру",
              "p": "километре", "i": "километром"}  # fmt: skip

# A noun after a year or century -> the ordinal's (case, gender, plural); "году" after "к" or
# "по" is a dative, elsewhere a prepositional.
NOUNS = {
    "год": ("n", "m", False), "года": ("g", "m", False), "году": ("p", "m", False),
    "годом": ("i", "m", False), "годе": ("p", "m", False), "годы": ("n", "m", True),
    "годов": ("g", "m", True), "годах": ("p", "m", True), "годам": ("d", "m", True),
    "годами": ("i", "m", True),
    "век": ("n", "m", False), "века": ("g", "m", False), "веку": ("d", "m", False),
    "веком": ("i", "m", False), "веке": ("p", "m", False), "веков": ("g", "m", True),
    "веках": ("p", "m", True),
}  # fmt: skip
# The case a preposition gives a year or century written with an abbreviation ("г.", "в.").
_ABBREVIATED = {
    "в": "p", "во": "p", "о": "p", "об": "p", "при": "p", "к": "d", "по": "d", "с": "g",
    "со": "g", "до": "g", "от": "g", "после": "g", "около": "g", "из": "g", "начала": "g",
    "конца": "g", "середины": "g", "весны": "g", "лета": "g", "осени": "g", "зимы": "g",
    "за": "n", "на": "n", "через": "n", "про": "n", "между": "i", "перед": "i",
}  # fmt: skip
_SAID_NOUN = {"г": ("год", "года", "году", "году", "годом"),
              "в": ("век", "века", "веку", "веке", "веком"),
              "гг": ("годы", "годов", "годам", "годах", "годами"),
              "вв": ("века", "веков", "векам", "веках", "веками")}  # fmt: skip
_CASE_INDEX = {"n": 0, "g": 1, "d": 2, "p": 3, "i": 4}
# "с" after a phrase of comparing or joining asks an instrumental, not the "from"'s genitive:
# "по сравнению с 2022 г." -> "с две тысячи двадцать вторым годом".
_WITH = re.compile(r"(?i)(?:по сравнению|в сравнении|наряду|вместе|в связи|одновременно)\sсо?\s$")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# "-е" is a plural ("1990-е", "2-е годы") unless a neuter noun follows ("3-е место").
_NEUTER_NEXT = re.compile(r"\s[а-яё]+(?<![ыи]е)[ое](?!\w)")
_YEAR_NOUN = re.compile(
    r"(?<![\w.,])(?:(?P<first>\d{1,4})(?P<joint>\s?[-–—]\s?|\s(?:и|или)\s)"
    # a century's start may be short: "с 15 по 17 век" -> "с пятнадцатого по семнадцатый век"
    r"|(?P<from>(?i:со?|от))\s(?P<start>\d{3,4}|\d{1,2}(?=\s(?:по|до)\s\d{1,2}\s?(?:век|в\.)))"
    r"\s(?P<to>по|до)\s)?"
    r"(?P<num>\d{1,4})(?P<space>\s?)(?P<noun>"
    + "|".join(sorted(NOUNS, key=len, reverse=True))
    + r"|гг\.|вв\.|г\.|в\.)(?!\w)"
)
_LONE_YEAR = re.compile(r"(?<![\w.,\-])(?P<num>1[5-9]\d\d|20\d\d)(?![\w,\-:]|\.\d|\s?%)")
_MONTHS = r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_MONTH_NEXT = re.compile(rf"\s(?:{_MONTHS})(?!\w)", re.IGNORECASE)
# A month in any case, or written short, before a year makes it a genitive: "в сентябре 2022"
# -> "две тысячи двадцать второго", "в сент. 2023 г." -> "двадцать третьего года".
_MONTH_WORD = (
    r"(?<![\w.])(?i:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"(?:ь|я|е|ю|ем|а|у|ом)?|ма[йяею]|(?:янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек)\.)"
)
_LONE_YEAR_BEFORE = re.compile(
    rf"(?i)(?:(?<!\w)(?:в|с|до|к|по|от|после|около)|{_MONTHS}|{_MONTH_WORD})\s$"
)


def preposition(before: str) -> str:
    """The last word before a number, lower-cased ("" at the start)."""
    match = _LAST_WORD.search(before[-20:])
    return match.group(1).lower() if match else ""


# A lower-case word right before a year written short, no preposition: a noun whose year it
# is, a genitive ("в январе 2024 г." -> "две тысячи двадцать четвертого года"); a period's
# noun written short too ("за 9 мес. 2023 г." -> "двадцать третьего года").
_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?:[А-ЯЁа-яё][а-яё]+|(?:мес|нед|кв)\.|{_MONTH_WORD})\s+$")
# Unless that word is a verb whose subject the year or century is, a nominative: "настал XX
# в.", "начался 2024 г.", "выдался 1998 г.": a reflexive, or a masculine past in "-ил", "-ыл",
# "-ёл" or "стал" (a noun in "-ал", "-ел" is common: "квартал", "отдел").
_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:[а-яё]*(?:лся|ется|ится|стал)|[а-яё]+(?:ил|ыл|ёл|шел))\s+$"
)


def _noun_case(noun: str, before: str) -> tuple[str, str, bool]:
    if noun.endswith("."):
        abbreviated = noun.rstrip(".")
        plural = abbreviated in ("гг", "вв")
        case = "i" if _WITH.search(before) else _ABBREVIATED.get(preposition(before))
        if case is None:
            noun_before = _NOUN_BEFORE.search(before) and not _VERB_BEFORE.search(before)
            case = "g" if noun_before else "n"
        return case, "m", plural
    case, gender, plural = NOUNS[noun.lower()]
    if noun.lower() == "году" and preposition(before) in ("к", "по"):
        case = "d"
    return case, gender, plural


# The words after which a number before "год", "года" names a year ("с 988 года"), not a
# count of years ("на 2 года", "ему 31 год").
_YEAR_PREPOSITIONS = frozenset(
    {"с", "со", "до", "от", "после", "около", "из", "к", "по", "начала", "конца", "середины"}
)


# The words after which a number before "год", "года" is an age: a person's, or "возраст".
_AGE_WORDS = AGE_NOUNS | {"возрасте", "возраста", "возраст", "возрастом"}


def _counts_years(match: re.Match[str]) -> bool:
    """Whether a number of at most three digits before "год" or "года" counts years: the
    noun agrees with it as with a count (1, 21 "год"; 2-4, 22 "года"), and no word before
    makes it a year; before "годам" always ("к 2 годам"). Numbers then say it: "на 2 года"
    -> "на два года", "21 год" -> "двадцать один год" (not "на второго года")."""
    noun, number = match["noun"].lower(), match["num"]
    if match["first"] or len(number) > 3:
        return False
    if noun in ("год", "года") and preposition(match.string[: match.start()]) in _AGE_WORDS:
        return True  # "ребенок 1 года", "в возрасте 61 года": an age
    if noun in ("годам", "годами"):  # a plural year is written "90-м годам", "90-ми годами"
        return True
    if noun not in ("год", "года"):
        return False
    if form(int(number), "год", "года", "лет") != noun:
        return False
    return preposition(match.string[: match.start()]) not in _YEAR_PREPOSITIONS


# "3 кг 200 г.": grams after a weight, no year.
_AFTER_WEIGHT = re.compile(r"\d\s?(?:кг|т)\.?\s$")
# "1980 г. р.": the year of one's birth, "года рождения", its year a genitive.
_BIRTH_YEAR = re.compile(r"(?<![\w.,])(?P<year>\d{4})\s?г\.\s?р\.")


def read_year_nouns(text: str) -> str:
    """Read a year or century before its noun, in the noun's case: "в 2024 году" -> "в две
    тысячи двадцать четвертом году", "с 1991 г." -> "с тысяча девятьсот девяносто первого года"."""

    def say(match: re.Match[str]) -> str:
        noun = match["noun"]
        if _counts_years(match) or (
            noun == "г." and _AFTER_WEIGHT.search(match.string, 0, match.start())
        ):
            return match.group(0)
        before = match.string[: match.start("num" if match["start"] else 0)]
        case, gender, plural = _noun_case(noun, before)
        if match["start"]:  # "с 1941 по 1945 год": the first year is a genitive, like the noun
            start = f"{match['from']} {ordinal(int(match['start']), 'g')} {match['to']} "
            if noun.endswith("."):  # "по 2000 гг." is "по двухтысячный год"
                case, plural = ("g" if match["to"] == "до" else "n"), False
            return start + _year_and_noun(match, case, gender, plural)
        if match["first"]:  # "1941-1945 годы": two years, each in the singular
            first, last = (ordinal(int(match[g]), case, gender) for g in ("first", "num"))
            joint = f" {match['joint'].strip()} " if match["joint"].strip().isalpha() else " "
            return f"{first}{joint}{last}{match['space'] or ' '}{_said_noun(match, case, plural)}"
        return _year_and_noun(match, case, gender, plural)

    return _YEAR_NOUN.sub(say, _BIRTH_YEAR.sub(r"\g<year> года рождения", text))


def _year_and_noun(match: re.Match[str], case: str, gender: str, plural: bool) -> str:
    words = ordinal(int(match["num"]), case, gender, plural)
    return f"{words}{match['space'] or ' '}{_said_noun(match, case, plural)}"


def _said_noun(match: re.Match[str], case: str, plural: bool) -> str:
    """The noun as written, or an abbreviation's ("г.", "гг.") in the case and number it
    is read in; its full stop is kept where it also ends the sentence."""
    noun = match["noun"]
    if not noun.endswith("."):
        return noun
    ends = year_ends_sentence(match)
    abbreviation = noun.rstrip(".")
    if abbreviation in ("гг", "вв") and not plural:
        abbreviation = abbreviation[0]
    return _SAID_NOUN[abbreviation][_CASE_INDEX.get(case, 0)] + ("." if ends else "")


def read_lone_years(text: str) -> str:
    """Read a year without its noun as an ordinal, in the case the word before gives it:
    "в 1945" -> "в тысяча девятьсот сорок пятом", "(1999)" -> "(тысяча девятьсот девяносто
    девятый)"; a number followed by a word is counted ("1500 человек") and left to numbers."""

    def say(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        after = match.string[match.end() :].lstrip()
        if after[:1].isalpha() and after[:1].islower():
            return match.group(0)
        word = preposition(before)
        case = _ABBREVIATED.get(word, "g" if _LONE_YEAR_BEFORE.search(before) else "n")
        return ordinal(int(match["num"]), "n" if case == "d" and word == "по" else case)

    return _LONE_YEAR.sub(say, text)


_PREPOSITIONAL_NEXT = re.compile(r"\s[а-яё]+[еи](?!\w)")


def _ending_case(match: re.Match[str]) -> tuple[str, str, bool]:
    """The (case, gender, plural) a written ending says, with the words around where it is
    ambiguous: "-м" is prepositional after "в", "на"... or alone, instrumental after another
    word ("стал 1-м" -> "первым"); "-й" after a preposition of another case is a feminine in
    it ("к 10-й годовщине" -> "к десятой"), and after "в", "на" before a noun in "-е" or "-и"
    a prepositional feminine ("в 5-й школе" -> "в пятой", "на 3-й линии" -> "на третьей"),
    with none before a feminine's genitive ("участок 5-й линии" -> "пятой")."""
    end = match["end"]
    case, gender, plural = _ENDINGS[end]
    before = match.string[: match.start()]
    if end == "м" and before.strip() and preposition(before) not in LOCATIVE:
        return "i", "m", False
    if end == "й":
        governed = case_after(before)
        if governed in ("g", "d", "i", "p"):
            return governed, "f", False
        if preposition(before) in LOCATIVE and _PREPOSITIONAL_NEXT.match(match.string, match.end()):
            return "p", "f", False
        if preposition(before) == "по" and _PREPOSITIONAL_NEXT.match(match.string, match.end()):
            return "d", "f", False  # "по 3-й программе" -> "по третьей"
        if governed == "n" and _PREPOSITIONAL_NEXT.match(match.string, match.end()):
            return "g", "f", False  # "участок 5-й линии" -> "пятой": no man's noun ends so
    return case, gender, plural


def _is_neuter_next(match: re.Match[str]) -> bool:
    """Whether a neuter singular follows the ordinal ``match``: a neuter noun ("3-е место") or
    a month, the ordinal then a day ("1-е сентября")."""
    after = match.end()
    return bool(_NEUTER_NEXT.match(match.string, after) or _MONTH_NEXT.match(match.string, after))


# A cardinal written with its case ending: "2-х", "3-х" (a genitive or prepositional of two
# to four, "двух", "трех"), "5-ти", "7-ми" (of five and more, "пяти", "семи"), "2-мя",
# "5-тью" (an instrumental); "1990-х" and "1-х" stay ordinals (a decade, "первых").


# A unit after such a cardinal takes its case too: "в 3-х км от города" -> "в трех
# километрах", "около 2-х км" -> "двух километров", "с 2-мя л" -> "с двумя литрами"; the
# prepositional and instrumental plurals from the genitive plural ("километров", "тонн",
# "квадратных метров", "градусов Цельсия"), unless its noun ends in a vowel.
_UNIT_MANY = {row[0]: row[3] for row in read_table("ru", "units")}
_CARDINAL_SUFFIX = re.compile(
    r"(?<![\w.,])(?P<num>\d+)-(?P<end>х|ти|ми|мя|тью|мью)(?!\w)"
    r"(?P<written_unit>\s?(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNIT_MANY, key=len, reverse=True))
    + r")(?![\wа-яё²³/])(?:\.(?=\s[а-яё\d]))?)?"
)


def _unit_in_case(unit: str, case: str) -> str | None:
    many = _UNIT_MANY[unit]
    if case == "g":
        return many
    words = many.split(" ")
    for i, word in enumerate(words):
        if word.endswith(("ых", "их")):  # "квадратных" -> "квадратных", "квадратными"
            words[i] = word if case == "p" else word[:-1] + "ми"
        elif word[-1] in "аеиоуыэюяь":
            return None
        else:  # the noun, "километров", "тонн", "минут"; what follows it stays
            stem = word[:-2] if word.endswith("ов") else word
            words[i] = stem + ("ах" if case == "p" else "ами")
            return " ".join(words)
    return None


def _cardinal_with_ending(match: re.Match[str]) -> str:
    n, end = int(match["num"]), match["end"]
    two_to_four = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    if end == "х" and not two_to_four:
        return match.group(0)
    if end in ("ти", "ми") and (n < 5 or two_to_four or (n % 10 == 1 and n % 100 != 11)):
        return match.group(0)
    case = "i" if end in ("мя", "тью", "мью") else "g"
    unit = match["unit"]
    if case == "g" and unit and preposition(match.string[: match.start()]) in LOCATIVE:
        case = "p"
    said = cardinal(n, case)
    unit_said = _unit_in_case(unit, case) if unit else None
    return f"{said} {unit_said}" if unit_said else said + (match["written_unit"] or "")


# A place in a ranking written with a bare number: "2 место" (a count would say "2 места"),
# "на 3 месте", "3 местом" are ordinals; "1 место" is one after "на" or "занял" ("вышла на 1
# место" -> "на первое место"), a count elsewhere ("осталось 1 место").
_RANK = re.compile(
    r"(?<![\w.,-])(?:(?P<from>[Сс]о?)\s(?P<first>\d{1,3})\sпо\s)?"
    r"(?P<num>\d{1,3})\s(?P<noun>место|месте|местом)(?!\w)"
)
_RANK_CASES = {"место": "n", "месте": "p", "местом": "i"}
_TAKES_RANK = re.compile(r"(?i)(?<!\w)(?:на|занял\w*|занима\w*)\s$")


def _rank(match: re.Match[str]) -> str:
    noun = match["noun"]
    if (
        noun == "место"
        and match["num"] == "1"
        and not _TAKES_RANK.search(match.string, 0, match.start())
    ):
        return match.group(0)
    said = f"{ordinal(int(match['num']), _RANK_CASES[noun], 'n')} {noun}"
    if match["first"]:  # "с 1 по 3 место" -> "с первого по третье место"
        return f"{match['from']} {ordinal(int(match['first']), 'g', 'n')} по {said}"
    return said


def read_ordinals(text: str) -> str:
    """Read numbers with a written ending, then years and centuries before their noun: "6-й"
    -> "шестой", "в 2024 году" -> "в две тысячи двадцать четвертом году"."""

    def say(match: re.Match[str]) -> str:
        case, gender, plural = _ending_case(match)
        if match["end"] == "е" and _is_neuter_next(match):
            gender, plural = "n", False
        said = ordinal(int(match["num"]), case, gender, plural)
        if match["years"]:  # "в 1990-х гг." -> "в ... девяностых годах"
            if case == "g" and preposition(match.string[: match.start()]) in LOCATIVE:
                case = "p"
            said += " " + _SAID_NOUN[match["years"].strip(" .")][_CASE_INDEX.get(case, 0)]
        if match["km"]:
            said += " " + _KILOMETRE.get(case, "километр")
        return said

    text = _CARDINAL_SUFFIX.sub(_cardinal_with_ending, read_decade_ranges(text))
    text = _RANK.sub(_rank, text)
    return read_numbers_in_series(read_year_nouns(_SUFFIXED.sub(say, text)))

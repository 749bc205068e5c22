"""Numbers in Russian: cardinals and ordinals in any case and gender, decimals, digit strings,
the agreement of a noun with its number, and every number left.

- "2 300" -> "две тысячи триста" (a space between groups of three); "03" -> "три" (a leading
  zero is not heard); "-050" -> "минус пятьдесят"
- "2,3" -> "две целых три десятых" (the decimal comma, read as a fraction)
- after a preposition that governs a case, the number takes it: "более 500" -> "более пятисот",
  "к 5" -> "к пяти", "о 2" -> "о двух"
- a noun after a number: "один рубль", "два рубля", "пять рублей"; after a decimal, the
  genitive singular ("три целых две десятых литра")

Number words come from num2words' Russian module (its cases and genders), loaded alone at the
first number. They are written with "е" for "ё", as the references are; espeak-ng reads both alike.
"""

from __future__ import annotations

import functools
import re

from narrator.spoken.common.numwords import converter
from narrator.spoken.ru.case_gender import INSTRUMENTAL_ONE, PREPOSITIONAL_ONE, gender_in_case
from narrator.spoken.ru.dative import dative_gender, feminine_accusative
from narrator.spoken.ru.gender import gender_before
from narrator.spoken.tables import read_mapping, read_words

DIGITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")

# The case a word gives the number after it (``tables/governing.tsv``): a preposition's ("от 5"
# -> "от пяти"; the accusative "a" of a number is its nominative but for "одну" and "тысячу":
# "на 1 500 рублей" -> "на одну тысячу пятьсот"), a noun's whose measure follows ("на высоте
# 3 000 м" -> "трех тысяч метров"), a verb's ("достигло 100" -> "достигло ста"; "составит 1500"
# -> "тысячу пятьсот", the amount its object). Verbs whose amount is their object are listed
# by their past stem in ``tables/amount_verbs.tsv``, each in its four forms ("составил",
# "составила", "составило", "составили"); a subject after its verb ("погибли 1200 человек")
# stays nominative.
_GOVERNED = read_mapping("ru", "governing")
_GOVERNED |= {
    verb + end: "a" for verb in read_words("ru", "amount_verbs") for end in ("", "а", "о", "и")
}
_LAST_WORD = re.compile(r"(\w+)\W*$")
# A word that governs a number only when nothing but a space or an opening mark stands
# between them: "Участников — 300" is no genitive, "до (около) 5" is one.
_GOVERNING_WORD = re.compile(r"(\w+)\.?[\s«(\"+]*$")  # "ок. 500": a word written short too


def _plain(words: str) -> str:
    return words.replace("ё", "е")


# The second of two numbers joined by "и" or "или", the first not read yet, takes the case of
# the word before the first: "между 100 и 200 руб." -> "между ста и двумястами рублями".
_JOINED_BEFORE = re.compile(r"(\w+)\.?\s+\d[\d\u00a0 ,]*\s(?:и|или)\s$")


# The first number of a range and its dash, not read yet: the second number is in the case
# the word before the first gives ("до 30–50%" -> "до тридцати-пятидесяти процентов").
_RANGE_FIRST = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?\s?[-–—]\s?$")


def case_after(before: str) -> str:
    """The case that the word before a number gives it: "более" -> "g", none -> "n"; after
    a range's first number, the word before that: "около 5–" -> "g"."""
    first = _RANGE_FIRST.search(before[-30:])
    if first:
        before = before[: len(before) - len(before[-30:]) + first.start()]
    match = _GOVERNING_WORD.search(before[-20:])
    case = _GOVERNED.get(_plain(match.group(1).lower()), "n") if match else "n"
    if case == "n" and before.endswith(("и ", "или ")):
        joined = _JOINED_BEFORE.search(before[-40:])
        if joined:
            return _GOVERNED.get(_plain(joined.group(1).lower()), "n")
    return case


@functools.lru_cache(maxsize=4096)
def cardinal(n: int, case: str = "n", gender: str = "m") -> str:
    """Read an integer: 186 -> "сто восемьдесят шесть", (2, gender="f") -> "две"."""
    if n < 0:
        return "минус " + cardinal(-n, case, gender)
    if case == "a":
        words = cardinal(n, "n", gender)
        return re.sub(r"\bтысяча\b", "тысячу", re.sub(r"\bодна\b", "одну", words))
    if case == "an":  # an animate's accusative: "одного" the genitive, "двадцать" the nominative
        return re.sub(r"\bодин$", "одного", cardinal(n, "a", gender)) if n > 9 else cardinal(n, "g")
    return _plain(converter("ru").to_cardinal(n, case=case, gender=gender))


@functools.lru_cache(maxsize=4096)
def ordinal(n: int, case: str = "n", gender: str = "m", plural: bool = False) -> str:
    """Read an integer as an ordinal: 3 -> "третий", (1950, plural=True) -> "тысяча девятьсот
    пятидесятые", (2024, "p") -> "две тысячи двадцать четвертом"."""
    return _plain(converter("ru").to_ordinal(n, case=case, gender=gender, plural=plural))


def year(n: int) -> str:
    """Read a year, as Russian does, as an ordinal: 1999 -> "тысяча девятьсот девяносто девятый"."""
    return ordinal(n)


def form(n: int, one: str, few: str, many: str) -> str:
    """The noun's form after the integer ``n``: 1 -> ``one``, 2-4 -> ``few``, else ``many``."""
    if n % 100 in (11, 12, 13, 14):
        return many
    return {1: one, 2: few, 3: few, 4: few}.get(n % 10, many)


def digits(text: str) -> str:
    """Read every digit on its own: "004" -> "ноль ноль четыре"."""
    return " ".join(DIGITS[int(c)] for c in text if c.isdigit())


def is_fraction(text: str) -> bool:
    """Whether a written number has decimals ("2,5")."""
    return "," in text


def whole(text: str) -> int:
    """The integer a written number without decimals stands for: "2 300" -> 2300."""
    return int(re.sub(r"\D", "", text) or "0")


# "одна целая", "одна десятая": a feminine one and its ordinal, in the accusative "одну ...ую".
_ONE_FEMININE = re.compile(r"\bодна (\w+)ая\b")


def decimal(text: str, case: str = "n", gender: str = "m") -> str:
    """Read a written Russian number: "-2,5" -> "минус две целых пять десятых", "2 300" ->
    "две тысячи триста"; integers in ``case`` and ``gender``."""
    text = re.sub(r"[\s.]", "", text)
    sign = ""
    if text[:1] in "-−":
        sign, text = "минус ", text[1:]
    integer, _, fraction = text.partition(",")
    if not fraction:
        return sign + cardinal(int(integer or "0"), case, gender)
    if case not in ("n", "a"):
        return sign + _oblique_fraction(int(integer or "0"), fraction, case)
    words = _plain(converter("ru").to_cardinal(f"{int(integer or '0')}.{fraction}"))
    if case == "a":  # "на 1,2" -> "на одну целую две десятых"
        words = _ONE_FEMININE.sub(r"одну \1ую", words)
    return sign + words


# "целая" after one in each case, and "целых" after any other number.
_WHOLE_ONE = {"g": "целой", "d": "целой", "p": "целой", "i": "целой"}
_WHOLE_MANY = {"g": "целых", "d": "целым", "p": "целых", "i": "целыми"}


def _oblique_fraction(integer: int, fraction: str, case: str) -> str:
    """A decimal in the case a preposition gives it: (1, "2", "g") -> "одной целой двух
    десятых" ("более 1,2 млн"); both numbers are feminine, as their nouns are."""
    last_is_one = fraction[-1] == "1" and fraction[-2:] != "11"
    whole_noun = (_WHOLE_ONE if integer % 10 == 1 and integer % 100 != 11 else _WHOLE_MANY)[case]
    part = ordinal(10 ** len(fraction), case, "f", plural=not last_is_one)
    return (
        f"{cardinal(integer, case, 'f')} {whole_noun} {cardinal(int(fraction), case, 'f')} {part}"
    )


_ONE_THOUSAND = re.compile(r"^(минус )?одн(?:а|у|ой|ою) (?=тысяч)")


def spoken_thousand(words: str) -> str:
    """A thousand and more, below two, said before a noun as a newsreader says it, without
    its "одна": "одна тысяча пятьсот" -> "тысяча пятьсот" ("1500 человек"), or in the case a
    word before gives it ("до 1 234" -> "до тысячи двухсот..."); a number alone keeps it, as
    the references do ("1100" -> "одна тысяча сто")."""
    return _ONE_THOUSAND.sub(r"\1", words)


# "США" after a currency written short is the dollar's country: "25 000 долл. США".
_SENTENCE_END = re.compile(r"\s*$|\s+(?!США\b)[A-ZА-ЯЁ]")


def ends_sentence(match: re.Match[str]) -> bool:
    """Whether an abbreviation's full stop also ends the sentence (the text ends, or a capital
    follows): it is then kept."""
    return bool(_SENTENCE_END.match(match.string, match.end()))


# A year or date that opens its sentence, after a capitalised preposition and a month (perhaps
# written short) or a word of time at most, stands before the sentence's verb: its "г." ends
# nothing ("В 2024 г. ВВП вырос"). The rules may see a part of the text only, so a capital
# must show the opening.
_OPENING = re.compile(
    r"(?<!\w)(?:В|Во|С|Со|К|До|После|На|За|К\s+концу|В\s+(?:начале|конце|середине)"
    r"|С\s+(?:начала|конца|середины))\s+(?:[а-яё]+\.?\s+)?$"
)


def year_ends_sentence(match: re.Match[str]) -> bool:
    """Whether the full stop of the year's "г." that ``match`` ends also ends the sentence: a
    capital follows, and no year opening its sentence stands before its verb, or the text ends."""
    if not match.string[match.end() :].strip():
        return True
    return ends_sentence(match) and not _OPENING.search(match.string, 0, match.start())


# A written number: "2 300", "1 200 000", "2,5", "46664".
NUM = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+)(?:,\d+)?"
START = r"(?<![\w.,])"
_NUMBER = re.compile(rf"{START}(?P<sign>-(?=\d))?(?P<num>{NUM})(?![\d\w])")
_DIGIT_RUN = re.compile(r"\d+")


# A plural noun whose ending says its case, which the number before it shares, an adjective
# perhaps before it: "с 2 детьми" -> "с двумя детьми", "в 5 странах" -> "в пяти странах",
# "в 3 крупных городах" -> "в трех", "по 2 уголовным делам" -> "по двум" (a dative).
_NOUN_AFTER = re.compile(
    r"\s(?:[а-яё]{2,}(?:ыми|ими|ых|их|ым|им)\s)?"
    r"(?:[а-яё]{2,}(?:ами|ями)|детьми|людьми|[а-яё]{2,}(?P<p>ах|ях)|[а-яё]{2,}(?P<d>ам|ям))(?!\w)"
)
# The prepositions of the prepositional case (of place, and "о", "при").
LOCATIVE = frozenset({"в", "во", "на", "о", "об", "при"})


# A genitive plural after a number, an adjective perhaps before it: "-ов", "-ев", "-ей",
# "-ий", or no ending ("школ", "недель", "лет", "человек"); "суток" has no singular, so
# counts in it ("4 суток").
# "-ых", "-их" are an adjective's, which after two to four any case has ("2 новых дома", "2
# подозреваемых"); "-ах", "-ях" a prepositional's ("в 2 матчах").
_GENITIVE_PLURAL_AFTER = re.compile(
    r"(?:\s[а-яё]{2,}(?:ых|их))?\s(?![а-яё]*(?:ых|их|ах|ях|ам|ям)(?!\w)|суток)"
    r"(?:[а-яё]{2,}(?:ов|ев|ей|ий)|лет|человек|[а-яё]{2,}[бвгджзклмнпрстфхцчшщ]ь?)(?!\w)"
)


# After a verb whose object is often people, a plural in "-ых" after two to four is an
# animate's accusative, said as the genitive ("задержала 3 подозреваемых" -> "трех").
_PEOPLE_VERBS = read_words("ru", "people_verbs")
# The plural alone, or before a plural noun or a preposition: "2 новых вида" is a count.
_ADJECTIVE_PLURAL_AFTER = re.compile(
    r"\s[а-яё]{3,}(?:ых|их)(?!\w)(?!\s+(?![а-яё]+(?:ов|ев|ей)\b|(?:в|на|из|по|за|с|у|к|от|до|при)\b)[а-яё])"
)


# The noun whose genitive the number is stands right before it ("строительство 3 мостов");
# a code before it makes the number a label ("рейс SU 1402 задержан").
_NOUN_RIGHT_BEFORE = re.compile(r"(?<![\w-])[а-яё]{2,}\s+$")


def _two_to_four(number: str) -> bool:
    """Whether a written integer ends in two, three or four, not twelve to fourteen."""
    return number[-1:] in "234" and number[-2:] not in ("12", "13", "14") and "," not in number


_OUT_OF = re.compile(r"\s+из\s+\d")
# A masculine's "-а", "-я" after one in the accusative: an animate noun ("на 1 жителя").
_GENITIVE_SINGULAR_AFTER = re.compile(
    r"\s(?![а-яё]*(?:ая|яя)(?!\w)|тысяча|сотня)[а-яё]{2,}[ая](?!\w)"
)


def _ends_in_one(number: str) -> bool:
    return number[-1:] == "1" and number[-2:] != "11"


def case_of_noun_after(text: str, start: int, end: int) -> str | None:
    """The case of the plural noun after the number from ``start`` to ``end`` when its
    ending says it ("детьми": the instrumental "i"; "странах" after "в": the prepositional
    "p"), or of the singular after one following "с" ("с 21 страной") or "в" ("в 21
    регионе"); "в 3 из 10" is a prepositional too; else None."""
    if _OUT_OF.match(text, end) and case_word(text[:start]) in ("в", "во"):
        return "p"  # "в 3 из 10 случаев" -> "в трех из десяти"
    one_ungoverned = _ends_in_one(text[start:end]) and case_after(text[:start]) == "n"
    if one_ungoverned and dative_gender(text, end):
        return "d"  # "вручили 21 сотруднику" -> "двадцати одному"
    if one_ungoverned and feminine_accusative(text, end):
        return "a"  # "открыли 21 школу" -> "двадцать одну"
    one = INSTRUMENTAL_ONE.match(text, end)
    if one and _ends_in_one(text[start:end]):
        word = case_word(text[:start])
        if word in ("с", "со"):
            return "i"
        # "избран 31 голосом": a masculine's or neuter's "-ом" is an instrumental anywhere
        return "i" if not one["f"] and word not in _GOVERNED else None
    if (
        _ends_in_one(text[start:end])
        and _GENITIVE_SINGULAR_AFTER.match(text, end)
        and (case_after(text[:start]) == "a" or case_word(text[:start]) in _PEOPLE_VERBS)
        and gender_before("1", text[end : end + 30]) != "f"  # "1 неделя" is a nominative
    ):
        # "на 1 жителя", "задержали 21 человека": an animate's accusative, "двадцать одного"
        return "an"
    if PREPOSITIONAL_ONE.match(text, end) and _ends_in_one(text[start:end]):
        # "в 21 регионе" -> "в двадцати одном регионе"
        return "p" if case_word(text[:start]) in LOCATIVE else None
    if (
        _GENITIVE_PLURAL_AFTER.match(text, end)
        and _two_to_four(text[start:end])
        and _NOUN_RIGHT_BEFORE.search(text, 0, start)
    ):
        # "строительство 3 мостов" -> "трех": after two to four a nominative's or an
        # accusative's noun is a genitive singular ("три моста"); a genitive plural tells the
        # number's genitive, or an animate's accusative ("эвакуировали 3 туристов" -> "трех")
        return "g" if case_after(text[:start]) in ("n", "a") else None
    if (
        _two_to_four(text[start:end])
        and _ADJECTIVE_PLURAL_AFTER.match(text, end)
        and case_word(text[:start]) in _PEOPLE_VERBS
    ):
        return "g"  # "задержала 3 подозреваемых" -> "трех": people, an animate's accusative
    match = _NOUN_AFTER.match(text, end)
    if not match:
        return None
    if match["d"]:
        return "d"
    if not match["p"]:
        return "i"
    return "p" if case_word(text[:start]) in LOCATIVE else None


def case_word(before: str) -> str:
    """The last word before a number, lower-cased, its "ё" an "е" as the tables write it
    ("прошёл" is "прошел"; "" if none)."""
    match = _LAST_WORD.search(before[-20:])
    return _plain(match.group(1).lower()) if match else ""


# A person before an age is described by it, a genitive: "мужчина 45 лет" -> "сорока пяти
# лет", "дети 5-6 лет" -> "пяти-шести" (the second by the dash below).
AGE_NOUNS = read_words("ru", "age_nouns")
_AGE_AFTER = re.compile(r"(?:\s?[-–—]\s?\d+)?\s(?:лет|года?|месяц(?:а|ев)?)(?!\w)")


def _is_age(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` is an age after a person's noun."""
    return case_word(text[:start]) in AGE_NOUNS and bool(_AGE_AFTER.match(text, end))


_JOINED = re.compile(r" (?:и|или) |\s?[-–—]\s?")
_WORD_AFTER = re.compile(r"\s[а-яё]", re.IGNORECASE)
# A dash between two numbers left is a range's, said as the hyphen is, in one breath ("5–7
# тыс. руб." -> "пять-семь тысяч", not a pause as a dash between words).
# The second may have been read by now, with its unit ("5–7 тыс. руб." -> "5–семь тысяч").
_DASH_BETWEEN = re.compile(r"(?<=\d)(?:\s?[–—]\s?(?=\d)|[–—](?=[а-яё]))")


def read_numbers(text: str) -> str:
    """Read every number left: "2 300" -> "две тысячи триста", "более 500" -> "более
    пятисот", "-2,5" -> "минус две целых пять десятых"."""

    previous_end, previous_case = [-1], ["n"]  # of the number read last

    def say(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        # A hyphen after a word is a dash ("тест-1,02"), not a minus sign.
        sign = ("минус " if not before[-1:].isalpha() else " ") if match["sign"] else ""
        found = case_of_noun_after(match.string, match.start(), match.end())
        case = found or case_after(before)
        if case == "n" and _is_age(match.string, match.start(), match.end()):
            case = "g"
        # The second of two numbers joined by "и", "или" or a dash shares the first's case:
        # "между 5 и 10" -> "между пятью и десятью", "около 10-15" -> "около десяти-пятнадцати".
        if not found and _JOINED.fullmatch(match.string, previous_end[0], match.start()):
            case = previous_case[0]
        previous_end[0], previous_case[0] = match.end(), case
        said = decimal(match["num"], case, gender_in_case(match, case))
        if case != "n" or _WORD_AFTER.match(match.string, match.end()):
            said = spoken_thousand(said)
        return sign + said

    if "–" in text or "—" in text:  # a quick test before the search
        text = _DASH_BETWEEN.sub("-", text)
    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: decimal(m.group(0)), text)

"""Abbreviations and titles in Russian, from the table ``tables/abbreviations.tsv``.

- "т.е." and "т. е." -> "то есть"; "и т.д." -> "и так далее"; "ул. Ленина" -> "улица Ленина";
  "им. Пушкина" -> "имени Пушкина"
- before a number: "д. 5" -> "дом пять", "ст. 105" -> "статья сто пять"
- a law's reference: "по ч. 2 ст. 105" -> "по части второй статьи сто пятой"
- "см." that is no centimetre (read with its number before) is "смотри": "(см. рис. 3)"
- "т. н." agrees with the word after it: "т. н. эксперты" -> "так называемые эксперты"; a
  scholar's degree: "к. т. н." -> "кандидат технических наук"
- a person's title before a name takes its case (``titles``): "с акад. Сахаровым" -> "с
  академиком Сахаровым"
- "Невский пр." -> "Невский проспект" (after a name in an adjective's case, "на Невском пр."
  -> "на Невском проспекте"); "д. 2, стр. 1" -> "дом два, строение один"
- "г. Москва" -> "город Москва" (a "г." before a capital; after a year it is "год", which the
  ordinals read)
- a full stop that also ends the sentence stays: "яблоки, груши и т.д." -> "... и так далее."
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import ends_sentence, ordinal
from narrator.spoken.ru.places import declined
from narrator.spoken.ru.short_adjectives import read_short_adjectives
from narrator.spoken.ru.titles import declined_title, is_title
from narrator.spoken.tables import read_mapping, read_table

_SAID = read_mapping("ru", "abbreviations")
# A title or a word of three letters or more written short starts a sentence with its capital
# too ("Проф. Смирнова", "Акад. Павлов"); a letter or two would be a name's initial.
_SAID |= {
    written.capitalize(): said.capitalize()
    for written, said in read_mapping("ru", "abbreviations").items()
    if re.fullmatch(r"[а-яё]{3,}\.", written)
}
# ... and two small letters written short, which no name's initials are ("Т. е." -> "То есть").
_SAID |= {
    written[0].upper() + written[1:]: said.capitalize()
    for written, said in read_mapping("ru", "abbreviations").items()
    if re.fullmatch(r"[а-яё]\.\s?[а-яё]\.", written)
}
_SPACES = re.compile(r"\s")
_KEY = {_SPACES.sub("", written): said for written, said in _SAID.items()}
_PATTERNS = sorted(_SAID, key=len, reverse=True)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s?") for w in _PATTERNS)
    + r")(?!\w)"
)
# Titles and place words stand before a name, "т. н." before what it names: their full stop
# never ends a sentence.
_BEFORE_NAME = {"улица", "имени", "проспект", "площадь", "профессор", "академик", "святой",
                "доцент", "область", "глава", "страница", "телефон", "поселок",
                "микрорайон", "набережная", "полковник", "подполковник", "лейтенант",
                "князь", "так называемый"}  # fmt: skip
_CITY = re.compile(r"(?<![\w.])г\.(?=\s?[А-ЯЁ])")
# "с." before a capital is "село" ("в с. Ивановка" -> "в селе"); before a number it is a page's.
_VILLAGE = re.compile(r"(?<![\w.])с\.(?=\s?[А-ЯЁ])")
# A name in the accusative ("-у", "-ю") after "в" or "на" is a motion's goal: the place's word
# is an accusative too, as its nominative ("прибывает в г. Самару" -> "в город Самару").
_GOAL_AFTER = re.compile(r"\s?[А-ЯЁ][а-яё-]+[ую]\b")
_GOAL_BEFORE = re.compile(r"(?<!\w)(?i:в|во|на)\s$")
# "ген." before a name is a general's rank ("Ген. Иванов"); before a word, "генеральный" ("ген.
# директор"), left to the reader's table.
_GENERAL = re.compile(r"(?<![\w.])(?P<g>[Гг])ен\.(?=\s?[А-ЯЁ][а-яё])")
# "см." left after measures, which read "5 см" first, is "смотри": "(см. табл. 2)".
_SEE = re.compile(r"(?<![\w.])([Сс])м\.(?=\s)")
_AVENUE = re.compile(r"(?<![\w.])пр\.(?=\s?[А-ЯЁ])")  # "пр. Мира"; "и пр." is "и прочее"
# "пр." after a street's adjective name is "проспект" (in the adjective's case, as every
# place word): "Невский пр." -> "Невский проспект", "на Невском пр." -> "на Невском проспекте".
_NAMED_AVENUE = re.compile(
    r"(?<![\w.])(?P<name>[А-ЯЁ][а-яё]+(?:ий|ый|ой|ого|его|ому|ему|ом|ем|им|ым)\s)пр\.(?!\w)"
)
# "ш." after a road's adjective name is "шоссе", which does not decline: "на Ленинградском ш."
# -> "на Ленинградском шоссе"; a letter alone elsewhere is a name's initial.
_NAMED_HIGHWAY = re.compile(r"(?<![\w.])(?P<name>[А-ЯЁ][а-яё]+(?:ое|ого|ому|ом|ым)\s)ш\.(?!\w)")
# "св." agrees with the name after it: a genitive in "-а", "-я" after a word ("храм св.
# Николая" -> "святого", "собор св. Петра"); a name in "-а", "-я" first is a woman's ("Св.
# Анна" -> "святая"); else "святой" ("св. Николай", "икона св. Анны").
_SAINT = re.compile(
    r"(?P<before>(?<!\w)[А-ЯЁа-яё]+\s)?(?<![\w.])[Сс]в\.\s?(?=[А-ЯЁ][а-яё]+?(?P<end>[ая])?\b)"
)


def _saint(match: re.Match[str]) -> str:
    before = match["before"] or ""
    if not match["end"]:
        return before + "святой "
    # A name in "-ая" is a man's genitive ("Николая"), no woman's.
    man = before or match.string[match.end() :].split(maxsplit=1)[0].endswith("ая")
    return before + ("святого " if man else "святая ")


# "стр." after a house's number is "строение": "д. 2, стр. 1" -> "дом два, строение один".
_BUILDING = re.compile(r"(?P<house>(?:дом|корпус)\s\d+[а-яё]?,?\s)стр\.\s?(?=\d)")
# Abbreviations said so only before a number: "д. 5" is "дом пять", "ч. 2" "часть два", "с.
# 12" "страница двенадцать" (no "с" as a preposition takes a full stop).
_NUMBERED = {"д": "дом", "кв": "квартира", "корп": "корпус", "ст": "статья", "п": "пункт",
             "ч": "часть", "рис": "рисунок", "т": "том", "табл": "таблица",
             "с": "страница"}  # fmt: skip
# With its capital at a sentence's start too: "Ст. 228 УК РФ" -> "Статья двести двадцать
# восемь". Not the "ч." of "в т. ч. 5 детей" ("в том числе").
_NUMBERED_WRITTEN = "|".join([*_NUMBERED, *(w.capitalize() for w in _NUMBERED)])
_BEFORE_NUMBER = re.compile(rf"(?<![\w.])(?<!т\.\s)(?<!т\.)({_NUMBERED_WRITTEN})\.\s?(?=\d)")


def _numbered(match: re.Match[str]) -> str:
    written = match.group(1)
    said = _place(_NUMBERED[written.lower()], match)
    return (said.capitalize() if written[0].isupper() else said) + " "


HINT = re.compile(r"\w\.|млн|млрд|р-н|пр-т|мск|МСК|[гмвн]/[гмкн]|за к[гм]")
# A law's reference, "(п. 3) ч. 2 ст. 105": each number an ordinal of its noun, the first noun
# in the case its preposition gives ("по ч. 2" -> "по части второй"), the others in the
# genitive ("статьи сто пятой").
_REFERENCE = re.compile(
    r"(?:\b(?P<prep>(?i:по|в|о|согласно)) )?(?<![\w.])(?=[пч]\.)(?:п\.\s?(?P<item>\d+)\s+)?"
    r"(?:ч\.\s?(?P<part>\d+)\s+)?ст\.\s?(?P<article>\d+)(?!\w|[.,]\d)"
)
_CASE_AFTER = {"по": "d", "в": "p", "о": "p", "согласно": "d"}
# Nouns of a reference by case: nominative, genitive, dative, prepositional; and gender.
_NOUNS = {"item": (("пункт", "пункта", "пункту", "пункте"), "m"),
          "part": (("часть", "части", "части", "части"), "f"),
          "article": (("статья", "статьи", "статье", "статье"), "f")}  # fmt: skip
_CASES = "ngdp"


def _reference(match: re.Match[str]) -> str:
    case = _CASE_AFTER.get((match["prep"] or "").lower(), "n")
    said = []
    for group in ("item", "part", "article"):
        if match[group] is None:
            continue
        forms, gender = _NOUNS[group]
        said.append(f"{forms[_CASES.index(case)]} {ordinal(int(match[group]), case, gender)}")
        case = "g"
    return " ".join([match["prep"], *said] if match["prep"] else said)


# "т. н." agrees with the word after it: "т. н. эксперты" -> "так называемые эксперты".
_SO_CALLED = re.compile(
    r"(?P<so>[Тт]ак) называемый(?=\s«?[а-яёА-ЯЁ][а-яё]*?(?P<end>ыми|ими|ами|ями|ого|его|ому|"
    r"ему|ые|ие|ая|яя|ое|ее|ую|юю|ых|их|ах|ях|ов|ев|ым|им|ой|ей|ом|ем|ы|и|а|я|о)\b)"
)
# The ending of the word after -> "так называемый"'s ending in its case, number and gender:
# "в т. н. особом формате" -> "так называемом", "т. н. экспертами" -> "так называемыми".
_SO_CALLED_FORMS = {"ые": "ые", "ие": "ые", "ы": "ые", "и": "ые", "ая": "ая", "яя": "ая",
                    "а": "ая", "я": "ая", "ое": "ое", "ее": "ое", "о": "ое", "ого": "ого",
                    "его": "ого", "ому": "ому", "ему": "ому", "ыми": "ыми", "ими": "ыми",
                    "ами": "ыми", "ями": "ыми", "ых": "ых", "их": "ых", "ах": "ых", "ях": "ых",
                    "ов": "ых", "ев": "ых", "ым": "ым", "им": "ым", "ой": "ой", "ей": "ой",
                    "ую": "ую", "юю": "ую"}  # fmt: skip
# After a preposition of place, "-ом" is an adjective's prepositional ("в т. н. особом"), else
# a noun's instrumental ("т. н. методом" -> "так называемым").
_PLACE_BEFORE = re.compile(r"(?<!\w)(?i:в|во|на|о|об|при)\s$")


def _so_called(match: re.Match[str]) -> str:
    """The words "так называемый" agreeing with the word after it ("так называемые эксперты")."""
    end = match["end"]
    if end in ("ом", "ем"):
        place = _PLACE_BEFORE.search(match.string, max(0, match.start() - 5), match.start())
        return match["so"] + (" называемом" if place else " называемым")
    return match["so"] + " называем" + _SO_CALLED_FORMS[end]


# Before a name in capitals, "т. н." takes the gender of the noun the letters stand for (its
# table) and the case the word before asks: "в т. н. ЛНР" -> "в так называемой", "т. н. ИГ"
# -> "так называемое", "признали т. н. ЛНР" -> "так называемую".
_ACRONYM_GENDER = read_mapping("ru", "acronym_genders")
_SO_CALLED_ACRONYM = re.compile(
    r"(?P<so>[Тт]ак) называемый(?=\s«?(?P<acronym>"
    + "|".join(sorted(_ACRONYM_GENDER, key=len, reverse=True))
    + r")(?![\w-]))"
)
_NOUN_CASE_AFTER = {"в": "p", "во": "p", "на": "p", "о": "p", "об": "p", "при": "p", "с": "i",
                    "со": "i", "над": "i", "под": "i", "перед": "i", "за": "i", "между": "i",
                    "к": "d", "ко": "d", "по": "d", "благодаря": "d", "согласно": "d"}  # fmt: skip
# A verb before takes an accusative ("признали", "поддерживает", "создать"); a conjunction
# leaves the nominative; any other word, a noun, a genitive ("глава т. н. ДНР").
_VERB = re.compile(r"(?:ла|ли|ло|ть|ает|яет|ует|ают|яют|уют|ал|ил|ел|ял)$")
_CONJUNCTIONS = frozenset({"и", "или", "а", "но", "как", "что", "это", "где"})
_SO_CALLED_ENDINGS = {
    "m": {"n": "ый", "g": "ого", "d": "ому", "p": "ом", "i": "ым", "a": "ый"},
    "n": {"n": "ое", "g": "ого", "d": "ому", "p": "ом", "i": "ым", "a": "ое"},
    "f": {"n": "ая", "g": "ой", "d": "ой", "p": "ой", "i": "ой", "a": "ую"},
    "p": {"n": "ые", "g": "ых", "d": "ым", "p": "ых", "i": "ыми", "a": "ые"},
}


def _so_called_acronym(match: re.Match[str]) -> str:
    """ "так называемый" before a name in capitals, agreeing with the noun it stands for."""
    words = re.findall(r"[а-яёА-ЯЁ-]+", match.string[max(0, match.start() - 30) : match.start()])
    word = words[-1].lower() if words else ""
    if word in _NOUN_CASE_AFTER:
        case = _NOUN_CASE_AFTER[word]
    elif not word or word in _CONJUNCTIONS:
        case = "n"
    else:
        case = "a" if _VERB.search(word) else "g"
    ending = _SO_CALLED_ENDINGS[_ACRONYM_GENDER[match["acronym"]]][case]
    return f"{match['so']} называем{ending}"


def _place(said: str, match: re.Match[str]) -> str:
    """``said`` in the case the words before ``match`` ask, if it is a place's word."""
    return declined(said, match.string[: match.start()])


def _settlement(noun: str, match: re.Match[str]) -> str:
    """A settlement's ``noun`` ("город") in the case the words around ``match`` ask."""
    goal = _GOAL_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
    if goal and _GOAL_AFTER.match(match.string, match.end()):
        return noun
    return _place(noun, match)


# A weekday written short, in the case its preposition asks: "в пн." -> "в понедельник", "с
# пн. по пт." -> "с понедельника по пятницу", "к пт." -> "к пятнице" (nominative, genitive,
# accusative, dative; "ср." is also "compare", "вс." left with it).
_WEEKDAYS = {"пн": ("понедельник", "понедельника", "понедельник", "понедельнику"),
             "вт": ("вторник", "вторника", "вторник", "вторнику"),
             "чт": ("четверг", "четверга", "четверг", "четвергу"),
             "пт": ("пятница", "пятницы", "пятницу", "пятнице"),
             "сб": ("суббота", "субботы", "субботу", "субботе"),
             "ср": ("среда", "среды", "среду", "среде"),
             "вс": ("воскресенье", "воскресенья", "воскресенье", "воскресенью")}  # fmt: skip
# "ср." and "вс." only after a preposition ("в вс." -> "в воскресенье"): alone "ср." is "see".
_WEEKDAY = re.compile(
    r"(?P<before>(?<!\w)(?i:во?|с|со|до|по|на|ко?)\s)?"
    r"(?P<day>(?(before)(?:пн|вт|ср|чт|пт|сб|вс)|(?:пн|вт|чт|пт|сб)))\.(?=[\s,;)]|$)"
)
_WEEKDAY_CASE = {"с": 1, "со": 1, "до": 1, "в": 2, "во": 2, "по": 2, "на": 2, "к": 3, "ко": 3}


def _weekday(match: re.Match[str]) -> str:
    before = match["before"] or ""
    forms = _WEEKDAYS[match["day"]]
    said = forms[_WEEKDAY_CASE.get(before.strip().lower(), 0)]
    return before + said + ("." if ends_sentence(match) else "")


# A month written short alone, in the case its preposition asks: "в окт." -> "в октябре",
# "с янв." -> "с января"; before a number it is a date's, which the dates read.
_MONTHS = {
    short: (row[0], row[1]) for row in read_table("ru", "months") for short in row[2].split()
}
_MONTH_ALONE = re.compile(
    r"(?P<before>(?<!\w)(?i:во?|с|до|от|к|по) )(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.(?!\s?\d)"
)


def _month_alone(match: re.Match[str]) -> str:
    nominative, genitive = _MONTHS[match["month"]]
    preposition = match["before"].strip().lower()
    if preposition in ("в", "во"):
        said = nominative[:-1] + "е" if nominative[-1] in "ьй" else nominative + "е"
    elif preposition in ("к", "по"):
        said = nominative[:-1] + "ю" if nominative[-1] in "ьй" else nominative + "у"
    else:
        said = genitive
    return match["before"] + said + ("." if ends_sentence(match) else "")


# "нач." before the genitive of a service is its head ("Нач. отдела полиции" -> "Начальник");
# elsewhere it may be a beginning ("в нач. XX в."), left.
_HEAD = re.compile(
    r"(?<![\w.])(?P<n>[Нн])ач\.(?=\s(?:отдела|управления|штаба|службы|цеха|полиции|станции|"
    r"департамента|колонии|смены|караула|части|участка|охраны)\b)"
)


# A scholar's degree, "к. т. н." or "д. э. н.": "кандидат" or "доктор" and the field's
# sciences, a genitive after the title or degree it names ("звание к. т. н." -> "звание
# кандидата технических наук"); else "т. н." would be read "так называемый". Its full stop
# ends no sentence but the text's: a name may follow ("д. э. н. Петров").
_FIELDS = {"т": "технических", "техн": "технических", "э": "экономических",
           "экон": "экономических", "ю": "юридических", "юрид": "юридических",
           "и": "исторических", "ист": "исторических", "м": "медицинских",
           "мед": "медицинских", "б": "биологических", "биол": "биологических",
           "х": "химических", "хим": "химических", "п": "педагогических",
           "пед": "педагогических", "ф.-м": "физико-математических",
           "филол": "филологических", "филос": "философских", "психол": "психологических",
           "социол": "социологических", "полит": "политических", "геогр": "географических",
           "с.-х": "сельскохозяйственных", "г.-м": "геолого-минералогических"}  # fmt: skip
_DEGREE = re.compile(
    r"(?P<before>(?<!\w)(?i:звани[еяю]|степен(?:ь|и|ью)|диплом)\s)?(?<![\w.])"
    r"(?P<rank>[кдКД])\.\s?(?P<field>"
    + "|".join(re.escape(f) for f in sorted(_FIELDS, key=len, reverse=True))
    + r")\.\s?н\.(?P<end>(?=\s*$))?"
)


def _degree(match: re.Match[str]) -> str:
    rank = "кандидат" if match["rank"] in "кК" else "доктор"
    if match["before"]:
        rank += "а"
    if match["rank"].isupper():
        rank = rank.capitalize()
    said = f"{match['before'] or ''}{rank} {_FIELDS[match['field']]} наук"
    return said + ("." if match["end"] is not None else "")


def read_abbreviations(text: str) -> str:
    """Expand abbreviations: "т.е." -> "то есть", "ул." -> "улица", "г. Москва" -> "город
    Москва"; the full stop is kept where it also ends the sentence."""

    def say(match: re.Match[str]) -> str:
        said = _KEY[_SPACES.sub("", match.group(0))]
        at_end = not match.string[match.end() :].strip()  # "посетил Новосибирскую обл."
        keep = (
            match.group(0).endswith(".")
            and ends_sentence(match)
            and (at_end or (said.lower() not in _BEFORE_NAME and not is_title(said)))
        )
        said = declined_title(said, match.string[: match.start()], match.string[match.end() :])
        return _place(said, match) + ("." if keep else "")

    if "н." in text:  # a quick test before the search
        text = _DEGREE.sub(_degree, text)
    text = _BEFORE_NUMBER.sub(_numbered, _REFERENCE.sub(_reference, text))
    text = _WEEKDAY.sub(_weekday, text)
    text = _MONTH_ALONE.sub(_month_alone, text)
    text = _HEAD.sub(lambda m: "Начальник" if m["n"] == "Н" else "начальник", text)
    text = _BUILDING.sub(r"\g<house>строение ", text)
    text = _SAINT.sub(_saint, text)
    text = _NAMED_AVENUE.sub(lambda m: m["name"] + declined("проспект", m["name"]), text)
    text = _NAMED_HIGHWAY.sub(
        lambda m: m["name"] + "шоссе" + ("." if ends_sentence(m) else ""), text
    )
    text = _SEE.sub(lambda m: "Смотри" if m.group(1) == "С" else "смотри", text)
    text = _AVENUE.sub(
        lambda m: _place("проспект", m), _CITY.sub(lambda m: _settlement("город", m), text)
    )
    text = _VILLAGE.sub(lambda m: _settlement("село", m), text)
    text = _GENERAL.sub(lambda m: "Генерал" if m["g"] == "Г" else "генерал", text)
    text = _ABBREVIATION.sub(say, read_short_adjectives(text))
    if "ак называемый" not in text:
        return text
    return _SO_CALLED.sub(_so_called, _SO_CALLED_ACRONYM.sub(_so_called_acronym, text))

"""The gender a Russian number takes in a case, told by the noun after it: a feminine's ending
in the instrumental ("с 21 страной" -> "двадцатью одной") or the prepositional ("в 31 стране"
-> "тридцати одной"), its genitive ("из 21 больницы"), its nominative or accusative ("1
место" -> "одно"), its dative (see `narrator.spoken.ru.dative`)."""

from __future__ import annotations

import re

from narrator.spoken.ru.dative import dative_gender
from narrator.spoken.ru.gender import gender_before, genitive_gender, is_feminine_prepositional

# A singular instrumental after one ("с 21 страной", "с 1 человеком"); "-ой", "-ей", "-ью"
# are a feminine's.
INSTRUMENTAL_ONE = re.compile(r"\s[а-яё]{2,}(?P<f>ой|ей|ью)?(?(f)|(?:ом|ем))(?!\w)")
# A singular prepositional after one: "в 31 стране", "о 1 человеке".
PREPOSITIONAL_ONE = re.compile(r"\s(?P<noun>[а-яё]{2,}[еи])(?!\w)")
_SPACES = re.compile(r"[\s\u00a0]")
# A lone one standing for one of things counted before it is of their gender: "Из 5
# кандидаток победила только 1" -> "одна" (a feminine's genitive plural in "-ок", "-ек",
# "-ин"), "Пострадала 1 из них" (a feminine's past verb before one "of them").
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
_OF_THEM_AFTER = re.compile(r"\s+из\s+(?:них|которых)\b")
# ... the verb opening its clause, before its subject: "Она забила 1 из них" is no such one.
_FEMININE_VERB_BEFORE = re.compile(
    r"(?:^|[.!?,;]\s*|(?<!\w)(?:и|а|но)\s+)[А-ЯЁа-яё][а-яё]{2,}ла(?:сь)?\s+(?:только\s+|лишь\s+)?$"
)
_COUNTED_FEMININES = re.compile(
    r"(?<!\w)[Ии]з\s+\d+\s+(?!человек\b)[а-яё]{2,}(?:ок|ек|ёк|ин)(?!\w)[^.!?]*$"
)


def gender_in_case(match: re.Match[str], case: str) -> str:
    """The gender of the number of ``match`` (its group "num") read in ``case``, told by the
    noun after it: "f", "n" or "m" (also when nothing tells)."""
    number, after = _SPACES.sub("", match["num"]), match.string[match.end() : match.end() + 30]
    if case in ("n", "a") and number[-1:] == "1" and number[-2:] != "11":
        before = match.string[: match.start()]
        if _OF_THEM_AFTER.match(after) and _FEMININE_VERB_BEFORE.search(before):
            return "f"
        if _NO_NOUN_AFTER.match(after) and _COUNTED_FEMININES.search(before):
            return "f"
    if case in ("n", "a", "g"):
        return (genitive_gender if case == "g" else gender_before)(number, after)
    if case == "i":
        one = INSTRUMENTAL_ONE.match(match.string, match.end())
        return "f" if one and one["f"] else "m"
    if case == "p":
        where = PREPOSITIONAL_ONE.match(match.string, match.end())
        return "f" if where and is_feminine_prepositional(where["noun"]) else "m"
    return dative_gender(match.string, match.end()) or "m" if case == "d" else "m"

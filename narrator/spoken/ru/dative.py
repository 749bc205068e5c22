"""The dative singular after a number ending in one, told by the noun after it when no word
before the number governs it: "оказали помощь 21 пациенту" -> "двадцати одному пациенту",
"помогли 21 семье" -> "двадцати одной семье".

Without a dictionary a masculine's "-у" is also a feminine's accusative ("21 машину"), so only
the endings of people's nouns are taken ("-нику", "-енту", "-еру", "-телю", "-енку") and an
adjective's "-ому", "-ему" ("41 пострадавшему"), and a feminine's "-е" only when its nominative
is a known feminine's ("семье" from "семья").
"""

from __future__ import annotations

import re

from narrator.spoken.ru.gender import gender_before, is_feminine_prepositional

_MASCULINE = re.compile(
    r"\s[а-яё]+(?:ент|ант|ник|чик|щик|ер|ор|ист|ач|ат|анин|енк|ёнк|век|лог|гог)у(?!\w)"
    r"|\s[а-яё]{3,}[ое]му(?!\w)"
    r"|\s[а-яё]+тел[ю](?!\w)"
)
# Feminines whose dative-looking accusative ("1 зарплату") has a man's ending.
_FEMININE_LOOKALIKES = frozenset({"зарплату", "плату", "дату", "палату", "меру", "цитату"})
_FEMININE = re.compile(r"\s(?P<noun>[а-яё]{2,}[^\Wиоеъ]е)(?!\w)")


def dative_gender(text: str, end: int) -> str | None:
    """The gender ("m", "f") of a singular dative noun right after ``end``, the end of a number
    ending in one, or None: " пациенту" -> "m", " семье" -> "f", " машину" -> None."""
    masculine = _MASCULINE.match(text, end)
    if masculine and masculine.group(0).strip() not in _FEMININE_LOOKALIKES:
        return "m"
    feminine = _FEMININE.match(text, end)
    return "f" if feminine and is_feminine_prepositional(feminine["noun"]) else None


_ACCUSATIVE = re.compile(r"\s[а-яё]{2,}[ую](?!\w)")


def feminine_accusative(text: str, end: int) -> bool:
    """Whether a feminine's accusative singular follows ``end``, the end of a number ending in
    one that no word governs: " школу" -> True ("открыли 21 школу" -> "двадцать одну"); a
    man's dative (" пациенту") is told first by `dative_gender`."""
    return bool(_ACCUSATIVE.match(text, end)) and gender_before("1", text[end : end + 30]) == "f"

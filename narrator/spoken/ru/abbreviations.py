"""Abbreviations and titles in Russian, from the table ``tables/abbreviations.tsv``.

- "т.е." and "т. е." -> "то есть"; "и т.д." -> "и так далее"; "ул. Ленина" -> "улица Ленина";
  "им. Пушкина" -> "имени Пушкина"
- before a number: "д. 5" -> "дом пять", "ст. 105" -> "статья сто пять"
- "г. Москва" -> "город Москва" (a "г." before a capital; after a year it is "год", which the
  ordinals read)
- a full stop that also ends the sentence stays: "яблоки, груши и т.д." -> "... и так далее."
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import ends_sentence
from narrator.spoken.tables import read_mapping

_SAID = read_mapping("ru", "abbreviations")
_KEY = {re.sub(r"\s", "", written): said for written, said in _SAID.items()}
_PATTERNS = sorted(_SAID, key=len, reverse=True)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s?") for w in _PATTERNS)
    + r")(?!\w)"
)
# Titles and place words stand before a name: their full stop never ends a sentence.
_BEFORE_NAME = {"улица", "имени", "проспект", "площадь", "профессор", "академик", "святой",
                "доцент", "область", "глава", "страница", "телефон"}  # fmt: skip
_CITY = re.compile(r"(?<![\w.])г\.(?=\s?[А-ЯЁ])")
# Abbreviations said so only before a number: "д. 5" is "дом пять", "ч. 2" "часть два".
_NUMBERED = {"д": "дом", "кв": "квартира", "корп": "корпус", "ст": "статья", "п": "пункт",
             "ч": "часть", "рис": "рисунок", "т": "том", "табл": "таблица"}  # fmt: skip
_BEFORE_NUMBER = re.compile(rf"(?<![\w.])({'|'.join(_NUMBERED)})\.\s?(?=\d)")
HINT = re.compile(r"\w\.|млн|млрд")


def read_abbreviations(text: str) -> str:
    """Expand abbreviations: "т.е." -> "то есть", "ул." -> "улица", "г. Москва" -> "город
    Москва"; the full stop is kept where it also ends the sentence."""

    def say(match: re.Match[str]) -> str:
        said = _KEY[re.sub(r"\s", "", match.group(0))]
        keep = match.group(0).endswith(".") and ends_sentence(match)
        return said + ("." if keep and said not in _BEFORE_NAME else "")

    text = _BEFORE_NUMBER.sub(lambda m: _NUMBERED[m.group(1)] + " ", text)
    return _ABBREVIATION.sub(say, _CITY.sub("город", text))

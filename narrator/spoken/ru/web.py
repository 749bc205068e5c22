"""Web and e-mail addresses in Russian: Latin letters spelled with their Russian names, known
words said, digits one at a time, symbols named.

- "a.bc@gmail.com" -> "эй точка би си собака джи мейл точка ком"
- "a123-v@abc.com" -> "эй один два три тире ви собака эй би си точка ком"
- "https://yandex.ru" -> "эйч ти ти пи эс двоеточие слэш слэш яндекс точка ру"
- a Latin piece of four letters or more that is not a known word is left for the engine to say
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import DIGITS
from narrator.spoken.tables import read_mapping

HINT = re.compile(r"@|://|\bwww\.|\.(?:com|org|net|ru|su|рф|info|io)\b")
_WORDS = read_mapping("ru", "web")
_LETTER_NAMES = (
    "эй би си ди и эф джи эйч ай джей кей эл эм эн оу пи кью ар эс ти ю ви дабл-ю экс уай зед"
)
_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", _LETTER_NAMES.split(), strict=True))
_SYMBOLS = {".": "точка", "@": "собака", ":": "двоеточие", "/": "слэш", "-": "тире",
            "_": "нижнее подчеркивание", "?": "вопросительный знак", "=": "равно",
            "&": "и", "%": "процент", "#": "решетка", "+": "плюс", "~": "тильда"}  # fmt: skip
_ADDRESS = re.compile(
    r"(?:(?:https?|ftp)://)?(?:[\w.+-]+@)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-zа-я]{2,6})"
    r"(?:/[\w./%?=&#+-]*)?(?<![.])"
)
_PIECE = re.compile(r"[A-Za-z]+|[а-яёА-ЯЁ]+|\d|[^\w\s]")


def _piece(text: str) -> str:
    lower = text.lower()
    if text.isdigit():
        return DIGITS[int(text)]
    if lower in _WORDS:
        return _WORDS[lower]
    if not text[0].isalnum():
        return _SYMBOLS.get(text, "")
    if (lower.isascii() and len(lower) <= 3) or lower in ("www", "http", "https"):
        return " ".join(_LETTERS[c] for c in lower)
    return text


def read_addresses(text: str) -> str:
    """Read web and e-mail addresses piece by piece: "a.bc@gmail.com" -> "эй точка би си
    собака джи мейл точка ком"."""

    def say(match: re.Match[str]) -> str:
        if not HINT.search(match.group(0)):
            return match.group(0)  # "т.е.", "--.st": a dotted ending alone makes no address
        return " ".join(s for s in map(_piece, _PIECE.findall(match.group(0))) if s)

    return _ADDRESS.sub(say, text)

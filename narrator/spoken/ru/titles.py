"""A person's title written short before a name, declined as the name and the words before it
show: "с акад. Сахаровым" -> "с академиком Сахаровым", "по проекту арх. Растрелли" -> "по
проекту архитектора Растрелли", "о проф. Иванове" -> "о профессоре Иванове".

- a preposition before the title decides ("с", "к", "о", "у", "для"...);
- else the name's ending where it shows a man's case ("Сахаровым", "Иванове", "Толстого",
  "Толстому");
- else a noun before it asks a genitive ("лекция проф. Иванова", "проекту арх. Растрелли")
  when the name may be a man's genitive or does not decline;
- elsewhere, and before a woman's name, the title stays as written ("Проф. Иванова
  рассказала").
"""

from __future__ import annotations

import re

from narrator.spoken.ru.agreement import looks_like_verb

# Titles that decline as nouns ("профессор" -> "профессора", "князь" -> "князя").
_TITLES = frozenset({"профессор", "академик", "доцент", "архитектор", "полковник",
                     "подполковник", "лейтенант", "помощник", "заместитель", "председатель",
                     "князь", "господин"})  # fmt: skip
_ENDINGS = {"g": ("а", "я"), "d": ("у", "ю"), "i": ("ом", "ем"), "p": ("е", "е")}
_PREPOSITION_CASE = {"с": "i", "со": "i", "перед": "i", "над": "i", "под": "i", "между": "i",
                     "о": "p", "об": "p", "при": "p", "к": "d", "ко": "d", "по": "d",
                     "у": "g", "для": "g", "от": "g", "без": "g", "из": "g", "до": "g",
                     "после": "g", "около": "g", "против": "g", "кроме": "g"}  # fmt: skip
# A man's surname's case endings; the stem before them at least three letters ("Ким" stays).
_NAME_CASE = (("ском", "p"), ("цком", "p"), ("ым", "i"), ("им", "i"), ("ом", "i"), ("ем", "i"),
              ("ове", "p"), ("еве", "p"), ("ине", "p"), ("ыне", "p"), ("ого", "g"),
              ("его", "g"), ("ому", "d"), ("ему", "d"))  # fmt: skip
# A name that may be a man's genitive ("Иванова", "Шмидта") or that does not decline
# ("Растрелли", "Гюго"); a woman's adjective name ("Толстая") is none.
_GENITIVE_OR_FIXED = re.compile(r"[а-яё]{2,}(?:[^а][а]|я|и|о|у|э|ю)")
_NAME = re.compile(r"\s?([А-ЯЁ][а-яё]+)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]*)\s+$")
_NOT_NOUNS = frozenset({"вчера", "сегодня", "завтра", "также", "тогда", "сейчас", "теперь",
                        "позже", "ранее", "затем", "потом", "когда", "этого", "этому",
                        "однако", "именно", "только"})  # fmt: skip


def _case(before: str, name: str) -> str | None:
    word = _WORD_BEFORE.search(before[-30:])
    preposition = word.group(1).lower() if word else ""
    if preposition in _PREPOSITION_CASE:
        return _PREPOSITION_CASE[preposition]
    lower = name.lower()
    for ending, case in _NAME_CASE:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return case
    noun_before = (
        len(preposition) > 3 and not looks_like_verb(preposition) and preposition not in _NOT_NOUNS
    )
    return "g" if noun_before and _GENITIVE_OR_FIXED.fullmatch(lower) else None


def is_title(said: str) -> bool:
    """Whether ``said`` is a person's title, which stands before a name ("Заместитель
    председателя"): its full stop ends no sentence."""
    return said.split(maxsplit=1)[0].lower() in _TITLES


def declined_title(said: str, before: str, after: str) -> str:
    """``said``, a title read from its abbreviation, in the case the name in ``after`` and the
    words in ``before`` show: ("академик", "встреча с ", " Сахаровым") -> "академиком"."""
    if said.lower() not in _TITLES:
        return said
    name = _NAME.match(after)
    case = _case(before, name.group(1)) if name else None
    if case is None:
        return said
    soft = said.endswith("ь")
    return (said[:-1] if soft else said) + _ENDINGS[case][soft]

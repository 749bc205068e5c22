"""The fuller form a preposition takes before a number said in words, as its first sounds ask:
"о 1 проценте" -> "об одном проценте", "с 150" -> "со ста пятьюдесятью", "с 2 мая" -> "со
второго мая", "в II веке" -> "во втором веке", "к 2-му числу" -> "ко второму числу"."""

from __future__ import annotations

import re

# "о" before a number said with a vowel first is "об": "о 1 проценте" -> "об одном проценте".
_O_BEFORE_VOWEL = re.compile(r"(?<![\w-])([Оо])(?= (?:одн|одиннадцат)\w*)")
# "с" before a number said with "ст" or "вт" first is "со": "с 150" -> "со ста пятьюдесятью",
# "с 2 мая" -> "со второго мая".
_WITH_BEFORE_CLUSTER = re.compile(r"(?<![\w-])([Сс])(?= (?:ста|стами|втор\w*)\b)")
# "в" and "к" before "второй" in any case are "во", "ко": "в 2-м квартале" -> "во втором".
_IN_TO_BEFORE_SECOND = re.compile(r"(?<![\w-])([ВвКк])(?= втор\w*\b)")

# Where a preposition before a number said in words takes its fuller form.
PREPOSITION_HINT = re.compile(r"(?i)(?<![\w-])(?:о (?:одн|одиннадцат)|с (?:ст|втор)|[вк] втор)")


def fuller_prepositions(text: str) -> str:
    """Give "о", "с", "в" and "к" before a number said in words the form the number's first
    sounds ask: "о одном" -> "об одном", "с ста" -> "со ста", "в втором" -> "во втором"."""
    text = _IN_TO_BEFORE_SECOND.sub(r"\1о", text)
    return _WITH_BEFORE_CLUSTER.sub(r"\1о", _O_BEFORE_VOWEL.sub(r"\1б", text))

"""A count of "сутки" (a day and night), a noun with no singular: two to four take the
collective numeral in the nominative and accusative, one takes the plural "одни".

- "2 суток", "за 3 сут." -> "двое суток", "за трое суток"; "1 сутки" -> "одни сутки"
- after a word that asks another case, the cardinal in it: "более 2 суток" -> "более двух
  суток", "в течение 3 сут." -> "в течение трех суток"; five and more: "пять суток"
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import START, cardinal, case_after, ends_sentence

_DAYS = re.compile(
    rf"{START}(?P<num>\d+)\s?(?P<noun>сут\.|суток|сутки|суткам|сутками|сутках)(?![\wа-яё])"
)
_CASE_OF_NOUN = {"суткам": "d", "сутками": "i", "сутках": "p"}
_NOUN = {"n": "суток", "a": "суток", "g": "суток", "d": "суткам", "i": "сутками", "p": "сутках"}
_COLLECTIVE = {2: "двое", 3: "трое", 4: "четверо"}
_PLURAL_ONE = {"один": "одни", "одного": "одних", "одному": "одним", "одним": "одними",
               "одном": "одних"}  # fmt: skip
_ONE = re.compile(r"\b(?:один|одного|одному|одним|одном)$")


def _days(match: re.Match[str]) -> str:
    n, noun = int(match["num"]), match["noun"]
    case = _CASE_OF_NOUN.get(noun) or case_after(match.string[: match.start()])
    stop = "." if noun.endswith(".") and ends_sentence(match) else ""
    if case in ("n", "a") and n in _COLLECTIVE:
        return f"{_COLLECTIVE[n]} суток{stop}"
    said = cardinal(n, "n" if case == "a" else case)
    if n % 10 == 1 and n % 100 != 11:
        said = _ONE.sub(lambda m: _PLURAL_ONE[m.group(0)], said)
        return f"{said} {'сутки' if case in ('n', 'a') else _NOUN[case]}{stop}"
    return f"{said} {_NOUN[case]}{stop}"


def read_days(text: str) -> str:
    """Read counts of "сутки": "2 суток" -> "двое суток", "1 сутки" -> "одни сутки"."""
    return _DAYS.sub(_days, text) if "сут" in text else text

"""A range of decades in Russian, its two ends plural ordinals in one case: "в 1960–70-х гг."
-> "в тысяча девятьсот шестидесятых семидесятых годах", "1980–90-е годы" -> "тысяча
девятьсот восьмидесятые девяностые годы", "к 60–70-м" -> "к шестидесятым семидесятым".

The ending written on the second end is the range's (the first is often written bare); each
end is said as written, a short one short ("70" -> "семидесятых"). "-х" is a prepositional
after "в", "на", "о" ("в 1960–70-х"), a genitive elsewhere ("с 1960–70-х").
"""

from __future__ import annotations

import re

from narrator.spoken.ru.numbers import LOCATIVE, ordinal

_RANGE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3}0)(?:-(?:е|х|м|ми|ые|ых))?\s?[–—-]\s?(?P<b>\d{1,3}0)-"
    r"(?P<end>е|х|м|ми)(?!\w)(?P<noun>\s?гг\.|\s(?:годы|годов|годах|годам|годами)(?!\w))?"
)
_CASES = {"е": "n", "х": "g", "м": "d", "ми": "i"}
_YEARS = {"n": "годы", "g": "годов", "d": "годам", "p": "годах", "i": "годами"}
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _range(match: re.Match[str]) -> str:
    case = _CASES[match["end"]]
    word = _LAST_WORD.search(match.string[max(0, match.start() - 20) : match.start()])
    if case == "g" and word and word.group(1).lower() in LOCATIVE:
        case = "p"
    first, last = (ordinal(int(match[end]), case, plural=True) for end in ("a", "b"))
    said = f"{first} {last}"
    noun = match["noun"]
    if not noun:
        return said
    return f"{said} {_YEARS[case] if noun.strip() == 'гг.' else noun.strip()}"


def read_decade_ranges(text: str) -> str:
    """Read ranges of decades: "в 1960–70-х гг." -> "в тысяча девятьсот шестидесятых
    семидесятых годах"."""
    return _RANGE.sub(_range, text) if "0-" in text else text

"""Old money's other written forms, for `old_money`: francs written short after their number,
as travellers' books and letters give prices ("20 fr. a day", "5 frs. the bottle" -> "twenty
francs a day", "five francs the bottle"), and sums with colons between pounds, shillings and
pence, as accounts print them ("£3 : 10 : 6", written "£3 10s. 6d." for `old_money` to read)."""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal

_FRANCS = re.compile(r"(?<![\w.,])(?P<amt>\d{1,3}(?:,\d{3})*) frs?\.(?!\w)")
_COLON_SUM = re.compile(
    r"£(?P<l>\d[\d,]*) ?: ?(?P<s>1?\d) ?: ?(?P<d>(?:1[01]|\d)½?)(?![\d:])(?P<stop>\.?)"
)


def _say_francs(match: re.Match[str]) -> str:
    amount = match["amt"]
    name = "franc" if amount == "1" else "francs"
    return f"{cardinal(int(amount.replace(',', '')))} {name}{stop_after(match)}"


def read_francs(text: str) -> str:
    """Read francs written short: "20 fr. a day" -> "twenty francs a day"."""
    return _FRANCS.sub(_say_francs, text)


def write_colon_sums(text: str) -> str:
    """Write an account's "£3 : 10 : 6" as "£3 10s. 6d.", which `old_money` reads."""
    return _COLON_SUM.sub(r"£\g<l> \g<s>s. \g<d>d\g<stop>", text)

"""Italian dates, day first: "23/06/2024" -> "ventitre giugno duemila ventiquattro", "1
maggio" -> "primo maggio", "3 giugno 2024" -> "tre giugno duemila ventiquattro"."""

from __future__ import annotations

from narrator.spoken.common.day_month import day_word_reader
from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

_read_written_dates = date_reader(NUMERALS, read_table("it", "months"), DateWords("primo", ""))
_mark_days = day_word_reader("giorno")


def read_dates(text: str) -> str:
    """Read dates, a day and month after the word for "day" too ("il giorno 7/9")."""
    return _read_written_dates(_mark_days(text))

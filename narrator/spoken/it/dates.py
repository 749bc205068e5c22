"""Italian dates, day first: "23/06/2024" -> "ventitre giugno duemila ventiquattro", "1
maggio" -> "primo maggio", "3 giugno 2024" -> "tre giugno duemila ventiquattro"."""

from __future__ import annotations

from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.it.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

read_dates = date_reader(NUMERALS, read_table("it", "months"), DateWords("primo", ""))

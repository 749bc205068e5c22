"""Spanish dates, day first: "3 de junio de 2024" -> "tres de junio de dos mil veinticuatro",
"1 enero" -> "primero de enero", "30/2/1990" and "1990-02-30" -> "treinta de febrero de mil
novecientos noventa", "junio 11 2000" -> "once de junio de dos mil"."""

from __future__ import annotations

from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

read_dates = date_reader(NUMERALS, read_table("es", "months"), DateWords("primero", "de"))

"""Portuguese dates, day first: "15/03/2024" -> "quinze de março de dois mil e vinte e
quatro", "10 de Dezembro de 1999", "2024-3-5" -> "cinco de março de dois mil e vinte e quatro",
"1º de maio" is the ordinals' ("primeiro de maio")."""

from __future__ import annotations

from narrator.spoken.common.romance_dates import HINT, DateWords, date_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_dates"]

read_dates = date_reader(NUMERALS, read_table("pt", "months"), DateWords("primeiro", "de"))

"""Portuguese percentages: "15 %" and "15%" -> "quinze por cento"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import percentage_reader
from narrator.spoken.pt.numbers import NUMERALS

read_percentages = percentage_reader(NUMERALS, "por cento")

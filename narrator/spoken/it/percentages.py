"""Italian percentages: "18%" and "18 %" -> "diciotto percento"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import percentage_reader
from narrator.spoken.it.numbers import NUMERALS

read_percentages = percentage_reader(NUMERALS, "percento")

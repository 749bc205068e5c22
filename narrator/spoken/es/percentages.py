"""Spanish percentages: "15 %" and "15%" -> "quince por ciento", "8,52 %" -> "ocho coma
cincuenta y dos por ciento"."""

from __future__ import annotations

from narrator.spoken.common.romance_measures import percentage_reader
from narrator.spoken.es.numbers import NUMERALS

read_percentages = percentage_reader(NUMERALS, "por ciento")

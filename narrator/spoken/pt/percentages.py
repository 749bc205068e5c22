"""Portuguese percentages: "15 %" and "15%" -> "quinze por cento"; a rate's period written
short after it, as Brazil's financial news does: "10,5% a.a." -> "dez vírgula cinco por cento
ao ano", "1,2% a.m." -> "ao mês"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_measures import percentage_reader
from narrator.spoken.pt.numbers import NUMERALS

_read_percentages = percentage_reader(NUMERALS, "por cento")
# "a.a." and "a.m." after a percent sign: the year's and the month's, no hour's "a.m.".
_PERIOD = re.compile(r"(?<=%) ?a\. ?(?P<period>[amd])\.")
_PERIODS = {"a": "ao ano", "m": "ao mês", "d": "ao dia"}


def read_percentages(text: str) -> str:
    """Read percentages ("15%" -> "quinze por cento") and the period of a rate after one
    ("% a.a." -> "por cento ao ano")."""
    if "%" in text:
        text = _PERIOD.sub(lambda m: f" {_PERIODS[m['period']]}{_kept_stop(m)}", text)
    return _read_percentages(text)


_SENTENCE_END = re.compile(r"\s*$|\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ]")


def _kept_stop(match: re.Match[str]) -> str:
    """The full stop of a period written short that also ends the sentence (the text ends, or
    a capital follows)."""
    return "." if _SENTENCE_END.match(match.string, match.end()) else ""

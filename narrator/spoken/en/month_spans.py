"""A span of months named in full with a dash between, said with "to" as a reader says it.

- "The season runs April-September" -> "April to September"; "Fares rise June–August" ->
  "June to August" (not a hyphenated word, nor a pause between two months)
- dotted abbreviations once read: "closed Oct.-Mar." -> "closed October to March"
- the idiom of an older and a younger partner stays: "a May-December romance"

Months with a number beside them ("Jan-Mar 2020", "June 3-5") are the dates rule's.
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

_MONTH = "(?:" + "|".join(row[0] for row in read_table("en", "months")) + ")"
_MONTH_SPAN = re.compile(
    rf"(?<![\w-])(?P<first>{_MONTH})\s?[-–]\s?(?P<last>{_MONTH})\b(?![-–]\w)"
    # "a May-December romance": two ages, not a span of the year.
    r"(?!\s(?:romance|relationship|marriage|couple|affair|love|pairing)s?\b)"
)

HINT = any_of(rf"[-–]\s?{_MONTH}\b")


def read_month_spans(text: str) -> str:
    """ "April-September" -> "April to September"; "a May-December romance" is left."""
    return _MONTH_SPAN.sub(
        lambda m: m.group(0) if m["first"] == m["last"] else f"{m['first']} to {m['last']}", text
    )

"""A span of months named in full with a dash between, said with "to" as a reader says it.

- "The season runs April-September" -> "April to September"; "Fares rise June–August" ->
  "June to August" (not a hyphenated word, nor a pause between two months)
- dotted abbreviations once read: "closed Oct.-Mar." -> "closed October to March"
- undotted short forms, as tables and schedules write them: "Jan-Mar" -> "January to March",
  "SEPT-DEC" -> "September to December"
- the idiom of an older and a younger partner stays: "a May-December romance"

Months with a number beside them ("Jan-Mar 2020", "June 3-5") are the dates rule's.
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

_FULL = {
    short: row[0]
    for row in read_table("en", "months")
    for short in (row[0], *row[1].split())
    if short.isalpha()
}
# Short forms in capitals are a table's ("JAN-MAR"); "MAY" is left, as it may be a shouted verb.
_FULL |= {short.upper(): name for short, name in _FULL.items() if short != name}
_MONTH = "(?:" + "|".join(sorted(_FULL, key=len, reverse=True)) + ")"
_MONTH_SPAN = re.compile(
    rf"(?<![\w-])(?P<first>{_MONTH})\s?[-–]\s?(?P<last>{_MONTH})\b(?![-–]\w)"
    # "a May-December romance": two ages, not a span of the year.
    r"(?!\s(?:romance|relationship|marriage|couple|affair|love|pairing)s?\b)"
)

HINT = any_of(rf"[-–]\s?{_MONTH}\b")


def read_month_spans(text: str) -> str:
    """ "April-September" -> "April to September", "Jan-Mar" -> "January to March"; "a
    May-December romance" is left."""
    return _MONTH_SPAN.sub(_read_span, text)


def _read_span(match: re.Match[str]) -> str:
    first, last = _FULL[match["first"]], _FULL[match["last"]]
    return match.group(0) if first == last else f"{first} to {last}"

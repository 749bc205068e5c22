"""A period of time written short with no number before it, said in full where a word of time
or a determiner makes it one: "Mortgage rates hit 7.1% this wk." -> "this week", "in the wk
ending Jan. 14" -> "in the week ending", "up 4% from last yr" -> "last year", "twice a wk",
"every other mo." -> "every other month".

After a number the measures read them ("2 wks", "36 mo."); "wait a mo" (a moment) and a
name ("Mo Farah") are left.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.rules import any_of

_PERIODS = {"wk": "week", "yr": "year", "mo": "month", "mth": "month"}
# The words before a period that make it one: a determiner or a word of time.
_PERIOD = re.compile(
    r"\b(?P<before>(?:[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|[Pp]er|[Ee]ach|[Ee]very|other|[Tt]he|a|"
    r"same|previous|coming|prior|whole|full|past) )(?P<short>wk|yr|mo|mth)(?P<plural>s)?\b"
    r"(?P<dot>\.)?(?![\w'-])"
)
HINT = any_of(r"\b(?:wk|yr|mo|mth)s?\b")


def read_periods_short(text: str) -> str:
    """ "this wk" -> "this week", "last yr" -> "last year"; "wait a mo" is left."""
    return _PERIOD.sub(_say_period, text)


def _say_period(match: re.Match[str]) -> str:
    if match["short"] == "mo" and match["before"] == "a ":
        return match.group(0)  # "wait a mo": a moment
    said = _PERIODS[match["short"]] + ("s" if match["plural"] else "")
    return match["before"] + said + (stop_after(match) if match["dot"] else "")

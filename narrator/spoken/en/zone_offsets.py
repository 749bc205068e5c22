"""A zone's offset from the world's clock: hours and minutes added or taken away, no time of
day, read for `times`.

- "UTC+01:00" -> "UTC plus one"; "UTC+05:30" -> "UTC plus five thirty"; "the UTC−5 time zone"
  -> "the UTC minus five time zone"; "GMT+2" -> "GMT plus two"
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal

# A zone's offset is hours and minutes added, no time of day: "UTC+01:00" -> "UTC plus one".
_SIGNS = {"+": "plus", "−": "minus", "-": "minus"}
_OFFSET = re.compile(r"\b(?P<zone>UTC|GMT)(?P<sign>[+−-])(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\b")


def _say_offset(match: re.Match[str]) -> str:
    minutes = f" {cardinal(int(match['m']))}" if match["m"] and match["m"] != "00" else ""
    return f"{match['zone']} {_SIGNS[match['sign']]} {cardinal(int(match['h']))}{minutes}"


def read_zone_offsets(text: str) -> str:
    """Read a zone's offset: "UTC+01:00" -> "UTC plus one", "GMT-3" -> "GMT minus three"."""
    return _OFFSET.sub(_say_offset, text)

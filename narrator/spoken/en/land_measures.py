"""Land measured in acres, roods and perches, as estate notices, tithe awards and census
returns write it: "120a. 3r. 14p." -> "120 acres 3 roods 14 perches", "12 a. 2 r." -> "12 acres
2 roods" (the numbers read after). An acre's "a." alone is left: only a rood after it says
that the letters are land's.
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

_ACRES_ROODS = re.compile(
    r"(?<![\w.,])(?P<a>\d[\d,]*) ?a\. (?P<r>[0-3]) ?r\.(?: (?P<p>[1-3]?\d) ?p\.)?"
)
_SENTENCE_ENDS = re.compile(r"\s*$|\s+[A-Z]")
HINT = any_of(r"r\.(?<=\d r\.)", r"r\.(?<=\dr\.)")


def _say_acres_roods(match: re.Match[str]) -> str:
    parts = [(match["a"], "acre", "acres"), (match["r"], "rood", "roods")]
    if match["p"]:
        parts.append((match["p"], "perch", "perches"))
    said = " ".join(f"{n} {one if n == '1' else many}" for n, one, many in parts)
    # The last point may also end the sentence.
    return said + ("." if _SENTENCE_ENDS.match(match.string, match.end()) else "")


def read_land_measures(text: str) -> str:
    """ "120a. 3r. 14p." -> "120 acres 3 roods 14 perches"."""
    return _ACRES_ROODS.sub(_say_acres_roods, text)

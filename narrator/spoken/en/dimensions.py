"""Dimensions: "x" between numbers is read "by".

- "2x8 m2" -> "two by eight square meters"; "4x4" -> "four by four"; "3 × 5" -> "three by five"
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

# A foot or inch mark may stand between the number and the sign: "12' x 15'".
_TIMES_SIGN = re.compile(r"(?<=\d)(?P<mark>['\"]?)\s?[x×]\s?(?=\d)")


def read_dimensions(text: str) -> str:
    """Read "x" between numbers as "by": "2x8 m2" -> "2 by 8 m2", "4x4" -> "4 by 4"."""
    return _TIMES_SIGN.sub(r"\g<mark> by ", text)


# The sign first: the regex engine finds a literal quickly.
HINT = any_of(
    *(
        rf"{sign}(?<={before}{sign}) ?\d"
        for sign in "x×"
        for before in (r"\d", r"\d ", r"\d'", r"\d' ", '\\d"', '\\d" ')
    )
)

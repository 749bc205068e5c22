"""Numbers named by a sign or a word before them.

- "No. 3" -> "number three"; "Nos. 3 and 4" -> "numbers three and four"; "#3" -> "number three"
- "#MeToo" -> "hashtag MeToo"
- "401(k)" -> "four oh-one k" (plan and statute names are said like that)
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import year

_NUMERO = re.compile(r"\b(?P<word>No|no|NO|Nos|nos)\.\s?(?=\d)|#(?=\d)")
_HASHTAG = re.compile(r"(?<![\w&])#(?=[A-Za-z])")
_STATUTE = re.compile(r"\b(?P<num>\d{3})\((?P<letter>[a-z])\)")


def read_numero(text: str) -> str:
    """Read "No. 3" and "#3" as "number three", "#MeToo" as "hashtag MeToo", "401(k)" as
    "four oh-one k" (plan and statute names are said like that)."""
    text = _NUMERO.sub(
        lambda m: "numbers " if (m["word"] or "").lower() == "nos" else "number ", text
    )
    text = _HASHTAG.sub("hashtag ", text)
    return _STATUTE.sub(lambda m: f"{year(int(m['num']))} {m['letter']}", text)


HINT = re.compile(r"[Nn][Oo]s?\.|#|\d\(")

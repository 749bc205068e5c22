"""Underscores that mark italics, as plain-text books write them ("_Mr._ Pecksniff", "the
_Times_", "_Ibid._, p. 12"): dropped before the rules that read the words inside them, which
would otherwise see no word start ("_Mr._" stays "Mr." once the symbols drop the marks).
An underscore inside a word ("snake_case", "file_name") is no mark and is left.
"""

from __future__ import annotations

import re

# Led by the mark, which the regex engine finds quickly; what stands around it is checked after.
_MARKS = re.compile(r"_+")
HINT = re.compile(r"_")


def drop_emphasis_marks(text: str) -> str:
    """ "_Mr._ Pecksniff" -> "Mr. Pecksniff"; "snake_case" is left."""
    return _MARKS.sub(_drop_mark, text)


def _drop_mark(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opens = not before.isalnum() and not after.isspace()
    closes = not before.isspace() and not after.isalnum()
    return (
        "" if (opens or closes) and not (before.isspace() and after.isspace()) else match.group(0)
    )

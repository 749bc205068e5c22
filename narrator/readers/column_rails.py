"""A column's lead to its other pieces under the story, by the column's name that heads the
title: "More Ask Ruth" over "My husband won't stop checking his phone at dinner" under "Ask
Ruth: My sister wants me to lend her money again".

"More" and capitalised words also start a headline ("More Snow Expected"), so the name must
be the title's label, and only headlines may follow the lead to the text's end.
"""

from __future__ import annotations

import re

__all__ = ["without_column_rail"]

_LABEL = re.compile(r"^(?P<label>[A-Z][\w'\u2019&.-]*(?: [\w'\u2019&.-]+){0,3}):\s+\S")
"""A title's label, the column's name before a colon: "Ask Ruth: My sister wants …"."""
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_MAX_HEADLINE_WORDS = 16


def without_column_rail(lines: list[str], title: str) -> list[str]:
    """`lines` less a closing lead to the column's other pieces ("More Ask Ruth", "More from
    Ask Ruth") and the headlines under it, when the column's name heads `title`."""
    match = _LABEL.match(title)
    if match is None:
        return lines
    label = match["label"].lower()
    leads = {f"more {label}", f"more from {label}", f"more {label} columns"}
    for position, line in enumerate(lines):
        if line.strip().lower() in leads and _all_headlines(lines[position + 1 :]):
            return lines[:position]
    return lines


def _all_headlines(lines: list[str]) -> bool:
    """Whether every line with words is a headline: short, no sentence's end."""
    filled = [line.strip() for line in lines if line.strip()]
    return all(
        len(line.split()) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)
        for line in filled
    )

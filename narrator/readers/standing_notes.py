"""A page's standing explainer closing a notice, the same on every notice of its kind: "About
product recalls and withdrawals" over "If there is a problem with a food product that means it
should not be sold, …". Its heading names a topic in small letters; a release's closing "About
Crestwood Dairies" names the issuer, and is read. It goes when nothing of the story's follows
it (only the page's short lines: "Subscribe to news and alerts"). So does a closing box of the
page's facts under "Further information" whose lines make no sentence (a committee's members);
with sentences ("The consultation runs until 5 January.") it is the notice's, and is read.
"""

from __future__ import annotations

import re

__all__ = ["without_standing_explainer"]

_TOPIC_HEADING = re.compile(
    r"^(?:about|more about|understanding) (?!the\b|us\b|me\b|our\b)(?-i:[a-z])[\w' ,-]{3,60}$",
    re.IGNORECASE,
)
"""'About product recalls and withdrawals', 'About food alerts'; not 'About Crestwood Dairies',
'About the author' (a bio's, read or left as its own rules say) or 'About us'."""
_MAX_SHORT_WORDS = 8
_INFO_LEAD = re.compile(r"^(?:further|more|additional) information\s*:?$", re.IGNORECASE)


def without_standing_explainer(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) less a closing explainer under a topic's
    heading (the heading's block: the paragraph on its next lines, or the next block if the
    heading is alone), or a closing box of facts under "Further information", when only short
    lines follow it."""
    for position, group in enumerate(groups):
        if group and _is_info_box(group) and all(_is_short(g) for g in groups[position + 1 :]):
            return groups[:position] + groups[position + 1 :]
        if not group or not _TOPIC_HEADING.match(group[0].strip()):
            continue
        end = position + 1 if len(group) > 1 else position + 2
        if end <= len(groups) and all(_is_short(g) for g in groups[end:]):
            return groups[:position] + groups[end:]
    return groups


def _is_info_box(group: list[str]) -> bool:
    """A closing box of the page's facts under "Further information": lines with no sentence
    ("Committee membership", the members' names, "Follow the committee on X")."""
    lines = [line.strip() for line in group]
    return (
        len(lines) > 1
        and bool(_INFO_LEAD.match(lines[0]))
        and not any(line.endswith((".", "!", "?")) for line in lines[1:])
    )


def _is_short(group: list[str]) -> bool:
    return all(len(line.split()) <= _MAX_SHORT_WORDS for line in group)

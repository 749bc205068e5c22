"""A story's audio player pasted in the block of its first paragraph, no blank line between
them: "Listen to this article" over "4 min" over "Greyline Foods reported a 12% rise …".

The player's line leads a block of clutter (its length, "Your browser does not support the
audio element."), which goes whole; the story's paragraph under it, a long sentence, is no
part of the player's box, so the block is parted where that prose starts.
"""

from __future__ import annotations

import re

__all__ = ["apart_from_player"]

_PLAYER = re.compile(
    r"^(?:listen to this (?:article|story)|listen to (?:the )?article|ascolta l'articolo"
    r"|\u00e9couter (?:cet |l')article|artikel (?:an)?h\u00f6ren"
    r"|escucha(?:r)? (?:esta |la )?noticia|ou\u00e7a (?:esta |a )?not\u00edcia"
    r"|\u043f\u0440\u043e\u0441\u043b\u0443\u0448\u0430\u0442\u044c"
    r" \u0441\u0442\u0430\u0442\u044c\u044e)\b",
    re.IGNORECASE,
)
"""A player's button over the story, in the languages read."""
_SENTENCE_END = re.compile(r"[.!?\"'\u201d\u00bb]\s*$")
_MIN_PROSE_WORDS = 12
"""A player's own lines are short ("Enjoy more audio and podcasts on iOS or Android.")."""


def apart_from_player(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (blocks, each a list of its lines) with a block that holds a player's lines
    over the story's prose parted in two at the prose's first line."""
    parted: list[list[str]] = []
    for group in groups:
        start = _prose_after_player(group)
        parted.extend([group[:start], group[start:]] if start else [group])
    return parted


def _prose_after_player(group: list[str]) -> int | None:
    """The position of the first line of prose under a player's line in `group`; None if none."""
    lead = next((i for i, line in enumerate(group) if _PLAYER.match(line.strip())), None)
    if lead is None:
        return None
    return next((i for i in range(lead + 1, len(group)) if _is_prose(group[i])), None)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= _MIN_PROSE_WORDS and bool(_SENTENCE_END.search(line))

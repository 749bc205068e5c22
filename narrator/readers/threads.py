"""A forum's thread pasted whole: its first post is the article, the replies follow it. Each
post is headed by its poster's handle over the day it was posted ("sam_lee" over "Dec 5", or
"Post by sam_lee \u00bb Thu Dec 04, 2026 8:12 pm" on one line, phpBB's); a
reply's handle is said, as a transcript's speaker is ("sam_lee:"), and the stamp is not; the
first post's head goes, as a story's stamp does. The thread's category under its title
("Hardware", "Gardening \u203a Harvest & storage") goes.

A handle over a stamp once is no thread: a site's name or a writer's beside the posting stamp
of a story, which `narrator.readers.trailers` leaves out.
"""

from __future__ import annotations

import re

from narrator.readers.stamps import is_stamp

__all__ = ["with_posters"]

_HANDLE = re.compile(r"^@?(?=[\w.-]*[^\W\d_])[\w.-]{2,30}$")
"""A poster's handle: one word of letters, digits, '_', '.' or '-' ("sam_lee", "priya")."""
_POSTED_LINE = re.compile(
    r"^(?:(?:post(?:ed|\u00e9)?|publicado|postado|enviado|mensaje|messaggio|inviato|scritto|beitrag"
    r"|verfasst|message) (?:by|por|de|da|di|von|par) "
    r"|by )?(?P<handle>[\w.-]{2,30}|(?-i:[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}))"
    r"(?: \u00b7 [^\u00b7\d]{2,30})? [\u00bb|\u00b7-] (?P<stamp>.{2,40})$",
    re.I,
)
"""A post's head on one line: "Post by dave_r \u00bb Thu Dec 04, 2026 8:12 pm" (phpBB's, in
Spanish "Publicado por \u2026"), a neighbourhood app's name, place and age ("Priya Shah \u00b7 Elm
Park \u00b7 3 hr ago")."""
_NUMBER = re.compile(r"^#\d{1,5}$")
"""A post's number over its head: "#2"."""
_AGE = re.compile(r"^\d{1,2} ?(?:hr|hrs|min|mins|d|h|m)\.? ago$", re.I)
_MIN_POSTS = 2
_MAX_CATEGORY_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?:;]$")


def with_posters(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) with each reply's head said as its
    poster's handle ("sam_lee" over "Dec 5" -> "sam_lee:") when two posts or more are headed so;
    the first post's head goes, and the thread's category, a short line alone over it."""
    split = _with_heads_apart(groups)
    heads = [position for position, group in enumerate(split) if _is_post_head(group)]
    if len(heads) < _MIN_POSTS:
        return groups
    groups = split
    if heads[0] == 1 and _is_category(groups[0]):
        groups, heads = groups[1:], [position - 1 for position in heads]
    named = set(heads[1:])
    return [
        [f"{_handle_of(group)}:"] if position in named else group
        for position, group in enumerate(groups)
        if position != heads[0]
    ]


def _with_heads_apart(groups: list[list[str]]) -> list[list[str]]:
    """`groups` with a head on one line (and its number over it) set apart from the post it
    heads in its block ("Tom Becker \u00b7 Cedar Close \u00b7 2 hr ago" over "I think I saw …")."""
    apart: list[list[str]] = []
    for group in groups:
        size = 2 if len(group) > 2 and _NUMBER.match(group[0].strip()) else 1
        head, rest = group[:size], group[size:]
        headed = bool(rest) and _handle_of(head) is not None and not is_stamp(rest[0].strip())
        apart.extend([head, rest] if headed else [group])
    return apart


def _is_post_head(group: list[str]) -> bool:
    group = _unnumbered(group)
    if len(group) == 1:
        return _handle_of(group) is not None
    return len(group) == 2 and bool(_HANDLE.match(group[0].strip())) and is_stamp(group[1].strip())


def _handle_of(group: list[str]) -> str | None:
    """The poster's handle of a post's head: "sam_lee" over "Dec 5", or on one line with the
    stamp ("Post by dave_r \u00bb Thu Dec 04, 2026 8:12 pm", phpBB's)."""
    group = _unnumbered(group)
    if len(group) == 2:
        return group[0].strip().lstrip("@")
    posted = _POSTED_LINE.match(group[0].strip())
    stamped = posted and (is_stamp(posted["stamp"]) or _AGE.match(posted["stamp"]))
    return posted["handle"] if posted and stamped else None


def _unnumbered(group: list[str]) -> list[str]:
    """A post's head without its number over it ("#2" over "Publicado por luisa_t \u00bb …")."""
    return group[1:] if len(group) > 1 and _NUMBER.match(group[0].strip()) else group


def _is_category(group: list[str]) -> bool:
    """A thread's category: one line of a few words, no sentence ("Hardware")."""
    line = group[0].strip()
    return (
        len(group) == 1
        and len(line.split()) <= _MAX_CATEGORY_WORDS
        and not _SENTENCE_END.search(line)
    )

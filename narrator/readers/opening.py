"""What a saved or pasted story has above its title: a browser page's frame and menu, or an
e-mail's header.

- "Skip to main content", "Menu", "Sign in" (see `narrator.readers.trailers.is_page_frame`), and
  a site's menu copied with the page, a short line for each of its links ("News", "Sport",
  "Local News"), four or more of them in one block
- the section a page files the story under ("Finance & economics | Buttonwood", "News >
  Business"), alone in a block over the title
- the site's domain alone in a block over the title ("example-times.com", a reader view's)
- an alert saved from a mail program: "Subject: Supreme Court agrees to hear …", "From: …",
  "Date: …", "To: …"; the subject is the story's title, the rest of the header is not read
"""

from __future__ import annotations

import re

from narrator.readers.trailers import is_page_frame

__all__ = ["above_title"]

_HEADER = re.compile(
    r"^(?P<field>from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
_REPLY = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", re.IGNORECASE)
_MIN_HEADER_FIELDS = 2
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
"""A site's name alone over the title, as a browser's reader view shows it: "example-times.com"."""
_SECTION_PATH = re.compile(r"^[A-Z][\w&' ]{1,30}(?: [|>/\u203a] [A-Z][\w&' ]{1,30}){1,3}$")
"""The section a page files the story under, over its title: "Finance & economics | Buttonwood"."""
_MIN_MENU_LINES = 4
_MAX_MENU_WORDS = 3
_MAX_MENU_CHARS = 25
_MENU_ITEM = re.compile(r"^[A-Z&][\w&'\u2019 -]*$")
"""A menu's link: words with a capital and no sentence's end, no number ("Local News")."""


def above_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The title an e-mail's header gives (its subject; None if the text has no header), and
    `lines` from the line the title is on, without the page's frame, menu or header."""
    lines = _without_frame(lines)
    header = 0
    while header < len(lines) and _HEADER.match(lines[header].strip()):
        header += 1
    fields = {
        match["field"].lower(): match["value"].strip()
        for line in lines[:header]
        if (match := _HEADER.match(line.strip()))
    }
    if header >= _MIN_HEADER_FIELDS and fields.get("subject"):
        return _REPLY.sub("", fields["subject"]), lines[header:]
    return None, lines


def _without_frame(lines: list[str]) -> list[str]:
    """`lines` from the first that is not the page's frame or menu, block by block."""
    start = 0
    while True:
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[start:end]
        frame = all(is_page_frame(line) for line in block) or (
            len(block) == 1
            and bool(_DOMAIN.match(block[0].strip()) or _SECTION_PATH.match(block[0].strip()))
        )
        menu = len(block) >= _MIN_MENU_LINES and all(_is_menu_item(line) for line in block)
        if not block or not (frame or menu):
            return _without_frame_lines(lines[start:])
        start = end


def _without_frame_lines(lines: list[str]) -> list[str]:
    """A frame's lines at the top of a block ("Advertisement" over the title)."""
    start = 0
    while start < len(lines) and is_page_frame(lines[start]):
        start += 1
    return lines[start:]


def _is_menu_item(line: str) -> bool:
    line = line.strip()
    return is_page_frame(line) or (
        len(line) <= _MAX_MENU_CHARS
        and len(line.split()) <= _MAX_MENU_WORDS
        and bool(_MENU_ITEM.match(line))
        and not line.lower().startswith("by ")
    )

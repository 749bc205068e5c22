"""A newsletter's greeting at its top: alone in the first block under the title ("Good
morning." over the first story), or over its first headline ("Good morning. Holiday shipping
deadlines are closing in …" over "Retailers brace for a shorter shopping season"), the
edition's name over it or not; and the shape of a headline, which tells where the first story
starts."""

from __future__ import annotations

import re

from narrator.readers.site_lines import is_site_frame
from narrator.readers.trailers import is_clutter_line

__all__ = ["is_headline", "without_greeting", "without_greeting_line"]

_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?:;,]$")
_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|di|de|door|av|edited by)\s", re.IGNORECASE)
_GREETING = re.compile(
    r"^(?:[^\w\s]{1,3}\s*)?(?:good (?:morning|afternoon|evening)|hi|hello|hey|happy \w+day"
    r"|welcome back|guten morgen|guten tag|moin|ciao|salve|buonasera|bonsoir|buenas"
    r"|boa tarde|boa noite|привет|доброе утро|добрый день"
    r"|hallo|bonjour|buenos d\u00edas|hola|buongiorno|bom dia|ol\u00e1)\b.*[.!,]$"
    # a morning's or evening's greeting with no stop, and where it comes from: "Guten Morgen
    # aus Hamburg", "Good morning from Washington"
    r"|^(?:good (?:morning|evening)|guten (?:morgen|abend)|bonjour|bonsoir|buenos d\u00edas"
    r"|buongiorno|bom dia)(?: (?:from|aus|de|desde|da|dal|depuis) [^.!?:]{1,30})?$",
    re.IGNORECASE,
)
"""A newsletter's greeting over its first story: "Good morning. …", "Happy Friday!", an emoji
before it ("☕ Good morning. …")."""
_MAX_EDITION_LINES = 1
_MAX_GREETING_WORDS = 8
_MIN_CAPS_LETTERS = 4
"""How many one-line blocks may be over the greeting: the edition's name and date."""


def without_greeting_line(lines: list[str]) -> list[str]:
    """`lines` under the title without a newsletter's greeting alone in the first block ("Good
    morning." over the first story)."""
    # under a sponsor's label or not ("PRESENTED BY NORTHWIND ENERGY")
    first = next(
        (i for i, line in enumerate(lines) if line.strip() and not is_site_frame(line.strip())),
        None,
    )
    if first is None or first + 1 >= len(lines) or lines[first + 1].strip():
        return lines
    line = lines[first].strip()
    short = len(line.split()) <= _MAX_GREETING_WORDS
    return [*lines[:first], *lines[first + 1 :]] if short and _GREETING.match(line) else lines


def without_greeting(lines: list[str]) -> list[str]:
    """`lines` from the first headline when a newsletter's greeting is over it, in a block of
    its own ("Good morning. Holiday shipping deadlines are closing in …" over "Retailers
    brace for a shorter shopping season"), the edition's name over it or not ("La Matinale du
    5 décembre" over "Bonjour ! Voici les informations …")."""
    starts = [
        i for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip())
    ]
    one_line = [
        i
        for i in starts[: _MAX_EDITION_LINES + 2]
        if i + 1 >= len(lines) or not lines[i + 1].strip()
    ]
    for count, position in enumerate(one_line[: _MAX_EDITION_LINES + 1]):
        if position != starts[count]:
            break  # a block of several lines before it: no newsletter's top
        if _GREETING.match(lines[position].strip()):
            # the headline under it, past the newsletter's contents ("In today's edition:")
            later = [i for i in starts[count + 1 :] if not is_clutter_line(lines[i])]
            if later and later[0] in one_line and _is_top_headline(lines[later[0]]):
                top = _past_caps_label(lines, later)
                label = top == later[0] and not is_headline(lines[top])
                if count and label and not _headed(lines, later):
                    break  # under the mail's title, a section's name over a paragraph: no headline
                return lines[top:]
            # the greeting's own sentence under it: "Bonjour," over "Voici votre sélection."
            said = later[:1] and later[0] in one_line and _SENTENCE_END.search(lines[later[0]])
            if (
                said
                and len(later) > 1
                and later[1] in one_line
                and _is_top_headline(lines[later[1]])
            ):
                return lines[later[1] :]
            break
    return lines


def _headed(lines: list[str], starts: list[int]) -> bool:
    """Whether the block after the first of `starts` is a headline of its own."""
    following = starts[1:2]
    return bool(following) and is_headline(lines[following[0]])


def _past_caps_label(lines: list[str], starts: list[int]) -> int:
    """Where the first story starts under a greeting: at a section's name in capitals, or at
    the headline under it ("THE RUNDOWN" over "Retailers brace for record returns")."""
    first, following = starts[0], starts[1:2]
    caps = _is_top_headline(lines[first]) and not is_headline(lines[first])
    return following[0] if caps and following and is_headline(lines[following[0]]) else first


def _is_top_headline(line: str) -> bool:
    """A headline, or a section's name in capitals ("MARKETS"), but no sponsor's label."""
    letters = [ch for ch in line if ch.isalpha()]
    caps = len(letters) >= _MIN_CAPS_LETTERS and all(ch.isupper() for ch in letters)
    return (caps or is_headline(line)) and not is_site_frame(line.strip())


def is_headline(line: str) -> bool:
    """A line shaped as a headline: four to twenty words, no sentence's end, no byline, and
    a word among them (a row of figures, "12 14 16 18", is a table's or a counter's)."""
    words = line.split()
    if not words or _BYLINE_WORD.match(line.strip()) or is_clutter_line(line):
        return False
    if not any(character.isalpha() for character in line):
        return False
    return _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(
        line.strip()
    )

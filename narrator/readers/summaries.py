"""Lists a pasted story keeps without their bullets (a browser copies a list's items as lines):
a label over its points, and lines of a label and a figure.

- "Key Points" (CNBC), "Summary" (a BBC live page), "What we know" over lines that each say one
  thing: the label is a heading, each line a list item
- three short lines or more, none a sentence: a recipe's ingredients ("1 cup orzo")
- "Earnings per share: $1.30 adjusted vs. $1.25 expected" over "Revenue: $57.01 billion vs.
  $54.92 billion expected": each line an item, not one run-on sentence
- a heading pasted on the line over its paragraph ("About Northwind Foods" over "Northwind
  Foods, Inc. makes frozen meals …", a release's): the heading of a section

A paragraph wrapped at a fixed width is not a list: its first line is as long as the others, and
its lines do not each start with a capital.

A summary's label before its first line ("Summary: Bumblebees that watched …") is not read.
"""

from __future__ import annotations

import re

from narrator.readers.stamps import is_update_head
from narrator.readers.trailers import is_clutter_line

__all__ = [
    "BULLET",
    "headed_paragraph",
    "is_lone_note",
    "labelled_item",
    "ticker_head",
    "unbulleted_list",
    "without_summary_label",
]

_SUMMARY_LABEL = re.compile(
    r"^(?:summary|zusammenfassung|r\u00e9sum\u00e9|resumen|resumo|sommario)\s*:\s+(?=\w)",
    re.IGNORECASE,
)

BULLET = re.compile(r"^[-*\u2022\u00b7\u2013\u25aa\u25cf]\s+(?=\w|[\"'\u201c$\u00a3\u20ac(])")
"""A list's bullet at a line's start, as pasted text keeps it: "- ", "* ", a bullet, a dash."""

_MIN_ITEMS = 2
_MAX_LABEL_WORDS = 4
_MAX_LABEL_CHARS = 30
_MAX_ITEM_CHARS = 240
_MIN_ITEM_WORDS = 3
"""A point says something: "Make with" over "Betty Crocker Cake Mix" over "Ingredients" (a
recipe's links) is no label over its points."""
_MAX_HEADING_CHARS = 50
_MAX_HEADING_WORDS = 6
_LABEL = re.compile(r"^[A-Z\u00c0-\u00de\u0410-\u042f][\w'\u2019 -]*$")
_FIGURE_LINE = re.compile(
    r"^[\u00ab\"\u201e\u201c]?[A-Z\u00c0-\u00de\u0410-\u042f]"
    r"[\w'\u2019 &/()\u00bb\"\u201c\u201d-]{0,40}:\s+\S"
)
"""A line of a label and what it states: "Revenue: $57.01 billion", "«Зенит»: Латышонок, …"."""
_SIDE_LINE = re.compile(
    r"^[\u00ab\"\u201e\u201c]?[A-Z\u00c0-\u00de\u0410-\u042f]"
    r"[\w'\u2019 &/().\u00bb\"\u201c\u201d-]{0,40}:\s+\S"
)
"""The same, its label a side's name that may be shortened with a full stop: "Sp. Braga: …"."""
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_FIGURE = re.compile(r"\d")
"""A numbered line: a list that its label heads ("Le classement" over "1. Julia Simon")."""
_MIN_SHORT_ITEMS = 3
_LISTING = re.compile(r"^[A-Z\u00c0-\u00de\u0410-\u042f][\w'\u2019 -]{2,40}:$")
"""A label announcing the short lines under it: "Markets at a glance:"."""
_MAX_SHORT_ITEM_CHARS = 40
_NEXT_SENTENCE = re.compile(r"[a-z\d)][.!?][\"'\u201d\u2019]? [A-Z\u00c0-\u00dd]")
_MAX_LABELLED_ITEM_CHARS = 80
"""A labelled list's items may be longer: "Results:" over "Raducanu (GB) bt Pegula (US) 6-4 …"."""
_TICKER = re.compile(r"^\+{3} (?P<head>[^+]{2,80}?) \+{3}$")
_SENTENCES = re.compile(r"[a-z0-9%)][.!?](?:\s|$)")
_RUNS_ON = frozenset({"and", "or", "the", "a", "an", "of", "to", "in", "with", "for", "und", "et"})
_OPENS_ITEM = re.compile(r"^[A-Z0-9\"'\u201c$\u00a3\u20ac]")


def unbulleted_list(lines: list[str]) -> tuple[str | None, list[str]] | None:
    """A paragraph's lines read as a list, its label (or None) and its items; None if they
    are not a list."""
    if len(lines) < _MIN_ITEMS:
        return None
    if len(lines) > _MIN_ITEMS and _is_label(lines[0], lines[1:]):
        return lines[0], lines[1:]
    if all(len(line) <= _MAX_ITEM_CHARS and _FIGURE_LINE.match(line) for line in lines):
        return None, lines
    numbered = any(_NUMBERED.match(line) or BULLET.match(line) for line in lines)
    if len(lines) >= _MIN_SHORT_ITEMS and not numbered and all(map(_is_short_item, lines)):
        if _is_table_header(lines):
            return None, lines[1:]  # a pasted table's columns' names over its rows: not read
        # a recipe's ingredients: "1 cup orzo" over "2 cloves garlic", their label over them
        # or not ("Ingredientes" over "3 ovos")
        if _LABEL.match(lines[0]) and all(line[:1].isdigit() for line in lines[1:]):
            return lines[0], lines[1:]
        return None, lines
    label, items = lines[0], lines[1:]
    if _LISTING.match(label) and len(items) >= _MIN_ITEMS and not numbered:
        # "Markets at a glance:" over "FTSE 100 8,312.45 +0.6%", "Sterling $1.2710 -0.1%"
        most = _MAX_LABELLED_ITEM_CHARS
        listed = all(_is_short_item(item, most) or _is_stated_item(item) for item in items)
        return (label, items) if listed else None
    return None


def labelled_item(lines: list[str]) -> tuple[str, list[str]] | None:
    """A label over one item, read as a list when a labelled list comes just before it ("Cons"
    over "The market menus are fiddly" after "Pros" over its points); None if it is not one."""
    if len(lines) != _MIN_ITEMS or not _is_label(lines[0], lines[1:]):
        return None
    # two sentences are a section's paragraph under its heading, not a point
    return None if _NEXT_SENTENCE.search(lines[1]) else (lines[0], lines[1:])


def _is_table_header(lines: list[str]) -> bool:
    """A pasted table's first row of words apart by tabs over rows each with a figure ("Index
    Close Change" over "Dow Jones 44,120.55 +0.4%")."""
    words_only = "\t" in lines[0] and not any(ch.isdigit() for ch in lines[0])
    return words_only and all("\t" in line and _FIGURE.search(line) for line in lines[1:])


def _is_stated_item(line: str) -> bool:
    """A labelled list's line of a label and what it states, however long: a side's line-up
    ("Leverkusen: Hradecky - Frimpong, Tah, Tapsoba, Grimaldo - Xhaka, Andrich - Wirtz")."""
    return (
        len(line) <= _MAX_ITEM_CHARS
        and bool(_SIDE_LINE.match(line))
        and not line.rstrip().endswith(("!", "?", ":", ","))
    )


def _is_short_item(line: str, most: int = _MAX_SHORT_ITEM_CHARS) -> bool:
    """A line of a list of short items, `most` characters at most: a few words, no sentence's
    end, no comma or joining word at its end (a poem's or a wrapped sentence's line runs on)."""
    words = line.split()
    return (
        len(line) <= most
        and not line.rstrip().endswith((".", "!", "?", ",", ";", ":", "-"))
        and not (words and words[-1].lower() in _RUNS_ON)
    )


def _is_label(label: str, items: list[str]) -> bool:
    """A label over its items: a few words, no sentence's end, under half as long as the
    longest item (the first line of a wrapped paragraph is as long as the rest)."""
    return (
        len(label) <= _MAX_LABEL_CHARS
        and len(label.split()) <= _MAX_LABEL_WORDS
        and bool(_LABEL.match(label))
        and 2 * len(label) < max(len(item) for item in items)
        and all(
            _OPENS_ITEM.match(item)
            and len(item) <= _MAX_ITEM_CHARS
            and len(item.split()) >= _MIN_ITEM_WORDS
            for item in items
        )
    )


def headed_paragraph(lines: list[str]) -> str | None:
    """The heading on a paragraph's first line, over the paragraph (its other lines, which end
    a sentence): a label, or an update's stamp ("Update: Tuesday 8 December, 3pm" over what
    it says, a page kept up to date); None if the first line is the paragraph's own."""
    heading, body = lines[0], lines[1:]
    return (
        heading
        if len(heading) <= _MAX_HEADING_CHARS
        and len(heading.split()) <= _MAX_HEADING_WORDS
        and (bool(_LABEL.match(heading)) or is_update_head(heading))
        and 2 * len(heading) < len(body[0])
        and body[-1].rstrip().endswith((".", "!", "?", '."', ".\u201d"))
        else None
    )


def without_summary_label(lines: list[str]) -> list[str]:
    """`lines` without the label of a summary's first line: "Summary: Bumblebees that watched
    …" is read from "Bumblebees" (a science news site's standfirst)."""
    first = next(
        (i for i, line in enumerate(lines) if line.strip() and not is_clutter_line(line)), None
    )
    if first is None or not (label := _SUMMARY_LABEL.match(lines[first].strip())):
        return lines
    return [*lines[:first], lines[first].strip()[label.end() :], *lines[first + 1 :]]


def is_lone_note(groups: list[list[str]], position: int) -> bool:
    """A bulleted line alone between paragraphs, of two sentences or more: a note set off by
    its bullet, no list."""
    group = groups[position]
    if len(group) != 1 or not BULLET.match(group[0]) or len(_SENTENCES.findall(group[0])) < 2:
        return False
    around = groups[position - 1 : position] + groups[position + 1 : position + 2]
    return not any(BULLET.match(other[0]) for other in around if other)


def ticker_head(line: str) -> str | None:
    """A news ticker's headline between its marks ("+++ Bahn bietet Schlichtung an +++" ->
    "Bahn bietet Schlichtung an"); None for any other line."""
    match = _TICKER.match(line.strip()) if line.startswith("+++") else None
    return match["head"] if match else None

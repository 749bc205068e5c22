"""What a hint's pattern says of itself, read from its source: the character or the class
everything it finds starts with, and whether it reads a line's edges. `spoken` uses these to
skip a pattern on text that lacks its first character, to search a digit-led one on the
lines with a digit only, and to search an anchored one line by line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
"""The characters a pattern does not match as themselves."""


@functools.cache
def leading_character(pattern: re.Pattern[str]) -> str | None:
    """The character everything ``pattern`` finds starts with, where its source says so
    plainly: a literal character or an escaped mark first ("€ \\d", "\\$", " h"), not made
    optional, with no alternative at the top level and no flag that changes what a character
    matches. None otherwise (a class, a group, a look-behind, an escape such as ``\\d``).

    Text without that character is not scanned for the pattern: a check the regex engine
    makes about as fast, but answered once a text for every pattern led by it, and at once
    for a character past ASCII in ASCII text (`str.isascii` is a flag CPython keeps)."""
    source = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not source:
        return None
    if source[0] == "\\":
        lead, rest = source[1:2], source[2:]
        if not lead or lead.isalnum():
            return None
    elif source[0] in _SPECIAL:
        return None
    else:
        lead, rest = source[0], source[1:]
    if rest[:1] in ("*", "?", "{") or _has_top_level_alternative(rest):
        return None
    return lead


@functools.cache
def leading_class(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The characters everything ``pattern`` finds starts with, where its source says so
    plainly: ``\\d`` or a class of characters first ("[\\d½¼¾]", "\\d (?:caps?|tabs?)"), not
    negated or made optional, with no alternative at the top level and no flag that changes
    what a character matches. Each item a character, or ``\\d`` for a decimal digit; None
    otherwise (a literal: see `leading_character`)."""
    source = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    if source.startswith("\\d"):
        items: tuple[str, ...] | None = ("\\d",)
        rest = source[2:]
    elif source.startswith("[") and not source.startswith("[^"):
        end = _class_end(source)
        items, rest = _class_items(source[1:end]), source[end + 1 :]
    else:
        return None
    if items is None or rest[:1] in ("*", "?", "{") or _has_top_level_alternative(rest):
        return None
    return items


@functools.cache
def leads_past_ascii(pattern: re.Pattern[str]) -> bool:
    """Whether everything ``pattern`` finds starts with a character past ASCII, by its leading
    class (``[α-ωΑ-Ω]``): a line in ASCII (`str.isascii` is a flag) cannot hold what it finds."""
    items = leading_class(pattern)
    return items is not None and all(not item.isascii() for item in items)


def _class_end(source: str) -> int:
    """The index of the ``]`` closing the class ``source`` starts with (a ``]`` first is one
    of the class)."""
    index = 1 + (source[1:2] == "]")
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index


_ESCAPE_WIDTHS = {"x": 2, "u": 4, "U": 8}
_MOST_IN_A_RANGE = 256


def _class_items(body: str) -> tuple[str, ...] | None:
    """The characters of a class's ``body``, ranges spelled out and ``\\d`` kept whole; None
    for an escape other than a mark, ``\\d`` or a code point, or a range too wide to list."""
    items: list[str] = []
    index = 0
    while index < len(body):
        if body.startswith("\\d", index):
            items.append("\\d")
            index += 2
            continue
        first = _class_character(body, index)
        if first is None:
            return None
        character, index = first
        if body[index : index + 1] != "-" or index + 1 == len(body):
            items.append(character)
            continue
        last = _class_character(body, index + 1)
        if last is None or ord(last[0]) - ord(character) > _MOST_IN_A_RANGE:
            return None
        items += [chr(code) for code in range(ord(character), ord(last[0]) + 1)]
        index = last[1]
    return tuple(items)


def _class_character(body: str, index: int) -> tuple[str, int] | None:
    """The character written at ``index`` of a class's body, and the index after it."""
    if body[index] != "\\":
        return body[index], index + 1
    escape = body[index + 1 : index + 2]
    width = _ESCAPE_WIDTHS.get(escape)
    if width is not None:
        digits = body[index + 2 : index + 2 + width]
        if len(digits) < width or not all(d in "0123456789abcdefABCDEF" for d in digits):
            return None
        return chr(int(digits, 16)), index + 2 + width
    if not escape or escape.isalnum():
        return None
    return escape, index + 2


@functools.cache
def reads_line_edges(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` anchors at the start or end of its text (``^``, ``$``, ``\\A``,
    ``\\Z``): a hint written for one line, which lines joined by newlines would hide from it
    but for the first or the last, so it is searched line by line."""
    edges = {"\\A", "\\Z"} if pattern.flags & re.MULTILINE else {"\\A", "\\Z", "^", "$"}
    return any(item in edges for item in _outside_classes(pattern.pattern))


def _has_top_level_alternative(source: str) -> bool:
    """Whether ``source`` (the rest of a pattern) has a ``|`` outside its groups and classes."""
    depth = 0
    for item in _outside_classes(source):
        depth += (item == "(") - (item == ")")
        if item == "|" and depth == 0:
            return True
    return False


def _outside_classes(source: str) -> Iterator[str]:
    """The pieces of a pattern's ``source`` outside its character classes: each character,
    and each escape as one piece (``\\A``); a class is skipped whole."""
    index, in_class = 0, False
    while index < len(source):
        character = source[index]
        if character == "\\":
            if not in_class:
                yield source[index : index + 2]
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            index += 1 + (source[index + 1 : index + 2] == "^")
            index += source[index : index + 1] == "]"  # a ']' first is one of the class
            continue
        else:
            yield character
        index += 1

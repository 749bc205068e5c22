"""Marks a pasted text's writer or software puts around its words, for the eye, not the ear:

- a signature under its delimiter, closing a post or a mail: "--" over "Semi-retired sparky.
  Views my own."
- the numbers of a report's clauses, and of its sections over them, when the text numbers its
  paragraphs so ("1. Purpose of the report" over "1.1 This report asks …", "2.1 That the rent
  …"): a reader finds a clause by them, a listener hears the sections' headings
- a quote's stamp in a forum's post: "Quote from: dave_b on December 05, 2026, 06:02:10 PM"
  -> "Quote from: dave_b"
- a news app's link after a line's last sentence: "Rachel Kim covers housing. More about Rachel
  Kim" -> "Rachel Kim covers housing."
"""

from __future__ import annotations

import re

from narrator.readers.stamps import is_stamp

__all__ = ["without_text_marks"]

_DELIMITER = re.compile(r"^--\s?$")
_MAX_SIGNATURE_LINES = 6
_CLAUSE = re.compile(
    r"^(?P<number>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(?![A-Z]{2,5}\b)(?=[A-Z\u00c0-\u00dd\"'\u201c(])"
)
"""A clause's number before its words: "1.1 This report asks", "2.2 That the 50% discount"."""
_SECTION = re.compile(r"^(?P<number>\d{1,2})\.?\s+(?=[A-Z\u00c0-\u00dd][^.!?]{1,60}$)")
"""A section's number before its heading: "1. Purpose of the report", "3 Background"."""
_MIN_CLAUSES = 3
_QUOTE_STAMP = re.compile(
    r"^(?P<head>(?:quote from|quote|zitat von|citation de|cita de|citazione di|cita\u00e7\u00e3o de"
    r"|\u0446\u0438\u0442\u0430\u0442\u0430)\s*:?\s*\S{1,40}) (?:on|am|le|el|il|em|\u043e\u0442)"
    r" (?P<stamp>.{6,40})$",
    re.IGNORECASE,
)
_LINK_TAIL = re.compile(
    r"(?<=[.!?]) +More (?:about|from|by) [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\s*$"
)


def without_text_marks(lines: list[str]) -> list[str]:
    """`lines` without the marks above: a closing signature, clauses' numbers, a quote's stamp,
    an app's link after a line's last sentence."""
    lines = _without_numbers(_without_signature(lines))
    return [_without_link_tail(_without_quote_stamp(line)) for line in lines]


def _without_signature(lines: list[str]) -> list[str]:
    """`lines` without a signature closing them: its delimiter ("--") and the few lines under
    it to the end."""
    for position in range(max(0, len(lines) - _MAX_SIGNATURE_LINES - 1), len(lines)):
        if _DELIMITER.match(lines[position]) and position > 0:
            return lines[:position]
    return lines


def _without_numbers(lines: list[str]) -> list[str]:
    """`lines` without their clauses' numbers ("1.1 ", "2.3 "), and their sections' ("1. "),
    when three clauses or more are numbered, each section's clauses under its number."""
    clauses = [_CLAUSE.match(line) for line in lines]
    numbered = [
        tuple(int(part) for part in match["number"].split(".")) for match in clauses if match
    ]
    if len(numbered) < _MIN_CLAUSES or not _counted(numbered):
        return lines
    sections = {str(number[0]) for number in numbered}
    kept: list[str] = []
    for line, clause in zip(lines, clauses, strict=True):
        section = None if clause else _SECTION.match(line)
        if clause:
            line = line[clause.end() :]
        elif section and section["number"] in sections:
            line = line[section.end() :]
        kept.append(line)
    return kept


def _counted(numbers: list[tuple[int, ...]]) -> bool:
    """Whether clauses' numbers count a report's: rising, each section's from its first clause
    ("1.1", "2.1", "2.2"), where a live page's times do not ("12.45 GMT" over "11.20 GMT")."""
    firsts = {number[0]: number for number in reversed(numbers)}
    return numbers == sorted(numbers) and all(first[1] == 1 for first in firsts.values())


def _without_quote_stamp(line: str) -> str:
    """`line` without the stamp of the post a forum's quote is from: "Quote from: dave_b on
    December 05, 2026, 06:02:10 PM" -> "Quote from: dave_b"."""
    match = _QUOTE_STAMP.match(line.strip()) if line[:1] in "QqZzCcЦц" else None
    return match["head"] if match and is_stamp(match["stamp"]) else line


def _without_link_tail(line: str) -> str:
    """`line` without a news app's link after its last sentence: "… development. More about
    Rachel Kim" -> "… development."."""
    return _LINK_TAIL.sub("", line) if " More " in line else line

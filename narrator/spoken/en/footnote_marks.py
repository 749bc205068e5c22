"""The marks that tie a book's or an encyclopedia's text to its notes, which a reader does not
read aloud: a note's own mark before its text ("[1] See the Edinburgh Review", "[A] This was
the opinion", "² Ibid., ch. iii.") and a reference's mark after a word's point or quote
("in 1966.[1] It was", "as Hallam says,² the barons"). Engines would say "one", "A" or
"two" there.

A mark opens a note only at the start of a line and before a capital or a quote; after text,
only glued to a point, a comma, a quote or a parenthesis, since "x²" and "m²" are powers and
"a[3]" an index.
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# A note's mark at the start of a line: a number or a capital in brackets, or raised figures.
_NOTE_MARK = re.compile(
    rf"^[ \t]*(?:\[(?:\d{{1,3}}|[A-Z])\]|[{_SUPERSCRIPTS}]{{1,3}})[ \t]+(?=[A-Z\"'“‘(])",
    re.MULTILINE,
)
# A reference's mark after a point, a comma, a quote or a parenthesis, before a space or the
# end: "1966.[1] It", "says,² the", "Wales.[3][4]", an encyclopedia's "[note 2]", "[b]" and
# its editors' tags ("2018.[citation needed]", "[clarification needed]").
_REFERENCE_MARK = re.compile(
    r"(?<=[.,;:!?\"”’)])(?:\[(?:(?:note |nb )?\d{1,3}|[a-z]|(?:[a-z]+ ){1,2}needed)\]"
    rf"|[{_SUPERSCRIPTS}]{{1,3}})+(?=\s|$)"
)
# The bracket and the superscripts apart: alternatives with different first characters are
# tried at every character, and the superscripts count as digits (searched where one is).
HINT = any_of(r"\[(?:\d{1,3}|[A-Za-z]\]|note |nb |[a-z]+ [a-z ]*needed)", f"[{_SUPERSCRIPTS}]")


def drop_footnote_marks(text: str) -> str:
    """ "[1] See the Review" -> "See the Review"; "in 1966.[1] It was" -> "in 1966. It was";
    "the area is 5 m²" is left."""
    return _REFERENCE_MARK.sub("", _NOTE_MARK.sub("", text))

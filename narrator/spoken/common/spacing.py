"""Spacing: what a tokenizer spaced apart is joined again, so later rules see written forms.

Text cut into tokens (reference corpora, some exports and feeds) has spaces around every
mark; no writer spaces a mark that way, so joining it back loses nothing:

- "16 . 4 %" -> "16.4 %"; "U . S . Senate" -> "U.S. Senate"; "i . e ." -> "i.e."; "Ph . D ."
  -> "Ph.D."
- "No . 7" -> "No. 7"; "( . 608 )" -> "(.608 )"
- "# 3" -> "#3"; "Warhol ' s" -> "Warhol's"; "$ 5" -> "$5"; "a 6 - hour wait" -> "a 6-hour
  wait"
"""

from __future__ import annotations

import re

from narrator.spoken.rules import any_of

_SPACED_DECIMAL = re.compile(r"(?<=\d) \. (?=\d)")
# Single letters, or the two that open a degree ("Ph . D .", "LL . M .").
_SPACED_LETTERS = re.compile(r"(?<![\w.])(?:(?:[A-Za-z]|Ph|PH|LL) \. )+[A-Za-z] \.(?= |$)")
# An abbreviation of two or three letters before a number ("No . 7", "pp . 12"; one letter
# may be an initial, "V . 2005"), or a decimal point after a parenthesis ("( . 608 )").
_SPACED_ABBREVIATION = re.compile(r"(?<![\w.])([A-Za-z][a-z]{1,2}) \.(?= \d)")
_SPACED_POINT = re.compile(r"(?<=\() \. (?=\d)")
_SPACED_SIGN = re.compile(r"(?<![\w#$])([#$€£§]) (?=\d)")
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) ' (?=s\b)")
_SIGN_THEN_SPACE = re.compile("[#$€£§] ")
# "6 - hour" is "6-hour"; "5 - and then" is a pause before a word that no number qualifies.
_SPACED_HYPHEN = re.compile(
    r"(?<=\d) - (?!(?:and|or|but|nor|so|yet|the|an?|to|of|in|on|at|for|with|as|is|was|were|"
    r"which|who|that|this|it|he|she|they|we|i)\b)(?=[a-z]+\b(?! -))"
)

# Each pattern starts with a literal, which the regex engine finds quickly.
HINT = any_of(
    r" \. ", " ' ", r"# \d", r"\$ \d", r"€ \d", r"£ \d", r"§ \d", r" - [a-z](?<=\d - [a-z])"
)


def join_spaced_marks(text: str) -> str:
    """Join marks that a tokenizer spaced apart: "16 . 4" -> "16.4", "U . S ." -> "U.S.",
    "# 3" -> "#3", "Warhol ' s" -> "Warhol's"."""
    # Each pattern only where the text it needs is there: most of them start with a
    # look-behind, which the regex engine tries at every position of the line.
    if " . " in text:
        text = _SPACED_DECIMAL.sub(".", text)
        text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    if " ." in text:
        text = _SPACED_ABBREVIATION.sub(r"\1.", text)
        if "( . " in text:
            text = _SPACED_POINT.sub(".", text)
    if _SIGN_THEN_SPACE.search(text):
        text = _SPACED_SIGN.sub(r"\1", text)
    if " - " in text:
        text = _SPACED_HYPHEN.sub("-", text)
    if " ' " in text:
        text = _SPACED_POSSESSIVE.sub("'", text)
    return text

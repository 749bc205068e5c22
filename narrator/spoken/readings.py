"""Why a text is read the way it is: each written token that a rule rewrote, the classes of
the rules that read it, and what is said.

`explain` runs a language's rules one at a time, as `spoken` does, and after each rule
compares the words before and after it. A token rewritten by several rules ("G7" parted into
"G 7" by the alphanumerics, then "seven" by the numbers) is one `Reading` whose classes are
listed in the order they read it. Changes that only move punctuation or spaces (dashes made
pauses, quotes straightened) are not readings: nothing is said differently.

>>> [(r.written, r.semiotic_class, r.said) for r in explain("It cost $5 on Main St.")]
[('$5', 'money', 'five dollars'), ('St.', 'abbreviations', 'Street')]
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from narrator.spoken.rules import Rule, language_for

_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_EDGES = " ,;:()"


@dataclass(frozen=True, slots=True)
class Reading:
    """One written token, read by one or more rules."""

    written: str
    """The token as the text has it: "$5", "St.", "1914 - 1918"."""
    semiotic_class: str
    """The classes of the rules that read it, in turn ("alphanumerics, numbers"); the
    modules of ``narrator/spoken/<language>/`` are named after them."""
    said: str
    """What is said instead: "five dollars"."""


@dataclass
class _Piece:
    written: list[str]
    classes: list[str] = field(default_factory=list)


def explain(text: str, language: str = "en") -> list[Reading]:
    """The readings of ``text``'s tokens by ``language``'s rules, in the order of the text."""
    rules = language_for(language).rules
    readings: list[Reading] = []
    for line in text.split("\n"):
        readings.extend(_explain_line(line, rules))
    return readings


def _explain_line(line: str, rules: tuple[Rule, ...]) -> list[Reading]:
    tokens = line.split()
    # The piece each token belongs to; None for a token as written.
    origins: list[_Piece | None] = [None] * len(tokens)
    for rule in rules:
        if rule.hint is not None and not rule.hint.search(line):
            continue
        for semiotic_class, function in rule.parts():
            rewritten = function(line)
            if rewritten == line:
                continue
            new_tokens = rewritten.split()
            origins = _follow(tokens, origins, new_tokens, semiotic_class)
            line, tokens = rewritten, new_tokens
    return _readings(tokens, origins)


def _follow(
    tokens: list[str], origins: list[_Piece | None], new_tokens: list[str], semiotic_class: str
) -> list[_Piece | None]:
    """The pieces of ``new_tokens``: a token whose words are kept keeps its piece (moved
    punctuation reads nothing); a rewritten run of tokens becomes one piece that holds what
    it was written as and the classes that read it, and takes in the pieces it came from."""
    matcher = difflib.SequenceMatcher(
        a=[_key(token) for token in tokens], b=[_key(token) for token in new_tokens], autojunk=False
    )
    followed: list[_Piece | None] = []
    absorbed: dict[int, _Piece] = {}
    made: list[_Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            followed.extend(origins[i1:i2])
            continue
        if tag == "insert" and _extend_previous(followed, tokens[:i1], j2 - j1, made):
            continue
        piece = _merged(tokens[i1:i2], origins[i1:i2])
        made.append(piece)
        piece.classes.append(semiotic_class)
        for origin in origins[i1:i2]:
            if origin is not None:
                absorbed[id(origin)] = piece
        followed.extend([piece] * (j2 - j1))
    return [absorbed.get(id(p), p) if p is not None else None for p in followed]


def _extend_previous(
    followed: list[_Piece | None], before: list[str], count: int, made: list[_Piece]
) -> bool:
    """Words added just after a piece this rule made belong to it, with the words kept
    between them ("$5-10 million" -> "five to ten million dollars")."""
    for back in range(1, min(3, len(followed)) + 1):
        piece = followed[-back]
        if piece is not None and any(piece is m for m in made):
            kept = before[len(before) - back + 1 :] if back > 1 else []
            piece.written.extend(kept)
            followed[len(followed) - back + 1 :] = [piece] * (back - 1)
            followed.extend([piece] * count)
            return True
    return False


def _key(token: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(token))


def _merged(tokens: list[str], origins: list[_Piece | None]) -> _Piece:
    written: list[str] = []
    classes: list[str] = []
    seen: list[_Piece] = []
    for token, origin in zip(tokens, origins, strict=True):
        if origin is None:
            written.append(token)
        elif origin not in seen:
            seen.append(origin)
            written.extend(origin.written)
            classes.extend(c for c in origin.classes if c not in classes)
    return _Piece(written, classes)


def _readings(tokens: list[str], origins: list[_Piece | None]) -> list[Reading]:
    said: dict[int, list[str]] = {}
    pieces: dict[int, _Piece] = {}
    for token, origin in zip(tokens, origins, strict=True):
        if origin is not None:
            pieces.setdefault(id(origin), origin)
            said.setdefault(id(origin), []).append(token)
    readings = []
    for key, piece in pieces.items():
        written, words = " ".join(piece.written), " ".join(said[key])
        if _WORDS.findall(written) == _WORDS.findall(words):
            continue  # punctuation or spacing only: nothing is said differently
        classes = ", ".join(_classes(piece))
        # The full stop a reading keeps ends the sentence; it is not said.
        readings.append(Reading(written.strip(_EDGES), classes, words.strip(_EDGES + ".")))
    return readings


def _classes(piece: _Piece) -> list[str]:
    # Tidying classes say nothing about a reading when a class that reads words took part.
    tidying = {"characters", "punctuation", "spacing"}
    reading = [c for c in piece.classes if c not in tidying]
    return reading or piece.classes

"""A feature's pull quote: a sentence of the story set large beside it, which a paste brings in
as a paragraph of its own ('"You don't fight the river. You lean on it."' by the paragraph
'"You don't fight the river," he says. "You lean on it."'). Read, it says the words twice."""

from __future__ import annotations

import re

__all__ = ["without_pull_quotes"]

_WORD = re.compile(r"[^\W_]+")
_MIN_WORDS = 6
_SENTENCE = re.compile(
    r"^[\w\"'\u201c\u201e\u00ab\u2018].*[.!?][\"'\u201d\u201c\u00bb\u2019]?$"
    # in quote marks, its stop or not: "\u201cWE JUST DIDN'T KNOW\u201d"
    r"|^[\"\u201c\u201e\u00ab].*[\"\u201d\u201c\u00bb]$"
)
"""A pull quote is a sentence or two, quoted or not: not a heading, a list's item, code."""
_MIN_QUOTED_WORDS = 3
"""A pull quote in quote marks may be shorter: a few words set large ("“WE JUST DIDN'T KNOW”")."""
_MAX_WORDS = 40
_NEAR = 3
"""How many paragraphs away the quoted one may be."""
_SLACK = 4
"""How many of the quoted paragraph's words may come between the pull quote's ("he says")."""


def without_pull_quotes(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) less the pull quotes: a short paragraph
    whose words a longer paragraph near it says in the same order, a few words apart at most."""
    texts = [" ".join(group).strip() for group in groups]
    lowered = [text.lower() for text in texts]
    return [
        group
        for index, group in enumerate(groups)
        if not (_is_quote_shaped(texts[index]) and _repeats_a_neighbour(lowered, index))
    ]


def _is_quote_shaped(text: str) -> bool:
    return text.count(" ") < _MAX_WORDS and bool(_SENTENCE.match(text))


def _repeats_a_neighbour(lowered: list[str], index: int) -> bool:
    quote = _WORD.findall(lowered[index])
    quoted = lowered[index][:1] in '"\u201c\u201e\u00ab'
    if not (_MIN_QUOTED_WORDS if quoted else _MIN_WORDS) <= len(quote) <= _MAX_WORDS:
        return False
    near = range(max(0, index - _NEAR), min(len(lowered), index + _NEAR + 1))
    return any(
        other != index
        and quote[-1] in lowered[other]  # looked for first: most neighbours lack the word
        and _said_in(quote, _WORD.findall(lowered[other]))
        for other in near
    )


def _said_in(quote: list[str], paragraph: list[str]) -> bool:
    """Whether `quote`'s words come in order in the longer `paragraph`, spanning few more."""
    if len(paragraph) <= len(quote):
        return False
    for start, word in enumerate(paragraph):
        if word != quote[0]:
            continue
        position, found = start, 1
        for wanted in quote[1:]:
            limit = start + len(quote) + _SLACK
            position = next(
                (
                    i
                    for i in range(position + 1, min(limit, len(paragraph)))
                    if paragraph[i] == wanted
                ),
                -1,
            )
            if position < 0:
                break
            found += 1
        if found == len(quote):
            return True
    return False

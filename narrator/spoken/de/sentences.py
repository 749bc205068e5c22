"""Where a German sentence begins after a full stop that is also an abbreviation's.

Nouns take a capital in German, so a capital after "2 Std." tells nothing ("2 Std.
Verspätung"); a closed-class word with its capital, never a noun, does: "2 Std. Danach".
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words

_STARTS = read_words("de", "sentence_starts")
_NEXT_WORD = re.compile(r"\s+(?P<word>[A-ZÄÖÜ][a-zäöüß]*)(?![\w.])")


def starts_sentence(text: str, position: int) -> bool:
    """Whether the word after ``position`` begins a sentence: a capitalised article, pronoun,
    adverb, conjunction or preposition ("Danach", "Die", "Wir")."""
    match = _NEXT_WORD.match(text, position)
    return match is not None and match["word"] in _STARTS

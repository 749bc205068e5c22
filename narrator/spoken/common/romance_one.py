"""One before a singular noun in Spanish, Italian and Portuguese, agreeing with it: "1
persona" -> "una persona", "1 día" -> "un día"; Italian "1 casa" -> "una casa", "1 studente"
-> "uno studente", "1 ora" -> "un'ora"; Portuguese "1 pessoa" -> "uma pessoa".

Only a "1" standing alone (no digit, point, comma or hyphen next to it) before a word in small
letters. A label's number is left as the numbers read it: after a capitalised word within a
sentence ("la Fórmula 1 llega") or a label's noun ("el número 1 mundial", "la fase 1"), and
before a word the language lists as no noun ("1 de 5", "1 a 0", "1 contra 1"), nor in a
score ("2 a 1 el domingo"). The gender is
guessed from the noun's ending, with the words each language lists where the ending misleads
("el día", "la mano"); a noun no ending tells is taken for a masculine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_ONE = re.compile(r"(?<![\w.,/:–-])1 (?P<word>[a-zà-öø-ÿ]{2,})(?![\w'’-])")
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w.º]*)\s*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«\"(]\s*)$")
# A score's second number: "ganó 2 a 1 el domingo", "venceu por 2 x 1".
_SCORE = re.compile(r"\d\s?(?:a|x|vs\.?|contra|-|:)\s?$")


@dataclass(frozen=True)
class Singulars:
    """What a language says a singular noun's gender by, and which words are none."""

    feminine_endings: tuple[str, ...]
    feminine_words: frozenset[str]
    masculine_words: frozenset[str]
    not_nouns: frozenset[str]
    labels: frozenset[str]

    @classmethod
    def of(
        cls,
        feminine_endings: Iterable[str],
        feminine_words: str,
        masculine_words: str,
        not_nouns: str,
        labels: str,
    ) -> Singulars:
        """Singulars from its endings and its lists of words written apart by spaces."""
        return cls(
            tuple(feminine_endings),
            frozenset(feminine_words.split()),
            frozenset(masculine_words.split()),
            frozenset(not_nouns.split()),
            frozenset(labels.split()),
        )

    def gender(self, word: str) -> str:
        """ "f", "m" for a noun, "" for a word listed as no noun."""
        if word in self.not_nouns:
            return ""
        if word in self.feminine_words:
            return "f"
        if word in self.masculine_words:
            return "m"
        return "f" if word.endswith(self.feminine_endings) else "m"


def one_reader(singulars: Singulars, say: Callable[[str, str], str]) -> Callable[[str], str]:
    """A rule reading "1" before a singular noun as ``say(gender, noun)`` says it (the number
    and the noun, "una persona")."""

    def read(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 40) : match.start()]
        if _SCORE.search(before):
            return match.group(0)
        label = _WORD_BEFORE.search(before)
        if label:
            word = label["word"]
            starts = _SENTENCE_START.search(before, 0, label.start())
            if word.lower().rstrip(".") in singulars.labels or (word[0].isupper() and not starts):
                return match.group(0)
        gender = singulars.gender(match["word"])
        return say(gender, match["word"]) if gender else match.group(0)

    def read_ones(text: str) -> str:
        """Read "1" before a singular noun as the word for one agreeing with it."""
        return _ONE.sub(read, text) if "1 " in text else text

    return read_ones

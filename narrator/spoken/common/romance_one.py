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


# A "1" with no noun after, standing for one of things counted before it in its sentence, is
# the pronoun of their gender: "De las 5 candidatas, solo 1 ganó" -> "solo una ganó", "Hubo
# 4 víctimas, 1 de ellas mortal" -> "una de ellas". Its sign: a verb after it (a copula or
# auxiliary, or a past in an ending no noun has), or "de" and a pronoun ("1 de ellas").
_COUNTED_BEFORE = re.compile(r"(?<![\w.,])\d[\d.]*\s+(?P<noun>[a-zà-öø-ÿ]{3,})\b[^.!?;]*$")
_VERBS = frozenset({
    "es", "está", "están", "fue", "era", "ha", "había", "sigue", "resultó", "quedó", "murió",
    "permanece", "se", "é", "foi", "ficou", "morreu", "continua", "segue", "è", "fu", "aveva",
    "resta", "rimane", "morì", "sono",
})  # fmt: skip
# A past's ending no noun has: Spanish "ganó", Italian "morì", Portuguese "ganhou".
_PAST_ENDINGS = ("ó", "ì", "ou")
_OF_THEM = re.compile(
    r"(?:(?:de|di|tra|fra|entre)\s+)?(?P<them>ellas|ellos|elas|eles|delas|deles|dessas|desses"
    r"|esas|esos|essas|esses|loro)\b"
    # ... or the article of the many it is one of: "1 de las 5 candidatas", "1 dei feriti"
    r"|(?:de\s+(?P<them_es>las|los)|(?P<them_it>delle|dei|degli)|(?P<them_pt>das|dos))"
    r"\s+(?:\d[\d.]*\s+)?[a-zà-öø-ÿ]{3,}s?\b"
)
# The pronoun's gender; "loro" tells none, the things counted do.
_FEMININE_THEM = frozenset({"ellas", "elas", "delas", "dessas", "esas", "essas", "las", "delle",
                            "das"})  # fmt: skip


def one_reader(
    singulars: Singulars,
    say: Callable[[str, str], str],
    pronouns: tuple[str, str, str] | None = None,
) -> Callable[[str], str]:
    """A rule reading "1" before a singular noun as ``say(gender, noun)`` says it (the number
    and the noun, "una persona"); ``pronouns``, if given, the masculine and feminine pronoun
    and the feminine plural's ending ("uno", "una", "as"), reads a "1" standing for one of
    things counted before it ("De las 5 candidatas, solo 1 ganó" -> "solo una ganó")."""

    def pronoun(match: re.Match[str], before: str) -> str | None:
        """The pronoun a "1" before a verb or "de ellas" is, or None where it is no pronoun."""
        if not pronouns:
            return None
        them = _OF_THEM.match(match.string, match.start("word"))
        counted = _COUNTED_BEFORE.search(before)
        article = them and (them["them_es"] or them["them_it"] or them["them_pt"])
        if article:
            feminine = article in _FEMININE_THEM
        elif them and (them["them"] != "loro" or not counted):
            feminine = them["them"] in _FEMININE_THEM
        elif counted and (them or match["word"] in _VERBS or match["word"].endswith(_PAST_ENDINGS)):
            feminine = counted["noun"].endswith(pronouns[2])
        else:
            return None
        return f"{pronouns[1] if feminine else pronouns[0]} {match['word']}"

    def read(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 40) : match.start()]
        said = pronoun(match, match.string[max(0, match.start() - 80) : match.start()])
        if said:
            return said
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

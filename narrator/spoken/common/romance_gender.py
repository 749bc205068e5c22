"""The gender of the noun after a number in a Romance language, guessed from its ending, so
that the number agrees with it: Spanish "21 personas" -> "veintiuna personas", "1 año" -> "un
año"; Portuguese "2 pessoas" -> "duas pessoas"; Italian "1 casa" -> "una casa".

Without a dictionary the ending is a guess: "-as", "-iones", "-dades"... are feminine, but for
the masculines in "-mas", "-istas" and a few more that each language lists (in its table
noun_genders.tsv), and the feminines in "-es" it also lists ("mortes", "noches": the ending is
no guide there). Only a plural counts as a noun (a singular after a number may be a verb: "en
1930 termina", "1 cada"), and a word a language lists as no noun ("de", "es") makes no
agreement, nor does a word that is not all lower-case letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from narrator.spoken.common.romance_numbers import Form
from narrator.spoken.tables import read_table

_NEXT_WORD = re.compile(r"\s(\w+)(?![\w\d])")


def noun_form(
    feminine_endings: tuple[str, ...],
    masculine_words: Iterable[str],
    not_nouns: Iterable[str],
    feminine_words: Iterable[str] = (),
) -> Callable[[str], Form]:
    """A guesser of the form a number takes before the text ``after`` it: "f" before a plural
    (in "-s") with one of ``feminine_endings`` that is not one of ``masculine_words`` nor ends
    in "-istas", or that is one of ``feminine_words`` (the feminines no ending tells, as
    "mortes", "noches"), "m" before any other lower-case plural that is not one of
    ``not_nouns``, else ""."""
    masculine = frozenset(masculine_words)
    skipped = frozenset(not_nouns)
    feminine = frozenset(feminine_words)

    def form(after: str) -> Form:
        match = _NEXT_WORD.match(after)
        if not match:
            return ""
        word = match.group(1)
        if not word.isalpha() or not word.islower() or word in skipped or word[-1] != "s":
            return ""
        if word in feminine:
            return "f"
        if word.endswith(feminine_endings) and word not in masculine and word[-5:] != "istas":
            return "f"
        return "m"

    return form


def table_noun_form(language: str) -> Callable[[str], Form]:
    """`noun_form` with the endings and words that ``<language>/tables/noun_genders.tsv``
    lists by kind: "feminine ending", "masculine", "no noun", "feminine"."""
    rows = read_table(language, "noun_genders")

    def listed(kind: str) -> tuple[str, ...]:
        return tuple(word for word, listed_as in rows if listed_as == kind)

    return noun_form(
        listed("feminine ending"), listed("masculine"), listed("no noun"), listed("feminine")
    )

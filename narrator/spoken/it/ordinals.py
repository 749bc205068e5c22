"""Italian written ordinals: "1º" -> "primo", "3ª" -> "terza", "21º" -> "ventunesimo"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_ordinals import (
    HINT,
    Ending,
    degree_ordinal_reader,
    ordinal_reader,
)
from narrator.spoken.it.numbers import ordinal
from narrator.spoken.tables import read_table

__all__ = ["HINT", "read_ordinals", "write_degree_ordinals"]


def _say(number: int, ending: Ending) -> str:
    return ordinal(number, feminine=ending == "f")


read_ordinals = ordinal_reader(_say)

# The articles (and prepositions joined to one) before an ordinal written with a degree sign,
# and the participles of a placing ("è arrivato 2°" -> "secondo", "ha chiuso 5°" -> "quinto"),
# which no temperature follows.
_MASCULINE = [
    "il", "lo", "l'", "al", "allo", "all'", "del", "dello", "dell'", "nel", "nello", "nell'",
    "dal", "dallo", "dall'", "sul", "sullo", "sull'", "col", "suo", "un", "questo", "ogni",
    "arrivato", "classificato", "giunto", "piazzato", "arrivati", "classificati", "chiuso",
    "finito", "terminato",
]  # fmt: skip
_FEMININE = ["la", "alla", "della", "nella", "dalla", "sulla", "un'", "una", "sua", "questa",
             "arrivata", "classificata", "giunta", "piazzata", "chiusa", "finita",
             "terminata"]  # fmt: skip
_write_after_article = degree_ordinal_reader(
    _MASCULINE, _FEMININE, (row[1] for row in read_table("it", "months"))
)
# A placing told by the words after it, whatever the verb before: "è 3° in classifica",
# "chiude 2° nella generale" ("è 30° all'ombra" stays degrees).
_PLACING = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,2})°"
    r"(?= (?:in classifica|nella classifica|nel girone|nella generale|al traguardo)\b)"
)

# A name and a degree-marked number after a placing, in its list, is the next placing: "Sainz
# ha finito 4°, Leclerc 5°, Hamilton 6°" -> "quarto, Leclerc quinto, Hamilton sesto".
_LISTED_PLACING = re.compile(
    r"(?P<before>\dº,? (?:e |ed )?[A-ZÀ-Ú][\w'’]+(?: [A-ZÀ-Ú][\w'’]+)? )(?P<number>\d{1,2})°"
)


def write_degree_ordinals(text: str) -> str:
    """Write "º" for a degree sign that marks a placing: "il 3° posto" -> "il 3º posto"."""
    text = _write_after_article(_PLACING.sub(r"\g<number>º", text))
    listed = 1
    while listed and "º" in text:
        text, listed = _LISTED_PLACING.subn(r"\g<before>\g<number>º", text)
    return text

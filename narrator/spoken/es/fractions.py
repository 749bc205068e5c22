"""Spanish fractions: a numerator and the denominator's partitive.

- "1/3" -> "un tercio"; "2/5" -> "dos quintos"; "1/11" -> "un onceavo"; "1/30" -> "un treintavo"
- round hundreds and thousands take the ordinal: "1/200" -> "un ducentésimo", "1/5000" ->
  "un cincomilésimo"; other large ones are read "uno sobre ciento uno"
- before "partes", the feminine ordinal: "3/4 partes" -> "tres cuartas partes"
- a tournament's round: "los 1/8 de final" -> "los octavos de final", "la 1/2 final" -> "la
  semifinal"
- "-1/3" -> "menos un tercio"; "2 2/1000" -> "dos y dos milésimos"; "⅖" -> "dos quintos"
"""

from __future__ import annotations

from narrator.spoken.common.knockout_rounds import round_reader
from narrator.spoken.common.romance_designations import designation_reader
from narrator.spoken.common.romance_fractions import HINT, fraction_reader
from narrator.spoken.common.romance_gender import table_noun_form
from narrator.spoken.es.numbers import NUMERALS, cardinal, ordinal
from narrator.spoken.tables import read_words

__all__ = ["HINT", "fraction_words", "read_fractions"]

_SMALL = {2: "medio", 3: "tercio", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo",
          8: "octavo", 9: "noveno", 10: "décimo"}  # fmt: skip


def _partitive(denominator: int) -> str | None:
    if denominator in _SMALL:
        return _SMALL[denominator]
    if denominator < 100:
        words = cardinal(denominator, "m").replace("ún", "un")
        if " " in words:
            return None
        return words + ("vo" if words.endswith("a") else "avo")
    for power in (10**9, 10**6, 10**3, 100):
        if denominator % power == 0 and (power > 100 or denominator < 1000):
            return ordinal(denominator)
    return None


_PARTS = {3: "tercera", 4: "cuarta", 5: "quinta", 6: "sexta", 7: "séptima", 8: "octava",
          9: "novena", 10: "décima"}  # fmt: skip


def fraction_words(numerator: int, denominator: int) -> str:
    """(2, 5) -> "dos quintos"; (1, 101) -> "uno sobre ciento uno"."""
    partitive = _partitive(denominator)
    if partitive is None:
        return f"{cardinal(numerator)} sobre {cardinal(denominator)}"
    partitive = partitive.replace(" ", "")
    if numerator == 1:
        return f"un {partitive}"
    return f"{cardinal(numerator, 'm')} {partitive}s"


# A law's number and year are no fraction: "Ley 3/2018" -> "tres, dos mil dieciocho", as the
# references read it (the slash unsaid, a pause in its place).
_read_designations = designation_reader(read_words("es", "designations"), ",")
_read_fractions = fraction_reader(
    NUMERALS, fraction_words, "medio", "medio", _PARTS, table_noun_form("es")
)


# A round of a tournament written as a fraction: "los 1/8 de final" -> "los octavos de final".
_ROUNDS = {4: "cuarto", 8: "octavo", 16: "dieciseisavo"}
_PLURAL_WORDS = frozenset({"los", "unos", "sus", "estos", "esos"})


def _round_name(denominator: int, word_before: str) -> str | None:
    name = _ROUNDS.get(denominator)
    return None if name is None else name + ("s" if word_before in _PLURAL_WORDS else "")


_read_rounds = round_reader(_round_name, "de final", "semi", "final")


def read_fractions(text: str) -> str:
    """Read fractions, after a law's number and year are read as numbers ("Ley 3/2018") and a
    tournament's rounds named ("los 1/8 de final" -> "los octavos de final")."""
    return _read_fractions(_read_designations(_read_rounds(text)))

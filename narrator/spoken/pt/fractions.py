"""Portuguese fractions: "1/2" -> "um meio", "3/4" -> "três quartos", "1/10" -> "um décimo",
"3/11" -> "três onze avos", "1/100" -> "um centésimo", "3 2/3" -> "três e dois terços";
before "partes" the feminine ordinal: "2/3 partes" -> "duas terças partes"; a tournament's
round: "as 1/4 de final" -> "as quartas de final" (Brazil's), "os 1/8 de final" -> "os oitavos
de final" (Portugal's), "a 1/2 final" -> "a semifinal"."""

from __future__ import annotations

from narrator.spoken.common.knockout_rounds import round_reader
from narrator.spoken.common.romance_designations import designation_reader
from narrator.spoken.common.romance_fractions import HINT, fraction_reader
from narrator.spoken.pt.numbers import NUMERALS, cardinal, ordinal
from narrator.spoken.tables import read_words

__all__ = ["HINT", "fraction_words", "read_fractions"]

_SMALL = {2: "meio", 3: "terço", 4: "quarto", 5: "quinto", 6: "sexto", 7: "sétimo",
          8: "oitavo", 9: "nono", 10: "décimo"}  # fmt: skip


_PARTS = {3: "terça", 4: "quarta", 5: "quinta", 6: "sexta", 7: "sétima", 8: "oitava",
          9: "nona", 10: "décima"}  # fmt: skip


def fraction_words(numerator: int, denominator: int) -> str:
    """(3, 4) -> "três quartos"; (3, 11) -> "três onze avos"."""
    count = cardinal(numerator)
    plural = "s" if numerator > 1 else ""
    if denominator in _SMALL:
        return f"{count} {_SMALL[denominator]}{plural}"
    if denominator in (100, 1000, 10**6) or (denominator < 1000 and denominator % 100 == 0):
        return f"{count} {ordinal(denominator)}{plural}"
    return f"{count} {cardinal(denominator)} avo{plural}"


# A law's number and year are no fraction: "Lei 13.709/2018" -> "treze mil setecentos e nove
# barra dois mil e dezoito".
_read_designations = designation_reader(read_words("pt", "designations"), "barra")
_read_fractions = fraction_reader(NUMERALS, fraction_words, half_before_noun="meio", parts=_PARTS)


# A round of a tournament written as a fraction, its gender the article's: Brazil's "as 1/4
# de final" -> "as quartas de final", Portugal's "os 1/8 de final" -> "os oitavos de final".
_ROUNDS = {4: "quart", 8: "oitav"}
_FEMININE_WORDS = frozenset({"as", "às", "das", "nas", "pelas"})
_MASCULINE_WORDS = frozenset({"os", "aos", "dos", "nos", "pelos"})


def _round_name(denominator: int, word_before: str) -> str | None:
    stem = _ROUNDS.get(denominator)
    if stem is None or word_before not in _FEMININE_WORDS | _MASCULINE_WORDS:
        return None
    return stem + ("as" if word_before in _FEMININE_WORDS else "os")


_read_rounds = round_reader(_round_name, "de final", "semi", "final")


def read_fractions(text: str) -> str:
    """Read fractions, after a law's number and year are read as numbers ("Lei 13.709/2018")
    and a tournament's rounds named ("as 1/4 de final" -> "as quartas de final")."""
    return _read_fractions(_read_designations(_read_rounds(text)))

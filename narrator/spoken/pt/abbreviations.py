"""Portuguese abbreviations and titles: "Sr." -> "senhor", "Dra." -> "doutora", "Ltda." ->
"limitada", "etc." -> "etcétera", "nº" -> "número"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping

_read_table = abbreviation_reader(
    read_mapping("pt", "abbreviations"), read_mapping("pt", "numbered")
)
_read_titles = title_reader(
    {"D": Title("Dom", "Dona"), "S": Title("São", "Santa", before_vowel="Santo")}
)

# "R." before a street's name ("R. Augusta", "R. das Flores"), not after a given name, where it
# is an initial ("João R. Silva").
_STREET = re.compile(r"(?P<before>\S+\s)?(?<![\w.])R\.\s(?=(?:d[aoe]s?\s)?[A-ZÀ-Ú])")
_GIVEN_NAME = re.compile(r"[A-ZÀ-Ú][a-zà-ú]+\s")
# Words that start a sentence before a street, never a given name: "Na R. Augusta".
_BEFORE_STREET = frozenset({"na", "da", "pela", "para", "em", "até", "à", "a", "e", "ou"})


def _street(match: re.Match[str]) -> str:
    before = match["before"] or ""
    initial = _GIVEN_NAME.fullmatch(before) and before.strip().lower() not in _BEFORE_STREET
    return match.group(0) if initial else f"{before}rua "


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, a letter before a given name as its
    title ("D. Juan" -> "don Juan"), and "R." before a street's name as "rua"."""
    if "R." in text:
        text = _STREET.sub(_street, text)
    return _read_table(_read_titles(text))

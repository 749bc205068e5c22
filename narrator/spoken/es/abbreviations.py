"""Spanish abbreviations and titles: "Sr. García" -> "señor García", "Dña." -> "doña",
"EE. UU." -> "Estados Unidos", "S.A." -> "sociedad anónima", "etc." -> "etcétera",
"a. C." -> "antes de Cristo", "vier." -> "viernes"."""

from __future__ import annotations

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping

_read_table = abbreviation_reader(
    read_mapping("es", "abbreviations"), read_mapping("es", "numbered")
)
_read_titles = title_reader(
    {
        "D": Title("don", "doña"),
        "S": Title(
            "San", "Santa", names={"Tomás": "Santo", "Domingo": "Santo", "Toribio": "Santo"}
        ),
    }
)


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, and a letter before a given name as
    its title ("D. Juan" -> "don Juan")."""
    return _read_table(_read_titles(text))

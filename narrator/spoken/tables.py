"""The data tables of a language: TSV files in its package's ``tables/`` folder.

The first line of a table names its columns; every other line is a row. The files ship as
package data and are found beside this module, so an installed package reads them too.
"""

from __future__ import annotations

import functools
from pathlib import Path

Row = tuple[str, ...]

_HERE = Path(__file__).parent


@functools.cache
def read_table(language: str, name: str) -> tuple[Row, ...]:
    """The rows of ``<language>/tables/<name>.tsv``, padded to the header's width."""
    path = _HERE / language / "tables" / f"{name}.tsv"
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    width = header.count("\t") + 1
    return tuple(tuple((line.split("\t") + [""] * width)[:width]) for line in lines if line)


def read_mapping(language: str, name: str) -> dict[str, str]:
    """A two-column table as a dict from the first column to the second, in file order."""
    return {row[0]: row[1] for row in read_table(language, name)}


def read_words(language: str, name: str) -> frozenset[str]:
    """A one-column table as a set of words."""
    return frozenset(row[0] for row in read_table(language, name))

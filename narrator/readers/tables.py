"""The tables in the article trafilatura found, as a listener hears them.

A table in an article's body is part of what it says: the figures a benchmark post compares,
the fares a story lists. What a listener can follow decides how one is read:

- a list laid out as a table (one column of words, the others empty or ticks): its items;
- a small table of words ("Wire Transfer | Free"): row by row, the cells joined by commas;
- a small table of figures ("apache_builds | 2.3 GB/s | 0.098 GB/s" under "file | simdjson |
  JSON for Modern C++"): a sentence a row, each figure after the heading of its column
  ("apache_builds: simdjson, 2.3 GB/s; JSON for Modern C++, 0.098 GB/s."), since a listener
  cannot look back up at the heading row;
- a larger table (a timetable, a directory, a list of fifty MPs): announced, as a code sample
  is, since read cell by cell it is minutes of figures; `--code read` reads it row by row.

Layout tables (paragraphs and headings in cells) are walked as the page's blocks; see
`clutter.is_layout`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

from narrator.readers.structure import as_sentence, clean

__all__ = ["data_rows", "element_text", "is_small", "own_text", "table_text", "word_rows"]

# A table is read when a listener can hold it: a dozen rows of at most six cells.
_MAX_READ_ROWS = 12
_MAX_READ_COLUMNS = 6
_MIN_PROSE_CELLS_SHARE = 0.75
# Three letters make a word of a cell: "Free", "Notes"; not "GB/s", "0.60%" or "x86".
_CELL_WORD = re.compile(r"[^\W\d_]{3,}")


def element_text(element: ElementTree.Element) -> str:
    """An element's words, without those of nested lists or images."""
    return clean("".join(_own_text(element)))


def _own_text(element: ElementTree.Element) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if child.tag == "graphic":
            yield child.text or ""  # trafilatura sometimes puts a paragraph's words in its image
        elif child.tag != "list":
            yield " " if child.tag == "lb" else ""
            yield from _own_text(child)
        yield child.tail or ""
        if child.tag == "lb":
            # In a list item trafilatura strips the words after a line break of their spaces:
            # "the book<lb/>entitled<hi>Beautiful Code</hi>" was read "entitledBeautiful".
            yield " "


def own_text(element: ElementTree.Element) -> str:
    """An element's words with their spacing as found (for a run of inline elements)."""
    return "".join(_own_text(element))


def word_rows(table: ElementTree.Element) -> list[str] | None:
    """The lines of a list laid out as a table, or of a small table of words; None for a table
    of figures."""
    if _is_one_column(table):
        cells = (cell for row in _body_rows(table) for cell in row.findall("cell"))
        return [as_sentence(element_text(cell)) for cell in cells if _has_words(cell)]
    if _is_prose_table(table):
        return [as_sentence(line) for line in map(_row_text, table.findall("row")) if line]
    return None


def is_small(table: ElementTree.Element) -> bool:
    """Whether a table is small enough to be heard: a dozen rows of at most six cells."""
    rows = _body_rows(table)
    return len(rows) <= _MAX_READ_ROWS and all(
        len(row.findall("cell")) <= _MAX_READ_COLUMNS for row in rows
    )


def data_rows(table: ElementTree.Element) -> list[str]:
    """A sentence a row, each cell after the heading of its column when the table has a
    heading row: "apache_builds: simdjson, 2.3 GB/s; JSON for Modern C++, 0.098 GB/s."."""
    headings = _heading_row(table)
    if headings is None:
        return [as_sentence(line) for line in map(_row_text, table.findall("row")) if line]
    lines = []
    for row in _body_rows(table):
        cells = [element_text(cell) for cell in row.findall("cell")]
        named = [
            f"{heading}, {cell}" if heading and heading != cell else cell
            for heading, cell in zip(headings[1:], cells[1:], strict=False)
            if cell
        ]
        first = f"{cells[0]}: " if cells and cells[0] else ""
        line = first + "; ".join(named) if named else (cells[0] if cells else "")
        if line.strip(": "):
            lines.append(as_sentence(line.strip()))
    return lines


def read_rows(table: ElementTree.Element, code_mode: str) -> list[str] | None:
    """The lines ``table`` is read as: a table of words, or a small table of figures (unless
    samples are skipped), a row at a time; None for a larger table of figures, a sample to
    announce or read whole as the reader's code mode says."""
    lines = word_rows(table)
    if lines is None and is_small(table) and code_mode != "skip":
        lines = data_rows(table)
    return lines


def table_text(table: ElementTree.Element) -> str:
    """Each row of a table as one sentence of comma-separated cells."""
    rows = [_row_text(row) for row in table.iter("row")]
    return " ".join(as_sentence(row) for row in rows if row)


def _heading_row(table: ElementTree.Element) -> list[str] | None:
    """The headings of a table's columns, from its first row when every cell there is a
    heading and more than one names something."""
    first = table.find("row")
    if first is None or not _is_heading_row(first):
        return None
    return [element_text(cell) for cell in first.findall("cell")]


def _is_heading_row(row: ElementTree.Element) -> bool:
    cells = row.findall("cell")
    return all(cell.get("role") == "head" for cell in cells) and sum(map(_has_words, cells)) > 1


def _is_one_column(table: ElementTree.Element) -> bool:
    """A table with a single column of words (the others empty, or holding only icons and
    marks: "✓", a large opening quote) is a list laid out as a table. Its heading row may
    name the other columns ("Platform | x86 | arm64" over rows of ticks)."""
    rows = _body_rows(table)
    return bool(rows) and all(sum(_has_words(cell) for cell in row) <= 1 for row in rows)


def _body_rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    """The table's rows, without a heading row that names several columns."""
    return [row for row in table.findall("row") if not _is_heading_row(row)]


def _has_words(element: ElementTree.Element) -> bool:
    return any(character.isalnum() for character in element_text(element))


def _is_prose_table(table: ElementTree.Element) -> bool:
    """A small table whose cells are words ("Wire Transfer | Free", "Fleur Delacour | She
    conjured water…"), read row by row; a table of figures ("2.3 GB/s | 0.60%") is not."""
    rows = table.findall("row")
    cells = [element_text(cell) for row in rows for cell in row.findall("cell")]
    filled = [cell for cell in cells if cell]
    wordy = sum(bool(_CELL_WORD.search(cell)) for cell in filled)
    return 0 < len(rows) <= _MAX_READ_ROWS and wordy >= _MIN_PROSE_CELLS_SHARE * len(filled) > 0


def _row_text(row: ElementTree.Element) -> str:
    """A table's row as its cells joined by commas."""
    return ", ".join(text for text in (element_text(cell) for cell in row.findall("cell")) if text)

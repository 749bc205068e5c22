"""Pages laid out with a table (an old newspaper's site, an e-mail newsletter's archive copy):
trafilatura keeps the whole table, and with the article's cell come the cells around it, the
site's menu, a sidebar of sections and the weather, a footer. They hold no prose; the article's
cell does. Only the cells without a sentence of prose go, and only when one or two cells hold
the prose, one of them paragraphs of it, and most of the table's words: a table of settings or
notes, a sentence in some of its cells and a few words in others, is read whole.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from narrator.readers.clutter import all_text, is_layout, word_count
from narrator.readers.structure import clean
from narrator.readers.tables import own_text

__all__ = ["drop_chrome_cells", "unwrap_boxes"]

# What stands as a block of its own in a box: the rest is a paragraph's words.
_BLOCKS = frozenset({"p", "head", "list", "quote", "table", "code", "div", "graphic"})
_MIN_SENTENCE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u00bb)]*(?:\s|$)")
_MAX_CHROME_SHARE = 0.25
# The article's cell, and a second beside it (a two-column story); more are a table's rows.
_MAX_PROSE_CELLS = 2
# The article's cell holds paragraphs of prose; a row of a table of settings, a sentence.
_MIN_ARTICLE_PARAGRAPHS = 3


def drop_chrome_cells(main: ElementTree.Element) -> None:
    """Empty the cells of `main`'s layout tables that hold no prose, when one or two other
    cells of the same table do, one of them an article's paragraphs, and hold most of its
    words."""
    for table in main.iter("table"):
        if not is_layout(table):
            continue
        cells = [cell for row in table.findall("row") for cell in row.findall("cell")]
        prose = [_prose_runs(cell) for cell in cells]
        chrome = [cell for cell, runs in zip(cells, prose, strict=True) if not runs]
        chrome_words = sum(word_count(cell) for cell in chrome)
        few = 0 < len(cells) - len(chrome) <= _MAX_PROSE_CELLS
        an_article = max(prose, default=0) >= _MIN_ARTICLE_PARAGRAPHS
        if few and an_article and chrome_words < _MAX_CHROME_SHARE * word_count(table):
            for cell in chrome:
                cell.clear()


def _prose_runs(cell: ElementTree.Element) -> int:
    """How many sentences of a dozen words or more a cell holds, in blocks or loose."""
    runs = [cell.text or "", *(child.tail or "" for child in cell)]
    texts = [all_text(child) for child in cell.iter() if child is not cell and child.tag == "p"]
    return sum(_is_sentence(clean(text)) for text in [*runs, *texts])


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(text) is not None


def unwrap_boxes(main: ElementTree.Element) -> None:
    """Read a table of one cell as the box it is, its words as paragraphs: an e-mail's copy
    on the web is a column of such boxes ("View this email in your browser", the letter, the
    footer), and its lines are then judged as any page's (see `boilerplate`)."""
    for parent in list(main.iter()):
        for index, child in enumerate(list(parent)):
            cells = [cell for row in child.findall("row") for cell in row.findall("cell")]
            if child.tag == "table" and len(cells) == 1:
                box = ElementTree.Element("div")
                box.extend(_as_blocks(cells[0]))
                box.tail = child.tail
                parent[index] = box


def _as_blocks(cell: ElementTree.Element) -> list[ElementTree.Element]:
    """A cell's blocks, its loose words between them (and between line breaks) made
    paragraphs."""
    blocks: list[ElementTree.Element] = []
    run = [cell.text or ""]
    for child in cell:
        if child.tag in _BLOCKS or child.tag == "lb":
            blocks.extend(_paragraph(run))
            run = [child.tail or ""]
            if child.tag != "lb":
                child.tail = None
                blocks.append(child)
        else:
            run.extend([own_text(child), child.tail or ""])
    return [*blocks, *_paragraph(run)]


def _paragraph(run: list[str]) -> list[ElementTree.Element]:
    text = clean("".join(run))
    if not text:
        return []
    paragraph = ElementTree.Element("p")
    paragraph.text = text
    return [paragraph]

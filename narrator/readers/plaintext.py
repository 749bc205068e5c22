"""Plain-text wire stories: title line, byline, dateline, capitalised section heads, credit."""

from __future__ import annotations

import re

from narrator.models import Article, Block, BlockKind, Section

_BYLINE = re.compile(r"^by\s+(?P<names>\S.{0,150})$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'\- ]*(?:,\s*[A-Z][A-Za-z.'\- ]*)?\s*\([A-Za-z .&-]+\))"
    r"\s*[-\u2013\u2014]"
)
_CREDIT = re.compile(r"^\((?:reporting|writing|editing|additional reporting)\b.*\)$", re.I | re.S)
_MAX_HEADING_CHARS = 60


def read_plaintext(text: str, source: str = "") -> Article:
    """Read a wire story: first line the title, then an optional `By …` line, then the body.

    Paragraphs are separated by blank lines (or, when the text has none, one per line); a short
    line in capitals starts a new section; a closing `(Reporting by …)` line is a credit block.
    """
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    rest = lines[1:]
    byline, rest = _take_byline(rest)
    paragraphs = _paragraphs(rest)
    dateline = _dateline(paragraphs[0]) if paragraphs else None
    return Article(
        title=title,
        byline=byline,
        dateline=dateline,
        source=source,
        sections=_sections(paragraphs),
    )


def _take_byline(lines: list[str]) -> tuple[str | None, list[str]]:
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        match = _BYLINE.match(line.strip())
        if match:
            return match["names"].strip(), lines[position + 1 :]
        return None, lines
    return None, lines


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs with wrapped lines joined; one per line if no blanks."""
    body = "\n".join(lines).strip()
    if not body:
        return []
    if "\n\n" not in re.sub(r"\n[ \t]+\n", "\n\n", body):
        return [line.strip() for line in body.splitlines() if line.strip()]
    groups = re.split(r"\n[ \t]*\n", body)
    return [" ".join(line.strip() for line in group.splitlines()).strip() for group in groups]


def _dateline(first_paragraph: str) -> str | None:
    match = _DATELINE.match(first_paragraph)
    return match["dateline"].strip() if match else None


def is_heading(paragraph: str) -> bool:
    """A short line in capitals with no sentence punctuation at its end, like `RETALIATION`."""
    letters = [ch for ch in paragraph if ch.isalpha()]
    return (
        0 < len(paragraph) <= _MAX_HEADING_CHARS
        and len(letters) >= 3
        and all(ch.isupper() for ch in letters)
        and not paragraph.rstrip().endswith((".", "?", "!", ")", ","))
    )


def _sections(paragraphs: list[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Block] = []
    paragraphs = [p for p in paragraphs if p]
    for position, paragraph in enumerate(paragraphs):
        if is_heading(paragraph):
            if heading is not None or blocks:
                sections.append(Section(heading, tuple(blocks)))
            heading, blocks = paragraph, []
            continue
        last = position == len(paragraphs) - 1
        kind = BlockKind.CREDIT if last and _CREDIT.match(paragraph) else BlockKind.PARAGRAPH
        blocks.append(Block(kind, paragraph))
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks)))
    return tuple(sections)

"""Plain-text wire stories: title line, byline, dateline, capitalised section heads, credit, in
the story's language (see narrator.readers.wire)."""

from __future__ import annotations

import re

from narrator.models import Article, Block, BlockKind, Section
from narrator.readers.language import detect_language, normalize_language
from narrator.readers.wire import WireStyle, byline_names, dateline_of, is_credit, style_for

_MAX_HEADING_CHARS = 60


def read_plaintext(text: str, source: str = "", language: str | None = None) -> Article:
    """Read a wire story: first line the title, then an optional byline (`By …`, `Von …`,
    `Par …`…), then the body, in `language` (None: the language detected in the body).

    Paragraphs are separated by blank lines (or, when the text has none, one per line); a short
    line in capitals starts a new section; a closing `(Reporting by …)` line is a credit block.
    """
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    rest = lines[1:]
    language = normalize_language(language) or detect_language("\n".join(rest))
    style = style_for(language)
    byline, rest = _take_byline(rest, style)
    paragraphs = _paragraphs(rest)
    return Article(
        title=title,
        byline=byline,
        dateline=dateline_of(paragraphs[0]) if paragraphs else None,
        source=source,
        sections=_sections(paragraphs, style),
        language=language,
    )


def _take_byline(lines: list[str], style: WireStyle) -> tuple[str | None, list[str]]:
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        names = byline_names(line.strip(), style)
        if names:
            return names, lines[position + 1 :]
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


def is_heading(paragraph: str) -> bool:
    """A short line in capitals with no sentence punctuation at its end, like `RETALIATION`."""
    letters = [ch for ch in paragraph if ch.isalpha()]
    return (
        0 < len(paragraph) <= _MAX_HEADING_CHARS
        and len(letters) >= 3
        and all(ch.isupper() for ch in letters)
        and not paragraph.rstrip().endswith((".", "?", "!", ")", ","))
    )


def _sections(paragraphs: list[str], style: WireStyle) -> tuple[Section, ...]:
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
        kind = BlockKind.CREDIT if last and is_credit(paragraph, style) else BlockKind.PARAGRAPH
        blocks.append(Block(kind, paragraph))
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks)))
    return tuple(sections)

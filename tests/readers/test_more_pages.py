"""More article pages of the shapes the web serves, kept apart from `pages/` so that batches
written at the same time do not edit one case file (issue 15): a council's by-election result
with its table, a Spanish property market report with its table, an Italian legal site's
ruling summary with its writer's box, an AMP match report with its line-ups and a Russian police
appeal with its case number; a print view of a news story, a French recipe blog with its story
above its recipe card, a government's travel advisory with its level and bullets, a Portuguese
podcast's episode page with its show notes and time codes; each under its cookie banner, menus,
share bar, related links and newsletter box, written for these tests before narrator was run
on them. Each lists in `more_pages/cases.json` what must be read and what must not (the title
included)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narrator.readers.decoding import normalize_text
from narrator.readers.html import read_html

PAGES = Path(__file__).parent / "more_pages"
CASES: dict[str, dict[str, Any]] = json.loads((PAGES / "cases.json").read_text(encoding="utf-8"))


def read_text(name: str) -> str:
    """Everything narrator reads of a page: its title, headings and blocks, one line each."""
    article = read_html((PAGES / name).read_text(encoding="utf-8"), name)
    lines = [article.title]
    for section in article.sections:
        lines.extend([section.heading or "", *(block.text for block in section.blocks)])
    return " ".join(normalize_text(line) for line in lines)


def test_every_page_has_its_case() -> None:
    assert sorted(CASES) == sorted(path.name for path in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_article_is_read(name: str) -> None:
    text = read_text(name)
    missing = [snippet for snippet in CASES[name]["read"] if snippet not in text]
    assert not missing


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_clutter_is_not_read(name: str) -> None:
    text = read_text(name)
    read = [snippet for snippet in CASES[name]["not read"] if snippet in text]
    assert not read


MISSES = [
    (name, kind, snippet)
    for name, case in sorted(CASES.items())
    for kind, snippets in case.get("misses", {}).items()
    for snippet in snippets
]


@pytest.mark.xfail(strict=True, reason="a known miss of the reader")
@pytest.mark.parametrize(("name", "kind", "snippet"), MISSES)
def test_known_misses(name: str, kind: str, snippet: str) -> None:
    """What the reader still gets wrong on these pages, listed under a page's "misses" (none
    now)."""
    assert (snippet in read_text(name)) == (kind == "read")

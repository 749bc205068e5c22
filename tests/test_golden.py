"""Golden articles: each wire story, Markdown post and saved page beside the plan a listener
should hear, run through both the library and the CLI. The German, French and Spanish ones hold
their language too (their spoken text is the spoken-form rules' to check: see tests/spoken)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator import pipeline
from narrator.cli import main

ARTICLES = Path(__file__).parent / "articles"
GOLDEN = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".md", ".html", ".txt"))
# Markdown syntax and link targets that must never reach the engine.
MARKUP = re.compile(r"#|\*\*|\]\(|`|https?://|www\.|<[a-z/!]|&[a-z]+;")


def expected_of(article: Path) -> dict[str, Any]:
    return json.loads(article.with_suffix(".expected.json").read_text(encoding="utf-8"))


def check_plan(plan: dict[str, Any], expected: dict[str, Any]) -> None:
    assert plan["title"] == expected["title"]
    assert plan["byline"] == expected["byline"]
    if "language" in expected:
        assert plan["language"] == expected["language"]
    else:  # the English goldens: a page may say which English ("en-US")
        assert plan["language"].split("-")[0] == "en"
    assert [s["title"] for s in plan["sections"]] == expected["sections"]
    assert [[c["kind"], c["text"]] for c in plan["chunks"]] == expected["chunks"]
    for chunk in plan["chunks"]:
        for field in ("text", "spoken"):
            assert not MARKUP.search(chunk[field]), chunk[field]
            for clutter in expected["absent"]:
                assert clutter not in chunk[field], f"{clutter!r} read in {chunk[field]!r}"


def test_there_are_enough_goldens() -> None:
    assert sum(p.suffix == ".md" for p in GOLDEN) >= 3
    assert sum(p.suffix == ".html" for p in GOLDEN) >= 4


@pytest.mark.parametrize("article", GOLDEN, ids=lambda p: p.name)
def test_golden_library(article: Path) -> None:
    check_plan(pipeline.plan(str(article)).to_json(), expected_of(article))


@pytest.mark.parametrize("article", GOLDEN, ids=lambda p: p.name)
def test_golden_cli(article: Path) -> None:
    result = CliRunner().invoke(main, ["plan", "--json", str(article)])
    assert result.exit_code == 0, result.output
    check_plan(json.loads(result.stdout), expected_of(article))


@pytest.mark.parametrize("article", GOLDEN, ids=lambda p: p.name)
def test_golden_from_stdin_is_detected(article: Path) -> None:
    """Piped in with no extension to go by, each golden is recognised by its content."""
    result = CliRunner().invoke(main, ["plan", "--json", "-"], input=article.read_bytes())
    assert result.exit_code == 0, result.output
    check_plan(json.loads(result.stdout), expected_of(article))

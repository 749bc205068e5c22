"""Wire stories, releases, newsletters, a live blog and a blog post of our own, each read end to
end as a newsreader would (issue 15: "unseen articles' expectations all met").

Each article in `unseen/` has beside it a `.expect.json` saying what must be heard and what must
not: the title; the byline as said (or none); how the first paragraph opens (the dateline); the
section headings; the credit line; the lines of clutter that are never read; and key readings
(a written form in a chunk's text, the words its spoken form must hold). Every other word of the
article is the body, and the body's words reach the narration once each, in order. No digit,
currency sign, `%` or dotted abbreviation is left in anything said. A reading that another
stage's rules get wrong is listed under "xfail" with the reason, and must fail.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator import pipeline
from narrator.cli import main
from narrator.models import NarrationConfig

UNSEEN = Path(__file__).parent / "unseen"
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)
ARTICLES = sorted(p for p in UNSEEN.iterdir() if p.suffix in (".txt", ".md"))
BODY_KINDS = {"paragraph", "heading", "quote", "list_item"}
WORD = re.compile(r"[^\W_]+")
LEFT_WRITTEN = re.compile(
    r"[0-9$€£¥%]|\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Jr|"
    r"Sr|St|Mt|Ave|Rd|Inc|Co|Corp|Ltd|vs|etc|approx|Amb|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|"
    # the states as AP's datelines write them
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\."
)
"""What must never reach the engine: a digit, a currency sign, '%', a dotted abbreviation."""


def expect(article: Path) -> dict[str, Any]:
    path = article.with_name(f"{article.stem}.expect.json")
    expected: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return expected


@cache
def plan_of(article: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["plan", "--json", str(article)])
    assert result.exit_code == 0, result.output
    plan: dict[str, Any] = json.loads(result.stdout)
    return plan


def body_words(article: Path, expected: dict[str, Any]) -> list[str]:
    """The article's words less its title, byline, credit and clutter: what the body reads."""
    text = article.read_text(encoding="utf-8")
    # What follows the front matter, or the title's line (a browser's frame may be above it).
    title_line = expected.get("title_line", expected["title"])  # as written, if said otherwise
    fence = next((f"\n{f}\n" for f in ("---", "+++") if text.startswith(f"{f}\n")), None)
    text = text.split(fence or f"{title_line}\n", 1)[1]  # YAML's or TOML's front matter
    text = text.translate(LIGATURES)  # a PDF's "ﬁnancial" is read "financial"
    for broken in expected.get("unbroken", []):  # a word a PDF's line end split: read whole
        text = text.replace(broken, broken.replace("-\n", ""), 1)
    for line in [*expected["clutter"], expected.get("byline_line") or "", expected["credit"] or ""]:
        assert line in text, f"not in the article: {line!r}"
        text = text.replace(line, "\n", 1)
    # what the front matter says that is read first: a post's subtitle
    return WORD.findall(" ".join(expected.get("read_from_front_matter", []))) + WORD.findall(text)


def cases() -> list[Any]:
    aspects = ["cli_is_library", "pasted", "title", "byline", "opening", "sections", "body"]
    aspects += ["credit", "list_items", "pauses"]
    aspects += ["nothing_left_written", "no_clutter"]
    params = []
    for article in ARTICLES:
        expected = expect(article)
        xfails: dict[str, str] = expected.get("xfail", {})
        names = aspects + [f"reading:{written}" for written, _ in expected["readings"]]
        for aspect in names:
            marks = (
                [pytest.mark.xfail(strict=True, reason=xfails[aspect])] if aspect in xfails else []
            )
            params.append(pytest.param(article, aspect, marks=marks, id=f"{article.stem}-{aspect}"))
    return params


@pytest.mark.parametrize(("article", "aspect"), cases())
def test_unseen_article(article: Path, aspect: str) -> None:
    expected = expect(article)
    plan = plan_of(article)
    chunks = plan["chunks"]
    if aspect == "cli_is_library":
        assert pipeline.plan(str(article)).to_json() == plan
    elif aspect == "pasted":  # piped in, with no name to tell its format by
        result = CliRunner().invoke(main, ["plan", "--json", "-"], input=article.read_bytes())
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == plan
    elif aspect == "title":
        assert plan["title"] == expected["title"]
        assert [c["text"] for c in chunks if c["kind"] == "title"] == [expected["title"]]
    elif aspect == "byline":
        bylines = [c["spoken"] for c in chunks if c["kind"] == "byline"]
        assert bylines == ([expected["byline"]] if expected["byline"] else [])
    elif aspect == "opening":
        first = next(c for c in chunks if c["kind"] in BODY_KINDS)
        opening = WORD.findall(expected["opening"])
        assert WORD.findall(first["spoken"])[: len(opening)] == opening, first["spoken"]
    elif aspect == "sections":
        assert [s["title"] for s in plan["sections"]] == expected["sections"]
    elif aspect == "body":
        read = [w for c in chunks if c["kind"] in BODY_KINDS for w in WORD.findall(c["text"])]
        assert " ".join(read) == " ".join(body_words(article, expected))
    elif aspect == "credit":
        credits = [c["text"] for c in chunks if c["kind"] == "credit"]
        assert credits == ([expected["credit"]] if expected["credit"] else [])
    elif aspect == "list_items":
        items = [c["text"] for c in chunks if c["kind"] == "list_item"]
        assert len(items) == expected.get("list_items", 0), items
    elif aspect == "pauses":  # a section's break before each heading, a title's after the top
        config = NarrationConfig()
        for before, chunk in itertools.pairwise(chunks):
            if chunk["kind"] == "heading" and before["kind"] not in ("title", "byline"):
                assert before["pause_after_s"] == config.pause_section_s, before
        top = [c for c in chunks if c["kind"] in ("title", "byline")]
        assert top[-1]["pause_after_s"] == config.pause_title_s
    elif aspect == "nothing_left_written":
        left = [c["spoken"] for c in chunks if LEFT_WRITTEN.search(c["spoken"])]
        assert left == []
    elif aspect == "no_clutter":  # no chunk is a line of clutter by itself
        lines = {line.strip() for entry in expected["clutter"] for line in entry.split("\n")}
        # (the title's chunk may repeat a line of clutter: a page's title shown again under it;
        # a section's heading too: a box of contents lists it above, "On this page" over them)
        headings = {section for section in expected["sections"] if section}
        said = [
            c
            for c in chunks
            if c["kind"] != "title" and not (c["kind"] == "heading" and c["text"] in headings)
        ]
        assert [c["text"] for c in said if c["text"].strip() in lines - {""}] == []
    else:
        written = aspect.removeprefix("reading:")
        said = dict(expected["readings"])[written]
        holding = [c["spoken"] for c in chunks if written in c["text"]]
        assert holding, f"{written!r} is in no chunk"
        assert any(said in spoken for spoken in holding), holding

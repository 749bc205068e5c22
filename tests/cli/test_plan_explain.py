"""`narrator plan --explain`: each chunk's rewritten tokens, their class and reading, as text
and in the JSON plan."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from narrator.cli import main

ARTICLE = "A walk on Main St.\n\nSt. Mary's Church was built in 1998 for about 4070 people.\n"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_plan_explain_shows_each_reading_under_its_chunk(tmp_path: Path) -> None:
    article = tmp_path / "walk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, output = run("plan", "--explain", str(article))
    assert code == 0, output
    assert "    'St.' -> 'Street'  (abbreviations)" in output
    body = output[output.index("St. Mary's") :]
    assert "    'St.' -> 'Saint'  (abbreviations)" in body
    assert "    '1998' -> 'nineteen ninety-eight'  (numbers)" in body
    assert "    '4070' -> 'four thousand seventy'  (numbers)" in body


def test_plan_without_explain_shows_no_readings(tmp_path: Path) -> None:
    article = tmp_path / "walk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, output = run("plan", str(article))
    assert code == 0, output
    assert "(numbers)" not in output


def test_plan_json_explain_gives_each_chunk_its_readings(tmp_path: Path) -> None:
    article = tmp_path / "walk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, output = run("plan", "--json", "--explain", str(article))
    assert code == 0, output
    chunks = json.loads(output)["chunks"]
    body = next(c for c in chunks if "Mary" in c["text"])
    assert {"written": "St.", "class": "abbreviations", "said": "Saint"} in body["readings"]
    assert {"written": "4070", "class": "numbers", "said": "four thousand seventy"} in body[
        "readings"
    ]
    assert all("readings" in chunk for chunk in chunks)

"""Issue 20, items 6, 7, 9, 10 and 15: Windows line endings, control characters and terminal
escapes anywhere in the text, titles that are not titles, and crafted Markdown and YAML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import FakeSynthesizer

from narrator import pipeline
from narrator.cli import main
from narrator.models import NarrationConfig

BODY = (
    "The council met on Monday to decide the future of the harbour. "
    "After a long debate the members agreed to rebuild the old pier before the winter storms."
)


def _plan(path: Path, *options: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["plan", "--json", str(path), *options])
    assert result.exit_code == 0, result.output
    plan: dict[str, Any] = json.loads(result.stdout)
    return plan


def _spoken_words(plan: dict[str, Any]) -> list[str]:
    return " ".join(chunk["text"] for chunk in plan["chunks"]).split()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("windows.txt", f"Harbour news\r\n\r\nBy Ann Lee\r\n\r\n{BODY}\r\n\r\nSecond part.\r\n"),
        ("windows.md", f"---\r\ntitle: Harbour news\r\n---\r\n\r\n{BODY}\r\n\r\n- one\r\n"),
    ],
)
def test_windows_line_endings_are_read(tmp_path: Path, name: str, text: str) -> None:
    # Before: "is not a text file" (each CR counted as a control character).
    path = tmp_path / name
    path.write_bytes(text.encode())
    plan = _plan(path)
    assert plan["title"] == "Harbour news"
    assert not any("\r" in chunk["text"] or "\r" in chunk["spoken"] for chunk in plan["chunks"])


def test_control_characters_past_the_first_block_never_reach_the_engine(
    tmp_path: Path, fake_engine: FakeSynthesizer, cache_dir: Path
) -> None:
    # Before: a NUL after the first 8 KB reached espeak-ng, which stopped there.
    padding = " ".join(["Padding sentence number one is here."] * 300)
    path = tmp_path / "nul.txt"
    path.write_text(f"Title\n\n{padding}\n\nBefore the\x00 nul, and\x07 bell\x1b[2J after it.\n")
    plan = _plan(path)
    assert "Before the nul, and bell after it." in [c["text"] for c in plan["chunks"]]
    pipeline.save(path, NarrationConfig(), tmp_path / "out", synthesizer=fake_engine)
    said = " ".join(fake_engine.saved)
    assert "after it" in said
    assert not any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in said)


ESCAPED_TITLE = "Harbour \x1b]0;owned\x07news\x1b[31m today\x1b[0m\x9b2J"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("escapes.txt", f"{ESCAPED_TITLE}\n\n{BODY}\n"),
        ("escapes.md", f"# {ESCAPED_TITLE}\n\n{BODY}\n"),
        ("yaml.md", f'---\ntitle: "Harbour \\e]0;owned\\anews\\e[31m today"\n---\n\n{BODY}\n'),
        ("toml.md", f'+++\ntitle = "Harbour \\u001b[31mnews today"\n+++\n\n{BODY}\n'),
        (
            "escapes.html",
            "<html><head><title>Harbour &#27;[31mnews today</title></head><body><article>"
            f"<h1>Harbour news today</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>",
        ),
    ],
)
def test_terminal_escapes_are_stripped_from_what_is_shown(
    tmp_path: Path, name: str, text: str
) -> None:
    # Before: ESC and OSC sequences were printed raw by plan (and written to playlists).
    path = tmp_path / name
    path.write_text(text)
    result = CliRunner().invoke(main, ["plan", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Title: Harbour news today\n")
    assert (
        "\x1b" not in result.output and "\x9b" not in result.output and "\x07" not in result.output
    )


def test_a_text_without_a_title_line_keeps_its_words_and_gets_a_short_title(
    tmp_path: Path,
) -> None:
    # Before: the whole first paragraph (1,687 characters) became the title, tags and all.
    paragraph = " ".join([BODY] * 12)
    path = tmp_path / "harbour-report.txt"
    path.write_text(f"{paragraph}\n\n{BODY}\n")
    plan = _plan(path)
    assert plan["title"] == "Harbour report"
    assert _spoken_words(plan) == ["Harbour", "report", *paragraph.split(), *BODY.split()]


def test_a_long_title_is_cut_like_a_chunk(tmp_path: Path) -> None:
    title = "The council of the harbour town votes on the future of the old pier at last"
    path = tmp_path / "story.txt"
    path.write_text(f"{title}\n\n{BODY}\n")
    plan = _plan(path, "--max-chunk-chars", "40")
    titles = [c for c in plan["chunks"] if c["kind"] == "title"]
    assert len(titles) > 1 and all(len(c["text"]) <= 40 for c in titles)
    assert " ".join(c["text"] for c in titles) == title
    assert plan["title"] == title


def test_a_one_megabyte_line_is_read_in_bounded_time(tmp_path: Path) -> None:
    # Before: it hung (pysbd is quadratic in a sentence's length) and took a gigabyte.
    words = ["alpha", "beta", "gamma", "delta", "harbour", "the", "of"]
    line = " ".join(words[i % 7] for i in range(150_000))
    path = tmp_path / "line.txt"
    path.write_text(line + "\n")
    plan = _plan(path)
    assert plan["title"] == "Line"
    assert _spoken_words(plan) == ["Line", *line.split()]
    assert max(len(c["text"]) for c in plan["chunks"]) <= 300


@pytest.mark.parametrize(
    "crafted",
    [
        "**" * 250 + "deep" + "**" * 250,
        "*" * 500 + "deep" + "*" * 500,
        "_a " * 300 + "deep" + " a_" * 300,
        "[" * 2000 + " deep" + "](u)" * 5,
    ],
)
def test_deeply_nested_markdown_is_read(tmp_path: Path, crafted: str) -> None:
    # Before: `**` x 250 around a word was a RecursionError traceback.
    path = tmp_path / "nested.md"
    path.write_text(f"# Nested\n\n{BODY}\n\nWords {crafted} end.\n")
    plan = _plan(path)
    assert "deep" in " ".join(c["text"] for c in plan["chunks"])


def test_a_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path: Path) -> None:
    # Before: the nine-by-nine aliases made 43 million values, 40 seconds and gigabytes.
    lines = ["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    lines += ["title: [*h, *h, *h, *h, *h, *h, *h, *h, *h]", "---", "", "# Bomb", "", BODY]
    path = tmp_path / "bomb.md"
    path.write_text("\n".join(lines) + "\n")
    plan = _plan(path)
    assert plan["title"] == "Bomb"
    assert _spoken_words(plan) == ["Bomb", *BODY.split()]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt"])
def test_numbers_of_hundreds_of_digits_are_read(tmp_path: Path, language: str) -> None:
    from narrator.spoken import spoken

    huge = "9" * 320
    for text in (f"The value is {huge} today.", f"It grew {huge}% in a year.", f"{huge}.5 m"):
        try:
            said = spoken(text, language=language)
        except TypeError:
            pytest.skip("spoken() takes no language here yet")
        assert said.strip()
    path = tmp_path / "numbers.txt"
    path.write_text(f"Numbers\n\nThe value is {huge} today, up {huge}% in a year.\n")
    assert _plan(path)["chunks"]

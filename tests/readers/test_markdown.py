"""The Markdown reader: front matter, title, metadata lines, sections, lists, quotes, code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from narrator import pipeline
from narrator.cli import main
from narrator.errors import InputError
from narrator.models import BlockKind, NarrationConfig
from narrator.readers.markdown import read_markdown, split_front_matter


def kinds_and_texts(text: str, config: NarrationConfig | None = None) -> list[tuple[str, str]]:
    article = read_markdown(text, "post.md", config)
    return [(b.kind.value, b.text) for b in article.body_blocks()]


def test_front_matter_fills_title_byline_and_date_and_is_not_read() -> None:
    article = read_markdown(
        "---\ntitle: 'Rain'\nauthors:\n  - Ann Lee\n  - Bo Chen\ndate: 2024-01-02\n---\n\nWet.\n"
    )
    assert (article.title, article.byline, article.date) == (
        "Rain",
        "Ann Lee and Bo Chen",
        "2024-01-02",
    )
    assert [b.text for b in article.body_blocks()] == ["Wet."]


def test_toml_front_matter_and_inline_author_list() -> None:
    fields, rest = split_front_matter('+++\ntitle = "Hi"\nauthor = ["A B", "C D"]\n+++\nBody\n')
    assert fields == {"title": ["Hi"], "author": ["A B", "C D"]}
    assert rest == "Body\n"


def test_yaml_front_matter_with_author_entries_and_a_date() -> None:
    text = (
        "---\ntitle: 'Tides: a primer'\nauthors:\n  - name: Ann Lee\n  - name: Bo Chen\n"
        "date: 2024-04-09\ntags: [sea, moon]\n---\nBody text.\n"
    )
    fields, rest = split_front_matter(text)
    assert fields["title"] == ["Tides: a primer"]
    assert fields["authors"] == ["Ann Lee", "Bo Chen"]
    assert fields["date"] == ["2024-04-09"]
    assert fields["tags"] == ["sea", "moon"]
    assert rest == "Body text.\n"


def test_broken_yaml_front_matter_is_still_never_read() -> None:
    fields, rest = split_front_matter("---\ntitle: [unclosed\nauthor: Ann\n---\nBody.\n")
    assert (fields, rest) == ({}, "Body.\n")


def test_a_leading_rule_without_fields_is_not_front_matter() -> None:
    assert split_front_matter("---\nJust a rule above.\n---\n")[0] == {}


def test_opening_heading_wins_over_front_matter_title_and_is_read_once() -> None:
    article = read_markdown("---\ntitle: Short\n---\n# The *long* title\n\nBody.\n")
    assert article.title == "The long title"
    assert [b.text for b in article.body_blocks()] == ["Body."]


def test_title_falls_back_to_the_file_name() -> None:
    assert read_markdown("Just words.\n", "notes/my-first_post.md").title == "My first post"


def test_metadata_lines_under_the_title_are_not_body() -> None:
    text = "# T\n\n_By Ann Lee | Updated April 9, 2024 · 4 min read_\n\nBody starts.\n"
    article = read_markdown(text)
    assert (article.byline, article.date) == ("Ann Lee", "April 9, 2024")
    assert [b.text for b in article.body_blocks()] == ["Body starts."]


def test_an_italic_standfirst_is_read() -> None:
    assert kinds_and_texts("# T\n\n*Why we walk to work.*\n\nBody.\n")[0] == (
        "paragraph",
        "Why we walk to work.",
    )


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "# T\n\nBy Monday, the council had voted.\n"
    assert read_markdown(text).byline is None
    assert kinds_and_texts(text) == [("paragraph", "By Monday, the council had voted.")]


def test_marks_tags_and_link_targets_disappear() -> None:
    text = "# T\n\nSee **[the *report*](https://ex.org/r)**, `x = 1` and <span>this</span>.\n"
    assert kinds_and_texts(text) == [("paragraph", "See the report, x = 1 and this.")]


def test_autolinks_are_read_as_their_host() -> None:
    assert kinds_and_texts("# T\n\nGo to <https://www.python.org/downloads/>.\n") == [
        ("paragraph", "Go to python.org.")
    ]


def test_headings_and_rules_start_sections() -> None:
    article = read_markdown("# T\n\nA.\n\n## One\n\nB.\n\n***\n\nC.\n\n### Two\n\nD.\n")
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["A."]),
        ("One", ["B."]),
        (None, ["C."]),
        ("Two", ["D."]),
    ]


def test_ordered_and_nested_list_items_are_sentences_in_order() -> None:
    text = "# T\n\n3. Third\n4. Fourth:\n   - inner **bold**\n5. Fifth!\n"
    assert kinds_and_texts(text) == [
        ("list_item", "Third."),
        ("list_item", "Fourth:"),
        ("list_item", "inner bold."),
        ("list_item", "Fifth!"),
    ]


def test_block_quotes_are_quotes_with_a_pause_before_and_after() -> None:
    text = "# T\n\nBefore.\n\n> Said *this*.\n>\n> And that.\n\nAfter.\n\nEnd.\n"
    plan = pipeline.plan(read_markdown(text))
    body = [(c.kind.value, c.text, c.pause_after_s) for c in plan.chunks[1:]]
    assert body == [
        ("paragraph", "Before.", 0.8),
        ("quote", "Said this.", 0.5),
        ("quote", "And that.", 0.8),
        ("paragraph", "After.", 0.5),
        ("paragraph", "End.", 0.0),
    ]


CODE_POST = (
    "# T\n\nIntro.\n\n```sh\nrm -rf build\n```\n\n    indented()\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n"
)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (
            "announce",
            [
                ("paragraph", "Intro."),
                ("announcement", "Code sample skipped."),
                ("announcement", "Code sample skipped."),
                ("list_item", "1: b, 2."),
            ],
        ),
        ("skip", [("paragraph", "Intro.")]),
        (
            "read",
            [
                ("paragraph", "Intro."),
                ("paragraph", "rm -rf build"),
                ("paragraph", "indented()"),
                ("list_item", "1: b, 2."),
            ],
        ),
    ],
)
def test_code_and_tables_follow_code_mode(mode: str, expected: list[tuple[str, str]]) -> None:
    config = NarrationConfig(code_mode=mode)  # type: ignore[arg-type]
    assert kinds_and_texts(CODE_POST, config) == expected


def test_images_are_skipped_unless_alt_text_is_asked_for() -> None:
    text = "# T\n\n![A red kite over a field](kite.png)\n\nA ![tiny](i.png) icon.\n"
    assert kinds_and_texts(text) == [("paragraph", "A icon.")]
    assert kinds_and_texts(text, NarrationConfig(read_alt_text=True)) == [
        ("announcement", "Image: A red kite over a field."),
        ("paragraph", "A tiny icon."),
    ]


def test_html_blocks_lose_tags_comments_and_scripts() -> None:
    text = (
        "# T\n\n<div class='note'>\n<p>Kept words.</p>\n<script>alert(1)</script>\n</div>\n\n"
        "<!-- hidden -->\n"
    )
    assert kinds_and_texts(text) == [("paragraph", "Kept words.")]


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Only front matter\nauthor: Ann\n---\n",
        "# Title only\n\n```python\nprint('hi')\n```\n",
        "    just = 'indented code'\n",
    ],
)
def test_nothing_but_code_or_front_matter_is_an_error(text: str) -> None:
    with pytest.raises(InputError, match="has no text to read, only code, tables or front matter"):
        read_markdown(text, "post.md")


def test_only_code_is_read_with_code_read() -> None:
    config = NarrationConfig(code_mode="read")
    assert kinds_and_texts("# T\n\n```\nmake all\n```\n", config) == [("paragraph", "make all")]


def test_cli_error_for_a_post_that_is_only_front_matter(tmp_path: Path) -> None:
    post = tmp_path / "draft.md"
    post.write_text("---\ntitle: Draft\ndate: 2024-01-01\n---\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["save", str(post), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: '{post}' has no text to read, only code, tables or front matter; "
        "give a Markdown article with paragraphs (or --code read to read its code)\n"
    )
    assert not (tmp_path / "out").exists()


def test_cli_code_and_alt_text_options(tmp_path: Path) -> None:
    post = tmp_path / "p.md"
    post.write_text("# T\n\nHi.\n\n![Gulls](g.png)\n\n```\nls\n```\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", str(post), "--code", "skip", "--read-alt-text"])
    assert result.exit_code == 0, result.output
    assert "Image: Gulls." in result.output
    assert "Code sample skipped." not in result.output
    bad = CliRunner().invoke(main, ["plan", str(post), "--code", "sing"])
    assert bad.exit_code == 2
    assert "'sing' is not one of 'read', 'announce', 'skip'" in bad.output


# Property: every word of paragraph text reaches the chunks once, in order.
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)
MARK = st.sampled_from(["{}", "*{}*", "**{}**", "`{}`", "[{}](https://x.org/{})", "_{}_"])


@st.composite
def paragraphs(draw: st.DrawFn) -> list[list[str]]:
    return draw(st.lists(st.lists(WORD, min_size=1, max_size=40), min_size=1, max_size=6))


def marked(words: list[str], marks: list[str]) -> str:
    return " ".join(m.format(w, w) for w, m in zip(words, marks, strict=True))


@settings(max_examples=60, deadline=None)
@given(paragraphs(), st.data())
def test_every_paragraph_word_reaches_the_chunks_once_in_order(
    paras: list[list[str]], data: st.DataObject
) -> None:
    blocks = []
    for words in paras:
        marks = data.draw(st.lists(MARK, min_size=len(words), max_size=len(words)))
        blocks.append(marked(words, marks))
    text = "# Title\n\n" + "\n\n".join(blocks) + "\n"
    chunks = pipeline.plan(read_markdown(text), NarrationConfig(max_chunk_chars=60)).chunks
    read = [w for c in chunks[1:] for w in re.findall(r"[a-z]+", c.text)]
    assert read == [w for words in paras for w in words]
    assert all(c.kind.value == BlockKind.PARAGRAPH.value for c in chunks[1:])


def test_tables_are_read_as_the_html_reader_reads_them() -> None:
    """A small table a row at a time, each figure after its column's heading; a table of words
    row by row; a table too large to follow announced (see readers/tables.py)."""
    fares = (
        "| Scheme | Unlock fee | Per minute |\n|---|---|---|\n"
        "| CityCycle | 1.00 | 0.15 |\n| Spoke | 0.00 | 0.25 |\n"
    )
    words = "| Method | Cost |\n|---|---|\n| Wire transfer | Free |\n| Card | Two percent |\n"
    timetable = "| Stop | Time |\n|---|---|\n" + "".join(f"| {n} | 9.{n:02} |\n" for n in range(13))
    post = f"# Fares\n\nThe fares.\n\n{fares}\n{words}\n{timetable}\nDone.\n"
    assert kinds_and_texts(post, NarrationConfig()) == [
        ("paragraph", "The fares."),
        ("list_item", "CityCycle: Unlock fee, 1.00; Per minute, 0.15."),
        ("list_item", "Spoke: Unlock fee, 0.00; Per minute, 0.25."),
        ("list_item", "Method, Cost."),
        ("list_item", "Wire transfer, Free."),
        ("list_item", "Card, Two percent."),
        ("announcement", "Table skipped."),
        ("paragraph", "Done."),
    ]

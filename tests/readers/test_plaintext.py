"""The plain-text reader on wire copy: title, byline, dateline, sections, credit."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.models import BlockKind
from narrator.readers import read_article
from narrator.readers.plaintext import is_heading, read_plaintext


def test_seed_structure(seed: Path) -> None:
    article = read_article(str(seed))
    assert article.title.startswith("Russia vows retaliation against US")
    assert article.byline == "Dmitry Antonov and Guy Faulconbridge"
    assert article.dateline == "MOSCOW (Reuters)"
    assert [s.heading for s in article.sections] == [None, "RETALIATION"]
    first = article.sections[0].blocks[0]
    assert first.text.startswith("MOSCOW (Reuters) -The Kremlin on Monday")
    assert len(article.sections[0].blocks) == 12
    credit = article.sections[1].blocks[-1]
    assert credit.kind is BlockKind.CREDIT
    assert credit.text.startswith("(Reporting by Dmitry Antonov;")
    assert all(b.kind is BlockKind.PARAGRAPH for b in article.body_blocks()[:-1])


def test_one_paragraph_per_line() -> None:
    article = read_plaintext(
        "Title here\nBy A. Writer\nFirst paragraph.\nSecond one.\nLAST PART\nEnd."
    )
    assert article.byline == "A. Writer"
    assert [s.heading for s in article.sections] == [None, "LAST PART"]
    assert [b.text for b in article.body_blocks()] == ["First paragraph.", "Second one.", "End."]


def test_wrapped_lines_join_into_paragraphs() -> None:
    text = "Title\n\nA paragraph that\nwraps over\nthree lines.\n\n  \nAnother one.\n"
    article = read_plaintext(text)
    assert article.byline is None
    assert [b.text for b in article.body_blocks()] == [
        "A paragraph that wraps over three lines.",
        "Another one.",
    ]


def test_credit_only_when_last() -> None:
    text = "T\n\n(Reporting by X)\n\nBody goes on.\n"
    assert [b.kind for b in read_plaintext(text).body_blocks()] == [BlockKind.PARAGRAPH] * 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("RETALIATION", True),
        ("WHAT COMES NEXT", True),
        ("NATO.", False),
        ("Retaliation", False),
        ("US", False),
        ("A" * 61, False),
        ("(REUTERS)", False),
    ],
)
def test_heading_detection(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(
        "Caf\u00e9 society\n\nThe na\u00efve r\u00e9sum\u00e9 \u2013 sold.\n".encode("cp1252")
    )
    article = read_article(str(path))
    assert article.title == "Caf\u00e9 society"
    assert article.body_blocks()[0].text == "The na\u00efve r\u00e9sum\u00e9 \u2013 sold."


def test_utf8_bom_and_odd_spaces(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nNon\u00a0breaking \u201cquotes\u201d.\n".encode())
    article = read_article(str(path))
    assert article.title == "Title"
    assert article.body_blocks()[0].text == 'Non breaking "quotes".'


@pytest.mark.parametrize("first", ["example.com", "0.AA", "Newsroom.org"])
def test_a_site_name_over_one_line_is_the_title_over_its_story(first: str) -> None:
    # Passing the first line over as a page's frame would leave a title with no story under
    # it: the one line would become the title and the story's only words be lost.
    article = read_plaintext(f"{first}\n\nThe fire started at noon.")
    assert article.title == first
    assert [b.text for b in article.body_blocks()] == ["The fire started at noon."]


def test_a_site_name_over_a_title_and_its_story_is_passed_over() -> None:
    article = read_plaintext("example.com\n\nFire in the hills\n\nThe fire started at noon.")
    assert article.title == "Fire in the hills"
    assert [b.text for b in article.body_blocks()] == ["The fire started at noon."]

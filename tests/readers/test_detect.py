"""Deciding an article's format, and reading every common encoding."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main
from narrator.errors import InputError
from narrator.models import NarrationConfig
from narrator.readers import detect_format, format_of_path, read_article
from narrator.readers.sources import SUFFIXES, article_files

HTML = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi.</p></body></html>"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a.MD", "markdown"),
        ("a.markdown", "markdown"),
        ("a.htm", "html"),
        ("a.html", "html"),
        ("a.xhtml", "html"),
        ("a.mdown", "markdown"),
        ("a.dat", None),
        ("README", None),
        ("-", None),
    ],
)
def test_format_of_path(name: str, expected: str | None) -> None:
    assert format_of_path(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HTML, "html"),
        ("<!-- saved -->\n<html><body><p>x</p></body></html>", "html"),
        ("<div><p>One fragment.</p><p>Another.</p></div>", "html"),
        ("# A heading\n\nText.", "markdown"),
        ("---\ntitle: x\n---\nText.", "markdown"),
        ("Title\n=====\n\nText.", "markdown"),
        ("See [this](https://x.org) now.", "markdown"),
        ("Some **bold** words\n\n- and a list item", "markdown"),
        ("Storm hits coast\n\nBy Ann Lee\n\nThe storm arrived on Monday night.", "text"),
        # a markets story whose every sentence ends with a figure
        ("Sensex jumps\n\nThe index rose 812 points to 86,240.\n\nHDFC Bank was up 2.3%.", "text"),
        # prose in another alphabet, piped in
        ("Метро открылось\n\nСтанцию откроют в 2028 году. «Мы готовы», — сказал мэр.", "text"),  # noqa: RUF001
    ],
)
def test_detect_format(text: str, expected: str) -> None:
    assert detect_format(text, "x") == expected


@pytest.mark.parametrize(
    "text",
    ['{"id": 1, "values": [1, 2, 3]}\n', "id,name,count\n1,ann,3\n2,bo,5\n", "0101 1100 1110\n"],
)
def test_undecidable_content_is_an_error(text: str) -> None:
    with pytest.raises(InputError, match="cannot tell the format"):
        detect_format(text, "data.dat")


def test_undecidable_file_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text("id,name,count\n1,ann,3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", str(path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: cannot tell the format of '{path}'; give --input-format text, markdown or html\n"
    )
    forced = CliRunner().invoke(main, ["plan", str(path), "--input-format", "text"])
    assert forced.exit_code == 0, forced.output
    assert "Title: id,name,count" in forced.output


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("# Real title\n\nBody **here**.\n", encoding="utf-8")
    assert read_article(str(path)).title == "# Real title"
    article = read_article(str(path), NarrationConfig(input_format="markdown"))
    assert (article.title, article.body_blocks()[0].text) == ("Real title", "Body here.")


def test_stdin_is_sniffed(seed: Path) -> None:
    result = CliRunner().invoke(main, ["plan", "--json", "-"], input=seed.read_bytes())
    assert result.exit_code == 0, result.output
    assert '"byline": "Dmitry Antonov and Guy Faulconbridge"' in result.output


MD = "# Caf\u00e9 \u201cnotes\u201d\n\nThe cr\u00e8me\u00a0br\u00fbl\u00e9e costs \u00a34.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.md", MD.encode("utf-8")),
        ("bom.md", b"\xef\xbb\xbf" + MD.encode("utf-8")),
        ("windows.md", MD.encode("cp1252")),
        ("utf16.md", MD.encode("utf-16")),
    ],
)
def test_markdown_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    article = read_article(str(path))
    assert article.title == 'Café "notes"'
    assert article.body_blocks()[0].text == "The crème brûlée costs £4."


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_html_meta_charset(tmp_path: Path, meta: str) -> None:
    html = (
        f"<html><head>{meta}<title>Caf\u00e9 \u2018news\u2019</title></head><body><article>"
        "<p>The caf\u00e9 reopened on Monday after a long winter, and the \u201cnew\u201d menu "
        "has crème brûlée, which the regulars have asked for since the spring.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))
    article = read_article(str(path))
    assert article.title == "Café 'news'"
    assert 'the "new" menu has crème brûlée' in article.body_blocks()[0].text


def test_meta_charset_utf8_is_kept(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>Łódź</title></head><body><article><p>'
        + "Łódź is a city in central Poland, once the centre of its textile industry. " * 3
        + "</p></article></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(html, encoding="utf-8")
    assert read_article(str(path)).title == "Łódź"


def test_a_folder_stands_for_every_article_file_the_readers_accept(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"a{suffix}").write_text("x", encoding="utf-8")
    (tmp_path / "notes.dat").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    found = article_files([str(tmp_path)])
    assert sorted(Path(path).suffix for path in found) == sorted(SUFFIXES)
    assert article_files(["-", "https://example.org/a"]) == ["-", "https://example.org/a"]


def test_a_folder_of_xhtml_and_mdown_files_is_narrated_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.xhtml").write_text(
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<title>Tide times</title></head><body><article><h1>Tide times</h1><p>The harbour "
        "opens two hours before high water, and the lock keeper answers on channel twelve."
        "</p></article></body></html>\n",
        encoding="utf-8",
    )
    (folder / "notes.mdown").write_text(
        "# Allotment notes\n\nThe broad beans went in on Saturday, a week late.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["save", str(folder), "-o", str(out), "--loudness", "off", "-j", "1", "--no-cache"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["allotment-notes", "tide-times"]

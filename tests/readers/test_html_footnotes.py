"""A blog's footnotes, dropped by trafilatura, are read after the article under "Notes"; an
encyclopedia's bracketed references and an author's affiliation mark are not."""

from __future__ import annotations

from conftest import FERRY_STORY

from narrator.readers.html import read_html

NOTE = "The fares are those of the winter timetable, from October to March."


def _read(marked: str, notes: str) -> list[tuple[str | None, str]]:
    body = "".join(f"<p>{text}</p>" for text in FERRY_STORY[1:])
    html = (
        "<html><head><title>Winter ferry fares</title></head><body><article>"
        "<h1>Winter ferry fares</h1><p class='authors'>Ann Lee<sup><a href='#aff1'>1</a></sup></p>"
        f"<div class='post-content'><p>{marked}</p>{body}</div>{notes}"
        "<p id='aff1'>Department of Transport Studies, University of the Isles, Kirkwall</p>"
        "</article></body></html>"
    )
    article = read_html(html, "fares.html")
    return [
        (section.heading, block.text) for section in article.sections for block in section.blocks
    ]


def test_a_numbered_note_is_read_after_the_article() -> None:
    marked = f"{FERRY_STORY[0]}<sup id='fnref:1'><a href='#fn:1' class='footnote-ref'>1</a></sup>"
    notes = (
        "<div class='footnotes' role='doc-endnotes'><hr><ol><li id='fn:1'><p>"
        f"{NOTE}&#160;<a href='#fnref:1' class='footnote-backref'>&#x21a9;&#xfe0e;</a></p></li>"
        "</ol></div>"
    )
    blocks = _read(marked, notes)
    assert blocks[-1] == ("Notes", f"1. {NOTE}")
    assert not any("University of the Isles" in text for _, text in blocks)


def test_a_bracketed_reference_is_not_read_as_a_note() -> None:
    marked = f"{FERRY_STORY[0]}<sup class='reference'><a href='#cite_note-1'>[1]</a></sup>"
    notes = f"<ol class='references'><li id='cite_note-1'><span>{NOTE}</span></li></ol>"
    assert all(heading != "Notes" for heading, _ in _read(marked, notes))

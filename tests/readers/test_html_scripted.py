"""A page that shows its article a part at a time holds the whole in a script's variable, as
strings of HTML: the HTML reader reads it all from the part that trafilatura found, and never
reads a script's paragraphs that do not continue that part."""

from __future__ import annotations

import json

from conftest import FERRY_STORY, HARBOUR_STORY

from narrator.readers.html import read_html

STORY = HARBOUR_STORY + FERRY_STORY


def _page(held: list[str]) -> str:
    """The first paragraph shown, and `held` in a variable, each part HTML escaped for the page
    (an apostrophe written twice escaped, as such pages do)."""
    escaped = [text.replace("'", "&amp;#39;") for text in held]
    parts = {
        str(number): {"top": f"&lt;p&gt;{text}&lt;/p&gt;"}
        for number, text in enumerate(escaped, start=1)
    }
    variable = json.dumps({"title": "Harbour plan sent back", "pages": parts})
    return (
        "<html><head><title>Harbour plan sent back</title></head><body>"
        f"<article><h1>Harbour plan sent back</h1><p>{STORY[0]}</p></article>"
        f"<script type='text/javascript'>var article = {variable};</script></body></html>"
    )


def _texts(html: str) -> list[str]:
    return [block.text for block in read_html(html, "p.html").body_blocks()]


def test_an_article_held_in_a_script_is_read_whole() -> None:
    assert _texts(_page(STORY)) == STORY


def test_paragraphs_of_a_script_that_do_not_continue_the_article_are_not_read() -> None:
    assert _texts(_page(FERRY_STORY * 2)) == [STORY[0]]

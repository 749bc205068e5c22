"""A page built by script carries its article only in its structured data (schema.org JSON-LD
`articleBody`): the HTML reader reads it there when trafilatura finds under half of it. Valid
JSON trafilatura reads itself; the JSON that sites write by hand, with quotes left unescaped
in the text, it cannot parse."""

from __future__ import annotations

import json

from conftest import HARBOUR_STORY

from narrator.readers.html import read_html
from narrator.readers.stated import stated_paragraphs

STORY = HARBOUR_STORY
CAPTION = "The north quay at low tide on Tuesday morning. Photo: Town Crier"


def page(ld_json: str, body: str) -> str:
    return (
        "<html><head><title>Harbour plan sent back</title>"
        f'<script type="application/ld+json">{ld_json}</script></head>'
        f"<body><div id='app'><h1>Harbour plan sent back</h1>{body}</div></body></html>"
    )


def ld(article_body: str) -> str:
    return json.dumps({"@type": "NewsArticle", "articleBody": article_body, "author": "A. Lee"})


def body_text(html: str) -> str:
    return " ".join(block.text for block in read_html(html, "p.html").body_blocks())


QUOTED = [STORY[0], STORY[1].replace("public consultation", '"public consultation"'), *STORY[2:]]


def hand_written(paragraphs: list[str]) -> str:
    """JSON-LD as many sites write it: the text's quotes left unescaped."""
    body = "\\n".join(paragraphs)
    return f'{{"@type":"NewsArticle","articleBody":"{body}","articleSection":"News"}}'


def test_an_article_found_only_in_the_structured_data_is_read_from_it() -> None:
    html = page(hand_written(QUOTED), f"<figure><p>{CAPTION}</p></figure>")
    blocks = read_html(html, "p.html").body_blocks()
    assert [block.text for block in blocks] == QUOTED


def test_hand_written_json_with_unescaped_quotes_still_gives_the_body() -> None:
    assert stated_paragraphs(page(hand_written(QUOTED), "")) == QUOTED


def test_paragraphs_run_together_in_the_body_are_parted() -> None:
    assert stated_paragraphs(page(ld("".join(STORY[:2])), "")) == STORY[:2]


def test_entities_and_tags_in_the_body_are_text() -> None:
    body = f"<p>{STORY[0].replace('town', 'town&#039;s folk')}</p>"
    assert stated_paragraphs(page(ld(body), "")) == [STORY[0].replace("town", "town's folk")]


def test_the_page_is_read_when_it_holds_the_article_and_the_data_a_summary() -> None:
    summary = "The harbour plan goes back to the public in the autumn."
    html = page(ld(summary), "".join(f"<p>{paragraph}</p>" for paragraph in STORY))
    assert body_text(html) == " ".join(STORY)


def test_the_page_is_read_when_it_holds_most_of_the_stated_article() -> None:
    html = page(
        ld("\n".join([*STORY, "Residents can comment on the council's website."])),
        "".join(f"<p>{paragraph}</p>" for paragraph in STORY) + "<p>Share this story</p>",
    )
    assert "Residents can comment" not in body_text(html)

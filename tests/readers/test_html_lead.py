"""The lead between a web article's title and its body ("standfirst", "teaser", "excerpt") is
read first, though trafilatura drops it; teasers of other stories are not."""

from __future__ import annotations

from conftest import FERRY_STORY

from narrator.readers.html import read_html

LEAD = (
    "The island council has agreed the winter ferry fares after a month of talks, and "
    "residents will pay less than visitors on every route from November."
)
STORY = FERRY_STORY


def _texts(header: str, meta: str = "") -> list[str]:
    body = "".join(f"<p>{text}</p>" for text in STORY)
    html = (
        f"<html><head><title>Winter ferry fares agreed</title>{meta}</head><body>"
        f"<article><header><h1>Winter ferry fares agreed</h1>{header}</header>"
        f"<div class='article-body'>{body}</div></article></body></html>"
    )
    return [block.text for block in read_html(html, "fares.html").body_blocks()]


def test_the_lead_under_the_title_is_read_before_the_body() -> None:
    texts = _texts(f"<div class='article__standfirst'><p>{LEAD}</p></div>")
    assert texts == [LEAD, *STORY]


def test_teasers_of_other_stories_above_the_body_are_not_read() -> None:
    teasers = "".join(
        f"<div class='teaser'><p>{headline}, and what it means for the islands this winter</p>"
        "</div>"
        for headline in ("Harbour wall repairs", "New timetable", "School bus changes")
    )
    texts = _texts(teasers)
    assert texts == STORY


def test_a_lead_with_no_telling_class_is_known_by_the_page_description() -> None:
    meta = f'<meta property="og:description" content="{LEAD}">'
    texts = _texts(f"<p class='font-brand mb-4'>{LEAD}</p>", meta)
    assert texts == [LEAD, *STORY]


def test_a_description_cut_short_still_tells_the_lead() -> None:
    meta = f'<meta name="description" content="{LEAD[:90]}...">'
    texts = _texts(f"<h2>{LEAD}</h2>", meta)
    assert texts == [LEAD, *STORY]


def test_a_line_under_the_title_that_is_not_the_description_is_not_read() -> None:
    meta = '<meta name="description" content="Winter fares for the island ferries, agreed.">'
    texts = _texts(f"<p class='font-brand mb-4'>{LEAD}</p>", meta)
    assert texts == STORY


def test_the_caption_of_the_lede_image_is_not_read_as_the_lead() -> None:
    caption = "The new boat at the yard in March. Photo: Ann Lee/Island Press via Getty Images"
    texts = _texts(
        f"<div class='lede-image'><div class='lede-image-data'><p>{caption}</p></div></div>"
    )
    assert texts == STORY


def test_a_sentence_set_as_a_heading_right_under_the_title_is_the_lead() -> None:
    """A newsletter platform's subtitle: an h2 with no name, no description in the metadata."""
    texts = _texts(f"<h2>{LEAD}</h2>")
    assert texts == [LEAD, *STORY]


def test_a_section_heading_right_under_the_title_is_not_the_lead() -> None:
    texts = _texts("<h2>What the new fares mean for residents and their cars</h2>")
    assert texts == STORY

"""The HTML reader beyond the golden pages: clutter rules, alt text, code, layout, no article."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FERRY_STORY

from narrator.cli import main
from narrator.errors import InputError
from narrator.models import Block, BlockKind, NarrationConfig, Section
from narrator.readers.html import read_html
from narrator.readers.named_clutter import is_clutter_name
from narrator.readers.repeats import without_repeats

BODY = (
    "<p>The council met on Tuesday evening to discuss the new harbour plan, which has divided "
    "the town for most of the year.</p><p>Members voted by seven to four to send the plan back "
    "for another round of public consultation in the autumn.</p>"
)


def page(article: str, head: str = "<title>Harbour plan sent back</title>") -> str:
    body = f"<article><h1>Harbour plan sent back</h1>{article}</article>"
    return f"<html><head>{head}</head><body>{body}</body></html>"


def texts(html: str, config: NarrationConfig | None = None) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in read_html(html, "p.html", config).body_blocks()]


@pytest.mark.parametrize(
    ("name", "clutter"),
    [
        ("ad-slot", True),
        ("newsletter-signup", True),
        ("pinterest-cta", True),
        ("kg-cta-card", True),
        ("hs-cta-wrapper", True),
        ("hde-m-cta-box__content", True),
        ("assinatura-box", True),
        ("republish-box", True),
        ("contact-details", False),
        ("call-to-action", False),
        ("leftnav", True),
        ("cookie-banner", True),
        ("guestbook", True),
        ("has-share-buttons", False),
        ("entry-content", False),
        ("post-body", False),
        ("shadow", False),
    ],
)
def test_clutter_names(name: str, clutter: bool) -> None:
    assert is_clutter_name(name) is clutter


def test_images_and_code_in_a_page() -> None:
    html = page(
        BODY + '<figure><img src="m.jpg" alt="Councillors at the vote"><figcaption>Photo: J. Roe'
        "</figcaption></figure><pre><code>SELECT 1;</code></pre>"
    )
    assert ("announcement", "Code sample skipped.") in texts(html)
    assert not any("Councillors" in t or "Photo" in t for _, t in texts(html))
    read = texts(html, NarrationConfig(read_alt_text=True, code_mode="read"))
    assert ("announcement", "Image: Councillors at the vote.") in read
    assert ("paragraph", "SELECT 1;") in read


def test_byline_and_date_lines_in_the_body_are_metadata() -> None:
    html = page("<p>By Jo Park and Sam Reed</p><p>Published 3 March 2024</p>" + BODY)
    article = read_html(html)
    assert article.byline == "Jo Park and Sam Reed"
    assert article.body_blocks()[0].text.startswith("The council met")


@pytest.mark.parametrize("second", ["BBC News, Wiltshire", "Political correspondent", "The Ledger"])
def test_the_line_under_a_byline_that_says_where_the_writer_works_is_metadata(
    second: str,
) -> None:
    blocks = texts(page(f"<p>By Emma Hollis</p><p>{second}</p>{BODY}"))
    assert blocks[0][1].startswith("The council met")


@pytest.mark.parametrize("first", ["Swindon Council Votes", "Members agreed."])
def test_a_short_line_without_a_byline_above_it_is_read(first: str) -> None:
    assert texts(page(f"<p>{first}</p>{BODY}"))[0][1] == first


def test_nested_lists_keep_their_order() -> None:
    html = page(BODY + "<ol><li>First step<ul><li>a detail</li></ul></li><li>Second step</li></ol>")
    assert texts(html)[-3:] == [
        ("list_item", "First step."),
        ("list_item", "a detail."),
        ("list_item", "Second step."),
    ]


def test_a_page_without_an_article_is_an_error(tmp_path: Path) -> None:
    html = "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>"
    with pytest.raises(InputError, match="has no article text to read"):
        read_html(html, "index.html")
    path = tmp_path / "index.html"
    path.write_text(html, encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", str(path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: '{path}' has no article text to read; give the page of a single article\n"
    )


def test_a_section_label_kept_over_the_title_is_not_read() -> None:
    """A kicker written loose before the h1, which trafilatura keeps as a paragraph."""
    story = "".join(f"<p>{text}</p>" for text in FERRY_STORY)
    html = page(
        "<article><span class='chapeu'>Island transport</span>"
        f"<h1>Winter ferry fares agreed</h1>{story}</article>",
        "<title>Winter ferry fares agreed</title>",
    )
    assert [text for _, text in texts(html)] == FERRY_STORY


def test_a_section_label_kept_with_the_title_in_its_paragraph_is_not_read() -> None:
    """trafilatura nests the h1 in a paragraph with the topic's link before it."""
    story = "".join(f"<p>{text}</p>" for text in FERRY_STORY)
    html = page(
        "<article><div class='story-header'><a class='topic' href='/transport'>Transport</a>"
        f"<h1>Winter ferry fares agreed</h1></div>{story}</article>",
        "<title>Winter ferry fares agreed</title>",
    )
    assert [text for _, text in texts(html)] == FERRY_STORY


def test_a_headline_set_in_an_h2_over_the_body_is_the_title_read_once() -> None:
    """A page with no h1 (a tabloid's): its h2 headline is the title, not a section's."""
    story = "".join(f"<p>{text}</p>" for text in FERRY_STORY)
    html = page(
        f"<div class='article-text'><h2>Winter ferry fares agreed</h2>{story}</div>",
        "<title>Winter ferry fares agreed | The Island Post</title>",
    )
    article = read_html(html, "p.html")
    assert article.title == "Winter ferry fares agreed"
    assert [section.heading for section in article.sections] == [None]


def test_a_posts_date_and_title_put_after_it_over_nothing_are_not_read() -> None:
    """A Blogger post: trafilatura puts its date header and title after the post's text."""
    title = "Winter ferry fares agreed"
    body = Section(None, tuple(Block(BlockKind.PARAGRAPH, text) for text in FERRY_STORY))
    sections = (body, Section("Thursday, 3 December 2026", ()), Section(title, ()))
    assert without_repeats(sections, title) == (body,)


def test_a_last_heading_over_nothing_that_is_no_date_or_title_stays() -> None:
    body = Section(None, tuple(Block(BlockKind.PARAGRAPH, text) for text in FERRY_STORY))
    sections = (body, Section("What happens next", ()))
    assert without_repeats(sections, "Winter ferry fares agreed") == sections

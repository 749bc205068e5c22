"""What trafilatura drops between two blocks it keeps, put back: a sentence written as loose
text after an image, a heading lost in a live blog's entry; and what stays out: the headings
of a grid of teasers, a figure's caption, an ad's label, a long gap."""

from __future__ import annotations

from xml.etree import ElementTree

from conftest import FERRY_STORY
from lxml.html import document_fromstring

from narrator.readers.gaps import drop_empty_headings, restore_gaps
from narrator.readers.html import read_html

STORY = FERRY_STORY
LOOSE = (
    "The harbour master says the new timetable will be printed in the spring and posted on "
    "every noticeboard along the quay."
)


def _restored(between: list[str]) -> list[str]:
    """The blocks of an extraction that kept the story's paragraphs, once the gaps of a page
    that shows `between[n]` after paragraph n are filled."""
    main = ElementTree.fromstring(f"<main>{''.join(f'<p>{text}</p>' for text in STORY)}</main>")
    between = [*between, *[""] * (len(STORY) - len(between))]
    shown = "".join(f"<p>{text}</p>{extra}" for text, extra in zip(STORY, between, strict=True))
    page = document_fromstring(f"<html><body><article>{shown}</article></body></html>")
    restore_gaps(main, page)
    return [" ".join("".join(block.itertext()).split()) for block in main]


def test_a_sentence_after_an_image_is_read_in_its_place() -> None:
    """A Blogger post's paragraph written as loose text after an image's division."""
    html = (
        "<html><head><title>Winter ferry fares</title></head><body><div class='post-body'>"
        f"<div>{STORY[0]}</div><div><br></div><div>{STORY[1]}</div><div><br></div>"
        f"<div class='separator'><a href='a.jpg'><img src='a.jpg'></a></div>{LOOSE}<br><br>"
        f"{STORY[2]}<br><div>{STORY[3]}</div></div></body></html>"
    )
    blocks = [block.text for block in read_html(html, "fares.html").body_blocks()]
    assert LOOSE in blocks
    assert _restored(["", f"<div><img src='a.jpg'></div>{LOOSE}<br>"]) == [
        *STORY[:2],
        LOOSE,
        *STORY[2:],
    ]


def test_a_lost_heading_above_a_block_is_put_back() -> None:
    entry = "<div><span>16:48</span> <span>Nadia Frost</span></div><h2>Trains cancelled</h2>"
    assert _restored([entry]) == [STORY[0], "Trains cancelled", *STORY[1:]]


def test_a_figure_caption_an_ad_label_or_a_long_gap_is_not_put_back() -> None:
    assert _restored([f"<div>Figure 2: {LOOSE}</div>"]) == STORY
    assert _restored(["<div><div>Advertisement</div></div>"]) == STORY
    far = "".join(f"<div>Line {n}</div>" for n in range(5))
    assert _restored([f"{far}<div>{LOOSE}</div>"]) == STORY


def test_many_lost_headings_over_sections_or_numbered_from_one_are_put_back() -> None:
    """Of many headings lost, those over a section's long paragraph are the article's, and so
    is a run numbered from one (a page builder's headings); those over a teaser's blurb are
    not."""
    long_part = " ".join([STORY[0], STORY[1]])
    kept = [long_part, STORY[2], long_part, long_part]
    shown = "".join(
        f"<h2>Part {n}</h2><p>{text}</p>" if n else f"<p>{text}</p>" for n, text in enumerate(kept)
    )
    assert _page_restored(shown, kept) == [
        long_part,
        STORY[2],
        "Part 2",
        long_part,
        "Part 3",
        long_part,
    ]
    steps = "".join(f"<h2>{n}. Check {n}</h2><p>{text}</p>" for n, text in enumerate(STORY))
    assert _page_restored(steps[steps.index("<p>") :], STORY) == [
        STORY[0],
        *(line for n, text in enumerate(STORY[1:], 1) for line in (f"{n}. Check {n}", text)),
    ]


def test_a_lost_heading_that_is_a_link_to_another_page_stays_out() -> None:
    """An "Also read" box's headline links to another story; an anchor in a heading does not."""
    teaser = "<h3><a href='/local/ferry-road/'>Ferry Road repaving pushed to fall</a></h3>"
    assert _restored([teaser]) == STORY
    anchored = "<h2><a name='part2'>Building the new quay</a></h2>"
    assert _restored([anchored]) == [STORY[0], "Building the new quay", *STORY[1:]]


def test_the_headings_of_a_grid_of_teasers_stay_out() -> None:
    """One heading lost above a paragraph is the extraction's slip; three are a pattern."""
    teasers = [f"<h3>Teaser {n}</h3>" for n in range(3)]
    assert _restored(teasers) == STORY
    assert _restored(teasers[:2]) == [STORY[0], "Teaser 0", STORY[1], "Teaser 1", *STORY[2:]]


def _page_restored(shown: str, kept: list[str]) -> list[str]:
    """The blocks of an extraction that kept `kept` (paragraphs, or headings written '# …'),
    once the gaps of a page that shows `shown` are filled; a list reads as its items."""
    tags = [("head", text[2:]) if text.startswith("# ") else ("p", text) for text in kept]
    main = ElementTree.fromstring(
        f"<main>{''.join(f'<{tag}>{text}</{tag}>' for tag, text in tags)}</main>"
    )
    restore_gaps(main, document_fromstring(f"<html><body>{shown}</body></html>"))
    return [
        line
        for block in main
        for line in (
            [f"- {item.text}" for item in block] if block.tag == "list" else [block.text or ""]
        )
    ]


INTRO = "Key features of the upgraded plant include:"
ITEMS = ["Four membrane trains", "A solar array over the basins", "Water-quality data online"]


def test_a_list_that_a_paragraph_announces_is_put_back() -> None:
    """A page with no article element loses its lists: one between a paragraph ending in a
    colon and the next paragraph is the article's."""
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    shown = f"<div><p>{STORY[0]}</p><p>{INTRO}</p><ul>{items}</ul><p>{STORY[1]}</p></div>"
    assert _page_restored(shown, [STORY[0], INTRO, STORY[1]]) == [
        STORY[0],
        INTRO,
        *(f"- {item}" for item in ITEMS),
        STORY[1],
    ]


def test_a_list_under_a_heading_is_put_back_and_a_line_of_metadata_is_not() -> None:
    """A newsletter's "Dates for your diary" over its list; a date alone under a title."""
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    shown = f"<div><p>{STORY[0]}</p><h2>Dates</h2><ul>{items}</ul><p>{STORY[1]}</p></div>"
    assert _page_restored(shown, [STORY[0], "# Dates", STORY[1]]) == [
        STORY[0],
        "Dates",
        *(f"- {item}" for item in ITEMS),
        STORY[1],
    ]
    shown = f"<div><h2>Dates</h2><ul><li>Thursday, August 6, 2020</li></ul><p>{STORY[1]}</p></div>"
    assert _page_restored(shown, ["# Dates", STORY[1]]) == ["Dates", STORY[1]]


def test_a_list_of_links_or_one_not_announced_stays_out() -> None:
    links = "".join(f"<li><a href='/{n}'>{item}</a></li>" for n, item in enumerate(ITEMS))
    shown = f"<div><p>{INTRO}</p><ul>{links}</ul><p>{STORY[1]}</p></div>"
    assert _page_restored(shown, [INTRO, STORY[1]]) == [INTRO, STORY[1]]
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    shown = f"<div><p>{STORY[0]}</p><ul>{items}</ul><p>{STORY[1]}</p></div>"
    assert _page_restored(shown, STORY[:2]) == STORY[:2]


def test_the_paragraph_under_a_last_heading_over_nothing_is_put_back() -> None:
    """A recipe's notes written in a span lose their words but keep their heading."""
    notes = (
        "The cake keeps for two days under a cloth. Do not refrigerate it; the dough turns hard."
    )
    shown = f"<div><p>{STORY[0]}</p><h3>Notes</h3><div><span>{notes}</span></div></div>"
    assert _page_restored(shown, [STORY[0], "# Notes"]) == [STORY[0], "Notes", notes]
    # After a line that is not a sentence (a list of links), what follows is the page's.
    links = "<ul><li><a href='/a'>recentf</a></li></ul>"
    shown = f"<div><p>{STORY[0]}</p><h3>References</h3>{links}<p>{notes}</p></div>"
    assert _page_restored(shown, [STORY[0], "# References"]) == [STORY[0], "References"]


def _after_empty_headings(kept: list[str]) -> list[str]:
    """The blocks of an extraction of `kept` ('## …' a heading of rank 2, '### …' of rank 3)
    once the headings over nothing are gone."""
    tags = []
    for text in kept:
        level = len(text) - len(text.lstrip("#"))
        tags.append(
            (f"head rend='h{level}'", "head", text[level + 1 :]) if level else ("p", "p", text)
        )
    main = ElementTree.fromstring(
        f"<main>{''.join(f'<{open_}>{text}</{close}>' for open_, close, text in tags)}</main>"
    )
    drop_empty_headings(main)
    return [block.text or "" for block in main]


def test_a_label_over_nothing_is_dropped_and_a_parent_heading_or_a_sentence_stays() -> None:
    kept = [STORY[0], "## Images in this article", "## Press contacts", STORY[1], "## Links"]
    assert _after_empty_headings(kept) == [STORY[0], "Press contacts", STORY[1]]
    parent = [STORY[0], "## Part one", "### The first crossing", STORY[1]]
    assert _after_empty_headings(parent) == [STORY[0], "Part one", "The first crossing", STORY[1]]
    quote = "## The tide came back for us slowly, the way it always has."
    assert _after_empty_headings([STORY[0], quote, "## Next", STORY[1]]) == [
        STORY[0],
        quote[3:],
        "Next",
        STORY[1],
    ]


def test_a_pull_quote_of_two_sentences_the_body_splits_is_not_put_back() -> None:
    """The body says '"…," he says. "…"'; the pull quote shows the two sentences together."""
    main = ElementTree.fromstring(
        "<main><p>The keeper spent seven winters on the rock with two other men.</p>"
        '<p>"You never really sleep on a light," he says. "Some part of you is always '
        'listening for the clockwork to stop." If it did, the beam stopped turning.</p></main>'
    )
    shown = (
        "<p>The keeper spent seven winters on the rock with two other men.</p>"
        "<figure class='wp-block-pullquote'><blockquote><p>You never really sleep on a light. "
        "Some part of you is always listening for the clockwork to stop.</p></blockquote>"
        '</figure><p>"You never really sleep on a light," he says. "Some part of you is always '
        'listening for the clockwork to stop." If it did, the beam stopped turning.</p>'
    )
    restore_gaps(main, document_fromstring(f"<html><body><article>{shown}</article></body></html>"))
    assert len(main) == 2

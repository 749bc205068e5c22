"""The HTML reader never reads less than trafilatura finds: clutter rules only take blocks out of
its extraction, trailing sign-up lines go, and titles lose a trailing site name only."""

from __future__ import annotations

import pytest
from conftest import HARBOUR_STORY

from narrator.models import BlockKind
from narrator.readers.html import read_html

STORY = HARBOUR_STORY


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def page(body: str, head: str = "<title>Harbour plan sent back</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def read_text(html: str) -> str:
    return " ".join(block.text for block in read_html(html, "p.html").body_blocks())


def test_an_article_the_clutter_rules_take_for_clutter_is_still_read() -> None:
    """'story-widget' names a widget by the rules; here it wraps most of the article."""
    html = page(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='story'>{paragraphs(STORY[0])}"
        f"<div class='story-widget'>{paragraphs(*STORY[1:])}</div></div>"
        "<footer>(c) 2024 Town Crier</footer>"
    )
    text = read_text(html)
    for paragraph in STORY:
        assert paragraph in text
    assert "Home" not in text


def test_clutter_inside_the_article_is_still_dropped() -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY[:2])}"
        "<div class='share-buttons'><p>Share this story on Facebook or by e-mail</p></div>"
        f"<div class='newsletter-signup'><p>Get the Town Crier every morning</p></div>"
        f"{paragraphs(*STORY[2:])}</article>"
    )
    text = read_text(html)
    assert all(paragraph in text for paragraph in STORY)
    assert "Share this story" not in text
    assert "every morning" not in text


def test_clutter_is_dropped_from_an_article_whose_own_class_names_clutter() -> None:
    """The story sits in 'widget-content', a name the rules give to widgets: the container is
    kept for holding the story, and the clutter inside it still goes."""
    html = page(
        "<header><h1>Harbour plan sent back</h1></header>"
        f"<div class='widget-content'>{paragraphs(*STORY[:2])}"
        "<div class='share-buttons'><p>Share this story on Facebook or by e-mail</p></div>"
        f"{paragraphs(*STORY[2:])}"
        "<div class='newsletter-signup'><p>Get the Town Crier every morning</p></div>"
        "</div><aside><p>Most read: Sea wall costs double</p></aside>"
    )
    text = read_text(html)
    assert all(paragraph in text for paragraph in STORY)
    assert "Share this story" not in text
    assert "every morning" not in text


def test_sign_up_lines_that_end_an_article_are_dropped() -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        "<p>Subscribe now to our weekend edition for the full story.</p>"
        "<p>© 2024 Town Crier. All rights reserved.</p></article>"
    )
    blocks = read_html(html, "p.html").body_blocks()
    assert [block.text for block in blocks] == STORY


def test_a_closing_sentence_that_mentions_signing_up_is_kept() -> None:
    ending = "Residents can sign up for text alerts about the works on the council's website."
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY, ending)}</article>")
    assert read_html(html, "p.html").body_blocks()[-1].text == ending


def test_a_sentence_with_a_date_near_the_top_is_not_a_dateline() -> None:
    lead = "The harbour will be a full member of the regional port authority by March 31, 2025."
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(lead, *STORY)}</article>")
    assert read_html(html, "p.html").body_blocks()[0].text == lead


@pytest.mark.parametrize(
    ("title", "site_name"),
    [
        ("Harbour plan sent back to the council | Town Crier", "Town Crier"),
        ("Harbour plan sent back to the council - towncrier.example", ""),
        ("Harbour plan sent back to the council \u2013 The Town Crier", "Town Crier"),
        ("Harbour plan sent back to the council \u2014 Crier", ""),
        ("Harbour plan sent back to the council \u00b7 Town Crier", "Town Crier"),
        ("Harbour plan sent back to the council :: Town Crier", ""),
        ("Harbour plan sent back to the council | BIG Brand System", ""),
        ("Harbour plan sent back to the council \u00bb Crier", ""),
        ("Harbour plan sent back to the council | News | Town Crier", "Town Crier"),
        ("Harbour plan sent back to the council :: Local :: The Town Crier", ""),
        ("Town Crier | Harbour plan sent back to the council", "Town Crier"),
        ("Harbour plan sent back to the council - The Town Crier", "towncrier.example"),
        (
            "Harbour plan sent back to the council - Crier 7 | Harbour News, Tides, Weather",
            "Crier 7 | Harbour News, Tides, Weather | Port Lee",
        ),
        (
            "Harbour plan sent back to the council - Town Crier - News, Tides and Weather !",
            "Town Crier - News, Tides and Weather !",
        ),
    ],
)
def test_a_trailing_site_name_leaves_the_title(title: str, site_name: str) -> None:
    head = f"<title>{title}</title>"
    if site_name:
        head += f'<meta property="og:site_name" content="{site_name}">'
    html = page(f"<article>{paragraphs(*STORY)}</article>", head)
    assert read_html(html, "p.html").title == "Harbour plan sent back to the council"


@pytest.mark.parametrize(
    "title",
    [
        "Spider-Man \u2013 a hero for all seasons",
        "Why we still read Dickens - and why you should too",
        "Harbour plan - part one",
        "Tide tables - a beginner's guide",
        "Harbour plan - Part Two",
        "Review | Dune",
        "Input/Output for harbour masters",
    ],
)
def test_a_dash_that_belongs_to_the_title_is_kept(title: str) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="Harbour News">'
    html = page(f"<article>{paragraphs(*STORY)}</article>", head)
    assert read_html(html, "p.html").title == title


def test_the_open_graph_title_is_preferred_to_the_page_title() -> None:
    head = (
        "<title>Harbour plan sent back | News | Town Crier</title>"
        '<meta property="og:title" content="Harbour plan sent back to the council">'
    )
    html = page(f"<article>{paragraphs(*STORY)}</article>", head)
    assert read_html(html, "p.html").title == "Harbour plan sent back to the council"


def test_a_division_of_paragraphs_is_read_paragraph_by_paragraph() -> None:
    html = page(
        "<article><h1>Harbour plan sent back</h1>"
        f"<div><div>{paragraphs(*STORY[:2])}</div>{paragraphs(*STORY[2:])}</div></article>"
    )
    assert [block.text for block in read_html(html, "p.html").body_blocks()] == STORY


def test_a_paragraph_whose_formula_trafilatura_drops_is_still_read() -> None:
    """The page keeps the formula's symbols; the extracted paragraph lacks them. Most of its
    runs of words are still in the page, so it is not taken for clutter."""
    formula = (
        "<p>Given a set of readings <math><mi>x</mi><mo>=</mo><mn>1</mn></math>, the harbour "
        "master first computes the average height of the tide at each quay, and then compares "
        "it with the height of the sea wall that the council plans to build.</p>"
    )
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{formula}</article>")
    assert "the harbour master first computes the average height" in read_text(html)


def test_a_photo_caption_that_names_the_article_people_is_dropped() -> None:
    caption = (
        "The harbour master (left) looks on as members of the council discuss the new harbour "
        "plan on Tuesday evening. (Picture by Ann Lee)"
    )
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY[:2])}"
        f"<div class='photo'><div class='photo-caption'>{caption}</div></div>"
        f"{paragraphs(*STORY[2:])}</article>"
    )
    text = read_text(html)
    assert "Picture by Ann Lee" not in text
    assert all(paragraph in text for paragraph in STORY)


def test_a_late_heading_that_only_starts_like_related_links_keeps_its_section() -> None:
    varieties = [
        "Bougainvillea spectabilis is the hardiest species, with somewhat furry foliage and "
        "red-purple blooms that last well into the autumn.",
    ]
    html = page(
        f"<article><h1>Growing bougainvillea</h1>{paragraphs(*STORY)}"
        f"<h2>Popular Bougainvillea Varieties</h2>{paragraphs(*varieties)}</article>"
    )
    text = read_text(html)
    assert all(variety in text for variety in varieties)


@pytest.mark.parametrize(
    "heading", ["More from the hearing", "Popular in the 1990s", "Comments from the minister"]
)
def test_a_late_section_whose_heading_starts_like_related_links_is_read(heading: str) -> None:
    """After "More from" or "Popular in", the words of the article, not the name of a site,
    a section or a topic: the section is the article's own."""
    section = [
        "The minister told the committee that the harbour would be dredged again next spring, "
        "and that the cost would be shared with the port's owners for the first time."
    ]
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        f"<h2>{heading}</h2>{paragraphs(*section)}</article>"
    )
    assert section[0] in read_text(html)


def test_another_storys_headline_set_alone_in_the_body_is_dropped() -> None:
    teaser = "The sea wall was built for storms we no longer get. Here is what it costs now."
    link = f"<div class='interstitial'><a href='/news/2026/11/sea-wall-costs'>{teaser}</a></div>"
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY[:2])}{link}"
        f"{paragraphs(*STORY[2:])}</article>"
    )
    text = read_text(html)
    assert teaser not in text
    assert all(paragraph in text for paragraph in STORY)


def test_a_sentence_of_the_story_that_links_elsewhere_is_kept() -> None:
    """A sentence with words beside its link is no headline of another story."""
    sentence = "The full plan, with its <a href='/docs/plan.pdf'>maps and costings</a>, is online."
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY, sentence)}</article>")
    assert "The full plan, with its maps and costings, is online." in read_text(html)


def test_a_closing_related_stories_section_is_dropped() -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        "<h2>More from the Town Crier</h2>"
        "<ul><li>Sea wall costs double</li><li>Fishing fleet faces another winter</li></ul>"
        "</article>"
    )
    text = read_text(html)
    assert "Sea wall costs double" not in text
    assert STORY[-1] in text


@pytest.mark.parametrize("label", ["Siehe auch:", "Related:", "Weitere Artikel zum Thema"])
def test_a_closing_label_set_as_a_paragraph_goes_with_the_links_under_it(label: str) -> None:
    """A shop's offers and other stories' headlines under a label in a paragraph of its own."""
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        + paragraphs(label, "Sea wall costs double", "Headphones now 24,99 \u20ac", "Save 19%")
        + "</article>"
    )
    text = read_text(html)
    assert "Sea wall costs double" not in text
    assert "Headphones" not in text
    assert STORY[-1] in text


@pytest.mark.parametrize(
    "heading", ["About this series", "About us", "\u00dcber diese Reihe", "Comentarios"]
)
def test_a_closing_section_where_the_publisher_presents_itself_is_dropped(heading: str) -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}<h2>{heading}</h2>"
        "<p>The Harbour Trust has offices in forty ports and reports on their news.</p>"
        "</article>"
    )
    text = read_text(html)
    assert "forty ports" not in text
    assert STORY[-1] in text


def test_a_label_set_as_a_paragraph_over_a_part_of_the_article_keeps_the_part() -> None:
    """Under 'See also:' a paragraph of prose: the label leads into the article's own words."""
    prose = (
        "The harbour board's own report of 2019, which the council never published, found that "
        "the sea wall would need rebuilding within a decade whatever plan was chosen."
    )
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        + paragraphs("See also:", prose)
        + "</article>"
    )
    assert prose in read_text(html)


@pytest.mark.parametrize(
    "heading", ["While you are here\u2026", "Since you're here...", "Before you go"]
)
def test_a_closing_appeal_for_support_is_dropped(heading: str) -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}<h2>{heading}</h2>"
        "<p>If you enjoyed reading this, would you consider supporting the Crier? Thanks!</p>"
        "</article>"
    )
    text = read_text(html)
    assert "supporting" not in text
    assert STORY[-1] in text


def _rows(*cells: tuple[str, ...]) -> str:
    return "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in cells)


def test_a_table_of_one_column_is_read_as_a_list() -> None:
    """The second column holds only tick marks: it is a list of features laid out as a table."""
    features = (
        "Runs Windows apps beside Mac apps",
        "Shares folders with the Mac",
        "Visual Studio plug-in",
    )
    tick = "\u2713"
    table = f"<table>{_rows(*((feature, tick) for feature in features))}</table>"
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{table}</article>")
    blocks = read_html(html, "p.html").body_blocks()
    items = [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == [f"{feature}." for feature in features]


def test_a_checklist_table_under_a_heading_row_is_read_as_a_list() -> None:
    """The heading row names the columns of ticks; the rows below hold words in one cell."""
    head = "<tr><th>Quay</th><th>Cranes</th><th>Fuel</th></tr>"
    tick = "\u2713"
    table = f"<table>{head}{_rows(('North quay', tick, ''), ('South quay', '', tick))}</table>"
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{table}</article>")
    blocks = read_html(html, "p.html").body_blocks()
    items = [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["North quay.", "South quay."]


def test_a_small_data_table_beside_the_article_is_read() -> None:
    """The figures an article shows are part of what it says (see test_html_tables)."""
    table = f"<table>{_rows(('Quay', 'Height'), ('North', '4.2 m'), ('South', '3.8 m'))}</table>"
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{table}</article>")
    text = read_text(html)
    assert "Table skipped." not in text
    assert "North, 4.2 m." in text


def test_a_page_that_is_a_table_of_results_reads_the_table() -> None:
    """Announced, the table would leave nothing but the title to read."""
    results = [
        (f"{place}.", name, club, f"{12 + place / 10:.2f} sec.")
        for place, name, club in [
            (1, "Lea Schlumberger", "LG Staufen"),
            (2, "Mia Berger", "TV Unterkochen"),
            (3, "Anna Kurz", "DJK Ellwangen"),
            (4, "Jana Roth", "SG Virngrund"),
            (5, "Eva Stein", "LG Staufen"),
            (6, "Nora Ketterer", "TSV Hüttlingen"),
            (7, "Ida Maier", "VfL Iggingen"),
            (8, "Lina Wolf", "TV Neuler"),
        ]
    ]
    table = f"<table>{_rows(('Place', 'Name', 'Club', 'Time'), *results)}</table>"
    html = page(f"<h1>Regional championship, 100 m</h1><p>Results of the final.</p>{table}")
    text = read_text(html)
    assert "Table skipped." not in text
    assert "Lea Schlumberger, LG Staufen" in text


@pytest.mark.parametrize(
    "promotion",
    [
        "Never miss the latest news by signing up to our newsletter today!",
        "Sign up to get the best stories of the week, as picked by the editors.",
        "This post contains links to products from our advertisers. We may receive compensation.",
        "If you are already a subscriber, you can log in for immediate access to this story.",
        "(Credit: Ann Lee / Town Crier)",
        "READ MORE: Sea wall costs double what the council was told",
        "Related: Fishing fleet faces another winter of repairs",
    ],
)
def test_a_promotion_inside_the_article_is_dropped(promotion: str) -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY[:2], promotion)}"
        f"{paragraphs(*STORY[2:])}</article>"
    )
    assert [block.text for block in read_html(html, "p.html").body_blocks()] == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can sign up for text alerts about the works on the council's website.",
        "Voters must register by Friday to have their say on the plan today.",
        "The harbour master said the fleet would need another subscription to the weather service.",
        "Read more than a few letters to the editor and you will see how divided the town is.",
    ],
)
def test_a_sentence_that_only_mentions_signing_up_is_kept(sentence: str) -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY[:2], sentence)}"
        f"{paragraphs(*STORY[2:])}</article>"
    )
    assert sentence in read_text(html)


def test_a_page_without_a_date_in_its_markup_has_no_date() -> None:
    """Not a date guessed from the text: the year of a copyright line is not the story's date."""
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}</article>"
        "<div class='site-info'><p>Town Crier, serving the harbour since 2011.</p></div>"
    )
    assert read_html(html, "p.html").date is None


def test_the_date_in_the_page_markup_is_kept() -> None:
    head = (
        "<title>Harbour plan sent back</title>"
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    )
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}</article>", head)
    assert read_html(html, "p.html").date == "2024-03-05"


def test_paragraphs_written_as_loose_text_between_headings_are_read() -> None:
    """Text straight after a heading, ended by line breaks rather than a paragraph, is left
    loose between trafilatura's blocks; it is read, but a loose 'Read more' is not."""
    html = page(
        f"<h1>Harbour plan sent back</h1><div id='content'><h2>A long debate</h2>\n{STORY[0]}\n"
        f"<br/><br/>\n<div id='slot'></div>\n<h2>What comes next</h2>\n{STORY[1]}\n<br/><br/>\n"
        f"{STORY[2]}\n<br/><br/>\n<h2>Also</h2>\nRead more\n<p>{STORY[3]}</p></div>"
    )
    text = read_text(html)
    assert all(paragraph in text for paragraph in STORY)
    assert "Read more" not in text


COPYRIGHT_STORY = [
    "The new copyright law for the island's musicians takes effect in March, after a long debate.",
    "Under the law, copyright in a recorded song lasts seventy years after the singer's death.",
    "Fiddlers at the harbour pubs asked whether old tunes fall under copyright at all.",
    "The council said traditional tunes stay free of copyright; new arrangements are protected.",
    "A clerk at the town hall will answer questions about copyright every Tuesday morning.",
]


def test_an_article_the_clutter_passes_would_mostly_drop_is_read_as_found() -> None:
    """Each short paragraph names copyright, as the closing copyright lines of a site do: the
    passes would take most of the story, so trafilatura's extraction is read as it was."""
    html = page(
        f"<article><h1>Island copyright law</h1>{paragraphs(*COPYRIGHT_STORY)}</article>",
        head="<title>Island copyright law</title>",
    )
    text = read_text(html)
    assert all(paragraph in text for paragraph in COPYRIGHT_STORY)


def test_a_closing_copyright_line_still_goes() -> None:
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}"
        "<p>Copyright 2024 Town Crier. All rights reserved.</p></article>"
    )
    text = read_text(html)
    assert all(paragraph in text for paragraph in STORY)
    assert "All rights reserved" not in text


def test_related_headlines_that_a_script_also_holds_are_dropped() -> None:
    """A "related stories" card keeps its headlines in a script's JSON too: the page's script
    text is not what the page shows, and does not keep the card's words as article text."""
    headline = "Lighthouse keeper retires after forty years on the rock"
    card = f"<div class='recommended'><p>{headline}</p></div>"
    script = f'<script>var cards = {{"related": [{{"title": "{headline}"}}]}};</script>'
    html = page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{card}{script}</article>"
    )
    text = read_text(html)
    assert headline not in text
    assert all(paragraph in text for paragraph in STORY)


def test_words_after_a_line_break_in_a_list_item_keep_their_spaces() -> None:
    """trafilatura strips the words after a <br> in a list item of their spaces."""
    items = (
        "<ol><li>A chapter from the book<br>\nentitled <i>Harbours of the North</i>, 1998.</li>"
        "<li>The plan that the<br>\ncouncil <b>sent back</b> in March.</li></ol>"
    )
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}{items}</article>")
    text = read_text(html)
    assert "book entitled Harbours of the North, 1998." in text
    assert "the council sent back in March." in text


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("View all posts by Ann Lee", "Ann Lee"),
        ("Written by Ann Lee", "Ann Lee"),
        ("Ann Lee; Bob Roe", "Ann Lee and Bob Roe"),
        ("Article by", None),
        ("No Author", None),
        ("Byron Katie", "Byron Katie"),
        ("Owen Tully; Transport Reporter", "Owen Tully"),
        ("Ann Lee; Bob Roe; Senior Political Correspondents", "Ann Lee and Bob Roe"),
        ("Ann Lee writes about food; Island Life", "Ann Lee"),
        ("Staff Writer", None),
    ],
)
def test_the_byline_is_the_names_in_the_pages_author_field(author: str, byline: str | None) -> None:
    head = f"<title>Harbour plan sent back</title><meta name='author' content='{author}'>"
    html = page(f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}</article>", head)
    assert read_html(html, "p.html").byline == byline


def _with_closing_list(items: str) -> str:
    return page(
        f"<article><h1>Harbour plan sent back</h1>{paragraphs(*STORY)}<ul>{items}</ul></article>"
    )


def test_a_closing_list_of_other_stories_links_is_dropped() -> None:
    """Each item a link to another page (its date beside it): another story's headline."""
    html = _with_closing_list(
        "<li><a href='/news/1'>Sea wall costs double</a><span>Published 12 May</span></li>"
        "<li><a href='/news/2'>Fishing fleet faces another winter</a></li>"
    )
    text = read_text(html)
    assert "Sea wall costs double" not in text
    assert STORY[-1] in text


def test_a_closing_list_of_the_articles_own_words_is_kept() -> None:
    """Items of the article's own words, one of them only partly a link."""
    items = "<li>Sea wall costs double</li><li><a href='/x'>Fleet</a> faces another winter</li>"
    assert "Sea wall costs double" in read_text(_with_closing_list(items))

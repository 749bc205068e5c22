"""Posts written for site generators and note apps, read as Markdown: their components,
shortcodes, callouts, cards, comments holding fields, front matter and buttons are not read
(or give the title and byline), the words between their marks are."""

from __future__ import annotations

import pytest

from narrator.readers.markdown import read_markdown
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, texts


def test_an_mdx_component_closing_itself_on_its_line_is_not_read() -> None:
    post = read_markdown(
        "---\ntitle: Bird box\n---\n\nimport { Image } from 'astro:assets';\n\n"
        f"{PARAGRAPH}\n\n<Image src={{import('../box.jpg')}} alt=\"The box\" />\n\n{LATER}\n"
    )
    assert texts(post) == [PARAGRAPH, LATER]


def test_a_components_words_between_its_tags_are_read() -> None:
    post = read_markdown(f"# Bird box\n\n{PARAGRAPH}\n\n<Callout>Mind the nails.</Callout>\n")
    assert "Mind the nails." in " ".join(texts(post))


def test_a_ghost_bookmark_card_is_not_read() -> None:
    card = (
        '<figure class="kg-card kg-bookmark-card"><a href="https://example.org/hours">'
        '<div class="kg-bookmark-title">Library opening hours</div></a></figure>'
    )
    post = read_markdown(f"# Library\n\n{PARAGRAPH}\n\n{card}\n\n{LATER}\n")
    assert texts(post) == [PARAGRAPH, LATER]


def test_a_posts_subtitle_in_its_front_matter_is_read_first() -> None:
    post = read_markdown(
        f"---\ntitle: Notebooks\nsubtitle: Paper and a pencil\n---\n\n{PARAGRAPH}\n"
    )
    assert texts(post) == ["Paper and a pencil", PARAGRAPH]


def test_a_posts_subtitle_goes_before_a_first_heading() -> None:
    post = read_markdown(
        f"---\ntitle: Notebooks\nsubtitle: Paper\n---\n\n## Rules\n\n{PARAGRAPH}\n"
    )
    assert [section.heading for section in post.sections] == [None, "Rules"]
    assert texts(post) == ["Paper", PARAGRAPH]


def test_a_readmes_heading_in_html_is_its_title() -> None:
    post = read_markdown(
        '<p align="center">\n  <img src="logo.png" alt="Logo">\n</p>\n\n'
        f'<h1 align="center">Larkspur</h1>\n\n{PARAGRAPH}\n'
    )
    assert (post.title, texts(post)) == ("Larkspur", [PARAGRAPH])


def test_quartos_callout_marks_are_not_read_its_title_is() -> None:
    post = (
        "# Swifts\n\nEvery summer swifts nest here.\n\n"
        '::: {.callout-note title="Code"}\nThe code is on GitHub.\n:::\n\nThey leave in August.\n'
    )
    assert texts(read_markdown(post)) == [
        "Every summer swifts nest here.",
        "Code",
        "The code is on GitHub.",
        "They leave in August.",
    ]


def test_nikolas_fields_in_a_comment_give_the_title_and_byline() -> None:
    post = (
        "<!--\n.. title: The first frost count\n.. slug: first-frost\n.. author: Tom Baker\n-->"
        "\n\nEvery year I write down the first frost.\n"
    )
    article = read_markdown(post)
    assert (article.title, article.byline, texts(article)) == (
        "The first frost count",
        "Tom Baker",
        ["Every year I write down the first frost."],
    )


def test_a_comment_over_a_post_that_holds_no_fields_is_no_header() -> None:
    post = "<!-- draft -->\n\n# Frost\n\nEvery year I write down the first frost.\n"
    assert read_markdown(post).title == "Frost"


def test_a_heading_in_html_between_wordpress_block_comments_is_a_heading() -> None:
    post = (
        "# Reading room\n\n<!-- wp:paragraph -->\n<p>It opens on Monday.</p>\n"
        "<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>What's inside</h2>\n"
        "<!-- /wp:heading -->\n\n"
        "<!-- wp:paragraph -->\n<p>Forty desks.</p>\n<!-- /wp:paragraph -->\n"
    )
    article = read_markdown(post)
    assert [s.heading for s in article.sections] == [None, "What's inside"]
    assert texts(article) == ["It opens on Monday.", "Forty desks."]


def test_a_myst_admonition_is_read_not_skipped_as_code() -> None:
    post = (
        "# Tides\n\nTide tables give two high waters a day.\n\n"
        "```{note}\n:class: dropdown\nAll times are in GMT.\n```\n\n```python\nprint(1)\n```\n"
    )
    assert [b.text for b in read_markdown(post).body_blocks()] == [
        "Tide tables give two high waters a day.",
        "All times are in GMT.",
        "Code sample skipped.",
    ]


def test_a_hexo_blockquote_is_a_quote_without_its_tags() -> None:
    post = (
        "# Phones\n\nI left my phone in a drawer.\n\n{% blockquote Seneca %}\n"
        "We suffer more often in imagination than in reality.\n{% endblockquote %}\n"
    )
    blocks = read_markdown(post).body_blocks()
    assert [(b.kind.value, b.text) for b in blocks][-1] == (
        "quote",
        "We suffer more often in imagination than in reality.",
    )


def test_mkdocs_tabs_are_read_with_their_names_not_as_code() -> None:
    post = '# Install\n\nPick your system.\n\n=== "Linux"\n\n    Use the package manager.\n'
    assert texts(read_markdown(post)) == ["Pick your system.", "Linux", "Use the package manager."]


def test_zolas_shortcode_with_a_body_is_read_with_its_title() -> None:
    post = (
        '+++\ntitle = "Camino"\n+++\n\nWe cycled it.\n\n{% note(title="Before you go") %}\n'
        "Call ahead.\n{% end %}\n"
    )
    assert texts(read_markdown(post)) == ["We cycled it.", "Before you go", "Call ahead."]


def test_a_wordpress_caption_shortcode_is_not_read() -> None:
    caption = (
        '[caption id="attachment_4" align="aligncenter" width="800"]<img src="a.jpg" alt="" /> '
        "The first flowers.[/caption]"
    )
    article = read_markdown(f"# {HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_note_apps_link_in_the_front_matter_is_the_name() -> None:
    text = (
        '---\ntitle: Pier\nauthor:\n  - "[[Jane Doe]]"\n  - "[[j-roe|John Roe]]"\n---\nIt opened.\n'
    )
    assert read_markdown(text, "post.md").byline == "Jane Doe and John Roe"


def test_a_platforms_html_cards_are_read_without_captions_buttons_or_sign_ups() -> None:
    text = (
        "# Pier\n\nThe pier opened.\n\n"
        '<figure><img src="p.jpg" alt="Pier">'
        "<figcaption>The pier at dusk.</figcaption></figure>\n\n"
        '<div class="kg-card kg-signup-card"><h2>Sign up for Sam\'s newsletter</h2>'
        "<button>Subscribe</button></div>\n\n"
        '<div class="adventure"><p>The pier has <b>two</b> cafes.</p></div>\n'
    )
    assert texts(read_markdown(text, "post.md")) == ["The pier opened.", "The pier has two cafes."]


def test_a_toml_posts_shortcodes_are_not_read() -> None:
    text = (
        '+++\ntitle = "Pier"\nauthor = "Jane Doe"\n+++\n\n'
        '{{< figure src="/p.jpg" caption="The start" >}}\n\nThe pier opened.\n'
    )
    article = read_markdown(text, "post.md")
    assert (article.title, article.byline, texts(article)) == (
        "Pier",
        "Jane Doe",
        ["The pier opened."],
    )


def test_a_github_alerts_mark_is_not_read() -> None:
    text = "# Docs\n\nWe moved.\n\n> [!WARNING]\n> Old links redirect.\n"
    assert texts(read_markdown(text, "post.md")) == ["We moved.", "Old links redirect."]


def test_a_site_generators_tags_are_not_read() -> None:
    text = "# Pier\n\nThe pier opened.\n\n{% include toc.html %}\n\n{{< youtube abc >}}\n\nEnd.\n"
    assert texts(read_markdown(text, "post.md")) == ["The pier opened.", "End."]


def test_a_mediums_header_gives_the_byline_and_is_not_read() -> None:
    text = (
        "# Pier\n\n## A subtitle\n\n[![Jane Doe](https://example.com/a.jpg)](https://medium.com/@j)"
        "\n\n[Jane Doe](https://medium.com/@j)\n\nFollow\n\n5 min read \u00b7 Dec 5, 2026\n\n--\n\n"
        "Listen\n\nShare\n\nThe pier opened.\n"
    )
    article = read_markdown(text, "post.md")
    assert (article.byline, texts(article)) == ("Jane Doe", ["The pier opened."])
    assert [s.heading for s in article.sections] == ["A subtitle"]


@pytest.mark.parametrize("first", ["x", "Share", "Listen"])
def test_a_post_that_opens_with_one_such_word_reads_it(first: str) -> None:
    assert texts(read_markdown(f"# Pier\n\n{first}\n\nThe pier opened.\n", "post.md"))[0] == first


def test_a_note_apps_properties_are_not_read_and_name_the_author() -> None:
    text = (
        "# Porto\n\nCreated: December 5, 2026 9:00 AM\nAuthor: Jane Doe\nTags: travel\n\n"
        "Porto is cheap.\n"
    )
    article = read_markdown(text, "post.md")
    assert (article.byline, texts(article)) == ("Jane Doe", ["Porto is cheap."])


def test_lines_that_only_look_like_properties_are_read() -> None:
    text = "# Porto\n\nBreakfast: bread and coffee\nDinner: fish\n\nPorto is cheap.\n"
    assert texts(read_markdown(text, "post.md"))[0] == "Breakfast: bread and coffee Dinner: fish"


def test_a_platforms_buttons_are_not_read() -> None:
    text = (
        "# Bridges\n\n[Subscribe now](https://x.example/subscribe)\n\nBeam bridges are cheap.\n\n"
        "[Share](https://x.example/share)\n\nThey are easy to inspect.\n\n"
        "[Leave a comment](https://x.example/comments)\n\n[share](https://x.example/s)\n"
    )
    assert texts(read_markdown(text, "post.md")) == [
        "Beam bridges are cheap.",
        "They are easy to inspect.",
        "share",  # a word in small letters is no button's label
    ]


def test_a_link_in_the_posts_first_paragraph_is_read() -> None:
    text = "# Pier\n\n[The Hastings pier](https://example.com) opened in 1872.\n"
    assert texts(read_markdown(text, "post.md")) == ["The Hastings pier opened in 1872."]


def test_a_notes_marks_are_not_read_and_its_words_are() -> None:
    article = read_markdown(
        "---\ntitle: Walking to Santiago\n---\n\n"
        "We stayed in [[Albergues|pilgrim hostels]] and [[Porto#Food|ate well]].\n\n"
        "![[map.png]]\n\n> [!tip] Book ahead\n> The hostel fills by noon.\n\n"
        "The ==fish stews== were the best food. #camino #food\n\n%% add photos %%\n\n"
        "We loved the #MeToo mural. ^day-7\n\nA lead paragraph here.\n{: .lead}\n\n"
        "```\n#include <stdio.h>\n```\n"
    )
    assert texts(article)[:5] == [
        "We stayed in pilgrim hostels and ate well.",
        "Book ahead. The hostel fills by noon.",
        "The fish stews were the best food.",
        "We loved the MeToo mural.",
        "A lead paragraph here.",
    ]


def test_a_posts_reading_time_in_markdown_is_not_read() -> None:
    article = read_markdown(f"# Mit dem Nachtzug\n\nLesezeit: 4 Minuten\n\n{PARAGRAPH}\n")
    assert texts(article) == [PARAGRAPH]


def test_a_notes_table_of_contents_mark_is_not_read() -> None:
    assert texts(read_markdown(f"# Pier\n\n[TOC]\n\n{PARAGRAPH}\n")) == [PARAGRAPH]


def test_a_task_lists_boxes_and_a_pictures_credit_in_markdown_are_not_read() -> None:
    article = read_markdown(
        "# Pier\n\n![](https://example.com/pier.jpg)\n\n*Photo by Jane Roe on Unsplash*\n\n"
        f"{PARAGRAPH}\n\n- [x] Set up the newsletter\n- [ ] Ask the council\n"
    )
    assert texts(article) == [PARAGRAPH, "Set up the newsletter.", "Ask the council."]

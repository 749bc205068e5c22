"""The clutter pass takes out of trafilatura's extraction only the blocks that the page's clutter
holds: a block is not taken for clutter because the page writes its words in another order or
with more beside them than trafilatura reads."""

from __future__ import annotations

from narrator.models import NarrationConfig
from narrator.readers.html import read_html

OPENING = (
    "Natural cosmetics have grown from a niche into a shelf of their own in most chemists, and "
    "the labels that promise them have multiplied faster than the rules behind them."
)
BODY = [
    "Mineral oils such as paraffin are made from petroleum and leave a film on the skin that "
    "the certified brands avoid, although they are cheap and keep well on a warm shelf.",
    "Silicones smooth the hair and the skin for a while, but they are not broken down in water "
    "treatment and end up in rivers, which is why the seals forbid them outright.",
    "Synthetic fragrances are the last group: a single word on the label can stand for dozens "
    "of substances, and a shopper cannot tell which of them the bottle holds.",
]


def page(heading: str, extra: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        "<html><head><title>What natural cosmetics leave out</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/beauty'>Beauty</a></nav>"
        "<article><h1>What natural cosmetics leave out</h1>"
        f"<p>{OPENING}</p>{heading}{body}{extra}"
        "<div class='share-buttons'><p>Share this article with a friend by e-mail</p></div>"
        "</article><footer><p>About us · Contact · Imprint</p></footer></body></html>"
    )


def read(html: str) -> tuple[list[str | None], str]:
    article = read_html(html, "cosmetics.html")
    headings = [section.heading for section in article.sections]
    return headings, " ".join(block.text for block in article.body_blocks())


def test_a_heading_in_nested_inline_markup_is_kept() -> None:
    """Read out of order ("Which substances are in it? not") the heading was missing from the
    page without its clutter, and went as clutter."""
    heading = "<h3><strong>Which substances are <em>not</em></strong> in natural cosmetics?</h3>"
    headings, text = read(page(heading))
    assert "Which substances are not in natural cosmetics?" in headings
    assert "Share this article" not in text


def test_words_shown_with_their_reading_are_kept() -> None:
    """A Japanese word shown with its reading beside it (ruby): trafilatura reads the word
    alone, and the page's reading is no reason to take the paragraph for clutter."""
    words = [
        ("駅員", "えきいん", "ekiin"),
        ("警察", "けいさつ", "keisatsu"),
        ("呼ぶ", "よぶ", "yobu"),
    ]
    words += [("次", "つぎ", "tsugi"), ("防ぐ", "ふせぐ", "fusegu"), ("無視", "むし", "mushi")]
    shown = "; ".join(
        f"<ruby>{word}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby> {romaji}"
        for word, reading, romaji in words
    )
    vocabulary = f"<p>Useful words for the station: {shown}.</p>"
    _, text = read(page("", extra=vocabulary))
    assert "駅員 ekiin; 警察 keisatsu; 呼ぶ yobu" in text
    assert "Share this article" not in text


def test_a_heading_in_a_division_named_like_navigation_over_kept_text_is_kept() -> None:
    """The page put the heading of its steps in 'steps-nav'; the steps under it stay, so it
    does too. The newsletter's heading heads its sign-up line, which goes: it goes as well."""
    steps = (
        "<div class='steps-nav'><h2>Step by step</h2></div>"
        "<h3>Step one</h3><p>Mix the flour, the water and the salt into a smooth dough, and "
        "leave it under a cloth for half an hour while the filling is made.</p>"
        "<h3>Step two</h3><p>Roll the dough thin, cut it into rounds with a glass, fill each "
        "round with a spoonful and pinch the edges together firmly.</p>"
    )
    newsletter = (
        "<div class='newsletter'><h2>Our newsletter</h2>"
        "<p>Get new recipes in your inbox each week from our kitchen</p></div>"
    )
    headings, text = read(page("", extra=steps + newsletter))
    assert "Step by step" in headings
    assert "Step two" in headings
    assert "Our newsletter" not in headings
    assert "Get new recipes" not in text


def test_paragraphs_in_a_division_named_only_as_an_ad_are_kept() -> None:
    """A mail program's pasted letter keeps its class names ('adn ads'): paragraphs of prose
    are no ad's slot; a slot with a label, or a 'related' box, still goes."""
    letters = [
        "One reader wrote that her grandmother made her own face cream from lard and rosewater.",
        "Another said he has used the same bar of unscented soap for most of the last decade.",
    ]
    pasted = "<div class='adn ads'><div>" + "".join(f"<p>{t}</p>" for t in letters) + "</div></div>"
    slot = "<div class='ad-slot'><p>Advertisement: the new summer range is in store now</p></div>"
    _, text = read(page("", pasted + slot))
    assert all(letter in text for letter in letters)
    assert "summer range" not in text


def test_a_code_sample_s_highlighted_comment_is_kept() -> None:
    """A highlighter's 'token comment' span is a word of the sample, not a comment thread."""
    sample = (
        "<pre><code class='language-python'>from collections import namedtuple\n"
        "Point = namedtuple('Point', 'x y')\np = Point(0, 1) "
        "<span class='token comment'># we can read p.x and p.y</span>\n</code></pre>"
    )
    article = read_html(page("", sample), "c.html", NarrationConfig(code_mode="read"))
    text = " ".join(block.text for block in article.body_blocks())
    assert "Point = namedtuple('Point', 'x y')" in text
    assert "# we can read p.x and p.y" in text


def test_a_link_that_holds_a_card_of_another_page_is_dropped() -> None:
    """A blog's bookmark card (a link around a title and a summary of an older post) presents
    another page; a link inside a paragraph of the article is the article's."""
    card = (
        "<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' "
        "href='/mending-kit/'><div class='kg-bookmark-content'><div class='kg-bookmark-title'>"
        "What is in my kit</div><div class='kg-bookmark-description'>Needles, thread, a darning "
        "mushroom and a tin of patches: the small kit that keeps my clothes going.</div></div>"
        "</a></figure>"
    )
    linked = (
        "<p>The <a href='/rules'>rules on labels</a> were last changed in 2013, and the "
        "certified brands have asked for them to be changed again.</p>"
    )
    _, text = read(page("", card + linked))
    assert "darning mushroom" not in text
    assert "The rules on labels were last changed in 2013" in text

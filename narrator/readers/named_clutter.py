"""What a web page's markup names as clutter: navigation, ads, share and sign-up boxes,
comments and captions, told by an element's tag and by its class or id, and the cards that
link to other pages. Which of them are taken out of the page is `narrator.readers.clutter`'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["is_clutter", "is_clutter_name", "is_own_box"]

_CLUTTER_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "iframe", "figcaption"})
_CLUTTER_WORDS = frozenset(
    [
        "nav",
        "navigation",
        "navbar",
        "menu",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "sponsor",
        "sponsored",
        "affiliate",
        "promo",
        "cta",
        "share",
        "sharing",
        "social",
        "newsletter",
        "signup",
        "subscribe",
        "subscription",
        "paywall",
        "related",
        "recommended",
        "mostread",
        "popular",
        "trending",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "popup",
        "modal",
        "sidebar",
        "widget",
        "comment",
        "comments",
        "guestbook",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "caption",
        "banner",
        "ticker",
        "video",
        "player",
        "authorbox",
        "republish",
        "disclaimer",
        # The same names in the other languages of the web: Spanish, Portuguese, Italian,
        # French, German.
        "relacionados",
        "relacionadas",
        "correlati",
        "compartir",
        "partilhar",
        "compartilhar",
        "condividi",
        "partage",
        "boletin",
        "teilen",
        # A box offering a subscription: Portuguese, Spanish, French, Italian.
        "assinatura",
        "assinaturas",
        "suscripcion",
        "abonnement",
        "abbonamento",
        # A box asking for a gift: "donate-box", "donation-cta", German "spenden-box".
        "donate",
        "donation",
        "spenden",
    ]
)
_CLUTTER_ENDINGS = ("nav", "menu", "sidebar")
# A box on the writer under the story: "author-bio", "writer_bio", "contributor-bio" (a page's
# "bio" alone may be the article: an about page's).
_BIO_OWNERS = frozenset({"author", "writer", "contributor", "columnist"})
# A call to action is named so anywhere in a class name, after a theme's or a plug-in's prefix
# too: 'kg-cta-card' (Ghost), 'hs-cta-wrapper' (HubSpot). Not when spelt out: GOV.UK's
# 'call-to-action' holds a release's own words.
_CALL_TO_ACTION = "cta"
# An element named only as an ad, or as a video's box or a player, holds no paragraphs of prose
# (a label, a video's title: "Guarda il video" over "Il percorso della nuova linea in 3D"); one
# that does is no such slot (a video story's own text).
# A box named as a call to give is no such slot either when it holds the article's prose (a
# charity's story of a gift: "donation-story").
_AD_WORDS = frozenset(
    {"ad", "ads", "advert", "advertisement", "video", "player", "donate", "donation", "spenden"}
)
# An aside that holds the story's own summary or its verdict, named so: "key-points",
# "keytakeaways", "verdict-box", "tldr", "das-wichtigste", "l-essentiel", "puntos-clave".
_OWN_BOX_WORDS = (
    "keypoints", "keyfacts", "takeaways", "summary", "verdict", "tldr", "inshort", "wichtigste",
    "essentiel", "puntosclave", "resumen", "insintesi", "puntichiave", "resumo", "pontoschave",
)  # fmt: skip
# Portuguese 'assinatura' is a subscription and a signature: a box so named offers one, a
# paragraph so named is the piece's signing ("Diretoria do Esporte Clube Vale Verde").
_SIGNATURE = "assinatura"
_PROSE_PARAGRAPHS = 2
_PROSE_WORDS = 6
_CARD_BLOCKS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "header", "section"})
_CLASS_PARTS = re.compile(r"[-_]+")


def is_clutter(element: HtmlElement) -> bool:
    """Whether the page's markup names `element` as clutter: by its tag (navigation, an aside,
    a form), by its class or id ('ad-slot', 'share-buttons', 'comment-list'), or as a link
    that holds a card presenting another page."""
    if not isinstance(element.tag, str) or element.getparent() is None:
        return False
    if (element.tag in _CLUTTER_TAGS and not is_own_box(element)) or _is_link_card(element):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    named = [name for name in names if is_clutter_name(name)]
    if element.tag == "p" and named and all(_SIGNATURE in name for name in named):
        return False  # a paragraph named 'assinatura' signs the piece (a box so named sells)
    if named and all(_is_ad_name(name) for name in named):
        return not _holds_prose(element)
    return bool(named)


def is_own_box(element: HtmlElement) -> bool:
    """An aside the page names as the story's own summary or verdict ('key-points',
    'verdict-box', 'box-das-wichtigste'): the writer's words, read where it stands."""
    if element.tag != "aside":
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    collapsed = [_CLASS_PARTS.sub("", name) for name in names]
    own = any(word in name for name in collapsed for word in _OWN_BOX_WORDS)
    return own and not any(is_clutter_name(name) for name in names)


def _is_link_card(element: HtmlElement) -> bool:
    """A link that holds blocks (a title, a summary) is a card that presents another page: a
    blog's bookmark of an older post, a teaser of another story."""
    if element.tag != "a" or (element.get("href") or "#").startswith("#"):
        return False
    inner = (child.tag for child in element.iterdescendants())
    return any(isinstance(tag, str) and tag in _CARD_BLOCKS for tag in inner)


def _is_ad_name(name: str) -> bool:
    parts = [part for part in _CLASS_PARTS.split(name) if part]
    return bool(parts) and (parts[0] in _AD_WORDS or parts[-1] in _AD_WORDS)


def _holds_prose(element: HtmlElement) -> bool:
    """Whether an element holds paragraphs of text: an ad's slot holds a label and a script's
    frame, where a division that a mail program pasted in with its own class names ("adn
    ads": the jokes a reader sent in) holds the article's own paragraphs."""
    paragraphs = [p for p in element.iter("p") if len(p.text_content().split()) >= _PROSE_WORDS]
    return len(paragraphs) >= _PROSE_PARAGRAPHS


def is_clutter_name(name: str) -> bool:
    """'ad-slot', 'newsletter-signup', 'pinterest-cta', 'leftnav': the first or last part of a
    class or id names clutter, or any part a call to action ('kg-cta-card'); 'has-share-buttons'
    and 'no-ads' do not count."""
    parts = [part for part in _CLASS_PARTS.split(name) if part]
    if not parts:
        return False
    return (
        parts[0] in _CLUTTER_WORDS
        or parts[-1] in _CLUTTER_WORDS
        or name.endswith(_CLUTTER_ENDINGS)
        or _CALL_TO_ACTION in parts
        or (parts[-1] in ("bio", "bios") and parts[0] in _BIO_OWNERS)
    )

"""The lead of a web article: the sentence or two in bold or large type between the title and the
body ("standfirst", "teaser", "excerpt", "intro"), which trafilatura often takes for a caption
or a teaser of another story and drops, though it opens the article. It is known by its class
name, or, whatever its markup, by being the summary the page gives of itself in its metadata
(its description), shown under the title, or by being a sentence set as a heading right under
the title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.boilerplate import is_promotion
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["restore_lead"]

_LEAD_WORDS = frozenset(
    {
        "lead",
        "lede",
        "standfirst",
        "intro",
        "excerpt",
        "teaser",
        "summary",
        "description",
        "dek",
        "deck",
        "subtitle",
        "subheadline",
        "abstract",
        # In the other languages narrator reads: French "chapô", Spanish "sapo" and
        # "entradilla", Italian "sommario", German "Vorspann"; British "strapline".
        "chapo",
        "chapeau",
        "sapo",
        "entradilla",
        "sommario",
        "vorspann",
        "strapline",
    }
)
_NAME_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_MIN_LEAD_WORDS = 8
_SUBTITLE_TAGS = frozenset({"h2", "h3"})
_MAX_LEAD_WORDS = 120
_OPENING_WORDS = 8
# More than two such blocks before the body are teasers of other stories, not one lead.
_MAX_CANDIDATES = 2
_MAX_KNOWN_SHARE = 0.5
_WORD = re.compile(r"\w+")
_DESCRIPTION_XPATH = (
    "//meta[@name='description' or @property='og:description' or @name='twitter:description']"
    "/@content"
)
_MIN_CUT_CHARS = 40
_SHOWN_CHARS = 20


def restore_lead(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Put back at the top of `main` the lead that the page shows between its h1 and the first
    paragraph of `main`, when the extraction lost it."""
    first = next((clean("".join(p.itertext())) for p in main.iter("p") if _is_sentence(p)), "")
    body = page.find("body") if page is not None else None
    if not first or body is None:
        return
    lead = _lead_before(body, " ".join(first.split()[:_OPENING_WORDS]), _descriptions(page))
    if lead and not _mostly_known(lead, _text(main)):
        paragraph = ElementTree.Element("p")
        paragraph.text = lead
        if not is_promotion(paragraph):  # a lede image's caption and credit is no lead
            main.insert(_after_title(main), paragraph)


def _lead_before(body: HtmlElement, opening: str, descriptions: list[str]) -> str | None:
    """The text of the one lead block between the page's h1 and the paragraph that starts with
    `opening`, known by its class name, else the block there that shows one of the page's
    `descriptions`; None when there is no such block, or several named as leads."""
    title: HtmlElement | None = None
    candidates: list[str] = []
    described: str | None = None
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "h1":
            title, candidates, described = element, [], None
            continue
        if element.tag == "p" and clean(element.text_content()).startswith(opening):
            break
        if title is None:
            continue
        # A block shows a description when its first words do: only then is its text read.
        own = clean(element.text or "")[:_SHOWN_CHARS]
        shows = bool(own) and any(summary.startswith(own) for summary in descriptions)
        named = _names_a_lead(element) or _is_subtitle(element, title)
        if not (shows or named):
            continue
        text = clean(element.text_content())
        if not _MIN_LEAD_WORDS <= len(text.split()) <= _MAX_LEAD_WORDS:
            continue
        if named and text not in candidates:
            candidates.append(text)
        if described is None and any(_shows(text, summary) for summary in descriptions):
            described = text
    else:
        return None
    return candidates[0] if 0 < len(candidates) <= _MAX_CANDIDATES else described


def _is_subtitle(element: HtmlElement, title: HtmlElement) -> bool:
    """Whether `element` is a sentence set as a heading right under the title (a newsletter
    platform's subtitle, an h2 with no name: "A fare is mostly fuel, crew and a boat.")."""
    return (
        element.tag in _SUBTITLE_TAGS
        and element.getprevious() is title
        and clean(element.text_content()).endswith(".")
    )


def _descriptions(page: HtmlElement | None) -> list[str]:
    """The summaries a page gives of itself in its metadata (description, Open Graph, Twitter)."""
    if page is None:
        return []
    return [clean(text) for text in page.xpath(_DESCRIPTION_XPATH) if isinstance(text, str)]


def _shows(text: str, summary: str) -> bool:
    """Whether a block's `text` is the page's `summary`, or its start cut with an ellipsis."""
    cut = summary.removesuffix("...").removesuffix("\u2026").rstrip()
    return text == summary or (
        cut != summary and len(cut) > _MIN_CUT_CHARS and text.startswith(cut)
    )


def _names_a_lead(element: HtmlElement) -> bool:
    """'article-single__excerpt', 'teaser-text', 'documentDescription', 'c-page-intro__copy'; a
    name given for tests or scripts (data-qa="subheadline", Arc's pages)."""
    names = " ".join(element.get(key) or "" for key in ("class", "id", "data-qa", "data-testid"))
    return any(part.lower() in _LEAD_WORDS for part in _NAME_PARTS.split(names) if part)


def _is_sentence(paragraph: ElementTree.Element) -> bool:
    return len(_text(paragraph).split()) >= _OPENING_WORDS


def _text(element: ElementTree.Element) -> str:
    return clean(" ".join(element.itertext()))


def _mostly_known(lead: str, text: str) -> bool:
    """Whether half the lead's runs of three words are already in the extracted text
    (trafilatura kept it, or the body repeats it)."""
    lead_trigrams = _trigrams(lead)
    return len(lead_trigrams & _trigrams(text)) > _MAX_KNOWN_SHARE * len(lead_trigrams)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _after_title(main: ElementTree.Element) -> int:
    """The index of the first block after the headings that open `main` (the title)."""
    index = 0
    while index < len(main) and main[index].tag == "head":
        index += 1
    return index

"""The lead of a web article: the sentence or two in bold or large type between the title and the
body ("standfirst", "teaser", "excerpt", "intro"), which trafilatura often takes for a caption
or a teaser of another story and drops, though it opens the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

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
    }
)
_NAME_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_MIN_LEAD_WORDS = 8
_MAX_LEAD_WORDS = 120
_OPENING_WORDS = 8
# More than two such blocks before the body are teasers of other stories, not one lead.
_MAX_CANDIDATES = 2
_MAX_KNOWN_SHARE = 0.5
_WORD = re.compile(r"\w+")


def restore_lead(main: ElementTree.Element, page: HtmlElement | None) -> None:
    """Put back at the top of `main` the lead that the page shows between its h1 and the first
    paragraph of `main`, when the extraction lost it."""
    first = next((clean("".join(p.itertext())) for p in main.iter("p") if _is_sentence(p)), "")
    body = page.find("body") if page is not None else None
    if not first or body is None:
        return
    lead = _lead_before(body, " ".join(first.split()[:_OPENING_WORDS]))
    if lead and not _mostly_known(lead, _text(main)):
        paragraph = ElementTree.Element("p")
        paragraph.text = lead
        main.insert(_after_title(main), paragraph)


def _lead_before(body: HtmlElement, opening: str) -> str | None:
    """The text of the one lead block between the page's h1 and the paragraph that starts with
    `opening`; None when there is no such block, or several."""
    seen_title = False
    candidates: list[str] = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "h1":
            seen_title, candidates = True, []
            continue
        if element.tag == "p" and clean(element.text_content()).startswith(opening):
            break
        if seen_title and _names_a_lead(element):
            text = clean(element.text_content())
            if _MIN_LEAD_WORDS <= len(text.split()) <= _MAX_LEAD_WORDS and text not in candidates:
                candidates.append(text)
    else:
        return None
    return candidates[0] if 0 < len(candidates) <= _MAX_CANDIDATES else None


def _names_a_lead(element: HtmlElement) -> bool:
    """'article-single__excerpt', 'teaser-text', 'documentDescription', 'c-page-intro__copy'."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
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

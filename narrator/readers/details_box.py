"""A record's details that a page sets between its title and its first paragraph as a list of
terms and values ("Court: Court of Appeal", "Neutral citation: [2026] EWCA Civ 1487", "Date of
judgment: 4 December 2026"; GOV.UK's "From:" and "Published"): the page's index card, not the
story; a listener hears the story, which says what matters of them."""

from __future__ import annotations

from xml.etree import ElementTree

from narrator.readers.structure import clean
from narrator.readers.tables import element_text

__all__ = ["drop_details_under_title"]

_MAX_TERM_WORDS = 4
_MAX_VALUE_WORDS = 12
_MIN_PROSE_WORDS = 12
_LEAD_BLOCKS = 3


def drop_details_under_title(main: ElementTree.Element) -> None:
    """Remove a list of terms and values (a "dl") that comes before the body's first paragraph
    of prose, or its first heading over one, when each term and value is short; and the same
    words run together in a paragraph over it (the extraction's copy of the list)."""
    children = list(main)
    for index, child in enumerate(children[:_LEAD_BLOCKS]):
        if child.tag == "list" and child.get("rend") == "dl":
            later = children[index + 1 : index + 3]
            if _is_details(child) and later and _opens_body(later):
                copy = children[index - 1] if index else None
                if copy is not None and copy.tag == "p" and _words(copy) == _words(child):
                    main.remove(copy)
                main.remove(child)
            return
        if child.tag != "head" and not _is_copy_of_next(children, index):
            return


def _opens_body(later: list[ElementTree.Element]) -> bool:
    """Prose, or a heading over prose ("Announcement" over the notice's first paragraph)."""
    headed = later[0].tag == "head" and len(later) > 1 and _is_prose(later[1])
    return _is_prose(later[0]) or headed


def _is_copy_of_next(children: list[ElementTree.Element], index: int) -> bool:
    """A paragraph of the next element's words run together: "Date:December 04, 2026Type:…"."""
    after = children[index + 1] if index + 1 < len(children) else None
    return (
        children[index].tag == "p"
        and after is not None
        and _words(children[index]) == _words(after)
    )


def _words(element: ElementTree.Element) -> str:
    return "".join("".join(element.itertext()).split())


def _is_details(listing: ElementTree.Element) -> bool:
    items = [(item.get("rend") or "", clean(element_text(item))) for item in listing]
    terms = [text for rend, text in items if rend.startswith("dt")]
    values = [text for rend, text in items if rend.startswith("dd")]
    return (
        bool(terms)
        and len(terms) == len(values)
        and all(0 < len(term.split()) <= _MAX_TERM_WORDS for term in terms)
        and all(len(value.split()) <= _MAX_VALUE_WORDS for value in values)
    )


def _is_prose(element: ElementTree.Element) -> bool:
    text = clean(element_text(element))
    return element.tag == "p" and len(text.split()) >= _MIN_PROSE_WORDS

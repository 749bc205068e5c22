"""A post's closing list of works cited, and a blog's stamp with its writer (issue 15)."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from narrator.readers.structure import metadata_parts

_TITLE = "Why do starlings flock in murmurations?"
_LEAD = "Every winter evening, tens of thousands of starlings gather over reed beds at dusk."
_MORE = "Physicists who filmed these flocks found each bird follows its seven nearest neighbours."


def _page_closing(closing: str) -> list[str]:
    html = (
        f"<html><head><title>{_TITLE}</title></head><body><main><article><h1>{_TITLE}</h1>"
        f"<p>{_LEAD}</p><p>{_MORE}</p><p>{_LEAD.replace('winter', 'autumn')}</p>{closing}"
        "</article></main></body></html>"
    )
    article = read_html(html, "page.html")
    return [t for s in article.sections for t in [s.heading or "", *(b.text for b in s.blocks)]]


@pytest.mark.parametrize(
    ("closing", "read"),
    [
        (
            "<h2>References</h2><ol><li>Ballerini, M. et al. (2008). Interaction ruling animal"
            " collective behavior. PNAS 105(4): 1232-1237.</li><li>Goodenough, A. E. et al."
            " (2017). Birds of a feather flock together. PeerJ 5: e3144.</li></ol>",
            False,
        ),
        (
            "<h2>Bibliografía</h2><ul><li>Ballerini, M. (2008). Interaction ruling animal"
            " collective behavior.</li><li>Goodenough, A. E. (2017). Birds of a feather.</li></ul>",
            False,
        ),
        (  # a paragraph that tells of the sources is the author's own words
            "<h2>Sources</h2><p>Ballerini and his colleagues filmed the flocks over Rome for three"
            " winters, and their paper is free to read online.</p>",
            True,
        ),
    ],
)
def test_a_closing_list_of_works_cited(closing: str, read: bool) -> None:
    assert any("Ballerini" in text for text in _page_closing(closing)) is read


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Posted on November 30, 2026 by Dr. Helen Marsh · 6 min read",
            ("Dr. Helen Marsh", "November 30, 2026"),
        ),
        ("Published 5 December 2026 by Ann Lee", ("Ann Lee", "5 December 2026")),
        # no date in it: no writer is taken from it
        ("Posted on the noticeboard by the parish council", (None, None)),
    ],
)
def test_a_blogs_stamp_with_its_writer(line: str, parts: tuple[str | None, str | None]) -> None:
    assert metadata_parts(line) == parts

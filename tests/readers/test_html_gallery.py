"""A photo gallery's captions are its story: read in place, without their credits; a page's
odd captioned photo, or captions that are labels, are not."""

from __future__ import annotations

import pytest
from conftest import HARBOUR_STORY

from narrator.readers.html import read_html

CAPTIONS = [
    "The old quay in 1950, before the fish market was pulled down.",
    "The first ferry to the island, the Mary Ellen, leaving on a calm morning in 1962.",
    "Children on the harbour wall watching the regatta in the summer of 1978.",
    "The new marina on its opening day last spring, with every berth already taken.",
]


def _figure(caption: str) -> str:
    return (
        f"<figure><img src='x.jpg' alt=''><figcaption><span class='caption'>{caption}</span>"
        "<span class='credit'>Photograph: Harbour archive</span></figcaption></figure>"
    )


def _read(captions: list[str]) -> list[str]:
    gallery = "".join(_figure(caption) for caption in captions)
    html = (
        "<html><head><title>In pictures: the harbour</title></head><body><article>"
        f"<h1>In pictures: the harbour</h1><p>{HARBOUR_STORY[0]}</p>"
        f"<div class='gallery'>{gallery}</div><p>{HARBOUR_STORY[1]}</p></article></body></html>"
    )
    return [block.text for block in read_html(html, "p.html").body_blocks()]


def test_a_gallerys_captions_are_read_in_place_without_their_credits() -> None:
    blocks = _read(CAPTIONS)
    assert blocks == [HARBOUR_STORY[0], *CAPTIONS, HARBOUR_STORY[1]]


@pytest.mark.parametrize(
    "captions",
    [
        CAPTIONS[:2],  # two photos: a page's pictures, whose captions repeat the story
        ["The old quay", "The first ferry", "The regatta"],  # labels, not sentences
    ],
)
def test_captions_that_are_not_a_gallery_are_not_read(captions: list[str]) -> None:
    assert _read(captions) == [HARBOUR_STORY[0], HARBOUR_STORY[1]]

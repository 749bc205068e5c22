"""A page's box of a heading, a short pitch and a call's button (narrator.readers.call_boxes),
and boxes of the same tags that are the story's."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from narrator.readers.call_boxes import is_call_box


def box(markup: str) -> lxml_html.HtmlElement:
    element: lxml_html.HtmlElement = lxml_html.fragment_fromstring(markup)
    return element


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="step-box"><h3>Enroll in STEP</h3><p>Enroll in the Smart Traveler Enrollment'
        " Program to receive alerts from the embassy.</p><a>Enroll now</a></div>",
        '<div class="x"><h3>Gostas do Verde Escuro?</h3><p>O podcast é independente. Torna-te'
        " apoiante a partir de 3 euros por mês.</p><a>Apoiar no Patreon</a></div>",
        "<section><h2>Support local news</h2><p>We rely on readers like you.</p>"
        "<button>Donate today</button></section>",
    ],
)
def test_a_box_asking_the_reader_to_act_goes(markup: str) -> None:
    assert is_call_box(box(markup))


@pytest.mark.parametrize(
    "markup",
    [
        # a story's part: its heading over its paragraphs, a link to its source
        "<div><h2>The decision</h2><p>The judges upheld the ruling.</p><p>The city will pay."
        "</p><p>It may appeal.</p><a>Read the ruling</a></div>",
        # a link that names no call
        "<div><h3>Opening hours</h3><p>Monday to Friday, 9am to 5pm.</p><a>Find us</a></div>",
        # no heading over it
        "<div><p>Join us at the town hall on Friday.</p><p>All welcome.</p><a>Join</a></div>",
        # a long pitch is a part of the story
        "<div><h3>How to help</h3><p>" + "word " * 60 + "</p><a>Donate now</a></div>",
    ],
)
def test_the_story_s_box_stays(markup: str) -> None:
    assert not is_call_box(box(markup))

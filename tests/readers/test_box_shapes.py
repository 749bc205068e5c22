"""Blocks that are a site's own by their shape (narrator.readers.box_shapes), and the story's
blocks of the same look that are kept."""

from __future__ import annotations

import pytest

from narrator.readers.box_shapes import (
    is_follow_call,
    is_site_box,
    without_closing_links,
    without_outlet_signature,
)
from narrator.readers.outlet_lines import is_outlet_line
from narrator.readers.plaintext import read_plaintext


@pytest.mark.parametrize(
    "block",
    [
        [
            "A firefighter walks along a ridge above Ojai on Friday.",
            "(Jane Roe / Los Angeles Times)",
        ],
        [
            "Open this photo in gallery:",
            "Cranes over Toronto on Thursday.",
            "Jane Roe/The Globe and Mail",
        ],
        ["Newsletter", "Receba no seu email as notícias do dia.", "Subscrever"],
        ["Der Morgen-Newsletter", "Alles Wichtige vor dem Frühstück.", "Jetzt abonnieren"],
        ["Reposts", "Quotes", "Likes", "Bookmarks"],
        ["1 / 4", "Lanterns float above the harbour.", "Photo: Jane Roe / Reuters"],
        ["Поделиться:", "ВКонтакте", "Telegram", "Одноклассники"],
        ["Share this obituary"],
        ["Partilhe este artigo"],
    ],
)
def test_a_sites_box_by_its_shape(block: list[str]) -> None:
    assert is_site_box(block)


@pytest.mark.parametrize(
    "block",
    [
        ["Christoph Poehlmann", "Stellvertretender Geschäftsführer / Koordinator Leistungssport"],
        ["The council met on Friday.", "It voted to close the library on Sundays."],
        ["Likes", "Comments"],  # two words alone: too few for a row of buttons
        ["Share prices fell"],  # a heading of the story: no call to share the page
        ["1 / 4", "Lanterns float above the harbour."],  # a counter over a caption, no credit
        ["Our partners", "Facebook", "the city's libraries"],
    ],
)
def test_a_storys_block_of_the_same_look_is_kept(block: list[str]) -> None:
    assert not is_site_box(block)


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Siga-nos no WhatsApp, no Instagram e no LinkedIn.", True),
        ("Folgen Sie uns auf Facebook und Instagram", True),
        ("The company posted the video on Instagram and TikTok.", False),
        ("INSTAGRAM | TWITTER | FACEBOOK", False),  # a menu's row: the page's own rules
        ("- LinkedIn linkedin.com/in/jane", False),
        ("g = (x for x in data)", False),
    ],
)
def test_a_call_to_follow_the_site(line: str, call: bool) -> None:
    assert is_follow_call(line) is call


def test_a_closing_box_of_links_to_other_stories() -> None:
    groups = [
        ["Officials said no homes had been lost."],
        ["More to Read"],
        ["Evacuation orders lifted as Ventura County fire slows"],
        ["How to prepare your home for wildfire season"],
    ]
    assert without_closing_links(groups) == groups[:1]


def test_a_closing_row_of_buttons() -> None:
    groups = [
        ["Builders welcomed the change."],
        ["Report an editorial error"],
        ["Report a technical issue"],
    ]
    assert without_closing_links(groups) == groups[:1]


@pytest.mark.parametrize(
    "tail",
    [
        [["Ansprechpartner"], ["Christoph Poehlmann"], ["Telefon: 089 628179 36 Mobil"]],
        [["Further reading"], ["The history of the town hall and its clock."]],
        [["Sources"], ["A survey of wooden boats"]],  # one line: no box of links
    ],
)
def test_a_closing_paragraph_is_kept(tail: list[list[str]]) -> None:
    groups = [["The boat floated again by spring."], *tail]
    assert without_closing_links(groups) == groups


def test_a_name_alone_under_the_title_signed_by_the_closing_note_is_the_byline() -> None:
    text = (
        "Opinión: Las ciudades necesitan más árboles\n\nLucía Fernández\n\n"
        "Cada verano, nuestras ciudades se convierten en hornos.\n\n"
        "Lucía Fernández es profesora de urbanismo en la Universidad de Sevilla.\n"
    )
    assert read_plaintext(text, "-", None).byline == "Lucía Fernández"


def test_a_name_alone_under_the_title_with_no_note_naming_it_is_read() -> None:
    text = (
        "Opinión: Las ciudades necesitan más árboles\n\nLucía Fernández\n\n"
        "Cada verano, nuestras ciudades se convierten en hornos.\n\n"
        "Es hora de cambiar las prioridades.\n"
    )
    article = read_plaintext(text, "-", None)
    assert article.byline is None
    assert "Lucía Fernández" in [b.text for b in article.body_blocks()]


@pytest.mark.parametrize(
    ("line", "sites"),
    [
        ("Partilhe este artigo", True),
        ("Share this page", True),
        ("Über dieses Thema berichtete NDR Info am 05. Dezember 2026 um 14:00 Uhr.", True),
        ("Über dieses Thema berichtete die Zeitung bereits im Mai ausführlich.", False),
        ("Share prices fell sharply", False),
        ("This interview has been edited for length and clarity.", False),  # read
        ("Conforme a los criterios de The Trust Project", True),
        ("Powered by beehiiv", True),
        ("The interview has been edited into a film.", False),
    ],
)
def test_a_pages_own_line(line: str, sites: bool) -> None:
    assert is_outlet_line(line) is sites


STORY = [["Банк России сохранил ставку."], ["Аналитики ожидали такого решения."]]


@pytest.mark.parametrize(
    ("last", "signed"),
    [
        (["«Интерфакс»"], True),
        (["“The Gazette”"], True),
        (["Benni"], False),  # a blog's signature
        (["Shares"], False),  # a button
        (["«Интерфакс» said so on Friday."], False),
    ],
)
def test_an_outlets_name_in_quotation_marks_closing_the_story(
    last: list[str], signed: bool
) -> None:
    groups = [*STORY, last]
    assert without_outlet_signature(groups) == (STORY if signed else groups)

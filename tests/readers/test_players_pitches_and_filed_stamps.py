"""A player's lines in the block of the story's first paragraph, a blog's stamp with the
categories it is filed in, a "Written by" byline under the title, a caption's credit of an
owner and a photographer, a donation box's pitch over its call, a business story's share-price
box, a section's "more from" lead in the other languages and a page's dated label (the rules a
fifth fresh batch showed: an earnings story, an NGO's field report, a German police brief, an
Italian city's release): each with lines where it must not apply, none of them the batch's."""

from __future__ import annotations

import pytest

from narrator.readers.outlet_lines import is_outlet_lead
from narrator.readers.plaintext import read_plaintext
from narrator.readers.service_lines import is_service_line
from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_clutter_line
from narrator.readers.way_lines import is_way_lead, without_pitch
from tests.readers.shapes import HARBOUR_LEAD as _LEAD
from tests.readers.shapes import HARBOUR_MORE as _MORE
from tests.readers.shapes import HARBOUR_TITLE as _TITLE
from tests.readers.shapes import body_texts as _texts


@pytest.mark.parametrize(
    "player",
    [
        "Listen to this story\n6 min\n",
        "Listen to this article\nEnjoy more audio and podcasts on iOS or Android.\n",
    ],
)
def test_a_story_under_a_players_lines_in_its_block_is_read(player: str) -> None:
    texts = _texts(f"{_TITLE}\n\n{player}{_LEAD}\n\n{_MORE}\n")
    assert texts == [_LEAD, _MORE]


def test_a_players_box_alone_goes_whole() -> None:
    texts = _texts(f"{_TITLE}\n\n{_LEAD}\n\nListen to this story\n6 min\nShare\n\n{_MORE}\n")
    assert texts == [_LEAD, _MORE]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Posted on 4 March 2026 in Community, Events", True),
        ("Published December 5, 2026 under Announcements", True),
        ("Data: 07 dicembre 2026", True),
        ("Datum: 07.12.2026", True),
        ("Posted in Community, Events", False),  # no date
        ("Published in 2024 in Nature, the study found", False),
        ("Data show a rise of 12 percent in 2026", False),
    ],
)
def test_a_stamp_with_its_categories_or_label(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_written_by_under_the_title_is_the_byline() -> None:
    article = read_plaintext(f"{_TITLE}\nWritten by Ann Lee, press officer\n{_LEAD}\n\n{_MORE}\n")
    assert article.byline == "Ann Lee, press officer"
    assert [block.text for block in article.body_blocks()] == [_LEAD, _MORE]


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Volunteers at the new pump. \u00a9 RiverAid/Joseph Banda", True),
        ("Photo: The old jetty at dawn. \u00a9 Harbour Trust/Amy Cole", True),
        ("The fund is run by \u00a9 owners and/or their heirs.", False),
        ("Prices rose 4% in and/or around the harbour towns.", False),
    ],
)
def test_a_captions_credit_of_an_owner_and_a_photographer(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["Keep the lifeboats running", "\u00a310 pays for a crew's fuel for an hour."], []),
        ([_LEAD, "Help us do more"], [_LEAD]),  # the story's paragraph stays
        ([_LEAD], [_LEAD]),
    ],
)
def test_a_donation_boxs_pitch_over_its_call_goes(lines: list[str], kept: list[str]) -> None:
    assert without_pitch(lines) == kept


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Market data", True),
        ("Stock quotes", True),
        ("Market data from the ONS showed a fall in prices.", False),
    ],
)
def test_a_share_price_box_is_led_by_its_label(line: str, lead: bool) -> None:
    assert is_outlet_lead(line) is lead


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Mehr aus Blaulicht", True),
        ("Mehr zu Kultur", True),
        ("Altre notizie da Cronaca", True),
        ("Más noticias de Deportes", True),
        ("Mehr aus der Region kommt im Frühjahr.", False),
        ("Mehr aus eigener Kraft", False),  # no section's name
    ],
)
def test_a_sections_more_lead_in_the_other_languages(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


_COLUMN = "Ask Sam: My neighbour keeps parking across my drive"
_REPLY = "Talk to your neighbour first. Most people will move a car when asked politely."


@pytest.mark.parametrize(
    ("title", "tail", "kept"),
    [
        (_COLUMN, "More Ask Sam\nMy boss copies me into every email", [_REPLY]),
        (_COLUMN, "More from Ask Sam\nMy boss copies me into every email", [_REPLY]),
        # no column's name in the title: "More …" may be a headline of the story's own
        ("My neighbour keeps parking across my drive", "More Ask Sam\nMy boss copies me", None),
        # prose after the lead: the story goes on
        (_COLUMN, "More Ask Sam\nThat is what I told him, and he moved the car.", None),
    ],
)
def test_a_columns_lead_to_its_other_pieces_goes(
    title: str, tail: str, kept: list[str] | None
) -> None:
    texts = _texts(f"{title}\n\n{_REPLY}\n\n{tail}\n")
    if kept is not None:
        assert texts == kept
    else:
        assert texts[0] == _REPLY
        assert texts[-1].endswith(tail.split("\n")[-1])  # kept: a headline, or the story


_BULLETIN = "Il pericolo di valanghe è moderato sopra i 1.800 metri, in calo rispetto a ieri."


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        ("Provincia di Nordvalle \u2013 Servizio meteo\nEmesso il 05/03/2026 alle 13:00", []),
        (
            "Met Service \u2013 Alpine Desk\nIssued on 05/03/2026 at 13:00, valid until 06/03/2026",
            [],
        ),
        # a sentence over the stamp is the bulletin's own
        (
            "La neve è caduta fino a 900 metri.\nEmesso il 05/03/2026 alle 13:00",
            ["La neve è caduta fino a 900 metri."],
        ),
    ],
)
def test_a_bulletins_issuer_over_its_issue_stamp_goes(head: str, kept: list[str]) -> None:
    texts = _texts(f"Bollettino neve: pericolo moderato in calo\n\n{head}\n\n{_BULLETIN}\n")
    assert texts == [*kept, _BULLETIN]


@pytest.mark.parametrize(
    ("line", "service"),
    [
        ("Torna all'elenco delle notizie", True),
        ("Retour à la liste des communiqués", True),
        ("Iscriviti al servizio SMS", True),
        ("Sign up for text alerts", True),
        ("Iscriviti al servizio civile universale entro il 20 marzo.", False),
        ("Torna all'elenco dei candidati la lista civica, dopo il ricorso vinto al Tar.", False),
    ],
)
def test_a_bulletins_closing_tools_in_the_other_languages(line: str, service: bool) -> None:
    assert is_service_line(line) is service

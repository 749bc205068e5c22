"""A writer's name alone in capitals under the title, a stamp of a relative day or beside its
place, a transcript's time codes over its speakers, a closing line of a post's tags or
categories, and a site's calls to sign up, send tips or use a recipe page's buttons."""

from __future__ import annotations

import pytest

from narrator.readers.apps import without_time_codes
from narrator.readers.capital_names import capitals_byline
from narrator.readers.frame_shapes import is_frame_line, is_tags_line
from narrator.readers.markdown import read_markdown
from narrator.readers.stamps import is_stamp

OPENING = (
    "Un incêndio destruiu na madrugada deste domingo um armazém de cortiça na zona industrial."
)


@pytest.mark.parametrize(
    ("line", "under", "names"),
    [
        ("JOSÉ MIGUEL GASPAR", "Hoje às 10:32", "José Miguel Gaspar"),
        ("MARIA BIANCHI", OPENING, "Maria Bianchi"),
        ("JEAN-PIERRE DUPONT", "Publié le 07/12/2026 à 9h15", "Jean-Pierre Dupont"),
        ("ANA DE SOUSA", OPENING, "Ana de Sousa"),
    ],
)
def test_a_name_in_capitals_over_the_stamp_or_story_is_the_byline(
    line: str, under: str, names: str
) -> None:
    assert capitals_byline(line, ["", under]) == names


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("ZEIT ONLINE", ["", "Aktualisiert am 5. Dezember 2026, 14:32"]),
        ("WATCH LIVE", ["", OPENING]),
        ("LEGGI ANCHE", ["", OPENING]),
        ("THE ROCK", ["", OPENING]),
        ("MARIA BIANCHI", ["Torino, il centro storico", OPENING]),  # a block of its own only
        ("MARIA BIANCHI", ["", "Torino, il centro storico perde i suoi negozi"]),
        ("Maria Bianchi", ["", OPENING]),
    ],
)
def test_a_label_or_a_paper_in_capitals_is_no_byline(line: str, rest: list[str]) -> None:
    assert capitals_byline(line, rest) is None


@pytest.mark.parametrize(
    "line",
    [
        "Hoje às 10:32",
        "Today at 10:32",
        "Oggi alle 10:32",
        "Ciudad de México / 07.12.2026 09:14:00",
        "Publié le 07/12/2026 à 9h15.",
        "Mis à jour à 11h02.",
    ],
)
def test_stamps_of_a_relative_day_beside_a_place_or_closed_by_a_stop(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("line", ["1 / 4", "Today 3 people died.", "Photo 1 / 3"])
def test_counters_and_sentences_are_no_stamps(line: str) -> None:
    assert not is_stamp(line)


def test_a_transcripts_time_codes_over_its_speakers_go_the_names_as_cues() -> None:
    lines = ["0:00", "Maya Chen", "Welcome back.", "", "0:04", "Luis Ortega", "Thanks."]
    assert without_time_codes(lines) == [
        "Maya Chen:",
        "Welcome back.",
        "",
        "Luis Ortega:",
        "Thanks.",
    ]


def test_a_live_pages_times_over_its_headlines_stay() -> None:
    lines = ["12:45", "Talks End", "The talks ended.", "", "13:10", "Strike Called", "A strike."]
    assert without_time_codes(lines) == lines


@pytest.mark.parametrize(
    "line", ["Categories: DIY, House", "Tags: walls, stone, garden", "Kategorien: Garten, Haus"]
)
def test_a_line_of_tags_or_categories(line: str) -> None:
    assert is_tags_line(line)


def test_a_markdown_posts_closing_categories_line_is_not_read() -> None:
    article = read_markdown(
        "# Fixing a window\n\nThe window now opens with one finger.\n\nCategories: DIY, House\n"
    )
    assert [b.text for b in article.body_blocks()] == ["The window now opens with one finger."]


def test_a_closing_sentence_about_categories_is_read() -> None:
    text = "# Sorting\n\nWe sorted it all.\n\nCategories: we had none, so we made some.\n"
    assert len(list(read_markdown(text).body_blocks())) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for Semafor Principals: What the White House is reading. Read it now.",
        "Do you have information about the county jail? Email jane.roe@example.org.",
        "We're trying something new. Was it helpful?",
        "Jump to Recipe",
        "Print Recipe",
        "Rate & Review",
    ],
)
def test_a_sites_calls_to_sign_up_send_tips_or_use_its_buttons(line: str) -> None:
    assert is_frame_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for the vaccine at the clinic: officials urged people to hurry.",
        "Was it helpful? Not really, he said.",
        "Do you have a car? Most people in the village do not.",
        "Jump to the end of the queue, he was told.",
    ],
)
def test_the_stories_own_sentences_stay(line: str) -> None:
    assert not is_frame_line(line)

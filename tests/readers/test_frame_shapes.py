"""Lines of a story's frame told by their shape in any language: bylines naming no writer,
a column's views disclaimer, a label of more of the site's news, a blog's comment form, a row
of buttons on one noun, and a writer's name alone under the title with no "By"."""

from __future__ import annotations

import pytest

from narrator.readers.box_shapes import is_counter_row, is_follow_call, is_site_box
from narrator.readers.frame_shapes import (
    is_frame_line,
    is_name_over_opening,
    without_comment_form,
)
from narrator.readers.markdown import read_markdown
from tests.readers.shapes import HEADLINE, PARAGRAPH, read

OPENING = "The Saturday farmers market will move into the old town hall from next week, it said."


@pytest.mark.parametrize(
    "line",
    [
        "Staff report",
        "By Staff",
        "From staff reports",
        "Staff and wire reports",
        "Redacción",
        "La Redazione",
        "Redazione ANSA",
        "Redaktion",
        "La rédaction",
        "Redação",
        "\u0420\u0435\u0434\u0430\u043a\u0446\u0438\u044f",
        "The views expressed here are the author's own.",
        "The opinions expressed in this column are those of the writer alone.",
        "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
        "Les opinions exprimées n'engagent que leur auteur.",
        "More news from Ohio",
        "Weitere Nachrichten aus Schleswig-Holstein",
        "Más noticias de Aragón",
        "Altre notizie di cronaca",
        "Your email address will not be published. Required fields are marked *",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "Votre adresse e-mail ne sera pas publiée.",
        "Forward to a friend",
        "Inoltra a un amico",
        "Sponsored content",
        "Contenu sponsorisé",
        "Tags: ports, logistics, cranes",
        "Themen: Bahn \u00b7 Streik",
        "Is this page useful?",
        "War dieser Artikel hilfreich?",
        "\u00bfTe ha resultado \u00fatil este art\u00edculo?",
        "Vous souhaitez r\u00e9agir \u00e0 cet article ?",
        "Did you enjoy this story?",
        "By KTVB Staff",
        "Nikkei staff writers",
        "Support The Irish Times",
        "Sostieni Il Post: abbonati.",
        "Soutenez notre journalisme",
        "Si quieres apoyar a este diario, suscr\u00edbete.",
        "Zur Merkliste hinzuf\u00fcgen",
        "Add to reading list",
    ],
)
def test_a_frame_line_is_told(line: str) -> None:
    assert is_frame_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "di Redazione Meteo",  # a desk's name after "di": a byline
        "The Staff Of Life",
        "Staff at the hospital said the ward would reopen on Monday.",
        "The views expressed at the meeting were mostly angry.",
        "More news from the front arrived on Tuesday, and it was not good.",
        "Your email address is the key to your account.",
        "Topics: The talks collapsed, and nobody knows why",
        "Sponsored content is growing fast.",
        "He asked me to forward it to a friend.",
        "Are vaccines useful?",  # a question of the story's: no page, no "this"
        "Is this article of the treaty still in force today?",
        "By staff of the museum",
        "Hospital Staff",
        "Support the troops, he said.",
        "Support for the plan is growing.",
        "By Jane Doe",
    ],
)
def test_a_story_line_is_no_frame(line: str) -> None:
    assert not is_frame_line(line)


def test_a_comment_forms_label_goes_with_its_note() -> None:
    groups = [[PARAGRAPH], ["Leave a Reply"], ["Your email address will not be published."]]
    assert without_comment_form(groups) == [groups[0], groups[2]]


def test_a_short_line_over_a_paragraph_is_kept() -> None:
    groups = [[PARAGRAPH], ["Leave a reply"], [PARAGRAPH]]
    assert without_comment_form(groups) == groups


@pytest.mark.parametrize(
    ("lines", "boxed"),
    [
        (["Jump to Recipe", "Print Recipe"], True),
        (["Download PDF", "Print PDF", "Email PDF"], True),
        (["Tomato soup", "Tomato soup"], False),  # the same line twice: no buttons
        (["Jump to Recipe."], False),
        (["Chicken soup with rice", "Tomato soup"], False),
    ],
)
def test_a_row_of_buttons_on_one_noun(lines: list[str], boxed: bool) -> None:
    assert is_site_box(lines) is boxed


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Priya Nair", True),
        ("Anna Maria Rossi", True),
        ("What Happened", False),
        ("Breaking News", False),
        ("Stack Exchange Network", False),  # the paragraph's own words
        ("PRIYA NAIR", False),
        ("S\u00e3o Paulo", False),  # a place's accents: Folha's dateline alone
    ],
)
def test_a_name_alone_over_the_opening(line: str, named: bool) -> None:
    paragraph = OPENING.replace("The Saturday", "The Stack Exchange network and the Saturday")
    assert is_name_over_opening(line, ["", paragraph]) is named


def test_a_name_over_a_short_line_is_no_byline() -> None:
    assert not is_name_over_opening("Priya Nair", ["", "Farmers market"])


def test_a_name_alone_under_the_title_is_the_byline() -> None:
    article = read(f"Farmers market moves indoors\n\nPriya Nair\n\n{OPENING}\n")
    assert article.byline == "Priya Nair"


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Siga o canal do g1 Minas no WhatsApp", True),
        ("Follow us on Instagram", True),
        ("Suivez Le Parisien sur Facebook", True),
        ("Folgst du schon 20 Minuten auf WhatsApp?", True),
        ("Retrouvez Ouest-France sur Instagram", True),
        ("Find us on Instagram", True),
        ("Lenta.ru on Dzen", True),
        ("Infobae.com en WhatsApp", True),
        ("Protests on TikTok", False),  # no site's domain: a heading
        ("Follow the money", False),
        ("She joined Facebook in 2010", False),
        ("Follow Jane on X", False),  # "x" is a letter too
    ],
)
def test_a_short_call_to_follow_ends_on_a_network(line: str, call: bool) -> None:
    assert is_follow_call(line) is call


@pytest.mark.parametrize(
    ("line", "counters"),
    [
        ("12 reposts 48 likes", True),
        ("1.2K Likes \u00b7 30 Comments", True),
        ("3 comments", True),
        ("12 people were hurt", False),
        ("2 shares rose", False),
        ("Likes", False),  # a button alone: box_shapes' row of them
    ],
)
def test_a_posts_counters_alone(line: str, counters: bool) -> None:
    assert is_counter_row(line) is counters


def test_a_posts_line_of_its_writer_and_day_is_its_byline() -> None:
    post = read_markdown(f"# A wall\n\nPosted by Sam Lee on December 5, 2026\n\n{PARAGRAPH}\n")
    assert post.byline == "Sam Lee"


def test_a_german_article_by_line_is_a_byline() -> None:
    article = read(f"{HEADLINE}\n\nEin Artikel von Anna Schmidt\n\n{PARAGRAPH}\n", "de")
    assert article.byline == "Anna Schmidt"  # said "Von Anna Schmidt."

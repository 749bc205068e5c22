"""A page's own short lines (its source, a messaging channel, a box's label, an appeal) and a
heading's permalink mark, which are not read."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from narrator.readers.page_lines import PROMOTION, is_page_line

BODY = (
    "<p>The council approved the new bridge on Thursday after a debate that lasted most of the "
    "afternoon and ended in a vote of nine to four.</p>"
)


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: Frankfurter Rundschau",
        "Source: CDC, Chicago Department of Public Health",
        "📲 Participe do canal do g1 no WhatsApp",
        "Join our WhatsApp channel for the latest news",
        "Más información",
        "Archivado En",
        "Поддержите нас",
        "Local journalism needs your support. The Ledger is a nonprofit newsroom. Donate today.",
        "¿Te ha gustado esta receta? Puntúala: ★★★★★",
        "Tried this recipe? Mention @crumbsandco or tag #crumbsandco!",
        "Did you make this recipe? Tag @flourandfern on Instagram and hashtag it #flourandfern",
        "Leggi ancheCantieri del tram, i negozi chiedono i ristori",
        "Lesezeit: 2 Minuten",
        "6 min read",
        "SOURCE Harbor Foods, Inc.",
        "Part of series Boring performance wins",
        "Published 5:02 a.m. ET Dec. 5, 2026 | Updated 9:30 a.m. ET Dec. 5, 2026",
        "Republish this article",
        "You are free to republish this story under a Creative Commons license.",
    ],
)
def test_a_pages_own_line_is_known(line: str) -> None:
    assert is_page_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The source: a leaked memo that the minister had never seen.",
        "Más información sobre el proyecto llegará la semana que viene, dijo el alcalde.",
        "She joined the channel's news team in 2019 and now presents the morning show.",
        "Have you tried this recipe with pears? It works just as well, our readers tell us.",
        "Tag lines on the boxes read 'Made in Leeds', and the shop sells out by noon.",
        "Leggi anche il rapporto della Regione: i ritardi sono cresciuti del 12 per cento.",
        "Source of the leak was never found, the inquiry said.",
        "Published in 1998, the novel sold 2.5 million copies by 2004",
        "The paper was free to republish the letters once the court lifted its order.",
        "The food bank needs your support this winter, its director said.",
        "Critics gave the play ★★★★ and it sold out within a week.",
    ],
)
def test_a_sentence_of_the_story_is_not(line: str) -> None:
    assert not is_page_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Índice de contenidos Toggle",
        "Indice dei contenuti",
        "Table des matières",
        "Содержание",
        "Loading answers…",
        "Sign in to answer",
        "Log in to reply",
    ],
)
def test_a_pages_own_label_or_call_is_a_promotion(line: str) -> None:
    assert PROMOTION.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign in to the council's portal with the code on your letter, the guidance says.",
        "Loading the lorries took most of the night, the drivers said.",
        "El índice de precios subió un 3 por ciento en noviembre.",
    ],
)
def test_a_sentence_like_them_is_not(line: str) -> None:
    assert not PROMOTION.search(line)


@pytest.mark.parametrize(
    ("heading", "read"),
    [("Cron expressions¶", "Cron expressions"), ("Formats#", "Formats"), ("Why C#", "Why C#")],
)
def test_a_headings_permalink_mark_is_not_read(heading: str, read: str) -> None:
    article = f"<h1>Notes</h1>{BODY}<h2>{heading}</h2>{BODY}{BODY}"
    page = f"<html><body><article>{article}</article></body></html>"
    headings = [section.heading for section in read_html(page).sections if section.heading]
    assert headings == [read]

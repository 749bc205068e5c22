"""A school's, a council's, a charity's and a club's pasted news, forum threads and a
neighbourhood app's posts, a portal's syndicated story and a PDF's release (issue 15, hS13's
batches): the site's or mail's own lines are not read, in English and the other languages, the
story's sentences that use the same words are; a newsletter's title with its day stays its
title; a reply's poster is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.readers.html import read_html
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize(
    "line",
    [
        "Drucken",
        "Nach oben",
        "Diese Seite empfehlen",
        "Share by email",
        "Donate now",
        "This episode is sponsored by Brightline Insurance. Get 15% off your first year.",
        "This report is sponsored by Hallam Motors, proud supporters of grassroots netball.",
        "Wyre Rivers Trust is a registered charity in England and Wales (No. 1098765).",
        "Severn Vale Water Ltd. Registered in England and Wales No. 2366678",
        "Contact officer: Ruth Evans, Highways, 01632 960412",
        "Hai ricevuto questa email perché sei iscritto alla newsletter del Comune.",
        "Per cancellarti clicca qui",
        "Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information.",
        "Hast du das Rezept ausprobiert? Markiere mich auf Instagram!",
        "Zum Rezept springen",
        "Issued: 4 December 2026 14:05",
        "Listen live",
        "Download the Dales FM app",
        "Версия для печати",
        "Was this helpful? Yes / No",
        "Report a problem with this page",
        "Escúchalo en Spotify | Apple Podcasts | iVoox",
        "Este episodio está patrocinado por Viajes Norte. Usa el código PODCAST.",
        "Hilltop Surgery, 4 Church Lane, Kettleford KT2 7PL",
        "Para deixar de receber esta newsletter, clique aqui.",
        "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/93",
    ],
)
def test_a_sites_or_mails_line_is_not_read(line: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Donate now or the shelter will close in March, its director said.",
        "The report is sponsored by the ministry and will be published in January.",
        "The trust, a registered charity, bought the land in 2019 for £2 million.",
        "She said the contact officer for the scheme had not replied to her letters.",
        "Write to Hilltop Surgery, 4 Church Lane, Kettleford KT2 7PL, to ask for a new card.",
    ],
)
def test_a_sentence_with_their_words_is_read(sentence: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{sentence}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, sentence, LATER]


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Voir aussi", "fr"),
        ("Notícias relacionadas", "pt"),
        ("Похожие записи", "ru"),
        ("Другие новости", "ru"),
    ],
)
def test_a_box_of_related_stories_is_not_read(label: str, language: str) -> None:
    box = f"{label}\nLe marché de Noël revient\nCollecte des sapins : les dates"
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{box}\n", language)
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_newsletters_name_and_day_is_its_title() -> None:
    article = read(f"Oakfield Primary Newsletter: Friday 4 December\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.title == "Oakfield Primary Newsletter: Friday 4 December"


def test_a_newsletters_name_and_month_is_its_title() -> None:
    article = read(f"Neues vom TSV Lindenau \u2013 Dezember 2026\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.title == "Neues vom TSV Lindenau \u2013 Dezember 2026"


def test_a_place_and_day_over_a_release_is_still_not_its_title() -> None:
    article = read(f"Lyon, le 5 décembre 2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n", "fr")
    assert article.title == HEADLINE


def test_a_pdfs_running_head_of_the_documents_kind_is_not_the_title() -> None:
    head = "Severn Vale Water" + " " * 40 + "Press release"
    article = read(f"{head}\n3 December 2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_portals_byline_with_the_posts_age_and_reading_time() -> None:
    article = read(f"{HEADLINE}\n\nStory by Jane Doe \u2022 2h \u2022 3 min read\n\n{PARAGRAPH}\n")
    assert (article.byline, texts(article)) == ("Jane Doe", [PARAGRAPH])


def test_a_live_entrys_closing_stamp_is_no_heading() -> None:
    entry = "{time}\n{headline}\n\n{body}\n\nPosted at {time}\nShare"
    first = entry.format(time="01:12", headline="Recount requested", body=PARAGRAPH)
    second = entry.format(time="00:41", headline="Turnout put at 31%", body=LATER)
    article = read(f"{HEADLINE}\n\n{first}\n\n{second}\n")
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == ["01:12: Recount requested", "00:41: Turnout put at 31%"]
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    ("first", "reply", "poster"),
    [
        (
            "Publicado por jmartin_82 \u00bb 02 Dic 2026, 19:14",
            "#2\nPublicado por luisa_t \u00bb 02 Dic 2026, 21:40",
            "luisa_t:",
        ),
        (
            "Inviato da marco_78 \u00bb 03 dic 2026, 18:22",
            "Inviato da giulia_pd \u00bb 03 dic 2026, 20:05",
            "giulia_pd:",
        ),
        (
            "Priya Shah \u00b7 Elm Park \u00b7 3 hr ago",
            "Tom Becker \u00b7 Cedar Close \u00b7 2 hr ago",
            "Tom Becker:",
        ),
    ],
)
def test_a_threads_heads_go_and_a_replys_poster_is_said(
    first: str, reply: str, poster: str
) -> None:
    article = read(f"{HEADLINE}\n\n{first}\n\n{PARAGRAPH}\n\n{reply}\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, poster, LATER]


def test_a_pages_title_when_the_extraction_takes_the_headline_for_the_sites_name() -> None:
    page = Path(__file__).parent / "pages" / "pt-escola-noticia-joomla.html"
    article = read_html(page.read_text(encoding="utf-8"), page.name)
    title = "Alunos do 9.\u00ba ano vencem concurso nacional de leitura"
    assert (article.title, article.site_name) == (title, "Agrupamento de Escolas de Vale do Sousa")


def test_a_pages_byline_of_a_name_beside_its_stamps_in_another_language() -> None:
    page = Path(__file__).parent / "pages" / "ptbr-portal-publicidade-veja-tambem.html"
    article = read_html(page.read_text(encoding="utf-8"), page.name)
    said = [block.text for section in article.sections for block in section.blocks]
    assert article.byline == "Carla Menezes"
    assert not any("Publicado em" in text for text in said)


@pytest.mark.parametrize(
    "frame",
    [
        "Having trouble viewing this email? View it online",
        "Si ce message ne s'affiche pas correctement, cliquez ici.",
        "Falls diese E-Mail nicht richtig angezeigt wird, klicken Sie bitte hier.",
        "Caso não visualize corretamente esta mensagem, clique aqui.",
    ],
)
def test_a_mails_link_to_its_web_copy_over_the_title_is_not_the_title(frame: str) -> None:
    article = read(f"{frame}\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_pages_contents_under_their_label_are_read_once_as_headings() -> None:
    box = "On this page\nWhat is changing\nWhen it starts"
    text = f"{HEADLINE}\n\n{box}\n\nWhat is changing\n\n{PARAGRAPH}\n\nWhen it starts\n\n{LATER}\n"
    article = read(text)
    assert [s.heading for s in article.sections if s.heading] == [
        "What is changing",
        "When it starts",
    ]
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_newsletters_next_heading_under_a_read_more_button_is_read() -> None:
    item = "The Main Library will stay open all night from Monday until the end of the exam period."
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nRead more\n\nFree breakfast during exams\n\n{item}\n"
    assert texts(read(text))[-1] == item
    assert [s.heading for s in read(text).sections if s.heading] == ["Free breakfast during exams"]


def test_a_letters_page_number_closing_it_is_not_read() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nSeite 1 von 1\n", "de")
    assert texts(article) == [PARAGRAPH, LATER]

"""Releases, club reports, company blogs and public broadcasters' pages pasted whole (issue
15): the lines each adds around the story are not read, its words are; each rule with a case
where it must not apply."""

from __future__ import annotations

import pytest

from narrator.readers.stamps import is_stamp
from narrator.readers.wire import headline_of, is_credit, style_for
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize(
    "line",
    [
        "Download the full report (PDF, 1.2MB)",
        "Descargar documento (PDF, 245 KB)",
        "Want to work on problems like these? We're hiring.",
        "View open roles",
        "Ready to get started? Start your free trial",
        "Book a demo",
        "This article first appeared in the December issue of Freight Week magazine.",
        "Dieser Artikel ist erstmals am 06.12.2026 um 14:30 Uhr auf BR24 erschienen.",
        "Bildrechte: BR/Anna Huber",
        "Autor: Comunicación Poder Judicial",
        "Comentar · 4",
        "Подписывайтесь на наш канал в MAX, чтобы первыми узнавать главные новости города.",
    ],
)
def test_a_pages_own_line_among_the_story_is_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "line",
    [
        "Download speeds fell by a third in rural areas (PDF figures are not yet out).",
        "The firm said: we're hiring fewer graduates this year than last.",
        "The article first appeared to readers as a rumour, the editor said.",
        "Autor: Carlos Ruiz, who wrote the report, said it was late.",
        "Start your free trial today and the first month costs nothing, the firm said.",
    ],
)
def test_a_sentence_that_looks_like_a_pages_line_is_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [
        PARAGRAPH,
        line,
        LATER,
    ]


def test_a_stamp_in_canadas_french_zones_is_one() -> None:
    assert is_stamp("Publié à 6 h 12 HNE")
    assert is_stamp("Mis à jour à 9 h 40 HAE")
    assert not is_stamp("Le hangar 12 a brûlé")


def test_a_closing_line_written_with_others_information_is_the_credit() -> None:
    french = style_for("fr")
    assert is_credit("Avec les informations de Marie-Ève Tremblay", french)
    assert not is_credit("Avec les informations de la police, les enquêteurs ont avancé.", french)


def test_an_authoritys_code_before_its_place_and_headline_is_not_said() -> None:
    assert headline_of("POL-MA: Mannheim - Radfahrer verletzt") == "Mannheim - Radfahrer verletzt"
    assert headline_of("UK-EU: talks resume in Brussels") == "UK-EU: talks resume in Brussels"


def test_whats_under_a_releases_query_label_is_not_read() -> None:
    contact = "Rückfragen bitte an:\n\nPolizeipräsidium Mannheim\nPressestelle\nTelefon: 0621 1\n"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{contact}", "de")) == [
        PARAGRAPH,
        LATER,
    ]


def test_a_club_reports_words_and_photos_line_is_its_byline() -> None:
    article = read(f"{HEADLINE}\n\nWords: Phil Day | Photos: Dave Mills\n\n{PARAGRAPH}\n")
    assert (article.byline, texts(article)) == ("Phil Day", [PARAGRAPH])


def test_a_section_name_over_the_headline_and_its_writer_is_not_the_title() -> None:
    article = read(f"Engineering\n\n{HEADLINE}\n\nPriya Desai\nNov 28, 2026\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline, texts(article)) == (HEADLINE, "Priya Desai", [PARAGRAPH])


def test_an_authority_over_its_releases_stamp_is_no_writer() -> None:
    article = read(
        f"{HEADLINE}\n\n06.12.2026 \u2013 10:42\nPolizeipräsidium Mannheim\n\n{PARAGRAPH}\n", "de"
    )
    assert article.byline is None
    assert texts(article) == [PARAGRAPH]


def test_editors_initials_close_a_story_but_a_paragraph_alone_stays() -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nABC DEF XYZ\n")) == [PARAGRAPH]
    alone = read(f"{HEADLINE}\n\nAA AA\n")
    assert "AA AA" in [*(section.heading for section in alone.sections), *texts(alone)]

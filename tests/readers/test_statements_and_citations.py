"""A union's statement, a journal's news piece, a union's and a university's releases (issue 15,
hS14's batch): a document's kind under its title ("Statement from …", "Comunicado | …"), a
paper's citation and a link to the document's PDF closing the story, a press office's line
with its mail, and a page's box of its press contact are not read; the story's sentences that
use the same words are."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Statement from the Royal Union of Nursing Staff", "en"),
        ("Joint statement by the unions", "en"),
        ("Comunicado | Sector de Carreteras y Transporte", "es"),
        ("Pressemitteilung der Stadt Jena", "de"),
        ("Communiqué de presse", "fr"),
    ],
)
def test_a_documents_kind_under_the_title_is_not_read(label: str, language: str) -> None:
    article = read(f"{HEADLINE}\n\n{label}\n\n{PARAGRAPH}\n\n{LATER}\n", language)
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("Statement from the union: the strike will go ahead on Monday.", "en"),
        ("Erkl\u00e4rung: Warum die Stadt spart", "de"),
    ],
)
def test_a_statement_under_the_title_that_says_something_is_read(said: str, language: str) -> None:
    article = read(f"{HEADLINE}\n\n{said}\n\n{PARAGRAPH}\n", language)
    assert texts(article) == [said, PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    [
        "Reference: Solberg, H. et al. Proc. R. Soc. B 293, 20261544 (2026).",
        "Citation: Lee, K. & Roe, J. Nature Ecology 4, 112-119 (2026).",
        "Referenz: Maier, A. et al. Nature 612, 55 (2026).",
        "Descarga el comunicado en PDF",
        "Download the full report (PDF, 2.4 MB)",
        "Gabinete de Prensa: prensa@fsc-valladolid.es · 983 000 111",
    ],
)
def test_a_citation_a_pdf_link_or_a_press_office_line_is_not_read(line: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{line}\n")
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reference to the 2019 report (2026) was removed, the council said.",
        "Staff can download the new rota as a PDF from the intranet from Monday.",
    ],
)
def test_a_sentence_with_their_words_is_read(sentence: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{sentence}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, sentence, LATER]


def test_a_pages_press_contact_box_in_portuguese_is_not_read() -> None:
    prose = " ".join([PARAGRAPH, LATER] * 3)
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{prose}</p><p>{prose}</p>"
        "<h3>Contacto para a imprensa</h3><p>Gabinete de Comunicação · imprensa@ua.example.pt"
        "</p></article></body></html>"
    )
    article = read_html(page, "page.html")
    assert "imprensa@ua.example.pt" not in " ".join(texts(article))


def test_a_records_details_between_title_and_story_are_not_read() -> None:
    prose = " ".join([PARAGRAPH, LATER] * 2)
    page = (
        f"<html><body><main><h1>{HEADLINE}</h1><dl><dt>Court</dt><dd>Court of Appeal</dd>"
        "<dt>Neutral citation</dt><dd>[2026] EWCA Civ 1487</dd></dl>"
        f"<p>{prose}</p><p>{prose}</p></main></body></html>"
    )
    read_aloud = " ".join(texts(read_html(page, "page.html")))
    assert "EWCA" not in read_aloud
    assert PARAGRAPH in read_aloud


def test_a_list_of_terms_in_the_story_is_read() -> None:
    prose = " ".join([PARAGRAPH, LATER] * 2)
    page = (
        f"<html><body><main><h1>{HEADLINE}</h1><p>{prose}</p>"
        "<dl><dt>Pier</dt><dd>Rebuilt in oak</dd><dt>Cost</dt><dd>Four million pounds</dd></dl>"
        f"<p>{prose}</p></main></body></html>"
    )
    assert "Rebuilt in oak" in " ".join(texts(read_html(page, "page.html")))

"""Bylines, datelines and stamps of pasted stories (issue 15): a byline's word in other
languages, with an outlet, a role or a stamp beside it; an agency's name over its dateline;
a release's issuer, a desk's line or a paper's name that is no byline; stamps with a reading
time. Each rule with a case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.readers.stamps import is_stamp
from narrator.readers.structure import author_names, byline_of, metadata_parts
from narrator.segmenter import byline_said
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_an_agencys_name_over_its_dateline_is_not_read(separator: str) -> None:
    dateline = f"Madrid, 5 dic (EFE).- {PARAGRAPH}"
    article = read(f"{HEADLINE}\n\nEFE{separator}{dateline}\n", "es")
    assert texts(article) == [dateline]


def test_a_name_over_a_paragraph_that_does_not_repeat_it_stays() -> None:
    article = read(f"{HEADLINE}\n\nEFE\n\nMadrid, 5 dic (Europa Press).- {PARAGRAPH}\n", "es")
    assert [section.heading for section in article.sections] == ["EFE"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Interview von Tobias Maier", "Tobias Maier"),
        ("By Ffion Jones\nBBC News, North West Wales", "Ffion Jones, BBC News, North West Wales"),
    ],
)
def test_bylines_with_an_interview_word_or_an_outlet_under_them(line: str, byline: str) -> None:
    language = "de" if "von" in line else "en"
    assert read(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n", language).byline == byline


def test_a_releases_issuer_under_its_lead_is_no_byline() -> None:
    article = read(
        f"{HEADLINE}\n\nNEWS PROVIDED BY\nNorthwind Rail Ltd\nDec 05, 2026, 07:00 GMT\n\n"
        f"{PARAGRAPH}\n"
    )
    assert (article.byline, texts(article)) == (None, [PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("05 Dicembre 2026 alle 10:15 2 minuti di lettura", True),
        ("5 Dec 2026 \u00b7 4 min read", True),
        ("It took 5 minutes", False),
    ],
)
def test_a_stamp_with_its_reading_time(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


@pytest.mark.parametrize(("line", "stamp"), [("1931 - 2026", False), ("5 Dec 2026", True)])
def test_two_years_apart_are_a_life_not_a_stamp(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_a_place_and_a_date_inside_a_sentence_are_read() -> None:
    line = "Madrid, 5 de diciembre de 2026, fue el día más frío del año."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n", "es"))[-1] == line


def test_an_agencys_name_over_its_dateline_in_capitals_is_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\nEuropa Press\nMadrid, 5 Dic. (EUROPA PRESS) -\n\n{PARAGRAPH}\n", "es"
    )
    assert texts(article)[0] == "Madrid, 5 Dic. (EUROPA PRESS) -"


def test_a_blogs_posted_line_gives_its_byline_and_its_comments_are_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\nPosted on December 5, 2026 by Ruth Okafor\n\n{PARAGRAPH}\n\n{LATER}\n\n"
        "Posted in Bees, Garden | 3 Comments\n\n"
        '3 thoughts on "Council votes to rebuild the pier"\n\n'
        "Jane says:\nDecember 5, 2026 at 9:14 am\nLovely post. Will it have a café?\n\n"
        "Leave a Reply\n"
    )
    assert (article.byline, texts(article)) == ("Ruth Okafor", [PARAGRAPH, LATER])


def test_a_sentence_counting_thoughts_in_the_story_is_read() -> None:
    line = "Residents sent 40 thoughts on the plan, the council said."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n"))[-1] == line


def test_a_papers_name_over_its_writers_byline_is_not_read() -> None:
    article = read(f"{HEADLINE}\n\nThe Guardian\nAngela Giuffrida in Rome\n\n{PARAGRAPH}\n")
    assert (article.byline, texts(article)) == ("Angela Giuffrida in Rome", [PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("di Mario Rossi", "Mario Rossi"),
        ("Por Ana Souza", "Ana Souza"),
        ("Автор: Ольга Смирнова", "Ольга Смирнова"),
        ("Von Trier", None),
        ("Por qué importa", None),
        ("di più di quanto", None),
        ("by Jane Doe", None),
    ],
)
def test_a_bylines_word_in_the_other_languages(line: str, names: str | None) -> None:
    assert byline_of(line) == names


def test_a_reading_time_in_italian_is_metadata() -> None:
    assert metadata_parts("3 minuti di lettura") == (None, None)
    assert metadata_parts("Il museo riapre sabato") is None


def test_a_blogs_posted_by_line_gives_the_byline_and_its_labels_go() -> None:
    text = (
        f"{HEADLINE}\n\nPosted by Ruth Okafor on Saturday, December 6, 2026\n\n{PARAGRAPH}\n\n"
        "Labels: Northumberland, seals, wildlife\n\n12 comments:\n"
    )
    article = read(text)
    assert (article.byline, texts(article)) == ("Ruth Okafor", [PARAGRAPH])


def test_a_names_dash_and_agency_role_is_the_byline() -> None:
    text = f"{HEADLINE}\n\nAna Souza - Repórter da Agência Brasil\n\n{PARAGRAPH}\n"
    assert read(text, "pt").byline == "Ana Souza, Repórter da Agência Brasil"


def test_an_outlet_and_place_under_a_portuguese_byline_are_the_bylines() -> None:
    text = f"{HEADLINE}\n\nPor Ana Souza\nDo UOL, em São Paulo\n\n{PARAGRAPH}\n"
    assert texts(read(text, "pt")) == [PARAGRAPH]


def test_a_desks_line_over_its_outlet_is_no_byline() -> None:
    text = (
        f"{HEADLINE}\n\nArticle rédigé par franceinfo avec AFP\nRadio France\n"
        f"Publié le 05/12/2026 17:45\n\n{PARAGRAPH}\n"
    )
    article = read(text, "fr")
    assert (article.byline, texts(article)) == (None, [PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("di Marco Rossi | 5 Dicembre 2026", "Marco Rossi"),
        ("by Sam Lee - 12/05/26 6:44 PM ET", "Sam Lee"),
    ],
)
def test_a_byline_with_its_stamp_after_a_bar_or_dash(line: str, byline: str) -> None:
    article = read(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n", "it" if "di " in line else "en")
    assert article.byline == byline


def test_names_under_the_stamp_are_the_byline() -> None:
    article = read(f"{HEADLINE}\n\nDecember 5, 2026 · 5:04 AM ET\n\nJane Roe\n\n{PARAGRAPH}\n")
    assert (article.byline, texts(article)) == ("Jane Roe", [PARAGRAPH])


def test_a_role_in_capitals_under_the_name_is_said() -> None:
    article = read(f"{HEADLINE}\n\nJane Doe\nTransport Correspondent\n\n{PARAGRAPH}\n")
    assert article.byline == "Jane Doe, Transport Correspondent"


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Helen Ostrova Reporting; Croatia", ["Helen Ostrova"]),
        ("In\u00eas Carvalho \u00b7", ["In\u00eas Carvalho"]),
        ("Jane Doe; Sam Lee", ["Jane Doe", "Sam Lee"]),
    ],
)
def test_a_pages_author_field_without_where_they_report_from(field: str, names: list[str]) -> None:
    assert author_names(field) == names


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        ("Jane Doe\nFri 5 Dec 2026 18.20 GMT", "Jane Doe"),
        (
            "Jane Doe at the Emirates Stadium\nSat 6 Dec 2026 19.30 GMT",
            "Jane Doe at the Emirates Stadium",
        ),
        ("A standfirst that says what the story is about\n\nJane Doe\nDec 5", "Jane Doe"),
        ("Jane Doe\n@janedoe", "Jane Doe"),
        (
            "By Jane Doe\nLocal Democracy Reporter\nPublished 5th Dec 2026, 06:00 GMT",
            "Jane Doe, Local Democracy Reporter",
        ),
        ("By Jane Doe Science correspondent", "Jane Doe, Science correspondent"),
        ("By JANE DOE Associated Press", "Jane Doe, Associated Press"),
        ("Live Reporting\n\nEdited by Jane Doe and John Roe", "Edited by Jane Doe and John Roe"),
        ("Jane Doe in Frankfurt", "Jane Doe in Frankfurt"),
        ("By: WXYZ Web Team", "WXYZ Web Team"),
        ("Jane Doe\n\n5\u20136 minutes", "Jane Doe"),  # a reader view's
        ("Opinion by Jane Doe\nColumnist", "Opinion by Jane Doe, Columnist"),
        ("By Jane Doe\nABC News", "Jane Doe, ABC News"),
        ("By JANE DOE FOR MAILONLINE", "Jane Doe for Mailonline"),
        # a site's name over its stamp, the writer under it: the writer
        (
            "Sky News\nFriday 5 December 2026 10:43, UK\n\nJane Doe\nBusiness reporter",
            "Jane Doe, Business reporter",
        ),
    ],
)
def test_bylines_of_pasted_pages(top: str, byline: str) -> None:
    article = read(f"Council rebuilds the pier\n\n{top}\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.byline == byline
    assert texts(article)[-2:] == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "top",
    [
        "Pier Trust Limited\nNEWS PROVIDED BY",  # no stamp under it
        "Acme Robotics Inc.\nDec 05, 2026, 08:00 ET",  # a company over its stamp
        "Council Meets Tonight",  # a headline, alone
    ],
)
def test_no_byline_where_no_writer_is_named(top: str) -> None:
    assert read(f"Council rebuilds the pier\n\n{top}\n\n{PARAGRAPH}\n").byline is None


def test_a_byline_that_says_its_own_by_is_said_once() -> None:
    assert byline_said("Edited by Jane Doe", "en") == "Edited by Jane Doe."
    assert byline_said("Jane Doe", "en") == "By Jane Doe."
    assert byline_said("Bybee Lane", "en") == "By Bybee Lane."


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Madrid - 05 dic 2026 - 13:45 CET", True),
        ("05.12.2026, 14.32 Uhr \u2022 aus DER SPIEGEL", True),
        ("Publi\u00e9 aujourd'hui \u00e0 18h12", True),
        ("2004 - Representing cpl", False),
        ("By Sam Lee | December 5, 2026", False),
        ("Energy - 05 dic 2026 - the plant closes for good after fifty years", False),
    ],
)
def test_stamps_in_other_languages_and_beside_a_name(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp

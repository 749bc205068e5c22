"""What stands over a pasted story's headline (issue 15): a section's or a topic's name, a
body's name over its menu or its release label, a story's label, a newsletter's greeting or
label, an editor's note; none is the title. Each rule with a case where it must not apply:
a short title or a greeting that says more stays."""

from __future__ import annotations

import pytest

from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize(
    ("label", "language"),
    [("WORLD NEWS", "en"), ("Business news", "en"), ("Politik", "de"), ("Sociedad", "es")],
)
def test_a_sections_name_over_the_headline_is_not_the_title(label: str, language: str) -> None:
    article = read(f"{label}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n", language)
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_short_title_over_a_headline_shaped_line_stays_the_title() -> None:
    article = read(f"Harbour Lights\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert article.title == "Harbour Lights"


def test_a_bodys_name_with_small_words_over_its_menu_is_the_frame() -> None:
    article = read(
        "Skip to main content\nUniversity of Westbridge\nStudy  Research  About  News\n\n"
        f"{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_newsletters_caps_label_under_its_greeting_gives_way_to_the_headline() -> None:
    article = read(
        "\u2615 Good morning. It's Friday, and the returns season has begun.\n\n"
        f"THE RUNDOWN\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_newsletters_caps_label_over_no_headline_is_its_title() -> None:
    article = read(f"Good morning. Here is the news.\n\nMARKETS\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.title == "MARKETS"


def test_a_menu_of_links_with_small_words_is_the_frame() -> None:
    article = read(
        "National Park Service\nFind a Park  Explore by Topic  Get Involved  About Us\n\n"
        f"{HEADLINE}\n\nContact: Public Affairs Office, 307-344-2015\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_ministrys_name_over_its_release_label_is_the_frame() -> None:
    article = read(
        "Ministerio de Transportes y Movilidad Sostenible\n\nNota de prensa\n\n"
        f"{HEADLINE}\n\nMadrid, 5 de diciembre de 2026\n\n{PARAGRAPH}\n",
        "es",
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_bodys_name_over_its_numbered_release_label_is_the_frame() -> None:
    article = read(
        f"Universität Freiburg\n\nPressemitteilung Nr. 142/2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n",
        "de",
    )
    assert article.title == HEADLINE


@pytest.mark.parametrize(("label", "language"), [("Opinião", "pt"), ("Происшествия", "ru")])
def test_a_sections_name_over_a_headline_and_its_byline_is_not_the_title(
    label: str, language: str
) -> None:
    article = read(
        f"{label}\n\n{HEADLINE}\n\nLuís Pereira\n05 de dezembro de 2026, 08:00\n\n{PARAGRAPH}\n",
        language,
    )
    assert article.title == HEADLINE


def test_a_councils_menu_in_sentence_case_is_the_frame() -> None:
    article = read(
        "Skip to main content\nAshby District Council\n"
        "Bins and recycling  Council tax  Planning  Contact us\n\n"
        f"{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert article.title == HEADLINE


def test_a_two_word_section_over_the_headline_is_not_the_title() -> None:
    assert read(
        f"Faits divers\n\n{HEADLINE}\n\nPar Julie Bernard\n\n{PARAGRAPH}\n", "fr"
    ).title == (HEADLINE)


@pytest.mark.parametrize(
    ("greeting", "language"),
    [("Guten Morgen aus Hamburg", "de"), ("Good morning from Washington", "en")],
)
def test_a_newsletters_greeting_with_no_stop_is_no_title(greeting: str, language: str) -> None:
    article = read(f"{greeting}\n\n{HEADLINE}\n\n{PARAGRAPH}\n", language)
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_sections_name_and_topic_over_the_headline_are_no_title() -> None:
    article = read(f"Opinion\nCities\n\n{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_two_line_title_that_names_no_section_stays() -> None:
    article = read(f"Harbour Lights\nA novel\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert article.title == "Harbour Lights"


def test_a_ministers_name_and_office_over_a_release_are_no_title() -> None:
    text = (
        "Media release\n\nThe Hon. Jane Doe MP\nMinister for Infrastructure and Transport\n\n"
        f"5 December 2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert read(text).title == HEADLINE


def test_a_greeting_alone_under_the_title_is_not_read() -> None:
    article = read(f"First Thing: {HEADLINE}\n\nGood morning.\n\n{PARAGRAPH}\n")
    assert texts(article) == [PARAGRAPH]


def test_a_greeting_that_says_more_is_read() -> None:
    line = "Good morning, and welcome to the pier, said the mayor to the crowd."
    assert texts(read(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n")) == [line, PARAGRAPH]


def test_an_italian_newsletters_greeting_over_its_first_headline_is_no_title() -> None:
    text = f"Ciao, questa è Colazione, la newsletter del mattino.\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    assert read(text, "it").title == HEADLINE


@pytest.mark.parametrize(
    ("label", "language"), [("Exclusivo", "pt"), ("EXCLUSIVE", "en"), ("Eilmeldung", "de")]
)
def test_a_storys_label_alone_over_the_headline_is_no_title(label: str, language: str) -> None:
    text = f"{label}\n\n{HEADLINE}\n\nJane Doe\n5 December 2026 14:32\n\n{PARAGRAPH}\n"
    assert read(text, language).title == HEADLINE


def test_a_bodys_name_over_its_release_label_is_the_frame() -> None:
    text = f"Springfield Police Department\nNews Release\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    assert read(text).title == HEADLINE


def test_a_line_under_the_title_naming_a_plot_is_not_read() -> None:
    text = f"{HEADLINE}\n\nСюжет: Денежно-кредитная политика\n\n{PARAGRAPH}\n"  # noqa: RUF001
    assert texts(read(text)) == [PARAGRAPH]


def test_a_death_notices_label_over_the_name_is_no_title() -> None:
    text = (
        "Avis de décès\n\nJeanne Martin\n\nNée Dupuis\n\nNous avons la tristesse de vous le dire.\n"
    )
    assert read(text, "fr").title == "Jeanne Martin"


def test_an_outlets_news_name_over_the_headline_is_no_title() -> None:
    assert read(f"Sky News\n\n{HEADLINE}\n\n{PARAGRAPH}\n").title == HEADLINE


def test_an_editors_note_above_the_headline_is_read_after_it() -> None:
    note = "EDITOR'S NOTE: This story is part of an ongoing series on coastal towns."
    article = read(f"{note}\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)) == (HEADLINE, [note, PARAGRAPH])


def test_a_note_over_a_paragraph_is_no_headline() -> None:
    note = "Editor's note: This story has been updated."
    article = read(f"{note}\n\n{PARAGRAPH} {LATER}\n")
    assert article.title == note


@pytest.mark.parametrize("section", ["Markets", "Climate & Environment", "Экономика"])
def test_a_sections_name_over_the_headline_is_no_title(section: str) -> None:
    article = read(f"{section}\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert article.title == HEADLINE


def test_a_headline_with_a_stop_over_a_standfirst_under_a_section() -> None:
    headline = "The lake rose this year. Scientists say it's not enough."
    standfirst = "A wet winter bought time, but the lake is still low"
    article = read(f"Climate & Environment\n\n{headline}\n\n{standfirst}\n\n{PARAGRAPH}\n")
    assert article.title == headline


def test_a_sites_menu_above_the_title_is_not_read() -> None:
    menu = "Menu\nSearch\nNews\nSport\nLocal News\n\n"
    article = read(f"{menu}Council rebuilds the pier\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline, texts(article)) == (
        "Council rebuilds the pier",
        "Jane Doe",
        [PARAGRAPH],
    )


def test_a_content_type_above_the_title_is_not_read() -> None:
    assert read(f"Press release\n\nNew rail line to open\n\n{PARAGRAPH}\n").title == (
        "New rail line to open"
    )


def test_a_reader_views_domain_above_the_title_is_not_read() -> None:
    article = read(f"example-times.com\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n")
    assert article.title == "Council rebuilds the pier"


def test_a_live_tv_button_above_the_title_is_not_read() -> None:
    assert read(f"WATCH LIVE\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n").title == (
        "Council rebuilds the pier"
    )


@pytest.mark.parametrize(
    "first",
    ["Economy | Markets | Bonds", "We use cookies to improve your experience. Accept all"],
)
def test_a_section_path_or_cookie_banner_above_the_title_is_not_read(first: str) -> None:
    assert read(f"{first}\n\nBond yields fall\n\n{PARAGRAPH}\n").title == "Bond yields fall"

"""A letters page's signatures, its standing note and its call to write in, a listen button with
the story's length, leads to all of a site's pieces, a call to comment, a page's date and a
record's details under its title run together (the rules a second fresh batch showed: letters
pages, a press review, a gossip column, a court round-up, a recall notice): each with lines
where it must not apply, none of them the batch's lines."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from narrator.readers.letters import signed_letters
from narrator.readers.plaintext import read_plaintext
from narrator.readers.promo_lines import is_promo_line
from narrator.readers.trailers import is_clutter_line
from narrator.readers.verdicts import stated_ratings
from narrator.readers.way_lines import is_way_lead

_LETTER = "We need the library more than ever. Please keep it open."


@pytest.mark.parametrize(
    ("block", "signed"),
    [
        (["Jean Ashby", "Kettering"], ["Jean Ashby, Kettering."]),
        (["Dr. Anna van Dijk, Utrecht"], ["Dr. Anna van Dijk, Utrecht."]),
        (["Tom Reid", "Bishop's Stortford"], ["Tom Reid, Bishop's Stortford."]),
        (["Archived In", "CPI Inflation ONS"], ["Archived In", "CPI Inflation ONS"]),  # initials
        (["Opening times", "Monday"], ["Opening times", "Monday"]),  # no name
        (["What happens next"], ["What happens next"]),
        (["Paris, the city of light"], ["Paris, the city of light"]),
    ],
)
def test_a_signature_under_a_letter(block: list[str], signed: list[str]) -> None:
    assert signed_letters([_LETTER, "", *block]) == [_LETTER, "", *signed]


def test_no_signature_after_an_unfinished_line() -> None:
    lines = ["Our reporter writes", "", "Jean Ashby", "Kettering"]
    assert signed_letters(lines) == lines


def test_the_next_letters_heading_after_a_signature_heads_its_section() -> None:
    article = read_plaintext(
        "Letters: Keep the library\n\nOpen it on Sundays\n\nThe library is shut on Sundays,"
        " when working parents could use it most. The council should think again.\n\n"
        f"{_LETTER}\n\nJean Ashby\nKettering\n\nThink of the children\n\nChildren do their"
        " homework there after school. Where else will they go?\n\nTom Reid\nCorby\n"
    )
    assert [s.heading for s in article.sections][-1] == "Think of the children"
    assert "Jean Ashby, Kettering." in str(article.sections)


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Write to us at letters@paper.example. Letters may be edited for length.", True),
        ("Les lettres peuvent être raccourcies par la rédaction.", True),
        ("Got a question? Write to us at help@paper.example", True),
        ("Comments have been closed on this article.", True),
        ("Have your say", True),
        ("Join the conversation. Comments are moderated.", True),
        ("Residents can write to us at the town hall.", False),
        ("Comments are closed until Monday, the council said.", False),
        ("Have your say on the plans at the library until Friday.", False),
        ("The letters may be seen at the county archive.", False),
    ],
)
def test_a_letters_page_and_a_comments_note(line: str, promo: bool) -> None:
    assert is_promo_line(line) is promo


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Écouter (4 min)", True),
        ("Listen · 6 min", True),
        ("Content current as of: 11/30/2026", True),
        ("Listen to the council meeting on Thursday.", False),
        ("The content was current as of last week, officials said.", False),
    ],
)
def test_a_listen_button_and_a_pages_date(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Retrouvez toutes nos chroniques", True),
        ("Find all our recipes", True),
        ("Top stories", False),  # a newsletter's section
        ("Around the world", False),
        ("Find all our staff on the second floor.", False),
    ],
)
def test_a_lead_to_all_the_sites_pieces(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


def test_a_records_details_under_its_title_run_together_go() -> None:
    body = (
        "<p>The Acme Mill Company of Leeds is recalling its bread flour because it may hold"
        " pieces of metal from a broken sieve.</p><p>No injuries have been reported.</p>"
    )
    details = (
        "<dl><dt>Date:</dt><dd>December 3, 2026</dd><dt>Product:</dt><dd>Bread flour</dd></dl>"
    )
    page = (
        "<html><head><title>Flour recalled</title></head><body><main><h1>Flour recalled</h1>"
        f"<p>Date:December 3, 2026Product:Bread flour</p>{details}<h2>Announcement</h2>{body}"
        "</main></body></html>"
    )
    read = str(read_html(page, "p.html").sections)
    assert "Bread flour" not in read
    assert "pieces of metal" in read
    # a list of longer values is the story's: it stays
    told = page.replace("Bread flour</dd>", "Bread flour milled at the old works by the river</dd>")
    assert "milled at the old works" in str(read_html(told, "p.html").sections)


def test_a_footers_link_word_heads_a_section_over_prose_only() -> None:
    story = "Trail reopens\n\nThe trail reopened on Monday after the storm. Rangers cleared it.\n\n"
    headed = read_plaintext(
        f"{story}Accessibility\n\nThe first mile is level and suits wheelchairs and buggies. Dogs"
        " must be kept on leads near the lake.\n"
    )
    assert [s.heading for s in headed.sections] == [None, "Accessibility"]
    footer = read_plaintext(f"{story}Contact us\nPrivacy notice\nAccessibility\n")
    alone = read_plaintext(f"{story}Accessibility\n")
    assert "Accessibility" not in str(footer.sections) + str(alone.sections)


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Sam Kerr - 8", "Sam Kerr - 8."),
        ("Bianchi: 6,5", "Bianchi: 6,5."),
        ("Jo Lee \u2013 7.5/10", "Jo Lee \u2013 7.5/10."),
        ("Day 3", "Day 3"),  # a live page's heading
        ("Apollo 11", "Apollo 11"),
        ("Stage 4 - 2027", "Stage 4 - 2027"),
    ],
)
def test_a_players_mark_is_a_sentence(line: str, stated: str) -> None:
    assert stated_ratings([line]) == [stated]


def test_a_players_mark_over_its_line_is_one_paragraph() -> None:
    article = read_plaintext(
        "Ratings\n\nHow they rated.\n\nSam Kerr - 8\nScored twice and ran all afternoon.\n\n"
        "Jo Lee - 6\nQuiet, but tidy on the ball.\n"
    )
    assert [s.heading for s in article.sections] == [None]
    assert "Sam Kerr - 8. Scored twice" in str(article.sections)


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Escuchar", True),
        ("Guardar", True),
        ("Who was your man of the match? Vote in our poll", True),
        ("Voters in our poll backed the plan.", False),
        ("Guardar silencio fue su única respuesta.", False),
    ],
)
def test_a_player_button_and_a_poll_call(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Mehr Filmkritiken", True),
        ("Weitere Rezensionen", True),
        ("Plus de critiques", True),
        ("Mehr Kritik am Plan kam von den Grünen.", False),
    ],
)
def test_a_lead_to_more_reviews_in_the_other_languages(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


def test_a_reviews_label_under_its_title_and_a_placed_stamp_under_its_byline() -> None:
    review = read_plaintext(f"A quiet thriller\n\nKritik\n\nVon Lena Vogt\n\n{_LETTER}\n")
    assert "Kritik" not in str(review.sections)
    placed = read_plaintext(
        "Qué hacer en Teruel\n\nPor Ana Gil\nTeruel, 04 DIC 2026 - 10:00 CET\n\nLlega el primer"
        " fin de semana de diciembre y con él los mercados navideños de la ciudad.\n"
    )
    assert placed.byline == "Ana Gil"
    assert "CET" not in str(placed.sections)


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Issued on 4 December 2026 at 16:00, valid until 5 December 2026", True),
        ("Emitido el 04/12/2026, válido hasta el 05/12/2026", True),
        ("Got a question about money? Send it to money@paper.example", True),
        ("Issued 40 fines in a week, the police said.", False),
        ("Emesso il decreto sindacale", False),
        ("Send it to the council at info@council.example by Friday.", False),
        ("Press office: Acme Rail, tel. 020 7946 0000, press@acme.example", True),
        ("The press office said on Tuesday that the tel. line was down.", False),
    ],
)
def test_a_bulletins_issue_stamp_and_a_call_to_send_questions(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter

"""A writer's name alone in capitals under the title, a stamp of a relative day or beside its
place, a transcript's time codes over its speakers, a closing line of a post's tags or
categories, and a site's calls to sign up, send tips or use a recipe page's buttons."""

from __future__ import annotations

import pytest

from narrator.readers.apps import without_time_codes
from narrator.readers.capital_names import capitals_byline
from narrator.readers.frame_shapes import is_frame_line, is_tags_line
from narrator.readers.markdown import read_markdown
from narrator.readers.page_lines import is_page_line
from narrator.readers.plaintext import read_plaintext
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
        "Le notizie più importanti della giornata nella tua casella.",
        "The best stories of the week, straight to your inbox.",
        "VÍDEOS: veja mais notícias de Minas Gerais",
        "Please turn on JavaScript to use this feature",
        "Kondolenz schreiben",
        "Audio: 2 Min.",
        "Мнение автора может не совпадать с мнением редакции.",  # noqa: RUF001
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
        "Scammers posing as the tax office sent thousands of messages last week, police said.",
    ],
)
def test_the_stories_own_sentences_stay(line: str) -> None:
    assert not is_frame_line(line)


STORY = "The council will open a new library in the old station building next spring, it said."


def body(text: str) -> list[str]:
    return [block.text for block in read_plaintext(text, "-", None).body_blocks()]


def test_an_opinions_label_under_the_title_is_not_read() -> None:
    assert body(f"A town needs its library\n\nOpinião\n\n{STORY}\n\nMore to come.\n")[0] == STORY


def test_breaking_news_under_the_title_is_read() -> None:
    assert body(f"Library to open\n\nBreaking News\n\n{STORY}\n")[0] == "Breaking News"


def test_a_ratings_stars_alone_are_read() -> None:
    assert body(f"A film review\n\n★★★★☆\n\n{STORY}\n")[0] == "★★★★☆"


def test_a_cyrillic_name_alone_over_the_story_is_its_byline() -> None:
    opening = (
        "«Зенит» в воскресенье обыграл ЦСКА со счетом два один в матче тура чемпионата России."  # noqa: RUF001
    )
    title = "«Зенит» обыграл ЦСКА\n\nАнна Кузнецова"  # noqa: RUF001
    article = read_plaintext(f"{title}\n\n{opening}\n", "-", None)
    assert article.byline == "Анна Кузнецова"


def test_the_photographers_line_under_the_byline_is_not_read() -> None:
    article = read_plaintext(
        f"A shepherd life\n\nPar Amélie Roux\nPhotos Thomas Bérard\n\n{STORY}\n", "-", None
    )
    assert article.byline == "Par Amélie Roux"
    assert [b.text for b in article.body_blocks()] == [STORY]


def test_a_mails_footer_under_or_unsubscribe_here_is_not_read() -> None:
    footer = "Update your email preferences or unsubscribe here\n12 Quay Street, Portwick, PW1 2AB"
    assert body(f"The Harbour Letter\n\n{STORY}\n\n{footer}\n") == [STORY]


def test_a_pages_path_a_step_a_line_is_not_its_title() -> None:
    text = f"Startseite\nPresse\nPressemitteilungen\n\nBienen erkennen Gesichter\n\n{STORY}\n"
    assert read_plaintext(text, "-", None).title == "Bienen erkennen Gesichter"


def test_a_pasted_tables_header_row_is_not_read() -> None:
    table = (
        "Index\tClose\tChange\nDow Jones\t44,120.55\t+0.4%\nNasdaq\t20,015.80\t+1.1%\n"
        "FTSE\t8,412\t+0.2%"
    )
    assert "Index Close Change." not in body(f"Stocks rise\n\n{STORY}\n\n{table}\n\n{STORY}\n")


def test_the_first_of_counted_heads_heads_its_section() -> None:
    text = (
        "Axios Denver\n\n1 big thing: Light rail fares drop\n\n"
        "Fares will fall to $2 in January.\n\n"
        "2. Ski traffic on I-70\n\nExpect delays on Saturday morning.\n"
    )
    headings = [s.heading for s in read_plaintext(text, "-", None).sections]
    assert headings == ["1 big thing: Light rail fares drop", "2. Ski traffic on I-70"]


def test_a_press_offices_block_and_a_mails_address_are_not_read() -> None:
    office = "Ufficio Stampa Comune di Bergamo\nTel. 035 000000"
    address = "Our mailing address is:\nFriends of Hollow Park\n4 Mill Lane"
    assert body(f"Trees for Bergamo\n\n{STORY}\n\n{office}\n\n{address}\n") == [STORY]


def test_an_interviewers_name_closing_a_russian_interview_is_its_credit() -> None:
    text = f"Интервью\n\n{STORY}\n\nБеседовала Ольга Титова\n"  # noqa: RUF001
    blocks = list(read_plaintext(text, "-", None).body_blocks())
    assert (blocks[-1].kind.value, blocks[-1].text) == ("credit", "Беседовала Ольга Титова")


def test_a_match_reporters_outlet_and_ground_under_the_byline() -> None:
    text = f"Arsenal win\n\nBy Tom Ashworth\nBBC Sport at the Emirates Stadium\n\n{STORY}\n"
    byline = read_plaintext(text, "-", None).byline
    assert byline == "Tom Ashworth, BBC Sport at the Emirates Stadium"


def test_a_russian_source_line_and_a_closing_latest_news_label_are_not_read() -> None:
    text = f"A bridge closes\n\n{STORY}\n\nИсточник: «Фонтанка»\n\nÚltimas notícias\n"  # noqa: RUF001
    assert body(text) == [STORY]


@pytest.mark.parametrize("line", ["Quelle: F.A.Z.", "Fonte: Ansa", "Sign the guest book"])
def test_a_pages_source_with_dotted_initials_and_its_guest_book(line: str) -> None:
    assert is_page_line(line)


def test_a_source_that_is_a_sentence_is_no_page_line() -> None:
    assert not is_page_line("Source: the council. It said the plan would go ahead.")


def test_a_columnists_note_under_an_opinion_label_is_the_credit() -> None:
    note = "Rui Almeida é economista e professor na Universidade de Coimbra."
    text = f"O comboio que nunca chega\n\nOpinião\n\n{STORY}\n\nMore to come here.\n\n{note}\n"
    blocks = list(read_plaintext(text, "-", None).body_blocks())
    assert (blocks[-1].kind.value, blocks[-1].text) == ("credit", note)


def test_a_mails_title_over_its_greeting_and_a_section_over_a_paragraph_stays() -> None:
    text = (
        "Morning Brew: The Fed blinks\n\nGood morning. It's Monday.\n\nMARKETS\n\n"
        f"{STORY}\n\nTECH\n\nApple will open its first store in Lagos next year.\n"
    )
    article = read_plaintext(text, "-", None)
    assert (article.title, [s.heading for s in article.sections]) == (
        "Morning Brew: The Fed blinks",
        ["MARKETS", "TECH"],
    )


def test_a_russian_columnists_note_under_its_label_is_the_credit() -> None:
    note = "Алексей Воронов — транспортный урбанист."
    text = f"Почему городам нужны трамваи\n\nМнение\n\n{STORY}\n\n{STORY}\n\n{note}\n"  # noqa: RUF001
    blocks = list(read_plaintext(text, "-", None).body_blocks())
    assert (blocks[-1].kind.value, blocks[-1].text) == ("credit", note)


@pytest.mark.parametrize("dateline", ["", "MADRID, 7 dic (EFE).- "])
def test_an_agencys_name_alone_under_the_title_is_not_read(dateline: str) -> None:
    assert body(f"Greve dos médicos\n\nEFE\n\n{dateline}{STORY}\n")[0] == f"{dateline}{STORY}"


def test_a_name_alone_under_the_title_that_the_writers_card_repeats_is_the_byline() -> None:
    card = "Sobre la firma\nMartín Rodríguez\nRedactor de la sección Sociedad"
    article = read_plaintext(
        f"Sube el boleto\n\nMartín Rodríguez\n\n{STORY}\n\n{card}\n", "-", None
    )
    assert (article.byline, [b.text for b in article.body_blocks()]) == (
        "Martín Rodríguez",
        [STORY],
    )


def test_a_name_in_capitals_over_its_place_and_stamp_is_said_as_written() -> None:
    lines = "ANA BELÉN RUIZ\nMadrid\nActualizado Domingo, 7 diciembre 2026 - 10:25"
    assert read_plaintext(f"Gran Vía cerrada\n\n{lines}\n\n{STORY}\n", "-", None).byline == (
        "Ana Belén Ruiz"
    )


def test_a_notes_inline_fields_under_its_title_are_not_read() -> None:
    fields = "Mood:: calm\nWeather:: frost, then sun"
    text = f"# Sunday 7 December\n\n{fields}\n\nWalked to the reservoir.\n"
    assert [b.text for b in read_markdown(text).body_blocks()] == ["Walked to the reservoir."]

"""Pasted stories' shapes found by the sixth round of fresh stories (issue 15): a photo's credit
after its caption, a gallery's counter, a republisher's note, an obituary site's lines, writers'
cards, a caption over its credit, an editor's note above the headline, a section's name in more
words, bylines with their stamp after a bar or a dash, a dash and a writer's note closing a
column, a thread's mark, WordPress' caption shortcode; each rule with a case where it must not
apply."""

from __future__ import annotations

import pytest

from narrator.models import Article
from narrator.readers.markdown import read_markdown
from narrator.readers.outlet_lines import is_outlet_line
from narrator.readers.plaintext import read_plaintext
from narrator.readers.structure import author_names

PARAGRAPH = "The council voted on Thursday night to rebuild the pier, officials said."
LATER = "Work is due to start in the spring, and the pier should open in two years."
HEADLINE = "Council votes to rebuild the pier after storm"


def read(text: str, language: str = "en") -> Article:
    return read_plaintext(text, language=language)


def texts(article: Article) -> list[str]:
    return [block.text for block in article.body_blocks()]


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters battle the Ridge Fire near Ojai on Nov. 14. Mario Tama / Getty Images",
        "Jane Roe/NPR",
        "1 of 12",
        "Photo 3 of 12",
        "Copyright 2026 NPR",
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
        "Published by Elmford Gazette on Dec. 5, 2026.",
        "To plant trees in memory, please visit the Sympathy Store.",
        "Sostieni ilfattoquotidiano.it: se credi nel nostro lavoro, abbonati.",
        "Lire aussi Retraites : ce que contient le texte voté par les députés",
        "Start your day with the latest news: Sign up for ABC News' morning newsletter.",
        "This transcript was automatically generated and may contain errors.",
        "Subscribe on Apple Podcasts | Spotify | YouTube",
        "X.com Facebook E-Mail Messenger WhatsApp",
    ],
)
def test_a_sites_own_line_is_known(line: str) -> None:
    assert is_outlet_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said Sam Lee / AP had the story first.",
        "The vote was 3 of 12 in favour.",
        "Lire aussi les romans de Zola, conseille-t-elle.",
        "The study was published in Nature on Tuesday and has been widely read.",
        "Copyright law protects the design of the pier, the council said.",
    ],
)
def test_a_sentence_of_the_story_is_no_sites_line(line: str) -> None:
    assert not is_outlet_line(line)


def test_writers_cards_under_the_story_are_not_read() -> None:
    cards = "Jane Doe\nJane Doe is a politics reporter for NBC News."
    article = read(f"{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n{LATER}\n\n{cards}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_name_over_a_sentence_of_someone_else_is_kept() -> None:
    block = "Sam Lee\nJane Doe is a politics reporter for NBC News."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{block}\n\n{LATER}\n")
    assert "Jane Doe is a politics reporter for NBC News." in " ".join(texts(article))


def test_a_caption_over_its_credit_is_not_read() -> None:
    caption = "Wahlplakate in Bukarest\nFoto: Andrei Pungovschi / AFP"
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


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


def test_a_dash_and_the_writers_note_closing_a_column_is_its_credit() -> None:
    note = "\u2014 Helen Marsh is a writer and the author of The Long Post."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{note}\n")
    assert [b.text for b in article.body_blocks() if b.kind.value == "credit"] == [note]


def test_a_threads_mark_before_its_first_counter() -> None:
    article = read(
        "Maya Okafor\n\n\U0001f9f5 1/3 We surveyed forty farms.\n\n2/3 Hedges matter.\n\n"
        "3/3 The paper is open access.\n"
    )
    assert texts(article) == [
        "We surveyed forty farms.",
        "Hedges matter.",
        "The paper is open access.",
    ]


def test_a_wordpress_caption_shortcode_is_not_read() -> None:
    caption = (
        '[caption id="attachment_4" align="aligncenter" width="800"]<img src="a.jpg" alt="" /> '
        "The first flowers.[/caption]"
    )
    article = read_markdown(f"# {HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


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
    ("title", "credited"),
    [("Opinion: The pier is worth saving", True), ("Council votes to rebuild the pier", False)],
)
def test_a_columnists_note_closes_an_opinion_piece_only(title: str, credited: bool) -> None:
    note = "Helen Marsh owns a bookshop on the pier and chairs the traders' association."
    article = read(f"{title}\n\n{PARAGRAPH}\n\n{LATER}\n\n{note}\n")
    credits = [b.text for b in article.body_blocks() if b.kind.value == "credit"]
    assert credits == ([note] if credited else [])

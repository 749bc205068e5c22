"""What a service prints around a pasted story (a blog's way to its other posts, a forum post's
frame, a podcast's calls, a portal's buttons, a public body's labels), and the marks a writer or
their software puts on it (a signature, clause numbers, a show's chapter times, a quote's stamp)
(issue 15): not read, the words they mark are; each rule with a case where it must not apply.
The lines here are not those of the unseen stories that found the rules."""

from __future__ import annotations

import pytest

from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


@pytest.mark.parametrize(
    "line",
    [
        "Previous article: Harbour wall repairs finished early",
        "Nächster Beitrag: Sommerfest 2027",
        "Entrada anterior",
        "« Reply #12 on: March 03, 2026, 10:01:55 AM »",
        "Report to moderator",
        "Follow the show wherever you get your podcasts.",
        "Escúchalo también en Spotify y Apple Podcasts.",
        "Support the podcast: join our members' club for bonus episodes.",
        "4.8 from 35 votes",
        "Load more updates",
        "To unsubscribe, click the link at the bottom of any message.",
        "Abrelo en tu navegador",
        "Lire l'article complet",
        "Reserve your seat now",
        "Shared from the Harbour Herald app",
        "Legal notice",
        "Cette page vous a-t-elle été utile ? Oui Non",
        "Print page | Back to top",
        "Share on LinkedIn · Share by email",
        "Pressemitteilung Nr. 88 vom 04.12.2026",
        "Jahresbericht 2025 (PDF, 1,8 MB)",
        "Posted by admin on 3 March 2026",
        "View all documents",
        "Home | Services | Contact us",
        "To receive our news on Telegram, join the channel.",
    ],
)
def test_a_services_own_line_is_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "line",
    [
        "Next post office to close is in Leeds, the union said.",
        "To unsubscribe, customers must call the company, which regulators say is unlawful.",
        "To get around the ban, protesters used Signal and Telegram.",
        "The pinned message was deleted within an hour of the vote.",
        "He logged on at 9 a.m. and stayed until midnight.",
        "Members voted 54 to 12 to keep the club open all year.",
    ],
)
def test_a_storys_own_line_like_them_is_read(line: str) -> None:
    assert line in texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n"))


def test_a_signature_under_its_delimiter_is_not_read() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n--\nRetired ferry engineer.\nViews my own.\n"
    assert texts(read(text)) == [PARAGRAPH, LATER]


def test_a_reports_clause_numbers_are_not_read_its_headings_are() -> None:
    text = (
        f"{HEADLINE}\n\n1. Summary\n\n1.1 {PARAGRAPH}\n\n1.2 {LATER}\n\n2. Costs\n\n"
        "2.1 The work would cost about two million pounds.\n"
    )
    article = read(text)
    assert [section.heading for section in article.sections] == ["Summary", "Costs"]
    assert texts(article)[-1] == "The work would cost about two million pounds."


def test_a_live_pages_times_are_no_clause_numbers() -> None:
    text = (
        f"{HEADLINE}\n\n14.05 BST\nPier reopens\n\n{PARAGRAPH}\n\n13.30 BST\nVote due\n\n"
        f"{LATER}\n\n12.10 GMT\nMeeting opens\n\nCouncillors are arriving.\n"
    )
    assert [section.heading for section in read(text).sections] == [
        "14.05 BST: Pier reopens",
        "13.30 BST: Vote due",
        "12.10 GMT: Meeting opens",
    ]


def test_a_shows_chapters_are_read_as_their_titles() -> None:
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\n[0:00] Welcome\n[4:12] The storm night\n"
        "[19:30] What the engineers found\n\n"
        f"{LATER}\n"
    )
    article = read(text)
    assert texts(article) == [
        PARAGRAPH,
        "Welcome.",
        "The storm night.",
        "What the engineers found.",
        LATER,
    ]


def test_a_forum_quotes_stamp_is_not_read_its_poster_is() -> None:
    text = (
        f"{HEADLINE}\n\nQuote from: pier_fan on March 02, 2026, 07:45:00 PM\n"
        f"Will it be wooden again?\n\n{LATER}\n"
    )
    assert texts(read(text))[0] == "Quote from: pier_fan Will it be wooden again?"


def test_a_pdfs_title_wrapped_after_a_word_that_cannot_end_it_is_one_line() -> None:
    text = (
        "Council approves plan to rebuild the pier and\nHarbour Road sea wall\n\n"
        f"{PARAGRAPH}\n\n{LATER}\n\n- more -\n\nHarbour Council / Page 2\n\n{PARAGRAPH}\n"
    )
    article = read(text)
    assert article.title == "Council approves plan to rebuild the pier and Harbour Road sea wall"
    assert texts(article) == [PARAGRAPH, LATER, PARAGRAPH]

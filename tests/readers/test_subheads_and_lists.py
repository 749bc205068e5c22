"""Subheads and lists in pasted text (issue 15): a subhead that lost its full stop, a label
over its points or its line-up, a ticker's headlines, an explainer's questions, a standfirst;
and the wrapped paragraphs, sentences and one-line labels that are none of them."""

from __future__ import annotations

from narrator.models import BlockKind
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


def test_a_first_subhead_under_a_standfirst_with_no_full_stop_heads_its_section() -> None:
    article = read(
        f"{HEADLINE}\n\nArriva l'aria artica, sotto zero al Nord\n\nSabato\n\n{PARAGRAPH}\n\n"
        f"Domenica\n\n{LATER}\n",
        "it",
    )
    assert [section.heading for section in article.sections] == [None, "Sabato", "Domenica"]


def test_a_short_standfirst_over_a_story_with_no_subheads_is_read_as_a_paragraph() -> None:
    article = read(f"{HEADLINE}\n\nMoeda recua no dia\n\n{PARAGRAPH}\n\n{LATER}\n", "pt")
    assert texts(article) == ["Moeda recua no dia", PARAGRAPH, LATER]


def test_a_labelled_lists_longer_items_are_its_items() -> None:
    results = (
        "Results:\nRaducanu (GB) bt Pegula (US) 6-4 3-6 7-6 (10-7)\nSabalenka (Blr) bt Andreeva 6-2"
    )
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{results}\n")
    assert [section.heading for section in article.sections] == [None, "Results:"]
    assert [block.kind.value for block in article.body_blocks()][1:] == ["list_item", "list_item"]


def test_a_label_over_a_wrapped_paragraph_is_no_list() -> None:
    note = "Update:\nThe council has now said that the road\nwill reopen on Monday morning."
    assert "list_item" not in [
        block.kind.value for block in read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{note}\n").body_blocks()
    ]


def test_a_labelled_line_up_is_a_list() -> None:
    lineup = (
        "Aufstellungen:\n"
        "Leverkusen: Hradecky - Frimpong, Tah, Tapsoba, Grimaldo - Xhaka, Andrich - Wirtz\n"
        "Mainz: Zentner - Caci, Hanche-Olsen, Kohr, Mwene - Sano, Amiri - Lee, Burkardt\n"
    )
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lineup}", "de")
    items = [b.text for b in article.body_blocks() if b.kind.value == "list_item"]
    assert [item.split(":")[0] for item in items] == ["Leverkusen", "Mainz"]


def test_a_tickers_headlines_between_marks_are_headings() -> None:
    text = (
        f"{HEADLINE}\n\n+++ Pier vote passes +++\n\n{PARAGRAPH}\n\n+++ Work starts +++\n\n{LATER}\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == ["Pier vote passes", "Work starts"]


def test_plus_signs_inside_a_sentence_are_no_ticker() -> None:
    line = "+++ marks a line in the diff, and the tool shows it in green."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n")) == [PARAGRAPH, line]


def test_a_label_over_one_line_after_a_labelled_list_is_a_list() -> None:
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nPros\nBeautiful, hand-painted harbour\n"
        "A story that earns its twist\n\nCons\nThe market menus are fiddly\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == [None, "Pros", "Cons"]


def test_a_label_over_one_line_after_prose_stays_a_paragraph() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nUpdate\nThe pier has reopened to walkers\n"
    assert [s.heading for s in read(text).sections] == [None]


def test_a_recipes_ingredients_under_their_label_are_a_list_under_a_heading() -> None:
    text = "Bolo\n\nUm bolo simples.\n\nIngredientes\n3 ovos\n2 laranjas\n1 xícara de óleo\n"
    article = read(text, "pt")
    assert [s.heading for s in article.sections] == [None, "Ingredientes"]
    assert [b.kind.value for b in article.sections[1].blocks] == ["list_item"] * 3


def test_a_subhead_over_a_paragraph_that_lost_its_full_stop() -> None:
    text = (
        f"Five things\n\n{PARAGRAPH}\n\nWhat we're reading\n\n"
        "And finally, here's what Jane Doe is interested in this morning\n"
    )
    assert [s.heading for s in read(text).sections] == [None, "What we're reading"]


def test_a_subhead_under_a_heading_in_capitals() -> None:
    text = f"The Morning\n\n{PARAGRAPH}\n\nTHE LATEST NEWS\n\nClimate\n\n{LATER}\n"
    assert [s.heading for s in read(text).sections] == [None, "THE LATEST NEWS", "Climate"]


def test_a_heading_on_the_line_over_its_paragraph() -> None:
    about = "Northwind Foods, Inc. makes frozen and refrigerated meals sold in 14 countries."
    article = read(f"Results\n\n{PARAGRAPH}\n\nAbout Northwind Foods\n{about}\n")
    assert [s.heading for s in article.sections] == [None, "About Northwind Foods"]
    assert texts(article) == [PARAGRAPH, about]


def test_a_short_first_line_of_an_unfinished_paragraph_is_its_own() -> None:
    text = f"Results\n\n{PARAGRAPH}\n\nNorthwind Foods\nmakes frozen meals, and more\n"
    assert [s.heading for s in read(text).sections] == [None]


def test_a_label_over_its_points_is_a_heading_and_items() -> None:
    article = read(
        "Nvidia beats\n\nKey Points\nNvidia reported revenue of $57 billion.\n"
        "The company guided to $65 billion in sales.\n\n"
        "Earnings per share: $1.30 adjusted vs. $1.25 expected\n"
        "Revenue: $57.01 billion vs. $54.92 billion expected\n\n"
        "Shares fell 3% after hours.\n"
    )
    assert [s.heading for s in article.sections] == ["Key Points"]
    assert [(b.kind, b.text) for b in article.body_blocks()] == [
        (BlockKind.LIST_ITEM, "Nvidia reported revenue of $57 billion."),
        (BlockKind.LIST_ITEM, "The company guided to $65 billion in sales."),
        (BlockKind.LIST_ITEM, "Earnings per share: $1.30 adjusted vs. $1.25 expected."),
        (BlockKind.LIST_ITEM, "Revenue: $57.01 billion vs. $54.92 billion expected."),
        (BlockKind.PARAGRAPH, "Shares fell 3% after hours."),
    ]


def test_a_line_over_names_is_no_label_over_points() -> None:
    article = read("Pineapple cake\n\nMake with\nBetty Crocker Cake Mix\nIngredients\n\nBake it.\n")
    assert [s.heading for s in article.sections] == [None]


def test_a_wrapped_paragraph_is_no_list() -> None:
    article = read(
        "Title\n\nThe council voted on Thursday night to rebuild the\n"
        "Pier, which first opened in 1872 and burned down in\n"
        "October 2010, officials said.\n\nAnother paragraph.\n"
    )
    assert texts(article)[0].startswith("The council voted on Thursday night to rebuild the Pier")
    assert {b.kind for b in article.body_blocks()} == {BlockKind.PARAGRAPH}


EXPLAINER = (
    "Explainer\n\nLONDON (Reuters) - Britain taxed banks. Here is what we know:\n\n"
    "What is the new tax and who will have to pay it?\n\nBanks with big profits.\n\n"
    "{second}\n\nAbout two billion pounds a year.\n"
)


def test_an_explainers_long_questions_head_its_sections() -> None:
    article = read(EXPLAINER.format(second="How much will it raise?"))
    assert [s.heading for s in article.sections] == [
        None,
        "What is the new tax and who will have to pay it?",
        "How much will it raise?",
    ]


def test_one_long_question_alone_is_a_paragraph() -> None:
    article = read(EXPLAINER.format(second="It will raise more than was thought a year ago."))
    assert [s.heading for s in article.sections] == [None]

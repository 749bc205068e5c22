"""How a pasted story closes (issue 15): a release's contacts and notes, an agency's end marks
and credit, a writer's or contributors' credit, a writer's name, card or note closing the
story (its credit, or not read), a bookshop's line; each rule with a case where it must
not apply."""

from __future__ import annotations

import pytest

from narrator.models import BlockKind
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


def test_a_releases_contact_and_its_empty_notes_label_are_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nNotes to editors\n\n"
        "For more information contact the press office on 01234 567890 or press@example.ac.uk.\n"
    )
    assert texts(article) == [PARAGRAPH, LATER]


def test_notes_to_editors_with_notes_under_them_are_read() -> None:
    notes = "East West Rail was first proposed in 1995. The route is about 130 km long."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nNotes to editors\n\n{notes}\n")
    assert texts(article)[-1] == notes


def test_a_sentence_asking_for_more_information_is_read() -> None:
    asked = "For more information, residents should contact the council before Friday."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{asked}\n")) == [PARAGRAPH, asked]


@pytest.mark.parametrize(
    "closing", ["(ANSA).", "(dpa)", "Leggi l'articolo completo su ANSA.it", "Continua sul Post"]
)
def test_an_agencys_closing_credit_and_link_are_not_read(closing: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n", "it")) == [PARAGRAPH]


def test_a_closing_sentence_in_brackets_is_read() -> None:
    closing = "(The council will meet again in January.)"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n"))[-1] == closing


def test_a_russian_writers_name_closing_the_story_is_its_credit() -> None:
    story = "Минфин разместил облигации.\n\nАналитики ожидают роста.\n\nДмитрий Козлов\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert [block.kind.value for block in article.body_blocks()][-1] == "credit"


def test_a_russian_name_inside_the_story_is_read_as_its_paragraph() -> None:
    story = "Дмитрий Козлов\n\nМинфин разместил облигации.\n\nАналитики ожидают роста.\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert "credit" not in [block.kind.value for block in article.body_blocks()]


def test_a_writers_credit_after_a_lead_of_clutter_is_kept() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nShare the Brief\nYou currently have 0 referrals.\n\n"
        "Written by Jane Doe and Sam Lee\n"
    )
    assert [block.text for block in article.body_blocks()][-1] == "Written by Jane Doe and Sam Lee"


def test_a_russian_papers_writers_after_their_label_closing_the_story_are_its_credit() -> None:
    story = "Минфин разместил облигации.\n\nАвторы: Анна Смирнова, Иван Петров\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert [block.kind.value for block in article.body_blocks()][-1] == "credit"


def test_a_reviews_bookshop_line_after_its_last_sentence_goes() -> None:
    last = "The Glass Orchard by Ana Reyes is published by Faber."
    shop = (
        "To support the Guardian and Observer, order your copy at guardianbookshop.com. "
        "Delivery charges may apply."
    )
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{last} {shop}\n")) == [PARAGRAPH, last]


def test_a_releases_for_more_information_block_goes() -> None:
    block = "For More Information\nPress contacts:\nMaria Rossi\nPhone: +32 2 29 12345"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{block}\n")) == [PARAGRAPH, LATER]


def test_an_italian_agencys_desk_and_footer_are_not_read() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nRed-Mar\n\n(RADIOCOR) 05-12-26 17:45:12 (0412) 5 NNNN\n"
    assert texts(read(text, "it")) == [PARAGRAPH]


def test_a_name_alone_under_the_story_signs_it() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nRuth Ellis\n")
    assert [(b.kind.value, b.text) for b in article.body_blocks()][-1] == ("credit", "Ruth Ellis")


def test_a_headline_alone_at_the_end_is_no_signature() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nWork starts in the spring\n")
    assert [b.kind.value for b in article.body_blocks()] == ["paragraph", "paragraph"]


def test_a_releases_contacts_under_a_label_go() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nContacts\n\nMedia:\nSam Lee\npress@northwind.example\n"
    assert texts(read(text)) == [PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    [
        "ABC // JMR",
        "Lusa/Fim",
        "Réutiliser ce contenu",
        "Se qualcuno ti ha inoltrato questa email, puoi iscriverti qui.",
        "Bildmaterial: Eine Visualisierung steht unter example.de/presse zum Download bereit.",
    ],
)
def test_end_marks_and_notes_of_agencies_and_papers_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{line}\n")) == [PARAGRAPH, LATER]


def test_a_desks_editor_closing_the_story_is_its_credit() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nRedaktion: Lena Vogt\n", "de")
    assert [b.kind.value for b in article.body_blocks()][-1] == "credit"


def test_media_enquiries_lead_their_contacts() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nMedia enquiries\nPress Office\npress@example.ac.uk\n"
    assert texts(read(text)) == [PARAGRAPH]


def test_writers_cards_under_the_story_are_not_read() -> None:
    cards = "Jane Doe\nJane Doe is a politics reporter for NBC News."
    article = read(f"{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n{LATER}\n\n{cards}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_name_over_a_sentence_of_someone_else_is_kept() -> None:
    block = "Sam Lee\nJane Doe is a politics reporter for NBC News."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{block}\n\n{LATER}\n")
    assert "Jane Doe is a politics reporter for NBC News." in " ".join(texts(article))


def test_a_dash_and_the_writers_note_closing_a_column_is_its_credit() -> None:
    note = "\u2014 Helen Marsh is a writer and the author of The Long Post."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{note}\n")
    assert [b.text for b in article.body_blocks() if b.kind.value == "credit"] == [note]


@pytest.mark.parametrize(
    ("title", "credited"),
    [("Opinion: The pier is worth saving", True), ("Council votes to rebuild the pier", False)],
)
def test_a_columnists_note_closes_an_opinion_piece_only(title: str, credited: bool) -> None:
    note = "Helen Marsh owns a bookshop on the pier and chairs the traders' association."
    article = read(f"{title}\n\n{PARAGRAPH}\n\n{LATER}\n\n{note}\n")
    credits = [b.text for b in article.body_blocks() if b.kind.value == "credit"]
    assert credits == ([note] if credited else [])


def test_a_byline_credit_with_its_editor_is_the_credit() -> None:
    article = read(f"Title\n\n{PARAGRAPH}\n\n(By Jane Doe; Editing by Sam Lee)\n")
    assert article.body_blocks()[-1].kind is BlockKind.CREDIT


@pytest.mark.parametrize(
    "credit",
    [
        "Associated Press writer John Roe in Detroit contributed to this report.",
        "Jane Roe contributed reporting from Kyiv.",
    ],
)
def test_a_contributors_line_is_the_credit(credit: str) -> None:
    article = read(f"Title\n\n{PARAGRAPH}\n\n{credit}\n")
    assert article.body_blocks()[-1].kind is BlockKind.CREDIT


def test_a_sentence_about_contributions_is_the_body() -> None:
    text = "Donors contributed to this report's funding, the charity said."
    assert read(f"Title\n\n{PARAGRAPH}\n\n{text}\n").body_blocks()[-1].kind is BlockKind.PARAGRAPH

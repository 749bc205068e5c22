"""A page's lines about itself (narrator.readers.tool_lines), a guide's contents box of which
only some parts come again (narrator.readers.contents_boxes), a writer's title before the name
in a byline (narrator.readers.structure), an update's stamp over its text (narrator.readers.
summaries), a batch's number after a date (narrator.readers.stamps) and an event's date and time
among its fields (narrator.readers.event_fields), each with lines where it must not apply."""

from __future__ import annotations

import pytest

from narrator.readers.contents_boxes import without_contents_boxes
from narrator.readers.event_fields import is_event_field
from narrator.readers.stamps import is_stamp, is_update_head
from narrator.readers.structure import author_names, byline_of, metadata_parts
from narrator.readers.summaries import headed_paragraph
from narrator.readers.tool_lines import is_tool_lead, is_tool_line
from narrator.readers.trailers import without_clutter


@pytest.mark.parametrize(
    "line",
    [
        "Le Courrier de l'Ain - Version imprimable",
        "Printer-friendly version",
        "Imprimer cette page | Fermer la fenêtre",
        "Print this page | Close window",
        "Seite drucken | Fenster schließen",
        "You are receiving this because you signed up at harbourward.example. Unsubscribe",
        "You're receiving this email because you subscribed on our website.",
        "Know someone who would like this? Forward it to a friend.",
        "Alle Ergebnisse der Kommunalwahlen finden Sie in unserem Wahlportal.",
        "Find all the results on our elections page.",
        "Retrouvez tous les résultats sur notre page spéciale.",
        "Updated 7 December 2026 \u2013 Latest update: new information on flooding in the coast.",
        "Case No. A-24-1187 | Opinion filed December 4, 2026",
        "Docket No. 24-118 | Decided March 3, 2026",
        "This summary was prepared by the Office of Public Information for the convenience of"
        " the public. It is not part of the opinion of the court and may not be cited.",
        "This press summary is provided to assist in understanding the decision. It does not"
        " form part of the reasons for the decision.",
    ],
)
def test_the_page_s_own_line_goes(line: str) -> None:
    assert is_tool_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The printer-friendly version of the report is due next week, officials said.",
        "Close the window and print the form, the council advised.",
        '"You can see all of it on our page," she said.',
        "Voters can find the results in the town's portal.",
        "All the candidates took part in our debate on Monday.",
        "The court's summary is not part of the opinion, the judge said.",
        "Schools in the area will be closed | Updated 7 December 2026",
        "Updated guidance was published on 7 December 2026.",
        "Case No. 5 was the hardest, the detective said | Filed December 4, 2026 by the clerk",
        "Forward planning will be key to the scheme, she said.",
    ],
)
def test_the_story_s_line_stays(line: str) -> None:
    assert not is_tool_line(line)


def test_an_alerts_box_label_leads_its_pitch() -> None:
    assert is_tool_lead("Get email alerts")
    assert is_tool_lead("Sign up for text alerts:")
    assert not is_tool_lead("Get alerts from your bank before you pay")


def test_a_labelled_contents_box_goes_though_only_some_parts_come_again() -> None:
    box = ["Contents", "Warnings and insurance", "Safety and security", "Entry requirements"]
    groups = [box, ["Heavy rains have caused flooding."], ["Safety and security"], ["Avoid it."]]
    assert without_contents_boxes(groups) == groups[1:]


def test_a_labelled_list_of_sentences_or_of_nothing_again_stays() -> None:
    box = ["Contents", "Warnings and insurance.", "Safety and security."]
    groups = [box, ["Heavy rains."], ["Safety and security"], ["Avoid it."]]
    assert without_contents_boxes(groups) == groups
    unlabelled = [["Warnings and insurance", "Safety and security"], ["Safety and security"]]
    assert without_contents_boxes(unlabelled) == unlabelled


def test_a_writer_s_title_before_the_name_is_left_out() -> None:
    assert byline_of("di avv. Giulia Ferri") == "Giulia Ferri"
    assert byline_of("por dra. Ana Ruiz") == "Ana Ruiz"
    assert author_names("Avv Giulia Ferri") == ["Giulia Ferri"]
    assert author_names("dott.ssa Maria Bianchi") == ["Maria Bianchi"]
    assert author_names("Dr Ann Lee") == ["Dr Ann Lee"]
    assert byline_of("By Dr. Ann Lee") == "Dr. Ann Lee"


@pytest.mark.parametrize(
    "line",
    [
        "Artikel teilen: Facebook | WhatsApp | E-Mail",
        "Compartir: Facebook | X | WhatsApp | Imprimir",
        "Newsletter: Verpassen Sie keinen Rückruf mehr, jetzt kostenlos abonnieren!",
        "Jess Morgan is fundraising for Riverside Hospice",
        "£3,420 raised of £5,000 target",
        "86 supporters",
        "Report this page",
    ],
)
def test_a_share_bar_a_newsletter_s_label_and_a_fundraiser_s_lines_go(line: str) -> None:
    assert is_tool_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share: the city will decide on Monday.",
        "Newsletter: the school's winter issue is out.",
        "Jess Morgan is fundraising for Riverside Hospice.",
        "The appeal has £3,420 raised of £5,000 target so far.",
        "About 86 supporters came.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line: str) -> None:
    assert not is_tool_line(line)


def test_a_page_s_question_on_itself_and_a_list_of_donations_lead_their_lines() -> None:
    assert is_tool_lead("Was this information helpful? Yes / No")
    assert is_tool_lead("Sign up for text alerts about incidents in your area")
    assert is_tool_lead("Recent donations")
    assert not is_tool_lead("Get updates from the council on Monday")


def test_an_update_s_stamp_heads_its_text() -> None:
    update = [
        "Update: Tuesday 8 December, 3pm",
        "Repairs are finished and we are slowly refilling the network. Most have it by 6pm.",
    ]
    assert headed_paragraph(update) == "Update: Tuesday 8 December, 3pm"
    said = ["Update: the council says the road is open", "It was shut for two days after a crash."]
    assert headed_paragraph(said) is None


def test_a_batch_number_after_a_date_is_no_paper_s_name() -> None:
    assert not is_stamp("14.05.2027, Charge L2461")
    assert is_stamp("Friday December 05 2026, 6.00pm GMT, The Times")
    assert is_update_head("Update: Monday 7 December, 9pm")


def test_an_event_s_date_and_time_among_its_fields_stay() -> None:
    fields = [
        "Fecha: sábado 19 de diciembre de 2026",
        "Hora: 19:30",
        "Lugar: Teatro Municipal, plaza de España, 3",
        "Precio: 5 euros",
    ]
    assert without_clutter([["El concierto será el sábado."], fields]) == [
        ["El concierto será el sábado."],
        fields,
    ]
    block = ["Date: Saturday 19 December", "Venue: Town Hall"]
    assert is_event_field(block[0], block)
    assert is_event_field(block[1], block)


def test_a_labelled_date_alone_is_the_page_s_stamp() -> None:
    assert not is_event_field("Fecha: 07/12/2026", ["Fecha: 07/12/2026"])
    assert without_clutter([["Fecha: 07/12/2026"], ["El concierto será el sábado."]]) == [
        ["El concierto será el sábado."]
    ]


def test_a_writer_s_line_with_a_dash_and_a_labelled_reading_time_is_metadata() -> None:
    line = "di avv. Giulia Ferri - 7 dicembre 2026 Tempo di lettura: 4 minuti"
    assert metadata_parts(line) == ("Giulia Ferri", None)
    assert metadata_parts("Lesezeit: 3 Min.") == (None, None)
    assert metadata_parts("The bridge - which opened in 2024 - was closed on Monday.") is None
    assert metadata_parts("Reading time is 4 minutes, the app says - or less.") is None

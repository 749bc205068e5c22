"""A public body's notice as its website shows it, pasted or saved (issue 15): the body's name
over the headline and the stamp's block of labels under it, its small print (a statement that
it does not discriminate, a link by its arrow, a web address for more, a newsletter's edition
line), a section's paragraph after a list, the page's head run into one paragraph, a headline
its microdata names, a box asking for a gift. Each rule with a case where it must not apply.
The lines here are not those of the unseen stories that found the rules."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts

MORE = (
    "<p>Rangers will plant marram grass along two miles of the dunes over the winter.</p>"
    "<p>The grass binds the sand and lets the dunes grow back after each storm.</p>"
    "<p>Volunteers are welcome on Saturday mornings from the visitor centre.</p>"
)


@pytest.mark.parametrize(
    "head",
    [
        "Harbour Town Police Department",
        "Skip to main content\nWestshire County Council\nRoads and Transport",
        "Департамент транспорта — Администрация города Светлогорска",
        "Ayuntamiento de Villaverde · Servicio de Prensa",
    ],
)
def test_a_bodys_name_over_the_headline_over_its_stamp_is_not_the_title(head: str) -> None:
    article = read(f"{head}\n\n{HEADLINE}\n\n3 March 2026 | News\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.title == HEADLINE
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    ("title", "under"),
    [
        # a headline in capitals over its standfirst without a stop, over the stamp
        ("Harbour Rail Orders 12 New Trams", "The order is the largest in the city's history"),
        # a section's name over the headline, over its standfirst and the writer's stamp
        ("Economy\nBank holds its rate at 4%", "The third pause in a row"),
    ],
)
def test_a_headline_over_its_standfirst_stays_the_title(title: str, under: str) -> None:
    text = f"{title}\n\n{under}\n\nJane Doe\n3 March 2026, 10:15\n\n{PARAGRAPH}\n"
    assert read(text).title != under


@pytest.mark.parametrize(
    "block",
    [
        "Published 3 March 2026, 09:10\nNews | Roads and transport",
        "Notice\nUpdated March 3, 2026",
        "Safety notice\nReference: HT-2026-114\nLast updated: 3 March 2026",
    ],
)
def test_the_stamps_block_with_the_pages_labels_is_not_read(block: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{block}\n\n{PARAGRAPH}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_live_entrys_time_over_its_headline_is_no_such_block() -> None:
    text = f"{HEADLINE}\n\nPosted 10:05 AM\nFerry service resumes\n\n{PARAGRAPH}\n"
    assert "Ferry service resumes" in " ".join(
        [*(s.heading or "" for s in read(text).sections), *texts(read(text))]
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Town Water Authority is an equal opportunity provider and employer.",
        "An equal opportunity employer.",
        "← Volunteers clear the beach after the storm",
        "Pier cafe reopens for the summer →",
        "All news",
        "Per ulteriori informazioni: comune.example.it",
        "For updates: harbourtown.example.gov",
        "Harbour Matters | Residents' newsletter | March 2026",
        "Bulletin · Issue 22",
    ],
)
def test_a_notices_small_print_is_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "line",
    [
        "The firm is an equal opportunity employer, she said, and hires widely.",
        "Prices went up → and then down again within the week.",
        "For updates, the council said, residents should check its website.",
        "The Harbour Matters newsletter \u2013 March 2026 edition was printed late.",
    ],
)
def test_a_storys_line_like_them_is_read(line: str) -> None:
    assert line in texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n"))


def test_a_heading_over_two_sentences_after_a_list_is_a_paragraph_not_a_point() -> None:
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nHow to apply\n- Online\n- By post\n- In person\n\n"
        f"Fees from April\n{LATER} The new fee will be set in March.\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == [None, "How to apply", "Fees from April"]
    last = article.sections[-1].blocks
    assert [b.kind.value for b in last] == ["paragraph"]


def test_a_pages_head_run_into_a_paragraph_is_not_read_again() -> None:
    page = (
        "<html><head><title>Bridge closed to lorries after inspection | Westshire</title></head>"
        "<body><main><div class='head'><span class='badge'>Closed</span>"
        "<h1>Bridge closed to lorries after inspection</h1>"
        "<p class='updated'>Last updated: 03/03/2026 09:15</p></div>"
        f"<div class='body'><p>{PARAGRAPH}</p><p>{LATER}</p></div></main></body></html>"
    )
    article = read_html(page, "notice.html")
    read_out = [block.text for block in article.body_blocks()]
    assert read_out == [PARAGRAPH, LATER]


def test_a_headline_its_microdata_names_leaves_the_sites_name_out_of_the_title() -> None:
    page = (
        "<html><head><title>Crews free driver trapped in car - Harbour Town Volunteer Fire"
        " Brigade</title></head><body><main><div class='item-page'>"
        "<h2 itemprop='headline'>Crews free driver trapped in car</h2>"
        f"<div itemprop='articleBody'><p>{PARAGRAPH}</p><p>{LATER}</p></div>"
        "</div></main></body></html>"
    )
    assert read_html(page, "brigade.html").title == "Crews free driver trapped in car"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        (
            "<div class='donation-box'><h3>Help us save the dunes</h3>"
            "<p>Just £3 a month pays for a ranger's tools.</p><a href='/give'>Give now</a></div>",
            False,
        ),
        (
            "<div class='donation-story'><p>Mary Hale left the trust £40,000 in her will, the"
            " largest gift in its history.</p><p>The money will pay for two new rangers on the"
            " dunes for the next five years.</p></div>",
            True,
        ),
    ],
)
def test_a_box_asking_for_a_gift_is_not_read(box: str, kept: bool) -> None:
    page = (
        "<html><head><title>Dune restoration begins</title></head><body><main><article>"
        f"<h1>Dune restoration begins</h1><p>{PARAGRAPH}</p>{MORE}{box}<p>{LATER}</p>"
        "</article></main></body></html>"
    )
    read_out = " ".join(block.text for block in read_html(page, "dunes.html").body_blocks())
    assert ("£" in read_out) == kept


@pytest.mark.parametrize(
    ("signatory", "read_out"),
    [
        # a notice's signatory over their role and office: read, and no writer's credit
        ("Jane Marsh\nClerk to the Council, Town Hall, Ashby AB1 2CD", True),
        # a footer's address that opens with a place: not read
        ("Head Office, 1 Main Street, Ashby AB1 2CD", False),
    ],
)
def test_a_signatorys_role_and_office_is_no_footers_address(signatory: str, read_out: bool) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{signatory}\n")
    assert ("Ashby AB1 2CD" in " ".join(texts(article))) == read_out
    kinds = [block.kind.value for section in article.sections for block in section.blocks]
    assert "credit" not in kinds

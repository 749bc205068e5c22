"""A web page's title loses the site's name wherever the page tells it (its site name, its
domain, its logo, the h1 beside its <title>), and a title that merely holds dashes, colons or a
word like the site's keeps all its words."""

from __future__ import annotations

import pytest
from conftest import HARBOUR_STORY

from narrator.readers.html import read_html

TITLE = "Harbour plan sent back to the council"


def _title(head: str, body: str = "") -> str:
    story = "".join(f"<p>{text}</p>" for text in HARBOUR_STORY)
    html = f"<html><head>{head}</head><body>{body}<article>{story}</article></body></html>"
    return read_html(html, "p.html").title


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (f"{TITLE} - quaylog", "https://quaylog.example/2024/harbour-plan"),
        (f"{TITLE} - Harbour Wiki", "https://wiki.harbour.example/plan"),
        (
            f"Tide Tales Remaining \u00bb Blog Archive \u00bb {TITLE}",
            "http://tidetales.example/p/1",
        ),
        (f"{TITLE} - Point of Sail - Sails, repairs and kites", "https://pointofsail-lee.example/"),
    ],
)
def test_a_site_named_after_its_domain_is_cut(title: str, url: str) -> None:
    head = f'<title>{title}</title><link rel="canonical" href="{url}">'
    assert _title(head) == TITLE


@pytest.mark.parametrize(
    "title",
    [
        f"{TITLE} | Quayside Weekly Gazette and Harbour Almanac",
        f"Quayside Weekly Gazette and Harbour Almanac | {TITLE}",
        f"{TITLE} : The Gazette",
    ],
)
def test_the_h1_beside_the_title_leaves_the_site_name_out(title: str) -> None:
    assert _title(f"<title>{title}</title>", f"<h1>{TITLE}</h1>") == TITLE


def test_a_tag_before_the_h1_goes_with_the_site_name_after_it() -> None:
    """A Q&A site's title: "tag - Question - Site"."""
    head = "<title>planning - Harbour plan sent back to the council - Quay Answers</title>"
    head += '<meta property="og:site_name" content="Quay Answers">'
    assert _title(head, f"<h1>{TITLE}</h1>") == TITLE


def test_an_h1_that_links_home_is_the_site_name() -> None:
    body = "<header><h1><a href='/'>Tide Table Tales</a></h1></header>"
    head = f"<title>Tide Table Tales \u00bb Blog Archive \u00bb {TITLE}</title>"
    assert _title(head, body) == TITLE
    head = "<title>Winter market \u203a Historic Harbour Society</title>"
    body = "<h1><a href='https://harbour-society.example'>Historic Harbour Society</a></h1>"
    assert _title(head, body) == "Winter market"


def test_the_name_on_the_logo_is_the_site_name() -> None:
    body = "<header><a href='/'><img src='logo.png' alt='Quay Chronicle'></a></header>"
    head = f"<title>{TITLE} - Quay Chronicle - News from the quays</title>"
    assert _title(head, body) == TITLE


@pytest.mark.parametrize(
    "title",
    [f"Town Crier: {TITLE}", f"Town Crier \u2502 {TITLE}", f"{TITLE}\u2502Town Crier"],
)
def test_the_site_name_before_a_colon_or_a_box_bar_is_cut(title: str) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="Town Crier">'
    assert _title(head) == TITLE


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Rock - Paper - Scissors", "Rock"),
        ("Rock - Paper - Scissors", "Rock - Paper - Scissors"),
        ("Rock - Paper - Scissors", ""),
        ("Harbour plan: how the council changed its mind", "Harbour plan"),
        ("Ferries vs. bridges: which do islanders want?", "Ferries vs. bridges"),
        ("Town Crier: a history of the bell", ""),
        ("Harbour Newsletters: what the tides tell us", ""),
    ],
)
def test_a_title_with_dashes_or_a_colon_keeps_its_words(title: str, h1: str) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="Harbour News">'
    assert _title(head, f"<h1>{h1}</h1>" if h1 else "") == title


@pytest.mark.parametrize(
    "marked",
    [
        "<h1 class='site-title'>Town Crier</h1>",
        "<div id='logo'><h1>Town Crier</h1></div>",
        "<div class='header-branding'><div><h1>Town Crier</h1></div></div>",
    ],
)
def test_an_h1_marked_as_the_sites_title_is_not_taken_for_the_headline(marked: str) -> None:
    """Without a link home, the class names it the site's: the title is the rest."""
    head = f"<title>{TITLE} | Town Crier</title>"
    assert _title(head, f"<header>{marked}</header>") == TITLE
    head = f"<title>Town Crier | {TITLE}</title>"
    assert _title(head, f"<header>{marked}</header>") == TITLE


@pytest.mark.parametrize("title", [f"{TITLE} |", f"{TITLE} -", f"| {TITLE}", f"{TITLE} \u2013 "])
def test_a_separator_left_at_an_end_of_the_title_goes(title: str) -> None:
    assert _title(f"<title>{title}</title>") == TITLE


def test_the_pages_own_headline_over_the_one_written_for_sharing() -> None:
    """The <title> and the h1 give the page's headline; the Open Graph title a shorter one
    written for social media."""
    head = (
        f"<title>{TITLE}, its third refusal this year | The Ledger</title>"
        '<meta property="og:title" content="Council says no again">'
    )
    assert _title(head, f"<h1>{TITLE}, its third refusal this year</h1>") == (
        f"{TITLE}, its third refusal this year"
    )


def test_the_shared_title_is_read_when_the_page_title_is_not_the_headline() -> None:
    head = (
        f"<title>The Ledger | {TITLE}</title>"
        '<meta property="og:title" content="Council says no again">'
    )
    assert _title(head, f"<h1>{TITLE}</h1>") == "Council says no again"


@pytest.mark.parametrize(
    "title",
    [
        f"{TITLE} | BIG Brand System",
        f"{TITLE} - The Verge",
        f"{TITLE} - The New York Times",
        f"{TITLE} \u2014 Quay Chronicle",
        f"{TITLE} | News | Quay Chronicle",
        f"{TITLE} | The Quay Chronicle - Your local news",
        f"Quay Chronicle | {TITLE}",
        f"Quay Chronicle \u00b7 {TITLE}",
    ],
)
def test_a_site_name_the_page_does_not_state_is_cut_after_a_separator(title: str) -> None:
    """No site name, h1 or address in the page: a few capitalised words after a dash or a
    bar (or before a bar) at the end of a longer title are the site's name."""
    assert _title(f"<title>{title}</title>") == TITLE


@pytest.mark.parametrize(
    "title",
    [
        "Spider-Man 2 - a review of the year's best game",
        "COVID-19: what the island's ferries will do",
        "Before and after: the harbour - 2024 edition",
        "Q&A: the new ferry timetable, explained",
        "Harbour plan - Part Two",
        "Quay Chronicle: Harbour plan sent back to the council",
        "Ferry | Bridge",
    ],
)
def test_a_title_s_own_dashes_colons_and_bars_stay_when_no_site_is_named(title: str) -> None:
    """A colon after a name that the page does not state is the title's own ("Town Crier: a
    history"), and so is a dash or a bar with too few words beside it."""
    assert _title(f"<title>{title}</title>") == title


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("", "<header><a href='http://[ccpa-preferences]'>Privacy</a></header>"),
        ("<link rel='canonical' href='https://[harbour'>", ""),
    ],
)
def test_a_malformed_address_in_the_page_names_no_site(head: str, body: str) -> None:
    """urlsplit refuses a bracketed host that is no IP address: the page is read all the same
    (it raised ValueError)."""
    assert _title(f"<title>{TITLE} | Quay Chronicle</title>{head}", body) == TITLE

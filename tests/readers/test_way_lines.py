"""A page's ways around itself (narrator.readers.way_lines): each rule with lines where it must
not apply, none of them the fresh batch's lines."""

from __future__ import annotations

import pytest

from narrator.readers.way_lines import (
    is_appeal_call,
    is_page_path,
    is_page_way,
    is_registration,
    is_way_lead,
)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("Residents > Bins and recycling > Garden waste", True),
        ("Angebote > Reisen > Winter", True),
        ("Forum \u203a Allotments", True),
        ("x > y", False),  # a comparison, not a path
        ("Demand > supply", False),
        ("Costs rose > 5% in a year > analysts said", False),
    ],
)
def test_a_path_with_no_home(line: str, path: bool) -> None:
    assert is_page_path(line) is path


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("You might also like", True),
        ("Das k\u00f6nnte Sie auch interessieren", True),
        ("Potrebbe interessarti anche:", True),
        ("You may also like the new opening hours.", False),
        ("You may also like", True),
    ],
)
def test_a_lead_of_more_pages(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Donate now", True),
        ("Make a donation", True),
        ("Give to the club", True),
        ("Jetzt spenden", True),
        ("Donate to help us rebuild the hall", False),
        ("How to donate", False),
        ("Give it a go", False),
    ],
)
def test_a_call_to_give(line: str, call: bool) -> None:
    assert is_appeal_call(line) is call


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Next incident", True),
        ("Previous news", True),
        ("Older posts", True),
        ("Notizia successiva", True),
        ("Next steps", False),
        ("Next week", False),
        ("Previous winners", False),
        ("Next match", False),  # a report's heading over its fixture
    ],
)
def test_a_link_to_the_page_before_or_after(line: str, way: bool) -> None:
    assert is_page_way(line) is way


@pytest.mark.parametrize(
    ("line", "registration"),
    [
        ("Northgate Foods Ltd. Registered in England and Wales No. 04561234", True),
        ("Servizi Idrici S.r.l. - Partita IVA 09876543210", True),
        ("VAT No. GB 123 4567 89", True),
        ("The firm's VAT number was suspended in 2024.", False),
        ("Company number 12345678 filed its accounts late, the registrar said.", False),
    ],
)
def test_a_company_registration(line: str, registration: bool) -> None:
    assert is_registration(line) is registration

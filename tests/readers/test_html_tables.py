"""Tables in a web page: a small table of words is read row by row, a table of figures is
announced."""

from __future__ import annotations

from conftest import FERRY_STORY

from narrator.models import BlockKind
from narrator.readers.html import read_html

STORY = FERRY_STORY[:3]


def _page(table: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Winter ferry fares</title></head><body>"
        f"<article><h1>Winter ferry fares</h1>{body}{table}</article></body></html>"
    )


def _table(*rows: tuple[str, ...], head: tuple[str, ...] = ()) -> str:
    heading = "<tr>" + "".join(f"<th>{cell}</th>" for cell in head) + "</tr>" if head else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{heading}{body}</table>"


def _items(html: str) -> list[str]:
    blocks = read_html(html, "fares.html").body_blocks()
    return [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]


def test_a_small_table_of_words_is_read_row_by_row() -> None:
    table = _table(
        ("Residents", "Free for foot passengers, half price with a car"),
        ("Visitors", "Full fare, with a discount when booked a day ahead"),
        ("Students", "Free on weekdays with a college card"),
        head=("Passenger", "Fare"),
    )
    assert _items(_page(table)) == [
        "Passenger, Fare.",
        "Residents, Free for foot passengers, half price with a car.",
        "Visitors, Full fare, with a discount when booked a day ahead.",
        "Students, Free on weekdays with a college card.",
    ]


def test_a_table_of_figures_is_announced() -> None:
    table = _table(
        ("Oban", "£4.20", "£18.50"),
        ("Mull", "£3.90", "£16.80"),
        ("Islay", "£7.60", "£39.00"),
        head=("Route", "Foot", "Car"),
    )
    text = " ".join(block.text for block in read_html(_page(table), "f.html").body_blocks())
    assert "Table skipped." in text
    assert "£18.50" not in text


def test_a_long_table_of_words_is_announced() -> None:
    """Forty rows are a timetable or a directory, not a few lines worth hearing."""
    rows = [(f"Quay {n}", "Request stop") for n in range(40)]
    text = " ".join(block.text for block in read_html(_page(_table(*rows)), "f.html").body_blocks())
    assert "Table skipped." in text
    assert "Request stop" not in text

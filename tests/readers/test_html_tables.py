"""Tables in a web page: a small table is read row by row (a table of figures with each figure
after its column's heading), a large table of figures is announced."""

from __future__ import annotations

from conftest import FERRY_STORY

from narrator.models import BlockKind, NarrationConfig
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


def test_a_small_table_of_figures_is_read_a_row_at_a_time_under_its_headings() -> None:
    """A listener cannot look back up at the heading row: each figure follows its heading."""
    table = _table(
        ("Oban", "£4.20", "£18.50"),
        ("Mull", "£3.90", "£16.80"),
        ("", "£7.60", "£39.00"),
        head=("Route", "Foot", "Car"),
    )
    assert _items(_page(table)) == [
        "Oban: Foot, £4.20; Car, £18.50.",
        "Mull: Foot, £3.90; Car, £16.80.",
        "Foot, £7.60; Car, £39.00.",
    ]


def test_a_small_table_of_figures_with_no_heading_row_is_read_row_by_row() -> None:
    table = _table(("Oban", "4.2 m", "12 t"), ("Mull", "3.8 m", "9 t"))
    assert _items(_page(table)) == ["Oban, 4.2 m, 12 t.", "Mull, 3.8 m, 9 t."]


def test_a_small_table_of_figures_is_skipped_with_code_samples() -> None:
    table = _table(("Oban", "£4.20", "£18.50"), head=("Route", "Foot", "Car"))
    config = NarrationConfig(code_mode="skip")
    text = " ".join(block.text for block in read_html(_page(table), "f.html", config).body_blocks())
    assert "£4.20" not in text
    assert "Table skipped." not in text


def test_a_large_table_of_figures_is_announced() -> None:
    """Forty rows of figures are minutes of numbers, not a few lines worth hearing."""
    rows = [(f"Q{n}", f"{n}.5 m", f"{n * 3} t") for n in range(40)]
    table = _table(*rows, head=("Quay", "Depth", "Load"))
    text = " ".join(block.text for block in read_html(_page(table), "f.html").body_blocks())
    assert "Table skipped." in text
    assert "Q7" not in text


def test_a_wide_table_of_figures_is_announced() -> None:
    row = tuple(f"{n}.5" for n in range(8))
    table = _table(row, row, head=tuple(f"Day {n}" for n in range(8)))
    text = " ".join(block.text for block in read_html(_page(table), "f.html").body_blocks())
    assert "Table skipped." in text


def test_a_long_table_of_words_is_announced() -> None:
    """Forty rows are a timetable or a directory, not a few lines worth hearing."""
    rows = [(f"Quay {n}", "Request stop") for n in range(40)]
    text = " ".join(block.text for block in read_html(_page(_table(*rows)), "f.html").body_blocks())
    assert "Table skipped." in text
    assert "Request stop" not in text

"""Pages laid out with a table: the cells around the article's cell (a menu, a sidebar of
sections and the weather, a footer) are not read; a table of settings, a sentence in many of
its cells, is read whole."""

from __future__ import annotations

from conftest import FERRY_STORY

from narrator.readers.html import read_html


def _read(cells: list[list[str]]) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in cells)
    html = (
        "<html><head><title>Winter ferry fares</title></head><body>"
        f"<table width='760'>{rows}</table></body></html>"
    )
    article = read_html(html, "fares.html")
    return " ".join(block.text for block in article.body_blocks())


def test_the_cells_around_the_articles_cell_are_not_read() -> None:
    story = "".join(f"<p>{text}</p>" for text in FERRY_STORY)
    sidebar = "<b>Sections</b><p>Local News</p><p>Church News</p><p>Today: Sunny, 71°</p>"
    footer = "Copyright 2005 The Island Star.<p>Questions or comments? E-mail the editor.</p>"
    text = _read(
        [["<a href='/'>Home</a> | <a href='/news'>News</a>", ""], [sidebar, story], [footer, ""]]
    )
    assert all(paragraph in text for paragraph in FERRY_STORY)
    for clutter in ("Church News", "Today: Sunny", "E-mail the editor"):
        assert clutter not in text


def test_a_table_with_a_sentence_in_many_cells_is_read_whole() -> None:
    settings = [
        (
            "Sprint speed",
            "Modifies the maximum sprint speed that the players of your own team can reach.",
        ),
        (
            "Injury frequency",
            "Increases or reduces how often injuries occur to the players of your team.",
        ),
        ("Net shape", "Rectangle or triangle."),
    ]
    cells = [[f"<h5>{name}</h5><p>{text}</p>", ""] for name, text in settings]
    text = _read(cells)
    assert "Rectangle or triangle." in text
    assert "Modifies the maximum sprint speed" in text


def test_a_newsletters_boxes_are_read_as_paragraphs_and_its_footer_is_not() -> None:
    """An e-mail's copy on the web: a column of one-cell tables."""

    def box(inner: str) -> str:
        return f"<table><tr><td>{inner}</td></tr></table>"

    preheader = "<a href='#'>View this email in your browser</a>"
    letter = "<h1>Winter ferry fares</h1>" + "".join(f"<p>{text}</p>" for text in FERRY_STORY)
    footer = (
        "<em>Copyright © 2025 Island Ferries, All rights reserved.</em><br>"
        "<strong>Our mailing address is:</strong><br>Harbour Office, Quay Street<br>"
        "You can <a href='#'>update your preferences</a> or "
        "<a href='#'>unsubscribe from this list</a>."
    )
    html = (
        "<html><head><title>Winter ferry fares</title></head><body>"
        f"{box(preheader)}{box(letter)}{box(footer)}"
        "</body></html>"
    )
    text = " ".join(block.text for block in read_html(html, "fares.html").body_blocks())
    assert all(paragraph in text for paragraph in FERRY_STORY)
    for clutter in ("View this email", "All rights reserved", "mailing address", "unsubscribe"):
        assert clutter not in text

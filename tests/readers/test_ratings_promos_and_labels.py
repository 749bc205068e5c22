"""A story's rating line, a site's promotions and calls, a story's kind under its title, a box's
label, a desk's byline, a name over its place and stamp, a caption's credit in brackets, a
live page's label in its title, a writer's box and a pitch for money by their names (the rules
a fresh batch of fact-checks, reviews, trade and travel stories showed): each with lines where
it must not apply, none of them the batch's lines."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from narrator.readers.named_clutter import is_clutter_name
from narrator.readers.plaintext import read_plaintext
from narrator.readers.promo_lines import is_box_label, is_promo_line
from narrator.readers.titles import without_site_name
from narrator.readers.trailers import is_clutter_line
from narrator.readers.verdicts import stated_ratings
from narrator.readers.way_lines import is_way_lead

_STORY = "The council met on Tuesday. It voted to close the pool in March.\n\n"


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Rating: Mostly False", "Rating: Mostly False."),
        ("Our verdict: Misleading", "Our verdict: Misleading."),
        ("Note : 3/5", "Note : 3/5."),
        ("Valoración: 8,5/10", "Valoración: 8,5/10."),
        ("Оценка: 7 из 10", "Оценка: 7 из 10."),
        ("Verdict", "Verdict"),  # a label alone heads its section
        ("Our ruling", "Our ruling"),
        (
            "Step 2: Ask the people who use it every day",
            "Step 2: Ask the people who use it every day",
        ),
        ("Rating: Pants on Fire.", "Rating: Pants on Fire."),  # a sentence already
        ("Score settled at last", "Score settled at last"),
    ],
)
def test_a_rating_line_is_a_sentence(line: str, stated: str) -> None:
    assert stated_ratings([line]) == [stated]


def test_a_rating_line_is_no_heading_where_a_label_alone_is() -> None:
    text = (
        "Bridge claim checked\n\nBy Ann Lee\n\nA post says the bridge will close for a year.\n\n"
        "Rating: Half True\n\nThe bridge will close, but for four months.\n\nOur ruling\n\n"
        "The post overstates how long the bridge will close.\n"
    )
    article = read_plaintext(text)
    assert [s.heading for s in article.sections] == [None, "Our ruling"]
    assert "Rating: Half True." in [b.text for b in article.sections[0].blocks]


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Start a free trial today", True),
        ("Try Ledgerly free for 30 days", True),
        ("Book a demo", True),
        ("No credit card needed. Cancel any time.", True),
        ("Weekly tips from our editors. No spam, unsubscribe at any time.", True),
        ("Spotted an error? Email us at corrections@ledger.example", True),
        ("Tienes una noticia? Escríbenos a redaccion@diario.example", True),
        ("Заметили ошибку? Выделите её и нажмите Ctrl+Enter", True),
        ("WHITE PAPER: Ten ways to cut energy use in cold stores", True),
        ("Have a question about your bill? Email us at billing@utility.example", False),
        ("Try it free for a month, the company said in a statement.", False),
        ("Webinar: how the council plans to spend the grant", False),  # a story's heading
        ("The trial started on Monday at Leeds Crown Court.", False),
    ],
)
def test_a_promotion_or_a_call_of_the_site(line: str, promo: bool) -> None:
    assert is_promo_line(line) is promo


@pytest.mark.parametrize(
    ("line", "label"),
    [("EVENT", True), ("UPCOMING EVENTS", True), ("WEBINAR:", True), ("Event", False)],
)
def test_a_promotions_label_in_capitals(line: str, label: bool) -> None:
    assert is_box_label(line) is label


def test_a_promotion_under_its_label_goes_and_a_story_paragraph_under_event_stays() -> None:
    promoted = read_plaintext(
        f"Ports brace for strike\n\n{_STORY}EVENT\nPorts Summit 2027 | May 4-5, Rotterdam\n"
        "Register today and save 15%\n\nThe vote is due on Friday.\n"
    )
    told = read_plaintext(
        f"Ports brace for strike\n\n{_STORY}Event\nThe summit drew 400 delegates.\n\n"
        "The vote is due on Friday.\n"
    )
    assert "Ports Summit" not in str(promoted.sections)
    assert "400 delegates" in str(told.sections)


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Related fact checks", True),
        ("More TV reviews", True),
        ("Editors' Picks", True),
        ("More from Business", True),
        ("More reviews are due next year.", False),
        ("More from the minister later", False),
        ("Related reviews of the policy found flaws", False),
    ],
)
def test_a_lead_to_more_of_the_sites_pieces(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


def test_a_storys_kind_under_its_title_is_no_paragraph() -> None:
    article = read_plaintext(f"Is the pool closing?\n\nFact check\n\nBy Ann Lee\n\n{_STORY}")
    assert article.byline == "Ann Lee"
    assert "Fact check" not in str(article.sections)
    told = read_plaintext(f"Is the pool closing?\n\nBy Ann Lee\n\nFact check\n\n{_STORY}")
    assert "Fact check" in [b.text for b in told.sections[0].blocks]  # not under the title


def test_a_boxs_label_over_labelled_lines_heads_its_section() -> None:
    article = read_plaintext(
        f"A weekend in Ghent\n\n{_STORY}Info: Ghent\n\nGetting there: By train from Brussels."
        "\nWhere to stay: Hotel Adoma, from 90 euros.\n"
    )
    assert [s.heading for s in article.sections] == [None, "Info: Ghent"]
    interview = read_plaintext(
        "Trees in the city\n\nZEIT ONLINE: Was hilft gegen die Hitze?\n\n"
        "Lena Vogt: Bäume, vor allem Bäume. Sie kühlen die Straßen.\n\n"
        "ZEIT ONLINE: Und Wasser?\n\nLena Vogt: Auch, aber weniger.\n"
    )
    assert [s.heading for s in interview.sections] == [None]


def test_a_desks_byline_under_the_standfirst() -> None:
    article = read_plaintext(
        "Corrections and clarifications\n\nWe correct errors as soon as we can.\n\n"
        "Compiled by the Readers' Editor\n\n"
        "A report on the pool (3 December) gave the wrong date. It closes in March.\n"
    )
    assert article.byline == "Compiled by the Readers' Editor"
    sentence = read_plaintext(
        "Pool figures\n\nCompiled by the council, the figures show a fall in swimmers.\n\n" + _STORY
    )
    assert sentence.byline is None


def test_a_name_over_its_place_and_stamp() -> None:
    article = read_plaintext(
        "Condenado el exalcalde\n\nLucía Gómez\nMálaga, 7 DIC 2026 - 09:30 CET\n\n"
        "La Audiencia condenó ayer al exalcalde a tres años de prisión.\n"
    )
    assert article.byline == "Lucía Gómez"
    assert "09:30" not in str(article.sections)
    placed = read_plaintext(
        "Condenado el exalcalde\n\nLucía Gómez\nMálaga, la ciudad del sur\n\n"
        "La Audiencia condenó ayer al exalcalde a tres años de prisión.\n"
    )
    assert placed.byline is None  # a place with no stamp: no name over a stamp


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Fans queue outside the stadium. (Jo Roe/The Northern Echo)", True),
        ("Fans queue outside the stadium. (Jo Roe/AP)", True),
        ("The book is published by Faber (London/New York).", False),
        ("Her novel (Faber) is out on Thursday.", False),
    ],
)
def test_a_captions_credit_in_brackets(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


@pytest.mark.parametrize(
    ("title", "headline", "kept"),  # kept: the title stays whole
    [
        ("DIRECT. Tempête sur la Bretagne - Le Journal", "Tempête sur la Bretagne", False),
        ("VIDEO: Crews fight the fire | The Ledger", "Crews fight the fire", False),
        ("What we know so far: Crews fight the fire", "Crews fight the fire", True),
    ],
)
def test_a_live_pages_label_before_its_headline(title: str, headline: str, kept: bool) -> None:
    expected = title if kept else headline
    assert without_site_name(title, [], [headline]) == expected


@pytest.mark.parametrize(
    ("name", "clutter"),
    [("author-bio", True), ("writer_bio", True), ("bio", False), ("biography", False)],
)
def test_a_writers_box_by_its_name(name: str, clutter: bool) -> None:
    assert is_clutter_name(name) is clutter


def test_a_pitch_for_money_under_the_story_and_a_section_on_journalism() -> None:
    body = "".join(
        f"<p>The pool closed in {month} after the roof leaked again and again.</p>"
        for month in ("March", "April", "May", "June")
    )
    page = (
        "<html><head><title>Pool shut</title></head><body><article><h1>Pool shut</h1>"
        f"{body}<h2>Independent journalism matters</h2><p>The Courier is funded by readers"
        " like you.</p></article></body></html>"
    )
    assert "funded by readers" not in str(read_html(page, "p.html").sections)
    told = page.replace("<h2>Independent journalism matters</h2>", "<h2>Why the roof leaks</h2>")
    assert "funded by readers" in str(read_html(told, "p.html").sections)


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Listed by Harbourne Arts Centre", True),
        ("Submitted by Riverside Rotary Club", True),
        ("The event is listed by the council as free.", False),
        ("Added by the museum in 1998, the wing holds maps.", False),
    ],
)
def test_a_listings_poster(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


def test_a_call_to_give_takes_its_pitch_not_the_sign_off() -> None:
    boxed = read_plaintext(
        f"Flood appeal\n\n{_STORY}Give to the club\nJust £10 buys a new net.\nOlder posts\n"
    )
    assert "new net" not in str(boxed.sections)
    signed = read_plaintext(
        f"Flood appeal\n\n{_STORY}Donate now\n\nThank you for your support,\nAnn Lee\n"
        "Chair, Riverside Rowing Club\n"
    )
    assert "Thank you for your support" in str(signed.sections)

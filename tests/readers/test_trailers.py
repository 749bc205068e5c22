"""What a pasted story carries that is not the story, and the story's lines that look like it."""

from __future__ import annotations

import pytest

from narrator.models import BlockKind
from narrator.readers.detect import detect_format
from narrator.readers.plaintext import read_plaintext
from narrator.readers.trailers import is_clutter_line, without_clutter


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "© 2026 AFP",
        "©2026 Bloomberg L.P.",
        "(c) 2026 Brief Media Ltd",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "FILE PHOTO: A ship leaves Odesa. REUTERS/Nina Lyashonok/File Photo",
        "Image source, Getty Images",
        "Image caption, Waves crashed over the sea wall",
        "Related: Chip stocks rally as AI spending fears ease",
        "Read more: How are storms named?",
        "Related topics",
        "Share",
        "(This story has been corrected to fix the spelling of the CEO's name in paragraph 3)",
        "(Updates with analyst comment in paragraph 5)",
        "This article was amended on 5 December 2026.",
        "View this email in your browser",
        "You received this email because you subscribed to The Morning Brief.",
        "NEWS PROVIDED BY",
        "Media Contact:",
        "SOURCE Acme Robotics Inc.",
        "###",
        "abc-xyz/jdo/mjw",
        "To contact the reporter on this story: Jane Doe in Washington",
        "Updated at 12.52 GMT",
        "Show key events only",
        "Most Read from Bloomberg",
        "Updated 6:42 AM EST, Fri December 5, 2026",
        "December 5, 2026 12:07 PM GMT Updated 2 hours ago",
        "Fri 5 Dec 2026 07.00 GMT",
        "Updated 2 hours ago",
        "Advertisement · Scroll to continue",
        "Purchase Licensing Rights, opens new tab",
        "Listen to this article",
        "AP soccer: https://apnews.com/hub/soccer",
        "Photograph: Jane Roe/PA",
        "Commuters at Waterloo station on Friday. Photograph: Jane Roe/PA",
        "Follow AP's coverage of the national parks at https://apnews.com/hub/national-parks.",
        "Follow Sky News on WhatsApp",
        "Explore more on these topics",
        "Reuse this content",
        "Sign up to First Edition, our free daily newsletter \u2013 every weekday at 7am BST",
        "Skip past newsletter promotion",
        "after newsletter promotion",
        "Privacy Notice: Newsletters may contain info about charities.",
        "Story continues below advertisement",
        "Continue reading the main story",
        "Click here to read the full report.",
        "Watch: Flood water sweeps through the town",
        "Download the BBC app",
        "SKIP ADVERTISEMENT",
        "Supported by",
        "Share full article",
        "A version of this article appears in print on Dec. 6, 2026, Section A, Page 8",
        "jdoe@yna.co.kr",
        "(END)",
        "Dec. 5, 2026",
        "5 min read",
        "Getty Images",
        "AFP via Getty Images",
        "AP Photo/Evan Vucci",
        "Listen",
        "4 min",
        "Add to your saved stories",
        "Gift Article",
        "Go deeper: How tariffs work",
        "Save articles to read later and create your own reading list.",
        "Source: Al Jazeera and news agencies",
        "Why you can trust Sky News",
        "Friday 5 December 2026 10:43, UK",
        "(c) Agencia EFE",
        "© dpa-infocom, dpa:261205-930-123456/1",
        "Lesen Sie auch: Streik bei der Bahn",
        "À lire aussi : La grève continue",
        "Leer más: La sequía en Cataluña",
        "Leggi anche: Lo sciopero dei treni",
        "Gift this article",
        "Copy link",
        "12 comments",
        "Facebook",
    ],
)
def test_clutter_lines(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources said the talks would resume on Monday.",
        "Source close to the talks said the deal was done.",
        "Related to this, the ministry said it would act.",
        "Officials urged residents to register now.",
        "Share prices fell 3% on the news.",
        "Copyrights to the songs were sold in 2019.",
        "Yes/No",
        "He read more than 40 books: most were novels.",
        "The photo caption contest drew 300 entries.",
        "12.45 GMT",
        "On Friday, December 5, 2026 the vote was held",
        "Talks resume at 10 am on Monday.",
        "Price: $5 at www.example.com, or less.",
        "Follow the money, the detectives were told.",
        "The photo: a man at a window, taken in 1962.",
        "Readers can sign up for the scheme online.",
        "Watchdogs said the deal would raise prices.",
        "Get the app's makers to explain themselves, she said.",
        "Supported by the unions, the bill passed.",
        "Write to jdoe@example.com with your questions.",
        "(End of the first half.)",
        "(c) the third option, which the court rejected;",
        "Save the date: the summit opens on Monday.",
        "Email was the main way the gang kept in touch.",
        "Source: a person familiar with the talks said the deal was close.",
    ],
)
def test_story_lines_that_look_like_clutter_are_kept(line: str) -> None:
    assert not is_clutter_line(line)
    assert without_clutter([[line]]) == [[line]]


def test_a_lead_takes_its_block_and_the_headlines_listed_under_it() -> None:
    groups = [
        ["Most Read from Bloomberg", "Inside the Race to Build Chips"],
        ["Why Home Prices Are Falling"],
        ["The Fed cut rates on Friday."],
        ["Media Contact:", "Sam Lee", "press@example.com"],
    ]
    assert without_clutter(groups) == [["The Fed cut rates on Friday."]]


@pytest.mark.parametrize(
    "promotion",
    [
        "The Daily Briefing newsletter gives you the news. Sign up here.",
        "\U0001f4ec Thanks for reading. Sign up for Axios AM here.",
    ],
)
def test_a_promotion_ending_in_sign_up_here_goes(promotion: str) -> None:
    assert without_clutter([[promotion], ["A sentence."]]) == [["A sentence."]]


def test_the_credit_is_found_under_the_trailers() -> None:
    text = (
        "Title\n\nKYIV, Dec 5 (Reuters) - Grain moved.\n\n"
        "(Reporting by Jane Doe; Editing by Mark Heinrich)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    blocks = read_plaintext(text).body_blocks()
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.CREDIT]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Jane Doe in Bengaluru; Editing by Shinjini Ganguli",
        "--With assistance from John Roe.",
        "Additional reporting by Max Hunder in Kyiv",
        "With files from The Canadian Press",
    ],
)
def test_a_credit_without_brackets(credit: str) -> None:
    blocks = read_plaintext(f"Title\n\nThe story.\n\n{credit}\n").body_blocks()
    assert [(b.kind, b.text) for b in blocks][-1] == (BlockKind.CREDIT, credit)


def test_a_last_sentence_about_writing_is_no_credit() -> None:
    blocks = read_plaintext("Title\n\nThe story.\n\nWriting by hand is a lost art.\n").body_blocks()
    assert blocks[-1].kind is BlockKind.PARAGRAPH


def test_a_byline_in_capitals_is_read_as_names() -> None:
    article = read_plaintext("Title\n\nBy LISA MASCARO and KEVIN FREKING\n\nWASHINGTON (AP) — Hi.")
    assert article.byline == "Lisa Mascaro and Kevin Freking"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE DOE AP Sports Writer", "Jane Doe, AP Sports Writer"),
        ("By JIM O'BRIEN, AP", "Jim O'Brien, AP"),
        ("By NATO officials", "NATO officials"),
    ],
)
def test_names_in_capitals_before_an_agency(line: str, names: str) -> None:
    assert read_plaintext(f"Title\n\n{line}\n\nBody.").byline == names


def test_a_line_of_no_words_is_not_read() -> None:
    article = read_plaintext("Title\n\nBody.\n\n___\n\n* * *\n\nMore.")
    assert [b.text for b in article.body_blocks()] == ["Body.", "More."]


def test_a_byline_after_the_standfirst() -> None:
    text = (
        "Title\n\nCosts have doubled, figures show\n\nBy Jane Doe, Housing correspondent\n\nBody."
    )
    article = read_plaintext(text)
    assert article.byline == "Jane Doe, Housing correspondent"
    assert [b.text for b in article.body_blocks()] == ["Costs have doubled, figures show", "Body."]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe Transport correspondent", "Jane Doe, Transport correspondent"),
        ("Mary Clare Jalonick Political editor", "Mary Clare Jalonick, Political editor"),
        ("Sam Lee, Chief reporter", "Sam Lee, Chief reporter"),
        ("Jane Doe\nBusiness reporter @janedoe", "Jane Doe, Business reporter"),
        ("Our correspondent", None),
    ],
)
def test_a_byline_of_names_and_a_role(line: str, names: str | None) -> None:
    text = f"Title\n\nA standfirst here\n\n{line}\nFri 5 Dec 2026 07.00 GMT\n\nBody."
    assert read_plaintext(text).byline == names


def test_a_byline_under_the_page_s_clutter_with_where_it_was_reported() -> None:
    text = (
        "Title\n\nA standfirst.\n\nAdvertisement\n\nSKIP ADVERTISEMENT\n\nSupported by\n\n"
        "By Jane Doe\nReporting from Tokyo\n\nDec. 5, 2026\n\nBody."
    )
    article = read_plaintext(text)
    assert article.byline == "Jane Doe, reporting from Tokyo"
    assert [b.text for b in article.body_blocks()] == ["A standfirst.", "Body."]


def test_a_later_sentence_starting_with_by_is_no_byline() -> None:
    text = "Title\n\nA standfirst here\n\nBy Monday, the council had voted.\n\nBody."
    article = read_plaintext(text)
    assert article.byline is None
    assert len(article.body_blocks()) == 3


def test_a_headline_between_paragraphs_starts_a_section() -> None:
    text = "Title\n\nFirst part.\n\nRoads and railways closed\n\nSecond part.\n\nA last line"
    article = read_plaintext(text)
    assert [s.heading for s in article.sections] == [None, "Roads and railways closed"]
    assert [b.text for b in article.body_blocks()] == ["First part.", "Second part.", "A last line"]


def test_one_line_per_paragraph_has_no_headlines() -> None:
    article = read_plaintext("Shopping\nEggs.\nMilk and bread\nButter.")
    assert [s.heading for s in article.sections] == [None]


def test_a_live_blog_entry_is_headed_by_its_time_and_headline() -> None:
    text = (
        "Live\n\nKey events\nShow key events only\n\n12.45 GMT\nTalks 'constructive'\n\n"
        "Zelensky said so.\n\n11.20 GMT\nDrones hit Odesa\nTwo people were killed."
    )
    article = read_plaintext(text)
    assert [s.heading for s in article.sections] == [
        "12.45 GMT: Talks 'constructive'",
        "11.20 GMT: Drones hit Odesa",
    ]
    assert [b.text for b in article.body_blocks()] == [
        "Zelensky said so.",
        "Two people were killed.",
    ]


def test_a_paste_from_a_browser_starts_at_its_title() -> None:
    article = read_plaintext("Skip to main content\nAdvertisement\n\nThe title\n\nBody.")
    assert article.title == "The title"


def test_a_byline_ends_at_a_separator() -> None:
    article = read_plaintext("Title\n\nBy Ann Lee | December 5, 2026\n\nBody.")
    assert article.byline == "Ann Lee"


def test_bulleted_lines_are_list_items_read_as_sentences() -> None:
    text = "Title\n\nWhat moved:\n- Gold rose 1.8%\n- The dollar fell.\n\u2022 Oil slid\nThe end."
    blocks = read_plaintext(text).body_blocks()
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "What moved:"),
        (BlockKind.LIST_ITEM, "Gold rose 1.8%."),
        (BlockKind.LIST_ITEM, "The dollar fell."),
        (BlockKind.LIST_ITEM, "Oil slid."),
        (BlockKind.PARAGRAPH, "The end."),
    ]


def test_a_dash_that_opens_no_list_item_is_kept() -> None:
    blocks = read_plaintext("Title\n\n-- and then it rained.\n\n-5 degrees.").body_blocks()
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "-- and then it rained."),
        (BlockKind.PARAGRAPH, "-5 degrees."),
    ]


def test_pasted_text_with_only_bullets_is_plain_text() -> None:
    text = "Markets\n\nBy Sam Lee\n\nWhat moved:\n- Gold rose.\n- Oil fell.\n\nThe end of it."
    assert detect_format(text, "-") == "text"
    assert detect_format("Some **bold** words\n\n- and a list item", "-") == "markdown"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("UPDATE 2-Oil falls 2% as OPEC+ delays cuts", "Oil falls 2% as OPEC+ delays cuts"),
        ("REFILE-Ukraine secures aid", "Ukraine secures aid"),
        ("UPDATES ON THE HOUR", "UPDATES ON THE HOUR"),
        ("Update: the vote is delayed", "Update: the vote is delayed"),
    ],
)
def test_a_feed_s_service_slug_is_not_said(line: str, title: str) -> None:
    assert read_plaintext(f"{line}\n\nBody.").title == title


def test_a_byline_under_a_summary_s_bullets_and_the_editors_initials_at_the_end() -> None:
    text = (
        "Title\n\n* Brent down $1.45\n* Talks on Jan. 4\n* Stocks up\n\nBy Jane Doe\n\n"
        "LONDON, Dec 5 (Reuters) - Oil fell.\n\nABC DEF XYZ\n"
    )
    article = read_plaintext(text)
    assert article.byline == "Jane Doe"
    assert article.dateline == "LONDON, Dec 5 (Reuters)"
    assert [b.kind for b in article.body_blocks()] == [BlockKind.LIST_ITEM] * 3 + [
        BlockKind.PARAGRAPH
    ]


def test_a_feed_s_kind_of_story_is_said_as_a_page_shows_it() -> None:
    assert read_plaintext("FACTBOX-What is in the deal\n\nBody.").title == (
        "Factbox: What is in the deal"
    )
    assert read_plaintext("EXCLUSIVE-Bank weighs sale\n\nBody.").title == (
        "Exclusive: Bank weighs sale"
    )


def test_numbered_lines_are_a_list_where_there_are_two() -> None:
    text = "Title\n\nThe deal:\n1. Tariffs fall\n2) Quotas end.\n\n1. Alone, no list."
    blocks = read_plaintext(text).body_blocks()
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "The deal:"),
        (BlockKind.LIST_ITEM, "1. Tariffs fall."),
        (BlockKind.LIST_ITEM, "2) Quotas end."),
        (BlockKind.PARAGRAPH, "1. Alone, no list."),
    ]


def test_read_more_from_a_site_leads_its_headlines() -> None:
    groups = [
        ["Read more from Sky News:", "Airport chaos as IT glitch hits check-in"],
        ["Opponents say the plan breaks the target."],
    ]
    assert without_clutter(groups) == [["Opponents say the plan breaks the target."]]


def test_a_numbered_headline_between_paragraphs_starts_a_section() -> None:
    text = "Title\n\nFirst part.\n\n2. Markets wobble\n\nStocks fell."
    assert [s.heading for s in read_plaintext(text).sections] == [None, "2. Markets wobble"]


def test_a_release_s_legal_section_and_contacts_are_not_read() -> None:
    text = (
        "Acme Reports Results\n\nSAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. reported.\n\n"
        "Forward-Looking Statements\n\nThis release contains forward-looking statements.\n\n"
        "About Acme Corp.\n\nAcme makes chips.\n\nContacts\n\nInvestor Relations\nSam Lee\n"
    )
    article = read_plaintext(text)
    assert [s.heading for s in article.sections] == [None, "About Acme Corp."]
    assert [b.text for b in article.body_blocks()] == [
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. reported.",
        "Acme makes chips.",
    ]


def test_a_site_s_name_beside_a_posting_stamp_is_not_read() -> None:
    groups = [["Sky News", "Friday 5 December 2026 10:43, UK"], ["Sky News said it would."]]
    assert without_clutter(groups) == [["Sky News said it would."]]


def test_a_bbc_paste_its_role_under_the_byline_its_photo_credit_and_question_subhead() -> None:
    text = (
        "Why are shops closing?\n\nBy Jane Doe\nBBC News business reporter\n\nGetty Images\n\n"
        "Shops closed.\n\nWhat happens next?\n\nRates will be cut.\n\nWhy?\n\nNobody knows."
    )
    article = read_plaintext(text)
    assert article.byline == "Jane Doe, BBC News business reporter"
    assert [s.heading for s in article.sections] == [None, "What happens next?", "Why?"]
    assert [b.text for b in article.body_blocks()] == [
        "Shops closed.",
        "Rates will be cut.",
        "Nobody knows.",
    ]


def test_the_credits_that_close_a_story_are_all_credits() -> None:
    text = (
        "Title\n\nThe story.\n\nAdditional reporting by Max Hunder in Kyiv\n\n"
        "(Writing by Jane Doe; Editing by Sam Lee)\n"
    )
    kinds = [b.kind for b in read_plaintext(text).body_blocks()]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.CREDIT, BlockKind.CREDIT]

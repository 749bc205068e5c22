"""Pasted pages' titles and clutter (issue 15): a mail's header, a sport before the headline,
titles with a dot or a bar, a title and byline in one block; the clutter a select-all
brings along, and the sentences with the same words, which are read."""

from __future__ import annotations

import pytest

from tests.readers.shapes import LATER, PARAGRAPH, read, texts


def test_a_mails_header_gives_the_title_and_is_not_read() -> None:
    article = read(
        "Subject: Fwd: Council rebuilds the pier\nFrom: The Observer <news@observer.example>\n"
        f"Date: 12/5/2026, 10:14 AM\nTo: jane@example.com\n\n{PARAGRAPH}\n"
    )
    assert article.title == "Council rebuilds the pier"
    assert texts(article) == [PARAGRAPH]


def test_a_title_that_starts_like_a_field_is_a_title() -> None:
    article = read(f"Subject: the council's new pier\n\n{PARAGRAPH}\n")
    assert article.title == "Subject: the council's new pier"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Soccer-Arsenal go five clear", "Soccer: Arsenal go five clear"),
        ("Motor racing-Verstappen wins in Abu Dhabi", "Motor racing: Verstappen wins in Abu Dhabi"),
        ("Soccer-mad town celebrates", "Soccer-mad town celebrates"),
    ],
)
def test_a_feeds_sport_before_the_headline_is_said_as_a_page_shows_it(
    line: str, title: str
) -> None:
    assert read(f"{line}\n\n{PARAGRAPH}\n").title == title


def test_a_title_with_a_dot_is_a_title() -> None:
    assert read(f"Boeing vs. Airbus\n\n{PARAGRAPH}\n").title == "Boeing vs. Airbus"


def test_a_short_title_and_byline_in_one_block_are_no_menu() -> None:
    article = read(f"Pier reopens\nBy Jane Doe\nMay 5\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline) == ("Pier reopens", "Jane Doe")


def test_a_posting_stamp_is_still_clutter() -> None:
    article = read(f"Pier\n\nPosted at 14:32\n\n{PARAGRAPH}\n")
    assert texts(article) == [PARAGRAPH]


@pytest.mark.parametrize(
    "clutter",
    [
        "Advertisement\nHide Ad",
        "Forwarded this email? Subscribe here for more",
        "Thanks for reading Money Matters! Subscribe for free to receive new posts.",
        "READ IN APP",
        "Like\nComment\nRestack",
        "Read more \u00bb",
        "Journal reference: JAMA Neurology, DOI: 10.1001/jamaneurol.2026.2120",
        "The AP Health Department receives support from a foundation. The AP is solely "
        "responsible for all content.",
        "\u00a9 2026 Jane Doe\n548 Market Street, San Francisco, CA 94104\nUnsubscribe",
        "You received this email because you signed up.\nThe Post, 1301 K St NW, DC 20071",
        "Trending Now\nStocks making the biggest moves after hours",
        "Sign up to our daily newsletter\nThe newsletter cuts through the noise\nSign up",
        "Want to join the conversation? Please or to comment on this article.",
        "Unlock the Editor's Digest for free\nRoula Khalaf, Editor of the FT, selects her "
        "favourite stories in this weekly newsletter.",
        "Recommended\nWhy the ECB is in no hurry to cut again",
        "Copyright The Financial Times Limited 2026. All rights reserved.",
        "Posted 7:12 AM, Dec 05, 2026 and last updated 9:40 AM, Dec 05, 2026",
        "Heard on Morning Edition",
        "(SOUNDBITE OF MUSIC)",
        "NPR transcripts are created on a rush deadline by an NPR contractor. This text may "
        "not be in its final form.",
        "Illustration by John Roe",
        "Anzeige",
        "Bildquelle: Peter Ferstl",
        "Sign up for The Atlantic Daily, a guide to each day's biggest stories.",
        "About the Author\nJane Doe is a staff writer at The Atlantic.",
        "Like getting the Five Things newsletter? Subscribe to Markets Daily, every afternoon.",
        "Listen to this article\n00:00\n12:41\nProduced by ElevenLabs using AI narration.",
        "(The author is a Reuters Breakingviews columnist. The opinions expressed are her own.)",
        "In this article:\nDAL\nUAL",
        "Story continues",
        "Read the original article on Business Insider",
        "(The opinions expressed here are those of the author, a columnist for Reuters.)",
        "Sign up here to get this newsletter in your inbox. Reach our team at team@x.example.",
        "December 05, 2026 07:00 ET | Source: Northwind Foods, Inc.",
        "Listen to this article | 3 mins\ninfo",
        "Ad Feedback",
        "See Full Web Article",
        "1 of 5 | A firefighter watches a home burn, Dec. 5, 2026. (AP Photo/John Roe)",
        "From:\nDepartment for Transport\nPublished\n5 December 2026",
        "Share this page\nThe following links open in a new tab\nShare on X (opens in new tab)",
        "Is this page useful?\nMaybe\nYes this page is useful\nNo this page is not useful",
        "To share a memory or offer condolences, visit www.smithfuneralhome.example.",
        "Follow\nShare this article\nComments",
        "[1/2] A Shell logo is seen at a petrol station in London. REUTERS/John Roe/File Photo",
        "Item 2 of 2 Climate activists celebrate outside the court. REUTERS/John Roe",
        "Listen to this story.\nEnjoy more audio and podcasts on iOS or Android.",
        "This article appeared in the Finance & economics section of the print edition",
        "TOI Business Desk / TIMESOFINDIA.COM / Updated: Dec 5, 2026, 14:32 IST",
        "Share\nAA\n+Text Size\nFollow us",
        "Topic: Weather",
        "e-mail\n\n12\nView comments",
        "Share or comment on this article:",
        "Register now for FREE unlimited access to Reuters.com",
        "Posted 2h ago2 hours ago, updated 1h ago1 hours ago",
        "Have a confidential tip for our reporters? Get in touch\n"
        "Before it's here, it's on the Bloomberg Terminal\nLEARN MORE",
    ],
)
def test_clutter_of_pasted_pages_is_not_read(clutter: str) -> None:
    article = read(f"Title\n\n{PARAGRAPH}\n\n{clutter}\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == [None]  # nor a heading
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Like many towns, Hastings lost its pier.",
        "Readers can unsubscribe from the alerts at any time, the council said.",
        "Thanks for reading the plans, the mayor told the council.",
        "Like",
        "Sign up for Medicare by March, officials said.",
        "Illustration by John Roe shows the pier as it will look.",
        "The story continues to unfold, officials said.",
        "Her opinions are her own, she said.",
        "Adam Smith said the fire (AP Photo/John Roe shows it) was out by noon.",
        "Three of the five homes were lost.",
        "To share a flat in London costs more than ever, the survey found.",
        "Cars / vans / buses / published timetables were all late.",
    ],
)
def test_sentences_with_the_same_words_are_read(sentence: str) -> None:
    # and a word alone that is also a button: "Like" heading a game wiki's gifts
    assert texts(read(f"Title\n\n{PARAGRAPH}\n\n{sentence}\n")) == [PARAGRAPH, sentence]


def test_a_title_with_a_bar_is_a_title() -> None:
    title = "Oil falls 2% | Stocks rise as the Fed holds rates and the dollar slips"
    assert read(f"{title}\n\n{PARAGRAPH}\n").title == title

"""Pasted and saved stories' shapes (issue 15): a mail's header, a site's menu, bylines over a
posting stamp, a live page's entries, lists without bullets, an explainer's questions, credits
and clutter; each rule with a case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.models import Article, BlockKind
from narrator.readers.markdown import read_markdown
from narrator.readers.plaintext import read_plaintext
from narrator.segmenter import byline_said

PARAGRAPH = "The council voted on Thursday night to rebuild the pier, officials said."
LATER = "Work is due to start in the spring, and the pier should open in two years."


def read(text: str) -> Article:
    return read_plaintext(text, language="en")


def texts(article: Article) -> list[str]:
    return [block.text for block in article.body_blocks()]


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


def test_a_sites_menu_above_the_title_is_not_read() -> None:
    menu = "Menu\nSearch\nNews\nSport\nLocal News\n\n"
    article = read(f"{menu}Council rebuilds the pier\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline, texts(article)) == (
        "Council rebuilds the pier",
        "Jane Doe",
        [PARAGRAPH],
    )


def test_a_content_type_above_the_title_is_not_read() -> None:
    assert read(f"Press release\n\nNew rail line to open\n\n{PARAGRAPH}\n").title == (
        "New rail line to open"
    )


def test_a_reader_views_domain_above_the_title_is_not_read() -> None:
    article = read(f"example-times.com\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n")
    assert article.title == "Council rebuilds the pier"


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


def test_a_live_tv_button_above_the_title_is_not_read() -> None:
    assert read(f"WATCH LIVE\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n").title == (
        "Council rebuilds the pier"
    )


def test_a_short_title_and_byline_in_one_block_are_no_menu() -> None:
    article = read(f"Pier reopens\nBy Jane Doe\nMay 5\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline) == ("Pier reopens", "Jane Doe")


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        ("Jane Doe\nFri 5 Dec 2026 18.20 GMT", "Jane Doe"),
        (
            "Jane Doe at the Emirates Stadium\nSat 6 Dec 2026 19.30 GMT",
            "Jane Doe at the Emirates Stadium",
        ),
        ("A standfirst that says what the story is about\n\nJane Doe\nDec 5", "Jane Doe"),
        ("Jane Doe\n@janedoe", "Jane Doe"),
        (
            "By Jane Doe\nLocal Democracy Reporter\nPublished 5th Dec 2026, 06:00 GMT",
            "Jane Doe, Local Democracy Reporter",
        ),
        ("By Jane Doe Science correspondent", "Jane Doe, Science correspondent"),
        ("By JANE DOE Associated Press", "Jane Doe, Associated Press"),
        ("Live Reporting\n\nEdited by Jane Doe and John Roe", "Edited by Jane Doe and John Roe"),
        ("Jane Doe in Frankfurt", "Jane Doe in Frankfurt"),
        ("By: WXYZ Web Team", "WXYZ Web Team"),
        ("Jane Doe\n\n5\u20136 minutes", "Jane Doe"),  # a reader view's
        ("Opinion by Jane Doe\nColumnist", "Opinion by Jane Doe, Columnist"),
        ("By Jane Doe\nABC News", "Jane Doe, ABC News"),
        ("By JANE DOE FOR MAILONLINE", "Jane Doe for Mailonline"),
        # a site's name over its stamp, the writer under it: the writer
        (
            "Sky News\nFriday 5 December 2026 10:43, UK\n\nJane Doe\nBusiness reporter",
            "Jane Doe, Business reporter",
        ),
    ],
)
def test_bylines_of_pasted_pages(top: str, byline: str) -> None:
    article = read(f"Council rebuilds the pier\n\n{top}\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.byline == byline
    assert texts(article)[-2:] == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "top",
    [
        "Pier Trust Limited\nNEWS PROVIDED BY",  # no stamp under it
        "Acme Robotics Inc.\nDec 05, 2026, 08:00 ET",  # a company over its stamp
        "Council Meets Tonight",  # a headline, alone
    ],
)
def test_no_byline_where_no_writer_is_named(top: str) -> None:
    assert read(f"Council rebuilds the pier\n\n{top}\n\n{PARAGRAPH}\n").byline is None


def test_a_byline_that_says_its_own_by_is_said_once() -> None:
    assert byline_said("Edited by Jane Doe", "en") == "Edited by Jane Doe."
    assert byline_said("Jane Doe", "en") == "By Jane Doe."
    assert byline_said("Bybee Lane", "en") == "By Bybee Lane."


def test_a_live_pages_posted_times_head_its_entries() -> None:
    article = read(
        "Budget live\n\nPosted at 14:32\nReeves sits down\n\nShe spoke for an hour.\n\n"
        "Share\nclose panel\nShare page\nAbout sharing\n\n"
        "Posted at 13:48\nBreaking\nTobacco duty up\n\nCigarettes will cost more.\n"
    )
    assert [s.heading for s in article.sections] == [
        "14:32: Reeves sits down",
        "13:48: Tobacco duty up",
    ]
    assert texts(article) == ["She spoke for an hour.", "Cigarettes will cost more."]


def test_a_live_pages_time_alone_heads_its_entry() -> None:
    article = read(f"Storm live\n\n3:15 p.m.\n\n{PARAGRAPH}\n\n11:40 a.m.\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == ["3:15 p.m.", "11:40 a.m."]


def test_a_transcripts_speaker_is_no_heading() -> None:
    article = read(f"Eggs\n\nSTEVE INSKEEP, HOST:\n\n{PARAGRAPH}\n\nRETALIATION\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == [None, "RETALIATION"]
    assert texts(article)[0] == "STEVE INSKEEP, HOST:"


def test_a_subhead_over_a_paragraph_that_lost_its_full_stop() -> None:
    text = (
        f"Five things\n\n{PARAGRAPH}\n\nWhat we're reading\n\n"
        "And finally, here's what Jane Doe is interested in this morning\n"
    )
    assert [s.heading for s in read(text).sections] == [None, "What we're reading"]


def test_a_subhead_under_a_heading_in_capitals() -> None:
    text = f"The Morning\n\n{PARAGRAPH}\n\nTHE LATEST NEWS\n\nClimate\n\n{LATER}\n"
    assert [s.heading for s in read(text).sections] == [None, "THE LATEST NEWS", "Climate"]


def test_a_heading_on_the_line_over_its_paragraph() -> None:
    about = "Northwind Foods, Inc. makes frozen and refrigerated meals sold in 14 countries."
    article = read(f"Results\n\n{PARAGRAPH}\n\nAbout Northwind Foods\n{about}\n")
    assert [s.heading for s in article.sections] == [None, "About Northwind Foods"]
    assert texts(article) == [PARAGRAPH, about]


def test_a_short_first_line_of_an_unfinished_paragraph_is_its_own() -> None:
    text = f"Results\n\n{PARAGRAPH}\n\nNorthwind Foods\nmakes frozen meals, and more\n"
    assert [s.heading for s in read(text).sections] == [None]


def test_a_byline_credit_with_its_editor_is_the_credit() -> None:
    article = read(f"Title\n\n{PARAGRAPH}\n\n(By Jane Doe; Editing by Sam Lee)\n")
    assert article.body_blocks()[-1].kind is BlockKind.CREDIT


def test_a_posting_stamp_is_still_clutter() -> None:
    article = read(f"Pier\n\nPosted at 14:32\n\n{PARAGRAPH}\n")
    assert texts(article) == [PARAGRAPH]


def test_a_label_over_its_points_is_a_heading_and_items() -> None:
    article = read(
        "Nvidia beats\n\nKey Points\nNvidia reported revenue of $57 billion.\n"
        "The company guided to $65 billion in sales.\n\n"
        "Earnings per share: $1.30 adjusted vs. $1.25 expected\n"
        "Revenue: $57.01 billion vs. $54.92 billion expected\n\n"
        "Shares fell 3% after hours.\n"
    )
    assert [s.heading for s in article.sections] == ["Key Points"]
    assert [(b.kind, b.text) for b in article.body_blocks()] == [
        (BlockKind.LIST_ITEM, "Nvidia reported revenue of $57 billion."),
        (BlockKind.LIST_ITEM, "The company guided to $65 billion in sales."),
        (BlockKind.LIST_ITEM, "Earnings per share: $1.30 adjusted vs. $1.25 expected."),
        (BlockKind.LIST_ITEM, "Revenue: $57.01 billion vs. $54.92 billion expected."),
        (BlockKind.PARAGRAPH, "Shares fell 3% after hours."),
    ]


def test_a_line_over_names_is_no_label_over_points() -> None:
    article = read("Pineapple cake\n\nMake with\nBetty Crocker Cake Mix\nIngredients\n\nBake it.\n")
    assert [s.heading for s in article.sections] == [None]


def test_a_wrapped_paragraph_is_no_list() -> None:
    article = read(
        "Title\n\nThe council voted on Thursday night to rebuild the\n"
        "Pier, which first opened in 1872 and burned down in\n"
        "October 2010, officials said.\n\nAnother paragraph.\n"
    )
    assert texts(article)[0].startswith("The council voted on Thursday night to rebuild the Pier")
    assert {b.kind for b in article.body_blocks()} == {BlockKind.PARAGRAPH}


EXPLAINER = (
    "Explainer\n\nLONDON (Reuters) - Britain taxed banks. Here is what we know:\n\n"
    "What is the new tax and who will have to pay it?\n\nBanks with big profits.\n\n"
    "{second}\n\nAbout two billion pounds a year.\n"
)


def test_an_explainers_long_questions_head_its_sections() -> None:
    article = read(EXPLAINER.format(second="How much will it raise?"))
    assert [s.heading for s in article.sections] == [
        None,
        "What is the new tax and who will have to pay it?",
        "How much will it raise?",
    ]


def test_one_long_question_alone_is_a_paragraph() -> None:
    article = read(EXPLAINER.format(second="It will raise more than was thought a year ago."))
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize(
    "credit",
    [
        "Associated Press writer John Roe in Detroit contributed to this report.",
        "Jane Roe contributed reporting from Kyiv.",
    ],
)
def test_a_contributors_line_is_the_credit(credit: str) -> None:
    article = read(f"Title\n\n{PARAGRAPH}\n\n{credit}\n")
    assert article.body_blocks()[-1].kind is BlockKind.CREDIT


def test_a_sentence_about_contributions_is_the_body() -> None:
    text = "Donors contributed to this report's funding, the charity said."
    assert read(f"Title\n\n{PARAGRAPH}\n\n{text}\n").body_blocks()[-1].kind is BlockKind.PARAGRAPH


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


def test_a_note_apps_link_in_the_front_matter_is_the_name() -> None:
    text = (
        '---\ntitle: Pier\nauthor:\n  - "[[Jane Doe]]"\n  - "[[j-roe|John Roe]]"\n---\nIt opened.\n'
    )
    assert read_markdown(text, "post.md").byline == "Jane Doe and John Roe"


def test_a_platforms_html_cards_are_read_without_captions_buttons_or_sign_ups() -> None:
    text = (
        "# Pier\n\nThe pier opened.\n\n"
        '<figure><img src="p.jpg" alt="Pier">'
        "<figcaption>The pier at dusk.</figcaption></figure>\n\n"
        '<div class="kg-card kg-signup-card"><h2>Sign up for Sam\'s newsletter</h2>'
        "<button>Subscribe</button></div>\n\n"
        '<div class="adventure"><p>The pier has <b>two</b> cafes.</p></div>\n'
    )
    assert texts(read_markdown(text, "post.md")) == ["The pier opened.", "The pier has two cafes."]


def test_a_toml_posts_shortcodes_are_not_read() -> None:
    text = (
        '+++\ntitle = "Pier"\nauthor = "Jane Doe"\n+++\n\n'
        '{{< figure src="/p.jpg" caption="The start" >}}\n\nThe pier opened.\n'
    )
    article = read_markdown(text, "post.md")
    assert (article.title, article.byline, texts(article)) == (
        "Pier",
        "Jane Doe",
        ["The pier opened."],
    )


def test_a_github_alerts_mark_is_not_read() -> None:
    text = "# Docs\n\nWe moved.\n\n> [!WARNING]\n> Old links redirect.\n"
    assert texts(read_markdown(text, "post.md")) == ["We moved.", "Old links redirect."]


def test_a_site_generators_tags_are_not_read() -> None:
    text = "# Pier\n\nThe pier opened.\n\n{% include toc.html %}\n\n{{< youtube abc >}}\n\nEnd.\n"
    assert texts(read_markdown(text, "post.md")) == ["The pier opened.", "End."]


def test_a_mediums_header_gives_the_byline_and_is_not_read() -> None:
    text = (
        "# Pier\n\n## A subtitle\n\n[![Jane Doe](https://example.com/a.jpg)](https://medium.com/@j)"
        "\n\n[Jane Doe](https://medium.com/@j)\n\nFollow\n\n5 min read \u00b7 Dec 5, 2026\n\n--\n\n"
        "Listen\n\nShare\n\nThe pier opened.\n"
    )
    article = read_markdown(text, "post.md")
    assert (article.byline, texts(article)) == ("Jane Doe", ["The pier opened."])
    assert [s.heading for s in article.sections] == ["A subtitle"]


@pytest.mark.parametrize("first", ["x", "Share", "Listen"])
def test_a_post_that_opens_with_one_such_word_reads_it(first: str) -> None:
    assert texts(read_markdown(f"# Pier\n\n{first}\n\nThe pier opened.\n", "post.md"))[0] == first


def test_a_note_apps_properties_are_not_read_and_name_the_author() -> None:
    text = (
        "# Porto\n\nCreated: December 5, 2026 9:00 AM\nAuthor: Jane Doe\nTags: travel\n\n"
        "Porto is cheap.\n"
    )
    article = read_markdown(text, "post.md")
    assert (article.byline, texts(article)) == ("Jane Doe", ["Porto is cheap."])


def test_lines_that_only_look_like_properties_are_read() -> None:
    text = "# Porto\n\nBreakfast: bread and coffee\nDinner: fish\n\nPorto is cheap.\n"
    assert texts(read_markdown(text, "post.md"))[0] == "Breakfast: bread and coffee Dinner: fish"


def test_a_platforms_buttons_are_not_read() -> None:
    text = (
        "# Bridges\n\n[Subscribe now](https://x.example/subscribe)\n\nBeam bridges are cheap.\n\n"
        "[Share](https://x.example/share)\n\nThey are easy to inspect.\n\n"
        "[Leave a comment](https://x.example/comments)\n\n[share](https://x.example/s)\n"
    )
    assert texts(read_markdown(text, "post.md")) == [
        "Beam bridges are cheap.",
        "They are easy to inspect.",
        "share",  # a word in small letters is no button's label
    ]


@pytest.mark.parametrize(
    "first",
    ["Economy | Markets | Bonds", "We use cookies to improve your experience. Accept all"],
)
def test_a_section_path_or_cookie_banner_above_the_title_is_not_read(first: str) -> None:
    assert read(f"{first}\n\nBond yields fall\n\n{PARAGRAPH}\n").title == "Bond yields fall"


def test_a_title_with_a_bar_is_a_title() -> None:
    title = "Oil falls 2% | Stocks rise as the Fed holds rates and the dollar slips"
    assert read(f"{title}\n\n{PARAGRAPH}\n").title == title


def test_a_link_in_the_posts_first_paragraph_is_read() -> None:
    text = "# Pier\n\n[The Hastings pier](https://example.com) opened in 1872.\n"
    assert texts(read_markdown(text, "post.md")) == ["The Hastings pier opened in 1872."]

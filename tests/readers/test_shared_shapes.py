"""Stories shared from apps, forwarded in mails, copied from PDFs, forums, chats and documents
(issue 15): what each adds around the story is not read, its words are; each rule with a
case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.readers.stamps import is_stamp
from tests.readers.shapes import LATER, PARAGRAPH, read, texts


def test_a_share_sheets_lines_are_not_read() -> None:
    article = read(
        f"Shared from the Guardian app\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n\n"
        "Sent from my iPhone\n"
    )
    assert (article.title, texts(article)) == ("Council rebuilds the pier", [PARAGRAPH])


def test_a_sentence_that_starts_like_a_share_line_is_read() -> None:
    sent = "Sent from the front in 1916, the letters were found in an attic."
    assert texts(read(f"Council rebuilds the pier\n\n{sent}\n\n{PARAGRAPH}\n")) == [
        sent,
        PARAGRAPH,
    ]


def test_a_forwarded_newsletters_own_headline_is_the_title() -> None:
    article = read(
        "---------- Forwarded message ---------\nFrom: The Dispatch <news@example.com>\n"
        "Subject: Fwd: Your Friday briefing\nTo: <jane@example.com>\n\n"
        "View this email in your browser\n\nCouncil votes to rebuild the pier\n\n"
        f"{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == ("Council votes to rebuild the pier", [PARAGRAPH])


def test_a_mails_label_over_the_story_leaves_the_subject_the_title() -> None:
    article = read(
        "Subject: Council rebuilds the pier\nFrom: The Observer <news@example.com>\n\n"
        f"Breaking News\n\n{PARAGRAPH}\n"
    )
    assert article.title == "Council rebuilds the pier"


def test_a_releases_head_and_end_marks_are_not_read() -> None:
    article = read(
        "FOR IMMEDIATE RELEASE\nDecember 5, 2026\n\nContact: Dana Ruiz, Communications\n"
        "(555) 123-4567\n\nNEWS RELEASE\n\nCouncil rebuilds the pier\n\n"
        f"{PARAGRAPH}\n\n-30-\n"
    )
    assert (article.title, texts(article)) == ("Council rebuilds the pier", [PARAGRAPH])


def test_a_forums_post_is_read_without_its_frame_and_buttons() -> None:
    article = read(
        "r/AskHistorians\n\u2022\n5 hr. ago\nu/quillpen_42\n\nWhy did the pier burn down?\n\n"
        f"{PARAGRAPH}\n\nUpvote\n412\nDownvote\n87\nGo to comments\nShare\n"
    )
    assert (article.title, texts(article)) == ("Why did the pier burn down?", [PARAGRAPH])


def test_a_piped_menu_and_a_posts_points_are_not_read() -> None:
    article = read(
        "Hacker News new | past | comments | ask | show | jobs | submit\n\n"
        "Ask HN: Should we rebuild the pier?\n"
        "312 points by mkessler 7 hours ago | hide | past | favorite | 184 comments\n\n"
        f"{PARAGRAPH}\n\nadd comment\n"
    )
    assert (article.title, texts(article)) == ("Ask HN: Should we rebuild the pier?", [PARAGRAPH])


def test_a_pdfs_running_heads_page_numbers_and_broken_words() -> None:
    article = read(
        "THE HARBOUR GAZETTE          December 5, 2026\n"
        "Council rebuilds the pier\n"
        "The council voted on Thursday night to rebuild the pier after a long environ-\n"
        "mental review, officials said, and the work will cost the town about two\n"
        "THE HARBOUR GAZETTE          Page 3\n"
        "million pounds over the next three years, according to the council papers.\n"
        "Work is due to start in the spring, and the pier should open in two years,\n"
        "the council's leader told a meeting of the full council on Thursday night.\n"
        "3\n"
    )
    assert article.title == "Council rebuilds the pier"
    said = " ".join(texts(article))
    assert "environmental review" in said
    assert "about two million pounds" in said
    assert "HARBOUR" not in said and not said.endswith("3")


def test_a_hyphen_the_text_writes_elsewhere_is_kept_at_a_lines_end() -> None:
    article = read(
        "Council rebuilds the pier\n"
        "The council voted on Thursday to rebuild the well-known pier after a well-\n"
        "known campaign by residents, officials said after the meeting on Thursday.\n"
        "Work is due to start in the spring, and the pier should open in two years,\n"
        "the council's leader told a meeting of the full council on Thursday night.\n"
    )
    assert "a well-known campaign" in " ".join(texts(article))


def test_a_table_with_dates_in_a_column_is_no_running_head() -> None:
    rows = "100 m Schi A W14          19.05.2007\n800 m Schi A W15          19.05.2007\n"
    assert "800 m Schi A W15" in " ".join(texts(read(f"Results of the day\n\n{rows}")))


def test_a_documents_comments_are_not_read() -> None:
    article = read(
        f"Council rebuilds the pier\n\n{PARAGRAPH}[a]\n\n{LATER}\n\n"
        "[a]Check the figure before publishing\n"
    )
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_shared_headline_loses_its_outlet_and_link() -> None:
    article = read(
        "Council rebuilds the pier after forty years - BBC News\n"
        f"https://www.bbc.co.uk/news/articles/c0exampl3o\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (
        "Council rebuilds the pier after forty years",
        [PARAGRAPH],
    )


def test_a_headlines_own_dash_and_a_sites_name_alone_stay() -> None:
    article = read(f"Pier talks - the final hours\n\n{PARAGRAPH}\n\nwww.pier-trust.org\n")
    assert (article.title, texts(article)) == (
        "Pier talks - the final hours",
        [PARAGRAPH, "www.pier-trust.org"],
    )


def test_a_forums_source_after_the_title_and_tags_over_its_author() -> None:
    reddit = read(
        f"TIL the pier was built in 1871 (self.todayilearned)\n\n"
        f"submitted 6 hours ago by wool_gatherer\n\n{PARAGRAPH}\n\n412 comments share save hide\n"
    )
    lobsters = read(
        "Why the pier backups took 9 hours\ndatabases performance\n"
        f"via lkern 3 hours ago | caches | archive | 12 comments\n\n{PARAGRAPH}\n"
    )
    assert (reddit.title, texts(reddit)) == ("TIL the pier was built in 1871", [PARAGRAPH])
    assert texts(lobsters) == [PARAGRAPH]


def test_a_newsletters_web_link_and_imprint_are_not_read() -> None:
    article = read(
        "View this post on the web at https://example.substack.com/p/pier\n\n"
        f"Council rebuilds the pier\n\n{PARAGRAPH}\n\n"
        "Unsubscribe https://substack.com/redirect/2/eyJlIjoi\n\n"
        "\u00a9 2026 Jane Doe\n548 Market Street PMB 72296, San Francisco, CA 94104\n"
    )
    assert (article.title, texts(article)) == ("Council rebuilds the pier", [PARAGRAPH])


def test_what_follows_a_releases_end_mark_is_not_read() -> None:
    notes = "Notes to editors\n\nThe pier trust was founded in 1995.\n"
    ended = read(f"Council rebuilds the pier\n\n{PARAGRAPH}\n\n{LATER}\n\nENDS\n\n{notes}")
    unmarked = read(f"Council rebuilds the pier\n\n{PARAGRAPH}\n\n{LATER}\n\n{notes}")
    assert texts(ended) == [PARAGRAPH, LATER]
    assert texts(unmarked)[-1] == "The pier trust was founded in 1995."


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        (
            "Jane Doe\nJane Doe\nHead of Engineering at Northwind Rail\nPublished Dec 5, 2026\n\n"
            "+ Follow",
            "Jane Doe, Head of Engineering at Northwind Rail",
        ),
        (
            "Jane Doe\n\u00b7\nFollow\n6 min read\n\u00b7\nDec 5, 2026\n\n--\n\nListen\n\nShare",
            "Jane Doe",
        ),
        (
            "Actualizado Viernes, 5 diciembre 2026 - 14:32\n\nPedro S\u00e1nchez Ruiz\nMadrid",
            "Pedro S\u00e1nchez Ruiz",
        ),
    ],
)
def test_a_pages_byline_under_its_title(head: str, byline: str) -> None:
    article = read(f"Council rebuilds the pier\n\n{head}\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert (article.byline, texts(article)) == (byline, [PARAGRAPH, LATER])


def test_a_paragraph_with_a_place_under_a_name_is_read() -> None:
    verse = "Jane Doe\nMadrid\nBarcelona\n"
    assert "Madrid" in " ".join(texts(read(f"Council rebuilds the pier\n\n{verse}\n{PARAGRAPH}\n")))


def test_a_pages_buttons_and_paywall_in_other_languages_are_not_read() -> None:
    article = read(
        "La mairie reconstruit la jetée\n\nPartager : l'article sur les réseaux sociaux\n\n"
        f"{PARAGRAPH}\n\nCompartir en Whatsapp\n\nSuscr\u00edbete para seguir leyendo\n\n"
        "Artikel anh\u00f6ren (3 Minuten)\n\nComentar\n"
    )
    assert texts(article) == [PARAGRAPH]


def test_a_pdfs_ligatures_are_read_as_letters() -> None:
    from narrator.readers.decoding import decode_text

    text = decode_text("Bank results\n\nThe \ufb01nancial \ufb02ow was strong.\n".encode(), "-")
    assert texts(read(text)) == ["The financial flow was strong."]


def test_a_chats_bold_headline_and_a_mailings_heading_mark_are_not_read() -> None:
    chat = read(f"Forwarded\n\n*Council rebuilds the pier*\n\n{PARAGRAPH}\n")
    mail = read(f"** Council rebuilds the pier\n{'-' * 60}\n\n{PARAGRAPH}\n")
    listed = read("Council rebuilds the pier\n\n* Work starts in May\n* It costs two million\n")
    assert (chat.title, texts(chat)) == ("Council rebuilds the pier", [PARAGRAPH])
    assert mail.title == "Council rebuilds the pier"
    assert texts(listed) == ["Work starts in May.", "It costs two million."]


def test_a_channels_name_and_time_over_the_title_are_not_read() -> None:
    article = read(
        "Kyiv Independent, [05.12.26 14:32]\nCouncil rebuilds the pier\n\n"
        f"{PARAGRAPH}\n\nSubscribe to our channel: t.me/kyivindependent\n"
    )
    assert (article.title, texts(article)) == ("Council rebuilds the pier", [PARAGRAPH])


def test_a_plain_mails_rule_is_no_markdown_heading() -> None:
    from narrator.readers.detect import detect_format

    mail = f"** Council rebuilds the pier\n{'-' * 60}\n\n{PARAGRAPH}\n"
    assert detect_format(mail, "-") == "text"
    assert detect_format(f"Council rebuilds the pier\n=====\n\n{PARAGRAPH}\n", "-") == "markdown"


def test_releases_and_mails_in_other_languages() -> None:
    note = read(
        f"NOTA DE PRENSA\n\nLa ciudad reconstruye el muelle\n\n{PARAGRAPH}\n\n"
        "Para m\u00e1s informaci\u00f3n:\nGabinete de Comunicaci\u00f3n\nprensa@example.es\n"
    )
    letter = read(
        f"Voir la version en ligne\n\nLa ville reconstruit la jet\u00e9e\n\n{PARAGRAPH}\n\n"
        "Vous recevez cet e-mail car vous \u00eates inscrit.\nSe d\u00e9sinscrire\n"
    )
    assert (note.title, texts(note)) == ("La ciudad reconstruye el muelle", [PARAGRAPH])
    assert (letter.title, texts(letter)) == ("La ville reconstruit la jet\u00e9e", [PARAGRAPH])


def test_a_papers_name_with_its_agency_by_the_stamp_is_not_read() -> None:
    article = read(
        "La ville reconstruit la jet\u00e9e\n\nLe Monde avec AFP\n"
        f"Publi\u00e9 aujourd'hui \u00e0 18h12\n\n{PARAGRAPH}\n"
    )
    assert texts(article) == [PARAGRAPH]


def test_a_story_a_mail_quotes_under_its_senders_note() -> None:
    quoted = "\n".join(
        f"> {line}" if line else ">"
        for line in [
            "Council rebuilds the pier",
            "",
            "By Jane Doe",
            "",
            PARAGRAPH,
            "",
            LATER,
        ]
    )
    article = read(f"Thought you'd want to see this.\n\nTom\n\n{quoted}\n")
    assert (article.title, article.byline, texts(article)) == (
        "Council rebuilds the pier",
        "Jane Doe",
        [PARAGRAPH, LATER],
    )


def test_a_reply_that_quotes_a_line_keeps_the_note() -> None:
    article = read(f"Council rebuilds the pier\n\n{PARAGRAPH}\n\n> I agree with this.\n")
    assert article.title == "Council rebuilds the pier"


def test_an_outlook_forwards_rule_and_a_chats_message_over_the_story() -> None:
    outlook = read(
        "________________________________\nFrom: Newsroom <news@example.gov.uk>\n"
        "Sent: Friday, December 5, 2026 9:14 AM\nSubject: FW: Pier news\n\n"
        f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n"
    )
    chat = read(
        "Jane Doe  9:14 AM\nworth a read before the offsite\n\n"
        f"Council votes to rebuild the pier\n{PARAGRAPH}\n"
    )
    assert (outlook.title, texts(outlook)) == ("Council votes to rebuild the pier", [PARAGRAPH])
    assert (chat.title, texts(chat)) == ("Council votes to rebuild the pier", [PARAGRAPH])


def test_a_reader_apps_source_line_and_a_release_disclaimer_are_not_read() -> None:
    article = read(
        "Council rebuilds the pier\nexample-times.com \u00b7 7 min\n\n"
        f"{PARAGRAPH}\n\nDistribution channels: Leisure\n\n"
        "Legal Disclaimer:\nThe wire provides this news content as is.\n\nLire la suite\n"
    )
    assert texts(article) == [PARAGRAPH]


def test_an_embargo_line_and_a_social_posts_frame_are_not_read() -> None:
    release = read(
        f"EMBARGOED UNTIL 00:01 GMT FRIDAY 5 DECEMBER 2026\n\nPier reopens\n\n{PARAGRAPH}\n"
    )
    post = read(
        f"Westshire Police\n5h \u00b7\n\n{PARAGRAPH}\n\nAll reactions:\n1.2K\n245 comments\n"
        "87 shares\nLike\nComment\nShare\n"
    )
    toot = read(
        f"Jane Doe\n@janedoe@mastodon.social\n\n{PARAGRAPH}\n\n"
        "Dec 05, 2026, 14:32 \u00b7 Web\n12 boosts \u00b7 30 favourites\n"
    )
    assert (release.title, texts(release)) == ("Pier reopens", [PARAGRAPH])
    assert texts(post) == [PARAGRAPH]
    assert texts(toot) == [PARAGRAPH]


def test_a_digests_stories_after_breaks_are_sections() -> None:
    article = read(
        "The Weekend Digest\n\n* * *\n\nPier reopens\n\n"
        f"{PARAGRAPH}\n\n* * *\n\nFerry cut for winter\n\n{LATER}\n"
    )
    assert [s.heading for s in article.sections] == ["Pier reopens", "Ferry cut for winter"]


def test_a_printed_reports_numbered_headings_are_sections() -> None:
    article = read(
        "Annual report 2026                                        Page 4\n"
        "Library visits rise again\n1. Visits\n"
        "Libraries in the county recorded 2.3 million visits in the year to March, up 7%\n"
        "on the year before and the highest number since 2015, the council's report said.\n"
        "2. Loans\n"
        "Loans of printed books fell by 2%, but e-book loans rose by 21% to 640,000 in the\n"
        "year, and the service now spends about a third of its book budget on digital titles.\n"
    )
    assert article.title == "Library visits rise again"
    assert [s.heading for s in article.sections] == ["1. Visits", "2. Loans"]


def test_a_date_written_with_slashes_beside_its_time_is_a_stamp() -> None:
    assert is_stamp("05/12/2026 - 14:32")
    assert texts(read(f"Pier\n\nPor Juan P\u00e9rez\n05/12/2026 - 14:32\n\n{PARAGRAPH}\n")) == [
        PARAGRAPH
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Transcribed by hand from the letters, the diary runs to 400 pages.",
        "Embargoed until Friday, the report says rents rose.",
        "Sent from the front in 1916, the letters were found in an attic.",
    ],
)
def test_sentences_that_start_like_an_apps_line_are_read(sentence: str) -> None:
    assert texts(read(f"Council rebuilds the pier\n\n{PARAGRAPH}\n\n{sentence}\n")) == [
        PARAGRAPH,
        sentence,
    ]


def test_a_reader_apps_and_news_apps_lines_are_not_read() -> None:
    saved = read(f"Saved from https://www.example.com/news/pier\n\nPier reopens\n\n{PARAGRAPH}\n")
    fed = read(f"Pier reopens\nCoastal Weekly / 3h\n\n{PARAGRAPH}\n\nFrom Apple News\n")
    stamped = read(
        f"Pier reopens\n\nRTVE.es / AGENCIAS\nMadrid\n05.12.2026 | 14:32 h.\n\n{PARAGRAPH}\n"
    )
    assert (saved.title, texts(saved)) == ("Pier reopens", [PARAGRAPH])
    assert texts(fed) == [PARAGRAPH]
    assert texts(stamped) == [PARAGRAPH]


def test_an_encyclopedias_and_an_archives_marks_are_not_read() -> None:
    wiki = read(
        "Severn Bridge\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "The bridge spans the River Severn.[1] It opened in 1966.[2][3]\n\n"
        f"History[edit]\n\nTolls were abolished in 2018.[citation needed]\n\n{LATER}\n"
    )
    archived = read(
        "archive.today\nwebpage capture\nSaved from\nhttps://www.example.com/pier\nsearch\n"
        f"5 Dec 2026 14:32:09 UTC\n\nPier reopens\n\n{PARAGRAPH}\n"
    )
    assert texts(wiki) == [
        "The bridge spans the River Severn. It opened in 1966.",
        "Tolls were abolished in 2018.",
        LATER,
    ]
    assert [s.heading for s in wiki.sections] == [None, "History"]
    assert (archived.title, texts(archived)) == ("Pier reopens", [PARAGRAPH])


def test_a_pdfs_title_wrapped_onto_two_lines_is_one_title() -> None:
    wrapped = read(
        "Council approves plan to rebuild\nthe seafront promenade\n"
        "The council's cabinet approved the plan on Thursday, officials said.\n"
    )
    bylined = read(f"Council rebuilds the pier\nby Jane Doe\n{PARAGRAPH}\n")
    assert wrapped.title == "Council approves plan to rebuild the seafront promenade"
    assert (bylined.title, bylined.byline) == ("Council rebuilds the pier", "Jane Doe")


def test_a_papers_name_in_capitals_over_the_stamp_is_no_byline() -> None:
    article = read(
        "Mehr Elektroautos zugelassen\n\nZEIT ONLINE\nAktualisiert am 5. Dezember 2026, 14:32 Uhr\n"
        f"Quelle: dpa\n\n{PARAGRAPH}\n\nHinweis: Dieser Artikel wird laufend aktualisiert.\n"
    )
    assert (article.byline, texts(article)) == (None, [PARAGRAPH])


def test_a_french_paywall_is_not_read() -> None:
    article = read(
        f"La ville reconstruit la jet\u00e9e\n\n{PARAGRAPH}\n\n"
        "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s.\n"
        "D\u00e9j\u00e0 abonn\u00e9 ? Connectez-vous\n"
    )
    assert texts(article) == [PARAGRAPH]


def test_mails_in_spanish_and_a_gmail_print_around_the_story() -> None:
    spanish = read(
        "Si no ves bien este correo, haz clic aqu\u00ed\n\nLa ciudad reconstruye el muelle\n\n"
        f"{PARAGRAPH}\n\nHas recibido este correo porque est\u00e1s suscrito.\nDarse de baja\n"
    )
    printed = read(
        "Gmail - Weekly brief: the pier\n\nJane Doe <jane.doe@example.com>\n\n"
        "The Harbour Brief <brief@harbour.example.com>\t5 December 2026 at 09:14\n"
        f"To: jane.doe@example.com\n\nCouncil rebuilds the pier\n\n{PARAGRAPH}\n"
    )
    assert (spanish.title, texts(spanish)) == ("La ciudad reconstruye el muelle", [PARAGRAPH])
    assert (printed.title, texts(printed)) == ("Council rebuilds the pier", [PARAGRAPH])


@pytest.mark.parametrize("title", ["2026", "\u00a90", "Forwarded planning"])
def test_a_title_of_one_word_like_clutter_stays_the_title(title: str) -> None:
    assert read(f"{title}\n\n{PARAGRAPH}\n").title == title

"""Pasted stories' shapes found by the fourth round of fresh stories (issue 15): a section's
name over the headline, a body's name over its menu, a forum thread's posts, a transcript's
time codes, an agency's name over its dateline, a release's contact for the press; each rule
with a case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.models import Article
from narrator.readers.markdown import read_markdown
from narrator.readers.plaintext import read_plaintext
from narrator.readers.stamps import is_stamp

PARAGRAPH = "The council voted on Thursday night to rebuild the pier, officials said."
LATER = "Work is due to start in the spring, and the pier should open in two years."
HEADLINE = "Council votes to rebuild the pier after storm"


def read(text: str, language: str = "en") -> Article:
    return read_plaintext(text, language=language)


def texts(article: Article) -> list[str]:
    return [block.text for block in article.body_blocks()]


@pytest.mark.parametrize(
    ("label", "language"),
    [("WORLD NEWS", "en"), ("Business news", "en"), ("Politik", "de"), ("Sociedad", "es")],
)
def test_a_sections_name_over_the_headline_is_not_the_title(label: str, language: str) -> None:
    article = read(f"{label}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n", language)
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_short_title_over_a_headline_shaped_line_stays_the_title() -> None:
    article = read(f"Harbour Lights\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert article.title == "Harbour Lights"


def test_a_bodys_name_with_small_words_over_its_menu_is_the_frame() -> None:
    article = read(
        "Skip to main content\nUniversity of Westbridge\nStudy  Research  About  News\n\n"
        f"{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


THREAD = (
    "Best way to store winter squash?\nGardening \u203a Harvest & storage\n\n"
    "greenthumb_nan\nNov 28\n\nMine went soft by January. What am I doing wrong?\n\n"
    "allotment_al\nNov 29\n\nCure them first, somewhere warm, for ten days.\n\n"
    "priya\nNov 30\n\nKeep them off the floor, too.\n"
)


def test_a_threads_replies_are_said_with_their_posters_handles() -> None:
    assert texts(read(THREAD)) == [
        "Mine went soft by January. What am I doing wrong?",
        "allotment_al:",
        "Cure them first, somewhere warm, for ten days.",
        "priya:",
        "Keep them off the floor, too.",
    ]


def test_a_threads_one_word_category_under_its_title_is_not_read() -> None:
    thread = THREAD.replace("Gardening \u203a Harvest & storage\n", "\nGardening\n")
    assert texts(read(thread))[0] == "Mine went soft by January. What am I doing wrong?"


def test_a_name_over_a_stamp_once_is_no_thread() -> None:
    article = read(f"{HEADLINE}\n\nSky\nFri 5 Dec 2026 09.00 GMT\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_transcripts_time_codes_are_not_read() -> None:
    article = read(
        "The Housing Hour, episode 41\n\n[00:00:09] Ben Clarke: Thanks, Amara.\n\n"
        "[01:12] Amara Osei: Rents rose by six percent.\n\n00:01:20 Ben Clarke: Supply.\n"
    )
    assert texts(article) == [
        "Ben Clarke: Thanks, Amara.",
        "Amara Osei: Rents rose by six percent.",
        "Ben Clarke: Supply.",
    ]


def test_a_live_blogs_time_in_brackets_over_no_speaker_stays() -> None:
    article = read(f"{HEADLINE}\n\n[12:45] Talks end without a deal\n\n{PARAGRAPH}\n")
    assert "[12:45] Talks end without a deal" in texts(article)[0]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_an_agencys_name_over_its_dateline_is_not_read(separator: str) -> None:
    dateline = f"Madrid, 5 dic (EFE).- {PARAGRAPH}"
    article = read(f"{HEADLINE}\n\nEFE{separator}{dateline}\n", "es")
    assert texts(article) == [dateline]


def test_a_name_over_a_paragraph_that_does_not_repeat_it_stays() -> None:
    article = read(f"{HEADLINE}\n\nEFE\n\nMadrid, 5 dic (Europa Press).- {PARAGRAPH}\n", "es")
    assert [section.heading for section in article.sections] == ["EFE"]


def test_a_releases_contact_and_its_empty_notes_label_are_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nNotes to editors\n\n"
        "For more information contact the press office on 01234 567890 or press@example.ac.uk.\n"
    )
    assert texts(article) == [PARAGRAPH, LATER]


def test_notes_to_editors_with_notes_under_them_are_read() -> None:
    notes = "East West Rail was first proposed in 1995. The route is about 130 km long."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nNotes to editors\n\n{notes}\n")
    assert texts(article)[-1] == notes


def test_a_sentence_asking_for_more_information_is_read() -> None:
    asked = "For more information, residents should contact the council before Friday."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{asked}\n")) == [PARAGRAPH, asked]


def test_a_pages_question_on_itself_is_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nCet article vous a été utile ? Sachez que vous pouvez "
        "suivre Ouest-France sur son site\n",
        "fr",
    )
    assert texts(article) == [PARAGRAPH]


@pytest.mark.parametrize(
    "closing", ["(ANSA).", "(dpa)", "Leggi l'articolo completo su ANSA.it", "Continua sul Post"]
)
def test_an_agencys_closing_credit_and_link_are_not_read(closing: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n", "it")) == [PARAGRAPH]


def test_a_closing_sentence_in_brackets_is_read() -> None:
    closing = "(The council will meet again in January.)"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n"))[-1] == closing


def test_an_interviewers_short_question_is_no_heading() -> None:
    article = read(
        f"{HEADLINE}\n\nSZ: Frau Brandt, wie heiß wird es in deutschen Städten im Jahr 2050?\n\n"
        "Brandt: An manchen Tagen werden wir 40 Grad haben.\n\nSZ: Was können Städte tun?\n\n"
        "Brandt: Bäume pflanzen, vor allem.\n",
        "de",
    )
    assert [section.heading for section in article.sections] == [None]


def test_a_q_and_a_explainers_questions_still_head_sections() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nQ: How many did you follow?\n\nA: Sixty-one, in all.\n\n"
        "Q: And productivity?\n\nA: It rose by a fifth.\n"
    )
    assert [section.heading for section in article.sections] == [
        None,
        "Q: How many did you follow?",
        "Q: And productivity?",
    ]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Interview von Tobias Maier", "Tobias Maier"),
        ("By Ffion Jones\nBBC News, North West Wales", "Ffion Jones, BBC News, North West Wales"),
    ],
)
def test_bylines_with_an_interview_word_or_an_outlet_under_them(line: str, byline: str) -> None:
    language = "de" if "von" in line else "en"
    assert read(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n", language).byline == byline


@pytest.mark.parametrize(
    "line",
    [
        "Ultimo aggiornamento: 5 dicembre 2026, 11:40",
        "Tutte le notizie di Milano",
        "Le Monde avec AFP",
    ],
)
def test_a_papers_stamp_section_link_and_agency_line_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n", "it")) == [
        PARAGRAPH,
        LATER,
    ]


def test_a_russian_writers_name_closing_the_story_is_its_credit() -> None:
    story = "Минфин разместил облигации.\n\nАналитики ожидают роста.\n\nДмитрий Козлов\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert [block.kind.value for block in article.body_blocks()][-1] == "credit"


def test_a_russian_name_inside_the_story_is_read_as_its_paragraph() -> None:
    story = "Дмитрий Козлов\n\nМинфин разместил облигации.\n\nАналитики ожидают роста.\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert "credit" not in [block.kind.value for block in article.body_blocks()]


def test_an_mdx_component_closing_itself_on_its_line_is_not_read() -> None:
    post = read_markdown(
        "---\ntitle: Bird box\n---\n\nimport { Image } from 'astro:assets';\n\n"
        f"{PARAGRAPH}\n\n<Image src={{import('../box.jpg')}} alt=\"The box\" />\n\n{LATER}\n"
    )
    assert texts(post) == [PARAGRAPH, LATER]


def test_a_components_words_between_its_tags_are_read() -> None:
    post = read_markdown(f"# Bird box\n\n{PARAGRAPH}\n\n<Callout>Mind the nails.</Callout>\n")
    assert "Mind the nails." in " ".join(texts(post))


def test_a_ghost_bookmark_card_is_not_read() -> None:
    card = (
        '<figure class="kg-card kg-bookmark-card"><a href="https://example.org/hours">'
        '<div class="kg-bookmark-title">Library opening hours</div></a></figure>'
    )
    post = read_markdown(f"# Library\n\n{PARAGRAPH}\n\n{card}\n\n{LATER}\n")
    assert texts(post) == [PARAGRAPH, LATER]


def test_a_releases_issuer_under_its_lead_is_no_byline() -> None:
    article = read(
        f"{HEADLINE}\n\nNEWS PROVIDED BY\nNorthwind Rail Ltd\nDec 05, 2026, 07:00 GMT\n\n"
        f"{PARAGRAPH}\n"
    )
    assert (article.byline, texts(article)) == (None, [PARAGRAPH])


def test_a_newsletters_caps_label_under_its_greeting_gives_way_to_the_headline() -> None:
    article = read(
        "\u2615 Good morning. It's Friday, and the returns season has begun.\n\n"
        f"THE RUNDOWN\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_newsletters_caps_label_over_no_headline_is_its_title() -> None:
    article = read(f"Good morning. Here is the news.\n\nMARKETS\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert article.title == "MARKETS"


def test_a_writers_credit_after_a_lead_of_clutter_is_kept() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nShare the Brief\nYou currently have 0 referrals.\n\n"
        "Written by Jane Doe and Sam Lee\n"
    )
    assert [block.text for block in article.body_blocks()][-1] == "Written by Jane Doe and Sam Lee"


def test_a_menu_of_links_with_small_words_is_the_frame() -> None:
    article = read(
        "National Park Service\nFind a Park  Explore by Topic  Get Involved  About Us\n\n"
        f"{HEADLINE}\n\nContact: Public Affairs Office, 307-344-2015\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("05 Dicembre 2026 alle 10:15 2 minuti di lettura", True),
        ("5 Dec 2026 \u00b7 4 min read", True),
        ("It took 5 minutes", False),
    ],
)
def test_a_stamp_with_its_reading_time(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_a_posts_subtitle_in_its_front_matter_is_read_first() -> None:
    post = read_markdown(
        f"---\ntitle: Notebooks\nsubtitle: Paper and a pencil\n---\n\n{PARAGRAPH}\n"
    )
    assert texts(post) == ["Paper and a pencil", PARAGRAPH]


def test_a_posts_subtitle_goes_before_a_first_heading() -> None:
    post = read_markdown(
        f"---\ntitle: Notebooks\nsubtitle: Paper\n---\n\n## Rules\n\n{PARAGRAPH}\n"
    )
    assert [section.heading for section in post.sections] == [None, "Rules"]
    assert texts(post) == ["Paper", PARAGRAPH]


@pytest.mark.parametrize(("line", "stamp"), [("1931 - 2026", False), ("5 Dec 2026", True)])
def test_two_years_apart_are_a_life_not_a_stamp(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_a_ministrys_name_over_its_release_label_is_the_frame() -> None:
    article = read(
        "Ministerio de Transportes y Movilidad Sostenible\n\nNota de prensa\n\n"
        f"{HEADLINE}\n\nMadrid, 5 de diciembre de 2026\n\n{PARAGRAPH}\n",
        "es",
    )
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_place_and_a_date_inside_a_sentence_are_read() -> None:
    line = "Madrid, 5 de diciembre de 2026, fue el día más frío del año."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n", "es"))[-1] == line


@pytest.mark.parametrize("lead", ["Leia mais", "Más información"])
def test_a_label_of_more_links_goes_with_them(lead: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lead}\nBolsa sobe com bancos\n\n{LATER}\n", "pt")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_french_live_pages_entry_time_heads_its_entry() -> None:
    article = read(f"{HEADLINE}\n\n16h02\nLes trains à l'arrêt\n\n{PARAGRAPH}\n", "fr")
    assert [section.heading for section in article.sections] == ["16h02: Les trains à l'arrêt"]


def test_a_first_subhead_under_a_standfirst_with_no_full_stop_heads_its_section() -> None:
    article = read(
        f"{HEADLINE}\n\nArriva l'aria artica, sotto zero al Nord\n\nSabato\n\n{PARAGRAPH}\n\n"
        f"Domenica\n\n{LATER}\n",
        "it",
    )
    assert [section.heading for section in article.sections] == [None, "Sabato", "Domenica"]


def test_a_short_standfirst_over_a_story_with_no_subheads_is_read_as_a_paragraph() -> None:
    article = read(f"{HEADLINE}\n\nMoeda recua no dia\n\n{PARAGRAPH}\n\n{LATER}\n", "pt")
    assert texts(article) == ["Moeda recua no dia", PARAGRAPH, LATER]


def test_a_readmes_heading_in_html_is_its_title() -> None:
    post = read_markdown(
        '<p align="center">\n  <img src="logo.png" alt="Logo">\n</p>\n\n'
        f'<h1 align="center">Larkspur</h1>\n\n{PARAGRAPH}\n'
    )
    assert (post.title, texts(post)) == ("Larkspur", [PARAGRAPH])


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Speaker 1 (00:00:03):", "Speaker 1:"),
        ("Eliud Kipchoge (2:01:09)", "Eliud Kipchoge (2:01:09)"),
    ],
)
def test_a_transcripts_cue_with_its_time_in_brackets(line: str, said: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{line}\n{PARAGRAPH}\n"))[0].startswith(said)


@pytest.mark.parametrize("count", ["Комментарии (14)", "Kommentare (0)"])
def test_a_comment_count_in_brackets_is_not_read(count: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{count}\n", "de")) == [PARAGRAPH]


def test_a_labelled_lists_longer_items_are_its_items() -> None:
    results = (
        "Results:\nRaducanu (GB) bt Pegula (US) 6-4 3-6 7-6 (10-7)\nSabalenka (Blr) bt Andreeva 6-2"
    )
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{results}\n")
    assert [section.heading for section in article.sections] == [None, "Results:"]
    assert [block.kind.value for block in article.body_blocks()][1:] == ["list_item", "list_item"]


def test_a_label_over_a_wrapped_paragraph_is_no_list() -> None:
    note = "Update:\nThe council has now said that the road\nwill reopen on Monday morning."
    assert "list_item" not in [
        block.kind.value for block in read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{note}\n").body_blocks()
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "Écouter cet article\n00:00/03:12",
        "Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.",
    ],
)
def test_an_audio_player_and_a_paywalls_note_are_not_read(lines: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lines}\n\n{LATER}\n", "fr")) == [
        PARAGRAPH,
        LATER,
    ]


def test_an_agencys_name_over_its_dateline_in_capitals_is_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\nEuropa Press\nMadrid, 5 Dic. (EUROPA PRESS) -\n\n{PARAGRAPH}\n", "es"
    )
    assert texts(article)[0] == "Madrid, 5 Dic. (EUROPA PRESS) -"


def test_a_bodys_name_over_its_numbered_release_label_is_the_frame() -> None:
    article = read(
        f"Universität Freiburg\n\nPressemitteilung Nr. 142/2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n",
        "de",
    )
    assert article.title == HEADLINE


def test_a_blogs_posted_line_gives_its_byline_and_its_comments_are_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\nPosted on December 5, 2026 by Ruth Okafor\n\n{PARAGRAPH}\n\n{LATER}\n\n"
        "Posted in Bees, Garden | 3 Comments\n\n"
        '3 thoughts on "Council votes to rebuild the pier"\n\n'
        "Jane says:\nDecember 5, 2026 at 9:14 am\nLovely post. Will it have a café?\n\n"
        "Leave a Reply\n"
    )
    assert (article.byline, texts(article)) == ("Ruth Okafor", [PARAGRAPH, LATER])


def test_a_sentence_counting_thoughts_in_the_story_is_read() -> None:
    line = "Residents sent 40 thoughts on the plan, the council said."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n"))[-1] == line


@pytest.mark.parametrize(
    "lines",
    [
        "Please use Chrome browser for a more accessible video player",
        "Aktualisiert am 5. Dezember 2026, 14:32 Uhr Quelle: ZEIT ONLINE, dpa, jw",
        "Artikel hören Player schließen\nVerkehrswende: Hören sie hier diesen Artikel",
        "Archivado En\nIPC Inflación INE",
        "Related Topics:\nHeathrow",
    ],
)
def test_a_sites_player_stamp_and_topics_are_not_read(lines: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lines}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_russian_papers_writers_after_their_label_closing_the_story_are_its_credit() -> None:
    story = "Минфин разместил облигации.\n\nАвторы: Анна Смирнова, Иван Петров\n"  # noqa: RUF001
    article = read(f"Заголовок новости о рынке\n\n{story}", "ru")  # noqa: RUF001
    assert [block.kind.value for block in article.body_blocks()][-1] == "credit"


def test_a_videos_block_under_its_ad_label_is_not_read() -> None:
    video = "Video Ad Feedback\nSee the moment a huge iceberg breaks away\n01:12 - Source: CNN"
    assert texts(read(f"{HEADLINE}\n\n{video}\n\n{PARAGRAPH}\n")) == [PARAGRAPH]


def test_a_phpbb_threads_one_line_post_heads() -> None:
    thread = (
        f"{HEADLINE}\n\nPost by dave_r \u00bb Thu Dec 04, 2026 8:12 pm\n\n{PARAGRAPH}\n\n"
        f"Post by heatingeng \u00bb Thu Dec 04, 2026 9:40 pm\n\n{LATER}\n"
    )
    assert texts(read(thread)) == [PARAGRAPH, "heatingeng:", LATER]


@pytest.mark.parametrize(("label", "language"), [("Opinião", "pt"), ("Происшествия", "ru")])
def test_a_sections_name_over_a_headline_and_its_byline_is_not_the_title(
    label: str, language: str
) -> None:
    article = read(
        f"{label}\n\n{HEADLINE}\n\nLuís Pereira\n05 de dezembro de 2026, 08:00\n\n{PARAGRAPH}\n",
        language,
    )
    assert article.title == HEADLINE


def test_a_councils_menu_in_sentence_case_is_the_frame() -> None:
    article = read(
        "Skip to main content\nAshby District Council\n"
        "Bins and recycling  Council tax  Planning  Contact us\n\n"
        f"{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert article.title == HEADLINE


def test_a_questions_sites_lines_are_not_read() -> None:
    page = (
        f"{HEADLINE}\n\nAsked 3 years ago\nModified 2 days ago\nViewed 45k times\n\n{PARAGRAPH}\n\n"
        f"Share\nImprove this question\nFollow\n\n2 Answers\n\n{LATER}\n\n"
        "Share\nImprove this answer\nFollow\nanswered Dec 5 at 9:14\n"
    )
    assert texts(read(page)) == [PARAGRAPH, LATER]


def test_a_photos_caption_ending_with_its_agencys_credit_is_not_read() -> None:
    caption = "Firefighters battle a wildfire north of Athens \u00a9 Louisa GOULIAMAKI / AFP"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_papers_name_over_its_writers_byline_is_not_read() -> None:
    article = read(f"{HEADLINE}\n\nThe Guardian\nAngela Giuffrida in Rome\n\n{PARAGRAPH}\n")
    assert (article.byline, texts(article)) == ("Angela Giuffrida in Rome", [PARAGRAPH])


@pytest.mark.parametrize(
    "line",
    [
        "December 5, 2026 11:02 AM GMT Updated an hour ago",
        "From: Indigenous Services Canada",
        "News release",
        "mst/dpa/Reuters",
    ],
)
def test_a_stamp_issuer_release_label_and_agency_initials_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_two_word_section_over_the_headline_is_not_the_title() -> None:
    assert read(
        f"Faits divers\n\n{HEADLINE}\n\nPar Julie Bernard\n\n{PARAGRAPH}\n", "fr"
    ).title == (HEADLINE)

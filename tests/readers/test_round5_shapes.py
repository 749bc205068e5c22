"""Pasted stories' shapes found by the fifth round of fresh stories (issue 15): an ad's label
over its ad in one block, a share label with its networks' names, a site's footer address, a
"Read more:" label over headlines, a greeting with no stop, a section's name and topic over the
headline, a social post's handle and a thread's counters, a labelled line-up, Quarto's
callouts; each rule with a case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.models import Article
from narrator.readers.markdown import read_markdown
from narrator.readers.plaintext import read_plaintext
from narrator.readers.structure import byline_of, metadata_parts

PARAGRAPH = "The council voted on Thursday night to rebuild the pier, officials said."
LATER = "Work is due to start in the spring, and the pier should open in two years."
HEADLINE = "Council votes to rebuild the pier after storm"


def read(text: str, language: str = "en") -> Article:
    return read_plaintext(text, language=language)


def texts(article: Article) -> list[str]:
    return [block.text for block in article.body_blocks()]


@pytest.mark.parametrize(
    ("label", "ad", "language"),
    [
        ("Sponsored", "Switch to Voltara. Get a credit when you sign up.", "en"),
        ("ANZEIGE", "Jetzt Probe fahren: Der neue Transporter. Mehr erfahren", "de"),
    ],
)
def test_an_ads_label_over_its_ad_in_one_block_goes_with_it(
    label: str, ad: str, language: str
) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{label}\n{ad}\n\n{LATER}\n", language)
    assert texts(article) == [PARAGRAPH, LATER]


def test_an_ad_placeholder_alone_in_its_block_leaves_the_story_under_it() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nAnzeige\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "lines",
    [
        "Compartir en:\nFacebook Twitter LinkedIn",
        "Share on: Facebook, X, WhatsApp",
        "Diesen Newsletter weiterempfehlen",
        "Universidad de Granada \u00b7 Avda. del Hospicio, s/n \u00b7 18010 Granada",
        "Read more:\nBank of England holds rates, signals cuts next year\nUK inflation slips",
        "Читайте также: Рубль укрепился к юаню",
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a response of up to 300 words by email, please click here.",
    ],
)
def test_a_sites_lines_after_the_story_are_not_read(lines: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{lines}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_sentence_with_dots_between_its_parts_is_read() -> None:
    line = "The route runs Tui \u00b7 Redondela \u00b7 Pontevedra, with stops every day."
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n")
    assert texts(article) == [PARAGRAPH, line]


@pytest.mark.parametrize(
    ("greeting", "language"),
    [("Guten Morgen aus Hamburg", "de"), ("Good morning from Washington", "en")],
)
def test_a_newsletters_greeting_with_no_stop_is_no_title(greeting: str, language: str) -> None:
    article = read(f"{greeting}\n\n{HEADLINE}\n\n{PARAGRAPH}\n", language)
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_sections_name_and_topic_over_the_headline_are_no_title() -> None:
    article = read(f"Opinion\nCities\n\n{HEADLINE}\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)) == (HEADLINE, [PARAGRAPH])


def test_a_two_line_title_that_names_no_section_stays() -> None:
    article = read(f"Harbour Lights\nA novel\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert article.title == "Harbour Lights"


THREAD = (
    "Sam Patel\n@sampatel_econ\n\n1/ Egg prices fell fast this autumn.\n\n"
    "2/ Flocks recovered from bird flu.\n\n3/3 Expect cheap eggs into spring.\n"
)


def test_a_threads_handle_and_counters_are_not_read() -> None:
    assert texts(read(THREAD)) == [
        "Egg prices fell fast this autumn.",
        "Flocks recovered from bird flu.",
        "Expect cheap eggs into spring.",
    ]


def test_a_recipes_fractions_are_no_counters() -> None:
    article = read("Pancakes\n\n1/2 cup flour\n\n2/3 cup milk\n\nWhisk them together.\n")
    assert "1/2 cup flour" in " ".join(texts(article))


def test_a_labelled_line_up_is_a_list() -> None:
    lineup = (
        "Aufstellungen:\n"
        "Leverkusen: Hradecky - Frimpong, Tah, Tapsoba, Grimaldo - Xhaka, Andrich - Wirtz\n"
        "Mainz: Zentner - Caci, Hanche-Olsen, Kohr, Mwene - Sano, Amiri - Lee, Burkardt\n"
    )
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lineup}", "de")
    items = [b.text for b in article.body_blocks() if b.kind.value == "list_item"]
    assert [item.split(":")[0] for item in items] == ["Leverkusen", "Mainz"]


def test_quartos_callout_marks_are_not_read_its_title_is() -> None:
    post = (
        "# Swifts\n\nEvery summer swifts nest here.\n\n"
        '::: {.callout-note title="Code"}\nThe code is on GitHub.\n:::\n\nThey leave in August.\n'
    )
    assert texts(read_markdown(post)) == [
        "Every summer swifts nest here.",
        "Code",
        "The code is on GitHub.",
        "They leave in August.",
    ]


def test_a_tickers_headlines_between_marks_are_headings() -> None:
    text = (
        f"{HEADLINE}\n\n+++ Pier vote passes +++\n\n{PARAGRAPH}\n\n+++ Work starts +++\n\n{LATER}\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == ["Pier vote passes", "Work starts"]


def test_plus_signs_inside_a_sentence_are_no_ticker() -> None:
    line = "+++ marks a line in the diff, and the tool shows it in green."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n")) == [PARAGRAPH, line]


def test_a_reviews_bookshop_line_after_its_last_sentence_goes() -> None:
    last = "The Glass Orchard by Ana Reyes is published by Faber."
    shop = (
        "To support the Guardian and Observer, order your copy at guardianbookshop.com. "
        "Delivery charges may apply."
    )
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{last} {shop}\n")) == [PARAGRAPH, last]


def test_a_releases_for_more_information_block_goes() -> None:
    block = "For More Information\nPress contacts:\nMaria Rossi\nPhone: +32 2 29 12345"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{block}\n")) == [PARAGRAPH, LATER]


def test_nikolas_fields_in_a_comment_give_the_title_and_byline() -> None:
    post = (
        "<!--\n.. title: The first frost count\n.. slug: first-frost\n.. author: Tom Baker\n-->"
        "\n\nEvery year I write down the first frost.\n"
    )
    article = read_markdown(post)
    assert (article.title, article.byline, texts(article)) == (
        "The first frost count",
        "Tom Baker",
        ["Every year I write down the first frost."],
    )


def test_a_comment_over_a_post_that_holds_no_fields_is_no_header() -> None:
    post = "<!-- draft -->\n\n# Frost\n\nEvery year I write down the first frost.\n"
    assert read_markdown(post).title == "Frost"


def test_a_heading_in_html_between_wordpress_block_comments_is_a_heading() -> None:
    post = (
        "# Reading room\n\n<!-- wp:paragraph -->\n<p>It opens on Monday.</p>\n"
        "<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>What's inside</h2>\n"
        "<!-- /wp:heading -->\n\n"
        "<!-- wp:paragraph -->\n<p>Forty desks.</p>\n<!-- /wp:paragraph -->\n"
    )
    article = read_markdown(post)
    assert [s.heading for s in article.sections] == [None, "What's inside"]
    assert texts(article) == ["It opens on Monday.", "Forty desks."]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("di Mario Rossi", "Mario Rossi"),
        ("Por Ana Souza", "Ana Souza"),
        ("Автор: Ольга Смирнова", "Ольга Смирнова"),
        ("Von Trier", None),
        ("Por qué importa", None),
        ("di più di quanto", None),
        ("by Jane Doe", None),
    ],
)
def test_a_bylines_word_in_the_other_languages(line: str, names: str | None) -> None:
    assert byline_of(line) == names


def test_a_reading_time_in_italian_is_metadata() -> None:
    assert metadata_parts("3 minuti di lettura") == (None, None)
    assert metadata_parts("Il museo riapre sabato") is None


def test_a_bluesky_threads_handle_and_counters_in_brackets_are_not_read() -> None:
    text = (
        "Priya Nair\n@priyanair.bsky.social\n\nThe tree census is out. (1/3)\n\n"
        "There are more trees. (2/3)\n\nBut not in the south. (3/3)\n"
    )
    assert texts(read(text)) == [
        "The tree census is out.",
        "There are more trees.",
        "But not in the south.",
    ]


def test_a_bracketed_figure_at_a_paragraphs_end_is_no_counter() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH} (1/4)\n\n{LATER}\n"
    assert texts(read(text)) == [f"{PARAGRAPH} (1/4)", LATER]


def test_a_blogs_posted_by_line_gives_the_byline_and_its_labels_go() -> None:
    text = (
        f"{HEADLINE}\n\nPosted by Ruth Okafor on Saturday, December 6, 2026\n\n{PARAGRAPH}\n\n"
        "Labels: Northumberland, seals, wildlife\n\n12 comments:\n"
    )
    article = read(text)
    assert (article.byline, texts(article)) == ("Ruth Okafor", [PARAGRAPH])


def test_a_ministers_name_and_office_over_a_release_are_no_title() -> None:
    text = (
        "Media release\n\nThe Hon. Jane Doe MP\nMinister for Infrastructure and Transport\n\n"
        f"5 December 2026\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    )
    assert read(text).title == HEADLINE


def test_a_label_over_one_line_after_a_labelled_list_is_a_list() -> None:
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nPros\nBeautiful, hand-painted harbour\n"
        "A story that earns its twist\n\nCons\nThe market menus are fiddly\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == [None, "Pros", "Cons"]


def test_a_label_over_one_line_after_prose_stays_a_paragraph() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nUpdate\nThe pier has reopened to walkers\n"
    assert [s.heading for s in read(text).sections] == [None]


def test_an_italian_agencys_desk_and_footer_are_not_read() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nRed-Mar\n\n(RADIOCOR) 05-12-26 17:45:12 (0412) 5 NNNN\n"
    assert texts(read(text, "it")) == [PARAGRAPH]


def test_a_live_entrys_time_with_its_day_heads_it_without_the_day() -> None:
    text = (
        f"Live updates: {HEADLINE}\n\n2:31 p.m. ET, December 5, 2026\nSchools close again\n\n"
        f"From CNN's Jane Doe\n\n{PARAGRAPH}\n\nLink Copied!\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == ["2:31 p.m. ET: Schools close again"]
    assert texts(article) == [PARAGRAPH]


def test_a_name_alone_under_the_story_signs_it() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nRuth Ellis\n")
    assert [(b.kind.value, b.text) for b in article.body_blocks()][-1] == ("credit", "Ruth Ellis")


def test_a_headline_alone_at_the_end_is_no_signature() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\nWork starts in the spring\n")
    assert [b.kind.value for b in article.body_blocks()] == ["paragraph", "paragraph"]


def test_a_myst_admonition_is_read_not_skipped_as_code() -> None:
    post = (
        "# Tides\n\nTide tables give two high waters a day.\n\n"
        "```{note}\n:class: dropdown\nAll times are in GMT.\n```\n\n```python\nprint(1)\n```\n"
    )
    assert [b.text for b in read_markdown(post).body_blocks()] == [
        "Tide tables give two high waters a day.",
        "All times are in GMT.",
        "Code sample skipped.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Bestens informiert mit SZ Plus \u2013 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen",
        "Zur SZ-Startseite",
        "Lee también: Suben las tarifas del transporte público en Jalisco",
    ],
)
def test_a_papers_offers_and_links_after_the_story_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_releases_contacts_under_a_label_go() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nContacts\n\nMedia:\nSam Lee\npress@northwind.example\n"
    assert texts(read(text)) == [PARAGRAPH]


def test_a_linkedin_posts_role_stamp_buttons_and_counts_are_not_read() -> None:
    text = (
        "Jane Doe\nHead of Product at Northwind Rail\n1d \u2022 Edited \u2022\n\n"
        f"{PARAGRAPH}\n\n\u2026see more\n\nLike Comment Repost Send\n\n124 \u00b7 18 comments\n"
    )
    article = read(text)
    assert (article.title, texts(article)) == ("Jane Doe", [PARAGRAPH])


def test_a_byline_over_a_posts_stamp_stays_the_byline() -> None:
    article = read(f"{HEADLINE}\nBy Jane Doe\n5h \u00b7\n\n{PARAGRAPH}\n")
    assert article.byline is not None and "Jane Doe" in article.byline


def test_a_greeting_alone_under_the_title_is_not_read() -> None:
    article = read(f"First Thing: {HEADLINE}\n\nGood morning.\n\n{PARAGRAPH}\n")
    assert texts(article) == [PARAGRAPH]


def test_a_greeting_that_says_more_is_read() -> None:
    line = "Good morning, and welcome to the pier, said the mayor to the crowd."
    assert texts(read(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n")) == [line, PARAGRAPH]


def test_an_italian_newsletters_greeting_over_its_first_headline_is_no_title() -> None:
    text = f"Ciao, questa è Colazione, la newsletter del mattino.\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    assert read(text, "it").title == HEADLINE


def test_a_recipes_ingredients_under_their_label_are_a_list_under_a_heading() -> None:
    text = "Bolo\n\nUm bolo simples.\n\nIngredientes\n3 ovos\n2 laranjas\n1 xícara de óleo\n"
    article = read(text, "pt")
    assert [s.heading for s in article.sections] == [None, "Ingredientes"]
    assert [b.kind.value for b in article.sections[1].blocks] == ["list_item"] * 3


@pytest.mark.parametrize(
    "line",
    [
        "ABC // JMR",
        "Lusa/Fim",
        "Réutiliser ce contenu",
        "Se qualcuno ti ha inoltrato questa email, puoi iscriverti qui.",
        "Bildmaterial: Eine Visualisierung steht unter example.de/presse zum Download bereit.",
    ],
)
def test_end_marks_and_notes_of_agencies_and_papers_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{line}\n")) == [PARAGRAPH, LATER]


def test_a_desks_editor_closing_the_story_is_its_credit() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\nRedaktion: Lena Vogt\n", "de")
    assert [b.kind.value for b in article.body_blocks()][-1] == "credit"


@pytest.mark.parametrize(
    ("label", "language"), [("Exclusivo", "pt"), ("EXCLUSIVE", "en"), ("Eilmeldung", "de")]
)
def test_a_storys_label_alone_over_the_headline_is_no_title(label: str, language: str) -> None:
    text = f"{label}\n\n{HEADLINE}\n\nJane Doe\n5 December 2026 14:32\n\n{PARAGRAPH}\n"
    assert read(text, language).title == HEADLINE


def test_a_bodys_name_over_its_release_label_is_the_frame() -> None:
    text = f"Springfield Police Department\nNews Release\n\n{HEADLINE}\n\n{PARAGRAPH}\n"
    assert read(text).title == HEADLINE


@pytest.mark.parametrize(
    "lines",
    [
        "Kommentare lesen (12 Beiträge)",
        "Conforme a los criterios de\nThe Trust Project",
        "Pour aller plus loin :\nCrise du logement : les jeunes premières victimes",
        "Читать ещё\nРубль укрепился после решения ЦБ",  # noqa: RUF001
        "Assine já",
    ],
)
def test_more_of_a_papers_closing_lines_are_not_read(lines: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{lines}\n")) == [PARAGRAPH, LATER]


def test_a_line_under_the_title_naming_a_plot_is_not_read() -> None:
    text = f"{HEADLINE}\n\nСюжет: Денежно-кредитная политика\n\n{PARAGRAPH}\n"  # noqa: RUF001
    assert texts(read(text)) == [PARAGRAPH]


def test_a_sponsors_label_under_the_title_is_no_byline_and_leaves_the_story() -> None:
    text = (
        f"Playbook: {HEADLINE}\n\nPRESENTED BY NORTHWIND ENERGY\n\n"
        f"Good morning and welcome to Playbook.\n\n{PARAGRAPH}\n\n"
        "A message from Northwind Energy: Europe's grid needs new lines. We build them.\n\n"
        f"{LATER}\n"
    )
    article = read(text)
    assert (article.byline, texts(article)) == (None, [PARAGRAPH, LATER])


def test_an_agencys_picture_and_video_marks_after_a_paragraph_go() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH} (Foto) (Vídeo)\n\n{LATER}\n", "es")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_transcripts_sounds_between_brackets_are_not_read() -> None:
    text = f"{HEADLINE}\n\n[Música]\n\nAna López: {PARAGRAPH}\n\n[Risas]\n\nCarlos Ruiz: {LATER}\n"
    assert texts(read(text, "es")) == [f"Ana López: {PARAGRAPH}", f"Carlos Ruiz: {LATER}"]


def test_a_names_dash_and_agency_role_is_the_byline() -> None:
    text = f"{HEADLINE}\n\nAna Souza - Repórter da Agência Brasil\n\n{PARAGRAPH}\n"
    assert read(text, "pt").byline == "Ana Souza, Repórter da Agência Brasil"


def test_a_hexo_blockquote_is_a_quote_without_its_tags() -> None:
    post = (
        "# Phones\n\nI left my phone in a drawer.\n\n{% blockquote Seneca %}\n"
        "We suffer more often in imagination than in reality.\n{% endblockquote %}\n"
    )
    blocks = read_markdown(post).body_blocks()
    assert [(b.kind.value, b.text) for b in blocks][-1] == (
        "quote",
        "We suffer more often in imagination than in reality.",
    )


def test_a_short_pull_quote_in_capitals_and_quote_marks_is_read_once() -> None:
    said = '"We just didn\'t know," said Margaret Ellis, who has lived in the town for sixty years.'
    text = f'{HEADLINE}\n\n{PARAGRAPH}\n\n{said}\n\n"WE JUST DIDN\'T KNOW"\n\n{LATER}\n'
    assert texts(read(text)) == [PARAGRAPH, said, LATER]


def test_a_short_quoted_line_no_paragraph_repeats_is_read() -> None:
    text = f'{HEADLINE}\n\n{PARAGRAPH}\n\n"Not in my name"\n\n{LATER}\n'
    assert '"Not in my name"' in " ".join(texts(read(text)))


def test_a_blogs_share_like_and_related_boxes_in_plain_text_go() -> None:
    boxes = "Share this:\nFacebook\nX\nEmail\n\nLike this:\nLike Loading...\n\nRelated"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{boxes}\n")) == [PARAGRAPH, LATER]


def test_a_death_notices_label_over_the_name_is_no_title() -> None:
    text = (
        "Avis de décès\n\nJeanne Martin\n\nNée Dupuis\n\nNous avons la tristesse de vous le dire.\n"
    )
    assert read(text, "fr").title == "Jeanne Martin"


def test_mkdocs_tabs_are_read_with_their_names_not_as_code() -> None:
    post = '# Install\n\nPick your system.\n\n=== "Linux"\n\n    Use the package manager.\n'
    assert texts(read_markdown(post)) == ["Pick your system.", "Linux", "Use the package manager."]


@pytest.mark.parametrize(
    "line",
    [
        "The BBC is not responsible for the content of external sites.",
        "Subscribe to CNN Business's Before the Bell newsletter for the latest market news.",
        "Ir a los comentarios",
        "Hier können Sie die Rechte an diesem Artikel erwerben.",
        "Loading...",
        "Update your email preferences or unsubscribe here.",
    ],
)
def test_more_site_lines_among_the_story_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_newsletter_sign_up_that_leads_a_form_is_kept_as_it_was() -> None:
    line = "Subscribe to my free statistics newsletter:"
    assert line in texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n"))


def test_an_outlet_and_place_under_a_portuguese_byline_are_the_bylines() -> None:
    text = f"{HEADLINE}\n\nPor Ana Souza\nDo UOL, em São Paulo\n\n{PARAGRAPH}\n"
    assert texts(read(text, "pt")) == [PARAGRAPH]


def test_zolas_shortcode_with_a_body_is_read_with_its_title() -> None:
    post = (
        '+++\ntitle = "Camino"\n+++\n\nWe cycled it.\n\n{% note(title="Before you go") %}\n'
        "Call ahead.\n{% end %}\n"
    )
    assert texts(read_markdown(post)) == ["We cycled it.", "Before you go", "Call ahead."]


def test_an_instagram_posts_place_tags_and_comments_link_are_not_read() -> None:
    text = (
        "harborbakery\nAshby, Oregon\n\nOur starter turns ten today. Come by for a slice.\n\n"
        "#sourdough #bakery #ashby\n\nView all 48 comments\n"
    )
    assert texts(read(text)) == ["Our starter turns ten today. Come by for a slice."]


def test_a_place_under_a_headline_is_read() -> None:
    text = f"{HEADLINE}\n\nAshby, Oregon\n\n{PARAGRAPH}\n"
    assert "Ashby, Oregon" in " ".join(texts(read(text)))


def test_a_named_newsletters_sign_up_box_in_the_story_goes() -> None:
    box = (
        "Sign up to Down to Earth\nFree weekly newsletter\n"
        "The planet's most important stories. Get all the week's environment news\n"
        "after newsletter promotion"
    )
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{box}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_desks_line_over_its_outlet_is_no_byline() -> None:
    text = (
        f"{HEADLINE}\n\nArticle rédigé par franceinfo avec AFP\nRadio France\n"
        f"Publié le 05/12/2026 17:45\n\n{PARAGRAPH}\n"
    )
    article = read(text, "fr")
    assert (article.byline, texts(article)) == (None, [PARAGRAPH])


def test_a_newsletters_forwarded_note_and_sign_off_are_not_read() -> None:
    opening = "Good morning. Today we look at why a deal fell apart."
    text = (
        f"DealBook: {HEADLINE}\n\n{opening} (Was this newsletter forwarded to you? Sign up here.)"
        f"\n\n{PARAGRAPH}\n\nThanks for reading! We'll see you tomorrow.\n"
    )
    assert texts(read(text)) == [opening, PARAGRAPH]


def test_media_enquiries_lead_their_contacts() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\nMedia enquiries\nPress Office\npress@example.ac.uk\n"
    assert texts(read(text)) == [PARAGRAPH]


@pytest.mark.parametrize(
    "lines",
    [
        "GUARDA IL VIDEO",
        "VIDÉO. Découvrez la piscine rénovée",
        "Read more on the Sky News app",
        "(Anna Schmidt, 5.12.2026)",
        "Zum Weiterlesen\nWiener Linien erhöhen die Preise",
        "Newsletter L'essentiel du matin\nUn tour de l'actualité pour commencer la journée",
    ],
)
def test_video_links_app_links_and_boxes_are_not_read(lines: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lines}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_an_outlets_news_name_over_the_headline_is_no_title() -> None:
    assert read(f"Sky News\n\n{HEADLINE}\n\n{PARAGRAPH}\n").title == HEADLINE


def test_a_sentence_about_a_newsletter_is_read() -> None:
    line = "Newsletter subscribers rose by a third this year, the council said."
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n")) == [PARAGRAPH, line]


@pytest.mark.parametrize(
    "lines",
    [
        "Keep reading with a 7-day free trial",
        "Subscribe to The Slow Track to keep reading this post and get 7 days of free access.",
        "Contacto para medios:\nprensa@renfe.example",
    ],
)
def test_a_newsletters_paywall_and_a_releases_media_contact_go(lines: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{lines}\n")) == [PARAGRAPH, LATER]

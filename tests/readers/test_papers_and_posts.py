"""Newspaper stories pasted by select-all and blog posts of more site generators (issue 15,
second round): what the paper's page or the generator adds is not read, the story's words are;
each rule with a case where it must not apply."""

from __future__ import annotations

import pytest

from narrator.models import BlockKind, NarrationConfig
from narrator.readers.markdown import read_markdown
from narrator.readers.plaintext import read_plaintext
from narrator.readers.stamps import is_stamp
from tests.readers.shapes import LATER, PARAGRAPH, read, texts

MENU = "News\nSport\nWhat's On\nProperty"


def test_a_papers_name_over_its_menu_is_the_pages_frame() -> None:
    article = read(
        f"Skip to main content\nThe Kettleford Courier\n\n{MENU}\n\n"
        f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{LATER}\n"
    )
    assert (article.title, texts(article)) == (
        "Council votes to rebuild the pier",
        [PARAGRAPH, LATER],
    )


def test_a_short_title_under_the_frame_with_no_menu_is_the_title() -> None:
    article = read(f"Skip to main content\nPier Reopens\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert (article.title, texts(article)) == ("Pier Reopens", [PARAGRAPH, LATER])


@pytest.mark.parametrize(
    "line",
    [
        "05 dicembre 2026 15:42",
        "5 de Dezembro de 2026, 16:20",
        "venerdì 5 dicembre 2026 alle 15:42",
    ],
)
def test_italian_and_portuguese_stamps(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line", ["Il 5 dicembre 2026 il consiglio ha votato.", "Em 2026 o governo aprovou 920 euros."]
)
def test_a_sentence_with_a_date_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)


@pytest.mark.parametrize(
    "lines",
    [
        "RIPRODUZIONE RISERVATA © Copyright ANSA",
        "Todos os direitos reservados.",
        "Comments (12)",
        "Quelle: F.A.Z.",
        "Tópicos\nEconomia\nSalário mínimo",
        "Weitere Themen\nWohnungsbau\nMieten",
    ],
)
def test_a_papers_closing_lines_are_not_read(lines: str) -> None:
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{lines}\n")) == [
        PARAGRAPH
    ]


def test_a_sentence_that_starts_with_a_label_is_read() -> None:
    sentence = "Temas como a habitação dominaram o debate, disse o ministro."
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{sentence}\n")) == [
        PARAGRAPH,
        sentence,
    ]


def markdown_texts(text: str, config: NarrationConfig | None = None) -> list[str]:
    return [block.text for block in read_markdown(text, "post.md", config).body_blocks()]


def test_an_admonitions_marks_go_and_its_title_and_text_are_read() -> None:
    post = (
        f"# T\n\n{PARAGRAPH}\n\n!!! note\n\n    {LATER}\n\n"
        f'??? tip "What about compliance?"\n    The auditors agreed.\n\n'
        ":::caution Watch the cost\nThe bill rose.\n:::\n\n"
        ":::tip[Book ahead]\nSeats go fast.\n:::\n"
    )
    assert markdown_texts(post) == [
        PARAGRAPH,
        LATER,
        "What about compliance?",
        "The auditors agreed.",
        "Watch the cost",
        "The bill rose.",
        "Book ahead",
        "Seats go fast.",
    ]


def test_admonition_marks_in_code_are_code() -> None:
    post = f"# T\n\n{PARAGRAPH}\n\n```\n!!! note\n:::tip\n```\n"
    assert markdown_texts(post, NarrationConfig(code_mode="read")) == [
        PARAGRAPH,
        "!!! note :::tip",
    ]


def test_an_authors_key_is_not_read_a_name_is() -> None:
    handle = read_markdown(f"---\ntitle: T\nauthors: [jdoe]\n---\n\n{PARAGRAPH}\n", "p.md")
    named = read_markdown(f"---\ntitle: T\nauthors: [Jane Doe]\n---\n\n{PARAGRAPH}\n", "p.md")
    assert (handle.byline, named.byline) == (None, "Jane Doe")


def test_pelicans_fields_give_the_title_and_byline_and_are_not_read() -> None:
    post = read_markdown(
        f"Title: A winter walk\nDate: 2026-12-03 09:30\nAuthor: Ruth Hale\n\n{PARAGRAPH}\n", "p.md"
    )
    assert (post.title, post.byline) == ("A winter walk", "Ruth Hale")
    assert markdown_texts(f"Title: A winter walk\nDate: 2026\n\n{LATER}\n") == [LATER]


def test_a_first_line_with_title_over_prose_is_no_field() -> None:
    post = f"Title: the story so far\nThe pier closed in 2019 after a storm.\n\n{PARAGRAPH}\n"
    assert markdown_texts(post) == [
        "Title: the story so far The pier closed in 2019 after a storm.",
        PARAGRAPH,
    ]


def test_a_pictures_caption_goes_with_it_an_italic_sentence_stays() -> None:
    post = (
        f"# T\n\n{PARAGRAPH}\n\n![The cottage](c.jpg)\n*The lock keeper's cottage.*\n\n*{LATER}*\n"
    )
    assert markdown_texts(post) == [PARAGRAPH, LATER]


def test_a_section_name_over_the_headline_in_its_block_is_not_the_title() -> None:
    kicked = read(f"Le Parisien\nFaits divers\nCouncil votes to rebuild the pier\n\n{PARAGRAPH}\n")
    assert (kicked.title, texts(kicked)) == ("Council votes to rebuild the pier", [PARAGRAPH])


def test_a_title_over_its_standfirst_in_one_block_stays_the_title() -> None:
    article = read(f"Pier Reopens\nThe council voted to reopen it in May.\n\n{PARAGRAPH}\n")
    assert article.title == "Pier Reopens"


def test_a_live_pages_editors_under_its_label_below_the_summary_are_its_byline() -> None:
    article = read(
        "Storm hits Wales - live\n\nSummary\nThousands of homes are without power\n"
        "A red warning is in place\nTrains are cancelled\n\nLive Reporting\n"
        f"Edited by Jane Doe\n\n{PARAGRAPH}\n"
    )
    assert article.byline == "Edited by Jane Doe"
    assert "Edited by Jane Doe" not in " ".join(texts(article))


@pytest.mark.parametrize(
    "lines",
    [
        "Write to Jane Doe at jane.doe@example.com",
        "Appeared in the December 6, 2026, print edition as 'Pier Reopens'.",
        "Listen (4 min)",
        "Share\nResize",
        "To send flowers to the family, please visit our floral store.",
        "Posted online on December 4, 2026",
        "Published by The State Journal from Dec. 4 to Dec. 6, 2026.",
        "Sign Guestbook",
        "Story Source:\n\nMaterials provided by the University of Northbridge. Note: edited.",
        "Cite This Page:\nMLA\nAPA",
        "Related Content\nElectric trucks pass 5% of sales\nFreshLine opens a hub",
        "Veja também\nPrevisão indica mais chuva",
        "L'essentiel de l'actu\nChaque matin, recevez l'actualité.\nS'inscrire",
        "5 dicembre 2026 (modifica il 5 dicembre 2026 | 17:20)",
        "05/12/2026 19h42 Atualizado há 2 horas",
    ],
)
def test_more_closing_and_stamp_lines_are_not_read(lines: str) -> None:
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{lines}\n")) == [
        PARAGRAPH
    ]


def test_a_sentence_that_ends_with_subscribe_is_read() -> None:
    ending = "Readers who want more can subscribe."
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{ending}\n")) == [
        PARAGRAPH,
        ending,
    ]


def test_a_summarys_label_is_not_read_its_text_is() -> None:
    article = read(f"Council votes to rebuild the pier\n\nSummary: {LATER}\n\n{PARAGRAPH}\n")
    assert texts(article) == [LATER, PARAGRAPH]


def test_a_highlighted_block_is_code_and_a_details_box_is_read() -> None:
    post = (
        f"# T\n\n{PARAGRAPH}\n\n{{{{< highlight go >}}}}\nctx := 1\n{{{{< /highlight >}}}}\n\n"
        "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n"
        f"{{% details Our rules %}}\n{LATER}\n{{% enddetails %}}\n"
    )
    skipped = "Code sample skipped."
    assert markdown_texts(post) == [PARAGRAPH, skipped, skipped, "Our rules", LATER]


def test_a_section_word_in_its_own_block_over_headline_and_standfirst_is_not_the_title() -> None:
    article = read(
        f"Ideas\n\nThe quiet collapse of the library\n\n{LATER}\n\nBy Jane Doe\n\n{PARAGRAPH}\n"
    )
    assert (article.title, article.byline) == ("The quiet collapse of the library", "Jane Doe")


def test_a_one_word_title_over_a_standfirst_and_byline_stays_the_title() -> None:
    article = read(f"Pier\n\nCosts have doubled, figures show\n\nBy Jane Doe\n\n{PARAGRAPH}\n")
    assert article.title == "Pier"


def test_a_kicker_in_capitals_over_headline_and_standfirst_in_one_block() -> None:
    article = read(f"OPINIÓN\nLa ciudad que se vacía en agosto\nNo es inevitable.\n\n{PARAGRAPH}\n")
    assert (article.title, texts(article)[0]) == (
        "La ciudad que se vacía en agosto",
        "No es inevitable.",
    )


def test_a_note_on_the_writer_the_byline_names_closes_the_story_as_its_credit() -> None:
    note = "Jane Doe is a staff writer at The Atlantic."
    article = read(f"Council votes to rebuild the pier\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n{note}\n")
    assert [(b.kind, b.text) for b in article.body_blocks()][-1] == (BlockKind.CREDIT, note)


def test_a_last_sentence_about_someone_else_is_a_paragraph() -> None:
    last = "John Roe is expected to appear in court on Monday."
    article = read(f"Council votes to rebuild the pier\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n{last}\n")
    assert [(b.kind, b.text) for b in article.body_blocks()][-1] == (BlockKind.PARAGRAPH, last)


@pytest.mark.parametrize(
    "line",
    ["Ascolta l'articolo\n3 minuti di lettura", "Temps de lecture : 3 min", "Zur Startseite"],
)
def test_a_pages_reading_time_and_links_are_not_read(line: str) -> None:
    assert texts(read(f"Council votes to rebuild the pier\n\n{line}\n\n{PARAGRAPH}\n")) == [
        PARAGRAPH
    ]


def test_a_word_in_italics_alone_is_read() -> None:
    assert markdown_texts(f"# T\n\n{PARAGRAPH}\n\n*x*\n") == [PARAGRAPH, "x"]


def test_the_paper_the_writer_and_the_stamp_on_one_line() -> None:
    article = read(
        "La piscine fermera pendant un an pour travaux\n\n"
        f"Ouest-France Jean Dupont. Publié le 05/12/2026 à 14h32\n\n{PARAGRAPH}\n"
    )
    assert (article.byline, texts(article)) == ("Jean Dupont", [PARAGRAPH])


def test_an_encyclopedias_references_and_their_label_are_not_read() -> None:
    article = read(
        f"Severn Bridge\n\n{PARAGRAPH}\n\nReferences[edit]\n\n"
        '1. ^ "Severn Bridge". Highways England. Retrieved 5 December 2026.\n'
        '2. ^ a b "Queen opens Severn Bridge". BBC News. 8 September 1966.\n'
    )
    assert texts(article) == [PARAGRAPH]


def test_a_references_heading_over_text_is_read() -> None:
    article = read(f"Severn Bridge\n\n{PARAGRAPH}\n\nReferences\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == [None, "References"]


def test_a_summarys_paragraph_references_go_when_two_or_more_end_its_sentences() -> None:
    article = read(
        f"Supreme Court rules on shelter duty\n\n{PARAGRAPH[:-1]} [3].\n\n{LATER[:-1]} [5].\n"
    )
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_lone_bracketed_number_at_a_sentences_end_stays() -> None:
    line = "The setting takes the value offset [4] or [6]."
    assert texts(read(f"Configuring the tool\n\n{PARAGRAPH}\n\n{line}\n")) == [PARAGRAPH, line]


def test_mdx_imports_over_a_post_are_not_read_code_keeps_its_own() -> None:
    post = (
        "---\ntitle: T\n---\n\nimport Chart from '../../components/Chart.astro';\n\n"
        f"{PARAGRAPH}\n\n```js\nimport x from 'y';\n```\n"
    )
    assert markdown_texts(post, NarrationConfig(code_mode="read")) == [
        PARAGRAPH,
        "import x from 'y';",
    ]


def test_zolas_extra_author_is_the_byline() -> None:
    post = f'+++\ntitle = "T"\n\n[extra]\nauthor = "Nia Roberts"\n+++\n\n{PARAGRAPH}\n'
    assert read_markdown(post, "p.md").byline == "Nia Roberts"


def test_a_writer_over_the_place_over_the_stamp_and_texto_de() -> None:
    placed = read(
        "Barcelona limitará los cruceros a siete terminales\n\n"
        f"Clara Vidal\nBarcelona\n05/12/2026 13:20\n\n{PARAGRAPH}\n"
    )
    texto = read_plaintext(
        "Lisboa vai ter mais autocarros elétricos\n\nTexto de Ana Souza\n\n"
        "A Carris vai reforçar a frota com autocarros elétricos até ao final do ano.\n",
        language="pt",
    )
    assert (placed.byline, texto.byline) == ("Clara Vidal", "Ana Souza")


@pytest.mark.parametrize("line", ["Mostra i commenti", "Ver comentarios", "Partilhe\nComentários"])
def test_comment_links_in_other_languages_are_not_read(line: str) -> None:
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{line}\n")) == [
        PARAGRAPH
    ]


def test_a_writer_and_role_over_a_stamp_with_the_papers_name() -> None:
    article = read(
        "NHS waiting list falls for third month in a row\n\nJane Doe, Health Editor\n"
        f"Friday December 05 2026, 6.00pm GMT, The Times\n\n{PARAGRAPH}\n"
    )
    assert (article.byline, texts(article)) == ("Jane Doe, Health Editor", [PARAGRAPH])


@pytest.mark.parametrize(
    "lines",
    [
        "This story was originally published December 5, 2026 at 5:00 AM.",
        "Related stories from The Sacramento Bee\nLocal\nDowntown arena owners seek a tax break",
    ],
)
def test_a_local_papers_closing_lines_are_not_read(lines: str) -> None:
    assert texts(read(f"Council votes to rebuild the pier\n\n{PARAGRAPH}\n\n{lines}\n")) == [
        PARAGRAPH
    ]


def test_kramdowns_table_of_contents_and_its_title_are_not_read() -> None:
    post = f"# T\n\n**Inhaltsverzeichnis**\n* TOC\n{{:toc}}\n\n{PARAGRAPH}\n\n**Note**\n\n{LATER}\n"
    assert markdown_texts(post) == [PARAGRAPH, "Note", LATER]


def test_a_writer_over_the_outlet_and_place_and_a_pictures_caption_under_its_credit() -> None:
    article = read(
        "Town's last bank branch to close in March\n\nJane Doe\nBBC News, Somerset\n\n"
        f"Getty Images\nThe branch has been on the high street since 1904\n\n{PARAGRAPH}\n"
    )
    assert (article.byline, texts(article)) == ("Jane Doe, BBC News, Somerset", [PARAGRAPH])


def test_a_paragraph_after_a_getty_line_of_its_own_is_read() -> None:
    article = read(f"Council votes to rebuild the pier\n\nGetty Images\n\n{PARAGRAPH}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_markdown_table_of_contents_and_its_heading_are_not_read() -> None:
    post = (
        "# T\n\n## Índice\n\n- [El problema](#el-problema)\n- [La solución](#la-solucion)\n\n"
        f"## El problema\n\n{PARAGRAPH}\n\n## Links\n\n- [The council](https://example.com)\n"
    )
    assert markdown_texts(post) == [PARAGRAPH, "The council."]


def test_a_bulleted_note_of_two_sentences_alone_is_a_paragraph_a_list_stays() -> None:
    note = "This article was amended on 6 December. An earlier version gave the wrong fine."
    lone = read(f"Council votes to rebuild the pier\n\n• {note}\n\n{PARAGRAPH}\n")
    listed = read(f"Council votes to rebuild the pier\n\n• {note}\n\n• {note}\n\n{PARAGRAPH}\n")
    assert [b.kind for b in lone.body_blocks()] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert [b.kind for b in listed.body_blocks()][:2] == [BlockKind.LIST_ITEM] * 2

"""What a select-all paste of a public body's page, a food blog, a newsletter or a feature brings
with the story (issue 15, round 3): the site's lines are not read, the story's words are; each
rule with a case where it must not apply."""

# ruff: noqa: RUF001  (a Russian story's letters)

from __future__ import annotations

import pytest

from narrator.models import Article
from narrator.readers.markdown import read_markdown
from narrator.readers.plaintext import read_plaintext
from tests.readers.shapes import LATER, PARAGRAPH, read, texts

TITLE = "Council rebuilds the pier"


def said(article: Article) -> list[str]:
    """The body's blocks and the sections' headings: all that is read after the title."""
    headings = [section.heading for section in article.sections if section.heading]
    return headings + texts(article)


@pytest.mark.parametrize(
    "frame",
    [
        "Skip to main content\nStudy  Research  About  News  Contact\n"
        "Home / News / 2026 / December",
        "Home \u203a Council news \u203a Environment",
        "An official website of the United States government\nHere's how you know",
        "COMMUNIQUÉ DE PRESSE\n\nLyon, le 5 décembre 2026",
    ],
)
def test_a_sites_frame_over_the_title_is_not_read(frame: str) -> None:
    article = read(f"{frame}\n\n{TITLE}\n\n{PARAGRAPH}\n")
    assert (article.title, said(article)) == (TITLE, [PARAGRAPH])


@pytest.mark.parametrize(
    "footer",
    [
        "Share this page\nShare on Facebook\n\nWas this page helpful?\nYes\nNo\n\n"
        "Page last updated: 4 December 2026",
        "Release Date: December 5, 2026",
        "Jump to Recipe  Print Recipe",
        "Did you make this recipe? Tag @dinnerwithjane on Instagram!\n\nRate this recipe",
        "This post may contain affiliate links. Please read our disclosure policy.",
        "125 Postings",
        "Kontakt:\nProf. Dr. Lena Vogt\nlena.vogt@uni-freiburg.de",
        "Pressemitteilung Nr. 142/2026",
    ],
)
def test_a_sites_lines_are_not_read(footer: str) -> None:
    assert said(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{footer}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last updated April 15, 2005, the list has 40 names.",
        "Sponsored by (July 23, 2009).",
        "Madrid, the capital, is big.",
    ],
)
def test_a_sentence_like_a_sites_line_is_read(sentence: str) -> None:
    assert texts(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{sentence}\n")) == [PARAGRAPH, sentence]


def test_a_sponsors_label_and_its_ad_are_not_read() -> None:
    ad = "Your books, closed in a day. Try it free for 30 days."
    text = f"{TITLE}\n\n{PARAGRAPH}\n\nTOGETHER WITH LEDGERLY\n\n{ad}\n\n{LATER}\n"
    assert said(read(text)) == [PARAGRAPH, LATER]


def test_a_newsletters_greeting_and_edition_are_over_the_title() -> None:
    article = read(
        f"La Matinale du 5 décembre\n\nBonjour ! Voici les nouvelles.\n\n{TITLE}\n\n{PARAGRAPH}\n"
    )
    assert (article.title, texts(article)) == (TITLE, [PARAGRAPH])


def test_a_pointer_and_an_editors_mark_closing_a_paragraph_are_not_read() -> None:
    text = (
        f"{TITLE}\n\n{PARAGRAPH} For more information, visit www.example.com.\n\n"
        f"{LATER} (ans, 5.12.2026)\n"
    )
    assert texts(read(text)) == [PARAGRAPH, LATER]


def test_a_pull_quote_is_read_once() -> None:
    said = '"You don\'t fight the river," he says. "You lean on it."'
    pull = '"You don\'t fight the river. You lean on it."'
    assert texts(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{pull}\n\n{said}\n")) == [PARAGRAPH, said]


def test_a_sentence_said_again_far_from_its_first_telling_is_read() -> None:
    refrain = "The council voted on Thursday night."  # told again at the end, not set beside it
    between = ["It was close.", "Some wanted a park.", "Others wanted shops.", LATER]
    body = "\n\n".join([PARAGRAPH, *between, refrain])
    assert texts(read(f"{TITLE}\n\n{body}\n")) == [PARAGRAPH, *between, refrain]


def test_short_lines_are_a_list_and_a_poem_is_not() -> None:
    recipe = read(f"{TITLE}\n\n{PARAGRAPH}\n\n4 chicken thighs\n1 cup orzo\n2 cloves garlic\n")
    assert texts(recipe)[1:] == ["4 chicken thighs.", "1 cup orzo.", "2 cloves garlic."]
    poem = "The sea was grey,\nthe pier was old,\nand the wind was cold"
    assert texts(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{poem}\n"))[1:] == [poem.replace("\n", " ")]


def test_a_russian_byline_and_stamp() -> None:
    article = read_plaintext(
        "Метро открылось\n\nАвтор: Анна Смирнова\n\n5 декабря 2026, 14:32\n\n"
        "Станцию откроют в 2028 году.\n",
        language="ru",
    )
    assert (article.byline, texts(article)) == ("Анна Смирнова", ["Станцию откроют в 2028 году."])


def test_hugos_params_author_is_the_byline() -> None:
    post = '+++\ntitle = "A walk"\n[params]\n  author = "Tom Baker"\n+++\n\nWe walked.\n'
    assert read_markdown(post).byline == "Tom Baker"


def test_a_front_matters_title_with_quotes_inside_its_quotes() -> None:
    post = '---\ntitle: ""A river is a road": a talk"\nauthor: Nia Roberts\n---\n\nWe talked.\n'
    article = read_markdown(post)
    assert (article.title, article.byline) == ('"A river is a road": a talk', "Nia Roberts")


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        ("By Sam Patel\nat Lord's", "Sam Patel, at Lord's"),
        (
            "Ana Souza\nJornalista especializada em economia\n5.dez.2026 às 7h00",
            "Ana Souza, Jornalista especializada em economia",
        ),
        ("Ana Souza\nSão Paulo\n5.dez.2026 às 14h32", "Ana Souza"),
    ],
)
def test_a_writers_place_or_description_under_the_name(top: str, byline: str) -> None:
    assert read(f"{TITLE}\n\n{top}\n\n{PARAGRAPH}\n").byline == byline


def test_a_roman_part_number_heads_a_section() -> None:
    article = read(f"{TITLE}\n\nI.\n\n{PARAGRAPH}\n\nII.\n\n{LATER}\n")
    assert [section.heading for section in article.sections] == ["I.", "II."]


def test_a_label_with_a_colon_over_short_lines_heads_a_list() -> None:
    lines = "Markets at a glance:\nFTSE 100 8,312.45 +0.6%\nBrent crude $71.40 -1.2%"
    article = read(f"{TITLE}\n\n{PARAGRAPH}\n\n{lines}\n\n{LATER}\n")
    items = [f"{line}." for line in lines.split("\n")[1:]]  # read as sentences
    assert said(article) == ["Markets at a glance:", PARAGRAPH, *items, LATER]


def test_an_mdx_component_keeps_its_words_and_an_aside_does_not() -> None:
    post = (
        '# A post\n\nFirst.\n\n<Aside type="caution">\nClose the app first.\n</Aside>\n\n'
        "<aside>\nRead our other posts.\n</aside>\n"
    )
    assert texts(read_markdown(post)) == ["First.", "Close the app first."]


@pytest.mark.parametrize(
    "top",
    [
        "The Price Desk\n\nSubscribe\nSign in",
        "Cookies on Kettleford Council\nWe use some essential cookies to make this site work.\n"
        "Accept additional cookies\nReject additional cookies\n\nKettleford Council",
    ],
)
def test_a_sites_name_over_its_buttons_or_under_a_banner_is_no_title(top: str) -> None:
    article = read(f"{top}\n\nCouncil votes to rebuild the pier\n\n{PARAGRAPH}\n")
    assert (article.title, said(article)) == ("Council votes to rebuild the pier", [PARAGRAPH])


def test_a_title_over_a_stamp_or_a_source_line_stays_the_title() -> None:
    for under in ("Posted at 14:32", "From Wikipedia, the free encyclopedia"):
        assert read(f"Severn Bridge\n\n{under}\n\n{PARAGRAPH}\n").title == "Severn Bridge"


@pytest.mark.parametrize(
    "line",
    [
        "dpa-infocom, dpa:261205-930-123456/1",
        "Mit Material von SDA",
        "3 Replies",
        "Imprimer la recette",
        "Partager la page",
    ],
)
def test_more_of_a_sites_lines_are_not_read(line: str) -> None:
    assert said(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_legal_section_in_german_is_not_read() -> None:
    legal = (
        "Zukunftsgerichtete Aussagen\n\nDiese Pressemitteilung enthält zukunftsgerichtete Aussagen."
    )
    assert said(read(f"{TITLE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{legal}\n")) == [PARAGRAPH, LATER]


def test_steps_headed_in_french_under_their_parts_heading() -> None:
    steps = "Étape 1\nPréchauffez le four.\n\nÉtape 2\nCoupez les pommes de terre."
    article = read(f"{TITLE}\n\n{PARAGRAPH}\n\nPréparation\n\n{steps}\n")
    headings = [section.heading for section in article.sections]
    assert headings == [None, "Préparation", "Étape 1", "Étape 2"]


def test_hugos_ref_link_is_read_by_its_label() -> None:
    post = '# A post\n\nI wrote about [our hive]({{< ref "first-hive.md" >}}) last year.\n'
    assert texts(read_markdown(post)) == ["I wrote about our hive last year."]

"""Ads, share lines and a site's own lines among or after a pasted story (issue 15): an ad's
label and its ad, share and sign-up boxes, offers, paywalls, players, links to more stories
(readers.outlet_lines); each with a sentence of the story that says the same words and is
read."""

from __future__ import annotations

import pytest

from narrator.readers.outlet_lines import is_outlet_line
from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


def test_a_pages_question_on_itself_is_not_read() -> None:
    article = read(
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nCet article vous a été utile ? Sachez que vous pouvez "
        "suivre Ouest-France sur son site\n",
        "fr",
    )
    assert texts(article) == [PARAGRAPH]


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


@pytest.mark.parametrize("lead", ["Leia mais", "Más información"])
def test_a_label_of_more_links_goes_with_them(lead: str) -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{lead}\nBolsa sobe com bancos\n\n{LATER}\n", "pt")
    assert texts(article) == [PARAGRAPH, LATER]


@pytest.mark.parametrize("count", ["Комментарии (14)", "Kommentare (0)"])
def test_a_comment_count_in_brackets_is_not_read(count: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{count}\n", "de")) == [PARAGRAPH]


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


def test_a_videos_block_under_its_ad_label_is_not_read() -> None:
    video = "Video Ad Feedback\nSee the moment a huge iceberg breaks away\n01:12 - Source: CNN"
    assert texts(read(f"{HEADLINE}\n\n{video}\n\n{PARAGRAPH}\n")) == [PARAGRAPH]


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
    "line",
    [
        "Bestens informiert mit SZ Plus \u2013 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen",
        "Zur SZ-Startseite",
        "Lee también: Suben las tarifas del transporte público en Jalisco",
    ],
)
def test_a_papers_offers_and_links_after_the_story_are_not_read(line: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


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


def test_a_sponsors_label_under_the_title_is_no_byline_and_leaves_the_story() -> None:
    text = (
        f"Playbook: {HEADLINE}\n\nPRESENTED BY NORTHWIND ENERGY\n\n"
        f"Good morning and welcome to Playbook.\n\n{PARAGRAPH}\n\n"
        "A message from Northwind Energy: Europe's grid needs new lines. We build them.\n\n"
        f"{LATER}\n"
    )
    article = read(text)
    assert (article.byline, texts(article)) == (None, [PARAGRAPH, LATER])


def test_a_blogs_share_like_and_related_boxes_in_plain_text_go() -> None:
    boxes = "Share this:\nFacebook\nX\nEmail\n\nLike this:\nLike Loading...\n\nRelated"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{LATER}\n\n{boxes}\n")) == [PARAGRAPH, LATER]


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


def test_a_named_newsletters_sign_up_box_in_the_story_goes() -> None:
    box = (
        "Sign up to Down to Earth\nFree weekly newsletter\n"
        "The planet's most important stories. Get all the week's environment news\n"
        "after newsletter promotion"
    )
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{box}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_a_newsletters_forwarded_note_and_sign_off_are_not_read() -> None:
    opening = "Good morning. Today we look at why a deal fell apart."
    text = (
        f"DealBook: {HEADLINE}\n\n{opening} (Was this newsletter forwarded to you? Sign up here.)"
        f"\n\n{PARAGRAPH}\n\nThanks for reading! We'll see you tomorrow.\n"
    )
    assert texts(read(text)) == [opening, PARAGRAPH]


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


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters battle the Ridge Fire near Ojai on Nov. 14. Mario Tama / Getty Images",
        "Jane Roe/NPR",
        "1 of 12",
        "Photo 3 of 12",
        "Copyright 2026 NPR",
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
        "Published by Elmford Gazette on Dec. 5, 2026.",
        "To plant trees in memory, please visit the Sympathy Store.",
        "Sostieni ilfattoquotidiano.it: se credi nel nostro lavoro, abbonati.",
        "Lire aussi Retraites : ce que contient le texte voté par les députés",
        "Start your day with the latest news: Sign up for ABC News' morning newsletter.",
        "This transcript was automatically generated and may contain errors.",
        "Subscribe on Apple Podcasts | Spotify | YouTube",
        "X.com Facebook E-Mail Messenger WhatsApp",
    ],
)
def test_a_sites_own_line_is_known(line: str) -> None:
    assert is_outlet_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said Sam Lee / AP had the story first.",
        "The vote was 3 of 12 in favour.",
        "Lire aussi les romans de Zola, conseille-t-elle.",
        "The study was published in Nature on Tuesday and has been widely read.",
        "Copyright law protects the design of the pier, the council said.",
    ],
)
def test_a_sentence_of_the_story_is_no_sites_line(line: str) -> None:
    assert not is_outlet_line(line)

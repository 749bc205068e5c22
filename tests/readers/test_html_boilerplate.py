"""Boilerplate that trafilatura keeps inside the article: advertising disclosures, offers to
subscribers, calls to donate or to write in, "last modified" lines and author biographies."""

from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from narrator.readers.html import read_html

STORY = FERRY_STORY


def _blocks(*extra_html: str, at: int = len(STORY)) -> list[str]:
    body = [f"<p>{text}</p>" for text in STORY]
    body[at:at] = extra_html
    html = (
        "<html><head><title>Winter ferry fares</title></head><body>"
        f"<article><h1>Winter ferry fares</h1>{''.join(body)}</article></body></html>"
    )
    return [block.text for block in read_html(html, "fares.html").body_blocks()]


def test_a_long_advertising_disclosure_is_dropped() -> None:
    disclosure = (
        "<p>This post contains references to products from one or more of our advertisers. "
        "We may receive compensation when you click on links to those products. Terms apply to "
        "the offers listed on this page. For an explanation of our Advertising Policy, visit "
        "this page.</p>"
    )
    assert _blocks(disclosure, at=0) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "First-time subscribers also receive a welcome gift made by local artisans!",
        "Submit your letter to the editor via this form. Read more letters to the editor.",
        "We need your help. Help us keep the island's news free for everyone. Donate",
        "If you enjoyed reading this post, would you consider supporting our work?",
        "Crédits photos : Bestimage",
        "Lesen Sie auch: Neue Fähre für die Inseln",
        "Lire aussi : Le nouveau bateau arrive en mars",
        "MIRA: Así es el nuevo ferry de la isla",
        "Czytaj też: Nowy prom dla wysp",
        "TOWNCRIER.COM",
        "Source: www.towncrier.co.uk/news",
        "Photo Source: Ann Lee from Pexels.",
        "Header Image: The quay at dawn, before the first crossing of the day.",
        "The new boat at the yard. Image credit: www.towncrier.example",
        "If you're on the Town Crier app, click here to watch the council meeting live",
        "© 2024 Town Crier Network",
        "Copyright 2024 Town Crier. All rights reserved by the island's press.",
        "RELATED STORIES",
        "You can unsubscribe from these e-mails at any time, and we never share your data.",
        "More from the Town Crier",
        "(function() { document.addEventListener('load', function() { init(); }); })();",
        "This post may contain affiliate links. Please read our disclosure policy.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Table of Contents",
        "Table of Contents Toggle",
        "View original content to download multimedia: https://www.prnewswire.com/news/x.html",
        "View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/",
        "Story continues below advertisement",
        "Continua depois da publicidade",
        "- Advertisement -",
        "Annons",
        "Leia também: Obras da Linha Verde devem terminar em junho",
        "Läs också: Elpriset i norr steg kraftigt under januari",
        "For the latest news, weather, sports, and streaming video, head to KXRV 7 News.",
        "View this email in your browser",
        "You are receiving this email because you rent a plot at Ferndale.",
        "Our mailing address is:",
        "You can update your preferences or unsubscribe from this list.",
        "A version of this article appears in print on April 21, 2025, Section A, Page 14.",
        "Appeared in the May 5, 2025, print edition as 'Island Fares Rise'.",
        "<< Back to Local News",
        "Viewed 48k times",
        "___",
        "* * *",
        "Follow AP's coverage of wildfires at https://apnews.com/hub/wildfires.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Opinions expressed by Forbes Contributors are their own.",
        "The views expressed in this column do not necessarily reflect those of the paper.",
        "Editors' Pick",
        "Member-only story",
        "Something is loading.",
        "Do you have a story about the ferry? Contact this reporter at ann@towncrier.example.",
        "31",
        "Haberin Devam\u0131",
        "Reklam",
        "SCROLL TO CONTINUE WITH CONTENT",
        "La suite après cette publicité",
        "Artikel wird nach der Anzeige fortgesetzt",
        "Baca juga: Tarif Kapal Feri Naik Mulai Bulan Depan",
        "Čtěte také: Nový trajekt pro ostrovy",
        "\u0130lgili haber: Feribot fiyatlar\u0131 artt\u0131",
        "Book it: Check prices and availability",
        "Where to stay: Check prices at the Harbour Inn on Booking.com",
        "Buy now on Amazon",
        "Sorted by: Highest score (default)",
        "Publicitate",
        "Weitere Infos unter <b>www.towncrier.example</b>.",
        "For more information, visit www.towncrier.example",
        "Media contact: Sgt. Dana Whitfield, Public Information Officer, 555-0199",
        "Pressekontakt:",
        "Hirdet\u00e9s",
        "Kapcsol\u00f3d\u00f3: \u00daj komp \u00e9rkezik m\u00e1rciusban",
        "Megoszt\u00e1s Facebook",
        "Share: Facebook, X, Email",
        "Annonce",
        "Kommentare",
        "Disclaimer: The Crier is not responsible for the accuracy of releases posted by others.",
        "Citește și: Feribotul nou ajunge în martie",
        "See the latest price at John Lewis",
        "We recommend: Eco Descaler 4-pack \u2013 check price on Amazon",
        "Go deeper: Why small airports are losing flights",
    ],
)
def test_a_promotion_of_the_site_is_dropped(line: str) -> None:
    assert _blocks(f"<p>{line}</p>", at=2) == STORY


def test_a_call_for_letters_in_a_list_of_one_item_is_dropped() -> None:
    call = (
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a response of up to 300 words by email to be considered for publication in our "
        "letters section, please click here."
    )
    assert _blocks(f"<ul><li><p>{call}</p></li></ul>") == STORY


def test_a_list_of_one_item_that_tells_the_story_is_kept() -> None:
    item = "Residents can still buy a book of ten tickets at the old price until the end of May."
    assert _blocks(f"<ul><li>{item}</li></ul>")[-1] == item


def test_a_sentence_that_opens_with_an_imperative_is_kept() -> None:
    sentence = "Mira a los pasajeros: ninguno quiere pagar más por el ferry este invierno."
    assert sentence in _blocks(f"<p>{sentence}</p>", at=2)


def test_a_last_modified_line_that_ends_the_page_is_dropped() -> None:
    line = "<p>fares.html - Created 03-10-2024 2:20pm - Last Modified: 03-10-2024 2:20pm</p>"
    assert _blocks(line) == STORY


def test_an_author_biography_in_italics_that_ends_the_article_is_dropped() -> None:
    bio = (
        "<p><em>Ann Lee is a freelance writer who covers transport and the islands for "
        "several papers on the west coast.</em></p>"
    )
    assert _blocks(bio) == STORY


def test_a_closing_paragraph_about_a_person_in_plain_type_is_kept() -> None:
    ending = (
        "Ann Lee is the captain who will take the new boat on its first crossing, and she "
        "says the islanders will not recognise the service by the summer."
    )
    assert _blocks(f"<p>{ending}</p>")[-1] == ending


@pytest.mark.parametrize(
    "caption",
    [
        "The new boat in the yard at Leith last week. Photo: Ann Lee/Island Press",
        "The new boat in the yard at Leith last week (Photo by Ann Lee)",
        "Passengers boarding the old ferry. Ann Lee/AFP via Getty Images",
        "The old ferry at the pier in winter. By ISLAND FERRY COMPANY",
        "Photo by Ann Lee on Unsplash",
        "Featured image by Ann Lee/Island Press.",
    ],
)
def test_a_caption_that_ends_with_its_credit_is_dropped(caption: str) -> None:
    assert _blocks(f"<p>{caption}</p>", at=1) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "News date : 04/21/2022 Category : Press Releases",
        "Release Date:",
        "Tags: ferries, islands, winter fares",
        "Filed under: Transport",
    ],
)
def test_a_line_of_labelled_metadata_is_dropped(line: str) -> None:
    assert _blocks(f"<p>{line}</p>", at=2) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee took the photo of the first crossing herself, from the harbour wall.",
        "The crew's best joke of the winter. (credit to Captain John of the ferry!)",
        "Updated fares: visitors pay twelve pounds a car, residents six.",
        "It rained all morning. By noon the quay was empty.",
        "The photo by Ann Lee won the island's prize.",
    ],
)
def test_a_sentence_about_a_photo_or_an_update_is_kept(sentence: str) -> None:
    assert _blocks(f"<p>{sentence}</p>", at=3) == [*STORY[:3], sentence, *STORY[3:]]


def test_the_sites_offer_to_advertisers_is_dropped_even_in_lookalike_letters() -> None:
    """Written with Cyrillic letters that look Latin, to slip past filters."""
    offer = (
        "Advertise with the most read paper on the islands ~ We offer fully customizable "
        "and flexible digital marketing packages. Your content is delivered instantly to "
        "thousands of readers at home and abroad! Contact us at ads@towncrier.example or "
        "call us at 555-0100 during office hours."
    )
    disguised = offer.translate(
        str.maketrans("Aeiosac", "\u0410\u0435\u0456\u043e\u0455\u0430\u0441")
    )
    assert disguised != offer
    assert _blocks(f"<p>{offer}</p>") == STORY
    assert _blocks(f"<p>{disguised}</p>") == STORY


def test_words_in_lookalike_letters_are_read_in_latin_and_cyrillic_words_are_kept() -> None:
    boat = "\u00ab\u041c\u0438\u0440\u00bb"  # Cyrillic, all of it
    line = f"The captain, who named the boat {boat}, said it was r\u0435\u0430dy."
    blocks = _blocks(f"<p>{line}</p>", at=2)
    assert f"The captain, who named the boat {boat}, said it was ready." in blocks


def test_a_sentence_that_names_a_site_is_kept() -> None:
    sentence = "Booking.com said on Monday that ferry bookings had doubled since the new fares."
    assert sentence in _blocks(f"<p>{sentence}</p>", at=2)


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright law has not kept up with the island's new ferry timetable, the council said.",
        "Popular demand pushed the council to keep the winter fares low for residents.",
        "Document the crossing times, the captain said, and the council will pay.",
        "Let us know in the comments how your own crossing went this winter.",
    ],
)
def test_sentences_that_start_like_clutter_are_kept(sentence: str) -> None:
    assert sentence in _blocks(f"<p>{sentence}</p>", at=2)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A story's sentence that names another's advertisers, affiliates or subscribers.
        "The platform told the advertisers who left it last year that prices would now fall.",
        "The affiliate programme will close in March, the company told its partners on Monday.",
        "Customers who subscribe to the streaming service will pay more, our figures show.",
        "Two charities supporting independent journalism in rural areas have merged.",
        # A story about affiliate links, and one that opens with a table's contents.
        "Bloggers who use affiliate links must say so, the regulator ruled on Tuesday.",
        "The table of contents of the 1911 edition lists forty-two chapters on ferries.",
        "The story continues after the war, when the island bought its first steel ferry.",
        "For the latest timetable, the council says, passengers should head to the harbour office.",
        "Back to the harbour went the fishermen, 31 boats in all, before the storm broke.",
        # A traveller's tip that starts like an affiliate's call, ending as a sentence ends.
        "Check prices at both ferry companies before you book, as fares change weekly.",
        "Book at least a day ahead in summer.",
        "Sorted by size, the island's ferries carry from 12 to 400 passengers each.",
        "More details of the timetable will go up at www.towncrier.example before the spring.",
        "Media contacts with the ferry company stopped after the strike, the union said.",
        "The harbour board is not responsible for the ferry's timetable, the minister said.",
        "Share the cost of the new ferry fairly, the islanders told the council on Facebook.",
        "Follow the coverage of the inquiry, the minister told MPs, and judge for yourselves.",
        "The views expressed by the islanders at the meeting were mostly against the new fares.",
        "A version of the ferry plan appeared in the council's papers last spring, with prices.",
        # A story's paragraph that ends with a link to a document.
        "The council's plan, out on Monday, would close three libraries and cut the opening "
        "hours of four others across the city. To read the plan in full, click here.",
    ],
)
def test_a_story_paragraph_with_a_promotions_words_stays(paragraph: str) -> None:
    assert paragraph in _blocks(f"<p>{paragraph}</p>", at=1)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our YouTube channel for the crossings filmed from the bridge.",
        "Sign up to get the best stories of the week in your inbox.",
        "If you are on our app, click here to watch the council meeting live.",
        "To view the full story, please subscribe. You can choose a yearly or a weekly pass.",
    ],
)
def test_the_sites_own_promotions_still_go(line: str) -> None:
    assert _blocks(f"<p>{line}</p>", at=1) == STORY


def test_the_headlines_under_a_label_of_other_stories_are_dropped() -> None:
    """'Most Read from …' over a list of headlines inside a syndicated story; a list of the
    story's own points, sentences, under another label stays."""
    label = "<p><strong>Most Read from Bloomberg</strong></p>"
    headlines = "<ul><li>Fed Signals Rate Cut Is Coming</li><li>Why Rents Are Falling</li></ul>"
    assert _blocks(label, headlines, at=2) == STORY
    points = "<ul><li>Fares rise by 4% in October.</li><li>Residents pay less.</li></ul>"
    blocks = _blocks("<p><strong>Key points</strong></p>", points, at=2)
    assert "Fares rise by 4% in October." in blocks

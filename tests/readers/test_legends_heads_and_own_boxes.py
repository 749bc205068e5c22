"""A listed company's release's legal lines (its distribution legend, an exchange's disclaimer,
a legal section pasted with its heading on its paragraph's first line, its contact's lead), a
story's head pasted in one block with its first paragraph around a stamp, a writer's byline
with the agency they wrote with, a call to subscribe at its price, a sponsor's commission
disclosure, and a story's own summary or verdict set in an aside (the rules a sixth fresh batch
showed: a miner's drill results, a trade magazine's interview, a French wire story, a German
explainer, a theatre review): each with lines where it must not apply, none of them the
batch's."""

from __future__ import annotations

import pytest

from narrator.readers.html import read_html
from narrator.readers.plaintext import read_plaintext
from narrator.readers.promo_lines import is_promo_line
from narrator.readers.release_legends import is_release_legend, without_legal_section
from narrator.readers.trailers import is_clutter_line
from narrator.readers.way_lines import is_way_lead
from narrator.readers.wire import signed_with_agency, style_for
from tests.readers.shapes import HARBOUR_LEAD as _LEAD
from tests.readers.shapes import HARBOUR_MORE as _MORE
from tests.readers.shapes import HARBOUR_TITLE as _TITLE
from tests.readers.shapes import body_texts as _texts


@pytest.mark.parametrize(
    ("line", "legend"),
    [
        ("NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE U.S.", True),
        (
            "Not for release, publication or distribution, directly or indirectly, in or into"
            " Australia, Canada or Japan",
            True,
        ),
        (
            "The CSE has not reviewed, approved or disapproved the contents of this news release.",
            True,
        ),
        (
            "Neither the Exchange nor its Regulation Services Provider accepts responsibility for"
            " the adequacy or accuracy of this release.",
            True,
        ),
        ("Not for the faint-hearted, the climb takes six hours.", False),
        ("Not for release until the inquiry reports, the file stays sealed.", False),
        ("The regulator has not reviewed the deal, the company said.", False),
    ],
)
def test_a_releases_legend_or_an_exchanges_disclaimer(line: str, legend: bool) -> None:
    assert is_release_legend(line) is legend


def test_a_legal_section_pasted_on_its_paragraphs_first_line_goes_to_the_next_heading() -> None:
    legal = [
        "Forward-Looking Statements",
        "This release contains forward-looking statements about the terminal's timing.",
    ]
    groups = [[_LEAD], legal, ["Actual results may differ."], ["About the Council"], [_MORE]]
    assert without_legal_section(groups) == [[_LEAD], ["About the Council"], [_MORE]]


def test_a_story_opening_with_forward_looking_words_stays() -> None:
    groups = [["Forward-looking investors cheered the plan, which the board approved.", _LEAD]]
    assert without_legal_section(groups) == groups


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("For further information, please contact:", True),
        ("For more information, please contact:", True),
        ("For further information on the scheme, visit the council's site.", False),
    ],
)
def test_a_releases_contact_lead(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


@pytest.mark.parametrize(
    "page_lines",
    [
        "5 December 2026\nSponsored by Northwind Ferries\n",
        "5 December 2026\nComments (14)\n",
        "5 December 2026\n",
        "Press release\nIssued: Tuesday 8 December 2026\n",
    ],
)
def test_a_head_pasted_over_the_first_paragraph_is_parted_at_its_lines(page_lines: str) -> None:
    standfirst = "Councillors back the plan by nine votes to four after a three-hour meeting"
    head = f"{standfirst}\n{page_lines}{_LEAD}"
    assert _texts(f"{_TITLE}\n\n{head}\n\n{_MORE}\n") == [standfirst, _LEAD, _MORE]


def test_a_sources_name_over_its_stamp_and_reading_time_is_no_standfirst() -> None:
    head = "AFP\nFri, December 5, 2026 at 6:12 PM GMT+1\n2 min read"
    assert _texts(f"{_TITLE}\n\n{head}\n\n{_LEAD}\n\n{_MORE}\n") == [_LEAD, _MORE]


def test_a_wrapped_paragraph_with_no_stamp_stays_one() -> None:
    wrapped = (
        "The harbour council voted on Tuesday to build\na new ferry terminal, ending a dispute."
    )
    texts = _texts(f"{_TITLE}\n\n{wrapped}\n\n{_MORE}\n")
    assert texts == [wrapped.replace("\n", " "), _MORE]


@pytest.mark.parametrize(
    ("line", "language", "signed"),
    [
        ("Par Julien Morel avec AFP", "fr", True),
        ("Por Ana López con EFE", "es", True),
        ("Par Le Figaro avec AFP", "fr", False),  # a paper's name
        ("Par Ouest-France avec AFP", "fr", False),
        ("Par Julien Morel", "fr", False),  # no agency: a byline the usual way
    ],
)
def test_a_writers_byline_with_their_agency(line: str, language: str, signed: bool) -> None:
    assert signed_with_agency(line, style_for(language)) is signed


def test_a_writers_byline_with_their_agency_under_an_editors_note() -> None:
    note = "Note de la rédaction : cet article a été mis à jour avec le bilan des pompiers."
    text = f"{_TITLE}\n{note}\nPar Claire Dubois avec AFP\n\n{_LEAD}\n"
    assert read_plaintext(text, language="fr").byline == "Claire Dubois avec AFP"


@pytest.mark.parametrize(
    ("line", "promotion"),
    [
        ("Subscribe to Harbour Weekly for £89 a year", True),
        ("Subscribe now for just $1 a week", True),
        ("Abonnez-vous au Courrier pour 1 € par mois", True),
        ("Subscribers pay £89 a year for the ferry pass.", False),
        ("Subscribe to the podcast for free.", False),
    ],
)
def test_a_call_to_subscribe_at_its_price(line: str, promotion: bool) -> None:
    assert is_promo_line(line) is promotion


def _page(box: str) -> list[str]:
    paragraphs = "".join(
        f"<p>{text}</p>" for text in (_LEAD, _MORE, _LEAD.replace("Tuesday", "Monday"))
    )
    html = (
        f"<html><head><title>{_TITLE}</title></head><body><main><article><h1>{_TITLE}</h1>"
        f"{box}{paragraphs}<p>Stage Notes may earn a commission on tickets bought here.</p>"
        "</article></main></body></html>"
    )
    article = read_html(html, "page.html")
    return [
        text for s in article.sections for text in [s.heading or "", *(b.text for b in s.blocks)]
    ]


def test_a_storys_key_points_in_an_aside_are_read_where_the_page_shows_them() -> None:
    box = (
        '<aside class="key-points"><h2>Key points</h2><ul><li>The terminal will cost'
        " £40m and open in 2028.</li><li>Two piers will be rebuilt first.</li></ul></aside>"
    )
    texts = _page(box)
    assert texts[:3] == [
        "Key points",
        "The terminal will cost £40m and open in 2028.",
        "Two piers will be rebuilt first.",
    ]
    assert texts.index("Key points") < texts.index(_LEAD)
    assert not any("commission" in text for text in texts)


def test_an_aside_of_related_stories_stays_out() -> None:
    box = (
        '<aside class="related summary"><h2>Related</h2><ul><li>Ferry fares to rise in'
        " January, operator says</li><li>Pier repairs delayed again by storms</li></ul></aside>"
    )
    assert not any("Ferry fares" in text or "Pier repairs" in text for text in _page(box))


# The rules a second batch of 8 showed: a committee's press notice, a German fact-check, a
# Spanish council report, a space agency's mission update, an Italian wine review.


def test_a_committees_name_over_its_stamp_is_no_byline_and_its_story_is_read() -> None:
    head = "Transport Committee\nPublished Tuesday 8 December 2026\nShare this page\n"
    article = read_plaintext(f"{_TITLE}\n{head}{_LEAD}\n\n{_MORE}\n")
    assert article.byline is None
    assert [block.text for block in article.body_blocks()] == [_LEAD, _MORE]


def test_a_writers_name_over_the_stamp_stays_the_byline() -> None:
    article = read_plaintext(f"{_TITLE}\nSam Whitlock\n8 December 2026\n\n{_LEAD}\n\n{_MORE}\n")
    assert article.byline == "Sam Whitlock"


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Mehr Faktenchecks", True),
        ("Weitere Analysen", True),
        ("Mehr Checks am Flughafen geplant", False),
        ("Mehr Analysen zeigen einen Trend", False),
    ],
)
def test_a_lead_to_more_of_the_sites_checks(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Te puede interesar: El puerto amplía su muelle de cruceros", True),
        ("Te puede interesar saber que el pleno duró cuatro horas.", False),
    ],
)
def test_a_link_to_another_story_run_into_its_label(line: str, clutter: bool) -> None:
    assert is_clutter_line(line) is clutter


def _page_closing(closing: str) -> list[str]:
    html = (
        f"<html><head><title>{_TITLE}</title></head><body><main><article><h1>{_TITLE}</h1>"
        f"<p>{_LEAD}</p><p>{_MORE}</p><p>{_LEAD.replace('Tuesday', 'Monday')}</p>{closing}"
        "</article></main></body></html>"
    )
    article = read_html(html, "page.html")
    return [t for s in article.sections for t in [s.heading or "", *(b.text for b in s.blocks)]]


def test_the_pages_facts_about_itself_go_with_their_heading() -> None:
    details = (
        "<h3>Details</h3><dl><dt>Last Updated</dt><dd>Dec 08, 2026</dd><dt>Location</dt>"
        "<dd>Harbour House</dd></dl>"
    )
    texts = _page_closing(details)
    assert not any(t in texts for t in ("Details", "Last Updated.", "Harbour House."))


def test_a_list_of_the_storys_facts_stays() -> None:
    facts = (
        "<h3>The terminal in numbers</h3><ul><li>Cost: £40m</li><li>Opening: 2028</li>"
        "<li>Berths: four</li></ul>"
    )
    texts = _page_closing(facts)
    assert "The terminal in numbers" in texts


@pytest.mark.parametrize(
    ("closing", "said", "read"),
    [
        ("<p>Editor: Mark Ellison</p>", "Mark Ellison", False),
        (
            "<p>Calici Aperti riceve una commissione sugli acquisti tramite questo link.</p>",
            "riceve una commissione",
            False,
        ),
        (
            '<div class="affiliate"><a class="btn">Buy it at Harbour Books</a></div>',
            "Buy it",
            False,
        ),
        ("<p>Editor: we got the date of the vote wrong in an earlier version.</p>", "vote", True),
    ],
)
def test_a_pages_editor_and_a_commission_disclosure(closing: str, said: str, read: bool) -> None:
    assert any(said in text for text in _page_closing(closing)) is read


_OTHERS = [
    "Work is due to start in the spring, the council said, and the terminal should open in 2028.",
    "Opponents had argued that the money would be better spent on the town's crumbling sea wall.",
    "The council's leader said both projects could go ahead with help from the government.",
]
_STANDFIRST = "Councillors back the plan by nine votes to four after a three-hour meeting"


def test_a_standfirst_right_over_the_first_paragraph_is_its_own_where_no_line_is_wrapped() -> None:
    text = f"{_TITLE}\n{_STANDFIRST}\n{_LEAD}\n\n" + "\n\n".join(_OTHERS) + "\n"
    assert _texts(text) == [_STANDFIRST, _LEAD, *_OTHERS]


def test_a_first_paragraph_wrapped_as_the_others_are_stays_one() -> None:
    wrapped = [
        "Work is due to start in the spring, the council said, and the new\n"
        "terminal should open in 2028 if the contractors keep to their plan.",
        "Opponents had argued that the money would be better spent on the\n"
        "town's crumbling sea wall, which failed twice in last winter's storms.",
        "The council's leader said both projects could go ahead with the\n"
        "help of a grant from the government, which is expected next month.",
    ]
    first = (
        "The harbour council voted on Tuesday to build a new ferry terminal,\n"
        "ending a dispute that had run for more than three years in the town."
    )
    texts = _texts(f"{_TITLE}\n\n{first}\n\n" + "\n\n".join(wrapped) + "\n")
    assert texts[0] == first.replace("\n", " ")


_LETTER = (
    "The council says the new terminal will cost £40m. It does not say who will pay for the"
    " roads the extra lorries will need."
)
_SIGNATURE = "Ann Pryce\nHarbourside"
_NEXT_LETTER = "As a ferry captain for thirty years, I welcome the plan, but not its timetable."


def test_a_letters_first_head_under_the_title_heads_its_section() -> None:
    text = (
        f"Letters: The terminal plan\n\nWho pays for the new roads\n\n{_LETTER}\n\n"
        f"{_SIGNATURE}\n\nThe timetable is too tight\n\n{_NEXT_LETTER}\n\nJon Reyes\nQuayside\n"
    )
    headings = [section.heading for section in read_plaintext(text).sections]
    assert headings == ["Who pays for the new roads", "The timetable is too tight"]


@pytest.mark.parametrize(
    "below",
    [
        "HARBOURTON, Maine, Dec. 5, 2026 /PRNewswire/ -- Northwind Ferries today announced a plan.",
        "Question: When will the terminal open?",
    ],
)
def test_a_standfirst_over_the_dateline_or_a_first_question_is_no_head(below: str) -> None:
    text = (
        f"{_TITLE}\n\nThe terminal will serve three islands\n\n{below}\n\n{_LETTER}\n\n"
        f"About Northwind Ferries\n\n{_NEXT_LETTER}\n"
    )
    assert read_plaintext(text).sections[0].heading is None


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Gossip column compiled by the sports desk.", True),
        ("Transfer round-up compiled by Jane Doe", True),
        ("The list compiled by the council shows twelve roads.", False),
        ("The gossip column compiled by the desk was wrong about Price, the club said.", False),
        ("Compiled by the Readers' Editor", False),  # a byline's, under the title
    ],
)
def test_a_columns_closing_note_of_who_compiled_it(line: str, lead: bool) -> None:
    assert is_way_lead(line) is lead


_EXPLAINER = (
    "If there is a problem with a ferry that means it should not sail, it might be withdrawn"
    " from service or recalled to port."
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_notices_closing_explainer_under_a_topic_goes(gap: str) -> None:
    text = (
        f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\nAbout service withdrawals{gap}{_EXPLAINER}\n\n"
        "Subscribe to news and alerts\n"
    )
    assert _texts(text) == [_LEAD, _MORE]


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("About Northwind Ferries", ""),  # the issuer's, read
        ("About service withdrawals", f"\n\n{_LETTER}"),  # the story goes on
    ],
)
def test_an_about_section_of_the_issuer_or_within_the_story_stays(heading: str, after: str) -> None:
    text = f"{_TITLE}\n\n{_LEAD}\n\n{heading}\n{_EXPLAINER}{after}\n"
    assert _EXPLAINER in _texts(text)


def _page_with_box(box: str) -> list[str]:
    html = (
        f"<html><head><title>{_TITLE}</title></head><body><main><h1>{_TITLE}</h1>{box}"
        f'<div class="article-body"><p>{_LEAD}</p><p>{_MORE}</p><p>{_LETTER}</p>'
        f"<p>{_NEXT_LETTER}</p></div></main></body></html>"
    )
    article = read_html(html, "page.html")
    return [t for s in article.sections for t in [s.heading or "", *(b.text for b in s.blocks)]]


def test_a_short_box_headed_as_the_storys_summary_is_read_over_the_story() -> None:
    box = (
        '<div class="short-version"><h2>If your time is short</h2><ul><li>The terminal will'
        " cost £40m and open in 2028.</li><li>Two piers will be rebuilt first.</li></ul></div>"
    )
    texts = _page_with_box(box)
    assert texts.index("Two piers will be rebuilt first.") < texts.index(_LEAD)


def test_a_box_of_other_stories_under_a_summarys_heading_stays_out() -> None:
    box = (
        '<div class="related-stories"><h2>In brief</h2><ul><li>Ferry fares to rise in'
        " January, operator says</li><li>Pier repairs delayed again by storms</li></ul></div>"
    )
    assert not any("Ferry fares" in text for text in _page_with_box(box))


@pytest.mark.parametrize(
    ("closing", "read"),
    [
        ('<p class="assinatura">Diretoria do Porto Clube Norte</p>', True),  # its signing
        ('<div class="assinatura"><p>Assine já e leia sem limites.</p></div>', False),  # an offer
    ],
)
def test_a_paragraph_named_as_a_signature_is_read(closing: str, read: bool) -> None:
    texts = _page_closing(closing)
    assert any("Diretoria" in text or "Assine" in text for text in texts) is read


@pytest.mark.parametrize(
    ("closing", "read"),
    [
        (
            "<h2>Other routes</h2><table><tr><td>Port Ellis to Carrick</td><td>Running normally"
            "</td></tr><tr><td>Ardmore to Innis Bay</td><td>Possible disruption</td></tr></table>",
            False,
        ),
        (
            "<h2>Other routes</h2><p>From Carrick a path follows the cliffs to Port Ellis, a"
            " longer walk with fine views of the islands.</p>",
            True,
        ),
    ],
)
def test_a_closing_section_of_the_sites_other_routes(closing: str, read: bool) -> None:
    assert any("Port Ellis" in text for text in _page_closing(closing)) is read


@pytest.mark.parametrize(
    ("box", "read"),
    [
        (
            "Further information\nCommittee membership\nAnn Pryce (Chair); Jon Reyes; Ada Lind",
            False,
        ),
        (
            "Further information\nThe consultation runs until 5 January. Reply at the town hall.",
            True,
        ),
    ],
)
def test_a_closing_box_of_facts_under_further_information(box: str, read: bool) -> None:
    texts = _texts(f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\n{box}\n\nFollow us on X\n")
    assert (len(texts) > 2) is read

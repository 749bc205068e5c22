"""A site's appeal run into a pasted story's paragraphs (a closing call to subscribe, a paper's
pitch to its subscribers) and a box of links to the page's own parts (a live page's key events)."""

from __future__ import annotations

import pytest

from narrator.readers.appeals import without_appeals
from narrator.readers.contents_boxes import without_contents_boxes

STORY = "The council approved the plan on Monday."


@pytest.mark.parametrize(
    "call",
    [
        "Subscribe to our newsletter for more local news.",
        "Assine a nossa newsletter e receba as notícias do dia.",
        "Abonnez-vous à notre newsletter.",
    ],
)
def test_a_call_to_subscribe_closing_a_paragraph_is_cut(call: str) -> None:
    assert without_appeals([[f"{STORY} {call}"]]) == [[STORY]]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{STORY} Donate to help us rebuild, the charity said.",
        f"{STORY} Sign up for the flu jab at your GP.",
        "Subscribe to our newsletter for more local news.",  # alone: other rules' to judge
    ],
)
def test_a_call_the_story_reports_or_names_no_sites_thing_stays(paragraph: str) -> None:
    assert without_appeals([[paragraph]]) == [[paragraph]]


def test_a_papers_pitch_to_its_subscribers_is_not_read() -> None:
    pitch = (
        "Você já conhece as vantagens de ser assinante da Folha? Além de ter acesso a "
        "reportagens e colunas, você conta com newsletters exclusivas."
    )
    assert without_appeals([[STORY], [pitch]]) == [[STORY]]


def test_a_question_to_subscribers_with_no_perks_stays() -> None:
    question = ["Are you a Netflix subscriber? Prices will rise in January."]
    assert without_appeals([question]) == [question]


def test_a_box_of_headlines_the_page_shows_again_is_not_read() -> None:
    groups = [
        ["Trains cancelled across Wales", "Red warning in force"],
        ["11.42 GMT", "Trains cancelled across Wales"],
        ["Transport for Wales has cancelled all services."],
        ["10.05 GMT", "Red warning in force"],
    ]
    assert without_contents_boxes(groups) == groups[1:]


def test_lines_said_once_stay() -> None:
    groups = [["Trains cancelled", "Roads closed"], ["11.42 GMT", "Trains cancelled"]]
    assert without_contents_boxes(groups) == groups

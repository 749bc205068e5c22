"""The one table of social networks' names that the share-box, button-row and follow-call
rules of the readers look for (code review: two lists of them had drifted apart)."""

from __future__ import annotations

import re

import pytest

from narrator.readers.box_shapes import is_follow_call, is_site_box, without_outlet_signature
from narrator.readers.networks import NETWORKS, agency_alternation, network_alternation
from narrator.readers.outlet_lines import is_outlet_line


def test_the_longest_name_is_tried_first() -> None:
    match = re.fullmatch(rf"(?:{network_alternation()})\.?", "x.com")
    assert match is not None
    assert re.match(network_alternation(), "x.com").group(0) == "x.com"  # type: ignore[union-attr]


def test_more_buttons_are_tried_before_the_networks() -> None:
    assert network_alternation("e-?mail").startswith("e-?mail|")


@pytest.mark.parametrize("name", ["TikTok", "YouTube", "Flipboard", "Messenger"])
def test_every_rule_knows_every_network(name: str) -> None:
    assert name.lower() in NETWORKS
    assert is_outlet_line(f"Facebook {name} WhatsApp")
    assert is_site_box(["Share:", name, "Telegram"])
    assert is_follow_call(f"Follow us on {name} and Instagram")


@pytest.mark.parametrize(
    "line",
    [
        "Email",
        "Facebook is suing the regulator",
        "The app was built to rival WhatsApp and Telegram in Brazil.",
    ],
)
def test_a_line_that_only_names_a_network_is_kept(line: str) -> None:
    assert not is_outlet_line(line)


def test_a_link_is_shared_to_no_follow_only_network() -> None:
    shared = network_alternation(share=True).split("|")
    assert "instagram" not in shared
    assert "youtube" not in shared
    assert {"facebook", "x", "whatsapp"} <= set(shared)


def test_the_alternation_is_the_same_in_every_order() -> None:
    assert network_alternation() == "|".join(
        re.escape(name) for name in sorted(NETWORKS, key=lambda name: (-len(name), name))
    )


@pytest.mark.parametrize(
    ("closing", "signed"),
    [("Lusa", True), ("\u2014 AFP/Reuters", True), ("EFE.", True), ("Benni", False)],
)
def test_an_agencys_name_alone_closes_the_story(closing: str, signed: bool) -> None:
    story = [["The strike closed schools."], ["Talks resume on Monday."], ["Unions agreed."]]
    assert (without_outlet_signature([*story, [closing]]) == story) is signed


def test_a_desks_initials_take_every_agency() -> None:
    assert is_outlet_line("lv/ak (dpa, Lusa)")
    names = agency_alternation().split("|")
    assert names.index("apa") < names.index("ap")  # the longer first: "APA" is not "AP" + "A"

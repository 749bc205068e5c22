"""Threads, social posts, transcripts and live pages pasted as text (issue 15): posters'
handles and counters, a forum's and a question site's lines, a transcript's time codes and
sounds, an interview's questions, a live entry's time; each rule with a case where it must
not apply."""

from __future__ import annotations

import pytest

from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts

FORUM_THREAD = (
    "Best way to store winter squash?\nGardening \u203a Harvest & storage\n\n"
    "greenthumb_nan\nNov 28\n\nMine went soft by January. What am I doing wrong?\n\n"
    "allotment_al\nNov 29\n\nCure them first, somewhere warm, for ten days.\n\n"
    "priya\nNov 30\n\nKeep them off the floor, too.\n"
)


def test_a_threads_replies_are_said_with_their_posters_handles() -> None:
    assert texts(read(FORUM_THREAD)) == [
        "Mine went soft by January. What am I doing wrong?",
        "allotment_al:",
        "Cure them first, somewhere warm, for ten days.",
        "priya:",
        "Keep them off the floor, too.",
    ]


def test_a_threads_one_word_category_under_its_title_is_not_read() -> None:
    thread = FORUM_THREAD.replace("Gardening \u203a Harvest & storage\n", "\nGardening\n")
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


def test_a_french_live_pages_entry_time_heads_its_entry() -> None:
    article = read(f"{HEADLINE}\n\n16h02\nLes trains à l'arrêt\n\n{PARAGRAPH}\n", "fr")
    assert [section.heading for section in article.sections] == ["16h02: Les trains à l'arrêt"]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Speaker 1 (00:00:03):", "Speaker 1:"),
        ("Eliud Kipchoge (2:01:09)", "Eliud Kipchoge (2:01:09)"),
    ],
)
def test_a_transcripts_cue_with_its_time_in_brackets(line: str, said: str) -> None:
    assert texts(read(f"{HEADLINE}\n\n{line}\n{PARAGRAPH}\n"))[0].startswith(said)


def test_a_phpbb_threads_one_line_post_heads() -> None:
    thread = (
        f"{HEADLINE}\n\nPost by dave_r \u00bb Thu Dec 04, 2026 8:12 pm\n\n{PARAGRAPH}\n\n"
        f"Post by heatingeng \u00bb Thu Dec 04, 2026 9:40 pm\n\n{LATER}\n"
    )
    assert texts(read(thread)) == [PARAGRAPH, "heatingeng:", LATER]


def test_a_questions_sites_lines_are_not_read() -> None:
    page = (
        f"{HEADLINE}\n\nAsked 3 years ago\nModified 2 days ago\nViewed 45k times\n\n{PARAGRAPH}\n\n"
        f"Share\nImprove this question\nFollow\n\n2 Answers\n\n{LATER}\n\n"
        "Share\nImprove this answer\nFollow\nanswered Dec 5 at 9:14\n"
    )
    assert texts(read(page)) == [PARAGRAPH, LATER]


SOCIAL_THREAD = (
    "Sam Patel\n@sampatel_econ\n\n1/ Egg prices fell fast this autumn.\n\n"
    "2/ Flocks recovered from bird flu.\n\n3/3 Expect cheap eggs into spring.\n"
)


def test_a_threads_handle_and_counters_are_not_read() -> None:
    assert texts(read(SOCIAL_THREAD)) == [
        "Egg prices fell fast this autumn.",
        "Flocks recovered from bird flu.",
        "Expect cheap eggs into spring.",
    ]


def test_a_recipes_fractions_are_no_counters() -> None:
    article = read("Pancakes\n\n1/2 cup flour\n\n2/3 cup milk\n\nWhisk them together.\n")
    assert "1/2 cup flour" in " ".join(texts(article))


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


def test_a_live_entrys_time_with_its_day_heads_it_without_the_day() -> None:
    text = (
        f"Live updates: {HEADLINE}\n\n2:31 p.m. ET, December 5, 2026\nSchools close again\n\n"
        f"From CNN's Jane Doe\n\n{PARAGRAPH}\n\nLink Copied!\n"
    )
    article = read(text)
    assert [s.heading for s in article.sections] == ["2:31 p.m. ET: Schools close again"]
    assert texts(article) == [PARAGRAPH]


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


def test_a_transcripts_sounds_between_brackets_are_not_read() -> None:
    text = f"{HEADLINE}\n\n[Música]\n\nAna López: {PARAGRAPH}\n\n[Risas]\n\nCarlos Ruiz: {LATER}\n"
    assert texts(read(text, "es")) == [f"Ana López: {PARAGRAPH}", f"Carlos Ruiz: {LATER}"]


def test_an_instagram_posts_place_tags_and_comments_link_are_not_read() -> None:
    text = (
        "harborbakery\nAshby, Oregon\n\nOur starter turns ten today. Come by for a slice.\n\n"
        "#sourdough #bakery #ashby\n\nView all 48 comments\n"
    )
    assert texts(read(text)) == ["Our starter turns ten today. Come by for a slice."]


def test_a_place_under_a_headline_is_read() -> None:
    text = f"{HEADLINE}\n\nAshby, Oregon\n\n{PARAGRAPH}\n"
    assert "Ashby, Oregon" in " ".join(texts(read(text)))


def test_a_threads_mark_before_its_first_counter() -> None:
    article = read(
        "Maya Okafor\n\n\U0001f9f5 1/3 We surveyed forty farms.\n\n2/3 Hedges matter.\n\n"
        "3/3 The paper is open access.\n"
    )
    assert texts(article) == [
        "We surveyed forty farms.",
        "Hedges matter.",
        "The paper is open access.",
    ]


def test_a_live_pages_posted_times_head_its_entries() -> None:
    article = read(
        "Budget live\n\nPosted at 14:32\nReeves sits down\n\nShe spoke for an hour.\n\n"
        "Share\nclose panel\nShare page\nAbout sharing\n\n"
        "Posted at 13:48\nBreaking\nTobacco duty up\n\nCigarettes will cost more.\n"
    )
    assert [s.heading for s in article.sections] == [
        "14:32: Reeves sits down",
        "13:48: Tobacco duty up",
    ]
    assert texts(article) == ["She spoke for an hour.", "Cigarettes will cost more."]


def test_a_live_pages_time_alone_heads_its_entry() -> None:
    article = read(f"Storm live\n\n3:15 p.m.\n\n{PARAGRAPH}\n\n11:40 a.m.\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == ["3:15 p.m.", "11:40 a.m."]


def test_a_transcripts_speaker_is_no_heading() -> None:
    article = read(f"Eggs\n\nSTEVE INSKEEP, HOST:\n\n{PARAGRAPH}\n\nRETALIATION\n\n{LATER}\n")
    assert [s.heading for s in article.sections] == [None, "RETALIATION"]
    assert texts(article)[0] == "STEVE INSKEEP, HOST:"


def test_a_transcripts_cues_keep_the_speaker_without_the_time() -> None:
    article = read(
        "Council podcast: episode 12\n\nJane Doe  0:04\nWelcome back.\n\n"
        "Raj Patel  0:12\nThanks for having me.\n"
    )
    assert texts(article) == ["Jane Doe: Welcome back.", "Raj Patel: Thanks for having me."]


def test_a_tv_transcripts_markers_are_not_read() -> None:
    article = read(
        "Pier collapses in storm\n\nAired December 5, 2026 - 18:00 ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\n"
        f"BLITZER: {PARAGRAPH}\n\n(BEGIN VIDEOTAPE)\n\nDOE: {LATER}\n\n(END VIDEOTAPE)\n\n"
        "(COMMERCIAL BREAK)\n"
    )
    assert texts(article) == [f"BLITZER: {PARAGRAPH}", f"DOE: {LATER}"]


def test_a_live_pages_entries_timed_ago_are_headed_by_their_headlines() -> None:
    article = read(
        "Budget live: allowance raised\n\nLive\nUpdated 3 minutes ago\n\n12m ago\n"
        f"Allowance to rise\n\n{PARAGRAPH}\n\n34m ago\nFuel duty frozen again\n\n{LATER}\n"
    )
    assert [s.heading for s in article.sections] == ["Allowance to rise", "Fuel duty frozen again"]
    assert texts(article) == [PARAGRAPH, LATER]

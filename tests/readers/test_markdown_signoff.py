"""A Markdown post's sign-off after its last thematic break is not read; a real last section is
(narrator.readers.signoff)."""

from __future__ import annotations

import pytest

from narrator.readers.markdown import read_markdown

BODY = "# Hills\n\nI ran the hills every Sunday in the rain.\n\n"


def read(text: str) -> list[str]:
    return [block.text for block in read_markdown(text, "post.md").body_blocks()]


@pytest.mark.parametrize(
    "sign_off",
    [
        "*Enjoyed this? [Subscribe](https://example.com/s) to get new posts by email.*\n\n"
        "**Read more:** [My first ultra](/posts/first-ultra)",
        # Substack
        "Thanks for reading Jane's Notes! Subscribe for free to receive new posts and support "
        "my work.\n\n[Share](https://janedoe.substack.com/p/hills?action=share)",
        # Medium
        "*Originally published at [janedoe.blog](https://janedoe.blog/hills) on December 5, 2026.*",
        # WordPress: the filing labels and the links to the posts beside it
        "Tags: running, training\n\n[\u2190 Older post](/older) \u00b7 [Newer post \u2192](/newer)",
        # Ghost: a list of links under a label
        "Related posts:\n\n- [Ten hills in ten weeks](/ten-hills)\n- [Rest days](/rest-days)",
        "If you liked this, [buy me a coffee](https://ko-fi.com/janedoe) or follow me on "
        "[Mastodon](https://mastodon.social/@jane).",
    ],
)
def test_a_sign_off_after_the_last_break_is_not_read(sign_off: str) -> None:
    assert read(f"{BODY}---\n\n{sign_off}\n") == ["I ran the hills every Sunday in the rain."]


@pytest.mark.parametrize(
    ("ending", "read_too"),
    [
        # a last section of ordinary sentences, after a break
        (
            "I will race again in April, in Paris, with my sister.",
            ["I will race again in April, in Paris, with my sister."],
        ),
        # a heading: the post's own section, even with a link in it
        (
            "## Further reading\n\n[The Lore of Running](https://example.com/lore)",
            ["The Lore of Running"],
        ),
        # a call among ordinary sentences: the block is the post's
        (
            "My coach says rest is training too. Subscribe to her advice, not to mine.\n\n"
            "She was right about the hills, and about the knees.",
            [
                "My coach says rest is training too. Subscribe to her advice, not to mine.",
                "She was right about the hills, and about the knees.",
            ],
        ),
        # a call after an ordinary sentence in one paragraph
        (
            "We had more courgettes than we could give away. Read more about it on "
            "[our blog](https://plot14.example/blog).",
            ["We had more courgettes than we could give away. Read more about it on our blog."],
        ),
        # a quote after the break
        ("> Subscribe to nothing but the long run.", ["Subscribe to nothing but the long run."]),
    ],
)
def test_a_last_section_of_the_posts_own_is_read(ending: str, read_too: list[str]) -> None:
    assert read(f"{BODY}---\n\n{ending}\n") == [
        "I ran the hills every Sunday in the rain.",
        *read_too,
    ]


def test_a_sign_off_that_opens_with_its_label_needs_no_break() -> None:
    text = (
        f"{BODY}Share this:\n\n- [Share on X (Opens in new window)](https://x.example/s)\n"
        "- [Share on Facebook (Opens in new window)](https://fb.example/s)\n\n"
        "Like this:\n\nLike Loading...\n"
    )
    assert read(text) == ["I ran the hills every Sunday in the rain."]


def test_a_label_over_the_posts_own_sentences_is_read() -> None:
    text = f"{BODY}Share this:\n\nThe hills were the best part of the year, and I miss them.\n"
    assert read(text)[-2:] == [
        "Share this:",
        "The hills were the best part of the year, and I miss them.",
    ]


def test_a_sign_off_with_no_break_before_it_is_read() -> None:
    text = f"{BODY}*Enjoyed this? [Subscribe](https://example.com/s) to get new posts.*\n"
    assert read(text)[-1] == "Enjoyed this? Subscribe to get new posts."


def test_only_the_block_after_the_last_break_goes() -> None:
    text = (
        f"{BODY}---\n\n**Read more:** [Part one](/one)\n\nThe second week was harder.\n\n"
        "---\n\n[Subscribe](https://example.com/s)\n"
    )
    assert read(text) == [
        "I ran the hills every Sunday in the rain.",
        "Read more: Part one",
        "The second week was harder.",
    ]


def test_a_long_block_of_links_after_the_break_is_read() -> None:
    links = "\n".join(f"- [Race report number {n} of the season](/r{n})" for n in range(12))
    assert len(read(f"{BODY}---\n\n{links}\n")) == 13

"""The names of the social networks and sharing services whose buttons, share boxes and calls
to follow a pasted page brings with its story, and of the news agencies whose names sign it,
each kept in one table for every rule that looks for them (a share box's names one a line, a
row of buttons run together, a call to follow; an agency's name closing a story, a desk's
initials with its agencies, a paper's name "with AFP")."""

from __future__ import annotations

import re

__all__ = ["AGENCIES", "NETWORKS", "SHARE_TARGETS", "agency_alternation", "network_alternation"]

NETWORKS = frozenset(
    {
        "facebook", "instagram", "whatsapp", "linkedin", "telegram", "threads", "bluesky",
        "tiktok", "youtube", "twitter", "x", "x.com", "mastodon", "snapchat", "pinterest",
        "reddit", "flipboard", "messenger", "vk",
        "\u0432\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0435",
        "\u043e\u0434\u043d\u043e\u043a\u043b\u0430\u0441\u0441\u043d\u0438\u043a\u0438",
        "\u0434\u0437\u0435\u043d", "\u0434\u0437\u0435\u043d\u0435", "dzen",
    }
)  # fmt: skip
"""The networks by their names as a button or a link shows them, in small letters. (Mail is
no network here: "Email" alone is also a contact's line.)"""

SHARE_TARGETS = NETWORKS - {
    *("instagram", "youtube", "tiktok", "snapchat", "mastodon", "dzen"),
    *("\u0434\u0437\u0435\u043d", "\u0434\u0437\u0435\u043d\u0435"),
}
"""The networks a page's share buttons post its link to: one follows a site on Instagram or
YouTube, but shares no link there, so a row naming them is a call to follow, not to share."""


def network_alternation(*more: str, share: bool = False) -> str:
    """The networks' names (those a link is shared to if `share`; and `more`, patterns of
    other buttons) as one regular expression's alternation, the longest first so that "x.com"
    is not matched as "x" (then in order: the same pattern in every process, read back
    compiled, see narrator.spoken.precompiled)."""
    names = sorted(SHARE_TARGETS if share else NETWORKS, key=lambda name: (-len(name), name))
    return "|".join([*more, *(re.escape(name) for name in names)])


AGENCIES = frozenset(
    {
        "afp", "ap", "reuters", "dpa", "efe", "ansa", "lusa", "tass", "interfax", "kyodo",
        "xinhua", "epa", "kna", "epd", "sid", "apa", "sda", "belga", "anp", "pap", "yonhap",
        "aap", "pti", "ians", "anadolu", "adnkronos", "agi", "europa press", "ria novosti",
        "ag\u00eancia brasil", "\u0442\u0430\u0441\u0441",
        "\u0438\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441",
        "\u0440\u0438\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u0438",
    }
)  # fmt: skip
"""The news agencies by their names as a story's signature or credit writes them, in small
letters."""


def agency_alternation() -> str:
    """The agencies' names as one regular expression's alternation, the longest first ("ap"
    after "apa"), in the same order in every process."""
    names = sorted(AGENCIES, key=lambda name: (-len(name), name))
    return "|".join(re.escape(name) for name in names)

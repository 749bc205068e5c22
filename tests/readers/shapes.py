"""What the tests of pasted stories' shapes share: a story's headline and two of its
paragraphs to put a shape around, and the plain-text reader with what it reads."""

from __future__ import annotations

from narrator.models import Article
from narrator.readers.plaintext import read_plaintext

PARAGRAPH = "The council voted on Thursday night to rebuild the pier, officials said."
LATER = "Work is due to start in the spring, and the pier should open in two years."
HEADLINE = "Council votes to rebuild the pier after storm"

HARBOUR_TITLE = "Harbour council approves new ferry terminal after long debate"
HARBOUR_LEAD = (
    "The harbour council voted on Tuesday to build a new ferry terminal, ending a dispute that"
    " had run for more than three years."
)
HARBOUR_MORE = "Work is due to start in the spring, the council said."


def read(text: str, language: str = "en") -> Article:
    """`text` read as a pasted story in `language`, by the plain-text reader."""
    return read_plaintext(text, language=language)


def texts(article: Article) -> list[str]:
    """The text of each block of the article's body, in order."""
    return [block.text for block in article.body_blocks()]


def body_texts(text: str) -> list[str]:
    """The text of each block of the body of `text`, read as a pasted story in English."""
    return texts(read(text))

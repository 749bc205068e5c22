"""Feeds in, a podcast out: narrate a feed's new items, and keep the output folder's feed.xml.

`save_feed` reads the feed (or the OPML list of feeds), skips the items narrated already, reads
each new one and saves them all in one batch; each item is marked as narrated once its folder is
written, so an interrupted run goes on where it stopped. `publish` rebuilds `feed.xml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.feed import FeedSettings, write_feed
from narrator.errors import InputError
from narrator.models import DEFAULT_OUTPUT_ROOT, Article, NarrationConfig, SavedNarration
from narrator.readers.sources import DEFAULT_LIMIT
from narrator.synthesis import Synthesizer

if TYPE_CHECKING:
    from narrator.readers.feeds import FeedItem


__all__ = ["FeedOutcome", "publish", "record", "save_feed"]

FeedOutcome = SavedNarration | InputError
"""What became of one item: its narration, or why it could not be read."""


def save_feed(
    source: str,
    config: NarrationConfig | None = None,
    output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
    limit: int = DEFAULT_LIMIT,
    synthesizer: Synthesizer | None = None,
) -> Iterator[FeedOutcome]:
    """Narrate the feed's `limit` newest items that are not narrated yet into `output_root`,
    yielding each narration when it is written, and an InputError for each feed or item that
    cannot be read (the others still narrate). Raises InputError when `source` is no feed."""
    # Only a save that has feeds pays for the feed reader (urllib, feedparser): not every save.
    from narrator.pipeline.compose import save_many
    from narrator.readers.feeds import FeedState, read_feeds, read_item

    config = config or NarrationConfig()
    root = Path(output_root)
    feed = read_feeds(source, config, limit)
    yield from feed.errors
    state = FeedState.load(root)
    readable: list[tuple[FeedItem, Article]] = []
    for item in state.new_items(feed.items):
        try:
            readable.append((item, read_item(item, config)))
        except InputError as error:
            yield error
    if not readable:
        return
    articles = [article for _, article in readable]
    saves = save_many(articles, config, root, synthesizer)
    # Each manifest keeps its article's date and language, which the podcast feed reads.
    for item, saved in zip((item for item, _ in readable), saves, strict=True):
        state.mark(item)
        yield saved


def record(
    output_root: str | PathLike[str],
    saved: SavedNarration,
    article: Article,
    language: str | None = None,
) -> None:
    """Keep a date and a language for a saved narration beside it, in `.episodes.json`: the
    podcast feed takes them when its manifest has none (a narration saved by an older narrator,
    or an article without a date)."""
    from narrator.audio.episodes import remember

    remember(Path(output_root), saved.folder, article.date, language)


def publish(
    output_root: str | PathLike[str],
    settings: FeedSettings | None = None,
    make_cover: bool = True,
) -> Path:
    """Rebuild `output_root/feed.xml` (with the chapters files and, `make_cover`, a cover when
    there is none); returns its path."""
    return write_feed(Path(output_root), settings or FeedSettings(), make_cover)

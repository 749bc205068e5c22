"""What `save` does with feeds: tells them from articles, narrates their new items, and keeps
the output folder's podcast feed (feed.xml) up to date after every save."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from narrator.models import NarrationConfig, SavedNarration

if TYPE_CHECKING:
    from narrator.audio.timings import Progress

FEED_AUDIO_FORMAT = "mp3"
"""What a feed-bound save writes unless told otherwise: the format every podcast app plays."""


def split_sources(sources: Iterable[str]) -> tuple[list[str], list[str]]:
    """The feeds (by their name, or a file's first bytes) and the articles among `sources`."""
    from narrator.readers.sources import looks_like_feed

    feeds: list[str] = []
    articles: list[str] = []
    for source in sources:
        (feeds if looks_like_feed(source, _head(source)) else articles).append(source)
    return feeds, articles


def _head(source: str) -> bytes | None:
    """A file's first bytes (None for a URL, standard input, or what cannot be read)."""
    if source == "-" or "://" in source:
        return None
    try:
        with Path(source).open("rb") as file:
            return file.read(4096)
    except OSError:
        return None


def feed_config(config: NarrationConfig, format_given: bool) -> NarrationConfig:
    """The config for a feed's items: MP3 unless a format was asked for."""
    return config if format_given else replace(config, audio_format=FEED_AUDIO_FORMAT)


def save_feeds(feeds: Iterable[str], output_root: Path, config: NarrationConfig, limit: int) -> int:
    """Narrate each feed's new items, echoing each narration and each item that failed (on
    standard error); returns how many failed."""
    from narrator.cli.output import save_summary
    from narrator.errors import InputError
    from narrator.pipeline.feeds import save_feed

    failed = 0
    for feed in feeds:
        narrated = 0
        try:
            for outcome in save_feed(feed, config, output_root, limit):
                if isinstance(outcome, SavedNarration):
                    narrated += 1
                    click.echo(save_summary(outcome, config))
                else:
                    failed += 1
                    click.echo(f"Error: {outcome}", err=True)
        except InputError as error:  # the feed itself: the other feeds still narrate
            failed += 1
            click.echo(f"Error: {error}", err=True)
            continue
        if not narrated:
            click.echo(f"{feed}: no new items to narrate")
    return failed


def preparing_the_feed(progress: Progress | None) -> Progress:
    """`progress`, which also imports what `publish` needs once a narration's first chunk is
    written: the engines are still speaking the rest, and the feed is written when they are
    done, with nothing left to import (the episodes and their chapters). Not for a narration
    found unchanged: told all its chunks at once, it imports nothing a feed left as it is does
    not need."""
    prepared = False

    def show(done: int, total: int) -> None:
        nonlocal prepared
        if not prepared and done < total:
            prepared = True
            _prepare_publishing()
        if progress is not None:
            progress(done, total)

    return show


_PUBLISHING = (
    "narrator.pipeline.feeds",
    "narrator.audio.podcast_chapters",
    "narrator.audio.cover",
)
"""What writing feed.xml imports (narrator.audio.feed imports most of it in its functions)."""


def _prepare_publishing() -> None:
    import importlib

    for module in _PUBLISHING:
        with contextlib.suppress(ImportError):  # `publish` says what is missing
            importlib.import_module(module)


def publish(output_root: Path, base_url: str | None) -> None:
    """Rebuild `output_root/feed.xml` and say where it is."""
    from narrator.audio.feed import FeedSettings
    from narrator.pipeline.feeds import publish as write_feed

    settings = FeedSettings(base_url=base_url) if base_url else FeedSettings()
    if output_root.is_dir():
        # The cover costs a tenth of a second: made when the feed is published for hosting
        # (--base-url) or served (`narrator serve`), not by every save.
        path = write_feed(output_root, settings, make_cover=base_url is not None)
        click.echo(f"Podcast feed: {path}")

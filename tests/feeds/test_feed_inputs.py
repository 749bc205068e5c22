"""feed.xml is left as it is when nothing it is made from has changed (an unchanged narration
saved again), and made again after any change: a narration added, saved again, edited or
removed, its date kept aside, other settings, a cover to make, or feed.xml itself touched. What
it was made from is noted in the feed itself, which every reader still parses."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from feed_helpers import narrate_markdown

from narrator.audio.feed import _MADE_BY_THE_FEED, FeedSettings, write_feed
from narrator.audio.podcast_chapters import CHAPTERS_FILE
from narrator.pipeline.feeds import record
from narrator.readers.markdown import read_markdown

SETTINGS = FeedSettings(base_url="http://podcasts.example.test/", title="Gazette")
TRAINS = "# Night trains return\n\nNight trains are back on the timetable tonight.\n"
FERRIES = "# Ferries in winter\n\nTwo crossings a day, weather permitting.\n"


@pytest.fixture
def folder(tmp_path: Path, fake_engine: Any) -> Path:
    root = tmp_path / "audio"
    narrate_markdown(root, "trains", TRAINS, fake_engine)
    write_feed(root, SETTINGS, make_cover=False)
    return root


def _written(feed: Path) -> tuple[int, int]:
    """The feed file's inode and modification time: an atomic rewrite changes both."""
    status = feed.stat()
    return status.st_ino, status.st_mtime_ns


def test_an_unchanged_folder_leaves_the_feed_as_it_is(folder: Path) -> None:
    feed = folder / "feed.xml"
    before, chapters = _written(feed), _written(folder / "night-trains-return" / CHAPTERS_FILE)
    for _ in range(2):
        assert write_feed(folder, SETTINGS, make_cover=False) == feed
    assert _written(feed) == before
    assert _written(folder / "night-trains-return" / CHAPTERS_FILE) == chapters
    assert sorted(p.name for p in folder.iterdir()) == ["feed.xml", "night-trains-return"]


def _added(root: Path, engine: Any) -> str:
    narrate_markdown(root, "ferries", FERRIES, engine)
    return "Ferries in winter"


def _saved_again(root: Path, engine: Any) -> str:
    saved = narrate_markdown(root, "trains", TRAINS.replace("tonight", "on next Friday"), engine)
    return f'length="{saved.narration.stat().st_size}"'  # longer


def _edited(root: Path, engine: Any) -> str:
    manifest = root / "night-trains-return" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "title": "Sleeper trains return"}), "utf-8")
    return "Sleeper trains return"


def _removed(root: Path, engine: Any) -> str:
    narrate_markdown(root, "ferries", FERRIES, engine)
    write_feed(root, SETTINGS, make_cover=False)
    shutil.rmtree(root / "ferries-in-winter")
    return "Night trains return"


def _dated(root: Path, engine: Any) -> str:
    """A date kept beside the narrations (for a manifest without one)."""
    manifest = json.loads((root / "night-trains-return" / "manifest.json").read_text("utf-8"))
    assert manifest["date"] is None
    saved = narrate_markdown(root, "trains", TRAINS, engine)
    write_feed(root, SETTINGS, make_cover=False)
    record(root, saved, replace(read_markdown(TRAINS, "trains.md"), date="2024-03-01"), "en")
    return "Fri, 01 Mar 2024"


def _feed_deleted(root: Path, engine: Any) -> str:
    (root / "feed.xml").unlink()
    return "Night trains return"


def _feed_edited(root: Path, engine: Any) -> str:
    (root / "feed.xml").write_text("<rss/>", "utf-8")
    return "Night trains return"


def _feed_cut(root: Path, engine: Any) -> str:
    feed = root / "feed.xml"
    feed.write_bytes(feed.read_bytes()[:-1])
    return "Night trains return"


@pytest.mark.parametrize(
    "change",
    [_added, _saved_again, _edited, _removed, _dated, _feed_deleted, _feed_edited, _feed_cut],
)
def test_each_change_makes_the_feed_again(folder: Path, fake_engine: Any, change: Any) -> None:
    feed = folder / "feed.xml"
    before = _written(feed)
    expected = change(folder, fake_engine)
    write_feed(folder, SETTINGS, make_cover=False)
    assert _written(feed) != before
    assert expected in feed.read_text("utf-8")


def test_other_settings_or_a_cover_to_make_make_it_again(folder: Path) -> None:
    feed = folder / "feed.xml"
    text = write_feed(folder, replace(SETTINGS, token="s3cret"), make_cover=False).read_text()
    assert "?token=s3cret" in text
    assert not (folder / "cover.png").exists()
    assert "cover.png" in write_feed(folder, SETTINGS, make_cover=True).read_text("utf-8")
    assert (folder / "cover.png").is_file()
    assert "?token" not in feed.read_text("utf-8")


def test_the_files_the_feed_writes_itself_are_named_where_they_are_written() -> None:
    assert _MADE_BY_THE_FEED == (CHAPTERS_FILE,)


def test_the_feed_with_its_note_is_still_a_feed(folder: Path) -> None:
    import feedparser
    from lxml import etree

    text = (folder / "feed.xml").read_bytes()
    assert text.endswith(b" -->\n")
    assert etree.fromstring(text).tag == "rss"
    parsed = feedparser.parse(text)
    assert not parsed.bozo
    assert [entry.title for entry in parsed.entries] == ["Night trains return"]

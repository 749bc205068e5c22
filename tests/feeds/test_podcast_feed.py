"""The podcast feed of an output folder, read back by feedparser and by gPodder's podcastparser."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import feedparser
import podcastparser
import pytest
from feed_helpers import narrate_markdown
from lxml import etree
from PIL import Image

from narrator.audio.feed import ITUNES, PODCAST, FeedSettings, write_feed
from narrator.pipeline.feeds import record
from narrator.readers.markdown import read_markdown

BASE = "http://podcasts.example.test/narrations/"
SETTINGS = FeedSettings(base_url=BASE, title="Harbour Gazette, read aloud", author="The Gazette")

TRAINS = """# Night trains return

By Ada Lovelace

Night trains are back on the timetable after a decade away, and the first one leaves tonight.

## Booking a berth

Berths go on sale a month ahead. A couchette costs less than a hotel room in the city.

## On board

The dining car serves soup until midnight. Passengers sleep through the mountains.
"""

FERRIES = """# Ferries in winter

The winter timetable keeps two crossings a day, weather permitting.

## Storms

When the wind rises above force eight, the morning crossing waits in harbour.
"""


def _channel(path: Path) -> Any:
    return etree.parse(str(path)).getroot().find("channel")


@pytest.fixture
def folder(tmp_path: Path, fake_engine: Any) -> Path:
    root = tmp_path / "audio"
    saved = narrate_markdown(root, "trains", TRAINS, fake_engine)
    article = read_markdown(TRAINS, "trains.md")
    record(root, saved, replace(article, date="2024-03-01"), "en")
    return root


def _duration_s(root: Path) -> int:
    manifest = json.loads((root / "night-trains-return" / "manifest.json").read_text("utf-8"))
    return round(manifest["duration_s"])


def test_every_required_tag_is_there(folder: Path) -> None:
    channel = _channel(write_feed(folder, SETTINGS))
    for tag in ("title", "link", "description", "language", "image/url", "lastBuildDate"):
        assert channel.findtext(tag), tag
    assert channel.find(f"{{{ITUNES}}}image").get("href") == BASE + "cover.png"
    assert channel.find(f"{{{ITUNES}}}category").get("text") == "News"
    assert channel.findtext(f"{{{ITUNES}}}explicit") == "false"
    assert channel.findtext(f"{{{ITUNES}}}author") == "The Gazette"
    assert channel.findtext(f"{{{PODCAST}}}guid")
    [item] = channel.findall("item")
    audio = folder / "night-trains-return" / "night-trains-return.wav"
    enclosure = item.find("enclosure")
    assert enclosure.attrib == {
        "url": BASE + "night-trains-return/night-trains-return.wav",
        "length": str(audio.stat().st_size),
        "type": "audio/wav",
    }
    assert item.find("guid").get("isPermaLink") == "false"
    assert item.findtext("pubDate") == "Fri, 01 Mar 2024 00:00:00 +0000"
    assert item.findtext(f"{{{ITUNES}}}duration") == f"00:00:{_duration_s(folder):02d}"
    assert item.findtext(f"{{{ITUNES}}}author") == "Ada Lovelace"
    chapters = item.find(f"{{{PODCAST}}}chapters")
    assert chapters.attrib == {
        "url": BASE + "night-trains-return/chapters.json",
        "type": "application/json+chapters",
    }
    transcripts = {t.get("type"): t.get("url") for t in item.findall(f"{{{PODCAST}}}transcript")}
    assert transcripts == {
        "text/vtt": BASE + "night-trains-return/transcript.vtt",
        "application/x-subrip": BASE + "night-trains-return/transcript.srt",
    }


def test_feedparser_reads_it_whole(folder: Path) -> None:
    parsed = feedparser.parse(write_feed(folder, SETTINGS).read_bytes())
    assert not parsed.bozo
    assert parsed.version == "rss20"
    assert parsed.feed.title == "Harbour Gazette, read aloud"
    assert parsed.feed.image.href == BASE + "cover.png"
    [entry] = parsed.entries
    assert entry.title == "Night trains return"
    [enclosure] = entry.enclosures
    size = (folder / "night-trains-return" / "night-trains-return.wav").stat().st_size
    assert int(enclosure.length) == size
    assert entry.itunes_duration == f"00:00:{_duration_s(folder):02d}"


def test_podcastparser_reads_it_as_a_podcast_app_would(folder: Path) -> None:
    feed = write_feed(folder, SETTINGS)
    parsed = podcastparser.parse(BASE + "feed.xml", io.BytesIO(feed.read_bytes()))
    assert parsed["title"] == "Harbour Gazette, read aloud"
    assert parsed["cover_url"] == BASE + "cover.png"
    assert parsed["itunes_categories"] == [["News"]]
    assert parsed["explicit"] is False
    [episode] = parsed["episodes"]
    [enclosure] = episode["enclosures"]
    size = (folder / "night-trains-return" / "night-trains-return.wav").stat().st_size
    assert enclosure == {
        "url": BASE + "night-trains-return/night-trains-return.wav",
        "file_size": size,
        "mime_type": "audio/wav",
    }
    assert episode["total_time"] == _duration_s(folder)
    assert episode["guid"].startswith("urn:uuid:")
    assert episode["published"] == 1709251200  # the article's date, 2024-03-01
    # podcastparser knows the Podcasting 2.0 tags only under the namespace's old GitHub URI;
    # the feed uses the one the spec names (https://podcastindex.org/namespace/1.0).


def test_the_chapters_file_has_the_spec_fields(folder: Path) -> None:
    write_feed(folder, SETTINGS)
    document = json.loads((folder / "night-trains-return" / "chapters.json").read_text("utf-8"))
    assert document["version"] == "1.2.0"
    chapters = document["chapters"]
    assert [c["title"] for c in chapters] == ["Night trains return", "Booking a berth", "On board"]
    starts = [c["startTime"] for c in chapters]
    assert starts[0] == 0 and starts == sorted(starts) and len(set(starts)) == 3
    assert all(isinstance(c["startTime"], int | float) for c in chapters)
    manifest = json.loads((folder / "night-trains-return" / "manifest.json").read_text("utf-8"))
    assert starts == [round(c["start_s"], 3) for c in manifest["chapters"]]


def test_a_second_save_keeps_both_and_their_guids(folder: Path, fake_engine: Any) -> None:
    first = _channel(write_feed(folder, SETTINGS))
    guid = first.find("item/guid").text
    narrate_markdown(folder, "ferries", FERRIES, fake_engine)
    narrate_markdown(folder, "trains", TRAINS.replace("tonight", "on Friday"), fake_engine)
    items = _channel(write_feed(folder, SETTINGS)).findall("item")
    guids = {item.findtext("title"): item.findtext("guid") for item in items}
    assert guids.keys() == {"Night trains return", "Ferries in winter"}
    assert guids["Night trains return"] == guid
    assert len(set(guids.values())) == 2
    # The newest first: the ferries were narrated today, the trains article is dated 2024.
    assert [item.findtext("title") for item in items] == [
        "Ferries in winter",
        "Night trains return",
    ]
    assert (folder / "night-trains-return" / "chapters.json").is_file()  # written again


def test_a_cover_is_made_once_and_one_given_is_kept(folder: Path) -> None:
    write_feed(folder, SETTINGS)
    with Image.open(folder / "cover.png") as cover:
        assert cover.format == "PNG" and cover.size[0] == cover.size[1] >= 1400
    (folder / "cover.png").write_bytes(b"mine")
    write_feed(folder, SETTINGS)
    assert (folder / "cover.png").read_bytes() == b"mine"


def test_a_token_goes_into_every_url(folder: Path) -> None:
    settings = FeedSettings(base_url=BASE, token="s3cret")
    text = write_feed(folder, settings).read_text("utf-8")
    urls = [u for u in text.split('"') if u.startswith("http://podcasts")]
    assert urls and all(u.endswith("?token=s3cret") for u in urls)


def test_what_xml_escapes_reads_back_as_written(tmp_path: Path, fake_engine: Any) -> None:
    """The feed is written as text: titles, a byline and a token with XML's special characters
    read back as given (a control character, which XML cannot hold, left out); a date written
    as RFC 2822 is read too."""
    root = tmp_path / "audio"
    story = '# Q&A: 5 > 3 & "trains"\n\nBy Ann & Bob\n\nThe line is open again.\n'
    saved = narrate_markdown(root, "qa", story, fake_engine)
    article = read_markdown(story, "qa.md")
    record(root, saved, replace(article, date="Fri, 01 Mar 2024 10:00:00 GMT"), "en")
    settings = FeedSettings(base_url=BASE, title="Tom & Jerry's <news>\x07", token='a&b="c"')
    channel = _channel(write_feed(root, settings))
    assert channel.findtext("title") == "Tom & Jerry's <news>"
    [item] = channel.findall("item")
    assert item.findtext("title") == 'Q&A: 5 > 3 & "trains"'
    assert item.findtext(f"{{{ITUNES}}}author") == "Ann & Bob"
    assert item.findtext("pubDate") == "Fri, 01 Mar 2024 10:00:00 +0000"
    url = item.find("enclosure").get("url")
    assert url.endswith("?token=a%26b%3D%22c%22")
    parsed = feedparser.parse(write_feed(root, settings).read_bytes())
    assert not parsed.bozo
    assert parsed.entries[0].title == 'Q&A: 5 > 3 & "trains"'

"""`narrator save FEED`: new items only, MP3 by default, feed.xml updated, errors per item."""

from __future__ import annotations

from pathlib import Path

import feedparser
from click.testing import CliRunner, Result
from feed_helpers import article_page, local_site, rss

from narrator.cli import main

ITEMS = [
    {
        "title": "Harbour news",
        "guid": "h-1",
        "date": "Mon, 01 Apr 2024 09:00:00 GMT",
        "content": "<p>The harbour opened a new quay on Monday. Fishing boats moored there.</p>",
    },
    {
        "title": "Ferry news",
        "guid": "h-2",
        "date": "Tue, 02 Apr 2024 09:00:00 GMT",
        "content": "<p>The ferry now sails at noon. Tickets cost the same as last year.</p>",
    },
]


def _save(*args: str) -> Result:
    return CliRunner().invoke(main, ["save", *args, "--jobs", "1"])


def test_a_feed_is_saved_as_mp3_new_items_only_and_published(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with local_site() as site:
        url = site.put("/feed.xml", rss(ITEMS), "application/rss+xml")
        first = _save(url, "-o", str(out), "--limit", "1", "--base-url", "http://phone.test/")
        assert first.exit_code == 0, first.output
        assert (out / "ferry-news" / "ferry-news.mp3").is_file()
        assert f"Podcast feed: {out / 'feed.xml'}" in first.stdout
        second = _save(url, "-o", str(out), "--base-url", "http://phone.test/")
        assert second.exit_code == 0, second.output
        assert "harbour-news" in second.stdout and "ferry-news" not in second.stdout
        third = _save(url, "-o", str(out))
    assert third.exit_code == 0
    assert f"{url}: no new items to narrate" in third.stdout
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["Ferry news", "Harbour news"]
    assert parsed.entries[0].enclosures[0].type == "audio/mpeg"


def test_an_item_that_fails_is_one_line_and_the_exit_code_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with local_site() as site:
        good = site.put("/good", article_page("Good", ["The quay opened. Boats moored there."]))
        items = [
            {"title": "Gone", "guid": "g", "link": site.base + "/gone", "date": ITEMS[0]["date"]},
            {"title": "Good", "guid": "ok", "link": good, "date": ITEMS[1]["date"]},
        ]
        url = site.put("/feed.xml", rss(items), "application/rss+xml")
        result = _save(url, "-o", str(out), "--format", "wav")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: item 'Gone' of '{url}': '{site.base}/gone' answered 404 Not Found; "
        "check the address\n"
    )
    assert (out / "good" / "good.wav").is_file()


def test_a_feed_that_is_no_feed(tmp_path: Path) -> None:
    with local_site() as site:
        url = site.put("/feed.xml", article_page("Home", ["Welcome."]))
        result = _save(url, "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: '{url}' is a web page, not a feed; give the address of its RSS or Atom feed\n"
    )


def test_a_plain_save_updates_the_feed_and_a_published_one_makes_the_cover(
    tmp_path: Path, seed: Path
) -> None:
    out = tmp_path / "out"
    plain = _save(str(seed), "-o", str(out), "--loudness", "off")
    assert plain.exit_code == 0, plain.output
    assert (out / "feed.xml").is_file()
    assert not (out / "cover.png").exists()
    published = _save(str(seed), "-o", str(out), "--base-url", "http://phone.test/")
    assert published.exit_code == 0, published.output
    assert (out / "cover.png").read_bytes().startswith(b"\x89PNG")

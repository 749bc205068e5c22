"""Feeds as an article source: RSS with full content, Atom with links, new items only, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from feed_helpers import CONFIG, article_page, atom, local_site, paragraphs, rss

from narrator.errors import InputError
from narrator.models import SavedNarration
from narrator.pipeline.feeds import save_feed
from narrator.readers.feeds import FeedState, looks_like_feed, read_feeds

RSS_TYPE = "application/rss+xml"


def _items(count: int) -> list[dict[str, str]]:
    return [
        {
            "title": f"Ferry story {number}",
            "guid": f"gazette-{number}",
            "date": f"Mon, 0{number} Apr 2024 09:00:00 GMT",
            "content": "".join(f"<p>{p}</p>" for p in paragraphs(f"ferry {number}")),
        }
        for number in range(1, count + 1)
    ]


def _saved(outcomes: list[Any]) -> list[SavedNarration]:
    return [o for o in outcomes if isinstance(o, SavedNarration)]


def test_an_rss_feed_with_full_content_is_narrated_newest_first(
    tmp_path: Path, fake_engine: Any
) -> None:
    with local_site() as site:
        url = site.put("/feed.xml", rss(_items(3)), RSS_TYPE)
        outcomes = list(save_feed(url, CONFIG, tmp_path / "audio", synthesizer=fake_engine))
        assert site.requested == ["/feed.xml"]  # the content was in the feed: no page fetched
    saved = _saved(outcomes)
    assert [s.folder.name for s in saved] == ["ferry-story-3", "ferry-story-2", "ferry-story-1"]
    assert any("ferry three story begins" in text for text in fake_engine.saved)
    assert not any("teaser" in text for text in fake_engine.saved)
    manifest = json.loads(saved[0].manifest.read_text(encoding="utf-8"))
    assert manifest["title"] == "Ferry story 3"
    # The feed's date and language travel in the manifest, which the podcast feed reads.
    assert (manifest["date"], manifest["language"]) == ("2024-04-03T09:00:00+00:00", "en-gb")


def test_an_atom_feed_of_links_is_read_from_its_pages(tmp_path: Path, fake_engine: Any) -> None:
    with local_site() as site:
        first = site.put("/posts/sleepers", article_page("Sleepers", paragraphs("sleeper")))
        second = site.put("/posts/couchettes", article_page("Couchettes", paragraphs("couchette")))
        entries = [
            {"title": "Sleeper cars", "id": "urn:1", "link": first, "date": "2024-05-01T10:00:00Z"},
            {"title": "Couchettes", "id": "urn:2", "link": second, "date": "2024-05-02T10:00:00Z"},
        ]
        url = site.put("/atom", atom(entries), "application/atom+xml")
        saved = _saved(list(save_feed(url, CONFIG, tmp_path / "audio", synthesizer=fake_engine)))
    assert [s.folder.name for s in saved] == ["couchettes", "sleeper-cars"]
    assert any("couchette story begins" in text for text in fake_engine.saved)
    assert not any("Copyright" in text or "Sport" in text for text in fake_engine.saved)
    manifest = json.loads(saved[1].manifest.read_text(encoding="utf-8"))
    assert manifest["source"] == first


def test_a_second_run_narrates_only_the_new_item(tmp_path: Path, fake_engine: Any) -> None:
    root = tmp_path / "audio"
    with local_site() as site:
        url = site.put("/feed.xml", rss(_items(2)), RSS_TYPE)
        assert len(_saved(list(save_feed(url, CONFIG, root, synthesizer=fake_engine)))) == 2
        site.put("/feed.xml", rss(_items(3)), RSS_TYPE)
        fake_engine.saved.clear()
        again = _saved(list(save_feed(url, CONFIG, root, synthesizer=fake_engine)))
    assert [s.folder.name for s in again] == ["ferry-story-3"]
    assert fake_engine.saved and all("ferry one " not in text for text in fake_engine.saved)
    state = json.loads((root / ".feeds.json").read_text(encoding="utf-8"))
    assert sorted(state["seen"][url]) == ["gazette-1", "gazette-2", "gazette-3"]


def test_the_limit_takes_the_newest_items(tmp_path: Path) -> None:
    with local_site() as site:
        url = site.put("/feed.xml", rss(_items(4)), RSS_TYPE)
        feed = read_feeds(url, CONFIG, limit=2)
    assert feed.title == "Harbour Gazette"
    assert [item.guid for item in feed.items] == ["gazette-4", "gazette-3"]


def test_a_feed_file_and_its_relative_state(tmp_path: Path, fake_engine: Any) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(rss(_items(1)), encoding="utf-8")
    saved = _saved(list(save_feed(str(path), CONFIG, tmp_path / "out", synthesizer=fake_engine)))
    assert [s.folder.name for s in saved] == ["ferry-story-1"]
    assert (
        list(FeedState.load(tmp_path / "out").new_items(read_feeds(str(path), CONFIG).items)) == []
    )


@pytest.mark.parametrize(
    ("path", "body", "content_type", "message"),
    [
        ("/plain", "just some words, no feed here", "text/plain", "is not an RSS or Atom feed"),
        ("/page", article_page("Home", ["Welcome."]), "text/html", "is a web page, not a feed"),
        ("/empty", rss([]), RSS_TYPE, "has no items; nothing to narrate"),
        ("/missing", None, "", "answered 404 Not Found; check the address"),
    ],
)
def test_a_bad_feed_is_one_clear_line(
    path: str, body: str | None, content_type: str, message: str
) -> None:
    with local_site() as site:
        url = site.base + path
        if body is not None:
            site.put(path, body, content_type)
        with pytest.raises(InputError) as raised:
            read_feeds(url, CONFIG)
    text = str(raised.value)
    assert message in text and url in text and "\n" not in text


def test_an_item_whose_link_fails_does_not_stop_the_others(
    tmp_path: Path, fake_engine: Any
) -> None:
    root = tmp_path / "audio"
    with local_site() as site:
        good = site.put("/good", article_page("Good news", paragraphs("good")))
        entries = [
            {
                "title": "Gone",
                "id": "urn:gone",
                "link": site.base + "/gone",
                "date": "2024-05-03T10:00:00Z",
            },
            {"title": "Good news", "id": "urn:good", "link": good, "date": "2024-05-02T10:00:00Z"},
        ]
        url = site.put("/atom", atom(entries), "application/atom+xml")
        outcomes = list(save_feed(url, CONFIG, root, synthesizer=fake_engine))
    [error] = [o for o in outcomes if isinstance(o, InputError)]
    assert str(error) == (
        f"item 'Gone' of '{url}': '{site.base}/gone' answered 404 Not Found; check the address"
    )
    assert [s.folder.name for s in _saved(outcomes)] == ["good-news"]
    state = json.loads((root / ".feeds.json").read_text(encoding="utf-8"))
    assert state["seen"][url] == ["urn:good"]  # the failed item is tried again next time


def test_an_opml_list_reads_every_feed_and_reports_the_broken_one(tmp_path: Path) -> None:
    with local_site() as site:
        good = site.put("/feed.xml", rss(_items(2)), RSS_TYPE)
        broken = site.base + "/gone.xml"
        opml = (
            '<?xml version="1.0"?><opml version="2.0"><head><title>My news</title></head><body>'
            f'<outline text="Gazette" type="rss" xmlUrl="{good}"/>'
            f'<outline text="Gone" type="rss" xmlUrl="{broken}"/></body></opml>'
        )
        path = tmp_path / "subscriptions.opml"
        path.write_text(opml, encoding="utf-8")
        feed = read_feeds(str(path), CONFIG)
    assert feed.title == "My news"
    assert [item.guid for item in feed.items] == ["gazette-2", "gazette-1"]
    assert [str(e) for e in feed.errors] == [
        f"feed '{broken}' answered 404 Not Found; check the address"
    ]


def test_what_looks_like_a_feed() -> None:
    assert looks_like_feed("https://example.com/feed.xml")
    assert looks_like_feed("https://example.com/blog/feed/")
    assert looks_like_feed("news.opml")
    assert not looks_like_feed("https://example.com/2024/04/ferries.html")
    assert not looks_like_feed("article.md")
    assert looks_like_feed("x", b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed("x", b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed("x", b"<!doctype html><html>")

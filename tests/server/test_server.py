"""`narrator serve`'s server on a free 127.0.0.1 port: ranges, types, HEAD, safe paths, token."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest
from conftest import FakeSynthesizer
from served_helpers import narrate_all, request

from narrator.server.run import RunningServer, qr_code

AUDIO = "/night-trains-return/night-trains-return.wav"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("served") / "audio"
    narrate_all(root, FakeSynthesizer())
    (root.parent / "secret.txt").write_text("not for the network")
    (root / "night-trains-return" / "escape.vtt").symlink_to(root.parent / "secret.txt")
    (root / "linked").symlink_to(root.parent)
    (root / ".feeds.json").write_text("{}")
    return root


@pytest.fixture(scope="module")
def port(root: Path) -> Iterator[int]:
    with RunningServer(root) as server:
        yield server.port


@pytest.fixture
def audio_bytes(root: Path) -> bytes:
    return (root / AUDIO.lstrip("/")).read_bytes()


def test_a_whole_file_with_its_type(port: int, audio_bytes: bytes) -> None:
    answer = request(port, AUDIO)
    assert answer.status == 200
    assert answer.headers["Content-Type"] == "audio/wav"
    assert answer.headers["Accept-Ranges"] == "bytes"
    assert answer.body == audio_bytes


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=10-99", 10, 99), ("bytes=-100", None, None), ("bytes=5000-", 5000, None)],
)
def test_a_range_returns_those_bytes(
    port: int, audio_bytes: bytes, header: str, first: int | None, last: int | None
) -> None:
    answer = request(port, AUDIO, headers={"Range": header})
    size = len(audio_bytes)
    start = size - 100 if first is None else first
    end = size - 1 if last is None else last
    assert answer.status == 206
    assert answer.headers["Content-Range"] == f"bytes {start}-{end}/{size}"
    assert answer.body == audio_bytes[start : end + 1]


def test_a_range_past_the_end_is_416(port: int, audio_bytes: bytes) -> None:
    answer = request(port, AUDIO, headers={"Range": f"bytes={len(audio_bytes) + 10}-"})
    assert answer.status == 416
    assert answer.headers["Content-Range"] == f"bytes */{len(audio_bytes)}"


def test_head_gives_the_length_and_no_body(port: int, audio_bytes: bytes) -> None:
    answer = request(port, AUDIO, method="HEAD")
    assert answer.status == 200
    assert answer.headers["Content-Length"] == str(len(audio_bytes))
    assert answer.body == b""


@pytest.mark.parametrize(
    ("target", "content_type"),
    [
        ("/night-trains-return/transcript.vtt", "text/vtt"),
        ("/night-trains-return/transcript.srt", "application/x-subrip"),
        ("/night-trains-return/manifest.json", "application/json"),
        ("/feed.xml", "application/rss+xml"),
        ("/narrations.json", "application/json"),
        ("/", "text/html"),
        ("/static/app.js", "text/javascript"),
        ("/static/app.css", "text/css"),
    ],
)
def test_content_types(port: int, target: str, content_type: str) -> None:
    answer = request(port, target)
    assert answer.status == 200
    assert answer.headers["Content-Type"].split(";")[0] == content_type


@pytest.mark.parametrize(
    "target",
    [
        "/../secret.txt",
        "/night-trains-return/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/night-trains-return/%2e%2e/%2e%2e/secret.txt",
        "/night-trains-return/..%2f..%2fsecret.txt",
        "/%2E%2E%2Fsecret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/night-trains-return/escape.vtt",
        "/linked/secret.txt",
        "/linked/audio/night-trains-return/transcript.vtt",
        "/night-trains-return/transcript.vtt%00.png",
        "/.feeds.json",
        "/.episodes.json",
        "/night-trains-return/",
        "/night-trains-return",
        "/night-trains-return/001.raw.wav.bak",
        "/static/../feed.xml",
        "/static/%2e%2e%2fapp.js",
        "/night-trains-return\\transcript.vtt",
    ],
)
def test_no_path_outside_the_narrations(port: int, target: str) -> None:
    answer = request(port, target)
    assert answer.status == 404, answer.body[:200]
    assert b"not for the network" not in answer.body


def test_only_get_and_head(port: int) -> None:
    assert request(port, AUDIO, method="POST").status == 405
    assert request(port, AUDIO, method="DELETE").status == 405


def test_the_feed_points_at_this_server(port: int) -> None:
    parsed = feedparser.parse(request(port, "/feed.xml").body)
    assert [e.title for e in parsed.entries] == ["Ferries in winter", "Night trains return"]
    url = parsed.entries[1].enclosures[0].href
    assert url == f"http://127.0.0.1:{port}{AUDIO}"


def test_the_listing_for_the_page(port: int) -> None:
    listing: dict[str, Any] = json.loads(request(port, "/narrations.json").body)
    trains = listing["narrations"][1]
    assert trains["title"] == "Night trains return"
    assert trains["audio"] == AUDIO.lstrip("/")
    assert trains["transcript"] == "night-trains-return/transcript.vtt"
    assert [c["title"] for c in trains["chapters"]] == [
        "Night trains return",
        "Booking a berth",
        "On board",
    ]
    assert trains["language"] == "en" and trains["duration_s"] > 0


def test_the_token_is_needed_on_every_url(root: Path) -> None:
    with RunningServer(root, token="opensesame") as server:
        for target in ("/", "/feed.xml", "/narrations.json", AUDIO):
            assert request(server.port, target).status == 403, target
            assert request(server.port, target + "?token=wrong").status == 403, target
            assert request(server.port, target + "?token=opensesame").status == 200, target
        assert request(server.port, "/static/app.js").status == 200  # the page's own code
        feed = request(server.port, "/feed.xml?token=opensesame").body.decode()
        assert f'url="http://127.0.0.1:{server.port}{AUDIO}?token=opensesame"' in feed
        assert server.url("feed.xml").endswith("/feed.xml?token=opensesame")


def test_a_base_url_is_used_as_given(root: Path) -> None:
    with RunningServer(root, base_url="https://narrations.example.test/") as server:
        feed = request(server.port, "/feed.xml").body.decode()
    assert 'url="https://narrations.example.test/night-trains-return/' in feed


def test_the_qr_code_is_text_for_a_terminal() -> None:
    code = qr_code("http://192.0.2.7:8000/feed.xml")
    lines = code.splitlines()
    assert len(lines) > 10 and all(set(line) <= set(" ▀▄█\x1b[0123456789;m") for line in lines)

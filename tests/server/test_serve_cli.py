"""`narrator serve` as a listener runs it: a real process, stopped as a service manager would."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FakeSynthesizer
from served_helpers import narrate_all

from narrator.cli import main


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("serve-cli") / "audio"
    narrate_all(root, FakeSynthesizer())
    return root


@contextmanager
def narrator_serve(*args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "narrator", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        yield process, lines
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


def test_serve_says_where_and_serves_the_feed(folder: Path) -> None:
    with narrator_serve(str(folder), "--port", "0") as (process, lines):
        page, feed = (re.search(r"http://\S+", line)[0] for line in lines[:2])  # type: ignore[index]
        assert lines[0] == f"Serving {folder} at {page}\n"
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", page)
        assert feed == page + "feed.xml"
        with urllib.request.urlopen(feed, timeout=10) as response:
            assert b"<title>Night trains return</title>" in response.read()
        with urllib.request.urlopen(page + "cover.png", timeout=10) as response:
            assert response.read().startswith(b"\x89PNG")  # made by serve: save made none
    assert process.returncode == 128 + signal.SIGTERM


def test_open_to_the_network_it_shows_a_qr_code_and_needs_the_token(folder: Path) -> None:
    with narrator_serve(str(folder), "--host", "0.0.0.0", "--port", "0", "--token", "k3y") as (
        _,
        lines,
    ):
        text = "".join(lines)
        feed = re.search(r"Podcast feed: (\S+)", text)[1]  # type: ignore[index]
        assert feed.endswith("/feed.xml?token=k3y")
        assert "\u2580" in text or "\u2584" in text or "\u2588" in text  # the QR code's blocks
        port = re.search(r":(\d+)/feed.xml", feed)[1]  # type: ignore[index]
        local = f"http://127.0.0.1:{port}/feed.xml"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(local, timeout=10)
        assert refused.value.code == 403
        with urllib.request.urlopen(local + "?token=k3y", timeout=10) as response:
            assert response.status == 200


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"Error: Invalid value for '[DIR]': Directory '{tmp_path / 'nope'}' does not exist."
    )


def test_a_port_in_use_is_one_line(folder: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", str(folder), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot serve on 127.0.0.1:{port} (")
    assert result.stderr.endswith("choose another port with --port\n")

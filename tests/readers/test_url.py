"""Articles at URLs, served from 127.0.0.1: formats, redirects, charsets, and every failure."""

from __future__ import annotations

import json
import socket
import threading
import time
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import pipeline
from narrator.cli import main
from narrator.errors import InputError
from narrator.models import NarrationConfig
from narrator.readers import read_article

ARTICLES = Path(__file__).resolve().parents[1] / "articles"
SHORT_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Gulls return to the pier</title><meta name="author" content="Ann Lee"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Gulls return to the pier</h1><p>The gulls came back to the old pier on Monday, a week
after the repairs ended, and the fishermen were not pleased to see them.</p>
<p>Nobody has found a way to keep them off the railings for long.</p></article>
<footer>Copyright 2024 Pier News. All rights reserved.</footer></body></html>"""
LATIN_PAGE = (
    "<html><head><title>Caf\u00e9 culture</title></head><body><article><h1>Caf\u00e9 culture</h1>"
    "<p>The caf\u00e9 on the square serves cr\u00e8me br\u00fbl\u00e9e every afternoon, and the "
    "queue reaches the fountain by four o'clock on most days of the summer.</p></article>"
    "</body></html>"
)
NO_ARTICLE = "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>"

# path -> (status, content type or None, body, delay in seconds, location)
ROUTES: dict[str, tuple[int, str | None, bytes, float, str | None]] = {
    "/page.html": (200, "text/html; charset=utf-8", SHORT_PAGE.encode(), 0, None),
    "/news": (200, "text/html", (ARTICLES / "news-harbor-bridge.html").read_bytes(), 0, None),
    "/old-news": (301, "text/html", b"", 0, "/moved"),
    "/moved": (302, "text/html", b"", 0, "/news"),
    "/post": (200, "text/markdown; charset=utf-8", b"# Plain post\n\nHello **there**.\n", 0, None),
    "/raw/post.md": (200, "text/plain", b"# Raw post\n\n- one\n- two\n", 0, None),
    "/wire": (200, "text/plain", b"Wire title\n\nBy Ann Lee\n\nA story.\n", 0, None),
    "/latin": (200, "text/html; charset=windows-1252", LATIN_PAGE.encode("cp1252"), 0, None),
    "/untyped": (200, None, SHORT_PAGE.encode(), 0, None),
    "/missing": (404, "text/html", b"<h1>Not here</h1>", 0, None),
    "/broken": (500, "text/html", b"<h1>Oops</h1>", 0, None),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), 0, None),
    "/slow": (200, "text/html", SHORT_PAGE.encode(), 3, None),
    "/nav-only": (200, "text/html", NO_ARTICLE.encode(), 0, None),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, content_type, body, delay, location = ROUTES.get(
            self.path, (404, "text/plain", b"no", 0, None)
        )
        time.sleep(delay)
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page(server: str) -> None:
    article = read_article(f"{server}/page.html")
    assert (article.title, article.byline) == ("Gulls return to the pier", "Ann Lee")
    text = " ".join(b.text for b in article.body_blocks())
    assert text.startswith("The gulls came back to the old pier on Monday")
    assert "Home" not in text and "Copyright" not in text


def test_redirects_are_followed(server: str) -> None:
    assert (
        read_article(f"{server}/old-news").title
        == "Harbor bridge to close for six weeks of repairs"
    )


@pytest.mark.parametrize(
    ("path", "title", "first"),
    [
        ("/post", "Plain post", "Hello there."),
        ("/raw/post.md", "Raw post", "one."),
        ("/wire", "Wire title", "A story."),
        ("/untyped", "Gulls return to the pier", "The gulls came back"),
    ],
)
def test_format_follows_the_content_type(server: str, path: str, title: str, first: str) -> None:
    article = read_article(f"{server}{path}")
    assert article.title == title
    assert article.body_blocks()[0].text.startswith(first)


def test_http_charset_decodes_the_page(server: str) -> None:
    article = read_article(f"{server}/latin")
    assert article.title == "Café culture"
    assert "crème brûlée" in article.body_blocks()[0].text


def test_input_format_overrides_the_content_type(server: str) -> None:
    article = read_article(f"{server}/post", NarrationConfig(input_format="text"))
    assert article.title == "# Plain post"


def test_too_large_a_page_is_refused(server: str) -> None:
    with pytest.raises(InputError, match=r"is larger than 0.001 MB; save the article"):
        read_article(f"{server}/news", NarrationConfig(fetch_max_bytes=1000))


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"


def bad_cases(server: str) -> list[tuple[str, str]]:
    return [
        (
            "http://no-such-host.invalid/story.html",
            "'http://no-such-host.invalid/story.html' cannot be reached: no such host "
            "'no-such-host.invalid'; check the address",
        ),
        (f"{server}/missing", f"'{server}/missing' answered 404 Not Found; check the address"),
        (
            f"{server}/broken",
            f"'{server}/broken' answered 500 Internal Server Error: the server failed; "
            "try again later",
        ),
        (
            f"{server}/logo.png",
            f"'{server}/logo.png' is not a text page (it is image/png); give the URL of an article",
        ),
        (
            f"{server}/slow",
            f"'{server}/slow' did not answer within 0.5 s; check the address or try again later",
        ),
        (
            f"{server}/nav-only",
            f"'{server}/nav-only' has no article text to read; give the page of a single article",
        ),
    ]


@pytest.mark.parametrize("case", range(6))
def test_bad_urls_give_one_line_errors_through_the_cli(
    server: str, case: int, tmp_path: Path
) -> None:
    url, message = bad_cases(server)[case]
    # No bound on the time it takes (a loaded machine is slow at random; pytest's timeout
    # catches a hang): the slow page's error comes only from the 0.5 s timeout, since the
    # server answers after 3 s.
    result = CliRunner().invoke(
        main, ["save", url, "--fetch-timeout", "0.5", "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"
    assert not (tmp_path / "out").exists()


def test_refused_connection(tmp_path: Path) -> None:
    url = refused_url()
    result = CliRunner().invoke(main, ["save", url, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"Error: '{url}' refused the connection; check the address and port\n"
    assert not (tmp_path / "out").exists()


def test_save_a_url_with_real_espeak(server: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["save", f"{server}/page.html", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "gulls-return-to-the-pier"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with wave.open(str(folder / f"{folder.name}.wav")) as whole:
        seconds = whole.getnframes() / whole.getframerate()
    # Title, byline and two paragraphs of speech at 175 wpm last well over eight seconds.
    assert 8 < seconds < 40
    texts = json.dumps(manifest)
    assert "Gulls return to the pier" in texts and "Copyright" not in texts


def test_plan_of_a_url_through_the_library(server: str) -> None:
    plan = pipeline.plan(f"{server}/news")
    assert [s.title for s in plan.sections] == [None, "Detours and ferry service", "Why now"]

"""Issue 20, items 8, 16 and 18: a trickling server, redirects to ftp://, and the messages of
odd addresses and answers; served from 127.0.0.1 by a server each test module starts."""

from __future__ import annotations

import base64
import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main

PAGE = (
    b"<html><head><title>Gulls return to the pier</title></head><body><article>"
    b"<h1>Gulls return to the pier</h1><p>The gulls came back to the old pier on Monday, a week "
    b"after the repairs ended, and the fishermen were not pleased to see them.</p>"
    b"<p>Nobody has found a way to keep them off the railings for long.</p></article></body></html>"
)
LOGIN = base64.b64encode(b"ann:s3cret").decode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = {
            "/trickle": self._trickle,
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/story.html"),
            "/loop": lambda: self._redirect("/loop"),
            "/gzip": lambda: self._page(gzip.compress(PAGE), "gzip"),
            "/deflate": lambda: self._page(zlib.compress(PAGE), "deflate"),
            "/raw-deflate": lambda: self._page(_raw_deflate(PAGE), "deflate"),
            "/bomb": lambda: self._page(gzip.compress(b" " * 50_000_000), "gzip"),
            "/private": self._private,
            "/broken": lambda: self._status(500, "Internal Server Error"),
            "/busy": lambda: self._status(503, "Service Unavailable"),
        }.get(self.path.split("?")[0], lambda: self._status(404, "Not Found"))
        route()

    def _page(self, body: bytes, encoding: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _status(self, code: int, reason: str) -> None:
        self.send_response(code, reason)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _private(self) -> None:
        if self.headers.get("Authorization") == f"Basic {LOGIN}":
            self._page(PAGE)
        else:
            self._status(401, "Unauthorized")

    def _trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        for byte in PAGE:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.2)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (as narrator does on a bomb) is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _plan(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["plan", *args])
    return result.exit_code, result.output


def test_a_trickling_server_meets_the_total_deadline(server: str) -> None:
    # Before: a byte every 0.2 s never timed out (the deadline was checked per 64 KB block).
    assert _plan(f"{server}/trickle", "--fetch-timeout", "1") == (
        1,
        f"Error: '{server}/trickle' did not answer within 1 s; "
        "check the address or try again later\n",
    )


def test_a_redirect_to_ftp_is_not_followed(server: str) -> None:
    # Before: urllib followed it, logging in to the ftp server as anonymous.
    assert _plan(f"{server}/to-ftp") == (
        1,
        f"Error: '{server}/to-ftp' redirects to 'ftp://127.0.0.1/story.html', and narrator "
        "follows only http(s) redirects; give the http(s) URL of the article\n",
    )


def test_a_redirect_loop_is_one_line(server: str) -> None:
    code, output = _plan(f"{server}/loop")
    assert code == 1
    assert output == (
        f"Error: '{server}/loop' redirects in a loop (or more than 10 times); "
        "check the address in a browser\n"
    )


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate"])
def test_a_compressed_page_is_decompressed(server: str, path: str) -> None:
    # Before: "is not a text file".
    code, output = _plan(f"{server}{path}")
    assert code == 0, output
    assert output.startswith("Title: Gulls return to the pier\n")
    assert "railings" in output


def test_a_compression_bomb_stops_at_the_size_cap(server: str) -> None:
    code, output = _plan(f"{server}/bomb")
    assert code == 1
    assert output == (
        f"Error: '{server}/bomb' is larger than 5 MB; save the article and give its file instead\n"
    )


def test_a_login_in_the_address_is_sent_and_never_shown(server: str) -> None:
    # Before: "nonnumeric port: 's3cret@127.0.0.1…'" echoed the password.
    host = server.removeprefix("http://")
    code, output = _plan(f"http://ann:s3cret@{host}/private")
    assert code == 0, output
    assert "railings" in output
    code, output = _plan(f"http://ann:wrong@{host}/private")
    assert code == 1
    assert "s3cret" not in output and "wrong" not in output
    assert output == (
        f"Error: 'http://ann@{host}/private' answered 401 Unauthorized; the page needs a login "
        "(give http://user:password@…)\n"
    )


def test_a_space_in_the_address_is_named(server: str) -> None:
    # Before: "broke off the connection (URL can't contain control characters…)".
    assert _plan(f"{server}/my story.html") == (
        1,
        f"Error: '{server}/my story.html' has a space or a control character in it; write a "
        "space as %20 (copy the address from the browser's address bar)\n",
    )


@pytest.mark.parametrize(
    ("path", "status"),
    [("/broken", "500 Internal Server Error"), ("/busy", "503 Service Unavailable")],
)
def test_a_server_error_says_to_try_later(server: str, path: str, status: str) -> None:
    # Before: "check the address", though the address was right.
    assert _plan(f"{server}{path}") == (
        1,
        f"Error: '{server}{path}' answered {status}: the server failed; try again later\n",
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "ftp://example.com/story.txt",
            "'ftp://example.com/story.txt': narrator does not read ftp:// addresses; "
            "give an http(s) URL, or download the article and give its file",
        ),
        (
            "file:///tmp/my%20story.txt",
            "'file:///tmp/my%20story.txt': narrator does not read file:// addresses; "
            "give the path itself ('/tmp/my story.txt')",
        ),
    ],
)
def test_other_schemes_are_named_not_missing(source: str, message: str) -> None:
    # Before: "does not exist; check the path of the article".
    assert _plan(source) == (1, f"Error: {message}\n")


def test_the_saved_source_has_no_password(server: str, tmp_path: Path) -> None:
    from narrator.readers import read_article

    host = server.removeprefix("http://")
    article = read_article(f"http://ann:s3cret@{host}/private")
    assert article.source == f"http://ann@{host}/private"

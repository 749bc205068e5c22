"""Running the server: in the foreground for `narrator serve`, or in a thread (tests, tools).

It binds 127.0.0.1 unless told otherwise; reachable from other machines, it prints the feed's
URL with a QR code a phone can scan.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from urllib.parse import urlencode

from aiohttp import web

from narrator.audio.feed import FeedSettings
from narrator.errors import NarratorError
from narrator.server.app import make_app

__all__ = ["RunningServer", "feed_url", "qr_code", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(
    root: Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    token: str | None = None,
    base_url: str | None = None,
    echo: Callable[[str], None] = print,
) -> None:
    """Serve `root` until interrupted (Ctrl+C), saying where the page and the feed are."""
    from narrator.audio.cover import ensure_cover
    from narrator.audio.feed import FeedSettings

    if root.is_dir():
        ensure_cover(root, FeedSettings().title)
    with RunningServer(root, host, port, token, base_url) as server:
        page = server.url("")
        echo(f"Serving {root} at {page}")
        echo(f"Podcast feed: {server.url('feed.xml')}")
        if not _loopback(host):
            echo(qr_code(server.url("feed.xml")))
            if not token:
                echo("Anyone on the network can listen: add --token to require a token.")
        echo("Press Ctrl+C to stop.")
        server.wait()


class RunningServer:
    """The server in a thread of its own, from `with` to its end (or `close`)."""

    def __init__(
        self,
        root: Path,
        host: str = DEFAULT_HOST,
        port: int = 0,
        token: str | None = None,
        base_url: str | None = None,
    ) -> None:
        self.root, self.host, self.token = root, host, token
        self.port = port
        self._base_url = base_url
        settings = FeedSettings(base_url=base_url or "http://127.0.0.1/", token=token)
        self._app = make_app(root, settings, fixed_base_url=base_url is not None)
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="narrator-serve", daemon=True)

    def __enter__(self) -> RunningServer:
        self._thread.start()
        self._started.wait()
        if self._error is not None:
            raise NarratorError(
                f"cannot serve on {self.host}:{self.port} ({self._error}); "
                "choose another port with --port"
            )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def url(self, path: str) -> str:
        """The URL of `path` on this server, with the token when there is one."""
        host = _reachable_address(self.host)
        base = self._base_url or f"http://{_bracketed(host)}:{self.port}/"
        return feed_url(base, path, self.token)

    def wait(self) -> None:
        """Block until the server stops (Ctrl+C stops it)."""
        try:
            while self._thread.is_alive():
                self._thread.join(0.5)
        except KeyboardInterrupt:
            pass

    def close(self) -> None:
        """Stop the server and wait for its thread."""
        if self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        finally:
            self._loop.close()

    async def _main(self) -> None:
        runner = web.AppRunner(self._app, access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            self.port = _bound_port(runner) or self.port
        except OSError as error:
            self._error = error
            self._started.set()
            await runner.cleanup()
            return
        self._stop = asyncio.Event()
        self._started.set()
        try:
            await self._stop.wait()
        finally:
            await runner.cleanup()


def feed_url(base: str, path: str, token: str | None) -> str:
    """`base` + `path`, with `?token=` when a token is needed."""
    url = base.rstrip("/") + "/" + path
    return f"{url}?{urlencode({'token': token})}" if token else url


def qr_code(text: str) -> str:
    """`text` as a QR code drawn with block characters, for a phone's camera."""
    import io

    import segno

    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue()


def _bound_port(runner: web.AppRunner) -> int | None:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return None


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _reachable_address(host: str) -> str:
    """The address another machine would use: this machine's own for a wildcard bind."""
    if host not in ("0.0.0.0", "::", ""):
        return host
    try:
        addresses = socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        addresses = []
    usable = [a for a in addresses if not ipaddress.ip_address(a).is_loopback]
    return usable[0] if usable else DEFAULT_HOST


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host

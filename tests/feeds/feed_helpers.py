"""A local web server for the feed tests (127.0.0.1, a free port), and articles to narrate."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from narrator import NarrationConfig, SavedNarration, save

CONFIG = NarrationConfig(use_cache=False, loudness_lufs=None, jobs=1)
"""Fast: no chunk cache, no loudness pass, one engine (the fake one)."""


@dataclass
class Site:
    """What the server answers: path -> (status, content type, body); the rest is a 404."""

    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)
    base: str = ""

    def put(
        self, path: str, body: str | bytes, content_type: str = "text/html", status: int = 200
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, content_type, data)
        return self.base + path


@contextmanager
def local_site() -> Iterator[Site]:
    """A web server on 127.0.0.1 for the test's duration."""
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requested.append(self.path)
            status, content_type, body = site.pages.get(self.path, (404, "text/plain", b"no"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def article_page(title: str, paragraphs: list[str]) -> str:
    """A web page with one article in it."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright the Gazette</footer></body></html>"
    )


def rss(items: list[dict[str, str]], title: str = "Harbour Gazette") -> str:
    """An RSS 2.0 feed; an item's "content" goes into content:encoded."""
    entries = []
    for item in items:
        content = item.get("content")
        encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
        link = f"<link>{item['link']}</link>" if "link" in item else ""
        entries.append(
            f"<item><title>{item['title']}</title>{link}<guid>{item['guid']}</guid>"
            f"<pubDate>{item['date']}</pubDate><description>A teaser.</description>"
            f"{encoded}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>http://example.test/</link>"
        f"<description>News</description><language>en-gb</language>{''.join(entries)}"
        "</channel></rss>"
    )


def atom(entries: list[dict[str, str]], title: str = "Night Trains Blog") -> str:
    """An Atom feed whose entries carry only a link and a summary."""
    parts = [
        f"<entry><title>{e['title']}</title><id>{e['id']}</id>"
        f'<link rel="alternate" href="{e["link"]}"/><updated>{e["date"]}</updated>'
        "<summary>Read more on the site.</summary></entry>"
        for e in entries
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:blog</id><updated>2024-05-02T10:00:00Z</updated>"
        f"{''.join(parts)}</feed>"
    )


def paragraphs(topic: str, count: int = 2) -> list[str]:
    return [
        f"The {topic} story begins in a small harbour town where the ferries run twice a day. "
        f"People there talk about the {topic} at every meal, and the council met again on Monday."
        for _ in range(count)
    ]


def narrate_markdown(root: Path, name: str, text: str, synthesizer: object) -> SavedNarration:
    """Save a Markdown article written to a file beside `root`."""
    path = root.parent / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return save(str(path), CONFIG, root, synthesizer=synthesizer)  # type: ignore[arg-type]

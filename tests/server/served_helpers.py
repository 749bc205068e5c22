"""Narrations to serve (made with the fake engine), and the server on a free 127.0.0.1 port."""

from __future__ import annotations

import http.client
from dataclasses import dataclass
from pathlib import Path

from narrator import NarrationConfig, save

CONFIG = NarrationConfig(use_cache=False, loudness_lufs=None, jobs=1)

ARTICLES = {
    "trains": """# Night trains return

Night trains are back on the timetable after a decade away. The first one leaves tonight.

## Booking a berth

Berths go on sale a month ahead. A couchette costs less than a hotel room in the city.
Families book the four-berth compartments first.

## On board

The dining car serves soup until midnight. Passengers sleep through the mountains.
The train reaches the coast at breakfast time.
""",
    "ferries": """# Ferries in winter

The winter timetable keeps two crossings a day, weather permitting.

## Storms

When the wind rises above force eight, the morning crossing waits in harbour.
""",
}


def narrate_all(root: Path, synthesizer: object) -> None:
    """Save every article of ARTICLES into `root`."""
    for name, text in ARTICLES.items():
        path = root.parent / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        save(str(path), CONFIG, root, synthesizer=synthesizer)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def request(
    port: int, target: str, method: str = "GET", headers: dict[str, str] | None = None
) -> Answer:
    """Send `target` as it is (no normalizing, no encoding) and read the answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return Answer(response.status, dict(response.headers), response.read())
    finally:
        connection.close()

"""`narrator serve`: an output folder over HTTP, with its podcast feed and a listening page.

`app` builds the aiohttp application (which files may be served, the token), `paths` decides
whether a requested path names one of the narrations' files, `listing` is the JSON the page
reads, `run` starts the server and says where to reach it. The page itself is in `static/`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrator.server.app import make_app
    from narrator.server.run import RunningServer, serve

__all__ = ["RunningServer", "make_app", "serve"]

_HOMES = {"make_app": "narrator.server.app", "RunningServer": "narrator.server.run"}


def __getattr__(name: str) -> Any:
    # aiohttp takes a while to import: only when a server is made.
    if name in __all__:
        import importlib

        return getattr(importlib.import_module(_HOMES.get(name, "narrator.server.run")), name)
    raise AttributeError(f"module 'narrator.server' has no attribute {name!r}")

"""The aiohttp application: the page, its JSON, the podcast feed and the narrations' files.

GET and HEAD only (aiohttp answers 405 to the rest); files go out through aiohttp's
FileResponse, which answers byte ranges (206, and 416 past the end), conditional requests and
HEAD. With a token, every URL must carry `?token=…`, the page and the feed's links included.
"""

from __future__ import annotations

import hmac
import importlib.resources
import json
from dataclasses import replace
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from narrator.audio.feed import MIME_TYPES, FeedSettings, feed_xml
from narrator.server.listing import listing
from narrator.server.paths import served_file

__all__ = ["make_app"]

_STATIC_TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript"}
_ROOT_KEY = web.AppKey("root", Path)
_SETTINGS_KEY = web.AppKey("settings", FeedSettings)
_FIXED_BASE_KEY = web.AppKey("fixed_base", bool)


def make_app(root: Path, settings: FeedSettings, fixed_base_url: bool = False) -> web.Application:
    """The application serving `root`. The feed's links start with `settings.base_url` when
    `fixed_base_url`, else with the address the client asked for (a phone's is not ours)."""
    middlewares = [_token_check(settings.token)] if settings.token else []
    app = web.Application(middlewares=middlewares)
    app[_ROOT_KEY] = root
    app[_SETTINGS_KEY] = settings
    app[_FIXED_BASE_KEY] = fixed_base_url
    app.router.add_get("/", _page)
    app.router.add_get("/static/{name}", _static)
    app.router.add_get("/feed.xml", _feed)
    app.router.add_get("/narrations.json", _narrations)
    app.router.add_get("/{path:.+}", _file)
    return app


def _token_check(token: str) -> Middleware:
    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith("/static/"):  # the page's own code and style: no data
            return await handler(request)
        given = request.query.get("token", "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise web.HTTPForbidden(text="a token is needed: add ?token=… to the address\n")
        return await handler(request)

    return check


async def _page(request: web.Request) -> web.StreamResponse:
    return _static_file("index.html")


async def _static(request: web.Request) -> web.StreamResponse:
    return _static_file(request.match_info["name"])


def _static_file(name: str) -> web.Response:
    suffix = Path(name).suffix
    folder = importlib.resources.files("narrator.server") / "static"
    if suffix not in _STATIC_TYPES or name.startswith(".") or "/" in name:
        raise web.HTTPNotFound()
    resource = folder / name
    if not resource.is_file():
        raise web.HTTPNotFound()
    return web.Response(
        body=resource.read_bytes(),
        content_type=_STATIC_TYPES[suffix],
        charset="utf-8",
        headers={"Cache-Control": "no-cache"},
    )


async def _feed(request: web.Request) -> web.StreamResponse:
    settings = request.app[_SETTINGS_KEY]
    if not request.app[_FIXED_BASE_KEY]:
        settings = replace(settings, base_url=str(request.url.origin()) + "/")
    body = feed_xml(request.app[_ROOT_KEY], settings)
    return web.Response(body=body, content_type=MIME_TYPES[".xml"], charset="utf-8")


async def _narrations(request: web.Request) -> web.StreamResponse:
    text = json.dumps(listing(request.app[_ROOT_KEY]), ensure_ascii=False)
    return web.Response(text=text, content_type="application/json", charset="utf-8")


async def _file(request: web.Request) -> web.StreamResponse:
    path = served_file(request.app[_ROOT_KEY], request.match_info["path"])
    if path is None:
        raise web.HTTPNotFound()
    content_type = MIME_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return web.FileResponse(path, headers={"Content-Type": content_type})

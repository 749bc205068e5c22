"""Articles at http(s) URLs: fetched with a timeout, a size cap, a type check, and redirects."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from narrator.errors import InputError
from narrator.models import InputFormat, NarrationConfig

_USER_AGENT = "narrator/0.1 (+article narration)"
_ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1"
_FORMATS: dict[str, InputFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_READ_BLOCK_BYTES = 65536


@dataclass(frozen=True)
class Page:
    """What a server sent: its bytes, the format its content type names, and its charset."""

    url: str
    data: bytes
    input_format: InputFormat | None
    charset: str | None


def fetch(url: str, config: NarrationConfig) -> Page:
    """Fetch `url`, following redirects; raise InputError with the reason when it fails."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT})
    deadline = time.monotonic() + config.fetch_timeout_s
    try:
        with urllib.request.urlopen(request, timeout=config.fetch_timeout_s) as response:
            content_type = response.headers.get_content_type() if _has_type(response) else None
            input_format = _format_of(url, response.geturl(), content_type)
            data = _read_capped(url, response, config.fetch_max_bytes, deadline)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(
            f"'{url}' answered {error.code} {error.reason}; check the address"
        ) from None
    except TimeoutError:
        raise _timed_out(url, config) from None
    except urllib.error.URLError as error:
        raise _unreachable(url, error.reason, config) from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise InputError(f"'{url}' broke off the connection ({error}); try again") from None
    return Page(final_url, data, input_format, charset)


def _has_type(response: http.client.HTTPResponse) -> bool:
    return response.headers.get("Content-Type") is not None


def _format_of(url: str, final_url: str, content_type: str | None) -> InputFormat | None:
    """The format the content type names; None when the server names none."""
    if content_type is None:
        return None
    if content_type not in _FORMATS:
        raise InputError(
            f"'{url}' is not a text page (it is {content_type}); give the URL of an article"
        )
    suffix = PurePosixPath(urlsplit(final_url).path).suffix.lower()
    if content_type == "text/plain" and suffix in (".md", ".markdown"):
        return "markdown"
    return _FORMATS[content_type]


def _read_capped(
    url: str, response: http.client.HTTPResponse, max_bytes: int, deadline: float
) -> bytes:
    """The body, refusing one over `max_bytes` or one that trickles in past the deadline."""
    blocks: list[bytes] = []
    size = 0
    while block := response.read(_READ_BLOCK_BYTES):
        size += len(block)
        if size > max_bytes:
            raise InputError(
                f"'{url}' is larger than {max_bytes / 1_000_000:g} MB; save the article and "
                "give its file instead"
            )
        if time.monotonic() > deadline:
            raise TimeoutError
        blocks.append(block)
    return b"".join(blocks)


def _timed_out(url: str, config: NarrationConfig) -> InputError:
    return InputError(
        f"'{url}' did not answer within {config.fetch_timeout_s:g} s; "
        "check the address or try again later"
    )


def _unreachable(url: str, reason: object, config: NarrationConfig) -> InputError:
    if isinstance(reason, TimeoutError):
        return _timed_out(url, config)
    if isinstance(reason, socket.gaierror):
        host = urlsplit(url).hostname
        return InputError(f"'{url}' cannot be reached: no such host '{host}'; check the address")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"'{url}' refused the connection; check the address and port")
    return InputError(f"'{url}' cannot be reached ({reason}); check the address")

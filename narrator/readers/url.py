"""Articles at http(s) URLs: fetched with a total deadline, a size cap, a type check, and
redirects to http(s) only; a login in the address is sent, never shown."""

from __future__ import annotations

import base64
import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit, urlunsplit

from narrator.errors import InputError
from narrator.models import InputFormat, NarrationConfig
from narrator.readers.download import read_body, shown

_USER_AGENT = "narrator/0.1 (+article narration)"
_ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1"
_FORMATS: dict[str, InputFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_WEB_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Page:
    """What a server sent: its bytes, the format its content type names, and its charset."""

    url: str
    data: bytes
    input_format: InputFormat | None
    charset: str | None
    language: str | None = None
    """The server's Content-Language, as it gave it."""


def fetch(url: str, config: NarrationConfig) -> Page:
    """Fetch `url`, following redirects; raise InputError with the reason when it fails."""
    name = shown(url)
    _check_characters(url, name)
    request = _request(url)
    deadline = time.monotonic() + config.fetch_timeout_s
    opener = urllib.request.build_opener(_WebRedirects())
    try:
        with opener.open(request, timeout=config.fetch_timeout_s) as response:
            content_type = response.headers.get_content_type() if _has_type(response) else None
            input_format = _format_of(name, response.geturl(), content_type)
            data = read_body(name, response, config.fetch_max_bytes, deadline)
            charset = response.headers.get_content_charset()
            language = response.headers.get("Content-Language")
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise _refused(name, error) from None
    except TimeoutError:
        raise _timed_out(name, config) from None
    except urllib.error.URLError as error:
        raise _unreachable(name, error.reason, config) from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise InputError(f"'{name}' broke off the connection ({error}); try again") from None
    return Page(final_url, data, input_format, charset, language)


def _check_characters(url: str, name: str) -> None:
    """Spaces and control characters cannot travel in a request line: say so, not that the
    connection broke."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InputError(
            f"'{name}' has a space or a control character in it; write a space as %20 "
            "(copy the address from the browser's address bar)"
        )


def _request(url: str) -> urllib.request.Request:
    """The request, with `user:password@` taken out of the address and sent as a login."""
    parts = urlsplit(url)
    headers = {"User-Agent": _USER_AGENT, "Accept": _ACCEPT}
    if parts.username is None:
        return urllib.request.Request(url, headers=headers)
    login = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
    headers["Authorization"] = "Basic " + base64.b64encode(login.encode()).decode("ascii")
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.request.Request(urlunsplit(parts._replace(netloc=netloc)), headers=headers)


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed to http(s) only (urllib would log in to an ftp:// server), with the
    login dropped when they lead to another host, and a loop told in one line."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in _WEB_SCHEMES:
            raise InputError(
                f"'{shown(req.full_url)}' redirects to '{shown(newurl)}', and narrator follows "
                "only http(s) redirects; give the http(s) URL of the article"
            )
        new = super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]
        if new is not None and urlsplit(newurl).netloc != urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if "infinite loop" not in str(error.msg):
                raise
            raise InputError(
                f"'{shown(req.full_url)}' redirects in a loop (or more than "
                f"{self.max_redirections} times); check the address in a browser"
            ) from None

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _has_type(response: http.client.HTTPResponse) -> bool:
    return response.headers.get("Content-Type") is not None


def _format_of(name: str, final_url: str, content_type: str | None) -> InputFormat | None:
    """The format the content type names; None when the server names none."""
    if content_type is None:
        return None
    if content_type not in _FORMATS:
        raise InputError(
            f"'{name}' is not a text page (it is {content_type}); give the URL of an article"
        )
    suffix = PurePosixPath(urlsplit(final_url).path).suffix.lower()
    if content_type == "text/plain" and suffix in (".md", ".markdown"):
        return "markdown"
    return _FORMATS[content_type]


def _refused(name: str, error: urllib.error.HTTPError) -> InputError:
    """An HTTP error status, with what the user can do about it."""
    answer = f"'{name}' answered {error.code} {error.reason}"
    if error.code >= 500:
        return InputError(f"{answer}: the server failed; try again later")
    if error.code in (401, 403):
        return InputError(f"{answer}; the page needs a login (give http://user:password@…)")
    return InputError(f"{answer}; check the address")


def _timed_out(name: str, config: NarrationConfig) -> InputError:
    return InputError(
        f"'{name}' did not answer within {config.fetch_timeout_s:g} s; "
        "check the address or try again later"
    )


def _unreachable(name: str, reason: object, config: NarrationConfig) -> InputError:
    if isinstance(reason, TimeoutError):
        return _timed_out(name, config)
    if isinstance(reason, socket.gaierror):
        host = urlsplit(name).hostname
        return InputError(f"'{name}' cannot be reached: no such host '{host}'; check the address")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"'{name}' refused the connection; check the address and port")
    return InputError(f"'{name}' cannot be reached ({reason}); check the address")

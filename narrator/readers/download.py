"""A response's body read within a size cap and a total deadline, decompressed if it was sent
compressed; and URLs as messages may show them (without a password)."""

from __future__ import annotations

import http.client
import socket
import time
import zlib
from urllib.parse import urlsplit, urlunsplit

from narrator.errors import InputError

_READ_BLOCK_BYTES = 65536
# zlib's window bits: 32 + 15 reads a gzip or a zlib header, whichever comes; -15 reads raw
# deflate, which some servers send for "Content-Encoding: deflate".
_GZIP_OR_ZLIB = 47
_RAW_DEFLATE = -15
_ENCODINGS = ("gzip", "x-gzip", "deflate")


def shown(url: str) -> str:
    """`url` as a message may show it: with the user name of a login, never its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.partition(':')[0]}@{host}"))


def read_body(
    name: str, response: http.client.HTTPResponse, max_bytes: int, deadline: float
) -> bytes:
    """The body, decompressed, refusing one over `max_bytes` (before or after decompression)
    or one that is still coming at `deadline`: each read waits at most until then, and takes
    what has arrived rather than waiting to fill a block (a server sending a byte every two
    seconds would otherwise never time out)."""
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in (*_ENCODINGS, "identity", ""):
        raise InputError(
            f"'{name}' came in an encoding narrator cannot read ({encoding}); "
            "save the article from a browser and give its file"
        )
    inflater = _Inflater(name, max_bytes) if encoding in _ENCODINGS else None
    blocks: list[bytes] = []
    size = 0
    while block := _read_before(response, deadline):
        if inflater is not None:
            block = inflater.feed(block)
        size += len(block)
        if size > max_bytes:
            raise _too_large(name, max_bytes)
        blocks.append(block)
    if inflater is not None:
        blocks.append(inflater.end())
    return b"".join(blocks)


def _read_before(response: http.client.HTTPResponse, deadline: float) -> bytes:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    connection = _socket_of(response)
    if connection is not None:
        connection.settimeout(remaining)
    return response.read1(_READ_BLOCK_BYTES)


def _socket_of(response: http.client.HTTPResponse) -> socket.socket | None:
    """The response's socket, for its timeout; None where http.client hides it otherwise."""
    raw = getattr(response.fp, "raw", None)
    connection = getattr(raw, "_sock", None)
    return connection if isinstance(connection, socket.socket) else None


class _Inflater:
    """Decompresses a gzip or deflate body as it comes, never past `max_bytes` of output (a
    small gzip bomb would otherwise fill the memory)."""

    def __init__(self, name: str, max_bytes: int) -> None:
        self.name, self.max_bytes = name, max_bytes
        self._inflate = zlib.decompressobj(_GZIP_OR_ZLIB)
        self._started = False

    def feed(self, data: bytes) -> bytes:
        try:
            out = self._inflate.decompress(data, self.max_bytes + 1)
        except zlib.error:
            if self._started:
                raise self._damaged() from None
            self._inflate = zlib.decompressobj(_RAW_DEFLATE)
            out = self._decompress_raw(data)
        self._started = True
        if self._inflate.unconsumed_tail:
            raise _too_large(self.name, self.max_bytes)
        return out

    def _decompress_raw(self, data: bytes) -> bytes:
        try:
            return self._inflate.decompress(data, self.max_bytes + 1)
        except zlib.error:
            raise self._damaged() from None

    def end(self) -> bytes:
        try:
            return self._inflate.flush()
        except zlib.error:
            raise self._damaged() from None

    def _damaged(self) -> InputError:
        return InputError(
            f"'{self.name}' sent a compressed page that cannot be decompressed; try again"
        )


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(
        f"'{name}' is larger than {max_bytes / 1_000_000:g} MB; save the article and "
        "give its file instead"
    )

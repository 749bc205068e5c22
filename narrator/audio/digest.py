"""SHA-256 digests in hex, and name-based UUIDs, without loading OpenSSL.

hashlib's digests come from OpenSSL's libcrypto, whose loading cost 2.4 to 2.7 ms of CPU in
every save, before its engines start (the chunk cache's keys, a narration's key, its folder's
source id and the feed's digest are SHA-256 of short texts; the episodes' GUIDs are UUIDs made
with SHA-1, by `uuid.uuid5`, which imports hashlib). Python's own implementations (`_sha2` from
Python 3.12, `_sha256` before; `_sha1`) make the same digests and load in 0.2 ms; hashlib is the
fallback where they are not built.
"""

from __future__ import annotations

import functools
import importlib
import uuid
from collections.abc import Callable
from typing import Any

HEX_LENGTH = 64
"""The characters of a SHA-256 digest in hex."""
_BUILT_IN = {"sha256": ("_sha2", "_sha256"), "sha1": ("_sha1",)}
"""Where Python's own implementation of each digest is, by Python version."""


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of `data`, in lower-case hex (as hashlib's `hexdigest`)."""
    digest: str = _digest("sha256")(data).hexdigest()
    return digest


def uuid5(namespace: uuid.UUID, name: str) -> uuid.UUID:
    """`uuid.uuid5(namespace, name)`: the UUID named `name` in `namespace` (RFC 4122, SHA-1)."""
    digest: bytes = _digest("sha1")(namespace.bytes + name.encode("utf-8")).digest()
    return uuid.UUID(bytes=digest[:16], version=5)


@functools.cache
def _digest(algorithm: str) -> Callable[[bytes], Any]:
    for module in _BUILT_IN[algorithm]:
        try:
            constructor: Callable[[bytes], Any] = getattr(
                importlib.import_module(module), algorithm
            )
        except (ImportError, AttributeError):
            continue
        return constructor
    import hashlib

    fallback: Callable[[bytes], Any] = getattr(hashlib, algorithm)
    return fallback

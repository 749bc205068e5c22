"""How much narrator reads from one file, stream or page, and reading within that limit.

Every read of an article, the standard input, a lexicon or the preferences goes through
`read_at_most`: it reads in blocks and stops one byte past the limit, so memory stays bounded
by the limit whatever the source (`/dev/zero`, a pipe that never ends), and Ctrl-C is seen
between blocks (one read of `/dev/urandom` to its end would never return to Python).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

MB = 1_000_000
"""A megabyte, as the limits count them."""
DEFAULT_MAX_INPUT_MB = 20
"""The largest article read from a file or the standard input: about 3 million words."""
SETTINGS_MAX_BYTES = 1 * MB
"""The largest preferences file read (one holds a few lines)."""
LEXICON_MAX_BYTES = DEFAULT_MAX_INPUT_MB * MB
"""The largest lexicon read."""
_BLOCK_BYTES = 1 << 16


def read_at_most(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """Everything `stream` holds, read in blocks; None as soon as it is over `max_bytes`."""
    blocks: list[bytes] = []
    size = 0
    while block := stream.read(min(_BLOCK_BYTES, max_bytes + 1 - size)):
        blocks.append(block)
        size += len(block)
        if size > max_bytes:
            return None
    return b"".join(blocks)


def read_file_at_most(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of the file at `path`, or None when it is over `max_bytes` (OSError as
    `open` raises it)."""
    with path.open("rb") as stream:
        return read_at_most(stream, max_bytes)

"""A chunk's levels kept beside its cache entry (its '.lvl' file), so that a narration set to
a loudness does not measure the same speech again (see narrator.audio.loudness.bins).

A file of one chunk's levels holds its record (`ChunkLevels.to_bytes`). The chunks a save
measures one after another are kept in packs instead (`LevelsPack`): the first chunk's file
is made, the next chunks' records are appended to it, and each of their names is a hard link
to it, up to `PACK_BYTES` (a pack holds one cache's entries: one folder's grandchildren).
Chunks measured one at a time (a batch's engine workers measure each they make) go to their
process's pack (`process_pack`). A new file takes the file system a new inode, a link does not: on
ext4 with no journal, each new inode is searched for past every inode freed in the last
minutes (`recently_deleted`), 0.5 to 0.9 ms of CPU a file where saves are made and removed
often, as the bench does, where a link costs some 15 us. A reader finds its chunk's record
in a pack by the name it was written under; a record cut short (a save stopped as it wrote
it) or under another name is not found, and the speech is measured again.
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from narrator.audio.loudness.bins import ChunkLevels

PACK_BYTES = 32 * 1024
"""A pack's most bytes (some four chunks of speech of 10 s): a reader reads the whole pack for
one record, and the cache counts a pack's size once for each name it has."""
_ENTRY = struct.Struct("<4sHI")
"""A pack's entry: its tag, the length of the name it is kept under, then of its record."""
_ENTRY_TAG = b"nrlp"


def read_levels(path: Path, rate: int, frames: int) -> ChunkLevels | None:
    """The levels kept in `path` (a file of its own, or its record in a pack), if they are
    those of `frames` at `rate`."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_ENTRY_TAG):
        return ChunkLevels.from_bytes(data, rate, frames)
    record = _record(data, path.name.encode())
    return ChunkLevels.from_bytes(record, rate, frames) if record is not None else None


def _record(pack: bytes, name: bytes) -> bytes | None:
    """The record kept under `name` in `pack`, if a whole one is."""
    offset = 0
    while offset + _ENTRY.size <= len(pack):
        tag, name_length, record_length = _ENTRY.unpack_from(pack, offset)
        start = offset + _ENTRY.size + name_length
        end = start + record_length
        if tag != _ENTRY_TAG or end > len(pack):
            return None
        if pack[offset + _ENTRY.size : start] == name:
            return pack[start:end]
        offset = end
    return None


def write_levels(path: Path, levels: ChunkLevels) -> None:
    """Keep `levels` in a file of their own at `path`; a folder that cannot be written only
    costs speed.

    A new file is written in place, with one system call: a reader that finds it cut short
    (being written, or by a crash) finds it the wrong size and measures the speech again, as
    `from_bytes` checks it. A file already there (another process's, or one left by an entry
    of the same name since evicted) is replaced atomically, never rewritten where it might be
    read. In place, a chunk's levels took half the CPU (25 against 60 us)."""
    data = levels.to_bytes()
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        _replace(path, lambda temporary: temporary.write_bytes(data))
        return
    except OSError:
        return
    try:
        written = os.write(descriptor, data)
    except OSError:
        written = 0
    finally:
        os.close(descriptor)
    if written != len(data):
        with contextlib.suppress(OSError):
            path.unlink()


class LevelsPack:
    """The levels of chunks measured one after another, kept in packs (see the module's
    docstring): `write` each, then `close` (or use it as a context manager)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Path | None = None
        """The pack's first name: the others are links to it."""
        self._descriptor = -1
        self._inode = -1
        self._size = 0

    def write(self, path: Path, levels: ChunkLevels) -> None:
        """Keep `levels` as those of `path`: in the open pack, if they fit and it can still
        be linked to, else in a new pack made at `path`; a folder that cannot be written only
        costs speed."""
        with self._lock:
            self._write(path, _entry(path.name, levels), levels)

    def _write(self, path: Path, entry: bytes, levels: ChunkLevels) -> None:
        if self._path is not None and self._path.parent.parent != path.parent.parent:
            self.close()  # another cache's entry
        if self._size + len(entry) <= PACK_BYTES and self._append(path, entry):
            return
        self.close()
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o666)
        except OSError:  # one there already, or none can be made: a file of its own
            write_levels(path, levels)
            return
        self._path, self._descriptor = path, descriptor
        self._inode, self._size = os.fstat(descriptor).st_ino, 0
        if not self._appended(entry):
            self.close()
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        """No more records in the open pack."""
        if self._descriptor >= 0:
            os.close(self._descriptor)
        self._path, self._descriptor = None, -1

    def __enter__(self) -> LevelsPack:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _append(self, path: Path, entry: bytes) -> bool:
        """Whether `entry` is appended to the open pack and `path` linked to it: not when the
        pack's first name is gone (an evicted entry) or is another file now."""
        pack = self._path
        if pack is None or not self._appended(entry):
            return False
        try:
            os.link(pack, path)
        except FileExistsError:
            if not _replace(path, lambda temporary: os.link(pack, temporary)):
                return False
        except OSError:
            return False
        with contextlib.suppress(OSError):
            if os.stat(path).st_ino == self._inode:
                return True
            path.unlink()
        return False

    def _appended(self, entry: bytes) -> bool:
        """Whether `entry` was written whole at the pack's end (a reader finds it once it is
        linked to, never before)."""
        try:
            written = os.write(self._descriptor, entry)
        except OSError:
            written = 0
        self._size += written
        return written == len(entry)


_PROCESS_PACK: list[LevelsPack] = []
"""This process's pack, once made (see `process_pack`)."""


def process_pack() -> LevelsPack:
    """The pack of the chunks this process measures one at a time, outside a narration's
    (see `LevelsPack`): open until it is full; a forked process starts its own."""
    if not _PROCESS_PACK:
        _PROCESS_PACK.append(LevelsPack())
    return _PROCESS_PACK[0]


def _forget_process_pack() -> None:
    """In a forked child: the parent's pack is the parent's to write."""
    if _PROCESS_PACK:
        _PROCESS_PACK.pop().close()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_process_pack)


def _entry(name: str, levels: ChunkLevels) -> bytes:
    """A pack's entry of `levels`, kept under `name`."""
    encoded, record = name.encode(), levels.to_bytes()
    return _ENTRY.pack(_ENTRY_TAG, len(encoded), len(record)) + encoded + record


def _replace(path: Path, make: Callable[[Path], object]) -> bool:
    """Whether `path` was made anew, by `make(temporary)` at a temporary name beside it then
    renamed into place (atomically: a reader finds the old file or the new one, never a
    part)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        make(temporary)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True

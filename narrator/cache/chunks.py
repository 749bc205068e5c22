"""The chunk cache: each chunk's speech stored under a hash of everything that shapes it.

A key hashes the spoken text, voice, rate, volume and the engine's name and version, so a
re-render only synthesizes the chunks that changed. An entry is a chunk file (see
narrator.audio.wav: the speech, the pause of the chunk it was made for, and the speech's length
and CRC-32), so a narration's folder links it rather than copying it. It is written to a
temporary name and renamed into place, so a reader never sees half an entry, and one whose
checksum fails is deleted and treated as missing, never played: a CRC finds a damaged or cut
file as surely as a cryptographic hash, at half the cost, and nothing here guards against
tampering. Beside an entry, a small file may keep its speech's loudness statistics, so that a
narration set to a loudness does not measure the speech again. Hits touch the entry's
modification time; `trim` evicts the least recently used
entries (and files of older formats) once the folder is over its size cap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from narrator import userdirs
from narrator.audio.wav import Clip, StoredSpeech, read_chunk_file, write_chunk_file
from narrator.errors import NarratorError

CACHE_DIR_VARIABLE = userdirs.CACHE_DIR_VARIABLE
DEFAULT_MAX_MB = 1024
_SUFFIX = ".wav"
_LEVELS_SUFFIX = ".lvl"
"""Beside an entry: its speech's loudness statistics (see narrator.audio.loudness.bins)."""
_TEMPORARY_SUFFIX = ".tmp"


class CacheError(NarratorError):
    """The cache folder cannot be used."""


@dataclass(frozen=True)
class CacheInfo:
    """What the cache holds."""

    folder: Path
    entries: int
    size_bytes: int
    max_bytes: int


def default_cache_dir() -> Path:
    """`$NARRATOR_CACHE_DIR` if set, else the user's cache folder (platformdirs) + /chunks."""
    return userdirs.cache_dir()


def chunk_key(spoken: str, voice: str | None, rate_wpm: int, volume: float, engine: str) -> str:
    """The hex SHA-256 naming the speech of `spoken` said with these settings by `engine`."""
    fields = [spoken, voice, rate_wpm, round(volume, 4), engine]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


class ChunkCache:
    """A folder of cached chunk speech, at most `max_bytes` big after each `trim`."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.added = 0
        """Entries stored through this object."""

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{_SUFFIX}"

    def contains(self, key: str) -> bool:
        """Whether an entry exists for `key` (it is only verified when read)."""
        # Asked for every chunk of a batch: a string path is several times cheaper to make.
        return os.path.exists(os.path.join(self.folder, key[:2], key + _SUFFIX))

    def get(self, key: str, verify: bool = True) -> StoredSpeech | None:
        """The cached speech for `key`, or None when missing or corrupt (a corrupt one is
        deleted, so it is made again). `verify=False` only reads the entry's header and
        trailer, for an entry this program has just written."""
        path = self._path(key)
        stored = read_chunk_file(path, verify)
        if stored is None:
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return dataclasses.replace(stored, levels_path=path.with_suffix(_LEVELS_SUFFIX))

    def put(self, key: str, clip: Clip, pause_frames: int = 0) -> StoredSpeech | None:
        """Store `clip`, followed by `pause_frames` of silence, under `key`, atomically; the
        entry, or None when the cache cannot be written (a read-only or full cache only costs
        speed). An entry already there (another process made the same chunk meanwhile) is kept
        and returned: entries never change once named, so a narration can link them."""
        path = self._path(key)
        temporary = path.with_name(
            f".{path.name}.{os.getpid()}.{threading.get_ident()}{_TEMPORARY_SUFFIX}"
        )
        try:
            added = _write_once(path, temporary, clip, pause_frames)
        except OSError:
            return None
        levels = path.with_suffix(_LEVELS_SUFFIX)
        if not added:  # made meanwhile by another process: checked before anyone links it
            stored = read_chunk_file(path)
            return dataclasses.replace(stored, levels_path=levels) if stored else None
        self.added += 1
        return StoredSpeech(clip.format, path, clip.frame_count, pause_frames, levels)

    def trim(self) -> int:
        """Delete the least recently used entries until the cache fits its cap; the count."""
        entries = sorted(self._entries(), key=lambda entry: entry[1])
        total = sum(size for _, _, size in entries)
        removed = 0
        for path, _, size in entries:
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
                removed += path.suffix == _SUFFIX
        return removed

    def info(self) -> CacheInfo:
        """How many entries and bytes the cache holds."""
        entries = [entry for entry in self._entries() if entry[0].suffix == _SUFFIX]
        return CacheInfo(self.folder, len(entries), sum(e[2] for e in entries), self.max_bytes)

    def clear(self) -> int:
        """Delete every entry (and leftover temporary file); the number of entries deleted."""
        removed = 0
        for path in self._files():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += path.suffix == _SUFFIX
        return removed

    def _entries(self) -> list[tuple[Path, float, int]]:
        """(path, last use, size) of every entry."""
        found = []
        for path in self._files():
            if path.suffix == _TEMPORARY_SUFFIX:
                continue
            with contextlib.suppress(OSError):
                status = path.stat()
                found.append((path, status.st_mtime, status.st_size))
        return found

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        try:
            return [path for path in self.folder.glob("??/*") if path.is_file()]
        except OSError as error:
            raise CacheError(
                f"cannot read the cache folder '{self.folder}' ({error.strerror}); "
                f"set {CACHE_DIR_VARIABLE} to another folder"
            ) from None


def _write_once(path: Path, temporary: Path, clip: Clip, pause_frames: int) -> bool:
    """Write under a temporary name, then give the file its name unless an entry has it
    already (False); the folder is made on first use."""
    try:
        try:
            write_chunk_file(temporary, clip, pause_frames)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_chunk_file(temporary, clip, pause_frames)
        return _name(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _name(temporary: Path, path: Path) -> bool:
    """Link `temporary` as `path`, which must not exist (False when it does); renamed over it
    where the file system has no hard links."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        os.replace(temporary, path)
    return True

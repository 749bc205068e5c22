"""The chunk cache: each chunk's speech stored under a hash of everything that shapes it.

A key hashes the spoken text, voice, rate, volume and the engine's name and version, so a
re-render only synthesizes the chunks that changed. An entry is a chunk file (see
narrator.audio.wav: the speech, the pause of the chunk it was made for, and the speech's length
and CRC-32), so a narration's folder links it rather than copying it. It is written to a
temporary name and renamed into place, so a reader never sees half an entry, and one whose
checksum fails is deleted and treated as missing, never played: a CRC finds a damaged or cut
file as surely as a cryptographic hash, at half the cost, and nothing here guards against
tampering. Beside an entry, a small file may keep its speech's loudness statistics, so that a
narration set to a loudness does not measure the speech again: it belongs to the entry, counted
in its size and deleted with it. Hits touch the entry's modification time; `trim` evicts the
least recently used entries (and files of older formats, and statistics whose entry is gone)
once the folder is over its size cap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from narrator import userdirs
from narrator.audio.chunk_reuse import read_chunk_file
from narrator.audio.wav import Clip, StoredSpeech, write_chunk_file
from narrator.cache.placement import spread_below
from narrator.errors import NarratorError

CACHE_DIR_VARIABLE = userdirs.CACHE_DIR_VARIABLE
DEFAULT_MAX_MB = 1024
_SUFFIX = ".wav"
_LEVELS_SUFFIX = ".lvl"
"""Beside an entry: its speech's loudness statistics (see narrator.audio.loudness.bins)."""
_TEMPORARY_SUFFIX = ".tmp"
_ENTRY_SUFFIXES = (_SUFFIX, _LEVELS_SUFFIX)


class CacheError(NarratorError):
    """The cache folder cannot be used."""


@dataclass(frozen=True)
class CacheInfo:
    """What the cache holds."""

    folder: Path
    entries: int
    size_bytes: int
    """Every file the cap counts: the entries with their loudness statistics, and leftovers."""
    max_bytes: int


@dataclass(frozen=True)
class _Stored:
    """An entry's files (its speech, and its statistics where they were kept), or a leftover
    (statistics whose speech is gone, a file of an older format): trimmed as one."""

    paths: tuple[str, ...]
    last_use: float
    size_bytes: int

    @property
    def is_entry(self) -> bool:
        return any(path.endswith(_SUFFIX) for path in self.paths)


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
            _remove((path, path.with_suffix(_LEVELS_SUFFIX)))
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
        stored = sorted(self._stored(), key=lambda one: one.last_use)
        total = sum(one.size_bytes for one in stored)
        removed = 0
        for one in stored:
            if total <= self.max_bytes:
                break
            if _remove(one.paths):
                total -= one.size_bytes
                removed += one.is_entry
        return removed

    def info(self) -> CacheInfo:
        """How many entries and bytes the cache holds."""
        stored = self._stored()
        entries = sum(one.is_entry for one in stored)
        size = sum(one.size_bytes for one in stored)
        return CacheInfo(self.folder, entries, size, self.max_bytes)

    def clear(self) -> int:
        """Delete every entry (and leftover temporary file); the number of entries deleted."""
        removed = 0
        for path in self._files():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += path.suffix == _SUFFIX
        return removed

    def _stored(self) -> list[_Stored]:
        """Every entry with its statistics, and every leftover, as `trim` weighs them: an
        entry's last use is its speech's (a hit touches that alone); statistics without their
        speech are of no use, and go first."""
        by_name: dict[str, list[tuple[str, os.stat_result]]] = {}
        for path, status in self._file_status():
            if path.endswith(_TEMPORARY_SUFFIX):
                continue
            entry = _entry_name(path)
            by_name.setdefault(entry, []).append((path, status))
        stored = []
        for files in by_name.values():
            # The speech first: a reader never finds the statistics of a deleted entry.
            files.sort(key=lambda file: not file[0].endswith(_SUFFIX))
            path, status = files[0]
            last_use = -math.inf if path.endswith(_LEVELS_SUFFIX) else status.st_mtime
            size = sum(file_status.st_size for _, file_status in files)
            stored.append(_Stored(tuple(file for file, _ in files), last_use, size))
        return stored

    def _files(self) -> list[Path]:
        return [Path(path) for path, _ in self._file_status()]

    def _file_status(self) -> list[tuple[str, os.stat_result]]:
        """Each file in the cache's two-character folders, with its status. Listed with
        os.scandir, one status call a file: a batch's save lists a thousand of them as it ends
        (its trim), while the engines, done, wait for it."""
        if not self.folder.is_dir():
            return []
        try:
            with os.scandir(self.folder) as entries:
                folders = [
                    entry.path for entry in entries if len(entry.name) == 2 and entry.is_dir()
                ]
        except OSError as error:
            raise CacheError(
                f"cannot read the cache folder '{self.folder}' ({error.strerror}); "
                f"set {CACHE_DIR_VARIABLE} to another folder"
            ) from None
        found = []
        for folder in folders:
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                for entry in entries:
                    with contextlib.suppress(OSError):
                        if entry.is_file():
                            found.append((entry.path, entry.stat()))
        return found


def _entry_name(path: str) -> str:
    """The entry a file of the cache belongs to: its name without the entry's suffixes."""
    for suffix in _ENTRY_SUFFIXES:
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


def _remove(paths: tuple[str | Path, ...]) -> bool:
    """Delete `paths` in order, each unless already gone; whether all are gone."""
    for path in paths:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            return False
    return True


def _write_once(path: Path, temporary: Path, clip: Clip, pause_frames: int) -> bool:
    """Write under a temporary name, then give the file its name unless an entry has it
    already (False); the folder is made on first use."""
    try:
        try:
            write_chunk_file(temporary, clip, pause_frames)
        except FileNotFoundError:
            _make_folder(path.parent)
            write_chunk_file(temporary, clip, pause_frames)
        return _name(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _make_folder(folder: Path) -> None:
    """Make an entry's folder, and the cache's if need be, which the file system is asked to
    spread its folders from (see narrator.cache.placement)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    spread_below(folder.parent)
    folder.mkdir(exist_ok=True)


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

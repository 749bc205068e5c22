"""The cache asks ext2/3/4 to spread its folders over the block groups (`chattr +T` on its own
folder), and nothing changes where the file system has no such mark."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from narrator.audio.wav import AudioFormat, Clip
from narrator.cache import ChunkCache
from narrator.cache.placement import spread_below

_GET_FLAGS = 0x80086601
_TOP_OF_HIERARCHY = 0x00020000


def _flags(folder: Path) -> int:
    import fcntl  # Unix only: elsewhere, no file system here keeps the marks

    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        buffer = bytearray(8)
        fcntl.ioctl(descriptor, _GET_FLAGS, buffer, True)
        return int.from_bytes(buffer[:4], sys.byteorder)
    finally:
        os.close(descriptor)


def _marks_supported(folder: Path) -> bool:
    try:
        _flags(folder)
    except (ImportError, OSError):
        return False
    return True


def test_a_new_cache_folder_spreads_its_subfolders(tmp_path: Path) -> None:
    if not _marks_supported(tmp_path):
        pytest.skip("this file system keeps no folder flags")
    cache = ChunkCache(tmp_path / "cache")
    stored = cache.put("ab" + "0" * 62, Clip(AudioFormat(22050, 2, 1), b"\x01\x00" * 100))
    assert stored is not None and stored.path.parent == tmp_path / "cache" / "ab"
    assert _flags(tmp_path / "cache") & _TOP_OF_HIERARCHY
    assert not _flags(tmp_path / "cache" / "ab") & _TOP_OF_HIERARCHY  # only the cache's own


def test_spreading_keeps_the_folder_s_other_flags(tmp_path: Path) -> None:
    if not _marks_supported(tmp_path):
        pytest.skip("this file system keeps no folder flags")
    before = _flags(tmp_path)
    assert spread_below(tmp_path)
    assert _flags(tmp_path) == before | _TOP_OF_HIERARCHY
    assert spread_below(tmp_path)  # marked already: nothing to set
    assert _flags(tmp_path) == before | _TOP_OF_HIERARCHY


def test_no_folder_no_mark(tmp_path: Path) -> None:
    assert not spread_below(tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    assert not spread_below(tmp_path / "file")

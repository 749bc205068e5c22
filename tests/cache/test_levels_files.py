"""The loudness statistics kept beside a cache entry (a '.lvl' file, see
narrator.audio.loudness.bins) belong to it: counted in its size, trimmed and deleted with it."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from narrator.audio.leveled import measure_stored
from narrator.audio.wav import AudioFormat, Clip
from narrator.cache import ChunkCache
from narrator.cli import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
KEYS = ["a" * 64, "b" * 64, "c" * 64]


def _clip(size: int) -> Clip:
    return Clip(AudioFormat(16000, 2, 1), bytes(range(256)) * (size // 256))


def _measured_entry(cache: ChunkCache, key: str, last_use: int) -> tuple[Path, Path]:
    """An entry stored and measured as a save at a loudness leaves it, last used at
    `last_use`; its speech's file and its statistics' file."""
    stored = cache.put(key, _clip(25600))
    assert stored is not None and stored.levels_path is not None
    measure_stored(stored)
    os.utime(stored.path, (last_use, last_use))
    os.utime(stored.levels_path, (last_use, last_use))
    return stored.path, stored.levels_path


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("??/*"))


def test_an_entry_counts_its_statistics(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "cache")
    speech, levels = _measured_entry(cache, KEYS[0], 1000)
    assert levels.exists()
    info = cache.info()
    assert (info.entries, info.size_bytes) == (1, speech.stat().st_size + levels.stat().st_size)


def test_trimming_deletes_an_entry_with_its_statistics(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "cache")
    made = [_measured_entry(cache, key, 1000 + number) for number, key in enumerate(KEYS)]
    # A hit touches the speech alone: its statistics stay as old as they were made.
    assert cache.get(KEYS[0]) is not None
    one = sum(path.stat().st_size for path in made[0])
    cache.max_bytes = 2 * one + one // 2

    assert cache.trim() == 1
    assert [cache.contains(key) for key in KEYS] == [True, False, True]
    assert _files(cache.folder) == sorted([*made[0], *made[2]])
    assert cache.info().size_bytes == 2 * one


def test_statistics_whose_entry_is_gone_are_trimmed_first(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "cache")
    made = [_measured_entry(cache, key, 2000 + number) for number, key in enumerate(KEYS)]
    made[1][0].unlink()
    cache.max_bytes = cache.info().size_bytes - 1

    assert cache.trim() == 0  # no entry went: only what was left of one
    assert _files(cache.folder) == sorted([*made[0], *made[2]])
    assert cache.info().entries == 2


def test_a_corrupt_entry_goes_with_its_statistics(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "cache")
    speech, levels = _measured_entry(cache, KEYS[0], 1000)
    assert levels.exists()
    speech.write_bytes(speech.read_bytes()[:-10])
    assert cache.get(KEYS[0]) is None
    assert _files(cache.folder) == []


def test_cache_info_and_clear_after_a_save_at_a_loudness(tmp_path: Path, cache_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["save", str(SEED), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    speech = sorted(cache_dir.glob("??/*.wav"))
    levels = sorted(cache_dir.glob("??/*.lvl"))
    assert [path.with_suffix("") for path in levels] == [path.with_suffix("") for path in speech]
    size = sum(path.stat().st_size for path in [*speech, *levels])
    assert ChunkCache(cache_dir).info().size_bytes == size

    info = runner.invoke(main, ["cache", "info"])
    assert (info.exit_code, info.output) == (
        0,
        f"folder: {cache_dir}\nentries: {len(speech)}\nsize: {size / 2**20:.1f} MiB of 1024 MiB\n",
    )
    cleared = runner.invoke(main, ["cache", "clear"])
    assert (cleared.exit_code, cleared.output) == (
        0,
        f"removed {len(speech)} chunks from {cache_dir}\n",
    )
    assert _files(cache_dir) == []

"""The chunk cache: used on re-renders (engine calls counted), invalidated by voice, rate and text,
corrupt entries re-made and never played, LRU eviction under a cap, and `narrator cache`."""

from __future__ import annotations

import os
import wave
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator import NarrationConfig, save
from narrator.audio.chunk_reuse import read_chunk_file
from narrator.audio.wav import AudioFormat, Clip, write_chunk_file
from narrator.cache import ChunkCache, chunk_key
from narrator.cli import main
from narrator.pipeline import plan

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
CONFIG = NarrationConfig()


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("??/*.wav"))


def _spoken(source: Path | str) -> list[str]:
    return [chunk.spoken for chunk in plan(str(source)).chunks]


def test_a_second_render_synthesizes_nothing(
    fake_engine: Any, tmp_path: Path, cache_dir: Path
) -> None:
    first = save(str(SEED), CONFIG, tmp_path / "a", synthesizer=fake_engine)
    assert fake_engine.saved == _spoken(SEED)
    assert len(_entries(cache_dir)) == len(set(fake_engine.saved))

    fake_engine.saved.clear()
    second = save(str(SEED), CONFIG, tmp_path / "b", synthesizer=fake_engine)
    assert fake_engine.saved == []
    assert second.narration.read_bytes() == first.narration.read_bytes()


@pytest.mark.parametrize(
    "change",
    [{"rate_wpm": 200}, {"voice": "gmw/en-us"}, {"volume": 0.5}],
    ids=["rate", "voice", "volume"],
)
def test_voice_rate_and_volume_invalidate(
    fake_engine: Any, tmp_path: Path, change: dict[str, object]
) -> None:
    save(str(SEED), CONFIG, tmp_path / "a", synthesizer=fake_engine)
    fake_engine.saved.clear()
    save(str(SEED), replace(CONFIG, **change), tmp_path / "b", synthesizer=fake_engine)
    assert fake_engine.saved == _spoken(SEED)


def test_a_one_paragraph_edit_synthesizes_only_that_paragraph(
    fake_engine: Any, tmp_path: Path
) -> None:
    save(str(SEED), CONFIG, tmp_path / "a", synthesizer=fake_engine)
    text = SEED.read_text(encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace("ATACMS", "Army Tactical Missile System", 1), encoding="utf-8")
    changed = sorted(set(_spoken(edited)) - set(_spoken(SEED)))
    assert changed  # the edit did change some chunks

    fake_engine.saved.clear()
    save(str(edited), CONFIG, tmp_path / "b", synthesizer=fake_engine)
    assert sorted(fake_engine.saved) == changed


def test_no_cache_stores_and_reads_nothing(
    fake_engine: Any, tmp_path: Path, cache_dir: Path
) -> None:
    config = replace(CONFIG, use_cache=False)
    save(str(SEED), config, tmp_path / "a", synthesizer=fake_engine)
    save(str(SEED), config, tmp_path / "b", synthesizer=fake_engine)
    assert fake_engine.saved == _spoken(SEED) * 2
    assert not cache_dir.exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_corrupt_entry_is_remade_not_played(
    fake_engine: Any, tmp_path: Path, cache_dir: Path, damage: str
) -> None:
    first = save(str(SEED), CONFIG, tmp_path / "a", synthesizer=fake_engine)
    victim = _entries(cache_dir)[3]
    data = bytearray(victim.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data[: len(data) // 2] if damage == "truncate" else data))
    if damage == "empty":
        victim.write_bytes(b"")

    fake_engine.saved.clear()
    second = save(str(SEED), CONFIG, tmp_path / "b", synthesizer=fake_engine)
    assert len(fake_engine.saved) == 1
    assert second.narration.read_bytes() == first.narration.read_bytes()
    assert ChunkCache(cache_dir).get(victim.stem) is not None
    fake_engine.saved.clear()
    save(str(SEED), CONFIG, tmp_path / "c", synthesizer=fake_engine)
    assert fake_engine.saved == []  # the re-made entry is sound again


def _clip(size: int) -> Clip:
    return Clip(AudioFormat(16000, 2, 1), bytes(range(256)) * (size // 256))


def test_least_recently_used_entries_are_evicted(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "lru", max_bytes=3 * 2700)
    for number, key in enumerate(["a" * 64, "b" * 64, "c" * 64]):
        cache.put(key, _clip(2560))
        os.utime(cache._path(key), (1000 + number, 1000 + number))
    assert cache.get("a" * 64) is not None  # a is now the most recently used
    cache.put("d" * 64, _clip(2560))

    assert cache.trim() == 1
    assert [cache.contains(k * 64) for k in "abcd"] == [True, False, True, True]
    assert cache.info().entries == 3


def test_an_entry_is_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ChunkCache(tmp_path / "atomic")

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "link", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.put("e" * 64, _clip(4096))
    assert [p for p in (tmp_path / "atomic").rglob("*") if p.is_file()] == []


def test_an_entry_once_named_never_changes(tmp_path: Path) -> None:
    """Two processes making the same chunk: the second keeps the first's entry, which a
    narration may have linked already."""
    cache = ChunkCache(tmp_path / "cache")
    first = cache.put("f" * 64, _clip(2560), 100)
    assert first is not None
    before = first.path.read_bytes()
    other = Clip(AudioFormat(16000, 2, 1), bytes(2048))
    second = cache.put("f" * 64, other, 300)
    assert second == first
    assert first.path.read_bytes() == before
    assert [p.name for p in first.path.parent.iterdir()] == [first.path.name]


def test_a_damaged_entry_found_by_put_is_not_handed_out(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "cache")
    first = cache.put("f" * 64, _clip(2560), 100)
    assert first is not None
    data = bytearray(first.path.read_bytes())
    data[200] ^= 0x01
    first.path.write_bytes(bytes(data))
    assert cache.put("f" * 64, _clip(2560), 100) is None  # the caller keeps its own speech
    assert cache.get("f" * 64) is None  # and the next reader removes the damaged entry
    assert cache.put("f" * 64, _clip(2560), 100) is not None


def test_without_hard_links_an_entry_is_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(source: str, target: str) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", refused)
    cache = ChunkCache(tmp_path / "cache")
    stored = cache.put("a" * 64, _clip(2560), 100)
    assert stored is not None
    assert stored.clip() == _clip(2560)
    assert cache.get("a" * 64) == stored
    assert [p.name for p in stored.path.parent.iterdir()] == [stored.path.name]


def test_keys_differ_by_every_field() -> None:
    base = ("Hello there.", None, 175, 1.0, "pyttsx3 2.99; espeak-ng 1.51")
    keys = {
        chunk_key(*base),
        chunk_key("Hello there!", *base[1:]),
        chunk_key(base[0], "gmw/en", *base[2:]),
        chunk_key(*base[:2], 176, *base[3:]),
        chunk_key(*base[:3], 0.9, base[4]),
        chunk_key(*base[:4], "pyttsx3 2.99; espeak-ng 1.52"),
    }
    assert len(keys) == 6


def test_real_engine_re_render_is_byte_identical_from_cache(
    tmp_path: Path, cache_dir: Path
) -> None:
    first = save(str(SEED), CONFIG, tmp_path / "a")
    entries = _entries(cache_dir)
    assert len(entries) == len(set(_spoken(SEED)))
    mtimes = {p: p.stat().st_mtime_ns for p in entries}
    second = save(str(SEED), CONFIG, tmp_path / "b")
    assert second.narration.read_bytes() == first.narration.read_bytes()
    assert all(p.stat().st_mtime_ns >= mtimes[p] for p in entries)
    with wave.open(str(second.narration)) as audio:
        assert audio.getframerate() == 22050


def test_cli_no_cache_leaves_the_cache_empty(tmp_path: Path, cache_dir: Path) -> None:
    result = CliRunner().invoke(main, ["save", str(SEED), "-o", str(tmp_path), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert _entries(cache_dir) == []


def test_reproducible_speech_is_cached_apart(tmp_path: Path, cache_dir: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text("Short news\n\nOne paragraph of it.\n\nAnd another one.\n")
    runner = CliRunner()
    first = runner.invoke(main, ["save", str(article), "-o", str(tmp_path / "a"), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    entries = len(_entries(cache_dir))
    args = ["save", str(article), "-o", str(tmp_path / "b"), "--reproducible"]
    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert len(_entries(cache_dir)) == 2 * entries


def test_reproducible_needs_fork(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fork")
    args = ["save", str(SEED), "-o", str(tmp_path / "out"), "--reproducible"]
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, result.output) == (
        1,
        "Error: --reproducible needs a system that can fork (Linux or macOS)\n",
    )
    assert not (tmp_path / "out").exists()


RAW = replace(CONFIG, loudness_lufs=None)


def test_chunk_files_are_the_cache_entries_themselves(
    tmp_path: Path, cache_dir: Path, fake_engine: Any
) -> None:
    saved = save(str(SEED), RAW, tmp_path / "a", synthesizer=fake_engine)
    entries = {path.stat().st_ino for path in _entries(cache_dir)}
    assert {path.stat().st_ino for path in saved.chunk_files} == entries
    again = save(str(SEED), RAW, tmp_path / "b", synthesizer=fake_engine)
    assert {path.stat().st_ino for path in again.chunk_files} == entries
    assert again.narration.read_bytes() == saved.narration.read_bytes()


def test_cached_speech_serves_another_pause(
    tmp_path: Path, cache_dir: Path, fake_engine: Any
) -> None:
    first = save(str(SEED), RAW, tmp_path / "a", synthesizer=fake_engine)
    fake_engine.saved.clear()
    longer = replace(RAW, pause_paragraph_s=RAW.pause_paragraph_s + 0.5)
    second = save(str(SEED), longer, tmp_path / "b", synthesizer=fake_engine)
    assert fake_engine.saved == []
    grown = 0
    for before, after in zip(first.chunk_files, second.chunk_files, strict=True):
        with wave.open(str(before)) as old, wave.open(str(after)) as new:
            added = new.getnframes() - old.getnframes()
            assert added in (0, round(0.5 * fake_engine.frame_rate))
            speech = old.readframes(old.getnframes())
            assert new.readframes(new.getnframes())[: len(speech)] == speech
            grown += added > 0
    assert grown > 10  # every paragraph's chunk file, with its speech, and a longer pause
    with wave.open(str(second.narration)) as whole:
        chunks = b"".join(_frames(path) for path in second.chunk_files)
        assert whole.readframes(whole.getnframes()) == chunks


def _frames(path: Path) -> bytes:
    with wave.open(str(path)) as audio:
        return audio.readframes(audio.getnframes())


@pytest.mark.parametrize(
    "damage", ["trailer", "speech length", "riff size", "not a wav", "speech sample"]
)
def test_a_damaged_chunk_file_is_not_read(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "chunk.wav"
    write_chunk_file(path, _clip(2560), 300)
    stored = read_chunk_file(path)
    assert stored is not None
    assert (stored.frame_count, stored.pause_frames) == (1280, 300)
    assert stored.clip() == _clip(2560)
    data = bytearray(path.read_bytes())
    if damage == "trailer":
        data[-16:-12] = b"xxxx"
    elif damage == "speech length":
        data[-8:-4] = (1581).to_bytes(4, "little")
    elif damage == "riff size":
        data[4:8] = (len(data)).to_bytes(4, "little")
    elif damage == "not a wav":
        data[:4] = b"RIFX"
    else:
        data[100] ^= 0x01
    path.write_bytes(bytes(data))
    assert read_chunk_file(path) is None
    if damage == "speech sample":  # only the checksum, read when asked for, tells
        assert read_chunk_file(path, verify=False) is not None


@pytest.mark.parametrize("sample_width", [2, 1], ids=["16-bit", "8-bit, odd"])
def test_a_chunk_file_is_its_speech_its_pause_and_its_trailer(
    tmp_path: Path, sample_width: int
) -> None:
    """Written with one system call, read-only from the start: a WAV file whose audio is the
    speech then the pause (padded to an even size), followed by the speech's length and CRC."""
    speech = Clip(AudioFormat(16000, sample_width, 1), bytes(range(1, 255)) * 11)
    path = tmp_path / "chunk.wav"
    write_chunk_file(path, speech, 301)
    assert path.stat().st_mode & 0o777 == 0o444
    with wave.open(str(path)) as audio:
        assert audio.getsampwidth() == sample_width and audio.getframerate() == 16000
        frames = audio.readframes(audio.getnframes())
    assert frames == speech.frames + bytes(301 * sample_width)
    data = path.read_bytes()
    assert len(data) == 44 + len(frames) + len(frames) % 2 + 16
    assert data[-16:-12] == b"nrcs"
    stored = read_chunk_file(path)
    assert stored is not None and stored.clip() == speech and stored.pause_frames == 301


def _cache_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in _entries(folder)) / 2**20


def test_cache_size_caps_the_cache_after_a_save(tmp_path: Path, cache_dir: Path) -> None:
    runner = CliRunner()
    args = ["save", str(SEED), "-o", str(tmp_path / "out"), "--jobs", "1", "--loudness", "off"]
    result = runner.invoke(main, [*args, "--cache-size", "2"])
    assert result.exit_code == 0, result.output
    assert 0 < _cache_mib(cache_dir) <= 2
    assert _cache_mib(cache_dir) > 1  # the most recently used chunks were kept


def test_cache_size_preference_sets_the_cap_for_save_and_cache_info(
    tmp_path: Path, cache_dir: Path
) -> None:
    config_file = Path(os.environ["NARRATOR_CONFIG_DIR"]) / "config.toml"
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text("cache_size = 3\n")
    runner = CliRunner()
    args = ["save", str(SEED), "-o", str(tmp_path / "out"), "--jobs", "1", "--loudness", "off"]
    assert runner.invoke(main, args).exit_code == 0
    assert 0 < _cache_mib(cache_dir) <= 3
    info = runner.invoke(main, ["cache", "info"])
    assert info.output.endswith(" MiB of 3 MiB\n")


@pytest.mark.parametrize("size", ["0", "many"])
def test_a_bad_cache_size_is_a_usage_error(tmp_path: Path, size: str) -> None:
    result = CliRunner().invoke(
        main, ["save", str(SEED), "-o", str(tmp_path), "--cache-size", size]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--cache-size'" in result.output


def test_trim_weighs_only_the_files_of_the_key_folders(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "weighed", max_bytes=2 * 2700)
    for number, key in enumerate(["a" * 64, "b" * 64]):
        cache.put(key, _clip(2560))
        os.utime(cache._path(key), (1000 + number, 1000 + number))
    entry_bytes = cache.info().size_bytes // 2
    # Neither counted nor trimmed: a file beside the key folders, one in a folder of another
    # name, and a temporary file being written; clear removes the temporary file too.
    (cache.folder / "notes.txt").write_bytes(bytes(10_000))
    (cache.folder / "old").mkdir()
    (cache.folder / "old" / ("e" * 64 + ".wav")).write_bytes(bytes(10_000))
    temporary = cache._path("c" * 64).with_name(".being-written.1.2.tmp")
    temporary.parent.mkdir(parents=True, exist_ok=True)
    temporary.write_bytes(bytes(10_000))
    assert cache.info().entries == 2
    assert cache.info().size_bytes == 2 * entry_bytes
    assert cache.trim() == 0
    cache.put("d" * 64, _clip(2560))
    assert cache.trim() == 1
    assert [cache.contains(k * 64) for k in "abd"] == [False, True, True]
    assert temporary.exists()
    assert cache.clear() == 2
    assert not temporary.exists()
    assert (cache.folder / "notes.txt").exists()

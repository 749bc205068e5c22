"""An edited article narrated again into its folder reuses the previous narration's audio: the
unchanged chunks' files are hard-linked, their span of the whole copied, nothing synthesized or
read from the cache for them; and the result is the same as a narration made from scratch."""

from __future__ import annotations

import errno
import json
import os
import wave
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from narrator import NarrationConfig, SavedNarration, save
from narrator.audio.wav import AudioFormat, WavWriter
from narrator.pipeline import chunk_cache, plan, save_many

RAW = NarrationConfig(loudness_lufs=None)
"""WAV at the engine's level: what the previous narration's audio can be reused for."""


@pytest.fixture
def article(tmp_path: Path, seed: Path) -> Path:
    copy = tmp_path / "article.txt"
    copy.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def _edit(article: Path) -> None:
    """Change one paragraph: a few words added to its first sentence."""
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    paragraphs[4] = paragraphs[4].replace(".", ", officials said.", 1)
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")


def _spoken(article: Path, config: NarrationConfig = RAW) -> list[str]:
    return [chunk.spoken for chunk in plan(str(article), config).chunks]


def _inodes(saved: SavedNarration) -> dict[str, int]:
    """Each chunk file's inode, by the text its chunk speaks."""
    manifest = json.loads(saved.manifest.read_text(encoding="utf-8"))
    return {
        chunk["spoken"]: (saved.folder / chunk["file"]).stat().st_ino
        for chunk in manifest["chunks"]
    }


def _frames(path: Path) -> bytes:
    with wave.open(str(path)) as audio:
        return audio.readframes(audio.getnframes())


def _same_audio(saved: SavedNarration, fresh: SavedNarration) -> None:
    assert _frames(saved.narration) == _frames(fresh.narration)
    assert [p.read_bytes() for p in saved.chunk_files] == [
        p.read_bytes() for p in fresh.chunk_files
    ]
    assert saved.chapters == fresh.chapters
    names = ("transcript.vtt", "transcript.srt", "playlist.m3u")
    assert [(saved.folder / n).read_text() for n in names] == [
        (fresh.folder / n).read_text() for n in names
    ]


def test_an_edit_links_the_unchanged_chunks_and_makes_only_the_changed(
    tmp_path: Path, fake_engine: Any, article: Path, cache_dir: Path
) -> None:
    first = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    before = _inodes(first)
    _edit(article)
    changed = [text for text in _spoken(article) if text not in before]
    assert len(changed) == 1
    chunk_cache(RAW).clear()  # the unchanged chunks can only come from the previous narration

    fake_engine.saved.clear()
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    assert fake_engine.saved == changed
    after = _inodes(again)
    assert {text for text in after if after[text] == before.get(text)} == set(after) - set(changed)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [again.folder.name]

    fresh = save(str(article), RAW, tmp_path / "fresh", synthesizer=fake_engine)
    _same_audio(again, fresh)


def test_an_edit_that_moves_chunks_keeps_every_word_in_order(
    tmp_path: Path, fake_engine: Any, article: Path
) -> None:
    save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    paragraphs[3], paragraphs[6] = paragraphs[6], paragraphs[3]
    del paragraphs[8]
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")

    fake_engine.saved.clear()
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    assert fake_engine.saved == []
    manifest = json.loads(again.manifest.read_text(encoding="utf-8"))
    assert [chunk["spoken"] for chunk in manifest["chunks"]] == _spoken(article)
    _same_audio(again, save(str(article), RAW, tmp_path / "fresh", synthesizer=fake_engine))


@pytest.mark.parametrize(
    "change",
    [
        {"rate_wpm": 200},
        {"voice": "gmw/en-us"},
        {"volume": 0.5},
        {"use_cache": False},
        {"loudness_lufs": -16.0},
        {"audio_format": "flac"},
    ],
    ids=["rate", "voice", "volume", "no cache", "loudness", "flac"],
)
def test_a_narration_spoken_otherwise_is_not_reused(
    tmp_path: Path, fake_engine: Any, article: Path, change: dict[str, object]
) -> None:
    config = replace(RAW, **change)
    first = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    before = set(_inodes(first).values())
    _edit(article)
    chunk_cache(RAW).clear()

    fake_engine.saved.clear()
    again = save(str(article), config, tmp_path / "out", synthesizer=fake_engine)
    assert fake_engine.saved == _spoken(article, config)
    if config.audio_format == "wav":
        assert not before & set(_inodes(again).values())


def test_another_engine_narration_is_not_reused(
    tmp_path: Path, fake_engine: Any, article: Path
) -> None:
    save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    _edit(article)
    chunk_cache(RAW).clear()
    other = replace(fake_engine, name="another fake", saved=[])
    save(str(article), RAW, tmp_path / "out", synthesizer=other)
    assert other.saved == _spoken(article)


def _flip_samples(chunk_file: Path) -> None:
    """Damage a chunk file in place, keeping its size: only its checksum tells."""
    chunk_file.chmod(0o644)
    with open(chunk_file, "r+b") as damaged:
        damaged.seek(100)
        flipped = bytes(byte ^ 0x55 for byte in damaged.read(400))
        damaged.seek(100)
        damaged.write(flipped)


@pytest.mark.parametrize(
    "damage", ["cut chunk", "flipped samples", "missing chunk", "cut whole", "old manifest"]
)
def test_a_damaged_previous_narration_is_not_trusted(
    tmp_path: Path, fake_engine: Any, article: Path, damage: str
) -> None:
    first = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    victim = first.chunk_files[2]
    victim_text = json.loads(first.manifest.read_text(encoding="utf-8"))["chunks"][2]["spoken"]
    said_before = set(_spoken(article))
    if damage == "cut chunk":
        victim.write_bytes(victim.read_bytes()[:-100])
    elif damage == "flipped samples":
        _flip_samples(victim)
    elif damage == "missing chunk":
        victim.unlink()
    elif damage == "cut whole":
        whole = first.narration.read_bytes()
        first.narration.write_bytes(whole[: len(whole) // 2])
    else:  # a manifest written before frames were recorded
        manifest = json.loads(first.manifest.read_text(encoding="utf-8"))
        for chunk in manifest["chunks"]:
            del chunk["start_frame"], chunk["frame_count"]
        first.manifest.write_text(json.dumps(manifest), encoding="utf-8")
    _edit(article)
    chunk_cache(RAW).clear()

    fake_engine.saved.clear()
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    spoken = _spoken(article)
    if damage in ("cut chunk", "flipped samples", "missing chunk"):
        assert sorted(fake_engine.saved) == sorted({victim_text, *set(spoken) - said_before})
    elif damage == "cut whole":  # the chunk files are what is reused
        assert fake_engine.saved == sorted(set(spoken) - said_before)
    else:
        assert fake_engine.saved == spoken
    _same_audio(again, save(str(article), RAW, tmp_path / "fresh", synthesizer=fake_engine))


@pytest.mark.parametrize("missing", ["hard links", "copy_file_range"])
def test_without_hard_links_or_kernel_copies_the_files_are_copied(
    tmp_path: Path,
    fake_engine: Any,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    missing: str,
) -> None:
    save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    _edit(article)

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EXDEV if missing == "copy_file_range" else errno.EPERM, "refused")

    monkeypatch.setattr(os, "link" if missing == "hard links" else "copy_file_range", refused)
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    monkeypatch.undo()
    fresh = save(str(article), RAW, tmp_path / "fresh", synthesizer=fake_engine)
    _same_audio(again, fresh)
    if missing == "hard links":
        assert all(path.stat().st_nlink == 1 for path in again.chunk_files)


def test_the_same_edited_file_twice_in_a_batch(
    tmp_path: Path, fake_engine: Any, article: Path
) -> None:
    save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    _edit(article)
    first, second = save_many([str(article), str(article)], RAW, tmp_path / "out", fake_engine)
    assert second == first
    _same_audio(second, save(str(article), RAW, tmp_path / "fresh", synthesizer=fake_engine))


def test_a_real_engine_edit_is_whole_and_in_order(tmp_path: Path, article: Path) -> None:
    save(str(article), RAW, tmp_path / "out")
    _edit(article)
    again = save(str(article), RAW, tmp_path / "out")
    chunk_frames = b"".join(_frames(path) for path in again.chunk_files)
    assert _frames(again.narration) == chunk_frames
    manifest = json.loads(again.manifest.read_text(encoding="utf-8"))
    with wave.open(str(again.narration)) as whole:
        assert whole.getnframes() == sum(chunk["frame_count"] for chunk in manifest["chunks"])
        assert whole.getnframes() / whole.getframerate() == pytest.approx(again.duration_s)
    assert [chunk["spoken"] for chunk in manifest["chunks"]] == _spoken(article)


@pytest.mark.parametrize(("width", "frames"), [(1, 3), (2, 5)])
def test_the_wav_writer_writes_files_wave_reads(tmp_path: Path, width: int, frames: int) -> None:
    path = tmp_path / "out.wav"
    with WavWriter(path, AudioFormat(8000, width, 1)) as writer:
        writer.append_silence(frames)
    with wave.open(str(path)) as audio:
        assert (audio.getsampwidth(), audio.getnframes()) == (width, frames)
    assert path.stat().st_size % 2 == 0


def test_an_unchanged_narration_is_found_without_reading_its_audio_again(
    tmp_path: Path, fake_engine: Any, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its chunk files were checked when they were put in the folder, and nothing has changed
    them since (their inodes' change times are older than the manifest): their checksums are
    not computed again. One changed in place since is read through, and made again."""
    from narrator.audio import chunk_reuse, wav

    first = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    read = chunk_reuse.read_chunk_file
    verified: list[str] = []

    def reading(path: Path, verify: bool = True) -> wav.StoredSpeech | None:
        if verify:
            verified.append(path.name)
        return read(path, verify)

    monkeypatch.setattr(chunk_reuse, "read_chunk_file", reading)
    fake_engine.saved.clear()
    assert save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine) == first
    assert (verified, fake_engine.saved) == ([], [])

    victim = first.chunk_files[2]
    victim_text = json.loads(first.manifest.read_text(encoding="utf-8"))["chunks"][2]["spoken"]
    _flip_samples(victim)
    again = save(str(article), RAW, tmp_path / "out", synthesizer=fake_engine)
    assert victim.name in verified
    assert fake_engine.saved == [victim_text]  # its cache entry is the same file: damaged too
    assert read(again.chunk_files[2]) is not None

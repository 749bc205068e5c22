"""Chunks measured one after another keep their levels in packs, each chunk's '.lvl' name a
hard link to its pack (narrator.audio.loudness.levels_files): fewer new files, the same levels
read back, and nothing wrong read from a pack cut short, full, or whose first name went."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from narrator.audio.leveled import measure_stored, store_and_measure
from narrator.audio.loudness.bins import ChunkLevels, measure_speech
from narrator.audio.loudness.levels_files import (
    PACK_BYTES,
    LevelsPack,
    read_levels,
    write_levels,
)
from narrator.audio.timings import ChunkTiming
from narrator.audio.wav import AudioFormat, Clip, StoredSpeech, write_chunk_file
from narrator.models import Chunk, ChunkKind

RATE = 22050


def _levels(frames: int, seed: int) -> ChunkLevels:
    noise = np.random.default_rng(seed).normal(0, 3000, frames)
    return measure_speech(noise.astype("<i2"), RATE, 32768.0)


def _same(read: ChunkLevels | None, levels: ChunkLevels) -> bool:
    return (
        read is not None
        and np.array_equal(read.energies, levels.energies)
        and np.array_equal(read.peaks, levels.peaks)
    )


def test_chunks_in_a_row_share_one_file_and_each_reads_its_own(tmp_path: Path) -> None:
    made = [(tmp_path / f"{n}.lvl", _levels(RATE, n)) for n in range(3)]
    with LevelsPack() as pack:
        for path, levels in made:
            pack.write(path, levels)
    assert {path.stat().st_ino for path, _ in made} == {made[0][0].stat().st_ino}
    assert made[0][0].stat().st_nlink == 3
    for path, levels in made:
        assert _same(read_levels(path, RATE, RATE), levels)
    # Another chunk's frames, or a name the pack does not hold, read nothing.
    assert read_levels(made[1][0], RATE, RATE + 1) is None
    os.link(made[0][0], tmp_path / "other.lvl")
    assert read_levels(tmp_path / "other.lvl", RATE, RATE) is None


def test_a_full_pack_is_followed_by_a_new_one(tmp_path: Path) -> None:
    one_s = len(_levels(RATE, 0).to_bytes())
    count = 2 * PACK_BYTES // one_s + 1
    made = [(tmp_path / f"{n}.lvl", _levels(RATE, n)) for n in range(count)]
    with LevelsPack() as pack:
        for path, levels in made:
            pack.write(path, levels)
    packs = {path.stat().st_ino for path, _ in made}
    assert len(packs) == 3
    assert all(path.stat().st_size <= PACK_BYTES for path, _ in made)
    assert all(_same(read_levels(path, RATE, RATE), levels) for path, levels in made)


def test_a_record_cut_short_is_not_read(tmp_path: Path) -> None:
    made = [(tmp_path / f"{n}.lvl", _levels(RATE, n)) for n in range(2)]
    with LevelsPack() as pack:
        for path, levels in made:
            pack.write(path, levels)
    with made[0][0].open("r+b") as file:
        file.truncate(made[0][0].stat().st_size - 8)
    assert _same(read_levels(made[0][0], RATE, RATE), made[0][1])
    assert read_levels(made[1][0], RATE, RATE) is None


def test_a_file_already_there_is_replaced_by_a_link(tmp_path: Path) -> None:
    """An evicted entry's levels left under a name are replaced whole, as a file of its own
    is: the pack's record is read there, and no temporary file is left."""
    first, second = tmp_path / "a.lvl", tmp_path / "b.lvl"
    old, new, other = _levels(RATE, 1), _levels(RATE, 2), _levels(RATE, 3)
    write_levels(second, old)
    with LevelsPack() as pack:
        pack.write(first, other)
        pack.write(second, new)
    assert second.stat().st_ino == first.stat().st_ino
    assert _same(read_levels(second, RATE, RATE), new)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.lvl", "b.lvl"]


def test_a_pack_whose_first_name_went_is_not_linked_to(tmp_path: Path) -> None:
    """The first chunk's entry evicted (or its name taken by another file) while the pack is
    open: the next chunk's levels go to a new pack, never to the file found at that name."""
    made = [(tmp_path / f"{n}.lvl", _levels(RATE, n)) for n in range(3)]
    with LevelsPack() as pack:
        pack.write(*made[0])
        made[0][0].unlink()
        pack.write(*made[1])
        write_levels(made[1][0].with_name("x.lvl"), made[0][1])
        os.replace(made[1][0].with_name("x.lvl"), made[1][0])  # the pack's name, another file
        pack.write(*made[2])
    assert made[2][0].stat().st_ino != made[1][0].stat().st_ino
    assert _same(read_levels(made[2][0], RATE, RATE), made[2][1])


def test_a_narration_measured_keeps_its_chunks_levels_in_packs(tmp_path: Path) -> None:
    """store_and_measure, as a save at a loudness measures the speech the cache stored: one
    new file for the chunks' levels, each read back as measured."""
    audio_format = AudioFormat(RATE, 2, 1)
    stored, timings, start = [], [], 0
    for index in range(3):
        samples = np.random.default_rng(index).normal(0, 3000, RATE).astype("<i2")
        path = tmp_path / f"{index}.wav"
        write_chunk_file(path, Clip(audio_format, samples.tobytes()), 0)
        levels_path = path.with_suffix(".lvl")
        stored.append(StoredSpeech(audio_format, path, RATE, 0, levels_path))
        chunk = Chunk(index, 1, ChunkKind.PARAGRAPH, "text", "text", 0.0)
        timings.append(ChunkTiming(chunk, f"{index}.wav", RATE, start, RATE, RATE))
        start += RATE
    chunks = store_and_measure(zip(timings, stored, strict=True), tmp_path / "raw")
    assert not (tmp_path / "raw").exists()  # no speech needed a place of its own
    assert len({speech.levels_path.stat().st_ino for speech in stored if speech.levels_path}) == 1
    levels = chunks.levels()
    for speech in stored:
        assert speech.levels_path is not None
        kept = read_levels(speech.levels_path, RATE, RATE)
        assert kept is not None and kept.energies.sum() > 0
    assert levels.integrated_lufs() > -40


def _stored_speech(folder: Path, name: str, seed: int) -> StoredSpeech:
    """A cache-like entry (one folder down from `folder`) with a place for its levels."""
    samples = np.random.default_rng(seed).normal(0, 3000, RATE).astype("<i2")
    path = folder / name[:2] / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    audio_format = AudioFormat(RATE, 2, 1)
    write_chunk_file(path, Clip(audio_format, samples.tobytes()), 0)
    return StoredSpeech(audio_format, path, RATE, 0, path.with_suffix(".lvl"))


def _inode(speech: StoredSpeech) -> int:
    assert speech.levels_path is not None
    return speech.levels_path.stat().st_ino


def test_chunks_measured_one_at_a_time_share_their_process_pack(tmp_path: Path) -> None:
    """As a batch's engine workers measure each chunk they make: one pack for a cache's
    entries in a row, another for another cache's."""
    first, second = (_stored_speech(tmp_path / "cache", name, n) for n, name in enumerate("ab"))
    elsewhere = _stored_speech(tmp_path / "other", "cc", 2)
    for speech in (first, second, elsewhere):
        measure_stored(speech)
    assert _inode(first) == _inode(second) != _inode(elsewhere)
    for speech in (first, second, elsewhere):
        assert speech.levels_path is not None
        assert read_levels(speech.levels_path, RATE, RATE) is not None


def test_a_forked_process_keeps_its_levels_in_a_pack_of_its_own(tmp_path: Path) -> None:
    """An engine worker forked by a process that measured: its chunks' levels never go into
    the parent's open pack (two processes appending to one file)."""
    first, second = (_stored_speech(tmp_path, name, n) for n, name in enumerate("ab"))
    measure_stored(first)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            measure_stored(second)
            code = 0
        finally:
            os._exit(code)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    assert _inode(first) != _inode(second)
    assert second.levels_path is not None
    assert read_levels(second.levels_path, RATE, RATE) is not None

"""WAV at a loudness written as its chunks come (narrator.audio.leveled_ahead): each chunk is
limited exactly as the one pass over the whole limits it, a save of the seed is written once,
and a narration whose level changes after its first half-minute is written again at the gain
of the whole, at the level asked and under the ceiling."""

from __future__ import annotations

import json
import math
import struct
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pyloudnorm
import pytest
import soundfile
from scipy import signal

from narrator import NarrationConfig, SavedNarration, save
from narrator.audio import leveled
from narrator.audio.leveled import StoredChunks, store_and_measure, write_in_one_pass
from narrator.audio.leveled_ahead import PREDICTED_AFTER_S, WrittenAhead
from narrator.audio.loudness import level_for, normalize
from narrator.audio.timings import ChunkTiming
from narrator.audio.wav import AudioFormat, Clip
from narrator.models import Chunk, ChunkKind
from tests.audio.test_leveled import seed_paragraphs_spoken

pytestmark = pytest.mark.slow  # real espeak-ng audio, measured

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
RATE = 22050


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> list[np.ndarray]:
    """Eight paragraphs of the seed (more than the half-minute the gain is chosen after),
    each spoken by espeak-ng on its own, as 16-bit samples."""
    clips = seed_paragraphs_spoken(tmp_path_factory.mktemp("speech"), 8)
    assert sum(map(len, clips)) > 2 * PREDICTED_AFTER_S * RATE
    return clips


def _clips(speech: list[np.ndarray], pause_s: float) -> list[tuple[ChunkTiming, Clip]]:
    clips, start = [], 0
    for index, samples in enumerate(speech):
        pause = round(pause_s * RATE)
        chunk = Chunk(index, 0, ChunkKind.PARAGRAPH, "text", "text", pause_s)
        timing = ChunkTiming(chunk, f"{index}.wav", RATE, start, len(samples) + pause, len(samples))
        clips.append((timing, Clip(AudioFormat(RATE, 2, 1), samples.astype("<i2").tobytes())))
        start += len(samples) + pause
    return clips


def _cut_at_peaks(speech: list[np.ndarray], pieces: int) -> list[np.ndarray]:
    """The speech as one stream cut into `pieces` near the loudest sample of each stretch,
    in turn 20 ms after it (the limiter holds its gain down into the next chunk) and 5 ms
    before it (its attack starts in the chunk before): chunks with no silence between them,
    whose peaks reach across."""
    joined = np.concatenate(speech)
    stretch = len(joined) // pieces
    cuts = []
    for number in range(1, pieces):
        loudest = int(np.abs(joined[number * stretch : (number + 1) * stretch]).argmax())
        cuts.append(number * stretch + loudest + (RATE // 50 if number % 2 else -RATE // 200))
    return np.split(joined, cuts)


@pytest.mark.parametrize(("pause_s", "cut"), [(0.4, False), (0.0, False), (0.0, True)])
def test_chunks_written_as_they_come_are_those_of_the_one_pass_to_the_byte(
    speech: list[np.ndarray],
    pause_s: float,
    cut: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At the gain of the whole, each chunk, searched for peaks on its own and limited by those
    within reach, is written as the one pass over the whole writes it, chunks with no pause
    between them included, and chunks cut at a peak (whose search reads the next chunk, and
    whose limiting reaches into it); and so is the whole."""
    for name in ("raw", "one-pass", "ahead"):
        (tmp_path / name).mkdir()
    if cut:
        speech = _cut_at_peaks(speech, 3 * len(speech))
    clips = _clips(speech, pause_s)
    chunks = store_and_measure(clips, tmp_path / "raw")
    level = level_for(chunks, -19.0, -1.0)
    assert level.limited
    write_in_one_pass(chunks, level.processor(RATE), tmp_path / "one-pass" / "whole.wav")
    real_prediction = WrittenAhead._predicted_db
    predicted: list[float | None] = []

    def the_wholes_gain(self: WrittenAhead, so_far: StoredChunks) -> float:
        predicted.append(real_prediction(self, so_far))
        return level.gain_db

    monkeypatch.setattr(WrittenAhead, "_predicted_db", the_wholes_gain)
    ahead = WrittenAhead(tmp_path / "ahead" / "whole.wav", -19.0, -1.0)
    written = ahead.finish(store_and_measure(clips, tmp_path / "raw", ahead))
    assert written is not None
    names = sorted(path.name for path in (tmp_path / "one-pass").iterdir())
    assert names == sorted(path.name for path in (tmp_path / "ahead").iterdir())
    assert len(names) == len(speech) + 1
    # The peaks a chunk's search finds in the margin into the next chunk may be grouped
    # otherwise than the whole's search groups them: the gain they make is the same.
    assert written.lufs == pytest.approx(level.lufs, abs=1e-9)
    for name in names:
        ahead_bytes = (tmp_path / "ahead" / name).read_bytes()
        assert ahead_bytes == (tmp_path / "one-pass" / name).read_bytes(), name
    # The gain the first half-minute asked for is the whole's, near enough.
    [first] = predicted
    assert first is not None
    assert first == pytest.approx(level.gain_db, abs=0.3)


def _check_level(saved: SavedNarration, target: float = -19.0) -> dict[str, Any]:
    """The whole at `target` (pyloudnorm, half a LU), under -1 dBTP (8x oversampled), equal
    to its chunk files in order; its manifest's loudness record."""
    manifest = json.loads(saved.manifest.read_text())
    whole, rate = soundfile.read(saved.narration, dtype="int16")
    chunks = [
        soundfile.read(saved.folder / chunk["file"], dtype="int16")[0]
        for chunk in manifest["chunks"]
    ]
    assert np.array_equal(whole, np.concatenate(chunks))
    samples = whole / 32768.0
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(target, abs=0.5)
    assert 20 * np.log10(np.abs(signal.resample_poly(samples, 8, 1)).max()) <= -1.0
    record: dict[str, Any] = manifest["loudness"]
    return record


def _one_passes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The wholes written by the one pass over the whole, from now on."""
    passes: list[Path] = []

    def counted(chunks: StoredChunks, processor: Any, whole_path: Path) -> None:
        passes.append(whole_path)
        write_in_one_pass(chunks, processor, whole_path)

    monkeypatch.setattr(leveled, "write_in_one_pass", counted)
    return passes


def test_a_save_of_the_seed_is_written_once_as_its_chunks_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes = _one_passes(monkeypatch)
    saved = save(str(SEED), NarrationConfig(cache_dir=tmp_path / "cache"), tmp_path / "out")
    assert passes == []
    record = _check_level(saved)
    assert abs(record["integrated_lufs"] + 19.0) <= normalize.WRITTEN_TOLERANCE_LU
    assert record["limited"]
    assert not list(saved.folder.glob(".*"))


def test_a_whole_out_of_the_tolerance_is_written_again_as_the_one_pass_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forced out of the tolerance, the narration written as its chunks came is written again
    by the one pass: the same files as a save that never wrote ahead."""
    config = NarrationConfig(cache_dir=tmp_path / "cache")
    monkeypatch.setattr(WrittenAhead, "_predicted_db", lambda self, chunks: None)
    plain = save(str(SEED), config, tmp_path / "plain")
    monkeypatch.undo()
    monkeypatch.setattr(normalize, "WRITTEN_TOLERANCE_LU", -1.0)
    passes = _one_passes(monkeypatch)
    again = save(str(SEED), config, tmp_path / "again")
    assert len(passes) == 1
    _check_level(again)
    for chunk_file, plain_file in zip(again.chunk_files, plain.chunk_files, strict=True):
        assert chunk_file.read_bytes() == plain_file.read_bytes()
    assert again.narration.read_bytes() == plain.narration.read_bytes()


class _FadingEngine:
    """A tone as long as the text, 16 kHz, at full level for its first `loud_s` seconds, then
    6 dB down: its first half-minute asks for a gain 6 dB off what the whole needs (a tone's
    gated loudness counts the quieter part)."""

    name = "fading"

    def __init__(self, loud_s: float) -> None:
        self._loud_frames = round(loud_s * 16000)
        self._made = 0

    def speak(self, text: str) -> None:
        raise AssertionError("not used")

    def save(self, text: str, path: Path) -> None:
        frames = round(len(text) * 0.04 * 16000)
        amplitude = 12000 if self._made < self._loud_frames else 6000
        self._made += frames
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16000)
            samples = (int(amplitude * math.sin(i / 5)) for i in range(frames))
            out.writeframes(struct.pack(f"<{frames}h", *samples))


def test_a_narration_whose_level_changes_after_its_first_half_minute_is_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes = _one_passes(monkeypatch)
    config = NarrationConfig(use_cache=False)
    saved = save(str(SEED), config, tmp_path, _FadingEngine(loud_s=PREDICTED_AFTER_S + 10))
    assert saved.duration_s > 3 * PREDICTED_AFTER_S
    assert len(passes) == 1
    record = _check_level(saved)
    assert record["integrated_lufs"] == pytest.approx(-19.0, abs=0.1)

"""WAV at a loudness from each chunk's bins: the loudness and peaks they give agree with the
streaming meter's on real espeak-ng speech, the figures are kept beside the chunk cache's
entries, and the narration is written in one pass."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import wave
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import soundfile
from scipy import signal

from narrator import NarrationConfig, save, save_many
from narrator.audio.leveled import StoredChunks, store_and_measure
from narrator.audio.loudness import LoudnessMeter, StepLevels
from narrator.audio.loudness.bins import (
    ChunkLevels,
    NarrationBins,
    Placed,
    measure_speech,
    narration_levels,
)
from narrator.audio.loudness.levels_files import read_levels, write_levels
from narrator.audio.loudness.limited import limited_lufs
from narrator.audio.loudness.peak_search import PeakSearch
from narrator.audio.timings import ChunkTiming
from narrator.audio.wav import AudioFormat, Clip
from narrator.models import Chunk, ChunkKind

pytestmark = pytest.mark.slow  # real espeak-ng audio, measured

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
RATE = 22050


def seed_paragraphs_spoken(folder: Path, count: int) -> list[np.ndarray]:
    """The seed's first ``count`` paragraphs, each spoken by espeak-ng on its own, as 16-bit
    samples."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()][:count]
    clips = []
    for number, paragraph in enumerate(paragraphs):
        path = folder / f"{number}.wav"
        subprocess.run(["espeak-ng", "-s", "175", "-w", str(path), paragraph], check=True)
        with wave.open(str(path)) as audio:
            assert audio.getframerate() == RATE
            clips.append(np.frombuffer(audio.readframes(audio.getnframes()), dtype="<i2"))
    return clips


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> list[np.ndarray]:
    """A few paragraphs of the seed, each spoken by espeak-ng on its own, as 16-bit samples."""
    return seed_paragraphs_spoken(tmp_path_factory.mktemp("speech"), 6)


class _Joined:
    """The chunks' speech with their pauses, as one stream: measured by bins, read at will."""

    def __init__(self, speech: list[np.ndarray], pause_s: float) -> None:
        self.frame_rate = RATE
        parts, placed, start = [], [], 0
        for samples in speech:
            placed.append(Placed(start, measure_speech(samples, RATE, 32768.0)))
            part = np.concatenate([samples / 32768.0, np.zeros(round(pause_s * RATE))])
            parts.append(part)
            start += len(part)
        self.samples = np.concatenate(parts)
        self.by_bins = narration_levels(RATE, start, placed)

    def levels(self) -> StepLevels:
        return self.by_bins

    def read(self, start: int, end: int) -> np.ndarray:
        return self.samples[start:end]


@pytest.mark.parametrize("pause_s", [0.0, 0.05, 0.4, 1.2])
def test_the_loudness_from_chunk_bins_is_the_streaming_meters(
    speech: list[np.ndarray], pause_s: float
) -> None:
    joined = _Joined(speech, pause_s)
    meter = LoudnessMeter(RATE)
    meter.push(joined.samples)
    assert joined.by_bins.integrated_lufs() == pytest.approx(meter.integrated_lufs, abs=0.05)
    expected = pyloudnorm.Meter(RATE).integrated_loudness(joined.samples)
    assert joined.by_bins.integrated_lufs() == pytest.approx(expected, abs=0.05)


def test_each_steps_peak_is_the_largest_sample_around_it(speech: list[np.ndarray]) -> None:
    joined = _Joined(speech, 0.3)
    levels = joined.by_bins
    for step in range(len(levels.peaks)):
        samples = joined.samples[levels.edge(step) : levels.edge(step + 1)]
        largest = float(np.abs(samples).max()) if len(samples) else 0.0
        # A bin that meets two steps counts in both: never under the step's own largest.
        assert levels.peaks[step] >= largest - 1e-12


@pytest.mark.parametrize("gain_db", [1.5, 3.0, 6.0])
def test_the_loudness_after_limiting_from_bins_is_that_read_back(
    speech: list[np.ndarray], gain_db: float
) -> None:
    """The bins give the limited loudness with no sample read again, as reading back the
    steps the limiter reaches and measuring them gives it."""
    joined = _Joined(speech, 0.4)
    by_steps = dataclasses.replace(joined.by_bins, fine=None)
    gain = 10 ** (gain_db / 20)
    peaks = PeakSearch(joined, by_steps, -1.3).at(gain)
    assert len(peaks)
    from_bins = limited_lufs(joined, joined.by_bins, gain, peaks)
    read_back = limited_lufs(joined, by_steps, gain, peaks)
    assert from_bins == pytest.approx(read_back, abs=0.05)


def test_where_the_limiter_takes_much_the_loudness_is_that_read_back() -> None:
    """Sharp peaks every 45 ms over quiet noise hold most of its energy, and the limiter takes
    it just there: the bins, taking each one's energy as even over its 10 ms, would find 2 LU
    less taken than is; the loudness given is the one read back."""
    rng = np.random.default_rng(7)
    clips = []
    for _ in range(4):
        noise = rng.normal(0, 0.02, RATE * 3)
        noise[::997] = 0.9
        clips.append(np.round(noise * 32767).astype(np.int16))
    joined = _Joined(clips, 0.2)
    by_steps = dataclasses.replace(joined.by_bins, fine=None)
    gain = 10 ** (15 / 20)
    peaks = PeakSearch(joined, by_steps, -1.0).at(gain)
    read_back = limited_lufs(joined, by_steps, gain, peaks)
    assert joined.by_bins.integrated_lufs(joined.by_bins.energies * gain**2) - read_back > 5
    assert limited_lufs(joined, joined.by_bins, gain, peaks) == pytest.approx(read_back, abs=0.05)


@pytest.mark.parametrize("gain_db", [1.5, 3.0])
def test_searching_by_bins_finds_the_peaks_searching_by_steps_finds(
    speech: list[np.ndarray], gain_db: float
) -> None:
    joined = _Joined(speech, 0.4)
    by_steps = dataclasses.replace(joined.by_bins, fine=None)
    gain = 10 ** (gain_db / 20)
    by_bins = PeakSearch(joined, joined.by_bins, -1.3).at(gain)
    expected = PeakSearch(joined, by_steps, -1.3).at(gain)
    assert len(by_bins) > 10
    assert np.array_equal(by_bins.passing(), expected.passing())


def test_a_long_narrations_bins_taken_a_part_at_a_time_give_the_same_levels(
    speech: list[np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long narration's bins are integrated, kept and looked through for peaks a batch of
    chunks at a time, and their limited spans found a group at a time (so that memory stays
    flat): in batches of a chunk or two and groups of 3 spans, the steps, the peaks found and
    the loudness after limiting are those found all at once."""
    from narrator.audio.loudness import bins, limited

    gain = 10 ** (3.0 / 20)

    def found() -> tuple[StepLevels, np.ndarray, float]:
        joined = _Joined(speech, 0.05)
        peaks = PeakSearch(joined, joined.by_bins, -1.3).at(gain)
        return joined.by_bins, peaks.passing(), limited_lufs(joined, joined.by_bins, gain, peaks)

    whole_levels, whole_peaks, whole_lufs = found()
    monkeypatch.setattr(bins, "_BATCH_BINS", 2000)  # one chunk or two
    monkeypatch.setattr(limited, "_SPANS_AT_ONCE", 3)
    parts_levels, parts_peaks, parts_lufs = found()
    assert len(whole_peaks) > 10
    np.testing.assert_allclose(parts_levels.energies, whole_levels.energies, rtol=1e-9)
    assert np.array_equal(parts_levels.peaks, whole_levels.peaks)
    assert np.array_equal(parts_peaks, whole_peaks)
    assert parts_lufs == pytest.approx(whole_lufs, abs=1e-9)


def _peak_bytes_of_levels(chunks: int) -> tuple[int, int]:
    """The bins of `chunks` chunks of 12 s (their levels measured) taken in one chunk at a
    time, as a save takes them, and made into the narration's levels: how many, and the most
    memory this took at once."""
    import tracemalloc

    frames, pause = 12 * RATE, RATE // 2
    count = -(-frames // 220)
    measured = ChunkLevels(
        RATE, frames, np.full(count, 0.01, np.float32), np.full(count, 0.5, np.float32)
    )
    tracemalloc.start()
    try:
        gathered = NarrationBins()
        for number in range(chunks):
            gathered.add(Placed(number * (frames + pause), measured))
        levels = gathered.levels(RATE, chunks * (frames + pause))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert levels.fine is not None
    return len(levels.fine), peak


def test_a_narrations_bins_take_4_bytes_each_however_many() -> None:
    """From one hour of chunks' levels to three (360,000 bins to 1,080,000), the memory taken
    at once grows by under 6 bytes a bin: the bins kept in 4, the steps in 1.6; the batch
    being integrated takes the same however long. Integrating them all at once at the end
    took over 60 bytes a bin, and 450 MB for a 17-hour narration."""
    short_bins, short_peak = _peak_bytes_of_levels(300)
    long_bins, long_peak = _peak_bytes_of_levels(900)
    growth = (long_peak - short_peak) / (long_bins - short_bins)
    assert growth < 6.0, f"{growth:.1f} bytes a bin"


def test_each_bins_place_is_found_from_its_chunks() -> None:
    """The bins keep no place of their own: each one's start and end, and the bins around a
    place, come from its chunk's start and the bin size."""
    placed = [
        Placed(start, ChunkLevels(RATE, frames, np.ones(-(-frames // 220), np.float32),
                                  np.ones(-(-frames // 220), np.float32)))
        for start, frames in [(100, 500), (1000, 440), (5000, 1)]
    ]  # fmt: skip
    fine = narration_levels(RATE, 6000, placed).fine
    assert fine is not None
    every = np.arange(len(fine))
    assert fine.starts(every).tolist() == [100, 320, 540, 1000, 1220, 5000]
    assert fine.ends(every).tolist() == [320, 540, 600, 1220, 1440, 5001]
    places = np.array([0, 100, 319, 320, 600, 999, 1000, 1439, 4999, 5000, 9000])
    assert fine.last_by(places).tolist() == [-1, 0, 0, 1, 2, 2, 3, 4, 4, 5, 5]
    assert fine.first_from(places).tolist() == [0, 0, 1, 1, 3, 3, 3, 5, 5, 5, 6]


def _stored(speech: list[np.ndarray], pause_s: float, raw: Path) -> StoredChunks:
    """The speech as a narration's chunks, each kept in a chunk file and measured."""
    clips, start = [], 0
    for index, samples in enumerate(speech):
        pause = round(pause_s * RATE)
        chunk = Chunk(index, 0, ChunkKind.PARAGRAPH, "text", "text", pause_s)
        timing = ChunkTiming(chunk, f"{index}.wav", RATE, start, len(samples) + pause, len(samples))
        clips.append((timing, Clip(AudioFormat(RATE, 2, 1), samples.astype("<i2").tobytes())))
        start += len(samples) + pause
    return store_and_measure(clips, raw)


@pytest.mark.parametrize("pause_s", [0.0, 0.4])
def test_the_stored_chunks_pieces_are_searched_as_read(
    speech: list[np.ndarray], pause_s: float, tmp_path: Path
) -> None:
    """The peak search copies the stored chunks' pieces as they are stored (`gather`, in
    16-bit units): the peaks are those it finds in the same samples read one piece at a time,
    to the last bit, pieces across a chunk's end (no pause) included."""
    stored = _stored(speech, pause_s, tmp_path)
    joined = _Joined(speech, pause_s)
    gain = 10 ** (3.0 / 20)
    gathered = PeakSearch(stored, stored.levels(), -1.3).at(gain)
    read = PeakSearch(joined, stored.levels(), -1.3).at(gain)
    assert len(gathered) > 10
    assert np.array_equal(gathered.places, read.places)
    assert np.array_equal(gathered.ratios, read.ratios)


def test_levels_kept_in_a_file_are_read_back_only_for_the_same_speech(tmp_path: Path) -> None:
    samples = (np.sin(np.arange(RATE) / 5) * 8000).astype("<i2")
    levels = measure_speech(samples, RATE, 32768.0)
    path = tmp_path / "levels.lvl"
    write_levels(path, levels)
    kept = read_levels(path, RATE, len(samples))
    assert kept is not None
    assert np.array_equal(kept.energies, levels.energies)
    assert np.array_equal(kept.peaks, levels.peaks)
    assert read_levels(path, RATE, len(samples) + 1) is None
    assert read_levels(path, 16000, len(samples)) is None
    path.write_bytes(path.read_bytes()[:-8])
    assert read_levels(path, RATE, len(samples)) is None
    assert read_levels(tmp_path / "missing.lvl", RATE, len(samples)) is None
    assert ChunkLevels.from_bytes(b"", RATE, 0) is None


def _whole_and_chunks(folder: Path) -> tuple[np.ndarray, np.ndarray, int]:
    manifest = json.loads((folder / "manifest.json").read_text())
    whole, rate = soundfile.read(folder / manifest["file"], dtype="int16")
    chunks = [
        soundfile.read(folder / chunk["file"], dtype="int16")[0] for chunk in manifest["chunks"]
    ]
    return whole, np.concatenate(chunks), rate


def _check_level(whole: np.ndarray, rate: int) -> None:
    samples = whole / 32768.0
    assert pyloudnorm.Meter(rate).integrated_loudness(samples) == pytest.approx(-19.0, abs=0.5)
    assert 20 * np.log10(np.abs(signal.resample_poly(samples, 8, 1)).max()) <= -1.0


def test_a_wav_at_a_loudness_is_the_same_made_or_from_the_kept_levels(tmp_path: Path) -> None:
    """The first save measures each chunk and keeps the figures beside its cache entry; the
    second reads them, and writes the same narration."""
    config = NarrationConfig(cache_dir=tmp_path / "cache")
    first = save(str(SEED), config, output_root=tmp_path / "a")
    entries = sorted((tmp_path / "cache").glob("??/*.wav"))
    kept = sorted((tmp_path / "cache").glob("??/*.lvl"))
    assert [p.with_suffix("") for p in kept] == [p.with_suffix("") for p in entries]
    second = save(str(SEED), config, output_root=tmp_path / "b")
    assert second.narration.read_bytes() == first.narration.read_bytes()
    whole, chunks, rate = _whole_and_chunks(second.folder)
    assert np.array_equal(whole, chunks)
    _check_level(whole, rate)
    assert not list(second.folder.glob(".*"))


def test_a_wav_at_a_loudness_without_a_cache(tmp_path: Path) -> None:
    config = NarrationConfig(use_cache=False, jobs=1)
    saved = save(str(SEED), config, output_root=tmp_path)
    whole, chunks, rate = _whole_and_chunks(saved.folder)
    assert np.array_equal(whole, chunks)
    _check_level(whole, rate)
    assert not list(saved.folder.glob(".*"))


def test_a_batchs_workers_measure_the_chunks_they_make(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    articles = []
    for number in range(2):
        path = tmp_path / f"article-{number}.txt"
        title, body = text.split("\n", 1)
        path.write_text(f"{title} (part {number})\n{body[: 1500 + 500 * number]}", "utf-8")
        articles.append(str(path))
    config = NarrationConfig(cache_dir=tmp_path / "cache", jobs=2)
    saved = list(save_many(articles, config, output_root=tmp_path / "out"))
    assert len(saved) == 2
    entries = sorted((tmp_path / "cache").glob("??/*.wav"))
    assert len(list((tmp_path / "cache").glob("??/*.lvl"))) == len(entries)
    for narration in saved:
        whole, chunks, rate = _whole_and_chunks(narration.folder)
        assert np.array_equal(whole, chunks)
        _check_level(whole, rate)

"""The loudness of a long narration once limited is found from its bins in memory that stays
nearly flat: a copy of its steps' energies in single precision, and its limited spans a group
at a time."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from narrator.audio.loudness import limited, meter
from narrator.audio.loudness.bins import ChunkLevels, NarrationBins, Placed
from narrator.audio.loudness.limiter import Peaks
from narrator.audio.loudness.meter import StepLevels

RATE = 22050
CHUNK_S, PAUSE_S = 12, 0.5


class _Unread:
    """Staged audio that the bins' figure never reads (the limiting is light)."""

    def read(self, start: int, end: int) -> np.ndarray:
        raise AssertionError("read back")


def _narration(
    chunks: int, every_s: float = 10.0, over_db: float = 0.5
) -> tuple[StepLevels, Peaks]:
    """Levels of `chunks` chunks of 12 s of even speech (at -23 dBFS, peaks at -1.5 dBFS),
    and a peak every `every_s` over the ceiling by `over_db`."""
    frames, pause = CHUNK_S * RATE, round(PAUSE_S * RATE)
    bins = -(-frames // 220)
    measured = ChunkLevels(
        RATE, frames, np.full(bins, 0.005 * 220, np.float32), np.full(bins, 0.84, np.float32)
    )
    gathered = NarrationBins()
    for number in range(chunks):
        gathered.add(Placed(number * (frames + pause), measured))
    samples = chunks * (frames + pause)
    levels = gathered.levels(RATE, samples)
    places = np.arange(RATE // 3, samples, round(every_s * RATE), dtype=np.int64)
    return levels, Peaks(places, np.full(len(places), 10 ** (over_db / 20)))


def _peak_bytes(chunks: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, float]:
    """How many steps the narration has, and the most memory its limited loudness took."""
    levels, peaks = _narration(chunks)
    monkeypatch.setattr(limited, "release_freed_memory", lambda: None)
    # The gated loudness's blocks and the limited spans a few at a time, so that both lengths
    # take as many of them at once.
    monkeypatch.setattr(meter, "_BLOCKS_AT_ONCE", 1 << 12)
    monkeypatch.setattr(limited, "_SPANS_AT_ONCE", 1 << 8)
    tracemalloc.start()
    try:
        limited.limited_lufs(_Unread(), levels, 1.0, peaks)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return len(levels.energies), peak


def test_a_long_narrations_limited_loudness_takes_4_bytes_a_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From 1 hour to 3 (36,000 steps to 108,000), the memory the limited loudness takes at
    once grows by under 6 bytes a step: its copy of the energies in 4 (in double precision,
    8: 4.9 MB for a 17-hour narration, as its save took the most memory); the groups of
    spans take the same however long."""
    short_steps, short_peak = _peak_bytes(576, monkeypatch)
    long_steps, long_peak = _peak_bytes(1728, monkeypatch)
    growth = (long_peak - short_peak) / (long_steps - short_steps)
    assert growth < 6.0, f"{growth:.1f} bytes a step"
    assert short_peak < 2.0 * 2**20, f"{short_peak / 2**20:.1f} MB"


def test_the_limited_loudness_in_single_precision_is_that_in_double() -> None:
    """The steps' energies scaled and lowered in single precision give the loudness found in
    double to a millionth of a dB."""
    levels, peaks = _narration(60, every_s=0.5, over_db=2.0)
    found = limited.limited_lufs(_Unread(), levels, 1.0, peaks)
    doubled = levels.energies.copy()
    assert levels.fine is not None
    limited._limited_by_bins(  # type: ignore[arg-type]
        levels,
        levels.fine,
        doubled,
        peaks,
        limited.Ramps.at(RATE),
        limited.clusters(peaks, limited.Ramps.at(RATE)),
    )
    assert found == pytest.approx(levels.integrated_lufs(doubled), abs=1e-6)
    assert found < levels.integrated_lufs() - 0.01  # the limiting took something


def test_a_17_hour_narrations_gated_loudness_takes_a_megabyte_at_once() -> None:
    """The 400 ms blocks of 612,000 steps are gated a part at a time: 1 MB of arrays at once
    (3.7 MB in parts of 65,536 blocks, where the 1 MB article's save took the most memory)."""
    steps = 612_000
    energies = np.random.default_rng(1).random(steps) * 2.0
    levels = StepLevels(RATE, steps * RATE // 10, energies, np.ones(steps))
    tracemalloc.start()
    try:
        loudness = levels.integrated_lufs()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert loudness > -70.0
    assert peak < 1.5 * 2**20, f"{peak / 2**20:.1f} MB"

"""A chunk's speech measured by bins (loudness.bins.measure_speech) and the K-weighted energy
of rows of samples (loudness.filters.step_energies): the figures are those of the samples, by
whatever route the arrays take (16-bit or float samples, rows padded or not, a long chunk a
part at a time, silent windows left out of the transform)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from narrator.audio.loudness import bins, k_weighting
from narrator.audio.loudness.bins import measure_speech
from narrator.audio.loudness.filters import fast_length, step_energies
from narrator.audio.loudness.levels_files import read_levels, write_levels

RATE = 22050
WINDOW = 2200
"""Ten bins of 220 frames: the frames transformed together at 22050 Hz."""


def _noise(frames: int, seed: int = 3) -> np.ndarray:
    """Loud noise with a tilt, as 16-bit samples: energy at every frequency the weighting
    changes (the high-pass below 100 Hz, the shelf above 1 kHz)."""
    rng = np.random.default_rng(seed)
    white = rng.normal(0, 6000, frames + 1)
    return np.clip(white[1:] + 0.5 * white[:-1], -32768, 32767).astype(np.int16)


def _k_weighted_energy(samples: np.ndarray) -> float:
    """The energy of `samples` through the K-weighting, filtered in full (the tail included)."""
    return float(np.sum(np.convolve(samples, k_weighting(RATE)) ** 2))


def test_each_bins_peak_is_its_largest_magnitude_the_most_negative_sample_included() -> None:
    samples = _noise(5 * 220 + 37)
    samples[300] = -32768  # no positive 16-bit counterpart
    samples[-5] = 32767  # in the last bin, cut short
    peaks = measure_speech(samples, RATE, 32768.0).peaks
    magnitudes = np.abs(samples.astype(np.float64)) / 32768.0
    expected = [magnitudes[start : start + 220].max() for start in range(0, len(samples), 220)]
    assert peaks.dtype == np.float32
    assert peaks.tolist() == np.array(expected, dtype=np.float32).tolist()
    assert peaks[1] == 1.0
    assert peaks[-1] == np.float32(32767 / 32768)


def test_16_bit_and_float_samples_measure_the_same() -> None:
    samples = _noise(3 * WINDOW + 500)
    as_ints = measure_speech(samples, RATE, 32768.0)
    as_floats = measure_speech(samples / 32768.0, RATE)
    assert np.array_equal(as_ints.peaks, as_floats.peaks)
    np.testing.assert_allclose(as_ints.energies, as_floats.energies, rtol=1e-6)


def test_each_windows_bins_hold_its_k_weighted_energy() -> None:
    """The bins of a window share its energy through the K-weighting, which the noise's
    filtered samples give: within 0.5 % (the filter's tail past the transform wraps round)."""
    samples = _noise(4 * WINDOW)
    energies = measure_speech(samples, RATE).energies.astype(np.float64)
    for window in range(4):
        expected = _k_weighted_energy(samples[window * WINDOW : (window + 1) * WINDOW])
        measured = energies[window * 10 : (window + 1) * 10].sum()
        assert measured == pytest.approx(expected, rel=0.005)
    # The weighting is no plain energy: the noise's highs count 4 dB more.
    plain = float(np.sum(samples[:WINDOW].astype(np.float64) ** 2))
    assert energies[:10].sum() > 1.1 * plain


def test_silent_windows_measure_nothing_and_the_sounding_ones_as_alone() -> None:
    """The silent windows before the first sound and after the last are not transformed:
    their bins are silent, and the others' figures are those of the sound measured alone."""
    sound = _noise(3 * WINDOW + 700)
    silence = np.zeros(5 * WINDOW, dtype=np.int16)
    framed = measure_speech(np.concatenate([silence, sound, silence]), RATE, 32768.0)
    alone = measure_speech(sound, RATE, 32768.0)
    assert not framed.energies[:50].any()
    assert not framed.energies[50 + len(alone.energies) :].any()
    np.testing.assert_allclose(framed.energies[50 : 50 + len(alone.energies)], alone.energies)
    inner_silence = measure_speech(np.concatenate([sound, silence, sound]), RATE, 32768.0)
    assert not inner_silence.energies[40:80].any()
    assert inner_silence.energies[:34].sum() == pytest.approx(alone.energies.sum(), rel=1e-5)


def test_a_long_chunk_measured_a_part_at_a_time_is_measured_as_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    samples = _noise(11 * WINDOW + 123)
    at_once = measure_speech(samples, RATE, 32768.0)
    monkeypatch.setattr(bins, "_WINDOWS_AT_ONCE", 3)
    in_parts = measure_speech(samples, RATE, 32768.0)
    assert np.array_equal(in_parts.peaks, at_once.peaks)
    assert np.array_equal(in_parts.energies, at_once.energies)
    assert len(at_once.energies) == -(-len(samples) // 220)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_step_energies_are_the_k_weighted_energies_of_rows_of_any_length(dtype: type) -> None:
    """Rows of 2205 samples (100 ms) are padded to 2304, rows already of a fast length are
    transformed as they are, single precision is taken in double: each row's energy is that
    of its filtered samples."""
    samples = (_noise(4 * 2304) / 32768.0).astype(dtype)
    for length in (2205, 2304, 1000):
        rows = samples[: 4 * length].reshape(4, length)
        measured = step_energies(rows, RATE)
        expected = [_k_weighted_energy(row.astype(np.float64)) for row in rows]
        np.testing.assert_allclose(measured, expected, rtol=0.005)
    assert fast_length(2205) == 2304
    assert step_energies(np.zeros((3, 0)), RATE).tolist() == [0.0, 0.0, 0.0]


def test_levels_written_where_others_were_replace_them(tmp_path: Path) -> None:
    """A new levels file is written in place; one already there (left by an evicted entry of
    the same name) is replaced whole; a folder that cannot be written is no error."""
    path = tmp_path / "entry.lvl"
    old, new = (measure_speech(_noise(3000, seed), RATE, 32768.0) for seed in (1, 2))
    write_levels(path, old)
    write_levels(path, new)
    kept = read_levels(path, RATE, 3000)
    assert kept is not None
    assert np.array_equal(kept.energies, new.energies)
    assert np.array_equal(kept.peaks, new.peaks)
    assert list(tmp_path.iterdir()) == [path]
    write_levels(tmp_path / "missing" / "entry.lvl", new)
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("frames", [0, 1, 219, 221])
def test_speech_shorter_than_a_window_is_measured(frames: int) -> None:
    samples = _noise(frames)
    levels = measure_speech(samples, RATE, 32768.0)
    assert len(levels.energies) == len(levels.peaks) == -(-frames // 220)
    if frames:
        expected = _k_weighted_energy(samples / 32768.0)
        assert levels.energies.sum() == pytest.approx(expected, rel=0.05)
        assert levels.peaks.max() == np.abs(samples.astype(np.float64)).max() / 32768.0

"""The streaming loudness meter and limiter, checked against pyloudnorm and whole-signal figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyloudnorm
import pytest
import soundfile
from scipy import signal

from narrator.audio.loudness import (
    Gain,
    Level,
    Limiter,
    LoudnessMeter,
    Lowering,
    Peaks,
    Ramps,
    SparseTruePeak,
    StepLevels,
    TruePeakEnvelope,
    gain_curve,
    level_for,
    peaks_over,
    processed,
)

pytestmark = pytest.mark.slow  # real espeak-ng audio, measured


def _speechlike(rate: int, seconds: float, seed: int = 1) -> np.ndarray:
    """Noise bursts of varying level with gaps, like phrases and pauses."""
    rng = np.random.default_rng(seed)
    samples = rng.normal(0, 0.1, round(rate * seconds))
    envelope = np.repeat(rng.choice([0.0, 0.3, 1.0, 2.5], size=int(seconds * 4) + 1), rate // 4)
    return np.clip(samples * envelope[: len(samples)], -1, 1)


def _pushed_in_pieces(meter: LoudnessMeter, samples: np.ndarray, seed: int = 2) -> None:
    rng = np.random.default_rng(seed)
    start = 0
    while start < len(samples):
        size = int(rng.integers(1, 30000))
        meter.push(samples[start : start + size])
        start += size


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_streamed_loudness_agrees_with_pyloudnorm(rate: int) -> None:
    samples = _speechlike(rate, 37.3)
    meter = LoudnessMeter(rate)
    _pushed_in_pieces(meter, samples)
    expected = pyloudnorm.Meter(rate).integrated_loudness(samples)
    assert meter.integrated_lufs == pytest.approx(expected, abs=0.01)


def test_streamed_loudness_of_real_speech_agrees_with_pyloudnorm(tmp_path: Path) -> None:
    from narrator import NarrationConfig, save

    seed = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
    saved = save(str(seed), NarrationConfig(loudness_lufs=None), tmp_path)
    samples, rate = soundfile.read(saved.narration, dtype="float64")
    meter = LoudnessMeter(rate)
    for chunk in saved.chunk_files:
        meter.push(soundfile.read(chunk, dtype="float64")[0])
    assert meter.integrated_lufs == pytest.approx(
        pyloudnorm.Meter(rate).integrated_loudness(samples), abs=0.01
    )


def test_true_peak_sees_the_peak_between_samples_across_pieces() -> None:
    rate = 22050
    # A tone at a quarter of the rate, phased so every sample misses the crest by 45 degrees.
    samples = 0.5 * np.sin(2 * np.pi * (rate / 4) * np.arange(rate) / rate + np.pi / 4)
    envelope = TruePeakEnvelope()
    sizes = np.random.default_rng(2).integers(1, 30000, size=len(samples))
    cuts = np.cumsum(sizes)[np.cumsum(sizes) < len(samples)]
    peak = max(float(envelope.push(piece).max()) for piece in np.split(samples, cuts))
    true_peak = 20 * np.log10(peak)
    sample_peak = 20 * np.log10(np.abs(samples).max())
    oversampled = 20 * np.log10(np.abs(signal.resample_poly(samples, 4, 1)).max())
    assert sample_peak == pytest.approx(20 * np.log10(0.5 * np.sqrt(0.5)), abs=0.01)
    assert true_peak == pytest.approx(oversampled, abs=0.3)
    assert true_peak > sample_peak + 2.5


def test_silence_measures_minus_infinity() -> None:
    meter = LoudnessMeter(16000)
    meter.push(np.zeros(16000 * 3))
    assert meter.integrated_lufs == -np.inf


class _InMemory:
    """Samples as a staged narration: measured as staged, read back at will."""

    def __init__(self, rate: int, samples: np.ndarray) -> None:
        self.frame_rate = rate
        self._samples = samples
        self.meter = LoudnessMeter(rate)
        _pushed_in_pieces(self.meter, samples)

    def levels(self) -> StepLevels:
        return self.meter.levels()

    def blocks(self) -> Iterator[np.ndarray]:
        for start in range(0, len(self._samples), 7919):
            yield self._samples[start : start + 7919]

    def read(self, start: int, end: int) -> np.ndarray:
        return self._samples[start:end]


def _limited(audio: _InMemory, gain_db: float, ceiling_dbtp: float, *lowerings: Lowering) -> Any:
    """The audio at `gain_db`, its peaks over the ceiling turned down, and the processor."""
    levels = audio.meter.levels()
    peaks = peaks_over(audio, levels, 10 ** (gain_db / 20), ceiling_dbtp, lowerings)
    processor = Level(gain_db, peaks, 0.0).processor(audio.frame_rate)
    return np.concatenate(list(processed(audio.blocks(), processor))), processor


def _true_peak_dbtp(samples: np.ndarray) -> float:
    return float(20 * np.log10(np.abs(signal.resample_poly(samples, 4, 1)).max()))


def test_limiter_keeps_true_peak_under_its_ceiling_and_every_sample_in_place() -> None:
    rate = 22050
    samples = _speechlike(rate, 20.0)
    out, limiter = _limited(_InMemory(rate, samples), 12.0, -1.3)
    assert isinstance(limiter, Limiter)
    assert len(out) == len(samples)
    assert _true_peak_dbtp(out) <= -1.0
    # Quiet passages only get the gain: the output is the input, scaled, at the same index.
    quiet = np.abs(samples) * 4.0 < 0.05
    window = np.convolve(quiet, np.ones(4001), "same") == 4001
    assert window.sum() > rate
    assert np.allclose(out[window], 4.0 * samples[window])


def test_a_lowering_limits_lower_in_its_place_only() -> None:
    rate = 22050
    audio = _InMemory(rate, _speechlike(rate, 20.0))
    lowering = Lowering(8 * rate, 12 * rate, by_db=3.0)
    plain, _ = _limited(audio, 12.0, -1.3)
    lowered, _ = _limited(audio, 12.0, -1.3, lowering)
    inside = slice(lowering.start, lowering.end)
    assert _true_peak_dbtp(plain[inside]) > -2.0
    assert _true_peak_dbtp(lowered[inside]) <= -4.0
    # Outside, past the limiter's 50 ms of ramps and hold (and the 64 samples that peaks are
    # grouped by), nothing changed.
    margin = round(0.05 * rate) + 64
    before, after = slice(0, lowering.start - margin), slice(lowering.end + margin, None)
    assert np.allclose(plain[before], lowered[before], rtol=1e-9, atol=1e-12)
    assert np.allclose(plain[after], lowered[after], rtol=1e-9, atol=1e-12)


def test_overlapping_lowerings_add_up() -> None:
    rate = 22050
    audio = _InMemory(rate, _speechlike(rate, 10.0))
    twice = [Lowering(2 * rate, 6 * rate, 1.5), Lowering(2 * rate, 6 * rate, 1.5)]
    once = Lowering(2 * rate, 6 * rate, 3.0)
    assert np.allclose(
        _limited(audio, 12.0, -1.3, *twice)[0],
        _limited(audio, 12.0, -1.3, once)[0],
        rtol=1e-9,
        atol=1e-12,
    )


def test_a_plain_gain_when_no_true_peak_can_pass_the_ceiling() -> None:
    rate = 16000
    audio = _InMemory(rate, 0.01 * np.sin(np.arange(rate * 5) / 3))
    level = level_for(audio, -23.0, -1.0)
    processor = level.processor(rate)
    assert isinstance(processor, Gain)
    out = np.concatenate(list(processed(audio.blocks(), processor)))
    assert pyloudnorm.Meter(rate).integrated_loudness(out) == pytest.approx(-23.0, abs=0.01)
    assert level.lufs == pytest.approx(-23.0, abs=0.01)


def test_the_limiter_changes_only_the_stretches_around_its_peaks() -> None:
    rate = 22050
    samples = 0.05 * np.sin(np.arange(rate * 10) / 3)
    samples[5 * rate : 5 * rate + 50] = 0.9
    out, limiter = _limited(_InMemory(rate, samples), 0.0, -1.3)
    assert isinstance(limiter, Limiter)
    assert limiter.limited
    assert _true_peak_dbtp(out) <= -1.0
    changed = np.flatnonzero(~np.isclose(out, samples, rtol=1e-12, atol=1e-15))
    assert changed.min() > 5 * rate - round(0.02 * rate)
    assert changed.max() < 5 * rate + round(0.1 * rate)


@pytest.mark.parametrize("aim", [-16.0, -12.0])
def test_the_loudness_found_before_encoding_is_that_of_the_limited_audio(aim: float) -> None:
    """Only the steps the limiter reaches are measured again: the figure is still the whole's."""
    rate = 22050
    audio = _InMemory(rate, _speechlike(rate, 30.0))
    level = level_for(audio, aim, -1.3)
    assert level.limited
    out = np.concatenate(list(processed(audio.blocks(), level.processor(rate))))
    measured = pyloudnorm.Meter(rate).integrated_loudness(out)
    assert level.lufs == pytest.approx(measured, abs=0.01)
    assert measured == pytest.approx(aim, abs=0.1)
    assert _true_peak_dbtp(out) <= -1.0


@pytest.mark.parametrize("span", [(0, 5000), (44_000, 47_000), (10_000, 90_000)])
def test_the_gain_curve_of_a_span_is_that_span_of_the_whole_curve(span: tuple[int, int]) -> None:
    rng = np.random.default_rng(4)
    places = np.sort(rng.choice(100_000, 40, replace=False))
    peaks = Peaks(places, 1 / rng.uniform(0.3, 0.99, 40))
    ramps = Ramps.at(22050)
    whole = gain_curve(0, 100_000, peaks, ramps)
    assert whole.min() < 0.4
    assert np.allclose(gain_curve(*span, peaks, ramps), whole[span[0] : span[1]], rtol=1e-12)


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_the_gain_curves_are_the_moving_average_of_the_lowest_need_held(seed: int) -> None:
    """Each peak's need (1 over its ratio times the gain) is held from `attack` before it to
    `hold` after it, the lowest held wins, and the curve is its moving average over 2 ramps."""
    from narrator.audio.loudness.limiter import clusters, gain_curves

    rng = np.random.default_rng(seed)
    length, ramps = 60_000, Ramps.at(22050)
    places = np.unique(rng.integers(2_000, length - 2_000, 60))
    peaks = Peaks(places, rng.uniform(0.8, 2.5, len(places)), gain=1.1)
    lowest = np.ones(length)
    for place, need in zip(*peaks.between(0, length), strict=True):
        held = lowest[place - ramps.attack : place + ramps.hold + 1]
        np.minimum(held, need, out=held)
    width = 2 * ramps.ramp + 1
    padded = np.pad(lowest, ramps.ramp, constant_values=1.0)
    expected = np.convolve(padded, np.ones(width) / width, mode="valid")
    starts, ends = clusters(peaks, ramps)
    assert len(starts) > 1 and expected.min() < 0.5
    curves = gain_curves(starts, ends, peaks, ramps)
    spans = [expected[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    assert np.allclose(curves, np.concatenate(spans), rtol=0, atol=1e-12)
    outside = np.ones(length, dtype=bool)
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        outside[a:b] = False
    assert np.allclose(expected[outside], 1.0, rtol=0, atol=1e-12)


def test_the_gain_curves_do_not_import_numpy_ma() -> None:
    """np.unique's first call imports numpy.ma, 10 ms of CPU that a single save would spend
    after its last chunk: the curves find their steps without it."""
    import subprocess
    import sys

    code = (
        "import sys, numpy as np\n"
        "from narrator.audio.loudness.limiter import Peaks, Ramps, clusters, gain_curves\n"
        "peaks = Peaks(np.array([1000, 1050, 9000]), np.array([1.5, 1.2, 2.0]))\n"
        "ramps = Ramps.at(22050)\n"
        "assert gain_curves(*clusters(peaks, ramps), peaks, ramps).min() < 0.6\n"
        "assert 'numpy.ma' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("fine", [False, True])
def test_sparse_true_peak_finds_every_sample_over_the_threshold(fine: bool) -> None:
    rate = 22050
    samples = _speechlike(rate, 10.0)
    threshold = 0.5
    whole = TruePeakEnvelope(fine).push(samples)
    sparse = SparseTruePeak(fine)
    pieces = [sparse.push(samples[i : i + 7919], threshold) for i in range(0, len(samples), 7919)]
    found = np.concatenate(pieces)
    assert (whole > threshold).sum() > 100
    assert np.array_equal(found > threshold, whole > threshold)
    over = whole > threshold
    assert np.allclose(found[over], whole[over], rtol=1e-12)


@pytest.mark.parametrize("fine", [False, True])
def test_sparse_true_peak_over_is_pushs_envelope_shifted_back(fine: bool) -> None:
    samples = _speechlike(22050, 3.0)
    threshold = 0.5
    pushed = SparseTruePeak(fine)
    lagged = np.concatenate(
        [pushed.push(samples, threshold), pushed.push(np.zeros(pushed.delay), threshold)]
    )
    envelope = lagged[pushed.delay :]
    places, peaks = SparseTruePeak(fine).over(samples, threshold)
    assert len(places) > 10
    assert np.array_equal(places, np.flatnonzero(envelope > threshold))
    assert np.array_equal(peaks, envelope[places])


@pytest.mark.parametrize("taps", [5, 24, 65, 3000])
def test_streaming_fir_equals_filtering_the_whole(taps: int) -> None:
    from narrator.audio.loudness import StreamingFir

    rng = np.random.default_rng(taps)
    samples, kernel = rng.normal(size=50_000), rng.normal(size=taps)
    fir = StreamingFir(kernel)
    pieces, start = [], 0
    for size in [1, 0, 7, 40_000, 2, 9_990]:
        pieces.append(fir.push(samples[start : start + size]))
        start += size
    assert np.allclose(np.concatenate(pieces), np.convolve(samples, kernel)[: len(samples)])


def test_k_weighting_matches_pyloudnorms_filters() -> None:
    from narrator.audio.loudness import k_weighting

    rate = 22050
    impulse = np.zeros(round(0.25 * rate))
    impulse[0] = 1.0
    meter = pyloudnorm.Meter(rate)
    for stage in meter._filters.values():
        impulse = stage.apply_filter(impulse)
    assert np.allclose(k_weighting(rate), impulse, atol=1e-12)


def test_overshoots_close_together_become_one_lowering() -> None:
    from narrator.audio.loudness.lossy import lowerings_at

    places = np.array([100, 120, 190, 5000])
    ratios = np.array([1.01, 1.12, 1.05, 1.2])
    first, second = lowerings_at(places, ratios, rate=1000)
    assert (first.start, first.end) == (50, 240)
    assert first.by_db == pytest.approx(20 * np.log10(1.12) + 0.3)
    assert (second.start, second.end) == (4950, 5050)
    assert lowerings_at(np.array([], dtype=np.int64), np.array([]), rate=1000) == []


@pytest.mark.parametrize("frequency", [0.31, 0.42, 0.45])
def test_the_fine_envelope_finds_the_peak_between_samples(frequency: float) -> None:
    """8x oversampling reads a high tone's peak as 16x does, where 4x can read 0.2 dB under:
    the checks of decoded MP3 and Ogg rely on it."""
    rng = np.random.default_rng(3)
    n = np.arange(22050)
    samples = 0.5 * np.sin(np.pi * frequency * n + 0.3) + rng.normal(0, 0.01, len(n))
    samples *= np.minimum(1.0, np.minimum(n, n[::-1]) / 2000)  # no edge for filters to ring at
    fine = TruePeakEnvelope(fine=True).push(samples).max()
    reference = np.abs(signal.resample_poly(samples, 16, 1)).max()
    # Never more than 0.03 dB under; a little over is the filter's passband ripple.
    assert -0.03 <= 20 * np.log10(fine / reference) <= 0.05

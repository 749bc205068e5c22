"""Loudness, measured and set while streaming: a narration is never held in memory as a whole.

`LoudnessMeter` measures integrated loudness (ITU-R BS.1770-4: K-weighting, 400 ms blocks with
75 % overlap, absolute and relative gates) and true peak (4x oversampling) over audio pushed in
pieces; the filters keep their state from one piece to the next, so the figures are those of the
whole. `Limiter` applies a gain and holds the true peak under a ceiling with a short look-ahead.

Only numpy is used: importing scipy.signal alone takes 100 MB of memory, most of the budget for
narrating a 2-hour article. The K-weighting biquads become their impulse response (cut where it
has decayed below 1e-20), applied by FFT overlap-save, which agrees with pyloudnorm to 0.01 LU.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

_BLOCK_S = 0.4
_STEP_S = 0.1
_ABSOLUTE_GATE_LUFS = -70.0
_OVERSAMPLING = 4
_OVERSAMPLING_TAPS = 96
"""Twice BS.1770-4's 48: its filter droops near the top of the band and misses peaks there."""
_FINE_OVERSAMPLING = 8
_FINE_TAPS = 193
_SILENT = -math.inf
_K_RESPONSE_S = 0.25
"""Length of the K-weighting impulse response kept: its 38 Hz high-pass has decayed by e^-60."""
_DIRECT_TAPS = 64


class StreamingFir:
    """An FIR filter over a signal pushed piece by piece (overlap-save), as if over the whole."""

    def __init__(self, taps: Samples) -> None:
        import numpy as np

        self._taps = taps
        self._history = np.zeros(len(taps) - 1)
        # One FFT size for every piece, eight times the taps, so most of each transform is
        # new signal; the taps' spectrum is computed once.
        self._size = 1 << max(12, (8 * len(taps)).bit_length())
        self._piece = self._size - len(taps) + 1
        self._spectrum = np.fft.rfft(taps, self._size) if len(taps) > _DIRECT_TAPS else None

    def push(self, samples: Samples) -> Samples:
        """The filtered `samples`, continuing from the pieces pushed before."""
        import numpy as np

        if self._spectrum is not None and len(samples) > self._piece:
            pieces = range(0, len(samples), self._piece)
            return np.concatenate([self.push(samples[i : i + self._piece]) for i in pieces])
        if not len(samples):
            return np.zeros(0)
        extended = np.concatenate([self._history, samples])
        self._history = extended[len(extended) - len(self._history) :]
        if self._spectrum is None:
            direct: Samples = np.convolve(extended, self._taps, mode="valid")
            return direct
        full = np.fft.irfft(np.fft.rfft(extended, self._size) * self._spectrum, self._size)
        valid: Samples = full[len(self._taps) - 1 : len(extended)]
        return valid


def k_weighting(rate: int) -> Samples:
    """The impulse response of BS.1770-4's K-weighting at `rate`: pyloudnorm's two biquads (a
    +4 dB high shelf at 1500 Hz, a high-pass at 38 Hz), with its coefficient formulas."""
    import numpy as np

    length = max(1, round(_K_RESPONSE_S * rate))
    impulse = np.zeros(length)
    impulse[0] = 1.0
    for b, a in (_high_shelf(rate), _high_pass(rate)):
        impulse = _biquad(b, a, impulse)
    return impulse


def _high_shelf(rate: int) -> tuple[list[float], list[float]]:
    gain, w0 = 10 ** (4.0 / 40), 2 * math.pi * 1500.0 / rate
    alpha, cos = math.sin(w0) / (2 / math.sqrt(2)), math.cos(w0)
    root = 2 * math.sqrt(gain) * alpha
    b = [
        gain * ((gain + 1) + (gain - 1) * cos + root),
        -2 * gain * ((gain - 1) + (gain + 1) * cos),
        gain * ((gain + 1) + (gain - 1) * cos - root),
    ]
    a = [(gain + 1) - (gain - 1) * cos + root, 2 * ((gain - 1) - (gain + 1) * cos)]
    a.append((gain + 1) - (gain - 1) * cos - root)
    return b, a


def _high_pass(rate: int) -> tuple[list[float], list[float]]:
    w0 = 2 * math.pi * 38.0 / rate
    alpha, cos = math.sin(w0) / (2 * 0.5), math.cos(w0)
    b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
    return b, [1 + alpha, -2 * cos, 1 - alpha]


def _biquad(b: list[float], a: list[float], samples: Samples) -> Samples:
    """Direct form I, sample by sample: only ever run on the short impulse above."""
    import numpy as np

    b0, b1, b2 = (coefficient / a[0] for coefficient in b)
    a1, a2 = a[1] / a[0], a[2] / a[0]
    out = np.zeros(len(samples))
    x1 = x2 = y1 = y2 = 0.0
    for index, x in enumerate(samples.tolist()):
        y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        out[index] = y
        x1, x2, y1, y2 = x, x1, y, y1
    return out


def _lowpass_taps(count: int, cutoff: float) -> Samples:
    """A Hamming-windowed sinc low-pass with unit gain at 0 Hz (`cutoff` relative to Nyquist),
    as scipy.signal.firwin makes it."""
    import numpy as np

    middle = (count - 1) / 2
    taps = cutoff * np.sinc(cutoff * (np.arange(count) - middle)) * np.hamming(count)
    normalized: Samples = taps / taps.sum()
    return normalized


def sliding_min(values: Samples, width: int) -> Samples:
    """`out[k] = values[k : k + width].min()` for every full window, in O(n) (van Herk and
    Gil-Werman: the suffix minimum of one block meets the prefix minimum of the next)."""
    import numpy as np

    count = len(values)
    padded = np.concatenate([values, np.full((-count) % width, np.inf)]).reshape(-1, width)
    prefix = np.minimum.accumulate(padded, axis=1).ravel()
    suffix = np.minimum.accumulate(padded[:, ::-1], axis=1)[:, ::-1].ravel()
    lowest: Samples = np.minimum(suffix[: count - width + 1], prefix[width - 1 : count])
    return lowest


_k_responses: dict[int, Samples] = {}


def _k_weighting_cached(rate: int) -> Samples:
    if rate not in _k_responses:
        _k_responses[rate] = k_weighting(rate)
    return _k_responses[rate]


class TruePeakEnvelope:
    """Per sample, the largest magnitude of the oversampled signal around it (BS.1770-4 annex
    2: 4x, here with a 96-tap polyphase FIR), the filter's state carrying across pieces.

    `fine=True` oversamples 8x with 193 taps instead: within 0.02 dB of the peak between the
    samples, where 4x can read 0.2 dB under it. It checks audio once made; the limiter, which
    runs on every trial, keeps 4x and a margin.
    """

    def __init__(self, fine: bool = False) -> None:
        factor, count = (
            (_FINE_OVERSAMPLING, _FINE_TAPS) if fine else (_OVERSAMPLING, _OVERSAMPLING_TAPS)
        )
        taps = _lowpass_taps(count, 1 / factor) * factor
        self._phases = [StreamingFir(taps[phase::factor]) for phase in range(factor)]
        self.delay = (count - 1) // (2 * factor) + 2
        """Samples by which the envelope lags the signal (the FIR's group delay, rounded up)."""

    def push(self, samples: Samples) -> Samples:
        """The envelope of `samples`, continuing from the pieces pushed before."""
        import numpy as np

        envelope = np.abs(samples)
        for phase in self._phases:
            np.maximum(envelope, np.abs(phase.push(samples)), out=envelope)
        return envelope


class LoudnessMeter:
    """Integrated loudness (LUFS) and true peak (dBTP) of mono audio pushed piece by piece."""

    def __init__(self, rate: int, true_peak: bool = True) -> None:
        self.rate = rate
        self._weighting = StreamingFir(_k_weighting_cached(rate))
        self._envelope = TruePeakEnvelope() if true_peak else None
        self._step_sums: list[float] = []
        self._partial_sum = 0.0
        self._samples = 0
        self._peak = 0.0
        self._sample_peak = 0.0

    def push(self, samples: Samples) -> None:
        """Measure `samples` as the continuation of what was pushed before."""
        weighted = self._weighting.push(samples)
        self._add_energy(weighted * weighted)
        if len(samples):
            self._sample_peak = max(self._sample_peak, float(abs(samples).max()))
        if len(samples) and self._envelope is not None:
            self._peak = max(self._peak, float(self._envelope.push(samples).max()))

    def _add_energy(self, squares: Samples) -> None:
        """Sum the squares into 100 ms steps; a 400 ms block is four consecutive steps."""
        start = self._samples
        self._samples += len(squares)
        edge = self._step_edge(len(self._step_sums) + 1)
        while edge <= self._samples:
            self._step_sums.append(self._partial_sum + float(squares[: edge - start].sum()))
            squares, start = squares[edge - start :], edge
            self._partial_sum = 0.0
            edge = self._step_edge(len(self._step_sums) + 1)
        self._partial_sum += float(squares.sum())

    def _step_edge(self, step: int) -> int:
        return int(_STEP_S * step * self.rate)

    @property
    def true_peak_dbtp(self) -> float:
        """The highest true peak so far, in dB relative to full scale (-inf for silence, and
        when the meter was made with `true_peak=False`)."""
        return 20 * math.log10(self._peak) if self._peak > 0 else _SILENT

    @property
    def sample_peak_dbtp(self) -> float:
        """The largest sample so far, in dB relative to full scale: never above the true peak."""
        return 20 * math.log10(self._sample_peak) if self._sample_peak > 0 else _SILENT

    @property
    def integrated_lufs(self) -> float:
        """The gated integrated loudness so far (-inf for silence or under 400 ms of audio)."""
        energies = self._block_energies()
        loudness = [_lufs(energy) for energy in energies]
        above_absolute = [e for e, lufs in zip(energies, loudness, strict=True) if lufs >= -70]
        if not above_absolute:
            return _SILENT
        relative_gate = _lufs(sum(above_absolute) / len(above_absolute)) - 10.0
        gated = [
            e
            for e, lufs in zip(energies, loudness, strict=True)
            if lufs > relative_gate and lufs > _ABSOLUTE_GATE_LUFS
        ]
        return _lufs(sum(gated) / len(gated)) if gated else _SILENT

    def _block_energies(self) -> list[float]:
        """Mean square of each 400 ms block, counted as pyloudnorm counts them."""
        steps = [*self._step_sums, self._partial_sum]
        seconds = self._samples / self.rate
        if seconds < _BLOCK_S:
            return []
        blocks = round((seconds - _BLOCK_S) / _STEP_S) + 1
        per_block = round(_BLOCK_S / _STEP_S)
        return [sum(steps[j : j + per_block]) / (_BLOCK_S * self.rate) for j in range(blocks)]


def _lufs(mean_square: float) -> float:
    return -0.691 + 10 * math.log10(mean_square) if mean_square > 0 else _SILENT


@dataclass(frozen=True)
class Lowering:
    """Samples `start` to `end` of the stream limited `by_db` under the ceiling: where a lossy
    encoder was found to overshoot. Lowerings that overlap add up."""

    start: int
    end: int
    by_db: float


class Limiter:
    """Multiply by `gain`, then turn down the few peaks that would pass `ceiling_dbtp`.

    Look-ahead peak limiting: the gain each sample needs is spread, by a minimum over a window
    and a moving average, into ramps of about 10 ms that reach it before the peak and hold for
    40 ms after, so nothing clicks. The output lags the input by `latency` samples; `flush` gives
    the rest at the end. Output sample n always belongs to input sample n. `lowerings` put
    the ceiling lower in places.
    """

    def __init__(
        self, rate: int, gain: float, ceiling_dbtp: float, lowerings: Sequence[Lowering] = ()
    ) -> None:
        import numpy as np

        self.gain = gain
        self._ceiling_dbtp = ceiling_dbtp
        self._position = 0
        self._edges, self._lowered_db = _steps(lowerings)
        self._envelope = TruePeakEnvelope()
        self._ramp = max(1, round(0.005 * rate))
        self._before = self._ramp + max(1, round(0.04 * rate))
        self._after = self._ramp + self._envelope.delay
        if (self._before + self._after) % 2:
            self._after += 1
        self.latency = self._ramp + self._after
        self._history = self._ramp + self._before
        self._needed = np.ones(self._history)
        self._pending = np.zeros(0)

    def push(self, samples: Samples) -> Samples:
        """The limited output that is ready once `samples` are in (it lags by `latency`)."""
        import numpy as np

        envelope = self._envelope.push(samples) * self.gain
        needed = np.minimum(1.0, self._ceilings(len(samples)) / np.maximum(envelope, 1e-12))
        self._needed = np.concatenate([self._needed, needed])
        self._pending = np.concatenate([self._pending, samples])
        return self._emit(len(self._pending) - self.latency)

    def _ceilings(self, count: int) -> float | Samples:
        """The linear ceiling for the next `count` samples of the envelope: one number when
        nothing is lowered."""
        # The envelope lags the signal: its sample n is the signal's n - delay.
        start = self._position - self._envelope.delay
        self._position += count
        if not len(self._edges):
            return float(10 ** (self._ceiling_dbtp / 20))
        import numpy as np

        steps = np.searchsorted(self._edges, np.arange(start, start + count), side="right")
        ceilings: Samples = 10 ** ((self._ceiling_dbtp - self._lowered_db[steps]) / 20)
        return ceilings

    def flush(self) -> Samples:
        """The output still held back for look-ahead, at the end of the stream."""
        import numpy as np

        self._needed = np.concatenate([self._needed, np.ones(self.latency)])
        return self._emit(len(self._pending))

    def _emit(self, count: int) -> Samples:
        import numpy as np

        if count <= 0:
            return np.zeros(0)
        window = self._before + self._after + 1
        lowest = sliding_min(self._needed, window)[: count + 2 * self._ramp]
        sums = np.concatenate([[0.0], np.cumsum(lowest)])
        width = 2 * self._ramp + 1
        smooth = (sums[width : width + count] - sums[:count]) / width
        out: Samples = self._pending[:count] * self.gain * smooth
        self._pending = self._pending[count:]
        self._needed = self._needed[count:]
        return out


def _steps(lowerings: Sequence[Lowering]) -> tuple[NDArray[np.int64], Samples]:
    """The lowerings as a step function: its edges, and the lowering before the first edge,
    between each two, and after the last (overlapping lowerings add up)."""
    import numpy as np

    edges = np.array([edge for x in lowerings for edge in (x.start, x.end)], dtype=np.int64)
    changes = np.array([change for x in lowerings for change in (x.by_db, -x.by_db)])
    order = np.argsort(edges, kind="stable")
    lowered: Samples = np.concatenate([[0.0], np.cumsum(changes[order])])
    return edges[order], lowered


class Gain:
    """One gain for every sample: the processor when no peak needs limiting."""

    def __init__(self, gain: float) -> None:
        self.gain = gain

    def push(self, samples: Samples) -> Samples:
        """`samples` times the gain."""
        scaled: Samples = samples * self.gain
        return scaled

    def flush(self) -> Samples:
        """Nothing: a plain gain holds nothing back."""
        import numpy as np

        return np.zeros(0)


Processor = Union[Gain, Limiter]  # noqa: UP007 - evaluated at run time, where numpy types are not
_GAIN_TRIALS = 5
_TOLERANCE_LU = 0.1
_FIRST_SLOPE = 0.5
"""LU per dB of gain for the first step: limited speech gains 0.35 to 0.5 (1 unlimited)."""
_MAX_LIMITING_DB = 12.0
"""The most a limiter's gain goes over the plain gain, in dB (see `normalizer`)."""
_MIN_SLOPE = 0.05
"""Under a low ceiling, a dB more gain can add as little as 0.07 LU: the limiter takes the rest."""


def normalizer(
    measured: LoudnessMeter,
    target_lufs: float,
    ceiling_dbtp: float,
    measure: Callable[[Processor], float],
    true_peak: Callable[[], float] | None = None,
    first_gain_db: float | None = None,
    lowerings: Sequence[Lowering] = (),
) -> Processor:
    """The processor that brings audio `measured` as it is to `target_lufs` with true peaks
    under `ceiling_dbtp`: a plain gain when that gain keeps the peaks under, else a limiter.

    Limiting lowers the loudness a little, so `measure` (the loudness of the whole audio
    through a trial processor) is called to correct the gain, by secant steps, at most 5 times.
    `true_peak` measures the audio's true peak when `measured` did not; it is called only when
    the sample peak leaves the answer open. `first_gain_db` is the first limiter's gain to
    try, when an earlier run found one near; `lowerings` go to the limiter.

    The gain stays within 12 dB of the plain gain: past that, the limiter takes nearly all of
    it and the loudness barely moves, so a target out of reach is missed rather than chased
    into noise.
    """
    if measured.integrated_lufs == _SILENT:
        return Gain(1.0)
    plain_db = gain_db = target_lufs - measured.integrated_lufs
    if not lowerings and measured.sample_peak_dbtp + gain_db <= ceiling_dbtp:
        peak = true_peak() if true_peak is not None else measured.true_peak_dbtp
        if peak + gain_db <= ceiling_dbtp:
            return Gain(_linear(gain_db))
    if first_gain_db is not None:
        gain_db = first_gain_db
    tried: list[tuple[float, float]] = []
    for _ in range(_GAIN_TRIALS):
        limiter = Limiter(measured.rate, _linear(gain_db), ceiling_dbtp, lowerings)
        loudness = measure(limiter)
        if abs(loudness - target_lufs) <= _TOLERANCE_LU:
            # A new one: the trial's holds the audio it was measuring when it stopped.
            return Limiter(measured.rate, limiter.gain, ceiling_dbtp, lowerings)
        tried.append((gain_db, loudness))
        slope = _FIRST_SLOPE
        if len(tried) > 1:
            (gain_a, lufs_a), (gain_b, lufs_b) = tried[-2:]
            slope = min(1.0, max(_MIN_SLOPE, (lufs_b - lufs_a) / (gain_b - gain_a)))
        next_db = min(gain_db + (target_lufs - loudness) / slope, plain_db + _MAX_LIMITING_DB)
        if next_db == gain_db:
            break
        gain_db = next_db
    return Limiter(measured.rate, _linear(gain_db), ceiling_dbtp, lowerings)


def out_of_reach(measured: LoudnessMeter, target_lufs: float, processor: Processor) -> bool:
    """Whether `normalizer`, asked for `target_lufs`, stopped at the largest gain it gives: the
    limiter takes nearly all of it, and more gain would not reach the target."""
    most_db = target_lufs - measured.integrated_lufs + _MAX_LIMITING_DB
    return isinstance(processor, Limiter) and 20 * math.log10(processor.gain) >= most_db - 0.01


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))

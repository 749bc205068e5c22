"""Loudness, measured and set while streaming: a narration is never held in memory as a whole.

`LoudnessMeter` measures integrated loudness (ITU-R BS.1770-4: K-weighting, 400 ms blocks with
75 % overlap, absolute and relative gates) and true peak (4x oversampling) over audio pushed in
pieces; the filters keep their state from one piece to the next, so the figures are those of the
whole. `Limiter` applies a gain and holds the true peak under a ceiling with a short look-ahead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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
_SILENT = -math.inf


class TruePeakEnvelope:
    """Per sample, the largest magnitude of the 4x oversampled signal around it (BS.1770-4
    annex 2), computed with a 96-tap polyphase FIR whose state carries across pieces."""

    delay = (_OVERSAMPLING_TAPS - 1) // (2 * _OVERSAMPLING) + 2
    """Samples by which the envelope lags the signal (the FIR's group delay, rounded up)."""

    def __init__(self) -> None:
        import numpy as np
        from scipy import signal

        taps = signal.firwin(_OVERSAMPLING_TAPS, 1 / _OVERSAMPLING) * _OVERSAMPLING
        self._phases = [taps[phase::_OVERSAMPLING] for phase in range(_OVERSAMPLING)]
        self._history = np.zeros(len(self._phases[0]) - 1)

    def push(self, samples: Samples) -> Samples:
        """The envelope of `samples`, continuing from the pieces pushed before."""
        import numpy as np

        # Overlap-save: the last samples of the previous piece lead this one into the filter.
        extended = np.concatenate([self._history, samples])
        self._history = extended[len(extended) - len(self._history) :]
        envelope = np.abs(samples)
        for phase in self._phases:
            out = np.convolve(extended, phase, mode="valid")
            np.maximum(envelope, np.abs(out), out=envelope)
        return envelope


class LoudnessMeter:
    """Integrated loudness (LUFS) and true peak (dBTP) of mono audio pushed piece by piece."""

    def __init__(self, rate: int, true_peak: bool = True) -> None:
        import numpy as np
        from pyloudnorm.iirfilter import IIRfilter

        self.rate = rate
        # The K-weighting stages exactly as pyloudnorm builds them, so the figures agree.
        self._stages = [
            IIRfilter(4.0, 1 / np.sqrt(2), 1500.0, rate, "high_shelf"),
            IIRfilter(0.0, 0.5, 38.0, rate, "high_pass"),
        ]
        self._states = [np.zeros(2) for _ in self._stages]
        self._envelope = TruePeakEnvelope() if true_peak else None
        self._step_sums: list[float] = []
        self._partial_sum = 0.0
        self._samples = 0
        self._peak = 0.0

    def push(self, samples: Samples) -> None:
        """Measure `samples` as the continuation of what was pushed before."""
        from scipy import signal

        weighted = samples
        for number, stage in enumerate(self._stages):
            weighted, self._states[number] = signal.lfilter(
                stage.b, stage.a, weighted, zi=self._states[number]
            )
            weighted = weighted * stage.passband_gain
        self._add_energy(weighted * weighted)
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


class Limiter:
    """Multiply by `gain`, then turn down the few peaks that would pass `ceiling_dbtp`.

    Look-ahead peak limiting: the gain each sample needs is spread, by a minimum over a window
    and a moving average, into ramps of about 10 ms that reach it before the peak and hold for
    40 ms after, so nothing clicks. The output lags the input by `latency` samples; `flush` gives
    the rest at the end. Output sample n always belongs to input sample n.
    """

    def __init__(self, rate: int, gain: float, ceiling_dbtp: float) -> None:
        import numpy as np

        self.gain = gain
        self._ceiling = 10 ** (ceiling_dbtp / 20)
        self._envelope = TruePeakEnvelope()
        self._ramp = max(1, round(0.005 * rate))
        self._before = self._ramp + max(1, round(0.04 * rate))
        self._after = self._ramp + TruePeakEnvelope.delay
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
        needed = np.minimum(1.0, self._ceiling / np.maximum(envelope, 1e-12))
        self._needed = np.concatenate([self._needed, needed])
        self._pending = np.concatenate([self._pending, samples])
        return self._emit(len(self._pending) - self.latency)

    def flush(self) -> Samples:
        """The output still held back for look-ahead, at the end of the stream."""
        import numpy as np

        self._needed = np.concatenate([self._needed, np.ones(self.latency)])
        return self._emit(len(self._pending))

    def _emit(self, count: int) -> Samples:
        import numpy as np
        from scipy.ndimage import minimum_filter1d

        if count <= 0:
            return np.zeros(0)
        window = self._before + self._after + 1
        lowest = minimum_filter1d(self._needed, window, mode="nearest")
        # lowest[k + window // 2] is the minimum over needed[k : k + window].
        lowest = lowest[window // 2 : window // 2 + count + 2 * self._ramp]
        sums = np.concatenate([[0.0], np.cumsum(lowest)])
        width = 2 * self._ramp + 1
        smooth = (sums[width : width + count] - sums[:count]) / width
        out: Samples = self._pending[:count] * self.gain * smooth
        self._pending = self._pending[count:]
        self._needed = self._needed[count:]
        return out


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
_GAIN_TRIALS = 3
_TOLERANCE_LU = 0.1


def normalizer(
    measured: LoudnessMeter,
    target_lufs: float,
    ceiling_dbtp: float,
    measure: Callable[[Processor], float],
) -> Processor:
    """The processor that brings audio `measured` as it is to `target_lufs` with true peaks
    under `ceiling_dbtp`: a plain gain when that gain keeps the peaks under, else a limiter.

    Limiting lowers the loudness a little, so `measure` (the loudness of the whole audio
    through a trial processor) is called to correct the gain, by secant steps, at most 3 times.
    """
    if measured.integrated_lufs == _SILENT:
        return Gain(1.0)
    gain_db = target_lufs - measured.integrated_lufs
    if measured.true_peak_dbtp + gain_db <= ceiling_dbtp:
        return Gain(_linear(gain_db))
    tried: list[tuple[float, float]] = []
    for _ in range(_GAIN_TRIALS):
        limiter = Limiter(measured.rate, _linear(gain_db), ceiling_dbtp)
        loudness = measure(limiter)
        if abs(loudness - target_lufs) <= _TOLERANCE_LU:
            return limiter
        tried.append((gain_db, loudness))
        slope = 1.0
        if len(tried) > 1:
            (gain_a, lufs_a), (gain_b, lufs_b) = tried[-2:]
            slope = min(1.0, max(0.2, (lufs_b - lufs_a) / (gain_b - gain_a)))
        gain_db += (target_lufs - loudness) / slope
    return Limiter(measured.rate, _linear(gain_db), ceiling_dbtp)


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))

"""Loudness measured while streaming: a narration is never held in memory as a whole.

`LoudnessMeter` measures integrated loudness (ITU-R BS.1770-4: K-weighting, 400 ms blocks with
75 % overlap, absolute and relative gates) and true peak (4x oversampling) over audio pushed in
pieces, so the figures are those of the whole. `TruePeakEnvelope` gives the oversampled peak
around each sample.

Only numpy is used: importing scipy.signal alone takes 80 MB of memory, most of the budget for
narrating a 2-hour article. The gated loudness needs only each 100 ms step's K-weighted energy,
which is its spectrum's power weighted by the K-weighting's power gain (Parseval): one real FFT
per step, batched, about ten times cheaper than filtering the samples, and within 0.002 LU of
pyloudnorm, which filters (a step's filter tail that falls into the next step is the difference).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

_BLOCK_S = 0.4
_STEP_S = 0.1
_STEPS_PER_S = 10
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
BLOCK_FRAMES = 1 << 16
"""The most frames measured or processed at once, so that a long chunk stays cheap."""


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


_k_powers: dict[tuple[int, int], Samples] = {}


def step_energies(steps: NDArray[np.floating[Any]], rate: int) -> Samples:
    """The K-weighted energy (sum of squares) of each row of `steps`, from its spectrum
    (Parseval): the squared magnitude of each bin times the K-weighting's power gain there."""
    import numpy as np

    length = steps.shape[1]
    if not length:
        return np.zeros(len(steps))
    if (rate, length) not in _k_powers:
        _k_powers[rate, length] = _k_power(rate, length)
    spectrum = np.fft.rfft(steps, axis=1)
    power = spectrum.real**2
    power += spectrum.imag**2
    energies: Samples = (power @ _k_powers[rate, length].astype(power.dtype)).astype(np.float64)
    return energies


def _k_power(rate: int, length: int) -> Samples:
    """The K-weighting's power gain at each bin of a `length`-point real transform, divided by
    `length` and doubled for the bins that stand for two (Parseval's weights)."""
    import numpy as np

    z = np.exp(-1j * np.pi * np.arange(length // 2 + 1) * 2 / length)
    power = np.ones(len(z))
    for b, a in (_high_shelf(rate), _high_pass(rate)):
        response = (b[0] + b[1] * z + b[2] * z**2) / (a[0] + a[1] * z + a[2] * z**2)
        power *= np.abs(response) ** 2
    twice = np.full(len(z), 2.0)
    twice[0] = 1.0
    if length % 2 == 0:
        twice[-1] = 1.0
    weights: Samples = power * twice / length
    return weights


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
        self.phase_taps = [taps[phase::factor] for phase in range(factor)]
        self._phases = [StreamingFir(phase) for phase in self.phase_taps]
        self.delay = (count - 1) // (2 * factor) + 2
        """Samples by which the envelope lags the signal (the FIR's group delay, rounded up)."""

    def push(self, samples: Samples) -> Samples:
        """The envelope of `samples`, continuing from the pieces pushed before."""
        import numpy as np

        envelope = np.abs(samples)
        for phase in self._phases:
            np.maximum(envelope, np.abs(phase.push(samples)), out=envelope)
        return envelope


@dataclass(frozen=True)
class Bins:
    """Spans of a stream (in order, apart), each with its K-weighted energy and largest sample
    magnitude: the speech of a narration's chunks, measured by bins of `size` frames from
    each chunk's start (its last bin cut at its end). Kept in 4 bytes a bin, so that a long
    narration's memory stays nearly flat: the figures in half precision (the peaks rounded
    up), in the parts they were gathered in (joining them took as much again at once), the
    places found from the chunks' (`starts`, `ends`, `first_from`)."""

    energy_parts: tuple[NDArray[np.float16], ...]
    peak_parts: tuple[NDArray[np.float16], ...]
    part_firsts: NDArray[np.int64]
    """Each part's first bin, then the number of bins."""
    size: int
    """The frames in a bin."""
    chunk_starts: NDArray[np.int64]
    """Where each chunk's speech starts."""
    chunk_ends: NDArray[np.int64]
    """Where each chunk's speech ends."""
    chunk_firsts: NDArray[np.int64]
    """Each chunk's first bin, then the number of bins."""

    def __len__(self) -> int:
        return int(self.part_firsts[-1])

    def energies(self, indices: NDArray[np.int64]) -> NDArray[np.float16]:
        """The energies of the bins `indices`."""
        return self._taken(self.energy_parts, indices)

    def peaks(self, indices: NDArray[np.int64]) -> NDArray[np.float16]:
        """The peaks of the bins `indices`."""
        return self._taken(self.peak_parts, indices)

    def _taken(
        self, parts: tuple[NDArray[np.float16], ...], indices: NDArray[np.int64]
    ) -> NDArray[np.float16]:
        import numpy as np

        taken = np.empty(len(indices), dtype=np.float16)
        part_of = np.searchsorted(self.part_firsts, indices, side="right") - 1
        for part in np.unique(part_of).tolist():
            chosen = part_of == part
            taken[chosen] = parts[part][indices[chosen] - self.part_firsts[part]]
        return taken

    def starts(self, indices: NDArray[np.int64]) -> NDArray[np.int64]:
        """Where the bins `indices` start."""
        chunks = self._chunks(indices)
        starts: NDArray[np.int64] = (
            self.chunk_starts[chunks] + (indices - self.chunk_firsts[chunks]) * self.size
        )
        return starts

    def ends(self, indices: NDArray[np.int64]) -> NDArray[np.int64]:
        """Where the bins `indices` end."""
        import numpy as np

        chunks = self._chunks(indices)
        starts = self.chunk_starts[chunks] + (indices - self.chunk_firsts[chunks]) * self.size
        ends: NDArray[np.int64] = np.minimum(starts + self.size, self.chunk_ends[chunks])
        return ends

    def last_by(self, places: NDArray[np.int64]) -> NDArray[np.int64]:
        """The last bin that starts at or before each of `places` (-1 before the first)."""
        import numpy as np

        if not len(self.chunk_starts):
            return np.full(len(places), -1, dtype=np.int64)
        chunks = np.searchsorted(self.chunk_starts, places, side="right") - 1
        inside = np.maximum(chunks, 0)
        firsts = self.chunk_firsts[inside]
        counts = self.chunk_firsts[inside + 1] - firsts
        within = np.minimum((places - self.chunk_starts[inside]) // self.size, counts - 1)
        last: NDArray[np.int64] = np.where(chunks >= 0, firsts + within, -1)
        return last

    def first_from(self, places: NDArray[np.int64]) -> NDArray[np.int64]:
        """The first bin that starts at or after each of `places` (their count past the last)."""
        first: NDArray[np.int64] = self.last_by(places - 1) + 1
        return first

    def _chunks(self, indices: NDArray[np.int64]) -> NDArray[np.int64]:
        import numpy as np

        chunks: NDArray[np.int64] = np.searchsorted(self.chunk_firsts, indices, side="right") - 1
        return chunks


@dataclass(frozen=True)
class StepLevels:
    """A measured stream's levels by 100 ms step (the last one possibly shorter): enough to
    give its loudness at any gain, and, changed where a limiter works, after limiting."""

    rate: int
    samples: int
    energies: Samples
    """Each step's K-weighted energy (sum of squares)."""
    peaks: Samples
    """Each step's largest sample magnitude."""
    fine: Bins | None = None
    """The same by bin of about 10 ms, where they were measured so (see loudness.bins)."""

    def edge(self, step: int) -> int:
        """Where `step` starts (the stream's end for the step past the last)."""
        return min(step * self.rate // _STEPS_PER_S, self.samples)

    def step_at(self, sample: int) -> int:
        """The step that holds `sample`."""
        return min(sample * _STEPS_PER_S // self.rate, len(self.energies) - 1)

    def integrated_lufs(self, energies: Samples | None = None) -> float:
        """The gated integrated loudness, of these steps or of `energies` in their place."""
        return gated_lufs(self.energies if energies is None else energies, self)


def gated_lufs(steps: Samples, levels: StepLevels) -> float:
    """BS.1770-4's gated loudness from the steps' energies: 400 ms blocks, 75 % overlap, as
    pyloudnorm counts them; -inf for silence or under 400 ms of audio. The blocks are taken
    `_BLOCKS_AT_ONCE` at a time, once for each gate: a long narration's (600,000 blocks in 17
    hours) took 30 MB at once in arrays of them."""
    import numpy as np

    seconds = levels.samples / levels.rate
    if seconds < _BLOCK_S:
        return _SILENT
    total, count = 0.0, 0
    for energies, loudness in _blocks(steps, levels):
        above_absolute = energies[loudness >= _ABSOLUTE_GATE_LUFS]
        total, count = total + float(np.sum(above_absolute)), count + len(above_absolute)
    if not count:
        return _SILENT
    relative_gate = _lufs(total / count) - 10.0
    total, count = 0.0, 0
    for energies, loudness in _blocks(steps, levels):
        gated = energies[(loudness > relative_gate) & (loudness > _ABSOLUTE_GATE_LUFS)]
        total, count = total + float(np.sum(gated)), count + len(gated)
    return _lufs(total / count) if count else _SILENT


_BLOCKS_AT_ONCE = 1 << 16


def _blocks(steps: Samples, levels: StepLevels) -> Iterator[tuple[Samples, Samples]]:
    """The mean square and the loudness of each 400 ms block (steps past the end silent), a
    part at a time."""
    import numpy as np

    blocks = round((levels.samples / levels.rate - _BLOCK_S) / _STEP_S) + 1
    per_block = round(_BLOCK_S / _STEP_S)
    for first in range(0, blocks, _BLOCKS_AT_ONCE):
        count = min(blocks, first + _BLOCKS_AT_ONCE) - first
        window = np.zeros(count + per_block)
        part = steps[first : first + count + per_block]
        window[: len(part)] = part
        sums = np.concatenate([[0.0], np.cumsum(window)])
        energies = (sums[per_block : per_block + count] - sums[:count]) / (_BLOCK_S * levels.rate)
        with np.errstate(divide="ignore"):
            loudness = -0.691 + 10 * np.log10(energies)
        yield energies, loudness


class LoudnessMeter:
    """Integrated loudness (LUFS) and true peak (dBTP) of mono audio pushed piece by piece."""

    def __init__(self, rate: int, true_peak: bool = True) -> None:
        import numpy as np

        self.rate = rate
        self._envelope = TruePeakEnvelope() if true_peak else None
        self._step_sums: list[float] = []
        self._step_peaks: list[float] = []
        self._unmeasured = np.zeros(0)
        """The samples of the step under way, measured once it is whole (or at the end)."""
        self._samples = 0
        self._peak = 0.0
        self._sample_peak = 0.0

    def push(self, samples: Samples) -> None:
        """Measure `samples` as the continuation of what was pushed before."""
        import numpy as np

        if not len(samples):
            return
        self._sample_peak = max(self._sample_peak, float(abs(samples).max()))
        if self._envelope is not None:
            self._peak = max(self._peak, float(self._envelope.push(samples).max()))
        pending = np.concatenate([self._unmeasured, samples])
        start = self._samples - len(self._unmeasured)
        self._samples += len(samples)
        end = self._step_edge(len(self._step_sums) + 1)
        if self.rate % _STEPS_PER_S == 0:
            # Every step has the same length: the whole steps are measured in one transform.
            whole = (self._samples - start) // (end - start)
            steps = pending[: whole * (end - start)].reshape(whole, end - start)
            self._step_sums.extend(step_energies(steps, self.rate).tolist())
            if whole:
                self._step_peaks.extend(np.abs(steps).max(axis=1).tolist())
            self._unmeasured = pending[whole * (end - start) :]
            return
        while end <= self._samples:
            step = pending[: end - start][None, :]
            self._step_sums.append(float(step_energies(step, self.rate)[0]))
            self._step_peaks.append(float(np.abs(step).max()))
            pending, start = pending[end - start :], end
            end = self._step_edge(len(self._step_sums) + 1)
        self._unmeasured = pending

    def _step_edge(self, step: int) -> int:
        return step * self.rate // _STEPS_PER_S

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
        return self.levels().integrated_lufs()

    def levels(self) -> StepLevels:
        """The levels of each step so far, the one under way included (even when empty)."""
        import numpy as np

        partial = float(step_energies(self._unmeasured[None, :], self.rate)[0])
        peak = float(np.abs(self._unmeasured).max()) if len(self._unmeasured) else 0.0
        return StepLevels(
            self.rate,
            self._samples,
            np.array([*self._step_sums, partial]),
            np.array([*self._step_peaks, peak]),
        )


def _lufs(mean_square: float) -> float:
    return -0.691 + 10 * math.log10(mean_square) if mean_square > 0 else _SILENT

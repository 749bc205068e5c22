"""Loudness measured while streaming: a narration is never held in memory as a whole.

`LoudnessMeter` measures integrated loudness (ITU-R BS.1770-4: K-weighting, 400 ms blocks with
75 % overlap, absolute and relative gates) over audio pushed in pieces, so the figure is that of
the whole. It keeps each 100 ms step's K-weighted energy and largest sample (`StepLevels`, with
`Bins` where a narration's speech was measured by 10 ms bins), which give the gated loudness at
any gain. The K-weighting, as a power gain by FFT bin, is in `narrator.audio.loudness.filters`
with the true-peak oversampling (`TruePeakEnvelope`), which the checks run where they need it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from narrator.audio.loudness.bin_peaks import decoded_peaks
from narrator.audio.loudness.filters import step_energies

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Energies = NDArray[np.float64] | NDArray[np.float32]

_BLOCK_S = 0.4
_STEP_S = 0.1
STEPS_PER_S = 10
"""The loudness steps a second: step `k` starts at sample `k * rate // STEPS_PER_S`."""
_ABSOLUTE_GATE_LUFS = -70.0
_SILENT = -math.inf
BLOCK_FRAMES = 1 << 16
"""The most frames measured or processed at once, so that a long chunk stays cheap."""


@dataclass(frozen=True)
class Bins:
    """Spans of a stream (in order, apart), each with its K-weighted energy and largest sample
    magnitude: the speech of a narration's chunks, measured by bins of `size` frames from
    each chunk's start (its last bin cut at its end). Kept in 3 bytes a bin, so that a long
    narration's memory stays nearly flat: the energies in half precision, the peaks coded
    in a byte and rounded up (see narrator.audio.loudness.bin_peaks), in the parts they
    were gathered in (joining them took as much again at once), the places found from the
    chunks' (`starts`, `ends`, `first_from`)."""

    energy_parts: tuple[NDArray[np.float16], ...]
    peak_parts: tuple[NDArray[np.uint8], ...]
    """The peaks' codes (see `decoded_peaks`)."""
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
        import numpy as np

        return self._taken(self.energy_parts, indices, np.float16)

    def peaks(self, indices: NDArray[np.int64]) -> NDArray[np.float64]:
        """The peaks of the bins `indices`, as their codes stand for them (never under)."""
        import numpy as np

        return decoded_peaks(self._taken(self.peak_parts, indices, np.uint8))

    def _taken(
        self, parts: tuple[NDArray[Any], ...], indices: NDArray[np.int64], kind: type[Any]
    ) -> NDArray[Any]:
        import numpy as np

        taken = np.empty(len(indices), dtype=kind)
        part_of = np.searchsorted(self.part_firsts, indices, side="right") - 1
        # Not np.unique: its first call imports numpy.ma (10 ms of CPU, after the last chunk).
        for part in np.flatnonzero(np.bincount(part_of)).tolist():
            chosen = part_of == part
            taken[chosen] = parts[part][indices[chosen] - self.part_firsts[part]]
        return taken

    def starts(self, indices: NDArray[np.int64]) -> NDArray[np.int64]:
        """Where the bins `indices` start."""
        return self.spans(indices)[0]

    def ends(self, indices: NDArray[np.int64]) -> NDArray[np.int64]:
        """Where the bins `indices` end."""
        return self.spans(indices)[1]

    def spans(self, indices: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Where the bins `indices` start and end, their chunks looked up once for both."""
        import numpy as np

        chunks = self._chunks(indices)
        starts: NDArray[np.int64] = (
            self.chunk_starts[chunks] + (indices - self.chunk_firsts[chunks]) * self.size
        )
        ends: NDArray[np.int64] = np.minimum(starts + self.size, self.chunk_ends[chunks])
        return starts, ends

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
    energies: Energies
    """Each step's K-weighted energy (sum of squares); float32 where measured by bin."""
    peaks: NDArray[np.floating[Any]]
    """Each step's largest sample magnitude (float32 where measured by bin, see loudness.bins)."""
    fine: Bins | None = None
    """The same by bin of about 10 ms, where they were measured so (see loudness.bins)."""

    def edge(self, step: int) -> int:
        """Where `step` starts (the stream's end for the step past the last)."""
        return min(step * self.rate // STEPS_PER_S, self.samples)

    def step_at(self, sample: int) -> int:
        """The step that holds `sample`."""
        return min(sample * STEPS_PER_S // self.rate, len(self.energies) - 1)

    def integrated_lufs(self, energies: Energies | None = None) -> float:
        """The gated integrated loudness, of these steps or of `energies` in their place (in
        double or single precision)."""
        return _gated_lufs(self.energies if energies is None else energies, self)


def _gated_lufs(steps: Energies, levels: StepLevels) -> float:
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


_BLOCKS_AT_ONCE = 1 << 14
"""A 17-hour narration's steps (612,000) gated 16,384 blocks at a time: 1.0 MB at once, 3.7 at
65,536 (where its save took the most memory, its limited loudness found), 21.8 ms of CPU
against 20.9, the same figure."""


def _blocks(steps: Energies, levels: StepLevels) -> Iterator[tuple[Samples, Samples]]:
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
    """Integrated loudness (LUFS) of mono audio pushed piece by piece."""

    def __init__(self, rate: int) -> None:
        import numpy as np

        self.rate = rate
        self._step_sums: list[float] = []
        self._step_peaks: list[float] = []
        self._unmeasured = np.zeros(0)
        """The samples of the step under way, measured once it is whole (or at the end)."""
        self._samples = 0

    def push(self, samples: Samples) -> None:
        """Measure `samples` as the continuation of what was pushed before."""
        import numpy as np

        if not len(samples):
            return
        pending = np.concatenate([self._unmeasured, samples])
        start = self._samples - len(self._unmeasured)
        self._samples += len(samples)
        end = self._step_edge(len(self._step_sums) + 1)
        if self.rate % STEPS_PER_S == 0:
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
        return step * self.rate // STEPS_PER_S

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

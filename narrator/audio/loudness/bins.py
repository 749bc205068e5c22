"""A chunk's loudness statistics, measured once from its speech, and the narration's levels
integrated from them.

Each chunk's speech is measured alone, as soon as it is made (and the figures are kept beside
it in the chunk cache, so a re-render gets them free): per bin of about 10 ms, its K-weighted
energy and its largest sample. The K-weighted energy comes, as in `LoudnessMeter`, from one
real transform per window of ten bins (Parseval), shared out among the window's bins by their
plain energy. A narration's `StepLevels` (100 ms steps of the whole stream) are then integrated
from the bins, each bin's energy spread evenly over its span, with no sample read again. The
filter's state across a chunk boundary is lost, which the pause's silence makes negligible.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from narrator.audio.heap import release_freed_memory
from narrator.audio.loudness.bin_peaks import coded_peaks
from narrator.audio.loudness.filters import fast_length, step_energies
from narrator.audio.loudness.meter import STEPS_PER_S, Bins, StepLevels

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Places = NDArray[np.int64]

BINS_PER_S = 100
_WINDOW_BINS = 10
_FILE = struct.Struct("<4sIII")
"""A levels file's header: its tag, the frame rate, the frames per bin and the bins."""
_TAG = b"nrl1"


def bin_frames(rate: int) -> int:
    """The frames in a bin at `rate` (about 10 ms)."""
    return max(1, round(rate / BINS_PER_S))


@dataclass(frozen=True)
class ChunkLevels:
    """A chunk's speech measured by bin: what its loudness and peaks need."""

    rate: int
    frames: int
    """The speech's frames (the pause after it is silence, measured as nothing)."""
    energies: NDArray[np.float32]
    """Each bin's K-weighted energy (sum of squares)."""
    peaks: NDArray[np.float32]
    """Each bin's largest sample magnitude."""

    @property
    def bin_frames(self) -> int:
        return bin_frames(self.rate)

    def to_bytes(self) -> bytes:
        import numpy as np

        header = _FILE.pack(_TAG, self.rate, self.frames, len(self.energies))
        both = np.concatenate([self.energies, self.peaks]).astype("<f4")
        return header + both.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, rate: int, frames: int) -> ChunkLevels | None:
        """The levels in `data`, or None when they are not those of `frames` at `rate`."""
        import numpy as np

        if len(data) < _FILE.size:
            return None
        tag, stored_rate, stored_frames, bins = _FILE.unpack_from(data)
        if (tag, stored_rate, stored_frames) != (_TAG, rate, frames):
            return None
        if bins != -(-frames // bin_frames(rate)) or len(data) != _FILE.size + 8 * bins:
            return None
        both = np.frombuffer(data, dtype="<f4", offset=_FILE.size)
        return cls(rate, frames, both[:bins], both[bins:])


def measure_speech(samples: NDArray[Any], rate: int, full_scale: float = 1.0) -> ChunkLevels:
    """The levels of a chunk's speech: `samples` at `rate`, of any real type, `full_scale`
    being a full-scale sample's magnitude (32768 for 16-bit samples as they are)."""
    import numpy as np

    frames = len(samples)
    size = bin_frames(rate)
    bins = -(-frames // size)
    energies = np.empty(-(-bins // _WINDOW_BINS) * _WINDOW_BINS, dtype=np.float32)
    window = _WINDOW_BINS * size
    for first in range(0, frames, _WINDOWS_AT_ONCE * window):
        part = samples[first : first + _WINDOWS_AT_ONCE * window]
        into = energies[first // size : first // size + -(-len(part) // window) * _WINDOW_BINS]
        into[:] = _window_energies(part, rate, size).ravel()
    energies = energies[:bins]
    energies /= full_scale**2
    peaks = _bin_peaks(samples, size, bins)
    peaks /= full_scale
    return ChunkLevels(rate, frames, energies, peaks)


_WINDOWS_AT_ONCE = 64
"""Windows (of ten bins) transformed at once: a long chunk's arrays stay about 3 MB (its rows
and their spectrum, 37 KB a window). At 256, a 15 s chunk's took 5.5 MB at once, and the
heap of the process measuring it (which keeps what it frees: see
narrator.audio.leveled.keep_freed_memory) grew by as many new pages, each faulted in."""


def _window_energies(samples: NDArray[Any], rate: int, size: int) -> NDArray[np.float64]:
    """The K-weighted energy of each bin of `samples` (bins of `size` frames, by rows of a
    window's ten), the window's own shared out among its bins by their plain energy.

    The samples, of any type, are converted once, straight into the rows `step_energies`
    transforms as they are (in double precision, with the silence after each window that
    makes its length one the FFT does quickly); the silent windows before the first sound and
    after the last are not transformed."""
    import numpy as np

    window = _WINDOW_BINS * size
    windows = -(-len(samples) // window)
    rows = np.empty((windows, fast_length(window)))
    rows[:, window:] = 0.0
    whole, rest = divmod(len(samples), window)
    rows[:whole, :window] = samples[: whole * window].reshape(whole, window)
    if rest:
        rows[whole, :rest] = samples[whole * window :]
        rows[whole, rest:window] = 0.0
    by_bin = rows[:, :window].reshape(windows, _WINDOW_BINS, size)
    plain: NDArray[np.float64] = np.einsum("wbs,wbs->wb", by_bin, by_bin)
    totals = plain.sum(axis=1)
    sounding = np.flatnonzero(totals)
    weighted = np.zeros(windows)
    if len(sounding):
        first, last = int(sounding[0]), int(sounding[-1]) + 1
        weighted[first:last] = step_energies(rows[first:last], rate)
    silent = totals == 0
    totals[silent] = 1.0
    plain /= totals[:, None]
    plain[silent] = 1.0 / _WINDOW_BINS
    plain *= weighted[:, None]
    return plain


def _bin_peaks(samples: NDArray[Any], size: int, bins: int) -> NDArray[np.float32]:
    """The largest magnitude of each bin of `size` frames, reduced from the samples as they
    are (16-bit ones in their own type, with no array of their magnitudes)."""
    import numpy as np

    peaks = np.empty(bins, dtype=np.float32)
    if not bins:
        return peaks
    full = len(samples) // size
    body = samples[: full * size].reshape(full, size)
    if body.dtype == np.int16:
        # One pass: 16-bit magnitudes read unsigned, where -32768's is 32768 (np.abs wraps it).
        peaks[:full] = np.abs(body).view(np.uint16).max(axis=1)
    else:
        np.maximum(body.max(axis=1), -body.min(axis=1), out=peaks[:full], casting="unsafe")
    if full < bins:
        tail = samples[full * size :]
        peaks[full] = max(float(tail.max()), -float(tail.min()))
    return peaks


@dataclass(frozen=True)
class Placed:
    """A chunk's levels and where its speech starts in the narration, in frames."""

    start: int
    levels: ChunkLevels


_BATCH_BINS = 1 << 16
"""Bins (about 11 minutes of speech) integrated into steps at once: a seed's in one go, a long
narration's with memory flat."""


class NarrationBins:
    """A narration's levels gathered as its chunks are measured (in order): each batch of
    chunks integrated into the 100 ms steps and its bins kept compact (see `Bins`) at once, so
    a narration of 16 hours holds 3 bytes a bin, not its chunks' levels and the 64-bit places
    and sums that integrating them all at the end took (440 MB at its peak)."""

    def __init__(self) -> None:
        self._pending: list[Placed] = []
        self._pending_bins = 0
        self._step_energies: list[tuple[int, Samples]] = []
        self._step_peaks: list[tuple[int, NDArray[np.float32]]] = []
        self._energies: list[NDArray[np.float16]] = []
        self._peaks: list[NDArray[np.uint8]] = []
        self._chunk_starts: list[int] = []
        self._chunk_ends: list[int] = []
        self._chunk_bins: list[int] = []
        self._rate = 0

    def add(self, chunk: Placed) -> None:
        """Take in the next chunk's levels (a chunk with no speech adds nothing)."""
        if not chunk.levels.frames:
            return
        self._pending.append(chunk)
        self._pending_bins += len(chunk.levels.energies)
        if self._pending_bins >= _BATCH_BINS:
            self._integrate()
            release_freed_memory()

    def levels(self, rate: int, samples: int) -> StepLevels:
        """The 100 ms steps of the narration, `samples` frames at `rate`, and its bins (what
        was taken in is let go)."""
        import numpy as np

        self._integrate()
        steps = samples * STEPS_PER_S // rate + 1
        energies = np.zeros(steps, dtype=np.float32)
        for first, part in self._step_energies:
            energies[first : first + len(part)] += part[: max(0, steps - first)]
        parts, self._step_energies = len(self._step_energies), []
        if parts > 1:  # a long narration's parts given back before its steps' peaks are joined
            release_freed_memory()
        # float32 steps: half the memory of a long narration's finish; its peaks were taken in as
        # float32 (nothing lost), and its loudness is summed in float64 (see StepLevels).
        peaks = np.zeros(steps, dtype=np.float32)
        for first, single in self._step_peaks:
            into = peaks[first : first + len(single)]
            np.maximum(into, single[: len(into)], out=into)
        self._step_peaks = []
        fine = Bins(
            tuple(self._energies),
            tuple(self._peaks),
            np.array([0, *accumulate(len(part) for part in self._energies)], dtype=np.int64),
            bin_frames(self._rate or rate),
            np.array(self._chunk_starts, dtype=np.int64),
            np.array(self._chunk_ends, dtype=np.int64),
            np.array([0, *accumulate(self._chunk_bins)], dtype=np.int64),
        )
        self._chunk_starts, self._chunk_ends, self._chunk_bins = [], [], []
        self._energies, self._peaks = [], []
        return StepLevels(rate, samples, energies, peaks, fine)

    def _integrate(self) -> None:
        """The pending chunks' bins spread into steps (each bin's energy evenly over its
        frames; each step's peak the largest of the bins it meets), and kept compact."""
        import numpy as np

        if not self._pending:
            return
        chunks, self._pending, self._pending_bins = self._pending, [], 0
        rate = self._rate = chunks[0].levels.rate
        starts, ends, energies, peaks = _bins(chunks)
        first = int(starts[0]) * STEPS_PER_S // rate
        last = (int(ends[-1]) - 1) * STEPS_PER_S // rate
        steps = range(first, last + 1)
        self._step_energies.append((first, _energy_by_step(starts, ends, energies, steps, rate)))
        count = len(steps)
        by_start = _largest_by_step(starts * STEPS_PER_S // rate - first, peaks, count)
        by_end = _largest_by_step((ends - 1) * STEPS_PER_S // rate - first, peaks, count)
        self._step_peaks.append((first, np.maximum(by_start, by_end)))
        if int(ends[-1]) >= 1 << 32:
            raise ValueError("a narration too long for a WAV file")
        self._energies.append(energies.astype(np.float16))
        self._peaks.append(coded_peaks(peaks))
        for chunk in chunks:
            self._chunk_starts.append(chunk.start)
            self._chunk_ends.append(chunk.start + chunk.levels.frames)
            self._chunk_bins.append(len(chunk.levels.energies))


def narration_levels(rate: int, samples: int, chunks: Sequence[Placed]) -> StepLevels:
    """The 100 ms steps of a narration of `samples` frames whose chunks' speech was measured
    as `chunks` (silence everywhere else): each step's energy as the bins over it give it (a
    bin's spread evenly over its frames), each step's peak the largest of the bins it meets."""
    gathered = NarrationBins()
    for chunk in chunks:
        gathered.add(chunk)
    return gathered.levels(rate, samples)


def _energy_by_step(
    starts: Places, ends: Places, energies: NDArray[np.float32], steps: range, rate: int
) -> Samples:
    """The energy in each of the `steps` of the bins from `starts` to `ends`, each bin's
    spread evenly over its frames."""
    import numpy as np

    edges = np.arange(steps.start, steps.stop + 1, dtype=np.int64) * rate // STEPS_PER_S
    # In place where it can be: a single chunk's (a save written as its chunks come asks for
    # each chunk's steps alone) took more in numpy's calls than in its arithmetic.
    before = np.empty(len(energies) + 1)
    before[0] = 0.0
    energies.cumsum(dtype=np.float64, out=before[1:])
    # The energy up to each edge: the bins before the one it falls in, and a part of that one.
    index = starts.searchsorted(edges, side="right") - 1
    np.maximum(index, 0, out=index)
    part = (edges - starts[index]) / (ends[index] - starts[index])
    np.minimum(np.maximum(part, 0.0, out=part), 1.0, out=part)
    cumulative = before[index] + energies[index] * part
    del before
    by_step = cumulative[1:] - cumulative[:-1]
    spread: Samples = np.maximum(by_step, 0.0, out=by_step)
    return spread


def _largest_by_step(
    steps: NDArray[np.int64], peaks: NDArray[np.float32], count: int
) -> NDArray[np.float32]:
    """The largest of `peaks` in each of `count` steps, each peak in its step of `steps` (in
    order): one reduction per run of a step, where `np.maximum.at` (ten times as slow) would
    take them one by one. In the peaks' single precision, which holds them exactly."""
    import numpy as np

    largest = np.zeros(count, dtype=np.float32)
    if len(steps):
        change = np.empty(len(steps), dtype=bool)
        change[0] = True
        np.not_equal(steps[1:], steps[:-1], out=change[1:])
        (firsts,) = change.nonzero()
        largest[steps[firsts]] = np.maximum.reduceat(peaks, firsts)
    return largest


def _bins(
    chunks: Sequence[Placed],
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float32], NDArray[np.float32]]:
    """Every bin of the chunks' speech: where it starts and ends in the narration, its energy
    and peak."""
    import numpy as np

    starts = np.empty(sum(len(chunk.levels.energies) for chunk in chunks), dtype=np.int64)
    ends = np.empty(len(starts), dtype=np.int64)
    offset = 0
    for chunk in chunks:
        levels, count = chunk.levels, len(chunk.levels.energies)
        size = levels.bin_frames
        starts[offset : offset + count] = chunk.start + np.arange(count) * size
        ends[offset : offset + count] = starts[offset : offset + count] + size
        ends[offset + count - 1] = chunk.start + levels.frames
        offset += count
    empty = np.zeros(0, dtype=np.float32)
    energies = np.concatenate([empty, *(chunk.levels.energies for chunk in chunks)])
    peaks = np.concatenate([empty, *(chunk.levels.peaks for chunk in chunks)])
    return starts, ends, energies, peaks

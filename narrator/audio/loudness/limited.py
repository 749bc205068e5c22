"""The loudness of a staged narration once limited, without encoding it: the steps the
limiter reaches are read back and measured again (or, where the staging kept 10 ms bins, their
energy is lowered by what the limiting gain takes), and every other step's energy is only scaled
by the gain.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from narrator.audio.loudness.limiter import Peaks, Ramps, clusters, gain_curve
from narrator.audio.loudness.meter import Bins, StepLevels, step_energies

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

STEPS_PER_S = 10
_STEPS_READ = 32
"""Steps measured again at once after limiting."""
_BINS_AT_ONCE = 512
"""Bins whose limited energy is found at once."""


class Readable(Protocol):
    """Staged audio that can be read back."""

    def read(self, start: int, end: int) -> Samples:
        """The samples `start` to `end` (excluded)."""


def limited_lufs(audio: Readable, levels: StepLevels, gain: float, peaks: Peaks) -> float:
    """The loudness of the staged audio times `gain` and limited at `peaks`: the steps the
    limiter reaches are read and measured again, the others only scaled."""
    import numpy as np

    energies = levels.energies * gain**2
    if not len(peaks):
        return levels.integrated_lufs(energies)
    ramps = Ramps.at(levels.rate)
    starts, ends = clusters(peaks, ramps)
    if levels.fine is not None:
        return _limited_by_bins(levels, levels.fine, energies, peaks, ramps, (starts, ends))
    steps = len(energies)
    firsts = np.minimum(np.maximum(starts, 0) * STEPS_PER_S // levels.rate, steps - 1)
    lasts = np.minimum(np.maximum(ends - 1, 0) * STEPS_PER_S // levels.rate, steps - 1)
    reached = np.zeros(steps + 1, dtype=np.int64)
    np.add.at(reached, firsts, 1)
    np.add.at(reached, lasts + 1, -1)
    touched = (np.cumsum(reached) > 0).astype(np.int8)
    edges = np.diff(np.concatenate([[0], touched]))
    runs = np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()
    for run_first, run_last in zip(*runs, strict=True):
        # A few seconds at a time, so that a narration limited throughout is never read whole.
        for first in range(run_first, run_last, _STEPS_READ):
            last = min(run_last, first + _STEPS_READ)
            start, end = levels.edge(first), levels.edge(last)
            limited = audio.read(start, end) * gain * gain_curve(start, end, peaks, ramps)
            energies[first:last] = _energies(limited, start, first, last, levels)
    return levels.integrated_lufs(energies)


def _limited_by_bins(
    levels: StepLevels,
    fine: Bins,
    energies: Samples,
    peaks: Peaks,
    ramps: Ramps,
    spans: tuple[NDArray[np.int64], NDArray[np.int64]],
) -> float:
    """`limited_lufs` from the bins, with no sample read: each bin the limiter reaches loses
    the share of its energy that the limiting gain's square takes over it (its energy taken
    as even over its 10 ms), from the step that holds its middle."""
    import numpy as np

    for start, end in _runs(spans, levels.rate // 2):
        start, end = max(start, 0), min(end, levels.samples)
        # The bins that end after the span starts, and start before it ends. The places are
        # searched for as 32-bit, like the starts: a Python int would have numpy convert
        # every start to 64 bits first, for each search (5 ms for 2 hours of bins).
        first = max(int(np.searchsorted(fine.starts, np.uint32(start), side="right")) - 1, 0)
        last = int(np.searchsorted(fine.starts, np.uint32(end), side="left"))
        # A few seconds at a time, so that a narration limited throughout stays cheap.
        for low in range(first, last, _BINS_AT_ONCE):
            high = min(last, low + _BINS_AT_ONCE)
            bin_starts = fine.starts[low:high].astype(np.int64)
            widths = fine.widths[low:high].astype(np.int64)
            a = np.clip(bin_starts, start, end)
            b = np.clip(bin_starts + widths, start, end)
            if a[0] >= b[-1]:
                continue
            curve = gain_curve(int(a[0]), int(b[-1]), peaks, ramps)
            taken = np.concatenate([[0.0], np.cumsum(1.0 - curve**2)])
            lost = (taken[b - a[0]] - taken[a - a[0]]) / widths
            middles = bin_starts + widths // 2
            steps = np.minimum(middles * STEPS_PER_S // levels.rate, len(energies) - 1)
            np.subtract.at(energies, steps, fine.energies[low:high] * (lost * peaks.gain**2))
    return levels.integrated_lufs(np.maximum(energies, 0.0))


def _energies(samples: Samples, start: int, first: int, last: int, levels: StepLevels) -> Samples:
    """The K-weighted energy of steps `first` to `last` (excluded), whose samples, from
    `start`, are `samples`: in one transform when they are all as long."""
    import numpy as np

    bounds = [levels.edge(step) - start for step in range(first, last + 1)]
    lengths = set(np.diff(bounds).tolist())
    if len(lengths) == 1:
        rows = samples[: bounds[-1]].reshape(last - first, -1)
        return step_energies(rows, levels.rate)
    pieces = [samples[a:b][None, :] for a, b in pairwise(bounds)]
    return np.array([step_energies(piece, levels.rate)[0] for piece in pieces])


def _runs(spans: tuple[NDArray[np.int64], NDArray[np.int64]], gap: int) -> list[tuple[int, int]]:
    """The limited spans (disjoint, in order) joined where fewer than `gap` samples apart:
    between them the gain curve is 1 and nothing is lost, and a narration limited every few
    milliseconds is then measured a few seconds at a time, not span by span."""
    runs: list[tuple[int, int]] = []
    for start, end in zip(*(span.tolist() for span in spans), strict=True):
        if runs and start - runs[-1][1] < gap:
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    return runs

"""The loudness of a staged narration once limited, without encoding it: the steps the
limiter reaches are read back and measured again (or, where the staging kept 10 ms bins, their
energy is lowered by what the limiting gain takes), and every other step's energy is only scaled
by the gain.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from narrator.audio.heap import release_freed_memory
from narrator.audio.loudness.filters import step_energies
from narrator.audio.loudness.limiter import Peaks, Ramps, clusters, gain_curve, gain_curves
from narrator.audio.loudness.meter import STEPS_PER_S, Bins, StepLevels

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Single = NDArray[np.float32]

_STEPS_READ = 32
"""Steps measured again at once after limiting."""
_BINS_AT_ONCE = 256
"""The most bins of a run whose limited energy is found at once."""
_SPANS_AT_ONCE = 4096
"""The most limited spans whose bins are found at once."""
_SAMPLES_AT_ONCE = 1 << 16
"""About the most samples whose limiting gain is found at once, over many runs (with
`_BINS_AT_ONCE`, a group's arrays take 1.4 MB at most, 2.4 at 1 << 17 and 512 bins; 20 minutes
of the seed limited at +1 dB: 15.2 ms of CPU, 13.5 then)."""
_BINS_TRUSTED_LU = 0.5
"""The most loudness the bins may find the limiting takes for their figure to stand: they
take each bin's energy as even over its 10 ms, which holds for speech limited lightly (the
seed loses 0.1 LU), but where the limiter takes much, it takes it where the energy is (sharp
peaks, dense), and the bins found 10.7 LU taken where 12.7 were."""


class Readable(Protocol):
    """Staged audio that can be read back."""

    def read(self, start: int, end: int) -> Samples:
        """The samples `start` to `end` (excluded)."""


def limited_lufs(audio: Readable, levels: StepLevels, gain: float, peaks: Peaks) -> float:
    """The loudness of the staged audio times `gain` and limited at `peaks`: the steps the
    limiter reaches are read and measured again (or their bins lowered, where that takes
    little: see `_BINS_TRUSTED_LU`), the others only scaled. The memory its arrays took is
    given back once they are freed (see narrator.audio.heap)."""
    lufs = _limited_lufs(audio, levels, gain, peaks)
    release_freed_memory()
    return lufs


def _limited_lufs(audio: Readable, levels: StepLevels, gain: float, peaks: Peaks) -> float:
    import numpy as np

    if not len(peaks):
        return levels.integrated_lufs(levels.energies * gain**2)
    ramps = Ramps.at(levels.rate)
    starts, ends = clusters(peaks, ramps)
    if levels.fine is not None:
        # The bins take from these energies in place, kept in single precision: a long
        # narration's steps are 2.4 MB so (4.9 in double, the most memory its save took as
        # it was found), and a step's energy to 1e-7 changes the loudness by 1e-6 dB at most.
        # The steps read back, if they must be, start again from the staged ones.
        single = np.empty(len(levels.energies), dtype=np.float32)
        scaled = np.multiply(levels.energies, gain**2, out=single)
        unlimited = levels.integrated_lufs(scaled)
        by_bins = _limited_by_bins(levels, levels.fine, scaled, peaks, ramps, (starts, ends))
        if unlimited - by_bins <= _BINS_TRUSTED_LU:
            return by_bins
        del single, scaled
    energies = levels.energies * gain**2
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
    energies: Single,
    peaks: Peaks,
    ramps: Ramps,
    spans: tuple[NDArray[np.int64], NDArray[np.int64]],
) -> float:
    """`limited_lufs` from the bins, with no sample read (taken from `energies`, in place):
    each bin the limiter reaches loses the share of its energy that the limiting gain's
    square takes over it (its energy taken as even over its 10 ms), from the step that holds
    its middle. The runs' blocks of bins are handled many at once (see `gain_curves`)."""
    import numpy as np

    group: list[tuple[int, int, int, int]] = []
    length = 0
    for block in _blocks(levels, fine, spans):
        group.append(block)
        length += block[3] - block[2]
        if length >= _SAMPLES_AT_ONCE:
            _lose(levels, fine, energies, peaks, ramps, group)
            group, length = [], 0
    if group:
        _lose(levels, fine, energies, peaks, ramps, group)
    return levels.integrated_lufs(np.maximum(energies, 0.0, out=energies))


def _blocks(
    levels: StepLevels, fine: Bins, spans: tuple[NDArray[np.int64], NDArray[np.int64]]
) -> Iterator[tuple[int, int, int, int]]:
    """The bins the limited spans meet, by runs of at most `_BINS_AT_ONCE`: the first and
    the last bin (excluded), and the part of the span that they cover. Only the spans: the
    gain curve is 1 between them, where nothing is lost (joining spans less than half a
    second apart, as the steps read back are, made the curves found nearly twice as long).
    The spans are taken `_SPANS_AT_ONCE` at a time: memory stays flat however many."""
    import numpy as np

    for group in range(0, len(spans[0]), _SPANS_AT_ONCE):
        starts = np.maximum(spans[0][group : group + _SPANS_AT_ONCE], 0)
        ends = np.minimum(spans[1][group : group + _SPANS_AT_ONCE], levels.samples)
        # The bins that end after a run starts, and start before it ends.
        firsts = np.maximum(fine.last_by(starts), 0)
        lasts = fine.first_from(ends)
        blocks: list[tuple[int, int, int, int]] = []
        for start, end, first, last in zip(
            starts.tolist(), ends.tolist(), firsts.tolist(), lasts.tolist(), strict=True
        ):
            for low in range(first, last, _BINS_AT_ONCE):
                blocks.append((low, min(last, low + _BINS_AT_ONCE), start, end))
        if not blocks:
            continue
        lows, highs, span_starts, span_ends = np.array(blocks, dtype=np.int64).T
        a = np.minimum(np.maximum(fine.starts(lows), span_starts), span_ends)
        b = np.minimum(np.maximum(fine.ends(highs - 1), span_starts), span_ends)
        for (low, high, _, _), first_a, last_b in zip(blocks, a.tolist(), b.tolist(), strict=True):
            if first_a < last_b:
                yield low, high, first_a, last_b


def _lose(
    levels: StepLevels,
    fine: Bins,
    energies: Single,
    peaks: Peaks,
    ramps: Ramps,
    blocks: list[tuple[int, int, int, int]],
) -> None:
    """Take from `energies` what the limiting takes from the bins of `blocks` (see
    `_blocks`)."""
    import numpy as np

    lows, highs, span_starts, span_ends = np.array(blocks, dtype=np.int64).T
    curves = gain_curves(span_starts, span_ends, peaks, ramps)
    # What the gain's square takes, summed: in place, one array besides the curves (the
    # expression took four, up to 8 MB at once for a group of spans).
    np.square(curves, out=curves)
    np.subtract(1.0, curves, out=curves)
    taken = np.empty(len(curves) + 1)
    taken[0] = 0.0
    np.cumsum(curves, out=taken[1:])
    del curves
    # Each bin, the block it is in, and where that block's curve starts in `curves`.
    counts = highs - lows
    block = np.repeat(np.arange(len(lows)), counts)
    bins = np.arange(int(counts.sum())) + np.repeat(lows - (np.cumsum(counts) - counts), counts)
    offsets = (np.cumsum(span_ends - span_starts) - (span_ends - span_starts))[block]
    bin_starts, bin_ends = fine.spans(bins)
    widths = bin_ends - bin_starts
    first, last = span_starts[block], span_ends[block]
    a = np.clip(bin_starts, first, last) - first + offsets
    b = np.clip(bin_starts + widths, first, last) - first + offsets
    lost = (taken[b] - taken[a]) / widths
    middles = bin_starts + widths // 2
    steps = np.minimum(middles * STEPS_PER_S // levels.rate, len(energies) - 1)
    np.subtract.at(energies, steps, fine.energies(bins) * (lost * peaks.gain**2))


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

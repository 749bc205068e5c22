"""Which pieces of a narration the peak search reads, and in what batches.

A true peak is never more than `SparseTruePeak.bound` times the samples around it: only the
10 ms bins (or 100 ms steps, where no bins were kept) whose largest sample could pass the
ceiling at a gain are read, with a margin around them, as pieces at most `SEARCHED` long,
in batches searched at once (see narrator.audio.loudness.peak_search). The pieces go in
arrays of their starts and ends, a part of the bins at a time, with no Python loop over
them: a seed has some 1,300.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrator.audio.loudness.bin_peaks import decoded_peaks
from narrator.audio.loudness.meter import STEPS_PER_S, Bins, StepLevels

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]
    Pieces = tuple[NDArray[np.int64], NDArray[np.int64]]
    """Pieces of the audio to search: their starts and ends, in order."""

MARGIN = 64
"""Samples read on either side of a stretch of steps searched for peaks, and of a chunk
searched as it comes (see narrator.audio.leveled_ahead)."""
REACH = 32
"""Samples searched on either side of a 10 ms bin that may pass the ceiling, and read around
each piece: more than the oversampling filter (24 taps) reaches, all an output there reads."""
SEARCHED = 1 << 14
"""The most samples searched for peaks at once: oversampling takes 64 bytes a sample."""
BATCHED = 1 << 17
"""The most samples read and searched for peaks at once, gaps included."""
JOINED_GAP = 3
"""Runs of steps to search fewer steps apart than this are read as one."""


def batches(parts: Iterator[Pieces]) -> Iterator[Pieces]:
    """The pieces in runs that are read and searched at once: at most `BATCHED` samples
    from the first's start to the last's end, with no gap longer than `SEARCHED`."""
    import numpy as np

    batch: list[tuple[int, int]] = []
    for starts, ends in parts:
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            if batch and (end - batch[0][0] > BATCHED or start - batch[-1][1] > SEARCHED):
                yield np.array([a for a, _ in batch]), np.array([b for _, b in batch])
                batch = []
            batch.append((start, end))
    if batch:
        yield np.array([a for a, _ in batch]), np.array([b for _, b in batch])


def gathered_batches(parts: Iterator[Pieces]) -> Iterator[Pieces]:
    """The pieces (in arrays of them, in order) in runs that are gathered and searched at
    once: at most `BATCHED` samples of pieces (gaps left out), however far apart (but a piece
    longer alone). A seed's search took 50 batches, and a quarter of its CPU in what numpy's
    calls cost beside the work, in runs of 128 k samples from first to last; 13 batches so.
    Found from the pieces' running length, a batch at a time, not piece by piece."""
    import numpy as np

    held: list[Pieces] = []
    length = 0  # of the pieces held
    for starts, ends in parts:
        running = np.cumsum(ends - starts)
        taken, count = 0, len(starts)
        while taken < count:
            before = int(running[taken - 1]) if taken else 0
            fits = int(np.searchsorted(running, before + BATCHED - length, side="right"))
            if fits == taken and not held:
                fits = taken + 1  # a piece alone, however long
            if fits > taken:
                held.append((starts[taken:fits], ends[taken:fits]))
                length += int(running[fits - 1]) - before
                taken = fits
            if taken < count:  # the next piece does not fit: the batch is full
                yield _joined_pieces(held)
                held, length = [], 0
    if held:
        yield _joined_pieces(held)


def _joined_pieces(held: list[Pieces]) -> Pieces:
    import numpy as np

    if len(held) == 1:
        return held[0]
    return np.concatenate([s for s, _ in held]), np.concatenate([e for _, e in held])


def step_pieces(levels: StepLevels, flagged: NDArray[np.bool_]) -> Iterator[Pieces]:
    """The runs of flagged steps (those a few steps apart as one) as sample spans, widened by
    the margin, cut into pieces at most `SEARCHED` long."""
    import numpy as np

    edges = np.diff(np.concatenate([[0], flagged.astype(np.int8), [0]]))
    firsts, lasts = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if not len(firsts):
        return
    joined = np.flatnonzero(firsts[1:] - lasts[:-1] > JOINED_GAP) + 1
    firsts, lasts = firsts[np.concatenate([[0], joined])], lasts[np.concatenate([joined - 1, [-1]])]
    edges = np.minimum(np.stack([firsts, lasts]) * levels.rate // STEPS_PER_S, levels.samples)
    starts = np.maximum(0, edges[0] - MARGIN)
    ends = np.minimum(levels.samples, edges[1] + MARGIN)
    yield _cut(starts, ends)


def fine_pieces(
    levels: StepLevels, fine: Bins, ceilings: Samples, factor: float
) -> Iterator[Pieces]:
    """The bins whose samples could make a true peak over the ceiling at `gain` (a bin and
    the margin around it), those less than a margin apart joined, cut into pieces at most
    `SEARCHED` long (a fraction of what searching by steps reads), in arrays of them a part
    of the bins at a time: no Python loop over the pieces (a seed has some 1,300)."""
    for firsts, lasts in _fine_spans(levels, fine, ceilings, factor):
        yield _cut(firsts, lasts)


def _cut(firsts: NDArray[np.int64], lasts: NDArray[np.int64]) -> Pieces:
    """The spans `firsts` to `lasts` cut into pieces at most `SEARCHED` long."""
    import numpy as np

    lengths = lasts - firsts
    if not len(lengths) or int(lengths.max()) <= SEARCHED:
        return firsts, lasts
    counts = -(-lengths // SEARCHED)
    within = np.arange(int(counts.sum()), dtype=np.int64)
    within -= np.repeat(np.cumsum(counts) - counts, counts)
    starts = np.repeat(firsts, counts) + within * SEARCHED
    return starts, np.minimum(starts + SEARCHED, np.repeat(lasts, counts))


def _fine_spans(
    levels: StepLevels, fine: Bins, ceilings: Samples, factor: float
) -> Iterator[Pieces]:
    """The spans `fine_pieces` cuts into pieces (arrays of their starts and ends): the bins
    whose largest sample times `factor` passes the ceiling, widened by `REACH`, found a part
    of the bins at a time (a span that goes on past one joined with the next's first): memory
    stays flat however long the narration."""
    import numpy as np

    pending: Pieces | None = None
    for low, peaks in zip(fine.part_firsts.tolist(), fine.peak_parts, strict=False):
        high = low + len(peaks)
        flagged = np.flatnonzero(
            decoded_peaks(peaks) * factor > _lowest_of_bins(levels, fine, ceilings, low, high)
        )
        if not len(flagged):
            continue
        flagged += low
        starts, ends = fine.spans(flagged)
        starts = np.maximum(starts - REACH, 0)
        ends = np.minimum(ends + REACH, levels.samples)
        apart = np.flatnonzero(starts[1:] > ends[:-1]) + 1
        firsts = starts[np.concatenate([[0], apart])]
        lasts = ends[np.concatenate([apart - 1, [len(ends) - 1]])]
        if pending is not None:
            if firsts[0] <= pending[1][0]:
                firsts[0] = pending[0][0]
            else:
                yield pending
        if len(firsts) > 1:
            yield firsts[:-1], lasts[:-1]
        pending = firsts[-1:], lasts[-1:]
    if pending is not None:
        yield pending


def _lowest_of_bins(
    levels: StepLevels, fine: Bins, ceilings: Samples, low: int, high: int
) -> Samples | float:
    """The lowest ceiling of the steps that bins `low` to `high` meet."""
    import numpy as np

    if ceilings.min() == ceilings.max():
        return float(ceilings[0])
    steps = len(ceilings) - 1
    indices = np.arange(low, high, dtype=np.int64)
    bin_starts, bin_ends = fine.spans(indices)
    first = np.minimum(bin_starts * STEPS_PER_S // levels.rate, steps)
    last = np.minimum((bin_ends - 1) * STEPS_PER_S // levels.rate, steps)
    lowest: Samples = np.minimum(ceilings[first], ceilings[last])
    return lowest

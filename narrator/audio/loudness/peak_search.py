"""The search for the peaks a gain would push over the ceiling, in a staged narration.

The staging measured each 100 ms step's largest sample (and, where it kept them, each 10 ms
bin's): a true peak is never more than `SparseTruePeak.bound` times the samples around it, so
only the steps or bins that could pass the ceiling at a gain are read back and oversampled
(which: narrator.audio.loudness.search_pieces), gathered into batches searched on two
threads. `PeakSearch` keeps what it found for the highest gain searched, so that a lower gain
needs no second search; the plan (`narrator.audio.loudness.plan`) asks it for the gain it
tries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from narrator.audio.loudness.limited import Readable
from narrator.audio.loudness.limiter import Lowering, Peaks, lowered_ceilings
from narrator.audio.loudness.meter import StepLevels
from narrator.audio.loudness.peaks import SparseTruePeak
from narrator.audio.loudness.search_pieces import (
    MARGIN,
    REACH,
    batches,
    fine_pieces,
    gathered_batches,
    step_pieces,
)

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from narrator.audio.loudness.search_pieces import Pieces

    Samples = NDArray[np.float64]
    Floats = NDArray[np.float32]
    Gather = Callable[[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64], Floats], float]
    """Copies the samples `lows` to `highs` of each piece into `out` from its `offsets` on
    (see narrator.audio.leveled.StoredChunks.gather)."""

T = TypeVar("T")

_GROUPED = 64
"""The peaks in each 64 samples are kept as their first and last, both needing the lowest
gain of them: a limiter holds each peak's gain longer than that, so it turns the gain down
over the same spans (wider by at most 63 samples), and a narration limited throughout keeps
little in memory."""
_AHEAD = 4
"""Batches searched ahead of the one whose peaks are taken: memory stays flat however long."""


def peaks_over(
    audio: Readable,
    levels: StepLevels,
    gain: float,
    ceiling_dbtp: float,
    lowerings: Sequence[Lowering] = (),
) -> Peaks:
    """The samples whose true peak, times `gain`, passes the ceiling there, and the gain each
    needs (see `PeakSearch`)."""
    return PeakSearch(audio, levels, ceiling_dbtp, lowerings).at(gain)


class PeakSearch:
    """The peaks of the staged audio over a ceiling, at any gain up to the highest searched
    for: only the steps whose samples could make such a peak are read, and they are read again
    only for a higher gain. Peaks are kept by 64 samples (see `_GROUPED`): each group's first
    and last place, and its highest true peak as a ratio to the ceiling there. `one_thread`:
    searched on this thread alone, whatever the process's setting (see
    `search_on_one_thread`)."""

    def __init__(
        self,
        audio: Readable,
        levels: StepLevels,
        ceiling_dbtp: float,
        lowerings: Sequence[Lowering] = (),
        one_thread: bool = False,
    ) -> None:

        self._audio, self._levels = audio, levels
        self._ceiling_dbtp, self._lowerings = ceiling_dbtp, lowerings
        self._one_thread = one_thread
        self._searched = 0.0
        self._peaks = Peaks.none()

    def at(self, gain: float) -> Peaks:
        """The peaks that pass the ceiling at `gain` (the arrays are those of the search)."""
        if gain > self._searched:
            self.search(gain)
        return dataclasses.replace(self._peaks, gain=gain)

    def search(self, gain: float) -> None:
        """Find the peaks that pass the ceiling at `gain` (and so at any lower gain)."""

        levels, lowerings = self._levels, self._lowerings
        ceilings = _step_ceilings(levels, self._ceiling_dbtp, lowerings)
        # Audio that gathers its pieces (see `_search_pieces`) costs nothing for the gaps
        # between them: its batches are as long as their pieces add up to.
        if levels.fine is not None:
            pieces = fine_pieces(levels, levels.fine, ceilings, _envelope().bound * gain)
        else:
            pieces = step_pieces(levels, levels.peaks * _envelope().bound * gain > ceilings)
        gathers = getattr(self._audio, "gather", None) is not None
        to_search = gathered_batches(pieces) if gathers else batches(pieces)
        self._peaks = Peaks.none()  # the last search's go first: a long narration has many
        found = _Found()

        def work(pieces: Pieces) -> tuple[NDArray[np.int64], Samples]:
            return self._search_pieces(pieces, ceilings, gain)

        found_by_batch = (
            map(work, to_search) if self._one_thread else _on_two_threads(work, to_search)
        )
        for places, ratios in found_by_batch:
            found.add(places, ratios)
        self._peaks = found.peaks()
        self._searched = gain

    def _search_pieces(
        self, pieces: Pieces, ceilings: Samples, gain: float
    ) -> tuple[NDArray[np.int64], Samples]:
        """The peaks in `pieces` (their starts and ends, see `_stretches`) that pass the
        ceiling at `gain`, grouped piece by piece: the pieces are read at once and oversampled
        together, each kept to its own threshold, for what a call costs numpy beside the work;
        the gaps between them are left out (a piece's outputs read no further than the
        `REACH` read around it)."""
        import numpy as np

        levels = self._levels
        starts, ends = pieces
        thresholds = _lowest_ceilings(levels, ceilings, starts, ends) / gain
        first = max(0, int(starts[0]) - REACH)
        last = min(levels.samples, int(ends[-1]) + REACH)
        lows = np.maximum(starts - REACH, first)
        highs = np.minimum(ends + REACH, last)
        offsets = np.zeros(len(lows) + 1, dtype=np.int64)
        np.cumsum(highs - lows, out=offsets[1:])
        padded, compact = _envelope().laid_out(int(offsets[-1]))
        scale = 1.0
        gather: Gather | None = getattr(self._audio, "gather", None)
        if gather is not None:
            # Copied as stored, in units whose full scale `scale` says (a power of two: the
            # peaks found are the same to the last bit).
            scale = gather(lows, highs, offsets[:-1], compact)
        elif 2 * int((highs - lows).sum()) < last - first:
            # Mostly gaps: the pieces are read one by one.
            for low, high, offset in _spans(lows, highs, offsets):
                compact[offset : offset + high - low] = self._audio.read(low, high)
        else:
            read = self._audio.read(first, last)
            for low, high, offset in _spans(lows, highs, offsets):
                compact[offset : offset + high - low] = read[low - first : high - first]
        places, true_peaks = _envelope().over_padded(padded, len(compact), thresholds.min() * scale)
        if scale != 1.0:
            true_peaks /= scale
        piece = np.searchsorted(offsets, places, side="right") - 1
        places = places - offsets[piece] + lows[piece]
        over = (places >= starts[piece]) & (places < ends[piece])
        over &= true_peaks > thresholds[piece]
        places, true_peaks, piece = places[over], true_peaks[over], piece[over]
        ratios = true_peaks / lowered_ceilings(self._ceiling_dbtp, self._lowerings, places)
        passing = ratios * gain > 1.0
        return _grouped(places[passing], ratios[passing], piece[passing])


def _spans(
    lows: NDArray[np.int64], highs: NDArray[np.int64], offsets: NDArray[np.int64]
) -> Iterator[tuple[int, int, int]]:
    """Each piece's first and last sample read, and where it goes, one by one."""
    return zip(lows.tolist(), highs.tolist(), offsets[:-1].tolist(), strict=True)


class _Found:
    """The peaks found, batch by batch, in two arrays that grow in place (numpy's resize is
    C's realloc), then shrink to what they hold. Kept as arrays of their own, each batch's few
    peaks were long-lived blocks among its scratch arrays, and the heap grew around them: the
    1 MB article's search (3,000 batches, 650,000 peaks) took 39 MB more of it while its
    arrays grew 12 MB, and as much again to join them at the end."""

    def __init__(self) -> None:
        import numpy as np

        self._places, self._ratios = np.zeros(0, dtype=np.int64), np.zeros(0)
        self._count = 0

    def add(self, places: NDArray[np.int64], ratios: Samples) -> None:
        count = self._count + len(places)
        if count > len(self._places):
            size = max(count, 2 * len(self._places), 4096)
            self._places.resize(size, refcheck=False)
            self._ratios.resize(size, refcheck=False)
        self._places[self._count : count] = places
        self._ratios[self._count : count] = ratios
        self._count = count

    def peaks(self) -> Peaks:
        """What was found, as Peaks (the arrays are then theirs)."""
        self._places.resize(self._count, refcheck=False)
        self._ratios.resize(self._count, refcheck=False)
        return Peaks(self._places, self._ratios)


_search_threads = 2
"""The threads the peak search runs on (see `search_on_one_thread`)."""


def search_on_one_thread() -> None:
    """Run this process's peak searches on its own thread: where another process has the
    other core (a batch's engine, or another narration being finished), a second thread only
    takes turns with this one."""
    global _search_threads
    _search_threads = 1


def _on_two_threads(work: Callable[[Pieces], T], batches: Iterator[Pieces]) -> Iterator[T]:
    """`work` done on each batch, in order, two batches at once (numpy lets go of the GIL for
    most of it: the search takes two cores once the speech is made), a few ahead at most."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    if _search_threads == 1:
        yield from map(work, batches)
        return
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:
        yield work(first)
        return
    with ThreadPoolExecutor(2, thread_name_prefix="narrator-search") as threads:
        pending: deque[Future[T]] = deque([threads.submit(work, first)])
        pending.append(threads.submit(work, second))
        for batch in batches:
            pending.append(threads.submit(work, batch))
            if len(pending) > _AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _lowest_ceilings(
    levels: StepLevels, ceilings: Samples, starts: NDArray[np.int64], ends: NDArray[np.int64]
) -> Samples:
    """The lowest of the steps' ceilings over each span."""
    import numpy as np

    if ceilings.min() == ceilings.max():
        return np.full(len(starts), ceilings[0])
    lowest = [
        ceilings[levels.step_at(a) : levels.step_at(b - 1) + 1].min()
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    return np.array(lowest)


def _grouped(
    places: NDArray[np.int64], ratios: Samples, pieces: NDArray[np.int64]
) -> tuple[NDArray[np.int64], Samples]:
    """The peaks in each `_GROUPED` samples of a piece as their first and last place, each
    with the highest ratio of them."""
    import numpy as np

    if not len(places):
        return places, ratios
    changes = (np.diff(places // _GROUPED) != 0) | (np.diff(pieces) != 0)
    breaks = np.flatnonzero(changes) + 1
    firsts = np.concatenate([[0], breaks])
    lasts = np.concatenate([breaks - 1, [len(places) - 1]])
    highest = np.maximum.reduceat(ratios, firsts)
    both = np.stack([places[firsts], places[lasts]], axis=1).ravel()
    keep = np.ones(len(both), dtype=bool)
    keep[1::2] = lasts != firsts  # a lone peak is kept once
    return both[keep], np.repeat(highest, 2)[keep]


def _step_ceilings(
    levels: StepLevels, ceiling_dbtp: float, lowerings: Sequence[Lowering]
) -> Samples:
    """Each step's lowest linear ceiling, over the step and the margin around it (lowerings
    that meet a step count whole: it only makes more steps searched). With no lowering, one
    ceiling seen as every step's: a long narration's steps took 10 MB at once for it."""
    import numpy as np

    if not lowerings:
        ceiling: Samples = 10 ** ((ceiling_dbtp - np.zeros(1)) / 20)
        return np.broadcast_to(ceiling, (len(levels.peaks),))
    lowered = np.zeros(len(levels.peaks))
    for lowering in lowerings:
        first = levels.step_at(max(0, lowering.start - MARGIN))
        last = levels.step_at(max(0, lowering.end + MARGIN))
        lowered[first : last + 1] += lowering.by_db
    ceilings: Samples = 10 ** ((ceiling_dbtp - lowered) / 20)
    return ceilings


@cache
def _envelope() -> SparseTruePeak:
    return SparseTruePeak()

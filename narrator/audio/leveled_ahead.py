"""WAV at a loudness written as its chunks come, at the gain its first half-minute asks for.

espeak-ng speaks at a steady level: the gain that brings a narration's first 30 s of speech to
the target (limited where its peaks need it) brings the whole within a few hundredths of a LU
of it (the seed and the test articles: 0.00 to 0.16 LU; after 5 s, up to 0.7). So, for a
narration finished where it is staged (a single save), once that much speech is measured the
gain is chosen, and each chunk, those before and then each as it comes, is searched for the
peaks that gain pushes over the ceiling, limited, and written into its chunk file and the
whole while the engines are still speaking. After the last chunk, only its own writing and the
loudness of the whole remain (from its bins, no sample read again), which
`narrator.audio.loudness.normalize.encode_to_target` checks: a whole that misses the aim by
more than a little is written again at the gain found for the whole (the rare slow path).

A chunk is searched once the audio its search reads is known (its speech and the margin after
it: the next chunk's, when its pause is shorter), and written once every peak that reaches it
is known (those of the chunks that start within the limiter's attack after its speech): each
chunk is limited as the one pass over the whole limits it (see narrator.audio.leveled).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.heap import release_freed_memory
from narrator.audio.leveled import StoredChunks, append_chunk, pcm16_format, write_chunk
from narrator.audio.loudness.bins import ChunkLevels, NarrationBins, Placed, narration_levels
from narrator.audio.loudness.limited import limited_lufs
from narrator.audio.loudness.limiter import Gain, Limiter, Peaks, Ramps
from narrator.audio.loudness.peak_search import _GROUPED, PeakSearch
from narrator.audio.loudness.plan import Level, level_for
from narrator.audio.loudness.search_pieces import MARGIN
from narrator.audio.wav import WavWriter

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Samples = NDArray[np.float64]

PREDICTED_AFTER_S = 30.0
"""The speech measured before the gain is chosen from it (and again as much later, while all
of it so far is silence)."""


class WrittenAhead:
    """Told of each chunk as `store_and_measure` takes it in (see `__call__`): once enough
    speech is measured, the chunks are limited and written as far as they can be; `finish`
    writes the rest. Closed (`close`) in any case."""

    def __init__(self, whole_path: Path, aim_lufs: float, ceiling_dbtp: float) -> None:
        self._whole_path = whole_path
        self._aim_lufs, self._ceiling_dbtp = aim_lufs, ceiling_dbtp
        self._levels: list[ChunkLevels | None] = []
        """Each chunk's levels, until it is searched."""
        self._unpredicted_frames = 0
        self._gain_db: float | None = None
        self._peaks: list[Peaks] = []
        """The peaks of each chunk searched, in order."""
        self._written = 0
        self._whole: WavWriter | None = None

    def __call__(self, chunks: StoredChunks, levels: ChunkLevels) -> None:
        """The last of `chunks`, with its `levels`, is taken in."""
        self._levels.append(levels)
        if self._gain_db is None:
            self._unpredicted_frames += levels.frames
            if self._unpredicted_frames < PREDICTED_AFTER_S * chunks.frame_rate:
                return
            self._unpredicted_frames = 0
            self._gain_db = self._predicted_db(chunks)
            if self._gain_db is None:
                return
        self._advance(chunks, finished=False)

    def finish(self, chunks: StoredChunks) -> Level | None:
        """Every chunk written; the level of the whole (its gain, its peaks and its loudness
        once limited); None when no gain was chosen (nothing is written)."""
        if self._gain_db is None:
            return None
        self._advance(chunks, finished=True)
        self.close()
        gain = _linear(self._gain_db)
        peaks = _joined(self._peaks, gain)
        self._peaks = []  # each chunk's own, let go before the finish's steps are made
        levels = chunks.levels()
        release_freed_memory()  # a long narration's chunks' peaks and bins, joined
        return Level(self._gain_db, peaks, limited_lufs(chunks, levels, gain, peaks))

    def close(self) -> None:
        """The whole closed (its header completed), if it was started."""
        if self._whole is not None:
            self._whole.close()
            self._whole = None

    def _predicted_db(self, chunks: StoredChunks) -> float | None:
        """The gain the speech so far asks for (None while it is silence)."""
        measured = NarrationBins()
        for timing, levels in zip(chunks.timings, self._levels, strict=True):
            assert levels is not None
            measured.add(Placed(timing.start_frame, levels))
        so_far = StoredChunks(list(chunks.timings), list(chunks.speech), measured)
        if so_far.levels().integrated_lufs() == -math.inf:
            return None
        # On this thread alone, as each chunk's search: the engines have the cores while the
        # chunks come, and a second thread's arrays beside the first's only made the heap
        # larger (new pages, each faulted in at some 2.5 us of CPU).
        return level_for(so_far, self._aim_lufs, self._ceiling_dbtp, one_thread=True).gain_db

    def _advance(self, chunks: StoredChunks, finished: bool) -> None:
        """Search each chunk whose audio around it is known, then write each chunk whose
        peaks around it are found (all of them once `finished`)."""
        assert self._gain_db is not None
        gain = _linear(self._gain_db)
        timings, known = chunks.timings, chunks.frames
        while len(self._peaks) < len(timings):
            index = len(self._peaks)
            if not finished and _speech_end(chunks, index) + MARGIN > known:
                break
            levels, self._levels[index] = self._levels[index], None
            assert levels is not None
            self._peaks.append(_chunk_peaks(chunks, index, levels, gain, self._ceiling_dbtp))
        searched = len(self._peaks)
        # The peaks of a chunk not searched yet lie a margin before its start at the earliest.
        unsearched = timings[searched].start_frame if searched < len(timings) else known
        ramps = Ramps.at(chunks.frame_rate)
        while self._written < searched:
            index = self._written
            if not finished and _speech_end(chunks, index) + ramps.before > unsearched - MARGIN:
                break
            self._write(chunks, index, gain, ramps)

    def _write(self, chunks: StoredChunks, index: int, gain: float, ramps: Ramps) -> None:
        """Chunk `index` limited by the peaks within reach of it, into its chunk file and
        the whole."""
        if self._whole is None:
            self._whole = WavWriter(self._whole_path, pcm16_format(chunks.frame_rate))
        start, end = chunks.timings[index].start_frame, _speech_end(chunks, index)
        first = index
        while first > 0 and _speech_end(chunks, first - 1) + MARGIN + ramps.after > start:
            first -= 1
        last = index + 1
        while last < len(self._peaks) and chunks.timings[last].start_frame - MARGIN < (
            end + ramps.before
        ):
            last += 1
        peaks = _joined(self._peaks[first:last], gain)
        processor = Limiter(chunks.frame_rate, gain, peaks) if len(peaks) else Gain(gain)
        frames = write_chunk(chunks, index, processor, self._whole_path.parent)
        append_chunk(self._whole, chunks.timings[index], frames)
        self._written += 1


@dataclass(frozen=True)
class _Window:
    """The stored chunks seen from `origin` on: what one chunk's search reads."""

    chunks: StoredChunks
    origin: int

    def read(self, start: int, end: int) -> Samples:
        return self.chunks.read(start + self.origin, end + self.origin)

    def gather(
        self,
        lows: NDArray[np.int64],
        highs: NDArray[np.int64],
        offsets: NDArray[np.int64],
        out: NDArray[np.float32],
    ) -> float:
        return self.chunks.gather(lows + self.origin, highs + self.origin, offsets, out)


def _chunk_peaks(
    chunks: StoredChunks, index: int, levels: ChunkLevels, gain: float, ceiling_dbtp: float
) -> Peaks:
    """The peaks of chunk `index` (measured as `levels`) over the ceiling at `gain`: the
    search of the whole narration, over this chunk's bins alone, seen from a place a margin
    before it (on the whole's grid of peak groups, so the peaks are grouped as the whole's
    search groups them)."""
    start = chunks.timings[index].start_frame
    origin = max(0, start - MARGIN) // _GROUPED * _GROUPED
    local = start - origin
    samples = local + levels.frames + MARGIN
    window_levels = narration_levels(chunks.frame_rate, samples, [Placed(local, levels)])
    search = PeakSearch(_Window(chunks, origin), window_levels, ceiling_dbtp, one_thread=True)
    found = search.at(gain)
    return Peaks(found.places + origin, found.ratios, gain)


def _joined(peaks: list[Peaks], gain: float) -> Peaks:
    """The chunks' peaks as one, in order of place, each place once with its highest ratio
    (one in the margin between two chunks with no pause is found by both searches)."""
    import numpy as np

    places = np.concatenate([np.zeros(0, dtype=np.int64), *(p.places for p in peaks)])
    ratios = np.concatenate([np.zeros(0), *(p.ratios for p in peaks)])
    order = np.argsort(places, kind="stable")
    places, ratios = places[order], ratios[order]
    if len(places) > 1:
        firsts = np.flatnonzero(np.concatenate([[True], np.diff(places) != 0]))
        places, ratios = places[firsts], np.maximum.reduceat(ratios, firsts)
    return Peaks(places, ratios, gain)


def _speech_end(chunks: StoredChunks, index: int) -> int:
    timing = chunks.timings[index]
    return timing.start_frame + timing.speech_frames


def _linear(decibels: float) -> float:
    return float(10 ** (decibels / 20))

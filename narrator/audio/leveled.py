"""WAV at a loudness, written in one pass from each chunk's stored speech.

Each chunk's speech stays in its chunk file (the chunk cache's entry, the previous narration's
file, or, where neither is, one staged here) and is measured once, by bins, as it comes (or not
at all: the chunk cache keeps the figures beside the speech; see narrator.audio.loudness.bins).
From the bins alone the loudness is known, the gain chosen, and the stretches that could pass
the ceiling at that gain found: only those are read back and oversampled. Then each chunk's
speech is read once, turned up or down (limited where the peaks need it) and written into its
chunk file and the whole: no staged copy of the narration, no second measurement. A single
save writes its chunks so as they come instead (see narrator.audio.leveled_ahead), and this
pass only when the gain its first half-minute asked for misses the whole's target.
"""

from __future__ import annotations

import functools
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrator.audio.codecs import rounded_pcm16
from narrator.audio.loudness import Processor, StepLevels
from narrator.audio.loudness.bins import ChunkLevels, NarrationBins, Placed, measure_speech
from narrator.audio.loudness.levels_files import LevelsPack, process_pack, read_levels
from narrator.audio.loudness.peak_search import search_on_one_thread
from narrator.audio.staging import to_samples
from narrator.audio.timings import ChunkTiming, Speech, nonempty
from narrator.audio.wav import (
    AudioFormat,
    Clip,
    StoredSpeech,
    WavWriter,
    write_chunk_file,
    write_pcm_file,
)
from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from narrator.audio.loudness.plan import Level

    Samples = NDArray[np.float64]

_PCM16 = 2
_PCM16_FULL_SCALE = 32768.0
_THREADS = 2
_AHEAD = 4
"""Chunks processed ahead of the one appended to the whole: memory stays flat however long."""


@dataclass
class StoredChunks:
    """A narration's speech, chunk by chunk in chunk files, measured: what the loudness plan
    reads (see narrator.audio.loudness.plan.StagedAudio) and the one pass writes."""

    timings: list[ChunkTiming] = field(default_factory=list)
    speech: list[StoredSpeech] = field(default_factory=list)
    measured: NarrationBins = field(default_factory=NarrationBins)
    """The chunks' levels, taken in as they are measured."""
    written: Level | None = None
    """The level the chunks were written at as they came (see narrator.audio.leveled_ahead),
    its loudness that of the whole; None when they were not."""
    _levels: StepLevels | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _last_read: dict[int, tuple[int, NDArray[Any], float]] = field(default_factory=dict, repr=False)
    """By thread, the chunk read last, its samples and their full scale."""

    @property
    def frame_rate(self) -> int:
        return self.timings[0].frame_rate

    @property
    def frames(self) -> int:
        return self.timings[-1].start_frame + self.timings[-1].frame_count

    def levels(self) -> StepLevels:
        """The narration's levels by 100 ms step, from its chunks' bins."""
        if self._levels is None:
            self._levels = self.measured.levels(self.frame_rate, self.frames)
            self.measured = NarrationBins()  # the levels hold the bins: not kept twice
        return self._levels

    def blocks(self) -> Iterator[Samples]:
        """The narration's samples, chunk by chunk (speech, then its pause)."""
        import numpy as np

        for timing, speech in zip(self.timings, self.speech, strict=True):
            yield to_samples(speech.clip())
            yield np.zeros(timing.frame_count - timing.speech_frames)

    def read(self, start: int, end: int) -> Samples:
        """The samples `start` to `end` (excluded), read from the chunk files that hold them."""
        import numpy as np

        if len(self._starts) != len(self.timings) + 1:
            self._starts = [t.start_frame for t in self.timings] + [self.frames]
        index = min(max(0, bisect_right(self._starts, start) - 1), len(self.timings) - 1)
        offset = self._starts[index]
        if offset <= start <= end <= offset + self.speech[index].frame_count:
            # Within one chunk's speech, as most pieces the peak search reads are.
            samples, full_scale = self._speech_samples(index)
            within: Samples = samples[start - offset : end - offset] / full_scale
            return within
        out = np.zeros(max(0, end - start))
        full_scale = 1.0
        while index < len(self.timings) and self._starts[index] < end:
            offset, speech = self._starts[index], self.speech[index]
            first, last = max(start, offset), min(end, offset + speech.frame_count)
            if first < last:
                samples, full_scale = self._speech_samples(index)
                out[first - start : last - start] = samples[first - offset : last - offset]
            index += 1
        if full_scale != 1.0:
            out /= full_scale
        return out

    def gather(
        self,
        lows: NDArray[np.int64],
        highs: NDArray[np.int64],
        offsets: NDArray[np.int64],
        out: NDArray[np.float32],
    ) -> float:
        """The samples `lows` to `highs` (excluded) of each piece (in order) copied into `out`
        (zeros) from its `offsets` on, in 16-bit units; their full scale (32768). What the peak
        search reads, piece by piece: as they are stored, with no array made and divided per
        piece, which took it as long as its oversampling; a piece within the chunk before it
        is copied at once, by a slice of the samples held."""
        import numpy as np

        if len(self._starts) != len(self.timings) + 1:
            self._starts = [t.start_frame for t in self.timings] + [self.frames]
        last_index = len(self.timings) - 1
        held_at, held_end, held = 0, 0, None  # the chunk whose 16-bit samples are at hand
        for start, end, offset in zip(lows.tolist(), highs.tolist(), offsets.tolist(), strict=True):
            if held is not None and held_at <= start and end <= held_end:
                out[offset : offset + end - start] = held[start - held_at : end - held_at]
                continue
            index = min(max(0, bisect_right(self._starts, start) - 1), last_index)
            while index <= last_index and self._starts[index] < end:
                at = self._starts[index]
                first, last = max(start, at), min(end, at + self.speech[index].frame_count)
                if first < last:
                    samples, full_scale = self._speech_samples(index)
                    into = out[offset + first - start : offset + last - start]
                    if full_scale == _PCM16_FULL_SCALE:
                        into[:] = samples[first - at : last - at]
                        held_at, held_end, held = at, at + len(samples), samples
                    else:
                        np.multiply(samples[first - at : last - at], _PCM16_FULL_SCALE, out=into)
                index += 1
        return _PCM16_FULL_SCALE

    def hold(self, index: int, clip: Clip) -> None:
        """Keep chunk `index`'s speech, read as `clip`, at hand for this thread's next reads
        (see `_speech_samples`)."""
        self._last_read[threading.get_ident()] = (index, *_as_measured(clip))

    def pcm16(self, index: int) -> NDArray[np.int16]:
        """Chunk `index`'s speech as 16-bit mono samples: those this thread holds, if they
        are its, else read."""
        kept = self._last_read.get(threading.get_ident())
        if kept is not None and kept[0] == index and kept[2] == _PCM16_FULL_SCALE:
            held: NDArray[np.int16] = kept[1]
            return held
        return _pcm16(self.speech[index].clip())

    def _speech_samples(self, index: int) -> tuple[NDArray[Any], float]:
        """Chunk `index`'s speech as `_as_measured` gives it, read once for many reads: the
        peak search reads a few pieces of each chunk, on two threads."""
        thread = threading.get_ident()
        kept = self._last_read.get(thread)
        if kept is None or kept[0] != index:
            if len(self._last_read) > _THREADS:  # threads of searches past
                self._last_read.clear()
            kept = self._last_read[thread] = (index, *_as_measured(self.speech[index].clip()))
        return kept[1], kept[2]


def import_in_background(package: str) -> None:
    """Import `package` on a thread of its own, while this one waits for speech, after
    `keep_freed_memory`; an AudioOutputError now if it is not installed."""
    import importlib.util
    import threading

    if importlib.util.find_spec(package) is None:
        raise AudioOutputError(
            f"saving audio needs the Python package '{package}'; "
            f"install it with: pip install {package}"
        )

    def imported() -> None:
        keep_freed_memory()
        importlib.import_module(package)

    threading.Thread(target=imported, daemon=True).start()


_MMAP_THRESHOLD = -3
_TRIM_THRESHOLD = -1
_ARENA_MAX = -8
"""glibc's mallopt parameters (malloc.h's M_MMAP_THRESHOLD, M_TRIM_THRESHOLD, M_ARENA_MAX)."""
_KEPT_BYTES = 32 << 20
"""Blocks up to this size (glibc's most for M_MMAP_THRESHOLD) come from the heap, which
keeps this much free memory before it gives any back."""


@functools.cache
def keep_freed_memory() -> None:
    """Have glibc's malloc keep the memory numpy frees for the next arrays, rather than give
    it back to the kernel at once: an array of a chunk's samples (from 128 kB) is otherwise
    mapped fresh, and each of its pages faulted in and zeroed by the kernel at first touch,
    for every array of every chunk. Measuring the seed's chunks took 60 ms of CPU, 25 of them
    in 22,500 page faults, and 34 ms with 2,100. The process's memory at its peak is the
    same; it is only not handed back before the process ends. The threads that search for
    peaks and write the chunks share the main arena rather than each take one of their own,
    which kept as much again (a 17-hour narration's save: 215 -> 184 MB at its peak).
    Elsewhere than glibc, nothing. Once a process: the engine workers that measure and finish
    a batch's narrations call it too."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError, TypeError):
        return
    mallopt(_MMAP_THRESHOLD, _KEPT_BYTES)
    mallopt(_TRIM_THRESHOLD, _KEPT_BYTES)
    mallopt(_ARENA_MAX, 1)


def work_on_one_thread() -> None:
    """Search for peaks and write on one thread: in a process that finishes a batch's
    narrations while another process has the other core (an engine making the next chunks, or
    another narration being finished), a second thread only takes turns with the first."""
    global _THREADS
    _THREADS = 1
    search_on_one_thread()


def store_and_measure(
    narration_clips: Iterable[tuple[ChunkTiming, Speech]],
    raw: Path,
    each: Callable[[StoredChunks, ChunkLevels], None] | None = None,
) -> StoredChunks:
    """Each chunk's speech kept in a chunk file (a clip in memory is written into `raw`) and
    measured, as the chunks come; `each` is told of every chunk once it is taken in, with its
    levels (see narrator.audio.leveled_ahead)."""
    chunks = StoredChunks()
    raw_made = False  # made for the first clip in memory: none when the cache holds them all
    with LevelsPack() as pack:
        for timing, speech in narration_clips:
            clip: Clip | None = None
            if isinstance(speech, Clip):
                if not raw_made:
                    raw.mkdir(exist_ok=True)
                    raw_made = True
                path = raw / f"{timing.chunk.index + 1:06d}.wav"
                write_chunk_file(path, speech, 0)
                stored = StoredSpeech(speech.format, path, speech.frame_count, 0)
                clip = speech
            else:
                stored = speech
                # Read once for its measuring, its peaks and its writing, which follow at once.
                clip = stored.clip() if each is not None else None
            levels = _measured(stored, clip, pack)
            chunks.measured.add(Placed(timing.start_frame, levels))
            chunks.timings.append(timing)
            chunks.speech.append(stored)
            if each is not None:
                assert clip is not None
                chunks.hold(len(chunks.timings) - 1, clip)
                each(chunks, levels)
    nonempty(chunks.timings)
    return chunks


def _measured(speech: StoredSpeech, clip: Clip | None, pack: LevelsPack) -> ChunkLevels:
    """The levels of `speech`: those kept beside it, else measured (and kept there, in
    `pack`)."""
    if speech.levels_path is not None:
        kept = read_levels(speech.levels_path, speech.format.frame_rate, speech.frame_count)
        if kept is not None:
            return kept
    return measure_stored(speech, clip, pack)


def measure_stored(
    speech: StoredSpeech, clip: Clip | None = None, pack: LevelsPack | None = None
) -> ChunkLevels:
    """Measure `speech` (whose samples are `clip`, when it is at hand) and keep the levels
    beside it, where it has a place for them: in `pack` with those of the chunks measured
    before it, else in this process's (see narrator.audio.loudness.levels_files)."""
    keep_freed_memory()
    samples, full_scale = _as_measured(clip or speech.clip())
    levels = measure_speech(samples, speech.format.frame_rate, full_scale)
    if speech.levels_path is not None:
        (pack or process_pack()).write(speech.levels_path, levels)
    return levels


def _as_measured(clip: Clip) -> tuple[NDArray[Any], float]:
    """A clip's samples as they are, when they are 16-bit mono, and their full scale."""
    import numpy as np

    if clip.format.sample_width == _PCM16 and clip.format.channels == 1:
        return np.frombuffer(clip.frames, dtype="<i2"), _PCM16_FULL_SCALE
    return to_samples(clip), 1.0


def _pcm16(clip: Clip) -> NDArray[np.int16]:
    """A clip's samples as 16-bit mono samples: as they are, or rounded and clipped."""
    samples, full_scale = _as_measured(clip)
    if full_scale == _PCM16_FULL_SCALE:
        pcm: NDArray[np.int16] = samples
        return pcm
    return rounded_pcm16(samples * _PCM16_FULL_SCALE)


def write_in_one_pass(chunks: StoredChunks, processor: Processor, whole_path: Path) -> None:
    """Every chunk's speech read once, through `processor`, into its chunk file (beside the
    whole) and the whole, as 16-bit mono; the pauses written as silence. The chunks are
    processed on two threads (numpy lets go of the GIL), a few ahead of the one appended to the
    whole, in order (on this thread alone where `work_on_one_thread` says so). Each is
    processed in single precision, in 16-bit units (the processing is linear, the rounding the
    same), and written from its array, each chunk file with one system call."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    keep_freed_memory()
    audio_format = pcm16_format(chunks.frame_rate)

    def chunk_file(index: int) -> memoryview:
        return write_chunk(chunks, index, processor, whole_path.parent)

    if _THREADS == 1:  # another process has the other core: no thread to hand chunks to
        with WavWriter(whole_path, audio_format) as whole:
            for index, timing in enumerate(chunks.timings):
                append_chunk(whole, timing, chunk_file(index))
        return
    with (
        WavWriter(whole_path, audio_format) as whole,
        ThreadPoolExecutor(_THREADS, thread_name_prefix="narrator-write") as threads,
    ):
        pending: deque[tuple[int, Future[memoryview]]] = deque()
        for index in range(len(chunks.timings)):
            pending.append((index, threads.submit(chunk_file, index)))
            if len(pending) > _AHEAD:
                done, future = pending.popleft()
                append_chunk(whole, chunks.timings[done], future.result())
        for done, future in pending:
            append_chunk(whole, chunks.timings[done], future.result())


def pcm16_format(rate: int) -> AudioFormat:
    """The format a narration at a loudness is written in: 16-bit mono at `rate`."""
    return AudioFormat(rate, _PCM16, 1)


def write_chunk(chunks: StoredChunks, index: int, processor: Processor, folder: Path) -> memoryview:
    """Chunk `index`'s speech read, through `processor`, into its chunk file in `folder`
    (its pause written as silence after it); its frames, to append to the whole."""
    timing = chunks.timings[index]
    samples = processor.at_pcm16(timing.start_frame, chunks.pcm16(index))
    frames = rounded_pcm16(samples).astype("<i2", copy=False).data.cast("B")  # as WAV stores it
    pause = timing.frame_count - timing.speech_frames
    write_pcm_file(folder / timing.file, pcm16_format(chunks.frame_rate), frames, pause)
    return frames


def append_chunk(whole: WavWriter, timing: ChunkTiming, frames: memoryview) -> None:
    """A chunk's processed `frames` and its pause appended to the whole."""
    whole.append_frames(frames)
    whole.append_silence(timing.frame_count - timing.speech_frames)

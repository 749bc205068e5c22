"""One MP3 encoded by LAME on several threads, in segments joined gaplessly in silence.

LAME encodes on one core at a time, and it is most of what an MP3 narration costs. ctypes lets
go of the GIL while LAME works, so segments of the narration are encoded at once by threads of
their own. Each segment starts and ends in a pause (digital silence, which the gain and the
limiter keep silent), is encoded by a LAME of its own from a few frames before its start to a
few after its end, and gives the frames in between, aligned with the whole's (a segment starts
on a frame's first sample). Spliced, the frames decode as one stream would: around the splice
every frame holds silence, and the first frames of a segment, whose data LAME may have put in
frames before them (its bit reservoir), are silenced, as when a chunk file is cut
(narrator.audio.mp3_cuts.write_cut). Decoded, the whole is the samples encoded: only silence is
touched.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from narrator.audio.lame import (
    FrameHeader,
    LameFile,
    encoded,
    frame_starts,
    new_encoder,
    silence_frames,
)
from narrator.errors import AudioOutputError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

FRAME_SAMPLES = 576
"""Samples per frame at the frame rates whose MP3s are cut and spliced (MPEG-2 and 2.5)."""
_AROUND_FRAMES = 5
"""Frames of silence wanted on either side of a splice (and of the frames silenced after it):
a frame's samples reach into the two frames before it and the next (LAME's filter bank, its
transform's overlap and its look ahead), so these frames hold silence in both segments."""
SEGMENT_S = 10.0
"""The shortest segment: a LAME of its own costs little, yet a segment's splice and the
frames encoded twice around it are not worth less."""
_MOST_THREADS = 4
"""Past a few threads, segments of 10 s leave the threads waiting on the one feeding them."""
_QUEUED_PIECES = 12
"""Pieces (of up to 65536 samples, cut at chunks' ends) waiting for each thread: room for a
segment of 10 to 20 s, so that the next thread is fed while this one works."""


@dataclass(frozen=True)
class Segment:
    """Part of the stream, encoded by a LAME of its own: it gives the frames from
    `first_frame` to the next segment's, and is fed the samples `start` to `end`."""

    first_frame: int
    """The whole's frame that this segment's first kept frame is."""
    start: int
    """The first sample encoded: a frame's first, `_AROUND_FRAMES` frames before."""
    end: int
    """The sample after the last one encoded."""


def segments(
    silences: Sequence[tuple[int, int]], samples: int, rate: int, silenced: int
) -> list[Segment]:
    """The segments of a stream of `samples` whose `silences` (spans of digital silence, in
    order) allow a splice: each segment at least `SEGMENT_S` long, the last included. One
    segment (the stream encoded as one) where no silence is long enough."""
    shortest = round(SEGMENT_S * rate)
    splices = [0]
    for start, end in silences:
        frame = -(-start // FRAME_SAMPLES) + _AROUND_FRAMES
        fits = (frame + silenced + _AROUND_FRAMES) * FRAME_SAMPLES <= end
        long_enough = frame * FRAME_SAMPLES - splices[-1] * FRAME_SAMPLES >= shortest
        if fits and long_enough and samples - frame * FRAME_SAMPLES >= shortest:
            splices.append(frame)
    ends = [(frame + silenced + _AROUND_FRAMES) * FRAME_SAMPLES for frame in splices[1:]]
    return [
        Segment(frame, max(0, (frame - _AROUND_FRAMES) * FRAME_SAMPLES), end)
        for frame, end in zip(splices, [*ends, samples], strict=True)
    ]


def threads() -> int:
    """How many threads encode an MP3 (or decode a lossy file's parts) at once: one per core,
    up to a few."""
    return max(1, min(_MOST_THREADS, os.cpu_count() or 1))


class ParallelLame:
    """The mono MP3 `path` (a LameFile, whose frames are made elsewhere) encoded in the
    segments of `plan` by `threads` threads, fed its samples in order by `write`."""

    def __init__(
        self,
        path: Path,
        frame_rate: int,
        bitrate_kbps: int,
        plan: Sequence[Segment],
        silenced: int,
        threads: int = 2,
        channels: int = 1,
    ) -> None:
        self.file = LameFile(path, frame_rate, bitrate_kbps, channels)
        self._rate, self._kbps, self._silenced = frame_rate, bitrate_kbps, silenced
        self._channels = channels
        self._plan = list(plan)
        self._position = 0
        self._fed = 0
        """The first segment not yet fed all its samples."""
        self._done: dict[int, tuple[bytes, list[int]]] = {}
        """Segments encoded but not yet written: those before them are still being encoded."""
        self._written = 0
        """The segments written so far."""
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._queues: list[queue.Queue[tuple[int, NDArray[np.int16] | None] | None]] = [
            queue.Queue(_QUEUED_PIECES) for _ in range(max(1, min(threads, len(self._plan))))
        ]
        self._threads = [
            threading.Thread(target=self._work, args=(pieces,), name="narrator-lame", daemon=True)
            for pieces in self._queues
        ]
        for thread in self._threads:
            thread.start()

    def write(self, samples: NDArray[np.int16]) -> None:
        """Feed `samples`, the stream's continuation, to the segments they belong to."""
        if self._error is not None:
            raise self._error
        start, end = self._position, self._position + len(samples)
        self._position = end
        index = self._fed
        while index < len(self._plan) and self._plan[index].start <= end:
            segment = self._plan[index]
            piece = samples[max(0, segment.start - start) : max(0, segment.end - start)]
            if len(piece):
                self._queue(index).put((index, piece))
            if segment.end <= end:
                self._queue(index).put((index, None))
                self._fed = index + 1
            index += 1

    def close(self) -> None:
        """Wait for every segment, write them, and close the file with its Info frame."""
        while self._fed < len(self._plan) and self._plan[self._fed].end <= self._position:
            self._queue(self._fed).put((self._fed, None))  # empty, or ending with the stream
            self._fed += 1
        if self._fed < len(self._plan) and self._error is None:
            self._error = AudioOutputError("the MP3 ended before its last segment; narrate again")
        self._stop()
        if self._error is not None:
            with contextlib.suppress(OSError, RuntimeError, AudioOutputError):
                self.file.close()
            raise self._error
        self.file.close()

    def _queue(self, index: int) -> queue.Queue[tuple[int, NDArray[np.int16] | None] | None]:
        return self._queues[index % len(self._queues)]

    def _stop(self) -> None:
        for pieces in self._queues:
            pieces.put(None)
        for thread in self._threads:
            thread.join()

    def _work(self, pieces: queue.Queue[tuple[int, NDArray[np.int16] | None] | None]) -> None:
        """Encode the segments sent to this thread, one after the other."""
        encoder, output = None, bytearray()
        while (item := pieces.get()) is not None:
            if self._error is not None:
                continue  # drained, so that the writer never waits on a full queue
            index, samples = item
            try:
                encoder = encoder or new_encoder(self._rate, self._kbps, self._channels)
                if samples is not None:
                    output += encoded(encoder, samples, self._rate, self._kbps, self._channels)
                    continue
                if not output:
                    output += encoder.encode(b"")  # started, so that it can flush
                output += encoder.flush()
                self._finished(index, self._kept(index, bytes(output)))
                encoder, output = None, bytearray()
            except BaseException as error:  # raised in the writer's thread
                self._error = error

    def _kept(self, index: int, output: bytes) -> tuple[bytes, list[int]]:
        """The frames of segment `index`'s `output` that the whole keeps, those after a splice
        silenced, and where each starts in them."""
        segment = self._plan[index]
        offset = segment.start // FRAME_SAMPLES
        first = segment.first_frame - offset
        starts = [*frame_starts(output), len(output)]
        if index + 1 < len(self._plan):
            last = self._plan[index + 1].first_frame - offset
        else:
            last = len(starts) - 1
        if last > len(starts) - 1:
            raise AudioOutputError("LAME gave fewer MP3 frames than encoded; narrate again")
        kept = bytearray(output[starts[first] : starts[last]])
        if index:
            silenced = starts[first : min(first + self._silenced, last)]
            header = FrameHeader(bytes(kept[:4]))
            silence_frames(kept, (at - starts[first] for at in silenced), header)
        return bytes(kept), [start - starts[first] for start in starts[first:last]]

    def _finished(self, index: int, frames: tuple[bytes, list[int]]) -> None:
        """Keep segment `index`'s frames (and where each starts), and write every segment now
        due, in order."""
        with self._lock:
            self._done[index] = frames
            while self._written in self._done:
                written = self._written
                segment_frames, starts = self._done.pop(written)
                samples = self._segment_samples(written)
                self.file.append_encoded(segment_frames, samples, starts)
                self._written += 1

    def _segment_samples(self, index: int) -> int:
        """The samples that segment `index`'s kept frames stand for (the last: to the end)."""
        begin = self._plan[index].first_frame * FRAME_SAMPLES
        if index + 1 < len(self._plan):
            return self._plan[index + 1].first_frame * FRAME_SAMPLES - begin
        return self._plan[index].end - begin

    def __enter__(self) -> ParallelLame:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.close()
            return
        self._error = self._error or error
        with contextlib.suppress(Exception):
            self._stop()  # the threads stopped; the error on its way says more
        with contextlib.suppress(OSError, RuntimeError, AudioOutputError):
            self.file.close()

"""Pass two of an encoded narration: the audio (staged by narrator.audio.staging, or, at a
loudness, the speech where it is stored: narrator.audio.leveled), through a processor, encoded
into every chunk file and the whole."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from narrator.audio import codecs
from narrator.audio.codecs import (
    FILE_FORMATS,
    EncodedFile,
    EncodedInThread,
    FileFormat,
    rounded_pcm16,
    to_pcm16,
)
from narrator.audio.lame_parallel import ParallelLame, segments, threads
from narrator.audio.leveled import StoredChunks
from narrator.audio.loudness import BLOCK_FRAMES, Processor, StagedAudio, StepLevels, processed
from narrator.audio.loudness.step_peaks import StepPeaks
from narrator.audio.mp3_cuts import Mp3File, silenced_frames, write_cut
from narrator.audio.staging import to_samples
from narrator.audio.timings import ChunkTiming
from narrator.errors import AudioOutputError
from narrator.models import NarrationConfig

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from narrator.audio.wav import Clip

    Samples = NDArray[np.float64]


class Encodable(StagedAudio, Protocol):
    """A narration's audio ready to encode: read back at will, with its chunks' places."""

    timings: list[ChunkTiming]


class StepsOnly:
    """Stored speech (see narrator.audio.leveled) as a lossy format encodes it: planned from
    its levels as WAV is (from its 10 ms bins where the limiting takes little, see
    narrator.audio.loudness.limited; its pieces gathered at once for the peak search),
    processed in single precision (see `stored_pcm16`), and the peak of each step encoded
    noted for the decoded check (see `encoded_peaks`)."""

    def __init__(self, stored: Encodable) -> None:
        self._stored = stored
        self.timings = stored.timings
        self._peaks: StepPeaks | None = None
        """The peaks of the samples last encoded, found as they went to the encoder."""
        self.mp3: Mp3File | None = None
        """The MP3 last encoded, its frames found as LAME wrote them (see
        narrator.audio.loudness.lossy.EncodedMp3): the check does not walk them again."""
        if isinstance(stored, StoredChunks):
            self.gather = stored.gather
            """Copies many pieces at once (see narrator.audio.loudness.plan.StagedAudio)."""

    @property
    def frame_rate(self) -> int:
        return self._stored.frame_rate

    def levels(self) -> StepLevels | None:
        return self._stored.levels()

    def blocks(self) -> Iterator[Samples]:
        return self._stored.blocks()

    def read(self, start: int, end: int) -> Samples:
        return self._stored.read(start, end)

    def pcm16(self, processor: Processor) -> Iterator[NDArray[np.int16]] | None:
        """The processed audio as 16-bit blocks, where the speech is stored as chunks (see
        `stored_pcm16`), each step's peak noted as they pass; None otherwise."""
        if isinstance(self._stored, StoredChunks):
            self._peaks = StepPeaks(self.frame_rate, scale=32768)
            return self._peaks.recorded(stored_pcm16(self._stored, processor))
        return None

    def encoded_peaks(self) -> Samples | None:
        """The largest sample of each 100 ms step last encoded (see
        narrator.audio.loudness.lossy.EncodedPeaks), which spares the decoded check the
        parts that cannot pass the ceiling."""
        return self._peaks.peaks() if self._peaks is not None else None


def stored_pcm16(stored: StoredChunks, processor: Processor) -> Iterator[NDArray[np.int16]]:
    """Each chunk's stored speech through `processor`, then its pause, as 16-bit blocks of at
    most 65536 samples: processed in single precision, in 16-bit units (the processing is
    linear, the rounding the same), 16-bit samples multiplied as they are, as
    narrator.audio.leveled writes WAV; rounded and clipped in place. Half the work of the
    double-precision floats in [-1, 1) that `processed` takes."""
    import numpy as np

    for timing, speech in zip(stored.timings, stored.speech, strict=True):
        units = _units(speech.clip())
        for start in range(0, len(units), BLOCK_FRAMES):
            block, at = units[start : start + BLOCK_FRAMES], timing.start_frame + start
            if block.dtype == np.int16:
                yield rounded_pcm16(processor.at_pcm16(at, block))
            else:
                yield rounded_pcm16(processor.at(at, block))
        pause = timing.frame_count - timing.speech_frames
        for start in range(0, pause, BLOCK_FRAMES):
            yield np.zeros(min(BLOCK_FRAMES, pause - start), dtype=np.int16)


def _units(clip: Clip) -> NDArray[Any]:
    """A clip's samples in 16-bit units: 16-bit mono ones as they are, others as floats in
    single precision."""
    import numpy as np

    if clip.format.sample_width == 2 and clip.format.channels == 1:
        return np.frombuffer(clip.frames, dtype="<i2")
    return (to_samples(clip) * 32768).astype(np.float32)


def _pcm16(staged: Encodable, processor: Processor) -> Iterator[NDArray[np.int16]]:
    """The processed audio as 16-bit blocks of at most 65536 samples."""
    blocks = staged.pcm16(processor) if isinstance(staged, StepsOnly) else None
    if blocks is not None:
        return blocks
    return (to_pcm16(block) for block in processed(_bounded(staged.blocks()), processor))


def encode(
    staged: Encodable,
    processor: Processor,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
) -> None:
    """Pass two: the processed audio into every chunk file and the whole."""
    rate, kbps = staged.frame_rate, config.bitrate_kbps
    # A WAV's channels are made once it is written (see narrator.audio.stereo).
    channels = config.channels if file_format.name != "wav" else 1
    silenced = silenced_frames(rate, kbps, channels)
    if file_format.name == "mp3" and codecs.lame_encodes_mp3() and silenced is not None:
        _encode_and_cut(staged, processor, whole_path, config, silenced)
        return

    def chunk_file(timing: ChunkTiming) -> EncodedFile:
        return EncodedFile(
            whole_path.parent / timing.file, file_format, rate, config.bitrate_kbps, channels
        )

    # The whole and the chunk files are encoded on threads of their own, while the samples
    # are processed on this one. (An Ogg's chunk files cannot be cut from the whole, as an
    # MP3's are: libsndfile, which the checks decode with, ignores the granule position that
    # trims the start of a piece cut between packets, and reads only the first stream of a
    # chained file, so each chunk file is encoded again.)
    splitter = _ChunkSplitter(staged.timings, chunk_file)
    try:
        with (
            EncodedFile(whole_path, file_format, rate, kbps, channels) as whole_file,
            EncodedInThread(whole_file) as whole,
            EncodedInThread(splitter, "narrator-encode-chunks") as chunks,
        ):
            for block in _pcm16(staged, processor):
                whole.write(block)
                chunks.write(block)
        splitter.finish()
    finally:
        splitter.close()


def _encode_and_cut(
    staged: Encodable,
    processor: Processor,
    whole_path: Path,
    config: NarrationConfig,
    silenced: int,
) -> None:
    """An MP3 narration encoded once: the whole, in segments split at pauses, by LAMEs in
    threads of their own while the samples are processed here (see
    narrator.audio.lame_parallel), then each chunk file cut from its frames (see
    narrator.audio.mp3_cuts.write_cut)."""
    mp3 = FILE_FORMATS["mp3"]
    rate, kbps = staged.frame_rate, config.bitrate_kbps
    plan = segments(_pauses(staged), sum(t.frame_count for t in staged.timings), rate, silenced)
    with ParallelLame(whole_path, rate, kbps, plan, silenced, threads(), config.channels) as whole:
        for block in _pcm16(staged, processor):
            whole.write(block)
    lame = whole.file
    if isinstance(staged, StepsOnly):
        samples = sum(timing.frame_count for timing in staged.timings)
        staged.mp3 = Mp3File(whole_path, lame.header, lame.frame_offsets, samples)
    start = 0
    for timing in staged.timings:
        path = whole_path.parent / timing.file
        if timing.frame_count:
            write_cut(lame, start, start + timing.frame_count, path, silenced)
        else:
            EncodedFile(path, mp3, staged.frame_rate, kbps, config.channels).close()
        start += timing.frame_count


def _bounded(blocks: Iterable[Samples]) -> Iterator[Samples]:
    """`blocks` cut into blocks of at most 65536 samples: an encoder's queue holds a few
    blocks, and a long chunk's speech in one would keep it all in memory."""
    for block in blocks:
        for start in range(0, len(block), BLOCK_FRAMES):
            yield block[start : start + BLOCK_FRAMES]


def _pauses(staged: Encodable) -> list[tuple[int, int]]:
    """Where each chunk's pause lies in the stream, those that are digital silence as staged
    (processing multiplies: silence stays silent); the segments of an MP3 are spliced there."""
    pauses, start = [], 0
    for timing in staged.timings:
        pause = (start + timing.speech_frames, start + timing.frame_count)
        if pause[1] > pause[0] and not staged.read(*pause).any():
            pauses.append(pause)
        start += timing.frame_count
    return pauses


class _ChunkSplitter:
    """Writes one stream of samples, cut at the chunk ends, into the chunk files."""

    def __init__(
        self, timings: list[ChunkTiming], open_file: Callable[[ChunkTiming], EncodedFile]
    ) -> None:
        self._timings = timings
        self._open = open_file
        self._next = 0
        self._current: EncodedFile | None = None
        self._left = 0
        self._advance()

    def write(self, samples: NDArray[np.int16]) -> None:
        """Append `samples` to the chunk files they belong to."""
        while len(samples) and self._current is not None:
            part, samples = samples[: self._left], samples[self._left :]
            self._current.write(part)
            self._left -= len(part)
            self._advance()

    def finish(self) -> None:
        """Check every chunk file was completed."""
        if self._current is not None:
            current, self._current = self._current, None
            current.close()
            raise AudioOutputError("the narration ended before its last chunk; narrate again")

    def close(self) -> None:
        """Close the chunk file still open when the writing stopped short (an error is on its
        way): left to the garbage collector, libsndfile would finish it after its file was
        closed ('seek of closed file' in a callback)."""
        if self._current is not None:
            current, self._current = self._current, None
            with contextlib.suppress(OSError, RuntimeError, AudioOutputError):
                current.close()  # the error already on its way says more

    def _advance(self) -> None:
        """Close the chunk file that is full and open the next (empty chunks included)."""
        while self._left == 0:
            if self._current is not None:
                self._current.close()
                self._current = None
            if self._next == len(self._timings):
                return
            timing = self._timings[self._next]
            self._current = self._open(timing)
            self._left = timing.frame_count
            self._next += 1

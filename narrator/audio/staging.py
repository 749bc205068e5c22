"""The two streaming passes of a narration that is processed (encoded, or its loudness set).

Pass one stages each clip, with its pause, as a WAV file while its loudness is measured; pass
two reads them back one by one through a processor (see narrator.audio.loudness) and encodes
the chunk files and the whole at once. Memory stays flat however long the article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.codecs import (
    FILE_FORMATS,
    EncodedFile,
    EncodedInThread,
    FileFormat,
    to_pcm16,
)
from narrator.audio.lame import lame_available, silenced_frames, write_cut
from narrator.audio.loudness import BLOCK_FRAMES, LoudnessMeter, Processor, processed
from narrator.audio.timings import ChunkTiming, Progress, nonempty, timed
from narrator.audio.wav import HEADER_BYTES, AudioFormat, Clip, read_wav, write_wav
from narrator.errors import AudioOutputError
from narrator.models import NarrationConfig, Plan

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


@dataclass
class Staged:
    """Pass one's result: every clip as a WAV in the staging folder, timed and measured."""

    folder: Path
    timings: list[ChunkTiming]
    meter: LoudnessMeter | None
    audio_format: AudioFormat | None = None
    """The format of the staged WAV files (the engine's)."""
    _starts: list[int] = field(default_factory=list, repr=False)
    """Where each chunk starts in the stream, and where the last ends."""

    def raw_file(self, timing: ChunkTiming) -> Path:
        return self.folder / f"{timing.chunk.index + 1:03d}.raw.wav"

    @property
    def frame_rate(self) -> int:
        return self.timings[0].frame_rate

    def blocks(self) -> Iterator[NDArray[np.float64]]:
        """The staged audio read back, in order, chunk by chunk in blocks."""
        for timing in self.timings:
            yield from clip_blocks(read_wav(self.raw_file(timing)))

    def read(self, start: int, end: int) -> NDArray[np.float64]:
        """The staged samples `start` to `end` (excluded), read from the chunks that hold them."""
        import numpy as np

        assert self.audio_format is not None
        frame_bytes = self.audio_format.frame_bytes
        if len(self._starts) != len(self.timings) + 1:
            self._starts = list(accumulate((t.frame_count for t in self.timings), initial=0))
        pieces = []
        index = max(0, bisect_right(self._starts, start) - 1)
        while index < len(self.timings) and self._starts[index] < end:
            offset = self._starts[index]
            first, last = max(start, offset), min(end, self._starts[index + 1])
            if first < last:
                with self.raw_file(self.timings[index]).open("rb") as raw:
                    raw.seek(HEADER_BYTES + (first - offset) * frame_bytes)
                    frames = raw.read((last - first) * frame_bytes)
                pieces.append(to_samples(Clip(self.audio_format, frames)))
            index += 1
        return np.concatenate(pieces) if pieces else np.zeros(0)


def with_silence(clip: Clip, seconds: float) -> Clip:
    """`clip` followed by `seconds` of silence."""
    frames = clip.format.frames_for(seconds)
    silence = bytes(frames * clip.format.sample_width * clip.format.channels)
    return Clip(clip.format, clip.frames + silence)


def to_samples(clip: Clip) -> NDArray[np.float64]:
    """A clip's frames as mono floats in [-1, 1) (channels are averaged)."""
    import numpy as np

    kinds = {1: np.uint8, 2: np.int16, 4: np.int32}
    width = clip.format.sample_width
    if width not in kinds:
        raise AudioOutputError(
            f"the engine wrote {8 * width}-bit audio, which narrator cannot read; "
            "choose another voice or engine"
        )
    samples = np.frombuffer(clip.frames, dtype=kinds[width]).astype(np.float64)
    if width == 1:
        samples -= 128
    samples /= 2.0 ** (8 * width - 1)
    if clip.format.channels > 1:
        samples = samples.reshape(-1, clip.format.channels).mean(axis=1)
    return samples


def clip_blocks(clip: Clip) -> Iterator[NDArray[np.float64]]:
    """A clip's samples in blocks of at most 65536 frames, so a long chunk stays cheap."""
    frame_bytes = clip.format.sample_width * clip.format.channels
    step = BLOCK_FRAMES * frame_bytes
    for offset in range(0, len(clip.frames), step):
        yield to_samples(Clip(clip.format, clip.frames[offset : offset + step]))


def stage_clips(
    narration: Plan,
    clips: Iterable[Clip],
    raw: Path,
    config: NarrationConfig,
    extension: str,
    progress: Progress | None,
) -> Staged:
    """Pass one: stage each clip as WAV, time it in frames, measure the loudness so far."""
    staged = Staged(raw, [], None)
    for timing, speech in timed(narration, clips, extension, progress):
        clip = with_silence(speech, timing.chunk.pause_after_s)
        write_wav(staged.raw_file(timing), clip)
        staged.audio_format = staged.audio_format or clip.format
        if config.loudness_lufs is not None:
            # The true peak is measured later, and only if the sample peak leaves it open.
            staged.meter = staged.meter or LoudnessMeter(clip.format.frame_rate, true_peak=False)
            for block in clip_blocks(clip):
                staged.meter.push(block)
        staged.timings.append(timing)
    nonempty(staged.timings)
    return staged


def encode(
    staged: Staged,
    processor: Processor,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
) -> None:
    """Pass two: the processed audio into every chunk file and the whole."""
    rate = staged.frame_rate
    silenced = silenced_frames(rate, config.bitrate_kbps)
    if file_format.name == "mp3" and lame_available() and silenced is not None:
        _encode_and_cut(staged, processor, whole_path, config, silenced)
        return

    def chunk_file(timing: ChunkTiming) -> EncodedFile:
        return EncodedFile(whole_path.parent / timing.file, file_format, rate, config.bitrate_kbps)

    with (
        EncodedFile(whole_path, file_format, rate, config.bitrate_kbps) as whole_file,
        EncodedInThread(whole_file) as whole,
    ):
        splitter = _ChunkSplitter(staged.timings, chunk_file, whole)
        for block in processed(staged.blocks(), processor):
            splitter.write(to_pcm16(block))
        splitter.finish()


def _encode_and_cut(
    staged: Staged, processor: Processor, whole_path: Path, config: NarrationConfig, silenced: int
) -> None:
    """An MP3 narration encoded once: the whole, by LAME in a thread of its own while the
    samples are processed here, then each chunk file cut from its frames (see
    narrator.audio.lame.write_cut)."""
    mp3 = FILE_FORMATS["mp3"]
    with (
        EncodedFile(whole_path, mp3, staged.frame_rate, config.bitrate_kbps) as whole_file,
        EncodedInThread(whole_file) as whole,
    ):
        for block in processed(staged.blocks(), processor):
            whole.write(to_pcm16(block))
    lame = whole_file.lame
    assert lame is not None
    start = 0
    for timing in staged.timings:
        path = whole_path.parent / timing.file
        if timing.frame_count:
            write_cut(lame, start, start + timing.frame_count, path, silenced)
        else:
            EncodedFile(path, mp3, staged.frame_rate, config.bitrate_kbps).close()
        start += timing.frame_count


class _ChunkSplitter:
    """Writes one stream of samples into the whole and, cut at the chunk ends, the chunk files."""

    def __init__(
        self,
        timings: list[ChunkTiming],
        open_file: Callable[[ChunkTiming], EncodedFile],
        whole: EncodedInThread,
    ) -> None:
        self._timings = timings
        self._open = open_file
        self._whole = whole
        self._next = 0
        self._current: EncodedFile | None = None
        self._left = 0
        self._advance()

    def write(self, samples: NDArray[np.int16]) -> None:
        """Append `samples` to the whole, and to the chunk files they belong to."""
        self._whole.write(samples)
        while len(samples) and self._current is not None:
            part, samples = samples[: self._left], samples[self._left :]
            self._current.write(part)
            self._left -= len(part)
            self._advance()

    def finish(self) -> None:
        """Check every chunk file was completed."""
        if self._current is not None:
            self._current.close()
            raise AudioOutputError("the narration ended before its last chunk; narrate again")

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

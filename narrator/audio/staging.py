"""The two streaming passes of a narration that is processed (encoded, or its loudness set).

Pass one stages each clip, with its pause, as a WAV file while its loudness is measured; pass
two reads them back one by one through a processor (see narrator.audio.loudness) and encodes
the chunk files and the whole at once. Memory stays flat however long the article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.loudness import BLOCK_FRAMES, LoudnessMeter, StepLevels
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

    def levels(self) -> StepLevels | None:
        """The levels measured as the clips were staged (None when loudness is off)."""
        return self.meter.levels() if self.meter is not None else None

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
            staged.meter = staged.meter or LoudnessMeter(clip.format.frame_rate)
            for block in clip_blocks(clip):
                staged.meter.push(block)
        staged.timings.append(timing)
    nonempty(staged.timings)
    return staged

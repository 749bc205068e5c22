"""Where each chunk's audio sits in the whole narration, counted in frames as it is written.

Every time a narration's files give (chapters, transcripts, the playlist, the manifest) comes
from these frame counts, never from estimates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from narrator.audio.wav import AudioFormat, Clip, StoredSpeech, check_wav_duration
from narrator.errors import AudioOutputError
from narrator.models import Chunk, Plan

Speech = Clip | StoredSpeech
"""A chunk's speech: in memory, or in a chunk file (the chunk cache's, or the previous
narration's)."""

Progress = Callable[[int, int], None]
"""Called with (chunks done, chunks in all) as a narration is written."""

SpeechT = TypeVar("SpeechT", bound=Speech)


@dataclass(frozen=True)
class ChunkTiming:
    """Where a chunk's audio sits in the whole narration, in frames."""

    chunk: Chunk
    file: str
    frame_rate: int
    start_frame: int
    frame_count: int
    speech_frames: int
    """The frames before the pause."""

    @property
    def start_s(self) -> float:
        return self.start_frame / self.frame_rate

    @property
    def end_s(self) -> float:
        return (self.start_frame + self.frame_count) / self.frame_rate

    @property
    def speech_end_s(self) -> float:
        return (self.start_frame + self.speech_frames) / self.frame_rate


def timed(
    narration: Plan, clips: Iterable[SpeechT], extension: str, progress: Progress | None
) -> Iterator[tuple[ChunkTiming, SpeechT]]:
    """Each chunk's speech with its place in the whole (speech and pause), in frames; the
    format must not change."""
    start = 0
    first_format: AudioFormat | None = None
    chunks = narration.chunks
    # Names as wide as the count (at least 3 digits), so that they sort in order past 999.
    width = max(3, len(str(len(chunks))))
    for done, (chunk, clip) in enumerate(zip(chunks, clips, strict=True), start=1):
        first_format = first_format or clip.format
        if clip.format != first_format:
            raise AudioOutputError(
                f"the engine changed its audio format mid-way ({clip.format} after "
                f"{first_format}); narrate again"
            )
        pause = clip.format.frames_for(chunk.pause_after_s)
        timing = ChunkTiming(
            chunk, f"{chunk.index + 1:0{width}d}.{extension}", clip.format.frame_rate, start,
            clip.frame_count + pause, clip.frame_count,
        )  # fmt: skip
        yield timing, clip
        start += timing.frame_count
        if progress:
            progress(done, len(chunks))


def check_fits_in_wav(narration: Plan, rate_wpm: int, channels: int) -> None:
    """Refuse, before any audio is made, a narration on `channels` channels whose WAV file
    would pass 4 GiB, as its words at `rate_wpm` and its pauses say (the engine keeps close
    to its rate)."""
    words = sum(len(chunk.spoken.split()) for chunk in narration.chunks)
    pauses_s = sum(chunk.pause_after_s for chunk in narration.chunks)
    check_wav_duration(60 * words / rate_wpm + pauses_s, channels)


def nonempty(timings: list[ChunkTiming]) -> list[ChunkTiming]:
    """`timings`, which must hold at least one chunk."""
    if not timings:
        raise AudioOutputError("the article has nothing to read aloud; check its text")
    return timings

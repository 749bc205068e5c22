"""The narration a folder already holds, whose audio an edited article's re-render reuses.

An article narrated again into its folder as WAV at the engine's level (no loudness
normalization, so each chunk's audio is its speech and its pause, whatever the chunks around
it) takes every chunk whose spoken text and pause are unchanged from the previous narration's
chunk files, not from the chunk cache: each is hard-linked into the new folder and its audio
copied into the whole by the kernel. None of it passes through this process, and removing the
previous folder afterwards only drops names. The previous narration counts only when it was
made by the same engine with the same voice, rate and volume, and each chunk file has the frames
its manifest gives and passes its checksum (one cut, edited, replaced or removed is made again;
one unchanged since the manifest was written passed it then: see `changed_since`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.chunk_reuse import read_chunk_file
from narrator.audio.wav import StoredSpeech
from narrator.models import Chunk, NarrationConfig, Plan

if TYPE_CHECKING:  # `speak` imports the jobs, and so `Remake`, but never reads a manifest
    from narrator.audio.manifest import Manifest
    from narrator.audio.timings import Speech


@dataclass(frozen=True)
class PreviousNarration:
    """The audio of a folder's previous narration, by spoken text and pause."""

    speech: Mapping[tuple[str, float], StoredSpeech]

    def speech_of(self, chunk: Chunk) -> StoredSpeech | None:
        """The chunk's audio in the previous narration, if it said the same with the same pause."""
        return self.speech.get((chunk.spoken, chunk.pause_after_s))


@dataclass(frozen=True)
class Remake:
    """An article narrated again into its folder: its plan, and the chunks whose speech must be
    made (the others' is in the previous narration)."""

    plan: Plan
    previous: PreviousNarration
    chunks: tuple[Chunk, ...]

    def speech(self, made: Iterable[Speech]) -> Iterator[Speech]:
        """Every chunk's speech in order: the previous narration's, or the next of `made`."""
        made_speech = iter(made)
        for chunk in self.plan.chunks:
            previous = self.previous.speech_of(chunk)
            yield previous if previous is not None else next(made_speech)


def remake(narration: Plan, previous: PreviousNarration) -> Remake:
    """The plan as a remake of the previous narration."""
    todo = tuple(chunk for chunk in narration.chunks if previous.speech_of(chunk) is None)
    return Remake(narration, previous, todo)


def previous_narration(
    folder: Path, manifest: Manifest | None, config: NarrationConfig, engine: str
) -> PreviousNarration | None:
    """The narration in `folder` (`manifest` is its manifest), when its audio can be reused by
    one made with `config` and `engine`: both WAV at the engine's level, with the same engine
    and voice settings."""
    if config.audio_format != "wav" or config.loudness_lufs is not None or manifest is None:
        return None
    if not _same_speech(manifest, config, engine) or not manifest.chunks:
        return None
    try:
        return _previous_speech(folder, manifest)
    except (OSError, ValueError):
        return None


def _same_speech(manifest: Manifest, config: NarrationConfig, engine: str) -> bool:
    """Whether the manifest's narration was spoken as `config` and `engine` would speak it."""
    return (
        manifest.format == "wav"
        and manifest.loudness is None
        and manifest.engine == engine
        and manifest.reproducible == config.reproducible
        and manifest.voice == config.voice
        and manifest.rate_wpm == config.rate_wpm
        and manifest.volume == config.volume
    )


def _previous_speech(folder: Path, manifest: Manifest) -> PreviousNarration | None:
    from narrator.audio.freshness import changed_since
    from narrator.audio.manifest import MANIFEST_NAME

    first = read_chunk_file(folder / manifest.chunks[0].file, verify=False)
    if first is None:
        return None
    audio_format = first.format
    written_ns = (folder / MANIFEST_NAME).stat().st_mtime_ns
    speech: dict[tuple[str, float], StoredSpeech] = {}
    for chunk in manifest.chunks:
        if chunk.frame_count is None:  # written before frames were recorded
            return None
        frames, pause_after_s = chunk.frame_count, chunk.pause_after_s
        pause_frames = audio_format.frames_for(pause_after_s)
        # Its checksum too, unless it is unchanged since it was checked: damage is not reused.
        path = folder / chunk.file
        stored = read_chunk_file(path, verify=changed_since(path, written_ns))
        if (
            stored is not None
            and stored.format == audio_format
            and (stored.frame_count, stored.pause_frames) == (frames - pause_frames, pause_frames)
        ):
            speech[chunk.spoken, pause_after_s] = stored
    return PreviousNarration(speech)

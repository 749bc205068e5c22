"""The narration a folder already holds, whose audio an edited article's re-render reuses.

An article narrated again into its folder as WAV at the engine's level (no loudness
normalization, so each chunk's audio is its speech and its pause, whatever the chunks around
it) takes every chunk whose spoken text and pause are unchanged from the previous narration,
not from the chunk cache: its file is hard-linked into the new folder and its span of the whole
is copied by the kernel. None of that audio passes through this process, and removing the
previous folder afterwards only drops names. The previous narration counts only when it was
made by the same engine with the same voice, rate and volume, and its files have the sizes its
manifest implies (a cut or replaced file is not reused).
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrator.audio import AudioFormat, Clip, PreviousSpeech
from narrator.models import Chunk, NarrationConfig, Plan

_WAV_HEADER_BYTES = 44
"""The header of a chunk file as narrator writes it: RIFF, fmt and data chunk headers."""


@dataclass(frozen=True)
class PreviousNarration:
    """The audio of a folder's previous narration, by spoken text and pause."""

    speech: Mapping[tuple[str, float], PreviousSpeech]

    def speech_of(self, chunk: Chunk) -> PreviousSpeech | None:
        """The chunk's audio in the previous narration, if it said the same with the same pause."""
        return self.speech.get((chunk.spoken, chunk.pause_after_s))


@dataclass(frozen=True)
class Remake:
    """An article narrated again into its folder: its plan, and the chunks whose speech must be
    made (the others' is in the previous narration)."""

    plan: Plan
    previous: PreviousNarration
    chunks: tuple[Chunk, ...]

    def speech(self, made: Iterable[Clip]) -> Iterator[Clip | PreviousSpeech]:
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
    folder: Path, config: NarrationConfig, engine: str
) -> PreviousNarration | None:
    """The narration in `folder`, when its audio can be reused by one made with `config` and
    `engine`: both WAV at the engine's level, with the same engine and voice settings."""
    if config.audio_format != "wav" or config.loudness_lufs is not None:
        return None
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if not _same_speech(manifest, config, engine):
            return None
        return _previous_speech(folder, manifest)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_speech(manifest: Any, config: NarrationConfig, engine: str) -> bool:
    """Whether the manifest's narration was spoken as `config` and `engine` would speak it."""
    return (
        isinstance(manifest, dict)
        and manifest.get("format") == "wav"
        and manifest.get("loudness") is None
        and manifest.get("engine") == engine
        and manifest.get("reproducible") == config.reproducible
        and manifest.get("voice") == config.voice
        and manifest.get("rate_wpm") == config.rate_wpm
        and manifest.get("volume") == config.volume
    )


def _previous_speech(folder: Path, manifest: dict[str, Any]) -> PreviousNarration | None:
    whole = folder / manifest["file"]
    audio_format, data_offset, data_bytes = wav_data(whole)
    frame_bytes = audio_format.sample_width * audio_format.channels
    speech: dict[tuple[str, float], PreviousSpeech] = {}
    end_frame = 0
    for chunk in manifest["chunks"]:
        start, frames = int(chunk["start_frame"]), int(chunk["frame_count"])
        pause_frames = audio_format.frames_for(float(chunk["pause_after_s"]))
        chunk_file = folder / chunk["file"]
        if start != end_frame or frames < pause_frames:
            return None
        end_frame = start + frames
        if _size(chunk_file) != _WAV_HEADER_BYTES + frames * frame_bytes:
            continue  # cut, replaced or removed since
        key = (str(chunk["spoken"]), float(chunk["pause_after_s"]))
        offset = data_offset + start * frame_bytes
        speech[key] = PreviousSpeech(audio_format, chunk_file, whole, offset, frames - pause_frames)
    return PreviousNarration(speech) if end_frame * frame_bytes == data_bytes else None


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


_CHUNK_HEADER = struct.Struct("<4sI")
_FORMAT = struct.Struct("<HHIIHH")
_PCM = 1


def wav_data(path: Path) -> tuple[AudioFormat, int, int]:
    """A PCM WAV file's format, and where its samples start and how many bytes they take."""
    with open(path, "rb") as wav:
        riff, _, wave_id = struct.unpack("<4sI4s", wav.read(12))
        if riff != b"RIFF" or wave_id != b"WAVE":
            raise ValueError(f"{path} is not a WAV file")
        audio_format: AudioFormat | None = None
        while True:
            header = wav.read(_CHUNK_HEADER.size)
            if len(header) < _CHUNK_HEADER.size:
                raise ValueError(f"{path} has no audio")
            name, size = _CHUNK_HEADER.unpack(header)
            if name == b"data" and audio_format is not None:
                if wav.tell() + size > os.fstat(wav.fileno()).st_size:
                    raise ValueError(f"{path} is cut short")
                return audio_format, wav.tell(), size
            body = wav.read(size + size % 2)
            if name == b"fmt ":
                kind, channels, rate, _, _, bits = _FORMAT.unpack(body[: _FORMAT.size])
                if kind != _PCM:
                    raise ValueError(f"{path} is not PCM")
                audio_format = AudioFormat(rate, bits // 8, channels)

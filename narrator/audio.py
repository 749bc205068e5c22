"""Audio: reading the engine's WAV output, silence, chunk files, the whole narration, manifest.

Every chunk file is the chunk's speech followed by its pause as silence, so the chunk files
played in order sound exactly like the whole narration.
"""

from __future__ import annotations

import json
import re
import unicodedata
import wave
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from narrator.errors import AudioOutputError

_MAX_SLUG_CHARS = 60


@dataclass(frozen=True)
class AudioFormat:
    """The PCM layout of a WAV file, read from the file itself."""

    frame_rate: int
    sample_width: int
    channels: int

    def frames_for(self, seconds: float) -> int:
        """Whole frames in `seconds` of audio."""
        return round(seconds * self.frame_rate)

    def seconds(self, frames: int) -> float:
        """The duration of `frames` frames."""
        return frames / self.frame_rate


@dataclass(frozen=True)
class Clip:
    """PCM audio in memory: one chunk's worth, never a whole narration."""

    format: AudioFormat
    frames: bytes

    @property
    def frame_count(self) -> int:
        return len(self.frames) // (self.format.sample_width * self.format.channels)


def read_wav(path: Path) -> Clip:
    """Read a WAV file's format and frames."""
    with wave.open(str(path), "rb") as source:
        audio_format = AudioFormat(
            source.getframerate(), source.getsampwidth(), source.getnchannels()
        )
        return Clip(audio_format, source.readframes(source.getnframes()))


def with_silence(clip: Clip, seconds: float) -> Clip:
    """`clip` followed by `seconds` of silence."""
    frames = clip.format.frames_for(seconds)
    silence = bytes(frames * clip.format.sample_width * clip.format.channels)
    return Clip(clip.format, clip.frames + silence)


def write_wav(path: Path, clip: Clip) -> None:
    """Write `clip` as a WAV file."""
    with WavWriter(path, clip.format) as writer:
        writer.append(clip)


class WavWriter:
    """A WAV file written clip by clip, so a whole narration is never held in memory."""

    def __init__(self, path: Path, audio_format: AudioFormat) -> None:
        self.format = audio_format
        self.frame_count = 0
        self._file = wave.open(str(path), "wb")
        self._file.setnchannels(audio_format.channels)
        self._file.setsampwidth(audio_format.sample_width)
        self._file.setframerate(audio_format.frame_rate)

    def append(self, clip: Clip) -> None:
        """Add `clip` at the end; its format must match the file's."""
        if clip.format != self.format:
            raise AudioOutputError(
                f"the engine changed its audio format mid-way ({clip.format} after "
                f"{self.format}); narrate again"
            )
        self._file.writeframes(clip.frames)
        self.frame_count += clip.frame_count

    def close(self) -> None:
        """Finish the file's header."""
        self._file.close()

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def slugify(title: str) -> str:
    """A folder name from a title: lower-case ASCII words joined by hyphens, at most 60 chars."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"['\u2019]", "", ascii_title.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    if len(slug) > _MAX_SLUG_CHARS:
        slug = slug[:_MAX_SLUG_CHARS].rsplit("-", 1)[0]
    return slug or "article"


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest as indented UTF-8 JSON."""
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

"""Audio: reading the engine's WAV output, silence, chunk files, the whole narration, manifest.

Every chunk file is the chunk's speech followed by its pause as silence, so the chunk files
played in order sound exactly like the whole narration.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
import wave
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from narrator.errors import AudioOutputError
from narrator.models import Chunk, NarrationConfig, Plan, SavedNarration

Progress = Callable[[int, int], None]
"""Called with (chunks done, chunks in all) as a narration is written."""

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
        self._file = wave.open(str(path), "wb")  # noqa: SIM115 - closed by close()
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


def write_narration(
    narration: Plan,
    clips: Iterable[Clip],
    folder: Path,
    config: NarrationConfig,
    progress: Progress | None = None,
) -> SavedNarration:
    """Write a WAV per chunk, the whole narration `<folder name>.wav` and manifest.json into
    `folder`, which appears complete or not at all (an earlier one stays until the swap)."""
    staging = _staging_folder(folder)
    try:
        timings = _write_clips(narration, clips, staging, folder.name, progress)
        manifest = _manifest(narration, config, timings, folder.name)
        write_manifest(staging / "manifest.json", manifest)
        _move_into_place(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SavedNarration(
        folder=folder,
        narration=folder / f"{folder.name}.wav",
        chunk_files=tuple(folder / t.file for t in timings),
        manifest=folder / "manifest.json",
        duration_s=timings[-1].end_s if timings else 0.0,
    )


@dataclass(frozen=True)
class ChunkTiming:
    """Where a chunk's audio sits in the whole narration."""

    chunk: Chunk
    file: str
    start_s: float
    end_s: float


def _write_clips(
    narration: Plan,
    clips: Iterable[Clip],
    folder: Path,
    slug: str,
    progress: Progress | None,
) -> list[ChunkTiming]:
    timings: list[ChunkTiming] = []
    whole: WavWriter | None = None
    try:
        for chunk, clip in zip(narration.chunks, clips, strict=True):
            name = f"{chunk.index + 1:03d}.wav"
            write_wav(folder / name, clip)
            whole = whole or WavWriter(folder / f"{slug}.wav", clip.format)
            start_s = clip.format.seconds(whole.frame_count)
            whole.append(clip)
            timings.append(
                ChunkTiming(chunk, name, start_s, clip.format.seconds(whole.frame_count))
            )
            if progress:
                progress(len(timings), len(narration.chunks))
    finally:
        if whole:
            whole.close()
    return timings


def _manifest(
    narration: Plan, config: NarrationConfig, timings: list[ChunkTiming], slug: str
) -> dict[str, Any]:
    article = narration.article
    return {
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "voice": config.voice,
        "rate_wpm": config.rate_wpm,
        "volume": config.volume,
        "file": f"{slug}.wav",
        "duration_s": round(timings[-1].end_s, 6) if timings else 0.0,
        "sections": [{"title": s.title, "first_chunk": s.first_chunk} for s in narration.sections],
        "chunks": [
            {
                "index": t.chunk.index,
                "file": t.file,
                "section": t.chunk.section,
                "kind": t.chunk.kind.value,
                "text": t.chunk.text,
                "spoken": t.chunk.spoken,
                "start_s": round(t.start_s, 6),
                "end_s": round(t.end_s, 6),
                "pause_after_s": t.chunk.pause_after_s,
            }
            for t in timings
        ],
    }


def _staging_folder(folder: Path) -> Path:
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as error:
        raise AudioOutputError(
            f"cannot write to '{folder.parent}' ({error.strerror}); choose another folder with -o"
        ) from None
    staging.chmod(0o755)
    return staging


def _move_into_place(staging: Path, folder: Path) -> None:
    """Swap the finished staging folder in for `folder`, keeping the old one until the swap."""
    old = folder.with_name(f".{folder.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)

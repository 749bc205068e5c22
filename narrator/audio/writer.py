"""Writing a narration's folder: every file `save` writes, appearing whole or not at all.

Every chunk file is the chunk's speech followed by its pause as silence, so the chunk files
played in order sound exactly like the whole narration. WAV at the engine's level is written in
one pass: a chunk file is linked from the chunk cache (or the narration being replaced) where
its speech is stored already, and appended to the whole. Every other narration is written in two
streaming passes, so memory stays flat however long the article: the clips are staged as WAV
while their loudness is measured, then read back one by one, turned up or down by one gain
(limited to a true-peak ceiling) and encoded into the chunk files and the whole at once (see
narrator.audio.staging and narrator.audio.loudness).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from narrator.audio.chapters import chapters_for
from narrator.audio.codecs import FileFormat, check_encoder
from narrator.audio.companions import write_companions
from narrator.audio.folders import (
    check_folder,
    move_into_place,
    release,
    remove_abandoned_staging,
    source_id,
    staging_folder,
    whole_name,
    write_error,
)
from narrator.audio.loudness import Processor, encode_to_target
from narrator.audio.manifest import LoudnessRecord, Written, manifest_for, write_manifest
from narrator.audio.staging import encode, stage_clips
from narrator.audio.tags import tags_for, write_tags
from narrator.audio.timings import (
    ChunkTiming,
    Progress,
    Speech,
    check_fits_in_wav,
    nonempty,
    timed,
)
from narrator.audio.wav import (
    HEADER_BYTES,
    Clip,
    StoredSpeech,
    WavWriter,
    write_chunk_file,
    write_stored_speech,
)
from narrator.models import NarrationConfig, Plan, SavedNarration


def write_narration(
    narration: Plan,
    clips: Iterable[Speech],
    folder: Path,
    config: NarrationConfig,
    progress: Progress | None = None,
    render_key: str | None = None,
    engine: str | None = None,
) -> SavedNarration:
    """Write a file per chunk (its speech, from `clips`, then its pause), the whole narration
    `<folder name>.<format>`, the transcripts, the playlist and manifest.json into `folder`,
    which appears complete or not at all: an earlier one stays until the finished folder is
    swapped in. `render_key` (see `narration_key`) is kept in the manifest, so that an
    unchanged narration is not redone, and the `engine`'s name, so that a changed one can reuse
    the speech of unchanged chunks (see narrator.cache.previous)."""
    try:
        file_format = check_encoder(config.audio_format, config.loudness_lufs is not None)
        if file_format.name == "wav":
            check_fits_in_wav(narration, config.rate_wpm)
        check_folder(folder)
        remove_abandoned_staging(folder)
        staging = staging_folder(folder)
    except BaseException:
        release(folder)
        raise
    try:
        written = _Writing(staging, folder, file_format, progress, render_key, engine)
        saved = _write_into(written, narration, clips, config)
        move_into_place(staging, folder)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        release(folder)
        if isinstance(error, OSError):
            raise write_error(folder, error) from None
        raise
    release(folder)
    return saved


@dataclass(frozen=True)
class _Writing:
    """Where and how a narration is being written."""

    staging: Path
    folder: Path
    file_format: FileFormat
    progress: Progress | None
    render_key: str | None
    engine: str | None


def _write_into(
    writing: _Writing, narration: Plan, clips: Iterable[Speech], config: NarrationConfig
) -> SavedNarration:
    staging, folder, file_format = writing.staging, writing.folder, writing.file_format
    whole_path = staging / whole_name(folder, file_format.extension)
    if file_format.name == "wav" and config.loudness_lufs is None:
        timings = _write_directly(narration, clips, whole_path, writing.progress)
        loudness = None
    else:
        in_memory = (speech if isinstance(speech, Clip) else speech.clip() for speech in clips)
        timings, loudness = _write_processed(
            narration, in_memory, whole_path, file_format, config, writing.progress
        )
    duration_s = timings[-1].end_s
    chapters = chapters_for(narration, timings, duration_s)
    write_tags(whole_path, file_format.name, tags_for(narration.article, config), chapters)
    extra_files = write_companions(staging, narration, timings)
    source = source_id(narration.article)
    written = Written(
        whole_path.name, chapters, source, loudness, writing.engine, writing.render_key
    )
    manifest = write_manifest(staging, manifest_for(narration, config, timings, written))
    return SavedNarration(
        folder=folder,
        narration=folder / whole_path.name,
        chunk_files=tuple(folder / t.file for t in timings),
        manifest=folder / manifest.name,
        duration_s=duration_s,
        chapters=chapters,
        extra_files=tuple(folder / name for name in extra_files),
        loudness_lufs=loudness.integrated_lufs if loudness else None,
    )


def _write_directly(
    narration: Plan, clips: Iterable[Speech], whole_path: Path, progress: Progress | None
) -> list[ChunkTiming]:
    """WAV at the engine's own level, in one pass: each chunk's speech and pause go into its
    chunk file, which is linked where the speech is in one already (see narrator.audio.wav), and
    are appended to the whole."""
    timings: list[ChunkTiming] = []
    whole: WavWriter | None = None
    try:
        for timing, speech in timed(narration, clips, "wav", progress):
            whole = whole or WavWriter(whole_path, speech.format)
            pause = timing.frame_count - timing.speech_frames
            chunk_path = whole_path.parent / timing.file
            if isinstance(speech, StoredSpeech):
                write_stored_speech(chunk_path, speech, pause)
                whole.append_from(chunk_path, HEADER_BYTES, timing.frame_count)
            else:
                write_chunk_file(chunk_path, speech, pause)
                whole.append(speech)
                whole.append_silence(pause)
            timings.append(timing)
    finally:
        if whole is not None:
            whole.close()
    return nonempty(timings)


def _write_processed(
    narration: Plan,
    clips: Iterable[Clip],
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
    progress: Progress | None,
) -> tuple[list[ChunkTiming], LoudnessRecord | None]:
    """Every other format, or loudness normalization, in two passes: the clips are staged and
    measured, then processed and encoded; returns the timings and the loudness record."""
    raw = whole_path.parent / ".raw"
    raw.mkdir()
    staged = stage_clips(narration, clips, raw, config, file_format.extension, progress)

    def encoded(processor: Processor) -> float | None:
        return encode(staged, processor, whole_path, file_format, config)

    loudness = encode_to_target(staged, encoded, whole_path, file_format, config)
    shutil.rmtree(raw)
    return staged.timings, loudness

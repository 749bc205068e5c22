"""Writing a narration's folder: every file `save` writes, appearing whole or not at all.

Every chunk file is the chunk's speech followed by its pause as silence, so the chunk files
played in order sound exactly like the whole narration. WAV at the engine's level is written in
one pass: a chunk file is linked from the chunk cache (or the narration being replaced) where
its speech is stored already, and appended to the whole. WAV at a loudness is written in one pass
too, from the speech where it is stored, measured once by chunk (see narrator.audio.leveled);
finished here (a single save), as its chunks come, at the gain its first half-minute asks for
(see narrator.audio.leveled_ahead).
MP3, Ogg and FLAC at a loudness are made from that stored speech as well: read back chunk by
chunk, turned up or down by one gain (limited to a true-peak ceiling) and encoded into the
chunk files and the whole at once (see narrator.audio.encoding and narrator.audio.loudness).
At their engine's level they are written in two streaming passes, so memory stays flat however
long the article: the clips are staged as WAV, then read back and encoded (see
narrator.audio.staging).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from narrator.audio.chapters import chapters_for
from narrator.audio.chunk_reuse import write_stored_speech
from narrator.audio.codecs import FileFormat, check_encoder
from narrator.audio.companions import write_companions
from narrator.audio.folders import (
    check_folder,
    move_into_place,
    release,
    remove_abandoned_staging,
    remove_own_staging,
    source_id,
    staging_folder,
    whole_name,
    write_error,
)
from narrator.audio.manifest import LoudnessRecord, Written, manifest_for, write_manifest
from narrator.audio.stereo import mono_config, stereo_record
from narrator.audio.tags import tags_for, write_tags
from narrator.audio.timings import (
    ChunkTiming,
    Progress,
    Speech,
    check_fits_in_wav,
    nonempty,
    timed,
)
from narrator.audio.wav import HEADER_BYTES, Clip, StoredSpeech, WavWriter, write_chunk_file
from narrator.models import NarrationConfig, Plan, SavedNarration

if TYPE_CHECKING:
    from narrator.audio.encoding import Encodable
    from narrator.audio.leveled import StoredChunks
    from narrator.audio.loudness import Processor
    from narrator.audio.staging import Staged

# The loudness passes, the encoders and the staging (encoding, leveled, loudness, staging: 15 to
# 20 ms of imports) are imported where a narration needs them: WAV at the engine's level, which
# `--loudness off` writes, never does.


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
    return stage_narration(narration, clips, folder, config, progress, render_key, engine).finish()


def stage_narration(
    narration: Plan,
    clips: Iterable[Speech],
    folder: Path,
    config: NarrationConfig,
    progress: Progress | None = None,
    render_key: str | None = None,
    engine: str | None = None,
    write_ahead: bool = False,
) -> StagedNarration:
    """The part of `write_narration` that takes the clips, as they come: each chunk staged (or,
    for WAV at the engine's level, written; for WAV at a loudness, measured where its speech is
    stored, and with `write_ahead` written too, at the gain its first half-minute asks for: see
    narrator.audio.leveled_ahead) and timed. Its `finish`, which may run in another process,
    sets the loudness, encodes and completes the folder; `abandon` drops it. `write_ahead`
    when it is finished here: the writing is then done while the engines speak."""
    leveled = config.audio_format == "wav" and config.loudness_lufs is not None
    # Every format at a loudness is made from the speech where it is stored, measured once.
    stored = config.loudness_lufs is not None
    try:
        # numpy, which WAV at a loudness needs only once the first chunk is spoken, is
        # imported meanwhile, on a thread of its own.
        file_format = check_encoder(
            config.audio_format, config.loudness_lufs is not None and not leveled
        )
        if leveled:
            from narrator.audio.leveled import import_in_background

            import_in_background("numpy")
        if file_format.name == "wav":
            check_fits_in_wav(narration, config.rate_wpm, config.channels)
        check_folder(folder)
        remove_abandoned_staging(folder)
        staging = staging_folder(folder)
        writing = _Writing(staging, folder, file_format, progress, render_key, engine)
        whole_path = staging / whole_name(folder, file_format.extension)
    except BaseException:
        # Stopped (Ctrl-C, SIGTERM) as the staging folder was made, before its path was held.
        remove_own_staging(folder)
        release(folder)
        raise
    try:
        if file_format.name == "wav" and config.loudness_lufs is None:
            timings = _write_directly(narration, clips, whole_path, progress)
            return StagedNarration(writing, narration, config, whole_path, timings, None)
        # Made when a chunk's speech must be kept in it (none when the cache holds them all).
        raw = staging / ".raw"
        if stored:
            timed_clips = timed(narration, clips, file_format.extension, progress)
            ahead = leveled and write_ahead
            if write_ahead and not leveled:
                _import_the_encoders(file_format)
            chunks = _stored_and_measured(
                timed_clips, raw, whole_path, file_format, mono_config(config), ahead
            )
            return StagedNarration(
                writing, narration, config, whole_path, chunks.timings, None, chunks
            )
        from narrator.audio.staging import stage_clips

        raw.mkdir()
        in_memory = (speech if isinstance(speech, Clip) else speech.clip() for speech in clips)
        staged = stage_clips(narration, in_memory, raw, config, file_format.extension, progress)
    except BaseException as error:
        _abandon(writing, error)
    return StagedNarration(writing, narration, config, whole_path, staged.timings, staged)


def _import_the_encoders(file_format: FileFormat) -> None:
    """Import what encodes a narration finished here at a loudness in a format other than
    WAV, and, for MP3 and Ogg, checks it decoded, while its chunks are spoken: imported where
    first used, after the last chunk, they took some 3 ms of CPU on the one busy core."""
    import narrator.audio.encoding

    if file_format.lossy:
        import narrator.audio.loudness.lossy  # noqa: F401


def _stored_and_measured(
    clips: Iterable[tuple[ChunkTiming, Speech]],
    raw: Path,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
    write_ahead: bool,
) -> StoredChunks:
    """Each chunk's speech where it is stored, measured (see narrator.audio.leveled); with
    `write_ahead`, written as it comes too (see narrator.audio.leveled_ahead)."""
    from narrator.audio.leveled import store_and_measure

    if not write_ahead or config.loudness_lufs is None:
        return store_and_measure(clips, raw)
    from narrator.audio.leveled_ahead import WrittenAhead
    from narrator.audio.loudness.normalize import aim_and_ceiling

    ahead = WrittenAhead(whole_path, *aim_and_ceiling(config.loudness_lufs, file_format, config))
    try:
        chunks = store_and_measure(clips, raw, ahead)
        chunks.written = ahead.finish(chunks)
    finally:
        ahead.close()
    return chunks


@dataclass(frozen=True)
class _Writing:
    """Where and how a narration is being written."""

    staging: Path
    folder: Path
    file_format: FileFormat
    progress: Progress | None
    render_key: str | None
    engine: str | None


def _abandon(writing: _Writing, error: BaseException) -> NoReturn:
    """Remove what was staged, release the folder and raise `error` (an OSError as the
    folder's write error)."""
    shutil.rmtree(writing.staging, ignore_errors=True)
    release(writing.folder)
    if isinstance(error, OSError):
        raise write_error(writing.folder, error) from None
    raise error


@dataclass(frozen=True)
class StagedNarration:
    """A narration whose clips are all staged (see `stage_narration`), to be finished."""

    writing: _Writing
    narration: Plan
    config: NarrationConfig
    whole_path: Path
    timings: list[ChunkTiming]
    staged: Staged | None
    """The audio to process and encode; None when it was written directly."""
    stored: StoredChunks | None = None
    """WAV at a loudness: the chunks' speech where it is stored, measured, to write in one
    pass (see narrator.audio.leveled)."""

    def finish(self) -> SavedNarration:
        """Set the loudness, encode, write the companions and manifest, and swap the finished
        folder in; on any failure the staging is removed, and the folder released."""
        try:
            loudness = self._audio()
            saved = _completed(self.writing, self.narration, self.config, self.timings, loudness)
            move_into_place(self.writing.staging, self.writing.folder)
        except BaseException as error:
            _abandon(self.writing, error)
        release(self.writing.folder)
        return saved

    def _audio(self) -> LoudnessRecord | None:
        """Set the loudness and encode (a stereo narration: its mono narration 3.01 dB
        lower, on both channels; see narrator.audio.stereo); the loudness record."""
        loudness = None
        mono = mono_config(self.config)
        if self.staged is not None:
            loudness = _encode_staged(self.staged, self.whole_path, self.writing, mono)
        if self.stored is not None and self.writing.file_format.name == "wav":
            loudness = _write_leveled(self.stored, self.whole_path, self.writing, mono)
        elif self.stored is not None:
            from narrator.audio.encoding import StepsOnly

            stored = StepsOnly(self.stored)
            loudness = _encode_staged(stored, self.whole_path, self.writing, mono)
        if self.config.channels == 1:
            return loudness
        if self.writing.file_format.name == "wav":
            from narrator.audio.stereo import to_stereo_wav

            for path in (self.whole_path, *(self.whole_path.parent / t.file for t in self.timings)):
                to_stereo_wav(path)
        return stereo_record(loudness, self.config)

    def abandon(self) -> None:
        """Drop the staged narration unfinished: its staging is removed, its folder released."""
        shutil.rmtree(self.writing.staging, ignore_errors=True)
        release(self.writing.folder)


def _completed(
    writing: _Writing,
    narration: Plan,
    config: NarrationConfig,
    timings: list[ChunkTiming],
    loudness: LoudnessRecord | None,
) -> SavedNarration:
    """The tags, companions and manifest written beside the finished audio."""
    staging, folder, file_format = writing.staging, writing.folder, writing.file_format
    whole_path = staging / whole_name(folder, file_format.extension)
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


def _encode_staged(
    staged: Encodable, whole_path: Path, writing: _Writing, config: NarrationConfig
) -> LoudnessRecord | None:
    """Pass two of an encoded narration: encoded at the loudness asked (see
    narrator.audio.loudness); the clips staged here are then removed."""
    from narrator.audio.encoding import encode
    from narrator.audio.loudness import encode_to_target

    def encoded(processor: Processor) -> None:
        encode(staged, processor, whole_path, writing.file_format, config)

    loudness = encode_to_target(staged, encoded, whole_path, writing.file_format, config)
    shutil.rmtree(whole_path.parent / ".raw", ignore_errors=True)
    return loudness


def _write_leveled(
    stored: StoredChunks, whole_path: Path, writing: _Writing, config: NarrationConfig
) -> LoudnessRecord | None:
    """WAV at the loudness asked, in one pass from the chunks' stored speech (see
    narrator.audio.leveled); the speech staged here is then removed."""
    from narrator.audio.leveled import write_in_one_pass
    from narrator.audio.loudness import encode_to_target

    def written(processor: Processor) -> None:
        write_in_one_pass(stored, processor, whole_path)

    loudness = encode_to_target(
        stored, written, whole_path, writing.file_format, config, stored.written
    )
    shutil.rmtree(whole_path.parent / ".raw", ignore_errors=True)
    return loudness

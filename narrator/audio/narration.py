"""Audio: the engine's WAV output, silence, and every file `save` writes.

Every chunk file is the chunk's speech followed by its pause as silence, so the chunk files
played in order sound exactly like the whole narration. WAV at the engine's level is written in
one pass: a chunk file is linked from the chunk cache (or the narration being replaced) where
its speech is stored already, and appended to the whole. Every other narration is written in two
streaming passes, so memory stays flat however long the article: the clips are staged as WAV
while their loudness is measured, then read back one by one, turned up or down by one gain
(limited to a true-peak ceiling) and encoded into the chunk files and the whole at once.
"""

from __future__ import annotations

import dataclasses
import json
import math
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from narrator._version import __version__
from narrator.audio.codecs import (
    EncodedFile,
    EncodedInThread,
    FileFormat,
    check_encoder,
    decoded_blocks,
    to_pcm16,
)
from narrator.audio.folders import (
    check_folder,
    move_into_place,
    remove_abandoned_staging,
    source_id,
    staging_folder,
    write_error,
)
from narrator.audio.folders import slugify as slugify  # re-exported: the folder name of a title
from narrator.audio.loudness import (
    Gain,
    Limiter,
    LoudnessMeter,
    Lowering,
    Processor,
    TruePeakEnvelope,
    normalizer,
    out_of_reach,
)
from narrator.audio.tags import tags_for, write_tags
from narrator.audio.transcripts import Cue, PlaylistEntry, m3u, srt, webvtt
from narrator.audio.wav import (
    HEADER_BYTES,
    AudioFormat,
    Clip,
    StoredSpeech,
    WavWriter,
    read_wav,
    write_chunk_file,
    write_stored_speech,
    write_wav,
)
from narrator.errors import AudioOutputError
from narrator.models import Article, Chapter, Chunk, NarrationConfig, Plan, SavedNarration

__all__ = ["AudioFormat", "Clip", "Speech", "StoredSpeech", "WavWriter", "read_wav", "write_wav"]

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Speech = Clip | StoredSpeech
"""A chunk's speech: in memory, or in a chunk file (the chunk cache's, or the previous
narration's)."""

Progress = Callable[[int, int], None]
"""Called with (chunks done, chunks in all) as a narration is written."""


def with_silence(clip: Clip, seconds: float) -> Clip:
    """`clip` followed by `seconds` of silence."""
    frames = clip.format.frames_for(seconds)
    silence = bytes(frames * clip.format.sample_width * clip.format.channels)
    return Clip(clip.format, clip.frames + silence)


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest as indented UTF-8 JSON."""
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


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


@dataclass
class _Staged:
    """Pass one's result: every clip as a WAV in the staging folder, timed and measured."""

    folder: Path
    timings: list[ChunkTiming]
    meter: LoudnessMeter | None

    def raw_file(self, timing: ChunkTiming) -> Path:
        return self.folder / f"{timing.chunk.index + 1:03d}.raw.wav"

    @property
    def frame_rate(self) -> int:
        return self.timings[0].frame_rate


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
    file_format = check_encoder(config.audio_format, config.loudness_lufs is not None)
    check_folder(folder)
    remove_abandoned_staging(folder)
    staging = staging_folder(folder)
    try:
        written = _Writing(staging, folder, file_format, progress, render_key, engine)
        saved = _write_into(written, narration, clips, config)
        move_into_place(staging, folder)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise write_error(folder, error) from None
        raise
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
    whole_path = staging / f"{folder.name}.{file_format.extension}"
    if file_format.name == "wav" and config.loudness_lufs is None:
        timings = _write_directly(narration, clips, whole_path, writing.progress)
        loudness_record = None
    else:
        in_memory = (speech if isinstance(speech, Clip) else speech.clip() for speech in clips)
        timings, loudness_record = _write_processed(
            narration, in_memory, whole_path, file_format, config, writing.progress
        )
    duration_s = timings[-1].end_s
    chapters = chapters_for(narration, timings, duration_s)
    write_tags(whole_path, file_format.name, tags_for(narration.article, config), chapters)
    extra_files = _write_companions(staging, narration, timings)
    manifest = _manifest(narration, config, timings, whole_path.name, chapters)
    manifest["loudness"] = loudness_record
    manifest["engine"] = writing.engine
    manifest["reproducible"] = config.reproducible
    manifest["render_key"] = writing.render_key
    write_manifest(staging / "manifest.json", manifest)
    return SavedNarration(
        folder=folder,
        narration=folder / whole_path.name,
        chunk_files=tuple(folder / t.file for t in timings),
        manifest=folder / "manifest.json",
        duration_s=duration_s,
        chapters=chapters,
        extra_files=tuple(folder / name for name in extra_files),
        loudness_lufs=loudness_record["integrated_lufs"] if loudness_record else None,
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
        for timing, speech in _timed(narration, clips, "wav", progress):
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
    return _nonempty(timings)


def _write_processed(
    narration: Plan,
    clips: Iterable[Clip],
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
    progress: Progress | None,
) -> tuple[list[ChunkTiming], dict[str, Any] | None]:
    """Every other format, or loudness normalization, in two passes: the clips are staged and
    measured, then processed and encoded; returns the timings and the loudness record."""
    raw = whole_path.parent / ".raw"
    raw.mkdir()
    staged = _stage_clips(narration, clips, raw, config, file_format.extension, progress)
    plan = _loudness_plan(staged, config, file_format)
    loudness = _encode(staged, plan.processor, whole_path, file_format, config)
    lowerings: list[Lowering] = []
    correction_db, corrected = 0.0, False
    for _ in range(_RETRIES):
        overshoots = _overshoots(whole_path, file_format, config, staged.frame_rate)
        miss_db = _loudness_miss_db(config, plan, loudness)
        correct = abs(miss_db) > _LOUDNESS_TOLERANCE_LU and not corrected and not plan.out_of_reach
        if not overshoots and not correct:
            break
        # Where the encoder overshot, the next encoding is limited lower (on top of any
        # lowering there before). The gain was set on the first minutes: what the whole
        # measured instead corrects the aim, once.
        lowerings += overshoots
        if correct:
            correction_db, corrected = -miss_db, True
        plan = _loudness_plan(
            staged, config, file_format, plan.codec_change_db, correction_db, plan, lowerings
        )
        loudness = _encode(staged, plan.processor, whole_path, file_format, config)
    if loudness is not None:
        loudness += plan.codec_change_db
    shutil.rmtree(raw)
    return staged.timings, _loudness_record(config, staged.meter, plan, loudness)


SpeechT = TypeVar("SpeechT", bound=Speech)


def _timed(
    narration: Plan, clips: Iterable[SpeechT], extension: str, progress: Progress | None
) -> Iterator[tuple[ChunkTiming, SpeechT]]:
    """Each chunk's speech with its place in the whole (speech and pause), in frames; the
    format must not change."""
    start = 0
    first_format: AudioFormat | None = None
    chunks = narration.chunks
    for done, (chunk, clip) in enumerate(zip(chunks, clips, strict=True), start=1):
        first_format = first_format or clip.format
        if clip.format != first_format:
            raise AudioOutputError(
                f"the engine changed its audio format mid-way ({clip.format} after "
                f"{first_format}); narrate again"
            )
        pause = clip.format.frames_for(chunk.pause_after_s)
        timing = ChunkTiming(
            chunk, f"{chunk.index + 1:03d}.{extension}", clip.format.frame_rate, start,
            clip.frame_count + pause, clip.frame_count,
        )  # fmt: skip
        yield timing, clip
        start += timing.frame_count
        if progress:
            progress(done, len(chunks))


def _nonempty(timings: list[ChunkTiming]) -> list[ChunkTiming]:
    if not timings:
        raise AudioOutputError("the article has nothing to read aloud; check its text")
    return timings


def _stage_clips(
    narration: Plan,
    clips: Iterable[Clip],
    raw: Path,
    config: NarrationConfig,
    extension: str,
    progress: Progress | None,
) -> _Staged:
    """Pass one: stage each clip as WAV, time it in frames, measure the loudness so far."""
    staged = _Staged(raw, [], None)
    for timing, speech in _timed(narration, clips, extension, progress):
        clip = with_silence(speech, timing.chunk.pause_after_s)
        write_wav(staged.raw_file(timing), clip)
        if config.loudness_lufs is not None:
            # The true peak is measured later, and only if the sample peak leaves it open.
            staged.meter = staged.meter or LoudnessMeter(clip.format.frame_rate, true_peak=False)
            for block in _blocks(clip):
                staged.meter.push(block)
        staged.timings.append(timing)
    _nonempty(staged.timings)
    return staged


_BLOCK_FRAMES = 1 << 16


def _blocks(clip: Clip) -> Iterator[NDArray[np.float64]]:
    """A clip's samples in blocks of at most 65536 frames, so a long chunk stays cheap."""
    frame_bytes = clip.format.sample_width * clip.format.channels
    step = _BLOCK_FRAMES * frame_bytes
    for offset in range(0, len(clip.frames), step):
        yield to_samples(Clip(clip.format, clip.frames[offset : offset + step]))


@dataclass(frozen=True)
class _LoudnessPlan:
    processor: Processor
    codec_change_db: float = 0.0
    """How much the lossy encoder changes the loudness (0 for WAV and FLAC)."""
    out_of_reach: bool = False
    """Whether the limiter takes so much of the gain that the target cannot be reached."""


_PROBE_S = 30.0
_CALIBRATION_S = 120.0


def _loudness_plan(
    staged: _Staged,
    config: NarrationConfig,
    file_format: FileFormat,
    codec_change_db: float | None = None,
    correction_db: float = 0.0,
    earlier: _LoudnessPlan | None = None,
    lowerings: Sequence[Lowering] = (),
) -> _LoudnessPlan:
    """The processor that brings the narration to the configured loudness and under the peak
    ceiling less the format's margin. `codec_change_db` is the lossy encoder's change of
    loudness, when it has been measured already; `correction_db` is added to the loudness aimed
    at, after an encoding of the whole missed it; the `earlier` plan's gain is where the search
    starts, and `lowerings` limit lower where an encoding overshot."""
    target = config.loudness_lufs
    if target is None or staged.meter is None:
        return _LoudnessPlan(Gain(1.0))
    codec_change = codec_change_db
    if codec_change is None:
        codec_change = _codec_change_db(staged, file_format, config) if file_format.lossy else 0.0
    ceiling = config.max_true_peak_dbtp - file_format.peak_margin_db
    # A trial limiter is heard on the first minutes only: what it changes there, it changes
    # in the whole (one voice, one level), and a long narration is not read again each time.
    probe_lufs = _measure(staged, Gain(1.0), _CALIBRATION_S)
    whole_lufs = staged.meter.integrated_lufs

    def loudness_through(trial: Processor) -> float:
        return whole_lufs + _measure(staged, trial, _CALIBRATION_S) - probe_lufs

    aim = target - codec_change + correction_db
    processor = normalizer(
        staged.meter,
        aim,
        ceiling,
        loudness_through,
        lambda: _true_peak(staged),
        first_gain_db=_gain_db(earlier.processor) if earlier else None,
        lowerings=lowerings,
    )
    return _LoudnessPlan(processor, codec_change, out_of_reach(staged.meter, aim, processor))


_RETRIES = 4
_LOUDNESS_TOLERANCE_LU = 0.15


def _loudness_miss_db(config: NarrationConfig, plan: _LoudnessPlan, encoded: float | None) -> float:
    """By how much the whole narration, as encoded, misses the configured loudness (0 when
    nothing was normalized)."""
    if config.loudness_lufs is None or encoded is None or not math.isfinite(encoded):
        return 0.0
    return encoded + plan.codec_change_db - config.loudness_lufs


def _overshoots(
    path: Path, file_format: FileFormat, config: NarrationConfig, rate: int
) -> list[Lowering]:
    """Where the decoded lossy file's true peak passes the configured ceiling (less what
    other meters may read over ours), each place widened by 50 ms and lowered by its excess
    and a little more (none for lossless formats, or when nothing is limited). A lossy
    encoder's overshoot varies with the audio: the format's margin is an estimate, and this is
    the check."""
    import numpy as np

    if not file_format.lossy or config.loudness_lufs is None:
        return []
    ceiling = 10 ** ((config.max_true_peak_dbtp - _CHECK_MARGIN_DB) / 20)
    envelope = TruePeakEnvelope(fine=True)
    start = -envelope.delay
    places, peaks = [], []
    for block in decoded_blocks(path, _BLOCK_FRAMES):
        levels = envelope.push(block)
        over = np.flatnonzero(levels > ceiling)
        places.append(over + start)
        peaks.append(levels[over])
        start += len(block)
    if not places:
        return []
    return _lowerings(np.concatenate(places), np.concatenate(peaks) / ceiling, rate)


_CHECK_MARGIN_DB = 0.05
"""What other true-peak meters may read over our 8x one (scipy's resample_poly, 16x: 0.02 dB)."""
_LOWERING_S = 0.05
_LOWERING_MORE_DB = 0.3


def _lowerings(places: NDArray[np.int64], ratios: NDArray[np.float64], rate: int) -> list[Lowering]:
    """The samples at `places`, `ratios` over the ceiling, as lowerings: places closer than
    twice the widening become one."""
    import numpy as np

    widening = round(_LOWERING_S * rate)
    breaks = np.flatnonzero(np.diff(places) > 2 * widening) + 1
    lowerings = []
    for group, ratio in zip(np.split(places, breaks), np.split(ratios, breaks), strict=True):
        if len(group):
            excess_db = 20 * math.log10(float(ratio.max())) + _LOWERING_MORE_DB
            lowerings.append(
                Lowering(int(group[0]) - widening, int(group[-1]) + widening, excess_db)
            )
    return lowerings


def _codec_change_db(staged: _Staged, file_format: FileFormat, config: NarrationConfig) -> float:
    """How much a lossy encoder changes the loudness (MP3 at 64 kbit/s cuts the highs, which
    K-weighting counts), measured by encoding and decoding the first 30 seconds."""

    rate = staged.frame_rate
    before, after = LoudnessMeter(rate, true_peak=False), LoudnessMeter(rate, true_peak=False)
    probe = staged.folder / f"probe.{file_format.extension}"
    left = round(_PROBE_S * rate)
    with EncodedFile(probe, file_format, rate, config.bitrate_kbps) as encoded:
        for timing in staged.timings:
            for block in _blocks(read_wav(staged.raw_file(timing))):
                block = block[:left]
                before.push(block)
                encoded.write(to_pcm16(block))
                left -= len(block)
            if left <= 0:
                break
    for block in decoded_blocks(probe, _BLOCK_FRAMES):
        after.push(block)
    probe.unlink()
    change = after.integrated_lufs - before.integrated_lufs
    return change if math.isfinite(change) else 0.0


def _processed(staged: _Staged, processor: Processor) -> Iterator[NDArray[np.float64]]:
    """The staged clips read back, in order, through `processor`."""
    for timing in staged.timings:
        for block in _blocks(read_wav(staged.raw_file(timing))):
            yield processor.push(block)
    yield processor.flush()


def _true_peak(staged: _Staged) -> float:
    """The true peak of the staged audio as it is, in dBTP."""
    envelope, peak = TruePeakEnvelope(), 0.0
    for block in _processed(staged, Gain(1.0)):
        peak = max(peak, float(envelope.push(block).max(initial=0.0)))
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def _measure(staged: _Staged, processor: Processor, limit_s: float) -> float:
    """The loudness of the first `limit_s` seconds of the staged audio through `processor`."""
    meter = LoudnessMeter(staged.frame_rate, true_peak=False)
    left = round(limit_s * staged.frame_rate)
    for block in _processed(staged, processor):
        meter.push(block[:left])
        left -= len(block)
        if left <= 0:
            break
    return meter.integrated_lufs


def _encode(
    staged: _Staged,
    processor: Processor,
    whole_path: Path,
    file_format: FileFormat,
    config: NarrationConfig,
) -> float | None:
    """Pass two: the processed audio into every chunk file and the whole; returns the loudness
    of what was written (None when loudness is off)."""
    rate = staged.frame_rate
    meter = LoudnessMeter(rate, true_peak=False) if config.loudness_lufs is not None else None

    def chunk_file(timing: ChunkTiming) -> EncodedFile:
        return EncodedFile(whole_path.parent / timing.file, file_format, rate, config.bitrate_kbps)

    with (
        EncodedFile(whole_path, file_format, rate, config.bitrate_kbps) as whole_file,
        EncodedInThread(whole_file) as whole,
    ):
        splitter = _ChunkSplitter(staged.timings, chunk_file, whole)
        for block in _processed(staged, processor):
            if meter:
                meter.push(block)
            splitter.write(to_pcm16(block))
        splitter.finish()
    return meter.integrated_lufs if meter else None


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


def chapters_for(
    narration: Plan, timings: list[ChunkTiming], duration_s: float
) -> tuple[Chapter, ...]:
    """Each section as a chapter from its first chunk's start. The untitled opening takes the
    article's title; an untitled section further on (after a rule) is "Part N"."""
    sections = narration.sections
    starts = [timings[section.first_chunk].start_s for section in sections]
    ends = [*starts[1:], duration_s]
    return tuple(
        Chapter(
            title=section.title or (number == 1 and narration.article.title) or f"Part {number}",
            start_s=start,
            end_s=end,
            first_chunk=section.first_chunk,
        )
        for number, (section, start, end) in enumerate(
            zip(sections, starts, ends, strict=True), start=1
        )
    )


def _write_companions(staging: Path, narration: Plan, timings: list[ChunkTiming]) -> list[str]:
    """The transcripts and the playlist; returns their names."""
    cues = [Cue(t.start_s, t.speech_end_s, t.chunk.text) for t in timings]
    entries = [PlaylistEntry(t.file, t.end_s - t.start_s, t.chunk.text) for t in timings]
    texts = {
        "transcript.vtt": webvtt(cues),
        "transcript.srt": srt(cues),
        "playlist.m3u": m3u(narration.article.title, entries),
    }
    for name, text in texts.items():
        (staging / name).write_text(text, encoding="utf-8")
    return list(texts)


def _manifest(
    narration: Plan,
    config: NarrationConfig,
    timings: list[ChunkTiming],
    whole_name: str,
    chapters: tuple[Chapter, ...],
) -> dict[str, Any]:
    article = narration.article
    return {
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "voice": config.voice,
        "rate_wpm": config.rate_wpm,
        "volume": config.volume,
        "file": whole_name,
        "duration_s": round(timings[-1].end_s, 6),
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
                "speech_end_s": round(t.speech_end_s, 6),
                "start_frame": t.start_frame,
                "frame_count": t.frame_count,
            }
            for t in timings
        ],
        "format": config.audio_format,
        "frame_rate": timings[0].frame_rate,
        "chapters": [
            {
                "title": c.title,
                "start_s": round(c.start_s, 6),
                "end_s": round(c.end_s, 6),
                "first_chunk": c.first_chunk,
            }
            for c in chapters
        ],
        "transcripts": ["transcript.vtt", "transcript.srt"],
        "playlist": "playlist.m3u",
        "source_id": source_id(article.source),
    }


def _loudness_record(
    config: NarrationConfig,
    before: LoudnessMeter | None,
    plan: _LoudnessPlan,
    after: float | None,
) -> dict[str, Any] | None:
    """The loudness figures: `integrated_lufs` is measured on what was encoded, plus for MP3
    and Ogg the encoder's change measured on the first minute."""
    if config.loudness_lufs is None or before is None or after is None:
        return None
    return {
        "target_lufs": config.loudness_lufs,
        "max_true_peak_dbtp": config.max_true_peak_dbtp,
        "spoken_lufs": _rounded(before.integrated_lufs),
        "gain_db": round(_gain_db(plan.processor), 2),
        "limited": isinstance(plan.processor, Limiter),
        "codec_change_db": round(plan.codec_change_db, 2),
        "integrated_lufs": _rounded(after),
    }


def _gain_db(processor: Processor) -> float:
    return 20 * math.log10(processor.gain)


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None


_SETTINGS_WITHOUT_EFFECT = ("jobs", "use_cache", "cache_dir", "cache_max_mb", "lexicon_path")
"""Settings that change how a narration is made, never what it is (the lexicon's text counts,
not its path)."""


def narration_key(
    article: Article,
    config: NarrationConfig,
    engine: str,
    lexicon: str,
    chunks: Sequence[Chunk] | None = None,
) -> str:
    """A digest of everything a narration's files depend on: the article as read, the lexicon's
    text, every setting that shapes the plan or the audio, the engine and narrator's version,
    known before the article is cut into chunks; `chunks` too when the plan was made elsewhere."""
    import hashlib

    settings = {
        name: value for name, value in vars(config).items() if name not in _SETTINGS_WITHOUT_EFFECT
    }
    described = {
        "article": dataclasses.asdict(article),
        "chunks": [dataclasses.asdict(chunk) for chunk in chunks] if chunks is not None else None,
        "lexicon": lexicon,
        "settings": settings,
        "engine": engine,
        "narrator": __version__,
    }
    text = json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of the narration in `folder`; None when there is none to read."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def up_to_date(
    folder: Path, render_key: str, manifest: dict[str, Any] | None = None
) -> SavedNarration | None:
    """The narration already in `folder` when it was made from exactly what `render_key`
    describes and every file it lists is there; None when it must be made (again). `manifest`
    is the folder's, when it has been read already."""
    manifest = manifest or read_manifest(folder)
    if manifest is None or manifest.get("render_key") != render_key:
        return None
    saved = _saved_from_manifest(folder, manifest)
    files = (saved.narration, *saved.chunk_files, *saved.extra_files)
    return saved if all(path.is_file() for path in files) else None


def _saved_from_manifest(folder: Path, manifest: dict[str, Any]) -> SavedNarration:
    loudness = manifest.get("loudness") or {}
    return SavedNarration(
        folder=folder,
        narration=folder / manifest["file"],
        chunk_files=tuple(folder / chunk["file"] for chunk in manifest["chunks"]),
        manifest=folder / "manifest.json",
        duration_s=manifest["duration_s"],
        chapters=tuple(
            Chapter(c["title"], c["start_s"], c["end_s"], c["first_chunk"])
            for c in manifest["chapters"]
        ),
        extra_files=tuple(
            folder / name for name in [*manifest["transcripts"], manifest["playlist"]]
        ),
        loudness_lufs=loudness.get("integrated_lufs"),
    )

"""The pipeline: source -> Article -> chunks -> speech, composed from the stages."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrator.audio import (
    Clip,
    WavWriter,
    read_wav,
    slugify,
    with_silence,
    write_manifest,
    write_wav,
)
from narrator.errors import AudioOutputError
from narrator.models import Article, Chunk, NarrationConfig, Plan, SavedNarration
from narrator.readers import read_article
from narrator.segmenter import segment
from narrator.synthesis import Pyttsx3Synthesizer, Synthesizer, check_audio_output

Progress = Callable[[int, int], None]
"""Called with (chunks done, chunks in all) as a narration is saved."""

DEFAULT_OUTPUT_ROOT = Path("audio")


def plan(source: str | Article, config: NarrationConfig | None = None) -> Plan:
    """Read `source` (a path, "-" for stdin, or an Article) and cut it into chunks."""
    config = config or NarrationConfig()
    article = source if isinstance(source, Article) else read_article(source)
    return Plan(article, tuple(segment(article, config)))


def make_synthesizer(config: NarrationConfig) -> Synthesizer:
    """The pyttsx3 synthesizer set up with the config's voice, rate and volume."""
    return Pyttsx3Synthesizer(voice=config.voice, rate_wpm=config.rate_wpm, volume=config.volume)


def speak(
    source: str | Article | Plan,
    config: NarrationConfig | None = None,
    synthesizer: Synthesizer | None = None,
) -> None:
    """Say the article through the speakers, chunk by chunk, with its pauses."""
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    check_audio_output()
    synthesizer = synthesizer or make_synthesizer(config)
    for chunk in narration.chunks:
        synthesizer.speak(chunk.spoken)
        time.sleep(chunk.pause_after_s)


def save(
    source: str | Article | Plan,
    config: NarrationConfig | None = None,
    output_root: Path = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> SavedNarration:
    """Narrate the article into `output_root/<slug>/`: a WAV per chunk, the whole narration, and
    manifest.json. The folder appears complete or not at all."""
    config = config or NarrationConfig()
    narration = source if isinstance(source, Plan) else plan(source, config)
    slug = slugify(narration.article.title)
    staging = _staging_folder(output_root, slug)
    try:
        synthesizer = synthesizer or make_synthesizer(config)
        timings = _render(narration, synthesizer, staging, slug, progress)
        write_manifest(staging / "manifest.json", _manifest(narration, config, timings, slug))
        folder = _move_into_place(staging, output_root / slug)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SavedNarration(
        folder=folder,
        narration=folder / f"{slug}.wav",
        chunk_files=tuple(folder / t.file for t in timings),
        manifest=folder / "manifest.json",
        duration_s=timings[-1].end_s if timings else 0.0,
    )


@dataclass(frozen=True)
class _ChunkTiming:
    chunk: Chunk
    file: str
    start_s: float
    end_s: float


def _render(
    narration: Plan,
    synthesizer: Synthesizer,
    folder: Path,
    slug: str,
    progress: Progress | None,
) -> list[_ChunkTiming]:
    timings: list[_ChunkTiming] = []
    whole: WavWriter | None = None
    try:
        for chunk in narration.chunks:
            clip = with_silence(_synthesize(synthesizer, chunk.spoken, folder), chunk.pause_after_s)
            name = f"{chunk.index + 1:03d}.wav"
            write_wav(folder / name, clip)
            whole = whole or WavWriter(folder / f"{slug}.wav", clip.format)
            start_frames = whole.frame_count
            whole.append(clip)
            seconds = clip.format.seconds
            timings.append(
                _ChunkTiming(chunk, name, seconds(start_frames), seconds(whole.frame_count))
            )
            if progress:
                progress(len(timings), len(narration.chunks))
    finally:
        if whole:
            whole.close()
    return timings


def _synthesize(synthesizer: Synthesizer, text: str, folder: Path) -> Clip:
    raw = folder / ".engine.wav"
    synthesizer.save(text, raw)
    try:
        return read_wav(raw)
    finally:
        raw.unlink(missing_ok=True)


def _manifest(
    narration: Plan, config: NarrationConfig, timings: list[_ChunkTiming], slug: str
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


def _staging_folder(output_root: Path, slug: str) -> Path:
    try:
        output_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{slug}.", suffix=".partial", dir=output_root))
        staging.chmod(0o755)
        return staging
    except OSError as error:
        raise AudioOutputError(
            f"cannot write to '{output_root}' ({error.strerror}); choose another folder with -o"
        ) from None


def _move_into_place(staging: Path, folder: Path) -> Path:
    """Swap the finished staging folder in for `folder`, keeping the old one until the swap."""
    old = folder.with_name(f".{folder.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    return folder

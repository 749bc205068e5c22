"""The pipeline: source -> Article -> chunks -> speech -> speakers or audio files."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.folders import narration_folder
from narrator.audio.freshness import narration_key, up_to_date
from narrator.audio.manifest import read_manifest
from narrator.audio.timings import Progress, Speech
from narrator.audio.wav import Clip
from narrator.audio.writer import stage_narration
from narrator.cache import ChunkCache, default_cache_dir
from narrator.cache.previous import Remake, previous_narration, remake
from narrator.errors import NarratorError
from narrator.models import (
    DEFAULT_OUTPUT_ROOT,
    Article,
    NarrationConfig,
    Plan,
    SavedNarration,
)
from narrator.pipeline.engines import engine_factory, engine_name, engine_warming, speaking_engine
from narrator.pipeline.finishing import Finishing
from narrator.pipeline.jobs import SpeechJobs, job_count
from narrator.pipeline.planning import Plans, PlansHere, Source, cut, read
from narrator.pipeline.voices import Voices
from narrator.spoken.lexicon import lexicon_text
from narrator.synthesis import AudioOutputCheck, Synthesizer

if TYPE_CHECKING:
    from narrator.player.session import Outcome, StartPoint

__all__ = [
    "DEFAULT_OUTPUT_ROOT",
    "Progress",
    "chunk_cache",
    "plan",
    "save",
    "save_many",
    "speak",
    "synthesize",
]

_SPEAK_AHEAD = 3
"""How many chunks `speak` synthesizes ahead of the one playing."""


def plan(source: str | PathLike[str] | Article, config: NarrationConfig | None = None) -> Plan:
    """Read `source` (a path, "-" for stdin, a URL, or an Article) and cut it into chunks."""
    config = config or NarrationConfig()
    return cut(read(source, config), config)


def make_synthesizer(config: NarrationConfig) -> Synthesizer:
    """The config's engine (pyttsx3 or Piper) set up with its voice, rate and volume, to speak."""
    return speaking_engine(config)


def speak(
    source: Source,
    config: NarrationConfig | None = None,
    synthesizer: Synthesizer | None = None,
    start: StartPoint | None = None,
    notify: Callable[[str], None] | None = None,
    interactive: bool | None = None,
) -> Outcome:
    """Say the article through the speakers from `start`, with its pauses; keys control it when
    stdin is a terminal (or `interactive`). The position is bookmarked when it stops early, and the
    bookmark cleared when it ends. `notify` receives warnings (a corrupt bookmark, say)."""
    config = config or NarrationConfig()
    plans = PlansHere([source], config)
    return speak_planned(plans, config, synthesizer, start, notify, interactive)


def speak_planned(
    plans: Plans,
    config: NarrationConfig,
    synthesizer: Synthesizer | None = None,
    start: StartPoint | None = None,
    notify: Callable[[str], None] | None = None,
    interactive: bool | None = None,
) -> Outcome:
    """`speak`, the plan coming from `plans` (made ahead unless it is a PlansHere: see
    `narrator.pipeline.ahead`)."""
    from narrator.player.playback import AplayPlayer, EnginePlayer
    from narrator.player.prefetch import Prefetcher
    from narrator.player.session import StartPoint, first_chunk, listen

    start = start or StartPoint()
    notify = notify or (lambda message: None)
    made_elsewhere = not isinstance(plans, PlansHere) and synthesizer is None
    if sys.platform != "linux":
        narration = _only_plan(plans)
        first = first_chunk(narration, start, notify)
        player = EnginePlayer(synthesizer or make_synthesizer(config))
        return listen(narration, config, player, None, first, interactive, sys.stdout)
    # While the plan is awaited, aplay is tried and (when the plan is made elsewhere) the
    # engine starts.
    engine = engine_warming(config) if made_elsewhere else contextlib.nullcontext()
    with AudioOutputCheck() as audio_output, engine:
        narration = _only_plan(plans)
        first = first_chunk(narration, start, notify)
        audio_output.verify()
    config = Voices(config, synthesizer is not None).config_for(narration.article)
    new_synthesizer = (lambda _: synthesizer) if synthesizer else make_synthesizer
    prefetcher = Prefetcher(narration, config, new_synthesizer, synthesize, ahead=_SPEAK_AHEAD)
    prefetcher.start(first)
    try:
        player = AplayPlayer()
        return listen(narration, config, player, prefetcher.get, first, interactive, sys.stdout)
    finally:
        prefetcher.close()


def _only_plan(plans: Plans) -> Plan:
    plans.article()
    return plans.plan()


def save(
    source: Source,
    config: NarrationConfig | None = None,
    output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> SavedNarration:
    """Narrate the article into `output_root/<slug>/`: a file per chunk, the whole narration,
    transcripts, a playlist and manifest.json. The folder appears complete or not at all."""
    [saved] = save_many([source], config, output_root, synthesizer, progress)
    return saved


def save_many(
    sources: Sequence[Source],
    config: NarrationConfig | None = None,
    output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> Iterator[SavedNarration]:
    """Narrate each source into its own folder under `output_root`, in order, yielding each one
    when it is written; the chunk cache and `config.jobs` engines are shared by all of them. A
    folder already made from the same article, lexicon, settings and engine is kept as it is.

    The first error stops the batch: the folders already written stay, the one in progress is
    never left half-written, and the workers are stopped.
    """
    config = config or NarrationConfig()
    plans = PlansHere(sources, config)
    yield from save_planned(sources, plans, config, Path(output_root), synthesizer, progress)


def save_planned(
    sources: Sequence[Source],
    plans: Plans,
    config: NarrationConfig,
    root: Path,
    synthesizer: Synthesizer | None = None,
    progress: Progress | None = None,
) -> Iterator[SavedNarration]:
    """`save_many`, the sources' plans coming from `plans` (made ahead unless it is a
    PlansHere: see `narrator.pipeline.ahead`)."""
    engine = _engine_name(synthesizer, config)
    cache = chunk_cache(config) if config.use_cache else None
    written: set[Path] = set()
    voices = Voices(config, synthesizer is not None)
    with (
        _speech_jobs(config, synthesizer, len(sources), cache, voices) as jobs,
        Finishing(job_count(config) if len(sources) > 1 else 0) as finishing,
    ):
        work = jobs.by_plan(_plans(sources, plans, voices, root, engine, jobs))
        for source, (narration, speech) in zip(sources, work, strict=True):
            if isinstance(narration, SavedNarration):
                yield from finishing.finished(wait_all=True)
                if progress:
                    progress(len(narration.chunk_files), len(narration.chunk_files))
                yield narration
                continue
            clips: Iterable[Speech] = speech
            if isinstance(narration, Remake):
                clips = narration.speech(speech)
                narration = narration.plan
            folder = narration_folder(root, narration.article, reserve=True)
            voiced = voices.config_for(narration.article)
            key = _render_key(source, narration.article, voiced, engine)
            # `_plans` checked each folder as it was before this batch; one that an earlier
            # article of the batch has written (the same file given twice) is checked again.
            if folder in written:
                yield from finishing.finished(wait_all=True)
            unchanged = up_to_date(folder, key) if config.use_cache and folder in written else None
            if unchanged is not None:
                yield unchanged
                continue
            written.add(folder)
            yield from finishing.stage(
                stage_narration, narration, clips, folder, voiced, progress, key, engine
            )
        yield from finishing.finished(wait_all=True)
    if cache is not None and cache.added:
        cache.trim()


def synthesize(
    narration: Plan, config: NarrationConfig, synthesizer: Synthesizer | None = None
) -> Iterator[Clip]:
    """Each chunk's speech, in order (without the pause after it), from the chunk cache or the
    engine(s). The cache is trimmed to its size once they have all been made, or the caller
    has stopped asking."""
    cache = chunk_cache(config) if config.use_cache else None
    try:
        with _speech_jobs(config, synthesizer, 1, cache) as jobs:
            for _, speech in jobs.by_plan([narration]):
                yield from (clip if isinstance(clip, Clip) else clip.clip() for clip in speech)
    finally:
        if cache is not None and cache.added:
            cache.trim()


def chunk_cache(config: NarrationConfig) -> ChunkCache:
    """The chunk cache the config points at."""
    folder = config.cache_dir or default_cache_dir()
    return ChunkCache(folder, config.cache_max_mb * 1024 * 1024)


def _speech_jobs(
    config: NarrationConfig,
    synthesizer: Synthesizer | None,
    articles: int,
    cache: ChunkCache | None,
    voices: Voices | None = None,
) -> SpeechJobs:
    if synthesizer is None:
        factory, voice_of = engine_factory(config), voices.voice_for if voices else None
        return SpeechJobs(config, engine_name(config), factory, cache, articles, voice_of)
    # An engine that is handed in is used here, in this process.
    jobs = SpeechJobs(
        config, _engine_name(synthesizer, config), lambda: synthesizer, cache, articles
    )
    jobs.use_engine(synthesizer)
    return jobs


def _engine_name(synthesizer: Synthesizer | None, config: NarrationConfig) -> str:
    """The engine's name and version: part of the cache keys and of a narration's key."""
    if synthesizer is None:
        return engine_name(config)
    return str(getattr(synthesizer, "engine_id", synthesizer.name))


def _plans(
    sources: Iterable[Source],
    plans: Plans,
    voices: Voices,
    output_root: Path,
    engine: str,
    jobs: SpeechJobs,
) -> Iterator[Plan | Remake | SavedNarration | NarratorError]:
    """Each source's plan; or, when nothing it depends on has changed, the narration already
    saved (found before the article is cut into chunks); or the error reading it (raised in its
    turn by `jobs`). For a first narration the engines start, and take chunks, while the article
    is being cut; an edited one, mostly in the cache or the previous narration, waits to see how
    much is to be made."""
    folders: set[Path] = set()
    for source in sources:
        try:
            article = plans.article()
            config = voices.config_for(article)
            folder = narration_folder(output_root, article)
            manifest = read_manifest(folder) if config.use_cache else None
            if manifest is not None:
                key = _render_key(source, article, config, engine)
                unchanged = up_to_date(folder, key, manifest)
                if unchanged is not None:
                    yield unchanged
                    continue
            # A folder this batch writes twice (the same file given twice) is remade from the
            # cache: the narration it holds now may be replaced before this one is written.
            previous = None
            if folder not in folders:
                previous = previous_narration(folder, manifest, config, engine)
            folders.add(folder)
            if manifest is None:
                jobs.start()
            narration = plans.plan(jobs.prefetcher(article))
            yield remake(narration, previous) if previous is not None else narration
        except NarratorError as error:
            yield error


def _render_key(source: Source, article: Article, config: NarrationConfig, engine: str) -> str:
    """The narration key of a source: its plan's chunks count only for a plan made elsewhere."""
    chunks = source.chunks if isinstance(source, Plan) else None
    return narration_key(article, config, engine, lexicon_text(config.lexicon_path), chunks)

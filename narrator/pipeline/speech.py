"""Speech for plans: the engine a config names, the chunk cache, and each chunk's speech in order
from the cache or the engine jobs. What both `speak` and `save` use, and no more: `speak` imports
this, not the writing of audio files."""

from __future__ import annotations

from collections.abc import Iterator

from narrator.audio.wav import Clip
from narrator.cache import ChunkCache, default_cache_dir
from narrator.models import NarrationConfig, Plan
from narrator.pipeline.engines import engine_factory, engine_name, speaking_engine
from narrator.pipeline.jobs import SpeechJobs
from narrator.pipeline.voices import Voices
from narrator.synthesis import Synthesizer, start_engine


def make_synthesizer(config: NarrationConfig) -> Synthesizer:
    """The config's engine (pyttsx3 or Piper) set up with its voice, rate and volume, to speak."""
    return speaking_engine(config)


def synthesize(
    narration: Plan, config: NarrationConfig, synthesizer: Synthesizer | None = None
) -> Iterator[Clip]:
    """Each chunk's speech, in order (without the pause after it), from the chunk cache or the
    engine(s). The cache is trimmed to its size once they have all been made, or the caller
    has stopped asking."""
    cache = chunk_cache(config) if config.use_cache else None
    try:
        with speech_jobs(config, synthesizer, 1, cache) as jobs:
            for _, speech in jobs.by_plan([narration]):
                yield from (clip if isinstance(clip, Clip) else clip.clip() for clip in speech)
    finally:
        if cache is not None and cache.added:
            cache.trim()


def chunk_cache(config: NarrationConfig) -> ChunkCache:
    """The chunk cache the config points at."""
    folder = config.cache_dir or default_cache_dir()
    return ChunkCache(folder, config.cache_max_mb * 1024 * 1024)


def speech_jobs(
    config: NarrationConfig,
    synthesizer: Synthesizer | None,
    articles: int,
    cache: ChunkCache | None,
    voices: Voices | None = None,
) -> SpeechJobs:
    """The jobs that make the speech of `articles` articles: with the config's engines in
    workers, or with `synthesizer` (an engine handed in) in this process."""
    if synthesizer is None:
        factory, voice_of = engine_factory(config), voices.voice_for if voices else None
        # A Piper voice is half a gigabyte: loaded by each worker, never by this process.
        start_here = start_engine if config.engine != "piper" else None
        return SpeechJobs(
            config, engine_name(config), factory, cache, articles, voice_of, start_here
        )
    # An engine that is handed in is used here, in this process.
    jobs = SpeechJobs(
        config, engine_name_of(synthesizer, config), lambda: synthesizer, cache, articles
    )
    jobs.use_engine(synthesizer)
    return jobs


def engine_name_of(synthesizer: Synthesizer | None, config: NarrationConfig) -> str:
    """The engine's name and version: part of the cache keys and of a narration's key."""
    if synthesizer is None:
        return engine_name(config)
    return str(getattr(synthesizer, "engine_id", synthesizer.name))

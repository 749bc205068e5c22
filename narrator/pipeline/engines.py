"""Which engine narrates: pyttsx3 (espeak-ng) or Piper, its factory for the jobs and workers,
its name in the cache keys, and its start alongside the reading of the article.

A Piper voice is looked for once, here in the parent; the workers are given its model's path.
It imports neither the jobs nor the workers: `speak` imports this module to start loading a
Piper voice, and every millisecond before that start delays the first audio.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from narrator.errors import EngineError
from narrator.models import NarrationConfig
from narrator.pipeline.processes import job_count
from narrator.synthesis import (
    PiperSynthesizer,
    Pyttsx3Synthesizer,
    Synthesizer,
    engine_id,
    engine_starting,
    piper_engine_id,
)

if TYPE_CHECKING:
    from narrator.pipeline.workers import EngineFactory
    from narrator.synthesis import VoiceFile

T = TypeVar("T")


def engine_factory(config: NarrationConfig) -> EngineFactory:
    """A picklable factory of the config's engine (pyttsx3 or Piper) set up like `config`."""
    if config.engine == "piper":
        return piper_factory(config)
    return pyttsx3_factory(config)


def pyttsx3_factory(config: NarrationConfig) -> EngineFactory:
    """A picklable factory of pyttsx3 engines set up like `config`."""
    return functools.partial(
        Pyttsx3Synthesizer, voice=config.voice, rate_wpm=config.rate_wpm, volume=config.volume
    )


def engine_name(config: NarrationConfig) -> str:
    """The config's engine's name and version (for Piper, its voice's name and digest too):
    part of the cache keys and of a narration's key."""
    if config.engine == "piper":
        return piper_engine_id(piper_voice(config))
    return engine_id()


def piper_factory(config: NarrationConfig, engines: int | None = None) -> EngineFactory:
    """A picklable factory of Piper engines set up like `config`, each with its share of the
    cores (one onnxruntime thread each when every core runs an engine) when `engines` of them
    run at once (by default the config's job count)."""
    from narrator.synthesis.piper_engine import threads_per_engine

    if engines is None:
        engines = job_count(config)
    if config.reproducible:
        raise EngineError(
            "--reproducible is for espeak-ng: Piper's voices draw random noise for every "
            "sentence; leave it out with --engine piper"
        )
    return functools.partial(
        PiperSynthesizer,
        voice=str(piper_voice(config).model),
        rate_wpm=config.rate_wpm,
        volume=config.volume,
        threads=threads_per_engine(engines),
    )


@functools.cache
def piper_voice(config: NarrationConfig) -> VoiceFile:
    """The Piper voice the config names, or one for its language; an EngineError says what to
    install when piper-tts or the voice is missing."""
    from narrator.synthesis import find_voice
    from narrator.synthesis.piper_engine import require_piper

    require_piper()
    # The article's language, when the config carries one.
    language = getattr(config, "language", None)
    return find_voice(config.voice, config.voice_dir, language)


@contextlib.contextmanager
def engine_warming(config: NarrationConfig) -> Iterator[None]:
    """The config's engine started on another thread while the block runs (a Piper voice loads
    in half a second, and its model is hashed for the cache keys); a failure is left for the
    engine's first use to report, but a missing piper-tts or Piper voice is reported at once."""
    if config.engine != "piper":
        if not _STARTING:
            with engine_starting():
                yield
            return
        try:
            yield
        finally:
            _started_pyttsx3()
        return
    threads = start_warming(config)
    try:
        yield
    finally:
        for thread in threads:
            thread.join()
    # Hashed here when the idle thread (see `_idly_hashed`) has not had the time to.
    _quietly(piper_engine_id, piper_voice(replace(config, jobs=1)))


def start_warming(config: NarrationConfig) -> list[threading.Thread]:
    """Start loading the config's Piper voice on a thread, and hashing its model for the cache
    keys on an idle one, once per config, as early as the caller can (after any fork: see
    `narrator.pipeline.ahead`); `engine_warming` waits for the load. An EngineError when
    piper-tts or the voice is missing. For pyttsx3, this process's one engine starts on a
    thread (espeak-ng reads its data, half of its 25 ms, without the GIL), once."""
    if config.engine != "piper":
        if not _STARTING:
            thread = threading.Thread(
                target=_quietly, args=(_start_pyttsx3, None), name="narrator-engine-start"
            )
            thread.start()
            _STARTING.append(thread)
        return list(_STARTING)
    if config not in _WARMING:
        from narrator.synthesis.piper_engine import import_onnxruntime, import_piper

        voice = piper_voice(replace(config, jobs=1))
        _single_threaded_blas()
        threading.Thread(
            target=_quietly, args=(_idly_hashed, voice), name="narrator-digest", daemon=True
        ).start()
        # onnxruntime is imported here, before the caller imports the rest of `speak`: imports
        # hold the GIL, and on the loading thread they would take turns with the caller's,
        # which delayed the load (and the first audio) by as long as the caller's took.
        import_onnxruntime()
        load = threading.Thread(
            target=_quietly, args=(_loaded_engine, config), name="narrator-piper"
        )
        load.start()
        import_piper()  # while the model loads, without the GIL
        _WARMING[config] = [load]
    return _WARMING[config]


_WARMING: dict[NarrationConfig, list[threading.Thread]] = {}
_STARTING: list[threading.Thread] = []
"""The thread that starts this process's pyttsx3 engine, once `start_warming` has begun it."""


def _start_pyttsx3(_: None) -> None:
    Pyttsx3Synthesizer()


def _started_pyttsx3() -> None:
    """Wait for the pyttsx3 engine `start_warming` began starting, if it did: the engine is
    made once per process, and only on one thread at a time."""
    for thread in _STARTING:
        if thread is not threading.current_thread():
            thread.join()


def _idly_hashed(voice: VoiceFile) -> None:
    """The voice's engine id (its model hashed) on a thread that runs only when a core is idle:
    it is needed once the voice is loaded, and until then it took a core from the load. When
    the cores are never idle, `engine_warming` hashes the model itself."""
    if sys.platform == "linux":  # where each thread has a nice value of its own
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    piper_engine_id(voice)


def _single_threaded_blas() -> None:
    """Have numpy's OpenBLAS start no threads of its own, when numpy is still to be imported:
    at import it starts one per core, which spin a while and take 35 ms of CPU time from the
    voice's load on 2 cores. Piper's arithmetic is onnxruntime's, with threads of its own, and
    `speak` does no other (the loudness of saved narrations is not measured here)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _quietly(function: Callable[[T], object], argument: T) -> None:
    with contextlib.suppress(Exception):
        function(argument)


def _loaded_engine(config: NarrationConfig) -> None:
    engine = speaking_engine(config)
    if isinstance(engine, PiperSynthesizer):
        engine.load()


def speaking_engine(config: NarrationConfig) -> Synthesizer:
    """The engine `speak` uses: the only one running, so a Piper voice has all the cores."""
    alone = replace(config, jobs=1)
    if config.engine == "piper":
        return piper_factory(alone, engines=1)()  # the jobs need not be imported to load it
    _started_pyttsx3()
    return engine_factory(alone)()

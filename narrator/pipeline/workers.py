"""The worker processes' side of the speech jobs: the pool, each worker's engine, and a chunk's
speech made in a worker (or in a fork of it, for reproducible speech)."""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.audio.wav import AudioFormat, Clip, StoredSpeech, read_wav, write_wav
from narrator.cache import ChunkCache
from narrator.errors import EngineError, NarratorError
from narrator.pipeline.processes import end_with
from narrator.synthesis import SAMPLE_BYTES, Synthesizer

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

EngineFactory = Callable[..., Synthesizer]
"""Builds a worker's engine; it must pickle (a module-level function or a functools.partial),
and take `voice=` for an engine with another voice than its own."""

_WORKER_NICENESS = 5


Made = StoredSpeech | None | NarratorError
"""A chunk's speech made by a worker: its cache entry, None once it is in its scratch file, or
the error that kept the engine from making it."""


def worker_result(future: Future[list[Made]], place: int = 0) -> StoredSpeech | None:
    """The cache entry the worker stored the speech of the chunk at `place` among those handed
    out together in (None: in its scratch file); a failure it raised, or the worker's death, as
    an EngineError."""
    try:
        made = future.result()[place]
    except NarratorError:
        raise
    except Exception as error:  # a worker that died: BrokenProcessPool, pickling, OSError
        raise EngineError(
            f"a speech engine process failed ({error or type(error).__name__}); "
            "try again with --jobs 1"
        ) from None
    if isinstance(made, NarratorError):
        raise made
    return made


def start_pool(jobs: int, make_engine: EngineFactory, fork: bool) -> ProcessPoolExecutor:
    """`jobs` worker processes, each starting its engine at once: forked (`fork`) or spawned."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if fork else "spawn"
    if method == "fork":
        # A forked child would write out its copy of what this process has not flushed yet.
        sys.stdout.flush()
        sys.stderr.flush()
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(make_engine, os.getpid()),
    )
    # Objects made so far are left out of the workers' garbage collections, which would touch,
    # and so copy, the memory they share with this process.
    gc.freeze()
    try:
        pool.submit(_ready)  # the first job launches every worker
    finally:
        gc.unfreeze()
    return pool


def import_for_finishing() -> None:
    """Import what the engine workers of a batch at a loudness measure chunks (WAV) and finish
    narrations with (numpy, the loudness passes, the writer), before they are forked: they
    share it, where each imported it at its first chunk or narration (100-150 ms of CPU a
    worker). The process that forks them imports it for the batch anyway (it measures or
    reads each chunk's levels)."""
    try:
        import numpy  # noqa: F401

        import narrator.audio.leveled
        import narrator.pipeline.finishing  # noqa: F401
    except ImportError:
        pass  # a missing package is said in one line when the first narration is staged


def _ready() -> None:
    """A job that does nothing."""


@dataclass
class _Worker:
    engine: Synthesizer | None
    failure: NarratorError | None
    make_engine: EngineFactory | None = None
    voiced: dict[str, Synthesizer] | None = None

    def engine_for(self, voice: str | None) -> Synthesizer:
        """The worker's engine, or one with `voice` (made at its first job)."""
        if self.engine is None:
            raise self.failure or EngineError("no engine")
        if voice is None or self.make_engine is None:
            return self.engine
        self.voiced = self.voiced or {}
        if voice not in self.voiced:
            self.voiced[voice] = self.make_engine(voice=voice)
        return self.voiced[voice]


_WORKER: _Worker | None = None


def _start_worker(make_engine: EngineFactory, parent: int) -> None:
    """A worker's set-up: its own engine, and its end with `parent`'s (killed, it would leave
    the worker waiting on the pool's pipes). A failure is kept and raised by each job, so the
    parent reports it as a one-line error instead of the pool printing a traceback."""
    global _WORKER
    end_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    if hasattr(os, "nice"):
        # Behind this process, which hands out the chunks and writes the files: it is never
        # kept waiting for a core while the engines it feeds have work queued.
        os.nice(_WORKER_NICENESS)
    try:
        _WORKER = _Worker(make_engine(), None, make_engine)
    except NarratorError as error:
        _WORKER = _Worker(None, error)


@dataclass(frozen=True)
class Job:
    """A chunk for a worker: its text, its cache key, the cache, and the file to write the
    speech to when there is no cache (or it cannot be written)."""

    text: str
    pause_after_s: float
    key: str
    cache: ChunkCache | None
    scratch: Path
    reproducible: bool = False
    voice: str | None = None
    """The voice of the chunk's article, when it is not the one the worker's engine was made
    with (its language chose another)."""
    measure: bool = False
    """Whether to measure the speech's loudness by bins and keep the figures beside its cache
    entry (see narrator.audio.loudness.bins), here, in parallel, rather than in the parent."""


def synthesize_all_in_worker(jobs: list[Job]) -> list[Made]:
    """The speech of each job in turn (see `synthesize_in_worker`); a chunk the engine cannot
    make gives its error in its place, raised when its turn comes."""
    made: list[Made] = []
    for job in jobs:
        try:
            made.append(synthesize_in_worker(job))
        except NarratorError as error:
            made.append(error)
    return made


def synthesize_in_worker(job: Job) -> StoredSpeech | None:
    """Make the speech of `job.text`: its cache entry, or None once it is in the scratch file.
    A reproducible job is made in a fork of this worker, whose engine has not spoken."""
    if _WORKER is None or _WORKER.engine is None:
        raise _WORKER.failure if _WORKER and _WORKER.failure else EngineError("no engine")
    engine = _WORKER.engine_for(job.voice)
    if not job.reproducible:
        return _store(engine, job)
    if _in_a_fork(lambda: _store(engine, job) is not None) and job.cache is not None:
        return job.cache.get(job.key, verify=False)
    return None


def _store(engine: Synthesizer, job: Job) -> StoredSpeech | None:
    clip = speech_of(engine, job.text, job.scratch)
    pause = clip.format.frames_for(job.pause_after_s)
    stored = job.cache.put(job.key, clip, pause) if job.cache is not None else None
    if stored is None:
        write_wav(job.scratch, clip)
    elif job.measure:
        # Imported at the first measuring, not with this module: the process that forks the
        # workers then imports the loudness modules (through the writer) only after the fork,
        # and not at all for WAV at the engine's level once the writer no longer needs them.
        from narrator.audio.leveled import measure_stored

        measure_stored(stored, clip)
    return stored


_STORED, _SCRATCH = 0, 1  # the exit codes of a fork that made a chunk


def _in_a_fork(make: Callable[[], bool]) -> bool:
    """`make()` run in a fork of this process: the engine there starts from this process's
    state, which nothing it says changes, so each chunk's audio depends on its text alone."""
    pid = os.fork()
    if pid == 0:
        code = 70  # an exception: it is reported by the parent, never printed here
        try:
            code = _STORED if make() else _SCRATCH
        finally:
            os._exit(code)
    code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    if code not in (_STORED, _SCRATCH):
        raise EngineError(
            f"a speech engine process failed (exit status {code}); try again without --reproducible"
        )
    return code == _STORED


def speech_of(engine: Synthesizer, text: str, scratch: Path) -> Clip:
    """The engine's speech for `text`, in memory where the engine can make it there (see
    `Pyttsx3Synthesizer.samples`), else through the WAV file `scratch`."""
    in_memory = getattr(engine, "samples", None)
    made = in_memory(text) if in_memory is not None else None
    if made is None:
        engine.save(text, scratch)
        clip = read_wav(scratch)
        scratch.unlink()
        return clip
    frame_rate, frames = made
    return Clip(AudioFormat(frame_rate, SAMPLE_BYTES, 1), frames)

"""Speech for many chunks, fast: from the chunk cache, from this process's engine, or from worker
processes, always in order.

Workers are forked where that is safe, which costs a few milliseconds: on Linux, when this
process has no other thread and no engine with a thread of its own (a fork would copy pyttsx3's
and espeak-ng's state half-made; narrator runs espeak-ng without one). Forked workers start at
once, so their engines are up by the time the first article is cut into chunks. Elsewhere they
are spawned (a fresh interpreter each, a tenth of a second), only once there is enough to
synthesize. Workers take chunks from a window that runs ahead of the chunk being written, across
article boundaries, so the engines stay busy while the parent writes files and reads the next
article. The workers' own side is in `narrator.pipeline.workers`.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from narrator.audio.timings import Speech
from narrator.audio.wav import Clip, read_wav
from narrator.cache import ChunkCache, chunk_key
from narrator.cache.previous import Remake
from narrator.errors import EngineError, NarratorError
from narrator.models import Article, Chunk, NarrationConfig, Plan
from narrator.pipeline.here import EnginesHere
from narrator.pipeline.processes import can_fork, job_count
from narrator.pipeline.workers import (
    EngineFactory,
    Job,
    Made,
    import_for_finishing,
    start_pool,
    synthesize_all_in_worker,
    worker_result,
)
from narrator.synthesis import Synthesizer, engine_started

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")

Wanted = Plan | Remake
"""What speech is wanted for: every chunk of a plan, or those of a remake that have to be made."""

MIN_CHUNKS_FOR_WORKERS = 32
"""Below this many chunks to synthesize, spawning worker processes costs more than it saves."""
MIN_CHUNKS_FOR_FORKED_WORKERS = 4
"""Below this many, forking them does: this process's own engine starts faster."""
_CHUNKS_AHEAD_PER_JOB = 32  # chunks vary in length: a deep queue keeps every engine busy
_PLANS_AHEAD = 8
_CHUNKS_PER_HANDOUT = 4
"""Chunks handed to a worker at once in a batch, once its first chunks are out: each handout
costs this process's pool threads and the worker a third of a millisecond of CPU (a third of
this process's CPU in a batch, one chunk at a time), and a few chunks are 40 ms of speech.
One at a time for a single article, whose first audio waits for its first chunk."""


@dataclass
class _Slot:
    """One chunk's speech on its way: cached, being made by a worker, or still to make here."""

    text: str
    pause_after_s: float
    """The pause of the chunk it was asked for: a cached chunk file holds it too."""
    key: str
    cached: bool
    voice: str | None = None
    """The voice of the chunk's article when it is not the engines' own (see `Job.voice`)."""
    future: Future[list[Made]] | None = None
    """The speech of the chunks handed out with this one; this one's is at `place`."""
    place: int = 0
    scratch: Path | None = None
    """Where a worker writes the speech when it cannot store it in the cache."""


class SpeechJobs:
    """Each plan's chunk speech, in order, using the cache and `jobs` engines. Use it as a
    context manager: leaving it stops the workers, cancelling what they have not started (on an
    error or Ctrl-C too)."""

    def __init__(
        self,
        config: NarrationConfig,
        engine_id: str,
        make_engine: EngineFactory,
        cache: ChunkCache | None = None,
        articles: int = 1,
        voice_of: Callable[[Article], str | None] | None = None,
        start_here: Callable[[], object] | None = None,
    ) -> None:
        self._config = config
        self._start_here = start_here
        """Started here before workers are forked, which then share it (see `_start_pool`)."""
        self._voice_of = voice_of or (lambda article: config.voice)
        """The voice each article is read with (an article's language may choose it)."""
        self._reproducible = config.reproducible
        if self._reproducible and not hasattr(os, "fork"):
            raise EngineError("--reproducible needs a system that can fork (Linux or macOS)")
        # Reproducible speech differs from the other by a few samples: cached apart.
        self._engine_id = f"{engine_id} (reproducible)" if self._reproducible else engine_id
        self._make_engine = make_engine
        self._here = EnginesHere(make_engine)
        self._cache = cache
        self._jobs = job_count(config)
        # WAV at a loudness measures each chunk's speech: in a batch, the workers do it as they
        # make it, beside this process, which has more to do; for one article, this process
        # does, which spares each worker importing numpy (twice the CPU of the measuring).
        self._measure = (
            articles > 1 and config.audio_format == "wav" and config.loudness_lufs is not None
        )
        self._articles = articles
        self._pool: ProcessPoolExecutor | None = None
        self._pool_decided = False
        self._unstarted: deque[_Slot] = deque()
        self._running: deque[_Slot] = deque()
        self._folder = tempfile.TemporaryDirectory(prefix="narrator-")
        self._submitted = 0
        self._early: dict[str, _Slot] = {}
        """Slots made by `prefetch`, by key, until their plan claims them."""
        self._gathered: list[_Slot] = []
        """Slots `prefetch` made and has not handed out (a batch's go a handout at a time)."""
        self._plans_over = self._let_go_when_done = False
        self._ending: threading.Thread | None = None

    def use_engine(self, synthesizer: Synthesizer) -> None:
        """Synthesize in this process with `synthesizer` (no workers): tests and callers that
        hold an engine already."""
        self._here.use(synthesizer)
        self._pool_decided = True

    def start(self) -> None:
        """Start the worker engines now, before any chunk is known, where that is cheap (they
        can be forked); otherwise they start once there is enough to synthesize. A Piper
        voice costs half a second of a core to load: its workers wait to know there is work."""
        if self._config.engine == "piper":
            return
        if not self._pool_decided and (self._jobs > 1 or self._reproducible) and can_fork():
            self._pool_decided = True
            self._pool = self._start_pool()

    def let_go_when_done(self) -> None:
        """Stop the workers once the last chunk's speech is taken, not when the jobs close (the
        caller hands them nothing else): their ending (7-17 ms) overlaps the last writing."""
        self._let_go_when_done = True

    def forks_decided(self) -> bool:
        """Whether it is decided if workers are forked (they are, or never will be): a thread
        started now cannot turn a fork into a spawn."""
        return self._pool_decided

    def by_plan(
        self, plans: Iterable[Wanted | NarratorError | T]
    ) -> Iterator[tuple[Wanted | T, Iterator[Speech]]]:
        """(plan, its chunks' speech) for each plan, in order; for a remake, the speech of the
        chunks it has to make. An error in place of a plan is raised when its turn comes, after
        the plans before it are done. Anything else in place of a plan comes back as it is, with
        no speech."""
        queued: deque[tuple[Wanted | T, list[_Slot]] | NarratorError] = deque()
        upcoming = iter(plans)
        while True:
            self._top_up(queued, upcoming)
            if not queued:
                return
            entry = queued.popleft()
            if isinstance(entry, NarratorError):
                raise entry
            narration, slots = entry
            yield narration, self._clips(slots, queued, upcoming)

    def _clips(
        self,
        slots: list[_Slot],
        queued: deque[tuple[Wanted | T, list[_Slot]] | NarratorError],
        upcoming: Iterator[Wanted | NarratorError | T],
    ) -> Iterator[Speech]:
        for slot in slots:
            self._top_up(queued, upcoming)
            yield self._speech(slot)

    def _top_up(
        self,
        queued: deque[tuple[Wanted | T, list[_Slot]] | NarratorError],
        upcoming: Iterator[Wanted | NarratorError | T],
    ) -> None:
        """Plan ahead and hand chunks to the workers until the window is full."""
        while self._running and self._running[0].future is None:
            self._running.popleft()
        if not queued:
            self._queue_next(queued, upcoming)
        if len(self._running) > self._window - self._handout:
            return  # topped up once a handout's worth of room is made
        while self._pool is not None and len(self._running) < self._window:
            if not self._unstarted and (
                len(queued) > _PLANS_AHEAD or not self._queue_next(queued, upcoming)
            ):
                return
            # No room when prefetching the plan just queued has filled the window.
            room = min(self._handout, self._window - len(self._running), len(self._unstarted))
            if room > 0:
                self._submit([self._unstarted.popleft() for _ in range(room)])

    @property
    def _window(self) -> int:
        return self._jobs * _CHUNKS_AHEAD_PER_JOB

    @property
    def _handout(self) -> int:
        return _CHUNKS_PER_HANDOUT if self._articles > 1 else 1

    def _queue_next(
        self,
        queued: deque[tuple[Wanted | T, list[_Slot]] | NarratorError],
        upcoming: Iterator[Wanted | NarratorError | T],
    ) -> bool:
        """Queue the next plan's slots; False when there are no more plans."""
        narration = next(upcoming, None)
        self._gathered = []  # handed out below with the rest of their plan (if one claims them)
        if narration is None:
            self._plans_over = True
            return False
        if isinstance(narration, NarratorError):
            queued.append(narration)
            return True
        if not isinstance(narration, (Plan, Remake)):
            queued.append((narration, []))
            return True
        plan = narration if isinstance(narration, Plan) else narration.plan
        voice = self._voice_of(plan.article)
        slots = [self._slot(chunk, voice) for chunk in narration.chunks]
        queued.append((narration, slots))
        misses = [slot for slot in slots if not slot.cached and slot.future is None]
        self._decide_pool(len(misses))
        if self._pool is not None:
            self._unstarted.extend(misses)
        return True

    def prefetcher(self, article: Article) -> Callable[[Chunk], None]:
        """`prefetch` for the chunks of `article`, read with its voice."""
        voice = self._voice_of(article)
        return lambda chunk: self.prefetch(chunk, voice)

    def prefetch(self, chunk: Chunk, voice: str | None = None) -> None:
        """Hand a chunk's speech to a worker while its article is still being cut, if a worker
        runs and the window has room: at once if an engine may be idle, else a handout's worth
        at a time. `voice` is its article's (the config's when None)."""
        if self._pool is None or len(self._running) + len(self._gathered) >= self._window:
            return
        voice = voice or self._config.voice
        key = self._key(chunk.spoken, voice)
        if key in self._early or (self._cache is not None and self._cache.contains(key)):
            return
        slot = _Slot(chunk.spoken, chunk.pause_after_s, key, False, self._other(voice))
        self._early[key] = slot
        self._gathered.append(slot)
        if len(self._gathered) >= self._handout or len(self._running) < self._jobs:
            gathered, self._gathered = self._gathered, []
            self._submit(gathered)

    def _key(self, text: str, voice: str | None) -> str:
        config = self._config
        return chunk_key(text, voice, config.rate_wpm, config.volume, self._engine_id)

    def _other(self, voice: str | None) -> str | None:
        """`voice` when the engines were not made with it, else None."""
        return voice if voice != self._config.voice else None

    def _slot(self, chunk: Chunk, voice: str | None) -> _Slot:
        key = self._key(chunk.spoken, voice)
        early = self._early.pop(key, None)
        if early is not None:
            return early
        cached = self._cache is not None and self._cache.contains(key)
        return _Slot(chunk.spoken, chunk.pause_after_s, key, cached, self._other(voice))

    def workers(self) -> ProcessPoolExecutor | None:
        """The engine workers, for other work of the batch (finishing its narrations: see
        `narrator.pipeline.finishing`), which they take in turn with the chunks handed out
        before it; None when none are running, or when each chunk is made in a fork of a
        worker (reproducible speech), whose state other work must not touch."""
        return None if self._reproducible else self._pool

    def _decide_pool(self, misses: int) -> None:
        if self._pool_decided or misses == 0:
            return
        self._pool_decided = True
        least = MIN_CHUNKS_FOR_FORKED_WORKERS if can_fork() else MIN_CHUNKS_FOR_WORKERS
        # Reproducible speech is never made by this process's engine, which may have spoken.
        if self._reproducible or (self._jobs > 1 and (self._articles > 1 or misses >= least)):
            self._pool = self._start_pool()

    def _start_pool(self) -> ProcessPoolExecutor:
        # Reproducible speech: never from workers forked after this process's engine spoke.
        fork = can_fork() and not (self._reproducible and engine_started())
        if fork and self._articles > 1 and self._config.loudness_lufs is not None:
            import_for_finishing()  # then shared by the forked workers
        if fork and self._start_here is not None and not self._reproducible:
            # Started here, it is started in every forked worker: pyttsx3's import and espeak's
            # data cost each worker 15-20 ms of CPU, and now this process alone, once.
            self._start_here()
            fork = can_fork()
        return start_pool(self._jobs, self._make_engine, fork)

    def _submit(self, slots: list[_Slot]) -> None:
        """Hand `slots` to a worker, which makes their speech in turn."""
        assert self._pool is not None
        jobs = []
        for place, slot in enumerate(slots):
            self._submitted += 1
            # The worker stores the speech in the cache, or writes it to a file, and says
            # which: sending the samples through the pool's pipe would wait on this process's
            # threads.
            slot.scratch = Path(self._folder.name) / f"{self._submitted}.wav"
            slot.place = place
            jobs.append(
                Job(
                    slot.text,
                    slot.pause_after_s,
                    slot.key,
                    self._cache,
                    slot.scratch,
                    self._reproducible,
                    slot.voice,
                    self._measure,
                )
            )
        future = self._pool.submit(synthesize_all_in_worker, jobs)
        for slot in slots:
            slot.future = future
            self._running.append(slot)

    def _speech(self, slot: _Slot) -> Speech:
        if self._cache is not None and slot.cached:
            cached = self._cache.get(slot.key)
            if cached is not None:
                return cached
        future, slot.future = slot.future, None
        if future is None:
            return self._keep(slot, self._synthesize_here(slot))
        stored = worker_result(future, slot.place)
        self._let_go_if_done()
        if stored is not None and self._cache is not None:
            if not stored.path.exists():  # evicted meanwhile by another narrator's trim
                return self._keep(slot, self._synthesize_here(slot))
            self._cache.added += 1
            return stored
        assert slot.scratch is not None
        clip = read_wav(slot.scratch)
        slot.scratch.unlink()
        return self._keep(slot, clip)

    def _let_go_if_done(self) -> None:
        """Stop the workers, unwaited, once no plan is left and every chunk's speech is taken."""
        if not (self._let_go_when_done and self._plans_over) or self._pool is None:
            return
        if self._unstarted or any(slot.future is not None for slot in self._running):
            return
        pool, self._pool = self._pool, None
        self._ending = threading.Thread(target=pool.shutdown, name="narrator-workers-ending")
        self._ending.start()

    def _keep(self, slot: _Slot, clip: Clip) -> Speech:
        """Store the speech made for `slot` in the cache; the stored entry, whose file a
        narration's folder links, or `clip` when the cache cannot be written."""
        pause = clip.format.frames_for(slot.pause_after_s)
        stored = self._cache.put(slot.key, clip, pause) if self._cache is not None else None
        return stored or clip

    def _synthesize_here(self, slot: _Slot) -> Clip:
        return self._here.speech(slot.text, slot.voice, Path(self._folder.name) / "e.wav")

    def close(self) -> None:
        """Stop the workers (cancelling chunks not started) and remove temporary files."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._ending is not None:
            self._ending.join()
            self._ending = None
        self._folder.cleanup()

    def __enter__(self) -> SpeechJobs:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

"""Finishing a batch's narrations in other processes while the next ones are staged.

Setting a narration's loudness and encoding it is most of a batch's work after synthesis: each
staged narration (its audio is in files) is finished by another process while this one stages
the next; the narrations still come out in order. Threads were not enough: the loudness passes
hold the GIL between numpy's operations, and two of them in threads used barely more than one
core.

Where engine workers run, they finish the narrations: each finishing is handed to them like a
chunk, after the chunks handed out before it, so both cores make speech or finish narrations
until the last is done, at the engines' priority, with no processes of its own to start (a
fork server and its pool cost a third set of imports, and the pool, at a higher priority than
the engines, took the cores from them mid-batch while one of them sat idle at the end).
Otherwise (every chunk in the cache, or an engine handed in) a small pool of its own does,
started through a fork server that imports the audio stack once for all of them.
"""

from __future__ import annotations

import dataclasses
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import ParamSpec

from narrator.audio.folders import release
from narrator.audio.writer import StagedNarration
from narrator.errors import AudioOutputError
from narrator.models import SavedNarration
from narrator.pipeline.processes import end_with

P = ParamSpec("P")

_PRELOADED = ["narrator.audio.writer", "numpy", "soundfile", "mutagen.id3"]
"""What the fork server imports once, so that each finishing process starts with it."""
_QUEUED_WITH_CHUNKS = 8
"""Narrations handed to the engine workers and not yet collected, at most: they are finished
after the chunks handed out before them (a few articles' worth), and waiting for one sooner
would leave a worker with nothing to do."""

Engines = Callable[[], Executor | None]
"""The engine workers, when they run (see `narrator.pipeline.jobs.SpeechJobs.workers`)."""


class Finishing:
    """Staged narrations finished by up to `processes` processes, handed back in order; with
    none, each is finished here as soon as it is staged."""

    def __init__(self, processes: int, engines: Engines | None = None) -> None:
        self._processes = processes
        self._engines = engines or (lambda: None)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[StagedNarration, Future[SavedNarration], bool]] = deque()
        """Each narration being finished, and whether the engine workers finish it."""
        self._failed = False
        """Whether a narration failed to finish: those after it are dropped, not finished."""

    def stage(
        self, stage: Callable[P, StagedNarration], *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[SavedNarration]:
        """Stage a narration with `stage(*args, **kwargs)` here and have it finished; yields
        the narrations finished meanwhile. When the staging fails, the narrations before it
        are all finished and yielded first, as they would have been one by one."""
        try:
            staged = stage(*args, **kwargs)
        except Exception:
            yield from self.finished(wait_all=True)
            raise
        if self._processes == 0:
            yield staged.finish()
            return
        engines = self._engines()
        future = (engines or self._started()).submit(_finish, _portable(staged))
        self._pending.append((staged, future, engines is not None))
        yield from self.finished()

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            from multiprocessing import forkserver

            # A fork server: this process has threads (the engines' pool), which fork would
            # copy half-way; the server imports the audio stack once for every process.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(_PRELOADED)
            forkserver.ensure_running()
            self._pool = ProcessPoolExecutor(self._processes, context, initializer=_start_process)
        return self._pool

    def finished(self, wait_all: bool = False) -> Iterator[SavedNarration]:
        """The narrations finished so far, in order; waits for the oldest while every process
        is busy (so that staged audio does not pile up), or for all of them with `wait_all`.
        The first that failed raises its error."""
        while self._pending:
            staged, future, in_engines = self._pending[0]
            ahead = _QUEUED_WITH_CHUNKS if in_engines else self._processes
            if not (wait_all or future.done() or len(self._pending) > ahead):
                return
            self._pending.popleft()
            try:
                saved = _result(future)
            except BaseException:
                self._failed = True
                staged.abandon()  # what the process could not: its folder's reservation is ours
                raise
            release(staged.writing.folder)
            yield saved

    def settled(self) -> Iterator[SavedNarration]:
        """After an error of the batch, the narrations staged before it, finished and in order;
        none when one of them failed to finish (those after it are dropped)."""
        if not self._failed:
            yield from self.finished(wait_all=True)

    def close(self, finish_all: bool = False) -> None:
        """Drop the narrations not started yet (unless `finish_all`), and wait for those being
        finished (a folder appears whole or not at all)."""
        while self._pending:
            staged, future, _ = self._pending.popleft() if finish_all else self._pending.pop()
            if finish_all or not future.cancel():
                future.exception()  # wait for it: its own error, if any, is not this one
            staged.abandon()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def __enter__(self) -> Finishing:
        if self._processes and self._engines() is None:
            self._started()  # the server imports the audio stack while the first is staged
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        # An error of the batch (the next article cannot be read) leaves the narrations staged
        # before it to be finished, as they would have been one by one; Ctrl-C, a caller that
        # stops asking, or a narration that failed to finish, drops those not started.
        self.close(finish_all=isinstance(error, Exception) and not self._failed)


def _portable(staged: StagedNarration) -> StagedNarration:
    """`staged` without its progress callback, which stays here (finishing reports none)."""
    return dataclasses.replace(staged, writing=dataclasses.replace(staged.writing, progress=None))


def _start_process() -> None:
    """A finishing process ends with the fork server, which ends with this process; it leaves
    Ctrl-C to this process: the narration it is finishing is completed, so the folder appears
    whole."""
    end_with(os.getppid())
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result(future: Future[SavedNarration]) -> SavedNarration:
    try:
        return future.result()
    except BrokenProcessPool:
        raise AudioOutputError(
            "a process finishing the narrations ended unexpectedly (out of memory?); "
            "save again, or save the articles one by one"
        ) from None


def _finish(staged: StagedNarration) -> SavedNarration:
    """Finish `staged` in an engine worker or a finishing process, where malloc keeps the
    memory numpy frees (see `narrator.audio.leveled.keep_freed_memory`): neither inherits the
    setting (the workers are forked before this process makes it, the finishing processes from
    the fork server), and encoding MP3 or Ogg makes it nowhere else. Each works on one thread:
    the other core is another process's."""
    from narrator.audio.leveled import keep_freed_memory, work_on_one_thread

    keep_freed_memory()
    work_on_one_thread()
    return staged.finish()

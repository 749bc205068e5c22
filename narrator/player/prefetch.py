"""Speech made ahead of the chunk playing, so that the next chunk starts as the last one ends.

The player never drives the pipeline: `speak` hands the Prefetcher the function that turns a plan
into speech (`narrator.pipeline.synthesize`, with its cache and engine jobs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

from narrator.audio.wav import Clip
from narrator.models import NarrationConfig, Plan
from narrator.synthesis import Synthesizer

_CLOSE_TIMEOUT_S = 30.0


NewSynthesizer = Callable[[NarrationConfig], Synthesizer]
"""Builds the engine for a config (its rate, voice and volume)."""
Synthesize = Callable[[Plan, NarrationConfig, Synthesizer], Iterator[Clip]]
"""Each chunk's speech in order, for a plan, with a config and an engine."""


class Prefetcher:
    """Synthesizes chunks a few ahead of the one playing, in one background thread that owns the
    engine (pyttsx3 wants one thread). `get` asks for a chunk at a rate: a jump or a new rate
    drops what was prepared and starts again from there."""

    def __init__(
        self,
        narration: Plan,
        config: NarrationConfig,
        new_synthesizer: NewSynthesizer,
        synthesize: Synthesize,
        ahead: int,
    ) -> None:
        self._narration = narration
        self._config = config
        self._new_synthesizer = new_synthesizer
        self._synthesize = synthesize
        self._ahead = ahead
        self._changed = threading.Condition()
        self._clips: dict[int, Clip] = {}
        self._wanted = 0
        self._next = 0
        self._generation = 0
        self._rate_wpm = config.rate_wpm
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="narrator-prefetch", daemon=True)

    def start(self, index: int) -> None:
        """Begin preparing from chunk `index`."""
        self._wanted = self._next = index
        self._thread.start()

    def get(self, index: int, rate_wpm: int) -> Clip:
        """Chunk `index`'s speech at `rate_wpm`, waiting for it if need be."""
        with self._changed:
            if rate_wpm != self._rate_wpm or not self._coming(index):
                self._restart(index, rate_wpm)
            self._wanted = index
            self._changed.notify_all()
            while index not in self._clips and self._error is None:
                self._changed.wait(timeout=0.5)
            if self._error is not None:
                raise self._error
            self._forget_far_from(index)
            return self._clips[index]

    def close(self) -> None:
        """Stop preparing, and wait for the chunk in hand: the engine is shared by every
        synthesizer of the process, so no two threads may use it at once."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout=_CLOSE_TIMEOUT_S)

    def _coming(self, index: int) -> bool:
        return index in self._clips or self._next <= index <= self._next + 1

    def _restart(self, index: int, rate_wpm: int) -> None:
        self._clips.clear()
        self._generation += 1
        self._next = index
        self._rate_wpm = rate_wpm

    def _forget_far_from(self, index: int) -> None:
        for kept in [i for i in self._clips if not index - 2 <= i <= index + self._ahead]:
            del self._clips[kept]

    def _work(self) -> None:
        synthesizer: Synthesizer | None = None
        rate_wpm = self._rate_wpm
        try:
            while (run := self._next_run()) is not None:
                generation, first, wanted_rate = run
                if synthesizer is None or wanted_rate != rate_wpm:
                    rate_wpm = wanted_rate
                    synthesizer = self._new_synthesizer(self._at_rate(rate_wpm))
                self._prepare(generation, first, rate_wpm, synthesizer)
        except BaseException as error:  # handed to the thread that plays
            with self._changed:
                self._error = error
                self._changed.notify_all()

    def _next_run(self) -> tuple[int, int, int] | None:
        """Wait until there is something to prepare; None once closed."""
        with self._changed:
            while not self._closed and self._next >= len(self._narration.chunks):
                self._changed.wait()
            if self._closed:
                return None
            return self._generation, self._next, self._rate_wpm

    def _prepare(
        self, generation: int, first: int, rate_wpm: int, synthesizer: Synthesizer
    ) -> None:
        chunks = self._narration.chunks[first:]
        rest = Plan(self._narration.article, chunks)
        speech = self._synthesize(rest, self._at_rate(rate_wpm), synthesizer)
        try:
            for chunk, clip in zip(chunks, speech, strict=False):
                if not self._keep(generation, chunk.index, clip):
                    return
        finally:
            close = getattr(speech, "close", None)
            if close is not None:
                close()  # ends the generator's work (and its temporary folder) now

    def _keep(self, generation: int, index: int, clip: Clip) -> bool:
        """Store a prepared clip, then wait while far enough ahead; False if a restart or close
        made the run obsolete."""
        with self._changed:
            if self._closed or generation != self._generation:
                return False
            self._clips[index] = clip
            self._next = index + 1
            self._changed.notify_all()
            while self._next - self._wanted > self._ahead and self._current(generation):
                self._changed.wait()
            return self._current(generation)

    def _current(self, generation: int) -> bool:
        return not self._closed and generation == self._generation

    def _at_rate(self, rate_wpm: int) -> NarrationConfig:
        return replace(self._config, rate_wpm=rate_wpm)

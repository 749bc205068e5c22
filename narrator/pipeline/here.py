"""This process's own engines, for the chunks that no worker makes: too few to start workers
for, an engine handed in, or a cache entry evicted after a worker stored it."""

from __future__ import annotations

from pathlib import Path

from narrator.audio.wav import Clip
from narrator.pipeline.workers import EngineFactory, speech_of
from narrator.synthesis import Synthesizer


class EnginesHere:
    """The engine `make_engine` makes here at its first chunk, and one for each other voice
    asked for (an article's language may choose it)."""

    def __init__(self, make_engine: EngineFactory) -> None:
        self._make_engine = make_engine
        self._own: Synthesizer | None = None
        self._voiced: dict[str, Synthesizer] = {}

    def use(self, synthesizer: Synthesizer) -> None:
        """Speak with `synthesizer` (one handed in) rather than with an engine made here."""
        self._own = synthesizer

    def speech(self, text: str, voice: str | None, scratch: Path) -> Clip:
        """The speech of `text` with `voice` (the engines' own when None); `scratch` is the
        file an engine that cannot make it in memory writes it to."""
        return speech_of(self._engine(voice), text, scratch)

    def _engine(self, voice: str | None) -> Synthesizer:
        if voice is None:
            if self._own is None:
                self._own = self._make_engine()
            return self._own
        if voice not in self._voiced:
            self._voiced[voice] = self._make_engine(voice=voice)
        return self._voiced[voice]

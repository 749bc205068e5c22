"""The Synthesizer protocol: everything the pipeline and the player ask of a speech engine."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

SAMPLE_BYTES = 2
"""The width of the samples `Synthesizer.samples` gives: 16-bit mono, as espeak-ng makes."""


@runtime_checkable
class Synthesizer(Protocol):
    """What the pipeline and the player need from a speech engine.

    `save` is the one way every engine has to make speech; `samples` is the faster one where the
    engine allows it, and the pipeline asks it first."""

    name: str
    """A short name for messages, e.g. "pyttsx3-espeak"."""

    @property
    def engine_id(self) -> str:
        """The engine's name and version: part of every cache key, so that audio made by another
        engine (or version) is never reused."""

    def speak(self, text: str) -> None:
        """Say `text` through the speakers and return when it has been played."""

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path` (an empty text gives an empty file)."""

    def samples(self, text: str) -> tuple[int, bytes] | None:
        """The speech of `text` made in memory: its frame rate and its samples (mono, of
        `SAMPLE_BYTES` bytes each); None when the engine cannot: then use `save`."""

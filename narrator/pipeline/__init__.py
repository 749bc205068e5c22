"""The stages composed: plan, save, save_many and speak, with the planning and the engine jobs.

The composition lives in `compose` (saving), `speaking` and `speech` (what both use); each is
loaded on first use, so that `start` (in `ahead`) can fork its planning process
(`narrator.pipeline.planning`) before the engine and audio are imported, and `speak` never
imports the writing of audio files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrator.pipeline.ahead import start
    from narrator.pipeline.compose import plan, save, save_many
    from narrator.pipeline.speaking import speak
    from narrator.pipeline.speech import chunk_cache, make_synthesizer, synthesize

__all__ = [
    "chunk_cache",
    "make_synthesizer",
    "plan",
    "save",
    "save_many",
    "speak",
    "start",
    "synthesize",
]


def __getattr__(name: str) -> Any:
    if name == "start":
        from narrator.pipeline.ahead import start

        return start
    if name == "speak":
        from narrator.pipeline.speaking import speak

        return speak
    if name in ("chunk_cache", "make_synthesizer", "synthesize"):
        from narrator.pipeline import speech

        return getattr(speech, name)
    if name in __all__:
        from narrator.pipeline import compose

        return getattr(compose, name)
    raise AttributeError(f"module 'narrator.pipeline' has no attribute {name!r}")

"""Narrations started ahead: the articles read and cut alongside the rest of the start-up.

`start(sources, config)` begins planning at once, in a forked process where that is safe (see
`narrator.pipeline.planning`), before the engine, audio and numpy are imported; the handle's
`save_many` and `speak` then import the composition and take the plans as they come. This module
imports nothing heavy, so that a caller reaches the fork in the first milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from narrator.models import DEFAULT_OUTPUT_ROOT, NarrationConfig, SavedNarration
from narrator.pipeline.planning import Source, plans_for

if TYPE_CHECKING:
    from narrator.audio.timings import Progress
    from narrator.player.session import Outcome, StartPoint


class Started:
    """Sources whose plans are being made; say or save them, then close it (or use `with`)."""

    def __init__(self, sources: Sequence[Source], config: NarrationConfig) -> None:
        self.sources = list(sources)
        self.config = config
        self._plans = plans_for(self.sources, config)

    def save_many(
        self,
        output_root: str | PathLike[str] = DEFAULT_OUTPUT_ROOT,
        progress: Progress | None = None,
    ) -> Iterator[SavedNarration]:
        """`narrator.pipeline.save_many` of the sources (see there)."""
        from narrator.pipeline.compose import save_planned

        root = Path(output_root)
        return save_planned(self.sources, self._plans, self.config, root, None, progress)

    def speak(
        self,
        start: StartPoint | None = None,
        notify: Callable[[str], None] | None = None,
        interactive: bool | None = None,
    ) -> Outcome:
        """`narrator.pipeline.speak` of the one source (see there)."""
        if len(self.sources) != 1:
            raise ValueError(f"speak says one article, not {len(self.sources)}")
        from narrator.pipeline.speaking import speak_planned

        return speak_planned(self._plans, self.config, None, start, notify, interactive)

    def close(self) -> None:
        """Stop the planning if it is still at work."""
        self._plans.close()

    def __enter__(self) -> Started:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def start(sources: Sequence[Source], config: NarrationConfig | None = None) -> Started:
    """Begin reading and cutting `sources` now (alongside, where a fork is safe); the handle's
    `save_many` or `speak` narrates them. Call it before anything imports the composition."""
    return Started(sources, config or NarrationConfig())

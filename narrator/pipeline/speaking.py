"""`speak`: an article said through the speakers, its speech made a few chunks ahead.

Kept apart from `narrator.pipeline.compose`, whose saving imports the writing of audio files,
the loudness pass and the finishing processes: none of it is on the way to `speak`'s first
audio. When the article is cut in the planning process, the first chunk's speech is made as
soon as that chunk arrives, while the rest is cut, and kept in the chunk cache, where the
prefetcher then finds it: the first audio waits for the first chunk, not the whole plan."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrator.models import Article, Chunk, NarrationConfig, Plan
from narrator.pipeline.engines import engine_warming
from narrator.pipeline.planning import Plans, PlansHere, Source
from narrator.pipeline.speech import chunk_cache, make_synthesizer, speech_jobs, synthesize
from narrator.pipeline.voices import Voices
from narrator.synthesis import AudioOutputCheck, Synthesizer

if TYPE_CHECKING:
    from narrator.player.session import Outcome, StartPoint

SPEAK_AHEAD = 3
"""How many chunks `speak` synthesizes ahead of the one playing."""


def speak(
    source: Source,
    config: NarrationConfig | None = None,
    synthesizer: Synthesizer | None = None,
    start: StartPoint | None = None,
    notify: Callable[[str], None] | None = None,
    interactive: bool | None = None,
) -> Outcome:
    """Say the article through the speakers from `start`, with its pauses; keys control it when
    stdin is a terminal (or `interactive`). The position is bookmarked when it stops early, and the
    bookmark cleared when it ends. `notify` receives warnings (a corrupt bookmark, say)."""
    config = config or NarrationConfig()
    plans = PlansHere([source], config)
    return speak_planned(plans, config, synthesizer, start, notify, interactive)


def speak_planned(
    plans: Plans,
    config: NarrationConfig,
    synthesizer: Synthesizer | None = None,
    start: StartPoint | None = None,
    notify: Callable[[str], None] | None = None,
    interactive: bool | None = None,
) -> Outcome:
    """`speak`, the plan coming from `plans` (made ahead unless it is a PlansHere: see
    `narrator.pipeline.ahead`)."""
    from narrator.player.playback import AplayPlayer, EnginePlayer
    from narrator.player.prefetch import Prefetcher
    from narrator.player.session import StartPoint, first_chunk, listen

    start = start or StartPoint()
    notify = notify or (lambda message: None)
    made_elsewhere = not isinstance(plans, PlansHere) and synthesizer is None
    if sys.platform != "linux":
        narration = _only_plan(plans)
        first = first_chunk(narration, start, notify)
        player = EnginePlayer(synthesizer or make_synthesizer(config))
        return listen(narration, config, player, None, first, interactive, sys.stdout)
    # While the plan is awaited, aplay is tried and (when the plan is made elsewhere) the
    # engine starts, and then says the first chunk.
    voices = Voices(config, synthesizer is not None)
    with AudioOutputCheck() as audio_output, contextlib.ExitStack() as starting:
        starting.enter_context(
            engine_warming(config) if made_elsewhere else contextlib.nullcontext()
        )
        article = plans.article()
        early = made_elsewhere and start == StartPoint() and _kept(config)
        narration = plans.plan(_FirstSaidEarly(article, voices, starting) if early else None)
        first = first_chunk(narration, start, notify)
        audio_output.verify()
    config = voices.config_for(narration.article)
    new_synthesizer = (lambda _: synthesizer) if synthesizer else make_synthesizer
    prefetcher = Prefetcher(narration, config, new_synthesizer, synthesize, ahead=SPEAK_AHEAD)
    prefetcher.start(first)
    try:
        player = AplayPlayer()
        return listen(narration, config, player, prefetcher.get, first, interactive, sys.stdout)
    finally:
        prefetcher.close()


def _only_plan(plans: Plans) -> Plan:
    plans.article()
    return plans.plan()


def _kept(config: NarrationConfig) -> bool:
    """Whether speech made now is found again by the prefetcher: in the chunk cache, made by
    this process's engine (espeak-ng, or the Piper voice loaded alongside: the first chunk is
    then said once it has loaded; reproducible speech is made in workers)."""
    return config.use_cache and not config.reproducible


class _FirstSaidEarly:
    """Told each chunk as it arrives from the planning process: the first one is said at once
    into the chunk cache (once the engine has started), while the rest is still being cut."""

    def __init__(self, article: Article, voices: Voices, starting: contextlib.ExitStack) -> None:
        self._article = article
        self._voices = voices
        self._starting = starting
        self._done = False

    def __call__(self, chunk: Chunk) -> None:
        if self._done:
            return
        self._done = True
        self._starting.close()  # the engine has started: it is this thread's to use now
        config = self._voices.config_for(self._article)
        first = Plan(self._article, (chunk,))
        with contextlib.suppress(Exception):  # made again by the prefetcher, which reports
            engine, cache = make_synthesizer(config), chunk_cache(config)
            # Not `synthesize`, which trims the cache after: that waits for the prefetcher.
            with speech_jobs(config, engine, 1, cache) as jobs:
                for _, speech in jobs.by_plan([first]):
                    for _ in speech:
                        pass

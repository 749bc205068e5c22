"""`speak`: an article said through the speakers, its speech made a few chunks ahead.

Kept apart from `narrator.pipeline.compose`, whose saving imports the writing of audio files,
the loudness pass and the finishing processes: none of it is on the way to `speak`'s first
audio."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrator.models import NarrationConfig, Plan
from narrator.pipeline.engines import engine_warming
from narrator.pipeline.planning import Plans, PlansHere, Source
from narrator.pipeline.speech import make_synthesizer, synthesize
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
    # engine starts.
    engine = engine_warming(config) if made_elsewhere else contextlib.nullcontext()
    with AudioOutputCheck() as audio_output, engine:
        narration = _only_plan(plans)
        first = first_chunk(narration, start, notify)
        audio_output.verify()
    config = Voices(config, synthesizer is not None).config_for(narration.article)
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

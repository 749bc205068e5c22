"""speak's early start of a Piper voice: once per config, on threads, errors at once."""

from __future__ import annotations

import pytest
from piper_helpers import VOICE, needs_piper

from narrator.errors import EngineError
from narrator.models import NarrationConfig
from narrator.pipeline.engines import engine_warming, start_warming
from narrator.synthesis.piper_engine import PiperSynthesizer, _loaded_voice, threads_per_engine


def test_espeak_needs_no_early_start() -> None:
    assert start_warming(NarrationConfig()) == []


def test_an_unknown_piper_voice_is_refused_before_any_thread_starts() -> None:
    needs_piper()
    with pytest.raises(EngineError, match="no Piper voice 'xx_XX-none-low' is installed"):
        start_warming(NarrationConfig(engine="piper", voice="xx_XX-none-low"))


@pytest.mark.slow
def test_the_voice_is_loaded_once_and_ready_when_the_warming_ends() -> None:
    needs_piper()
    _loaded_voice.cache_clear()
    config = NarrationConfig(engine="piper", voice=VOICE, rate_wpm=176)
    threads = start_warming(config)
    assert [thread.name for thread in threads] == ["narrator-piper", "narrator-digest"]
    with engine_warming(config):
        assert start_warming(config) is threads  # the same threads: nothing loads twice
    assert not any(thread.is_alive() for thread in threads)
    assert _loaded_voice.cache_info().currsize == 1
    # The engine speak then makes uses that model: nothing more is loaded.
    assert PiperSynthesizer(VOICE, threads=threads_per_engine(1)).samples("Ready.") is not None
    assert _loaded_voice.cache_info().currsize == 1

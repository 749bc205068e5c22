"""Issue 20, item 12: Ctrl-C that arrives while espeak-ng is calling back into Python is not
swallowed by ctypes: the synthesis stops and the KeyboardInterrupt reaches the caller."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator

import pytest

from narrator.synthesis import Pyttsx3Synthesizer


@pytest.fixture
def ctrl_c_in_a_moment() -> Iterator[None]:
    """Ctrl-C 0.3 s from now, from another thread: espeak-ng is then making audio on the main
    thread, and the only Python code that runs there is its callback."""
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@pytest.mark.parametrize("attempt", range(5))
def test_ctrl_c_inside_the_engine_callback_stops_the_synthesis(
    ctrl_c_in_a_moment: None, capsys: pytest.CaptureFixture[str], attempt: int
) -> None:
    engine = Pyttsx3Synthesizer()
    text = "A long paragraph that takes espeak-ng a while to say. " * 400
    with pytest.raises(KeyboardInterrupt):
        engine.samples(text)
    assert "Exception ignored" not in capsys.readouterr().err
    rate, frames = engine.samples("Still working.") or (0, b"")
    assert rate and frames  # the engine is usable after the interruption

"""Signals while espeak-ng speaks: a Python handler's signal waits for the utterance's end (an
exception raised in espeak's callback would be lost); a signal left to the system or ignored,
as in an engine worker, is left as it is."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest

from narrator.synthesis.espeak import signals_held


@pytest.fixture
def handlers() -> Iterator[None]:
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


@pytest.mark.usefixtures("handlers")
def test_a_signal_with_a_python_handler_is_handled_after_the_block() -> None:
    handled: list[int] = []

    def handler(signum: int, frame: Any) -> None:
        handled.append(signum)

    signal.signal(signal.SIGTERM, handler)
    with signals_held() as received:
        os.kill(os.getpid(), signal.SIGTERM)
        assert received == [signal.SIGTERM] and handled == []
    assert handled == [signal.SIGTERM]
    assert signal.getsignal(signal.SIGTERM) is handler


@pytest.mark.usefixtures("handlers")
def test_a_workers_signals_are_left_to_the_system() -> None:
    """An engine worker ignores Ctrl-C and leaves SIGTERM to the system: its handlers are not
    set twice for every chunk it speaks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with signals_held() as received:
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        os.kill(os.getpid(), signal.SIGINT)  # ignored, as before the block
    assert received == []

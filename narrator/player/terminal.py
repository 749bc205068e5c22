"""The terminal's keys: what each means, read in cbreak mode while a chunk plays."""

from __future__ import annotations

import os
import re
import select
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Protocol


class Key(Enum):
    """What a key asks the session to do."""

    PAUSE = "pause"
    NEXT = "next"
    PREVIOUS = "previous"
    NEXT_SECTION = "next section"
    PREVIOUS_SECTION = "previous section"
    FASTER = "faster"
    SLOWER = "slower"
    QUIT = "quit"


KEYS = {
    " ": Key.PAUSE,
    "n": Key.NEXT,
    "p": Key.PREVIOUS,
    "]": Key.NEXT_SECTION,
    "[": Key.PREVIOUS_SECTION,
    "+": Key.FASTER,
    "=": Key.FASTER,
    "-": Key.SLOWER,
    "q": Key.QUIT,
}
ARROWS = {"C": Key.NEXT, "D": Key.PREVIOUS}
HELP = "space pause | n/-> next | p/<- back | ]/[ section | +/- rate | q quit"
"""The keys as the display lists them."""
_ESCAPE = re.compile(r"\x1b(?:[\[O][0-9;]*([@-~])?)?")


def parse_keys(data: str) -> list[Key]:
    """The keys in a burst of terminal input; arrows arrive as escape sequences."""
    keys: list[Key] = []
    position = 0
    while position < len(data):
        escape = _ESCAPE.match(data, position)
        if escape:
            arrow = ARROWS.get(escape.group(1) or "")
            keys.extend([arrow] if arrow else [])
            position = escape.end()
            continue
        key = KEYS.get(data[position].lower())
        keys.extend([key] if key else [])
        position += 1
    return keys


class Keys(Protocol):
    """A source of keys."""

    def read(self, timeout_s: float) -> Key | None:
        """The next key, or None after `timeout_s` without one."""


class TerminalKeys:
    """Keys read from a terminal in cbreak mode (no echo, no line buffering; Ctrl-C still works)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._pending: list[Key] = []

    def read(self, timeout_s: float) -> Key | None:
        """Wait up to `timeout_s` for a key."""
        if not self._pending:
            ready, _, _ = select.select([self._fd], [], [], timeout_s)
            if ready:
                self._pending = parse_keys(os.read(self._fd, 64).decode("latin-1"))
        return self._pending.pop(0) if self._pending else None


class NoKeys:
    """No terminal: time passes, no key comes."""

    def read(self, timeout_s: float) -> Key | None:
        """Sleep `timeout_s`."""
        import time

        time.sleep(timeout_s)
        return None


@contextmanager
def cbreak(fd: int) -> Iterator[None]:
    """The terminal in cbreak mode for the duration, then as it was."""
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)

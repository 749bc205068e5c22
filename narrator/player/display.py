"""What the listener sees: a block of status lines redrawn in place on a terminal, or a single
progress line elsewhere."""

from __future__ import annotations

import math
import shutil
import textwrap
from dataclasses import dataclass
from typing import Protocol, TextIO

from narrator.player.clock import clock
from narrator.player.terminal import HELP

_MAX_TEXT_LINES = 6


@dataclass(frozen=True)
class Status:
    """What the display shows."""

    title: str
    section: int
    sections: int
    heading: str | None
    chunk: int
    chunks: int
    elapsed_s: float
    remaining_s: float
    rate_wpm: int
    paused: bool
    text: str
    note: str = ""


class Display(Protocol):
    """Shows the session's status."""

    def show(self, status: Status) -> None:
        """Show `status` (called often: redraw only on change)."""

    def close(self) -> None:
        """Leave the terminal clean."""


class TerminalDisplay:
    """A block of lines redrawn in place, only when its text changes."""

    def __init__(self, out: TextIO, with_help: bool) -> None:
        self._out = out
        self._with_help = with_help
        self._lines: list[str] = []

    def show(self, status: Status) -> None:
        """Redraw the block if it changed."""
        width = max(shutil.get_terminal_size().columns - 1, 20)
        lines = [line[:width] for line in render(status, width, self._with_help)]
        if lines == self._lines:
            return
        up = f"\x1b[{len(self._lines)}F" if self._lines else "\x1b[?25l"
        self._out.write(up + "".join(f"{line}\x1b[K\n" for line in lines) + "\x1b[J")
        self._out.flush()
        self._lines = lines

    def close(self) -> None:
        """Show the cursor again."""
        self._out.write("\x1b[?25h")
        self._out.flush()


class ProgressLine:
    """Standard output is not a terminal (a file, a pipe, a log): a line, `chunk N/M`, each time
    the chunk changes. A carriage return would join them all into one line there."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._shown = ""

    def show(self, status: Status) -> None:
        """Write a line when the chunk changes."""
        text = f"chunk {status.chunk}/{status.chunks}"
        if text != self._shown:
            self._out.write(f"{text}\n")
            self._out.flush()
            self._shown = text

    def close(self) -> None:
        """Nothing to end: every line is whole."""


def display_for(out: TextIO, with_help: bool) -> Display:
    """The full display if `out` is a terminal, else the progress line."""
    return TerminalDisplay(out, with_help) if out.isatty() else ProgressLine(out)


def render(status: Status, width: int, with_help: bool) -> list[str]:
    """The display's lines for `status`."""
    heading = f": {status.heading}" if status.heading else ""
    state = "  [paused]" if status.paused else ""
    note = f"  {status.note}" if status.note else ""
    # Whole seconds from one total, so that both clocks tick together: one redraw a second.
    total = round(status.elapsed_s + status.remaining_s)
    elapsed = min(math.floor(status.elapsed_s), total)
    lines = [
        status.title,
        f"section {status.section}/{status.sections}{heading}",
        f"chunk {status.chunk}/{status.chunks}  {clock(elapsed)} elapsed  "
        f"{clock(total - elapsed)} left  {status.rate_wpm} wpm{state}{note}",
        "",
    ]
    text = textwrap.wrap(status.text, width - 2) or [""]
    if len(text) > _MAX_TEXT_LINES:
        text = [*text[: _MAX_TEXT_LINES - 1], text[_MAX_TEXT_LINES - 1] + " ..."]
    lines += [f"  {line}" for line in text]
    return [*lines, "", HELP] if with_help else lines

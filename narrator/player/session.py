"""Listening: the session that plays an article chunk by chunk, answers keys, shows where it is
and remembers where it stopped.

Keys work when standard input is a terminal; the full display when standard output is one
(otherwise a single progress line). The session runs in the main thread and polls the keys every
50 ms while a chunk plays, so a key acts well within 300 ms.
"""

from __future__ import annotations

import math
import os
import re
import select
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, TextIO

from narrator.audio.narration import Clip
from narrator.errors import NarratorError
from narrator.models import NarrationConfig, Plan
from narrator.player import bookmarks
from narrator.player.playback import PlayClock, Player

_POLL_S = 0.05
_RESTART_AFTER_S = 2.0
"""`p` restarts the current chunk past this point, and goes to the previous one before it."""
_RATE_STEP = 1.1
_RATE_RANGE = (80, 450)
_MAX_TEXT_LINES = 6

Notify = Callable[[str], None]


class StartError(NarratorError):
    """The place to start from does not exist in the article."""


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
_ESCAPE = re.compile(r"\x1b(?:[\[O][0-9;]*([@-~])?)?")


@dataclass(frozen=True)
class StartPoint:
    """Where `speak` begins: the beginning, the bookmark, a section or a chunk."""

    resume: bool = False
    section: str | None = None
    """A section number counted from 1, or (part of) its heading."""
    chunk: int | None = None
    """A chunk number counted from 1, as the display shows it."""


@dataclass(frozen=True)
class Outcome:
    """How a listening session ended."""

    chunk: int
    """The index of the chunk it stopped at (the number of chunks when it played to the end)."""
    chunks: int
    finished: bool
    interrupted: bool = False
    """Ended by Ctrl-C."""


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
    """Standard output is not a terminal: a single line, `chunk N/M`, rewritten as it goes."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._shown = ""

    def show(self, status: Status) -> None:
        """Rewrite the line when the chunk changes."""
        text = f"chunk {status.chunk}/{status.chunks}"
        if text != self._shown:
            self._out.write(f"\r{text}")
            self._out.flush()
            self._shown = text

    def close(self) -> None:
        """End the line."""
        if self._shown:
            self._out.write("\n")
            self._out.flush()


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


def clock(seconds: float) -> str:
    """`seconds` as m:ss (h:mm:ss past an hour)."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Pausable(Protocol):
    """A clip playing, or the pause after it."""

    def pause(self) -> None:
        """Stop where it is."""

    def resume(self) -> None:
        """Carry on."""


ClipFor = Callable[[int, int], Clip]
"""Gives chunk `index`'s speech at `rate_wpm` (see `playback.Prefetcher.get`)."""


@dataclass
class Session:
    """Plays the chunks from a starting one, acting on keys, until the end or a quit."""

    narration: Plan
    config: NarrationConfig
    player: Player
    clip_for: ClipFor | None
    """None when the player has the engine say each chunk itself."""
    keys: Keys
    display: Display
    rate_wpm: int = 0
    paused: bool = False
    quitting: bool = False
    note: str = ""
    durations: dict[int, float] = field(default_factory=dict)
    """Speech seconds of the chunks synthesized so far, at the current rate."""

    def __post_init__(self) -> None:
        self.rate_wpm = self.rate_wpm or self.config.rate_wpm

    def run(self, first: int) -> Outcome:
        """Play from chunk `first`; Ctrl-C ends the session like `q`."""
        position, total = first, len(self.narration.chunks)
        try:
            while position < total and not self.quitting:
                position = self._play(position)
        except KeyboardInterrupt:
            return Outcome(position, total, finished=False, interrupted=True)
        return Outcome(position, total, finished=position >= total)

    def _play(self, index: int) -> int:
        """Play chunk `index` and its pause; return the index to play next."""
        chunk = self.narration.chunks[index]
        clip = self.clip_for(index, self.rate_wpm) if self.clip_for else None
        if clip is not None:
            self.durations[index] = clip.format.seconds(clip.frame_count)
        playback = self.player.start(chunk, clip)
        try:
            jump = self._listen(index, playback, playback.played_s, playback.done, playing=True)
        finally:
            playback.stop()
        if jump is not None:
            return jump
        spoken_s = playback.played_s()
        pause = PlayClock()
        if self.paused:
            pause.pause()
        jump = self._listen(
            index,
            pause,
            lambda: spoken_s + pause.elapsed_s(),
            lambda: pause.elapsed_s() >= chunk.pause_after_s,
            playing=False,
        )
        return index + 1 if jump is None else jump

    def _listen(
        self,
        index: int,
        pausable: Pausable,
        into_s: Callable[[], float],
        ended: Callable[[], bool],
        playing: bool,
    ) -> int | None:
        """Answer keys until the chunk (or the pause after it) ends; a jump's target, or None."""
        while True:
            self.display.show(self._status(index, into_s()))
            if not self.paused and ended():
                return None
            key = self.keys.read(_POLL_S)
            if key is not None:
                jump = self._act(key, index, into_s(), pausable, playing)
                if jump is not None:
                    return jump

    def _act(
        self, key: Key, index: int, into_s: float, pausable: Pausable, playing: bool
    ) -> int | None:
        """Do what `key` asks; return the chunk to jump to, if any."""
        self.note = ""
        if key is Key.PAUSE:
            self._toggle_pause(pausable)
        elif key is Key.QUIT:
            self.quitting = True
            return index if playing else index + 1
        elif key in (Key.FASTER, Key.SLOWER):
            return self._change_rate(key, index, playing)
        else:
            return self._move(key, index, into_s)
        return None

    def _toggle_pause(self, pausable: Pausable) -> None:
        self.paused = not self.paused
        if self.paused:
            pausable.pause()
        else:
            pausable.resume()

    def _change_rate(self, key: Key, index: int, playing: bool) -> int | None:
        """A new rate: the current chunk starts again at it (the next one, between chunks)."""
        factor = _RATE_STEP if key is Key.FASTER else 1 / _RATE_STEP
        rate = min(max(round(self.rate_wpm * factor), _RATE_RANGE[0]), _RATE_RANGE[1])
        if rate == self.rate_wpm:
            self.note = f"rate stays at {rate} wpm"
            return None
        self.rate_wpm = rate
        self.durations.clear()
        self.paused = False
        return index if playing else None

    def _move(self, key: Key, index: int, into_s: float) -> int | None:
        """The target of a next/previous chunk or section key."""
        firsts = [section.first_chunk for section in self.narration.sections]
        current = max(first for first in firsts if first <= index)
        restart = into_s > _RESTART_AFTER_S
        if key is Key.NEXT:
            target: int | None = index + 1
        elif key is Key.PREVIOUS:
            target = index if restart else max(index - 1, 0)
        elif key is Key.NEXT_SECTION:
            target = next((first for first in firsts if first > index), None)
            self.note = "" if target is not None else "this is the last section"
        else:
            at_start = index == current and not restart
            target = max([f for f in firsts if f < current] or [0]) if at_start else current
        if target is not None:
            self.paused = False
        return target

    def _status(self, index: int, into_s: float) -> Status:
        chunks = self.narration.chunks
        sections = self.narration.sections
        number = max(n for n, s in enumerate(sections) if s.first_chunk <= index)
        expected = [self._expected_s(i) for i in range(len(chunks))]
        before = sum(expected[:index])
        return Status(
            title=self.narration.article.title,
            section=number + 1,
            sections=len(sections),
            heading=sections[number].title,
            chunk=index + 1,
            chunks=len(chunks),
            elapsed_s=before + into_s,
            remaining_s=max(sum(expected[index:]) - into_s, 0.0),
            rate_wpm=self.rate_wpm,
            paused=self.paused,
            text=chunks[index].text,
            note=self.note,
        )

    def _expected_s(self, index: int) -> float:
        """A chunk's length with its pause: measured once synthesized, estimated before."""
        chunk = self.narration.chunks[index]
        speech = self.durations.get(index)
        if speech is None:
            speech = len(chunk.spoken.split()) * 60 / self.rate_wpm
        return speech + chunk.pause_after_s


def first_chunk(narration: Plan, start: StartPoint, notify: Notify) -> int:
    """The index of the chunk to start from (0 unless `start` says otherwise)."""
    if start.chunk is not None:
        return _numbered_chunk(narration, start.chunk)
    if start.section is not None:
        return _section_start(narration, start.section)
    if start.resume:
        return _resumed(narration, notify)
    return 0


def _numbered_chunk(narration: Plan, number: int) -> int:
    total = len(narration.chunks)
    if not 1 <= number <= total:
        raise StartError(f"there is no chunk {number}: the article has chunks 1 to {total}")
    return number - 1


def _section_start(narration: Plan, wanted: str) -> int:
    sections = narration.sections
    if wanted.strip().isdigit():
        number = int(wanted)
        if 1 <= number <= len(sections):
            return sections[number - 1].first_chunk
        raise StartError(f"there is no section {number}; {_section_list(narration)}")
    needle = wanted.strip().casefold()
    titles = [(s.title or "").casefold() for s in sections]
    exact = [i for i, title in enumerate(titles) if title == needle]
    partial = [i for i, title in enumerate(titles) if needle and needle in title]
    found = exact or partial
    if len(found) != 1:
        problem = "several sections match" if found else "no section is titled"
        raise StartError(f"{problem} '{wanted}'; {_section_list(narration)}")
    return sections[found[0]].first_chunk


def _section_list(narration: Plan) -> str:
    names = [
        f'{number} "{s.title}"' if s.title else f"{number} (no heading)"
        for number, s in enumerate(narration.sections, start=1)
    ]
    return "the sections are: " + ", ".join(names)


def _resumed(narration: Plan, notify: Notify) -> int:
    resumption = bookmarks.resume(narration, notify)
    if resumption is None:
        notify("no bookmark for this article: starting at the beginning")
        return 0
    if resumption.changed:
        notify(
            "the article changed since it was bookmarked: resuming at the nearest matching "
            f"chunk, {resumption.chunk + 1}/{len(narration.chunks)}"
        )
    return resumption.chunk


def listen(
    narration: Plan,
    config: NarrationConfig,
    player: Player,
    clip_for: ClipFor | None,
    first: int,
    interactive: bool | None = None,
    out: TextIO | None = None,
) -> Outcome:
    """Run a session on the real terminal (keys if stdin is one; the display on `out`, standard
    output by default, if it is one), then save the bookmark, or clear it if the article was heard
    to the end.

    Pass `out` when synthesis runs alongside: the engine silences its chatter by swapping
    `sys.stdout` for a moment, from whatever thread it runs in."""
    interactive = sys.stdin.isatty() if interactive is None else interactive
    out = out or sys.stdout
    display: Display = (
        TerminalDisplay(out, with_help=interactive) if out.isatty() else ProgressLine(out)
    )
    try:
        if interactive:
            fd = sys.stdin.fileno()
            with cbreak(fd):
                keys: Keys = TerminalKeys(fd)
                outcome = Session(narration, config, player, clip_for, keys, display).run(first)
        else:
            outcome = Session(narration, config, player, clip_for, NoKeys(), display).run(first)
    finally:
        display.close()
    remember(narration, outcome)
    return outcome


def remember(narration: Plan, outcome: Outcome) -> None:
    """Save where the session stopped, or forget the article once it has been heard through."""
    if outcome.finished:
        bookmarks.clear(narration)
    else:
        bookmarks.save(narration, outcome.chunk)

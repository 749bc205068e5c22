"""Listening: the session that plays an article chunk by chunk from a starting one, answers keys
(what plays next), shows where it is and remembers where it stopped.

Keys work when standard input is a terminal (`terminal`); the full display when standard output
is one (`display`; otherwise a single progress line). The session runs in the main thread and
polls the keys every 50 ms while a chunk plays, so a key acts well within 300 ms.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from narrator.audio.wav import Clip
from narrator.models import RATE_WPM_RANGE, NarrationConfig, Plan
from narrator.player import bookmarks
from narrator.player.display import Display, Status, display_for
from narrator.player.playback import PlayClock, Player
from narrator.player.start import StartError, StartPoint, first_chunk
from narrator.player.terminal import Key, Keys, NoKeys, TerminalKeys, cbreak

__all__ = ["ClipFor", "Outcome", "Session", "StartError", "StartPoint", "first_chunk", "listen"]

_POLL_S = 0.05
_RESTART_AFTER_S = 2.0
"""`p` restarts the current chunk past this point, and goes to the previous one before it."""
_RATE_STEP = 1.1
_RATE_RANGE = RATE_WPM_RANGE


@dataclass(frozen=True)
class Outcome:
    """How a listening session ended."""

    chunk: int
    """The index of the chunk it stopped at (the number of chunks when it played to the end)."""
    chunks: int
    finished: bool
    interrupted: bool = False
    """Ended by Ctrl-C."""


class Pausable(Protocol):
    """A clip playing, or the pause after it."""

    def pause(self) -> None:
        """Stop where it is."""

    def resume(self) -> None:
        """Carry on."""


ClipFor = Callable[[int, int], Clip]
"""Gives chunk `index`'s speech at `rate_wpm` (see `prefetch.Prefetcher.get`)."""


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
    display = display_for(out, with_help=interactive)
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
    """Save where the session stopped, or forget the article once it has been heard through;
    a state folder that cannot be written only costs the bookmark (a warning says so)."""
    try:
        if outcome.finished:
            bookmarks.clear(narration)
        else:
            bookmarks.save(narration, outcome.chunk)
    except OSError as error:
        print(
            f"Warning: cannot {'clear' if outcome.finished else 'save'} the bookmark in "
            f"'{bookmarks.bookmarks_folder()}' ({error.strerror or error}); "
            f"set {bookmarks.STATE_DIR_VARIABLE} to a folder you can write",
            file=sys.stderr,
        )

"""Playing one chunk's audio, so that it can be paused, resumed and cut short at any moment.

On Linux each clip is played by its own `aplay` process fed the raw PCM: pausing stops the process
(SIGSTOP) and resuming continues it (SIGCONT), so the device stops receiving audio; stopping ends
it. A short ALSA buffer keeps what is already queued in the device under 0.15 s. Elsewhere there
is no such player, and the engine speaks each chunk itself: keys then act between chunks.
"""

from __future__ import annotations

import signal
import subprocess
import tempfile
import time
from typing import IO, Protocol

from narrator.audio.wav import Clip
from narrator.errors import AudioOutputError
from narrator.models import Chunk
from narrator.synthesis import Synthesizer

_BUFFER_TIME_US = 150_000
_SAMPLE_FORMATS = {1: "U8", 2: "S16_LE", 3: "S24_3LE", 4: "S32_LE"}


class Playback(Protocol):
    """One clip being played."""

    def done(self) -> bool:
        """Whether the clip has been played to its end (or stopped)."""

    def played_s(self) -> float:
        """Seconds of the clip played so far, pauses aside."""

    def pause(self) -> None:
        """Stop the audio where it is, to be resumed."""

    def resume(self) -> None:
        """Carry on from where `pause` stopped."""

    def stop(self) -> None:
        """Cut the clip short; it cannot be resumed."""


class Player(Protocol):
    """Starts playing chunks: their synthesized clip, or (with no clip) the chunk's text."""

    def start(self, chunk: Chunk, clip: Clip | None) -> Playback:
        """Start playing `chunk` (its `clip`, if the player plays clips) and return."""


class AplayPlayer:
    """Plays clips through ALSA with one `aplay` process per clip."""

    def start(self, chunk: Chunk, clip: Clip | None) -> AplayPlayback:
        """Start an `aplay` that reads the clip's raw frames from a temporary file."""
        if clip is None:
            raise ValueError("AplayPlayer plays clips: pass the chunk's clip")
        return AplayPlayback(clip)


class AplayPlayback:
    """One `aplay` process playing one clip."""

    def __init__(self, clip: Clip) -> None:
        self._errors: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        with tempfile.TemporaryFile() as frames:
            frames.write(clip.frames)
            frames.seek(0)
            self._process = subprocess.Popen(
                _aplay_command(clip),
                stdin=frames,
                stdout=subprocess.DEVNULL,
                stderr=self._errors,
            )
        self._clock = PlayClock()
        self._stopped = False

    def done(self) -> bool:
        """Whether aplay has exited; raises AudioOutputError if it failed on its own."""
        if self._process.poll() is None:
            return False
        self._clock.pause()
        if self._process.returncode != 0 and not self._stopped:
            self._stopped = True
            raise AudioOutputError(f"cannot play audio: aplay failed ({self._error_text()})")
        return True

    def played_s(self) -> float:
        """Seconds played so far, pauses aside."""
        return self._clock.elapsed_s()

    def pause(self) -> None:
        """SIGSTOP aplay: it stops feeding the device."""
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGSTOP)
            self._clock.pause()

    def resume(self) -> None:
        """SIGCONT aplay."""
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGCONT)
            self._clock.resume()

    def stop(self) -> None:
        """End aplay (a stopped process only acts on SIGTERM once continued)."""
        self._stopped = True
        self._clock.pause()
        if self._process.poll() is None:
            self._process.terminate()
            self._process.send_signal(signal.SIGCONT)
            try:
                self._process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._errors.close()

    def _error_text(self) -> str:
        self._errors.seek(0)
        lines = self._errors.read().decode(errors="replace").strip().splitlines()
        self._errors.close()
        return lines[-1] if lines else f"exit status {self._process.returncode}"


def _aplay_command(clip: Clip) -> list[str]:
    audio = clip.format
    return [
        "aplay",
        "-q",
        "-t",
        "raw",
        "-f",
        _SAMPLE_FORMATS[audio.sample_width],
        "-r",
        str(audio.frame_rate),
        "-c",
        str(audio.channels),
        f"--buffer-time={_BUFFER_TIME_US}",
    ]


class EnginePlayer:
    """The engine's own playback, where there is no aplay: each chunk is said in full before
    `start` returns, so a pause or a skip takes effect at the end of the chunk."""

    def __init__(self, synthesizer: Synthesizer) -> None:
        self._synthesizer = synthesizer

    def start(self, chunk: Chunk, clip: Clip | None) -> Playback:
        """Say the chunk and return a finished playback."""
        began = time.monotonic()
        self._synthesizer.speak(chunk.spoken)
        return SpokenPlayback(time.monotonic() - began)


class SpokenPlayback:
    """A chunk the engine has already said in full."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def done(self) -> bool:
        """Always: the engine has finished."""
        return True

    def played_s(self) -> float:
        """How long the engine took to say it."""
        return self._seconds

    def pause(self) -> None:
        """Nothing to pause."""

    def resume(self) -> None:
        """Nothing to resume."""

    def stop(self) -> None:
        """Nothing to stop."""


class PlayClock:
    """Wall-clock time that can be paused: how much of a clip, or of a pause, has gone by."""

    def __init__(self) -> None:
        self._started = time.monotonic()
        self._paused_at: float | None = None
        self._paused_s = 0.0

    def elapsed_s(self) -> float:
        """Seconds since the start, paused time aside."""
        now = self._paused_at if self._paused_at is not None else time.monotonic()
        return now - self._started - self._paused_s

    def pause(self) -> None:
        """Stop counting."""
        if self._paused_at is None:
            self._paused_at = time.monotonic()

    def resume(self) -> None:
        """Count again."""
        if self._paused_at is not None:
            self._paused_s += time.monotonic() - self._paused_at
            self._paused_at = None

"""Whether audio can be played on Linux, found out while the article is being read."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from narrator.errors import AudioOutputError
from narrator.synthesis.wav import write_empty_wav

PROBE_TIMEOUT_S: float = 10
"""How long the probe may take before the device is deemed missing."""


class AudioOutputCheck:
    """Whether audio can be played on Linux, found out alongside other work: pyttsx3 there plays
    through `aplay` and, with no device, returns silently as if it had spoken. An `aplay` of an
    empty WAV starts at once; `verify` waits for it. Use it as a context manager."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        if shutil.which("aplay") is None:
            return
        self._folder = tempfile.TemporaryDirectory()
        probe = Path(self._folder.name) / "probe.wav"
        write_empty_wav(probe)
        self._process = subprocess.Popen(
            ["aplay", "-q", str(probe)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def verify(self) -> None:
        """Raise AudioOutputError unless audio can be played."""
        if self._process is None:
            raise AudioOutputError(
                "cannot play audio: 'aplay' was not found (install alsa-utils); "
                "or use 'narrator save' to write audio files"
            )
        try:
            played = self._process.wait(timeout=PROBE_TIMEOUT_S) == 0
        except subprocess.TimeoutExpired:
            played = False
        if not played:
            raise AudioOutputError(
                "cannot play audio: no sound device was found; "
                "use 'narrator save' to write audio files instead"
            )

    def close(self) -> None:
        """Stop the probe if it still runs, and remove its file."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        if self._folder is not None:
            self._folder.cleanup()

    def __enter__(self) -> AudioOutputCheck:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

"""Speech synthesis: the Synthesizer protocol and its pyttsx3 implementation.

This is the only module that imports pyttsx3. pyttsx3 2.99's espeak driver has traps that shape
the code below: several `save_to_file` calls before one `runAndWait` keep only the last; a
`runAndWait` with nothing queued loops forever; after a save the driver keeps writing `say()` audio
into the last file; it prints "Audio saved to …" on stdout; `getProperty('rate')` is unreliable;
an unknown voice id is silently ignored. So: one engine per process, used from one thread, one
utterance per `runAndWait`, a `finished-utterance` event and a timeout on every wait.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from pathlib import Path
from typing import Any, Protocol

from narrator.errors import AudioOutputError, EngineError

INSTALL_ESPEAK = "install espeak-ng (Debian/Ubuntu: sudo apt-get install espeak-ng)"
_PRIMER_TEXT = "ready"


class Synthesizer(Protocol):
    """What the pipeline needs from a speech engine."""

    name: str

    def speak(self, text: str) -> None:
        """Say `text` through the speakers and return when it has been played."""

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path`."""


@contextlib.contextmanager
def _quiet_stdout() -> Any:
    # The espeak driver prints "Audio saved to …" on every save.
    with contextlib.redirect_stdout(io.StringIO()):
        yield


class Pyttsx3Synthesizer:
    """Synthesis with pyttsx3: espeak-ng on Linux, SAPI5 on Windows, NSSS on macOS."""

    def __init__(
        self,
        voice: str | None = None,
        rate_wpm: int = 175,
        volume: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        self._engine = _init_engine()
        self._timeout_s = timeout_s
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        if voice is not None:
            self._engine.setProperty("voice", validate_voice(self._engine, voice))
        self._engine.setProperty("rate", rate_wpm)
        self._engine.setProperty("volume", volume)
        self.name = f"pyttsx3-{self._engine.driver_name}"
        self._prime()

    def speak(self, text: str) -> None:
        """Say `text` through the default audio device."""
        if text.strip():
            self._engine.say(text)
            self._run_and_wait()

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path` (an empty text gives an empty file)."""
        if not text.strip():
            _write_empty_wav(path)
            return
        driver = getattr(self._engine.proxy, "_driver", None)
        if self._engine.driver_name == "espeak" and driver is not None:
            self._save_with_espeak(driver, text, path)
        else:
            self._engine.save_to_file(text, str(path))
            try:
                self._run_and_wait()
            finally:
                self._forget_saved_file()
        if not path.exists():
            raise EngineError(f"the speech engine wrote no audio for {text[:40]!r}; try again")

    @property
    def engine_id(self) -> str:
        """The engine's name and version (see `engine_id()`)."""
        return engine_id()

    def _save_with_espeak(self, driver: Any, text: str, path: Path) -> None:
        # runAndWait polls the espeak driver with a 10 ms sleep, which costs more than synthesizing
        # a short chunk; espeak runs on its own thread and signals the end, so wait on that.
        self._finished.clear()
        driver.save_to_file(text, str(path))
        try:
            with _quiet_stdout():
                driver._start_synthesis(text)
                finished = self._finished.wait(self._timeout_s)
        finally:
            driver._save_file = None
        if not finished:
            driver.stop()
            raise EngineError(
                f"the speech engine did not finish within {self._timeout_s:.0f} s; "
                "try a shorter text or check the engine"
            )

    def _prime(self) -> None:
        # A fresh engine's first run may return before synthesis ends: spend it on a throwaway.
        with tempfile.TemporaryDirectory() as folder:
            self.save(_PRIMER_TEXT, Path(folder) / "primer.wav")

    def _on_finished(self, name: str | None, completed: bool) -> None:
        self._finished.set()

    def _run_and_wait(self) -> None:
        self._finished.clear()
        watchdog = threading.Timer(self._timeout_s, self._end_loop)
        watchdog.start()
        try:
            with _quiet_stdout():
                self._engine.runAndWait()
        finally:
            watchdog.cancel()
        if not self._finished.is_set():
            raise EngineError(
                f"the speech engine did not finish within {self._timeout_s:.0f} s; "
                "try a shorter text or check the engine"
            )

    def _end_loop(self) -> None:
        driver = getattr(self._engine.proxy, "_driver", None)
        if driver is not None and hasattr(driver, "endLoop"):
            driver.endLoop()

    def _forget_saved_file(self) -> None:
        # Otherwise the espeak driver writes later say() audio into the last saved file.
        driver = getattr(self._engine.proxy, "_driver", None)
        if driver is not None and hasattr(driver, "_save_file"):
            driver._save_file = None


def _init_engine() -> Any:
    try:
        import pyttsx3

        return pyttsx3.init()
    except (ImportError, RuntimeError, OSError) as error:
        raise EngineError(
            f"the speech engine could not start ({error}); {INSTALL_ESPEAK}"
        ) from None


@functools.cache
def engine_id() -> str:
    """The speech engine's name and version, e.g. "pyttsx3 2.99; espeak-ng 1.51": part of every
    cache key, so audio made by another engine version is never reused."""
    engine = f"espeak-ng {_espeak_version()}" if sys.platform == "linux" else sys.platform
    return f"pyttsx3 {_pyttsx3_version()}; {engine}"


def _pyttsx3_version() -> str:
    # importlib.metadata costs ~20 ms of imports; the dist-info folder name says the same.
    spec = importlib.util.find_spec("pyttsx3")
    if spec is not None and spec.origin is not None:
        site = Path(spec.origin).parent.parent
        for info in site.glob("pyttsx3-*.dist-info"):
            return info.name.removeprefix("pyttsx3-").removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pyttsx3")
    except PackageNotFoundError:
        return "unknown"


def _espeak_version() -> str:
    import ctypes

    try:
        library = ctypes.CDLL("libespeak-ng.so.1")
    except OSError:
        return "unknown"
    library.espeak_Info.restype = ctypes.c_char_p
    version: bytes | None = library.espeak_Info(None)
    return version.decode() if version else "unknown"


def list_voices() -> list[tuple[str, str, list[str]]]:
    """The engine's voices as (id, name, languages)."""
    engine = _init_engine()
    return [(v.id, v.name, list(v.languages or [])) for v in engine.getProperty("voices")]


def validate_voice(engine: Any, voice: str) -> str:
    """Return the engine's id for `voice` (an id or a name), or raise EngineError listing how to
    find the right one: pyttsx3 itself ignores an unknown voice silently."""
    voices = engine.getProperty("voices")
    for candidate in voices:
        if voice.lower() in (candidate.id.lower(), candidate.name.lower()):
            return str(candidate.id)
    raise EngineError(f"unknown voice '{voice}'; run 'narrator voices' to list the voices")


def check_audio_output() -> None:
    """Raise AudioOutputError unless audio can be played: pyttsx3 on Linux plays through `aplay`
    and, with no device, returns silently as if it had spoken."""
    if sys.platform != "linux":
        return
    if shutil.which("aplay") is None:
        raise AudioOutputError(
            "cannot play audio: 'aplay' was not found (install alsa-utils); "
            "or use 'narrator save' to write audio files"
        )
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.wav"
        _write_empty_wav(probe)
        result = subprocess.run(
            ["aplay", "-q", str(probe)], capture_output=True, timeout=10, check=False
        )
    if result.returncode != 0:
        raise AudioOutputError(
            "cannot play audio: no sound device was found; "
            "use 'narrator save' to write audio files instead"
        )


def _write_empty_wav(path: Path, frame_rate: int = 22050) -> None:
    with wave.open(str(path), "wb") as empty:
        empty.setnchannels(1)
        empty.setsampwidth(2)
        empty.setframerate(frame_rate)

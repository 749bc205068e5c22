"""The pyttsx3 engine: espeak-ng on Linux, SAPI5 on Windows, NSSS on macOS.

This is the only module that starts pyttsx3 (imported inside the functions: `narrator --help`
never loads it). Its traps, besides espeak-ng's (see `narrator.synthesis.espeak`):
- `runAndWait` with nothing queued loops forever; several `save_to_file` calls before one
  `runAndWait` keep only the last; after a save the driver writes `say()` audio into the last
  file: one utterance at a time, and the saved-file state reset after each.
- a process may hold one engine only (pyttsx3 caches it; espeak initializes once): one
  `_EngineSession` per process, used under a lock.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from narrator.errors import EngineError
from narrator.synthesis import espeak
from narrator.synthesis.wav import write_empty_wav

INSTALL_ESPEAK = "install espeak-ng (Debian/Ubuntu: sudo apt-get install espeak-ng)"


class Pyttsx3Synthesizer:
    """Synthesis with pyttsx3: espeak-ng on Linux, SAPI5 on Windows, NSSS on macOS."""

    def __init__(
        self,
        voice: str | None = None,
        rate_wpm: int = 175,
        volume: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        self._session = _engine_session()
        voice_id = self._session.default_voice
        if voice is not None:
            voice_id = espeak.validate_voice(self._session.engine, voice)
        self._properties: dict[str, Any] = {"voice": voice_id, "rate": rate_wpm, "volume": volume}
        self._timeout_s = timeout_s
        self.name = f"pyttsx3-{self._session.engine.driver_name}"

    @property
    def engine_id(self) -> str:
        """The engine's name and version (see `engine_id()`)."""
        return engine_id()

    def speak(self, text: str) -> None:
        """Say `text` through the default audio device."""
        if text.strip():
            self._session.utter(text, None, self._properties, self._timeout_s)

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path` (an empty text gives an empty file)."""
        if not text.strip():
            write_empty_wav(path)
            return
        self._session.utter(text, path, self._properties, self._timeout_s)
        if not path.exists():
            raise EngineError(f"the speech engine wrote no audio for {text[:40]!r}; try again")

    def samples(self, text: str) -> tuple[int, bytes] | None:
        """The speech of `text` as 16-bit mono samples and their rate, made in memory where the
        engine allows it (espeak-ng started by narrator); None elsewhere: use `save`."""
        return self._session.samples(text, self._properties)


class _EngineSession:
    """The process's one pyttsx3 engine, one utterance at a time."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.default_voice: str | None = engine.getProperty("voice")
        """The voice the engine started with: a synthesizer given none uses it, whatever another
        synthesizer of the process chose before."""
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._espeak = espeak.EspeakDriver(engine) if engine.driver_name == "espeak" else None
        engine.connect("finished-utterance", lambda name, completed: self._finished.set())

    def utter(
        self, text: str, path: Path | None, properties: dict[str, Any], timeout_s: float
    ) -> None:
        """Say `text`, or save it to `path`, and return once the engine is done with it."""
        with self._lock:
            if self._espeak is not None:
                self._espeak.utter(text, path, properties, timeout_s)
            else:
                self._utter_through_the_loop(text, path, properties, timeout_s)

    def samples(self, text: str, properties: dict[str, Any]) -> tuple[int, bytes] | None:
        """`text` spoken into memory (see `Pyttsx3Synthesizer.samples`)."""
        if self._espeak is None:
            return None
        with self._lock:
            return self._espeak.samples(text, properties)

    def _utter_through_the_loop(
        self, text: str, path: Path | None, properties: dict[str, Any], timeout_s: float
    ) -> None:
        for name, value in properties.items():
            self.engine.setProperty(name, value)
        if path is None:
            self.engine.say(text)
        else:
            self.engine.save_to_file(text, str(path))
        self._finished.clear()
        watchdog = threading.Timer(timeout_s, self.engine.stop)
        watchdog.start()
        try:
            self.engine.runAndWait()
        finally:
            watchdog.cancel()
        if not self._finished.wait(timeout_s):
            raise espeak.timed_out(timeout_s)


@functools.cache
def _engine_session() -> _EngineSession:
    return _EngineSession(init_engine())


def engine_started() -> bool:
    """Whether this process has started its speech engine."""
    return _engine_session.cache_info().currsize > 0


def engine_can_be_forked() -> bool:
    """Whether a fork of this process gets a working engine: none has been started, or it runs
    no thread of its own (espeak-ng in synchronous mode) that a fork would leave behind."""
    return not engine_started() or espeak.synchronous_frame_rate() is not None


def init_engine() -> Any:
    """pyttsx3's engine for this process (espeak-ng started in synchronous mode on Linux)."""
    try:
        import pyttsx3

        if sys.platform == "linux":
            espeak.start_synchronously()
        return pyttsx3.init()
    except (ImportError, RuntimeError, OSError) as error:
        raise EngineError(
            f"the speech engine could not start ({error}); {INSTALL_ESPEAK}"
        ) from None


@contextlib.contextmanager
def engine_starting() -> Iterator[None]:
    """The process's engine started on another thread while the block runs (espeak-ng loads its
    data while this thread waits for something else); it is ready when the block ends. A failure
    is left for the engine's first use to report."""
    thread = threading.Thread(target=_start_engine_quietly, name="narrator-engine-start")
    thread.start()
    try:
        yield
    finally:
        thread.join()


def start_engine() -> None:
    """Start this process's engine now, if it can start (a failure is left for its first use
    to report): processes forked from this one afterwards share it, started (see
    `narrator.pipeline.jobs`)."""
    _start_engine_quietly()


def _start_engine_quietly() -> None:
    with contextlib.suppress(Exception):
        _engine_session()


@functools.cache
def engine_id() -> str:
    """The speech engine's name and version, e.g. "pyttsx3 2.99; espeak-ng 1.51": part of every
    cache key, so audio made by another engine version is never reused."""
    engine = f"espeak-ng {espeak.version()}" if sys.platform == "linux" else sys.platform
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


def list_voices() -> list[tuple[str, str, list[str]]]:
    """The engine's voices as (id, name, languages)."""
    engine = init_engine()
    return [(v.id, v.name, list(v.languages or [])) for v in engine.getProperty("voices")]


def espeak_variants(engine: Any | None = None) -> list[str]:
    """espeak-ng's voice variants ("f3", "Alex", …), given to a voice as `ID+VARIANT`; none
    with another engine."""
    return espeak.variants(engine or init_engine())

"""Speech synthesis: the Synthesizer protocol and its pyttsx3 implementation.

This is the only module that imports pyttsx3. On Linux, narrator starts espeak-ng itself, in
its synchronous mode, before pyttsx3 would start it in its "retrieval" mode: an utterance is
then made on the calling thread, with no thread of espeak's own, so a process with an engine can
still be forked, and saved speech is collected from espeak's callback by narrator (pyttsx3's
driver copies its whole buffer at every callback). pyttsx3 2.99's espeak driver has traps that
shape the code below, each reproduced on espeak-ng 1.51:
- in retrieval mode, `runAndWait` ends its loop before the utterance starts: it returns before
  the audio exists, and the callback may still be appending samples when the next utterance
  begins. So each utterance is started on the driver directly and waited for until espeak's
  callback has returned after the end of the message, with a timeout (in synchronous mode espeak
  never sends that end-of-message event: narrator sends it to the driver once the audio is made).
- `runAndWait` with nothing queued loops forever; several `save_to_file` calls before one
  `runAndWait` keep only the last; after a save the driver writes `say()` audio into the last
  file: one utterance at a time, and the saved-file state reset after each.
- properties set through the engine wait in its queue until a `runAndWait`, and
  `getProperty('rate')` is unreliable: the espeak driver's properties are set directly before
  every utterance, from the synthesizer's own settings.
- the driver prints "Audio saved to …" on stdout; an unknown voice id is silently ignored.
- a process may hold one engine only (pyttsx3 caches it; espeak initializes once): one
  `_EngineSession` per process, used under a lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from narrator.errors import AudioOutputError, EngineError

INSTALL_ESPEAK = "install espeak-ng (Debian/Ubuntu: sudo apt-get install espeak-ng)"


class Synthesizer(Protocol):
    """What the pipeline needs from a speech engine."""

    name: str

    def speak(self, text: str) -> None:
        """Say `text` through the speakers and return when it has been played."""

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path`."""


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
            voice_id = validate_voice(self._session.engine, voice)
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
            _write_empty_wav(path)
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
        self._espeak = _EspeakDriver(engine) if engine.driver_name == "espeak" else None
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
            raise _timed_out(timeout_s)


class _EspeakDriver:
    """pyttsx3's espeak driver, with each utterance waited for until espeak's callback is done."""

    def __init__(self, engine: Any) -> None:
        from pyttsx3.drivers import _espeak

        self._driver = engine.proxy._driver
        self._done = threading.Event()
        self._frame_rate = _synchronous_frame_rate
        self._collected: list[bytes] | None = None
        self._applied: dict[str, Any] = {}
        _espeak.SetSynthCallback(self._on_synth)
        driver_module: Any = sys.modules[type(self._driver).__module__]
        driver_module.print = _discard  # it prints "Audio saved to …" after every save

    def utter(
        self, text: str, path: Path | None, properties: dict[str, Any], timeout_s: float
    ) -> None:
        made = self.samples(text, properties) if path is not None else None
        if path is not None and made is not None:
            _write_wav(path, *made)
            return
        self._set(properties)
        self._done.clear()
        self._driver._save_file = str(path) if path is not None else None
        self._driver._text_to_say = text
        try:
            self._driver._start_synthesis(text)
            if self._frame_rate is not None:
                self._end_message()
            if not self._done.wait(timeout_s):
                self._driver.stop()
                raise _timed_out(timeout_s)
        finally:
            self._driver._save_file = None

    def samples(self, text: str, properties: dict[str, Any]) -> tuple[int, bytes] | None:
        """In synchronous mode, the samples of `text` and their rate, collected here as espeak
        makes them on this thread (pyttsx3's driver copies its whole buffer at every callback
        and reports every word); None in espeak's other modes."""
        from pyttsx3.drivers import _espeak

        if self._frame_rate is None:
            return None
        self._set(properties)
        if not text.strip():
            return self._frame_rate, b""
        self._collected = []
        try:
            _espeak.Synth(text.encode(), flags=_espeak.ENDPAUSE | _espeak.CHARS_UTF8)
            return self._frame_rate, b"".join(self._collected)
        finally:
            self._collected = None

    def _set(self, properties: dict[str, Any]) -> None:
        """Set the driver's properties; those it already has are not set again."""
        for name, value in properties.items():
            if self._applied.get(name, _UNSET) != value:
                self._driver.setProperty(name, value)
                self._applied[name] = value

    def _end_message(self) -> None:
        """In synchronous mode espeak-ng never sends the end-of-message event the driver
        finishes an utterance on (writing its file): it is sent here once the audio is made."""
        from pyttsx3.drivers import _espeak

        events = (_espeak.EVENT * 2)()
        events[0].type = _espeak.EVENT_MSG_TERMINATED
        events[1].type = _espeak.EVENT_LIST_TERMINATED
        self._on_synth(None, 0, events)

    def _on_synth(self, wav: Any, samples: int, events: Any) -> int:
        if self._collected is not None:
            if samples > 0:
                self._collected.append(ctypes.string_at(wav, samples * SAMPLE_BYTES))
            return 0
        was_speaking = self._driver._speaking
        result: int = self._driver._onSynth(wav, samples, events)
        if was_speaking and not self._driver._speaking:
            self._done.set()
        return result


_UNSET = object()


def _discard(*args: object, **kwargs: object) -> None:
    """Stands in for `print` in the espeak driver."""


def _timed_out(timeout_s: float) -> EngineError:
    return EngineError(
        f"the speech engine did not finish within {timeout_s:.0f} s; "
        "try a shorter text or check the engine"
    )


@functools.cache
def _engine_session() -> _EngineSession:
    return _EngineSession(_init_engine())


def engine_started() -> bool:
    """Whether this process has started its speech engine."""
    return _engine_session.cache_info().currsize > 0


def engine_can_be_forked() -> bool:
    """Whether a fork of this process gets a working engine: none has been started, or it runs
    no thread of its own (espeak-ng in synchronous mode) that a fork would leave behind."""
    return not engine_started() or _synchronous_frame_rate is not None


def _init_engine() -> Any:
    try:
        import pyttsx3

        if sys.platform == "linux":
            _start_espeak_synchronously()
        return pyttsx3.init()
    except (ImportError, RuntimeError, OSError) as error:
        raise EngineError(
            f"the speech engine could not start ({error}); {INSTALL_ESPEAK}"
        ) from None


def _start_espeak_synchronously() -> None:
    """Start espeak-ng in its synchronous mode before pyttsx3 starts it in its retrieval mode:
    an utterance is then made on the thread that asks for it, with no thread of espeak's own to
    hand it to (faster, and a process that has started its engine can still be forked)."""
    from pyttsx3.drivers import _espeak
    from pyttsx3.drivers.espeak import EspeakDriver

    global _synchronous_frame_rate
    if EspeakDriver._moduleInitialized:
        return
    frame_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
    if frame_rate == -1:
        raise RuntimeError("could not initialize espeak")
    # What pyttsx3 does after its own initialization, which is now skipped.
    voice = _espeak.GetCurrentVoice()
    named = voice and voice.contents.name
    EspeakDriver._defaultVoice = voice.contents.name.decode("utf-8") if named else "gmw/en"
    EspeakDriver._moduleInitialized = True
    _synchronous_frame_rate = frame_rate


_synchronous_frame_rate: int | None = None
"""espeak-ng's sample rate once narrator has started it in synchronous mode; None otherwise."""
SAMPLE_BYTES = 2
"""The width of the samples `Pyttsx3Synthesizer.samples` gives: 16-bit mono, as espeak-ng makes."""


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
    """Return the engine's id for `voice` (an id or a name, with espeak-ng also `ID+VARIANT`), or
    raise EngineError saying how to find the right one: pyttsx3 ignores an unknown voice."""
    base, plus, variant = voice.partition("+")
    for candidate in engine.getProperty("voices"):
        if base.lower() in (candidate.id.lower(), candidate.name.lower()):
            if plus and variant not in espeak_variants(engine):
                raise EngineError(
                    f"unknown voice variant '{variant}'; run 'narrator voices --variants' "
                    "to list them"
                )
            return f"{candidate.id}{plus}{variant}"
    raise EngineError(f"unknown voice '{voice}'; run 'narrator voices' to list the voices")


def espeak_variants(engine: Any | None = None) -> list[str]:
    """espeak-ng's voice variants ("f3", "Alex", …), given to a voice as `ID+VARIANT`; none
    with another engine."""
    engine = engine or _init_engine()
    if engine.driver_name != "espeak":
        return []
    from pyttsx3.drivers import _espeak

    spec = _espeak.VOICE()
    spec.languages = b"variant"
    found = _espeak.ListVoices(ctypes.pointer(spec))
    return sorted(v.identifier.decode().rpartition("/")[2] for v in found)


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
        _write_empty_wav(probe)
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
            played = self._process.wait(timeout=_PROBE_TIMEOUT_S) == 0
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


_PROBE_TIMEOUT_S = 10


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


def _start_engine_quietly() -> None:
    with contextlib.suppress(Exception):
        _engine_session()


def _write_empty_wav(path: Path) -> None:
    _write_wav(path, 22050, b"")


def _write_wav(path: Path, frame_rate: int, frames: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_BYTES)
        out.setframerate(frame_rate)
        out.writeframes(frames)

"""espeak-ng under pyttsx3: started in its synchronous mode, each utterance waited for, speech
collected in memory, its voice variants and version.

On Linux, narrator starts espeak-ng itself, in its synchronous mode, before pyttsx3 would start
it in its "retrieval" mode: an utterance is then made on the calling thread, with no thread of
espeak's own, so a process with an engine can still be forked, and saved speech is collected
from espeak's callback by narrator (pyttsx3's driver copies its whole buffer at every callback).
pyttsx3 2.99's espeak driver has traps that shape the code below, each reproduced on espeak-ng
1.51:
- in retrieval mode, `runAndWait` ends its loop before the utterance starts: it returns before
  the audio exists, and the callback may still be appending samples when the next utterance
  begins. So each utterance is started on the driver directly and waited for until espeak's
  callback has returned after the end of the message, with a timeout (in synchronous mode espeak
  never sends that end-of-message event: narrator sends it to the driver once the audio is made).
- properties set through the engine wait in its queue until a `runAndWait`, and
  `getProperty('rate')` is unreliable: the driver's properties are set directly before every
  utterance, from the synthesizer's own settings.
- the driver prints "Audio saved to …" on stdout; an unknown voice id is silently ignored.

pyttsx3 is imported inside the functions: `narrator --help` never loads it.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from narrator.errors import EngineError
from narrator.synthesis.protocol import SAMPLE_BYTES
from narrator.synthesis.wav import write_wav

_synchronous_frame_rate: int | None = None
"""espeak-ng's sample rate once narrator has started it in synchronous mode; None otherwise."""


def synchronous_frame_rate() -> int | None:
    """espeak-ng's sample rate if narrator started it in synchronous mode; None otherwise."""
    return _synchronous_frame_rate


def start_synchronously() -> None:
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


class EspeakDriver:
    """pyttsx3's espeak driver, with each utterance waited for until espeak's callback is done."""

    def __init__(self, engine: Any) -> None:
        from pyttsx3.drivers import _espeak

        self._driver = engine.proxy._driver
        self._done = threading.Event()
        self._frame_rate = _synchronous_frame_rate
        self._collected: list[bytes] | None = None
        self._interrupted: BaseException | None = None
        self._held: list[int] = []
        """Signals received while espeak-ng works: it is stopped, and they are handled after."""
        self._applied: dict[str, Any] = {}
        _espeak.SetSynthCallback(self._on_synth)
        driver_module: Any = sys.modules[type(self._driver).__module__]
        driver_module.print = _discard  # it prints "Audio saved to …" after every save

    def utter(
        self, text: str, path: Path | None, properties: dict[str, Any], timeout_s: float
    ) -> None:
        """Say `text`, or save it to `path`, and return once espeak is done with it."""
        made = self.samples(text, properties) if path is not None else None
        if path is not None and made is not None:
            write_wav(path, *made)
            return
        self._set(properties)
        self._done.clear()
        self._driver._save_file = str(path) if path is not None else None
        self._driver._text_to_say = text
        try:
            with signals_held() as self._held:
                self._driver._start_synthesis(text)
            self._raise_interruption()
            if self._frame_rate is not None:
                self._end_message()
                self._raise_interruption()
            if not self._done.wait(timeout_s):
                self._driver.stop()
                raise timed_out(timeout_s)
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
            with signals_held() as self._held:
                _espeak.Synth(text.encode(), flags=_espeak.ENDPAUSE | _espeak.CHARS_UTF8)
            self._raise_interruption()
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
        # An exception here (Ctrl-C's KeyboardInterrupt arrives here, as this is the Python
        # code that runs while espeak-ng works) would be printed and dropped by ctypes: it is
        # kept, synthesis is stopped (non-zero), and it is raised once espeak-ng returns.
        try:
            return self._handle_synth(wav, samples, events)
        except BaseException as error:  # every one is raised again, never lost
            self._interrupted = self._interrupted or error
            return 1

    def _raise_interruption(self) -> None:
        """Raise what interrupted the callback, if anything did."""
        error, self._interrupted = self._interrupted, None
        if error is not None:
            raise error

    def _handle_synth(self, wav: Any, samples: int, events: Any) -> int:
        if self._held:
            return 1  # stop: a signal waits to be handled
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
_HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_held() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM received meanwhile are handled once the block is done, not while
    espeak-ng calls back into Python: ctypes prints and drops an exception raised in a
    callback, and the save would run on. Yields the signals received so far. Only a signal
    with a Python handler is held: ignored, or left to the system (an engine worker's), it
    raises nothing to lose, and setting handlers twice per chunk is a worker's CPU."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    previous = {number: signal.getsignal(number) for number in _HELD_SIGNALS}
    previous = {number: handler for number, handler in previous.items() if callable(handler)}
    for number in previous:
        signal.signal(number, lambda signum, frame: received.append(signum))
    try:
        yield received
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for signum in dict.fromkeys(received):
            signal.raise_signal(signum)


def _discard(*args: object, **kwargs: object) -> None:
    """Stands in for `print` in the espeak driver."""


def timed_out(timeout_s: float) -> EngineError:
    """The error of an utterance the engine did not finish in time."""
    return EngineError(
        f"the speech engine did not finish within {timeout_s:.0f} s; "
        "try a shorter text or check the engine"
    )


def variants(engine: Any) -> list[str]:
    """espeak-ng's voice variants ("f3", "Alex", …), given to a voice as `ID+VARIANT`; none
    with another engine."""
    if engine.driver_name != "espeak":
        return []
    from pyttsx3.drivers import _espeak

    spec = _espeak.VOICE()
    spec.languages = b"variant"
    found = _espeak.ListVoices(ctypes.pointer(spec))
    return sorted(v.identifier.decode().rpartition("/")[2] for v in found)


def validate_voice(engine: Any, voice: str) -> str:
    """Return the engine's id for `voice` (an id, a name or a language code, with espeak-ng also
    `ID+VARIANT`), or raise EngineError saying how to find the right one: pyttsx3 ignores an
    unknown voice."""
    base, plus, variant = voice.partition("+")
    voices, wanted = engine.getProperty("voices"), base.lower()
    named = [v for v in voices if wanted in (v.id.lower(), v.name.lower())]
    # Else a language as `narrator voices` lists it ("en-us"): its first voice.
    speaking = [v for v in voices if wanted in _languages(v)]
    found = named or speaking
    if not found:
        raise EngineError(f"unknown voice '{voice}'; run 'narrator voices' to list the voices")
    if plus and variant not in variants(engine):
        raise EngineError(
            f"unknown voice variant '{variant}'; run 'narrator voices --variants' to list them"
        )
    return f"{found[0].id}{plus}{variant}"


def _languages(voice: Any) -> list[str]:
    """A pyttsx3 voice's language codes, lower-cased (espeak-ng's come as bytes or text)."""
    languages = voice.languages or []
    codes = [c.decode(errors="ignore") if isinstance(c, bytes) else str(c) for c in languages]
    return [code.strip("\x00\x01\x02\x03\x04\x05 ").lower() for code in codes]


def version() -> str:
    """The version of the espeak-ng library, or "unknown"."""
    try:
        library = ctypes.CDLL("libespeak-ng.so.1")
    except OSError:
        return "unknown"
    library.espeak_Info.restype = ctypes.c_char_p
    found: bytes | None = library.espeak_Info(None)
    return found.decode() if found else "unknown"

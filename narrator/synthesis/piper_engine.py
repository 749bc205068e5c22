"""The Piper engine: neural voices (ONNX models run by onnxruntime on the CPU), optional.

piper-tts is imported only when a Piper engine is made, and a missing install says what to
install. Piper reads a text sentence by sentence and gives each one's audio as floats; here the
sentences of a chunk are joined with a short silence (Piper adds none), peak-normalized once per
chunk (Piper's own normalization works per sentence, so loudness would jump inside a chunk) and
made 16-bit mono, as espeak-ng's speech is, so the rest of the pipeline cannot tell them apart.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

from narrator.errors import EngineError
from narrator.synthesis.piper_voices import VoiceFile, find_voice, model_digest
from narrator.synthesis.protocol import SAMPLE_BYTES
from narrator.synthesis.wav import write_empty_wav

INSTALL_PIPER = "install it with: pip install 'narrator[piper]'"
SECONDS_PER_WORD = (0.091, 0.233)
"""A Piper voice's time per word as `fixed + per_scale * length_scale`, in seconds: measured on
eight chunks of the seed with en_US-joe-medium at length scales 0.5 to 1.5 (289 to 136 wpm;
the pauses inside a chunk hardly change with the scale). `--rate` is solved for the length
scale on this line, so that 175 wpm (length scale 1.08) is as fast as espeak-ng's 175, and
twice the rate takes half the time."""
LENGTH_SCALE_RANGE = (0.25, 3.0)
"""The length scales used: beyond them a voice mumbles or drawls (450 wpm is out of reach)."""
SENTENCE_SILENCE_S = 0.15
"""Silence put between two sentences of a chunk, at length scale 1; each sentence's audio
already starts and ends with about 0.05 s and 0.13 s of near-silence."""
PEAK = 0.89
"""Each chunk's peak, at volume 1 (-1 dBFS): as loud as it can be without clipping a player."""


def require_piper() -> None:
    """Raise an EngineError that says what to install when piper-tts is missing (found without
    importing it: that takes half a second, which `speak` spends loading the voice alongside)."""
    if not piper_installed():
        raise EngineError(
            f"the Piper engine needs piper-tts, which is not installed; {INSTALL_PIPER}"
        )


class PiperSynthesizer:
    """Synthesis with a Piper voice: `voice` is a name or an `.onnx` path; without one, a voice
    for `language` (see `find_voice`). `threads` is onnxruntime's intra-op thread count: one
    per worker process when several run, so they do not compete for the cores."""

    def __init__(
        self,
        voice: str | None = None,
        rate_wpm: int = 175,
        volume: float = 1.0,
        voice_dir: Path | None = None,
        language: str | None = None,
        threads: int = 1,
    ) -> None:
        require_piper()
        self.voice = find_voice(voice, voice_dir, language)
        self._threads = threads
        self.length_scale = length_scale_for(rate_wpm)
        self._volume = volume
        self.name = f"piper-{self.voice.name}"

    @property
    def _piper(self) -> Any:
        with _LOADING:  # a voice being loaded on another thread is waited for, not loaded twice
            return _loaded_voice(str(self.voice.model), str(self.voice.settings), self._threads)

    def load(self) -> None:
        """Load the voice model now (half a second) rather than at the first speech."""
        _ = self._piper

    @property
    def engine_id(self) -> str:
        """The engine's versions and the voice's name and model digest (see `piper_engine_id`)."""
        return piper_engine_id(self.voice)

    @property
    def frame_rate(self) -> int:
        """The voice's sample rate."""
        return int(self._piper.config.sample_rate)

    def samples(self, text: str) -> tuple[int, bytes] | None:
        """The speech of `text` as 16-bit mono samples and their rate."""
        import numpy as np
        from piper import SynthesisConfig

        settings = SynthesisConfig(length_scale=self.length_scale, normalize_audio=False)
        gap = np.zeros(round(SENTENCE_SILENCE_S * self.length_scale * self.frame_rate), np.float32)
        parts: list[Any] = []
        try:
            for sentence in self._piper.synthesize(text, syn_config=settings):
                parts.extend(
                    (gap, sentence.audio_float_array) if parts else (sentence.audio_float_array,)
                )
        except Exception as error:  # onnxruntime and the phonemizer raise their own types
            raise EngineError(f"Piper could not say {text[:40]!r} ({error}); try again") from None
        if not parts:
            return self.frame_rate, b""
        audio = np.concatenate(parts)
        peak = float(np.max(np.abs(audio)))
        gain = PEAK * self._volume / peak if peak > 1e-6 else 0.0
        frames = np.clip(audio * gain * 32767, -32767, 32767).astype("<i2")
        return self.frame_rate, frames.tobytes()

    def save(self, text: str, path: Path) -> None:
        """Write `text` as speech to the WAV file `path` (an empty text gives an empty file)."""
        import wave

        made = self.samples(text) if text.strip() else None
        if made is None or not made[1]:
            write_empty_wav(path)
            return
        frame_rate, frames = made
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(SAMPLE_BYTES)
            wav.setframerate(frame_rate)
            wav.writeframes(frames)

    def speak(self, text: str) -> None:
        """Say `text` through the default audio device (with aplay)."""
        if not text.strip():
            return
        aplay = shutil.which("aplay")
        if aplay is None:
            raise EngineError("playing Piper's speech needs aplay (Debian/Ubuntu: alsa-utils)")
        frame_rate, frames = self.samples(text) or (self.frame_rate, b"")
        command = [aplay, "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", str(frame_rate)]
        result = subprocess.run(command, input=frames, capture_output=True, check=False)
        if result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip().splitlines()
            raise EngineError(f"aplay could not play the speech ({message[-1] if message else ''})")


def length_scale_for(rate_wpm: float) -> float:
    """Piper's length scale for a speaking rate in words per minute (see `SECONDS_PER_WORD`)."""
    fixed, per_scale = SECONDS_PER_WORD
    low, high = LENGTH_SCALE_RANGE
    return min(high, max(low, (60 / rate_wpm - fixed) / per_scale))


_LOADING = threading.Lock()
"""Held while a voice is looked up, and loaded if need be."""


@functools.cache
def _loaded_voice(model: str, settings: str, threads: int) -> Any:
    """A voice model loaded once per process (and thread count): loading takes half a second.
    The model is loaded before piper-tts is imported: see `import_onnxruntime`."""
    import json

    try:
        import onnxruntime
    except ImportError as error:
        raise EngineError(f"piper-tts could not be imported ({error}); {INSTALL_PIPER}") from None
    try:
        session = onnxruntime.InferenceSession(
            model, sess_options=_session_options(threads), providers=["CPUExecutionProvider"]
        )
        from piper import PiperConfig, PiperVoice

        config = PiperConfig.from_dict(json.loads(Path(settings).read_text(encoding="utf-8")))
    except ImportError as error:
        raise EngineError(f"piper-tts could not be imported ({error}); {INSTALL_PIPER}") from None
    except Exception as error:  # onnxruntime raises its own types for a damaged model
        raise EngineError(f"the Piper voice '{model}' could not be loaded ({error})") from None
    if threads > 1:
        _THREADED.append(model)
    return PiperVoice(session=session, config=config)


def _session_options(threads: int) -> Any:
    """onnxruntime's settings for a voice run with `threads` threads."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Idle threads that spin for work burn a core another process (or worker) could use.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # onnxruntime's graph optimizations take 0.4 s of the load (0.6 s -> 0.17 s) and gain
    # nothing on Piper's models: the same time per sentence, measured over six runs each.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    # onnxruntime's memory arena stays on: without it every chunk maps and unmaps its buffers
    # again (ten times the page faults, 15% more CPU time, and no lower peak).
    return options


_THREADED: list[str] = []
"""Models loaded with a thread pool of onnxruntime's in this process."""


def can_be_forked() -> bool:
    """Whether a fork of this process gets working Piper engines: no voice here runs threads of
    its own (onnxruntime's intra-op pool), which a fork would leave behind."""
    return not _THREADED


def threads_per_engine(jobs: int) -> int:
    """onnxruntime's threads for each of `jobs` engines: the cores shared out between them."""
    return max(1, (os.cpu_count() or 1) // max(1, jobs))


def piper_engine_id(voice: VoiceFile) -> str:
    """The Piper engine's versions, the voice's name and its model's digest, e.g.
    "piper-tts 1.8.0; onnxruntime 1.32.0; en_US-joe-medium sha256:1f0c…": part of every cache
    key, so that speech from another voice file, or another version, is never reused."""
    digest = model_digest(voice.model)
    versions = f"piper-tts {_version('piper-tts', 'piper')}; "
    versions += f"onnxruntime {_version('onnxruntime', 'onnxruntime')}"
    return f"{versions}; {voice.name} sha256:{digest}"


@functools.cache
def _version(distribution: str, module: str) -> str:
    """The version of `distribution` (imported as `module`), from the name of its dist-info
    folder beside the module: importlib.metadata takes 20 ms of CPU time holding the GIL, which
    `speak` spends alongside the loading of the voice."""
    import importlib.util

    with contextlib.suppress(ImportError, ValueError):
        spec = importlib.util.find_spec(module)
        if spec is not None and spec.origin is not None:
            name = distribution.replace("-", "_")
            for info in Path(spec.origin).parent.parent.glob(f"{name}-*.dist-info"):
                return info.name.removeprefix(f"{name}-").removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def import_onnxruntime() -> None:
    """Import onnxruntime (and numpy) now, when it is installed: 80 ms, nearly all of it
    holding the GIL, which a thread loading a voice then no longer waits for; the load itself
    (without the GIL) needs nothing more, and piper-tts can be imported alongside it."""
    with contextlib.suppress(ImportError):
        import onnxruntime  # noqa: F401


def import_piper() -> None:
    """Import piper-tts now, when it is installed (see `import_onnxruntime`)."""
    with contextlib.suppress(ImportError):
        import piper  # noqa: F401


def piper_installed() -> bool:
    """Whether piper-tts can be imported (without importing it)."""
    import importlib.util

    try:
        return importlib.util.find_spec("piper") is not None
    except ValueError:  # a module set to None in sys.modules
        return False

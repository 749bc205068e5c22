"""Speech synthesis: the Synthesizer protocol, the pyttsx3 engine and its espeak-ng fixes.

- `protocol`: what the pipeline and the player ask of an engine (`Synthesizer`).
- `pyttsx3_engine`: the pyttsx3 engine, one per process, and its start alongside other work.
- `espeak`: espeak-ng under pyttsx3: synchronous mode, each utterance waited for, variants.
- `output`: whether audio can be played at all (`AudioOutputCheck`).
- `wav`: the WAV files an engine writes.
- `piper_engine`, `piper_voices`: Piper's neural voices (optional: piper-tts), and finding them.

pyttsx3 and piper are imported only when an engine starts: importing this package stays cheap.
"""

from __future__ import annotations

from narrator.errors import EngineError
from narrator.synthesis import piper_engine, pyttsx3_engine
from narrator.synthesis.espeak import validate_voice
from narrator.synthesis.output import AudioOutputCheck
from narrator.synthesis.piper_engine import INSTALL_PIPER, PiperSynthesizer, piper_engine_id
from narrator.synthesis.piper_voices import VoiceFile, find_voice, installed_voices
from narrator.synthesis.protocol import SAMPLE_BYTES, Synthesizer
from narrator.synthesis.pyttsx3_engine import (
    INSTALL_ESPEAK,
    Pyttsx3Synthesizer,
    engine_id,
    engine_started,
    engine_starting,
    espeak_variants,
    list_voices,
    start_engine,
)

__all__ = [
    "INSTALL_ESPEAK",
    "INSTALL_PIPER",
    "SAMPLE_BYTES",
    "AudioOutputCheck",
    "EngineError",
    "PiperSynthesizer",
    "Pyttsx3Synthesizer",
    "Synthesizer",
    "VoiceFile",
    "engine_can_be_forked",
    "engine_id",
    "engine_started",
    "engine_starting",
    "espeak_variants",
    "find_voice",
    "installed_voices",
    "list_voices",
    "piper_engine_id",
    "start_engine",
    "validate_voice",
]


def engine_can_be_forked() -> bool:
    """Whether a fork of this process gets working engines: neither pyttsx3's nor a Piper
    voice's runs a thread of its own that a fork would leave behind."""
    return pyttsx3_engine.engine_can_be_forked() and piper_engine.can_be_forked()

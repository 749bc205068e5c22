"""Speech synthesis: the Synthesizer protocol, the pyttsx3 engine and its espeak-ng fixes.

- `protocol`: what the pipeline and the player ask of an engine (`Synthesizer`).
- `pyttsx3_engine`: the pyttsx3 engine, one per process, and its start alongside other work.
- `espeak`: espeak-ng under pyttsx3: synchronous mode, each utterance waited for, variants.
- `output`: whether audio can be played at all (`AudioOutputCheck`).
- `wav`: the WAV files an engine writes.

pyttsx3 is imported only when an engine starts: importing this package stays cheap.
"""

from __future__ import annotations

from narrator.errors import EngineError
from narrator.synthesis.espeak import validate_voice
from narrator.synthesis.output import AudioOutputCheck
from narrator.synthesis.protocol import SAMPLE_BYTES, Synthesizer
from narrator.synthesis.pyttsx3_engine import (
    INSTALL_ESPEAK,
    Pyttsx3Synthesizer,
    engine_can_be_forked,
    engine_id,
    engine_started,
    engine_starting,
    espeak_variants,
    list_voices,
)

__all__ = [
    "INSTALL_ESPEAK",
    "SAMPLE_BYTES",
    "AudioOutputCheck",
    "EngineError",
    "Pyttsx3Synthesizer",
    "Synthesizer",
    "engine_can_be_forked",
    "engine_id",
    "engine_started",
    "engine_starting",
    "espeak_variants",
    "list_voices",
    "validate_voice",
]
